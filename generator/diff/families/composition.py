"""oneOf, anyOf, allOf, discriminators and the JSON Schema 2020-12 applicators."""

from __future__ import annotations

from ..registry import table_family
from . import _words

FAMILY = table_family("composition", _words.composition)
