"""One difference between two specs, as every report format sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .registry import rule
from .rules import Level


@dataclass(frozen=True)
class Target:
    """Where a change lands in the generated SDK, resolved by impact.py.

    side: the spec that has the symbol (old for removals, new for the rest); kind: operation,
    parameter, property or enum; path: wire names from the operation's body or answer down
    to the property ('[]' for array items, '{}' for map values).
    """

    side: str
    kind: str
    parameter: tuple[str, str] = ("", "")  # (location, wire name)
    body: str = ""  # "request" or a response status
    path: tuple[str, ...] = ()
    value: Any = None  # the enum value


@dataclass
class Change:
    id: str
    operation: str  # "METHOD /path", or "" for spec-wide changes
    location: str
    message: str
    operation_id: str = ""
    level: Level = "INFO"
    target: Target | None = None
    sdk: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.level = rule(self.id).level  # raises UnknownRule for an id no family registered

    @property
    def section(self) -> str:
        """Changelog group: breaking, deprecated, added or changed."""
        if self.level == "ERR":
            return "breaking"
        if "deprecated" in self.id:
            return "deprecated"
        if rule(self.id).is_addition:
            return "added"
        return "changed"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level,
            "section": self.section,
            "operation": self.operation,
            "operationId": self.operation_id,
            "location": self.location,
            "message": self.message,
            "sdk": self.sdk,
        }
