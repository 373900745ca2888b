"""Python SDK of the Huawei Cloud ModelArts API.

    from modelarts_client import ModelArts

    with ModelArts() as client:
        ...

Models live in ``modelarts_client.models``; errors derive from ``ModelArtsError``.
Names load on first use, so importing the package (and running the CLI's ``--help``) is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._base_client import NOT_GIVEN as NOT_GIVEN, NotGiven as NotGiven
    from ._client import (
        AsyncModelArts as AsyncModelArts,
        ModelArts as ModelArts,
    )
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConfigurationError as ConfigurationError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        ModelArtsError as ModelArtsError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
        WaiterError as WaiterError,
        WaiterTimeoutError as WaiterTimeoutError,
    )
    from ._base_client import RawResponse as RawResponse

__version__ = "0.1.0"

_EXPORTS = {
    "NOT_GIVEN": "._base_client",
    "NotGiven": "._base_client",
    "AsyncModelArts": "._client",
    "ModelArts": "._client",
    "APIConnectionError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "ConfigurationError": "._exceptions",
    "ConflictError": "._exceptions",
    "InternalServerError": "._exceptions",
    "ModelArtsError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "WaiterError": "._exceptions",
    "WaiterTimeoutError": "._exceptions",
    "RawResponse": "._base_client",
}
__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
