"""The catalogue commands: ``credentials``, ``requirements`` and ``compare``.

``credentials`` and ``compare`` list the credentials grouped by issuing body, in the rule
book's order of bodies, and pick them with the same filters: ``--body`` (one body's) and
``--search`` (every word found in the code, title or an alias).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import warnings
from typing import TYPE_CHECKING

from coding_certs._cli_base import EXIT_OK, examples, rulebook_of, text_table
from coding_certs._errors import InvalidValueError, RuleNotInForceWarning
from coding_certs._requirements import ceu_requirements
from coding_certs._rules import CycleAnchor, CycleRule, FirstCycle, LapseRule
from coding_certs._validate import lookup_key, to_date

if TYPE_CHECKING:
    from collections.abc import Iterable

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
            "List every credential the rule book knows, grouped by issuing body: its\n"
            "code, title, setting (professional or facility), focus (outpatient or\n"
            "inpatient) and status ('renamed COC' for a retired code)."
        ),
        epilog=examples(
            "coding-certs credentials",
            "coding-certs credentials --body AHIMA",
            "coding-certs credentials --search surgery",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_filters(command)
    command.set_defaults(handler=_credentials)


def _add_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument("--body", metavar="BODY", help="only this body's, e.g. AAPC or AHIMA")
    command.add_argument(
        "--search",
        metavar="TEXT",
        help="only those whose code, title or alias holds every word of TEXT, e.g. 'surgery'",
    )


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
            "the exam facts, and the sourced opinions the rule book carries. The\n"
            "credentials are the codes given and those --body and --search pick,\n"
            "grouped by body; columns that do not fit the terminal continue below."
        ),
        epilog=examples(
            "coding-certs compare CPC CCS",
            "coding-certs compare CPC-H COC CIC",
            "coding-certs compare --search 'documentation expert'",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "codes",
        nargs="*",
        metavar="CODE",
        help="credential codes, e.g. CPC CCS (two or more in all)",
    )
    _add_filters(command)
    command.add_argument(
        "--on", metavar="DATE", help="the day whose CEU rules apply, as YYYY-MM-DD (default: today)"
    )
    command.set_defaults(handler=_compare)


# --- Commands ---------------------------------------------------------------------------


def _spellings(credential: Credential) -> tuple[str, ...]:
    """The credential's code, aliases and apprentice designation (CPC-A is a status of CPC)."""
    apprentice = (credential.apprentice,) if credential.apprentice else ()
    return (credential.code, *credential.aliases, *apprentice)


def _matches(credential: Credential, words: list[str]) -> bool:
    """Whether every word is in the credential's code, title, aliases or apprentice code."""
    text = " ".join((*_spellings(credential), credential.title)).casefold()
    keys = [lookup_key(spelling) for spelling in _spellings(credential)]
    return all(
        word.casefold() in text or any(lookup_key(word) in key for key in keys) for word in words
    )


def _apprentice_searched(apprentice: str, search: str) -> bool:
    """Whether ``--search`` names an apprentice designation (``cpc-a``), not only its credential."""
    return any(lookup_key(word) == lookup_key(apprentice) for word in search.split())


def _selected(book: Rulebook, args: argparse.Namespace) -> tuple[Credential, ...]:
    """The credentials ``--body`` and ``--search`` pick, in the rule book's order.

    Raises:
        UnknownBodyError: ``--body`` names no body of the rule book.
        InvalidValueError: ``--search`` has no word, or finds nothing.
    """
    found = book.credentials
    where = ""
    if args.body is not None:
        body = book.issuing_body(args.body)
        found = tuple(c for c in found if c.body == body)
        where = f" of {body.code}"
    if args.search is not None:
        words = args.search.split()
        if not words:
            raise InvalidValueError(
                f"--search needs a word to look for, such as 'surgery', got {args.search!r}"
            )
        found = tuple(c for c in found if _matches(c, words))
        if not found:
            raise InvalidValueError(
                f"no credential{where} has every word of --search {args.search!r} in its "
                "code, title or aliases; try fewer or shorter words, or leave --search out "
                "for the whole list"
            )
    return found


def _by_body(book: Rulebook, found: Iterable[Credential]) -> dict[str, list[Credential]]:
    """``found`` grouped by body code, bodies in the rule book's order, each keeping its order."""
    groups: dict[str, list[Credential]] = {body.code: [] for body in book.bodies}
    for credential in found:
        groups[credential.body.code].append(credential)
    return {code: group for code, group in groups.items() if group}


def _credentials(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
    groups = _by_body(book, _selected(book, args))
    parts = []
    for code, group in groups.items():
        body = book.issuing_body(code)
        count = f"{len(group)} credential{'s' if len(group) != 1 else ''}"
        rows = [
            [
                c.code,
                c.title,
                c.setting.value if c.setting else "any",
                c.focus.value if c.focus else "any",
                c.status,
            ]
            for c in group
        ]
        table = text_table(["code", "title", "setting", "focus", "status"], rows)
        table += "".join(
            f"Note: {c.apprentice} is the apprentice designation of {c.code}: held with "
            f"apprentice status, it is {c.code} (the same CEUs).\n"
            for c in group
            if c.apprentice and args.search and _apprentice_searched(c.apprentice, args.search)
        )
        parts.append(f"{body.code}: {body.name} ({count})\n\n{table}")
    out.write("\n".join(parts))
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


MIN_CELL = 20
"""The narrowest a ``compare`` column gets; more columns than fit continue below."""


def _compared(book: Rulebook, args: argparse.Namespace) -> list[Credential]:
    """The codes given and those the filters pick, once each, grouped by body."""
    given = [book.credential(code) for code in args.codes]
    picked = _selected(book, args) if args.body is not None or args.search is not None else ()
    found = list(dict.fromkeys([*given, *picked]))
    if len(found) < 2:
        raise InvalidValueError(
            "compare needs two or more distinct credentials: codes such as 'CPC CCS' (see "
            "coding-certs credentials), or --body AHIMA or --search TEXT to pick them; got "
            + _given_text(args.codes, given, picked)
        )
    return [c for group in _by_body(book, found).values() for c in group]


def _given_text(codes: list[str], given: list[Credential], picked: Iterable[Credential]) -> str:
    """What ``compare`` was given, in the user's spelling, with what each code stands for."""
    parts = []
    for code, credential in zip(codes, given, strict=True):
        if credential.is_apprentice_code(code):
            parts.append(f"{code!r} (the apprentice designation of {credential.code})")
        elif lookup_key(code) != lookup_key(credential.code):
            parts.append(f"{code!r} ({credential.code})")
        else:
            parts.append(repr(code))
    parts.extend(f"{c.code!r} (picked by --body or --search)" for c in picked if c not in given)
    distinct = len(set(given) | set(picked))
    if not parts:
        return "none"
    if distinct == len(parts):
        return ", ".join(parts)
    return f"{', '.join(parts)}: {distinct} credential{'s' if distinct != 1 else ''} in all"


def _compare(args: argparse.Namespace, out: Output) -> int:
    book = rulebook_of(args)
    found = _compared(book, args)
    on = dt.date.today() if args.on is None else to_date(args.on, what="--on")
    columns = [_comparison(book, credential, on) for credential in found]
    labels = [label for label in columns[0] if label != "sources"]
    width = shutil.get_terminal_size((100, 24)).columns
    label_width = max(map(len, labels))
    fit = max(1, (width - label_width) // (MIN_CELL + 2))
    lines: list[str] = []
    for start in range(0, len(found), fit):
        if lines:
            lines.append("")
        block = list(zip(found[start : start + fit], columns[start : start + fit], strict=True))
        lines.extend(_compare_block(block, labels, label_width, width))
    for credential, column in zip(found, columns, strict=True):
        lines.extend(["", f"{credential.code} sources:"])
        lines.extend(f"  {source}" for source in column["sources"])
    lines.append("")
    import textwrap  # noqa: PLC0415 -- only compare wraps its text (issue 11: first use)

    lines.append(
        textwrap.fill(
            "Exam facts are as their sources state them (see each credential's sources). "
            "Opinions are sourced notes, never used in a computation.",
            width=max(40, width - 1),
        )
    )
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _compare_block(
    block: list[tuple[Credential, dict[str, list[str]]]],
    labels: list[str],
    label_width: int,
    width: int,
) -> list[str]:
    """Credentials side by side, one column each, with the labels on the left."""
    cell = max(MIN_CELL, (width - label_width - 2 * len(block)) // len(block))
    lines = [
        "  ".join(["".ljust(label_width), *(c.code.ljust(cell) for c, _ in block)]).rstrip(),
        "  ".join(["-" * label_width, *("-" * cell for _ in block)]),
    ]
    for label in labels:
        wrapped = [_wrap(column[label], cell) for _, column in block]
        for index in range(max(map(len, wrapped))):
            parts = [(label if index == 0 else "").ljust(label_width)]
            parts.extend((w[index] if index < len(w) else "").ljust(cell) for w in wrapped)
            lines.append("  ".join(parts).rstrip())
    return lines


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    import textwrap  # noqa: PLC0415 -- only compare wraps its text (issue 11: first use)

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
    # The minimums this credential held alone is asked: the requirement's, as the engine's.
    minimums = [m.describe() for m in requirement.minimums]
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
                f"{requirement.units} CEUs every {requirement.cycle_text} "
                "for this credential alone "
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
    """The cycle rule in words, its length from the rule (BMSC, AMBA, AIHC: one year)."""
    years = rule.years
    if rule.anchor is CycleAnchor.EXAM_DATE:
        span = (
            "cycles"
            if years is None
            else "one-year cycles"
            if years == 1
            else (f"{_YEARS.get(years, years)}-year cycles")
        )
        return f"{span} from the day the exam was passed"
    first = "pro-rated" if rule.first_cycle is FirstCycle.PRORATED else "full"
    every = (
        "at the end of each cycle"
        if years is None
        else "every year"
        if years == 1
        else (f"every {_YEARS.get(years, years)} years")
    )
    return f"due {every} on the membership renewal date; first cycle {first}"


_YEARS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _lapse_text(rule: LapseRule) -> str:
    parts = []
    for phase in rule.periods():
        length = " and ".join(
            text
            for text in (
                f"{phase.months} months" if phase.months else "",
                f"{phase.days} days" if phase.days else "",
            )
            if text
        )
        if phase.active:
            parts.append(f"{length} of {phase.name} (still active)")
        else:
            parts.append(f"{phase.name}{'' if parts else ' at once'} for {length}")
    return ", then ".join([*parts, "revoked"])
