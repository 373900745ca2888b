"""Each lint rule fails on a small broken spec, with file, line and pointer; exit status 2."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from conftest import minimal_spec
from generator.cli import main

OP = ("paths", "/pets/{pet_id}", "get")


def _operation(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/pets/{pet_id}"]["get"]


def _break(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    spec = copy.deepcopy(minimal_spec())
    change(spec)
    return spec


BROKEN = {
    "operation-id": lambda s: _operation(s).update(operationId="showPet"),
    "operation-tag": lambda s: _operation(s).update(tags=["Unknown"]),
    "operation-summary": lambda s: _operation(s).pop("summary"),
    "path-parameter": lambda s: _operation(s)["parameters"][0].update(name="id"),
    "success-response": lambda s: _operation(s)["responses"].pop("200"),
    "error-responses": lambda s: _operation(s)["responses"].pop("404"),
    "unused-component": lambda s: s["components"]["schemas"].update(Orphan={"type": "object"}),
    "sdk-extension": lambda s: _operation(s).update(
        {"x-waiters": {"pet_ready": {"state": "/status", "success": ["ready"]}}}
    ),
    "example-invalid": lambda s: _operation(s)["responses"]["200"]["content"]["application/json"][
        "examples"
    ]["rex"].update(value={"age": "three"}),
    "schema-keyword": lambda s: s["components"]["schemas"]["Pet"]["properties"]["name"].update(
        maxLenght=20
    ),
}


def test_minimal_spec_is_clean(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(write_spec({"openapi.yaml": minimal_spec()}))]) == 0


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_each_rule_reports_its_problem(
    rule: str, write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_spec({"openapi.yaml": _break(BROKEN[rule])})
    assert main(["validate", str(path)]) == 2
    report = capsys.readouterr().err
    assert f"[{rule}]" in report
    line = next(line for line in report.splitlines() if f"[{rule}]" in line)
    file_and_line = line.split(": ", 1)[0]
    assert file_and_line.rsplit(":", 1)[0].endswith("openapi.yaml")
    assert int(file_and_line.rsplit(":", 2)[1]) > 0, line


def test_line_numbers_point_at_the_offending_node(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _break(BROKEN["operation-id"])
    path = write_spec({"openapi.yaml": spec})
    main(["validate", str(path)])
    line = next(l for l in capsys.readouterr().err.splitlines() if "[operation-id]" in l)
    number = int(line.split(":")[1])
    assert "operationId: showPet" in path.read_text().splitlines()[number - 1]
    assert "/paths/~1pets~1{pet_id}/get/operationId" in line


def test_all_problems_are_reported_at_once(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    def everything(spec: dict[str, Any]) -> None:
        for rule in ("operation-id", "operation-summary", "unused-component"):
            BROKEN[rule](spec)

    assert main(["validate", str(write_spec({"openapi.yaml": _break(everything)}))]) == 2
    report = capsys.readouterr().err
    assert all(
        f"[{rule}]" in report for rule in ("operation-id", "operation-summary", "unused-component")
    )
    assert report.strip().endswith("3 problem(s) in 1 file(s)")


def test_no_lint_checks_only_openapi(write_spec: Callable[..., Path]) -> None:
    path = write_spec({"openapi.yaml": _break(BROKEN["operation-summary"])})
    assert main(["validate", "--no-lint", str(path)]) == 0


def test_openapi_schema_errors_are_located(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _break(lambda s: _operation(s)["responses"]["404"].pop("description"))
    assert main(["validate", str(write_spec({"openapi.yaml": spec}))]) == 2
    report = capsys.readouterr().err
    assert "[openapi-schema]" in report and "/responses/404" in report and "description" in report


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_the_meta_schema_is_the_one_openapi_spec_validator_reads(version: str) -> None:
    """validate reads the schema file itself, without importing the slow package."""
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    from generator.spec.validate import meta_schema

    theirs = schema_v31 if version == "3.1" else schema_v30
    assert meta_schema(version) == json.loads(json.dumps(theirs, default=dict))
    pattern = meta_schema(version)["properties"]["openapi"]["pattern"]
    assert pattern.startswith("^" + version.replace(".", "\\."))


@pytest.mark.parametrize(
    "text, rule, line",
    [
        ("openapi: 3.1.0\ninfo: [unclosed\n", "invalid-yaml", 3),
        ("openapi: 3.1.0\nopenapi: 3.0.0\n", "duplicate-key", 2),
        ('{"openapi": "3.1.0",\n "info": }', "invalid-json", 2),
    ],
)
def test_unparseable_files_exit_2_without_traceback(
    write_spec: Callable[..., Path], text: str, rule: str, line: int
) -> None:
    path = write_spec({"openapi.json" if rule == "invalid-json" else "openapi.yaml": text})
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert f"[{rule}]" in result.stderr and "Traceback" not in result.stderr
    assert f"{path.name}:{line}:" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2
    assert "[no-such-file]" in capsys.readouterr().err


def test_wrong_openapi_version(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _break(lambda s: s.update(openapi="2.0"))
    assert main(["validate", str(write_spec({"openapi.yaml": spec}))]) == 2
    assert "[openapi-version]" in capsys.readouterr().err


def test_a_lookup_names_a_query_parameter_and_a_list_of_the_answer(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = minimal_spec()
    lookup = {"operation": "show_pet", "arguments": {"name": "{region}"}, "items": "/pets"}
    spec["x-sdk"] = {"client_parameters": {"owner": {"lookup": lookup}}}
    assert main(["validate", str(write_spec({"openapi.yaml": spec}))]) == 2
    report = capsys.readouterr().err
    assert "/x-sdk/client_parameters/owner/lookup [sdk-extension] argument 'name'" in report
    assert "[sdk-extension] items '/pets' is not a field of the answer" in report
    lookup["operation"] = "nope"
    assert main(["validate", str(write_spec({"openapi.yaml": spec}))]) == 2
    assert "[sdk-extension] no operation 'nope'" in capsys.readouterr().err


def test_a_flow_style_yaml_slip_is_a_schema_keyword_problem(
    write_spec: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # The comma ends the flow-style value: the schema gets a key "such as cn-north-4." (null)
    # and the description stops at "Project name".
    text = yaml.safe_dump(minimal_spec(), sort_keys=False).replace(
        "name:\n          type: string\n",
        "name: {type: string, description: Project name, such as cn-north-4.}\n",
    )
    assert "such as cn-north-4." in text
    path = write_spec({"openapi.yaml": text})
    assert main(["validate", str(path)]) == 2
    report = capsys.readouterr().err
    line = next(line for line in report.splitlines() if "[schema-keyword]" in line)
    number = int(line.split(":")[1])
    assert "such as cn-north-4." in path.read_text().splitlines()[number - 1]
    assert "/components/schemas/Pet/properties/name/such as cn-north-4." in line
    assert "quote the string" in line


@pytest.mark.parametrize(
    "version, keyword, allowed",
    [("3.0.3", "nullable", True), ("3.1.0", "nullable", False), ("3.1.0", "$comment", True)],
)
def test_schema_keywords_follow_the_dialect(
    write_spec: Callable[..., Path], version: str, keyword: str, allowed: bool
) -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["openapi"] = version
        spec["components"]["schemas"]["Pet"]["properties"]["age"][keyword] = {
            "nullable": True,
            "$comment": "a note",
        }[keyword]
        _operation(spec)["parameters"][0]["schema"]["x-note"] = "extensions are allowed"

    path = write_spec({"openapi.yaml": _break(change)})
    assert (main(["validate", str(path)]) == 0) is allowed
