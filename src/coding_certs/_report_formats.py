"""The ``assess`` report as text: the table for people, CSV for spreadsheets, JSON for scripts.

Each function returns the whole text (:func:`write_csv` writes CSV rows as they come); the
command writes its output only once it is complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import itertools
import json
import textwrap
from typing import TYPE_CHECKING

from coding_certs._cli_base import cell_text, text_table
from coding_certs._record_types import past_grace

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from _typeshed import SupportsWrite

    from coding_certs._assess import RosterReport
    from coding_certs._skipped import SkippedCredential

#: The columns of the ``csv`` and ``json`` reports, in order.
RECORD_COLUMNS = (
    "holder_id",
    "name",
    "body",
    "standing",
    "in_good_standing",
    "cycle",
    "required",
    "earned",
    "remaining",
    "pace",
    "to_pace",
    "cycle_start",
    "due",
    "standing_until",
    "current_required",
    "current_earned",
    "current_remaining",
    "current_due",
    "apprentice",
    "phase",
)

# Spreadsheets run a cell that begins with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain(record: dict[str, object]) -> dict[str, object]:
    """A record with JSON-ready values: units as strings, days as ISO dates."""
    result: dict[str, object] = {}
    for key in RECORD_COLUMNS:
        value = record[key]
        if isinstance(value, decimal.Decimal):
            value = str(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        result[key] = value
    return result


def spreadsheet_safe(value: str) -> str:
    r"""``value``, with a leading ``'`` when a spreadsheet would run it as a formula.

    Cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    are neutralised (CSV formula injection); every other cell is unchanged.

    >>> spreadsheet_safe("=SUM(A1:A9)"), spreadsheet_safe("-2+3"), spreadsheet_safe("O'Brien")
    ("'=SUM(A1:A9)", "'-2+3", "O'Brien")
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: object) -> str:
    """A record's value as a CSV cell: :func:`plain`'s text, spreadsheet-safe.

    ``str`` of a ``Decimal`` or a ``date`` (a record holds no ``datetime``) is what
    :func:`plain` makes of it, so a record need not be made plain first.
    """
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text  # spreadsheet_safe


def csv_text(records: Sequence[dict[str, object]]) -> str:
    """The records as CSV, with a header line, every cell spreadsheet-safe."""
    buffer = io.StringIO()
    write_csv(buffer, records)
    return buffer.getvalue()


def write_csv(out: SupportsWrite[str], records: Iterable[dict[str, object]]) -> None:
    """:func:`csv_text` of ``records``, written to ``out`` one row at a time, as they come.

    The records need not all exist at once: the command's CSV report makes each holder's
    as it writes them.
    """
    rows = iter(records)
    first = next(rows, None)
    columns = csv_columns(first)
    csv.writer(out, lineterminator="\n").writerow([spreadsheet_safe(c) for c in columns])
    if first is not None:
        write_csv_rows(out, itertools.chain((first,), rows), columns)


def csv_columns(first: dict[str, object] | None) -> tuple[str, ...]:
    """The CSV report's columns: the records', then the roster columns kept with ``first``."""
    # Roster columns kept with --keep-columns come after the report's own.
    kept = tuple(key for key in (first or {}) if key not in RECORD_COLUMNS)
    return RECORD_COLUMNS + kept


def write_csv_rows(
    out: SupportsWrite[str], records: Iterable[dict[str, object]], columns: Sequence[str]
) -> int:
    """The records' lines of :func:`write_csv` (no header), in ``columns``; how many."""
    writerow = csv.writer(out, lineterminator="\n").writerow
    count = 0
    for record in records:
        writerow([_csv_cell(record[key]) for key in columns])
        count += 1
    return count


def summary(roster: RosterReport) -> dict[str, object]:
    """The whole roster in numbers: holders, assessments (one per holder and body), counts.

    ``counts`` is the number of assessments at each standing; ``holders_not_assessed``
    the holders who hold no credential on the day (none, or each dated later), who
    have no assessment and are not in good standing.
    """
    return {
        "holders": len(roster),
        "holders_in_good_standing": sum(report.in_good_standing for report in roster),
        "holders_not_assessed": sum(not report.assessments for report in roster),
        "assessments": sum(len(report.assessments) for report in roster),
        "counts": {s.value: n for s, n in roster.count_by_standing().items()},
    }


def json_text(
    roster: RosterReport,
    records: Sequence[dict[str, object]],
    skipped: Sequence[SkippedCredential] | None = None,
) -> str:
    """One JSON object: the day, the roster's summary (see :func:`summary`), and the records.

    With ``skipped`` (``--unknown-credentials skip``), also ``skipped_credentials``: each
    code left aside (see :meth:`SkippedCredential.to_dict`), an empty list when none was.
    """
    document: dict[str, object] = {
        "as_of": roster.as_of.isoformat(),
        **summary(roster),
        "records": list(records),
    }
    if skipped is not None:
        document["skipped_credentials"] = [item.to_dict() for item in skipped]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def skipped_text(skipped: Sequence[SkippedCredential]) -> str:
    """The codes skipped with ``--unknown-credentials skip``, one a line, after a heading."""
    if not skipped:
        return ""
    count = len(skipped)
    lines = "".join(f"  {cell_text(str(item))}\n" for item in skipped)
    return (
        f"Skipped {count} credential code{'s' if count != 1 else ''} the rule book does not "
        f"know (--unknown-credentials skip); not assessed:\n{lines}"
    )


def not_assessed_text(numbers: dict[str, object]) -> str:
    """``" (2 hold no credential on that day)"``, or nothing when every holder holds one."""
    count = numbers["holders_not_assessed"]
    return f" ({count} hold{'s' if count == 1 else ''} no credential on that day)" if count else ""


def summary_text(roster: RosterReport, shown: int, choice: str | None = None) -> str:
    """The summary under the table: holders and assessments counted apart."""
    numbers = summary(roster)
    holders, assessments = len(roster), numbers["assessments"]
    counts = ", ".join(
        f"{count} {standing.value}" for standing, count in roster.count_by_standing().items()
    )
    good = numbers["holders_in_good_standing"]
    text = (
        f"{holders} holder{'s' if holders != 1 else ''} as of {roster.as_of}, "
        f"{good} of them in good standing{not_assessed_text(numbers)}.\n"
        f"{assessments} assessment{'s' if assessments != 1 else ''} "
        f"(one per holder and body): {counts}.\n"
    )
    if choice is not None:
        text += f"Shown: {shown} of {assessments} ({choice}).\n"
    return text


_TABLE_COLUMNS = (
    ("holder", "holder_id"),
    ("name", "name"),
    ("body", "body"),
    ("standing", "standing"),
    ("required", "required"),
    ("earned", "earned"),
    ("remaining", "remaining"),
    ("to pace", "to_pace"),
    ("due", "due"),
    ("until", "standing_until"),
)
_NUMERIC = frozenset({"required", "earned", "remaining", "to pace"})


def table_text(
    roster: RosterReport,
    records: Sequence[dict[str, object]],
    shown: str | None = None,
    extra: Sequence[str] = (),
    skipped: Sequence[SkippedCredential] = (),
) -> str:
    """The report for people: one line per holder and body, then a summary.

    ``shown`` says which rows were chosen (see :meth:`RowChoice.describe`), if not all;
    ``extra`` names the roster's own columns carried through, shown after the name;
    ``skipped`` the credential codes left aside, listed last.
    """
    columns = [*_TABLE_COLUMNS[:2], *((name, name) for name in extra), *_TABLE_COLUMNS[2:]]
    if any(record.get("apprentice") for record in records):  # CPC-A, COC-A: said where held
        columns.insert(columns.index(("body", "body")) + 1, ("apprentice", "apprentice"))
    headers = [header for header, _ in columns]
    rows = [[record[key] for _, key in columns] for record in records]
    text = summary_text(roster, len(records), shown)
    unmet = [record for record in records if record["cycle"] == "unmet"]
    if unmet:
        text += (
            "Grace, inactive and lapsed rows show the cycle that ended unmet: what was owed and "
            "when it was due.\n"
        )
        current = "; ".join(
            f"{cell_text(r['holder_id'])} {r['body']} {r['current_earned']} of "
            f"{r['current_required']} CEUs, due {r['current_due']}"
            for r in unmet
        )
        text += textwrap.fill(f"Their current cycles: {current}.", width=100) + "\n"
        later = "; ".join(  # AAPC: 30 days of grace, then the late fee to day 90
            f"{cell_text(r['holder_id'])} {r['body']} {phase}"
            for r in unmet
            for phase in [past_grace(r)]
            if phase
        )
        if later:
            text += textwrap.fill(f"Past grace, still active: {later}.", width=100) + "\n"
    return text_table(headers, rows, numeric=_NUMERIC) + "\n" + text + skipped_text(skipped)
