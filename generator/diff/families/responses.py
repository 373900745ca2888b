"""Response statuses, media types, headers, and response properties."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("responses", _words.response)
