"""Credentials from the spec's security schemes: one keyword each, AND and OR requirements."""

from __future__ import annotations

import base64
import inspect
from typing import Any, Callable

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)
from http_stub import Received, Reply


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk], monkeypatch: pytest.MonkeyPatch) -> Sdk:
    for name in (
        "BEARER",
        "BASIC",
        "HEADER_KEY",
        "QUERY_KEY",
        "SESSION",
        "PETSTORE_AUTH",
        "MACHINE",
    ):
        monkeypatch.delenv(f"CONFORMANCE_SECURITY_{name}", raising=False)
    return make_sdk("security")


def send(sdk: Sdk, method: str, credentials: dict[str, Any], **arguments: Any) -> Received:
    """The request of one call, which the sync and the async client make alike."""
    return sdk.both(method, client_options=credentials, **arguments)[1]


def test_one_keyword_per_scheme_and_nothing_provider_specific(sdk: Sdk) -> None:
    keywords = set(inspect.signature(sdk.sync_client).parameters)
    assert {"bearer", "basic", "header_key", "query_key", "session", "petstore_auth"} <= keywords
    assert not keywords & {"region", "ak", "sk", "security_token", "token", "username"}


def test_api_keys_in_header_query_and_cookie(sdk: Sdk) -> None:
    assert send(sdk, "header_key", {"header_key": "k1"}).headers["X-API-Key"] == "k1"
    received = send(sdk, "query_key", {"query_key": "k 2"}, q="x")
    assert received.raw_query == "q=x&api_key=k%202"
    assert send(sdk, "cookie_key", {"session": "s3"}).headers["Cookie"] == "sid=s3"


def test_bearer_is_the_default_and_basic_is_basic(sdk: Sdk) -> None:
    assert send(sdk, "default_security", {"bearer": "t0"}).headers["Authorization"] == "Bearer t0"
    expected = "Basic " + base64.b64encode(b"ann:p:w").decode()
    assert send(sdk, "basic", {"basic": ("ann", "p:w")}).headers["Authorization"] == expected


def test_a_callers_authorization_header_is_kept(sdk: Sdk) -> None:
    received = send(
        sdk, "basic", {"basic": ("ann", "pw")}, extra_headers={"Authorization": "Custom x"}
    )
    assert received.headers["Authorization"] == "Custom x"


def test_oauth2_takes_a_token_or_a_function_called_per_request(sdk: Sdk) -> None:
    assert send(sdk, "oauth", {"petstore_auth": "a1"}).headers["Authorization"] == "Bearer a1"
    tokens = iter(["r1", "r2"])
    with sdk.sync_client(endpoint=sdk.server.url + "/api", petstore_auth=lambda: next(tokens)) as c:
        c.oauth()
        first = sdk.server.received[-1].headers["Authorization"]
        c.oauth()
        second = sdk.server.received[-1].headers["Authorization"]
    assert (first, second) == ("Bearer r1", "Bearer r2")


def test_or_takes_the_first_alternative_the_client_can_satisfy(sdk: Sdk) -> None:
    received = send(sdk, "either", {"header_key": "k"})
    assert received.headers["X-API-Key"] == "k" and "Authorization" not in received.headers
    received = send(sdk, "either", {"header_key": "k", "basic": ("a", "b")})
    assert received.headers["Authorization"].startswith("Basic ")
    assert "X-API-Key" not in received.headers


def test_and_applies_every_scheme(sdk: Sdk) -> None:
    received = send(sdk, "both", {"header_key": "h", "query_key": "q"})
    assert received.headers["X-API-Key"] == "h" and received.raw_query == "api_key=q"


def test_no_security_sends_nothing_and_optional_security_sends_what_it_has(sdk: Sdk) -> None:
    received = send(sdk, "anonymous", {"bearer": "t", "header_key": "h"})
    assert "Authorization" not in received.headers and "X-API-Key" not in received.headers
    assert "X-API-Key" not in send(sdk, "optional", {}).headers
    assert send(sdk, "optional", {"header_key": "h"}).headers["X-API-Key"] == "h"


def test_credentials_from_the_environment(sdk: Sdk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFORMANCE_SECURITY_BEARER", "from-env")
    monkeypatch.setenv("CONFORMANCE_SECURITY_BASIC", "user:pw")
    assert send(sdk, "default_security", {}).headers["Authorization"] == "Bearer from-env"
    expected = "Basic " + base64.b64encode(b"user:pw").decode()
    assert send(sdk, "basic", {}).headers["Authorization"] == expected


def test_missing_credentials_name_what_would_satisfy_the_call(sdk: Sdk) -> None:
    error = getattr(sdk.package, "ConfigurationError")
    with sdk.sync_client(endpoint=sdk.server.url + "/api") as client:
        with pytest.raises(error) as raised:
            client.both()
        with pytest.raises(error) as either:
            client.either()
    assert str(raised.value).startswith(
        "no credentials: pass header_key=... (or set CONFORMANCE_SECURITY_HEADER_KEY) and "
        "query_key=... (or set CONFORMANCE_SECURITY_QUERY_KEY); a profile in "
    )
    assert "pass basic=... (or set CONFORMANCE_SECURITY_BASIC); or header_key=..." in str(
        either.value
    )
    assert "ak=" not in str(raised.value) + str(either.value)


def test_client_credentials_fetch_keep_and_renew_the_token(sdk: Sdk) -> None:
    lifetimes = iter([3600, 0, 3600])
    issued = iter(["tok1", "tok2", "tok3"])

    def answer(received: Received) -> Reply:
        if received.path == "/api/oauth/token":
            return Reply(200, {"access_token": next(issued), "expires_in": next(lifetimes)})
        return Reply(204)

    sdk.server.responder = answer
    start = len(sdk.server.received)
    with sdk.sync_client(endpoint=sdk.server.url + "/api", machine=("my id", "s3cret")) as c:
        c.machine_call()
        c.machine_call()  # the token is kept
    token_request, first, second = sdk.server.received[start:]
    assert (token_request.method, token_request.path) == ("POST", "/api/oauth/token")
    assert token_request.body == b"grant_type=client_credentials&scope=read"
    expected = "Basic " + base64.b64encode(b"my%20id:s3cret").decode()
    assert token_request.headers["Authorization"] == expected
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert first.headers["Authorization"] == second.headers["Authorization"] == "Bearer tok1"

    async def twice() -> None:
        async with sdk.async_client(endpoint=sdk.server.url + "/api", machine=("i", "s")) as c:
            await c.machine_call()  # tok2 expires at once: renewed for the next call
            await c.machine_call()

    import asyncio

    start = len(sdk.server.received)
    asyncio.run(twice())
    paths = [(r.path, r.headers.get("Authorization")) for r in sdk.server.received[start:]]
    assert [p for p, _ in paths] == ["/api/oauth/token", "/api/machine"] * 2
    assert [a for p, a in paths if p == "/api/machine"] == ["Bearer tok2", "Bearer tok3"]


def test_a_refused_token_request_is_one_clear_error(sdk: Sdk) -> None:
    sdk.server.responder = lambda received: Reply(401, {"error": "invalid_client"})
    with sdk.sync_client(endpoint=sdk.server.url + "/api", machine=("i", "bad")) as c:
        with pytest.raises(getattr(sdk.package, "ConfigurationError")) as raised:
            c.machine_call()
    assert str(raised.value) == (
        "the OAuth2 token request to /oauth/token failed: HTTP 401, invalid_client"
    )


def test_the_cli_takes_credentials_from_the_environment(
    sdk: Sdk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFORMANCE_SECURITY_HEADER_KEY", "k")
    monkeypatch.setenv("CONFORMANCE_SECURITY_QUERY_KEY", "q")
    _, received = sdk.cli("both")
    assert received.headers["X-API-Key"] == "k" and received.raw_query == "api_key=q"
