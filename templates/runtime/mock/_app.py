"""A stateful mock of the API as an ASGI app (starlette), built from the bundled spec.

Requests are authenticated and validated against the spec; resources created through the
API can be shown, listed, updated and deleted; status fields follow the lifecycles the spec
declares in ``x-mock`` (state pointer and timed steps, scaled by ``time_scale``).
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import time
import uuid
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._jsonschema import document_as_json_schema, to_json_schema
from ._auth import DEMO_AK, DEMO_SK, Accepted, check
from ._model import Operation, Spec, instance
from ._store import Store

SPEC_FILE = Path(__file__).with_name("openapi.json")
_LIFECYCLE = "__lifecycle__"
_OUTSIDE = re.compile(r"^[^/]*$")


class MockService:
    def __init__(
        self,
        *,
        ak: str = DEMO_AK,
        sk: str = DEMO_SK,
        token: str | None = None,
        db: str | None = None,
        time_scale: float = 1.0,
        document: dict[str, Any] | None = None,
    ) -> None:
        self.spec = Spec(document or json.loads(SPEC_FILE.read_text(encoding="utf-8")))
        self.accepted = Accepted(ak, sk, token)
        self.store = Store(db)
        self.time_scale = time_scale
        # Validation reads the schemas as OpenAPI means them (3.0 nullable, discriminators).
        self.openapi_30 = str(self.spec.document.get("openapi", "")).startswith("3.0")
        resource = Resource.from_contents(
            document_as_json_schema(self.spec.document), default_specification=DRAFT202012
        )
        self.registry: Registry = Registry().with_resource("urn:spec", resource)
        self.default_security = [n for r in self.spec.document.get("security") or [] for n in r]
        # The last requests as the mock read them: (operationId, parameters by wire name, body).
        self.received: deque[tuple[str, dict[str, Any], Any]] = deque(maxlen=64)

    # -- the ASGI app ---------------------------------------------------------------------------

    def app(self) -> Starlette:
        routes = []
        by_path: dict[str, list[Operation]] = {}
        for op in self.spec.operations:
            by_path.setdefault(op.path, []).append(op)
        # literal segments before parameters: /images/group must not match /images/{id}
        for path in sorted(by_path, key=lambda p: [s.startswith("{") for s in p.split("/")]):
            operations = {op.method: op for op in by_path[path]}
            routes.append(Route(path, self._endpoint(operations), methods=list(operations)))
        return Starlette(routes=routes)

    def _endpoint(self, operations: dict[str, Operation]) -> Any:
        async def endpoint(request: Request) -> Response:
            op = operations[request.method]
            body = await request.body()
            try:
                return self.handle(op, request, body)
            except MockError as error:
                return self.error(op, error.status, error.code, error.message)

        return endpoint

    # -- one request ---------------------------------------------------------------------------

    def handle(self, op: Operation, request: Request, body: bytes) -> Response:
        schemes = (
            self.default_security
            if op.spec.get("security") is None
            else [n for r in op.spec["security"] for n in r]
        )
        if schemes:
            problem = check(
                self.accepted,
                request.method,
                request.url.path,
                request.url.query,
                request.headers,
                body,
                schemes,
            )
            if problem:
                raise MockError(401, "ModelArts.0002", problem)
        params = self._parameters(op, request)
        payload = self._body(op, body)
        self.received.append((op.operation_id, params, payload))
        handler = getattr(self, f"_{op.role}")
        return handler(op, params, payload)  # type: ignore[no-any-return]

    def _parameters(self, op: Operation, request: Request) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for param in op.parameters:
            name, where = param.get("name", ""), param.get("in")
            raw: Any
            if where == "path":
                raw = request.path_params.get(name)
            elif where == "query":
                found = request.query_params.getlist(name)
                raw = found if _is_array(self.spec, param) else (found[0] if found else None)
                raw = raw if raw != [] else None
            elif where == "header":
                raw = request.headers.get(name)
            else:
                continue
            if raw is None:
                if param.get("required"):
                    raise MockError(
                        400, "ModelArts.0101", f"missing required {where} parameter {name}"
                    )
                continue
            values[name] = self._coerce(param, raw)
        return values

    def _coerce(self, param: dict[str, Any], raw: Any) -> Any:
        schema = self.spec.resolve(param.get("schema") or {})
        kind = schema.get("type")
        try:
            if isinstance(raw, list):
                item_schema = self.spec.resolve(schema.get("items") or {})
                value: Any = [_convert(item_schema.get("type"), v) for v in raw]
            else:
                value = _convert(kind, raw)
        except ValueError:
            raise MockError(
                400, "ModelArts.0101", f"parameter {param['name']} must be {kind}"
            ) from None
        self._validate(param.get("schema") or {}, value, f"parameter {param['name']}")
        return value

    def _body(self, op: Operation, body: bytes) -> Any:
        if not body:
            if op.body_required:
                raise MockError(400, "ModelArts.0101", "the request body is required")
            return None
        try:
            payload = json.loads(body)
        except ValueError:
            raise MockError(400, "ModelArts.0101", "the request body is not valid JSON") from None
        if op.body_schema is not None:
            self._validate(op.body_schema, payload, "body")
        return payload

    def _validate(self, schema: Any, value: Any, what: str) -> None:
        validator = self._validator(schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            raise MockError(
                400,
                "ModelArts.0101",
                f"{what}{' ' + where if where else ''}: {error.message[:200]}",
            )

    # -- roles ---------------------------------------------------------------------------------

    def _key(self, op: Operation, params: dict[str, Any]) -> str:
        return re.sub(r"\{([^}]+)\}", lambda m: str(params.get(m.group(1), "")), op.collection)

    def _create(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._new_resource(op, payload)
        ident = str(uuid.uuid4())
        _set(resource, op.mock.get("id", "/id"), ident)
        self._start_lifecycle(resource, op.mock.get("lifecycle"))
        self.store.put(self._key(op, params), ident, resource)
        return self._ok(op, self._view(resource))

    def _new_resource(self, op: Operation, payload: Any) -> dict[str, Any]:
        base = (
            copy.deepcopy(op.success_example)
            if op.success_example is not None
            else instance(self.spec, op.success_schema or {})
        )
        resource = base if isinstance(base, dict) else {}
        if isinstance(payload, dict):
            _merge_known(self.spec, resource, payload, op.success_schema or {}, self._fits)
        now_ms = int(time.time() * 1000)
        for field in ("create_time", "create_at", "created_at", "update_time", "update_at"):
            if field in resource and isinstance(resource[field], int):
                resource[field] = now_ms
        return resource

    def _list(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        items = [self._view(r) for r in self.store.list(self._key(op, params))]
        pagination = op.spec.get("x-pagination") or {}
        total = len(items)
        if pagination:
            limit = params.get(str(pagination.get("limit"))) or len(items) or 1
            start = int(pagination.get("start", 0))
            offset = params.get(str(pagination.get("offset")), start)
            first = (offset - start) * limit if pagination.get("style") == "page" else offset
            items = items[first : first + limit]
        page = instance(self.spec, op.success_schema or {})
        page = page if isinstance(page, dict) else {}
        items_field = pagination.get("items") or _first_array(self.spec, op.success_schema or {})
        if items_field:
            page[items_field] = items
        for name in ("total", "count", "size", "job_total_count"):
            if name in page or name == pagination.get("total"):
                page[name] = total if name != "count" and name != "size" else len(items)
        return self._ok(op, page)

    def _show(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        return self._ok(op, self._view(self._find(op, params)))

    def _update(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        if isinstance(payload, dict):
            _merge_known(self.spec, resource, payload, op.success_schema or {}, self._fits)
        self.store.put(self._key(op, params), str(params[op.item_param]), resource)
        return self._ok(op, self._view(resource))

    def _delete(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        self.store.delete(self._key(op, params), str(params[op.item_param]))
        return self._ok(op, self._view(resource))

    def _action(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        self._start_lifecycle(resource, op.mock.get("lifecycle"))
        self.store.put(self._key(op, params), str(params[op.item_param]), resource)
        if self._answers_with_the_resource(op):
            return self._ok(op, self._view(resource))
        return self._static(op, params, payload)  # e.g. saving a notebook answers with an image

    def _answers_with_the_resource(self, op: Operation) -> bool:
        shown = next(
            (o for o in self.spec.operations if o.role == "show" and o.collection == op.collection),
            None,
        )
        return shown is not None and shown.success_schema == op.success_schema

    def _validator(self, schema: Any) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            _absolute(to_json_schema(schema, self.openapi_30)), registry=self.registry
        )

    def _fits(self, schema: Any, value: Any) -> bool:
        validator = self._validator(schema)
        return bool(validator.is_valid(value))

    def _static(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        exists = op.mock.get("exists")
        if isinstance(exists, dict):
            value = params.get(str(exists.get("parameter")))
            if value not in exists.get("values", []):
                raise self._not_found(op, params, str(value))
        if "answer" in op.mock:
            return self._ok(op, _fill(op.mock["answer"], params))
        value = copy.deepcopy(op.success_example)
        if value is None:
            value = instance(self.spec, op.success_schema) if op.success_schema else None
        return self._ok(op, value)

    # -- helpers ---------------------------------------------------------------------------------

    def _find(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        ident = str(params.get(op.item_param, ""))
        resource = self.store.get(self._key(op, params), ident)
        if resource is None:
            raise self._not_found(op, params, ident)
        return resource

    def _not_found(self, op: Operation, params: dict[str, Any], ident: str) -> MockError:
        """The spec's declared 404 (x-mock.not_found), else "<Thing> <id> not found."."""
        declared = op.mock.get("not_found") or {}
        noun = (
            (op.collection or op.path)
            .rstrip("/")
            .split("/")[-1]
            .rstrip("s")
            .replace("-", " ")
            .capitalize()
        )
        message = str(declared.get("error_msg") or f"{noun} {ident} not found.")
        message = re.sub(r"\{(\w+)\}", lambda m: str(params.get(m.group(1), m.group(0))), message)
        return MockError(404, str(declared.get("error_code") or "ModelArts.4040"), message)

    def _start_lifecycle(self, resource: dict[str, Any], lifecycle: Any) -> None:
        if isinstance(lifecycle, dict) and lifecycle.get("steps"):
            resource[_LIFECYCLE] = {
                "state": lifecycle["state"],
                "steps": lifecycle["steps"],
                "started": time.time(),
            }
            _set(resource, lifecycle["state"], lifecycle["steps"][0][0])

    def _view(self, resource: dict[str, Any]) -> dict[str, Any]:
        """The resource as a client sees it now: its lifecycle advanced to this moment."""
        view = {k: v for k, v in copy.deepcopy(resource).items() if k != _LIFECYCLE}
        lifecycle = resource.get(_LIFECYCLE)
        if lifecycle:
            elapsed = (time.time() - lifecycle["started"]) * self.time_scale
            state = lifecycle["steps"][0][0]
            for value, after in lifecycle["steps"]:
                if elapsed >= after:
                    state = value
            _set(view, lifecycle["state"], state)
            _advance_fields(view, elapsed)
        return view

    def _ok(self, op: Operation, value: Any) -> Response:
        headers = self._response_headers(op)
        if value is None and op.success_schema is None:
            return Response(status_code=op.success_status, headers=headers)
        if op.legacy and isinstance(value, dict):
            value = {**value, "is_success": True}
            value.pop("error_code", None)
            value.pop("error_message", None)
        return JSONResponse(value, status_code=op.success_status, headers=headers)

    def _response_headers(self, op: Operation) -> dict[str, str]:
        headers = {"X-Request-Id": uuid.uuid4().hex}
        for code, response in (op.spec.get("responses") or {}).items():
            if str(code) == str(op.success_status):
                for name in self.spec.resolve(response).get("headers") or {}:
                    headers.setdefault(name, "MOCK" + secrets.token_hex(24))
        return headers

    def error(self, op: Operation, status: int, code: str, message: str) -> Response:
        # Authentication fails at the gateway, before the legacy service: the v2 shape.
        if op.legacy and status != 401:
            body = {"is_success": False, "error_code": code, "error_message": message}
        else:
            body = {"error_code": code, "error_msg": message}
        return JSONResponse(body, status_code=status, headers={"X-Request-Id": uuid.uuid4().hex})


class MockError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _fill(template: Any, params: dict[str, Any]) -> Any:
    """A declared answer with {parameter} replaced by the request's path parameters,
    percent-encoded: the answers declared this way are links."""
    if isinstance(template, dict):
        return {k: _fill(v, params) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, params) for v in template]
    if isinstance(template, str):
        return re.sub(
            r"\{(\w+)\}",
            lambda m: quote(str(params.get(m.group(1), m.group(0))), safe=""),
            template,
        )
    return template


def _absolute(schema: Any) -> Any:
    """A copy of a schema taken out of the spec whose local $refs still point into the spec."""
    if isinstance(schema, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute(v)
            )
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute(v) for v in schema]
    return schema


def _is_array(spec: Spec, param: dict[str, Any]) -> bool:
    return bool(spec.resolve(param.get("schema") or {}).get("type") == "array")


def _convert(kind: Any, raw: str) -> Any:
    if kind == "integer":
        return int(raw)
    if kind == "number":
        return float(raw)
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ValueError(raw)
        return raw.lower() == "true"
    return raw


def _set(document: dict[str, Any], pointer: str, value: Any) -> None:
    tokens = [t for t in pointer.strip("/").split("/") if t]
    node = document
    for token in tokens[:-1]:
        child = node.get(token)
        if not isinstance(child, dict):
            child = node[token] = {}
        node = child
    if tokens:
        node[tokens[-1]] = value


def _merge_known(
    spec: Spec, target: dict[str, Any], source: dict[str, Any], schema: Any, fits: Any
) -> None:
    """Copy request fields into the resource where its schema has them and accepts them."""
    properties = _properties(spec, schema)
    for name, value in source.items():
        if name not in properties:
            continue
        if isinstance(value, dict) and isinstance(target.get(name), dict):
            _merge_known(spec, target[name], value, properties[name], fits)
        elif fits(properties[name], value):
            target[name] = copy.deepcopy(value)


def _properties(spec: Spec, schema: Any) -> dict[str, Any]:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return {}
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        properties.update(_properties(spec, part))
    return properties


def _first_array(spec: Spec, schema: Any) -> str:
    for name, prop in _properties(spec, schema).items():
        if spec.resolve(prop).get("type") == "array":
            return name
    return ""


def _advance_fields(view: dict[str, Any], elapsed: float) -> None:
    # Running things report time spent: a training job's duration grows while it runs.
    status = view.get("status")
    if isinstance(status, dict) and isinstance(status.get("duration"), int):
        status["duration"] = int(elapsed * 1000)
