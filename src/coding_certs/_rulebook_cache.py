"""The shipped rule book's TOML, parsed once and kept beside the bytecode.

``tomllib`` is pure Python: parsing the shipped rule book (about 125 KB, most of it the
sources' and assumptions' text) cost a first use about 12 ms, more than the rest of
reading the book. As Python keeps its bytecode, the parse is kept in a file
(``data/__pycache__/rules.toml.<cache tag>.marshal``, or under ``sys.pycache_prefix``) that
holds the rule book's whole text with it, and is used only when that text is the file's
text now: an edited rule book is parsed afresh and the file written again. Nothing is
written when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``) or where it
cannot write; the book is then parsed as before. ``marshal`` holds every TOML value but
dates, which are kept as their ordinals, with the place of each (its keys and indexes
from the top of the document), and made dates again in place when read: only those
places are visited, not the whole document. Values other than dates that marshal cannot
hold (TOML times and date-times, which the rule book does not use) are never cached.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
from typing import Any

# The layout of the cache file; a file of another layout is ignored and written again.
# Layout 2: (2, text, document with each date as its ordinal, the place of every date).
_LAYOUT = 2


class _NotCached(Exception):  # noqa: N818 -- a signal inside this module, never escapes it
    """A value marshal cannot hold: the document is not cached."""


def cache_path(source: str) -> str:
    """Where the parse of the TOML file ``source`` is kept (as Python places bytecode)."""
    directory, name = os.path.split(os.path.abspath(source))  # noqa: PTH100 -- os.path: see _rulebook
    if sys.pycache_prefix:
        _, tail = os.path.splitdrive(directory)
        directory = os.path.join(sys.pycache_prefix, tail.lstrip(os.sep))  # noqa: PTH118
    else:
        directory = os.path.join(directory, "__pycache__")  # noqa: PTH118
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(directory, f"{name}.{tag}.marshal")  # noqa: PTH118


def read_toml(source: str) -> dict[str, Any]:
    """The TOML document in the file ``source``, from its kept parse when that is current."""
    with open(source, encoding="utf-8") as file:  # noqa: PTH123 -- os.path: see _rulebook
        text = file.read()
    cache = cache_path(source)
    document = _load(cache, text)
    if document is not None:
        return document
    import tomllib  # noqa: PLC0415 -- only when the kept parse is absent or stale

    document = tomllib.loads(text)
    if not sys.dont_write_bytecode:
        _store(cache, text, document)
    return document


def _load(cache: str, text: str) -> dict[str, Any] | None:
    try:
        with open(cache, "rb") as file:  # noqa: PTH123 -- os.path: see _rulebook
            data = file.read()
        # As trusted as the package's bytecode beside it, which Python loads with marshal too.
        # From bytes, as importlib loads bytecode: marshal.load() of the file object asks it
        # for every value's few bytes in turn, ten times slower here (3.5 ms against 0.4 ms).
        layout, kept_text, tree, dates = marshal.loads(data)  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return None  # absent, unreadable or not ours
    if layout != _LAYOUT or kept_text != text or not isinstance(tree, dict):
        return None
    try:
        _put_dates(tree, dates)
    except (LookupError, TypeError, ValueError, OverflowError):
        return None  # places that are not in this document: not ours
    return tree


def _put_dates(tree: dict[str, Any], places: list[tuple[str | int, ...]]) -> None:
    """Make each ordinal at ``places`` a date again, in the fresh ``tree`` marshal made."""
    for place in places:
        container: Any = tree
        for key in place[:-1]:
            container = container[key]
        ordinal = container[place[-1]]
        if type(ordinal) is not int:
            raise TypeError(ordinal)
        container[place[-1]] = dt.date.fromordinal(ordinal)


def _store(cache: str, text: str, document: dict[str, Any]) -> None:
    places: list[tuple[str | int, ...]] = []
    try:
        data = marshal.dumps((_LAYOUT, text, _frozen(document, (), places), places))
    except _NotCached:
        return
    partial = f"{cache}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)  # noqa: PTH103, PTH120
        with open(partial, "wb") as file:  # noqa: PTH123
            file.write(data)
        os.replace(partial, cache)  # noqa: PTH105 -- whole or not at all, for any reader
    except OSError:
        # A directory we may not write (a system-wide install): parse each time, as before.
        if os.path.exists(partial):  # noqa: PTH110
            os.remove(partial)  # noqa: PTH107


def _frozen(
    value: Any,  # noqa: ANN401 -- any TOML value
    place: tuple[str | int, ...],
    places: list[tuple[str | int, ...]],
) -> Any:  # noqa: ANN401
    """``value`` with each date as its ordinal, the place of each added to ``places``."""
    if isinstance(value, dict):
        return {key: _frozen(item, (*place, key), places) for key, item in value.items()}
    if isinstance(value, list):
        return [_frozen(item, (*place, index), places) for index, item in enumerate(value)]
    if isinstance(value, dt.datetime | dt.time):
        raise _NotCached
    if isinstance(value, dt.date):
        places.append(place)
        return value.toordinal()
    return value
