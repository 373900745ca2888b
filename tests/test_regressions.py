"""Specs from the real-world corpus that once broke the generator, reduced to their cause."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from generator.cli import main

CASES = Path(__file__).parent / "corpus_regressions"


def _generate(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["generate", "--spec", str(CASES / name), "--output", str(tmp_path), "-q"])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("name", ["ref_into_parameter_list.yaml", "percent_encoded_ref.yaml"])
def test_a_parameter_given_by_reference_into_another_operation_is_kept(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, printed = _generate(tmp_path, name, capsys)
    assert status == 0, printed
    monkeypatch.syspath_prepend(str(tmp_path))
    package = next(p.parent.name for p in tmp_path.glob("*/__init__.py"))
    operations = importlib.import_module(f"{package}._operations")
    try:
        copy = next(
            op for op in vars(operations).values() if getattr(op, "name", "") == "copy_item"
        )
        assert [p.wire_name for p in copy.params] == ["itemId"]
    finally:
        for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[module]


def test_an_invalid_pattern_is_a_warning_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, printed = _generate(tmp_path, "invalid_pattern_message.yaml", capsys)
    assert status == 0 and "Traceback" not in printed
    assert "/components/schemas/QueryArn/pattern [invalid-pattern] warning: " in printed
    assert "ECMA-262" in printed and "the pattern is not enforced" in printed


def test_an_invalid_pattern_is_refused_saying_why_with_fail_on_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["generate", "--spec", str(CASES / "invalid_pattern_message.yaml"), "-q"]
    status = main([*argv, "--output", str(tmp_path), "--fail-on-warning"])
    printed = capsys.readouterr().err
    assert status == 2 and "Traceback" not in printed
    assert "/components/schemas/QueryArn/pattern [invalid-pattern]" in printed
    assert "ECMA-262" in printed
    assert "1 problem(s)" in printed and "oneOf" not in printed


def test_a_swagger_2_document_is_refused_saying_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "swagger.json"
    spec.write_text('{"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}')
    status = main(["generate", "--spec", str(spec), "--output", str(tmp_path / "out")])
    printed = capsys.readouterr().err
    assert status == 2 and "Swagger 2.0 document; convert it to OpenAPI 3" in printed
