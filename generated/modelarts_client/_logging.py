"""Request and response logging with secrets redacted.

Set {PREFIX}_LOG=debug (or pass --debug to the CLI) to log every request and response to
stderr. Credentials in headers and fields the spec marks secret never reach the log.
"""

from __future__ import annotations

import json
import logging
import os
from typing import Any, Mapping

import httpx

from . import _settings

logger = logging.getLogger(__package__ or "sdk")
REDACTED = "***"
SECRET_HEADERS = frozenset(
    {"authorization", "x-auth-token", "x-security-token", "x-subject-token", "cookie", "set-cookie"}
)
_BODY_LIMIT = 4000


def configure_from_environment() -> None:
    """Turn debug logging on when the environment asks for it (once per process)."""
    level = os.environ.get(_settings.ENVIRONMENT["log"], "").lower()
    if level in ("debug", "info") and not logger.handlers:
        enable(logging.DEBUG if level == "debug" else logging.INFO)


def enable(level: int = logging.DEBUG) -> None:
    logger.setLevel(level)
    if logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: REDACTED if k.lower() in SECRET_HEADERS else v for k, v in headers.items()}


def redact(value: Any) -> Any:
    """A copy of a JSON value with every secret field's value replaced."""
    if isinstance(value, dict):
        return {k: REDACTED if _is_secret(k) else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def _is_secret(name: Any) -> bool:
    return isinstance(name, str) and name.lower() in _settings.SECRET_FIELDS


def _body(content: bytes) -> str:
    if not content:
        return ""
    try:
        text = json.dumps(redact(json.loads(content)), ensure_ascii=False)
    except (ValueError, UnicodeDecodeError):
        text = f"<{len(content)} bytes>"
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + "..."


def log_request(request: httpx.Request, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s attempt=%d headers=%s body=%s",
            request.method,
            request.url,
            attempt + 1,
            redact_headers(request.headers),
            _body(request.content),
        )


def log_response(response: httpx.Response, seconds: float, streamed: bool = False) -> None:
    """The answer at debug level; a streamed body is not read here (it is the caller's)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s -> %d in %.3f s request_id=%s headers=%s body=%s",
            response.request.method,
            response.request.url,
            response.status_code,
            seconds,
            response.headers.get("X-Request-Id"),
            redact_headers(response.headers),
            "(streamed)" if streamed else _body(response.read()),
        )


def log_retry(reason: str, delay: float) -> None:
    logger.info("retrying in %.2f s: %s", delay, reason)
