"""A stateful mock server of the API, generated from its spec (``python -m PACKAGE.mock``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._auth import DEMO_AK, DEMO_SK

if TYPE_CHECKING:
    from ._app import MockService

__all__ = ["DEMO_AK", "DEMO_SK", "MockService", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Run the mock with uvicorn until interrupted."""
    import uvicorn

    from ._app import MockService

    uvicorn.run(MockService(**options).app(), host=host, port=port, log_level="warning")


def __getattr__(name: str) -> Any:
    """MockService on first use: it needs the [mock] extra, which `python -m` checks first."""
    if name == "MockService":
        from ._app import MockService

        return MockService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
