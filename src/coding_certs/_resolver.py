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
from collections.abc import Mapping, Sequence
from typing import Literal

from coding_certs._dated import DatedRule
from coding_certs._errors import InvalidValueError, NoRuleInForceError
from coding_certs._model import IssuingBody

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


__all__ = ["KINDS", "NOUNS", "Resolver", "RuleKind", "no_rule_message"]
