"""The generator against random valid specs full of hostile names, strings and shapes.

For each spec the generator either makes a package that imports, type-checks, reaches every
operation and property, and runs nothing from the spec; or it refuses with exit status 2,
one message and no traceback, on a spec that openapi-spec-validator also rejects.
FUZZ_EXAMPLES sets how many specs (default 6 here; `make fuzz` runs 60).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from openapi_spec_validator import validate as openapi_validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.codegen.build import build_api
from generator.codegen.formatting import MODE as BLACK_MODE
from generator.cli import main
from generator.spec.walk import operations
from generator.spec.validate import load_valid
from hostile_specs import hostile_specs

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "6"))
PACKAGE = "fuzzed"

# Run in a fresh interpreter inside the output folder: import everything, check that every
# operation and property the generator reported is reachable, and that --help works.
CHECK_SCRIPT = """
import json, sys
expected = json.loads(sys.argv[1])
import fuzzed, fuzzed.models as models
from fuzzed._cli import main as cli
client_class = getattr(fuzzed, expected["client"])
missing = [m for m in expected["methods"] if not callable(getattr(client_class, m, None))]
for name, aliases in expected["models"].items():
    fields = getattr(models, name).model_fields
    have = {field if info.alias is None else info.alias for field, info in fields.items()}
    missing += [f"{name}.{alias}" for alias in aliases if alias not in have]
assert not missing, missing
try:
    cli(["--help"])
except SystemExit as exit:
    assert exit.code in (0, None), exit.code
"""


def _run_generator(spec: Path, output: Path) -> tuple[int, str]:
    """The CLI in-process: exit status and everything it printed. Any exception escapes."""
    printed = io.StringIO()
    with contextlib.redirect_stderr(printed), contextlib.redirect_stdout(printed):
        status = main(["generate", "--spec", str(spec), "--output", str(output), "-q"])
    return status, printed.getvalue()


def _expected(document: dict[str, Any]) -> dict[str, Any]:
    """What must be reachable: every operation's method, every property of every model."""
    api = build_api(document)
    return {
        "client": api.package.client_class,
        "methods": [op.python_name for op in api.operations],
        "models": {m.name: [f.wire_name for f in m.fields] for m in api.models},
        "operations": sum(1 for _ in operations(document)),
    }


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
    # Each example generates and type-checks a package: shrinking would take many minutes.
    # A failing spec stays on disk instead, and its path is in the failure message.
    phases=[Phase.explicit, Phase.generate],
)
@given(spec=hostile_specs(PACKAGE))
def test_generator_on_hostile_specs(spec: dict[str, Any], workdir: Path) -> None:
    case = Path(tempfile.mkdtemp(dir=workdir))
    spec_file = case / "openapi.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    output = case / "out"
    status, printed = _run_generator(spec_file, output)
    assert "Traceback" not in printed, spec_file
    event("refused" if status else "generated")
    if status != 0:
        assert status == 2 and printed.strip(), f"{spec_file}: {printed}"
        with pytest.raises(OpenAPIValidationError):  # refused: OpenAPI must reject it too
            openapi_validate(json.loads(spec_file.read_text("utf-8")))
        return
    document = load_valid(spec_file, strict=False, semantic=False, lenient=True).document
    rebundled = case / "bundled.json"  # a bundled spec bundles to itself
    rebundled.write_text(json.dumps(document), encoding="utf-8")
    assert load_valid(rebundled, strict=False, semantic=False, lenient=True).document == document
    expected = _expected(document)
    assert len(expected["methods"]) == expected["operations"]
    checked = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT, json.dumps(expected)],
        cwd=output,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, f"{spec_file}: {checked.stderr[-3000:]}"
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(workdir / ".mypy"), PACKAGE],
        cwd=output,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert typed.returncode == 0, f"{spec_file}: {typed.stdout[-3000:]}"
    assert not list(case.rglob("PWNED")) and not Path("PWNED").exists(), "spec text was run"
    for module in output.rglob("*.py"):  # every file exactly as black makes it
        text = module.read_text(encoding="utf-8")
        assert black.format_str(text, mode=BLACK_MODE) == text, f"{spec_file}: {module}"
