"""Keeping long-lived objects out of the garbage collector's sight."""

from __future__ import annotations

import contextlib
import gc
from typing import Callable, Iterator


@contextlib.contextmanager
def kept_out_of_collections() -> Iterator[Callable[[], None]]:
    """keep() puts every object alive out of the collector's sight until the block ends.

    A big spec's tree and its IR are millions of objects that live through the run: each
    full collection that later allocations trigger would walk them again (and, in forked
    workers, copy the pages it touched). Left alone when a caller has frozen objects."""
    if gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
