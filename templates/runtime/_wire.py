"""One request as it is put together, before httpx builds it: what the parameters fill in,
and what the security schemes (``_auth``) add or sign.

Credentials are applied here, not to the built ``httpx.Request``: httpx adds headers of its
own (Content-Length) that the AK/SK signature must not cover, as the official signer's do not.
"""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import pydantic

from . import _settings
from ._params import DEFAULT_STYLE, cookie_pairs, header_value, join_query, path_value, query_items
from ._signing import canonical_query, query_pairs


@dataclass(frozen=True)
class Param:
    python_name: str
    wire_name: str
    location: str  # path, query, header, cookie
    style: str = ""  # "": the location's default (simple for path and header, else form)
    explode: bool | None = None  # None: style == "form", as OpenAPI says
    allow_reserved: bool = False
    deprecated: bool = False
    from_client: bool = False

    @property
    def wire_style(self) -> tuple[str, bool]:
        style = self.style or DEFAULT_STYLE[self.location]
        return style, style == "form" if self.explode is None else self.explode


@dataclass(frozen=True)
class OperationSpec:
    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body_media_type: str = ""
    body_encoding: tuple[tuple[str, str], ...] = ()  # multipart: part -> content type
    accept: str = ""  # the response media types; "" for application/json
    # Alternatives, each of schemes applied together; None: the API's default; (): none.
    security: tuple[tuple[str, ...], ...] | None = None
    server: str = ""  # URL template when the operation has its own server
    server_name: str = ""  # its name: {ENV_PREFIX}_{NAME}_ENDPOINT or endpoints={name: url}
    envelope: tuple[str, str, str] = ("", "", "")  # success, code, message fields


class Outgoing:
    """The parts of one request, each parameter serialized in its style."""

    def __init__(self, operation: OperationSpec) -> None:
        self.method = operation.method
        self.operation = operation.name
        self.path = operation.path
        self.query: list[tuple[str, str]] = []  # encoded, in the order of the parameters
        self.signed_query: dict[str, Any] = {}  # the same, as the AK/SK signer reads it
        self.sorted_query = False  # set by the signer: send its canonical (sorted) query
        self.headers = {
            "User-Agent": _settings.USER_AGENT,
            "Accept": operation.accept or "application/json",
        }
        self.body = b""  # what a signer hashes; b"(streamed)" for a streamed body

    def add_parameter(self, param: Param, value: Any) -> None:
        if param.deprecated:
            warnings.warn(
                f"{self.operation}: parameter {param.python_name!r} is deprecated",
                DeprecationWarning,
                stacklevel=5,
            )
        style, explode = param.wire_style
        if param.location == "path":
            self.path = self.path.replace("{" + param.wire_name + "}", _path_segment(param, value))
        elif param.location == "query":
            items = query_items(style, explode, param.wire_name, value, param.allow_reserved)
            self.query.extend(items)
            signed = _signed_value(param, value, items)
            _add_signed(self.signed_query, param.wire_name, items, signed)
        elif param.location == "header":
            self.headers[param.wire_name] = header_value(explode, value)
        elif param.location == "cookie":
            pairs = [f"{n}={v}" for n, v in cookie_pairs(explode, param.wire_name, value)]
            if "Cookie" in self.headers:
                pairs.insert(0, self.headers["Cookie"])
            self.headers["Cookie"] = "; ".join(pairs)

    def add_header_unless_set(self, name: str, value: str) -> None:
        """A credential header; one the caller set (any case) is kept."""
        if name.lower() not in {key.lower() for key in self.headers}:
            self.headers[name] = value

    def query_string(self) -> str:
        """ "?..." or "". A signed request sends the signer's canonical (sorted) query, as
        the official SDK does; any other keeps the parameters' order."""
        text = (
            canonical_query(query_pairs(self.signed_query))
            if self.sorted_query
            else join_query(self.query)
        )
        return "?" + text if text else ""


def _wire_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _path_segment(param: Param, value: Any) -> str:
    """A path parameter's value, encoded in its style. "", "." and ".." are refused: the URL
    would name another resource (/notebooks/ is the collection; /a/b/.. is /a)."""
    text = path_value(*param.wire_style, param.wire_name, value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {param.wire_name!r} cannot be {text!r}")
    return text


def _signed_value(param: Param, value: Any, items: list[tuple[str, str]]) -> Any:
    """A query parameter as the AK/SK signer reads it: a scalar, or a list whose items it
    sorts as values (9 before 10); None for any other style: the text it was sent as."""
    if isinstance(value, (list, tuple)) and param.wire_style == ("form", True):
        return [_wire_value(v) for v in value]
    if len(items) == 1 and not isinstance(value, (list, tuple, dict, pydantic.BaseModel)):
        return _wire_value(value)
    return None


def _add_signed(
    signed: dict[str, Any], name: str, items: list[tuple[str, str]], value: Any
) -> None:
    if value is not None:
        signed[name] = value
        return
    for name, text in items:
        name, text = unquote(name), unquote(text)
        previous = signed.get(name)
        signed[name] = text if previous is None else [*_as_list(previous), text]


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]
