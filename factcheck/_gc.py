"""Keeping the cyclic garbage collector out of bulk work: one place for every caller.

Loading a fact base, building the name index, running the rules and linting a draft each
allocate many small long-lived objects next to a large loaded corpus, and make no
reference cycles worth collecting early. CPython's cyclic collector would start full
collections in the middle of that work and walk every object again and again as the heap
grows (seconds at 100,000 claims). Paused, it runs after, as usual.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused", "existing_frozen"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block; restore its state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def existing_frozen() -> Iterator[None]:
    """Move every object alive now (a loaded fact base) out of the collector's sight.

    Full collections started by the block's allocations then walk only what the block made,
    not every loaded model object. Nested uses are safe: only the outermost unfreezes
    (``gc.unfreeze`` releases everything frozen, an outer block's objects too).
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()
