"""Facts about operations, read from the official ``huaweicloudsdkmodelarts`` package.

The official SDK is a test oracle only: this module asks each generated request class
what HTTP call it would make, without sending anything, so the curated spec can be
checked against an independent source.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OfficialOperation:
    name: str
    method: str
    path: str
    path_params: frozenset[str]
    query_params: frozenset[str]
    header_params: frozenset[str]
    body_fields: frozenset[str] = field(default_factory=frozenset)


def _client_class():
    module = importlib.import_module("huaweicloudsdkmodelarts.v1.modelarts_client")
    return module.ModelArtsClient


def _dummy(type_name: str, package):
    if type_name.startswith("list["):
        return []
    if type_name.startswith("dict("):
        return {}
    if type_name in {"str", "int", "float", "bool", "object", "datetime"}:
        return {"str": "x", "int": 1, "float": 1.0, "bool": True}.get(type_name, "x")
    return getattr(package, type_name)()


def _body_fields(request, package) -> frozenset[str]:
    body_type = request.openapi_types.get("body")
    if body_type is None or not hasattr(package, body_type):
        return frozenset()
    return frozenset(getattr(package, body_type).attribute_map.values())


def official_operations() -> dict[str, OfficialOperation]:
    """Every operation of the official ModelArts client, by its method name."""
    package = importlib.import_module("huaweicloudsdkmodelarts.v1")
    client = _client_class()
    operations: dict[str, OfficialOperation] = {}
    for name, _ in inspect.getmembers(client, inspect.isfunction):
        info_builder = getattr(client, f"_{name}_http_info", None)
        request_class = getattr(package, _camel(name) + "Request", None)
        if info_builder is None or request_class is None:
            continue
        request = request_class()
        for attr, type_name in request.openapi_types.items():
            setattr(request, attr, _dummy(type_name, package))
        info = info_builder(request)
        wire = request.attribute_map
        operations[name] = OfficialOperation(
            name=name,
            method=info["method"],
            path=info["resource_path"],
            path_params=frozenset(info["path_params"]) | _implicit_path_params(info),
            query_params=frozenset(wire.get(k, k) for k, _ in info["query_params"]),
            header_params=frozenset(
                h for h in info["header_params"] if h.lower() != "content-type"
            ),
            body_fields=_body_fields(request, package),
        )
    return operations


def _implicit_path_params(info) -> frozenset[str]:
    # project_id is filled by the official client from its credentials, not the request.
    return frozenset({"project_id"}) if "{project_id}" in info["resource_path"] else frozenset()


def _camel(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


# ---------------------------------------------------------------------------- body shapes
#
# A type as the official SDK writes it ("str", "list[Task]", "dict(str, str)", "Job") is
# turned into a small tree of plain values, so the comparison with the spec needs nothing of
# the official package:
#   ("scalar", json_type)      a string, integer, number or boolean ("any" for `object`)
#   ("array", item)            a list
#   ("map", value)             a dict with free keys
#   ("model", name, fields)    a model: {wire name: type}; fields are read lazily (models recurse)

_SCALARS = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime": "string",
    "date": "string",
    "object": "any",
}


@dataclass(frozen=True)
class OfficialModel:
    """A model class of the official package: its name and its fields by wire name."""

    name: str
    fields: tuple[tuple[str, str], ...]  # (wire name, official type string)


def official_type(type_name: str) -> tuple[str, object]:
    """("scalar", json type) / ("array", type string) / ("map", type string) / ("model", model)."""
    if type_name.startswith("list[") and type_name.endswith("]"):
        return ("array", type_name[5:-1])
    if type_name.startswith("dict(") and type_name.endswith(")"):
        return ("map", type_name[5:-1].split(",", 1)[1].strip())
    if type_name in _SCALARS:
        return ("scalar", _SCALARS[type_name])
    return ("model", official_model(type_name))


def official_model(name: str) -> OfficialModel:
    package = importlib.import_module("huaweicloudsdkmodelarts.v1")
    cls = getattr(package, name)
    return OfficialModel(
        name=name,
        fields=tuple((cls.attribute_map[attr], t) for attr, t in cls.openapi_types.items()),
    )


def official_bodies(operation: str) -> tuple[str | None, OfficialModel]:
    """The request body type of an operation (None without a body) and its 2xx response model.

    The response class holds the answer's fields (none of the shared operations answers a
    header the response class would also hold; a list answer is a `body` field).
    """
    package = importlib.import_module("huaweicloudsdkmodelarts.v1")
    request = getattr(package, _camel(operation) + "Request")
    response = getattr(package, _camel(operation) + "Response")
    return request.openapi_types.get("body"), official_model(response.__name__)
