"""Pausing Python's cyclic garbage collector around bulk work that creates no reference cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Each pass of the collector walks every object still alive: while hundreds of thousands of
    rows or shingle sets are built, those passes cost a third of the time (pay ledgers, copy
    check). Nothing built there forms a cycle, so reference counting frees it all; the collector
    is switched back on afterwards (unless it was already off, e.g. in an outer pause)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
