"""Pausing Python's cyclic garbage collector around a bulk pass that creates no reference cycles."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block and restore it as it was.

    A bulk pass (millions of index rows, tens of thousands of extraction candidates) allocates
    tuples faster than they die: the collector then walks every surviving container again and
    again as the generations fill, for no cycle to find. Reference counting still frees
    everything; only cycles made during the block wait for the next collection after it.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
