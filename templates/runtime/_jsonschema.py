"""OpenAPI schemas as plain JSON Schema (2020-12), so standard validators read them.

OpenAPI 3.1 schemas already are JSON Schema. OpenAPI 3.0 differs in two ways that change
what is valid: `nullable: true` adds null to the allowed values, and exclusiveMinimum /
exclusiveMaximum are booleans qualifying minimum / maximum.
"""

from __future__ import annotations

from typing import Any

SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def to_json_schema(schema: Any, openapi_30: bool) -> Any:
    """A copy of schema that a JSON Schema 2020-12 validator reads as OpenAPI means it."""
    if not openapi_30 or not isinstance(schema, dict):
        return schema
    result = {key: _convert_children(key, value) for key, value in schema.items()}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(result.get(exclusive), bool):
            if result.pop(exclusive) and bound in result:
                result[exclusive] = result.pop(bound)
    if result.pop("nullable", False) is True:
        result = _with_null(result)
    return result


def _convert_children(key: str, value: Any) -> Any:
    if key in SCHEMA_KEYS:
        return to_json_schema(value, True)
    if key in SCHEMA_LISTS and isinstance(value, list):
        return [to_json_schema(item, True) for item in value]
    if key in SCHEMA_MAPS and isinstance(value, dict):
        return {name: to_json_schema(item, True) for name, item in value.items()}
    return value


def _with_null(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema or "allOf" in schema or "oneOf" in schema or "anyOf" in schema:
        return {"anyOf": [{"type": "null"}, schema]}
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema = {**schema, "enum": [*schema["enum"], None]}
    kind = schema.get("type")
    if isinstance(kind, str):
        schema = {**schema, "type": [kind, "null"]}
    elif isinstance(kind, list) and "null" not in kind:
        schema = {**schema, "type": [*kind, "null"]}
    return schema


def document_as_json_schema(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with every component schema converted (paths are converted on use)."""
    openapi_30 = str(document.get("openapi", "")).startswith("3.0")
    if not openapi_30:
        return document
    components = dict(document.get("components") or {})
    components["schemas"] = {
        name: to_json_schema(schema, True)
        for name, schema in (components.get("schemas") or {}).items()
    }
    return {**document, "components": components}
