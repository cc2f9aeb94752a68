"""Reading CEU logs and rosters from CSV, JSON or ``.xlsx`` files.

:func:`read_activities` and :func:`read_holders` read CEU logs and rosters.
Every bad row is reported, with its file, line and column (named as the file
names it), in one :class:`~coding_certs.DataFileError`; a file with any
problem loads nothing. Column names may be mapped (``columns=``), dates may be
written month first when the caller says so (``date_format="us"``), and a
roster may have one row per holder or one per holder and credential.
:func:`read_roster_columns` gives a roster's other columns, to carry them into
a report. The formats are described in :doc:`/data-formats`.

The layers: :mod:`coding_certs._sources` gives a file's rows,
:mod:`coding_certs._fields` reads cells, :mod:`coding_certs._records` builds
the objects; :func:`to_dict` and :func:`from_dict` live in
:mod:`coding_certs._convert` and are re-exported here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._convert import VALUE_CLASSES, from_dict, to_dict
from coding_certs._errors import (
    DataFileError,
    DataProblem,
    InvalidTypeError,
    InvalidValueError,
)
from coding_certs._fields import DATE_FORMATS, CellProblem, DateFormat
from coding_certs._records import (
    ACTIVITY_FIELDS,
    ACTIVITY_REQUIRED,
    HOLDER_ALIASES,
    HOLDER_FIELDS,
    ActivityRows,
    HolderRows,
    same_code,
)
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._skipped import Holders, skip_unknown, unknown_hint
from coding_certs._sources import Table, fail, open_table
from coding_certs._validate import type_name

__all__ = [
    "ACTIVITY_COLUMNS",
    "ACTIVITY_REQUIRED",
    "HOLDER_COLUMNS",
    "HOLDER_REQUIRED",
    "VALUE_CLASSES",
    "from_dict",
    "read_activities",
    "read_holders",
    "read_roster_columns",
    "to_dict",
]

ACTIVITY_COLUMNS: tuple[str, ...] = ACTIVITY_FIELDS
"""The columns (CSV, spreadsheet) or keys (JSON) of a CEU log; others are ignored."""
HOLDER_COLUMNS: tuple[str, ...] = HOLDER_FIELDS
"""The columns (CSV, spreadsheet) or keys (JSON) of a roster; others are ignored."""
HOLDER_REQUIRED: tuple[str, ...] = ("id",)
"""The column every roster must have, beside ``credentials`` or ``credential`` and ``earned_on``."""

_NO_ALIASES: dict[str, str] = {}


def _open_table(
    file: Path, fields: tuple[str, ...], aliases: Mapping[str, str], columns: Mapping[str, str]
) -> Table:
    """The file's rows: ``.xlsx`` through ``_xlsx`` (openpyxl only then), others by ``_sources``."""
    if file.suffix.lower() == ".xlsx":
        from coding_certs._xlsx import xlsx_table  # noqa: PLC0415 -- openpyxl only for .xlsx

        return xlsx_table(file, fields, aliases, columns)
    return open_table(file, fields, aliases, columns)


def _file_path(path: object, reader: str) -> Path:
    if isinstance(path, str | os.PathLike):
        file = Path(path)
        if "\x00" in str(file):
            raise fail(file, "the file name has a NUL byte; no file can be named so")
        return file
    raise InvalidTypeError(
        f"{reader}() takes a file path (a str or Path ending in .csv, .json or .xlsx), "
        f"got {type_name(path)} {path!r}"
    )


def _columns(
    columns: object, fields: tuple[str, ...], aliases: Mapping[str, str]
) -> dict[str, str]:
    """``columns=``: the file's column names, each mapped to one of the reader's fields."""
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        raise InvalidTypeError(
            "columns must map the file's column names to the reader's, such as "
            f"{{'Employee ID': 'holder_id'}}, got {type_name(columns)} {columns!r}"
        )
    mapped = {}
    for name, field in columns.items():
        if not isinstance(name, str) or not isinstance(field, str):
            raise InvalidTypeError(
                f"columns must map text to text, such as {{'Employee ID': 'holder_id'}}, "
                f"got {name!r}: {field!r}"
            )
        target = aliases.get(field.strip(), field.strip())
        if target not in fields:
            raise InvalidValueError(
                f"columns maps {name!r} to {field!r}, which is not a column of this file; "
                f"the columns are {', '.join(fields)}"
            )
        mapped[name] = target
    return mapped


def _date_format(date_format: object) -> DateFormat:
    if date_format not in DATE_FORMATS:
        raise InvalidValueError(
            f"date_format must be 'iso' (YYYY-MM-DD) or 'us' (MM/DD/YYYY), got {date_format!r}"
        )
    return "us" if date_format == "us" else "iso"


def _missing(
    path: Path, table: Table, required: Iterable[str], named: Mapping[str, str] | None = None
) -> None:
    """Refuse a header without a ``required`` column; ``named`` words some of them."""
    absent = [field for field in required if field not in table.names and not table.keyed]
    if absent:
        table.close()
        words = named or {}
        raise fail(
            path,
            f"missing required column(s) {', '.join(words.get(f, f) for f in absent)}; "
            "map the file's own names with columns= (on the command: --columns)",
        )


def read_activities(
    path: str | os.PathLike[str],
    *,
    rulebook: Rulebook | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: DateFormat = "iso",
) -> tuple[CeuActivity, ...]:
    """Read a CEU log from a ``.csv``, ``.json`` or ``.xlsx`` file, in file order.

    The columns are ``completed_on``, ``units``, ``kind``, ``title``
    (required) and ``holder_id``, ``sponsor``, ``index_number``,
    ``preapproved``, ``categories``, ``bodies``, ``certificate`` (optional);
    other columns are ignored. ``columns`` maps the file's own names to these
    (``{"Date": "completed_on"}``). Dates are ``YYYY-MM-DD``, or also
    ``MM/DD/YYYY`` with ``date_format="us"``. The codes of ``bodies`` must be
    bodies of ``rulebook`` (default: the shipped rule book): an activity
    reported to a body it does not know would count nowhere. See
    :doc:`/data-formats`.

    Raises:
        DataFileError: the file cannot be read, or has bad rows (a body the
            rule book does not know among them); every problem is listed with
            its line and column, and nothing is returned.
        InvalidTypeError: ``path`` is not a ``str`` or a path, ``rulebook`` is
            not a :class:`~coding_certs.Rulebook`, or ``columns`` is not a
            mapping of text to text.
        InvalidValueError: ``columns`` names a column the log does not have,
            or ``date_format`` is not ``"iso"`` or ``"us"``.
    """
    file = _file_path(path, "read_activities")
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InvalidTypeError(
            f"rulebook must be a Rulebook or None, got {type_name(rulebook)} {rulebook!r}"
        )
    mapped = _columns(columns, ACTIVITY_FIELDS, _NO_ALIASES)
    book = rulebook or default_rulebook()
    rows = ActivityRows(_date_format(date_format), frozenset(b.code for b in book.bodies))
    table = _open_table(file, ACTIVITY_FIELDS, _NO_ALIASES, mapped)
    _missing(file, table, ACTIVITY_REQUIRED)
    names = table.names
    build = rows.build
    loaded: list[CeuActivity] = []
    keep = loaded.append
    problems: list[DataProblem] = []
    for line, values in table.rows:
        # A DataProblem is a tuple too, but never exactly one.
        if type(values) is tuple and not problems:
            try:
                keep(build(values))
                continue
            except CellProblem:
                pass
        if isinstance(values, DataProblem):
            problems.append(values)
            continue
        if blank_row(values):
            continue  # a row of empty cells, as spreadsheets write them
        found = rows.problems(values)
        problems.extend(DataProblem(file, line, names.get(f, f), m) for f, m in found)
        if problems:
            loaded.clear()  # nothing of a bad file is returned; keep finding problems
    if problems:
        raise DataFileError(file, problems, hint=_shipped_bodies_hint(problems, rulebook))
    return tuple(loaded)


def _shipped_bodies_hint(problems: Iterable[DataProblem], rulebook: Rulebook | None) -> str | None:
    """Checked against the shipped rule book by default: say how to read with one's own."""
    if rulebook is not None or not any(p.message.startswith(_UNKNOWN_BODY) for p in problems):
        return None
    return (
        "the bodies were checked against the shipped rule book; for a rule book of your "
        "own, pass it: read_activities(..., rulebook=load_rulebook(...))"
    )


_UNKNOWN_BODY = "unknown body code"  # how _errors.unknown_bodies' message begins


def read_holders(
    path: str | os.PathLike[str],
    *,
    rulebook: Rulebook | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: DateFormat = "iso",
    unknown_credentials: str = "error",
) -> Holders:
    """Read a roster of holders from a ``.csv``, ``.json`` or ``.xlsx`` file, in file order.

    One row per holder, with every credential in one cell (``credentials``:
    ``CPC:2019-05-10;CCS:2024-03-15``), or one row per holder and credential
    (``credential`` and ``earned_on``); the header says which. The columns
    are ``id`` (or ``holder_id``), optional ``name``, ``renewals``
    (``AAPC:2025-03-15``) and ``aapc_renewal``; others are ignored.
    ``columns`` maps the file's own names (``{"Employee ID": "holder_id"}``).
    Credential codes are looked up in ``rulebook`` (default: the shipped rule
    book). A code it does not know is an error (``unknown_credentials="error"``,
    the default) or, with ``unknown_credentials="skip"``, left aside: the result
    (a tuple of holders) lists it in ``.skipped``, and a holder with no known
    credential at all is left out (see :class:`~coding_certs.Holders`). See
    :doc:`/data-formats`.

    Raises:
        DataFileError: the file cannot be read, or has bad rows, unknown
            credential codes (unless skipped) or a repeated id (one row per
            holder); every problem is listed with its line and column, and
            nothing is returned.
        InvalidTypeError: ``path`` is not a ``str`` or a path, ``rulebook`` is
            not a :class:`~coding_certs.Rulebook`, or ``columns`` is not a
            mapping of text to text.
        InvalidValueError: ``columns`` names a column a roster does not have,
            ``date_format`` is not ``"iso"`` or ``"us"``, or
            ``unknown_credentials`` is not ``"error"`` or ``"skip"``.
    """
    return read_holders_for(
        path,
        rulebook=rulebook,
        columns=columns,
        date_format=date_format,
        unknown_credentials=unknown_credentials,
        option=("unknown_credentials", "unknown_credentials='skip'"),
    )


def read_holders_for(  # noqa: PLR0913 -- read_holders' options, and the caller's words
    path: str | os.PathLike[str],
    *,
    rulebook: Rulebook | None,
    columns: Mapping[str, str] | None,
    date_format: DateFormat,
    unknown_credentials: str,
    option: tuple[str, str],
) -> Holders:
    """:func:`read_holders`, its messages naming the caller's option: ``(name, how to skip)``.

    The command passes ``("--unknown-credentials", "--unknown-credentials skip")``.
    """
    file = _file_path(path, "read_holders")
    skip = skip_unknown(unknown_credentials, option[0])
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InvalidTypeError(
            f"rulebook must be a Rulebook or None, got {type_name(rulebook)} {rulebook!r}"
        )
    mapped = _columns(columns, HOLDER_FIELDS, HOLDER_ALIASES)
    form = _date_format(date_format)
    table = _open_table(file, HOLDER_FIELDS, HOLDER_ALIASES, mapped)
    rows = HolderRows(file, table.names, rulebook or default_rulebook(), form, skip_unknown=skip)
    wide = "credentials" in table.names
    long = "credential" in table.names or "earned_on" in table.names
    if wide and long:
        table.close()
        raise fail(
            file,
            "the header names credentials (one row per holder) and credential or earned_on "
            "(one row per credential); keep one form",
        )
    # Neither form's columns: say both forms, once (the wide form is read by default).
    forms = {
        "credentials": "the credentials (either credentials: CODE:YYYY-MM-DD;..., one row "
        "per holder; or credential and earned_on, one row per holder and credential)"
    }
    if long:
        _missing(file, table, ("id", "credential", "earned_on"))
        holders = _long_holders(table, rows)
    else:
        _missing(file, table, ("id", "credentials"), forms)
        holders = _wide_holders(table, rows)
    if rows.problems:
        hint = unknown_hint(rows.unknown, option[1]) if rows.unknown else None
        raise DataFileError(file, sorted(rows.problems, key=lambda p: p.line or 0), hint=hint)
    skipped = [
        attrs.evolve(s, holder_left_out=True) if s.holder_id in rows.left_out else s
        for s in rows.skipped
    ]
    return Holders(holders, sorted(skipped, key=lambda s: s.line))


def holders_of_rows(
    rows: HolderRows, lines: Iterable[tuple[int, tuple[Any, ...]]], *, long: bool
) -> tuple[Holder, ...]:
    """The holders of a roster's rows, read by :func:`read_holders`' own code.

    ``lines`` are ``(line, values)`` with the values in :data:`HOLDER_FIELDS` order (an empty
    cell for a column the roster lacks); ``long``: one row per holder and credential. The
    problems are noted in ``rows.problems``, the codes skipped in ``rows.skipped`` and the
    holders left out in ``rows.left_out``. ``coding_certs.parallel`` reads its partitions so.
    """
    table = Table(dict(rows.names), iter(lines))
    return _long_holders(table, rows) if long else _wide_holders(table, rows)


def _left_out(rows: HolderRows, holder_id: str, held: list[HeldCredential]) -> bool:
    """Whether the holder has no known credential but some skipped: then left out, and marked."""
    if held or holder_id not in rows.skipped_holders:
        return False
    rows.left_out.add(holder_id)
    return True


def _holder_id(rows: HolderRows, line: int, value: object) -> str | None:
    before = len(rows.problems)
    holder_id = rows.text(line, "id", value)
    if holder_id is None and len(rows.problems) == before:
        rows.problem(line, "id", "the cell is empty; every holder needs an id")
    return holder_id


def _wide_holders(table: Table, rows: HolderRows) -> tuple[Holder, ...]:
    first: dict[str, int] = {}
    holders: list[Holder] = []
    fast = rows.fast_wide
    for line, values in table.rows:
        # A DataProblem is a tuple too, but never exactly one.
        holder = fast(values) if type(values) is tuple else None
        if holder is None or holder.id in first:
            holder = _wide_row(rows, line, values, first)
        else:
            first[holder.id] = line
        if holder is not None and not rows.problems:
            holders.append(holder)
    return tuple(holders)


def _wide_row(
    rows: HolderRows, line: int, values: tuple[Any, ...] | DataProblem, first: dict[str, int]
) -> Holder | None:
    """One row of a wide roster, the precise way: its holder, or None (problems noted)."""
    if isinstance(values, DataProblem):
        rows.problems.append(values)
        return None
    if blank_row(values):
        return None
    before = len(rows.problems)
    holder_id = _holder_id(rows, line, values[0])
    if holder_id is not None:
        if holder_id in first:
            rows.problem(
                line,
                "id",
                f"holder id {holder_id!r} is already used on line {first[holder_id]}; "
                "each holder appears once",
            )
        else:
            first[holder_id] = line
    name = rows.text(line, "name", values[1])
    renewals = rows.renewals(line, values)
    held = rows.held_list(line, values[4], holder_id)
    if len(rows.problems) > before or holder_id is None or held is None or renewals is None:
        return None
    if _left_out(rows, holder_id, held):
        return None
    return rows.holder(line, holder_id, held, name, renewals)


class _Gathered:
    """One holder of a long roster, gathered from its rows."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.held: list[HeldCredential] = []
        self.codes: dict[str, int] = {}
        self.name: tuple[str, int] | None = None
        self.renewals: dict[str, Any] = {}


def _long_holders(table: Table, rows: HolderRows) -> tuple[Holder, ...]:  # noqa: C901 -- one loop, each check a few lines
    gathered: dict[str, _Gathered] = {}
    for line, values in table.rows:
        if isinstance(values, DataProblem):
            rows.problems.append(values)
            continue
        if blank_row(values):
            continue
        holder_id = _holder_id(rows, line, values[0])
        if holder_id is None:
            continue
        one = gathered.setdefault(holder_id, _Gathered(line))
        name = rows.text(line, "name", values[1])
        if name is not None:
            if one.name is not None and one.name[0] != name:
                rows.problem(
                    line,
                    "name",
                    f"{name!r} differs from {one.name[0]!r} on line {one.name[1]} for holder "
                    f"{holder_id!r}; a holder's rows must agree",
                )
            one.name = one.name or (name, line)
        renewals = rows.renewals(line, values)
        for body, day in (renewals or {}).items():
            earlier = one.renewals.setdefault(body, (day, line))
            if earlier[0] != day:
                rows.problem(
                    line,
                    "aapc_renewal"
                    if body == "AAPC" and "aapc_renewal" in rows.names
                    else "renewals",
                    f"{body} renewal {day} differs from {earlier[0]} on line {earlier[1]} "
                    f"for holder {holder_id!r}; a holder's rows must agree",
                )
        _long_credential(rows, line, values, holder_id, one)
    holders = []
    for holder_id, one in gathered.items():
        renewals = {body: day for body, (day, _) in one.renewals.items()}
        name = one.name[0] if one.name else None
        if _left_out(rows, holder_id, one.held):
            continue
        holder = rows.holder(one.line, holder_id, one.held, name, renewals)
        if holder is not None:
            holders.append(holder)
    return tuple(holders)


def _empty(value: object) -> bool:
    return value is None or value == ""


def blank_row(values: tuple[Any, ...]) -> bool:
    """A row of empty or blank cells, as spreadsheets write them: skipped."""
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def _long_credential(
    rows: HolderRows, line: int, values: tuple[Any, ...], holder_id: str, one: _Gathered
) -> None:
    code, earned_on = values[5], values[6]
    if _empty(code) and _empty(earned_on):
        return  # a holder listed without a credential
    if _empty(code):
        rows.problem(line, "credential", "the cell is empty; give the credential's code")
        return
    credential = rows.credential(line, "credential", code, holder_id)
    if _empty(earned_on):
        rows.problem(line, "earned_on", "the cell is empty; give the day it was earned")
        return
    day = rows.day(line, "earned_on", earned_on)
    if credential is None or day is None:
        return
    key = same_code(credential.code)
    if key in one.codes:
        rows.problem(
            line,
            "credential",
            f"holder {holder_id!r} already has {credential.code} on line {one.codes[key]}; "
            "each credential is listed once",
        )
        return
    one.codes[key] = line
    apprentice = isinstance(code, str) and credential.is_apprentice_code(code)
    one.held.append(HeldCredential(credential, day, apprentice=apprentice))


def read_roster_columns(
    path: str | os.PathLike[str],
    keep: Iterable[str],
    *,
    columns: Mapping[str, str] | None = None,
) -> dict[str, dict[str, str]]:
    r"""A roster's other columns by holder id, to carry them into a report.

    >>> import coding_certs as cc, pathlib, tempfile
    >>> roster = pathlib.Path(tempfile.mkdtemp()) / "team.csv"
    >>> _ = roster.write_text("id,credentials,Department\nE1,CPC:2019-05-10,Billing\n")
    >>> cc.read_roster_columns(roster, ["department"])
    {'E1': {'department': 'Billing'}}

    ``keep`` names the columns (in any case); in a roster with one row per
    credential, a holder's first non-empty value of each is kept.

    Raises:
        DataFileError: the file cannot be read, or has no such column.
        InvalidTypeError: ``keep`` is not a list of column names.
    """
    file = _file_path(path, "read_roster_columns")
    if isinstance(keep, str) or not isinstance(keep, Iterable):
        raise InvalidTypeError(
            f"keep must be a list of column names such as ['department'], got {keep!r}"
        )
    wanted = list(keep)
    if not all(isinstance(name, str) and name.strip() for name in wanted):
        raise InvalidTypeError(f"keep must be a list of column names, got {wanted!r}")
    fields = tuple(
        dict.fromkeys(("id", *(" ".join(n.split()).casefold().replace(" ", "_") for n in wanted)))
    )
    mapped = _columns(columns, (*HOLDER_FIELDS, *fields), HOLDER_ALIASES)
    table = _open_table(file, fields, HOLDER_ALIASES, mapped)
    absent = [
        name for name, field in zip(wanted, fields[1:], strict=False) if field not in table.names
    ]
    if absent or "id" not in table.names:
        table.close()
        raise fail(file, f"the roster has no column(s) {', '.join(absent or ['id'])}")
    from coding_certs._sources import cell_text  # noqa: PLC0415

    found: dict[str, dict[str, str]] = {}
    for _, values in table.rows:
        if isinstance(values, DataProblem):
            raise DataFileError(file, [values])
        holder_id = cell_text(values[0])
        if not holder_id:
            continue
        row = found.setdefault(holder_id, {})
        for name, value in zip(wanted, values[1:], strict=False):
            if not row.get(name):
                row[name] = cell_text(value)
    return found
