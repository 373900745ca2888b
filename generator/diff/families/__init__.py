"""The rule families, one module each. A family claims its rows of rules.tsv by what the
row says (area, kind, the words of its id); the claims are disjoint, and registry.py checks
that together they cover the table."""

from __future__ import annotations

from ..registry import Family
from . import (
    components,
    composition,
    constraints,
    enums,
    lifecycle,
    parameters,
    request_bodies,
    responses,
    sdk_surface,
    security,
)

FAMILIES: tuple[Family, ...] = (
    components.FAMILY,
    security.FAMILY,
    lifecycle.FAMILY,
    enums.FAMILY,
    composition.FAMILY,
    constraints.FAMILY,
    parameters.FAMILY,
    request_bodies.FAMILY,
    responses.FAMILY,
    sdk_surface.FAMILY,
)
