"""Enum values added and removed, and schemas that became enums."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("enums", _words.enum)
