"""Deprecation, x-sunset dates and x-stability-level: the one place that decides what a
deprecation, a reactivation, a sunset change or a removal is. Operations, parameters and
properties each map these events to their own rule ids (a place with no rule for an event
lists none, which is oasdiff's choice, not an oversight)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

STABILITY = ("draft", "alpha", "beta", "stable")

# What happened to a deprecation from one side to the other.
Event = Literal[
    "deprecated",
    "deprecated-with-sunset",
    "reactivated",
    "sunset-missing",
    "sunset-invalid",
    "sunset-too-small",
    "sunset-deleted",
    "sunset-earlier",
]
# How something was removed, as far as its deprecation goes.
Removal = Literal["without-deprecation", "with-deprecation", "before-sunset", "sunset-parse"]


@dataclass(frozen=True)
class DeprecationPolicy:
    """How long a deprecation must last: with days > 0, deprecating without an x-sunset at
    least that far ahead is breaking. today is a parameter so results can be reproduced."""

    deprecation_days: int = 0
    today: datetime.date = field(default_factory=datetime.date.today)


def deprecated(node: Any) -> bool:
    return isinstance(node, dict) and node.get("deprecated") is True


def sunset(node: Any) -> datetime.date | None | str:
    """The x-sunset date; None when absent; the raw text when it is not a date."""
    raw = node.get("x-sunset") if isinstance(node, dict) else None
    if raw is None:
        return None
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    text = str(raw)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return text


def stability(node: Any) -> str | None:
    raw = node.get("x-stability-level") if isinstance(node, dict) else None
    return None if raw is None else str(raw)


def events(old: Any, new: Any, policy: DeprecationPolicy) -> list[tuple[Event, str]]:
    """The deprecation events from old to new, each with a message."""
    was, now = deprecated(old), deprecated(new)
    date = sunset(new)
    if now and not was:
        found: list[tuple[Event, str]] = [
            (
                ("deprecated", "deprecated")
                if date is None
                else ("deprecated-with-sunset", f"deprecated, sunset {date}")
            )
        ]
        problem = _policy_problem(date, policy)
        if problem is not None:
            found.append(
                (
                    problem,
                    f"deprecated with x-sunset {problem.removeprefix('sunset-')} "
                    f"(policy: {policy.deprecation_days} days)",
                )
            )
        return found
    if was and not now:
        return [("reactivated", "no longer deprecated")]
    if was and now:
        before = sunset(old)
        if before is not None and date is None:
            return [("sunset-deleted", f"x-sunset {before} removed")]
        if isinstance(before, datetime.date) and isinstance(date, datetime.date) and date < before:
            return [("sunset-earlier", f"x-sunset moved earlier, from {before} to {date}")]
    return []


def removal(node: Any, policy: DeprecationPolicy) -> tuple[Removal, str]:
    """How a removed node was removed, and the words for it ('removed ...')."""
    if not deprecated(node):
        return "without-deprecation", "removed without deprecation"
    date = sunset(node)
    if isinstance(date, str):
        return "sunset-parse", f"removed; its x-sunset {date!r} is not a date"
    if date is not None and policy.today < date:
        return "before-sunset", f"removed before its sunset {date}"
    return "with-deprecation", "removed after deprecation"


def _policy_problem(date: datetime.date | None | str, policy: DeprecationPolicy) -> Event | None:
    """A new deprecation whose x-sunset is unreadable, or missing or too soon for the policy."""
    if isinstance(date, str):
        return "sunset-invalid"
    if policy.deprecation_days <= 0:
        return None
    if date is None:
        return "sunset-missing"
    if date < policy.today + datetime.timedelta(days=policy.deprecation_days):
        return "sunset-too-small"
    return None
