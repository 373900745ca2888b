"""Request parameters added, removed, required or not, and their properties."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("parameters", _words.parameter)
