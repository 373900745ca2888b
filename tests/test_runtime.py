"""The generated SDK's runtime over real HTTP on 127.0.0.1: signing verified by the official
signer, retries with injected faults, error mapping, pagination, waiters, tokens, logging."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any
from urllib.parse import unquote

import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer

import modelarts_client as sdk
from http_stub import Received, Reply, StubServer
from modelarts_client import AsyncModelArts, ModelArts

AK, SK = "AK-TEST", "SK-TEST-SECRET"
JOB = {"kind": "job", "metadata": {"id": "job-1", "name": "j"}, "status": {"phase": "Running"}}


def official_signature_ok(received: Received) -> bool:
    """Recompute the signature with huaweicloudsdkcore's signer from what the server got."""
    authorization = received.headers.get("Authorization", "")
    if not authorization.startswith("SDK-HMAC-SHA256 "):
        return False
    fields = dict(
        part.strip().split("=", 1) for part in authorization[len("SDK-HMAC-SHA256 ") :].split(",")
    )
    if fields.get("Access") != AK:
        return False
    lowered = {k.lower(): v for k, v in received.headers.items()}
    signed = {name: lowered[name] for name in fields["SignedHeaders"].split(";")}
    request = SdkRequest(
        method=received.method,
        host=lowered["host"],
        resource_path=unquote(received.raw_path),
        query_params=list(received.query),
        header_params=signed,
        body=received.body,
    )
    expected = Signer(BasicCredentials(AK, SK)).sign(request).header_params["Authorization"]
    return bool(expected == authorization)


def client(server: StubServer, **options: Any) -> ModelArts:
    settings: dict[str, Any] = {
        "endpoint": server.url,
        "project_id": "proj",
        "ak": AK,
        "sk": SK,
        "strict_response_validation": True,
    }
    settings.update(options)
    return ModelArts(**settings)


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in (
        "MODELARTS_TOKEN",
        "HUAWEICLOUD_SDK_AK",
        "HUAWEICLOUD_SDK_SK",
        "HUAWEICLOUD_SDK_PROJECT_ID",
        "MODELARTS_USERNAME",
        "MODELARTS_PASSWORD",
        "MODELARTS_PROFILE",
        "MODELARTS_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(tmp_path / "no-config.toml"))


# -- authentication ---------------------------------------------------------------------------


def test_signed_requests_verify_with_the_official_signer() -> None:
    with (
        StubServer(lambda r: Reply(200 if official_signature_ok(r) else 401, JOB)) as server,
        client(server) as c,
    ):
        c.show_training_job_details(training_job_id="job 1/ü")
        c.list_notebooks(limit=3, status="RUNNING", name="a b&c")
        c.create_training_job(body={"kind": "job", "metadata": {"name": "测试"}})
        c.delete_training_job(training_job_id="job-1")
    assert len(server.received) == 4
    first = server.received[0]
    assert first.headers["X-Project-Id"] == "proj" and "X-Auth-Token" not in first.headers


def test_a_wrong_key_is_refused_by_the_verifier() -> None:
    with StubServer(lambda r: Reply(200 if official_signature_ok(r) else 401, JOB)) as server:
        with client(server, sk="WRONG") as c, pytest.raises(sdk.AuthenticationError):
            c.show_training_job_details(training_job_id="j")


def test_temporary_credentials_send_the_security_token() -> None:
    with StubServer(lambda r: Reply(200 if official_signature_ok(r) else 401, JOB)) as server:
        with client(server, security_token="sts-token") as c:
            c.show_training_job_details(training_job_id="j")
    assert server.received[0].headers["X-Security-Token"] == "sts-token"
    assert "x-security-token" in server.received[0].headers["Authorization"]


def test_token_and_signature_are_never_both_sent() -> None:
    with StubServer(lambda r: Reply(200, JOB)) as server, client(server, token="tok") as c:
        c.show_training_job_details(training_job_id="j")
    headers = server.received[0].headers
    # the spec lists ApiToken before AkSk: the token is used, and only the token
    assert (
        headers["X-Auth-Token"] == "tok"
        and "Authorization" not in headers
        and "X-Sdk-Date" not in headers
    )


def test_password_login_fetches_caches_and_renews_the_token() -> None:
    issued: list[str] = []

    def respond(r: Received) -> Reply:
        if r.path == "/v3/auth/tokens":
            assert r.json()["auth"]["identity"]["password"]["user"]["password"] == "pw"
            issued.append(f"token-{len(issued) + 1}")
            expires = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(time.time() + 3600))
            return Reply(201, {"token": {"expires_at": expires}}, {"X-Subject-Token": issued[-1]})
        return Reply(200, JOB)

    with StubServer(respond) as server:
        c = ModelArts(
            endpoint=server.url,
            endpoints={"iam": server.url},
            project_id="p",
            username="user",
            password="pw",
            domain="acct",
        )
        c.show_training_job_details(training_job_id="a")
        c.show_training_job_details(training_job_id="b")
        c._schemes["ApiToken"].tokens.expires_at = time.time() + 60  # renewed before use
        c.show_training_job_details(training_job_id="c")
    calls = [(r.path, r.headers.get("X-Auth-Token")) for r in server.received]
    assert calls == [
        ("/v3/auth/tokens", None),
        ("/v2/p/training-jobs/a", "token-1"),
        ("/v2/p/training-jobs/b", "token-1"),
        ("/v3/auth/tokens", None),
        ("/v2/p/training-jobs/c", "token-2"),
    ]


def test_settings_come_from_arguments_then_environment_then_profile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[default]\nproject_id = "from-file"\ntoken = "file-token"\n'
        '[profiles.dev]\nproject_id = "dev-project"\ntoken = "dev-token"\n'
    )
    monkeypatch.setenv("MODELARTS_CONFIG_FILE", str(config))
    with StubServer(lambda r: Reply(200, JOB)) as server:
        ModelArts(endpoint=server.url).show_training_job_details(training_job_id="1")
        monkeypatch.setenv("HUAWEICLOUD_SDK_PROJECT_ID", "from-env")
        ModelArts(endpoint=server.url).show_training_job_details(training_job_id="2")
        ModelArts(endpoint=server.url, project_id="from-arg").show_training_job_details(
            training_job_id="3"
        )
        monkeypatch.delenv("HUAWEICLOUD_SDK_PROJECT_ID")
        ModelArts(endpoint=server.url, profile="dev").show_training_job_details(training_job_id="4")
    seen = [(r.path.split("/")[2], r.headers["X-Auth-Token"]) for r in server.received]
    assert seen == [
        ("from-file", "file-token"),
        ("from-env", "file-token"),
        ("from-arg", "file-token"),
        ("dev-project", "dev-token"),
    ]
    with pytest.raises(sdk.ConfigurationError, match="profile 'nope' not found"):
        ModelArts(profile="nope")


@pytest.mark.parametrize("client_class", [ModelArts, AsyncModelArts])
def test_missing_settings_are_reported_when_the_client_is_made(client_class: Any) -> None:
    """They used to surface at the first call, after retries, or never (a default region)."""
    cases = [
        ({"endpoint": "https://m.test", "project_id": "p"}, "no credentials: pass token="),
        ({"endpoint": "https://m.test", "token": "t"}, "project_id is not set: pass project_id"),
        ({"project_id": "p", "token": "t"}, "no region: pass region=... (or set MODELARTS_REGION"),
        ({"region": "cn-nowhere-9", "project_id": "p", "token": "t"}, "unknown region"),
    ]
    for settings, message in cases:
        with pytest.raises(sdk.ConfigurationError) as raised:
            client_class(**settings)
        assert str(raised.value).startswith(message) and isinstance(raised.value, ValueError)
    with pytest.raises(ValueError) as raised:
        client_class(endpoint="https://m.test", project_id="p")
    assert "MODELARTS_TOKEN" in str(raised.value) and "HUAWEICLOUD_SDK_AK" in str(raised.value)
    with pytest.raises(ValueError) as raised:
        client_class(endpoint="https://m.test", token="t")
    assert "HUAWEICLOUD_SDK_PROJECT_ID" in str(raised.value) and "profile" in str(raised.value)
    with pytest.raises(ValueError, match="cn-north-4, cn-north-9") as raised:
        client_class(region="cn-nowhere-9", project_id="p", token="t")
    assert "pass endpoint=... (or set MODELARTS_ENDPOINT) to use another" in str(raised.value)


def iam_projects(*ids: str) -> Any:
    """IAM answering the project list with these ids; ModelArts answering a job."""

    def respond(r: Received) -> Reply:
        if not official_signature_ok(r):
            return Reply(401, {"error_code": "APIGW.0301", "error_msg": "bad signature"})
        if r.path == "/v3/projects":
            projects = [{"id": i, "name": dict(r.query)["name"]} for i in ids]
            return Reply(200, {"projects": projects, "links": {"self": "x"}})
        return Reply(200, JOB)

    return respond


def test_project_id_is_looked_up_from_iam_once_per_client() -> None:
    settings = {"region": "cn-north-4", "ak": AK, "sk": SK}
    with StubServer(iam_projects("0123abc")) as server:
        urls = {"endpoint": server.url, "endpoints": {"iam": server.url}}
        with ModelArts(**settings, **urls) as c:
            assert c.project_id is None
            c.with_raw_response.show_training_job_details(training_job_id="a")  # looks it up
            c.show_training_job_details(training_job_id="b")
            c.with_options(timeout=5).show_training_job_details(training_job_id="c")
            assert c.project_id == "0123abc"

        async def run() -> None:
            async with AsyncModelArts(**settings, **urls) as c:
                await c.show_training_job_details(training_job_id="d")
                await c.show_training_job_details(training_job_id="e")

        asyncio.run(run())
    seen = [(r.path, dict(r.query), r.headers.get("X-Project-Id")) for r in server.received]
    assert seen == [
        ("/v3/projects", {"name": "cn-north-4"}, None),
        ("/v2/0123abc/training-jobs/a", {}, "0123abc"),
        ("/v2/0123abc/training-jobs/b", {}, "0123abc"),
        ("/v2/0123abc/training-jobs/c", {}, "0123abc"),
        ("/v3/projects", {"name": "cn-north-4"}, None),
        ("/v2/0123abc/training-jobs/d", {}, "0123abc"),
        ("/v2/0123abc/training-jobs/e", {}, "0123abc"),
    ]


@pytest.mark.parametrize(
    "projects, message",
    [
        ((), "project_id is not set and 0 were found for region 'cn-north-4' (one is needed)"),
        (("p1", "p2"), "project_id is not set and 2 were found"),
    ],
)
def test_a_project_lookup_that_finds_no_single_project_says_so(
    projects: tuple[str, ...], message: str
) -> None:
    with StubServer(iam_projects(*projects)) as server:
        urls = {"endpoint": server.url, "endpoints": {"iam": server.url}}
        with ModelArts(region="cn-north-4", ak=AK, sk=SK, **urls) as c:
            with pytest.raises(sdk.ConfigurationError, match=re.escape(message)):
                c.show_training_job_details(training_job_id="a")
        with ModelArts(region="cn-north-4", ak=AK, sk="WRONG", max_retries=0, **urls) as c:
            with pytest.raises(sdk.ConfigurationError, match="looking it up failed .HTTP 401"):
                c.show_training_job_details(training_job_id="a")


def test_regions_select_their_endpoints() -> None:
    known = ModelArts(region="cn-north-4", project_id="p", token="t")
    assert known.base_url == "https://modelarts.cn-north-4.myhuaweicloud.com"
    assert (known.region, known.project_id) == ("cn-north-4", "p")
    # The official region table's one exception to the server template.
    other = ModelArts(region="ap-southeast-1", project_id="p", token="t")
    assert other.base_url == "https://modelarts.ap-southeast-1.myhuaweicloud.cn"
    # An endpoint lets any region through (a new region, a private deployment).
    private = ModelArts(
        region="cn-nowhere-9", endpoint="https://m.test/", project_id="p", token="t"
    )
    assert private.base_url == "https://m.test"


# -- retries and timeouts ---------------------------------------------------------------------


def scripted(*replies: Reply) -> Any:
    queue = list(replies)

    def respond(r: Received) -> Reply:
        return queue.pop(0) if queue else Reply(200, JOB)

    return respond


def test_429_with_retry_after_is_honoured() -> None:
    with StubServer(
        scripted(Reply(429, {"error_code": "ModelArts.0001"}, {"Retry-After": "0.4"}))
    ) as server:
        started = time.monotonic()
        with client(server) as c:
            assert (
                c.create_training_job(body={"kind": "job"}).metadata.id == "job-1"
            )  # POST, yet retried
        assert time.monotonic() - started >= 0.4
    assert len(server.received) == 2


def test_503_then_success_and_retries_run_out() -> None:
    with StubServer(scripted(Reply(503), Reply(503), Reply(503))) as server:
        with client(server, max_retries=2) as c, pytest.raises(sdk.InternalServerError) as caught:
            c.show_training_job_details(training_job_id="j")
    assert caught.value.status_code == 503 and len(server.received) == 3
    with StubServer(scripted(Reply(503))) as server, client(server) as c:
        assert c.show_training_job_details(training_job_id="j").status.phase == "Running"


def test_500_is_not_retried_for_a_post_but_is_for_a_get() -> None:
    with StubServer(scripted(Reply(500))) as server, client(server) as c:
        with pytest.raises(sdk.InternalServerError):
            c.create_training_job(body={"kind": "job"})
    assert len(server.received) == 1
    with StubServer(scripted(Reply(500))) as server, client(server) as c:
        c.show_training_job_details(training_job_id="j")
    assert len(server.received) == 2


def test_dropped_connections_are_retried_for_get_only() -> None:
    with StubServer(scripted(Reply(drop=True))) as server, client(server) as c:
        assert c.show_training_job_details(training_job_id="j").metadata.id == "job-1"
    assert len(server.received) == 2
    with StubServer(scripted(Reply(drop=True))) as server, client(server) as c:
        with pytest.raises(sdk.APIConnectionError):
            c.create_training_job(body={"kind": "job"})  # it may have reached the server
    assert len(server.received) == 1


def test_slow_answers_time_out_per_client_and_per_call() -> None:
    with StubServer(lambda r: Reply(200, JOB, delay=0.6)) as server:
        with client(server, timeout=0.2, max_retries=1) as c, pytest.raises(sdk.APITimeoutError):
            c.show_training_job_details(training_job_id="j")
        assert len(server.received) == 2
        with client(server, timeout=0.2) as c:
            assert (
                c.show_training_job_details(training_job_id="j", timeout=5).metadata.id == "job-1"
            )
        with client(server) as c, pytest.raises(sdk.APITimeoutError):
            c.show_training_job_details(training_job_id="j", timeout=0.1, max_retries=0)


def test_a_refused_connection_is_a_connection_error() -> None:
    with StubServer(lambda r: Reply()) as server:
        url = server.url
    with ModelArts(endpoint=url, project_id="p", token="t", max_retries=1) as c:
        with pytest.raises(sdk.APIConnectionError):
            c.create_training_job(body={})  # never reached the server: retried, then raised


# -- errors -----------------------------------------------------------------------------------

STATUS_ERRORS = [
    (400, sdk.BadRequestError),
    (401, sdk.AuthenticationError),
    (403, sdk.PermissionDeniedError),
    (404, sdk.NotFoundError),
    (409, sdk.ConflictError),
    (422, sdk.UnprocessableEntityError),
    (429, sdk.RateLimitError),
    (500, sdk.InternalServerError),
    (502, sdk.InternalServerError),
    (418, sdk.APIStatusError),
    (520, sdk.InternalServerError),
]


@pytest.mark.parametrize("status, error", STATUS_ERRORS)
def test_each_status_maps_to_its_error(status: int, error: type[Exception]) -> None:
    body = {"error_code": "ModelArts.50015001", "error_msg": "Pool p not found."}
    with StubServer(lambda r: Reply(status, body, {"X-Request-Id": "req-42"})) as server:
        with client(server, max_retries=0) as c, pytest.raises(error) as caught:
            c.show_pool(pool_name="p")
    raised = caught.value
    assert isinstance(raised, sdk.ModelArtsError) and isinstance(raised, sdk.APIStatusError)
    assert (raised.status_code, raised.error_code, raised.error_msg, raised.request_id) == (
        status,
        "ModelArts.50015001",
        "Pool p not found.",
        "req-42",
    )
    assert raised.body == body


def test_the_legacy_envelope_raises_even_with_200() -> None:
    failure = {
        "is_success": False,
        "error_code": "ModelArts.0103",
        "error_message": "Job name exists",
    }
    with StubServer(lambda r: Reply(200, failure)) as server, client(server) as c:
        with pytest.raises(sdk.APIStatusError) as caught:
            c.create_training_job_v1(body={"job_name": "x", "config": {}})
        assert (caught.value.status_code, caught.value.error_code, caught.value.error_msg) == (
            200,
            "ModelArts.0103",
            "Job name exists",
        )
    success = {"is_success": True, "job_id": 10, "version_id": 10, "status": 1}
    with StubServer(lambda r: Reply(200, success)) as server, client(server) as c:
        assert c.create_training_job_v1(body={"job_name": "x", "config": {}}).job_id == 10


MISFIT = {  # phase is a string enum and create_time an integer in the spec
    "kind": "job",
    "metadata": {"id": "job-1", "name": "j", "create_time": "yesterday"},
    "status": {"phase": 5, "duration": 30},
    "added_later": {"x": [1]},
}


def test_an_answer_that_does_not_fit_is_read_as_far_as_it_fits(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from modelarts_client import _lenient

    _lenient._warned.clear()
    caplog.set_level(logging.WARNING, logger="modelarts_client")
    with StubServer(lambda r: Reply(200, MISFIT)) as server:
        with ModelArts(endpoint=server.url, project_id="p", token="t") as c:
            job = c.show_training_job_details(training_job_id="j")
            c.show_training_job_details(training_job_id="j")

        async def run() -> Any:
            async with AsyncModelArts(endpoint=server.url, project_id="p", token="t") as c:
                return await c.show_training_job_details(training_job_id="j")

        async_job = asyncio.run(run())
        with client(server) as strict, pytest.raises(sdk.APIResponseValidationError) as caught:
            strict.show_training_job_details(training_job_id="j")
    for read in (job, async_job):
        assert isinstance(read, sdk.models.TrainingJob)
        assert isinstance(read.metadata, sdk.models.TrainingJobMetadata)
        assert (read.metadata.id, read.metadata.create_time) == ("job-1", "yesterday")
        assert (read.status.phase, read.status.duration) == (5, 30)  # fits: an int, typed
        assert read.model_extra == {"added_later": {"x": [1]}}
        assert read.to_dict() == MISFIT
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once per operation
    assert "show_training_job_details" in warnings[0].getMessage()
    assert "metadata.create_time" in warnings[0].getMessage()
    assert caught.value.body == MISFIT and "metadata.create_time" in str(caught.value)


def test_raw_response_gives_status_headers_and_request_id() -> None:
    with (
        StubServer(lambda r: Reply(200, JOB, {"X-Request-Id": "rid-1"})) as server,
        client(server) as c,
    ):
        raw = c.with_raw_response.show_training_job_details(training_job_id="j")
    assert (raw.status_code, raw.request_id, raw.headers["content-type"]) == (
        200,
        "rid-1",
        "application/json",
    )
    assert raw.parse().metadata.id == "job-1"


def test_raw_responses_of_the_async_client_and_a_lazy_parse() -> None:
    async def run(url: str) -> Any:
        async with AsyncModelArts(endpoint=url, project_id="p", token="t") as c:
            return await c.with_raw_response.show_training_job_details(training_job_id="j")

    with StubServer(lambda r: Reply(200, JOB, {"X-Request-Id": "rid-2"})) as server:
        raw = asyncio.run(run(server.url))
    assert (raw.status_code, raw.request_id, raw.json()) == (200, "rid-2", JOB)
    assert isinstance(raw, sdk.APIResponse) and raw.parse().metadata.id == "job-1"
    assert raw.parse() is raw.parse()  # read once


def test_raw_responses_refuse_iterators_and_waiters_by_name() -> None:
    """They make many calls: no single answer to give. They used to answer [] or fail."""
    with StubServer(notebooks_pages(3)) as server, client(server) as c:
        with pytest.raises(AttributeError, match="list_notebooks_iter makes several"):
            list(c.with_raw_response.list_notebooks_iter(limit=2))
        with pytest.raises(AttributeError, match="wait_until_notebook_running makes several"):
            c.with_raw_response.wait_until_notebook_running(id="nb-1")
        with pytest.raises(AttributeError, match="has no attribute 'no_such_method'"):
            c.with_raw_response.no_such_method()
        page = c.with_raw_response.list_notebooks(offset=0, limit=2).parse()  # one page
        assert [nb.id for nb in page.data or []] == ["nb-0", "nb-1"]

    async def run(url: str) -> None:
        async with AsyncModelArts(endpoint=url, project_id="p", token="t") as c:
            with pytest.raises(AttributeError, match="list_notebooks_iter makes several"):
                [nb async for nb in c.with_raw_response.list_notebooks_iter(limit=2)]
            with pytest.raises(AttributeError, match="wait_until_notebook_running makes"):
                await c.with_raw_response.wait_until_notebook_running(id="nb-1")

    with StubServer(notebooks_pages(3)) as server:
        asyncio.run(run(server.url))


def test_extra_headers_and_query_per_call() -> None:
    with StubServer(lambda r: Reply(200, JOB)) as server, client(server) as c:
        c.show_training_job_details(
            training_job_id="j", extra_headers={"X-Trace": "t1"}, extra_query={"v": 2}
        )
    received = server.received[0]
    assert received.headers["X-Trace"] == "t1" and received.query == [("v", "2")]
    assert official_signature_ok(received)


def test_with_options_shares_the_pool_and_defaults_go_with_every_request() -> None:
    defaults = {"default_headers": {"X-Team": "a"}, "default_query": {"trace": "1"}}
    with StubServer(lambda r: Reply(200, JOB)) as server, client(server, **defaults) as c:
        quick = c.with_options(timeout=5, max_retries=0, default_headers={"X-More": "b"})
        assert type(quick) is ModelArts and quick._http is c._http
        assert (quick._options.max_retries, c._options.max_retries) == (0, 2)
        quick.show_training_job_details(training_job_id="j", extra_query={"v": "2"})
        c.copy().create_training_job(
            body={"kind": "job", "metadata": {"name": "x"}}, extra_body={"tags": ["t"]}
        )

        async def run() -> None:
            async with AsyncModelArts(endpoint=server.url, project_id="p", token="t") as a:
                fast = a.with_options(default_headers={"X-Async": "yes"})
                assert type(fast) is AsyncModelArts and fast._http is a._http
                await fast.show_training_job_details(training_job_id="k", extra_body={"x": 1})

        asyncio.run(run())
    first, second, third = server.received
    assert (first.headers["X-Team"], first.headers["X-More"]) == ("a", "b")
    assert first.query == [("trace", "1"), ("v", "2")] and official_signature_ok(first)
    assert "X-More" not in second.headers and official_signature_ok(second)
    assert second.json() == {"kind": "job", "metadata": {"name": "x"}, "tags": ["t"]}
    assert third.headers["X-Async"] == "yes" and third.json() == {"x": 1}


def test_the_client_shows_its_settings_and_hides_its_secrets() -> None:
    c = ModelArts(region="cn-north-4", project_id="p1", ak=AK, sk=SK, security_token="sts-9")
    shown = repr(c)
    assert shown == (
        "ModelArts(base_url='https://modelarts.cn-north-4.myhuaweicloud.com', "
        "region='cn-north-4', project_id='p1', auth=['AkSk'])"
    )
    assert "tok-7" not in repr(
        AsyncModelArts(endpoint="https://m.test", project_id="p", token="tok-7")
    )


# -- pagination and waiters -------------------------------------------------------------------


def notebooks_pages(total: int) -> Any:
    items = [{"id": f"nb-{i}", "status": "RUNNING"} for i in range(total)]

    def respond(r: Received) -> Reply:
        query = dict(r.query)
        offset, limit = int(query["offset"]), int(query["limit"])
        return Reply(200, {"data": items[offset : offset + limit], "total": total})

    return respond


def test_iterators_walk_every_page_sync_and_async() -> None:
    with StubServer(notebooks_pages(7)) as server, client(server) as c:
        ids = [nb.id for nb in c.list_notebooks_iter(limit=3, status="RUNNING")]
    assert ids == [f"nb-{i}" for i in range(7)]
    assert [dict(r.query)["offset"] for r in server.received] == ["0", "3", "6"]
    assert all(dict(r.query)["status"] == "RUNNING" for r in server.received)

    async def collect(url: str) -> list[str]:
        async with AsyncModelArts(endpoint=url, project_id="p", token="t") as c:
            return [nb.id async for nb in c.list_notebooks_iter(limit=4)]

    with StubServer(notebooks_pages(9)) as server:
        assert asyncio.run(collect(server.url)) == [f"nb-{i}" for i in range(9)]


def phases(*sequence: str) -> Any:
    states = list(sequence)

    def respond(r: Received) -> Reply:
        phase = states.pop(0) if len(states) > 1 else states[0]
        return Reply(200, {**JOB, "status": {"phase": phase}})

    return respond


def test_waiter_follows_states_to_success() -> None:
    seen: list[str] = []
    with (
        StubServer(phases("Creating", "Pending", "Running", "Completed")) as server,
        client(server) as c,
    ):
        job = c.wait_until_training_job_completed(
            training_job_id="job-1", interval=0.01, on_poll=lambda state, _: seen.append(state)
        )
    assert job.status.phase == "Completed" and seen == [
        "Creating",
        "Pending",
        "Running",
        "Completed",
    ]


def test_waiter_stops_on_failure_and_on_timeout() -> None:
    with StubServer(phases("Pending", "Failed")) as server, client(server) as c:
        with pytest.raises(sdk.WaiterError, match="Failed"):
            c.wait_until_training_job_completed(training_job_id="j", interval=0.01)
    with StubServer(phases("Pending")) as server, client(server) as c:
        with pytest.raises(sdk.WaiterTimeoutError, match="Pending"):
            c.wait_until_training_job_completed(training_job_id="j", interval=0.05, timeout=0.2)


def test_async_waiter() -> None:
    async def run(url: str) -> str:
        async with AsyncModelArts(endpoint=url, project_id="p", token="t") as c:
            job = await c.wait_until_training_job_running(training_job_id="j", interval=0.01)
            return str(job.status.phase)

    with StubServer(phases("Creating", "Running")) as server:
        assert asyncio.run(run(server.url)) == "Running"


# -- logging ----------------------------------------------------------------------------------


def test_debug_logs_redact_credentials_and_secret_fields(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="modelarts_client")
    with StubServer(lambda r: Reply(200, {"id": "s", "status": "CREATING"})) as server:
        with client(server, security_token="sts-secret") as c:
            c.create_dev_server(
                body={
                    "name": "n",
                    "admin_pass": "Sup3r-Secret!",
                    "image_id": "i",
                    "network": {"vpc_id": "v", "subnet_id": "s", "security_group_id": "g"},
                }
            )
        with client(server, ak=None, sk=None, token="tok-secret") as c:
            c.show_dev_server(id="s")
    text = caplog.text
    assert "request POST" in text and "response POST" in text and "-> 200" in text
    for secret in ("Sup3r-Secret!", "SK-TEST-SECRET", "sts-secret", "tok-secret", "Signature="):
        assert secret not in text
    assert '"admin_pass": "***"' in text


def test_log_environment_variable_turns_on_debug_logging() -> None:
    import subprocess
    import sys

    with StubServer(lambda r: Reply(200, JOB)) as server:
        code = (
            "from modelarts_client import ModelArts\n"
            f"ModelArts(endpoint={server.url!r}, project_id='p', token='tok-hidden')"
            ".show_training_job_details(training_job_id='j')\n"
        )
        env = {
            "MODELARTS_LOG": "debug",
            "PATH": "/usr/bin:/bin",
            "MODELARTS_CONFIG_FILE": "/nonexistent",
        }
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env
        )
    assert result.returncode == 0, result.stderr
    assert "request GET" in result.stderr and "-> 200" in result.stderr
    assert "tok-hidden" not in result.stderr
