"""The mock behaves as the spec documents the API: lists filter, sort and page by their
parameters; every create keeps what it made; actions are refused in the wrong state;
unknown paths and methods answer in the error envelope; answers leave out what the mock
cannot know; faults can be injected; a busy port is a one-line error. Over real HTTP."""

from __future__ import annotations

from typing import Any, Iterator

import httpx
import pytest

from modelarts_client.testing import running_mock

TOKEN = {"X-Auth-Token": "t"}
# One client for the raw requests: making an httpx client (its TLS context) takes a while.
HTTP = httpx.Client(headers=TOKEN, timeout=30)
NOTEBOOK = {
    "name": "nb-demo",
    "image_id": "img-1",
    "flavor": "modelarts.vm.cpu.2u",
    "volume": {"category": "EVS", "ownership": "MANAGED", "capacity": 5},
}
MOUNT = {"category": "OBS", "uri": "obs://bucket/data/", "mount_path": "/data/"}
ALGORITHM = {
    "metadata": {"name": "algo"},
    "job_config": {"code_dir": "/b/code/", "boot_file": "/b/code/train.py"},
}


@pytest.fixture(scope="module")
def fast() -> Iterator[str]:
    """Lifecycles done in milliseconds: notebooks are RUNNING almost at once."""
    with running_mock(time_scale=1000.0) as url:
        yield url


def get(url: str, path: str, **params: Any) -> httpx.Response:
    return HTTP.get(url + path, params=params)


# -- errors -------------------------------------------------------------------------------------


def test_unknown_paths_methods_and_encoded_ids_answer_in_the_error_envelope(fast: str) -> None:
    slashed = get(fast, "/v1/p/notebooks/a%2Fb")
    assert (slashed.status_code, slashed.json()) == (
        404,
        {"error_code": "ModelArts.4040", "error_msg": "Notebook a/b not found."},
    )
    nowhere = get(fast, "/v9/nothing/here")
    assert nowhere.status_code == 404
    assert nowhere.json() == {
        "error_code": "ModelArts.4040",
        "error_msg": "no operation at GET /v9/nothing/here",
    }
    method = HTTP.patch(fast + "/v1/p/notebooks")
    assert method.status_code == 405
    assert set(method.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert method.json()["error_code"] == "ModelArts.4050"
    legacy = HTTP.post(fast + "/v1/p/training-jobs/5/versions/6/stop")
    assert legacy.status_code == 404
    assert legacy.json() == {
        "is_success": False,
        "error_code": "ModelArts.4040",
        "error_message": "Version 6 not found.",
    }


def test_the_error_envelope_comes_from_the_spec_served() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "x-error-envelope": {"code_field": "code", "message_field": "message"},
        "x-mock": {"error_codes": {"404": "NO_SUCH_THING"}},
        "paths": {
            "/pets": {
                "post": {
                    "operationId": "create_pet",
                    "requestBody": {"content": {"application/json": {"schema": PET}}},
                    "responses": {"201": {"description": "", "content": JSON_PET}},
                },
                "get": {
                    "operationId": "list_pets",
                    "parameters": [{"name": "kind", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "", "content": JSON_PETS}},
                },
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "show_pet",
                    "parameters": [{"name": "id", "in": "path", "required": True}],
                    "responses": {"200": {"description": "", "content": JSON_PET}},
                }
            },
        },
    }
    with running_mock(document=document) as url:
        for kind in ("cat", "dog", "cat"):
            assert HTTP.post(url + "/pets", json={"kind": kind}).status_code == 201
        missing = HTTP.get(url + "/pets/a%2Fb")
        assert missing.json() == {"code": "NO_SUCH_THING", "message": "Pet a/b not found."}
        assert HTTP.get(url + "/cats").json()["code"] == "NO_SUCH_THING"


PET = {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string"}}}
JSON_PET = {"application/json": {"schema": PET}}
JSON_PETS = {
    "application/json": {
        "schema": {"type": "object", "properties": {"pets": {"type": "array", "items": PET}}}
    }
}
