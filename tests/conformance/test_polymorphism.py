"""A discriminator picks the variant wherever its oneOf stands; an unknown tag stays data."""

from __future__ import annotations

from typing import Callable

import pytest
from harness import Sdk, make_sdk, server  # noqa: F401 (fixtures)
from http_stub import Reply


@pytest.fixture
def sdk(make_sdk: Callable[[str], Sdk]) -> Sdk:
    return make_sdk("polymorphism")


def test_top_level_by_mapping(sdk: Sdk) -> None:
    sdk.reply_with(Reply(200, {"pet_type": "dog"}))
    pet, received = sdk.both("put_pet", body=sdk.models.Cat(pet_type="cat", hunts=True))
    assert received.body == b'{"pet_type":"cat","hunts":true}'
    assert type(pet) is sdk.models.Dog


def test_array_items_and_map_values(sdk: Sdk) -> None:
    pets = [{"pet_type": "dog"}, {"pet_type": "cat"}, {"pet_type": "fish", "fins": 2}]
    sdk.reply_with(Reply(200, pets))
    result, _ = sdk.both("list_pets")
    assert [type(p).__name__ for p in result] == ["Dog", "Cat", "dict"]
    assert result[2] == {"pet_type": "fish", "fins": 2}
    sdk.reply_with(Reply(200, {"rex": {"pet_type": "dog"}, "tom": {"pet_type": "cat"}}))
    by_name, _ = sdk.both("pets_by_name")
    assert {k: type(v).__name__ for k, v in by_name.items()} == {"rex": "Dog", "tom": "Cat"}


def test_a_nullable_reference_of_3_1_is_optional_of_the_model(sdk: Sdk) -> None:
    assert not [n for n in dir(sdk.models) if n.startswith("CatFriend")]
    sdk.reply_with(
        Reply(
            200,
            [
                {"pet_type": "cat", "friend": {"pet_type": "dog"}},
                {"pet_type": "cat", "friend": None},
            ],
        )
    )
    pets, _ = sdk.both("list_pets")
    assert type(pets[0].friend) is sdk.models.Dog and pets[1].friend is None


def test_pets_that_do_not_fit_are_read_by_their_tag_as_far_as_they_fit(sdk: Sdk) -> None:
    pets = [
        {"pet_type": "cat", "hunts": "often", "friend": {"pet_type": "dog", "bark": 1}},
        {"pet_type": "dog", "bark": True},
        {"pet_type": "fish", "fins": 2},
    ]
    sdk.reply_with(Reply(200, pets))
    error = getattr(sdk.package, "APIResponseValidationError")
    with pytest.raises(error, match="hunts"):
        sdk.call("list_pets")  # the suite's clients are strict
    lenient = {"strict_response_validation": False}
    (cat, dog, fish), _ = sdk.both("list_pets", lenient)
    assert (type(cat), cat.hunts) == (sdk.models.Cat, "often")
    assert (type(cat.friend), cat.friend.bark) == (sdk.models.Dog, 1)
    assert dog == sdk.models.Dog(pet_type="dog", bark=True) and fish == pets[2]
    assert [cat.to_dict(), dog.to_dict()] == pets[:2]
    sdk.reply_with(Reply(200, {"pet_type": "cat", "hunts": 3}))
    pet, _ = sdk.both("put_pet", lenient, body=sdk.models.Dog(pet_type="dog"))
    assert (type(pet), pet.hunts) == (sdk.models.Cat, 3)
