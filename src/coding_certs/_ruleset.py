"""The rule book as one object: bodies, credentials and their dated rules, resolved one way.

:class:`Rulebook` holds every issuing body, credential and rule of one rule
book, checked as a whole when it is built: every entry names a body of the
book, editions of one rule do not overlap, renames do not loop, spellings do
not collide. Every problem comes back at once, each with its entry
(``credentials[12].successor``), in one :class:`~coding_certs.RulebookError`.

Tier tables are *effective-dated editions*. :meth:`Rulebook.tier_table` returns
the edition in force on a day; a new edition closes the previous one with a
``superseded_on`` date, it never replaces it, so a question about 2013 keeps its
2013 answer. A day before the earliest edition raises
:class:`~coding_certs.NoRuleInForceError`, unless the caller asks for the
lenient behaviour, which applies the earliest edition and warns with
:class:`~coding_certs.RuleNotInForceWarning`.

Reading a rule book from TOML is :mod:`coding_certs._rulebook`'s job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs

from coding_certs._errors import (
    InvalidTypeError,
    NoRuleInForceError,
    RulebookError,
    UnknownBodyError,
    UnknownCredentialError,
    UnknownEditionError,
)
from coding_certs._model import Credential, IssuingBody
from coding_certs._requirement_kinds import RequirementRule, missing_units
from coding_certs._resolver import KINDS, Resolver, RuleKind, requirement_not_in_force
from coding_certs._rules import CategoryMinimum, CycleRule, LapseRule, NoticeRule
from coding_certs._ruleset_checks import (
    check_editions,
    check_known_bodies,
    check_requirements,
    check_successors,
    derive_ends,
    entry_of,
    follow_successors,
    index_by_key,
    optional_path,
)
from coding_certs._tiers import CeuTierTable
from coding_certs._validate import (
    lookup_key,
    to_date,
    to_tuple,
    tuple_of,
    type_name,
)

if TYPE_CHECKING:
    from pathlib import Path

    from coding_certs._dated import DatedRule

RuleT = TypeVar("RuleT", CycleRule, LapseRule)
JudgedRuleT = TypeVar("JudgedRuleT", LapseRule, CategoryMinimum, NoticeRule)
_Body = str | IssuingBody
_Day = dt.date | str


@attrs.frozen
class Rulebook:
    """A validated set of issuing bodies, credentials and CEU tier tables.

    Build one with :func:`~coding_certs.load_rulebook`, or use
    :func:`~coding_certs.default_rulebook`; the
    module-level functions (:func:`~coding_certs.credential`,
    :func:`~coding_certs.tier_table`, :func:`~coding_certs.ceu_requirements`)
    are this class's methods on the shipped rule book.

    Attributes:
        bodies: the issuing bodies, in file order.
        credentials: every credential, renamed ones included.
        tier_tables: every tier-table edition (the ``tiered`` requirement
            kind), superseded ones included.
        requirements: requirement editions of any kind (a format-2 rule book
            keeps all of them here, tier tables included):
            :class:`HighestPlusIncrement`, :class:`PerCredentialSum`,
            :class:`FlatRequirement` or :class:`CeuTierTable`. A body's
            editions of every kind follow each other without overlapping.
        cycle_rules: how each body places its cycles (:class:`CycleRule`).
        lapse_rules: what follows an unmet cycle (:class:`LapseRule`).
        minimums: category minimums inside a cycle's total (:class:`CategoryMinimum`).
        notices: the notices each body sends about a cycle's CEUs (:class:`NoticeRule`).
        path: the file it was read from, or ``None`` for the shipped one.
    """

    bodies: tuple[IssuingBody, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(IssuingBody)
    )
    credentials: tuple[Credential, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(Credential)
    )
    tier_tables: tuple[CeuTierTable, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(CeuTierTable)
    )
    cycle_rules: tuple[CycleRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(CycleRule)
    )
    lapse_rules: tuple[LapseRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(LapseRule)
    )
    minimums: tuple[CategoryMinimum, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(CategoryMinimum)
    )
    notices: tuple[NoticeRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(NoticeRule)
    )
    requirements: tuple[RequirementRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=check_requirements
    )
    path: Path | None = attrs.field(default=None, eq=False, validator=optional_path)
    _by_key: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _bodies_by_code: dict[str, IssuingBody] = attrs.field(init=False, repr=False, eq=False)
    # Looked up for every cycle assessed: worked out once, from the validated rules above.
    _by_code: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _current_forms: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _editions: dict[str, tuple[RequirementRule, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )
    # Requirements already worked out, by (body, credential codes, day): a roster asks the same
    # few thousand questions again and again. Values are immutable, so sharing them is safe.
    requirement_cache: dict[tuple[object, ...], object] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )
    # Every lookup of a rule in force, of every kind, and the answers already given.
    _resolver: Resolver = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        bodies = {body.code: body for body in self.bodies}
        problems = check_known_bodies(self, bodies)
        problems += check_successors(self.credentials)
        check_editions(self.all_requirements, problems)
        # Each end the data leaves out is the start of the next edition of the same rule.
        tables = self.all_requirements
        requirement_entries = [entry_of(tables, index) for index in range(len(tables))]
        ended = derive_ends(tables, requirement_entries, problems)
        tiered = len(self.tier_tables)
        derived: dict[str, tuple[Any, ...]] = {
            "tier_tables": ended[:tiered],
            "requirements": ended[tiered:],
        }
        for key in ("cycle_rules", "lapse_rules", "minimums", "notices"):
            rules: tuple[Any, ...] = getattr(self, key)
            entries = [f"{key}[{index}]" for index in range(len(rules))]
            derived[key] = derive_ends(rules, entries, problems)
        problems += [
            (f"requirements[{index}]", message)
            for index, message in missing_units(self.requirements, self.credentials)
        ]
        by_key = index_by_key(self.credentials, problems)
        if problems:
            raise RulebookError.of(problems, path=self.path)
        for key, rules in derived.items():
            object.__setattr__(self, key, rules)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_bodies_by_code", bodies)
        codes = {c.code: c for c in self.credentials}
        object.__setattr__(self, "_by_code", codes)
        object.__setattr__(
            self,
            "_current_forms",
            {c.code: follow_successors(c, codes) for c in self.credentials},
        )
        object.__setattr__(
            self,
            "_editions",
            {
                code: tuple(
                    sorted(
                        (t for t in self.all_requirements if t.body == body),
                        key=lambda t: t.effective_from,
                    )
                )
                for code, body in bodies.items()
            },
        )
        object.__setattr__(self, "_resolver", Resolver(self._rule_sets()))

    def _rule_sets(self) -> dict[str, tuple[DatedRule, ...]]:
        """The book's rules by the kind :meth:`in_force` names (``_resolver.KINDS``)."""
        return {kind: getattr(self, attribute) for kind, (attribute, _) in KINDS.items()}

    # -- the one resolver --

    # The type of rule each kind of _resolver.KINDS gives.
    @overload
    def in_force(
        self, kind: Literal["requirement"], body: _Body, start: _Day, end: _Day | None = None
    ) -> RequirementRule: ...
    @overload
    def in_force(
        self, kind: Literal["cycle"], body: _Body, start: _Day, end: _Day | None = None
    ) -> CycleRule: ...
    @overload
    def in_force(
        self, kind: Literal["lapse"], body: _Body, start: _Day, end: _Day | None = None
    ) -> LapseRule: ...
    @overload
    def in_force(
        self, kind: Literal["minimum"], body: _Body, start: _Day, end: _Day | None = None
    ) -> CategoryMinimum: ...
    @overload
    def in_force(
        self, kind: Literal["notice"], body: _Body, start: _Day, end: _Day | None = None
    ) -> NoticeRule: ...
    def in_force(
        self,
        kind: RuleKind,
        body: str | IssuingBody,
        start: dt.date | str,
        end: dt.date | str | None = None,
    ) -> DatedRule:
        """The rule of ``kind`` of ``body`` that applies to a cycle from ``start`` to ``end``.

        The one way this rule book finds a rule in force: each edition is asked
        on the day its own ``judged_by`` names (the cycle's first day, or its
        last), so the caller never chooses it. Without ``end``, the question is
        about the one day ``start``, and every edition is asked on it.

        Args:
            kind: ``"requirement"`` (an edition of any requirement kind),
                ``"cycle"`` (:class:`CycleRule`), ``"lapse"`` (the unmet-cycle
                :class:`LapseRule`), ``"minimum"`` or ``"notice"`` (of which
                several may apply: the first is returned; see :meth:`all_in_force`).
            body: the issuing body or its code.
            start: the cycle's first day (a ``date`` or an ISO string).
            end: the cycle's last day (default: ``start``).

        Raises:
            NoRuleInForceError: no rule of the kind applies.
            UnknownBodyError: unknown body.
            InvalidValueError: an unknown ``kind``.

        >>> import coding_certs as cc
        >>> book = cc.default_rulebook()
        >>> book.in_force("requirement", "AAPC", "2015-08-30").edition
        'aapc-2012'
        >>> book.in_force("lapse", "AHIMA", "2019-06-01", "2021-05-31").name
        'ahima-inactive-then-revoked'
        """
        found = self._body(body)
        first, last = self._cycle_days(start, end)
        return self._resolver.in_force(kind, found, first, last)

    def all_in_force(
        self,
        kind: RuleKind,
        body: str | IssuingBody,
        start: dt.date | str,
        end: dt.date | str | None = None,
    ) -> tuple[DatedRule, ...]:
        """Every rule of ``kind`` of ``body`` that applies to a cycle from ``start`` to ``end``.

        As :meth:`in_force`, for the kinds of which several apply at once
        (minimums, notices); in the rule book's order; ``()`` when none does.
        """
        found = self._body(body)
        first, last = self._cycle_days(start, end)
        return self._resolver.all_in_force(kind, found, first, last)

    def _body(self, body: str | IssuingBody) -> IssuingBody:
        # The engine passes the book's own body objects: no lookup for them.
        if isinstance(body, IssuingBody) and self._bodies_by_code.get(body.code) is body:
            return body
        return self.issuing_body(body)

    @staticmethod
    def _cycle_days(start: dt.date | str, end: dt.date | str | None) -> tuple[dt.date, dt.date]:
        first = start if type(start) is dt.date else to_date(start, what="start")
        if end is None:
            return first, first
        last = end if type(end) is dt.date else to_date(end, what="end")
        return first, last

    def _kind_of(self, rules: tuple[object, ...]) -> RuleKind | None:
        """The kind of ``rules`` when they are one of this book's own sets (not an empty one)."""
        if rules:
            for kind, own in self._rule_sets().items():
                if rules is own:
                    return kind  # type: ignore[return-value]  # the keys are RuleKinds
        return None

    # -- credentials and bodies --

    def credential(self, code: str | Credential) -> Credential:
        """Find a credential by code or alias.

        Case, spaces, underscores and dashes of any kind do not matter:
        ``"cpc-h"``, ``"CPC H"`` and ``"cpc–h"`` all find CPC-H. A
        :class:`Credential` of this rule book is returned as it is.

        Raises:
            UnknownCredentialError: no credential has that code; the message
                names the closest known codes. Or a ``Credential`` of another
                rule book whose code this one defines otherwise.
            InvalidTypeError: ``code`` is not a ``str`` or a ``Credential``.
        """
        if isinstance(code, Credential):
            if self._by_code.get(code.code) is code:  # this rule book's own object
                return code
            found = self._by_key.get(lookup_key(code.code))
            if found == code:
                return code
            if found is not None:  # another book's object: the code means something else here
                raise UnknownCredentialError(code.code, differs=True)
            raise UnknownCredentialError(code.code, self._suggest(code.code))
        if not isinstance(code, str):
            raise InvalidTypeError(
                f"a credential is named by a code such as 'CPC', got {type_name(code)} {code!r}"
            )
        found = self._by_key.get(lookup_key(code))
        if found is None:
            raise UnknownCredentialError(code, self._suggest(code))
        return found

    def _suggest(self, code: str) -> list[str]:
        import difflib  # noqa: PLC0415 -- only for an unknown code's message (issue 11: first use)

        keys = difflib.get_close_matches(lookup_key(code), list(self._by_key), n=3, cutoff=0.5)
        return list(dict.fromkeys(self._by_key[key].code for key in keys))

    def issuing_body(self, code: str | IssuingBody) -> IssuingBody:
        """Find an issuing body by code (``"AAPC"``, ``"ahima"``).

        Raises:
            UnknownBodyError: no such body in this rule book.
            InvalidTypeError: ``code`` is not a ``str`` or an ``IssuingBody``.
        """
        if isinstance(code, IssuingBody):
            key = code.code
        elif isinstance(code, str):
            key = code.strip().upper()
        else:
            raise InvalidTypeError(
                f"an issuing body is named by a code such as 'AAPC', got {type_name(code)} {code!r}"
            )
        body = self._bodies_by_code.get(key)
        if body is None or (isinstance(code, IssuingBody) and body != code):
            raise UnknownBodyError(
                f"unknown issuing body {code!r}; known: {', '.join(sorted(self._bodies_by_code))}"
            )
        return body

    def current_form(self, credential: str | Credential) -> Credential:
        """The credential's current form: itself, or what it was renamed to (CPC-H → COC)."""
        return self._current_forms[self.credential(credential).code]

    # -- requirements (tier tables and the other kinds) --

    @property
    def all_requirements(self) -> tuple[RequirementRule, ...]:
        """Every requirement edition of every kind: the tier tables, then the others."""
        return (*self.tier_tables, *self.requirements)

    def tier_tables_of(self, body: str | IssuingBody) -> tuple[CeuTierTable, ...]:
        """Every edition of a body's tier table, oldest first."""
        return tuple(
            t for t in self._editions[self.issuing_body(body).code] if isinstance(t, CeuTierTable)
        )

    def requirements_of(self, body: str | IssuingBody) -> tuple[RequirementRule, ...]:
        """Every requirement edition of a body, of any kind, oldest first."""
        return self._editions[self.issuing_body(body).code]

    def _noun(self) -> str:
        return "requirement" if self.requirements else "tier-table"

    def requirement_edition(self, name: str) -> RequirementRule:
        """The requirement edition called ``name`` (such as ``"aapc-2012"``), of any kind.

        Raises:
            UnknownEditionError: no edition has that name.
            InvalidTypeError: ``name`` is not a ``str``.
        """
        if not isinstance(name, str):
            raise InvalidTypeError(f"an edition is named by a str, got {type_name(name)} {name!r}")
        for table in self.all_requirements:
            if table.edition == name:
                return table
        raise UnknownEditionError(
            f"unknown {self._noun()} edition {name!r}; known: "
            f"{', '.join(t.edition for t in self.all_requirements)}"
        )

    def edition(self, name: str) -> CeuTierTable:
        """The tier-table edition called ``name`` (such as ``"aapc-2012"``).

        Raises:
            UnknownEditionError: no edition has that name, or it is not a
                tier table (see :meth:`requirement_edition`).
            InvalidTypeError: ``name`` is not a ``str``.
        """
        found = self.requirement_edition(name)
        if not isinstance(found, CeuTierTable):
            raise UnknownEditionError(
                f"edition {name!r} is a {found.kind} requirement, not a tier table; "
                "ask requirement_edition() for it"
            )
        return found

    def tier_table(
        self,
        body: str | IssuingBody,
        on: dt.date | str | None = None,
        *,
        edition: str | None = None,
        lenient: bool = False,
    ) -> CeuTierTable:
        """The edition of ``body``'s tier table in force on ``on`` (default: today).

        The same as :meth:`requirement`, for bodies whose requirement is a
        tier table.

        Raises:
            NoRuleInForceError: no edition was in force that day.
            UnknownBodyError: unknown body.
            UnknownEditionError: unknown edition, one of another body, or a
                requirement of another kind than a tier table.
        """
        found = self.requirement(body, on, edition=edition, lenient=lenient)
        if not isinstance(found, CeuTierTable):
            raise UnknownEditionError(
                f"{found.body.code}'s requirement in force then, {found.edition!r}, is a "
                f"{found.kind} requirement, not a tier table; ask requirement() for it"
            )
        return found

    def cycle_months(self, body: str | IssuingBody, on: dt.date) -> int:
        """The length of ``body``'s cycles in months, by the cycle rule in force on ``on``.

        A format-1 rule book's cycle rules have no length: the tier table in
        force that day gives it.

        Raises:
            NoRuleInForceError: no cycle rule (or, for format 1, tier table) in force.
        """
        found = self.issuing_body(body)
        rule = self.in_force("cycle", found, on)
        if rule.years is not None:
            return rule.years * 12
        table = self.tier_table(found, on)
        if table.cycle is None:
            raise NoRuleInForceError(
                f"{found.code}'s cycle rule {rule.name!r} gives no cycle length (years), "
                f"and neither does its tier table {table.edition!r}"
            )
        return table.cycle.years * 12 + table.cycle.months

    def requirement(
        self,
        body: str | IssuingBody,
        on: dt.date | str | None = None,
        *,
        edition: str | None = None,
        lenient: bool = False,
        cycle_end: dt.date | None = None,
    ) -> RequirementRule:
        """The edition of ``body``'s requirement in force on ``on`` (default: today), any kind.

        Args:
            body: the issuing body or its code.
            on: the day to ask about: a ``date`` or an ISO string.
            edition: pin an edition by name instead of resolving by date.
            lenient: for a day before the earliest edition, apply the earliest
                one and warn with :class:`~coding_certs.RuleNotInForceWarning`
                instead of raising.
            cycle_end: the last day of the cycle whose first day is ``on``:
                the edition is then judged on the day its ``judged_by``
                names (:meth:`in_force`).

        Raises:
            NoRuleInForceError: no edition was in force that day.
            UnknownBodyError: unknown body.
            UnknownEditionError: unknown edition, or one of another body.
        """
        found = self.issuing_body(body)
        if not isinstance(lenient, bool):
            raise InvalidTypeError(f"lenient must be True or False, got {lenient!r}")
        if edition is not None:
            table = self.requirement_edition(edition)
            if table.body != found:
                raise UnknownEditionError(
                    f"edition {edition!r} is {table.body.code}'s, not {found.code}'s"
                )
            return table
        day = dt.date.today() if on is None else to_date(on, what="on")
        applying = self._resolver.all_in_force(
            "requirement", found, day, day if cycle_end is None else cycle_end
        )
        if applying:
            return applying[0]  # type: ignore[return-value]  # the book's requirement editions
        return requirement_not_in_force(found, day, self.requirements_of(found), lenient=lenient)

    def rule_in_force(self, rules: tuple[RuleT, ...], body: IssuingBody, day: dt.date) -> RuleT:
        """The one rule of ``rules`` for ``body`` in force on ``day``.

        For this book's own ``cycle_rules`` or ``lapse_rules``, the same as
        :meth:`in_force` asked about one day; other rules are searched as given.

        Raises:
            NoRuleInForceError: none is.
        """
        kind = self._kind_of(rules)
        if kind is not None:
            return self.in_force(kind, body, day)  # type: ignore[return-value]  # of rules' kind
        for rule in rules:
            if (rule.body is body or rule.body == body) and rule.in_force_on(day):
                return rule
        kind_name = type(rules[0]).__name__ if rules else "rule"
        raise NoRuleInForceError(f"no {body.code} {kind_name} was in force on {day}")

    def notices_for(self, body: IssuingBody, due: dt.date) -> tuple[NoticeRule, ...]:
        """The notices ``body`` sends about a cycle due on ``due``, earliest first."""
        found: tuple[NoticeRule, ...] = self.all_in_force("notice", body, due)  # type: ignore[assignment]
        return tuple(sorted(found, key=lambda rule: rule.days))

    def rule_for_cycle(
        self,
        rules: tuple[JudgedRuleT, ...],
        body: IssuingBody,
        cycle_start: dt.date,
        cycle_end: dt.date,
        *,
        what: str = "rule",
    ) -> JudgedRuleT:
        """The one rule of ``rules`` for ``body`` that applies to a cycle with these days.

        Each rule is asked on the day it is judged by (its ``judged_by``: the
        cycle's first or last day): the engine never picks the day itself. For
        this book's own rules, the same as :meth:`in_force`.

        Raises:
            NoRuleInForceError: none applies.
        """
        kind = self._kind_of(rules)
        if kind is not None:
            found = self.all_in_force(kind, body, cycle_start, cycle_end)
        else:
            found = tuple(
                rule
                for rule in rules
                if (rule.body is body or rule.body == body)
                and rule.applies_to(cycle_start, cycle_end)
            )
        if not found:
            raise NoRuleInForceError(
                f"no {body.code} {what} applies to the cycle {cycle_start} to {cycle_end}"
            )
        return found[0]  # type: ignore[return-value]  # one of rules

    def minimums_for(
        self, body: IssuingBody, cycle_start: dt.date, cycle_end: dt.date
    ) -> tuple[CategoryMinimum, ...]:
        """The category minimums of ``body`` for a cycle with these first and last days."""
        return self.all_in_force("minimum", body, cycle_start, cycle_end)  # type: ignore[return-value]


def unique_credentials(
    rulebook: Rulebook, items: Iterable[str | Credential]
) -> tuple[Credential, ...]:
    """Resolve codes to credentials, dropping duplicates; sorted by code."""
    if isinstance(items, str | Credential) or not isinstance(items, Iterable):
        raise InvalidTypeError(
            "credentials must be a list of codes or Credential objects, such as ['CPC', 'CCS'], "
            f"got {type_name(items)} {items!r}"
        )
    return tuple(sorted({rulebook.credential(item) for item in items}, key=lambda c: c.code))
