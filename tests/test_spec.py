"""The curated ModelArts spec: coverage of the seed, conventions, examples, and the official SDK."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import pytest
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import DEFAULT_SPEC
from generator.cli import main
from generator.spec.walk import operations, resolve
from generator.spec.validate import load_valid

# Every operation the seed names, with the method and path the real API uses.
SEED_OPERATIONS = {
    "create_notebook": ("post", "/v1/{project_id}/notebooks"),
    "list_notebooks": ("get", "/v1/{project_id}/notebooks"),
    "show_notebook": ("get", "/v1/{project_id}/notebooks/{id}"),
    "update_notebook": ("put", "/v1/{project_id}/notebooks/{id}"),
    "delete_notebook": ("delete", "/v1/{project_id}/notebooks/{id}"),
    "start_notebook": ("post", "/v1/{project_id}/notebooks/{id}/start"),
    "stop_notebook": ("post", "/v1/{project_id}/notebooks/{id}/stop"),
    "renew_lease": ("patch", "/v1/{project_id}/notebooks/{id}/lease"),
    "list_image": ("get", "/v1/{project_id}/images"),
    "show_image": ("get", "/v1/{project_id}/images/{id}"),
    "list_image_group": ("get", "/v1/{project_id}/images/group"),
    "register_image": ("post", "/v1/{project_id}/images"),
    "delete_image": ("delete", "/v1/{project_id}/images/{id}"),
    "create_image": ("post", "/v1/{project_id}/notebooks/{id}/create-image"),
    "list_dynamic_storages": ("get", "/v1/{project_id}/notebooks/{instance_id}/storage"),
    "attach_dynamic_storage": ("post", "/v1/{project_id}/notebooks/{instance_id}/storage"),
    "show_dynamic_storage": (
        "get",
        "/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}",
    ),
    "detach_dynamic_storage": (
        "delete",
        "/v1/{project_id}/notebooks/{instance_id}/storage/{storage_id}",
    ),
    "create_dev_server": ("post", "/v1/{project_id}/dev-servers"),
    "stop_dev_server": ("put", "/v1/{project_id}/dev-servers/{id}/stop"),
    "create_training_job_v1": ("post", "/v1/{project_id}/training-jobs"),
    "stop_training_job_version_v1": (
        "post",
        "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/stop",
    ),
    "delete_training_job_version_v1": (
        "delete",
        "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}",
    ),
    "create_visualization_job": ("post", "/v1/{project_id}/visualization-jobs"),
    "list_visualization_jobs": ("get", "/v1/{project_id}/visualization-jobs"),
    "show_training_job_flavors": ("get", "/v2/{project_id}/training-job-flavors"),
    "show_training_job_engines": ("get", "/v2/{project_id}/training-job-engines"),
    "create_algorithm": ("post", "/v2/{project_id}/algorithms"),
    "create_training_job": ("post", "/v2/{project_id}/training-jobs"),
    "show_training_job_details": ("get", "/v2/{project_id}/training-jobs/{training_job_id}"),
    "delete_training_job": ("delete", "/v2/{project_id}/training-jobs/{training_job_id}"),
    "show_training_job_logs_url": (
        "get",
        "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url",
    ),
    "show_training_job_metrics": (
        "get",
        "/v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}",
    ),
    "batch_add_samples": (
        "post",
        "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples",
    ),
    "notify_workforce_task": (
        "post",
        "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}/notify",
    ),
    "batch_delete_workforce_workers": (
        "post",
        "/v2/{project_id}/workforces/{workforce_id}/workers/batch-delete",
    ),
    "show_pool": ("get", "/v2/{project_id}/pools/{pool_name}"),
    "show_workload_statistics": ("get", "/v2/{project_id}/statistics/pools/{pool_name}/workloads"),
    "keystone_create_user_token_by_password": ("post", "/v3/auth/tokens"),
}

# The seed's permission table for the development environment, corrected where it slips
# (the mounted-storage list is a GET of .../storage, not a second create-image row).
IAM_ACTIONS = {
    "create_notebook": "modelarts:notebook:create",
    "list_notebooks": "modelarts:notebook:list",
    "show_notebook": "modelarts:notebook:get",
    "update_notebook": "modelarts:notebook:update",
    "delete_notebook": "modelarts:notebook:delete",
    "start_notebook": "modelarts:notebook:start",
    "stop_notebook": "modelarts:notebook:stop",
    "list_image": "modelarts:image:list",
    "show_image": "modelarts:image:get",
    "list_image_group": "modelarts:image:listGroup",
    "register_image": "modelarts:image:register",
    "delete_image": "modelarts:image:delete",
    "create_image": "modelarts:image:create",
    "list_dynamic_storages": "modelarts:notebook:listMountedStorages",
    "attach_dynamic_storage": "modelarts:notebook:mountStorage",
    "show_dynamic_storage": "modelarts:notebook:getMountedStorage",
    "detach_dynamic_storage": "modelarts:notebook:umountStorage",
    "renew_lease": "modelarts:notebook:updateStopPolicy",
}

LEGACY_OPERATIONS = {
    "create_training_job_v1",
    "stop_training_job_version_v1",
    "delete_training_job_version_v1",
    "create_visualization_job",
    "list_visualization_jobs",
}


@lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    return load_valid(DEFAULT_SPEC).document


def by_id() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op["operationId"]: (method, path, op) for _, path, method, op in operations(spec())}


def test_the_spec_is_valid_with_the_lint(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("operation_id", sorted(SEED_OPERATIONS))
def test_every_seed_operation_is_covered(operation_id: str) -> None:
    method, path, _ = by_id()[operation_id]
    assert (method, path) == SEED_OPERATIONS[operation_id]


@pytest.mark.parametrize("operation_id", sorted(IAM_ACTIONS))
def test_iam_action_per_operation(operation_id: str) -> None:
    assert by_id()[operation_id][2]["x-iam-action"] == IAM_ACTIONS[operation_id]


@pytest.mark.parametrize("operation_id", sorted(LEGACY_OPERATIONS))
def test_legacy_operations_declare_the_is_success_envelope(operation_id: str) -> None:
    envelope = by_id()[operation_id][2]["x-error-envelope"]
    assert envelope == {
        "success_field": "is_success",
        "code_field": "error_code",
        "message_field": "error_message",
    }


def test_shared_error_schemas() -> None:
    schemas = spec()["components"]["schemas"]
    assert set(schemas["Error"]["properties"]) == {"error_code", "error_msg"}
    assert set(schemas["LegacyEnvelope"]["properties"]) == {
        "is_success",
        "error_code",
        "error_message",
    }
    assert spec()["x-error-envelope"] == {"code_field": "error_code", "message_field": "error_msg"}


def test_security_and_servers() -> None:
    schemes = spec()["components"]["securitySchemes"]
    assert schemes["ApiToken"] == {
        **schemes["ApiToken"],
        "type": "apiKey",
        "in": "header",
        "name": "X-Auth-Token",
    }
    assert schemes["AkSk"]["x-signing"]["algorithm"] == "SDK-HMAC-SHA256"
    [server] = spec()["servers"]
    assert "{region}" in server["url"] and "region" in server["variables"]
    _, _, token_call = by_id()["keystone_create_user_token_by_password"]
    assert token_call["security"] == [] and "iam." in token_call["servers"][0]["url"]


def _schemas(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if node.get("type") == "object" or (
            isinstance(node.get("type"), list) and "object" in node["type"]
        ):
            yield pointer, node
        for key, value in node.items():
            if key not in ("examples", "example"):
                yield from _schemas(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _schemas(value, f"{pointer}/{index}")


def test_objects_keep_unknown_fields() -> None:
    closed = [
        pointer
        for pointer, schema in _schemas(spec())
        if schema.get("additionalProperties") is False
    ]
    assert closed == []


def test_every_property_has_an_english_description() -> None:
    missing = [
        f"{pointer}/properties/{name}"
        for pointer, schema in _schemas(spec())
        for name, prop in (schema.get("properties") or {}).items()
        if "$ref" not in prop and not str(prop.get("description", "")).strip()
    ]
    assert missing == []


def _resolve_with_pointer(pointer: str, node: Any) -> tuple[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"][1:]
        node = resolve(spec(), {"$ref": node["$ref"]})
    return pointer, node


def _examples() -> Iterator[tuple[str, str, Any]]:
    """(label, JSON pointer of the schema, example value) for every media-type example."""
    for pointer, _, _, op in operations(spec()):
        places = [("request", f"{pointer}/requestBody", op.get("requestBody"))] + [
            (f"response {code}", f"{pointer}/responses/{code}", r)
            for code, r in (op.get("responses") or {}).items()
        ]
        for where, place_pointer, holder in places:
            place_pointer, holder = _resolve_with_pointer(place_pointer, holder or {})
            for media, media_type in (holder.get("content") or {}).items():
                media_pointer = (
                    f"{place_pointer}/content/{media.replace('~', '~0').replace('/', '~1')}"
                )
                for name, example in (media_type.get("examples") or {}).items():
                    label = f"{op['operationId']} {where} {name}"
                    yield label, f"{media_pointer}/schema", resolve(spec(), example)["value"]


def test_the_seed_examples_are_all_in_the_spec() -> None:
    # The seed holds 26 JSON examples (its pool 400/404 pair sits on both pool operations,
    # and a few examples of our own document operations the seed shows none for).
    labels = [label for label, _, _ in _examples()]
    assert len(labels) >= 26
    for expected in (
        "create_dev_server response 200 creating",
        "stop_dev_server response 200 stopping",
        "create_training_job_v1 request volumes",
        "list_visualization_jobs response 200 failed",
        "show_training_job_metrics response 200 walkthrough",
        "show_pool response 404 pool_not_found",
    ):
        assert expected in labels


@pytest.mark.parametrize(
    "label, schema_pointer, value", list(_examples()), ids=lambda v: v if " " in str(v) else ""
)
def test_each_example_validates_against_its_schema(
    label: str, schema_pointer: str, value: Any
) -> None:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    validator = OAS31Validator(
        {"$ref": "urn:spec#" + schema_pointer},
        registry=Registry().with_resource("urn:spec", resource),
    )
    error = best_match(validator.iter_errors(value))
    assert error is None, f"{label}: {error.message if error else ''}"


def test_bundle_is_self_contained_and_revalidates(tmp_path: Path) -> None:
    output = tmp_path / "modelarts.json"
    assert main(["bundle", "-o", str(output)]) == 0
    bundled = json.loads(output.read_text())
    refs = [r for r in _all_refs(bundled)]
    assert refs and all(r.startswith("#/") for r in refs)
    assert main(["validate", str(output)]) == 0
    assert bundled == spec()


def _all_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _all_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_refs(value)
