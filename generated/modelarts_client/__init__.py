"""Python SDK of the Huawei Cloud ModelArts API.

    from modelarts_client import ModelArts

    with ModelArts() as client:
        ...

Models live in ``modelarts_client.models``; errors derive from ``ModelArtsError``.
"""

from __future__ import annotations

from ._base_client import NOT_GIVEN, NotGiven
from ._client import AsyncModelArts, ModelArts
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    ModelArtsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "ModelArtsError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "AsyncModelArts",
    "ModelArts",
    "__version__",
]
