"""The ``notices`` command: who is owed which notice on a day, for a mail-merge.

The schedules are rule data: each body's :class:`~coding_certs.NoticeRule` entries in the
rule book, with their sources (AAPC's published schedule: 90, 45 and 15 days before the due
date, 1 and 30 days after it, and a final notice at 75 days; for AHIMA, which publishes
none, equivalent points marked as assumptions). A notice is owed about a cycle that is not
met: the current one while its CEUs are still short, and one that ended unmet while the
credential is in grace, inactive or revoked. Met cycles get no notice. A notice of a day
after ``--as-of`` counts the CEUs known on ``--as-of`` and says the standing of its own day
(the day after an unmet due date, the grace or inactive period that begins).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
from typing import TYPE_CHECKING

from coding_certs._assess import assess
from coding_certs._cli_base import EXIT_OK, EXIT_USAGE, examples, rulebook_of, text_table
from coding_certs._cli_explain import add_source_options, load_source
from coding_certs._cli_inputs import add_keep_option, kept_columns, with_kept
from coding_certs._cli_report import as_of_of, assess_with_progress, skipped_of
from coding_certs._errors import InvalidValueError
from coding_certs._report_formats import skipped_text, spreadsheet_safe
from coding_certs._validate import to_date

if TYPE_CHECKING:
    from collections.abc import Iterable

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._assess import (
        BodyAssessment,
        ComplianceReport,
        CycleAssessment,
        RosterReport,
        Standing,
    )
    from coding_certs._cli_base import Commands, Output
    from coding_certs._model import IssuingBody
    from coding_certs._rulebook import Rulebook
    from coding_certs._rules import NoticeRule

#: The columns of the ``csv`` and ``json`` notices, in order.
NOTICE_COLUMNS = (
    "notice_on",
    "holder_id",
    "name",
    "body",
    "notice",
    "days",
    "due",
    "required",
    "earned",
    "remaining",
    "standing",
    "standing_until",
)


def add_commands(commands: Commands) -> None:
    """Add ``notices`` to the command's parser."""
    command = commands.add_parser(
        "notices",
        help="who is owed which notice on a day, by each body's schedule (for a mail-merge)",
        description=(
            "List the notices owed on a day (or up to --through), by each body's notice\n"
            "schedule in the rule book: AAPC's 90, 45 and 15 days before the due date, 1 and\n"
            "30 days after it and the final notice at 75 days; AHIMA's equivalent points\n"
            "(assumed: AHIMA publishes none). Only cycles that are not met get a notice."
        ),
        epilog=examples(
            "coding-certs notices --demo --through 2026-02-15",
            "coding-certs notices --holders roster.csv --activities ceus.csv --format csv",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_source_options(command)
    add_keep_option(command)
    command.add_argument(
        "--as-of",
        metavar="DATE",
        help="the day, as YYYY-MM-DD (default: today; with --demo, its day)",
    )
    command.add_argument(
        "--through",
        metavar="DATE",
        help="also list the notices of the days after --as-of up to this one (a weekly run)",
    )
    command.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default); csv or json for a mail-merge",
    )
    command.set_defaults(handler=_notices)


def _cycles(assessment: BodyAssessment) -> list[CycleAssessment]:
    """The cycles of an assessment that can be owed a notice: those not met."""
    found = []
    unmet = assessment.unmet
    if unmet is not None:
        found.append(unmet)
    if not assessment.current.met:
        found.append(assessment.current)
    return found


def notices_owed(
    roster: RosterReport,
    book: Rulebook,
    last: dt.date,
    activities: Iterable[CeuActivity] = (),
) -> tuple[list[dict[str, object]], list[NoticeRule]]:
    """The notices owed from the roster's day to ``last``, by day, and the rules they come from.

    A notice of a later day counts the CEUs known on the roster's day (``activities``, the
    log the roster was assessed with) and says the standing of its own day: the day after
    an unmet due date, a holder on track the day before is in grace or inactive.
    """
    first = roster.as_of
    rows: list[dict[str, object]] = []
    used: dict[str, NoticeRule] = {}
    standing_on = _StandingOn(book, first, activities)
    for report in roster:
        for assessment, since in _assessments(report, standing_on, first, last):
            for cycle in _cycles(assessment):
                for rule in book.notices_for(assessment.body, cycle.cycle.end):
                    day = cycle.cycle.end + dt.timedelta(days=rule.days)
                    if not max(first, since) <= day <= last:
                        continue
                    used[rule.name] = rule
                    standing, until = standing_on(report, assessment, day)
                    rows.append(
                        {
                            "notice_on": day,
                            "holder_id": report.holder.id,
                            "name": report.holder.name,
                            "body": assessment.body.code,
                            "notice": rule.title,
                            "days": rule.days,
                            "due": cycle.cycle.end,
                            "required": cycle.required,
                            "earned": cycle.earned,
                            "remaining": cycle.remaining,
                            "standing": standing.value,
                            "standing_until": until,
                        }
                    )
    rows.sort(key=lambda r: (r["notice_on"], str(r["holder_id"]), str(r["body"])))
    return rows, list(used.values())


def _assessments(
    report: ComplianceReport, standing_on: _StandingOn, first: dt.date, last: dt.date
) -> list[tuple[BodyAssessment, dt.date]]:
    """The holder's assessments that may owe notices, each with the day it holds from.

    A body whose first credential is earned after ``first`` has no cycle on that day: a
    holder certified during the window is assessed again on its last day (from the same
    CEUs), so that a weekly run lists the notices the daily runs would, none before the
    day the credential was earned.
    """
    found = [(assessment, first) for assessment in report.assessments]
    known = {assessment.body for assessment in report.assessments}
    joining: dict[IssuingBody, dt.date] = {}
    for held in report.holder.credentials:
        body = held.credential.body
        if first < held.earned_on <= last and body not in known:
            joining[body] = min(held.earned_on, joining.get(body, held.earned_on))
    if joining:
        later = standing_on.report_on(report.holder, last)
        found += [(a, joining[a.body]) for a in later.assessments if a.body in joining]
    return found


class _StandingOn:
    """A holder's standing with one body on a later day, from the CEUs known on ``as_of``."""

    def __init__(self, book: Rulebook, as_of: dt.date, activities: Iterable[CeuActivity]) -> None:
        self._book = book
        self._as_of = as_of
        self._activities = activities
        self._by_holder: dict[str | None, list[CeuActivity]] | None = None
        self._reports: dict[tuple[str, dt.date], ComplianceReport] = {}

    def __call__(
        self, report: ComplianceReport, assessment: BodyAssessment, day: dt.date
    ) -> tuple[Standing, dt.date | None]:
        if day == self._as_of:
            return assessment.standing, assessment.standing_until
        later = self.report_on(report.holder, day)
        (on_day,) = [a for a in later.assessments if a.body == assessment.body]
        return on_day.standing, on_day.standing_until

    def report_on(self, holder: Holder, day: dt.date) -> ComplianceReport:
        """``holder`` assessed on ``day``, from the CEUs known on ``as_of``; once per day."""
        key = (holder.id, day)
        later = self._reports.get(key)
        if later is None:
            if self._by_holder is None:  # grouped once, and only when a later day needs it
                self._by_holder = {}
                for activity in self._activities:
                    if activity.completed_on <= self._as_of:
                        self._by_holder.setdefault(activity.holder_id, []).append(activity)
            own = self._by_holder.get(holder.id, [])
            later = self._reports[key] = assess(
                holder, own, as_of=day, rulebook=self._book, history=1
            )
        return later


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, str) else str(value)


def _notices(args: argparse.Namespace, out: Output) -> int:
    from coding_certs._demo import DEMO_AS_OF  # noqa: PLC0415 -- keeps cli importable alone

    as_of = as_of_of(args, DEMO_AS_OF if args.demo else None)
    through = as_of if args.through is None else to_date(args.through, what="--through")
    if through < as_of:
        raise InvalidValueError(
            f"--through ({through}) must not be before the day of the notices ({as_of})"
        )
    source = load_source(args, out)
    if source is None:
        return EXIT_USAGE
    holders, activities = source
    if args.demo and args.keep_columns:
        raise InvalidValueError("--keep-columns needs the roster's own file (--holders)")
    book = rulebook_of(args)
    roster = assess_with_progress(holders, activities, as_of, book)
    found, rules = notices_owed(roster, book, through, activities)
    # Roster columns kept for the mail-merge (a manager's e-mail) follow the notice's own.
    rows = with_kept(found, kept_columns(args))
    extra = [key for key in (rows[0] if rows else {}) if key not in NOTICE_COLUMNS]
    columns = (*NOTICE_COLUMNS, *extra)
    plain = [
        {key: _text(row[key]) if key != "days" else row[key] for key in columns} for row in rows
    ]
    skipped = skipped_of(holders)
    if args.format == "json":
        document: dict[str, object] = {
            "from": as_of.isoformat(),
            "through": through.isoformat(),
            "notices": plain,
        }
        if getattr(args, "unknown_credentials", "error") == "skip":
            document["skipped_credentials"] = [item.to_dict() for item in skipped]
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([spreadsheet_safe(column) for column in columns])
        for row in plain:
            # Numbers (a negative day count) are written as they are; text is made safe.
            writer.writerow(
                [
                    ""
                    if row[k] is None
                    else row[k]
                    if k == "days"
                    else spreadsheet_safe(str(row[k]))
                    for k in columns
                ]
            )
        out.write(buffer.getvalue())
    else:
        out.write(_table(rows, rules, as_of, through) + skipped_text(skipped))
    return EXIT_OK


def _table(
    rows: list[dict[str, object]], rules: list[NoticeRule], first: dt.date, last: dt.date
) -> str:
    headers = ["on", "holder", "name", "body", "notice", "due", "remaining", "standing"]
    keys = ["notice_on", "holder_id", "name", "body", "notice", "due", "remaining", "standing"]
    table = text_table(headers, [[r[k] for k in keys] for r in rows], frozenset({"remaining"}))
    span = f"on {first}" if first == last else f"from {first} to {last}"
    text = f"{table}\n{len(rows)} notice{'s' if len(rows) != 1 else ''} owed {span}.\n"
    sources = {source.cite(): None for rule in rules for source in rule.sources}
    if sources:
        text += "Schedules from the rule book: " + "; ".join(sources) + ".\n"
    if any(rule.assumptions for rule in rules):
        text += "Assumed: " + " ".join(dict.fromkeys(a for r in rules for a in r.assumptions))
        text += "\n"
    return text
