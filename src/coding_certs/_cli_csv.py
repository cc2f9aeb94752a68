"""The ``assess`` command's CSV report: written as each holder is assessed (``--jobs``: in parts).

No holder's report is kept: only what the notes need (who holds nothing, what is dated
later, who is at or past ``--fail-on``) is taken from each report before it is let go,
and rows are kept only when ``--sort`` must see them all. With more than one process
(``--jobs``, :mod:`coding_certs._cli_jobs`), each part of the roster makes its rows as
one process makes the whole roster's, and they are written in roster order: the same
bytes, notes and exit status whatever the number of processes.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import sys
from typing import TYPE_CHECKING, cast

from coding_certs._assess import Standing
from coding_certs._cli_base import EXIT_ATTENTION, EXIT_OK
from coding_certs._cli_inputs import kept_names, with_kept_one
from coding_certs._cli_jobs import in_processes, processes
from coding_certs._report_formats import csv_columns, spreadsheet_safe, write_csv, write_csv_rows
from coding_certs._report_rows import to_pace
from coding_certs._roster import roster_reports

if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._assess import RosterReport
    from coding_certs._cli_base import Output
    from coding_certs._report_rows import RowChoice
    from coding_certs._results import ComplianceReport
    from coding_certs._roster import Reports
    from coding_certs._rulebook import Rulebook

PROGRESS_EVERY = 200
"""Holders assessed between two progress lines (shown only on a terminal, for longer rosters)."""

Kept = dict[str, dict[str, str]] | None


def csv_report(  # noqa: PLR0913, PLR0917 -- the report's inputs, and its choice of rows
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    args: argparse.Namespace,
    out: Output,
    book: Rulebook,
    unknown_holders: str,
    choice: RowChoice,
) -> int:
    """The CSV report of the roster into ``out``, its notes too; the exit status.

    The same report, notes and status as the other formats' path
    (``tests/test_cli_stream.py`` compares them), with any ``--jobs``
    (``tests/test_cli_jobs.py``). Every check of ``assess_roster`` is made first.
    """
    _, reports = roster_reports(
        holders, activities, as_of=as_of, rulebook=book, unknown_holders=unknown_holders
    )
    count, note = processes(getattr(args, "jobs", 1), len(reports))
    if note is not None:
        out.note(note)
    seen = Seen(as_of, args.fail_on)
    kept = getattr(args, "kept", None)
    progress = progress_line(len(reports))
    if count == 1:
        records = _records(reports_made(reports, progress), seen)
        write_csv(out, _shown(records, choice, kept))
    else:
        _parts_csv(out, reports.parts(count), seen, choice, kept, progress)
    seen.note(out)
    return seen.status(out)


def reports_made(
    reports: Reports, progress: Callable[[int, int], None] | None, total: int = 0
) -> Iterator[ComplianceReport]:
    """The reports, one by one, with the progress line (``done`` of ``total``, or of all)."""
    total = total or len(reports)
    for done, report in enumerate(reports, 1):
        yield report
        if progress is not None:
            progress(done, total)


def _records(reports: Iterable[ComplianceReport], seen: Seen) -> Iterator[dict[str, object]]:
    """Each report's records with their ``to_pace``; what the notes need taken on the way."""
    for report in reports:
        seen.add(report)
        for record in report.to_records():
            row = cast("dict[str, object]", record)  # made for this call: ours to extend
            row["to_pace"] = to_pace(row)
            yield row


def _shown(
    records: Iterable[dict[str, object]], choice: RowChoice, kept: Kept
) -> Iterable[dict[str, object]]:
    """The rows the CSV report shows of ``records``, in the order asked."""
    if choice.sort is None:
        shown: Iterable[dict[str, object]] = filter(choice.keeps, records)
    else:
        shown = choice.apply(list(records))
    if kept is not None:
        names = kept_names(kept)
        shown = (with_kept_one(record, kept, names) for record in shown)
    return shown  # a CSV cell is the plain value's text: no plain() needed


class Part:
    """What one part of the roster made for the CSV report (sent back by its process).

    Attributes:
        seen: what the notes need of its holders.
        lines: its rows as CSV lines in ``columns`` (for a report not sorted).
        columns: the columns of ``lines``; ``None`` when it shows no row.
        records: the rows it shows, for the whole report to sort (``--sort``), or ``None``.
    """

    def __init__(
        self,
        seen: Seen,
        lines: str = "",
        columns: tuple[str, ...] | None = None,
        records: list[dict[str, object]] | None = None,
    ) -> None:
        self.seen = seen
        self.lines = lines
        self.columns = columns
        self.records = records


def csv_part(  # noqa: PLR0913 -- the part, and what the report asks of it
    reports: Reports,
    *,
    as_of: dt.date,
    fail_on: str | None,
    choice: RowChoice,
    kept: Kept,
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
) -> Part:
    """One part's rows (see :class:`Part`), each made as one process makes them."""
    seen = Seen(as_of, fail_on)
    records = _records(reports_made(reports, progress, total), seen)
    if choice.sort is not None:
        return Part(seen, records=list(filter(choice.keeps, records)))
    rows = iter(_shown(records, choice, kept))
    first = next(rows, None)
    if first is None:
        return Part(seen)
    columns = csv_columns(first)
    buffer = io.StringIO()
    write_csv_rows(buffer, itertools.chain((first,), rows), columns)
    return Part(seen, buffer.getvalue(), columns)


def _parts_csv(  # noqa: PLR0913, PLR0917 -- the parts, and what the report asks of them
    out: Output,
    parts: Sequence[Reports],
    seen: Seen,
    choice: RowChoice,
    kept: Kept,
    progress: Callable[[int, int], None] | None,
) -> None:
    """The CSV report of the roster's ``parts``, each made in its own process, in order."""
    total = sum(len(part) for part in parts)
    make = functools.partial(
        csv_part, as_of=seen.as_of, fail_on=seen.fail_on, choice=choice, kept=kept
    )
    made = in_processes(make, parts, first=functools.partial(make, progress=progress, total=total))
    if progress is not None:
        progress(total, total)
    for part in made:
        seen.take(part.seen)
    if choice.sort is not None:
        write_csv(out, _shown([r for part in made for r in part.records or ()], choice, kept))
        return
    columns = next((part.columns for part in made if part.columns is not None), None)
    header = columns or csv_columns(None)
    csv.writer(out, lineterminator="\n").writerow([spreadsheet_safe(c) for c in header])
    for part in made:
        out.write(part.lines)


class Seen:
    """What the notes after a report need of a roster, taken from each holder's report.

    Args:
        as_of: the day of the assessment.
        fail_on: the standing ``--fail-on`` names, or ``None``.
    """

    def __init__(self, as_of: dt.date, fail_on: str | None) -> None:
        self.as_of = as_of
        self.fail_on = fail_on
        self._threshold = None if fail_on is None else Standing(fail_on).severity
        #: Holders who hold no credential on the day.
        self.nothing: list[str] = []
        #: Credentials dated after the day: ``"E1 CCS (2026-01-01)"``.
        self.later: list[str] = []
        #: Assessments at or past ``fail_on``: ``"E1 (AAPC grace)"``.
        self.flagged: list[str] = []

    @classmethod
    def of(cls, roster: RosterReport, fail_on: str | None = None) -> Seen:
        """What the notes need of a whole roster."""
        seen = cls(roster.as_of, fail_on)
        for report in roster:
            seen.add(report)
        return seen

    def add(self, report: ComplianceReport) -> None:
        """Take what the notes need of one holder's report."""
        holder_id = report.holder.id
        if not report.assessments:
            self.nothing.append(holder_id)
        self.later.extend(
            f"{holder_id} {held.designation} ({held.earned_on})" for held in report.not_yet_held
        )
        if self._threshold is not None:
            self.flagged.extend(
                f"{holder_id} ({a.body.code} {a.standing.value})"
                for a in report.assessments
                if a.standing.severity >= self._threshold
            )

    def take(self, other: Seen) -> None:
        """Take what ``other`` saw (of the holders after this one's), in order."""
        self.nothing.extend(other.nothing)
        self.later.extend(other.later)
        self.flagged.extend(other.flagged)

    def note(self, out: Output) -> None:
        """Notes on standard error for what has no row (see :func:`note_not_assessed`)."""
        nothing, later = self.nothing, self.later
        if nothing:
            many = len(nothing) != 1
            out.note(
                f"coding-certs: {len(nothing)} holder{'s' if many else ''} "
                f"hold{'' if many else 's'} no credential on {self.as_of} (no row; not in good "
                f"standing): {_named(nothing)}"
            )
        if later:
            many = len(later) != 1
            out.note(
                f"coding-certs: {len(later)} credential{'s' if many else ''} dated after "
                f"{self.as_of} {'are' if many else 'is'} not held yet, so not assessed: "
                f"{_named(later)}"
            )

    def status(self, out: Output) -> int:
        """The exit status of ``--fail-on`` (see :func:`fail_on`), noting whom it found."""
        if not self.flagged:
            return EXIT_OK
        plural = "s" if len(self.flagged) != 1 else ""
        out.note(
            f"coding-certs: {len(self.flagged)} assessment{plural} at or past "
            f"'{self.fail_on}': {', '.join(self.flagged)}"
        )
        return EXIT_ATTENTION


#: A note on standard error names at most this many holders or credentials.
NAMED_AT_MOST = 10


def _named(names: Sequence[str]) -> str:
    more = len(names) - NAMED_AT_MOST
    return ", ".join(names[:NAMED_AT_MOST]) + (f" and {more} more" if more > 0 else "")


def progress_line(total: int) -> Callable[[int, int], None] | None:
    """A progress line on a terminal, for rosters longer than :data:`PROGRESS_EVERY`."""
    if not (total > PROGRESS_EVERY and sys.stderr is not None and sys.stderr.isatty()):
        return None

    def progress(done: int, total: int) -> None:
        if done % PROGRESS_EVERY == 0 or done == total:
            sys.stderr.write(f"\rcoding-certs: assessed {done} of {total} holders")
            sys.stderr.flush()
        if done == total:
            sys.stderr.write("\n")

    return progress
