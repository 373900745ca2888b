"""Parameters on the wire, as OpenAPI's style and explode table says.

path: simple, label, matrix; query: form, spaceDelimited, pipeDelimited, deepObject;
header: simple; cookie: form. Arrays keep their order; objects keep their keys' order.
Values are percent-encoded for their place (headers are not), delimiters are not.
"""

from __future__ import annotations

import enum
import json
from typing import Any, Iterable, Mapping
from urllib.parse import quote

import pydantic
import pydantic_core

DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# RFC 3986 reserved characters sent as they are with allowReserved: those a query may hold
# (RFC 3986 3.4). "#", "[" and "]" stay encoded: a raw "#" would end the query.
_RESERVED = ":/?@!$&'()*+,;="


def plain(value: Any) -> Any:
    """Models as dicts by wire name (fields set only), enums as their values, tuples as lists."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return pydantic_core.to_jsonable_python(value, by_alias=True)


def text(value: Any) -> str:
    """A scalar as text: booleans as true/false, null as empty; nested values as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


class _Encoder:
    def __init__(self, location: str, allow_reserved: bool = False) -> None:
        self.raw = location == "header"
        self.safe = _RESERVED if allow_reserved else ""

    def __call__(self, value: Any) -> str:
        return text(value) if self.raw else quote(text(value), safe=self.safe)


def _members(value: Any, encode: _Encoder, explode: bool, pair: str = "=") -> list[str]:
    """An array's items, or an object's members as k=v (exploded) or k,v (not)."""
    if isinstance(value, dict):
        if explode:
            return [f"{encode(k)}{pair}{encode(v)}" for k, v in value.items()]
        return [part for k, v in value.items() for part in (encode(k), encode(v))]
    return [encode(v) for v in value]


def path_value(style: str, explode: bool, name: str, value: Any) -> str:
    """The text that replaces {name} in the path."""
    value = plain(value)
    encode = _Encoder("path")
    if style == "label":
        if not isinstance(value, (list, dict)):
            return "." + encode(value)
        return "." + ("." if explode else ",").join(_members(value, encode, explode))
    if style == "matrix":
        if not isinstance(value, (list, dict)):
            return f";{name}" + (f"={encode(value)}" if text(value) else "")
        if explode and isinstance(value, dict):
            return "".join(f";{member}" for member in _members(value, encode, True))
        if explode:
            return "".join(f";{name}={item}" for item in _members(value, encode, True))
        return f";{name}=" + ",".join(_members(value, encode, False))
    if not isinstance(value, (list, dict)):
        return encode(value)
    return ",".join(_members(value, encode, explode))


def header_value(explode: bool, value: Any) -> str:
    value = plain(value)
    encode = _Encoder("header")
    if not isinstance(value, (list, dict)):
        return encode(value)
    return ",".join(_members(value, encode, explode))


def query_items(
    style: str, explode: bool, name: str, value: Any, allow_reserved: bool = False
) -> list[tuple[str, str]]:
    """(name, value) pairs of the query string, both already encoded."""
    value = plain(value)
    encode = _Encoder("query", allow_reserved)
    key = quote(name, safe="")
    if not isinstance(value, (list, dict)):
        return [(key, encode(value))]
    if style == "deepObject" and isinstance(value, dict):
        return [(f"{key}[{quote(str(k), safe='')}]", encode(v)) for k, v in value.items()]
    if explode and isinstance(value, dict):
        return [(quote(str(k), safe=""), encode(v)) for k, v in value.items()]
    if explode:
        return [(key, encode(item)) for item in value]
    delimiter = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
    return [(key, delimiter.join(_members(value, encode, False)))]


def cookie_pairs(explode: bool, name: str, value: Any) -> list[tuple[str, str]]:
    value = plain(value)
    encode = _Encoder("cookie")
    if not isinstance(value, (list, dict)):
        return [(name, encode(value))]
    if explode and isinstance(value, dict):
        return [(str(k), encode(v)) for k, v in value.items()]
    if explode:
        return [(name, encode(item)) for item in value]
    return [(name, ",".join(_members(value, encode, False)))]


def join_query(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{k}={v}" for k, v in pairs)
