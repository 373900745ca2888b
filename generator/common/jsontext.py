"""JSON text for generated data files: readable where a reader looks, fast everywhere."""

from __future__ import annotations

import json
from typing import Any

# One encoder for every call, by sort_keys: json.dumps makes a new one for each call with
# options, and a big spec has thousands of keys and values to encode one by one. Without the
# check for cycles, which costs a dict entry per object and array: the values are parsed
# documents and generated data, trees (a cycle would still end, in a RecursionError).
_ENCODE = {
    sort: json.JSONEncoder(ensure_ascii=False, sort_keys=sort, check_circular=False).encode
    for sort in (False, True)
}


def readable_json(value: Any, depth: int, *, sort_keys: bool = False, level: int = 0) -> str:
    """JSON with the objects and arrays of the first `depth` levels one member a line
    (indented one space a level, so a diff shows which member changed) and deeper values
    on one line each. json's indenting encoder is pure Python; the one-line values go
    through its C encoder, many times faster on a big spec."""
    if depth == 0 or not isinstance(value, (dict, list)) or not value:
        return _ENCODE[sort_keys](value)
    pad = " " * (level + 1)
    if isinstance(value, dict):
        pairs = sorted(value.items()) if sort_keys else list(value.items())
        members = [
            f"{pad}{_ENCODE[False](key)}: "
            + readable_json(item, depth - 1, sort_keys=sort_keys, level=level + 1)
            for key, item in pairs
        ]
        opening, closing = "{", "}"
    else:
        members = [
            pad + readable_json(item, depth - 1, sort_keys=sort_keys, level=level + 1)
            for item in value
        ]
        opening, closing = "[", "]"
    return f"{opening}\n" + ",\n".join(members) + f"\n{' ' * level}{closing}"
