"""Whole-book checks of a rule book: every problem found, each with its entry.

Used by :class:`~coding_certs.Rulebook` when it is built (references,
overlaps, renames, spellings) and by the file reader when a book loads
(completeness: every body with credentials has a requirement, a cycle rule and
an unmet-cycle rule for every day its requirements are in force). Each check
returns problems as ``(entry, message)`` pairs, so all of them come back at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from coding_certs._dated import DatedRule
from coding_certs._errors import InvalidTypeError
from coding_certs._model import Credential, IssuingBody
from coding_certs._requirement_kinds import RequirementEdition, RequirementRule
from coding_certs._rules import CategoryMinimum, CycleRule, LapseRule, NoticeRule
from coding_certs._tiers import CeuTierTable
from coding_certs._validate import lookup_key, optional_instance_of, tuple_of, type_name

RuleT = TypeVar("RuleT", bound=DatedRule)

Problem = tuple[str | None, str]
"""One problem found in a rule book: the entry (``credentials[3].body``) and what is wrong."""


class BookParts(Protocol):
    """What the checks read of a rule book."""

    @property
    def bodies(self) -> tuple[IssuingBody, ...]: ...  # pragma: no cover
    @property
    def credentials(self) -> tuple[Credential, ...]: ...  # pragma: no cover
    @property
    def tier_tables(self) -> tuple[CeuTierTable, ...]: ...  # pragma: no cover
    @property
    def requirements(self) -> tuple[RequirementRule, ...]: ...  # pragma: no cover
    @property
    def all_requirements(self) -> tuple[RequirementRule, ...]: ...  # pragma: no cover
    @property
    def cycle_rules(self) -> tuple[CycleRule, ...]: ...  # pragma: no cover
    @property
    def lapse_rules(self) -> tuple[LapseRule, ...]: ...  # pragma: no cover
    @property
    def minimums(self) -> tuple[CategoryMinimum, ...]: ...  # pragma: no cover
    @property
    def notices(self) -> tuple[NoticeRule, ...]: ...  # pragma: no cover


def index_by_key(
    credentials: tuple[Credential, ...], problems: list[Problem]
) -> dict[str, Credential]:
    index: dict[str, Credential] = {}
    for position, credential in enumerate(credentials):
        apprentice = () if credential.apprentice is None else (credential.apprentice,)
        for spelling in (credential.code, *credential.aliases, *apprentice):
            key = lookup_key(spelling)
            if key in index and index[key] is not credential:
                problems.append(
                    (
                        f"credentials[{position}]",
                        (
                            f"{spelling!r} of {credential.code} reads the same as "
                            f"{index[key].code} once case, spaces and dashes are ignored"
                        ),
                    )
                )
                continue
            index[key] = credential
    return index


def entry_of(tables: Sequence[RequirementRule], position: int) -> str:
    """``tier_tables[i]`` or ``requirements[j]``: where an edition of ``all_requirements`` is."""
    tiered = sum(1 for t in tables if isinstance(t, CeuTierTable))
    if position < tiered:
        return f"tier_tables[{position}]"
    return f"requirements[{position - tiered}]"


def check_editions(tables: Sequence[RequirementRule], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for position, table in enumerate(tables):
        if table.edition in seen:
            problems.append(
                (
                    f"{entry_of(tables, position)}.edition",
                    f"edition {table.edition!r} is defined twice",
                )
            )
        seen.add(table.edition)


def check_known_bodies(book: BookParts, bodies: Mapping[str, IssuingBody]) -> list[Problem]:
    """Every credential, table and rule must name one of the rule book's own bodies."""
    entries: list[tuple[str, str, IssuingBody]] = [
        *((f"credentials[{i}].body", c.code, c.body) for i, c in enumerate(book.credentials)),
        *((f"tier_tables[{i}].body", t.edition, t.body) for i, t in enumerate(book.tier_tables)),
        *((f"requirements[{i}].body", r.name, r.body) for i, r in enumerate(book.requirements)),
        *(
            (f"{key}[{i}].body", r.name, r.body)
            for key in ("cycle_rules", "lapse_rules", "minimums", "notices")
            for i, r in enumerate(getattr(book, key))
        ),
    ]
    return [
        (
            entry,
            (
                f"{name} names issuing body {body.code}, which this rule book does not define "
                f"(defined: {', '.join(bodies) or 'none'})"
            ),
        )
        for entry, name, body in entries
        if bodies.get(body.code) != body
    ]


def check_successors(credentials: tuple[Credential, ...]) -> list[Problem]:
    """A successor must be a credential of the same body, and renames must not loop."""
    problems: list[Problem] = []
    codes = {credential.code: credential for credential in credentials}
    for position, credential in enumerate(credentials):
        if credential.successor is None:
            continue
        successor = codes.get(credential.successor)
        if successor is None or successor.body != credential.body:
            problems.append(
                (
                    f"credentials[{position}].successor",
                    (
                        f"credential {credential.code} names successor {credential.successor!r}, "
                        f"which is not a {credential.body.code} credential of this rule book"
                    ),
                )
            )
    for position, credential in enumerate(credentials):
        for index, code in enumerate(credential.replaces):
            other = codes.get(code)
            if other is None or other.body != credential.body:
                problems.append(
                    (
                        f"credentials[{position}].replaces[{index}]",
                        (
                            f"credential {credential.code} replaces {code!r}, which is not a "
                            f"{credential.body.code} credential of this rule book"
                        ),
                    )
                )
    if problems:
        return problems
    for position, credential in enumerate(credentials):
        loop = _rename_loop(credential, codes)
        if loop:
            problems.append(
                (
                    f"credentials[{position}].successor",
                    f"credentials are renamed in a loop: {' -> '.join(loop)}",
                )
            )
    return problems


def derive_ends(
    rules: Sequence[RuleT], entries: Sequence[str], problems: list[Problem]
) -> tuple[RuleT, ...]:
    """The rules with each end the data leaves out derived from the next edition of the same rule.

    Editions of one rule (one body, one ``lineage``; a rule whose lineage is
    ``None`` stands alone) follow each other: an edition without
    ``superseded_on`` ends the day the next one takes effect. An edition that
    ends before the next begins leaves a gap, one that ends after it overlaps
    it: both are problems naming the two entries (``entries[i]`` is where
    ``rules[i]`` is). The rules come back in the same order.
    """
    found = list(rules)
    chains: dict[tuple[object, ...], list[int]] = {}
    for position, rule in enumerate(rules):
        lineage = rule.lineage
        if lineage is not None:
            chains.setdefault((rule.body.code, *lineage), []).append(position)
    for positions in chains.values():
        positions.sort(key=lambda index: rules[index].effective_from)
        for before, after in itertools.pairwise(positions):
            previous, current = found[before], rules[after]
            end, start = previous.superseded_on, current.effective_from
            if end is None and start > previous.effective_from:
                found[before] = attrs.evolve(previous, superseded_on=start)
                continue
            if end == start:
                continue
            what = "leaves a gap before" if end is not None and end < start else "overlaps"
            until = "no end" if end is None else f"superseded on {end}"
            problems.append(
                (
                    entries[after],
                    (
                        f"{current.body.code} {type(current).__name__} editions "
                        f"{previous.name!r} ({entries[before]}, {until}) and {current.name!r} "
                        f"({entries[after]}, in force from {start}): the first {what} the "
                        f"second; leave out the first's superseded_on, or make it {start}"
                    ),
                )
            )
    return tuple(found)


def _rename_loop(credential: Credential, codes: Mapping[str, Credential]) -> list[str]:
    """The codes of a rename loop starting at ``credential``, or ``[]`` when there is none."""
    seen = [credential.code]
    current = credential
    while current.successor is not None:
        current = codes[current.successor]
        if current.code in seen:
            return [*seen, current.code]
        seen.append(current.code)
    return []


def follow_successors(credential: Credential, codes: Mapping[str, Credential]) -> Credential:
    current = credential
    while current.successor is not None:
        current = codes[current.successor]
    return current


_Span = tuple[dt.date, dt.date | None]


def _spans(rules: Iterable[RequirementRule | CycleRule | LapseRule]) -> list[_Span]:
    """The days the rules are in force, merged into spans (an end of ``None`` is open)."""
    merged: list[_Span] = []
    for rule in sorted(rules, key=lambda r: r.effective_from):
        start, end = rule.effective_from, rule.superseded_on
        if merged and (merged[-1][1] is None or merged[-1][1] >= start):
            last_start, last_end = merged[-1]
            wider = None if last_end is None or end is None else max(last_end, end)
            merged[-1] = (last_start, wider)
        else:
            merged.append((start, end))
    return merged


def _uncovered(needed: list[_Span], covers: list[_Span]) -> list[_Span]:
    """The parts of ``needed`` that no span of ``covers`` covers."""
    gaps: list[_Span] = []
    for start, end in needed:
        day: dt.date | None = start
        for cover_start, cover_end in covers:
            if day is None or (end is not None and day >= end):
                break
            if cover_end is not None and cover_end <= day:
                continue
            if cover_start > day:
                gap_end = cover_start if end is None else min(cover_start, end)
                gaps.append((day, gap_end))
            day = cover_end
        if day is not None and (end is None or day < end):
            gaps.append((day, end))
    return gaps


def _span_text(span: _Span) -> str:
    start, end = span
    if end is None:
        return f"from {start} on"
    return f"from {start} to {end - dt.timedelta(days=1)}"


def completeness_problems(book: BookParts) -> list[Problem]:
    """What a body lacks for the engine to assess its holders, as problems by ``bodies[i]``.

    Every body with credentials needs a requirement (a tier table), a cycle
    rule and a rule for what follows an unmet cycle, in force on every day its
    requirements are.
    """
    problems: list[Problem] = []
    with_credentials = {c.body.code for c in book.credentials}
    for position, body in enumerate(book.bodies):
        if body.code not in with_credentials:
            continue
        entry = f"bodies[{position}]"
        needed = _spans(t for t in book.all_requirements if t.body == body)
        if not needed:
            problems.append(
                (
                    entry,
                    (
                        f"{body.code} has credentials but no requirement: add a [[requirements]] "
                        f"entry with body = {body.code!r}"
                    ),
                )
            )
            continue
        for key, noun in (("cycle_rules", "cycle rule"), ("lapse_rules", "unmet-cycle rule")):
            rules = [r for r in getattr(book, key) if r.body == body]
            if not rules:
                problems.append(
                    (
                        entry,
                        (
                            f"{body.code} has no {noun}: add a [[{key}]] entry with "
                            f"body = {body.code!r}"
                        ),
                    )
                )
                continue
            problems.extend(
                (
                    entry,
                    (
                        f"{body.code} has no {noun} {_span_text(gap)}, when its requirements are "
                        f"in force: extend a [[{key}]] entry or add one"
                    ),
                )
                for gap in _uncovered(needed, _spans(rules))
            )
    return problems


def optional_path(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A ``Path`` or ``None``; pathlib is imported only when there is a path to check."""
    if value is not None:
        from pathlib import Path  # noqa: PLC0415 -- the shipped rule book has no path

        optional_instance_of(Path)(instance, attribute, value)


def check_requirements(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of requirement editions of any kind (``Rulebook.requirements``)."""
    tuple_of(object)(instance, attribute, value)
    items: tuple[object, ...] = value  # type: ignore[assignment]  # a tuple, checked above
    for index, item in enumerate(items):
        if not isinstance(item, CeuTierTable | RequirementEdition):
            raise InvalidTypeError(
                f"Rulebook.requirements[{index}] must be a requirement edition "
                f"(CeuTierTable, HighestPlusIncrement, PerCredentialSum or FlatRequirement), "
                f"got {type_name(item)} {item!r}"
            )
