"""x-sdk is read through a typed config: a wrong shape is a located problem and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from conftest import minimal_spec
from generator.spec.bundle import display_path

# An x-sdk value, the pointer its problem names, the line (of the spec below) it is on, and
# words of the message.
CASES = [
    ("client_parameters: [project_id]", "/x-sdk/client_parameters", "a mapping, found a list"),
    ("pakage: pets_client", "/x-sdk/pakage", "unknown key"),
    ("version: 1.0", "/x-sdk/version", "expected text, found a number (1.0)"),
    ("regions: {cn-north-4: [a]}", "/x-sdk/regions/cn-north-4", "a mapping, found a list"),
    (
        "client_parameters: {project_id: {lookup: {items: /x}}}",
        "/x-sdk/client_parameters/project_id/lookup",
        "needs an operation",
    ),
    ("examples: [{title: No code}]", "/x-sdk/examples/0", "an example needs code"),
]


def _spec_text(sdk_line: str) -> str:
    spec: dict[str, Any] = minimal_spec()
    text = yaml.safe_dump(spec, sort_keys=False)
    return text + f"x-sdk:\n  {sdk_line}\n"


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *argv], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("sdk_line, pointer, words", CASES)
def test_a_wrong_x_sdk_value_is_a_located_problem(
    write_spec: Callable[..., Path], sdk_line: str, pointer: str, words: str
) -> None:
    path = write_spec({"openapi.yaml": _spec_text(sdk_line)})
    # --no-lint: the generator reads x-sdk whatever the lint
    result = _run("validate", "--no-lint", str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    line = next(line for line in result.stderr.splitlines() if "[x-sdk]" in line)
    assert f"{display_path(path)}:{len(path.read_text().splitlines())}: {pointer} [x-sdk]" in line
    assert words in line


def test_generate_refuses_a_client_parameters_list_with_exit_2(
    write_spec: Callable[..., Path], tmp_path: Path
) -> None:
    path = write_spec({"openapi.yaml": _spec_text("client_parameters: [project_id]")})
    result = _run("generate", "-q", "--spec", str(path), "--output", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "/x-sdk/client_parameters [x-sdk] expected a mapping, found a list" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_valid_x_sdk_names_the_package(write_spec: Callable[..., Path], tmp_path: Path) -> None:
    text = _spec_text("package: pets_client\n  client_parameters: {tenant: {env: PETS_TENANT}}")
    path = write_spec({"openapi.yaml": text})
    result = _run("generate", "-q", "--spec", str(path), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    client = (tmp_path / "out" / "pets_client" / "_client.py").read_text()
    assert "PETS_TENANT" in client
