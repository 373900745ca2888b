"""Faults the mock injects, so that clients can test their retries and timeouts: error
answers with a probability each, and latency.

The same notation serves ``--faults`` (every request) and the ``X-Mock-Fault`` header (one
request): comma-separated items, each ``STATUS[:PROBABILITY]`` or
``latency=DURATION[:PROBABILITY]``, as in ``429:0.1,503:0.05,latency=200ms``. A probability
left out is 1; a duration is in ``ms`` or ``s``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

FAULT_HEADER = "X-Mock-Fault"
# Answers a client is told to retry later: they carry Retry-After (seconds).
RETRY_LATER = {429, 503}
RETRY_AFTER_SECONDS = 1
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")


@dataclass(frozen=True)
class Faults:
    errors: tuple[tuple[int, float], ...] = ()  # (status, probability)
    latency: float = 0.0  # seconds
    latency_chance: float = 0.0

    def __bool__(self) -> bool:
        return bool(self.errors or self.latency)

    def draw(self, rng: random.Random) -> tuple[int, float]:
        """(status of the error to answer with or 0, seconds to wait first)."""
        delay = self.latency if self.latency and rng.random() < self.latency_chance else 0.0
        roll, reached = rng.random(), 0.0
        for status, chance in self.errors:
            reached += chance
            if roll < reached:
                return status, delay
        return 0, delay


def parse(text: str) -> Faults:
    """Faults from their notation; ValueError saying which item is wrong."""
    errors: list[tuple[int, float]] = []
    latency, latency_chance = 0.0, 0.0
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        what, _, chance_text = item.partition(":")
        chance = _probability(chance_text, item) if chance_text else 1.0
        if what.startswith("latency="):
            latency, latency_chance = _seconds(what[len("latency=") :], item), chance
        elif what.isdigit() and 400 <= int(what) <= 599:
            errors.append((int(what), chance))
        else:
            raise ValueError(
                f"{item!r}: expected STATUS[:PROBABILITY] (an HTTP error status, 400-599) "
                "or latency=DURATION[:PROBABILITY], such as 503:0.05 or latency=200ms"
            )
    if sum(chance for _, chance in errors) > 1.0 + 1e-9:
        raise ValueError(f"{text!r}: the error probabilities add up to more than 1")
    return Faults(tuple(errors), latency, latency_chance)


def _probability(text: str, item: str) -> float:
    try:
        chance = float(text)
    except ValueError:
        chance = -1.0
    if not 0.0 <= chance <= 1.0:
        raise ValueError(f"{item!r}: the probability must be a number from 0 to 1")
    return chance


def _seconds(text: str, item: str) -> float:
    found = _DURATION.match(text.strip())
    if not found:
        raise ValueError(f"{item!r}: the duration needs a unit, such as 200ms or 1.5s")
    value = float(found.group(1))
    return value / 1000 if found.group(2) == "ms" else value
