"""One way to find the rules in force: :class:`Resolver`, behind ``Rulebook.in_force``.

Every lookup of a rule book goes through it: the requirement of a cycle, its
cycle rule, its unmet-cycle rule, its minimums, its notices. Each edition is
asked on the day its own ``judged_by`` names (the cycle's first or last day),
so no caller chooses the day; asked about one day, every edition is asked on
that day. The answers are remembered per question, because a roster asks the
same few thousand again and again; they are immutable tuples, so sharing them
is safe, and the memory is bounded.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from coding_certs._dated import DatedRule
from coding_certs._errors import InvalidValueError, NoRuleInForceError, RuleNotInForceWarning
from coding_certs._model import IssuingBody
from coding_certs._tiers import CeuTierTable

if TYPE_CHECKING:
    from coding_certs._requirement_kinds import RequirementRule

RuleKind = Literal["requirement", "cycle", "lapse", "minimum", "notice"]
"""The kinds of rule a rule book resolves, as :meth:`~coding_certs.Rulebook.in_force` names them."""

KINDS: dict[str, tuple[str, str]] = {
    "requirement": ("all_requirements", "requirement"),
    "cycle": ("cycle_rules", "cycle rule"),
    "lapse": ("lapse_rules", "unmet-cycle rule"),
    "minimum": ("minimums", "minimum"),
    "notice": ("notices", "notice"),
}
"""Each kind: the rule book's attribute that holds its rules, and the kind in words."""

NOUNS: dict[str, str] = {kind: noun for kind, (_, noun) in KINDS.items()}
"""Each kind in words, for messages."""

_CACHE_LIMIT = 200_000
"""Most answers a resolver remembers, before it forgets them all (a long-running service)."""


class Resolver:
    """The rules of each kind and body of one rule book, and the answers already given.

    Built by :class:`~coding_certs.Rulebook` from its validated rules; it
    never changes them. Its only state beyond them is the memory of answers.
    """

    __slots__ = ("_editions", "_memo")

    def __init__(self, rules: Mapping[str, Sequence[DatedRule]]) -> None:
        editions: dict[tuple[str, str], list[DatedRule]] = {}
        for kind, items in rules.items():
            for rule in items:
                editions.setdefault((kind, rule.body.code), []).append(rule)
        # In the book's order: the rules that apply together (minimums, notices) keep it.
        self._editions: dict[tuple[str, str], tuple[DatedRule, ...]] = {
            key: tuple(found) for key, found in editions.items()
        }
        self._memo: dict[tuple[object, ...], tuple[DatedRule, ...]] = {}

    def editions(self, kind: str, body: IssuingBody) -> tuple[DatedRule, ...]:
        """Every rule of ``kind`` of ``body``, in the rule book's order."""
        if kind not in NOUNS:
            raise InvalidValueError(
                f"kind must be one of {', '.join(map(repr, NOUNS))}, got {kind!r}"
            )
        found = self._editions.get((kind, body.code), ())
        if found and not (found[0].body is body or found[0].body == body):
            return ()  # another body of the same code: not this book's
        return found

    def all_in_force(
        self, kind: str, body: IssuingBody, start: dt.date, end: dt.date
    ) -> tuple[DatedRule, ...]:
        """Every rule of ``kind`` of ``body`` that applies to the cycle ``start`` to ``end``."""
        key = (kind, body, start, end)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _CACHE_LIMIT:
                self._memo.clear()
            found = self._memo[key] = tuple(
                rule for rule in self.editions(kind, body) if rule.applies_to(start, end)
            )
        return found

    def in_force(self, kind: str, body: IssuingBody, start: dt.date, end: dt.date) -> DatedRule:
        """The rule of ``kind`` of ``body`` that applies to the cycle ``start`` to ``end``.

        Raises:
            NoRuleInForceError: none does.
        """
        found = self.all_in_force(kind, body, start, end)
        if not found:
            raise NoRuleInForceError(no_rule_message(kind, body, start, end))
        return found[0]


def no_rule_message(kind: str, body: IssuingBody, start: dt.date, end: dt.date) -> str:
    """``no AAPC cycle rule was in force on ...`` or ``... applies to the cycle ... to ...``."""
    noun = NOUNS.get(kind, kind)
    if start == end:
        return f"no {body.code} {noun} was in force on {start}"
    return f"no {body.code} {noun} applies to the cycle {start} to {end}"


# os.path, not pathlib: the first use of the package should not pay for pathlib's imports.
_PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))  # noqa: PTH120


def caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside this package."""
    frame = sys._getframe(1)  # noqa: SLF001 -- the documented way to walk the stack cheaply
    level = 1
    while frame is not None and os.path.realpath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def requirement_not_in_force(
    found: IssuingBody, day: dt.date, editions: Sequence[RequirementRule], *, lenient: bool
) -> RequirementRule:
    """What :meth:`~coding_certs.Rulebook.requirement` does when no edition of ``found`` applies.

    For a day before the earliest of ``editions`` and ``lenient``, that edition
    (with a :class:`~coding_certs.RuleNotInForceWarning`); else the error.

    Raises:
        NoRuleInForceError: no edition applies, and none can be applied leniently.
    """
    noun = "tier table" if all(isinstance(t, CeuTierTable) for t in editions) else "requirement"
    if not editions:
        raise NoRuleInForceError(f"the rule book has no tier table for {found.code}")
    earliest = editions[0]
    if day < earliest.effective_from:
        message = (
            f"no {found.code} {noun} was in force on {day}: the earliest known edition, "
            f"{earliest.edition!r}, takes effect on {earliest.effective_from}"
        )
        if lenient:
            warnings.warn(
                f"{message}; applying it anyway because lenient=True",
                RuleNotInForceWarning,
                stacklevel=caller_stacklevel(),
            )
            return earliest
        raise NoRuleInForceError(
            f"{message}. Ask for the lenient behaviour (lenient=True, or --lenient) to apply "
            "the earliest edition, or pin an edition by name"
        )
    raise NoRuleInForceError(
        f"no {found.code} {noun} was in force on {day}: its last edition had ended "
        f"(editions: {', '.join(f'{t.edition} from {t.effective_from}' for t in editions)})"
    )


__all__ = [
    "KINDS",
    "NOUNS",
    "Resolver",
    "RuleKind",
    "caller_stacklevel",
    "no_rule_message",
    "requirement_not_in_force",
]
