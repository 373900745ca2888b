"""What the mock learns from the spec: each operation's role, and values that fit a schema.

Roles come from path shapes: a path whose next level is a `{parameter}` is a collection
(POST creates, GET lists), that next level is an item (GET shows, PUT/PATCH updates,
DELETE deletes), and a literal below an item is an action on it. Everything else answers
with its documented example, or a value made from its schema.
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
    success_status: int = 200
    success_schema: dict[str, Any] | None = None
    success_example: Any = None
    parameters: list[dict[str, Any]] = field(default_factory=list)
    body_schema: dict[str, Any] | None = None
    body_media_type: str = ""
    body_required: bool = False
    legacy: bool = False
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
        result = []
        for path, item in paths.items():
            for method in METHODS:
                if method in item:
                    result.append(self._operation(path, method, item, set(paths)))
        return result

    def _operation(
        self, path: str, method: str, item: dict[str, Any], paths: set[str]
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
        op.legacy = bool((spec.get("x-error-envelope") or {}).get("success_field"))
        op.mock = dict(spec.get("x-mock") or {})
        self._success(op)
        self._role(op, paths)
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

    def _role(self, op: Operation, paths: set[str]) -> None:
        segments = op.path.rstrip("/").split("/")
        last = segments[-1]
        parent = "/".join(segments[:-1])
        is_collection = any(
            p.startswith(op.path + "/")
            and _PARAM.match(p[len(op.path) + 1 :].split("/")[0] or "")
            and len(p[len(op.path) + 1 :].split("/")) == 1
            for p in paths
        )
        # an item only where its collection is an operation too (metrics/{task_id} is not)
        if _PARAM.match(last) and parent in paths and not _PARAM.match(segments[-2]):
            op.collection, op.item_param = parent, last[1:-1]
            op.role = {"GET": "show", "PUT": "update", "PATCH": "update", "DELETE": "delete"}.get(
                op.method, "action"
            )
        elif is_collection:
            op.collection = op.path
            op.role = {"POST": "create", "GET": "list"}.get(op.method, "static")
        elif len(segments) >= 3 and _PARAM.match(segments[-2]) and "/".join(segments[:-1]) in paths:
            op.collection, op.item_param = "/".join(segments[:-2]), segments[-2][1:-1]
            op.role = "action"


def instance(spec: Spec, schema: Any, depth: int = 0) -> Any:
    """A plausible value of schema: its example or default, else a made-up one."""
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
            if name in required or depth < 2
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
