"""Defects of a spec we do not curate that generation can route around, each one a warning.

An SDK can still be correct when a pattern is not enforced, an undocumented answer is
returned as it came, or an unknown top-level key is ignored: refusing the whole spec for
one of these helps nobody. Each finding says what the SDK does instead. Anything else that
breaks OpenAPI stays an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from .lint import Finding, schema_roots, subschemas
from .pointers import join_pointer
from .walk import operations

TOP_LEVEL_KEYS = {
    "3.0": frozenset(
        {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"}
    ),
}
TOP_LEVEL_KEYS["3.1"] = TOP_LEVEL_KEYS["3.0"] | {"webhooks", "jsonSchemaDialect"}
_REGEX = jsonschema_rs.validator_for({"format": "regex"}, validate_formats=True)
# Every string under a "pattern" key anywhere in a document is a regular expression: one
# check in Rust, so the walk that finds where (slower by half) runs only when one is not.
_PATTERNS_VALID = jsonschema_rs.validator_for(
    {
        "$defs": {
            "node": {
                "properties": {"pattern": {"if": {"type": "string"}, "then": {"format": "regex"}}},
                "patternProperties": {"": {"$ref": "#/$defs/node"}},
                "items": {"$ref": "#/$defs/node"},
            }
        },
        "$ref": "#/$defs/node",
    },
    validate_formats=True,
)
_QUANTIFIER = re.compile(r"\{\d+(,\d*)?\}")


@dataclass
class Routed:
    """What was routed around: warnings, and the pointers whose OpenAPI errors they replace."""

    warnings: list[Finding] = field(default_factory=list)
    accepted: set[str] = field(default_factory=set)


def route_around(document: dict[str, Any]) -> Routed:
    """Find the defects generation can route around; drop what the SDK will not use."""
    routed = Routed()
    if not re.fullmatch(r"3\.[01]\.\d+", str(document.get("openapi", ""))):
        return routed  # not OpenAPI 3.0/3.1 at all: nothing to route, the version is refused
    _unknown_top_level_keys(document, routed)
    _invalid_patterns(document, routed)
    _empty_responses(document, routed)
    return routed


def _unknown_top_level_keys(document: dict[str, Any], routed: Routed) -> None:
    version = "3.1" if str(document.get("openapi", "")).startswith("3.1") else "3.0"
    for key in [k for k in document if not str(k).startswith("x-")]:
        if key not in TOP_LEVEL_KEYS[version]:
            del document[key]
            routed.warnings.append(
                (
                    join_pointer("", str(key)),
                    "unknown-key",
                    f"{key!r} is not an OpenAPI {version} top-level key: ignored",
                )
            )


def _invalid_patterns(document: dict[str, Any], routed: Routed) -> None:
    if _PATTERNS_VALID.is_valid(document):
        return
    for root, schema in list(schema_roots(document)):
        for pointer, node in subschemas(root, schema):
            pattern = node.get("pattern")
            if not isinstance(pattern, str) or _REGEX.is_valid(pattern):
                continue
            del node["pattern"]  # the models and the mock then leave the value unchecked
            where = join_pointer(pointer, "pattern")
            if has_lone_brace(pattern):
                routed.warnings.append(
                    (
                        where,
                        "pattern-brace",
                        f"{pattern!r} has a brace that is neither escaped nor part of a "
                        "quantifier, which an ECMA-262 regular expression in unicode mode "
                        "does not allow: the pattern is not enforced",
                    )
                )
            else:
                routed.warnings.append(
                    (
                        where,
                        "invalid-pattern",
                        f"{pattern!r} is not a valid ECMA-262 regular expression: "
                        "the pattern is not enforced",
                    )
                )


def has_lone_brace(pattern: str) -> bool:
    """Whether a { or } outside a character class is neither escaped nor a quantifier's."""
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "{":
            quantifier = _QUANTIFIER.match(pattern, index)
            if quantifier is None:
                return True
            index = quantifier.end()
            continue
        elif char == "}":
            return True
        index += 1
    return False


def _empty_responses(document: dict[str, Any], routed: Routed) -> None:
    for pointer, _, _, op in operations(document):
        if op.get("responses") == {}:
            where = join_pointer(pointer, "responses")
            routed.accepted.add(where)
            routed.warnings.append(
                (
                    where,
                    "empty-responses",
                    "the operation documents no response: the call returns the raw body " "(bytes)",
                )
            )
