"""Parametrize ids that are the same in every process.

pytest-xdist checks that its workers collected the same test ids, so an id may not
depend on a memory address (``<object object at 0x...>``) or on the hash order of
a set, which changes from one interpreter to the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def stable_id(value: object) -> str:
    """``repr(value)`` without memory addresses, sets in sorted order, iterators by type."""
    if isinstance(value, set | frozenset):
        inner = ", ".join(sorted(stable_id(item) for item in value))
        return f"{type(value).__name__}({{{inner}}})"
    if isinstance(value, Iterator):
        return type(value).__name__
    return _ADDRESS.sub("", repr(value))


def unstable_ids(nodeids: list[str]) -> list[str]:
    """The test ids that hold a memory address, so differ between processes."""
    return [nodeid for nodeid in nodeids if _ADDRESS.search(nodeid)]
