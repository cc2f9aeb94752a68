"""The ``explain`` command: one holder's assessment, every number with its reason.

It prints :meth:`ComplianceReport.explain() <coding_certs.ComplianceReport.explain>` (every
body's standing, the rules applied with their sources, and the assumptions), then every
CEU of the holder's log that the assessment looked at: counted, with the cycle and the
category minimums it counted toward, or not counted, with the reason.
"""

from __future__ import annotations

import argparse
import difflib
from typing import TYPE_CHECKING

from coding_certs._assess import assess
from coding_certs._cli_base import (
    EXIT_OK,
    EXIT_USAGE,
    cell_text,
    examples,
    rulebook_of,
    text_table,
)
from coding_certs._cli_inputs import add_input_options
from coding_certs._cli_report import as_of_of, read_roster, skipped_of
from coding_certs._errors import InvalidValueError
from coding_certs._report_formats import skipped_text
from coding_certs._report_rows import ceu_rows

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._activities import CeuActivity, Holder
    from coding_certs._assess import BodyAssessment, ComplianceReport
    from coding_certs._cli_base import Commands, Output
    from coding_certs._skipped import SkippedCredential

_MAX_SUGGESTIONS = 3


def add_source_options(command: argparse.ArgumentParser) -> None:
    """``--holders`` and ``--activities``, or ``--demo``: where the roster comes from."""
    source = command.add_argument_group(
        "the roster: --holders and --activities, or --demo for the shipped one"
    )
    source.add_argument("--holders", metavar="FILE", help="the roster: .csv or .json")
    source.add_argument("--activities", metavar="FILE", help="the CEU log: .csv or .json")
    source.add_argument(
        "--demo",
        action="store_true",
        help="use the fictional roster shipped with the package (as of its day, 2026-01-15)",
    )
    add_input_options(command)


def add_commands(commands: Commands) -> None:
    """Add ``explain`` to the command's parser."""
    command = commands.add_parser(
        "explain",
        help="why one holder stands where they do: every CEU, rule and source",
        description=(
            "Explain one holder's assessment, body by body: the standing, the cycle, the\n"
            "CEUs required with the rule and edition applied and their sources, each\n"
            "category minimum, the assumptions made; then every CEU looked at, counted\n"
            "(toward which cycle and minimums) or not counted, with the reason."
        ),
        epilog=examples(
            "coding-certs explain E1010 --demo",
            "coding-certs explain E2002 --holders roster.csv --activities ceus.csv \\\n"
            "      --as-of 2026-01-15",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("holder_id", metavar="HOLDER_ID", help="the holder's id on the roster")
    add_source_options(command)
    command.add_argument(
        "--as-of",
        metavar="DATE",
        help="the day of the assessment, as YYYY-MM-DD (default: today; with --demo, its day)",
    )
    command.set_defaults(handler=_explain)


def load_source(
    args: argparse.Namespace, out: Output
) -> tuple[tuple[Holder, ...], tuple[CeuActivity, ...]] | None:
    """The roster and log ``--holders``/``--activities`` or ``--demo`` name (``None``: bad)."""
    files = (args.holders, args.activities)
    if args.demo:
        if any(name is not None for name in files):
            raise InvalidValueError("give --demo or --holders and --activities, not both")
        from coding_certs._demo import load_demo  # noqa: PLC0415 -- loads cattrs

        return load_demo()
    if None in files:
        raise InvalidValueError(
            "name the roster with --holders FILE and the CEU log with --activities FILE "
            "(both), or use --demo for the shipped one"
        )
    return read_roster(args, out, rulebook_of(args))


def find_holder(holders: tuple[Holder, ...], holder_id: str) -> Holder:
    """The holder with ``holder_id``; an error with the closest ids when there is none."""
    wanted = holder_id.strip()
    for holder in holders:
        if holder.id == wanted:
            return holder
    left_out = [s for s in skipped_of(holders) if s.holder_id == wanted]
    if left_out:
        raise InvalidValueError(
            f"holder {wanted!r} was left out of the roster (--unknown-credentials skip): the "
            "rule book knows none of their credentials: "
            + "; ".join(f"{s.code!r} on line {s.line}" for s in left_out)
        )
    ids = [holder.id for holder in holders]
    close = difflib.get_close_matches(wanted, ids, n=_MAX_SUGGESTIONS) or [
        i for i in ids if i.casefold() == wanted.casefold()
    ]
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    raise InvalidValueError(f"no holder {holder_id!r} on the roster ({len(ids)} holders){hint}")


def _explain(args: argparse.Namespace, out: Output) -> int:
    from coding_certs._demo import DEMO_AS_OF  # noqa: PLC0415 -- keeps cli importable alone

    as_of = as_of_of(args, DEMO_AS_OF if args.demo else None)
    source = load_source(args, out)
    if source is None:
        return EXIT_USAGE
    holders, activities = source
    holder = find_holder(holders, args.holder_id)
    report = assess(holder, activities, as_of=as_of, rulebook=rulebook_of(args))
    skipped = [s for s in skipped_of(holders) if s.holder_id == holder.id]
    out.write(explanation(report, skipped))
    return EXIT_OK


def explanation(report: ComplianceReport, skipped: Sequence[SkippedCredential] = ()) -> str:
    """The text ``explain`` prints: the report's own explanation, then its CEUs.

    ``skipped``: the holder's credential codes left aside (``--unknown-credentials skip``),
    said after the explanation: they were not assessed.
    """
    text = report.explain()
    # A newline or escape sequence in a name must not forge lines of the explanation.
    for raw in (report.holder.id, report.holder.name or ""):
        if raw and cell_text(raw) != raw:
            text = text.replace(raw, cell_text(raw))
    parts = [text, *(_activities(a) for a in report.assessments)]
    if skipped:
        parts.insert(1, skipped_text(skipped).rstrip("\n"))
    return "\n\n".join(parts) + "\n"


def _activities(assessment: BodyAssessment) -> str:
    rows = ceu_rows(assessment)
    head = f"{assessment.body.code} CEUs ({len(rows)}):"
    if not rows:
        return f"{head} none in the cycles assessed."
    table = text_table(
        ["completed", "CEUs", "title", "what happened"],
        [[row.completed_on, row.units, row.title, row.what] for row in rows],
        numeric=frozenset({"CEUs"}),
    )
    return head + "\n" + table.rstrip("\n")
