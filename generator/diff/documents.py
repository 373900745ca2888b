"""diff_documents: the API's changes and, with each side's SDK, the SDK's."""

from __future__ import annotations

from typing import Any

from ..codegen import ir
from ..codegen.build import build_api
from .change import Change
from .compare import SpecDiff
from .impact import SdkNames, annotate
from .lifecycle import DeprecationPolicy
from .surface import Surface, SurfaceDiff, surface


def diff_documents(
    old: dict[str, Any],
    new: dict[str, Any],
    policy: DeprecationPolicy | None = None,
    sdk: bool = True,
) -> list[Change]:
    """Every change from old to new; with sdk, each names the SDK symbols it touches, and
    the changes to the generated SDK's public surface follow the API's."""
    changes = SpecDiff(old, new, policy or DeprecationPolicy()).run()
    if not sdk:
        return changes
    # One IR a side, dropped once read, so only one is held at a time.
    before = _sdk_side(changes, "old", old)
    after = _sdk_side(changes, "new", new)
    if before is not None and after is not None:
        changes += SurfaceDiff(before, after).run()
    return changes


def _sdk_side(changes: list[Change], side: str, document: dict[str, Any]) -> Surface | None:
    """Name this side's symbols in the changes, and read its SDK surface."""
    api = _api(document)
    if api is None:
        return None
    annotate(changes, side, SdkNames(api))
    return surface(api)


def _api(document: dict[str, Any]) -> ir.Api | None:
    try:
        return build_api(document)
    except Exception:  # the SDK side is a convenience here; the API diff stands without it
        return None
