"""The property tests the generator writes into every SDK, run on the ModelArts SDK; and
the spec itself round-trips through loading and bundling."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from generator import DEFAULT_OUTPUT, DEFAULT_SPEC
from generator.codegen.build import build_api
from generator.codegen.render import schema_types
from generator.codegen.generate import generate
from generator.spec.validate import load_valid
from test_generate import _spec as hostile_spec
from test_generate import _write as write_spec

# Examples per property in CI; `PROPERTY_EXAMPLES=200 make properties` explores further.
CI_EXAMPLES = os.environ.get("PROPERTY_EXAMPLES", "10")


def _run_property_tests(output: Path, spec: Path, examples: str) -> None:
    """Run a generated SDK's own property tests; every schema and operation must pass."""
    api = build_api(load_valid(spec, strict=False).document)
    expected = 2 * len(schema_types(api)) + len(api.operations)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=output,
        # the output folder first: a generated package, not an installed one of the same name
        env={**os.environ, "PROPERTY_EXAMPLES": examples, "PYTHONPATH": str(output)},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed and int(passed.group(1)) == expected, result.stdout[-1000:]
    assert "skipped" not in result.stdout


def test_generated_property_tests_pass_for_every_schema_and_operation() -> None:
    _run_property_tests(DEFAULT_OUTPUT, DEFAULT_SPEC, CI_EXAMPLES)


def test_property_tests_of_a_hostile_spec_pass(tmp_path: Path) -> None:
    # keywords as names, colliding names, a discriminated union, recursion, hostile strings
    spec = write_spec(tmp_path, hostile_spec("hostile_properties"))
    generate(spec, tmp_path / "out")
    _run_property_tests(tmp_path / "out", spec, "5")


def test_bundling_a_bundled_spec_changes_nothing(tmp_path: Path) -> None:
    first = load_valid(DEFAULT_SPEC, strict=True).document
    bundled = tmp_path / "bundled.json"
    bundled.write_text(json.dumps(first), encoding="utf-8")
    second = load_valid(bundled, strict=True).document
    assert second == first


def test_the_mock_serves_the_spec_the_generator_bundled() -> None:
    shipped = DEFAULT_OUTPUT / "modelarts_client" / "mock" / "openapi.json"
    assert json.loads(shipped.read_text("utf-8")) == load_valid(DEFAULT_SPEC, strict=True).document
