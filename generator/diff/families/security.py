"""Security schemes, OAuth flows and scopes, and the requirements of operations."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("security", _words.security)
