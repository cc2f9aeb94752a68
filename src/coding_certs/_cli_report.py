"""The report commands: ``assess`` (a roster and its CEU log) and ``demo`` (the shipped one)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from coding_certs._assess import RosterReport, Standing, assess_roster
from coding_certs._cli_base import (
    EXIT_ATTENTION,
    EXIT_OK,
    EXIT_USAGE,
    examples,
    file_name,
    rulebook_of,
)
from coding_certs._cli_inputs import (
    add_input_options,
    add_keep_option,
    kept_columns,
    kept_names,
    reader_options,
    with_kept,
    with_kept_one,
)
from coding_certs._errors import CodingCertsError, InvalidValueError
from coding_certs._report_formats import RECORD_COLUMNS, json_text, plain, table_text, write_csv
from coding_certs._report_rows import choose_rows, report_records, to_pace
from coding_certs._roster import roster_reports
from coding_certs._validate import to_date

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._cli_base import Commands, Output
    from coding_certs._report_rows import RowChoice
    from coding_certs._results import ComplianceReport
    from coding_certs._rulebook import Rulebook
    from coding_certs._skipped import SkippedCredential

PROGRESS_EVERY = 200
"""Holders assessed between two progress lines (shown only on a terminal, for longer rosters)."""

FORMATS = ("table", "csv", "json", "html", "ics")
FAIL_ON = tuple(s.value for s in Standing if s.severity >= Standing.BEHIND.severity)
STANDINGS = tuple(s.value for s in Standing)
SORTS = ("due", "severity", "holder")


def add_commands(commands: Commands) -> None:
    """Add ``assess`` and ``demo`` to the command's parser."""
    _add_assess(commands)
    _add_demo(commands)


def _add_report_options(command: argparse.ArgumentParser, *, as_of: str) -> None:
    command.add_argument(
        "--as-of", metavar="DATE", help=f"the day of the assessment, as YYYY-MM-DD ({as_of})"
    )
    command.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help=(
            "table (default) for people; csv or json for spreadsheets and scripts; html for "
            "one self-contained page to open or print; ics for a calendar of the deadlines"
        ),
    )
    command.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        metavar="STANDING",
        help=(
            f"exit with status 1 when any holder and body is at or past this standing "
            f"({', '.join(FAIL_ON)}); for scheduled jobs. It looks at the whole roster, "
            "whatever the report shows"
        ),
    )
    shown = command.add_argument_group(
        "which rows to show, and in which order (the summary counts the whole roster)"
    )
    shown.add_argument(
        "--standing",
        metavar="LIST",
        help=f"only these standings, comma-separated, e.g. behind,grace ({', '.join(STANDINGS)})",
    )
    shown.add_argument(
        "--due-within",
        metavar="DAYS",
        help=(
            "only rows with a deadline in the next DAYS days (60 or 60d): the due date, or the "
            "last day of grace or inactivity of a cycle that ended unmet; a deadline already "
            "passed is kept while it can still be met"
        ),
    )
    shown.add_argument(
        "--due-by", metavar="DATE", help="only rows with a deadline on or before DATE (YYYY-MM-DD)"
    )
    shown.add_argument(
        "--sort",
        choices=SORTS,
        help=(
            "due: nearest deadline first; severity: worst standing first, then deadline; "
            "holder: by holder id (default: roster order)"
        ),
    )


_REPORT_TEXT = (
    "One row per holder and issuing body: the standing (met, on-track, behind,\n"
    "grace, inactive, lapsed), the CEUs required in the current cycle, earned and\n"
    "remaining, and the day they are due. 'until' is the last day of a grace or\n"
    "inactive period. Exit status 1 with --fail-on when anyone is at or past that\n"
    "standing, 2 on bad input."
)


def add_roster_options(command: argparse.ArgumentParser) -> None:
    """``--holders``, ``--activities`` and ``--unknown-holders``: a roster and its CEU log."""
    command.add_argument(
        "--holders",
        required=True,
        metavar="FILE",
        help="the roster: .csv (id,name,credentials; or id,credential,earned_on), .json or .xlsx",
    )
    command.add_argument(
        "--activities",
        required=True,
        metavar="FILE",
        help="the CEU log: .csv (holder_id,completed_on,units,kind,title,...), .json or .xlsx",
    )
    command.add_argument(
        "--unknown-holders",
        choices=("error", "ignore"),
        default="error",
        help=(
            "what to do with CEUs of holders who are not on the roster: error (default: a "
            "mistyped id must not silently cost someone their CEUs) or ignore"
        ),
    )
    add_input_options(command)


def _add_assess(commands: Commands) -> None:
    command = commands.add_parser(
        "assess",
        help="where each holder of a roster stands, from a roster and a CEU log",
        description=(
            "Assess a roster of coders against their CEU log (CSV or JSON files).\n\n"
            + _REPORT_TEXT
        ),
        epilog=examples(
            "coding-certs assess --holders roster.csv --activities ceus.csv",
            "coding-certs assess --holders roster.csv --activities ceus.csv \\\n"
            "      --as-of 2026-01-15 --format csv > standing.csv",
            "coding-certs assess --holders roster.json --activities ceus.json --fail-on grace",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_roster_options(command)
    add_keep_option(command)
    _add_report_options(command, as_of="default: today")
    command.set_defaults(handler=_assess)


def _add_demo(commands: Commands) -> None:
    from coding_certs._demo import DEMO_AS_OF  # noqa: PLC0415 -- keeps cli importable alone

    command = commands.add_parser(
        "demo",
        help="the assess report on a fictional roster shipped with the package",
        description=(
            "Run the assess report on a fictional roster of twelve coders and their\n"
            f"CEU log, shipped with the package, as of {DEMO_AS_OF} unless --as-of says\n"
            "otherwise: every standing appears on that day.\n\n" + _REPORT_TEXT
        ),
        epilog=examples(
            "coding-certs demo",
            "coding-certs demo --format csv",
            "coding-certs demo --fail-on lapsed; echo $?",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_report_options(command, as_of=f"default: {DEMO_AS_OF}")
    command.set_defaults(handler=_demo)


# --- Reading the inputs ----------------------------------------------------------------------


def read_roster(
    args: argparse.Namespace, out: Output, book: Rulebook
) -> tuple[tuple[Holder, ...], tuple[CeuActivity, ...]] | None:
    """The roster and CEU log that ``--holders`` and ``--activities`` name.

    Both files are read before either's problems are reported, so one run lists every
    problem of both (as notes of ``out``); ``None`` then.
    """
    from coding_certs._io import read_activities, read_holders_for  # noqa: PLC0415 -- cattrs

    holders_file = Path(file_name(args.holders, "--holders"))
    activities_file = Path(file_name(args.activities, "--activities"))
    problems: list[CodingCertsError] = []
    holders: tuple[Holder, ...] = ()
    activities: tuple[CeuActivity, ...] = ()
    roster_options, log_options = reader_options(args)
    try:
        holders = read_holders_for(
            holders_file,
            rulebook=book,
            option=("--unknown-credentials", "--unknown-credentials skip"),
            **roster_options,
        )
    except CodingCertsError as error:
        problems.append(error)
    try:
        activities = read_activities(activities_file, rulebook=book, **log_options)
    except CodingCertsError as error:
        problems.append(error)
    if problems:
        for problem in problems:
            out.note(f"coding-certs: error: {problem}")
        return None
    unowned = [a for a in activities if a.holder_id is None]
    if unowned:
        raise InvalidValueError(
            f"{args.activities}: {len(unowned)} activit{'y' if len(unowned) == 1 else 'ies'} "
            f"name no holder_id (the first: {unowned[0].title!r} of {unowned[0].completed_on}); "
            "in a roster's CEU log every row must say whose it is"
        )
    # The CEUs of holders left out go with them: assess_roster drops them, as it reads the
    # roster's Holders (``Holders.left_out``).
    for item in skipped_of(holders):
        out.note(f"coding-certs: skipped an unknown credential: {item}")
    return holders, activities


def skipped_of(holders: Sequence[Holder]) -> tuple[SkippedCredential, ...]:
    """The credential codes skipped while reading ``holders`` (none for the demo's)."""
    skipped: tuple[SkippedCredential, ...] = getattr(holders, "skipped", ())
    return skipped


def as_of_of(args: argparse.Namespace, default: dt.date | None = None) -> dt.date:
    """The day ``--as-of`` names, or ``default`` (today when ``None``)."""
    if args.as_of is not None:
        return to_date(args.as_of, what="--as-of")
    return dt.date.today() if default is None else default


def _assess(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
    as_of = as_of_of(args)
    read = read_roster(args, out, book)
    if read is None:
        return EXIT_USAGE
    holders, activities = read
    args.kept = kept_columns(args)
    return _report(
        holders, activities, as_of, args, out, book, unknown_holders=args.unknown_holders
    )


def _demo(args: argparse.Namespace, out: Output) -> int:
    from coding_certs._demo import DEMO_AS_OF, load_demo  # noqa: PLC0415 -- loads cattrs

    as_of = as_of_of(args, DEMO_AS_OF)
    holders, activities = load_demo()
    return _report(holders, activities, as_of, args, out, rulebook_of(args))


def _report(  # noqa: PLR0913, PLR0917 -- one argument per input of the report
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    args: argparse.Namespace,
    out: Output,
    book: Rulebook,
    *,
    unknown_holders: str = "error",
) -> int:
    choice = choose_rows(args, as_of)
    if args.format == "csv":
        return _csv_report(holders, activities, as_of, args, out, book, unknown_holders, choice)
    roster = assess_with_progress(holders, activities, as_of, book, unknown_holders)
    # Listed in the table, the JSON and the page when asked to skip; on stderr always.
    skipping = getattr(args, "unknown_credentials", "error") == "skip"
    skipped = skipped_of(holders)
    records = choice.apply(report_records(roster))
    plain_records = with_kept([plain(record) for record in records], getattr(args, "kept", None))
    # Roster columns kept with --keep-columns: shown in the table and the page too.
    extra = tuple(
        key for key in (plain_records[0] if plain_records else {}) if key not in RECORD_COLUMNS
    )
    if args.format == "json":
        out.write(json_text(roster, plain_records, skipped if skipping else None))
    elif args.format == "html":
        from coding_certs._report_html import html_page  # noqa: PLC0415 -- only this format

        out.write(html_page(roster, plain_records, choice.describe(), extra=extra, skipped=skipped))
    elif args.format == "ics":
        from coding_certs._report_ics import ics_bytes  # noqa: PLC0415 -- only this format

        out.encoding = "utf-8"  # RFC 5545's, whatever the terminal's
        out.write(ics_bytes(roster, plain_records).decode("utf-8"))
    else:
        out.write(
            table_text(roster, plain_records, shown=choice.describe(), extra=extra, skipped=skipped)
        )
    note_not_assessed(roster, out)
    return fail_on(roster, args.fail_on, out)


def _csv_report(  # noqa: PLR0913, PLR0917 -- _report's arguments, and its choice of rows
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    args: argparse.Namespace,
    out: Output,
    book: Rulebook,
    unknown_holders: str,
    choice: RowChoice,
) -> int:
    """The CSV report, written as each holder is assessed: no holder's report is kept.

    Only what the notes need (who holds nothing, what is dated later, who is at or past
    ``--fail-on``) is taken from each report before it is let go; rows are kept only
    when ``--sort`` must see them all. The same report, notes and status as the other
    formats' path (``tests/test_cli_stream.py`` compares them).
    """
    seen = Seen(as_of, args.fail_on)
    records = _records(
        reports_with_progress(holders, activities, as_of, book, unknown_holders), seen
    )
    if choice.sort is None:
        shown: Iterable[dict[str, object]] = filter(choice.keeps, records)
    else:
        shown = choice.apply(list(records))
    kept = getattr(args, "kept", None)
    if kept is not None:
        names = kept_names(kept)
        shown = (with_kept_one(record, kept, names) for record in shown)
    write_csv(out, shown)  # a CSV cell is the plain value's text: no plain() needed
    seen.note(out)
    return seen.status(out)


def _records(reports: Iterable[ComplianceReport], seen: Seen) -> Iterator[dict[str, object]]:
    """Each report's records with their ``to_pace``; what the notes need taken on the way."""
    for report in reports:
        seen.add(report)
        for record in report.to_records():
            row = cast("dict[str, object]", record)  # made for this call: ours to extend
            row["to_pace"] = to_pace(row)
            yield row


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


def note_not_assessed(roster: RosterReport, out: Output) -> None:
    """Notes on standard error for what has no row: who holds nothing, what is dated later.

    A holder who holds no credential on the day, and each credential dated after it
    (not held yet, so not assessed).
    """
    Seen.of(roster).note(out)


def fail_on(roster: RosterReport, standing: str | None, out: Output) -> int:
    """``EXIT_ATTENTION`` with a note naming who, when anyone is at or past ``standing``."""
    if standing is None:
        return EXIT_OK
    return Seen.of(roster, standing).status(out)


def _progress(total: int) -> Callable[[int, int], None] | None:
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


def reports_with_progress(
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    book: Rulebook,
    unknown_holders: str = "error",
) -> Iterator[ComplianceReport]:
    """:func:`assess_with_progress`, one holder's report at a time (checked first).

    Every check of ``assess_roster`` is made when this is called, before any report.
    """
    _, reports = roster_reports(
        holders, activities, as_of=as_of, rulebook=book, unknown_holders=unknown_holders
    )
    progress = _progress(len(reports))

    def made() -> Iterator[ComplianceReport]:
        for done, report in enumerate(reports, 1):
            yield report
            if progress is not None:
                progress(done, len(reports))

    return made()


def assess_with_progress(
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    book: Rulebook,
    unknown_holders: str = "error",
) -> RosterReport:
    """Assess the roster, with a progress line on a terminal for long runs."""
    return assess_roster(
        holders,
        activities,
        as_of=as_of,
        rulebook=book,
        unknown_holders=unknown_holders,
        progress=_progress(len(holders)),
    )
