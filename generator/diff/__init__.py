"""Spec diff: the changes between two OpenAPI documents, by rule id and level, with the
semver bump they call for and the generated SDK symbols they touch.

load.py reads the sides, compare.py walks paths and operations, schema.py schemas,
rules.py holds the rule table (rules.tsv), impact.py names SDK symbols, overrides.py reads
ignore and severity files, report.py writes the formats.
"""

from __future__ import annotations

from typing import Any

from .change import Change
from .compare import SpecDiff
from .impact import annotate
from .lifecycle import DeprecationPolicy


def diff_documents(
    old: dict[str, Any],
    new: dict[str, Any],
    policy: DeprecationPolicy | None = None,
    sdk: bool = True,
) -> list[Change]:
    """Every change from old to new; with sdk, each names the SDK symbols it touches."""
    changes = SpecDiff(old, new, policy or DeprecationPolicy()).run()
    if sdk and changes:
        annotate(changes, old, new)
    return changes


__all__ = ["Change", "DeprecationPolicy", "diff_documents"]
