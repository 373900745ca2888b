"""Schema idioms that must give the model they name, not a copy of it."""

from __future__ import annotations

import warnings
from typing import Callable

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)
from http_stub import Reply


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("nullable30")


def test_a_nullable_all_of_reference_is_the_referenced_model(sdk: Sdk) -> None:
    models = sdk.models
    assert not hasattr(models, "HolderOwner") and not hasattr(models, "HolderPrevious")
    sdk.reply_with(Reply(200, {"owner": None, "previous": {"name": "b"}}))
    body = models.Holder(owner=models.Owner(name="a"), previous=models.Owner(name="b"))
    stored, received = sdk.both("put_holder", body=body)
    assert received.body == b'{"owner":{"name":"a"},"previous":{"name":"b"}}'
    assert stored.owner is None and type(stored.previous) is models.Owner


def test_read_only_is_not_required_nor_sent_and_write_only_not_required(sdk: Sdk) -> None:
    models = sdk.models
    sdk.reply_with(Reply(201, {"id": "a1", "name": "ann", "owner": {}, "history": [{"at": "t"}]}))
    body = models.Account(name="ann", password="pw", owner=models.Owner())
    created, received = sdk.both("create_account", body=body)
    assert received.body == b'{"name":"ann","password":"pw","owner":{}}'
    assert created.id == "a1" and created.password is None  # an answer without the password
    # The answer sent back: the server's fields (readOnly) stay out, at every depth.
    created.history[0].what = "renamed"
    _, received = sdk.both("create_account", body=created)
    assert received.body == b'{"name":"ann","owner":{},"history":[{"what":"renamed"}]}'


def test_a_deprecated_property_warns_when_read_but_not_when_sent(sdk: Sdk) -> None:
    change = sdk.models.Change(what="x", reason="old")
    with pytest.warns(DeprecationWarning, match="The field reason is deprecated"):
        assert change.reason == "old"
    body = sdk.models.Account(name="n", password="p", owner={}, history=[change])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _, received = sdk.call("create_account", body=body)
    assert b'"history":[{"what":"x","reason":"old"}]' in received.body


def test_a_default_is_the_value_when_absent_and_is_not_sent_unless_set(sdk: Sdk) -> None:
    settings = sdk.models.Settings(mode="slow")
    assert (settings.level, settings.mode) == (3, "slow")
    sdk.reply_with(Reply(200, {}))
    answer, received = sdk.both("put_settings", body=settings)
    assert received.body == b'{"mode":"slow"}'
    assert (answer.level, answer.mode) == (3, "fast")
