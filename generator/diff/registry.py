"""The rule registry: every rule id a change may carry, the family that owns it, its level
and its message template. API rules come from rules.tsv (oasdiff's ids and levels); each
family module in families/ claims its rows, and the SDK surface family adds its own. Every
row must be claimed by exactly one family, and a change with an id no family registered
raises: a misspelt id is a bug to see, not a change to drop."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from .rules import Rule, rules


class UnknownRule(LookupError):
    """A rule id (or a schema change's name) that no family registered."""


@dataclass(frozen=True)
class Family:
    name: str
    rules: tuple[Rule, ...]
    templates: Mapping[str, str] = field(default_factory=dict)  # id -> str.format template
    # Changes the schema walker names that no rule covers at any place (oasdiff reports
    # them nowhere): known, so not an error, and silent.
    unnamed: frozenset[str] = frozenset()


Claim = Callable[[Rule], bool]


def table_family(name: str, claims: Claim, unnamed: Iterable[str] = ()) -> Family:
    """A family of rules.tsv rows: those its claim accepts."""
    return Family(name, tuple(r for r in rules().values() if claims(r)), unnamed=frozenset(unnamed))


def own_family(
    name: str, own: Iterable[Rule], templates: Mapping[str, str] | None = None
) -> Family:
    """A family of rules outside rules.tsv (the SDK surface)."""
    return Family(name, tuple(own), templates or {})


@dataclass(frozen=True)
class Registry:
    by_id: Mapping[str, Rule]
    family_of: Mapping[str, str]
    templates: Mapping[str, str]
    suffixes: frozenset[str]  # every tail of an id after a '-': the names of changes


@lru_cache(maxsize=1)
def registry() -> Registry:
    from .families import FAMILIES  # the families read rules(); they register once

    by_id: dict[str, Rule] = {}
    family_of: dict[str, str] = {}
    templates: dict[str, str] = {}
    for family in FAMILIES:
        for rule in family.rules:
            if rule.id in family_of:
                raise ValueError(
                    f"rule {rule.id} is claimed by both {family_of[rule.id]} and {family.name}"
                )
            by_id[rule.id], family_of[rule.id] = rule, family.name
        for rule_id, template in family.templates.items():
            if family_of.get(rule_id) != family.name:
                raise ValueError(f"{family.name} has a template for {rule_id}, not its rule")
            templates[rule_id] = template
    orphans = sorted(set(rules()) - set(family_of))
    if orphans:
        raise ValueError(f"rules.tsv rows no family claims: {', '.join(orphans)}")
    suffixes = {rule_id.split("-", i)[-1] for rule_id in by_id for i in range(1, 8)}
    suffixes.update(name for family in FAMILIES for name in family.unnamed)
    return Registry(by_id, family_of, templates, frozenset(suffixes))


SDK_FAMILY = "sdk surface"


def is_sdk(rule_id: str) -> bool:
    """A change to the generated SDK's surface rather than to the API."""
    return registry().family_of.get(rule_id) == SDK_FAMILY


def rule(rule_id: str) -> Rule:
    found = registry().by_id.get(rule_id)
    if found is None:
        raise UnknownRule(f"no rule {rule_id!r} is registered")
    return found


def known_change(suffix: str) -> None:
    """Raise unless some registered rule names this change (a schema change's suffix)."""
    if suffix not in registry().suffixes:
        raise UnknownRule(f"no rule names the change {suffix!r}")


def message(rule_id: str, **fields: object) -> str:
    """The rule's message template filled in."""
    template = registry().templates.get(rule_id)
    if template is None:
        raise UnknownRule(f"rule {rule_id!r} has no message template")
    return template.format(**fields)
