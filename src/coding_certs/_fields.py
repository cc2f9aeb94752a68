"""Reading one cell of a CEU log or a roster: dates, CEUs, kinds, yes/no flags and lists.

Each reader takes what a file holds (CSV text, a JSON value, a spreadsheet
cell) and gives the value the objects hold, or raises :class:`CellProblem`
with a message in the words of the file: what was wrong and what would have
been read. Nothing is guessed: ``03/04/2025`` is read only when the caller says
its dates are written month first (``date_format="us"``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
import re
from collections.abc import Callable
from typing import Literal

from coding_certs._activities import ActivityKind
from coding_certs._convert import PLAIN_NUMBER
from coding_certs._decimals import CONTEXT
from coding_certs._errors import unknown_bodies

DateFormat = Literal["iso", "us"]
#: The date formats a reader takes: ISO ``YYYY-MM-DD`` always, ``MM/DD/YYYY`` when asked.
DATE_FORMATS: tuple[str, ...] = ("iso", "us")

_CENT = decimal.Decimal("0.01")
_MOST_UNITS = decimal.Decimal(1000)

# A timestamp at midnight is a date: '2020-03-01 00:00:00', '2020-03-01T00:00', '...Z'.
_MIDNIGHT = r"(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?| 12:00(?::00)? ?AM)?"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?P<time>[T ].*)?", re.ASCII | re.IGNORECASE)
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?P<time>[T ].*)?", re.ASCII | re.IGNORECASE)
_MIDNIGHT_ONLY = re.compile(_MIDNIGHT, re.ASCII | re.IGNORECASE)

_KINDS = {kind.value: kind for kind in ActivityKind}
_KIND_SEPARATORS = re.compile(r"[\s_]+")
_YES = frozenset({"y", "yes", "true", "t", "1"})
_NO = frozenset({"n", "no", "false", "f", "0", ""})


class CellProblem(Exception):  # noqa: N818 -- a signal inside the readers, never escapes them
    """A cell that cannot be read; the reader turns it into a DataProblem at its line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _accepted(date_format: DateFormat) -> str:
    if date_format == "us":
        return "a date written MM/DD/YYYY such as 03/15/2025, or YYYY-MM-DD such as 2025-03-15"
    return "a date written YYYY-MM-DD such as 2025-03-15"


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    if not 1 <= month <= 12:
        raise CellProblem(f"{text!r} is not a date: there is no month {month}")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        where = f"{calendar.month_name[month]} {year}" if month == 2 else calendar.month_name[month]
        raise CellProblem(f"{text!r} is not a date: {where} has {days} days")
    return dt.date(year, month, day)


def read_date(value: object, date_format: DateFormat) -> dt.date:
    """A date cell: ISO, or MM/DD/YYYY when ``date_format`` is ``"us"``; midnight timestamps too."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise CellProblem(
                f"{value.isoformat(' ')} has a time of day; expected a date "
                "(a timestamp is read as a date only at midnight)"
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise CellProblem(f"expected {_accepted(date_format)}, got {value!r}")
    text = value.strip()
    found = _ISO.fullmatch(text)
    if found:
        year, month, day = int(found[1]), int(found[2]), int(found[3])
    elif date_format == "us" and (found := _US.fullmatch(text)):
        month, day, year = int(found[1]), int(found[2]), int(found[3])
    else:
        hint = ""
        if date_format == "iso" and _US.fullmatch(text):
            hint = (
                "; dates written MM/DD/YYYY are read when you say so: date_format='us' "
                "(on the command: --date-format us)"
            )
        raise CellProblem(f"expected {_accepted(date_format)}, got {text!r}{hint}")
    time = found["time"]
    if time and not _MIDNIGHT_ONLY.fullmatch(time):
        raise CellProblem(
            f"{text!r} has a time of day; expected a date "
            "(a timestamp is read as a date only at midnight, such as 2025-03-15 00:00:00)"
        )
    return _day(year, month, day, text)


def read_units(value: object) -> decimal.Decimal:
    """CEUs: a plain number more than 0, at most 1000, with at most two decimals."""
    if isinstance(value, bool) or not isinstance(value, str | int | decimal.Decimal | float):
        raise CellProblem(f"expected a number of CEUs such as 1.5, got {value!r}")
    if isinstance(value, int):
        units = decimal.Decimal(value)
    elif isinstance(value, decimal.Decimal):
        units = value
    else:
        # A spreadsheet's number is read as it shows: the shortest text of the float.
        text = value.strip() if isinstance(value, str) else repr(value)
        if len(text) > 40 or not PLAIN_NUMBER.fullmatch(text):
            raise CellProblem(
                f"expected a plain number such as 1.5 (digits with at most one '.'), got {value!r}"
            )
        units = decimal.Decimal(text)
    if units <= 0:
        raise CellProblem(f"CEUs must be more than 0, got {units}")
    if units > _MOST_UNITS:
        raise CellProblem(f"CEUs must be at most 1000 for one activity, got {units}")
    # The library's own context, never the caller's (prec=4 would fail on 999.99).
    if units != units.quantize(_CENT, rounding=decimal.ROUND_DOWN, context=CONTEXT):
        raise CellProblem(f"CEUs may have at most two decimal places (such as 1.25), got {units}")
    return units


def read_kind(value: object) -> ActivityKind:
    """How a CEU was earned, as people write it: ``Approved Event``, ``approved_event``."""
    if isinstance(value, str):
        folded = _KIND_SEPARATORS.sub("-", value.strip().casefold())
        kind = _KINDS.get(folded)
        if kind is not None:
            return kind
    raise CellProblem(
        "expected approved-event, instruction, coursework or other "
        f"(in any case, with spaces or _ for -), got {value!r}"
    )


def read_flag(value: object) -> bool:
    """A yes/no cell: ``Y``/``N``, ``yes``/``no``, ``true``/``false``, ``1``/``0``; empty is no."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int) and value in {0, 1}:
        return value == 1
    if isinstance(value, str):
        folded = value.strip().casefold()
        if folded in _YES:
            return True
        if folded in _NO:
            return False
    raise CellProblem(
        f"expected yes or no (Y/N, yes/no, true/false, 1/0) or an empty cell, got {value!r}"
    )


def read_tags(value: object) -> frozenset[str]:
    """Tags separated by ``;`` (or ``,``), or a JSON list of strings; lower case."""
    if value is None:
        return frozenset()
    items = value.replace(",", ";").split(";") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise CellProblem(f"expected ';'-separated text such as 'hiim;auditing', got {value!r}")
    tags = set()
    for item in items:
        if not isinstance(item, str):
            raise CellProblem(f"expected text for each item, got {item!r}")
        if item.strip():
            tags.add(item.strip().lower())
    return frozenset(tags)


def bodies_reader(known: frozenset[str] | None) -> Callable[[object], frozenset[str]]:
    """A ``bodies`` cell's reader: body codes, upper case; with ``known``, only those.

    A code ``known`` lacks would count nowhere (the activity would be rejected for every
    body): it is a problem at its cell, naming the bodies the rule book knows.
    """

    def read(value: object) -> frozenset[str]:
        codes = frozenset(tag.upper() for tag in read_tags(value))
        if known is not None and not codes <= known:
            raise CellProblem(
                f"{unknown_bodies(sorted(codes - known), known)}; "
                "leave the cell empty to report the activity to every body"
            )
        return codes

    return read


def read_text(value: object) -> str | None:
    """Free text, trimmed; empty is ``None``."""
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, int | decimal.Decimal) and not isinstance(value, bool):
            return str(value)  # a spreadsheet's employee number 1042 is the text '1042'
        raise CellProblem(f"expected text, got {value!r}")
    return value.strip() or None
