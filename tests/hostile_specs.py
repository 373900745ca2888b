"""Hypothesis strategies for valid OpenAPI documents full of hostile content.

Names: Python keywords and builtins, the runtime's own names, names equal but for case,
punctuation or unicode, numbers, dunders. Strings: quotes, triple quotes, backslashes,
braces, template syntax, NUL and line separators, and code that would leave a marker file
(or end the process) if any of it ever ran. Shapes: deep nesting, recursion, empty objects,
huge enums, colliding enum values, unions, maps, nullable everything.
"""

from __future__ import annotations

import keyword
from typing import Any

from hypothesis import strategies as st

# Each payload, if executed, creates the file PWNED in the working directory or exits.
PAYLOADS = [
    '"""; open("PWNED", "w"); """',
    "'''; open('PWNED', 'w'); '''",
    '\\"; __import__("os")._exit(7) #',
    "{{ open('PWNED','w') }}{% raw %}{%",
    "\x00\u2028\u2029\r\n# \\N{",
    '") or open("PWNED", "w") or ("',
    "`$(touch PWNED)`",
]
RUNTIME_NAMES = [
    "Client",
    "Response",
    "to_dict",
    "to_json",
    "from_dict",
    "model_config",
    "model_fields",
    "model_dump",
    "self",
    "cls",
    "body",
    "timeout",
    "extra_headers",
    "extra_query",
    "close",
    "request",
    "endpoint",
    "with_options",
    "raw",
    "Any",
    "Optional",
    "_t",
    "_p",
    "typing",
    "pydantic",
    "httpx",
    "models",
    "__init__",
    "__class__",
    "__dict__",
    "_",
    "__",
    "NotGiven",
]
BUILTINS = ["list", "dict", "str", "int", "type", "id", "print", "object", "property", "format"]
VARIANTS = ["Name", "name", "NAME", "na-me", "na_me", "na.me", "na me", "näme", "名前", "1name"]
IDENTIFIER_NAMES = sorted(set(keyword.kwlist) | set(keyword.softkwlist)) + RUNTIME_NAMES + BUILTINS

# Component names are limited by OpenAPI to letters, digits, ".", "-" and "_".
component_names = st.sampled_from(
    [
        n
        for n in IDENTIFIER_NAMES + VARIANTS
        if all(c.isascii() and (c.isalnum() or c in "._-") for c in n)
    ]
) | st.from_regex(r"[A-Za-z0-9._-]{1,12}", fullmatch=True)
any_names = st.sampled_from(IDENTIFIER_NAMES + VARIANTS + ["", "0", "-1", "$ref", "a/b"]) | st.text(
    st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8
)
# Path parameter names must fit in a {name} template.
path_names = any_names.filter(lambda n: n and not set(n) & set("{}/?#"))
texts = st.sampled_from(PAYLOADS) | st.text(max_size=20)
enum_values = st.sampled_from(["a-b", "a_b", "A B", "", "1x", "None", "class", "A", "a"]) | st.text(
    st.characters(exclude_categories=("Cs",)), max_size=6
)


def _described(schema: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(schema, st.none() | texts).map(
        lambda pair: {**pair[0], "description": pair[1]} if pair[1] is not None else pair[0]
    )


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    return {**schema, "type": [kind, "null"]} if isinstance(kind, str) else schema


def schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """Schemas whose $refs point at the given component names (so recursion is possible)."""
    scalars = st.sampled_from(
        [
            {"type": "string"},
            {"type": "integer", "format": "int64"},
            {"type": "number"},
            {"type": "boolean"},
            {"type": "string", "format": "binary"},
            {},
            {"type": "object"},
        ]
    )
    enums = st.one_of(
        st.lists(enum_values, min_size=1, max_size=8, unique=True).map(
            lambda values: {"type": "string", "enum": values}
        ),
        st.lists(st.integers(-5, 5), min_size=1, max_size=5, unique=True).map(
            lambda values: {"type": "integer", "enum": values}
        ),
        st.integers(50, 300).map(lambda n: {"type": "string", "enum": [f"v{i}" for i in range(n)]}),
    )
    leaves = scalars | enums | st.integers(8, 40).map(_deep)
    if refs:
        leaves = leaves | st.sampled_from(refs).map(
            lambda name: {"$ref": f"#/components/schemas/{name}"}
        )

    def extend(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            st.dictionaries(any_names, inner, max_size=4).flatmap(_object),
            inner.map(lambda item: {"type": "array", "items": item}),
            inner.map(lambda value: {"type": "object", "additionalProperties": value}),
            st.lists(inner, min_size=2, max_size=3).map(lambda parts: {"oneOf": parts}),
            st.lists(inner, min_size=1, max_size=2).map(lambda parts: {"allOf": parts}),
            inner.map(_nullable),
        )

    return _described(st.recursive(leaves, extend, max_leaves=12))


def _deep(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for level in range(levels):
        schema = {"type": "object", "properties": {f"level{level}": schema}}
    return schema


def _object(properties: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    names = sorted(properties)
    return st.tuples(
        st.lists(st.sampled_from(names), unique=True) if names else st.just([]),
        st.sampled_from([True, False, None]),
    ).map(
        lambda pair: {
            "type": "object",
            "properties": properties,
            **({"required": pair[0]} if pair[0] else {}),
            **({"additionalProperties": pair[1]} if pair[1] is not None else {}),
        }
    )


@st.composite
def hostile_specs(draw: st.DrawFn, package: str = "fuzzed") -> dict[str, Any]:
    names = draw(st.lists(component_names, min_size=1, max_size=4, unique=True))
    components = {name: draw(schemas(names)) for name in names}
    paths: dict[str, Any] = {}
    operation_ids = draw(st.lists(any_names, min_size=1, max_size=4, unique=True))
    for index, operation_id in enumerate(operation_ids):
        param = draw(path_names)
        path = f"/r{index}/{{{param}}}" if draw(st.booleans()) else f"/r{index}"
        method = draw(st.sampled_from(["get", "post", "put", "patch", "delete"]))
        ref = {"$ref": f"#/components/schemas/{draw(st.sampled_from(names))}"}
        parameters = (
            [{"name": param, "in": "path", "required": True, "schema": {"type": "string"}}]
            if "{" in path
            else []
        )
        for query in draw(st.lists(any_names, max_size=3, unique=True)):
            if query != param:
                parameters.append(
                    {
                        "name": query,
                        "in": "query",
                        "schema": draw(schemas(names)),
                        "description": draw(texts),
                    }
                )
        operation: dict[str, Any] = {
            "operationId": operation_id,
            "summary": draw(texts),
            "description": draw(texts),
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": draw(texts),
                    "content": {"application/json": {"schema": ref}},
                },
                "404": {"description": "not found"},
            },
        }
        if method in ("post", "put", "patch") and draw(st.booleans()):
            operation["requestBody"] = {
                "required": draw(st.booleans()),
                "content": {"application/json": {"schema": draw(schemas(names))}},
            }
        paths.setdefault(path, {})[method] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": draw(texts) or "T", "version": "1", "description": draw(texts)},
        "x-sdk": {"package": package, "client": draw(st.sampled_from(["Client", "Api", "Fuzz"]))},
        "servers": [{"url": "https://fuzz.test"}],
        "paths": paths,
        "components": {"schemas": components},
    }
