"""The spec's request and response bodies against the official SDK's models, field by field.

For each operation both have, the request body (fields a request sends: `readOnly` left out)
and the 2xx response (fields an answer holds: `writeOnly` left out) are walked together with
the official models, recursively, by wire name. A field path is *compared* when either side
has it; it *agrees* when both have it with the same JSON type. Anything else is a
`Difference`, reported once at the top-most path where the two part (its `fields` counts the
paths below it that the difference hides).

Run as a script for the counts: `python tests/sdk_fields.py`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from official_sdk import OfficialModel, official_bodies, official_type

ALLOWLIST = Path(__file__).with_name("official_sdk_allowlist.yaml")

# kinds of difference
OURS_ONLY = "ours-only"  # the spec has the field, the official model does not
THEIRS_ONLY = "theirs-only"  # the official model has the field, the spec does not
UNTYPED = "untyped"  # the official SDK types an object the spec leaves open
TYPE = "type"  # both have it, with different JSON types


@dataclass(frozen=True)
class Difference:
    operation: str
    direction: str  # "request" or "response"
    path: str  # wire names joined by ".", "[]" for array items, "{}" for map values
    kind: str
    at: str  # where in the official SDK: "Model.field" (the model that has or lacks the field)
    detail: str
    fields: int = 1


@dataclass
class Comparison:
    compared: int = 0
    agreeing: int = 0
    differences: list[Difference] = field(default_factory=list)


class _Walker:
    def __init__(self, document: dict[str, Any], operation: str, direction: str) -> None:
        self.document = document
        self.operation = operation
        self.direction = direction
        self.result = Comparison()

    # ------------------------------------------------------------------ our side
    def _resolve(self, node: Any) -> dict[str, Any]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node if isinstance(node, dict) else {}

    def _flat(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """The schema with `$ref`s followed (siblings kept), `allOf` merged and a nullable
        `anyOf`/`oneOf` unwrapped."""
        if not isinstance(node, dict) or depth > 20:
            return {}
        schema = {k: v for k, v in node.items() if k != "$ref"}
        if "$ref" in node:
            schema = {**self._flat(self._resolve({"$ref": node["$ref"]}), depth + 1), **schema}
        for part in schema.pop("allOf", None) or []:
            flat = self._flat(part, depth + 1)
            properties = {**(flat.get("properties") or {}), **(schema.get("properties") or {})}
            schema = {**flat, **schema}
            if properties:
                schema["properties"] = properties
        for keyword in ("anyOf", "oneOf"):
            branches = [self._flat(b, depth + 1) for b in schema.get(keyword) or []]
            typed = [b for b in branches if b.get("type") != "null"]
            if len(typed) == 1:
                rest = {k: v for k, v in schema.items() if k not in (keyword, "type")}
                schema = {**typed[0], **rest}
        return schema

    def _sent(self, prop: Any) -> bool:
        hidden = "readOnly" if self.direction == "request" else "writeOnly"
        return not self._flat(prop).get(hidden)

    def _properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in (schema.get("properties") or {}).items() if self._sent(v)}

    @staticmethod
    def _json_type(schema: dict[str, Any]) -> str:
        types = schema.get("type")
        types = [types] if isinstance(types, str) else list(types or [])
        types = [t for t in types if t != "null"]
        if not types:
            return "object" if "properties" in schema else "any"
        return types[0] if len(types) == 1 else "|".join(sorted(types))

    def _count_ours(self, schema: dict[str, Any], depth: int = 0) -> int:
        """Field paths at and below a schema of ours (used for what a difference hides)."""
        if depth > 12:
            return 0
        kind = self._json_type(schema)
        if kind == "array":
            return self._count_ours(self._flat(schema.get("items") or {}), depth + 1)
        total = 0
        for prop in self._properties(schema).values():
            total += 1 + self._count_ours(self._flat(prop), depth + 1)
        return total

    # ---------------------------------------------------------------- their side
    def _count_theirs(self, type_name: str, seen: frozenset[str] = frozenset()) -> int:
        kind, inner = official_type(type_name)
        if kind in ("array", "map"):
            return self._count_theirs(str(inner), seen)
        if kind != "model":
            return 0
        assert isinstance(inner, OfficialModel)
        if inner.name in seen:
            return 0
        return sum(1 + self._count_theirs(t, seen | {inner.name}) for _, t in inner.fields)

    @staticmethod
    def _their_json_type(type_name: str) -> str:
        kind, inner = official_type(type_name)
        if kind == "scalar":
            return str(inner)
        return {"array": "array", "map": "object", "model": "object"}[kind]

    # -------------------------------------------------------------------- walk
    def _differ(self, path: str, kind: str, at: str, detail: str, fields: int = 1) -> None:
        self.result.differences.append(
            Difference(self.operation, self.direction, path, kind, at, detail, max(fields, 1))
        )

    def field(self, path: str, at: str, ours: Any, theirs: str, seen: frozenset[str]) -> None:
        """One field both sides have: compare its type, then what is below it."""
        schema = self._flat(ours)
        self.result.compared += 1
        mine, their = self._json_type(schema), self._their_json_type(theirs)
        if mine != their and "any" not in (mine, their):
            self._differ(path, TYPE, at, f"ours {mine}, official {their} ({theirs})")
            return
        self.result.agreeing += 1
        self.below(path, at, schema, theirs, seen)

    def below(
        self, path: str, at: str, schema: dict[str, Any], theirs: str, seen: frozenset[str]
    ) -> None:
        kind, inner = official_type(theirs)
        if kind == "array":
            items = self._flat(schema.get("items") or {})
            self.below(f"{path}[]", at, items, str(inner), seen)
        elif kind == "map":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                self.below(f"{path}{{}}", at, self._flat(extra), str(inner), seen)
            for name, prop in self._properties(schema).items():
                # fixed keys of ours in a map of theirs: each is a value of the map
                self.field(f"{path}.{name}", at, prop, str(inner), seen)
        elif kind == "model":
            assert isinstance(inner, OfficialModel)
            if inner.name in seen:
                return
            self.model(path, at, schema, inner, seen | {inner.name})

    def model(
        self, path: str, at: str, schema: dict[str, Any], theirs: OfficialModel, seen: frozenset[str]
    ) -> None:
        prefix = f"{path}." if path else ""
        ours = self._properties(schema)
        if not ours and self._json_type(schema) in ("object", "any") and theirs.fields:
            hidden = sum(1 + self._count_theirs(t, seen) for _, t in theirs.fields)
            self._differ(path or "(body)", UNTYPED, at, f"official {theirs.name}", hidden)
            self.result.compared += hidden
            return
        their_fields = dict(theirs.fields)
        for name, type_name in theirs.fields:
            if name in ours:
                self.field(prefix + name, f"{theirs.name}.{name}", ours[name], type_name, seen)
            else:
                hidden = 1 + self._count_theirs(type_name, seen)
                self._differ(prefix + name, THEIRS_ONLY, f"{theirs.name}.{name}", type_name, hidden)
                self.result.compared += hidden
        for name, prop in ours.items():
            if name not in their_fields:
                hidden = 1 + self._count_ours(self._flat(prop))
                self._differ(prefix + name, OURS_ONLY, f"{theirs.name}.{name}", "not in the official model", hidden)
                self.result.compared += hidden


def _json_body(document: dict[str, Any], node: Any) -> dict[str, Any] | None:
    walker = _Walker(document, "", "")
    body = walker._resolve(node)
    content = body.get("content") or {}
    media = next((m for k, m in content.items() if "json" in k), None)
    if media is None or "schema" not in media:
        return None
    return media["schema"]


def compare_operation(document: dict[str, Any], operation: str, op: dict[str, Any]) -> Comparison:
    """Request body and 2xx response of one operation against the official models."""
    request_type, response_model = official_bodies(operation)
    result = Comparison()
    sides: list[tuple[str, Any, str | None]] = []
    ours_request = _json_body(document, op.get("requestBody") or {})
    sides.append(("request", ours_request, request_type))
    success = sorted(code for code in (op.get("responses") or {}) if str(code).startswith("2"))
    ours_response = _json_body(document, op["responses"][success[0]]) if success else None
    response_fields = dict(response_model.fields)
    their_response: str | None = response_model.name
    if list(response_fields) == ["body"]:
        their_response = response_fields["body"]
    elif not response_fields:
        their_response = None
    sides.append(("response", ours_response, their_response))
    for direction, ours, theirs in sides:
        walker = _Walker(document, operation, direction)
        if ours is None and theirs is None:
            continue
        if ours is None or theirs is None:
            where = "official" if ours is None else "spec"
            kind = THEIRS_ONLY if ours is None else OURS_ONLY
            walker._differ("(body)", kind, f"{operation} {direction}", f"only the {where} has a body")
        else:
            walker.below("", f"{operation} {direction}", walker._flat(ours), theirs, frozenset())
        result.compared += walker.result.compared
        result.agreeing += walker.result.agreeing
        result.differences += walker.result.differences
    return result


# ------------------------------------------------------------------------------ allow-list


@dataclass(frozen=True)
class Allowed:
    """Reviewed differences: these fields of one official model differ in the same way."""

    model: str
    fields: tuple[str, ...]
    kind: str
    reason: str
    note: str

    def matches(self, difference: Difference) -> bool:
        model, _, name = difference.at.partition(".")
        return difference.kind == self.kind and model == self.model and name in self.fields


def allowlist(path: Path = ALLOWLIST) -> tuple[dict[str, str], list[Allowed]]:
    """The reasons (key: text) and the allowed differences of the reviewed allow-list file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    reasons: dict[str, str] = data["reasons"]
    entries = []
    for reason, group in (data.get("allowed") or {}).items():
        for entry in group:
            fields = entry["fields"]
            entries.append(
                Allowed(
                    model=entry["model"],
                    fields=tuple([fields] if isinstance(fields, str) else fields),
                    kind=entry["kind"],
                    reason=reason,
                    note=entry["note"],
                )
            )
    return reasons, entries


def compare_all(document: dict[str, Any], operations: dict[str, dict[str, Any]]) -> Comparison:
    total = Comparison()
    for name in sorted(operations):
        one = compare_operation(document, name, operations[name])
        total.compared += one.compared
        total.agreeing += one.agreeing
        total.differences += one.differences
    return total


def summary(total: Comparison, entries: list[Allowed]) -> Iterator[str]:
    """The counts: fields compared, agreeing, allowed differences by reason, still different."""
    by_reason: Counter[str] = Counter()
    fields_by_reason: Counter[str] = Counter()
    unlisted = 0
    for difference in total.differences:
        entry = next((e for e in entries if e.matches(difference)), None)
        if entry is None:
            unlisted += 1
        else:
            by_reason[entry.reason] += 1
            fields_by_reason[entry.reason] += difference.fields
    yield f"fields compared: {total.compared}"
    yield f"agreeing: {total.agreeing}"
    for reason in sorted(by_reason):
        yield f"allowed ({reason}): {by_reason[reason]} differences, {fields_by_reason[reason]} field paths"
    yield f"still different (not allowed): {unlisted}"


if __name__ == "__main__":  # pragma: no cover - a report for people
    import sys

    from test_official_sdk import shared_operations
    from test_spec import spec

    everything = compare_all(spec(), shared_operations())
    _, allowed = allowlist()
    for line in summary(everything, allowed):
        print(line)
    if "-v" in sys.argv:
        for d in everything.differences:
            if not any(e.matches(d) for e in allowed):
                print(f"  {d.at} [{d.kind}] {d.detail}: {d.operation} {d.direction} {d.path} ({d.fields})")
