"""python -m generator diff: sides (files, folders, git revisions), no-op variants, report
formats, --fail-on, ignore and severity files, SDK impact names, and the project's spec."""

from __future__ import annotations

import copy
import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from diff_cases import JSON, SHOW, UPDATE, base, diff, drop, edits, find, put

from generator import DEFAULT_SPEC
from generator.cli import main
from generator.diff import diff_documents
from generator.diff.load import load_side

ITEM = ("components", "schemas", "Item")
ROOT = Path(__file__).resolve().parent.parent


def write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def sides(tmp_path: Path, *after: Any) -> tuple[str, str]:
    new = base()
    for edit in after:
        edit(new)
    return str(write(tmp_path / "old.yaml", base())), str(write(tmp_path / "new.yaml", new))


BREAKING = drop(*ITEM, "properties", "name")  # a required response property removed: ERR
ADDITION = put(*ITEM, "properties", "sku", value={"type": "string"})  # INFO, minor


# -- no-op variants ----------------------------------------------------------------------


def _shuffled(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _shuffled(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_shuffled(item) for item in node]
    return node


def _renamed(old: str, new: str) -> Any:
    """The component old renamed new, every $ref to it updated."""

    def edit(doc: dict[str, Any]) -> None:
        text = json.dumps(doc).replace(
            f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"'
        )
        renamed = json.loads(text)
        renamed["components"]["schemas"][new] = renamed["components"]["schemas"].pop(old)
        doc.clear()
        doc.update(renamed)

    return edit


def _inlined(doc: dict[str, Any]) -> None:
    status = doc["components"]["schemas"]["Status"]
    doc["components"]["schemas"]["Item"]["properties"]["status"] = copy.deepcopy(status)


def _described(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["Item"]["description"] = "An item."
    doc["components"]["schemas"]["Item"]["properties"]["name"]["example"] = "spoon"


def _into_all_of(doc: dict[str, Any]) -> None:
    item = doc["components"]["schemas"]["Item"]
    doc["components"]["schemas"]["Named"] = {
        "type": "object",
        "properties": {"name": item["properties"].pop("name")},
    }
    doc["components"]["schemas"]["Item"] = {"allOf": [{"$ref": "#/components/schemas/Named"}, item]}


@pytest.mark.parametrize(
    "edit",
    [
        lambda doc: doc.update(_shuffled(doc)),
        _inlined,
        _described,
        _into_all_of,
    ],
    ids=["key order", "inline vs $ref", "annotations", "moved into allOf"],
)
def test_no_change_is_reported(edit: Any) -> None:
    assert diff(None, edit) == []


@pytest.mark.parametrize("old, new", [("Error", "ApiError"), ("Item", "Thing")])
def test_renamed_component_is_a_removed_schema_and_a_renamed_model(old: str, new: str) -> None:
    """The wire is unchanged, but `from ... models import Error` breaks: oasdiff's
    api-schema-removed, and one SDK change naming both classes."""
    rename = edits(_renamed(old, new), put("info", "version", value="1.0.1"))
    assert [(c.id, c.level) for c in diff(None, rename)] == [("api-schema-removed", "INFO")]
    changes = diff(None, rename, sdk=True)
    assert [(c.id, c.sdk) for c in changes] == [
        ("api-schema-removed", []),
        ("sdk-model-renamed", [f"models.{old}", f"models.{new}"]),
    ]
    assert find(changes, "sdk-model-renamed").level == "ERR"


def test_shuffled_and_renamed_spec_of_the_project_is_unchanged() -> None:
    document = load_side(str(DEFAULT_SPEC))
    assert diff_documents(document, _shuffled(copy.deepcopy(document))) == []


# -- the command -------------------------------------------------------------------------


def test_project_spec_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "diff",
                str(DEFAULT_SPEC),
                str(DEFAULT_SPEC.parent),
                "--format",
                "json",
                "--fail-on",
                "WARN",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["changes"] == [] and out["semver"] == "none"


@pytest.mark.parametrize(
    "after, semver",
    [
        ((), "none"),
        ((ADDITION,), "minor"),
        ((BREAKING,), "major"),
        ((put("paths", "/items", "get", "deprecated", value=True),), "minor"),
        # a new maximum on a request parameter: WARN, neither breaking nor an addition
        (
            (
                put(
                    "paths",
                    "/items/{item_id}",
                    "get",
                    "parameters",
                    0,
                    "schema",
                    "maximum",
                    value=50,
                ),
            ),
            "patch",
        ),
    ],
)
def test_semver(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], after: Any, semver: str
) -> None:
    assert main(["diff", *sides(tmp_path, *after), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["semver"] == semver


def test_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", *sides(tmp_path, BREAKING, ADDITION), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"changes", "semver"}
    for change in out["changes"]:
        assert set(change) >= {"id", "level", "operation", "location", "message", "sdk", "section"}
        assert change["level"] in ("ERR", "WARN", "INFO")
        assert change["section"] in ("breaking", "deprecated", "added", "changed")
    removed = next(
        c
        for c in out["changes"]
        if c["id"] == "response-required-property-removed" and c["operation"] == SHOW
    )
    assert removed["level"] == "ERR" and removed["section"] == "breaking"
    assert removed["location"] == f"response 200 {JSON}: name"
    assert removed["sdk"] == ["models.Item.name"]


def test_text_and_markdown_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", *sides(tmp_path, BREAKING, ADDITION)])
    text = capsys.readouterr().out
    assert f"ERR  response-required-property-removed  {SHOW} response 200 {JSON}: name" in text
    assert text.rstrip().endswith("semver: major")
    main(["diff", *sides(tmp_path, BREAKING, ADDITION), "--format", "markdown"])
    markdown = capsys.readouterr().out
    assert "## Breaking changes" in markdown and "## Added" in markdown
    assert "`models.Item.name`" in markdown and "/items/{item_id}" in markdown


def test_junit_report_is_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", *sides(tmp_path, BREAKING, ADDITION), "--format", "junit"])
    suite = ElementTree.fromstring(capsys.readouterr().out).find("testsuite")
    assert suite is not None
    failures = suite.findall("testcase/failure")
    assert int(suite.get("failures", "")) == len(failures) > 0
    assert {f.get("type") for f in failures} == {"ERR"}
    assert len(suite.findall("testcase")) == int(suite.get("tests", ""))


def test_github_actions_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", *sides(tmp_path, BREAKING, ADDITION), "--format", "githubactions"])
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(
        line.startswith(("::error title=", "::warning title=", "::notice title=")) for line in lines
    )
    assert (
        f"::error title=response-required-property-removed::{SHOW} response 200 {JSON}: name: required property 'name' removed"
        in lines
    )
    assert any(
        line.startswith("::notice title=response-optional-property-added::") for line in lines
    )


@pytest.mark.parametrize(
    "after, fail_on, status",
    [
        ((), "ERR", 0),
        ((ADDITION,), "WARN", 0),
        ((BREAKING,), "ERR", 1),
        ((BREAKING,), "WARN", 1),
        (
            (
                put(
                    *ITEM,
                    "properties",
                    "status",
                    value={"type": "string", "enum": ["active", "retired", "lost"]},
                ),
            ),
            "ERR",
            0,
        ),
        (
            (
                put(
                    *ITEM,
                    "properties",
                    "status",
                    value={"type": "string", "enum": ["active", "retired", "lost"]},
                ),
            ),
            "WARN",
            1,
        ),
    ],
)
def test_fail_on(tmp_path: Path, after: Any, fail_on: str, status: int) -> None:
    assert (
        main(["diff", *sides(tmp_path, *after), "--fail-on", fail_on, "--format", "json"]) == status
    )


def test_ignore_file_accepts_known_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ignore = tmp_path / "ignore.txt"
    ignore.write_text(
        "# accepted in review\n\n"
        "response-required-property-removed GET /items/{item_id}\n"
        "response-required-property-removed list_items  # by operationId\n"
        "response-required-property-removed put /items/{item_id}\n",
        encoding="utf-8",
    )
    args = ["diff", *sides(tmp_path, BREAKING), "--format", "json", "--fail-on", "ERR"]
    args.append("--no-sdk")  # models.Item.name is gone from the SDK too: that stays ERR
    assert main(args) == 1
    capsys.readouterr()
    assert main([*args, "--ignore", str(ignore)]) == 0
    assert all(
        c["id"] != "response-required-property-removed"
        for c in json.loads(capsys.readouterr().out)["changes"]
    )


def test_severity_file_overrides_levels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    severity = tmp_path / "severity.txt"
    severity.write_text(
        "response-required-property-removed WARN\nresponse-optional-property-added err\n",
        encoding="utf-8",
    )
    args = [
        "diff",
        *sides(tmp_path, BREAKING, ADDITION),
        "--format",
        "json",
        "--severity",
        str(severity),
    ]
    assert main([*args, "--fail-on", "ERR"]) == 1
    out = json.loads(capsys.readouterr().out)
    levels = {c["id"]: c["level"] for c in out["changes"]}
    assert levels["response-required-property-removed"] == "WARN"
    assert levels["response-optional-property-added"] == "ERR"


@pytest.mark.parametrize(
    "option, text, message",
    [
        ("--ignore", "no-such-rule GET /items\n", "ignore.txt:1: unknown rule id 'no-such-rule'"),
        ("--ignore", "# ok\nendpoint-added\n", "ignore.txt:2: expected `rule-id METHOD /path`"),
        ("--ignore", "endpoint-added FETCH /items\n", "ignore.txt:1: unknown HTTP method 'FETCH'"),
        ("--ignore", "endpoint-added GET items\n", "ignore.txt:1: a path starts with '/'"),
        (
            "--severity",
            "endpoint-added LOUD\n",
            "ignore.txt:1: level 'LOUD' is not ERR, WARN or INFO",
        ),
        ("--severity", "endpoint-added\n", "ignore.txt:1: expected `rule-id LEVEL`"),
    ],
)
def test_bad_policy_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, text: str, message: str
) -> None:
    bad = tmp_path / "ignore.txt"
    bad.write_text(text, encoding="utf-8")
    assert main(["diff", *sides(tmp_path), option, str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_policy_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", *sides(tmp_path), "--ignore", str(tmp_path / "none.txt")]) == 2
    assert "none.txt: cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, message",
    [
        ("openapi: [", "not a valid spec"),
        ("openapi: 2.0\n", "not a valid spec"),
        (None, "no such file or folder"),
    ],
)
def test_invalid_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    good = write(tmp_path / "good.yaml", base())
    assert main(["diff", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


# -- git revisions ---------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a two-file spec under spec/ (relative $refs), committed twice."""
    root = tmp_path / "repo"
    spec = base()
    item = spec["components"]["schemas"].pop("Item")
    item["properties"]["status"] = {"$ref": "../openapi.yaml#/components/schemas/Status"}
    text = json.dumps(spec).replace('"#/components/schemas/Item"', '"parts/item.yaml#/Item"')
    write(root / "spec" / "openapi.yaml", json.loads(text))
    write(root / "spec" / "parts" / "item.yaml", {"Item": item})
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "one")
    _git(root, "tag", "v1")
    del item["properties"]["name"]
    item["required"] = ["id"]
    write(root / "spec" / "parts" / "item.yaml", {"Item": item})
    _git(root, "commit", "-qam", "two")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize(
    "old, new, removed",
    [
        ("git:v1", "git:HEAD", True),
        ("git:v1", "spec", True),
        ("git:v1:spec/openapi.yaml", "git:HEAD:spec", True),
        ("git:HEAD", "spec/openapi.yaml", False),
    ],
)
def test_git_sides(
    repo: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, removed: bool
) -> None:
    assert main(["diff", old, new, "--format", "json", "--no-sdk"]) == 0
    ids = {c["id"] for c in json.loads(capsys.readouterr().out)["changes"]}
    assert ("response-required-property-removed" in ids) is removed


def test_git_sides_from_a_subfolder(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "spec")
    assert (
        main(["diff", "git:v1:openapi.yaml", "openapi.yaml", "--format", "json", "--no-sdk"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["semver"] == "major"


@pytest.mark.parametrize(
    "side, message",
    [
        ("git:nope", "git:nope: git cat-file"),
        ("git:v1:missing.yaml", "git:v1:missing.yaml: git cat-file"),
        ("git:", "expected git:REF"),
    ],
)
def test_bad_git_sides(
    repo: Path, capsys: pytest.CaptureFixture[str], side: str, message: str
) -> None:
    assert main(["diff", side, "spec"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


# -- SDK impact --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule_id, before, after, operation, symbols",
    [
        (
            "api-removed-without-deprecation",
            None,
            drop("paths", "/items/{item_id}", "put"),
            UPDATE,
            ["Shop.update_item"],
        ),
        (
            "endpoint-added",
            None,
            put(
                "paths",
                "/things",
                value={
                    "get": {
                        "operationId": "list_things",
                        "responses": {"200": {"description": "ok"}},
                    }
                },
            ),
            "GET /things",
            ["Shop.list_things"],
        ),
        (
            "request-parameter-removed",
            None,
            drop("paths", "/items/{item_id}", "get", "parameters", 0),
            SHOW,
            ["Shop.show_item(limit=)"],
        ),
        (
            "request-parameter-type-changed",
            None,
            put(
                "paths",
                "/items/{item_id}",
                "get",
                "parameters",
                0,
                "schema",
                value={"type": "string"},
            ),
            SHOW,
            ["Shop.show_item(limit=)"],
        ),
        ("response-required-property-removed", None, BREAKING, SHOW, ["models.Item.name"]),
        (
            "new-optional-request-property",
            None,
            put(
                "components", "schemas", "ItemUpdate", "properties", "sku", value={"type": "string"}
            ),
            UPDATE,
            ["models.ItemUpdate.sku"],
        ),
        (
            "response-property-enum-value-added",
            None,
            put("components", "schemas", "Status", "enum", value=["active", "retired", "lost"]),
            SHOW,
            ["models.Status.LOST"],
        ),
        (
            "response-property-enum-value-removed",
            None,
            put("components", "schemas", "Status", "enum", value=["active"]),
            SHOW,
            ["models.Status.RETIRED"],
        ),
        (
            "response-property-type-changed",
            None,
            put(
                *ITEM,
                "properties",
                "tags",
                value={
                    "type": "array",
                    "items": {"type": "object", "properties": {"k": {"type": "integer"}}},
                },
            ),
            "GET /items",
            [],
        ),
    ],
)
def test_sdk_impact(
    rule_id: str, before: Any, after: Any, operation: str, symbols: list[str]
) -> None:
    changes = [c for c in diff(before, after, sdk=True) if c.operation == operation]
    if not symbols:
        assert rule_id not in {c.id for c in changes}
        return
    assert find(changes, rule_id).sdk == symbols


def test_sdk_impact_through_lists_and_nesting() -> None:
    nested = {
        "type": "array",
        "items": {"type": "object", "title": "Tag", "properties": {"k": {"type": "integer"}}},
    }
    changed = copy.deepcopy(nested)
    changed["items"]["properties"]["k"] = {"type": "string"}
    changes = diff(
        put(*ITEM, "properties", "tags", value=nested),
        put(*ITEM, "properties", "tags", value=changed),
        sdk=True,
    )
    listed = next(
        c
        for c in changes
        if c.operation == "GET /items" and c.id == "response-property-type-changed"
    )
    assert listed.location == f"response 200 {JSON}: [].tags[].k"
    assert listed.sdk == ["models.ItemTagsItem.k"]  # the IR names the inline item model


def test_help_explains(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    text = capsys.readouterr().out
    for word in ("git:REF", "--fail-on", "--ignore", "--severity", "semver", "ERR"):
        assert word in text


def test_diff_imports_neither_the_templates_nor_the_semantic_validators(tmp_path: Path) -> None:
    """Half of a diff's start-up went to modules only generate and validate use."""
    old, new = sides(tmp_path, ADDITION)
    script = (
        "import sys\n"
        "from generator.cli import main\n"
        f"assert main(['diff', {old!r}, {new!r}, '--format', 'json']) == 0\n"
        "slow = ('jinja2', 'openapi_spec_validator', 'openapi_schema_validator')\n"
        "print('imported:', *(m for m in slow if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert "sdk-field-added" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "imported:"


def test_diff_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The diff pauses the collector while it loads and freezes the documents after."""
    old, new = sides(tmp_path, ADDITION)
    for arguments, status in (([old, new], 0), ([old, str(tmp_path / "missing.yaml")], 2)):
        assert main(["diff", *arguments]) == status
        assert gc.isenabled() and gc.get_freeze_count() == 0
    capsys.readouterr()


def test_ref_extended_by_all_of_reports_only_the_new_property() -> None:
    """$ref X -> allOf [X, {properties: {extra}}]: an optional property, not a new allOf."""
    path = ("components", "schemas", "ItemUpdate", "properties", "pet")
    extended = {
        "allOf": [
            {"$ref": "#/components/schemas/Cat"},
            {"type": "object", "properties": {"age": {"type": "integer"}}},
        ]
    }
    changes = [
        c
        for c in diff(
            put(*path, value={"$ref": "#/components/schemas/Cat"}), put(*path, value=extended)
        )
        if c.operation == UPDATE
    ]
    assert [(c.id, c.location) for c in changes] == [
        ("new-optional-request-property", f"request body {JSON}: pet.age")
    ]


def test_git_ref_alone_is_the_project_spec_from_any_folder(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "spec" / "parts")
    assert main(["diff", "git:v1", "git:HEAD", "--format", "json", "--no-sdk"]) == 0
    assert json.loads(capsys.readouterr().out)["semver"] == "major"


def test_deprecation_policy_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deprecate = put("paths", "/items", "get", "deprecated", value=True)
    args = ["diff", *sides(tmp_path, deprecate), "--format", "json", "--fail-on", "ERR", "--no-sdk"]
    assert main(args) == 0
    capsys.readouterr()
    assert main([*args, "--deprecation-days", "30", "--today", "2026-01-01"]) == 1
    found = {c["id"]: c for c in json.loads(capsys.readouterr().out)["changes"]}
    assert found["api-deprecated-sunset-missing"]["level"] == "ERR"
    assert found["api-deprecated-sunset-missing"]["sdk"] == []


def test_type_changes_name_the_sdk_symbols_with_old_and_new_types() -> None:
    """A field's, a parameter's and a return type each changed: one SDK change each, the
    types as the SDK writes them."""
    changed = edits(
        put(*ITEM, "properties", "name", "type", value="integer"),
        put("paths", "/items/{item_id}", "parameters", 0, "schema", "type", value="integer"),
        put(
            "paths",
            "/items",
            "get",
            "responses",
            "200",
            "content",
            JSON,
            "schema",
            "items",
            value={"type": "string"},
        ),
    )
    types = {c.id: c for c in diff(None, changed, sdk=True) if c.id.startswith("sdk-")}
    assert set(types) == {
        "sdk-field-type-changed",
        "sdk-parameter-type-changed",
        "sdk-method-return-type-changed",
    }
    assert types["sdk-field-type-changed"].sdk == ["models.Item.name"]
    assert "int" in types["sdk-field-type-changed"].message
    assert types["sdk-method-return-type-changed"].level == "WARN"


def test_the_command_line_loads_the_comparison_only_to_compare() -> None:
    """The comparison modules are a tenth of a second every other command would pay."""
    script = (
        "import sys\n"
        "import generator.cli\n"
        "slow = ('generator.diff.documents', 'generator.diff.compare', 'generator.diff.surface')\n"
        "print('imported:', *(m for m in slow if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "imported:"
