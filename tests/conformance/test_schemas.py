"""Schema idioms that must give the model they name, not a copy of it."""

from __future__ import annotations

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
