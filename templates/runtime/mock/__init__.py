"""A stateful mock server of the API, generated from its spec (``python -m PACKAGE.mock``)."""

from __future__ import annotations

from typing import Any

from ._app import MockService
from ._auth import DEMO_AK, DEMO_SK

__all__ = ["DEMO_AK", "DEMO_SK", "MockService", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Run the mock with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(MockService(**options).app(), host=host, port=port, log_level="warning")
