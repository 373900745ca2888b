"""A small spec to diff, and helpers to change one thing in a copy of it."""

from __future__ import annotations

import copy
from typing import Any, Callable

from generator.diff import Change, DeprecationPolicy, diff_documents
from generator.diff.rules import rules

Doc = dict[str, Any]
Edit = Callable[[Doc], None]

SHOW = "GET /items/{item_id}"
UPDATE = "PUT /items/{item_id}"
LIST = "GET /items"
JSON = "application/json"
ASSERTED: set[str] = set()  # rule ids some test checked, for the coverage count


def base() -> Doc:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1.0.0"},
        "security": [{"token": []}],
        "tags": [{"name": "items"}],
        "paths": {
            "/items": {
                "get": {
                    "operationId": "list_items",
                    "tags": ["items"],
                    "responses": {"200": _json({"type": "array", "items": _ref("Item")})},
                }
            },
            "/items/{item_id}": {
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "get": {
                    "operationId": "show_item",
                    "tags": ["items"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "filter",
                            "in": "query",
                            "schema": {
                                "type": "object",
                                "properties": {"kind": {"type": "string"}},
                            },
                        },
                        {
                            "name": "X-Filter",
                            "in": "header",
                            "schema": {
                                "type": "object",
                                "properties": {"kind": {"type": "string"}},
                            },
                        },
                    ],
                    "responses": {
                        "200": {
                            **_json(_ref("Item")),
                            "headers": {
                                "X-Rate": {"required": True, "schema": {"type": "integer"}},
                                "X-Page": {"schema": {"type": "integer"}},
                            },
                        },
                        "404": _json(_ref("Error")),
                    },
                },
                "put": {
                    "operationId": "update_item",
                    "tags": ["items"],
                    "requestBody": {
                        "required": True,
                        "content": {JSON: {"schema": _ref("ItemUpdate")}},
                    },
                    "responses": {"200": _json(_ref("Item"))},
                },
            },
        },
        "components": {
            "securitySchemes": {
                "token": {"type": "http", "scheme": "bearer"},
                "oauth": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://auth.example.com/token",
                            "scopes": {"read": "read things"},
                        }
                    },
                },
            },
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "count": {"type": "integer"},
                        "status": _ref("Status"),
                    },
                },
                "Status": {"type": "string", "enum": ["active", "retired"]},
                "ItemUpdate": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "count": {"type": "integer"}},
                },
                "Error": {
                    "type": "object",
                    "properties": {"message": {"type": "string"}},
                },
                "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
            },
        },
    }


def _json(schema: Any) -> Doc:
    return {"description": "ok", "content": {JSON: {"schema": schema}}}


def _ref(name: str) -> Doc:
    return {"$ref": f"#/components/schemas/{name}"}


def at(doc: Doc, *path: str | int) -> Any:
    node: Any = doc
    for key in path:
        node = node[key]
    return node


def put(*path: str | int, value: Any) -> Edit:
    def edit(doc: Doc) -> None:
        parent = at(doc, *path[:-1])
        if isinstance(parent, list) and path[-1] == len(parent):
            parent.append(copy.deepcopy(value))
        else:
            parent[path[-1]] = copy.deepcopy(value)

    return edit


def drop(*path: str | int) -> Edit:
    def edit(doc: Doc) -> None:
        del at(doc, *path[:-1])[path[-1]]

    return edit


def edits(*steps: Edit) -> Edit:
    def edit(doc: Doc) -> None:
        for step in steps:
            step(doc)

    return edit


def diff(
    before: Edit | None,
    after: Edit | None,
    policy: DeprecationPolicy | None = None,
    sdk: bool = False,
) -> list[Change]:
    old, new = base(), base()
    if before:
        before(old)
    if after:
        after(new)
    return diff_documents(old, new, policy, sdk=sdk)


def find(changes: list[Change], rule_id: str) -> Change:
    """The first change with rule_id, which must sit on the side its rule's direction says."""
    found = [c for c in changes if c.id == rule_id]
    assert found, f"{rule_id} not in {[(c.id, c.location) for c in changes]}"
    table = rules()
    if rule_id in table:
        assert side(found[0].location) == table[rule_id].direction, found[0]
    ASSERTED.add(rule_id)
    return found[0]


def side(location: str) -> str:
    """Request, Response or None (operation- and spec-wide), by where a change was found."""
    if location.startswith("response "):
        return "Response"
    if location.startswith("request ") or " parameter " in location:
        return "Request"
    return "None"
