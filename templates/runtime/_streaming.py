"""Answers read as they arrive: streamed downloads and server-sent events.

``client.with_streaming_response.METHOD(...)`` is a context manager (``async with`` for the
async client) whose response gives the body in chunks, never whole; an operation that
answers ``text/event-stream`` returns an iterator (an async iterator) of events, each
yielded as it arrives, its ``data`` parsed as JSON into the documented type.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator

import httpx
import pydantic


@dataclass(frozen=True)
class Event:
    """One server-sent event. ``data`` is the documented type when the stream's schema is
    JSON, else the text; ``event`` is "message" unless the server names it."""

    data: Any
    event: str = "message"
    id: str = ""
    retry: int | None = None


class HttpAnswer:
    """What every answer object shows of its HTTP response: status, headers, request id."""

    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("X-Request-Id")
        return value


class StreamedResponse(HttpAnswer):
    """An answer whose body is read in chunks: use it in a ``with`` block, which closes it."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        return self.http_response.read()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> StreamedResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStreamedResponse(HttpAnswer):
    """The async client's streamed answer: use it in an ``async with`` block."""

    def __init__(self, http_response: httpx.Response) -> None:
        self.http_response = http_response

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def aread(self) -> bytes:
        return await self.http_response.aread()

    async def aclose(self) -> None:
        await self.http_response.aclose()


class _AsyncStreamContext:
    """``async with client.with_streaming_response.METHOD(...) as response``: the call is
    made on entry, the response closed on exit."""

    def __init__(self, call: Awaitable[AsyncStreamedResponse]) -> None:
        self._call = call
        self._response: AsyncStreamedResponse | None = None

    async def __aenter__(self) -> AsyncStreamedResponse:
        self._response = await self._call
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.aclose()


class StreamingView:
    """The client's methods, each returning its answer unread, as a context manager."""

    def __init__(self, client: Any, is_async: bool) -> None:
        self._client = client
        self._is_async = is_async

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._client, name)
        if not self._is_async:
            return method  # type: ignore[no-any-return]

        def call(*args: Any, **kwargs: Any) -> _AsyncStreamContext:
            return _AsyncStreamContext(method(*args, **kwargs))

        return call


def event(sse: Any, data_type: Any, parse: Callable[[Any, str], Any]) -> Event:
    """An httpx-sse event as an Event: data parsed when the schema is JSON and the data is."""
    data: Any = sse.data
    if data_type is not None and data_type is not str:
        try:
            data = parse(data_type, sse.data)
        except pydantic.ValidationError as error:
            if not _is_json(sse.data):  # such as a closing "[DONE]": kept as the text
                data = sse.data
            else:
                raise error
    return Event(data=data, event=sse.event or "message", id=sse.id or "", retry=sse.retry)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
