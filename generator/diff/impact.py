"""SDK impact: the generated Python symbols each change touches, named from the generator's
IR of the side where the symbol exists (the old spec for removals, the new one otherwise)."""

from __future__ import annotations

from typing import Any, Iterable

from ..codegen import ir
from .change import Change, Target


class SdkNames:
    """Looks symbols up in one side's IR."""

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.client = self.api.package.client_class
        self.operations = {(op.method, op.path): op for op in self.api.operations}
        self.models = {m.name: m for m in self.api.models}
        self.enums = {e.name: e for e in self.api.enums}

    def symbols(self, operation: str, target: Target) -> list[str]:
        method, _, path = operation.partition(" ")
        op = self.operations.get((method, path))
        if op is None:
            return []
        method_name = f"{self.client}.{op.python_name}"
        if target.kind == "operation":
            return [method_name]
        if target.parameter[1]:
            return self._parameter(op, method_name, target)
        types = self._body_types(op, target.body)
        return self._walk(types, target.path, target) if types else [method_name]

    def _parameter(self, op: ir.Operation, method_name: str, target: Target) -> list[str]:
        location, wire = target.parameter
        parameter = next(
            (p for p in op.parameters if p.location == location and p.wire_name == wire), None
        )
        if parameter is None:
            return [method_name]
        if parameter.from_client:
            name = f"{self.client}({parameter.python_name}=)"
        else:
            name = f"{method_name}({parameter.python_name}=)"
        if target.path:
            return self._walk([parameter.type], target.path, target) or [name]
        if target.kind == "enum":
            return self._members([parameter.type], target.value) or [name]
        return [name]

    def _body_types(self, op: ir.Operation, body: str) -> list[ir.TypeRef]:
        if body == "request":
            return [op.body.type] if op.body is not None else []
        return [r.type for r in op.responses if r.status == body and r.type is not None]

    def _walk(self, types: list[ir.TypeRef], path: tuple[str, ...], target: Target) -> list[str]:
        """Follow wire names through models, lists, maps and unions to the field named last."""
        found: list[str] = []
        for index, part in enumerate(path):
            if part in ("[]", "{}"):
                types = [item for t in _containers(types) for item in t.items[:1]]
                continue
            fields = [(m, f) for m in self._models(types) for f in m.fields if f.wire_name == part]
            if not fields:
                return found
            types = [f.type for _, f in fields]
            if index == len(path) - 1:
                found = [f"models.{m.name}.{f.python_name}" for m, f in fields]
        if target.kind == "enum":
            return self._members(types, target.value) or found
        return found

    def _models(self, types: Iterable[ir.TypeRef]) -> list[ir.Model]:
        result = []
        for t in _flatten(types):
            model = self.models.get(t.name) if t.kind == "model" else None
            if model is not None and model not in result:
                result.append(model)
        return result

    def _members(self, types: Iterable[ir.TypeRef], value: Any) -> list[str]:
        result = []
        for t in _flatten(types, containers=True):
            enum = self.enums.get(t.name) if t.kind == "enum" else None
            if enum is None:
                continue
            for member in enum.members:
                if member.value == value and type(member.value) is type(value):
                    result.append(f"models.{enum.name}.{member.python_name}")
        return result


def _flatten(types: Iterable[ir.TypeRef], containers: bool = False) -> list[ir.TypeRef]:
    """Types with unions opened (and lists and maps too, when containers)."""
    result: list[ir.TypeRef] = []
    for t in types:
        if t.kind == "union" or (containers and t.kind in ("list", "map")):
            result.extend(_flatten(t.items, containers))
        else:
            result.append(t)
    return result


def _containers(types: Iterable[ir.TypeRef]) -> list[ir.TypeRef]:
    return [t for t in _flatten(types) if t.kind in ("list", "map")]


def annotate(changes: list[Change], side: str, names: SdkNames) -> None:
    """Fill the sdk list of each change whose symbol lives on this side."""
    for item in changes:
        if item.target is not None and item.operation and item.target.side == side:
            item.sdk = names.symbols(item.operation, item.target)
