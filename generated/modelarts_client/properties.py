"""Property checks of the generated SDK against its own spec, for hypothesis tests.

- round trip: a JSON value valid for a schema parses into its Python type and dumps back
  (by wire name) to the same JSON: types, nulls, missing-vs-null, unknown fields kept;
- no coercion: whatever the Python type accepts is valid for the schema, except for what
  the models leave open on purpose (enum values, value constraints; see strategies);
- request round trip: the arguments of a call reach the mock server as the same values.

The generated `tests/test_properties.py` runs them for every schema and operation.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Callable

import httpx
import pydantic

from ._base_client import type_adapter as adapter
from .strategies import Schemas


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
    from_data = adapter(python_type).validate_python(value)
    from_text = adapter(python_type).validate_json(json.dumps(value))
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
        parse(value)
    except pydantic.ValidationError:
        return False
    return True


@dataclass
class Argument:
    python_name: str
    wire_name: str
    location: str
    pointer: str
    required: bool


@dataclass
class OperationCase:
    """One operation as a test sees it: how to call it and what the server should read."""

    operation_id: str
    method: str  # the client method
    arguments: list[Argument]
    body_pointer: str = ""
    body_type: Any = None
    body_required: bool = False
    client_arguments: list[Argument] = field(default_factory=list)


def draw_call(schemas: Schemas, case: OperationCase, draw: Callable[[Any], Any]) -> dict[str, Any]:
    """Random valid values for a call: wire name -> value, plus "body" when there is one."""
    from hypothesis import strategies as st

    values: dict[str, Any] = {}
    for argument in [*case.client_arguments, *case.arguments]:
        if argument.required or draw(st.booleans()):
            values[argument.wire_name] = draw(_argument_values(schemas, argument))
    if case.body_pointer and (case.body_required or draw(st.booleans())):
        values["body"] = draw(schemas.instances(case.body_pointer))
    return values


def _argument_values(schemas: Schemas, argument: Argument) -> Any:
    values = schemas.instances(argument.pointer)
    if argument.location == "path":
        # The client refuses "", "." and ".." (they would name another resource). A "/" is
        # sent encoded, but servers decode the path before routing, so it cannot round-trip.
        return values.filter(lambda v: str(v) not in ("", ".", "..") and "/" not in str(v))
    if argument.location == "header":
        # HTTP header values are visible ASCII and inner spaces, without outer spaces.
        return values.filter(_header_safe)
    return values


def _header_safe(value: Any) -> bool:
    text = value if isinstance(value, str) else json.dumps(value)
    return text == text.strip() and all(" " <= c <= "~" for c in text)


def check_request_round_trip(
    service: Any,
    client_class: Callable[..., Any],
    case: OperationCase,
    values: dict[str, Any],
) -> None:
    """Call the operation through the async client into the mock (in-process, over ASGI) and
    check the mock read every value back as sent."""
    transport = httpx.ASGITransport(app=service.app())
    client_values = {a.python_name: values[a.wire_name] for a in case.client_arguments}
    kwargs = {a.python_name: values[a.wire_name] for a in case.arguments if a.wire_name in values}
    if "body" in values:
        kwargs["body"] = adapter(case.body_type).validate_python(values["body"])

    async def call() -> None:
        async with httpx.AsyncClient(transport=transport) as http:
            client = client_class(
                endpoint="http://mock.test",
                token="t",
                http_client=http,
                max_retries=0,
                **client_values,
            )
            try:
                await getattr(client, case.method)(**kwargs)
            except Exception as error:  # the answer does not matter here, only the request
                if not type(error).__module__.startswith(client_class.__module__.split(".")[0]):
                    raise

    service.received.clear()
    asyncio.run(call())
    assert service.received, f"{case.operation_id}: the mock did not accept the request"
    operation_id, params, payload = service.received[-1]
    assert operation_id == case.operation_id
    sent = {k: v for k, v in values.items() if k != "body"}
    assert same_json(params, sent), f"parameters changed on the way:\n{sent!r}\n{params!r}"
    if "body" in values:
        assert same_json(payload, values["body"]), f"body changed:\n{values['body']!r}\n{payload!r}"
