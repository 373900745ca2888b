"""A stateful mock server of the API, generated from its spec (``python -m PACKAGE.mock``)."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any

from ._auth import DEMO_AK, DEMO_SK

if TYPE_CHECKING:
    from ._app import MockService

__all__ = ["DEMO_AK", "DEMO_SK", "MockService", "listen", "serve"]


def listen(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """A socket bound to host:port, before anything is served: OSError (address in use,
    no such address) comes here rather than from inside the server."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def serve(
    host: str = "127.0.0.1", port: int = 8000, sock: socket.socket | None = None, **options: Any
) -> None:
    """Run the mock with uvicorn until interrupted (on sock, when bound already)."""
    import uvicorn

    from ._app import MockService

    config = uvicorn.Config(MockService(**options).app(), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock or listen(host, port)])


def __getattr__(name: str) -> Any:
    """MockService on first use: it needs the [mock] extra, which `python -m` checks first."""
    if name == "MockService":
        from ._app import MockService

        return MockService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
