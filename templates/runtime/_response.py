"""Raw answers: ``client.with_raw_response.METHOD(...)`` returns an ``APIResponse[T]``.

The generated ``{Client}WithRawResponse`` classes wrap each single-call method with
``to_raw_response_wrapper``: the same parameters, the answer typed ``APIResponse[T]`` where the
method returns ``T``, so ``.parse()`` is typed too. Methods that make many calls (iterators,
waiters) or stream (event streams) have no single HTTP answer: the view refuses them by name.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

from ._streaming import HttpAnswer

R = TypeVar("R")
P = ParamSpec("P")

_UNREAD: Any = object()


class APIResponse(HttpAnswer, Generic[R]):
    """The HTTP answer of one call (status, headers, request id, body), and its result.

    An error status raises before this is returned, as for any call; the body is parsed
    into the method's result type only when ``parse()`` is first called.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: Any = _UNREAD

    def parse(self) -> R:
        """The result the method returns without ``with_raw_response`` (read once)."""
        if self._parsed is _UNREAD:
            self._parsed = self._parse()
        return cast(R, self._parsed)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.http_response.content)

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {self.http_response.request.url}>"


# The name earlier releases exported.
RawResponse = APIResponse


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """A method of a raw-answer copy of the client, typed as what it returns there."""
    return cast("Callable[P, APIResponse[R]]", method)


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


class RawResponseView:
    """Base of ``client.with_raw_response``: the generated subclass sets each single-call
    method; any other method of the client is refused with an explanation."""

    def __init__(self, client: Any) -> None:
        self._client = client

    if not TYPE_CHECKING:  # for mypy, a method the view lacks is an error, as it should be

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_") or not hasattr(self._client, name):
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            raise AttributeError(
                f"with_raw_response.{name} is not available: with_raw_response returns the HTTP "
                f"answer of one call, and {name} makes several (pages, polls) or streams. "
                f"Call client.{name}(...) for the results, or the single operation through "
                "with_raw_response (one page, one poll) for its answer"
            )
