"""The shape of a report's rows: typed dicts, so that typed user code checks.

:meth:`~coding_certs.BodyAssessment.to_record` returns an :class:`AssessmentRecord`;
:meth:`~coding_certs.ComplianceReport.to_records` and
:meth:`~coding_certs.RosterReport.to_records` return :class:`HolderRecord` rows (the
same keys, with ``holder_id`` and ``name`` first). At run time they are plain
``dict`` objects, so ``pandas.DataFrame(records)`` and ``json`` work as before.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Mapping
from typing import Literal, TypedDict, get_args, get_type_hints


class AssessmentRecord(TypedDict):
    """One body's headline numbers (see :meth:`~coding_certs.BodyAssessment.to_record`)."""

    body: str
    standing: str
    in_good_standing: bool
    cycle: Literal["current", "unmet"]
    required: decimal.Decimal
    earned: decimal.Decimal
    remaining: decimal.Decimal
    pace: decimal.Decimal | None
    cycle_start: dt.date
    due: dt.date
    standing_until: dt.date | None
    current_required: decimal.Decimal
    current_earned: decimal.Decimal
    current_remaining: decimal.Decimal
    current_due: dt.date
    apprentice: str | None
    phase: str | None


class HolderRecord(AssessmentRecord):
    """One holder-and-body row of a report: the holder first, then the body's numbers."""

    holder_id: str
    name: str | None


_HINTS = get_type_hints(AssessmentRecord)

#: The keys of a roster record, in the order the rows carry them.
RECORD_KEYS: tuple[str, ...] = ("holder_id", "name", *_HINTS)
#: The keys that hold CEUs (``Decimal``, or ``None`` for the pace of an unmet cycle).
UNIT_KEYS: tuple[str, ...] = tuple(
    key for key, hint in _HINTS.items() if decimal.Decimal in (hint, *get_args(hint))
)
#: The keys that hold days (``date``, or ``None`` where there is no such day).
DAY_KEYS: tuple[str, ...] = tuple(
    key for key, hint in _HINTS.items() if dt.date in (hint, *get_args(hint))
)


def body_label(record: Mapping[str, object]) -> str:
    """A row's body, with the apprentice designations held there: ``AAPC (CPC-A apprentice)``."""
    apprentice = record.get("apprentice")
    return f"{record['body']} ({apprentice} apprentice)" if apprentice else str(record["body"])


def past_grace(record: Mapping[str, object]) -> str | None:
    """A row past grace and still active, in words: ``late-fee until 2026-02-28``.

    ``None`` for any other row (AAPC's first 30 days of grace included). One
    definition for the command's table, the HTML page and the Jupyter views.
    """
    phase = record.get("phase")
    if record["standing"] != "grace" or phase in (None, "grace"):
        return None
    return f"{phase} until {record['standing_until']}"
