"""Never a broken call: what the SDK cannot send correctly is refused, saying where."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main

UNDECLARED = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "paths": {
        "/things/{thing_id}": {
            "get": {"operationId": "show_thing", "responses": {"204": {"description": "ok"}}}
        }
    },
}


@pytest.mark.parametrize("command", [["generate", "--output", "sdk"], ["validate", "--no-lint"]])
def test_an_undeclared_path_parameter_is_refused_with_its_place(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("things.yaml").write_text(yaml.safe_dump(UNDECLARED), encoding="utf-8")
    where = ["--spec", "things.yaml"] if command[0] == "generate" else ["things.yaml"]
    assert main([*command, *where]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "things.yaml:7: /paths/~1things~1{thing_id}/get [path-parameter] "
        "path parameter 'thing_id' of /things/{thing_id} is not declared",
        "1 problem(s) in 1 file(s)",
    ]
    assert not Path("sdk").exists()
