"""factcheck/_gc.py: the collector's state is restored, nesting included."""

from __future__ import annotations

import gc

from factcheck._gc import collector_paused, existing_frozen


def test_a_nested_freeze_leaves_the_outer_one_in_place():
    assert gc.get_freeze_count() == 0
    with existing_frozen():
        outer = gc.get_freeze_count()
        assert outer > 0
        with existing_frozen():
            pass
        assert gc.get_freeze_count() >= outer  # the inner block did not unfreeze everything
    assert gc.get_freeze_count() == 0


def test_pausing_restores_the_collector_even_after_an_error():
    assert gc.isenabled()
    try:
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
