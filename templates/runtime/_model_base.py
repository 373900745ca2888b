"""Base classes of the generated models: unknown fields kept, enums open, wire names kept.

Validation is strict: a value is accepted only if it has the JSON type the schema gives
(no "1" for an integer, no 1 for a boolean, no null where the schema does not allow null),
so whatever a model accepts is what the schema describes. Enums stay open (servers add
values), and object fields take plain dicts as well as models.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import os
import uuid
from typing import IO, TYPE_CHECKING, Annotated, Any, Callable, Mapping, Tuple, Union

import pydantic
from pydantic_core import core_schema


class _FieldSignature:
    """``inspect.signature`` of a model lists its fields (editors and ``help`` show them).
    pydantic makes that signature when it builds the model, which models put off until
    first use; asking for it builds the model."""

    def __get__(self, instance: object, owner: type[pydantic.BaseModel]) -> inspect.Signature:
        if "__signature__" not in owner.__dict__:
            owner.model_rebuild(raise_errors=False)
        if owner.__dict__.get("__signature__", self) is self:  # ApiModel itself, or unbuilt
            return inspect.signature(owner.__init__)
        return owner.__signature__


class ApiModel(pydantic.BaseModel):
    """A JSON object of the API. Fields keep their wire names as aliases; fields the API
    adds later are kept too (in ``model_extra``) and sent back unchanged."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        use_enum_values=False,
        strict=True,
    )
    __signature__ = _FieldSignature()

    @pydantic.model_validator(mode="after")
    def _unknown_keys_set_no_field(self) -> Any:
        # An unknown key spelled like a field's Python name ("foo_bar" beside the wire name
        # "fooBar") is kept as extra data, but pydantic also counts the field as set; it
        # would then be sent back as null.
        extra = self.__pydantic_extra__
        if extra:
            fields = type(self).model_fields
            for key in extra:
                info = fields.get(key)
                if (
                    info is not None
                    and info.alias not in (None, key)
                    and getattr(self, key) is None
                ):
                    self.__pydantic_fields_set__.discard(key)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: wire names, only the fields that were set (null stays null)."""
        # warnings=False: a lenient answer's values that fit no type are dumped as they came
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True, warnings=False)

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, exclude_unset=True, warnings=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """The model of a JSON object from the API: fields by wire name only."""
        return cls.model_validate(data, by_name=False)


def _unknown_member(cls: type[enum.Enum], value: Any, data_type: type) -> Any:
    if not isinstance(value, data_type) or isinstance(value, bool):
        return None
    construct: Any = data_type.__new__
    member = construct(cls, value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return member


def _reject_null(value: Any) -> Any:
    if value is None:
        raise ValueError("null is not allowed here (the field may be left out instead)")
    return value


# Marks an optional field whose schema does not allow null: leaving it out is fine, null is not.
NOT_NULL = pydantic.AfterValidator(_reject_null)


def _open_enum_schema(cls: type[enum.Enum], wire: core_schema.CoreSchema) -> core_schema.CoreSchema:
    """Accept a member or a value of the wire type (strictly: no "1" for 1), known or not."""
    return core_schema.no_info_after_validator_function(
        cls,
        wire,
        serialization=core_schema.plain_serializer_function_ser_schema(
            # getattr: a value that fits no member stays as it came in a lenient answer
            lambda member: getattr(member, "value", member),
            when_used="json",
        ),
    )


class OpenStrEnum(str, enum.Enum):
    """A string enum that also accepts values it does not know: servers add values."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _unknown_member(cls, value, str)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return _open_enum_schema(cls, core_schema.str_schema(strict=True))

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that also accepts values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _unknown_member(cls, value, int)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return _open_enum_schema(cls, core_schema.int_schema(strict=True))


class OpenFloatEnum(float, enum.Enum):
    """A number enum that also accepts values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return _unknown_member(cls, float(value) if isinstance(value, int) else value, float)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        return _open_enum_schema(cls, core_schema.float_schema(strict=True))


UNKNOWN_VARIANT = "__unknown__"


def discriminate(wire_name: str, known: frozenset[str]) -> Callable[[Any], str]:
    """Pick a union variant by the value of wire_name; an unknown value selects a plain dict."""

    def tag(value: Any) -> str:
        if isinstance(value, Mapping):
            found = value.get(wire_name)
        else:
            found = getattr(value, "__pydantic_fields_set__", None) and _attribute(value, wire_name)
        text = found.value if isinstance(found, enum.Enum) else found
        return str(text) if text is not None and str(text) in known else UNKNOWN_VARIANT

    return tag


def _attribute(model: Any, wire_name: str) -> Any:
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == wire_name:
            return getattr(model, name)
    return (model.model_extra or {}).get(wire_name)


def without_read_only(value: Any, data: Any) -> Any:
    """data, value dumped by wire name, without the fields the server sets (readOnly), at
    any depth: a model read from an answer can be sent back as a request body."""
    if isinstance(value, pydantic.BaseModel) and isinstance(data, dict):
        for wire_name in getattr(type(value), "__read_only__", ()):
            data.pop(wire_name, None)
        for name, field in type(value).model_fields.items():
            key = field.alias or name
            if key in data:  # __dict__: reading a deprecated field's attribute would warn
                without_read_only(value.__dict__.get(name), data[key])
    elif isinstance(value, (list, tuple)) and isinstance(data, list):
        for item, dumped in zip(value, data):
            without_read_only(item, dumped)
    elif isinstance(value, Mapping) and isinstance(data, dict):
        for key, item in value.items():
            if key in data:
                without_read_only(item, data[key])
    return data


def _iso_text_or(cls: type) -> Callable[[Any], Any]:
    """A value of cls, or text for pydantic to parse as one (ISO 8601, a UUID): anything
    else, such as a number, is refused rather than read as a timestamp."""

    def check(value: Any) -> Any:
        if isinstance(value, (str, cls)):
            return value
        raise ValueError(f"expected {cls.__name__} or its text, not {type(value).__name__}")

    return check


# date-time, date and uuid strings: Python values, from their text too (not strict there).
DateTime = Annotated[
    datetime.datetime,
    pydantic.Strict(False),
    pydantic.BeforeValidator(_iso_text_or(datetime.datetime)),
]
Date = Annotated[
    datetime.date, pydantic.Strict(False), pydantic.BeforeValidator(_iso_text_or(datetime.date))
]
Uuid = Annotated[
    uuid.UUID, pydantic.Strict(False), pydantic.BeforeValidator(_iso_text_or(uuid.UUID))
]


def _file_value(value: Any) -> Any:
    """A file field's value, kept as given: a multipart body reads it when it is sent."""
    if isinstance(value, (bytes, bytearray, str, os.PathLike)) or hasattr(value, "read"):
        return value
    if isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str):
        return value
    raise ValueError(
        "expected a file: bytes, text, an open binary file, a path, or a "
        f"(filename, content[, content type]) tuple, not {type(value).__name__}"
    )


def _file_json(value: Any) -> Any:
    """A file in JSON (format: binary in a JSON document): its text."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    raise ValueError("a file given as a path, an open file or a tuple goes in a multipart body")


FileContentType = Union[bytes, str, IO[bytes], "os.PathLike[str]"]
# format: binary. In a multipart body, a file part; text in JSON.
if TYPE_CHECKING:
    File = Union[FileContentType, Tuple[str, FileContentType], Tuple[str, FileContentType, str]]
else:
    File = Annotated[
        Any,
        pydantic.PlainValidator(_file_value),
        pydantic.PlainSerializer(_file_json, when_used="json"),
    ]
