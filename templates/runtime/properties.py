"""Property checks of the generated SDK against its own spec, for hypothesis tests.

- round trip: a JSON value valid for a schema parses into its Python type and dumps back
  (by wire name) to the same JSON: types, nulls, missing-vs-null, unknown fields kept;
- no coercion: whatever the Python type accepts is valid for the schema, except for what
  the models leave open on purpose (enum values, value constraints; see strategies);
- request round trip: the arguments of a call reach the mock server as the same values.

The generated `tests/test_properties.py` runs them for every schema and operation listed in
`tests/properties.json`.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Callable, Dict, List, Mapping, Optional, Union

import httpx
import pydantic

from . import _settings
from ._base_client import type_adapter as adapter
from ._model_base import UNKNOWN_VARIANT, Date, DateTime, File, Uuid, discriminate
from .strategies import SPEC_FILE, Schemas


def dump(python_type: Any, parsed: Any) -> Any:
    """The JSON value of parsed, by wire names, with only the fields that were set."""
    return adapter(python_type).dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)


def same_json(left: Any, right: Any) -> bool:
    """JSON equality: 1 == 1.0 (one JSON number), but true != 1 and "1" != 1."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    return type(left) is type(right) and left == right


def check_round_trip(python_type: Any, value: Any) -> None:
    """value parses (from Python data and from JSON text) and dumps back unchanged."""
    from_data = adapter(python_type).validate_python(value, by_name=False)
    from_text = adapter(python_type).validate_json(json.dumps(value), by_name=False)
    for parsed in (from_data, from_text):
        back = dump(python_type, parsed)
        assert same_json(back, value), f"round trip changed the value:\n{value!r}\n{back!r}"


def check_no_coercion(schemas: Schemas, pointer: str, python_type: Any, value: Any) -> bool:
    """If the Python type accepts value, the schema (as models check it) must accept it too.

    Returns whether the value was accepted, so tests can tell both cases were explored.
    """
    if not (_accepts(python_type, value) or _accepts(python_type, json.dumps(value), True)):
        return False
    errors = schemas.errors(pointer, value, loose=True)
    assert not errors, f"accepted a value the schema rejects: {value!r}: {errors}"
    return True


def _accepts(python_type: Any, value: Any, as_json: bool = False) -> bool:
    """Whether the type takes value (Python data, or JSON text as the client reads answers)."""
    parse = adapter(python_type).validate_json if as_json else adapter(python_type).validate_python
    try:
        parse(value, by_name=False)
    except pydantic.ValidationError:
        return False
    return True


def python_type(ref: Mapping[str, Any], models: Any) -> Any:
    """The Python type the SDK uses for a type description of tests/properties.json (the
    generator's TypeRef as data): the same annotation the models and clients are written with."""
    kind, name = ref["kind"], ref["name"]
    items = [python_type(item, models) for item in ref["items"]]
    result: Any
    if kind == "primitive":
        result = _PRIMITIVES[name]
    elif kind in ("model", "enum"):
        result = getattr(models, name)
    elif kind == "list":
        result = List[items[0]]  # type: ignore[valid-type]
    elif kind == "map":
        result = Dict[str, items[0]]  # type: ignore[valid-type]
    elif ref["discriminator"] is None:
        result = Union[tuple(items)]
    else:
        result = _tagged_union(ref, items)
    return Optional[result] if ref["nullable"] and result is not Any else result


_PRIMITIVES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": Union[int, float],
    "bool": bool,
    "bytes": File,  # a raw body: bytes, text or a file
    "file": File,
    "any": Any,
    "none": type(None),
    "datetime": DateTime,
    "date": Date,
    "uuid": Uuid,
}


def _tagged_union(ref: Mapping[str, Any], items: list[Any]) -> Any:
    """A oneOf with a discriminator, as the models declare it: unknown tags stay dicts."""
    discriminator = ref["discriminator"]
    by_name = {name: value for value, name in discriminator["mapping"]}
    tagged = [
        Annotated[item, pydantic.Tag(by_name[sub["name"]])]
        for item, sub in zip(items, ref["items"])
        if sub["name"] in by_name
    ]
    tagged.append(Annotated[Dict[str, Any], pydantic.Tag(UNKNOWN_VARIANT)])
    chooser = discriminate(discriminator["wire_name"], frozenset(by_name.values()))
    return Annotated[Union[tuple(tagged)], pydantic.Discriminator(chooser)]


@dataclass
class Argument:
    python_name: str
    wire_name: str
    location: str
    pointer: str
    required: bool
    style: str = ""
    explode: bool = False


@dataclass
class OperationCase:
    """One operation as a test sees it: how to call it and what the server should read."""

    operation_id: str
    method: str  # the client method
    arguments: list[Argument]
    body_pointer: str = ""
    body_type: Any = None
    body_required: bool = False
    body_media_type: str = ""
    client_arguments: list[Argument] = field(default_factory=list)


def load_cases(path: Path, models: Any) -> tuple[list[tuple[str, Any]], list[OperationCase]]:
    """The schemas (pointer, Python type) and operations listed in tests/properties.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    schemas = [(pointer, python_type(ref, models)) for pointer, ref in data["schemas"]]
    operations = [
        OperationCase(
            operation_id=case["operation_id"],
            method=case["method"],
            arguments=[Argument(**a) for a in case["arguments"]],
            client_arguments=[Argument(**a) for a in case["client_arguments"]],
            body_pointer=case.get("body_pointer", ""),
            body_type=python_type(case["body_type"], models) if "body_type" in case else None,
            body_required=case.get("body_required", False),
            body_media_type=case.get("body_media_type", ""),
        )
        for case in data["operations"]
    ]
    return schemas, operations


@dataclass
class Call:
    """Random valid values for one call: parameters by wire name, and the body if any."""

    params: dict[str, Any]
    body: Any = None
    has_body: bool = False


def draw_call(schemas: Schemas, case: OperationCase, draw: Callable[[Any], Any]) -> Call:
    from hypothesis import strategies as st

    call = Call({})
    for argument in [*case.client_arguments, *case.arguments]:
        if argument.required or draw(st.booleans()):
            call.params[argument.wire_name] = draw(_argument_values(schemas, argument))
    if case.body_pointer and (case.body_required or draw(st.booleans())):
        bodies = schemas.instances(case.body_pointer)
        if "form" in case.body_media_type:
            schema = schemas.resolve(schemas.at(case.body_pointer)) or {}
            declared = set(schema.get("properties") or {})
            urlencoded = case.body_media_type == "application/x-www-form-urlencoded"
            bodies = bodies.filter(lambda body: _form_carried(body, declared, urlencoded))
        elif case.body_media_type and "json" not in case.body_media_type:
            bodies = bodies.filter(lambda body: body not in ("", b""))  # no body at all
        call.body, call.has_body = draw(bodies), True
    return call


def _form_carried(body: Any, declared: set[str], urlencoded: bool) -> bool:
    """Whether a form (or multipart) body reads back the same: fields are text, so null,
    an empty array (no field at all) and an undeclared field that is not text are lost;
    a urlencoded form has no spelling for objects but their members."""
    if not isinstance(body, dict):
        return False
    for name, value in body.items():
        items = value if isinstance(value, list) else [value]
        if name == "" or not items or any(item is None or item == [] for item in items):
            return False
        if name not in declared and not isinstance(value, str):
            return False
        if urlencoded and any(isinstance(item, (dict, list)) for item in items):
            return False
    return True


def _argument_values(schemas: Schemas, argument: Argument) -> Any:
    schema = schemas.resolve(schemas.at(argument.pointer)) or {}
    return schemas.instances(argument.pointer).filter(
        lambda value: _carried(argument, value, schema)
    )


def _carried(argument: Argument, value: Any, schema: dict[str, Any]) -> bool:
    """Whether the parameter's style carries value so that a server reads back the same.
    OpenAPI's styles have no spelling for an empty array or object, for null, for an empty
    item, or for a value nested in another; a header (not encoded) cannot carry its
    delimiters, and a path cannot carry "/" (servers decode the path before routing)."""
    if value is None or value == [] or value == {}:
        return False
    if isinstance(value, dict):
        members: list[Any] = [*value, *value.values()]
    else:
        members = list(value) if isinstance(value, list) else [value]
    if isinstance(value, (dict, list)) and any(
        m is None or m == "" or isinstance(m, (dict, list)) for m in members
    ):
        return False
    declared = set(schema.get("properties") or {})
    if isinstance(value, dict) and not isinstance(schema.get("additionalProperties"), dict):
        # an undeclared member has no schema to read its text back as a number or boolean
        if any(k not in declared and not isinstance(v, str) for k, v in value.items()):
            return False
    texts = [m if isinstance(m, str) else json.dumps(m) for m in members]
    if argument.location == "path":
        # The client refuses "", "." and ".." (they would name another resource); a label
        # item cannot hold its "." delimiter, which is not encoded.
        label = argument.style == "label"
        return str(value) not in ("", ".", "..") and all(
            "/" not in t and not (label and "." in t) for t in texts
        )
    if argument.location == "header":
        # HTTP header values are visible ASCII and inner spaces, without outer spaces.
        return all(_header_safe(t) and "," not in t and "=" not in t for t in texts)
    if isinstance(value, dict) and argument.explode and argument.style in ("", "form"):
        # each member goes as a parameter of its own, which only its declared name finds
        return set(value) <= declared
    return True


def _header_safe(value: Any) -> bool:
    text = value if isinstance(value, str) else json.dumps(value)
    return text == text.strip() and all(" " <= c <= "~" for c in text)


def check_request_round_trip(
    service: Any, client_class: Callable[..., Any], case: OperationCase, call: Call
) -> None:
    """Make the call through the async client into the mock (in-process, over ASGI) and
    check the mock read every value back as sent."""
    transport = httpx.ASGITransport(app=service.app())
    # Every value a client needs (the operation may not use them): drawn where it does.
    client_values = {name: "p" for name in _settings.CLIENT_PARAMETERS}
    client_values.update({a.python_name: call.params[a.wire_name] for a in case.client_arguments})
    kwargs = {
        a.python_name: call.params[a.wire_name]
        for a in case.arguments
        if a.wire_name in call.params
    }
    if call.has_body:
        kwargs["body"] = adapter(case.body_type).validate_python(call.body, by_name=False)

    async def send() -> None:
        async with httpx.AsyncClient(transport=transport) as http:
            client = client_class(
                endpoint="http://mock.test",
                endpoints={name: "http://mock.test" for name in _settings.SERVER_NAMES},
                http_client=http,
                max_retries=0,
                strict_response_validation=True,
                **_any_credentials(),
                **client_values,
            )
            try:
                answer = getattr(client, case.method)(**kwargs)
                if inspect.isawaitable(answer):
                    await answer
                else:  # an event stream: an async iterator, read to its end
                    async for _ in answer:
                        pass
            except Exception as error:  # the answer does not matter here, only the request
                # (the mock answers event-stream operations with JSON, which httpx-sse refuses)
                ours = (client_class.__module__.split(".")[0], "httpx_sse")
                if not type(error).__module__.startswith(ours):
                    raise

    service.received.clear()
    asyncio.run(send())
    assert service.received, f"{case.operation_id}: the mock did not accept the request"
    operation_id, params, payload = service.received[-1]
    assert operation_id == case.operation_id
    assert same_json(params, call.params), f"parameters changed:\n{call.params!r}\n{params!r}"
    if call.has_body:
        expected = without_read_only(case.body_pointer, call.body)
        assert same_json(payload, expected), f"body changed:\n{expected!r}\n{payload!r}"


def _any_credentials() -> dict[str, Any]:
    """A credential for every security scheme's keyword: the requests, not their auth, count."""
    return {
        scheme["argument"]: ("user", "password") if scheme["kind"] == "basic" else "t"
        for scheme in _settings.SECURITY_SCHEMES.values()
        if scheme["argument"]
    }


def without_read_only(pointer: str, body: Any) -> Any:
    """The body as the SDK sends it, read off the spec: without readOnly properties (the
    server sets those), in objects, allOf parts, array items and map values."""
    document = _spec_document()
    return _drop_read_only(document, _node(document, pointer), json.loads(json.dumps(body)), 0)


@functools.lru_cache(maxsize=1)
def _spec_document() -> Any:
    return json.loads(SPEC_FILE.read_text("utf-8"))


def _drop_read_only(document: Any, schema: Any, value: Any, depth: int) -> Any:
    schema = _deref(document, schema)
    if depth > 40 or not isinstance(schema, dict):
        return value
    if isinstance(value, dict):
        for part in schema.get("allOf") or []:
            _drop_read_only(document, part, value, depth + 1)
        properties = schema.get("properties") or {}
        for key, sub in properties.items():
            if key not in value:
                continue
            if _flag(document, sub, "readOnly"):
                del value[key]
            else:
                _drop_read_only(document, sub, value[key], depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for key in [k for k in value if k not in properties]:
                _drop_read_only(document, extra, value[key], depth + 1)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            _drop_read_only(document, schema["items"], item, depth + 1)
    return value


def _flag(document: Any, schema: Any, keyword: str) -> bool:
    return bool(
        isinstance(schema, dict)
        and (schema.get(keyword) or (_deref(document, schema) or {}).get(keyword))
    )


def _deref(document: Any, schema: Any) -> Any:
    for _ in range(40):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            return schema
        schema = _node(document, schema["$ref"])
    return schema


def _node(document: Any, pointer: str) -> Any:
    node: Any = document
    for token in pointer.lstrip("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node.get(token, {})
    return node
