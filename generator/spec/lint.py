"""The project's own rules for a spec, beyond what OpenAPI itself requires.

Each rule yields (pointer, rule id, message) on the bundled document; the caller turns
pointers into file and line.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from .pointers import join_pointer, split_pointer
from .sdk_config import read_sdk_config
from .walk import operations, resolve

Finding = tuple[str, str, str]
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
BODYLESS_SUCCESS = {"202", "204"}
_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def operation_ids(document: dict[str, Any]) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for pointer, _, _, op in operations(document):
        op_id = op.get("operationId")
        if not op_id:
            yield pointer, "operation-id", "operation has no operationId"
            continue
        if not SNAKE_CASE.fullmatch(str(op_id)):
            yield join_pointer(
                pointer, "operationId"
            ), "operation-id", f"{op_id!r} is not snake_case"
        if op_id in seen:
            yield join_pointer(
                pointer, "operationId"
            ), "operation-id", f"{op_id!r} is also the id of {seen[op_id]}"
        seen.setdefault(op_id, pointer)


def tags_and_summaries(document: dict[str, Any]) -> Iterator[Finding]:
    declared = {tag.get("name") for tag in document.get("tags") or []}
    for pointer, _, _, op in operations(document):
        if not op.get("tags"):
            yield pointer, "operation-tag", "operation has no tag"
        for index, tag in enumerate(op.get("tags") or []):
            if tag not in declared:
                yield join_pointer(
                    pointer, "tags", index
                ), "operation-tag", f"tag {tag!r} is not declared in the top-level tags"
        if not str(op.get("summary") or "").strip():
            yield pointer, "operation-summary", "operation has no summary"


def path_parameters(document: dict[str, Any]) -> Iterator[Finding]:
    yield from undeclared_path_parameters(document)
    for pointer, path, declared in _path_templates(document):
        for name in sorted(declared - set(_TEMPLATE.findall(path))):
            yield pointer, "path-parameter", f"path parameter {name!r} is declared but {path} has no {{{name}}}"


def undeclared_path_parameters(document: dict[str, Any]) -> Iterator[Finding]:
    """A {name} in a path with no parameter to fill it: no call to it can be correct."""
    for pointer, path, declared in _path_templates(document):
        for name in sorted(set(_TEMPLATE.findall(path)) - declared):
            yield pointer, "path-parameter", f"path parameter {name!r} of {path} is not declared"


def _path_templates(document: dict[str, Any]) -> Iterator[tuple[str, str, set[str]]]:
    """(pointer, path, names of its declared path parameters) for every operation."""
    for pointer, path, _, op in operations(document):
        item = document["paths"][path]
        declared: set[str] = {
            str(param.get("name"))
            for param in (
                resolve(document, p)
                for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
            )
            if isinstance(param, dict) and param.get("in") == "path"
        }
        yield pointer, path, declared


def responses(document: dict[str, Any]) -> Iterator[Finding]:
    for pointer, _, _, op in operations(document):
        codes = {str(code): resolve(document, r) for code, r in (op.get("responses") or {}).items()}
        success = {code: r for code, r in codes.items() if code.startswith("2") or code == "2XX"}
        if not success:
            yield join_pointer(pointer, "responses"), "success-response", "no 2xx response"
        with_schema = False
        for code, response in success.items():
            for media, content in ((response or {}).get("content") or {}).items():
                if not isinstance(content, dict) or "schema" not in content:
                    yield join_pointer(
                        pointer, "responses", code, "content", media
                    ), "success-response", f"{code} {media} response has no schema"
                else:
                    with_schema = True
        if success and not with_schema and not (set(success) <= BODYLESS_SUCCESS):
            yield join_pointer(
                pointer, "responses"
            ), "success-response", "no 2xx response has a schema (only 202/204 may come without a body)"
        if not any(code[0] in "45" or code == "default" for code in codes):
            yield join_pointer(
                pointer, "responses"
            ), "error-responses", "no error response (4xx, 5xx or default) is documented"


def unused_components(document: dict[str, Any]) -> Iterator[Finding]:
    components = document.get("components") or {}
    used: set[str] = set()
    pending = [
        ref for key, value in document.items() if key != "components" for ref in _refs(value)
    ]
    while pending:
        ref = pending.pop()
        if ref in used:
            continue
        used.add(ref)
        tokens = split_pointer(ref)
        if len(tokens) >= 3 and tokens[0] == "components":
            pending.extend(_refs(components.get(tokens[1], {}).get(tokens[2])))
    used_schemes = {
        name for requirement in _security_requirements(document) for name in requirement
    }
    for kind, members in components.items():
        for name in members or {}:
            pointer = join_pointer("/components", kind, name)
            if kind == "securitySchemes":
                if name not in used_schemes:
                    yield pointer, "unused-component", f"security scheme {name!r} is never required"
            elif pointer not in used and not any(u.startswith(pointer + "/") for u in used):
                yield pointer, "unused-component", f"{kind} {name!r} is never referenced"


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                yield ref[1:]
            mapping = current.get("mapping")
            if isinstance(mapping, dict) and "propertyName" in current:
                yield from (
                    v[1:] for v in mapping.values() if isinstance(v, str) and v.startswith("#")
                )
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _security_requirements(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from document.get("security") or []
    for _, _, _, op in operations(document):
        yield from op.get("security") or []


def examples(document: dict[str, Any]) -> Iterator[Finding]:
    """Every example on a media type or parameter must validate against its schema."""
    # Imported here: the validators take a third of a second to import, and only the
    # strict lint checks examples.
    from jsonschema.exceptions import best_match
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    version = str(document.get("openapi", "3.1"))
    validator_class = OAS31Validator if version.startswith("3.1") else OAS30Validator
    registry: Registry = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    for pointer, holder in _example_holders(document):
        schema_pointer = join_pointer(pointer, "schema")
        if "schema" not in holder:
            continue
        validator = validator_class({"$ref": "urn:spec#" + schema_pointer}, registry=registry)
        for example_pointer, value in _example_values(document, pointer, holder):
            error = best_match(validator.iter_errors(value))
            if error is not None:
                where = "/".join(str(t) for t in error.absolute_path) or "(top)"
                yield example_pointer, "example-invalid", f"example does not match its schema at {where}: {error.message[:200]}"


def _example_holders(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if (
                "schema" in node
                and ("example" in node or "examples" in node)
                and _is_media_or_parameter(pointer, node)
            ):
                yield pointer, node
            stack.extend(
                (join_pointer(pointer, k), v)
                for k, v in node.items()
                if k not in ("schema", "examples", "example")
            )
        elif isinstance(node, list):
            stack.extend((join_pointer(pointer, i), v) for i, v in enumerate(node))


def _is_media_or_parameter(pointer: str, node: dict[str, Any]) -> bool:
    tokens = split_pointer(pointer)
    return "in" in node or (len(tokens) >= 2 and tokens[-2] == "content")


def _example_values(
    document: dict[str, Any], pointer: str, holder: dict[str, Any]
) -> Iterator[tuple[str, Any]]:
    if "example" in holder:
        yield join_pointer(pointer, "example"), holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        example = resolve(document, example)
        if isinstance(example, dict) and "value" in example:
            yield join_pointer(pointer, "examples", name, "value"), example["value"]


def sdk_extensions(document: dict[str, Any]) -> Iterator[Finding]:
    """x-pagination, x-waiters and x-wait must name things that exist."""
    waiters: set[str] = set()
    for _, _, _, op in operations(document):
        waiters |= set((op.get("x-waiters") or {}).keys())
    for pointer, path, _, op in operations(document):
        query = {
            p.get("name")
            for p in (
                resolve(document, x)
                for x in [
                    *(document["paths"][path].get("parameters") or []),
                    *(op.get("parameters") or []),
                ]
            )
            if isinstance(p, dict) and p.get("in") == "query"
        }
        answer = _success_schema(document, op)
        pagination = op.get("x-pagination")
        if isinstance(pagination, dict):
            where = join_pointer(pointer, "x-pagination")
            for key in ("offset", "limit"):
                if pagination.get(key) not in query:
                    yield where, "sdk-extension", f"{key} {pagination.get(key)!r} is not a query parameter"
            if pagination.get("items") not in (answer.get("properties") or {}):
                yield where, "sdk-extension", f"items {pagination.get('items')!r} is not a field of the answer"
        for name, waiter in (op.get("x-waiters") or {}).items():
            where = join_pointer(pointer, "x-waiters", name)
            if not _pointer_in_schema(document, answer, str((waiter or {}).get("state", ""))):
                yield where, "sdk-extension", f"state {waiter.get('state')!r} is not a field of the answer"
            if not (waiter or {}).get("success"):
                yield where, "sdk-extension", "a waiter needs success states"
        wait = op.get("x-wait")
        if isinstance(wait, dict) and wait.get("waiter") not in waiters:
            yield join_pointer(
                pointer, "x-wait"
            ), "sdk-extension", f"no waiter {wait.get('waiter')!r}"
    yield from _lookups(document)


def _lookups(document: dict[str, Any]) -> Iterator[Finding]:
    """x-sdk lookups name an operation, its query parameters and a list in its answer."""
    config, _ = read_sdk_config(document)  # its shape is checked with the spec, lint or not
    by_id = {op.get("operationId"): op for _, _, _, op in operations(document)}
    for name, declared in config.client_parameters.items():
        lookup = declared.lookup
        if lookup is None:
            continue
        where = join_pointer("/x-sdk/client_parameters", name, "lookup")
        if lookup.operation not in by_id:
            yield where, "sdk-extension", f"no operation {lookup.operation!r}"
            continue
        op = by_id[lookup.operation]
        query = {
            p.get("name")
            for p in (resolve(document, x) for x in [*(op.get("parameters") or [])])
            if isinstance(p, dict) and p.get("in") == "query"
        }
        for argument in lookup.arguments:
            if argument not in query:
                yield where, "sdk-extension", f"argument {argument!r} is not a query parameter"
        answer = _success_schema(document, op)
        if not _pointer_in_schema(document, answer, lookup.items):
            yield where, "sdk-extension", f"items {lookup.items!r} is not a field of the answer"


def _success_schema(document: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    for code, response in sorted((op.get("responses") or {}).items()):
        if str(code).startswith("2"):
            content = (resolve(document, response).get("content") or {}).get(
                "application/json"
            ) or {}
            return _merged(document, content.get("schema") or {})
    return {}


def _merged(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with its allOf parts' properties merged in (enough to look fields up)."""
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        properties.update(_merged(document, part).get("properties") or {})
    return {**schema, "properties": properties}


def _pointer_in_schema(document: dict[str, Any], schema: dict[str, Any], pointer: str) -> bool:
    for token in split_pointer(pointer) if pointer.startswith("/") else [None]:
        if token is None or token not in (schema.get("properties") or {}):
            return False
        schema = _merged(document, schema["properties"][token])
    return True


# Schema keywords per dialect: OpenAPI 3.0's subset of JSON Schema (with its own additions), and
# JSON Schema 2020-12 with OpenAPI 3.1's vocabulary. Anything else is a typo or a YAML slip.
_SHARED_KEYWORDS = frozenset(
    {"$ref", "title", "description", "default", "deprecated", "readOnly", "writeOnly"}
    | {"type", "enum", "format", "allOf", "anyOf", "oneOf", "not", "items", "properties"}
    | {"additionalProperties", "required", "multipleOf", "maximum", "exclusiveMaximum"}
    | {"minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems"}
    | {"minItems", "uniqueItems", "maxProperties", "minProperties"}
    | {"discriminator", "xml", "externalDocs", "example"}
)
SCHEMA_KEYWORDS = {
    "3.0": _SHARED_KEYWORDS | {"nullable"},
    "3.1": _SHARED_KEYWORDS
    | {"$schema", "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary"}
    | {"$comment", "$defs", "if", "then", "else", "dependentSchemas", "prefixItems"}
    | {"contains", "patternProperties", "propertyNames", "unevaluatedItems"}
    | {"unevaluatedProperties", "const", "maxContains", "minContains", "dependentRequired"}
    | {"contentEncoding", "contentMediaType", "contentSchema", "examples"},
}
# Keywords whose value is a schema, a list of schemas, or a map of names to schemas.
_ONE_SCHEMA = (
    *("additionalProperties", "items", "not", "if", "then", "else", "contains"),
    *("propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"),
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Values that are data, not spec structure: a key "schema" in them is not a schema.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


def schema_keywords(document: dict[str, Any]) -> Iterator[Finding]:
    """Every schema holds only keywords of its dialect or x- extensions."""
    dialect = "3.1" if str(document.get("openapi", "")).startswith("3.1") else "3.0"
    allowed = SCHEMA_KEYWORDS[dialect]
    for root, schema in schema_roots(document):
        for pointer, node in subschemas(root, schema):
            for key, value in node.items():
                if key in allowed or str(key).startswith("x-"):
                    continue
                hint = (
                    "; it has no value: an unquoted flow-style string with a comma, such as "
                    "{description: a, b}, splits into keys (quote the string)"
                    if value is None
                    else ""
                )
                yield join_pointer(
                    pointer, str(key)
                ), "schema-keyword", f"{key!r} is not an OpenAPI {dialect} schema keyword{hint}"


def schema_roots(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Schemas outside schemas: components' and every `schema` of a parameter, header or media."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items() if isinstance(schemas, dict) else []:
        if isinstance(schema, dict):
            yield join_pointer("/components/schemas", str(name)), schema
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, list):
            stack.extend((join_pointer(pointer, i), v) for i, v in enumerate(node))
        elif isinstance(node, dict):
            for key, value in node.items():
                where = join_pointer(pointer, str(key))
                if key == "schema" and isinstance(value, dict):
                    yield where, value
                elif not (key in _DATA_KEYS or str(key).startswith("x-")):
                    if where != "/components/schemas":
                        stack.append((where, value))


def subschemas(pointer: str, schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schema and every schema inside it (not through $refs: their targets are roots)."""
    stack = [(pointer, schema)]
    while stack:
        where, node = stack.pop()
        yield where, node
        for key in _ONE_SCHEMA:
            if isinstance(node.get(key), dict):
                stack.append((join_pointer(where, key), node[key]))
        for key in _SCHEMA_LISTS:
            if isinstance(node.get(key), list):
                stack.extend(
                    (join_pointer(where, key, i), s)
                    for i, s in enumerate(node[key])
                    if isinstance(s, dict)
                )
        for key in _SCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                stack.extend(
                    (join_pointer(where, key, str(name)), s)
                    for name, s in node[key].items()
                    if isinstance(s, dict)
                )


RULES: tuple[Callable[[dict[str, Any]], Iterator[Finding]], ...] = (
    operation_ids,
    tags_and_summaries,
    path_parameters,
    responses,
    unused_components,
    examples,
    sdk_extensions,
    schema_keywords,
)


def run(document: dict[str, Any]) -> list[Finding]:
    return [finding for rule in RULES for finding in rule(document)]
