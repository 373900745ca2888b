"""The schema walker: compares two schemas keyword by keyword and names each change from the
rule table, by direction (in a request a tighter schema breaks clients, in a response a
looser one does) and by place (body, property, parameter, header)."""

from __future__ import annotations

import json
from typing import Any, Iterable

from ..spec.walk import resolve
from . import lifecycle
from .fingerprint import ANNOTATIONS, Fingerprints
from .lifecycle import DeprecationPolicy, Event
from .scope import Emit, Scope, change

# (keyword, rule name); the rule table holds the level of each change in each direction
BOUNDS = (
    ("maximum", "max"),
    ("exclusiveMaximum", "exclusive-max"),
    ("minimum", "min"),
    ("exclusiveMinimum", "exclusive-min"),
    ("maxLength", "max-length"),
    ("minLength", "min-length"),
    ("maxItems", "max-items"),
    ("minItems", "min-items"),
    ("maxContains", "max-contains"),
    ("minContains", "min-contains"),
)
# Lower bounds whose 0 is the same as no bound.
ZERO_IS_NONE = frozenset({"minLength", "minItems"})
WIDER_FORMATS = {("int32", "int64"), ("float", "double")}
GENERAL_PATTERNS = frozenset({".*", "^.*$", "^.*", ".*$"})
COMPOSITIONS = (("oneOf", "one-of"), ("anyOf", "any-of"))
# Keywords present-or-absent: (keyword, rule name, the value meaning "absent").
PRESENCE = (
    ("if", "if", None),
    ("then", "then", None),
    ("else", "else", None),
    ("contains", "contains", None),
    ("propertyNames", "property-names", None),
    ("unevaluatedItems", "unevaluated-items", True),
    ("unevaluatedProperties", "unevaluated-properties", True),
    ("contentSchema", "content-schema", None),
)

# A required request property added, by (place, has a default).
NEW_REQUIRED = {
    ("property", False): "new-required-request-property",
    ("property", True): "new-required-request-property-with-default",
    ("header-property", False): "new-required-request-header-property",
    ("header-property", True): "new-required-request-header-property",
}
# Rule ids of a property's deprecation events, by direction.
PROPERTY_EVENTS: dict[str, dict[Event, str]] = {
    direction: {
        "deprecated": f"{direction}-property-deprecated",
        "deprecated-with-sunset": f"{direction}-property-deprecated-with-sunset",
        "reactivated": f"{direction}-property-reactivated",
        "sunset-missing": f"{direction}-property-deprecated-sunset-missing",
        "sunset-invalid": f"{direction}-property-deprecated-sunset-invalid",
        "sunset-too-small": f"{direction}-property-sunset-date-too-small",
    }
    for direction in ("request", "response")
}


class SchemaDiff:
    def __init__(
        self,
        old_document: dict[str, Any],
        new_document: dict[str, Any],
        emit: Emit,
        policy: DeprecationPolicy,
    ) -> None:
        self.old_document, self.new_document = old_document, new_document
        self.old_prints, self.new_prints = Fingerprints(old_document), Fingerprints(new_document)
        self.emit = emit
        self.policy = policy
        self._comparing: set[tuple[int, int, str, str]] = set()

    def same(self, old: Any, new: Any) -> bool:
        return self.old_prints.of(old) == self.new_prints.of(new)

    def compare(self, old: Any, new: Any, scope: Scope) -> None:
        old = resolve(self.old_document, old)
        new = resolve(self.new_document, new)
        if not isinstance(old, dict) or not isinstance(new, dict) or self.same(old, new):
            return
        key = (id(old), id(new), scope.direction, scope.kind)
        if key in self._comparing:  # a recursive schema: this pair is already being compared
            return
        self._comparing.add(key)
        try:
            if not self._wrapped_in_one_of(old, new, scope):
                self._compare(old, new, scope)
        finally:
            self._comparing.discard(key)

    # -- one schema ---------------------------------------------------------------------

    def _compare(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        # allOf is read as the one schema it makes: moving properties into (or out of) an
        # allOf part changes nothing a client sees.
        original_old, original_new = old, new
        old, old_parts = _flatten(self.old_document, old)
        new, new_parts = _flatten(self.new_document, new)
        same_shape = self.same(old, new)
        # A schema that became an allOf (or stopped being one) may live on as one of its parts.
        self._all_of(
            old_parts or ([original_old] if new_parts else []),
            new_parts or ([original_new] if old_parts else []),
            (old, new),
            scope,
            same_shape,
        )
        if same_shape:
            return
        self._types(old, new, scope)
        self._enum(old, new, scope)
        self._values(old, new, scope)
        self._bounds(old, new, scope)
        self._pattern(old, new, scope)
        self._compositions(old, new, scope)
        self._discriminator(old, new, scope)
        self._presence(old, new, scope)
        self._keyed(old, new, scope)
        self._prefix_items(old, new, scope)
        self._properties(old, new, scope)
        for keyword, marker in (
            ("items", "[]"),
            ("contains", "[]"),
            ("additionalProperties", "{}"),
        ):
            if isinstance(old.get(keyword), dict) and isinstance(new.get(keyword), dict):
                self.compare(old[keyword], new[keyword], scope.inner(marker))

    def _say(
        self, suffix: str, scope: Scope, message: str, *, side: str = "new", **kw: Any
    ) -> None:
        rule_id = scope.rule_id(suffix)
        if rule_id is not None:
            self.emit(change(rule_id, scope, message, side=side, **kw))

    def _wrapped_in_one_of(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> bool:
        variants = new.get("oneOf")
        if "oneOf" in old or not isinstance(variants, list) or scope.kind != "body":
            return False
        if not any(self.same(old, variant) for variant in variants):
            return False
        self._say("wrapped-in-one-of", scope, f"became one of {len(variants)} schemas")
        return True

    def _types(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        old_types, new_types = _types(old), _types(new)
        old_null, new_null = _nullable(old), _nullable(new)
        if old_null != new_null:
            self._say(
                "became-nullable" if new_null else "became-not-nullable",
                scope,
                "became nullable" if new_null else "is no longer nullable",
            )
        if not old_types or not new_types:
            return
        if old_types != new_types:
            if scope.loosely_typed and _text_compatible(old_types, new_types, scope.direction):
                suffix = "type-compatible"
            else:
                suffix = _type_change(old, new, old_types, new_types)
            self._say(suffix, scope, _type_message(old, new))
        elif len(old_types) == 1 and old.get("format") != new.get("format"):
            self._say(
                _format_change(old.get("format"), new.get("format")), scope, _type_message(old, new)
            )

    def _enum(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        for keyword, prefix in (("enum", ""), ("x-extensible-enum", "x-extensible-")):
            old_values, new_values = old.get(keyword), new.get(keyword)
            if not isinstance(new_values, list):
                continue
            if not isinstance(old_values, list):
                if not prefix:
                    self._say("became-enum", scope, f"became an enum of {_values(new_values)}")
                continue
            old_keys = {_key(v): v for v in old_values}
            new_keys = {_key(v): v for v in new_values}
            for key in old_keys.keys() - new_keys.keys():
                self._say(
                    f"{prefix}enum-value-removed",
                    scope,
                    f"enum value {key} removed",
                    side="old",
                    enum=True,
                    value=old_keys[key],
                )
            for key in new_keys.keys() - old_keys.keys():
                self._say(
                    f"{prefix}enum-value-added",
                    scope,
                    f"enum value {key} added",
                    enum=True,
                    value=new_keys[key],
                )

    def _values(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        for keyword, name in (("default", "default-value"), ("const", "const")):
            if keyword in old and keyword in new:
                if _key(old[keyword]) != _key(new[keyword]):
                    self._say(
                        f"{name}-changed",
                        scope,
                        f"{keyword} changed from {_key(old[keyword])} to {_key(new[keyword])}",
                    )
            elif keyword in new:
                self._say(f"{name}-added", scope, f"{keyword} {_key(new[keyword])} added")
            elif keyword in old:
                self._say(
                    f"{name}-removed", scope, f"{keyword} {_key(old[keyword])} removed", side="old"
                )

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        old_bounds, new_bounds = _bounds(old), _bounds(new)
        for keyword, name in BOUNDS:
            before, after = old_bounds.get(keyword), new_bounds.get(keyword)
            if before == after:
                continue
            if before is None:
                suffix, text = "set", f"{keyword} {after} set"
            elif after is None:
                suffix, text = "unset", f"{keyword} {before} removed"
            else:
                suffix = "increased" if after > before else "decreased"
                text = f"{keyword} {suffix} from {before} to {after}"
            self._say(f"{name}-{suffix}", scope, text)

    def _pattern(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        before, after = old.get("pattern"), new.get("pattern")
        if before == after:
            return
        if before is None:
            self._say("pattern-added", scope, f"pattern {after!r} added")
        elif after is None:
            self._say("pattern-removed", scope, f"pattern {before!r} removed")
        elif after in GENERAL_PATTERNS:
            self._say("pattern-generalized", scope, f"pattern {before!r} became {after!r}")
        else:
            self._say("pattern-changed", scope, f"pattern changed from {before!r} to {after!r}")

    # -- compositions ---------------------------------------------------------------------

    def _all_of(
        self,
        old: list[Any],
        new: list[Any],
        merged: tuple[dict[str, Any], dict[str, Any]],
        scope: Scope,
        same_shape: bool,
    ) -> None:
        """allOf parts added or removed. A part that only annotates is reported as such; one
        that only brings properties is not, since the merged schemas are compared property
        by property; the others are, unless the schema they make is unchanged."""
        _, removed, added = self._match(old, new)
        for item, document, verb, side, whole in (
            *((i, self.old_document, "removed", "old", merged[0]) for i in removed),
            *((i, self.new_document, "added", "new", merged[1]) for i in added),
        ):
            part = resolve(document, item)
            if _annotation_only(part):
                rule = f"all-of-{verb}-annotation-only"
            elif same_shape or _only_properties(part, whole):
                continue
            else:
                rule = f"all-of-{verb}"
            self._say(rule, scope, f"allOf part {_name(item)} {verb}", side=side)

    def _compositions(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        for keyword, name in COMPOSITIONS:
            old_items = _non_null(self.old_document, old.get(keyword))
            new_items = _non_null(self.new_document, new.get(keyword))
            # A schema that became a oneOf/anyOf (or stopped being one) may live on as a variant.
            if new_items and keyword not in old:
                old_items = [old]
            elif old_items and keyword not in new:
                new_items = [new]
            pairs, removed, added = self._match(old_items, new_items)
            for item in removed:
                self._say(
                    f"{name}-removed",
                    scope,
                    f"{keyword} subschema {_name(item)} removed",
                    side="old",
                )
            for item in added:
                self._say(f"{name}-added", scope, f"{keyword} subschema {_name(item)} added")
            for before, after in pairs:
                self.compare(before, after, scope)

    def _match(
        self, olds: list[Any], news: list[Any]
    ) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
        """Pairs of subschemas that are one another's versions; the removed; the added.

        Matched by shape first, then by reference name or title, then by position."""
        pairs: list[tuple[Any, Any]] = []
        olds, news = list(olds), list(news)
        for same in (self.same, _same_name):
            for before in list(olds):
                after = next((a for a in news if same(before, a)), None)
                if after is not None:
                    olds.remove(before)
                    news.remove(after)
                    if same is _same_name:
                        pairs.append((before, after))
        while olds and news:
            pairs.append((olds.pop(0), news.pop(0)))
        return pairs, olds, news

    def _discriminator(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        before, after = old.get("discriminator"), new.get("discriminator")
        if not isinstance(before, dict) and not isinstance(after, dict):
            return
        if not isinstance(before, dict):
            self._say("discriminator-added", scope, "discriminator added")
            return
        if not isinstance(after, dict):
            self._say("discriminator-removed", scope, "discriminator removed", side="old")
            return
        if before.get("propertyName") != after.get("propertyName"):
            self._say(
                "discriminator-property-name-changed",
                scope,
                f"discriminator property {before.get('propertyName')!r} became "
                f"{after.get('propertyName')!r}",
            )
        old_map, new_map = before.get("mapping") or {}, after.get("mapping") or {}
        for value in sorted(old_map.keys() - new_map.keys()):
            self._say(
                "discriminator-mapping-deleted", scope, f"discriminator value {value!r} removed"
            )
        for value in sorted(new_map.keys() - old_map.keys()):
            self._say("discriminator-mapping-added", scope, f"discriminator value {value!r} added")
        for value in sorted(old_map.keys() & new_map.keys()):
            if not self.same({"$ref": old_map[value]}, {"$ref": new_map[value]}):
                self._say(
                    "discriminator-mapping-changed", scope, f"discriminator value {value!r} changed"
                )

    # -- JSON Schema 2020-12 keywords ------------------------------------------------------

    def _presence(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        for keyword, name, absent in PRESENCE:
            had = old.get(keyword, absent) != absent
            has = new.get(keyword, absent) != absent
            if had and not has:
                self._say(f"{name}-removed", scope, f"{keyword} removed", side="old")
            elif has and not had:
                self._say(f"{name}-added", scope, f"{keyword} added")
        for keyword, name in (
            ("contentMediaType", "content-media-type"),
            ("contentEncoding", "content-encoding"),
        ):
            if old.get(keyword) != new.get(keyword):
                self._say(
                    f"{name}-changed",
                    scope,
                    f"{keyword} changed from {old.get(keyword)!r} to {new.get(keyword)!r}",
                )

    def _keyed(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        """dependentRequired, dependentSchemas, patternProperties: entry by entry."""
        for keyword, name in (
            ("dependentRequired", "dependent-required"),
            ("dependentSchemas", "dependent-schema"),
            ("patternProperties", "pattern-property"),
        ):
            before, after = old.get(keyword) or {}, new.get(keyword) or {}
            for key in sorted(before.keys() - after.keys()):
                self._say(f"{name}-removed", scope, f"{keyword} {key!r} removed", side="old")
            for key in sorted(after.keys() - before.keys()):
                self._say(f"{name}-added", scope, f"{keyword} {key!r} added")
            for key in sorted(before.keys() & after.keys()):
                if keyword == "dependentRequired":
                    if sorted(map(str, before[key])) != sorted(map(str, after[key])):
                        self._say(
                            f"{name}-changed",
                            scope,
                            f"{keyword} {key!r} changed from {before[key]} to {after[key]}",
                        )
                elif keyword == "patternProperties":
                    self.compare(before[key], after[key], scope.inner("{}"))
                else:
                    self.compare(before[key], after[key], scope)

    def _prefix_items(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        before, after = old.get("prefixItems") or [], new.get("prefixItems") or []
        if len(after) > len(before):
            self._say(
                "prefix-items-added", scope, f"prefixItems grew from {len(before)} to {len(after)}"
            )
        elif len(after) < len(before):
            self._say(
                "prefix-items-removed",
                scope,
                f"prefixItems shrank from {len(before)} to {len(after)}",
            )
        for first, second in zip(before, after):
            self.compare(first, second, scope.inner("[]"))

    # -- properties -------------------------------------------------------------------------

    def _properties(self, old: dict[str, Any], new: dict[str, Any], scope: Scope) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in sorted(old_props.keys() | new_props.keys(), key=str):
            if name not in new_props:
                before = resolve(self.old_document, old_props[name])
                self._removed(name, before, name in old_required, scope.child(name, before))
            elif name not in old_props:
                after = resolve(self.new_document, new_props[name])
                self._added(name, after, name in new_required, scope.child(name, after))
            else:
                before = resolve(self.old_document, old_props[name])
                after = resolve(self.new_document, new_props[name])
                child = scope.child(name, after)
                required = (name in old_required, name in new_required)
                self._requiredness(after, required, child)
                self._mutability(before, after, required[1], child)
                if child.kind == "property":
                    self._lifecycle(before, after, child)
                self.compare(before, after, child)

    def _removed(self, name: str, schema: Any, required: bool, scope: Scope) -> None:
        if scope.direction == "request":
            self._say("removed", scope, f"property {name!r} removed", side="old")
            return
        write_only = "write-only-" if _flag(schema, "writeOnly") else ""
        state = "required" if required else "optional"
        rule_id = f"response-{state}-{write_only}property-removed"
        self.emit(change(rule_id, scope, f"{state} property {name!r} removed", side="old"))

    def _added(self, name: str, schema: Any, required: bool, scope: Scope) -> None:
        if scope.direction == "response":
            write_only = "write-only-" if _flag(schema, "writeOnly") else ""
            state = "required" if required else "optional"
            added = f"response-{state}-{write_only}property-added"
            self.emit(change(added, scope, f"{state} property {name!r} added"))
            return
        if required and not _flag(schema, "readOnly"):
            with_default = isinstance(schema, dict) and "default" in schema
            rule_id = NEW_REQUIRED.get((scope.kind, with_default))
            if rule_id is not None:  # oasdiff has no rule for a parameter's new property
                self.emit(change(rule_id, scope, f"required property {name!r} added"))
        elif scope.kind == "property":
            self.emit(
                change("new-optional-request-property", scope, f"optional property {name!r} added")
            )

    def _requiredness(self, schema: Any, required: tuple[bool, bool], scope: Scope) -> None:
        before, after = required
        if before == after:
            return
        if scope.direction == "request":
            if after and _flag(schema, "readOnly"):
                return  # clients never send read-only properties
            default = (
                "-with-default"
                if after and isinstance(schema, dict) and "default" in schema
                else ""
            )
            suffix = f"became-required{default}" if after else "became-optional"
        else:
            suffix = "became-required" if after else "became-optional"
        self._say(suffix, scope, "became required" if after else "became optional")

    def _mutability(self, old: Any, new: Any, required: bool, scope: Scope) -> None:
        state = "required" if required else "optional"
        for keyword, name in (("readOnly", "read-only"), ("writeOnly", "write-only")):
            before, after = _flag(old, keyword), _flag(new, keyword)
            if before != after:
                became = name if after else f"not-{name}"
                rule_id = f"{scope.direction}-{state}-property-became-{became}"
                self.emit(change(rule_id, scope, f"{state} property became {became}"))

    def _lifecycle(self, old: Any, new: Any, scope: Scope) -> None:
        table = PROPERTY_EVENTS[scope.direction]
        for event, message in lifecycle.events(old, new, self.policy):
            if event in table:  # oasdiff has no property rule for a moved or deleted sunset
                self.emit(change(table[event], scope, message))
        self._stability(old, new, scope, f"{scope.direction}-property")

    def _stability(self, old: Any, new: Any, scope: Scope, prefix: str) -> None:
        before, after = lifecycle.stability(old), lifecycle.stability(new)
        levels = lifecycle.STABILITY
        if before == after or before not in levels or after not in levels:
            return
        direction = "decreased" if levels.index(after) < levels.index(before) else "increased"
        self.emit(
            change(f"{prefix}-stability-{direction}", scope, f"stability {before} -> {after}")
        )


def _flatten(document: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """The schema with its allOf parts merged in (properties and required joined, the first
    value of other keywords kept), and the parts."""
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return schema, []
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    properties = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    pending, seen = list(parts), {id(schema)}
    while pending:
        part = resolve(document, pending.pop(0))
        if not isinstance(part, dict) or id(part) in seen:
            continue
        seen.add(id(part))
        pending.extend(part.get("allOf") or [])
        for key, value in part.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    properties.setdefault(name, sub)
            elif key == "required" and isinstance(value, list):
                required += [r for r in value if r not in required]
            elif key != "allOf" and key not in merged:
                merged[key] = value
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged, parts


def _types(schema: dict[str, Any]) -> frozenset[str]:
    declared = schema.get("type")
    types = (
        [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else []
    )
    return frozenset(str(t) for t in types) - {"null"}


def _nullable(schema: dict[str, Any]) -> bool:
    declared = schema.get("type")
    if schema.get("nullable") is True or (isinstance(declared, list) and "null" in declared):
        return True
    return any(
        isinstance(item, dict) and _is_null(item)
        for keyword in ("oneOf", "anyOf")
        for item in schema.get(keyword) or []
    )


def _is_null(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or schema.get("type") == ["null"]


def _non_null(document: dict[str, Any], items: Any) -> list[Any]:
    if not isinstance(items, list):
        return []
    return [
        i
        for i in items
        if not (isinstance(resolve(document, i), dict) and _is_null(resolve(document, i)))
    ]


def _type_change(
    old: dict[str, Any], new: dict[str, Any], old_types: frozenset[str], new_types: frozenset[str]
) -> str:
    if isinstance(old.get("type"), list) or isinstance(new.get("type"), list):
        if len(old_types) > 1 or len(new_types) > 1:
            if new_types < old_types:
                return "list-of-types-narrowed"
            if new_types > old_types:
                return "list-of-types-widened"
            return "type-changed"
    if old_types == {"integer"} and new_types == {"number"}:
        return "type-generalized"
    if old_types == {"number"} and new_types == {"integer"}:
        return "type-specialized"
    return "type-changed"


def _text_compatible(old: frozenset[str], new: frozenset[str], direction: str) -> bool:
    """A type swap that holds only because the values travel as text (oasdiff's
    *-type-compatible): a request whose new type is string (the server reads anything as
    text), a response whose old type was string (the client read it as text). A swap that
    widens a request or narrows a response is a generalization, not this."""
    if direction == "request":
        return new == {"string"} and not _covered(old, new)
    return old == {"string"} and not _covered(new, old)


def _covered(sub: frozenset[str], types: frozenset[str]) -> bool:
    """Every type of sub is one of types, integer counting as a number."""
    return all(t in types or (t == "integer" and "number" in types) for t in sub)


def _format_change(before: Any, after: Any) -> str:
    if after is None or (before, after) in WIDER_FORMATS:
        return "type-generalized"
    if before is None or (after, before) in WIDER_FORMATS:
        return "type-specialized"
    return "type-changed"


def _type_message(old: dict[str, Any], new: dict[str, Any]) -> str:
    def shown(schema: dict[str, Any]) -> str:
        kind = "/".join(sorted(_types(schema)))
        return f"{kind}/{schema['format']}" if schema.get("format") else kind

    return f"type changed from {shown(old)} to {shown(new)}"


def _bounds(schema: dict[str, Any]) -> dict[str, float]:
    """Numeric bounds, with OpenAPI 3.0's boolean exclusiveMinimum/Maximum made 3.1 numbers."""
    result: dict[str, float] = {}
    for keyword, _ in BOUNDS:
        value = schema.get(keyword)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if not (keyword in ZERO_IS_NONE and value == 0):
                result[keyword] = value
    for exclusive, inclusive in (("exclusiveMaximum", "maximum"), ("exclusiveMinimum", "minimum")):
        if schema.get(exclusive) is True and inclusive in result:
            result[exclusive] = result.pop(inclusive)
    return result


def _annotation_only(schema: Any) -> bool:
    return isinstance(schema, dict) and all(
        k in ANNOTATIONS or k in ("deprecated", "readOnly", "writeOnly") or k.startswith("x-")
        for k in schema
    )


def _only_properties(part: Any, whole: dict[str, Any]) -> bool:
    """Whether an allOf part adds nothing but properties (and the type the whole has)."""
    if not isinstance(part, dict):
        return False
    keys = {k for k in part if k not in ANNOTATIONS and not k.startswith("x-")}
    if part.get("type") == whole.get("type"):
        keys.discard("type")
    return keys <= {"properties", "required"}


def _flag(schema: Any, keyword: str) -> bool:
    return isinstance(schema, dict) and schema.get(keyword) is True


def _same_name(old: Any, new: Any) -> bool:
    name = _name(old)
    return name != "(inline)" and name == _name(new)


def _name(schema: Any) -> str:
    if isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        if isinstance(schema.get("title"), str):
            return str(schema["title"])
    return "(inline)"


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _values(values: Iterable[Any]) -> str:
    return ", ".join(_key(v) for v in values)
