"""The generated ModelArts SDK: every operation callable from the sync and async clients and
the CLI, requests shaped as the spec says, answers parsed into the declared models."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from functools import lru_cache
from typing import Any

import httpx
import pydantic
import pytest
from click.testing import CliRunner

from generator import DEFAULT_SPEC
from generator.codegen import ir
from generator.codegen.build import build_api
from generator.spec.validate import load_valid
from ir_samples import Samples, path_pattern

import modelarts_client
from modelarts_client import AsyncModelArts, ModelArts, models
from modelarts_client._cli_app import cli


@lru_cache(maxsize=1)
def api() -> ir.Api:
    return build_api(load_valid(DEFAULT_SPEC).document)


def operations() -> list[ir.Operation]:
    return api().operations


def _answer(op: ir.Operation) -> httpx.Response:
    status = int(op.success.status) if op.success and op.success.status.isdigit() else 200
    if op.success is None or op.success.type is None:
        return httpx.Response(status)
    return httpx.Response(status, json=Samples(api()).value(op.success.type))


class Recorder:
    """A stub transport: answers each request with a minimal valid body for its operation."""

    def __init__(self, op: ir.Operation) -> None:
        self.op = op
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return _answer(self.op)


def _check_request(op: ir.Operation, request: httpx.Request) -> None:
    assert request.method == op.method
    assert path_pattern(op).match(request.url.path), (request.url.path, op.path)
    if "{project_id}" in op.path:
        assert "/project-1/" in request.url.path + "/"
    if op.security != []:
        assert request.headers["X-Auth-Token"] == "token-1"
    else:
        assert "X-Auth-Token" not in request.headers


def _check_result(op: ir.Operation, result: Any) -> None:
    if op.success is None or op.success.type is None:
        assert result is None
    elif op.success.type.kind == "model":
        assert isinstance(result, getattr(models, op.success.type.name))


CLIENT_SETTINGS = {
    "endpoint": "https://modelarts.test",
    "region": "cn-north-4",  # IAM operations are sent to IAM in the region
    "project_id": "project-1",
    "token": "token-1",
    "strict_response_validation": True,
}


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.python_name)
def test_sync_client_calls_every_operation(op: ir.Operation) -> None:
    recorder = Recorder(op)
    with ModelArts(
        **CLIENT_SETTINGS, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    ) as client:
        result = getattr(client, op.python_name)(**Samples(api()).arguments(op))
    [request] = recorder.requests
    _check_request(op, request)
    _check_result(op, result)


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.python_name)
def test_async_client_calls_every_operation(op: ir.Operation) -> None:
    recorder = Recorder(op)

    async def call() -> Any:
        transport = httpx.MockTransport(recorder)
        async with AsyncModelArts(
            **CLIENT_SETTINGS, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            return await getattr(client, op.python_name)(**Samples(api()).arguments(op))

    result = asyncio.run(call())
    [request] = recorder.requests
    _check_request(op, request)
    _check_result(op, result)


def _cli_arguments(op: ir.Operation) -> list[str]:
    samples = Samples(api())
    argv = ["--strict", op.cli_name]
    for p in op.arguments:
        if p.required:
            value = samples.value(p.type)
            argv += [
                f"--{p.cli_flag}",
                (
                    json.dumps(value)
                    if not isinstance(value, (str, int, float, bool))
                    else str(value).lower() if isinstance(value, bool) else str(value)
                ),
            ]
    if op.body is not None and op.body.required:
        argv += ["--body", json.dumps(samples.value(op.body.type))]
    return argv


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.python_name)
def test_cli_calls_every_operation(op: ir.Operation, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(op)
    real_client = httpx.Client

    def stub_client(*args: Any, **kwargs: Any) -> httpx.Client:
        return real_client(transport=httpx.MockTransport(recorder))

    monkeypatch.setattr(httpx, "Client", stub_client)
    env = {
        "MODELARTS_ENDPOINT": "https://modelarts.test",
        "MODELARTS_REGION": "cn-north-4",
        "HUAWEICLOUD_SDK_PROJECT_ID": "project-1",
        "MODELARTS_TOKEN": "token-1",
    }
    result = CliRunner().invoke(cli, _cli_arguments(op), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [request] = recorder.requests
    _check_request(op, request)
    if op.success is not None and op.success.type is not None:
        json.loads(result.stdout)


def test_cli_help_lists_commands_by_tag_without_importing_models() -> None:
    code = (
        "import sys; from modelarts_client._cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', 'modelarts_client.models' in sys.modules, 'httpx' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip().endswith("LOADED False False")
    for tag in ("Notebook:", "TrainingJob:", "DevServer:", "IAM:"):
        assert tag in output
    assert "create-training-job" in output and "list-notebooks" in output


def test_command_help_shows_http_iam_and_example() -> None:
    result = CliRunner().invoke(cli, ["list-notebooks", "--help"])
    assert result.exit_code == 0
    assert "HTTP: GET /v1/{project_id}/notebooks" in result.output
    assert "IAM action: modelarts:notebook:list" in result.output
    assert "Example: modelarts list-notebooks" in result.output
    assert "--limit" in result.output and "--sort-dir [ASC|DESC]" in result.output


def test_cli_body_flags_merge_over_the_body(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    op = next(o for o in operations() if o.python_name == "create_dev_server")
    recorder = Recorder(op)
    real_client = httpx.Client
    monkeypatch.setattr(
        httpx, "Client", lambda *a, **k: real_client(transport=httpx.MockTransport(recorder))
    )
    body_file = tmp_path / "server.json"
    body_file.write_text(
        json.dumps(
            {
                "name": "from-file",
                "image_id": "img",
                "network": {"vpc_id": "v", "subnet_id": "s", "security_group_id": "g"},
            }
        )
    )
    env = {
        "MODELARTS_ENDPOINT": "https://m.test",
        "HUAWEICLOUD_SDK_PROJECT_ID": "p",
        "MODELARTS_TOKEN": "t",
    }
    result = CliRunner().invoke(
        cli,
        ["create-dev-server", "--body", f"@{body_file}", "--name", "from-flag", "--count", "2"],
        env=env,
    )
    assert result.exit_code == 0, result.output
    sent = json.loads(recorder.requests[0].content)
    assert sent["name"] == "from-flag" and sent["count"] == 2 and sent["image_id"] == "img"


def test_cli_reports_api_errors_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real_client = httpx.Client
    answer = httpx.Response(
        404,
        json={"error_code": "ModelArts.50015001", "error_msg": "Pool p not found."},
        headers={"X-Request-Id": "req-9"},
    )
    monkeypatch.setattr(
        httpx,
        "Client",
        lambda *a, **k: real_client(transport=httpx.MockTransport(lambda r: answer)),
    )
    env = {
        "MODELARTS_ENDPOINT": "https://m.test",
        "HUAWEICLOUD_SDK_PROJECT_ID": "p",
        "MODELARTS_TOKEN": "t",
    }
    result = CliRunner().invoke(cli, ["show-pool", "--pool-name", "p"], env=env)
    assert result.exit_code == 1
    assert "ModelArts.50015001" in result.stderr and "req-9" in result.stderr
    assert "Traceback" not in result.output


def test_missing_credentials_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MODELARTS_TOKEN", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(modelarts_client.ConfigurationError, match="MODELARTS_TOKEN"):
        ModelArts(
            endpoint="https://m.test",
            project_id="p",
            http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))),
        )


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_path_values_that_would_name_another_resource_are_refused(value: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = ModelArts(
        endpoint="https://m.test",
        project_id="p",
        token="t",
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
    )
    with pytest.raises(ValueError, match="'id' cannot be"):
        client.delete_notebook(id=value)
    assert not sent


def test_answers_that_do_not_fit_the_schema_raise_when_strict_and_keep_the_body() -> None:
    body = {"id": "s1", "status": 7}  # status is a string in the spec
    client = ModelArts(
        **CLIENT_SETTINGS,
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body))
        ),
    )
    with pytest.raises(modelarts_client.APIResponseValidationError, match="status") as caught:
        client.show_dynamic_storage(instance_id="n1", storage_id="s1")
    assert caught.value.body == body and caught.value.status_code == 200
    lenient = client.copy(strict_response_validation=False)
    storage = lenient.show_dynamic_storage(instance_id="n1", storage_id="s1")
    assert (type(storage), storage.id, storage.status) == (models.DynamicStorage, "s1", 7)


def test_the_cli_reads_answers_leniently_unless_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"id": "s1", "status": 7}
    real_client = httpx.Client
    answer = httpx.MockTransport(lambda r: httpx.Response(200, json=body))
    monkeypatch.setattr(httpx, "Client", lambda *a, **k: real_client(transport=answer))
    env = {"MODELARTS_ENDPOINT": "https://m.test", "HUAWEICLOUD_SDK_PROJECT_ID": "p"}
    env["MODELARTS_TOKEN"] = "t"
    command = ["show-dynamic-storage", "--instance-id", "n1", "--storage-id", "s1"]
    lenient = CliRunner().invoke(cli, command, env=env)
    assert lenient.exit_code == 0 and json.loads(lenient.stdout) == body
    strict = CliRunner().invoke(cli, ["--strict", *command], env=env)
    assert strict.exit_code == 1 and "does not match the API's schema" in strict.stderr


@pytest.mark.parametrize(
    "data",
    [{"id": "s1", "status": None}, {"id": 1}, {"id": "s1", "category": 3}, {"id": True}],
)
def test_models_refuse_values_their_schema_refuses(data: dict[str, Any]) -> None:
    with pytest.raises(pydantic.ValidationError):
        models.DynamicStorage.model_validate(data)


def test_unknown_enum_values_and_fields_survive_a_round_trip() -> None:
    data = {
        "id": "s1",
        "status": "SOMETHING_NEW",
        "category": "OBS",
        "brand_new_field": {"a": [1, None]},
    }
    storage = models.DynamicStorage.model_validate(data)
    assert storage.status == "SOMETHING_NEW"
    assert storage.to_dict() == data


def test_readme_python_examples_type_check(tmp_path: Any) -> None:
    """The README's examples call real methods with real parameter names.

    Response fields are optional in the spec, and the examples read them without None
    checks, so optional-access errors are not what this checks.
    """
    from generator import DEFAULT_OUTPUT

    readme = (DEFAULT_OUTPUT / "README.md").read_text()
    blocks = [b.split("\n", 1)[1] for b in readme.split("```")[1::2] if b.startswith("python")]
    assert len(blocks) >= 3
    for index, block in enumerate(blocks):
        (tmp_path / f"example_{index}.py").write_text(block)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-incremental",
            "--disable-error-code",
            "union-attr",
            "--disable-error-code",
            "arg-type",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(DEFAULT_OUTPUT)},
    )
    assert result.returncode == 0, result.stdout


def test_generated_package_passes_mypy_strict() -> None:
    from generator import DEFAULT_OUTPUT

    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "modelarts_client"],
        cwd=DEFAULT_OUTPUT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


RAW_TYPES = """
from modelarts_client import AsyncModelArts, ModelArts

def sync(client: ModelArts) -> None:
    raw = client.with_raw_response.show_notebook(id="n")
    reveal_type(raw)
    reveal_type(raw.parse())
    client.with_raw_response.list_notebooks_iter()
    client.with_raw_response.wait_until_notebook_running(id="n")
    reveal_type(client.with_options(timeout=5).with_raw_response.list_notebooks().parse())

async def run(client: AsyncModelArts) -> None:
    raw = await client.with_raw_response.show_notebook(id="n")
    reveal_type(raw.parse())
"""


def test_raw_responses_are_typed_by_the_method(tmp_path: Any) -> None:
    """mypy sees APIResponse[Notebook] and Notebook from parse(); methods that make many
    calls are not on the raw view."""
    from generator import DEFAULT_OUTPUT

    (tmp_path / "raw_types.py").write_text(RAW_TYPES)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "raw_types.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(DEFAULT_OUTPUT)},
    )
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if ": " in line]
    assert lines == [
        'note: Revealed type is "modelarts_client._response.APIResponse['
        'modelarts_client.models._notebook.Notebook]"',
        'note: Revealed type is "modelarts_client.models._notebook.Notebook"',
        'error: "ModelArtsWithRawResponse" has no attribute "list_notebooks_iter"; maybe '
        '"list_notebooks"?  [attr-defined]',
        'error: "ModelArtsWithRawResponse" has no attribute "wait_until_notebook_running"  '
        "[attr-defined]",
        'note: Revealed type is "modelarts_client.models._notebook_list.NotebookList"',
        'note: Revealed type is "modelarts_client.models._notebook.Notebook"',
    ], result.stdout
