"""Hypothesis strategies for the API's JSON values, built from the schemas of the bundled spec.

    from hypothesis import given
    from modelarts_client.strategies import Schemas

    schemas = Schemas()

    @given(schemas.instances("#/components/schemas/Notebook"))
    def test_notebook(value): ...

`instances` yields values valid against the schema (checked with a JSON Schema validator);
`near_instances` yields valid values with one part replaced by arbitrary JSON, to probe what
a model accepts that it should not. Needs the `test` extra (hypothesis, jsonschema).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import jsonschema
from hypothesis import strategies as st
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._jsonschema import (
    SCHEMA_KEYS,
    SCHEMA_LISTS,
    SCHEMA_MAPS,
    document_as_json_schema,
    to_json_schema,
)

SPEC_FILE = Path(__file__).parent / "mock" / "openapi.json"
SPEC_URI, LOOSE_URI = "urn:spec", "urn:loose"
# Beyond this depth objects carry only required properties and arrays their fewest items,
# so recursive schemas stay finite.
MAX_DEPTH = 4
MAX_ITEMS = 3
# Keywords a model does not check on purpose: enums are open (servers add values), and
# constraints on values are the server's to enforce.
NOT_MODEL_CHECKED = frozenset(
    "enum const minLength maxLength pattern format minimum maximum exclusiveMinimum "
    "exclusiveMaximum multipleOf minItems maxItems uniqueItems minProperties maxProperties "
    "discriminator not propertyNames patternProperties dependentRequired dependentSchemas "
    "contains minContains maxContains if then else".split()
)
INT64 = (-(2**63), 2**63 - 1)
INT32 = (-(2**31), 2**31 - 1)

# Lone surrogates are not text that JSON (UTF-8) can carry.
characters = st.characters(exclude_categories=["Cs"])
text = st.text(characters, max_size=12)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


class Schemas:
    """The schemas of one spec (by default this package's): strategies and validators."""

    def __init__(self, document: dict[str, Any] | None = None) -> None:
        raw = document if document is not None else json.loads(SPEC_FILE.read_text("utf-8"))
        self.openapi_30 = str(raw.get("openapi", "")).startswith("3.0")
        self.document = document_as_json_schema(raw)
        self.loose_document = _loosen_document(self.document)
        self._registry: Registry[Any] = Registry().with_resources(
            [
                (SPEC_URI, Resource.from_contents(self.document, DRAFT202012)),
                (LOOSE_URI, Resource.from_contents(self.loose_document, DRAFT202012)),
            ]
        )
        self._strategies: dict[str, st.SearchStrategy[Any]] = {}
        self._instances: dict[str, st.SearchStrategy[Any]] = {}
        self._validators: dict[tuple[str, bool], jsonschema.Draft202012Validator] = {}
        self._schemas: dict[str, Any] = {}

    # -- schemas and validation -------------------------------------------------------------

    def at(self, pointer: str) -> Any:
        """The schema at a JSON pointer (`#/components/schemas/Notebook`), in JSON Schema form.

        Components are converted already; a schema elsewhere (in paths) is converted once."""
        if pointer not in self._schemas:
            node: Any = self.document
            for token in _tokens(pointer):
                node = node[int(token)] if isinstance(node, list) else node[token]
            is_component = pointer.startswith("#/components/schemas/")
            self._schemas[pointer] = node if is_component else to_json_schema(node, self.openapi_30)
        return self._schemas[pointer]

    def errors(self, pointer: str, value: Any, loose: bool = False) -> list[str]:
        """Why value is not valid at pointer (empty when it is). loose: only what models check."""
        validator = self._validator(pointer, loose)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:160]}"
            for e in validator.iter_errors(value)
        ]

    def _validator(self, pointer: str, loose: bool) -> jsonschema.Draft202012Validator:
        """The (cached) validator of the schema at pointer; loose: only what models check."""
        found = self._validators.get((pointer, loose))
        if found is None:
            uri = LOOSE_URI if loose else SPEC_URI
            schema = self.at(pointer) if not loose else _loosen(self.at(pointer))
            found = jsonschema.Draft202012Validator(_anchored(schema, uri), registry=self._registry)
            self._validators[(pointer, loose)] = found
        return found

    # -- strategies ---------------------------------------------------------------------------

    def instances(self, pointer: str) -> st.SearchStrategy[Any]:
        """Values valid against the schema at pointer."""
        found = self._instances.get(pointer)
        if found is None:
            validator = self._validator(pointer, loose=False)
            found = self._instances[pointer] = self.values(self.at(pointer)).filter(
                validator.is_valid
            )
        return found

    def near_instances(self, pointer: str) -> st.SearchStrategy[Any]:
        """Valid values with one nested value (or a new property) replaced by arbitrary JSON."""
        return st.tuples(self.instances(pointer), st.data()).map(
            lambda pair: _mutate(pair[0], pair[1])
        )

    def values(self, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
        """A strategy for values of schema (mostly valid; instances() filters the rest)."""
        if schema is True or schema == {}:
            return json_values
        if not isinstance(schema, dict):
            return st.nothing()
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema["$ref"], depth)
        if "const" in schema:
            return st.just(schema["const"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return st.sampled_from(schema["enum"])
        if "x-one-of" in schema:  # oneOf parts of an allOf: choose a variant of each
            rest = {k: v for k, v in schema.items() if k != "x-one-of"}
            groups = schema["x-one-of"]
            picks = st.tuples(*[st.integers(0, len(group) - 1) for group in groups])
            return picks.flatmap(lambda p: self.values(_choose(rest, groups, p), depth))
        if isinstance(schema.get("discriminator"), dict):
            tagged = self._tagged_variants(schema)
            if tagged:
                return st.one_of([self.values(v, depth + 1) for v in tagged])
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                rest = {k: v for k, v in schema.items() if k != key}
                variants = [_with_siblings(rest, v) for v in schema[key]]
                return st.one_of([self.values(v, depth + 1) for v in variants])
        if isinstance(schema.get("allOf"), list):
            return self.values(self._merge_all_of(schema), depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            typed = [self._typed({**schema, "type": k}, str(k), depth) for k in kind]
            return st.one_of(typed) if typed else json_values
        if kind is None:
            kind = _implied_type(schema)
        return self._typed(schema, kind, depth) if kind else json_values

    def _ref(self, ref: str, depth: int) -> st.SearchStrategy[Any]:
        key = f"{ref}@{min(depth, MAX_DEPTH + 1)}"
        if key not in self._strategies:
            self._strategies[key] = st.deferred(
                lambda: self.values(self.at(ref) if ref.startswith("#") else {}, depth + 1)
            )
        return self._strategies[key]

    def _tagged_variants(self, schema: dict[str, Any]) -> list[dict[str, Any]]:
        """Each variant of a discriminated union with its tag set: the mapping's values, or
        a referenced variant's schema name."""
        prop = schema["discriminator"].get("propertyName")
        variants = schema.get("oneOf") or schema.get("anyOf") or []
        if not isinstance(prop, str) or not isinstance(variants, list):
            return []
        mapping = dict(schema["discriminator"].get("mapping") or {})
        tags: dict[str, str] = {}
        for value, target in mapping.items():
            ref = target if "/" in str(target) else f"#/components/schemas/{target}"
            tags.setdefault(str(ref), str(value))
        result = []
        for variant in variants:
            ref = variant.get("$ref") if isinstance(variant, dict) else None
            if isinstance(ref, str):
                tag = tags.get(ref, ref.rsplit("/", 1)[-1])
                tagged = {"properties": {prop: {"const": tag}}, "required": [prop]}
                result.append({"allOf": [variant, tagged]})
        return result

    def _merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.resolve(part)
            if not isinstance(part, dict):
                continue
            if isinstance(part.get("allOf"), list):
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "oneOf" and isinstance(value, list) and value:
                    merged.setdefault("x-one-of", []).append(value)
                elif key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                else:
                    merged.setdefault(key, value)
        return merged

    def resolve(self, node: Any) -> Any:
        """node, or what its $ref (and theirs) points at."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            node, seen = self.at(node["$ref"]) if node["$ref"].startswith("#") else {}, seen + 1
        return node

    def _typed(self, schema: dict[str, Any], kind: str, depth: int) -> st.SearchStrategy[Any]:
        builders: dict[str, Callable[[dict[str, Any], int], st.SearchStrategy[Any]]] = {
            "null": lambda s, d: st.none(),
            "boolean": lambda s, d: st.booleans(),
            "integer": lambda s, d: _integers(s),
            "number": lambda s, d: _numbers(s),
            "string": lambda s, d: _strings(s),
            "array": self._array,
            "object": self._object,
        }
        builder = builders.get(kind)
        return builder(schema, depth) if builder else json_values

    def _array(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        low = int(schema.get("minItems", 0))
        high = max(low, min(int(schema.get("maxItems", MAX_ITEMS)), MAX_ITEMS))
        if depth > MAX_DEPTH:
            high = low
        items = self.values(schema.get("items", True), depth + 1)
        unique = json.dumps if schema.get("uniqueItems") else None
        return st.lists(items, min_size=low, max_size=high, unique_by=unique)

    def _object(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        properties = schema.get("properties") or {}
        required = [name for name in schema.get("required") or [] if isinstance(name, str)]
        absent = set(schema.get("x-absent") or [])
        fixed = {name: self.values(properties.get(name, True), depth + 1) for name in required}
        optional = {
            name: self.values(sub, depth + 1)
            for name, sub in properties.items()
            if name not in fixed and name not in absent and depth <= MAX_DEPTH
        }
        known = st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties", True)
        if extra is False or depth > MAX_DEPTH:
            return known
        # Unknown fields: names no property has, so the model keeps them as extra data.
        names = text.filter(lambda name: name not in properties and name not in absent)
        unknown = st.dictionaries(names, self.values(extra, depth + 1), max_size=2)
        return st.tuples(known, unknown).map(lambda pair: {**pair[1], **pair[0]})


# -- helpers --------------------------------------------------------------------------------


def _choose(schema: dict[str, Any], groups: list[list[Any]], picks: tuple[int, ...]) -> Any:
    """schema with one variant of each oneOf group applied. A variant that only lists
    required properties ("exactly one of a and b") also keeps the others' properties out."""
    required = list(schema.get("required") or [])
    absent: set[str] = set(schema.get("x-absent") or [])
    parts = []
    for group, pick in zip(groups, picks):
        chosen = group[pick]
        if isinstance(chosen, dict) and set(chosen) <= {"required", "description", "title"}:
            required += chosen.get("required") or []
            for other in group:
                if other is not chosen and isinstance(other, dict):
                    absent |= set(other.get("required") or [])
        else:
            parts.append(chosen)
    absent -= set(required)
    result = {**schema, "required": required, "x-absent": sorted(absent)}
    return {"allOf": [result, *parts]} if parts else result


def _with_siblings(siblings: dict[str, Any], variant: Any) -> Any:
    """A oneOf/anyOf variant with the keywords beside the oneOf (type, properties) merged in."""
    if not siblings or not isinstance(variant, dict):
        return variant
    if "$ref" in variant:
        return {"allOf": [siblings, variant]}
    return {**siblings, **variant}


def _tokens(pointer: str) -> list[str]:
    body = pointer[1:] if pointer.startswith("#") else pointer
    return [t.replace("~1", "/").replace("~0", "~") for t in body.split("/")[1:]]


def _anchored(schema: Any, uri: str) -> Any:
    """schema, with its local $refs pointing into the document registered at uri."""
    if isinstance(schema, dict):
        return {
            key: (
                uri + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _anchored(value, uri)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_anchored(v, uri) for v in schema]
    return schema


def _loosen(node: Any) -> Any:
    """The part of a schema the models check: types, required, null, additionalProperties,
    with oneOf read as anyOf (a model takes the first variant that fits)."""
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in NOT_MODEL_CHECKED:
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: _loosen(sub) for name, sub in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            result["anyOf" if key == "oneOf" else key] = [_loosen(sub) for sub in value]
        elif key in SCHEMA_KEYS:
            result[key] = _loosen(value)
        else:
            result[key] = value
    if "discriminator" in node:
        # An unknown tag selects no variant: the value stays a plain object.
        result = {"anyOf": [result, {"type": "object"}]}
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if isinstance(values, list) and values and "type" not in node:
        # An open enum still has the JSON type of its values.
        result["type"] = sorted({_json_type(v) for v in values})
    return result


def _loosen_document(document: dict[str, Any]) -> dict[str, Any]:
    components = dict(document.get("components") or {})
    components["schemas"] = {
        name: _loosen(schema) for name, schema in (components.get("schemas") or {}).items()
    }
    return {**document, "components": components}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "string"


def _implied_type(schema: dict[str, Any]) -> str:
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return ""


def _integers(schema: dict[str, Any]) -> st.SearchStrategy[int]:
    low, high = {"int32": INT32, "int64": INT64}.get(str(schema.get("format")), (None, None))
    low = _bound(schema, "minimum", "exclusiveMinimum", low, 1)
    high = _bound(schema, "maximum", "exclusiveMaximum", high, -1)
    multiple = schema.get("multipleOf")
    if isinstance(multiple, int) and multiple > 0:
        return st.integers(
            None if low is None else -(-low // multiple), None if high is None else high // multiple
        ).map(lambda n: n * multiple)
    return st.integers(low, high)


def _bound(schema: dict[str, Any], inclusive: str, exclusive: str, default: Any, step: int) -> Any:
    candidates = [default] if default is not None else []
    if isinstance(schema.get(inclusive), (int, float)):
        candidates.append(schema[inclusive])
    if isinstance(schema.get(exclusive), (int, float)) and not isinstance(schema[exclusive], bool):
        candidates.append(schema[exclusive] + step)
    if not candidates:
        return None
    chosen = max(candidates) if step > 0 else min(candidates)
    return int(chosen) if float(chosen).is_integer() else int(chosen) + (1 if step > 0 else 0)


def _numbers(schema: dict[str, Any]) -> st.SearchStrategy[float | int]:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    low = low if isinstance(low, (int, float)) and not isinstance(low, bool) else None
    high = high if isinstance(high, (int, float)) and not isinstance(high, bool) else None
    floats = st.floats(low, high, allow_nan=False, allow_infinity=False)
    ints = st.integers(
        None if low is None else int(-(-low // 1)), None if high is None else int(high // 1)
    )
    return floats | ints


def _strings(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    high = int(high) if isinstance(high, int) else max(low, 12)
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        try:
            re.compile(pattern)
        except re.error:
            pass
        else:
            # Python's $ also matches before a final newline, ECMA-262's (the spec's) does not:
            # "abc\n" would fit "^abc$" here and nowhere else (found by the model oracle).
            ecma_end = "$" in pattern
            return st.from_regex(pattern).filter(
                lambda s: low <= len(s) <= high and not (ecma_end and s.endswith("\n"))
            )
    if schema.get("format") == "date-time":
        return st.datetimes().map(lambda d: d.isoformat() + "Z")
    if schema.get("format") == "date":
        return st.dates().map(lambda d: d.isoformat())
    if schema.get("format") == "uuid":
        return st.uuids().map(str)
    return st.text(characters, min_size=low, max_size=high)


def _mutate(value: Any, data: st.DataObject) -> Any:
    """value with one place (chosen by data) replaced by arbitrary JSON."""
    places = list(_places(value, ()))
    path = data.draw(st.sampled_from(places))
    replacement = data.draw(json_values)
    if not path:
        return replacement
    copy = json.loads(json.dumps(value))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        parent[data.draw(text)] = replacement  # a new property
    else:
        parent[path[-1]] = replacement
    return copy


def _places(value: Any, path: tuple[Any, ...]) -> Any:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


@lru_cache(maxsize=None)
def default_schemas() -> Schemas:
    """The schemas of this package's spec, loaded once."""
    return Schemas()
