"""What the mock reads off the wire: parameters in every OpenAPI style, and bodies of every
media type the spec may declare, back into the values the client was given.

The inverse of the client's ``_params`` and ``_bodies``; values come back as text (or bytes
for files), and the caller converts them by their schemas.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
from typing import Any, Callable, Mapping
from urllib.parse import unquote, unquote_plus

from .._params import DEFAULT_STYLE

# Resolves a $ref (the spec's resolver): the shapes of values decide how they are read.
Resolve = Callable[[Any], Any]


def style_of(param: Mapping[str, Any]) -> tuple[str, bool]:
    style = str(param.get("style") or DEFAULT_STYLE[str(param.get("in"))])
    explode = param.get("explode")
    return style, bool(style == "form" if explode is None else explode)


def shape(resolve: Resolve, schema: Any) -> str:
    """array, object or scalar: what the style's rules need to know of a value."""
    schema = resolve(schema or {})
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind in ("array", "object"):
        return str(kind)
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        return "object"
    return "scalar"


def raw_path_params(template: str, raw_path: str) -> dict[str, str]:
    """Path parameters as sent, still encoded, from segments that are one whole {name}."""
    names = template.split("/")
    segments = raw_path.split("/")[-len(names) :]
    return {
        name[1:-1]: segment
        for name, segment in zip(names, segments)
        if name.startswith("{") and name.endswith("}") and name.count("{") == 1
    }


def query_pairs(raw_query: str) -> list[tuple[str, str]]:
    """The query string's (name, value) pairs, names decoded, values still encoded (so a
    delimiter inside a value, sent as %2C, is not taken for one)."""
    pairs = []
    for part in raw_query.split("&") if raw_query else []:
        name, _, value = part.partition("=")
        pairs.append((unquote(name), value))  # RFC 3986: "+" is itself (allowReserved sends it)
    return pairs


def cookie_pairs(header: str) -> list[tuple[str, str]]:
    pairs = []
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep:
            pairs.append((name, value))
    return pairs


def _members(text: str, delimiter: str, kind: str, explode: bool, pair: str = "=") -> Any:
    """Items of an array, or an object from k=v items (exploded) or k,v,k,v (not)."""
    items = text.split(delimiter) if text else []
    if kind == "array":
        return [unquote(item) for item in items]
    if kind == "object":
        if explode:
            return dict(_split_pair(item, pair) for item in items)
        return {unquote(k): unquote(v) for k, v in zip(items[::2], items[1::2])}
    return unquote(text)


def _split_pair(item: str, pair: str) -> tuple[str, str]:
    name, _, value = item.partition(pair)
    return unquote(name), unquote(value)


def path_value(param: Mapping[str, Any], kind: str, raw: str) -> Any:
    style, explode = style_of(param)
    name = str(param.get("name"))
    if style == "label":
        return _members(raw[1:], "." if explode else ",", kind, explode)
    if style == "matrix":
        if kind == "object" and explode:
            return dict(_split_pair(item, "=") for item in raw.split(";")[1:])
        if kind == "array" and explode:
            return [unquote(item.partition("=")[2]) for item in raw.split(";")[1:]]
        value = raw[len(f";{name}=") :] if raw.startswith(f";{name}=") else ""
        return _members(value, ",", kind, False)
    return _members(raw, ",", kind, explode)


def header_value(param: Mapping[str, Any], kind: str, raw: str) -> Any:
    explode = style_of(param)[1]
    if kind == "scalar":
        return raw
    items = raw.split(",") if raw else []
    if kind == "array":
        return items
    if explode:
        return dict(item.partition("=")[::2] for item in items)
    return dict(zip(items[::2], items[1::2]))


def query_value(
    param: Mapping[str, Any],
    kind: str,
    pairs: list[tuple[str, str]],
    properties: list[str],
) -> Any:
    """The parameter's value from the query's pairs, or None when it is not there."""
    style, explode = style_of(param)
    name = str(param.get("name"))
    if style == "deepObject":
        prefix = name + "["
        found = {k[len(prefix) : -1]: unquote(v) for k, v in pairs if k.startswith(prefix)}
        return found or None
    if kind == "object" and explode:
        found = {k: unquote(v) for k, v in pairs if k in properties}
        return found or None
    values = [v for k, v in pairs if k == name]
    if not values:
        return None
    if kind == "array" and explode:
        return [unquote(v) for v in values]
    delimiter = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
    return _members(values[0], delimiter, kind, False)


def form_fields(body: bytes) -> dict[str, list[str]]:
    """An application/x-www-form-urlencoded body: each name's values, in order."""
    fields: dict[str, list[str]] = {}
    for part in body.decode("utf-8", "replace").split("&") if body else []:
        name, _, value = part.partition("=")
        fields.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return fields


def multipart_fields(content_type: str, body: bytes) -> dict[str, list[tuple[Any, str]]]:
    """A multipart/form-data body: each name's parts, as (content, part content type);
    content is text for a part without a file name, else bytes."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("the body is not multipart")
    fields: dict[str, list[tuple[Any, str]]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a part has no name")
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        content: Any = data if part.get_filename() is not None else data.decode("utf-8")
        fields.setdefault(name, []).append((content, part.get_content_type()))
    return fields


def part_value(content: Any, content_type: str) -> Any:
    """A part as the value it was: file parts as text when they are, JSON parts parsed."""
    if isinstance(content, bytes):
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            return content
    if content_type == "application/json":
        try:
            return json.loads(content)
        except ValueError:
            return content
    return content
