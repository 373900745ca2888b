"""OpenAPI schemas as plain JSON Schema (2020-12), so standard validators read them.

OpenAPI 3.1 schemas already are JSON Schema but for one reading: a oneOf with a
`discriminator` picks its variant by the tag, so variants that overlap (a common case) do not
make every value invalid; it is read as anyOf. OpenAPI 3.0 differs in two more ways:
`nullable: true` adds null to the allowed values, and exclusiveMinimum / exclusiveMaximum are
booleans qualifying minimum / maximum.
"""

from __future__ import annotations

from typing import Any

SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")


def to_json_schema(schema: Any, openapi_30: bool) -> Any:
    """A copy of schema that a JSON Schema 2020-12 validator reads as OpenAPI means it."""
    if not isinstance(schema, dict):
        return schema
    result = {key: _convert_children(key, value, openapi_30) for key, value in schema.items()}
    if "discriminator" in result and "oneOf" in result and "anyOf" not in result:
        result["anyOf"] = result.pop("oneOf")
    if not openapi_30:
        return result
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(result.get(exclusive), bool):
            if result.pop(exclusive) and bound in result:
                result[exclusive] = result.pop(bound)
    if result.pop("nullable", False) is True:
        result = _with_null(result)
    return result


def _convert_children(key: str, value: Any, openapi_30: bool) -> Any:
    if key in SCHEMA_KEYS:
        return to_json_schema(value, openapi_30)
    if key in SCHEMA_LISTS and isinstance(value, list):
        return [to_json_schema(item, openapi_30) for item in value]
    if key in SCHEMA_MAPS and isinstance(value, dict):
        return {name: to_json_schema(item, openapi_30) for name, item in value.items()}
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
    components = dict(document.get("components") or {})
    components["schemas"] = {
        name: to_json_schema(schema, openapi_30)
        for name, schema in (components.get("schemas") or {}).items()
    }
    return {**document, "components": components}
