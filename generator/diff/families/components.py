"""Component schemas, tags, operation ids, webhooks and info.version: the spec's named parts."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("components", _words.document_part)
