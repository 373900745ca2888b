"""A stateful mock of the API as an ASGI app (starlette), built from the bundled spec.

Requests are authenticated and validated against the spec; resources created through the
API can be shown, listed (filtered, sorted and paged as the list operation documents),
updated and deleted; status fields follow the lifecycles the spec declares in ``x-mock``
(state pointer and timed steps, scaled by ``time_scale``), and actions are refused on
resources in states the spec's ``x-mock.requires`` does not allow. Errors, including
unknown paths and methods, answer in the spec's error envelope (``x-error-envelope``).
Faults (error answers, latency) can be injected for every request or one (``_faults``).
"""

from __future__ import annotations

import asyncio
import copy
import json
import random
import re
import secrets
import time
import uuid
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .._jsonschema import document_as_json_schema, to_json_schema
from . import _wire as wire
from ._auth import DEMO_AK, DEMO_SK, Accepted, Incoming, check
from ._faults import FAULT_HEADER, RETRY_AFTER_SECONDS, RETRY_LATER, Faults, parse
from ._listing import Listing, ListingError, listing
from ._model import Operation, Spec, get, instance, scalar_type, schema_at
from ._model import properties as _properties
from ._store import Store

SPEC_FILE = Path(__file__).with_name("openapi.json")
_LIFECYCLE = "__lifecycle__"
# Without x-error-envelope, errors answer as {"error_code": ..., "error_msg": ...}.
_DEFAULT_ENVELOPE = {"code_field": "error_code", "message_field": "error_msg"}
# Answers that come from the gateway in front of the service, in the API's own envelope
# even for operations whose service answers in another (legacy) one.
_GATEWAY = {401, 429, 503}
# Fields a created resource gets the time of its creation in (milliseconds, or date-time).
_TIMESTAMPS = ("create_time", "create_at", "created_at", "update_time", "update_at")


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
        faults: str | Faults | None = None,
        seed: int | None = None,
    ) -> None:
        self.spec = Spec(document or json.loads(SPEC_FILE.read_text(encoding="utf-8")))
        self.accepted = Accepted(ak, sk, token)
        self.store = Store(db)
        self.time_scale = time_scale
        self.faults = parse(faults) if isinstance(faults, str) else faults or Faults()
        self.random = random.Random(seed)
        settings = self.spec.document.get("x-mock") or {}
        # Error codes by HTTP status, for the errors the mock answers with on its own.
        self.codes = {str(k): str(v) for k, v in (settings.get("error_codes") or {}).items()}
        self.listings: dict[str, Listing] = {}
        # Validation reads the schemas as OpenAPI means them (3.0 nullable, discriminators).
        self.openapi_30 = str(self.spec.document.get("openapi", "")).startswith("3.0")
        resource = Resource.from_contents(
            document_as_json_schema(self.spec.document), default_specification=DRAFT202012
        )
        self.registry: Registry = Registry().with_resource("urn:spec", resource)
        self.default_security = [list(r) for r in self.spec.document.get("security") or []]
        components = self.spec.document.get("components") or {}
        self.schemes = {
            name: self.spec.resolve(scheme)
            for name, scheme in (components.get("securitySchemes") or {}).items()
        }
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
        return Starlette(
            routes=routes,
            middleware=[Middleware(_EncodedSlashes)],
            exception_handlers={404: self._no_route, 405: self._no_route},
        )

    def _endpoint(self, operations: dict[str, Operation]) -> Any:
        async def endpoint(request: Request) -> Response:
            op = operations.get(request.method) or operations["GET"]  # HEAD: as GET
            try:
                fault = await self._fault(request)
                if fault is not None:
                    return fault
                body = await request.body()
                return self.handle(op, request, body)
            except MockError as error:
                return self.error(op, error.status, error.message, error.code)

        return endpoint

    async def _no_route(self, request: Request, exc: Exception) -> Response:
        """Unknown paths and methods answer in the API's error envelope, as the service's
        gateway does, not with starlette's plain text."""
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?")[0]
        if status == 405:
            message = f"{request.method} is not allowed on {path} (allowed: {headers.get('Allow')})"
        else:
            message = f"no operation at {request.method} {path}"
        return self.error(None, status, message, headers=headers)

    async def _fault(self, request: Request) -> Response | None:
        """An injected error answer, after any injected latency; None to go on."""
        asked = request.headers.get(FAULT_HEADER)
        try:
            faults = parse(asked) if asked is not None else self.faults
        except ValueError as error:
            raise MockError(400, f"{FAULT_HEADER}: {error}") from None
        if not faults:
            return None
        status, delay = faults.draw(self.random)
        if delay:
            await asyncio.sleep(delay)
        if not status:
            return None
        where = FAULT_HEADER if asked is not None else "--faults"
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if status in RETRY_LATER else {}
        return self.error(None, status, f"fault injected by the mock ({where})", headers=headers)

    # -- one request ---------------------------------------------------------------------------

    def handle(self, op: Operation, request: Request, body: bytes) -> Response:
        requirements = (
            self.default_security
            if op.spec.get("security") is None
            else [list(r) for r in op.spec["security"]]
        )
        if requirements:
            incoming = Incoming(
                request.method,
                request.url.path,
                request.url.query,
                {k.lower(): v for k, v in request.headers.items()},
                body,
            )
            problem = check(self.accepted, incoming, requirements, self.schemes)
            if problem:
                raise MockError(401, problem)
        params = self._parameters(op, request)
        payload = self._body(op, body, request.headers.get("content-type", ""))
        self.received.append((op.operation_id, params, payload))
        handler = getattr(self, f"_{op.role}")
        return handler(op, params, payload)  # type: ignore[no-any-return]

    def _parameters(self, op: Operation, request: Request) -> dict[str, Any]:
        """Each parameter the request carries, read in its style, by wire name."""
        query = wire.query_pairs(request.url.query)
        cookies = wire.cookie_pairs(request.headers.get("cookie", ""))
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = wire.raw_path_params(op.path, raw_path.decode("latin-1"))
        values: dict[str, Any] = {}
        for param in op.parameters:
            name, where = str(param.get("name", "")), param.get("in")
            schema = param.get("schema") or {}
            kind = wire.shape(self.spec.resolve, schema)
            raw: Any = None
            if where == "path":
                # a parameter sharing its segment ({name}.{ext}): as the router split it
                segment = path.get(name) or quote(str(request.path_params.get(name, "")), safe="")
                raw = wire.path_value(param, kind, segment)
            elif where == "query" or where == "cookie":
                pairs = query if where == "query" else cookies
                raw = wire.query_value(param, kind, pairs, list(_properties(self.spec, schema)))
            elif where == "header":
                header = request.headers.get(name)
                raw = None if header is None else wire.header_value(param, kind, header)
            if raw is None:
                if param.get("required"):
                    raise MockError(400, f"missing required {where} parameter {name}")
                continue
            values[name] = self._coerce(param, raw)
        return values

    def _coerce(self, param: dict[str, Any], raw: Any) -> Any:
        schema = self.spec.resolve(param.get("schema") or {})
        try:
            value = self._typed(schema, raw)
        except ValueError:
            raise MockError(
                400, f"parameter {param['name']} must be {schema.get('type')}"
            ) from None
        self._validate(param.get("schema") or {}, value, f"parameter {param['name']}")
        return value

    def _typed(self, schema: Any, raw: Any) -> Any:
        """Text read off the wire as the schema's types: items, members, scalars."""
        schema = self.spec.resolve(schema or {})
        if isinstance(raw, list):
            return [self._typed(schema.get("items"), item) for item in raw]
        if isinstance(raw, dict):
            properties = _properties(self.spec, schema)
            extra = schema.get("additionalProperties")
            return {
                key: self._typed(properties.get(key, extra if isinstance(extra, dict) else {}), v)
                for key, v in raw.items()
            }
        return _convert(_scalar_type(schema), raw) if isinstance(raw, str) else raw

    def _body(self, op: Operation, body: bytes, content_type: str) -> Any:
        if not body:
            if op.body_required:
                raise MockError(400, "the request body is required")
            return None
        media_type = content_type.split(";")[0].strip().lower() or op.body_media_type
        try:
            payload = self._payload(op, media_type, content_type, body)
        except ValueError as error:
            kind = "JSON" if media_type.endswith("json") else media_type
            raise MockError(400, f"the request body is not valid {kind}: {error}") from None
        if op.body_schema is not None and not isinstance(payload, bytes):
            self._validate(op.body_schema, payload, "body", request_body=True)
        return payload

    def _payload(self, op: Operation, media_type: str, content_type: str, body: bytes) -> Any:
        """The body as the value the client was given: JSON, form fields, parts, text."""
        if media_type.endswith("json"):
            return json.loads(body)
        schema = self.spec.resolve(op.body_schema or {})
        properties = _properties(self.spec, schema)
        if media_type == "application/x-www-form-urlencoded":
            fields = self._regroup(properties, wire.form_fields(body))
            return self._fields(properties, fields, lambda value: value)
        if media_type.startswith("multipart/"):
            parts = wire.multipart_fields(content_type, body)
            return self._fields(properties, parts, lambda part: wire.part_value(*part))
        try:
            return body.decode("utf-8")  # text, or a binary body that happens to be text
        except UnicodeDecodeError:
            return body

    def _fields(
        self, properties: dict[str, Any], fields: dict[str, list[Any]], value_of: Any
    ) -> dict[str, Any]:
        """Form fields or parts by name as the object they came from: repeated ones as
        arrays, the rest typed by their property's schema."""
        result: dict[str, Any] = {}
        for name, found in fields.items():
            schema = self.spec.resolve(properties.get(name) or {})
            kind = wire.shape(self.spec.resolve, schema)
            values = [value_of(item) for item in found]
            if kind != "array":
                result[name] = self._typed(schema, _parsed(kind, values[0]))
            else:
                items = self.spec.resolve(schema.get("items") or {})
                item_kind = wire.shape(self.spec.resolve, items)
                result[name] = [self._typed(items, _parsed(item_kind, v)) for v in values]
        return result

    def _regroup(
        self, properties: dict[str, Any], fields: dict[str, list[str]]
    ) -> dict[str, list[Any]]:
        """A form sends an object field as its members, each a field of its own (form style,
        exploded): they are put back under the object's name."""
        grouped: dict[str, list[Any]] = {}
        for name, schema in properties.items():
            if name in fields or wire.shape(self.spec.resolve, schema) != "object":
                continue
            members = _properties(self.spec, schema)
            found = {k: v[0] for k, v in fields.items() if k in members and k not in properties}
            if found:
                grouped[name] = [found]
        taken = {k for members in grouped.values() for k in members[0]}
        return {**{k: v for k, v in fields.items() if k not in taken}, **grouped}

    def _validate(self, schema: Any, value: Any, what: str, request_body: bool = False) -> None:
        validator = self._validator(schema, request_body)
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            raise MockError(400, f"{what}{' ' + where if where else ''}: {error.message[:200]}")

    # -- roles ---------------------------------------------------------------------------------

    def _key(
        self, collection: str, params: dict[str, Any], resource: dict[str, Any] | None = None
    ) -> str:
        """A collection path with its parameters filled: from the request, else (a new
        resource whose own id names its collection) from the resource's fields."""

        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            return str(params[name] if name in params else (resource or {}).get(name, ""))

        return re.sub(r"\{([^}]+)\}", value, collection)

    def _create(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        self._check(op, params, None)
        recipe = {"collection": op.collection, **op.mock}
        return self._ok(op, self._view(self._store_new(op, params, payload, recipe)))

    def _store_new(
        self, op: Operation, params: dict[str, Any], payload: Any, recipe: dict[str, Any]
    ) -> dict[str, Any]:
        """Make the resource a create describes (recipe: its collection, the pointers of its
        ids, its lifecycle), and keep it."""
        resource = self._new_resource(op, payload)
        pointers = [str(recipe.get("id") or "/id"), *[str(p) for p in recipe.get("ids") or []]]
        for pointer in pointers:
            self._new_id(op, resource, pointer, str(recipe["collection"]))
        self._start_lifecycle(resource, recipe.get("lifecycle"))
        key = self._key(str(recipe["collection"]), params, resource)
        self.store.put(key, str(get(resource, pointers[0])), resource)
        return resource

    def _new_id(self, op: Operation, resource: dict[str, Any], pointer: str, where: str) -> None:
        """A UUID, or the next number where the id's schema is an integer (v1 job ids)."""
        schema = schema_at(self.spec, op.success_schema or {}, pointer)
        if scalar_type(self.spec, schema) == "integer":
            _set(resource, pointer, self.store.next_number(f"{where} {pointer}"))
        else:
            _set(resource, pointer, str(uuid.uuid4()))

    def _new_resource(self, op: Operation, payload: Any) -> dict[str, Any]:
        """The request's fields that the answer's schema has (with the request schema's
        defaults for those not sent), the required fields, and the creation time; optional
        fields the mock cannot know are left out."""
        base = instance(self.spec, op.success_schema or {})
        resource = base if isinstance(base, dict) else {}
        if isinstance(payload, dict):
            sent = _with_defaults(self.spec, op.body_schema or {}, payload)
            _merge_known(self.spec, resource, sent, op.success_schema or {}, self._fits)
        self._stamp(resource, op.success_schema or {})
        return resource

    def _stamp(self, resource: dict[str, Any], schema: Any) -> None:
        """The time of creation into the timestamp fields the schema has, at the top or in
        an object the resource has (metadata/create_time)."""
        now = time.time()
        for name, prop in _properties(self.spec, schema).items():
            inner = resource.get(name)
            if isinstance(inner, dict):
                self._stamp(inner, prop)
            elif name in _TIMESTAMPS:
                prop = self.spec.resolve(prop)
                kind = scalar_type(self.spec, prop)
                if kind == "integer":
                    resource[name] = int(now * 1000)
                elif kind == "string" and prop.get("format") == "date-time":
                    resource[name] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))

    def _list(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        self._check(op, params, None)
        items = [self._view(r) for r in self.store.list(self._key(op.collection, params))]
        if op.operation_id not in self.listings:
            self.listings[op.operation_id] = listing(self.spec, op)
        try:
            fields = self.listings[op.operation_id].answer(items, params)
        except ListingError as error:
            raise MockError(400, str(error), error.code) from None
        page = instance(self.spec, op.success_schema or {})
        return self._ok(op, {**(page if isinstance(page, dict) else {}), **fields})

    def _show(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        return self._ok(op, self._view(self._find(op, params)))

    def _update(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        self._check(op, params, resource)
        if isinstance(payload, dict):
            _merge_known(self.spec, resource, payload, op.success_schema or {}, self._fits)
        self.store.put(self._key(op.collection, params), str(params[op.item_param]), resource)
        return self._ok(op, self._view(resource))

    def _delete(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        self._check(op, params, resource)
        self.store.delete(self._key(op.collection, params), str(params[op.item_param]))
        if self._answers_with_the_resource(op):
            return self._ok(op, self._view(resource))
        return self._static(op, params, payload)  # a bare envelope (v1), or no body

    def _action(self, op: Operation, params: dict[str, Any], payload: Any) -> Response:
        resource = self._find(op, params)
        self._check(op, params, resource)
        self._start_lifecycle(resource, op.mock.get("lifecycle"))
        self.store.put(self._key(op.collection, params), str(params[op.item_param]), resource)
        creates = op.mock.get("creates")
        if isinstance(creates, dict):  # saving a notebook as an image makes an image
            return self._ok(op, self._view(self._store_new(op, params, payload, creates)))
        if self._answers_with_the_resource(op):
            return self._ok(op, self._view(resource))
        return self._static(op, params, payload)

    def _answers_with_the_resource(self, op: Operation) -> bool:
        """Whether the answer is the resource itself: the schema the collection's show (or
        create) answers with."""
        same = [o for o in self.spec.operations if o.collection == op.collection]
        shown = next((o for o in same if o.role == "show"), None) or next(
            (o for o in same if o.role == "create"), None
        )
        return shown is not None and shown.success_schema == op.success_schema

    def _check(self, op: Operation, params: dict[str, Any], item: dict[str, Any] | None) -> None:
        """Refuse the request where the item it names lives under an item that does not
        exist, or where an item is in a state its x-mock.requires does not allow."""
        parent = self._parent(op, params)
        for rule in op.mock.get("requires") or []:
            target = parent if rule.get("of") == "parent" else item
            if target is None:
                continue
            state = get(self._view(target), str(rule.get("state", "/status")))
            allowed = list(rule.get("in") or [])
            if state not in allowed:
                raise self._refusal(op, params, rule, state, allowed)

    def _parent(self, op: Operation, params: dict[str, Any]) -> dict[str, Any] | None:
        """The item the operation's collection belongs to (the notebook of a storage mount);
        404 when there is none."""
        if op.parent is None:
            return None
        collection, param = op.parent
        ident = str(params.get(param, ""))
        found = self.store.get(self._key(collection, params), ident)
        if found is None:
            raise self._not_found(op, params, ident, collection)
        return found

    def _refusal(
        self, op: Operation, params: dict[str, Any], rule: dict[str, Any], state: Any, allowed: Any
    ) -> MockError:
        """The error for an item in a state the rule does not allow: the one the rule
        declares for that state (refusals), else the rule's own, else a plain one."""
        of_parent = rule.get("of") == "parent" and op.parent is not None
        collection, param = op.parent if of_parent and op.parent else (op.collection, op.item_param)
        ident = params.get(param, "")
        declared = {**rule, **((rule.get("refusals") or {}).get(str(state)) or {})}
        default = (
            f"{_noun(collection)} {ident} is {state}; "
            f"{op.operation_id} needs it {' or '.join(map(str, allowed))}."
        )
        message = _substitute(str(declared.get("error_msg") or default), {**params, "state": state})
        status = int(declared.get("status", 400))
        return MockError(status, message, str(declared.get("error_code") or ""))

    def _validator(self, schema: Any, request_body: bool = False) -> Any:
        kind = _RequestBodyValidator if request_body else jsonschema.Draft202012Validator
        return kind(_absolute(to_json_schema(schema, self.openapi_30)), registry=self.registry)

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
        resource = self.store.get(self._key(op.collection, params), ident)
        if resource is None:
            raise self._not_found(op, params, ident)
        return resource

    def _not_found(
        self, op: Operation, params: dict[str, Any], ident: str, collection: str = ""
    ) -> MockError:
        """The spec's declared 404 (x-mock.not_found), else "<Thing> <id> not found."."""
        declared = op.mock.get("not_found") or {}
        noun = _noun(collection or op.collection or op.path)
        message = str(declared.get("error_msg") or f"{noun} {ident} not found.")
        return MockError(404, _substitute(message, params), str(declared.get("error_code") or ""))

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
        if op.success_schema is None:  # a 202 or 204 without a body
            return Response(status_code=op.success_status, headers=headers)
        success_field = self._envelope(op).get("success_field")
        if success_field and isinstance(value, dict):
            value = {**value, str(success_field): True}
            value.pop(str(self._envelope(op)["code_field"]), None)
            value.pop(str(self._envelope(op)["message_field"]), None)
        return JSONResponse(value, status_code=op.success_status, headers=headers)

    def _response_headers(self, op: Operation) -> dict[str, str]:
        headers = {"X-Request-Id": uuid.uuid4().hex}
        for code, response in (op.spec.get("responses") or {}).items():
            if str(code) == str(op.success_status):
                for name in self.spec.resolve(response).get("headers") or {}:
                    headers.setdefault(name, "MOCK" + secrets.token_hex(24))
        return headers

    def _envelope(self, op: Operation | None) -> dict[str, Any]:
        """How errors look: the operation's x-error-envelope, else the API's, else
        {"error_code", "error_msg"}."""
        declared = (op.spec.get("x-error-envelope") if op else None) or self.spec.document.get(
            "x-error-envelope"
        )
        return {**_DEFAULT_ENVELOPE, **(declared or {})}

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        code: str = "",
        headers: dict[str, str] | None = None,
    ) -> Response:
        """An error answer in the spec's envelope; code defaults to the spec's code for the
        status (x-mock.error_codes)."""
        envelope = self._envelope(None if status in _GATEWAY else op)
        body: dict[str, Any] = {
            str(envelope["code_field"]): code or self.codes.get(str(status)) or f"Mock.{status}",
            str(envelope["message_field"]): message,
        }
        if envelope.get("success_field"):
            body = {str(envelope["success_field"]): False, **body}
        answer_headers = {"X-Request-Id": uuid.uuid4().hex, **(headers or {})}
        return JSONResponse(body, status_code=status, headers=answer_headers)


class MockError(Exception):
    def __init__(self, status: int, message: str, code: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class _EncodedSlashes:
    """Routes a request whose path has an encoded "/" inside a segment (an id such as a/b,
    sent as a%2Fb) by its segments as sent: decoded, the path would have one segment too
    many and match no route. The operations read path parameters from the raw path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") if scope["type"] == "http" else None
        if raw and b"%2f" in raw.lower():
            segments = raw.decode("latin-1").split("?")[0].split("/")
            path = "/".join(unquote(s).replace("/", "%2F") for s in segments)
            scope = {**scope, "path": path}
        await self.app(scope, receive, send)


def _noun(collection: str) -> str:
    """What a collection holds, for messages: /v1/{project_id}/notebooks -> Notebook."""
    last = collection.rstrip("/").split("/")[-1]
    return last.rstrip("s").replace("-", " ").capitalize()


def _substitute(template: str, values: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _with_defaults(spec: Spec, schema: Any, value: dict[str, Any]) -> dict[str, Any]:
    """A request body with the defaults its schema documents for fields not sent (the
    service applies them), in the objects the body has."""
    result = dict(value)
    for name, prop in _properties(spec, schema).items():
        prop = spec.resolve(prop)
        if name not in result and isinstance(prop, dict) and "default" in prop:
            result[name] = copy.deepcopy(prop["default"])
        elif isinstance(result.get(name), dict):
            result[name] = _with_defaults(spec, prop, result[name])
    return result


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


def _required_unless_read_only(
    validator: Any, required: Any, instance: Any, schema: dict[str, Any]
) -> Any:
    """JSON Schema's required, less the properties a request never carries (readOnly)."""
    if not validator.is_type(instance, "object"):
        return
    properties = schema.get("properties") or {}
    for name in required:
        if name not in instance and not _read_only(validator, properties.get(name)):
            yield jsonschema.ValidationError(f"{name!r} is a required property")


def _read_only(validator: Any, schema: Any) -> bool:
    """Whether a property's schema (through $ref and allOf) is readOnly."""
    for _ in range(20):
        if not isinstance(schema, dict):
            return False
        if schema.get("readOnly") is True:
            return True
        if isinstance(schema.get("$ref"), str):
            schema = validator._resolver.lookup(schema["$ref"]).contents
            continue
        return any(_read_only(validator, part) for part in schema.get("allOf") or [])
    return False


_RequestBodyValidator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, {"required": _required_unless_read_only}
)


def _scalar_type(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    return next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind


def _parsed(kind: str, value: Any) -> Any:
    """An object or array sent as one JSON text (a form field, a part): parsed."""
    if kind != "scalar" and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


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


def _advance_fields(view: dict[str, Any], elapsed: float) -> None:
    # Running things report time spent: a training job's duration grows while it runs.
    status = view.get("status")
    if isinstance(status, dict) and isinstance(status.get("duration"), int):
        status["duration"] = int(elapsed * 1000)
