"""JSON Schemas of a bundled spec -> IR types, models and enums."""

from __future__ import annotations

import functools
from typing import Any, Iterable, Literal

from . import ir
from .naming import Namespace, avoid, constant, pascal, snake
from ..spec.pointers import escape_pointer_token, node_at, split_pointer

# dir(pydantic.BaseModel) of pydantic 2.14.4, written out: importing pydantic to read it
# was a tenth of every run's start. A test fails when an installed pydantic adds a name.
_BASE_MODEL_ATTRIBUTES = frozenset(
    (
        "__abstractmethods__",
        "__annotations__",
        "__class__",
        "__class_getitem__",
        "__copy__",
        "__deepcopy__",
        "__delattr__",
        "__dict__",
        "__dir__",
        "__doc__",
        "__eq__",
        "__fields_set__",
        "__format__",
        "__ge__",
        "__get_pydantic_core_schema__",
        "__get_pydantic_json_schema__",
        "__getattr__",
        "__getattribute__",
        "__getstate__",
        "__gt__",
        "__hash__",
        "__init__",
        "__init_subclass__",
        "__iter__",
        "__le__",
        "__lt__",
        "__module__",
        "__ne__",
        "__new__",
        "__pretty__",
        "__pydantic_complete__",
        "__pydantic_core_schema__",
        "__pydantic_decorators__",
        "__pydantic_extra__",
        "__pydantic_fields_set__",
        "__pydantic_init_subclass__",
        "__pydantic_on_complete__",
        "__pydantic_parent_namespace__",
        "__pydantic_private__",
        "__pydantic_root_model__",
        "__pydantic_serializer__",
        "__pydantic_validator__",
        "__reduce__",
        "__reduce_ex__",
        "__replace__",
        "__repr__",
        "__repr_args__",
        "__repr_name__",
        "__repr_recursion__",
        "__repr_str__",
        "__rich_repr__",
        "__setattr__",
        "__setstate__",
        "__sizeof__",
        "__slots__",
        "__str__",
        "__subclasshook__",
        "_abc_impl",
        "_calculate_keys",
        "_copy_and_set_values",
        "_get_value",
        "_iter",
        "_setattr_handler",
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    )
)
# Attributes of the generated models' base class: a property may not take these names.
# Nor the names its annotations use: a field `int` would hide the type of the fields after it.
MODEL_RESERVED = (
    _BASE_MODEL_ATTRIBUTES
    | {"to_dict", "to_json", "from_dict", "from_json"}
    | {"str", "int", "float", "bool", "bytes", "_t", "_p"}
)
_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "none",
}
_ANY = ir.TypeRef("primitive", "any")
_MAX_DEPTH = 64


class SchemaConverter:
    """Turns schemas into TypeRefs, creating a model or enum for each object or enum schema.

    Component schemas keep their names (made Pascal case); inline ones are named after the
    place they appear (NotebookLease for the `lease` property of Notebook).
    """

    def __init__(self, document: dict[str, Any], openapi_31: bool) -> None:
        self.document = document
        self.openapi_31 = openapi_31
        self.names = Namespace(reserved={"None", "True", "False"}, joiner="")
        self.models: list[ir.Model] = []
        self.model_named: dict[str, ir.Model] = {}
        self.enums: list[ir.Enum] = []
        self.warnings: list[str] = []
        self._by_ref: dict[str, ir.TypeRef] = {}
        self._nodes: dict[str, Any] = {}  # $ref -> the node it names ({} for none)
        self._reserved_names: dict[str, str] = {}
        self._expanding: set[str] = set()
        components = (document.get("components") or {}).get("schemas") or {}
        for name in sorted(components):  # sorted: names do not depend on the spec's key order
            self._reserved_names[name] = self.names.claim(pascal(name), name)

    # -- entry points -------------------------------------------------------------------

    def convert_components(self) -> None:
        for name in sorted((self.document.get("components") or {}).get("schemas") or {}):
            self.ref_type(f"#/components/schemas/{escape_pointer_token(name)}")

    def type_of(self, schema: Any, hint: str, depth: int = 0) -> ir.TypeRef:
        """The type for schema; hint names a model or enum created for it."""
        unnamed = self._unnamed_type(schema, depth)
        if unnamed is not None:
            return unnamed
        nullable, schema = self._split_null(schema)
        result = self._non_null_type(schema, hint, depth)
        return result.with_nullable() if nullable else result

    def _unnamed_type(self, schema: Any, depth: int) -> ir.TypeRef | None:
        """The type of a schema that needs no name of its own: a reference, a primitive (most
        properties; what the general path finds too), or Any for no schema or one nested too
        deep. None for any other: only then do callers build a hint to name a class by."""
        if depth > _MAX_DEPTH or not isinstance(schema, dict):
            return _ANY
        if isinstance(schema.get("$ref"), str):
            ref_type = self.ref_type(schema["$ref"], depth)
            return ref_type.with_nullable() if schema.get("nullable") else ref_type
        kind = schema.get("type")
        if not (isinstance(kind, str) and kind in _PRIMITIVE_TYPES and _SHAPING.isdisjoint(schema)):
            return None
        if kind == "string" and schema.get("format") in _FORMAT_TYPES:
            plain = _FORMAT_TYPES[schema["format"]]
        else:
            plain = _PRIMITIVE_TYPES[kind]
        return _NULLABLE[plain] if schema.get("nullable") else plain

    def ref_type(self, ref: str, depth: int = 0) -> ir.TypeRef:
        if ref in self._by_ref:
            return self._by_ref[ref]
        target = self._resolve(ref)
        tokens = split_pointer(ref[1:]) if ref.startswith("#") else []
        component = (
            tokens[2] if len(tokens) == 3 and tokens[:2] == ["components", "schemas"] else ""
        )
        if ref in self._expanding:
            # A schema that reaches itself without passing through a model (A = list[A]).
            self.warnings.append(f"{ref}: recursive alias typed as Any")
            return _ANY
        hint = self._reserved_names.get(component, "")
        _, plain = self._split_null(target)
        makes_class, values = self._class_kind(plain, named=True)
        if makes_class:
            hint = hint or self.names.claim(pascal(tokens[-1] if tokens else "Model"), ref)
            self._by_ref[ref] = _class_type(values, hint)
            self._build_class(plain, values, hint, ref, depth)
            return self._by_ref[ref]
        self._expanding.add(ref)
        try:
            result = self.type_of(
                target, hint or pascal(tokens[-1] if tokens else "Model"), depth + 1
            )
        finally:
            self._expanding.discard(ref)
        self._by_ref[ref] = result
        return result

    # -- classification -----------------------------------------------------------------

    def _class_kind(self, schema: dict[str, Any], named: bool) -> tuple[bool, list[Any] | None]:
        """Whether a schema without its null alternative makes a class, and its enum values
        (None for a model): computed once, as every class asks for both."""
        values = self._enum_values(schema)
        return values is not None or self._is_model(schema, named), values

    def _is_model(self, schema: dict[str, Any], named: bool = False) -> bool:
        """Whether schema makes a class. A named component that only annotates one allOf
        part keeps its own class (users know it by its name); inline, that idiom (3.0's
        `nullable: true` + `allOf: [$ref]`) is the part's own type."""
        if schema.get("properties"):
            return True
        if not schema.get("allOf"):
            return False
        bare = len(schema["allOf"]) == 1 and len(schema) == 1
        if not (bare or (not named and _annotated_alias(schema))):
            return any(isinstance(p, dict) for p in schema["allOf"]) and not (
                schema.get("oneOf") or schema.get("anyOf")
            )
        return False

    def _split_null(self, schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
        """(nullable, schema without its null alternative)."""
        nullable = bool(schema.get("nullable"))
        kind = schema.get("type")
        if isinstance(kind, list) and "null" in kind:
            rest = [k for k in kind if k != "null"]
            nullable = True
            schema = (
                {**schema, "type": rest[0] if len(rest) == 1 else rest}
                if rest
                else {k: v for k, v in schema.items() if k != "type"}
            )
            if not rest:
                return True, {**schema, "type": "null"}
        if isinstance(schema.get("enum"), list) and None in schema["enum"]:
            nullable = True
            schema = {**schema, "enum": [v for v in schema["enum"] if v is not None]}
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if isinstance(variants, list) and any(_is_null_schema(v) for v in variants):
                nullable = True
                schema = {**schema, key: [v for v in variants if not _is_null_schema(v)]}
        return nullable, schema

    def _non_null_type(self, schema: dict[str, Any], hint: str, depth: int) -> ir.TypeRef:
        makes_class, values = self._class_kind(schema, named=False)
        if makes_class:
            name = self.names.claim(hint)
            self._build_class(schema, values, name, "", depth)
            return _class_type(values, name)
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._union(schema, schema[key], hint, depth)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.type_of(all_of[0], hint, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            variants = [
                self._primitive_or_container({**schema, "type": k}, hint, depth) for k in kind
            ]
            return _union_of(variants)
        return self._primitive_or_container(schema, hint, depth)

    def _primitive_or_container(self, schema: dict[str, Any], hint: str, depth: int) -> ir.TypeRef:
        kind = schema.get("type")
        if kind == "array" or (kind is None and "items" in schema):
            item = self.type_of(schema.get("items", {}), f"{hint}Item", depth + 1)
            return ir.TypeRef("list", items=(item,))
        if kind == "object" or (kind is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties", True)
            value = (
                self.type_of(extra, f"{hint}Value", depth + 1) if isinstance(extra, dict) else _ANY
            )
            return ir.TypeRef("map", items=(value,))
        if kind == "string" and schema.get("format") in _FORMAT_TYPES:
            return _FORMAT_TYPES[schema["format"]]
        if isinstance(kind, str) and kind in _PRIMITIVE_TYPES:
            return _PRIMITIVE_TYPES[kind]
        return _ANY

    def _union(
        self, schema: dict[str, Any], variants: list[Any], hint: str, depth: int
    ) -> ir.TypeRef:
        types = [self.type_of(v, f"{hint}{i + 1}", depth + 1) for i, v in enumerate(variants)]
        union = _union_of(types)
        discriminator = schema.get("discriminator")
        if union.kind != "union" or not isinstance(discriminator, dict):
            return union
        if not all(t.kind == "model" for t in union.items):
            return union
        prop = str(discriminator.get("propertyName", ""))
        mapping: list[tuple[str, str]] = []
        explicit = discriminator.get("mapping") or {}
        for value, target in explicit.items():
            ref = (
                target
                if str(target).startswith("#")
                else f"#/components/schemas/{escape_pointer_token(str(target))}"
            )
            mapping.append((str(value), self.ref_type(ref, depth).name))
        mapped = {name for _, name in mapping}
        for variant, variant_type in zip(variants, types):
            if isinstance(variant, dict) and "$ref" in variant and variant_type.name not in mapped:
                mapping.append((split_pointer(variant["$ref"][1:])[-1], variant_type.name))
        if not prop or not mapping:
            return union
        return ir.TypeRef(
            "union", items=union.items, discriminator=ir.Discriminator(prop, tuple(mapping))
        )

    # -- classes --------------------------------------------------------------------------

    def _build_class(
        self, schema: dict[str, Any], values: list[Any] | None, name: str, ref: str, depth: int
    ) -> None:
        """The enum (values) or model of a schema already without its null alternative."""
        wire_name = split_pointer(ref[1:])[-1] if ref.startswith("#") else name
        description = _text(schema.get("description") or schema.get("title"))
        if values is not None:
            self.enums.append(self._enum(name, wire_name, values, description))
            return
        model = ir.Model(name=name, wire_name=wire_name, description=description)
        self.models.append(model)
        self.model_named[name] = model
        properties, required, extra = self._collect(schema, depth)
        wanted = {wire: _wanted_field_name(wire) for wire in properties}
        python_names = _field_names(wanted)
        for wire, prop in properties.items():
            model.fields.append(self._field(name, wire, python_names[wire], prop, required, depth))
        model.extra_allowed = extra is not False
        if isinstance(extra, dict) and extra:
            model.extra_type = self.type_of(extra, f"{name}Value", depth + 1)
        self.warnings.extend(
            f"{name}: property {wire!r} is named {python!r}"
            for wire, python in python_names.items()
            if python != wanted[wire]
        )

    def _field(
        self, model: str, wire: str, python_name: str, prop: Any, required: set[str], depth: int
    ) -> ir.Field:
        field_type = self._unnamed_type(prop, depth + 1)
        if field_type is None:  # an inline class or union, named after model and property
            field_type = self.type_of(prop, f"{model}{pascal(wire, fallback='Field')}", depth + 1)
        prop = prop if isinstance(prop, dict) else {}
        read_only, write_only = self._access(prop)
        # readOnly is never sent and writeOnly never answered: neither is required of a model
        # that serves both ways.
        required_here = wire in required and not (read_only or write_only)
        description = _text(prop.get("description") or prop.get("title"))
        default = prop.get("default")
        has_default = "default" in prop and _is_literal(default)
        secret = prop.get("format") == "password" or bool(prop.get("x-secret"))
        deprecated = bool(prop.get("deprecated"))
        # In ir.Field's order, not by keyword: a class called with keywords packs them into a
        # dict to unpack again, 6 % of the instructions of GitHub's IR (38,000 fields).
        return ir.Field(
            python_name,
            wire,
            field_type,
            required_here,
            description,
            default,
            has_default,
            secret,
            read_only,
            write_only,
            deprecated,
        )

    def _collect(self, schema: dict[str, Any], depth: int) -> tuple[dict[str, Any], set[str], Any]:
        """Properties, required names and additionalProperties, with allOf parts merged in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties", True)
        for part in schema.get("allOf") or []:
            resolved = self._deref(part)
            if depth < _MAX_DEPTH and isinstance(resolved, dict):
                sub_props, sub_required, sub_extra = self._collect(resolved, depth + 1)
                properties.update(sub_props)
                required |= sub_required
                extra = extra if sub_extra is not False else False
        properties.update(schema.get("properties") or {})
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return properties, required, extra

    def _enum(self, name: str, wire_name: str, values: list[Any], description: str) -> ir.Enum:
        base: Literal["str", "int", "float"] = "float"
        if all(isinstance(v, str) for v in values):
            base = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            base = "int"
        members = Namespace(joiner="_")
        enum = ir.Enum(
            name=name, wire_name=wire_name, base=base, members=[], description=description
        )
        for value in values:
            wanted = (
                constant(str(value))
                if base == "str"
                else constant(f"value {value}".replace("-", " minus "))
            )
            enum.members.append(ir.EnumMember(members.claim(wanted, str(value)), value))
        self.warnings.extend(f"{name}: enum value {o!r} is named {g!r}" for o, g in members.renamed)
        return enum

    def _enum_values(self, schema: dict[str, Any]) -> list[Any] | None:
        values = schema.get("enum")
        if "const" in schema and values is None:
            values = [schema["const"]]
        if not isinstance(values, list) or not values:
            return None
        unique = _unique(v for v in values if v is not None)
        if not unique:
            return None
        if all(isinstance(v, str) for v in unique):
            return unique
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in unique):
            return unique
        return None  # mixed or boolean enums stay plain types

    def _access(self, prop: dict[str, Any]) -> tuple[bool, bool]:
        """(readOnly, writeOnly) of a property, set on it or on the schema it references."""
        if "$ref" not in prop:  # most properties: nothing to follow
            return bool(prop.get("readOnly")), bool(prop.get("writeOnly"))
        target = self._deref(prop)
        target = target if isinstance(target, dict) else {}
        return (
            bool(prop.get("readOnly") or target.get("readOnly")),
            bool(prop.get("writeOnly") or target.get("writeOnly")),
        )

    def _deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < _MAX_DEPTH:
            node, seen = self._resolve(node["$ref"]), seen + 1
        return node

    def _resolve(self, ref: str) -> Any:
        # Remembered: a component is referred to from many places, each to be followed.
        if ref not in self._nodes:
            node = node_at(self.document, ref[1:]) if ref.startswith("#") else None
            self._nodes[ref] = node if isinstance(node, dict) else {}
        return self._nodes[ref]


def _class_type(values: list[Any] | None, name: str) -> ir.TypeRef:
    return ir.TypeRef("enum" if values is not None else "model", name)


@functools.lru_cache(maxsize=65536)  # asked twice a property, and most recur across models
def _wanted_field_name(wire: str) -> str:
    return avoid(snake(wire, fallback="field"), MODEL_RESERVED)


def _field_names(wanted: dict[str, str]) -> dict[str, str]:
    """wire name -> Python name, from wire name -> wanted name (_wanted_field_name). A property
    whose wire name is already a fitting Python name keeps it, so no field's Python name is
    another field's wire name (pydantic accepts both names, and {"foo_bar": 1} must not also
    set the field of "fooBar"). wanted itself when no two properties want one name (most
    models): wanted names are never reserved, so each property gets its own."""
    if len(set(wanted.values())) == len(wanted):
        return wanted
    fields = Namespace(reserved=MODEL_RESERVED)
    exact = [wire for wire in wanted if wanted[wire] == wire]
    names = {wire: fields.claim(wire, wire) for wire in exact}
    for wire in wanted:
        if wire not in names:
            names[wire] = fields.claim(wanted[wire], wire)
    return {wire: names[wire] for wire in wanted}


# String formats that have a Python type (strings are still accepted where they are taken).
_TIME_AND_ID_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "uuid"}
# Keywords that can make a schema with a primitive `type` anything but that primitive
# (nullable and format only refine it: None allowed, a date or a file for a string).
_SHAPING = frozenset({"$ref", "enum", "const", "oneOf", "anyOf", "allOf", "properties"})
# TypeRefs are immutable: one instance of each plain type serves every field that has it.
_PRIMITIVE_TYPES = {kind: ir.TypeRef("primitive", name) for kind, name in _PRIMITIVES.items()}
_FORMAT_TYPES = {
    **{fmt: ir.TypeRef("primitive", name) for fmt, name in _TIME_AND_ID_FORMATS.items()},
    "binary": ir.TypeRef("primitive", "file"),
}
# ... and one of each nullable one (a tenth of GitHub's properties).
_NULLABLE = {t: t.with_nullable() for t in [*_PRIMITIVE_TYPES.values(), *_FORMAT_TYPES.values()]}

# Keywords that describe a schema without constraining it: beside a lone allOf part (the
# OpenAPI 3.0 idiom `nullable: true` + `allOf: [$ref]`) they make no new type.
_ANNOTATIONS = frozenset(
    {"nullable", "description", "title", "default", "readOnly", "writeOnly", "deprecated"}
    | {"example", "examples", "$comment", "externalDocs", "xml"}
)


def _annotated_alias(schema: dict[str, Any]) -> bool:
    """allOf of one part, with nothing beside it but annotations: that part's type."""
    return len(schema["allOf"]) == 1 and all(
        key == "allOf" or key in _ANNOTATIONS or key.startswith("x-") for key in schema
    )


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null" or schema.get("enum") == [None]
    )


def _union_of(types: Iterable[ir.TypeRef]) -> ir.TypeRef:
    unique: list[ir.TypeRef] = []
    nullable = False
    for t in types:
        nullable = nullable or t.nullable or (t.kind == "primitive" and t.name == "none")
        plain = t.with_nullable(False)
        if plain.kind == "primitive" and plain.name == "none":
            continue
        if plain not in unique:
            unique.append(plain)
    if any(t.kind == "primitive" and t.name == "any" for t in unique):
        return _ANY.with_nullable(nullable)
    if not unique:
        return ir.TypeRef("primitive", "none")
    if len(unique) == 1:
        return unique[0].with_nullable(nullable)
    return ir.TypeRef("union", items=tuple(unique), nullable=nullable)


def _unique(values: Iterable[Any]) -> list[Any]:
    values = list(values)
    if all(type(v) is str for v in values):
        # Strings equal only strings: a dict dedupes them in one pass (enums run to hundreds).
        return list(dict.fromkeys(values))
    result: list[Any] = []
    for value in values:
        if not any(value == v and type(value) is type(v) for v in result):
            result.append(value)
    return result


def _is_literal(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
