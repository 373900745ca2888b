"""The generator as an installed tool, and the stages' import direction.

The wheel is built from this checkout and installed into a fresh virtualenv outside it; the
tool then runs from a temporary folder that holds nothing but a spec, as a user of
`pipx install` would run it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import minimal_spec

from generator import PROJECT_ROOT
from generator.release.dist import create_virtualenv, pip_install

SCRIPT = "openapi-sdk-gen"
NOT_SOURCES = (".git", ".venv", ".cache", "generated", "build", "dist", "*.egg-info", "__pycache__")
NOT_SOURCES += (".pytest_cache", ".mypy_cache", ".hypothesis")


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH or checkout on the path: only what the virtualenv installed is importable.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh virtualenv holding the generator's wheel and its declared dependencies."""
    work = tmp_path_factory.mktemp("installed")
    # A copy: building in place would leave build/ and *.egg-info in the checkout.
    source = work / "source"
    shutil.copytree(PROJECT_ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    wheels = work / "wheels"
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        work,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("*.whl")
    bin_dir = create_virtualenv(work / "venv")
    pip_install(bin_dir, str(wheel))
    return bin_dir


def test_the_installed_tool_generates_an_importable_sdk_anywhere(
    installed: Path, tmp_path: Path
) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(yaml.safe_dump(minimal_spec()), encoding="utf-8")
    made = run(
        [str(installed / SCRIPT), "generate", "--spec", "pets.yaml", "--output", "sdk"], tmp_path
    )
    assert made.returncode == 0, made.stderr
    pip_install(installed, f"{tmp_path / 'sdk'}[cli]")
    code = (
        "import pets_client as p, pets_client.models as m; print(p.Pets.__name__, m.Pet.__name__)"
    )
    imported = run([str(installed / "python"), "-c", code], tmp_path)
    assert imported.stdout.split() == ["Pets", "Pet"], imported.stderr
    helped = run([str(installed / "pets"), "--help"], tmp_path)
    assert helped.returncode == 0 and "show-pet" in helped.stdout, helped.stderr


def test_the_installed_tool_ships_the_modelarts_spec(installed: Path, tmp_path: Path) -> None:
    validated = run([str(installed / SCRIPT), "validate"], tmp_path)
    assert validated.returncode == 0, validated.stderr
    checkout = subprocess.run(
        [sys.executable, "-m", "generator", "validate"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )
    counts = checkout.stdout.rsplit("valid (", 1)[1]  # "N operations, M schemas)"
    assert validated.stdout.endswith("valid (" + counts)


def test_outside_a_checkout_generate_needs_an_output(installed: Path, tmp_path: Path) -> None:
    refused = run([str(installed / SCRIPT), "generate"], tmp_path)
    assert refused.returncode == 2
    assert refused.stderr == "--output is required: generated/ is the default only in a checkout\n"
    assert list(tmp_path.iterdir()) == []


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, env=env)


def test_the_stages_import_downwards_only() -> None:
    checked = lint_imports(PROJECT_ROOT)
    assert checked.returncode == 0, checked.stdout
    assert "1 kept, 0 broken" in checked.stdout


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("spec/walk.py", "from ..codegen import ir"),
        ("codegen/ir.py", "from ..diff import rules"),
        ("diff/rules.py", "from ..release import dist"),
    ],
)
def test_an_upward_import_breaks_the_contract(tmp_path: Path, module: str, forbidden: str) -> None:
    shutil.copytree(PROJECT_ROOT / "generator", tmp_path / "generator")
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "generator" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{forbidden}\n", encoding="utf-8")
    checked = lint_imports(tmp_path)
    assert checked.returncode == 1 and "0 kept, 1 broken" in checked.stdout, checked.stdout
