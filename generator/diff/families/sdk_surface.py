"""The public surface of the generated SDK: client, methods and their parameters, models and
fields, enums and members, the exception base, CLI commands and flags. Not oasdiff's: these
ids are the project's own. Levels say what a user of the SDK must do: ERR, change their
code (a symbol is gone or renamed, a call now needs an argument); WARN, their type checker
may object (a type changed); INFO, nothing."""

from __future__ import annotations

from ..registry import SDK_FAMILY, own_family
from ..rules import Level, Rule

# id: (level, kind, action, message template); {old} and {new} name symbols, {before} and
# {after} values.
RULES: dict[str, tuple[Level, str, str, str]] = {
    "sdk-package-renamed": ("ERR", "Existence", "Change", "package {old} renamed to {new}"),
    "sdk-client-renamed": ("ERR", "Existence", "Change", "client class {old} renamed to {new}"),
    "sdk-exception-renamed": (
        "ERR",
        "Existence",
        "Change",
        "exception base class {old} renamed to {new}",
    ),
    "sdk-method-added": ("INFO", "Existence", "Add", "method {new} added"),
    "sdk-method-removed": ("ERR", "Existence", "Remove", "method {old} removed"),
    "sdk-method-renamed": ("ERR", "Existence", "Change", "method {old} renamed to {new}"),
    "sdk-method-return-type-changed": (
        "WARN",
        "Type",
        "Change",
        "{new} returns {after} instead of {before}",
    ),
    "sdk-parameter-added": ("INFO", "Existence", "Add", "optional argument {new} added"),
    "sdk-required-parameter-added": ("ERR", "Existence", "Add", "required argument {new} added"),
    "sdk-parameter-removed": ("ERR", "Existence", "Remove", "argument {old} removed"),
    "sdk-parameter-renamed": ("ERR", "Existence", "Change", "argument {old} renamed to {new}"),
    "sdk-parameter-became-required": ("ERR", "Requiredness", "Change", "{new} became required"),
    "sdk-parameter-became-optional": ("INFO", "Requiredness", "Change", "{new} became optional"),
    "sdk-parameter-type-changed": (
        "WARN",
        "Type",
        "Change",
        "{new} takes {after} instead of {before}",
    ),
    "sdk-parameter-kind-changed": (
        "WARN",
        "Type",
        "Change",
        "{new} moved from the {before} to the {after}",
    ),
    "sdk-model-added": ("INFO", "Existence", "Add", "model {new} added"),
    "sdk-model-removed": ("ERR", "Existence", "Remove", "model {old} removed"),
    "sdk-model-renamed": ("ERR", "Existence", "Change", "model {old} renamed to {new}"),
    "sdk-field-added": ("INFO", "Existence", "Add", "field {new} added"),
    "sdk-field-removed": ("ERR", "Existence", "Remove", "field {old} removed"),
    "sdk-field-renamed": ("ERR", "Existence", "Change", "field {old} renamed to {new}"),
    "sdk-field-became-required": ("ERR", "Requiredness", "Change", "{new} became required"),
    "sdk-field-became-optional": ("WARN", "Requiredness", "Change", "{new} became optional"),
    "sdk-field-type-changed": (
        "WARN",
        "Type",
        "Change",
        "{new} is {after} instead of {before}",
    ),
    "sdk-enum-added": ("INFO", "Existence", "Add", "enum {new} added"),
    "sdk-enum-removed": ("ERR", "Existence", "Remove", "enum {old} removed"),
    "sdk-enum-renamed": ("ERR", "Existence", "Change", "enum {old} renamed to {new}"),
    "sdk-enum-member-added": ("INFO", "Existence", "Add", "enum member {new} added"),
    "sdk-enum-member-removed": ("ERR", "Existence", "Remove", "enum member {old} removed"),
    "sdk-enum-member-renamed": (
        "ERR",
        "Existence",
        "Change",
        "enum member {old} renamed to {new}",
    ),
    "sdk-cli-command-added": ("INFO", "Existence", "Add", "command `{new}` added"),
    "sdk-cli-command-removed": ("ERR", "Existence", "Remove", "command `{old}` removed"),
    "sdk-cli-command-renamed": (
        "ERR",
        "Existence",
        "Change",
        "command `{old}` renamed to `{new}`",
    ),
    "sdk-cli-flag-added": ("INFO", "Existence", "Add", "optional flag `{new}` added"),
    "sdk-cli-required-flag-added": ("ERR", "Existence", "Add", "required flag `{new}` added"),
    "sdk-cli-flag-removed": ("ERR", "Existence", "Remove", "flag `{old}` removed"),
    "sdk-cli-flag-renamed": ("ERR", "Existence", "Change", "flag `{old}` renamed to `{new}`"),
    "sdk-cli-flag-became-required": (
        "ERR",
        "Requiredness",
        "Change",
        "flag `{new}` became required",
    ),
    "sdk-cli-flag-became-optional": (
        "INFO",
        "Requiredness",
        "Change",
        "flag `{new}` became optional",
    ),
}

FAMILY = own_family(
    SDK_FAMILY,
    (
        Rule(rule_id, level, "None", "SDK", kind, action)
        for rule_id, (level, kind, action, _) in RULES.items()
    ),
    {rule_id: spec[3] for rule_id, spec in RULES.items()},
)
