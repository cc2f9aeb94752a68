"""Which rows a report shows, in which order, and the numbers HR acts on.

Each row is one holder and body (:meth:`~coding_certs.RosterReport.to_records`), with one
more number: ``to_pace``, the CEUs needed now to be back on an even pace. A row's
*deadline* is the last day its CEUs can be reported: the due date of the current cycle,
or, for a cycle that ended unmet, the last day of its grace or inactive period. A lapsed
(revoked) credential has none.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import TYPE_CHECKING, cast

import attrs

from coding_certs._assess import Standing
from coding_certs._errors import InvalidValueError
from coding_certs._validate import to_date

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from coding_certs._activities import CeuActivity
    from coding_certs._assess import BodyAssessment, CycleAssessment, RosterReport

_ZERO = decimal.Decimal(0)
_DAYS = re.compile(r"\s*(\d{1,5})\s*d?\s*", re.IGNORECASE)
_SEVERITY = {standing.value: standing.severity for standing in Standing}


def to_pace(record: dict[str, object]) -> decimal.Decimal | None:
    """The CEUs needed now to be back on an even pace.

    For the current cycle, the pace (the share expected by now) less what was earned, never
    below 0; for a cycle that ended unmet, all that it still lacks; for a lapsed credential,
    ``None``: CEUs alone no longer bring it back.
    """
    if record["standing"] == Standing.LAPSED.value:
        return None
    if record["cycle"] == "unmet" or record["pace"] is None:
        return cast("decimal.Decimal", record["remaining"])
    pace = cast("decimal.Decimal", record["pace"])
    return max(_ZERO, pace - cast("decimal.Decimal", record["earned"]))


def deadline(record: dict[str, object]) -> dt.date | None:
    """The last day the row's CEUs can still be reported, or ``None`` for a lapsed one."""
    if record["standing"] == Standing.LAPSED.value:
        return None
    until = record["standing_until"]
    if record["cycle"] == "unmet" and isinstance(until, dt.date):
        return until
    return cast("dt.date", record["due"])


def report_records(roster: RosterReport) -> list[dict[str, object]]:
    """The roster's records, each with its ``to_pace``."""
    records: list[dict[str, object]] = [dict(record) for record in roster.to_records()]
    for record in records:
        record["to_pace"] = to_pace(record)
    return records


def _standings(text: str) -> frozenset[str]:
    words = [word.strip().lower() for word in text.split(",")]
    unknown = [word for word in words if word not in _SEVERITY]
    if unknown:
        raise InvalidValueError(
            f"--standing: unknown standing {', '.join(map(repr, unknown))}; use one or more of "
            f"{', '.join(_SEVERITY)}, separated by commas (e.g. behind,grace)"
        )
    return frozenset(words)


def _days(text: str) -> int:
    found = _DAYS.fullmatch(text)
    if found is None:
        raise InvalidValueError(
            f"--due-within must be a number of days, such as 60 or 60d, got {text!r}"
        )
    return int(found.group(1))


@attrs.frozen
class RowChoice:
    """Which rows to show and how to sort them (``--standing``, ``--due-*``, ``--sort``).

    Attributes:
        standings: the standings to show, or ``None`` for all.
        due_by: show only rows whose deadline is on or before this day.
        sort: ``"due"``, ``"severity"``, ``"holder"`` or ``None`` (roster order).
        as_of: the day of the report: a deadline before it has passed.
    """

    as_of: dt.date
    standings: frozenset[str] | None = None
    due_by: dt.date | None = None
    sort: str | None = None

    def keeps(self, record: dict[str, object]) -> bool:
        """Whether ``record`` is shown."""
        if self.standings is not None and record["standing"] not in self.standings:
            return False
        if self.due_by is None:
            return True
        last = deadline(record)
        return last is not None and self.as_of <= last <= self.due_by

    def apply(self, records: Sequence[dict[str, object]]) -> list[dict[str, object]]:
        """The rows shown, in the order asked."""
        kept = [record for record in records if self.keeps(record)]
        if self.sort == "holder":
            kept.sort(key=lambda r: (str(r["holder_id"]), str(r["body"])))
        elif self.sort == "due":
            kept.sort(key=lambda r: (deadline(r) or dt.date.max, str(r["holder_id"])))
        elif self.sort == "severity":
            kept.sort(
                key=lambda r: (
                    -_SEVERITY[str(r["standing"])],
                    deadline(r) or dt.date.max,
                    str(r["holder_id"]),
                )
            )
        return kept

    def describe(self) -> str | None:
        """The choice in words, for the report's summary; ``None`` when every row shows."""
        parts = []
        if self.standings is not None:
            chosen = [s for s in _SEVERITY if s in self.standings]
            listed = ", ".join(chosen[:-1]) + " or " if len(chosen) > 1 else ""
            parts.append(f"standing {listed}{chosen[-1]}")
        if self.due_by is not None:
            parts.append(f"deadline from {self.as_of} to {self.due_by}")
        if not parts:
            return None
        return ", ".join(parts)


def choose_rows(args: argparse.Namespace, as_of: dt.date) -> RowChoice:
    """The :class:`RowChoice` the command line asks for; every option is checked first."""
    standings = None if args.standing is None else _standings(args.standing)
    due_by = None
    if args.due_within is not None and args.due_by is not None:
        raise InvalidValueError("give --due-within or --due-by, not both")
    if args.due_within is not None:
        due_by = as_of + dt.timedelta(days=_days(args.due_within))
    elif args.due_by is not None:
        due_by = to_date(args.due_by, what="--due-by")
    return RowChoice(as_of=as_of, standings=standings, due_by=due_by, sort=args.sort)


@attrs.frozen
class CeuRow:
    """One CEU an assessment looked at, and what became of it.

    Attributes:
        completed_on: the day it was completed.
        units: its CEUs.
        title: its title, with the sponsor in brackets.
        counted: whether it counted.
        what: ``"counted: current cycle ... , auditing minimum"`` or
            ``"not counted: "`` and the reason.
    """

    completed_on: dt.date
    units: decimal.Decimal
    title: str
    counted: bool
    what: str


def _cycle_name(cycle: CycleAssessment, which: str) -> str:
    return f"{which} cycle {cycle.cycle.start} to {cycle.cycle.end}"


def _ceu_row(activity: CeuActivity, *, counted: bool, what: str) -> CeuRow:
    title = activity.title + (f" ({activity.sponsor})" if activity.sponsor else "")
    return CeuRow(activity.completed_on, activity.units, title, counted, what)


def ceu_rows(assessment: BodyAssessment) -> list[CeuRow]:
    """Every CEU of the assessment's cycles, counted or not, by completion day."""
    rows: list[CeuRow] = []
    cycles = [(assessment.current, "current")]
    cycles += [(cycle, "earlier") for cycle in assessment.history]
    for cycle, which in cycles:
        toward: dict[int, list[str]] = {}
        for minimum in cycle.minimums:
            for activity in minimum.activities:
                toward.setdefault(id(activity), []).append(f"{minimum.rule.category} minimum")
        for activity in cycle.counted:
            counted = ", ".join([_cycle_name(cycle, which), *toward.get(id(activity), [])])
            rows.append(_ceu_row(activity, counted=True, what=f"counted: {counted}"))
    rows.extend(
        _ceu_row(r.activity, counted=False, what=f"not counted: {r.detail}")
        for r in assessment.rejected
    )
    rows.sort(key=lambda row: row.completed_on)
    return rows
