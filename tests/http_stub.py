"""A real HTTP server on 127.0.0.1 for runtime tests, answering from a script.

Each test gives a responder: (method, path, query, headers, body) -> Reply. A reply's body
is JSON, or bytes sent as they are; a reply can also drop the connection without answering,
or answer late. Request bodies may be chunked (streamed uploads).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Received:
    method: str
    path: str
    raw_path: str
    query: list[tuple[str, str]]
    raw_query: str
    headers: dict[str, str]
    body: bytes
    # Every header line as sent, in order (a repeated header stays repeated).
    header_lines: list[tuple[str, str]] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the connection without answering
    delay: float = 0.0


Responder = Callable[[Received], Reply]


class StubServer:
    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.received: list[Received] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    body = self._read_chunks()
                else:
                    length = int(self.headers.get("Content-Length") or 0)
                    body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                received = Received(
                    self.command,
                    parts.path,
                    parts.path,
                    parse_qsl(parts.query, keep_blank_values=True),
                    parts.query,
                    {k: v for k, v in self.headers.items()},
                    body,
                    list(self.headers.items()),
                )
                stub.received.append(received)
                reply = stub.responder(received)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                raw = isinstance(reply.body, bytes)  # sent as it is, typed by reply.headers
                payload = reply.body if raw else b""
                if not raw and reply.body is not None:
                    payload = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if payload and not raw:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def _read_chunks(self) -> bytes:
                body = b""
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        self.rfile.readline()
                        return body
                    body += self.rfile.read(size)
                    self.rfile.readline()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()
