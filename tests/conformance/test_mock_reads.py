"""The generated mock reads what the clients send, in every construct the clients send:
parameter styles, form and multipart bodies, raw bodies, the spec's security schemes, and
request bodies without their readOnly fields.

Each case sends through the SDK's async client into the mock (over ASGI, in process) and
checks the values the mock read back; the generated SDK's own property tests, run last,
do the same for random values of every operation.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)


def read_by_mock(
    sdk: Sdk, operation: str, client_options: dict[str, Any] | None = None, **arguments: Any
) -> tuple[int, dict[str, Any], Any]:
    """(status, parameters, body) as the mock read them; status 0 if it did not accept."""
    package = sdk.package
    service = importlib_mock(package).MockService()
    client_class = sdk.async_client

    async def call() -> int:
        transport = httpx.ASGITransport(app=service.app())
        async with httpx.AsyncClient(transport=transport) as http:
            client = client_class(
                endpoint="http://mock.test",
                http_client=http,
                max_retries=0,
                **(client_options or {}),
            )
            raw = await getattr(client.with_raw_response, operation)(**arguments)
            return int(raw.http_response.status_code)

    try:
        status = asyncio.run(call())
    except Exception as error:  # the mock refused: its answer raised in the client
        assert type(error).__module__.startswith(package.__name__), error
        return 0, {}, str(error)
    _, params, payload = service.received[-1]
    return status, params, payload


def importlib_mock(package: Any) -> Any:
    import importlib

    return importlib.import_module(package.__name__ + ".mock")


@pytest.fixture
def parameters(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("parameters")


@pytest.fixture
def bodies(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("bodies")


def test_path_styles(parameters: Sdk) -> None:
    point = {"R": 100, "G": 200, "B": 150}
    status, params, _ = read_by_mock(
        parameters, "path_simple", id="a b", ids=[3, 4], point=point, xpoint=point
    )
    assert status == 204
    assert params == {"id": "a b", "ids": [3, 4], "point": point, "xpoint": point}
    ids = ["3", "4,5", "x y;z"]  # delimiters inside items travel encoded
    for operation in ("path_label", "path_matrix"):
        arguments = {"id": "5", "ids": ids, "xids": ids, "point": point, "xpoint": point}
        status, params, _ = read_by_mock(parameters, operation, **arguments)
        assert status == 204, operation
        assert params == arguments


def test_query_styles_arrays_objects_and_reserved_characters(parameters: Sdk) -> None:
    status, params, _ = read_by_mock(
        parameters,
        "query_styles",
        tags=["zeta", "alpha"],
        filter={"role": "admin", "first_name": "Ann"},
        url="https://x.test/?a=1+2",
        flag=False,
        level=2,
    )
    assert status == 204
    assert params == {
        "tags": ["zeta", "alpha"],
        "filter": {"role": "admin", "first_name": "Ann"},
        "url": "https://x.test/?a=1+2",
        "flag": False,
        "level": 2,
    }


def test_header_and_cookie_values(parameters: Sdk) -> None:
    point = {"R": 1, "G": 2, "B": 3}
    status, params, _ = read_by_mock(
        parameters, "headers_and_cookies", x_ids=["a", "b"], x_point=point, x_xpoint=point
    )
    assert status == 204
    assert params == {"X-Ids": ["a", "b"], "X-Point": point, "X-Xpoint": point}


def test_form_multipart_and_raw_bodies(bodies: Sdk) -> None:
    login = {"user_name": "a b&c", "remember": True, "scopes": ["x", "y"]}
    assert read_by_mock(bodies, "send_form", body=login)[2] == login
    upload = bodies.models.Upload(
        file=b"data", attachments=[("a.csv", b"1,2")], count=3, meta={"owner": "me"}
    )
    status, _, payload = read_by_mock(bodies, "upload", body=upload)
    assert status == 204
    assert payload == {"file": "data", "attachments": ["1,2"], "count": 3, "meta": {"owner": "me"}}
    assert read_by_mock(bodies, "put_raw", body=b"\x00\xff")[2] == b"\x00\xff"


def test_read_only_fields_are_not_required_in_request_bodies(
    make_sdk: Callable[[str], Sdk],
) -> None:
    sdk = make_sdk("nullable30")
    body = {"name": "n", "password": "p", "owner": {}}  # no "id": it is readOnly
    status, _, payload = read_by_mock(sdk, "create_account", body=body)
    assert status == 201, payload
    assert payload == body


def test_the_specs_security_schemes_are_checked(make_sdk: Callable[[str], Sdk]) -> None:
    sdk = make_sdk("security")
    assert read_by_mock(sdk, "basic", {"basic": ("u", "p")})[0] == 204
    assert read_by_mock(sdk, "query_key", {"query_key": "k"})[0] == 204
    assert read_by_mock(sdk, "cookie_key", {"session": "k"})[0] == 204
    assert read_by_mock(sdk, "both", {"header_key": "h", "query_key": "q"})[0] == 204
    # what the clients never send: requests without the credentials, straight to the mock
    refused = {
        "/basic": "send Authorization: Basic",
        "/cookie-key": "send sid (cookie)",
        "/both?api_key=q": "send X-API-Key (header)",
    }
    for path, problem in refused.items():
        status, answer = to_mock(sdk, "GET", path)
        assert status == 401 and problem in answer, (path, answer)
    assert to_mock(sdk, "GET", "/anonymous")[0] == 204


def to_mock(sdk: Sdk, method: str, path: str) -> tuple[int, str]:
    service = importlib_mock(sdk.package).MockService()

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=service.app())
        async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as http:
            return await http.request(method, path)

    answer = asyncio.run(send())
    return answer.status_code, answer.text


@pytest.mark.parametrize("name", ["parameters", "bodies", "nullable30", "security"])
def test_the_generated_property_tests_pass_against_the_mock(
    make_sdk: Callable[[str], Sdk], name: str
) -> None:
    sdk = make_sdk(name)
    root = Path(sdk.package.__file__).parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "-W",
            "ignore::DeprecationWarning",
            "tests",
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "PROPERTY_EXAMPLES": "10"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
