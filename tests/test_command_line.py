"""The one command line: its commands, and the exit statuses they share."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.cli
from generator.cli import main


def broken_generate(*args: object, **kwargs: object) -> None:
    raise KeyError("a bug")


@pytest.mark.parametrize("argv", [["generate"], ["--debug", "generate"], ["generate", "--debug"]])
def test_an_internal_error_is_one_line_asking_for_a_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    monkeypatch.setattr(generator.cli, "generate", broken_generate)
    assert main(argv) == 3
    err = capsys.readouterr().err
    last = err.splitlines()[-1]
    assert last.startswith("internal error: KeyError: 'a bug' (please report it")
    if "--debug" in argv:
        assert "Traceback (most recent call last)" in err and "broken_generate" in err
    else:
        assert err == last + "\n" and last.endswith("run again with --debug for the traceback)")


def test_an_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(generator.cli, "generate", interrupted)
    assert main(["generate"]) == 130
    assert capsys.readouterr().err == "interrupted\n"


@pytest.mark.parametrize(
    "command", ["validate", "bundle", "generate", "diff", "release", "dist", "publish"]
)
def test_every_command_has_help_naming_the_exit_statuses(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--debug" in out and "exit status: 0" in out and "3" in out.split("exit status:")[1]


def test_a_bad_argument_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["validate", str(tmp_path / "missing.yaml")]) == 2
    with pytest.raises(SystemExit) as exited:
        main(["generate", "--no-such-option"])
    assert exited.value.code == 2
