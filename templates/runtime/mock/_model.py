"""What the mock learns from the spec: each operation's role, and values that fit a schema.

Roles come from path shapes: a path whose next level is a `{parameter}` is a collection
(POST creates, GET lists), that next level is an item (GET shows, PUT/PATCH updates,
DELETE deletes), and a literal below an item is an action on it. Where the paths do not
show a collection (an API without an item path, or one that keeps its items under another
path), the operation names it in ``x-mock.collection``. Everything else answers with its
documented example, or a value made from its schema.
"""

from __future__ import annotations

import copy
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")
_PARAM = re.compile(r"^\{[^}]+\}$")


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]
    role: str = "static"  # create, list, show, update, delete, action, static
    collection: str = ""  # path of the collection this operation works on
    item_param: str = ""  # the path parameter naming the item
    # the collection holding the item this collection belongs to, and the path parameter
    # naming that item: a notebook's storage mounts belong to the notebook
    parent: tuple[str, str] | None = None
    success_status: int = 200
    success_schema: dict[str, Any] | None = None
    success_example: Any = None
    parameters: list[dict[str, Any]] = field(default_factory=list)
    body_schema: dict[str, Any] | None = None
    body_media_type: str = ""
    body_required: bool = False
    mock: dict[str, Any] = field(default_factory=dict)


class Spec:
    """The bundled spec, with $refs resolved on demand."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations = self._operations()

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            target: Any = self.document
            for token in node["$ref"].lstrip("#/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                if isinstance(target, list):
                    target = (
                        target[int(token)] if token.isdigit() and int(token) < len(target) else {}
                    )
                else:
                    target = target.get(token, {}) if isinstance(target, dict) else {}
            node, seen = target, seen + 1
        return node

    def _operations(self) -> list[Operation]:
        paths = self.document.get("paths") or {}
        declared = {
            str((item[method].get("x-mock") or {}).get("collection"))
            for item in paths.values()
            for method in METHODS
            if method in item and (item[method].get("x-mock") or {}).get("collection")
        }
        result = []
        for path, item in paths.items():
            for method in METHODS:
                if method in item:
                    result.append(self._operation(path, method, item, set(paths), declared))
        collections = {op.collection for op in result if op.collection}
        for op in result:
            op.parent = _parent(op.collection, collections)
        return result

    def _operation(
        self, path: str, method: str, item: dict[str, Any], paths: set[str], declared: set[str]
    ) -> Operation:
        spec = item[method]
        op = Operation(str(spec.get("operationId", f"{method} {path}")), method.upper(), path, spec)
        op.parameters = [
            self.resolve(p)
            for p in [*(item.get("parameters") or []), *(spec.get("parameters") or [])]
        ]
        body = self.resolve(spec.get("requestBody") or {})
        content = body.get("content") or {}
        # JSON when the operation takes it, else its first media type
        op.body_media_type = next(
            (m for m in content if m.split(";")[0].strip().endswith("json")),
            next(iter(content), ""),
        )
        op.body_schema = (content.get(op.body_media_type) or {}).get("schema")
        op.body_required = bool(body.get("required"))
        op.mock = dict(spec.get("x-mock") or {})
        self._success(op)
        if op.mock.get("collection"):
            _declared_role(op, str(op.mock["collection"]))
        else:
            _role(op, paths | declared, declared)
        return op

    def _success(self, op: Operation) -> None:
        for code, response in sorted((op.spec.get("responses") or {}).items()):
            if str(code).startswith("2"):
                response = self.resolve(response)
                op.success_status = int(code)
                media = (response.get("content") or {}).get("application/json") or {}
                op.success_schema = media.get("schema")
                examples = media.get("examples") or {}
                for example in examples.values():
                    value = self.resolve(example).get("value")
                    if not (isinstance(value, dict) and value.get("is_success") is False):
                        op.success_example = value
                        break
                return


def _role(op: Operation, paths: set[str], declared: set[str]) -> None:
    segments = op.path.rstrip("/").split("/")
    last = segments[-1]
    parent = "/".join(segments[:-1])
    is_collection = op.path in declared or any(
        p.startswith(op.path + "/")
        and _PARAM.match(p[len(op.path) + 1 :].split("/")[0] or "")
        and len(p[len(op.path) + 1 :].split("/")) == 1
        for p in paths
    )
    # an item only where its collection is an operation too (metrics/{task_id} is not)
    if _PARAM.match(last) and parent in paths and not _PARAM.match(segments[-2]):
        _item_role(op, parent, last[1:-1])
    elif is_collection:
        op.collection = op.path
        op.role = {"POST": "create", "GET": "list"}.get(op.method, "static")
    elif len(segments) >= 3 and _PARAM.match(segments[-2]) and "/".join(segments[:-1]) in paths:
        op.collection, op.item_param = "/".join(segments[:-2]), segments[-2][1:-1]
        op.role = "action"


def _declared_role(op: Operation, collection: str) -> None:
    """The role of an operation on a collection its x-mock names: relative to that path,
    or, from a path outside it, a create (POST) or a list (GET)."""
    inside = op.path.startswith(collection + "/")
    rest = op.path[len(collection) + 1 :].split("/") if inside else []
    if not rest:
        op.collection = collection
        op.role = {"POST": "create", "GET": "list"}.get(op.method, "static")
    elif len(rest) == 1 and _PARAM.match(rest[0]):
        _item_role(op, collection, rest[0][1:-1])
    elif len(rest) == 2 and _PARAM.match(rest[0]):
        op.collection, op.item_param, op.role = collection, rest[0][1:-1], "action"


def _item_role(op: Operation, collection: str, param: str) -> None:
    op.collection, op.item_param = collection, param
    op.role = {"GET": "show", "PUT": "update", "PATCH": "update", "DELETE": "delete"}.get(
        op.method, "action"
    )


def _parent(collection: str, collections: set[str]) -> tuple[str, str] | None:
    """(parent collection, its item parameter) when collection sits under an item of
    another collection: /notebooks/{instance_id}/storage under /notebooks."""
    segments = collection.split("/")
    if len(segments) >= 3 and _PARAM.match(segments[-2]):
        parent = "/".join(segments[:-2])
        if parent in collections:
            return parent, segments[-2][1:-1]
    return None


def instance(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A value of schema: its example or default, else a made-up one; objects hold only
    their required properties (an optional field the mock cannot know is left out)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    for key in ("example", "default", "const"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples") and isinstance(schema["examples"], list):
        return copy.deepcopy(schema["examples"][0])
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    for combiner in ("allOf",):
        if schema.get(combiner):
            merged: dict[str, Any] = {}
            for part in schema[combiner]:
                value = instance(spec, part, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            if merged or not schema.get("properties"):
                return {
                    **merged,
                    **(
                        instance(
                            spec, {k: v for k, v in schema.items() if k != combiner}, depth + 1
                        )
                        or {}
                    ),
                }
    for combiner in ("oneOf", "anyOf"):
        if schema.get(combiner):
            return instance(spec, schema[combiner][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required") or [])
        return {
            name: instance(spec, prop, depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
            if name in required
        }
    if kind == "array":
        minimum = int(schema.get("minItems", 0))
        return [instance(spec, schema.get("items", {}), depth + 1) for _ in range(max(minimum, 0))]
    return _scalar(schema, str(kind))


def _scalar(schema: dict[str, Any], kind: str) -> Any:
    if kind == "integer":
        value = int(schema.get("minimum", 0))
        return max(value, 1) if "minimum" not in schema else value
    if kind == "number":
        return float(schema.get("minimum", 1.0))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        if fmt == "uuid":
            return str(uuid.uuid4())
        text = "mock"
        minimum = int(schema.get("minLength", 0))
        return (text * (minimum // len(text) + 1))[: max(minimum, len(text))][
            : schema.get("maxLength", 64)
        ]
    return None


def properties(spec: Spec, schema: Any) -> dict[str, Any]:
    """The properties of an object schema, through $refs and allOf parts."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(properties(spec, part))
    return found


def scalar_type(spec: Spec, schema: Any) -> str:
    """The type of a scalar schema (integer, string, ...), or "" for objects and arrays."""
    schema = spec.resolve(schema or {})
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind in ("array", "object") or (kind is None and properties(spec, schema)):
        return ""
    return str(kind or "string")


def schema_at(spec: Spec, schema: Any, pointer: str) -> Any:
    """The schema of the field a JSON pointer names in values of schema, or None."""
    for token in [t for t in pointer.strip("/").split("/") if t]:
        schema = properties(spec, schema).get(token)
        if schema is None:
            return None
    return spec.resolve(schema)


def field_pointers(spec: Spec, schema: Any, depth: int = 2) -> dict[str, str]:
    """Each scalar field of schema's values (or array of scalars) by name, as a pointer:
    top-level fields first, then those of nested objects (metadata/create_time)."""
    found: dict[str, str] = {}
    level = [("", schema)]
    for _ in range(depth):
        deeper = []
        for prefix, node in level:
            for name, prop in properties(spec, node).items():
                pointer = f"{prefix}/{name}"
                prop = spec.resolve(prop)
                items = prop.get("items") if isinstance(prop, dict) else None
                if properties(spec, prop):
                    deeper.append((pointer, prop))
                elif scalar_type(spec, prop) or (items is not None and scalar_type(spec, items)):
                    found.setdefault(name, pointer)
        level = deeper
    return found


def get(document: Any, pointer: str, default: Any = None) -> Any:
    for token in [t for t in pointer.strip("/").split("/") if t]:
        if not isinstance(document, dict) or token not in document:
            return default
        document = document[token]
    return document
