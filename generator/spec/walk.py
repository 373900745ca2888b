"""Walking a bundled document: its operations, and following local $refs."""

from __future__ import annotations

from typing import Any, Iterator

from .pointers import join_pointer, node_at

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield join_pointer("/paths", path, method), path, method, item[method]


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local $refs until a node that is not a reference."""
    seen: set[str] = set()
    while (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith("#")
    ):
        ref = node["$ref"]
        if ref in seen:
            return {}
        seen.add(ref)
        node = node_at(document, ref[1:])
        node = {} if node is None else node
    return node
