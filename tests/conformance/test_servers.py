"""Servers with variables, and very long and hostile names, on the wire."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import yaml
from harness import server  # noqa: F401 (fixture)
from http_stub import Reply, StubServer

from generator.codegen.generate import generate

LONG = "a_very_long_parameter_name_" * 8


def make(tmp_path: Path, name: str, document: dict[str, Any]) -> Any:
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    result = generate(tmp_path / "spec.yaml", tmp_path / "sdk")
    sys.path.insert(0, str(tmp_path / "sdk"))
    try:
        return importlib.import_module(result.api.package.import_name)
    finally:
        sys.path.remove(str(tmp_path / "sdk"))


def test_server_variables_take_their_defaults(tmp_path: Path, server: StubServer) -> None:
    port = server.url.rsplit(":", 1)[1]
    package = make(
        tmp_path,
        "servers",
        {
            "openapi": "3.1.0",
            "info": {"title": "Conformance servers", "version": "1"},
            "servers": [
                {
                    "url": "http://127.0.0.1:{port}/{base}/v{major}",
                    "variables": {
                        "port": {"default": port},
                        "base": {"default": "api", "enum": ["api", "beta"]},
                        "major": {"default": "2"},
                    },
                }
            ],
            "paths": {
                "/ping": {
                    "get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}
                }
            },
        },
    )
    server.responder = lambda received: Reply(204)
    with package.ConformanceServers() as client:
        client.ping()
    assert server.received[-1].raw_path == "/api/v2/ping"


def test_long_and_hostile_names_reach_the_wire_by_their_wire_names(
    tmp_path: Path, server: StubServer
) -> None:
    package = make(
        tmp_path,
        "names",
        {
            "openapi": "3.1.0",
            "info": {"title": "Conformance names", "version": "1"},
            "paths": {
                "/items/{class}": {
                    "post": {
                        "operationId": "class",
                        "parameters": [
                            {
                                "name": "class",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string"},
                            },
                            {"name": LONG, "in": "query", "schema": {"type": "string"}},
                            {"name": "self", "in": "query", "schema": {"type": "string"}},
                            {
                                "name": "X-Odd_Header.1",
                                "in": "header",
                                "schema": {"type": "string"},
                            },
                        ],
                        "requestBody": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "def": {"type": "string"},
                                            "model_config": {"type": "integer"},
                                            '"""': {"type": "boolean"},
                                        },
                                    }
                                }
                            }
                        },
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            },
        },
    )
    server.responder = lambda received: Reply(204)
    arguments = {name: "v" for name in ("class_", "self_")}
    method = package.ConformanceNames.class_
    long_name = next(p for p in method.__code__.co_varnames if p.startswith("a_very_long"))
    body = {"def": "d", "model_config": 1, '"""': True}
    with package.ConformanceNames(endpoint=server.url) as client:
        client.class_(**arguments, **{long_name: "x y"}, x_odd_header_1="v 1", body=body)
    received = server.received[-1]
    assert received.raw_path == "/items/v"
    assert received.raw_query == f"{LONG}=x%20y&self=v"
    assert received.headers["X-Odd_Header.1"] == "v 1"
    assert received.body == b'{"def":"d","model_config":1,"\\"\\"\\"":true}'
