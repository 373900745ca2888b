"""pytest support: a mock server on a free port and a client configured for it.

Import the fixture into a test module (or conftest.py) and take it as an argument:

    from modelarts_client.testing import mock_client  # noqa: F401

    def test_something(mock_client):
        mock_client.list_notebooks()

``async_mock_client`` is the async client's, for async tests run by anyio's pytest plugin
(installed with httpx): mark them ``@pytest.mark.anyio``.
"""

from __future__ import annotations

import importlib
import socket
import threading
import time
from contextlib import contextmanager
from typing import Any, AsyncIterator, Iterator

import pytest

from . import _settings
from .mock import DEMO_AK, DEMO_SK, MockService


@contextmanager
def running_mock(**options: Any) -> Iterator[str]:
    """Start the mock on 127.0.0.1 on a free port; yield its URL; stop it afterwards."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        MockService(**options).app(), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def client_for(url: str, **options: Any) -> Any:
    """A sync client signed with the mock's demo key pair, for every server of the API.

    It is strict: an answer of the mock that does not fit the spec raises.
    """
    return _client_class("")(**_settings_for(url, options))


def async_client_for(url: str, **options: Any) -> Any:
    """The async client of ``client_for``."""
    return _client_class("Async")(**_settings_for(url, options))


def _client_class(prefix: str) -> Any:
    client = importlib.import_module(f"{__package__}._client")
    return getattr(client, prefix + _settings.CLIENT_CLASS)


def _settings_for(url: str, options: dict[str, Any]) -> dict[str, Any]:
    endpoints = {name: url for name in _settings.SERVER_NAMES}
    settings: dict[str, Any] = {
        "endpoint": url,
        "endpoints": endpoints,
        "ak": DEMO_AK,
        "sk": DEMO_SK,
        "strict_response_validation": True,
    }
    settings.update({name: "mock-project" for name in _settings.CLIENT_PARAMETERS})
    settings.update(options)
    return settings


@pytest.fixture
def mock_client() -> Iterator[Any]:
    """A client talking to a fresh mock server (state starts empty; lifecycles run 20x fast)."""
    with running_mock(time_scale=20.0) as url, client_for(url) as client:
        yield client


@pytest.fixture
async def async_mock_client() -> AsyncIterator[Any]:
    """The async client talking to a fresh mock server (mark the test ``@pytest.mark.anyio``)."""
    with running_mock(time_scale=20.0) as url:
        async with async_client_for(url) as client:
            yield client
