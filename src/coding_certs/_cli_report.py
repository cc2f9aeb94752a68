"""The report commands: ``assess`` (a roster and its CEU log) and ``demo`` (the shipped one)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from coding_certs._assess import RosterReport, Standing, assess_roster
from coding_certs._cli_base import (
    EXIT_OK,
    EXIT_USAGE,
    examples,
    file_name,
    rulebook_of,
)
from coding_certs._cli_csv import Seen, csv_report, progress_line
from coding_certs._cli_inputs import (
    add_input_options,
    add_keep_option,
    kept_columns,
    reader_options,
    with_kept,
)
from coding_certs._cli_jobs import add_jobs_option
from coding_certs._errors import CodingCertsError, InvalidValueError
from coding_certs._report_formats import RECORD_COLUMNS, json_text, plain, table_text
from coding_certs._report_rows import choose_rows, report_records
from coding_certs._validate import to_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._cli_base import Commands, Output
    from coding_certs._rulebook import Rulebook
    from coding_certs._skipped import SkippedCredential


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
    add_jobs_option(command)
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
        return csv_report(holders, activities, as_of, args, out, book, unknown_holders, choice)
    jobs = getattr(args, "jobs", None)
    if jobs is not None and jobs > 1:
        out.note(
            f"coding-certs: --jobs {jobs} applies to --format csv; the {args.format} report "
            "was made in one process"
        )
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
        progress=progress_line(len(holders)),
    )
