"""The mock server generated from the spec: workflows through the sync and async clients and
the CLI over real HTTP, authentication (including the official SDK's signatures), request
validation, state and persistence, and answers that match the spec."""

from __future__ import annotations

import asyncio
import json
from functools import lru_cache
from typing import Any, Iterator

import httpx
import pytest
from click.testing import CliRunner
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import DEFAULT_SPEC
from generator.codegen import ir
from generator.codegen.build import build_api
from generator.spec.walk import resolve
from generator.spec.validate import load_valid
from ir_samples import Samples

import modelarts_client as sdk
from modelarts_client import AsyncModelArts, ModelArts
from modelarts_client._cli_app import cli
from modelarts_client.mock import DEMO_AK, DEMO_SK
from modelarts_client.testing import client_for, mock_client, running_mock  # noqa: F401

ALGORITHM = {
    "metadata": {"name": "test-pytorch-cpu", "description": "test pytorch job in cpu"},
    "job_config": {
        "code_dir": "/bucket/code/",
        "boot_file": "/bucket/code/train.py",
        "engine": {
            "engine_name": "PyTorch",
            "engine_version": "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64",
        },
    },
}
JOB = {
    "kind": "job",
    "metadata": {"name": "test-pytorch-cpu01"},
    "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1}},
}
NOTEBOOK = {
    "name": "nb-demo",
    "image_id": "img-1",
    "flavor": "modelarts.vm.cpu.2u",
    "volume": {"category": "EVS", "ownership": "MANAGED", "capacity": 5},
}
MOUNT = {"category": "OBS", "uri": "obs://bucket/data/", "mount_path": "/data/"}


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock(time_scale=20.0) as url:
        yield url


def test_two_lines_give_a_test_a_working_client(mock_client: Any) -> None:
    assert mock_client.list_notebooks().total == 0


def test_training_walkthrough_through_the_sync_client(mock_url: str) -> None:
    with client_for(mock_url) as c:
        assert c.show_training_job_flavors(flavor_type="CPU").flavors
        assert c.show_training_job_engines().items
        algorithm = c.create_algorithm(body=ALGORITHM)
        job = c.create_training_job(body={**JOB, "algorithm": {"id": algorithm.metadata.id}})
        assert job.status.phase == "Creating" and job.metadata.name == "test-pytorch-cpu01"
        seen: list[str] = []
        done = c.wait_until_training_job_completed(
            training_job_id=job.metadata.id, interval=0.02, on_poll=lambda s, _: seen.append(s)
        )
        assert done.status.phase == "Completed" and seen[-1] == "Completed" and "Running" in seen
        assert c.show_training_job_logs_url(
            training_job_id=job.metadata.id, task_id="worker-0"
        ).obs_url
        metrics = c.show_training_job_metrics(training_job_id=job.metadata.id, task_id="worker-0")
        assert {m.metric for m in metrics.metrics} >= {"cpuUsage", "memUsage"}
        c.delete_training_job(training_job_id=job.metadata.id)
        with pytest.raises(sdk.NotFoundError) as caught:
            c.show_training_job_details(training_job_id=job.metadata.id)
        assert caught.value.error_msg == f"Training job {job.metadata.id} not found."


def test_notebook_workflow_through_the_async_client(mock_url: str) -> None:
    async def run() -> list[str]:
        async with AsyncModelArts(
            endpoint=mock_url, project_id="async-project", ak=DEMO_AK, sk=DEMO_SK
        ) as c:
            notebook = await c.create_notebook(body=NOTEBOOK)
            states = [str(notebook.status)]
            states.append(
                str((await c.wait_until_notebook_running(id=notebook.id, interval=0.02)).status)
            )
            mount = await c.attach_dynamic_storage(instance_id=notebook.id, body=MOUNT)
            mounted = await c.wait_until_storage_mounted(
                instance_id=notebook.id, storage_id=mount.id, interval=0.02
            )
            states.append(str(mounted.status))
            assert [s.id async for s in c.list_notebooks_iter(limit=1)] == [notebook.id]
            await c.stop_notebook(id=notebook.id)
            states.append(
                str((await c.wait_until_notebook_stopped(id=notebook.id, interval=0.02)).status)
            )
            await c.delete_notebook(id=notebook.id)
            assert (await c.list_notebooks()).total == 0
            return states

    assert asyncio.run(run()) == ["CREATING", "RUNNING", "MOUNTED", "STOPPED"]


def test_workflow_through_the_cli(mock_url: str) -> None:
    env = {
        "MODELARTS_ENDPOINT": mock_url,
        "MODELARTS_IAM_ENDPOINT": mock_url,
        "HUAWEICLOUD_SDK_AK": DEMO_AK,
        "HUAWEICLOUD_SDK_SK": DEMO_SK,
        "HUAWEICLOUD_SDK_PROJECT_ID": "cli-project",
        "MODELARTS_TOKEN": "",
    }
    runner = CliRunner()

    def run(*argv: str) -> Any:
        result = runner.invoke(cli, list(argv), env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else None

    algorithm_id = run(
        "create-algorithm", "--body", json.dumps(ALGORITHM), "--query", "metadata.id"
    )
    job = {**JOB, "algorithm": {"id": algorithm_id}}
    assert (
        run("create-training-job", "--body", json.dumps(job), "--wait", "--query", "status.phase")
        == "Completed"
    )
    notebook_id = run("create-notebook", "--body", json.dumps(NOTEBOOK), "--wait", "--query", "id")
    assert run("show-notebook", "--id", notebook_id, "--query", "status") == "RUNNING"
    assert run("list-notebooks", "--all", "--query", "length(@)") == 1


def test_missing_and_wrong_credentials_get_401(mock_url: str) -> None:
    path = f"{mock_url}/v1/p/notebooks"
    answer = httpx.get(path)
    assert answer.status_code == 401 and answer.json()["error_code"].startswith("ModelArts.")
    with ModelArts(
        endpoint=mock_url, project_id="p", ak=DEMO_AK, sk="wrong-secret", max_retries=0
    ) as c:
        with pytest.raises(sdk.AuthenticationError, match="signature does not match"):
            c.list_notebooks()
    with ModelArts(endpoint=mock_url, project_id="p", ak="UNKNOWN", sk=DEMO_SK, max_retries=0) as c:
        with pytest.raises(sdk.AuthenticationError, match="unknown access key"):
            c.list_notebooks()


def test_a_configured_token_is_the_only_one_accepted() -> None:
    with running_mock(token="right") as url:
        assert ModelArts(endpoint=url, project_id="p", token="right").list_notebooks().total == 0
        with pytest.raises(sdk.AuthenticationError):
            ModelArts(endpoint=url, project_id="p", token="wrong", max_retries=0).list_notebooks()


def test_requests_signed_by_the_official_sdk_are_accepted(mock_url: str) -> None:
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkmodelarts.v1 import (
        ModelArtsClient,
        ShowTrainingJobFlavorsRequest,
        ListNotebooksRequest,
    )

    official = (
        ModelArtsClient.new_builder()
        .with_credentials(BasicCredentials(DEMO_AK, DEMO_SK, "official-project"))
        .with_endpoints([mock_url])
        .build()
    )
    flavors = official.show_training_job_flavors(ShowTrainingJobFlavorsRequest(flavor_type="CPU"))
    assert flavors.total_count == 2
    notebooks = official.list_notebooks(ListNotebooksRequest(limit=10, status="RUNNING"))
    assert notebooks.total == 0
    wrong = (
        ModelArtsClient.new_builder()
        .with_credentials(BasicCredentials(DEMO_AK, "not-the-secret", "official-project"))
        .with_endpoints([mock_url])
        .build()
    )
    from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException

    with pytest.raises(ClientRequestException) as caught:
        wrong.show_training_job_flavors(ShowTrainingJobFlavorsRequest(flavor_type="CPU"))
    assert caught.value.status_code == 401


@pytest.mark.parametrize(
    "request_args, message",
    [
        (("POST", "/v1/p/dev-servers", {"name": "x"}), "'image_id' is a required property"),
        (("POST", "/v2/p/training-jobs", "not json"), "not valid JSON"),
        (("GET", "/v1/p/notebooks?limit=many", None), "parameter limit must be integer"),
        (("GET", "/v1/p/notebooks?sort_dir=SIDEWAYS", None), "sort_dir"),
    ],
)
def test_bad_requests_get_modelarts_shaped_400s(
    mock_url: str, request_args: Any, message: str
) -> None:
    method, path, body = request_args
    content = (
        body.encode()
        if isinstance(body, str)
        else json.dumps(body).encode() if body is not None else b""
    )
    answer = httpx.request(method, mock_url + path, content=content, headers={"X-Auth-Token": "t"})
    assert answer.status_code == 400
    assert answer.json()["error_code"] == "ModelArts.0101" and message in answer.json()["error_msg"]


def test_legacy_operations_answer_with_the_legacy_envelope(mock_url: str) -> None:
    answer = httpx.post(
        f"{mock_url}/v1/p/training-jobs", json={"job_name": 5}, headers={"X-Auth-Token": "t"}
    )
    assert answer.status_code == 400
    assert answer.json()["is_success"] is False and "error_message" in answer.json()
    with client_for(mock_url) as c:
        created = c.create_training_job_v1(
            body={"job_name": "j", "config": {"worker_server_num": 1}}
        )
        assert created.is_success is True


def test_state_survives_a_restart_with_a_database(tmp_path: Any) -> None:
    db = str(tmp_path / "mock.sqlite")
    with running_mock(db=db) as url, client_for(url) as c:
        notebook_id = c.create_notebook(body=NOTEBOOK).id
    with running_mock(db=db) as url, client_for(url) as c:
        assert c.show_notebook(id=notebook_id).name == "nb-demo"
    with running_mock() as url, client_for(url) as c, pytest.raises(sdk.NotFoundError):
        c.show_notebook(id=notebook_id)


@lru_cache(maxsize=1)
def _api() -> tuple[ir.Api, dict[str, Any]]:
    document = load_valid(DEFAULT_SPEC).document
    return build_api(document), document


def _schema_for(document: dict[str, Any], op: ir.Operation, status: int) -> Any:
    responses = document["paths"][op.path][op.method.lower()]["responses"]
    response = resolve(document, responses.get(str(status)) or responses.get("default") or {})
    return ((response.get("content") or {}).get("application/json") or {}).get("schema")


@pytest.mark.parametrize("op", _api()[0].operations, ids=lambda op: op.python_name)
def test_every_answer_matches_the_spec(mock_url: str, op: ir.Operation) -> None:
    api, document = _api()
    answers: list[httpx.Response] = []
    with client_for(
        mock_url, http_client=httpx.Client(event_hooks={"response": [answers.append]})
    ) as c:
        try:
            getattr(c.with_raw_response, op.python_name)(**Samples(api).arguments(op))
        except sdk.APIStatusError as error:
            assert error.status_code in (400, 404), error  # made-up ids and minimal bodies
    [answer] = answers
    answer.read()
    assert str(answer.status_code) in document["paths"][op.path][op.method.lower()]["responses"]
    schema = _schema_for(document, op, answer.status_code)
    if schema is None:
        assert not answer.content
        return
    registry = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    wrapped = {"$ref": "urn:spec" + schema["$ref"]} if "$ref" in schema else schema
    error = best_match(OAS31Validator(wrapped, registry=registry).iter_errors(answer.json()))
    assert error is None, f"{op.python_name} {answer.status_code}: {error.message if error else ''}"


def test_log_urls_name_the_job_and_task(mock_url: str) -> None:
    with client_for(mock_url) as c:
        url = c.show_training_job_logs_url(training_job_id="job-7", task_id="worker-0").obs_url
    assert "/job-7/worker-0/modelarts-job-job-7-worker-0.log" in url


def test_make_demo_runs_the_walkthrough_through_the_cli() -> None:
    import subprocess
    import sys

    from generator import PROJECT_ROOT

    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "demo" / "run.py")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.stdout.strip().endswith("demo completed")
    assert "waiting until training job completed: Completed" in result.stderr


def test_schemathesis_finds_no_server_error_and_no_answer_off_the_spec(tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path

    bundle = tmp_path / "modelarts.json"
    subprocess.run(
        [sys.executable, "-m", "generator", "bundle", "-o", str(bundle)],
        check=True,
        capture_output=True,
    )
    schemathesis = Path(sys.executable).with_name("schemathesis")
    with running_mock(time_scale=50.0) as url:
        result = subprocess.run(
            [
                str(schemathesis),
                "run",
                str(bundle),
                "--url",
                url,
                "-H",
                "X-Auth-Token: t",
                "--checks",
                "not_a_server_error,response_schema_conformance",
                "--max-examples",
                "5",
                "--phases",
                "examples,coverage,fuzzing",
                "--no-color",
                "--seed",
                "1",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    summary = result.stdout[result.stdout.find("SUMMARY") :]
    assert result.returncode == 0, summary[-3000:]
    assert f"Tested: {len(_api()[0].operations)}" in summary and " passed" in summary


def test_notebook_workflow_through_the_sync_client(mock_url: str) -> None:
    with client_for(mock_url) as c:
        notebook = c.create_notebook(body=NOTEBOOK)
        assert c.wait_until_notebook_running(id=notebook.id, interval=0.02).status == "RUNNING"
        mount = c.attach_dynamic_storage(instance_id=notebook.id, body=MOUNT)
        assert (
            c.wait_until_storage_mounted(
                instance_id=notebook.id, storage_id=mount.id, interval=0.02
            ).uri
            == MOUNT["uri"]
        )
        assert [s.id for s in c.list_dynamic_storages(instance_id=notebook.id).data] == [mount.id]
        c.stop_notebook(id=notebook.id)
        assert c.wait_until_notebook_stopped(id=notebook.id, interval=0.02).status == "STOPPED"
        c.delete_notebook(id=notebook.id)


def test_training_walkthrough_through_the_async_client(mock_url: str) -> None:
    async def run() -> str:
        async with AsyncModelArts(
            endpoint=mock_url, project_id="async-training", ak=DEMO_AK, sk=DEMO_SK
        ) as c:
            algorithm = await c.create_algorithm(body=ALGORITHM)
            job = await c.create_training_job(
                body={**JOB, "algorithm": {"id": algorithm.metadata.id}}
            )
            done = await c.wait_until_training_job_completed(
                training_job_id=job.metadata.id, interval=0.02
            )
            metrics = await c.show_training_job_metrics(
                training_job_id=job.metadata.id, task_id="worker-0"
            )
            assert metrics.metrics
            await c.delete_training_job(training_job_id=job.metadata.id)
            return str(done.status.phase)

    assert asyncio.run(run()) == "Completed"


def test_unknown_pools_get_the_documented_404(mock_url: str) -> None:
    with client_for(mock_url) as c:
        assert c.show_pool(pool_name="pool-demo").metadata is not None
        with pytest.raises(sdk.NotFoundError) as caught:
            c.show_workload_statistics(pool_name="nope")
    assert (caught.value.error_code, caught.value.error_msg) == (
        "ModelArts.50015001",
        "Pool nope not found.",
    )
