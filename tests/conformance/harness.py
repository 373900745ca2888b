"""Conformance: SDKs generated from one small spec per construct family, called against a
recording server on 127.0.0.1; each case asserts the exact request on the wire (method,
path, query string, headers, body bytes) and the exact typed value returned, through the
sync client, the async client and, where there is one, the CLI command."""

from __future__ import annotations

import asyncio
import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Mapping

import pytest
from click.testing import CliRunner
from http_stub import Received, Reply, StubServer

from generator.codegen.generate import generate

SPECS = Path(__file__).with_name("specs")
# The suite runs strict: an answer that does not fit its schema fails the test.
STRICT = {"max_retries": 0, "strict_response_validation": True}


class Sdk:
    """A generated package, imported, with its clients pointed at the recording server."""

    def __init__(self, package: ModuleType, server: StubServer) -> None:
        self.package = package
        self.models = importlib.import_module(f"{package.__name__}.models")
        self.server = server
        names = package.__all__
        client_class = next(n for n in names if f"Async{n}" in names)
        self.sync_client = getattr(package, client_class)
        self.async_client = getattr(package, f"Async{client_class}")

    def reply_with(self, reply: Reply) -> None:
        self.server.responder = lambda received: reply

    def call(
        self, method: str, client_options: Mapping[str, Any] | None = None, **arguments: Any
    ) -> tuple[Any, Received]:
        """The sync client's call, and the one request it made. client_options: more
        constructor arguments (credentials)."""
        options = {**STRICT, "endpoint": self.server.url + "/api", **(client_options or {})}
        before = len(self.server.received)
        with self.sync_client(**options) as client:
            result = getattr(client, method)(**arguments)
        (received,) = self.server.received[before:]
        return result, received

    def call_async(
        self, method: str, client_options: Mapping[str, Any] | None = None, **arguments: Any
    ) -> tuple[Any, Received]:
        options = {**STRICT, "endpoint": self.server.url + "/api", **(client_options or {})}

        async def run() -> Any:
            async with self.async_client(**options) as c:
                return await getattr(c, method)(**arguments)

        before = len(self.server.received)
        result = asyncio.run(run())
        (received,) = self.server.received[before:]
        return result, received

    def both(
        self, method: str, client_options: Mapping[str, Any] | None = None, **arguments: Any
    ) -> tuple[Any, Received]:
        """Sync and async make the same request and return equal values; that one is returned."""
        result, received = self.call(method, client_options, **arguments)
        async_result, async_received = self.call_async(method, client_options, **arguments)
        assert wire(async_received) == wire(received)
        assert async_result == result
        return result, received

    def cli(self, *argv: str) -> tuple[str, Received]:
        """The CLI command's output, and the one request it made."""
        cli = importlib.import_module(f"{self.package.__name__}._cli_app")
        before = len(self.server.received)
        ran = CliRunner().invoke(
            cli.cli, ["--strict", "--endpoint", self.server.url + "/api", *argv]
        )
        assert ran.exit_code == 0, ran.output
        (received,) = self.server.received[before:]
        return ran.output, received


def wire(received: Received) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """What two requests must share: method, target, headers (bar per-connection ones), body."""
    target = received.raw_path + ("?" + received.raw_query if received.raw_query else "")
    varying = {"host", "user-agent", "x-sdk-date", "content-length"}
    lines = [(k.lower(), v) for k, v in received.header_lines if k.lower() not in varying]
    body = received.body
    boundary = received.headers.get("Content-Type", "").partition("boundary=")[2]
    if boundary:  # multipart boundaries are random: compare the parts
        body = body.replace(boundary.encode(), b"BOUNDARY")
        lines = [(k, v.replace(boundary, "BOUNDARY")) for k, v in lines]
    return received.method, target, lines, body


@pytest.fixture(scope="session")
def server() -> Iterator[StubServer]:
    with StubServer(lambda received: Reply(204)) as stub:
        yield stub


@pytest.fixture(scope="session")
def make_sdk(tmp_path_factory: pytest.TempPathFactory, server: StubServer) -> Callable[[str], Sdk]:
    made: dict[str, Sdk] = {}

    def make(name: str) -> Sdk:
        if name not in made:
            output = tmp_path_factory.mktemp(f"conformance-{name}") / "sdk"
            result = generate(SPECS / f"{name}.yaml", output)
            sys.path.insert(0, str(output))
            package = importlib.import_module(result.api.package.import_name)
            made[name] = Sdk(package, server)
        made[name].reply_with(Reply(204))
        return made[name]

    return make
