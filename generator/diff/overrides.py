"""Ignore files (accepted changes) and severity files (levels overridden per rule)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .change import Change
from .registry import registry
from .rules import LEVELS, Level

METHODS = frozenset({"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"})


class OverridesError(Exception):
    """A bad ignore or severity file: one line naming file:line."""


@dataclass
class Overrides:
    """The user's say over the rule table: changes accepted, and levels changed."""

    ignored: set[tuple[str, str]] = field(default_factory=set)  # (rule id, operation)
    levels: dict[str, Level] = field(default_factory=dict)

    def apply(self, changes: list[Change]) -> list[Change]:
        kept = []
        for item in changes:
            if (item.id, item.operation) in self.ignored or (
                item.operation_id and (item.id, item.operation_id) in self.ignored
            ):
                continue
            if item.id in self.levels:
                item.level = self.levels[item.id]
            kept.append(item)
        return kept


def read_ignore(path: Path, overrides: Overrides) -> None:
    """Lines of `rule-id METHOD /path` or `rule-id operationId`; # comments, blank lines."""
    for number, words in _lines(path):
        rule_id, operation = words[0], " ".join(words[1:])
        _known(path, number, rule_id)
        if not operation:
            raise OverridesError(
                f"{path}:{number}: expected `rule-id METHOD /path` or `rule-id operationId`"
            )
        method, _, route = operation.partition(" ")
        if route and method.upper() not in METHODS:
            raise OverridesError(f"{path}:{number}: unknown HTTP method {method!r}")
        if route and not route.startswith("/"):
            raise OverridesError(f"{path}:{number}: a path starts with '/': {route!r}")
        overrides.ignored.add((rule_id, f"{method.upper()} {route}" if route else operation))


def read_severity(path: Path, overrides: Overrides) -> None:
    """Lines of `rule-id LEVEL` (ERR, WARN or INFO); # comments, blank lines."""
    for number, words in _lines(path):
        if len(words) != 2:
            raise OverridesError(f"{path}:{number}: expected `rule-id LEVEL`")
        rule_id, level = words[0], words[1].upper()
        _known(path, number, rule_id)
        match = next((known for known in LEVELS if known == level), None)
        if match is None:
            raise OverridesError(f"{path}:{number}: level {words[1]!r} is not ERR, WARN or INFO")
        overrides.levels[rule_id] = match


def _lines(path: Path) -> list[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OverridesError(
            f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"
        ) from None
    result = []
    for number, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if words:
            result.append((number, words))
    return result


def _known(path: Path, number: int, rule_id: str) -> None:
    if rule_id not in registry().by_id:
        raise OverridesError(f"{path}:{number}: unknown rule id {rule_id!r}")
