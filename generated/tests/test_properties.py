"""Property tests of the Huawei Cloud ModelArts API SDK, generated from its spec.

For every schema: valid JSON values round-trip through the SDK's types unchanged, and
whatever a type accepts is valid for its schema. For every operation: random valid arguments
reach the mock server as the same values. The schemas and operations are listed in
properties.json, beside this file. Run with `pytest tests/` after `pip install -e '.[test]'`;
PROPERTY_EXAMPLES sets the number of examples per test (default 20).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from modelarts_client import AsyncModelArts, models
from modelarts_client.properties import (
    OperationCase,
    check_no_coercion,
    check_request_round_trip,
    check_round_trip,
    draw_call,
    load_cases,
)
from modelarts_client.strategies import default_schemas

EXAMPLES = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
SCHEMAS, OPERATIONS = load_cases(Path(__file__).with_name("properties.json"), models)


@pytest.mark.parametrize("pointer, python_type", SCHEMAS, ids=[p for p, _ in SCHEMAS])
@EXAMPLES
@given(data=st.data())
def test_valid_values_round_trip(pointer: str, python_type: Any, data: st.DataObject) -> None:
    check_round_trip(python_type, data.draw(default_schemas().instances(pointer)))


@pytest.mark.parametrize("pointer, python_type", SCHEMAS, ids=[p for p, _ in SCHEMAS])
@EXAMPLES
@given(data=st.data())
def test_accepted_values_are_valid(pointer: str, python_type: Any, data: st.DataObject) -> None:
    schemas = default_schemas()
    value = data.draw(schemas.near_instances(pointer))
    # --hypothesis-show-statistics shows how often each side was explored
    event("accepted" if check_no_coercion(schemas, pointer, python_type, value) else "refused")


@pytest.fixture(scope="module")
def mock_service() -> Any:
    from modelarts_client.mock import MockService

    return MockService(time_scale=0.0)


@pytest.mark.parametrize("case", OPERATIONS, ids=[c.operation_id for c in OPERATIONS])
@EXAMPLES
@given(data=st.data())
def test_requests_reach_the_server_unchanged(
    mock_service: Any, case: OperationCase, data: st.DataObject
) -> None:
    call = draw_call(default_schemas(), case, data.draw)
    check_request_round_trip(mock_service, AsyncModelArts, case, call)
