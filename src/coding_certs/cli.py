"""The ``coding-certs`` command.

``coding-certs credentials``
    the catalogue: code, title, body, setting, focus and status of every credential.
``coding-certs requirements CODE... [--on DATE]``
    the CEUs each issuing body asks per cycle of those credentials, with the
    rule, its edition and its sources.
``coding-certs compare CODE CODE...``
    credentials side by side: body, setting, focus, the CEU rule on a day, sources.
``coding-certs assess --holders FILE --activities FILE [--as-of DATE]``
    one row per holder and body: standing, required, earned, remaining, due;
    ``--format table|csv|json``; ``--fail-on STANDING`` exits with status 1 when
    anyone is at or past that standing (for scheduled jobs).
``coding-certs demo``
    the same report on a fictional roster shipped with the package, as of
    :data:`~coding_certs.DEMO_AS_OF` unless ``--as-of`` says otherwise.

Exit status: 0 on success, 1 when ``--fail-on`` found someone, 2 on bad input.
Bad input prints a message on stderr, starting ``coding-certs: error:`` (a data
file's message lists every bad row with its file, line and field); it never
shows a traceback.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import json
import os
import shutil
import sys
import textwrap
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from coding_certs._assess import RosterReport, Standing, assess_roster
from coding_certs._errors import CodingCertsError, InvalidValueError, RuleNotInForceWarning
from coding_certs._requirements import ceu_requirements
from coding_certs._rulebook import Rulebook, default_rulebook, load_rulebook
from coding_certs._rules import CycleAnchor, CycleRule, FirstCycle, LapseRule
from coding_certs._validate import to_date
from coding_certs._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._model import Credential

EXIT_OK = 0
EXIT_ATTENTION = 1
"""``--fail-on`` found an assessment at or past the standing it names."""
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report a closed pipe

PROGRESS_EVERY = 200
"""Holders assessed between two progress lines (shown only on a terminal, for longer rosters)."""

FORMATS = ("table", "csv", "json")
FAIL_ON = tuple(s.value for s in Standing if s.severity >= Standing.BEHIND.severity)

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
    "cycle_start",
    "due",
    "standing_until",
)

# Spreadsheets run a cell that begins with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors in the library's style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"coding-certs: error: {message}\n")


if TYPE_CHECKING:
    # argparse names no public type for it, and it is generic only to type checkers.
    _Commands = argparse._SubParsersAction[_Parser]  # noqa: SLF001


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (also used to document the command)."""
    parser = _Parser(
        prog="coding-certs",
        description="What every US medical coder must do to keep each credential alive.",
        epilog=_examples(
            "coding-certs demo",
            "coding-certs requirements CPC CCS --on 2026-01-01",
            "coding-certs assess --holders roster.csv --activities ceus.csv --fail-on grace",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--rulebook",
        metavar="PATH",
        help="read the rules from this TOML rule book instead of the shipped one",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    _add_credentials(commands)
    _add_requirements(commands)
    _add_compare(commands)
    _add_assess(commands)
    _add_demo(commands)
    return parser


def _add_credentials(commands: _Commands) -> None:
    command = commands.add_parser(
        "credentials",
        help="the catalogue of credentials: code, title, body, setting, focus, status",
        description=(
            "List every credential the rule book knows: its code, title, issuing body,\n"
            "setting (professional or facility), focus (outpatient or inpatient) and\n"
            "status ('renamed COC' for a retired code)."
        ),
        epilog=_examples("coding-certs credentials", "coding-certs credentials --body AHIMA"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--body", metavar="BODY", help="only this body's, e.g. AAPC or AHIMA")
    command.set_defaults(handler=_credentials)


def _add_requirements(commands: _Commands) -> None:
    requirements = commands.add_parser(
        "requirements",
        help="CEUs due per cycle for a set of credentials, body by body",
        description=(
            "Print the CEUs each issuing body asks per cycle of the credentials given, "
            "with the tier, the edition and its sources."
        ),
        epilog="example: coding-certs requirements CPC CCS --on 2026-01-01",
    )
    requirements.add_argument(
        "codes", nargs="+", metavar="CODE", help="credential codes, e.g. CPC CCS"
    )
    requirements.add_argument(
        "--on", metavar="DATE", help="the day whose rules apply, as YYYY-MM-DD (default: today)"
    )
    requirements.add_argument(
        "--edition",
        action="append",
        default=[],
        metavar="NAME",
        help="pin a tier-table edition by name, e.g. aapc-2012 (repeat for several bodies)",
    )
    requirements.add_argument(
        "--lenient",
        action="store_true",
        help="apply a body's earliest edition to a day before it instead of failing",
    )
    requirements.set_defaults(handler=_requirements)


def _add_compare(commands: _Commands) -> None:
    command = commands.add_parser(
        "compare",
        help="credentials side by side: body, setting, focus, CEU rule, sources",
        description=(
            "Show credentials side by side, as the seed document compares CPC and CCS:\n"
            "issuing body, setting, focus, status, the CEU rule for that one credential\n"
            "on a day (units, cycle, edition), what follows an unmet cycle, the sources,\n"
            "and the sourced opinions the rule book carries. Exam facts (questions,\n"
            "time, pass mark) are not in the rule data, so they are not shown."
        ),
        epilog=_examples("coding-certs compare CPC CCS", "coding-certs compare CPC-H COC CIC"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "codes", nargs="+", metavar="CODE", help="two or more credential codes, e.g. CPC CCS"
    )
    command.add_argument(
        "--on", metavar="DATE", help="the day whose CEU rules apply, as YYYY-MM-DD (default: today)"
    )
    command.set_defaults(handler=_compare)


def _add_report_options(command: argparse.ArgumentParser, *, as_of: str) -> None:
    command.add_argument(
        "--as-of", metavar="DATE", help=f"the day of the assessment, as YYYY-MM-DD ({as_of})"
    )
    command.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (default) for people; csv or json for spreadsheets and scripts",
    )
    command.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        metavar="STANDING",
        help=(
            f"exit with status 1 when any holder and body is at or past this standing "
            f"({', '.join(FAIL_ON)}); for scheduled jobs"
        ),
    )


_REPORT_TEXT = (
    "One row per holder and issuing body: the standing (met, on-track, behind,\n"
    "grace, inactive, lapsed), the CEUs required in the current cycle, earned and\n"
    "remaining, and the day they are due. 'until' is the last day of a grace or\n"
    "inactive period. Exit status 1 with --fail-on when anyone is at or past that\n"
    "standing, 2 on bad input."
)


def _add_assess(commands: _Commands) -> None:
    command = commands.add_parser(
        "assess",
        help="where each holder of a roster stands, from a roster and a CEU log",
        description=(
            "Assess a roster of coders against their CEU log (CSV or JSON files).\n\n"
            + _REPORT_TEXT
        ),
        epilog=_examples(
            "coding-certs assess --holders roster.csv --activities ceus.csv",
            "coding-certs assess --holders roster.csv --activities ceus.csv \\\n"
            "      --as-of 2026-01-15 --format csv > standing.csv",
            "coding-certs assess --holders roster.json --activities ceus.json --fail-on grace",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "--holders",
        required=True,
        metavar="FILE",
        help="the roster: .csv (id,name,aapc_renewal,credentials) or .json",
    )
    command.add_argument(
        "--activities",
        required=True,
        metavar="FILE",
        help="the CEU log: .csv (holder_id,completed_on,units,kind,title,...) or .json",
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
    _add_report_options(command, as_of="default: today")
    command.set_defaults(handler=_assess)


def _add_demo(commands: _Commands) -> None:
    from coding_certs._demo import DEMO_AS_OF  # noqa: PLC0415 -- keeps cli importable alone

    command = commands.add_parser(
        "demo",
        help="the assess report on a fictional roster shipped with the package",
        description=(
            "Run the assess report on a fictional roster of twelve coders and their\n"
            f"CEU log, shipped with the package, as of {DEMO_AS_OF} unless --as-of says\n"
            "otherwise: every standing appears on that day.\n\n" + _REPORT_TEXT
        ),
        epilog=_examples(
            "coding-certs demo",
            "coding-certs demo --format csv",
            "coding-certs demo --fail-on lapsed; echo $?",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_report_options(command, as_of=f"default: {DEMO_AS_OF}")
    command.set_defaults(handler=_demo)


# --- Commands ----------------------------------------------------------------------------


def _rulebook(args: argparse.Namespace) -> Rulebook:
    return load_rulebook(args.rulebook) if args.rulebook else default_rulebook()


def _credentials(args: argparse.Namespace, out: TextIO) -> int:
    book = _rulebook(args)
    found = book.credentials
    if args.body is not None:
        body = book.issuing_body(args.body)
        found = tuple(c for c in found if c.body == body)
    rows = [
        [
            c.code,
            c.title,
            c.body.code,
            c.setting.value if c.setting else "any",
            c.focus.value if c.focus else "any",
            c.status,
        ]
        for c in found
    ]
    out.write(_table(["code", "title", "body", "setting", "focus", "status"], rows))
    return EXIT_OK


def _requirements(args: argparse.Namespace, out: TextIO) -> int:
    book = _rulebook(args)
    on = to_date(args.on, what="--on") if args.on is not None else None
    with warnings.catch_warnings():
        # The explanation already says when the earliest edition was applied.
        warnings.simplefilter("ignore", RuleNotInForceWarning)
        found = ceu_requirements(
            args.codes, on=on, editions=args.edition, lenient=args.lenient, rulebook=book
        )
    out.write("\n\n".join(requirement.explain() for requirement in found) + "\n")
    return EXIT_OK


def _compare(args: argparse.Namespace, out: TextIO) -> int:
    book = _rulebook(args)
    if len(args.codes) < 2:
        raise InvalidValueError(
            f"compare needs two or more credential codes, such as 'CPC CCS', got {args.codes[0]!r}"
        )
    on = dt.date.today() if args.on is None else to_date(args.on, what="--on")
    found = [book.credential(code) for code in args.codes]
    columns = [_comparison(book, credential, on) for credential in found]
    labels = list(columns[0])
    width = shutil.get_terminal_size((100, 24)).columns
    label_width = max(map(len, labels))
    cell = max(20, (width - label_width - 2 * len(columns)) // len(columns))
    lines = []
    head = "".ljust(label_width)
    lines.append(
        "  ".join([head, *(c.code.ljust(cell) for c in found)]).rstrip(),
    )
    lines.append("  ".join(["-" * label_width, *("-" * cell for _ in found)]))
    for label in labels:
        if label == "sources":
            continue
        wrapped = [_wrap(column[label], cell) for column in columns]
        for index in range(max(map(len, wrapped))):
            parts = [(label if index == 0 else "").ljust(label_width)]
            parts.extend((w[index] if index < len(w) else "").ljust(cell) for w in wrapped)
            lines.append("  ".join(parts).rstrip())
    for credential, column in zip(found, columns, strict=True):
        lines.extend(["", f"{credential.code} sources:"])
        lines.extend(f"  {source}" for source in column["sources"])
    lines.append("")
    lines.append(
        textwrap.fill(
            "Exam facts are as their sources state them (see each credential's sources). "
            "Opinions are sourced notes, never used in a computation.",
            width=max(40, width - 1),
        )
    )
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, width, break_on_hyphens=False) or [""])
    return lines or ["-"]


def _comparison(book: Rulebook, credential: Credential, on: dt.date) -> dict[str, list[str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuleNotInForceWarning)
        (requirement,) = ceu_requirements([credential], on=on, rulebook=book)
    table = requirement.table
    body = credential.body
    cycle = book.rule_in_force(book.cycle_rules, body, on)
    lapse = book.rule_in_force(book.lapse_rules, body, on)
    minimums = [
        m.describe()
        for m in book.minimums_for(body, on, on)
        if m.credential in {None, credential.code, book.current_form(credential).code}
    ]
    sources = {s.cite(): None for s in (*credential.sources, *table.sources)}
    return {
        "title": [credential.title],
        "body": [f"{body.code} ({body.name})"],
        "setting": [credential.setting.value if credential.setting else "any"],
        "focus": [credential.focus.value if credential.focus else "any"],
        "status": [credential.status],
        "exam": [credential.exam or "not recorded in the rule data"],
        f"CEUs on {on}": [
            (
                f"{requirement.units} CEUs every {table.cycle_text} for this credential alone "
                f"(edition {table.edition})"
            )
        ],
        "cycle": [_cycle_text(cycle)],
        "minimums": minimums or ["none"],
        "unmet cycle": [_lapse_text(lapse)],
        "sources": list(sources),
        "opinions": list(credential.notes) or ["none"],
    }


def _cycle_text(rule: CycleRule) -> str:
    if rule.anchor is CycleAnchor.EXAM_DATE:
        return "two-year cycles from the day the exam was passed"
    first = "pro-rated" if rule.first_cycle is FirstCycle.PRORATED else "full"
    return f"due every two years on the membership renewal date; first cycle {first}"


def _lapse_text(rule: LapseRule) -> str:
    parts = []
    if rule.grace_months or rule.grace_days:
        grace = " and ".join(
            text
            for text in (
                f"{rule.grace_months} months" if rule.grace_months else "",
                f"{rule.grace_days} days" if rule.grace_days else "",
            )
            if text
        )
        parts.append(f"{grace} of grace (still active)")
    if rule.inactive_days:
        parts.append(f"inactive at once for {rule.inactive_days} days")
    return ", then ".join([*parts, "revoked"])


def _assess(args: argparse.Namespace, out: TextIO) -> int:
    from coding_certs._io import read_activities, read_holders  # noqa: PLC0415 -- loads cattrs

    book = _rulebook(args)
    as_of = dt.date.today() if args.as_of is None else to_date(args.as_of, what="--as-of")
    problems: list[CodingCertsError] = []
    holders: tuple[Holder, ...] = ()
    activities: tuple[CeuActivity, ...] = ()
    try:
        holders = read_holders(Path(args.holders), rulebook=book)
    except CodingCertsError as error:
        problems.append(error)
    try:
        activities = read_activities(Path(args.activities))
    except CodingCertsError as error:
        problems.append(error)
    if problems:
        # Both files are read first, so one run reports every problem of both.
        for problem in problems:
            _error(str(problem))
        return EXIT_USAGE
    unowned = [a for a in activities if a.holder_id is None]
    if unowned:
        raise InvalidValueError(
            f"{args.activities}: {len(unowned)} activit{'y' if len(unowned) == 1 else 'ies'} "
            f"name no holder_id (the first: {unowned[0].title!r} of {unowned[0].completed_on}); "
            "in a roster's CEU log every row must say whose it is"
        )
    return _report(
        holders, activities, as_of, args, out, book, unknown_holders=args.unknown_holders
    )


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from coding_certs._demo import DEMO_AS_OF, load_demo  # noqa: PLC0415 -- loads cattrs

    as_of = DEMO_AS_OF if args.as_of is None else to_date(args.as_of, what="--as-of")
    holders, activities = load_demo()
    return _report(holders, activities, as_of, args, out, _rulebook(args))


def _report(  # noqa: PLR0913, PLR0917 -- one argument per input of the report
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    args: argparse.Namespace,
    out: TextIO,
    book: Rulebook,
    *,
    unknown_holders: str = "error",
) -> int:
    roster = _assess_with_progress(holders, activities, as_of, book, unknown_holders)
    records = [_plain(record) for record in roster.to_records()]
    if args.format == "csv":
        _write_csv(records, out)
    elif args.format == "json":
        counts = {s.value: n for s, n in roster.count_by_standing().items()}
        document = {"as_of": as_of.isoformat(), "counts": counts, "records": records}
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(_report_table(roster, records))
    if args.fail_on is None:
        return EXIT_OK
    flagged = roster.at_or_past(args.fail_on)
    if not flagged:
        return EXIT_OK
    owners = {id(a): report.holder.id for report in roster for a in report.assessments}
    names = ", ".join(f"{owners[id(a)]} ({a.body.code} {a.standing.value})" for a in flagged)
    plural = "s" if len(flagged) != 1 else ""
    sys.stderr.write(
        f"coding-certs: {len(flagged)} assessment{plural} at or past '{args.fail_on}': {names}\n"
    )
    return EXIT_ATTENTION


def _assess_with_progress(
    holders: Sequence[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date,
    book: Rulebook,
    unknown_holders: str,
) -> RosterReport:
    """Assess the roster, with a progress line on a terminal for long runs."""
    total = len(holders)
    show = total > PROGRESS_EVERY and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if done % PROGRESS_EVERY == 0 or done == total:
            sys.stderr.write(f"\rcoding-certs: assessed {done} of {total} holders")
            sys.stderr.flush()

    roster = assess_roster(
        holders,
        activities,
        as_of=as_of,
        rulebook=book,
        unknown_holders=unknown_holders,
        progress=progress if show else None,
    )
    if show:
        sys.stderr.write("\n")
    return roster


# --- Output ------------------------------------------------------------------------------


def _plain(record: dict[str, object]) -> dict[str, object]:
    """A record with JSON-ready values: units as strings, days as ISO dates."""
    plain: dict[str, object] = {}
    for key in RECORD_COLUMNS:
        value = record[key]
        if isinstance(value, decimal.Decimal):
            value = str(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        plain[key] = value
    return plain


def spreadsheet_safe(value: str) -> str:
    r"""``value``, with a leading ``'`` when a spreadsheet would run it as a formula.

    Cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    are neutralised (CSV formula injection); every other cell is unchanged.

    >>> spreadsheet_safe("=SUM(A1:A9)"), spreadsheet_safe("-2+3"), spreadsheet_safe("O'Brien")
    ("'=SUM(A1:A9)", "'-2+3", "O'Brien")
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(str(value))


def _write_csv(records: list[dict[str, object]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RECORD_COLUMNS)
    for record in records:
        writer.writerow([_csv_cell(record[key]) for key in RECORD_COLUMNS])


_TABLE_COLUMNS = (
    ("holder", "holder_id"),
    ("name", "name"),
    ("body", "body"),
    ("standing", "standing"),
    ("required", "required"),
    ("earned", "earned"),
    ("remaining", "remaining"),
    ("due", "due"),
    ("until", "standing_until"),
)
_NUMERIC = frozenset({"required", "earned", "remaining"})


def _report_table(roster: RosterReport, records: list[dict[str, object]]) -> str:
    headers = [header for header, _ in _TABLE_COLUMNS]
    rows = [
        ["" if record[key] is None else str(record[key]) for _, key in _TABLE_COLUMNS]
        for record in records
    ]
    counts = ", ".join(
        f"{count} {standing.value}" for standing, count in roster.count_by_standing().items()
    )
    holders = f"{len(roster)} holder{'s' if len(roster) != 1 else ''}"
    summary = f"{holders} as of {roster.as_of}: {counts}.\n"
    if any(record["cycle"] == "unmet" for record in records):
        summary += (
            "Grace, inactive and lapsed rows show the cycle that ended unmet: what was owed and "
            "when it was due.\n"
        )
    return _table(headers, rows, numeric=_NUMERIC) + "\n" + summary


def _table(headers: list[str], rows: list[list[str]], numeric: frozenset[str] = frozenset()) -> str:
    widths = [
        max([len(header), *(len(row[i]) for row in rows)]) for i, header in enumerate(headers)
    ]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.rjust(width) if header in numeric else cell.ljust(width)
            for header, cell, width in zip(headers, cells, widths, strict=True)
        ).rstrip()

    body = [line(headers), "  ".join("-" * width for width in widths)]
    body.extend(line(row) for row in rows)
    return "\n".join(body) + "\n"


# --- Entry point -------------------------------------------------------------------------


def _error(message: str) -> None:
    sys.stderr.write(f"coding-certs: error: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.handler(args, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`coding-certs demo | head`): not an error of ours. Point stdout
        # at devnull so that the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except CodingCertsError as error:
        _error(str(error))
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}")
        return EXIT_USAGE
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
