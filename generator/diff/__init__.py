"""Spec diff: the changes between two OpenAPI documents, by rule id and level, with the
semver bump they call for and the generated SDK symbols they touch.

load.py reads the sides, compare.py walks paths and operations, schema.py schemas,
rules.py reads the rule table (rules.tsv), registry.py and families/ own its rows,
impact.py names SDK symbols, surface.py compares the SDKs' public names, overrides.py reads
ignore and severity files, report.py writes the formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .change import Change
    from .documents import diff_documents
    from .lifecycle import DeprecationPolicy

# Loaded on first use: the comparison modules are a tenth of a second that `generate` and
# `validate`, which import this package's small modules (report, load), would pay for nothing.
_LAZY = {
    "Change": "change",
    "DeprecationPolicy": "lifecycle",
    "diff_documents": "documents",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_LAZY[name]}", __name__), name)


__all__ = ["Change", "DeprecationPolicy", "diff_documents"]
