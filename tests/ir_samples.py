"""Minimal valid values for IR types: arguments to call every operation, answers to send back."""

from __future__ import annotations

import re
from typing import Any

from generator.codegen import ir

SCALARS: dict[str, Any] = {
    "str": "x1",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "bytes": "x",
    "any": {},
}


class Samples:
    def __init__(self, api: ir.Api) -> None:
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}

    def value(self, ref: ir.TypeRef, depth: int = 0) -> Any:
        """A minimal JSON value of type ref: required fields only."""
        if ref.kind == "primitive":
            return SCALARS.get(ref.name)
        if ref.kind == "enum":
            return self.enums[ref.name].members[0].value
        if ref.kind == "list":
            return [] if depth > 4 else [self.value(ref.items[0], depth + 1)]
        if ref.kind == "map":
            return {}
        if ref.kind == "union":
            return self.value(ref.items[0], depth + 1)
        model = self.models[ref.name]
        return {f.wire_name: self.value(f.type, depth + 1) for f in model.fields if f.required}

    def arguments(self, op: ir.Operation) -> dict[str, Any]:
        """Keyword arguments for a call with every required parameter and body."""
        arguments = {p.python_name: self.value(p.type) for p in op.arguments if p.required}
        if op.body is not None and op.body.required:
            arguments["body"] = self.value(op.body.type)
        return arguments


def path_pattern(op: ir.Operation) -> re.Pattern[str]:
    """A regex for the request path of op (any value in each {parameter})."""
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$")
