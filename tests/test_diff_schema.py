"""The schema walker, keyword by keyword, in every place a schema sits: each change must get
the id `{direction}-{place}-{change}` when the rule table has it, at the table's level."""

from __future__ import annotations

from typing import Any

import pytest
from diff_cases import JSON, SHOW, UPDATE, diff, find, put

from generator.diff.rules import rules

ITEM = ("components", "schemas", "Item")
UPDATE_BODY = ("components", "schemas", "ItemUpdate")
SHOW_OP = ("paths", "/items/{item_id}", "get")
# name: (rule prefix, where the schema goes, operation, location, extra keywords)
PLACES: dict[str, tuple[str, tuple[Any, ...], str, str, dict[str, Any]]] = {
    "request body": ("request-body", UPDATE_BODY, UPDATE, f"request body {JSON}", {}),
    "request property": (
        "request-property",
        (*UPDATE_BODY, "properties", "name"),
        UPDATE,
        f"request body {JSON}: name",
        {},
    ),
    "request read-only property": (
        "request-read-only-property",
        (*UPDATE_BODY, "properties", "count"),
        UPDATE,
        f"request body {JSON}: count",
        {"readOnly": True},
    ),
    "response body": ("response-body", ITEM, SHOW, f"response 200 {JSON}", {}),
    "response property": (
        "response-property",
        (*ITEM, "properties", "name"),
        SHOW,
        f"response 200 {JSON}: name",
        {},
    ),
    "response write-only property": (
        "response-write-only-property",
        (*ITEM, "properties", "count"),
        SHOW,
        f"response 200 {JSON}: count",
        {"writeOnly": True},
    ),
    "parameter": (
        "request-parameter",
        (*SHOW_OP, "parameters", 0, "schema"),
        SHOW,
        "query parameter limit",
        {},
    ),
    "parameter property": (
        "request-parameter-property",
        (*SHOW_OP, "parameters", 1, "schema", "properties", "kind"),
        SHOW,
        "query parameter filter: kind",
        {},
    ),
    "header property": (
        "request-header-property",
        (*SHOW_OP, "parameters", 2, "schema", "properties", "kind"),
        SHOW,
        "header parameter X-Filter: kind",
        {},
    ),
    "response header": (
        "response-header",
        (*SHOW_OP, "responses", "200", "headers", "X-Rate", "schema"),
        SHOW,
        "response 200 header x-rate",
        {},
    ),
}

S = {"type": "string"}
CAT, DOG = {"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}
ARRAY_CONTAINS = {"type": "array", "contains": S}


def _bounds() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for keyword, name, base in (
        ("maximum", "max", {"type": "number"}),
        ("exclusiveMaximum", "exclusive-max", {"type": "number"}),
        ("minimum", "min", {"type": "number"}),
        ("exclusiveMinimum", "exclusive-min", {"type": "number"}),
        ("maxLength", "max-length", S),
        ("minLength", "min-length", S),
        ("maxItems", "max-items", {"type": "array"}),
        ("minItems", "min-items", {"type": "array"}),
        ("maxContains", "max-contains", ARRAY_CONTAINS),
        ("minContains", "min-contains", ARRAY_CONTAINS),
    ):
        cases += [
            (f"{name}-set", base, {**base, keyword: 5}),
            (f"{name}-unset", {**base, keyword: 5}, base),
            (f"{name}-increased", {**base, keyword: 5}, {**base, keyword: 10}),
            (f"{name}-decreased", {**base, keyword: 10}, {**base, keyword: 5}),
        ]
    return cases


def _presence() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    cases = []
    for keyword, name, value, base in (
        ("if", "if", {"required": ["a"]}, {"type": "object"}),
        ("then", "then", {"required": ["b"]}, {"type": "object"}),
        ("else", "else", {"required": ["c"]}, {"type": "object"}),
        ("contains", "contains", S, {"type": "array"}),
        ("propertyNames", "property-names", {"pattern": "^[a-z]+$"}, {"type": "object"}),
        ("unevaluatedItems", "unevaluated-items", False, {"type": "array"}),
        ("unevaluatedProperties", "unevaluated-properties", False, {"type": "object"}),
        ("contentSchema", "content-schema", {"type": "object"}, {**S, "contentMediaType": JSON}),
        ("dependentRequired", "dependent-required", {"a": ["b"]}, {"type": "object"}),
        ("dependentSchemas", "dependent-schema", {"a": {"required": ["b"]}}, {"type": "object"}),
        ("patternProperties", "pattern-property", {"^x-": S}, {"type": "object"}),
    ):
        cases += [
            (f"{name}-added", base, {**base, keyword: value}),
            (f"{name}-removed", {**base, keyword: value}, base),
        ]
    return cases


SCENARIOS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("type-changed", {"type": "boolean"}, S),  # not from string: a header reads that as text
    ("type-generalized", {"type": "integer"}, {"type": "number"}),
    ("type-specialized", {"type": "number"}, {"type": "integer"}),
    (
        "type-generalized",
        {"type": "integer", "format": "int32"},
        {"type": "integer", "format": "int64"},
    ),
    (
        "type-specialized",
        {"type": "integer", "format": "int64"},
        {"type": "integer", "format": "int32"},
    ),
    ("list-of-types-narrowed", {"type": ["string", "integer"]}, {"type": ["string"]}),
    ("list-of-types-widened", {"type": ["string"]}, {"type": ["string", "integer"]}),
    ("became-nullable", S, {"type": ["string", "null"]}),
    ("became-not-nullable", {"type": ["string", "null"]}, S),
    ("became-enum", S, {**S, "enum": ["a", "b"]}),
    ("enum-value-removed", {**S, "enum": ["a", "b"]}, {**S, "enum": ["a"]}),
    ("enum-value-added", {**S, "enum": ["a"]}, {**S, "enum": ["a", "b"]}),
    (
        "x-extensible-enum-value-removed",
        {**S, "x-extensible-enum": ["a", "b"]},
        {**S, "x-extensible-enum": ["a"]},
    ),
    ("default-value-added", S, {**S, "default": "a"}),
    ("default-value-removed", {**S, "default": "a"}, S),
    ("default-value-changed", {**S, "default": "a"}, {**S, "default": "b"}),
    ("const-added", S, {**S, "const": "a"}),
    ("const-removed", {**S, "const": "a"}, S),
    ("const-changed", {**S, "const": "a"}, {**S, "const": "b"}),
    *_bounds(),
    ("pattern-added", S, {**S, "pattern": "^a"}),
    ("pattern-removed", {**S, "pattern": "^a"}, S),
    ("pattern-changed", {**S, "pattern": "^a"}, {**S, "pattern": "^b"}),
    ("pattern-generalized", {**S, "pattern": "^a"}, {**S, "pattern": ".*"}),
    ("one-of-added", {"oneOf": [CAT]}, {"oneOf": [CAT, DOG]}),
    ("one-of-removed", {"oneOf": [CAT, DOG]}, {"oneOf": [CAT]}),
    ("any-of-added", {"anyOf": [CAT]}, {"anyOf": [CAT, DOG]}),
    ("any-of-removed", {"anyOf": [CAT, DOG]}, {"anyOf": [CAT]}),
    ("all-of-added", {"allOf": [CAT]}, {"allOf": [CAT, {"maxProperties": 3}]}),
    ("all-of-removed", {"allOf": [CAT, {"maxProperties": 3}]}, {"allOf": [CAT]}),
    ("all-of-added-annotation-only", {"allOf": [CAT]}, {"allOf": [CAT, {"description": "A cat."}]}),
    (
        "all-of-removed-annotation-only",
        {"allOf": [CAT, {"description": "A cat."}]},
        {"allOf": [CAT]},
    ),
    (
        "discriminator-added",
        {"oneOf": [CAT, DOG]},
        {"oneOf": [CAT, DOG], "discriminator": {"propertyName": "kind"}},
    ),
    (
        "discriminator-removed",
        {"oneOf": [CAT, DOG], "discriminator": {"propertyName": "kind"}},
        {"oneOf": [CAT, DOG]},
    ),
    (
        "discriminator-property-name-changed",
        {"oneOf": [CAT, DOG], "discriminator": {"propertyName": "kind"}},
        {"oneOf": [CAT, DOG], "discriminator": {"propertyName": "type"}},
    ),
    (
        "discriminator-mapping-added",
        {
            "oneOf": [CAT, DOG],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": CAT["$ref"]}},
        },
        {
            "oneOf": [CAT, DOG],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": CAT["$ref"], "dog": DOG["$ref"]},
            },
        },
    ),
    (
        "discriminator-mapping-deleted",
        {
            "oneOf": [CAT, DOG],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": CAT["$ref"], "dog": DOG["$ref"]},
            },
        },
        {
            "oneOf": [CAT, DOG],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": CAT["$ref"]}},
        },
    ),
    (
        "discriminator-mapping-changed",
        {
            "oneOf": [CAT, DOG],
            "discriminator": {"propertyName": "kind", "mapping": {"cat": CAT["$ref"]}},
        },
        {
            "oneOf": [CAT, DOG],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/components/schemas/Item"},
            },
        },
    ),
    (
        "prefix-items-added",
        {"type": "array", "prefixItems": [S]},
        {"type": "array", "prefixItems": [S, S]},
    ),
    (
        "prefix-items-removed",
        {"type": "array", "prefixItems": [S, S]},
        {"type": "array", "prefixItems": [S]},
    ),
    *_presence(),
    (
        "dependent-required-changed",
        {"dependentRequired": {"a": ["b"]}},
        {"dependentRequired": {"a": ["c"]}},
    ),
    (
        "content-media-type-changed",
        {**S, "contentMediaType": JSON},
        {**S, "contentMediaType": "text/csv"},
    ),
    (
        "content-encoding-changed",
        {**S, "contentEncoding": "base64"},
        {**S, "contentEncoding": "base16"},
    ),
    ("wrapped-in-one-of", S, {"oneOf": [S, {"type": "integer"}]}),
]


def _cases() -> list[Any]:
    table = rules()
    cases = []
    for place, (prefix, *_rest) in PLACES.items():
        for suffix, old, new in SCENARIOS:
            rule_id = f"{prefix}-{suffix}"
            if rule_id in table:
                label = f"{rule_id}[{old.get('format', '')}]" if "format" in old else rule_id
                cases.append(pytest.param(place, rule_id, old, new, id=f"{place}:{label}"))
    return cases


@pytest.mark.parametrize("place, rule_id, old, new", _cases())
def test_schema_change_has_its_rule(
    place: str, rule_id: str, old: dict[str, Any], new: dict[str, Any]
) -> None:
    _, path, operation, location, extra = PLACES[place]
    changes = diff(put(*path, value={**old, **extra}), put(*path, value={**new, **extra}))
    here = [c for c in changes if c.operation == operation and c.location == location]
    found = find(here, rule_id)
    assert found.level == rules()[rule_id].level
    assert found.operation_id in ("show_item", "update_item")


def test_every_place_reports_something() -> None:
    """Guard against a place that emits nothing at all, which the matrix would not see."""
    covered = {case.values[0] for case in _cases()}
    assert covered == set(PLACES)


@pytest.mark.parametrize(
    "place, rule_id",
    [
        ("request body", "request-body-type-changed"),
        ("response body", "response-body-type-changed"),
        ("request property", "request-property-type-changed"),
        ("response property", "response-property-type-changed"),
    ],
)
def test_same_change_other_direction_other_rule(place: str, rule_id: str) -> None:
    _, path, operation, location, _ = PLACES[place]
    changes = diff(None, put(*path, value={"type": "boolean"}))
    assert [c.id for c in changes if c.location == location and c.operation == operation] == [
        rule_id
    ]


# (place, old, new, rule id or None for nothing, level)
DIRECTION_CASES: list[tuple[str, Any, Any, str | None, str | None]] = [
    # a tighter bound breaks requests; in an answer it is safe
    (
        "request property",
        {**S, "maxLength": 10},
        {**S, "maxLength": 5},
        "request-property-max-length-decreased",
        "ERR",
    ),
    ("response property", {**S, "maxLength": 10}, {**S, "maxLength": 5}, None, None),
    # a looser one breaks answers
    (
        "response property",
        {**S, "maxLength": 5},
        {**S, "maxLength": 10},
        "response-property-max-length-increased",
        "ERR",
    ),
    (
        "request property",
        {**S, "maxLength": 5},
        {**S, "maxLength": 10},
        "request-property-max-length-increased",
        "INFO",
    ),
    # a new enum value: safe to send, maybe unknown to a reader
    (
        "request property",
        {**S, "enum": ["a"]},
        {**S, "enum": ["a", "b"]},
        "request-property-enum-value-added",
        "INFO",
    ),
    (
        "response property",
        {**S, "enum": ["a"]},
        {**S, "enum": ["a", "b"]},
        "response-property-enum-value-added",
        "WARN",
    ),
    # a body that is an enum follows the property rules
    (
        "response body",
        {**S, "enum": ["a", "b"]},
        {**S, "enum": ["a"]},
        "response-mediatype-enum-value-removed",
        "INFO",
    ),
    (
        "response body",
        {**S, "enum": ["a"]},
        {**S, "enum": ["a", "b"]},
        "response-property-enum-value-added",
        "WARN",
    ),
    # OpenAPI 3.0's boolean exclusiveMaximum reads as the 3.1 number
    (
        "request property",
        {"type": "number", "maximum": 5},
        {"type": "number", "maximum": 5, "exclusiveMaximum": True},
        "request-property-exclusive-max-set",
        "WARN",
    ),
    (
        "request property",
        S,
        {**S, "nullable": True},
        "request-property-became-nullable",
        "INFO",
    ),
    ("request property", {**S, "minLength": 0}, S, None, None),
]


@pytest.mark.parametrize("place, old, new, rule_id, level", DIRECTION_CASES)
def test_direction_decides(
    place: str, old: Any, new: Any, rule_id: str | None, level: str | None
) -> None:
    _, path, operation, location, _ = PLACES[place]
    changes = [
        c
        for c in diff(put(*path, value=old), put(*path, value=new))
        if c.operation == operation and c.location == location
    ]
    if rule_id is None:
        assert changes == []
        return
    assert find(changes, rule_id).level == level


def test_items_and_nested_properties_are_walked() -> None:
    path = ("components", "schemas", "ItemUpdate", "properties", "tags")
    before = put(
        *path,
        value={
            "type": "array",
            "items": {"type": "object", "properties": {"k": {**S, "enum": ["a", "b"]}}},
        },
    )
    after = put(
        *path,
        value={
            "type": "array",
            "items": {"type": "object", "properties": {"k": {**S, "enum": ["a"]}}},
        },
    )
    found = find(diff(before, after), "request-property-enum-value-removed")
    assert found.location == f"request body {JSON}: tags[].k"


def test_additional_properties_are_walked() -> None:
    path = ("components", "schemas", "Item", "properties", "labels")
    before = put(*path, value={"type": "object", "additionalProperties": {"type": "integer"}})
    after = put(*path, value={"type": "object", "additionalProperties": S})
    found = [c for c in diff(before, after) if c.operation == SHOW]
    assert (
        find(found, "response-property-type-changed").location == f"response 200 {JSON}: labels{{}}"
    )


def test_recursive_schemas_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"name": S, "child": {"$ref": "#/components/schemas/Item"}},
    }
    changed = {**node, "properties": {**node["properties"], "name": {"type": "integer"}}}
    changes = diff(
        put("components", "schemas", "Item", value=node),
        put("components", "schemas", "Item", value=changed),
    )
    shown = [c for c in changes if c.operation == SHOW and c.id == "response-property-type-changed"]
    # one level of the recursion is walked (the child is a property, the top a body), then it ends
    assert {c.location for c in shown} == {
        f"response 200 {JSON}: name",
        f"response 200 {JSON}: child.name",
    }


@pytest.mark.parametrize(
    "place, rule_id, level",
    [
        ("response property", "response-property-one-of-added", "ERR"),
        ("request property", "request-property-one-of-added", "INFO"),
    ],
)
def test_schema_that_became_one_of_keeps_its_variant(place: str, rule_id: str, level: str) -> None:
    """$ref Cat -> oneOf [Cat, Dog]: one variant added, Cat lives on."""
    _, path, operation, location, _ = PLACES[place]
    changes = diff(put(*path, value=CAT), put(*path, value={"oneOf": [CAT, DOG]}))
    here = [(c.id, c.level) for c in changes if c.operation == operation and c.location == location]
    assert here == [(rule_id, level)]


XML = "application/xml"
UPDATE_CONTENT = ("paths", "/items/{item_id}", "put", "requestBody", "content")
SHOW_CONTENT = (*SHOW_OP, "responses", "200", "content")


def _as_xml(*content: str) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in content:
            node = node[key]
        node[XML] = node.pop(JSON)

    return edit


def _both(*steps: Any) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        for step in steps:
            step(doc)

    return edit


INT, NUM = {"type": "integer"}, {"type": "number"}
TYPE_CASES = [
    # (media edit, schema path, old, new, operation, location, rule id)
    (
        UPDATE_CONTENT,
        (*UPDATE_BODY, "properties", "count"),
        INT,
        S,
        UPDATE,
        "count",
        "request-property-type-compatible",
    ),
    (
        UPDATE_CONTENT,
        UPDATE_BODY,
        {"type": "object"},
        S,
        UPDATE,
        "",
        "request-body-type-compatible",
    ),
    (
        UPDATE_CONTENT,
        (*UPDATE_BODY, "properties", "count"),
        INT,
        NUM,
        UPDATE,
        "count",
        "request-property-type-generalized",
    ),
    (
        UPDATE_CONTENT,
        (*UPDATE_BODY, "properties", "count"),
        S,
        INT,
        UPDATE,
        "count",
        "request-property-type-changed",
    ),
    (
        None,
        (*UPDATE_BODY, "properties", "count"),
        INT,
        S,
        UPDATE,
        "count",
        "request-property-type-changed",
    ),
    (
        SHOW_CONTENT,
        (*ITEM, "properties", "count"),
        S,
        INT,
        SHOW,
        "count",
        "response-property-type-compatible",
    ),
    (SHOW_CONTENT, ITEM, S, {"type": "object"}, SHOW, "", "response-body-type-compatible"),
    (
        SHOW_CONTENT,
        (*ITEM, "properties", "count"),
        INT,
        S,
        SHOW,
        "count",
        "response-property-type-changed",
    ),
    (None, (*ITEM, "properties", "count"), S, INT, SHOW, "count", "response-property-type-changed"),
]


@pytest.mark.parametrize("content, path, old, new, operation, field, rule_id", TYPE_CASES)
def test_type_swaps_in_text_media_are_compatible(
    content: Any, path: Any, old: Any, new: Any, operation: str, field: str, rule_id: str
) -> None:
    """oasdiff's *-type-compatible: harmless only because the values travel as text."""
    xml = _as_xml(*content) if content else (lambda doc: None)
    media = XML if content else JSON
    where = ("request body" if operation == UPDATE else "response 200") + f" {media}"
    location = f"{where}: {field}" if field else where
    changes = diff(_both(xml, put(*path, value=old)), _both(xml, put(*path, value=new)))
    here = [c for c in changes if c.operation == operation and c.location == location]
    assert find(here, rule_id).level == rules()[rule_id].level


HEADER_CASES = [
    (S, INT, "response-header-type-compatible"),
    (INT, S, "response-header-type-changed"),
    (INT, NUM, "response-header-type-generalized"),
]


@pytest.mark.parametrize("old, new, rule_id", HEADER_CASES)
def test_response_header_values_are_text(old: Any, new: Any, rule_id: str) -> None:
    path = (*SHOW_OP, "responses", "200", "headers", "X-Rate", "schema")
    changes = diff(put(*path, value=old), put(*path, value=new))
    here = [c for c in changes if c.location == "response 200 header x-rate"]
    assert [c.id for c in here] == [rule_id]
    find(here, rule_id)
