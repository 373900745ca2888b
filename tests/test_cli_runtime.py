"""The CLI over real HTTP: --all, --wait with progress lines, --debug, --profile, errors,
output formats, and arguments checked before anything is sent."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
import yaml
from click.testing import CliRunner

import modelarts_client
from http_stub import Received, Reply, StubServer
from modelarts_client._cli_app import cli
from modelarts_client.testing import running_mock
from test_runtime import JOB, notebooks_pages, phases


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> dict[str, str]:
    for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "MODELARTS_PROFILE", "MODELARTS_LOG"):
        monkeypatch.delenv(name, raising=False)
    return {
        "HUAWEICLOUD_SDK_PROJECT_ID": "p",
        "MODELARTS_TOKEN": "cli-token",
        "MODELARTS_CONFIG_FILE": str(tmp_path / "config.toml"),
    }


def _fast_waiter(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make a waiter poll every 10 ms for this test (the spec says seconds)."""
    from modelarts_client import _operations

    spec = _operations._WAITERS[name]
    monkeypatch.setitem(
        _operations._WAITERS, name, type(spec)(**{**spec.__dict__, "interval": 0.01})
    )


def run(server: StubServer, env: dict[str, str], *argv: str) -> Any:
    return CliRunner().invoke(cli, ["--endpoint", server.url, *argv], env=env)


def test_all_prints_every_item_of_every_page(env: dict[str, str]) -> None:
    with StubServer(notebooks_pages(5)) as server:
        result = run(server, env, "list-notebooks", "--limit", "2", "--all", "--query", "[].id")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [f"nb-{i}" for i in range(5)]
    assert len(server.received) == 3


def test_wait_polls_until_done_and_shows_progress(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fast_waiter(monkeypatch, "wait_until_training_job_completed")
    responder = phases("Creating", "Running", "Completed")

    def respond(r: Received) -> Reply:
        return (
            Reply(201, {**JOB, "status": {"phase": "Creating"}})
            if r.method == "POST"
            else responder(r)
        )

    with StubServer(respond) as server:
        result = run(
            server,
            env,
            "create-training-job",
            "--body",
            '{"kind": "job"}',
            "--wait",
            "--query",
            "status.phase",
            "--output",
            "json",
        )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == '"Completed"'
    assert "waiting until training job completed: Running" in result.stderr
    assert [r.path for r in server.received][-1] == "/v2/p/training-jobs/job-1"


def test_wait_reports_a_failed_resource(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fast_waiter(monkeypatch, "wait_until_notebook_running")
    states = iter(["STARTING", "START_FAILED"])
    with StubServer(
        lambda r: Reply(200, {"id": "nb", "status": next(states, "START_FAILED")})
    ) as server:
        result = run(server, env, "start-notebook", "--id", "nb", "--wait")
    assert result.exit_code == 1
    assert "notebook_running: reached failure state 'START_FAILED'" in result.stderr


def test_debug_logs_requests_without_secrets(env: dict[str, str]) -> None:
    with StubServer(lambda r: Reply(200, JOB)) as server:
        result = run(server, env, "--debug", "show-training-job-details", "--training-job-id", "j")
    assert result.exit_code == 0
    assert "request GET" in result.stderr and "cli-token" not in result.stderr


def test_profile_option_reads_the_config_file(env: dict[str, str], tmp_path: Any) -> None:
    (tmp_path / "config.toml").write_text('[profiles.lab]\nproject_id = "lab-project"\n')
    with StubServer(lambda r: Reply(200, JOB)) as server:
        result = run(
            server,
            env | {"HUAWEICLOUD_SDK_PROJECT_ID": ""},
            "--profile",
            "lab",
            "show-training-job-details",
            "--training-job-id",
            "j",
        )
    assert result.exit_code == 0, result.output
    assert server.received[0].path == "/v2/lab-project/training-jobs/j"


def test_missing_credentials_exit_non_zero_with_a_hint(env: dict[str, str]) -> None:
    with StubServer(lambda r: Reply(200, JOB)) as server:
        result = run(
            server,
            env | {"MODELARTS_TOKEN": ""},
            "show-training-job-details",
            "--training-job-id",
            "j",
        )
    assert result.exit_code == 1
    assert "MODELARTS_TOKEN" in result.stderr and "HUAWEICLOUD_SDK_AK" in result.stderr
    assert server.received == []


def _job_then(*final: str) -> Any:
    """A training job created in phase Creating, then polled through the phases final."""
    responder = phases("Creating", *final)
    return lambda r: (
        Reply(201, {**JOB, "status": {"phase": "Creating"}}) if r.method == "POST" else responder(r)
    )


@pytest.mark.parametrize("output", ["json", "yaml"])
def test_wait_prints_only_the_final_document(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    _fast_waiter(monkeypatch, "wait_until_training_job_completed")
    with StubServer(_job_then("Running", "Completed")) as server:
        result = run(
            server, env, "create-training-job", "--body", '{"kind": "job"}', "--wait", "-o", output
        )
    assert result.exit_code == 0, result.output
    [document] = list(yaml.safe_load_all(result.stdout))  # JSON is YAML too
    assert document["status"]["phase"] == "Completed"
    assert "job-1" in result.stderr and "Completed" in result.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_bad_query_is_refused_before_anything_is_sent(env: dict[str, str], where: str) -> None:
    command = ["create-training-job", "--body", '{"kind": "job"}']
    query = ["--query", "[[["]
    with StubServer(lambda r: Reply(201, JOB)) as server:
        result = run(server, env, *(query + command if where == "before" else command + query))
    assert result.exit_code == 2
    assert "--query" in result.stderr and "Traceback" not in result.output
    assert server.received == []


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_an_empty_path_parameter_is_a_usage_error(env: dict[str, str], value: str) -> None:
    with StubServer(lambda r: Reply(200, {"id": "nb"})) as server:
        result = run(server, env, "show-notebook", "--id", value)
    assert result.exit_code == 2, result.output
    assert "--id" in result.stderr and "Traceback" not in result.output
    assert server.received == []


def test_tables_of_lists_of_lists_and_of_scalars(env: dict[str, str]) -> None:
    with StubServer(notebooks_pages(3)) as server:
        rows = run(
            server, env, "list-notebooks", "--all", "--query", "[].[id,status]", "-o", "table"
        )
        count = run(server, env, "list-notebooks", "--all", "--query", "length(@)", "-o", "table")
    assert rows.exit_code == 0 and count.exit_code == 0, rows.output + count.output
    lines = [line for line in rows.stdout.splitlines() if "nb-" in line]
    assert [line.split()[1::2] for line in lines] == [[f"nb-{i}", "RUNNING"] for i in range(3)]
    assert "3" in count.stdout.split()


def test_text_output_prints_scalars_bare_and_lists_by_tabs_and_lines(env: dict[str, str]) -> None:
    with StubServer(notebooks_pages(3)) as server:
        ids = run(server, env, "list-notebooks", "--all", "--query", "[].id", "-o", "text")
        rows = run(
            server, env, "list-notebooks", "--all", "--query", "[].[id,status]", "-o", "text"
        )
        first = run(server, env, "list-notebooks", "--all", "--query", "[0].id", "-o", "text")
    assert ids.stdout == "nb-0\tnb-1\tnb-2\n"
    assert rows.stdout == "".join(f"nb-{i}\tRUNNING\n" for i in range(3))
    assert first.stdout == "nb-0\n"


def test_an_empty_answer_prints_nothing(env: dict[str, str]) -> None:
    with StubServer(lambda r: Reply(202)) as server:
        result = run(server, env, "delete-training-job", "--training-job-id", "j")
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and server.received[0].method == "DELETE"


def test_version_is_the_package_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and modelarts_client.__version__ in result.stdout


def test_a_mistyped_command_gets_a_suggestion() -> None:
    result = CliRunner().invoke(cli, ["list-notebook"])
    assert result.exit_code == 2
    assert "Did you mean 'list-notebooks'?" in result.stderr


PROFILES = """
[default]
project_id = "default-project"

[profiles.dev]
project_id = "dev-project"
"""


@pytest.mark.parametrize(
    "argv, environment, project",
    [
        (["--profile", "dev"], {}, "dev-project"),
        ([], {"MODELARTS_PROFILE": "dev"}, "dev-project"),
        ([], {}, "env-project"),
        (["--profile", "dev", "--project-id", "argument-project"], {}, "argument-project"),
        ([], {"HUAWEICLOUD_SDK_PROJECT_ID": ""}, "default-project"),
    ],
)
def test_settings_precedence_in_the_cli(
    env: dict[str, str],
    tmp_path: Any,
    argv: list[str],
    environment: dict[str, str],
    project: str,
) -> None:
    """Arguments, then a chosen profile, then the environment, then the default profile."""
    (tmp_path / "config.toml").write_text(PROFILES)
    env = env | {"HUAWEICLOUD_SDK_PROJECT_ID": "env-project"} | environment
    with StubServer(lambda r: Reply(200, JOB)) as server:
        result = run(server, env, *argv, "show-training-job-details", "--training-job-id", "j")
    assert result.exit_code == 0, result.output
    assert server.received[0].path == f"/v2/{project}/training-jobs/j"


@pytest.mark.parametrize(
    "arguments, environment, project",
    [
        ({"profile": "dev"}, {}, "dev-project"),
        ({}, {"MODELARTS_PROFILE": "dev"}, "dev-project"),
        ({}, {}, "env-project"),
        ({"profile": "dev", "project_id": "argument-project"}, {}, "argument-project"),
    ],
)
def test_settings_precedence_in_the_client(
    env: dict[str, str],
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    arguments: dict[str, str],
    environment: dict[str, str],
    project: str,
) -> None:
    (tmp_path / "config.toml").write_text(PROFILES)
    for name, value in (env | {"HUAWEICLOUD_SDK_PROJECT_ID": "env-project"} | environment).items():
        monkeypatch.setenv(name, value)
    with StubServer(lambda r: Reply(200, JOB)) as server:
        with modelarts_client.ModelArts(endpoint=server.url, **arguments) as client:
            client.show_training_job_details(training_job_id="j")
    assert server.received[0].path == f"/v2/{project}/training-jobs/j"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock(time_scale=50.0) as url:
        yield url


def test_a_required_nested_object_has_a_flag(env: dict[str, str], mock_url: str) -> None:
    volume = {"category": "EVS", "ownership": "MANAGED", "capacity": 5}
    argv = ["create-notebook", "--name", "nb", "--flavor", "modelarts.vm.cpu.2u"]
    argv += ["--image-id", "img-1", "--volume", json.dumps(volume)]
    runner = CliRunner()
    result = runner.invoke(cli, ["--endpoint", mock_url, *argv, "-o", "json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["volume"]["capacity"] == 5
    helped = runner.invoke(cli, ["create-notebook", "--help"])
    assert "--volume JSON" in helped.stdout


def test_the_demo_key_pair_is_in_the_readme_and_the_mock_banner(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import DEFAULT_OUTPUT
    from modelarts_client import mock
    from modelarts_client.mock import DEMO_AK, DEMO_SK
    from modelarts_client.mock.__main__ import main as serve_main

    readme = (DEFAULT_OUTPUT / "README.md").read_text(encoding="utf-8")
    assert DEMO_AK in readme and DEMO_SK in readme
    monkeypatch.setattr(mock, "serve", lambda *args, **kwargs: None)
    for name in ("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"):
        monkeypatch.delenv(name, raising=False)
    serve_main(["--port", "1"])
    banner = capsys.readouterr().out
    assert DEMO_AK in banner and DEMO_SK in banner
    serve_main(["--port", "1", "--ak", "MINE", "--sk", "my-secret"])
    banner = capsys.readouterr().out
    assert "MINE" in banner and "my-secret" not in banner
