"""A small content-addressed cache for pure, slow steps (validation, black).

Entries are keyed by a hash of everything the result depends on, so a stale entry can
never be used; the cache can be deleted at any time. Location: $MODELARTS_GEN_CACHE, else
$XDG_CACHE_HOME/modelarts-sdk-generator, else ~/.cache/modelarts-sdk-generator. Set
MODELARTS_GEN_CACHE=off to disable it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .files import write_atomically


def _root() -> Path | None:
    configured = os.environ.get("MODELARTS_GEN_CACHE")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "modelarts-sdk-generator"


def enabled() -> bool:
    return _root() is not None


def folder(kind: str) -> Path | None:
    """The folder for entries of kind, created; None when the cache is off or unwritable."""
    root = _root()
    if root is None:
        return None
    try:
        (root / kind).mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return root / kind


def key(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def get(kind: str, entry: str) -> str | None:
    root = _root()
    if root is None:
        return None
    try:
        return (root / kind / entry[:2] / entry).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def put(kind: str, entry: str, value: str) -> None:
    root = _root()
    if root is None:
        return
    try:
        write_atomically(root / kind / entry[:2] / entry, value)
    except OSError:
        pass  # a cache that cannot be written only costs time
