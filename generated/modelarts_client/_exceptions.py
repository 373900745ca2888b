"""Errors raised by the Huawei Cloud ModelArts API SDK: one hierarchy under ModelArtsError."""

from __future__ import annotations

from typing import Any

import httpx


class ModelArtsError(Exception):
    """Base of every error this SDK raises."""


class ConfigurationError(ModelArtsError):
    """A setting the call needs (credentials, project id, endpoint) is missing."""


class APIConnectionError(ModelArtsError):
    """The request did not get an answer: DNS, refused or dropped connection."""

    def __init__(self, request: httpx.Request, message: str = "connection error") -> None:
        super().__init__(f"{message} ({request.method} {request.url})")
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "request timed out")


class APIStatusError(ModelArtsError):
    """The API answered with an error: an HTTP error status, or a failure envelope."""

    def __init__(
        self,
        response: httpx.Response,
        body: Any,
        error_code: str | None,
        error_msg: str | None,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.error_code = error_code
        self.error_msg = error_msg
        self.request_id = response.headers.get("X-Request-Id")
        super().__init__(self._describe())

    def _describe(self) -> str:
        code = f" {self.error_code}" if self.error_code else ""
        message = f": {self.error_msg}" if self.error_msg else ""
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        return f"HTTP {self.status_code}{code}{message}{request_id}"


class APIResponseValidationError(ModelArtsError):
    """The API answered successfully, but the body does not match the documented schema.

    The answer is kept: ``body`` is the parsed JSON, ``response`` the HTTP response.
    """

    def __init__(self, response: httpx.Response, body: Any, detail: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = response.headers.get("X-Request-Id")
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(
            f"HTTP {self.status_code}: the answer does not match the API's schema{request_id}:"
            f" {detail}"
        )


class WaiterError(ModelArtsError):
    """A waited-for resource reached a failure state."""

    def __init__(self, waiter: str, state: str, last: Any) -> None:
        super().__init__(f"{waiter}: reached failure state {state!r}")
        self.waiter = waiter
        self.state = state
        self.last = last


class WaiterTimeoutError(ModelArtsError):
    """A waited-for resource did not reach the expected state in time."""

    def __init__(self, waiter: str, state: str, timeout: float) -> None:
        super().__init__(f"{waiter}: still {state or 'unknown'!r} after {timeout:g} s")
        self.waiter = waiter
        self.state = state
        self.timeout = timeout


class BadRequestError(APIStatusError):
    """400: the request is malformed or fails validation."""


class AuthenticationError(APIStatusError):
    """401: the token or signature is missing, expired or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the caller lacks the permission."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
_CODE_FIELDS = ("error_code", "code")
_MESSAGE_FIELDS = ("error_msg", "error_message", "message", "msg")


def status_error(
    response: httpx.Response, body: Any, envelope: tuple[str, str, str]
) -> APIStatusError:
    """The error for an HTTP error response, or for a failure envelope on HTTP 200."""
    _, code_field, message_field = envelope
    error_code = _field(body, (code_field, *_CODE_FIELDS))
    error_msg = _field(body, (message_field, *_MESSAGE_FIELDS))
    if error_msg is None and not isinstance(body, (dict, list)) and response.text:
        error_msg = response.text[:500]
    status = response.status_code
    error_class = _BY_STATUS.get(status) or (
        InternalServerError if status >= 500 else APIStatusError
    )
    return error_class(response, body, error_code, error_msg)


def _field(body: Any, names: tuple[str, ...]) -> str | None:
    if not isinstance(body, dict):
        return None
    nested = body.get("error")
    for name in names:
        for holder in (body, nested if isinstance(nested, dict) else {}):
            if name and holder.get(name) is not None:
                return str(holder[name])
    return None
