"""Types, formats, bounds, patterns, defaults and nullability of a schema."""

from __future__ import annotations

from ..registry import table_family
from . import _words

# Bound changes the walker sees that oasdiff has no rule for, in any place.
UNNAMED = (
    "max-unset",
    "exclusive-max-unset",
    "min-unset",
    "exclusive-min-unset",
    "min-length-set",
    "min-length-unset",
    "max-items-set",
    "max-items-unset",
    "max-contains-set",
    "max-contains-unset",
    "min-contains-set",
    "min-contains-unset",
)

FAMILY = table_family("constraints", _words.constraint, UNNAMED)
