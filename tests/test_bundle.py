"""Multi-file specs: parts merged, external components imported, everything internal."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings

from generator.spec import bundle as bundle_module
from generator.spec import validate
from generator.spec.bundle import load_bundle
from generator.spec.sources import read_source
from hostile_specs import hostile_specs
from generator.cli import main
from generator.spec.problems import SpecError

ROOT = {
    "openapi": "3.1.0",
    "info": {"title": "Zoo", "version": "1"},
    "x-spec-parts": ["areas/*.yaml"],
    "paths": {},
}


def _part(path: str, op_id: str, schema_ref: str) -> dict[str, Any]:
    return {
        "tags": [{"name": "Zoo"}],
        "paths": {
            path: {
                "get": {
                    "operationId": op_id,
                    "tags": ["Zoo"],
                    "summary": "Get.",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": schema_ref}}},
                        },
                        "default": {"$ref": "../common.yaml#/components/responses/Failure"},
                    },
                }
            }
        },
    }


COMMON = {
    "components": {
        "schemas": {
            "Error": {"type": "object", "properties": {"code": {"type": "string"}}},
            "Node": {
                "type": "object",
                "properties": {"next": {"$ref": "#/components/schemas/Node"}},
            },
        },
        "responses": {
            "Failure": {
                "description": "failure",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
    }
}


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


@pytest.fixture
def zoo(write_spec: Callable[..., Path]) -> Path:
    animal = _part("/animals", "list_animals", "#/components/schemas/Animal")
    animal["components"] = {
        "schemas": {
            "Animal": {
                "type": "object",
                "properties": {"next": {"$ref": "../common.yaml#/components/schemas/Node"}},
            }
        }
    }
    return write_spec(
        {
            "openapi.yaml": ROOT,
            "common.yaml": COMMON,
            "areas/animals.yaml": animal,
            "areas/keepers.yaml": _part("/keepers", "list_keepers", "../schemas/keeper.yaml"),
            "schemas/keeper.yaml": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    )


def test_parts_are_merged_and_refs_made_internal(zoo: Path) -> None:
    document = load_bundle(zoo).document
    assert set(document["paths"]) == {"/animals", "/keepers"}
    assert [t["name"] for t in document["tags"]] == ["Zoo"]
    assert "x-spec-parts" not in document
    assert all(ref.startswith("#/") for ref in _refs(document))
    assert set(document["components"]["schemas"]) == {"Animal", "Node", "Error"}
    # a whole-file reference that is not a component is inlined
    keeper = document["paths"]["/keepers"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert keeper == {"type": "object", "properties": {"name": {"type": "string"}}}
    # recursion survives: the imported Node still refers to itself
    assert document["components"]["schemas"]["Node"]["properties"]["next"] == {
        "$ref": "#/components/schemas/Node"
    }


def test_bundle_command_writes_self_contained_json(zoo: Path, tmp_path: Path) -> None:
    output = tmp_path / "out" / "bundle.json"
    assert main(["bundle", str(zoo), "-o", str(output), "--no-lint"]) == 0
    bundled = json.loads(output.read_text())
    assert all(ref.startswith("#/") for ref in _refs(bundled))
    # the bundle is itself a valid single-file spec that bundles to the same document
    again = tmp_path / "again.json"
    assert main(["bundle", str(output), "-o", str(again), "--no-lint"]) == 0
    assert json.loads(again.read_text()) == bundled


def test_same_name_in_two_parts_is_reported_with_both_places(zoo: Path) -> None:
    clash = _part("/cages", "list_cages", "#/components/schemas/Animal")
    clash["components"] = {"schemas": {"Animal": {"type": "string"}}}
    (zoo.parent / "areas" / "zz.yaml").write_text(json.dumps(clash))
    with pytest.raises(SpecError) as caught:
        load_bundle(zoo)
    [problem] = caught.value.problems
    assert problem.rule == "duplicate-name" and problem.file.endswith("zz.yaml")
    assert "animals.yaml" in problem.message


def test_an_imported_name_that_is_taken_gets_a_new_name(write_spec: Callable[..., Path]) -> None:
    root = dict(ROOT, **{"x-spec-parts": []})
    root["paths"] = _part("/x", "get_x", "#/components/schemas/Error")["paths"]
    root["paths"]["/x"]["get"]["responses"]["default"] = {
        "$ref": "common.yaml#/components/responses/Failure"
    }
    root["components"] = {"schemas": {"Error": {"type": "string"}}}
    document = load_bundle(write_spec({"openapi.yaml": root, "common.yaml": COMMON})).document
    assert document["components"]["schemas"]["Error"] == {"type": "string"}
    failure = document["components"]["responses"]["Failure"]
    assert failure["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error2"
    }


@pytest.mark.parametrize(
    "ref, rule",
    [
        ("../common.yaml#/components/schemas/Missing", "unresolvable-ref"),
        ("../nowhere.yaml#/components/schemas/X", "unresolvable-ref"),
        ("https://example.com/spec.yaml#/components/schemas/X", "remote-ref"),
    ],
)
def test_bad_references_are_located(write_spec: Callable[..., Path], ref: str, rule: str) -> None:
    path = write_spec(
        {"openapi.yaml": ROOT, "common.yaml": COMMON, "areas/a.yaml": _part("/a", "get_a", ref)}
    )
    with pytest.raises(SpecError) as caught:
        load_bundle(path)
    [problem] = caught.value.problems
    assert problem.rule == rule and problem.file.endswith("a.yaml") and problem.line > 0
    assert problem.pointer.endswith("/schema/$ref")


def test_a_glob_that_matches_nothing_is_reported(write_spec: Callable[..., Path]) -> None:
    path = write_spec({"openapi.yaml": dict(ROOT, **{"x-spec-parts": ["nothing/*.yaml"]})})
    with pytest.raises(SpecError) as caught:
        load_bundle(path)
    assert caught.value.problems[0].rule == "bad-parts"


def test_a_folder_means_its_openapi_file(zoo: Path) -> None:
    assert load_bundle(zoo.parent).document["info"]["title"] == "Zoo"


SINGLE_FILE_SPECS = sorted(
    [
        *(Path(__file__).parent / "conformance" / "specs").glob("*.yaml"),
        *(Path(__file__).parent / "corpus_regressions").glob("*.yaml"),
    ]
)


def _walked(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The document as the full walk bundles it, with the shortcut for self-contained
    files turned off."""
    with monkeypatch.context() as patch:
        patch.setattr(bundle_module, "_self_contained", lambda source: False)
        return load_bundle(path).document


@pytest.mark.parametrize("path", SINGLE_FILE_SPECS, ids=lambda path: path.name)
def test_a_self_contained_file_bundles_as_the_full_walk_does(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_bundle(path).document == _walked(path, monkeypatch)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=hostile_specs())
def test_generated_specs_bundle_as_the_full_walk_does(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as monkeypatch:
        path = Path(folder) / "openapi.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        assert load_bundle(path).document == _walked(path, monkeypatch)


def test_the_shortcut_leaves_percent_encoded_and_discriminator_refs_to_the_walk(
    write_spec: Callable[..., Path],
) -> None:
    # The walk decodes the fragment, so this points at "/items/{id}": not at the key as written.
    encoded = {"$ref": "#/paths/~1items~1%7Bid%7D"}
    mapping = {"propertyName": "kind", "mapping": {"a": "other.yaml#/components/schemas/A"}}
    root = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
    root["paths"] = {"/items/%7Bid%7D": {}}
    for node in (encoded, {"oneOf": [], "discriminator": mapping}):
        source = read_source(write_spec({"openapi.yaml": {**root, "x-node": node}}), "spec")
        assert not bundle_module._self_contained(source)
    local = {"propertyName": "kind", "mapping": {"a": "#/info", "b": "B"}}
    source = read_source(
        write_spec({"openapi.yaml": {**root, "x-node": {"discriminator": local}}}), "spec"
    )
    assert bundle_module._self_contained(source)


def test_an_unresolvable_local_ref_in_one_file_is_located(
    write_spec: Callable[..., Path],
) -> None:
    root = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/Missing"}}},
    }
    path = write_spec({"openapi.yaml": root})
    with pytest.raises(SpecError) as caught:
        load_bundle(path)
    [problem] = caught.value.problems
    lines = path.read_text().splitlines()
    assert problem.rule == "unresolvable-ref" and problem.pointer == "/components/schemas/A/$ref"
    assert "Missing" in lines[problem.line - 1]


def test_the_bundle_lists_every_file_it_read(zoo: Path) -> None:
    names = sorted(source.path.name for source in load_bundle(zoo).sources)
    assert names == ["animals.yaml", "common.yaml", "keeper.yaml", "keepers.yaml", "openapi.yaml"]


def test_validation_is_remembered_until_any_file_read_changes(
    zoo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODELARTS_GEN_CACHE", str(tmp_path / "cache"))
    checked: list[int] = []
    meta_schema_problems = validate.meta_schema_problems
    monkeypatch.setattr(
        validate,
        "meta_schema_problems",
        lambda bundle: checked.append(1) or meta_schema_problems(bundle),  # type: ignore
    )
    validate.load_valid(zoo, strict=False, semantic=False)
    validate.load_valid(zoo, strict=False, semantic=False)
    assert len(checked) == 1  # the second time, from the cache
    # a file referenced, not a part: a wrong type there must be found again
    common = json.loads(json.dumps(COMMON))
    common["components"]["responses"]["Failure"]["description"] = 5
    (zoo.parent / "common.yaml").write_text(json.dumps(common))
    with pytest.raises(SpecError) as caught:
        validate.load_valid(zoo, strict=False, semantic=False)
    assert len(checked) == 2 and caught.value.problems[0].rule == "openapi-schema"
