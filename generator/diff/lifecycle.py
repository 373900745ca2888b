"""Deprecation, x-sunset dates and x-stability-level: the facts the lifecycle rules read."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

STABILITY = ("draft", "alpha", "beta", "stable")


@dataclass(frozen=True)
class Policy:
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


def deprecation_problem(node: Any, policy: Policy) -> str | None:
    """'missing', 'invalid' or 'too-small' when a new deprecation breaks the policy."""
    date = sunset(node)
    if isinstance(date, str):
        return "invalid"
    if policy.deprecation_days <= 0:
        return None
    if date is None:
        return "missing"
    if date < policy.today + datetime.timedelta(days=policy.deprecation_days):
        return "too-small"
    return None
