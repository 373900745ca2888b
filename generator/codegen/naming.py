"""Turning untrusted spec strings into safe, unique, deterministic Python names."""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata
from typing import Iterable

# Words are runs of ASCII letters and digits, split before a capital that follows a small
# letter or a digit (getHTTP: get, HTTP) and before the last of several capitals that a small
# letter follows (HTTPResponse: HTTP, Response). Matched in one pass: three times as fast as
# splitting at lookbehind boundaries, and a big spec has thousands of names to split.
_WORD = re.compile(
    r"""[A-Z]+(?=[A-Z][a-z])  # capitals before a capitalized word: HTTP of HTTPResponse
    | [A-Z]*[a-z0-9]+  # small letters and digits after any capitals: get, Response, v2, AB1
    | [A-Z]+  # capitals that end the run: HTTP of getHTTP""",
    re.VERBOSE,
)

KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
BUILTINS = frozenset(dir(builtins))


_SIGNS = {"+": "plus ", "-": "minus "}


def words(text: str) -> list[str]:
    """Split any string into ASCII words: 'getHTTPResponse-v2' -> get, HTTP, Response, v2."""
    return list(_words(str(text)))


@functools.lru_cache(maxsize=65536)  # names are split again and again (IR, templates)
def _words(text: str) -> tuple[str, ...]:
    if text[:1] in _SIGNS and text[1:2].isdigit():  # '+1' and '-1' are different names
        text = _SIGNS[text[0]] + text[1:]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return tuple(_WORD.findall(text))


# The IR asks for the same few thousand names over and over (every field of every inline
# model, every parameter): the case conversions are pure, so each is computed once.
@functools.lru_cache(maxsize=65536)
def snake(text: str, *, fallback: str = "value") -> str:
    name = "_".join(w.lower() for w in words(text)) or fallback
    return name if not name[0].isdigit() else f"{fallback}_{name}"


@functools.lru_cache(maxsize=65536)
def pascal(text: str, *, fallback: str = "Model") -> str:
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    return name if not name[0].isdigit() else f"{fallback}{name}"


@functools.lru_cache(maxsize=65536)
def constant(text: str, *, fallback: str = "VALUE") -> str:
    name = "_".join(w.upper() for w in words(text)) or fallback
    return name if not name[0].isdigit() else f"{fallback}_{name}"


def kebab(text: str) -> str:
    return snake(text).replace("_", "-")


def avoid(name: str, reserved: Iterable[str] = (), *, builtins_too: bool = False) -> str:
    """name, with a trailing underscore if it is a keyword or a reserved (or builtin) name."""
    # A set as given is used as is: copying MODEL_RESERVED for every field was measurable.
    taken = reserved if isinstance(reserved, (set, frozenset)) else set(reserved)
    while name in KEYWORDS or name in taken or (builtins_too and name in BUILTINS):
        name += "_"
    return name


class Namespace:
    """Hands out unique names in one scope; the first claimant keeps the plain name.

    Callers claim in spec order, so the result does not depend on hash seeds or dict order
    of anything but the spec itself. Each renaming is recorded for a warning.
    """

    def __init__(self, reserved: Iterable[str] = (), *, joiner: str = "_") -> None:
        self._taken = set(reserved)
        self._joiner = joiner
        self.renamed: list[tuple[str, str]] = []  # (original, given)

    def claim(self, wanted: str, original: str = "") -> str:
        name, counter = wanted, 2
        while name in self._taken or name in KEYWORDS:
            name, counter = f"{wanted}{self._joiner}{counter}", counter + 1
        self._taken.add(name)
        if name != wanted:
            self.renamed.append((original or wanted, name))
        return name

    def __contains__(self, name: str) -> bool:
        return name in self._taken


def one_line(text: str) -> str:
    """Text with its whitespace runs, line breaks included, made single spaces."""
    return " ".join(text.split())
