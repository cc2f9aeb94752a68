"""The catalogue commands: ``credentials``, ``requirements`` and ``compare``."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import textwrap
import warnings
from typing import TYPE_CHECKING

from coding_certs._cli_base import EXIT_OK, examples, rulebook_of, text_table
from coding_certs._errors import InvalidValueError, RuleNotInForceWarning
from coding_certs._requirements import ceu_requirements
from coding_certs._rules import CycleAnchor, CycleRule, FirstCycle, LapseRule
from coding_certs._validate import to_date

if TYPE_CHECKING:
    from coding_certs._cli_base import Commands, Output
    from coding_certs._model import Credential
    from coding_certs._rulebook import Rulebook


def add_commands(commands: Commands) -> None:
    """Add ``credentials``, ``requirements`` and ``compare`` to the command's parser."""
    _add_credentials(commands)
    _add_requirements(commands)
    _add_compare(commands)


def _add_credentials(commands: Commands) -> None:
    command = commands.add_parser(
        "credentials",
        help="the catalogue of credentials: code, title, body, setting, focus, status",
        description=(
            "List every credential the rule book knows: its code, title, issuing body,\n"
            "setting (professional or facility), focus (outpatient or inpatient) and\n"
            "status ('renamed COC' for a retired code)."
        ),
        epilog=examples("coding-certs credentials", "coding-certs credentials --body AHIMA"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("--body", metavar="BODY", help="only this body's, e.g. AAPC or AHIMA")
    command.set_defaults(handler=_credentials)


def _add_requirements(commands: Commands) -> None:
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


def _add_compare(commands: Commands) -> None:
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
        epilog=examples("coding-certs compare CPC CCS", "coding-certs compare CPC-H COC CIC"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "codes", nargs="+", metavar="CODE", help="two or more credential codes, e.g. CPC CCS"
    )
    command.add_argument(
        "--on", metavar="DATE", help="the day whose CEU rules apply, as YYYY-MM-DD (default: today)"
    )
    command.set_defaults(handler=_compare)


# --- Commands ---------------------------------------------------------------------------


def _credentials(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
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
    out.write(text_table(["code", "title", "body", "setting", "focus", "status"], rows))
    return EXIT_OK


def _requirements(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
    on = to_date(args.on, what="--on") if args.on is not None else None
    with warnings.catch_warnings():
        # The explanation already says when the earliest edition was applied.
        warnings.simplefilter("ignore", RuleNotInForceWarning)
        found = ceu_requirements(
            args.codes, on=on, editions=args.edition, lenient=args.lenient, rulebook=book
        )
    out.write("\n\n".join(requirement.explain() for requirement in found) + "\n")
    return EXIT_OK


def _compare(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
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
