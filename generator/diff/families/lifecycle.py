"""Operations added and removed, deprecation, x-sunset and x-stability-level."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("lifecycle", _words.lifecycle)
