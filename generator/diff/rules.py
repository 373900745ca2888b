"""The rule table: stable ids and default levels, read from rules.tsv (data, not code)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

Level = Literal["ERR", "WARN", "INFO"]
LEVELS: tuple[Level, ...] = ("INFO", "WARN", "ERR")  # ascending
TABLE = Path(__file__).with_name("rules.tsv")


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    direction: str  # Request, Response or None
    area: str
    kind: str
    action: str

    @property
    def is_addition(self) -> bool:
        """Something new a client may start to use: a minor version bump."""
        return self.action == "Add" and (
            self.kind == "Existence" or self.id.endswith("enum-value-added")
        )


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {
        row["id"]: Rule(
            row["id"],
            _level(row["level"]),
            row["direction"],
            row["area"],
            row["kind"],
            row["action"],
        )
        for row in rows
    }


def level_rank(level: str) -> int:
    return LEVELS.index(level)


def _level(text: str) -> Level:
    for level in LEVELS:
        if level == text:
            return level
    raise ValueError(f"unknown level {text!r} in {TABLE.name}")
