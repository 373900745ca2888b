"""Cross-check: where the official SDK has an operation, the spec agrees with it on the wire."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from generator.spec.walk import resolve
from official_sdk import OfficialOperation, official_operations
from sdk_fields import Comparison, allowlist, compare_all, summary
from test_spec import by_id, spec


@lru_cache(maxsize=1)
def official() -> dict[str, OfficialOperation]:
    return official_operations()


def _shared() -> list[str]:
    return sorted(set(by_id()) & set(official()))


def shared_operations() -> dict[str, dict[str, Any]]:
    """The spec's operations that the official SDK also has, by operationId."""
    return {name: by_id()[name][2] for name in _shared()}


@lru_cache(maxsize=1)
def _field_comparison() -> Comparison:
    return compare_all(spec(), shared_operations())


def _parameters(path: str, op: dict[str, Any], location: str) -> set[str]:
    item = spec()["paths"][path]
    params = [
        resolve(spec(), p) for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
    ]
    return {p["name"] for p in params if p.get("in") == location}


def _body_fields(op: dict[str, Any]) -> set[str]:
    body = resolve(spec(), op.get("requestBody") or {})
    schema = resolve(
        spec(), ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
    )
    fields: set[str] = set(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        fields |= set(resolve(spec(), part).get("properties") or {})
    return fields


def test_the_official_sdk_is_read() -> None:
    # A broken reader would make every comparison below vacuous.
    assert len(official()) > 250
    assert official()["create_training_job"].path == "/v2/{project_id}/training-jobs"


def test_most_seed_operations_are_checked_against_the_official_sdk() -> None:
    assert len(_shared()) >= 30


@pytest.mark.parametrize("operation_id", _shared())
def test_operation_agrees_with_the_official_sdk(operation_id: str) -> None:
    method, path, op = by_id()[operation_id]
    theirs = official()[operation_id]
    assert (method.upper(), path) == (theirs.method, theirs.path)
    assert _parameters(path, op, "path") == set(theirs.path_params)
    assert _parameters(path, op, "query") == set(theirs.query_params)
    assert {h.lower() for h in _parameters(path, op, "header")} - {"content-type"} == {
        h.lower() for h in theirs.header_params
    }
    assert _body_fields(op) == set(theirs.body_fields)


def test_bodies_agree_with_the_official_sdk_field_by_field() -> None:
    # Request bodies and 2xx answers, recursively by wire name and JSON type; every
    # difference is either fixed in the spec or listed, with its reason, in the allow-list.
    reasons, entries = allowlist()
    total = _field_comparison()
    print("\n".join(summary(total, entries)))
    assert total.compared > 1000  # a walker that stops early would compare little
    unlisted = [d for d in total.differences if not any(e.matches(d) for e in entries)]
    assert not unlisted, "differences from the official SDK not in the allow-list:\n" + "\n".join(
        f"  {d.at} [{d.kind}] {d.detail}: {d.operation} {d.direction} {d.path}"
        f" ({d.fields} field paths)"
        for d in unlisted
    )


def test_every_allow_list_entry_is_used_and_has_a_known_reason() -> None:
    reasons, entries = allowlist()
    total = _field_comparison()
    for entry in entries:
        assert entry.reason in reasons, entry
        assert entry.note.strip(), entry
        for name in entry.fields:
            assert any(
                entry.matches(d) and d.at == f"{entry.model}.{name}" for d in total.differences
            ), f"stale allow-list entry (nothing differs there): {entry.model}.{name} {entry.kind}"
