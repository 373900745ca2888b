"""Request bodies, their media types, and request properties added or removed."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("request bodies", _words.request_body)
