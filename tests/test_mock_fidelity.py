"""The mock behaves as the spec documents the API: lists filter, sort and page by their
parameters; every create keeps what it made; actions are refused in the wrong state;
unknown paths and methods answer in the error envelope; answers leave out what the mock
cannot know; faults can be injected; a busy port is a one-line error. Over real HTTP."""

from __future__ import annotations

import socket
import time
from typing import Any, Iterator

import httpx
import pytest

import modelarts_client as sdk
from modelarts_client.testing import client_for, running_mock

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


@pytest.fixture(scope="module")
def frozen() -> Iterator[str]:
    """Lifecycles that do not move: a new notebook stays CREATING."""
    with running_mock(time_scale=0.0001) as url:
        yield url


def notebooks(url: str, project: str, *names: str) -> list[str]:
    with client_for(url, project_id=project) as c:
        return [c.create_notebook(body={**NOTEBOOK, "name": name}).id for name in names]


def get(url: str, path: str, **params: Any) -> httpx.Response:
    return HTTP.get(url + path, params=params)


# -- lists --------------------------------------------------------------------------------------


def test_lists_filter_by_the_parameters_they_document(fast: str) -> None:
    ids = notebooks(fast, "filters", "nb-alpha", "nb-beta", "other")
    path = "/v1/filters/notebooks"
    names = lambda **p: [n["name"] for n in get(fast, path, **p).json()["data"]]  # noqa: E731
    assert names(name="nb-") == ["nb-alpha", "nb-beta"]  # documented as a fuzzy match
    assert names(id=ids[2]) == ["other"]
    assert names(status="STOPPED") == []
    assert get(fast, path, name="nb-").json()["total"] == 2
    assert names(pool_name="x") == []  # a field the notebooks do not have matches nothing
    with client_for(fast, project_id="filters") as c:
        c.wait_until_notebook_running(id=ids[0], interval=0.01)
        assert [n.name for n in c.list_notebooks(status="RUNNING", name="alpha").data] == [
            "nb-alpha"
        ]


def test_image_names_match_exactly_when_asked(fast: str) -> None:
    with client_for(fast, project_id="images") as c:
        notebook = c.create_notebook(body=NOTEBOOK)
        for name in ("pytorch", "pytorch-gpu"):
            c.wait_until_notebook_running(id=notebook.id, interval=0.01)
            c.create_image(id=notebook.id, body={"name": name, "namespace": "org"})
    names = lambda **p: [
        i["name"] for i in get(fast, "/v1/images/images", **p).json()["data"]
    ]  # noqa: E731
    # fuzzy unless told otherwise; type's default (BUILD_IN) is not a filter
    assert names(name="pytorch") == ["pytorch", "pytorch-gpu"]
    assert names(name="pytorch", name_fuzzy_match="false") == ["pytorch"]
    assert names(name="pytorch", namespace="other") == []


def test_lists_sort_as_asked_and_refuse_unknown_fields(fast: str) -> None:
    notebooks(fast, "sorting", "b", "c", "a")
    path = "/v1/sorting/notebooks"
    order = lambda **p: [n["name"] for n in get(fast, path, **p).json()["data"]]  # noqa: E731
    assert order() == ["b", "c", "a"]  # as created
    assert order(sort_key="name") == ["a", "b", "c"]
    assert order(sort_key="name", sort_dir="DESC") == ["c", "b", "a"]
    refused = get(fast, path, sort_key="colour")
    assert refused.status_code == 400
    assert refused.json() == {
        "error_code": "ModelArts.6303",
        "error_msg": "the field colour does not support sorting",
    }


def test_pages_say_which_page_of_how_many(fast: str) -> None:
    notebooks(fast, "paging", *[f"nb-{i}" for i in range(5)])
    page = get(fast, "/v1/paging/notebooks", limit=2, offset=2).json()
    assert [n["name"] for n in page["data"]] == ["nb-2", "nb-3"]
    assert {k: v for k, v in page.items() if k != "data"} == {
        "total": 5,
        "current": 2,
        "pages": 3,
        "size": 2,
    }
    last = get(fast, "/v1/paging/notebooks", limit=2, offset=4).json()
    assert (last["current"], len(last["data"])) == (3, 1)
    with client_for(fast, project_id="paging") as c:
        assert [n.name for n in c.list_notebooks_iter(limit=2)] == [f"nb-{i}" for i in range(5)]


def test_page_numbered_lists_and_their_counts(fast: str) -> None:
    with client_for(fast, project_id="pages") as c:
        for i in range(3):
            c.create_visualization_job(body={"job_name": f"tb-{i}", "train_url": "/obs/out/"})
    body = get(fast, "/v1/pages/visualization-jobs", per_page=2, page=2, order="asc").json()
    assert [j["job_name"] for j in body["jobs"]] == ["tb-2"]  # sorted by job_name (default)
    assert (body["job_total_count"], body["is_success"]) == (3, True)
    assert [j["job_name"] for j in get(fast, "/v1/pages/visualization-jobs").json()["jobs"]] == [
        "tb-2",
        "tb-1",
        "tb-0",  # the documented default order: desc
    ]
    assert get(fast, "/v1/pages/visualization-jobs", search_content="-1").json()["jobs"][0][
        "job_name"
    ] == ("tb-1")


def test_algorithm_lists_count_matches_and_repeat_their_parameters(fast: str) -> None:
    with client_for(fast, project_id="algos") as c:
        for name in ("a1", "a2", "a3"):
            c.create_algorithm(body={**ALGORITHM, "metadata": {"name": name}})
    body = get(fast, "/v2/algos/algorithms", limit=2, offset=1, order="asc").json()
    assert [a["metadata"]["name"] for a in body["items"]] == ["a2", "a3"]
    assert {k: v for k, v in body.items() if k != "items"} == {
        "total": 3,
        "count": 3,
        "limit": 2,
        "offset": 1,
        "order": "asc",
        "sort_by": "create_time",
    }


# -- creates --------------------------------------------------------------------------------------


def test_every_create_keeps_what_it_made(fast: str) -> None:
    with client_for(fast, project_id="creates") as c:
        job = c.create_visualization_job(body={"job_name": "tb", "train_url": "/obs/out/"})
        assert (job.job_name, job.train_url) == ("tb", "/obs/out/")
        listed = c.list_visualization_jobs().jobs
        assert [(j.job_id, j.job_name) for j in listed] == [(job.job_id, "tb")]

        v1 = c.create_training_job_v1(body={"job_name": "j", "config": {"worker_server_num": 1}})
        assert isinstance(v1.job_id, int) and isinstance(v1.version_id, int)
        c.stop_training_job_version_v1(job_id=v1.job_id, version_id=v1.version_id)
        c.delete_training_job_version_v1(job_id=v1.job_id, version_id=v1.version_id)
        with pytest.raises(sdk.NotFoundError):
            c.delete_training_job_version_v1(job_id=v1.job_id, version_id=v1.version_id)

        notebook = c.create_notebook(body=NOTEBOOK)
        c.wait_until_notebook_running(id=notebook.id, interval=0.01)
        image = c.create_image(id=notebook.id, body={"name": "saved", "namespace": "org"})
        assert image.name == "saved" and image.status in ("CREATING", "ACTIVE")
        assert c.show_image(id=image.id).name == "saved"
        assert [i.id for i in c.list_image().data] == [image.id]


def test_a_sub_resource_of_nothing_is_not_found(fast: str) -> None:
    with client_for(fast, project_id="orphans") as c:
        with pytest.raises(sdk.NotFoundError) as caught:
            c.attach_dynamic_storage(instance_id="nope", body=MOUNT)
        assert caught.value.error_msg == "Notebook nope not found."
        with pytest.raises(sdk.NotFoundError):
            c.list_dynamic_storages(instance_id="nope")


# -- lifecycle rules ----------------------------------------------------------------------------


def test_storage_mounts_only_into_a_running_notebook(frozen: str) -> None:
    with client_for(frozen, project_id="rules") as c:
        notebook = c.create_notebook(body=NOTEBOOK)
        assert notebook.status == "CREATING"
        with pytest.raises(sdk.BadRequestError) as caught:
            c.attach_dynamic_storage(instance_id=notebook.id, body=MOUNT)
        assert caught.value.error_msg == (
            f"Notebook {notebook.id} is CREATING; attach_dynamic_storage needs it RUNNING."
        )
        assert c.list_dynamic_storages(instance_id=notebook.id).data == []
        with pytest.raises(sdk.BadRequestError):
            c.stop_notebook(id=notebook.id)


def test_actions_in_the_wrong_state_get_the_documented_errors(fast: str) -> None:
    with client_for(fast, project_id="states") as c:
        notebook = c.create_notebook(body=NOTEBOOK)
        c.wait_until_notebook_running(id=notebook.id, interval=0.01)
        with pytest.raises(sdk.BadRequestError) as caught:
            c.start_notebook(id=notebook.id)
        assert (caught.value.error_code, caught.value.error_msg) == (
            "ModelArts.6305",
            "The instance is already running.",
        )
        c.stop_notebook(id=notebook.id)
        c.wait_until_notebook_stopped(id=notebook.id, interval=0.01)
        with pytest.raises(sdk.BadRequestError) as caught:
            c.stop_notebook(id=notebook.id)
        assert caught.value.error_code == "ModelArts.6307"
        c.start_notebook(id=notebook.id)  # stopped: starts (STARTING lasts 1 ms here)
        assert c.wait_until_notebook_running(id=notebook.id, interval=0.01).status == "RUNNING"

        algorithm = c.create_algorithm(body=ALGORITHM)
        job = c.create_training_job(
            body={
                "kind": "job",
                "metadata": {"name": "j"},
                "algorithm": {"id": algorithm.metadata.id},
            }
        )
        c.wait_until_training_job_completed(training_job_id=job.metadata.id, interval=0.01)
        with pytest.raises(sdk.BadRequestError, match="Completed"):
            c.stop_training_job(training_job_id=job.metadata.id, body={"action_type": "terminate"})


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
        assert [p["kind"] for p in HTTP.get(url + "/pets?kind=cat").json()["pets"]] == ["cat"] * 2
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


# -- what answers hold --------------------------------------------------------------------------


def test_answers_leave_out_what_the_mock_cannot_know(fast: str) -> None:
    answer = HTTP.post(fast + "/v1/knows/notebooks", json=NOTEBOOK).json()
    assert "fail_reason" not in answer and "mock" not in str(answer)
    assert answer["feature"] == "NOTEBOOK"  # the documented default of the request
    assert answer["volume"] == {**NOTEBOOK["volume"], "read_only": False}
    flavors = get(fast, "/v2/knows/training-job-flavors", flavor_type="CPU").json()
    assert flavors["total_count"] == 2  # documented examples are still what they were


# -- faults -------------------------------------------------------------------------------------


def test_faults_are_injected_as_often_as_asked_and_repeatably() -> None:
    def statuses(seed: int) -> list[int]:
        with running_mock(faults="503:0.3,429:0.2", seed=seed) as url:
            return [get(url, "/v1/p/notebooks").status_code for _ in range(40)]

    first = statuses(7)
    assert first == statuses(7)  # the same seed, the same faults
    assert 5 <= first.count(503) <= 20 and 2 <= first.count(429) <= 15 and 200 in first
    with running_mock(faults="503:1") as url:
        answer = get(url, "/v1/p/notebooks")
    assert (answer.status_code, answer.headers["retry-after"]) == (503, "1")
    assert answer.json() == {
        "error_code": "ModelArts.5030",
        "error_msg": "fault injected by the mock (--faults)",
    }


def test_clients_retry_through_injected_faults() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with running_mock(faults="503:0.5", seed=1) as url:  # seed 1: the first request fails
        with client_for(url, http_client=http, max_retries=3) as c:
            assert [c.list_notebooks().total for _ in range(2)] == [0, 0]
    assert len(sent) == 3  # the failed call was retried (after its Retry-After)


def test_one_request_asks_for_its_own_fault(fast: str) -> None:
    throttled = HTTP.get(fast + "/v1/p/notebooks", headers={"X-Mock-Fault": "429"})
    assert throttled.status_code == 429 and throttled.headers["retry-after"] == "1"
    assert throttled.json()["error_code"] == "APIGW.0308"
    started = time.monotonic()
    slow = HTTP.get(fast + "/v1/p/notebooks", headers={"X-Mock-Fault": "latency=300ms"})
    assert slow.status_code == 200 and time.monotonic() - started >= 0.3
    wrong = HTTP.get(fast + "/v1/p/notebooks", headers={"X-Mock-Fault": "soon"})
    assert wrong.status_code == 400 and "X-Mock-Fault: 'soon'" in wrong.json()["error_msg"]


def test_bad_fault_options_are_refused_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_mock(capsys, "--faults", "503:2") == 2
    out, err = capsys.readouterr()
    assert "--faults: '503:2': the probability must be a number from 0 to 1" in err
    assert "Traceback" not in err and not out


# -- the command ---------------------------------------------------------------------------------


def test_a_busy_port_is_one_clear_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert run_mock(capsys, "--port", str(port)) == 2
    out, err = capsys.readouterr()
    assert out == ""  # no banner before the error
    assert err.splitlines() == [
        f"python -m modelarts_client.mock: cannot listen on 127.0.0.1:{port}: "
        "Address already in use"
    ]


def run_mock(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """python -m PACKAGE.mock with argv, in this process: its exit status."""
    from modelarts_client.mock.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    return exited.value.code
