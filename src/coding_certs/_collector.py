"""Pausing Python's cyclic garbage collector around work that builds many objects at once.

A roster builds millions of small objects that live until the report is made, so
the cyclic collector would only scan them again and again. The command pauses it
for a whole run (``cli``), and ``assess_roster`` for one call when asked
(``pause_gc=True``, ``_roster``); either way it is left enabled or disabled as it
was found.
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, then leave it enabled or disabled as it was."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


__all__ = ["collector_paused"]
