"""The generated package's dependencies: the library needs httpx and pydantic, the command line
comes with the [cli] extra and the mock server with [mock]; each says which extra it needs."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from generator import DEFAULT_OUTPUT, PROJECT_ROOT

CLI_MODULES = ("click", "rich", "yaml", "jmespath")
MOCK_MODULES = ("starlette", "uvicorn")

# Runs in a fresh interpreter where importing any of BLOCKED fails, as if not installed.
WITHOUT_EXTRAS = """
import contextlib, io, json, runpy, sys
from importlib.abc import MetaPathFinder

BLOCKED = set(sys.argv[1:])


class Uninstalled(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, Uninstalled())

import httpx
from modelarts_client import ModelArts


def answer(request):
    return httpx.Response(200, json={"total": 0, "count": 0, "notebooks": []})


with ModelArts(
    endpoint="https://modelarts.test",
    project_id="p",
    token="t",
    http_client=httpx.Client(transport=httpx.MockTransport(answer)),
) as client:
    total = client.list_notebooks().total


def exit_of(run):
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            run()
        except SystemExit as exit:
            return exit.code, stderr.getvalue()
    return 0, stderr.getvalue()


from modelarts_client import _cli

cli = exit_of(lambda: _cli.main(["list-notebooks"]))
mock = exit_of(lambda: runpy.run_module("modelarts_client.mock", run_name="__main__"))
loaded = sorted(m for m in sys.modules if m.partition(".")[0] in BLOCKED)
print(json.dumps({"total": total, "cli": cli, "mock": mock, "loaded": loaded}))
"""


def test_the_library_works_without_the_cli_and_mock_extras() -> None:
    import json

    run = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRAS, *CLI_MODULES, *MOCK_MODULES],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["total"] == 0 and found["loaded"] == []
    cli_code, cli_error = found["cli"]
    assert cli_code == 2 and "pip install 'modelarts-client[cli]'" in cli_error
    assert "Traceback" not in cli_error
    mock_code, mock_error = found["mock"]
    assert mock_code == 2 and "pip install 'modelarts-client[mock]'" in mock_error
    assert "Traceback" not in mock_error


def test_the_cli_and_mock_dependencies_are_extras_that_test_pulls_in() -> None:
    project = tomllib.loads((DEFAULT_OUTPUT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {_name(r) for r in project["project"]["dependencies"]}
    extras = {
        k: {_name(r) for r in v} for k, v in project["project"]["optional-dependencies"].items()
    }
    assert {"httpx", "pydantic"} <= names
    assert not names & {"click", "rich", "pyyaml", "jmespath", "starlette", "uvicorn"}
    assert extras["cli"] == {"click", "rich", "pyyaml", "jmespath"}
    assert {"starlette", "uvicorn"} <= extras["mock"]
    assert extras["cli"] | extras["mock"] <= extras["test"]


def _name(requirement: str) -> str:
    import re

    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()


def test_mypy_finds_the_installed_package(tmp_path: Path) -> None:
    """The editable install is a plain path mypy can follow, not an import hook."""
    probe = tmp_path / "probe.py"
    probe.write_text("import modelarts_client\n", encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=skip", "--no-incremental", str(probe)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout
