"""Shape fingerprints of schemas: equal when two schemas accept the same documents as written.

$refs are followed (a renamed component with the same shape has the same fingerprint), key
order does not count, nor do annotations such as descriptions and examples. Recursion ends at
a reference already being followed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..spec.walk import resolve

# Keywords that say nothing about what a schema accepts or how a client reads it.
ANNOTATIONS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "$comment", "xml"}
)
# Extensions the rules read; every other x-* is ignored.
KEPT_EXTENSIONS = frozenset({"x-extensible-enum", "x-sunset", "x-stability-level"})
# Keywords whose values map names to schemas: their keys are names, never annotations.
NAME_MAPS = frozenset(
    {"properties", "patternProperties", "dependentSchemas", "$defs", "mapping", "content"}
)
UNORDERED = frozenset({"required", "type", "enum"})


class Fingerprints:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        # Keyed by id(); the node is kept so its id cannot be reused by another object.
        self._by_node: dict[tuple[int, bool], tuple[Any, str]] = {}
        self._by_ref: dict[str, str] = {}
        self._following: set[str] = set()

    def of(self, node: Any, names: bool = False) -> str:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                return self._ref(ref)
            key = (id(node), names)
            entry = self._by_node.get(key)
            if entry is None:
                entry = (node, self._dict(node, names))
                self._by_node[key] = entry
            return entry[1]
        if isinstance(node, list):
            return _digest("[" + ",".join(self.of(item) for item in node) + "]")
        return json.dumps(node, sort_keys=True)

    def _ref(self, ref: str) -> str:
        if ref in self._following:
            return "cycle"
        known = self._by_ref.get(ref)
        if known is None:
            self._following.add(ref)
            try:
                known = self.of(resolve(self.document, {"$ref": ref}))
            finally:
                self._following.discard(ref)
            self._by_ref[ref] = known
        return known

    def _dict(self, node: dict[str, Any], names: bool) -> str:
        parts = []
        for key, value in node.items():
            if not names and (
                key in ANNOTATIONS or (key.startswith("x-") and key not in KEPT_EXTENSIONS)
            ):
                continue
            if key in UNORDERED and isinstance(value, list):
                text = json.dumps(sorted(json.dumps(v, sort_keys=True) for v in value))
            else:
                text = self.of(value, names=not names and key in NAME_MAPS)
            parts.append(f"{json.dumps(key)}:{text}")
        return _digest("{" + ",".join(sorted(parts)) + "}")


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()
