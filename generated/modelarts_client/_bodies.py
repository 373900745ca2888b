"""Request bodies on the wire: JSON, form-urlencoded, multipart/form-data, and raw media.

Multipart parts are named by wire name; a file becomes a file part, an object or an array
of objects a JSON part, anything else a text part (an array repeats the part). The
operation's `encoding` gives a part's content type. Raw media (application/octet-stream,
image/png, ...) is sent from bytes, str, a pathlib.Path, an open binary file or an iterator
of bytes; the last three are streamed, not read whole.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import (
    IO,
    Any,
    AsyncIterable,
    AsyncIterator,
    Iterable,
    Iterator,
    Mapping,
    Union,
)

import httpx
import pydantic

from ._params import join_query, plain, query_items, text

# What a raw body accepts; a multipart file part also takes (filename, content[, type]).
FileContent = Union[bytes, str, IO[bytes], "os.PathLike[str]", Iterable[bytes]]
Content = Union[bytes, Iterable[bytes], AsyncIterable[bytes]]

_CHUNK = 64 * 1024


def encode(
    media_type: str, body: Any, encoding: Mapping[str, str], streaming: str = "sync"
) -> tuple[Content, str]:
    """A body of any media but JSON: its content and its Content-Type header. streaming:
    "sync" or "async", the kind of iterator a streamed body becomes."""
    if isinstance(body, (bytes, bytearray)):
        return bytes(body), media_type
    if media_type == "application/x-www-form-urlencoded":
        pairs = [
            pair for name, value in fields(body) for pair in query_items("form", True, name, value)
        ]
        return join_query(pairs).encode(), media_type
    if media_type.startswith("multipart/"):
        return _multipart(body, encoding)
    return _raw(body, streaming), media_type


def fields(body: Any) -> list[tuple[str, Any]]:
    """(wire name, value) of a model's set fields, or of a mapping; values as given."""
    if isinstance(body, pydantic.BaseModel):
        named = type(body).model_fields
        read_only = getattr(type(body), "__read_only__", ())
        result = [
            (named[name].alias or name, body.__dict__.get(name))
            for name in named
            if name in body.model_fields_set and (named[name].alias or name) not in read_only
        ]
        return result + list((body.model_extra or {}).items())
    if isinstance(body, Mapping):
        return [(str(k), v) for k, v in body.items()]
    raise TypeError(f"a form body must be a model or a mapping, not {type(body).__name__}")


def one_shot(content: Content) -> bool:
    """A streamed body from an iterator or an open file can be sent only once."""
    return not isinstance(content, (bytes, _PathChunks, _AsyncPathChunks))


def _multipart(body: Any, encoding: Mapping[str, str]) -> tuple[bytes, str]:
    parts: list[tuple[str, Any]] = []
    for name, value in fields(body):
        items = value if isinstance(value, list) else [value]
        parts.extend((name, _part(name, item, encoding.get(name))) for item in items)
    # httpx writes the parts (boundary, headers, file names); read whole, as signing needs it.
    request = httpx.Request("POST", "http://multipart.invalid/", files=parts)
    return request.read(), request.headers["Content-Type"]


def _part(name: str, value: Any, content_type: str | None) -> tuple[Any, ...]:
    if isinstance(value, tuple):
        filename, content, *rest = value
        return (filename, _read(content), rest[0] if rest else content_type or _guess(filename))
    if isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read"):
        filename = _filename(value) or name
        return (filename, _read(value), content_type or _guess(filename))
    data = plain(value)
    if isinstance(data, (dict, list)):
        return (None, text(data).encode(), content_type or "application/json")
    return (None, text(data)) if content_type is None else (None, text(data), content_type)


def _filename(value: Any) -> str | None:
    if isinstance(value, os.PathLike):
        return Path(value).name
    name = getattr(value, "name", None)
    return os.path.basename(name) if isinstance(name, str) else None


def _guess(filename: str | None) -> str:
    guessed = mimetypes.guess_type(filename)[0] if filename else None
    return guessed or "application/octet-stream"


def _read(content: Any) -> bytes:
    if isinstance(content, str):
        return content.encode()
    if isinstance(content, (bytes, bytearray)):
        return bytes(content)
    if isinstance(content, os.PathLike):
        return Path(content).read_bytes()
    if hasattr(content, "read"):
        data = content.read()
        return data.encode() if isinstance(data, str) else bytes(data)
    return b"".join(content)


def _raw(body: Any, streaming: str) -> Content:
    if isinstance(body, str):
        return body.encode()
    if isinstance(body, os.PathLike):
        return _PathChunks(Path(body)) if streaming == "sync" else _AsyncPathChunks(Path(body))
    if hasattr(body, "read"):
        chunks: Iterator[bytes] = iter(lambda: body.read(_CHUNK), b"")
    elif isinstance(body, Iterable):
        chunks = iter(body)
    else:
        raise TypeError(f"a {type(body).__name__} cannot be sent as a binary body")
    return chunks if streaming == "sync" else _to_async(chunks)


class _PathChunks:
    """A file's content, read in chunks each time it is sent (so retries send it again)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self) -> Iterator[bytes]:
        with self.path.open("rb") as file:
            yield from iter(lambda: file.read(_CHUNK), b"")


class _AsyncPathChunks:
    """The same for the async client (an iterator that is only async, as httpx needs)."""

    def __init__(self, path: Path) -> None:
        self.chunks = _PathChunks(path)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return _to_async(iter(self.chunks))


async def _to_async(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
