"""Answers that do not fit their schema, read as far as they fit.

A server that sends one field of an unexpected type should not cost the caller the whole
answer. Unless the client is strict (``strict_response_validation=True``), such a body is
built into the documented type part by part: every value that fits is validated as usual,
and a value that does not is kept as it came (a model's field holds the raw JSON value,
unknown keys stay in ``model_extra``), so nothing of the answer is lost. A warning is
logged once per operation, naming the first misfit.
"""

from __future__ import annotations

import threading
import types
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

import pydantic

from ._logging import logger

_warned: set[str] = set()
_warned_lock = threading.Lock()


def warn_once(operation: str, detail: str) -> None:
    """Log the first answer of an operation that does not fit its schema."""
    with _warned_lock:
        if operation in _warned:
            return
        _warned.add(operation)
    logger.warning(
        "%s: the answer does not match the API's schema (%s); the values that do not fit are"
        " kept as they came (strict_response_validation=True raises instead)",
        operation,
        detail,
    )


def construct(target: Any, value: Any) -> Any:
    """value as target where it fits, part by part; what does not fit stays as it came."""
    fitted = _validated(target, value)
    if fitted is not _MISFIT:
        return fitted
    target, metadata = _unannotated(target)
    origin = get_origin(target)
    if _is_model(target) and isinstance(value, Mapping):
        return _model(target, value)
    if origin in (Union, types.UnionType):
        return _union(get_args(target), metadata, value)
    if origin in (list, Sequence) and isinstance(value, list):
        (item,) = get_args(target) or (Any,)
        return [construct(item, element) for element in value]
    if origin in (dict, Mapping) and isinstance(value, Mapping):
        _, item = get_args(target) or (str, Any)
        return {key: construct(item, element) for key, element in value.items()}
    return value


_MISFIT: Any = object()


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _validated(target: Any, value: Any) -> Any:
    try:
        adapter = _adapters.get(target) or _adapters.setdefault(target, _adapter(target))
    except TypeError:  # an annotation whose metadata cannot be a cache key
        adapter = _adapter(target)
    try:
        return adapter.validate_python(value, by_name=False)
    except pydantic.ValidationError:
        return _MISFIT


def _adapter(target: Any) -> pydantic.TypeAdapter[Any]:
    """Strict, as the models are; a model (annotated or not) has its own config."""
    config = None if _is_model(_unannotated(target)[0]) else pydantic.ConfigDict(strict=True)
    return pydantic.TypeAdapter(target, config=config)


def _unannotated(target: Any) -> tuple[Any, tuple[Any, ...]]:
    if get_origin(target) is Annotated:
        inner, *metadata = get_args(target)
        return inner, tuple(metadata)
    return target, ()


def _is_model(target: Any) -> bool:
    return isinstance(target, type) and issubclass(target, pydantic.BaseModel)


def _model(cls: type[pydantic.BaseModel], data: Mapping[str, Any]) -> pydantic.BaseModel:
    """The model with each field built on its own; unknown keys kept as extra data."""
    if not cls.__pydantic_complete__:  # a deferred model: its field types are resolved here
        cls.model_rebuild(raise_errors=False)
    values: dict[str, Any] = {}
    wire_names = set()
    for name, info in cls.model_fields.items():
        key = info.alias or name
        wire_names.add(key)
        if key in data:
            annotation = info.rebuild_annotation()
            if isinstance(info.discriminator, pydantic.Discriminator):
                annotation = Annotated[annotation, info.discriminator]
            values[name] = construct(annotation, data[key])
    model = cls.model_construct(_fields_set=set(values))
    model.__dict__.update(values)
    extra = {key: value for key, value in data.items() if key not in wire_names}
    if extra and model.__pydantic_extra__ is not None:
        model.__pydantic_extra__.update(extra)
    return model


def _union(members: tuple[Any, ...], metadata: tuple[Any, ...], value: Any) -> Any:
    """The member the discriminator names, else the model whose fields the keys match best."""
    if value is None:
        return None
    chooser = next((m for m in metadata if isinstance(m, pydantic.Discriminator)), None)
    if chooser is not None and callable(chooser.discriminator):
        tag = chooser.discriminator(value)
        for member in members:
            if any(getattr(m, "tag", None) == tag for m in _unannotated(member)[1]):
                return construct(member, value)
        return value
    others = [m for m in members if m is not type(None)]
    if len(others) == 1:  # Optional[X]
        return construct(others[0], value)
    models = [m for m in others if _is_model(_unannotated(m)[0])]
    if not models or not isinstance(value, Mapping):
        return value

    def overlap(member: Any) -> int:
        fields = _unannotated(member)[0].model_fields.items()
        return len({info.alias or name for name, info in fields} & set(value))

    return construct(max(models, key=overlap), value)
