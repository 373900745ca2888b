"""JSON pointers (RFC 6901): escaping tokens, joining, splitting, and the node one names."""

from __future__ import annotations

from typing import Any


def escape_pointer_token(token: str | int) -> str:
    text = str(token)
    return text.replace("~", "~0").replace("/", "~1") if "~" in text or "/" in text else text


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    if len(tokens) == 1:  # the common case, on every node of a big spec
        return pointer + "/" + escape_pointer_token(tokens[0])
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


def node_at(document: Any, pointer: str) -> Any:
    """The node a local JSON pointer names (list items by index); None when there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_pointer_token(t) for t in pointer[1:].split("/")]
