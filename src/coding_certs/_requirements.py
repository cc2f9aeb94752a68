"""How many CEUs a set of credentials owes per cycle, body by body.

Each issuing body counts only its own credentials: a CPC (AAPC) and a CCS
(AHIMA) owe 36 AAPC CEUs *and* 20 AHIMA CEUs, not one pooled tier of two
credentials. A renamed credential is one credential: CPC-H and COC held
together count once, because COC is CPC-H's new name (AAPC's exam FAQ: "COC
(formerly CPC-H)").

>>> import datetime
>>> from coding_certs import ceu_requirements
>>> held = ["CPC", "CPC-H", "CCS"]
>>> [(r.body.code, r.units) for r in ceu_requirements(held, on="2025-06-01")]
[('AAPC', Decimal('40')), ('AHIMA', Decimal('20'))]
>>> [(r.body.code, r.units) for r in ceu_requirements(held, on=datetime.date(2012, 10, 1))]
[('AAPC', Decimal('48')), ('AHIMA', Decimal('20'))]

A requirement carries the category minimums inside its total that the credentials
bring (:func:`minimums_asked`, the one definition the engine uses too):

>>> (cpma,) = ceu_requirements(["CPMA"], on="2026-01-01")
>>> [(m.describe(), cpma.minimum_units(m)) for m in cpma.minimums]
[('16 CEUs in auditing for CPMA', Decimal('16'))]
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from coding_certs._decimals import exact, tidy
from coding_certs._errors import InvalidTypeError, InvalidValueError, NoRuleInForceError
from coding_certs._model import Credential, IssuingBody
from coding_certs._requirement_kinds import (
    RequirementEdition,
    RequirementRule,
    basis,
    units_for,
)
from coding_certs._rulebook import Rulebook, default_rulebook, unique_credentials
from coding_certs._rules import CategoryMinimum
from coding_certs._tiers import CeuTierTable
from coding_certs._validate import (
    instance_of,
    optional_instance_of,
    to_date,
    to_tuple,
    tuple_of,
    type_name,
)
from coding_certs._views import Viewable


def _codes(credentials: tuple[Credential, ...]) -> str:
    return repr(tuple(c.code for c in credentials))


def _edition_name(table: RequirementRule) -> str:
    return repr(table.edition)


def _check_rule(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, CeuTierTable | RequirementEdition):
        raise InvalidTypeError(
            f"CeuRequirement.table must be a requirement edition (such as a CeuTierTable), "
            f"got {type_name(value)} {value!r}"
        )


def _body_code(body: IssuingBody) -> str:
    return repr(body.code)


def _minimum_names(minimums: tuple[CategoryMinimum, ...]) -> str:
    return repr(tuple(m.name for m in minimums))


@attrs.frozen
class CeuRequirement(Viewable):
    """The CEUs one issuing body asks of a set of its credentials, per cycle.

    Attributes:
        body: the issuing body.
        credentials: the body's credentials as given (sorted by code, no duplicates).
        counted: the distinct credentials counted for the tier: each in its
            current form, so CPC-H and COC count once, as COC.
        units: the CEUs due per cycle.
        table: the requirement edition applied, of any kind (a
            :class:`CeuTierTable` for a tiered body; see :attr:`rule`).
        on: the day the edition was resolved for, or ``None`` when pinned.
        extrapolated: ``True`` when no edition was in force on ``on`` and the
            earliest one was applied because the caller asked to be lenient.
        cycle_months: the length of the body's cycle in months, from its
            cycle rule, when known (else the tier table's).
        minimums: the category minimums inside ``units`` that these credentials
            bring (CPMA: 16 CEUs in auditing), in the rule book's order; each of
            the body and, when it names one, of a credential given or counted.
            :meth:`minimum_units` says how many CEUs each asks.
    """

    body: IssuingBody = attrs.field(validator=instance_of(IssuingBody), repr=_body_code)
    credentials: tuple[Credential, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(Credential), repr=_codes
    )
    counted: tuple[Credential, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(Credential), repr=_codes
    )
    units: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    table: RequirementRule = attrs.field(validator=_check_rule, repr=_edition_name)
    on: dt.date | None = attrs.field(default=None, validator=optional_instance_of(dt.date))
    extrapolated: bool = attrs.field(default=False, validator=instance_of(bool), repr=False)
    cycle_months: int | None = attrs.field(
        default=None, validator=optional_instance_of(int), repr=False
    )
    minimums: tuple[CategoryMinimum, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(CategoryMinimum), repr=_minimum_names
    )

    def __attrs_post_init__(self) -> None:
        strangers = [
            c.code
            for c in (*self.credentials, *self.counted)
            if c.body is not self.body and c.body != self.body
        ]
        if strangers or self.table.body != self.body:
            raise InvalidValueError(
                f"CeuRequirement for {self.body.code} mixes in another body's rules: "
                f"{', '.join(strangers) or self.table.edition}"
            )
        codes = {c.code for c in (*self.credentials, *self.counted)}
        foreign = [
            m.name
            for m in self.minimums
            if m.body != self.body or (m.credential is not None and m.credential not in codes)
        ]
        if foreign or len({m.name for m in self.minimums}) != len(self.minimums):
            raise InvalidValueError(
                f"CeuRequirement for {self.body.code} of {', '.join(sorted(codes)) or 'nothing'} "
                "may carry each minimum once, and only its body's minimums of the credentials "
                f"given (or of every credential); got {_minimum_names(self.minimums)}"
            )
        expected = units_for(self.table, self.counted)
        if self.units != expected:
            raise InvalidValueError(
                f"CeuRequirement units {self.units} disagree with edition {self.table.edition!r}, "
                f"which asks {expected} for {len(self.counted)} credentials"
            )

    @property
    def rule(self) -> RequirementRule:
        """The requirement edition applied (the same as ``table``, under a name for every kind)."""
        return self.table

    @property
    def cycle_text(self) -> str:
        """The cycle length in words, such as ``"2 years"`` (``"year"`` for one: "every year")."""
        months = self.cycle_months
        if months is None:
            return self.table.cycle_text if isinstance(self.table, CeuTierTable) else "cycle"
        if months == 12:
            return "year"
        return f"{months // 12} years" if months % 12 == 0 else f"{months} months"

    @property
    def basis(self) -> str:
        """How the edition reaches the units, in words: ``tier '2 credentials'``."""
        return basis(self.table, self.counted)

    @property
    def count(self) -> int:
        """How many distinct credentials were counted for the tier."""
        return len(self.counted)

    def minimum_units(self, minimum: CategoryMinimum) -> decimal.Decimal:
        """The CEUs ``minimum`` asks inside ``units`` (80% of 20: ``Decimal("16")``).

        One asked each year asks them in each year of a full cycle (5 a year: 10 in two).
        """
        years = max(1, (self.cycle_months or 12) // 12)
        return tidy(minimum.units_within(self.units, years))

    def minimum_text(self, minimum: CategoryMinimum) -> str:
        """One minimum in words: ``"16 of the 36 CEUs in auditing for CPMA"``.

        A share says its share too: ``"16 of the 20 CEUs (80%) in hiim"``; a minimum
        asked each year its yearly CEUs: ``"10 of the 20 CEUs (5 CEUs each year) in ..."``.
        """
        amount, _, rest = minimum.describe().partition(" in ")
        share = f" ({amount})" if minimum.units is None else ""
        if minimum.each_year:
            share, rest = f" ({amount} each year)", rest.replace(" each year", "", 1)
        return f"{self.minimum_units(minimum)} of the {self.units} CEUs{share} in {rest}"

    def explain(self) -> str:
        """A short text naming the credentials counted, the tier, the edition and its sources."""
        codes = ", ".join(c.code for c in self.counted)
        renamed = [c for c in self.credentials if c not in self.counted]
        plural = "s" if self.count != 1 else ""
        lines = [
            (
                f"{self.body.code}: {self.units} CEUs every {self.cycle_text} "
                f"for {self.count} credential{plural} ({codes})."
            )
        ]
        lines.extend(
            f"  {c.code} counts as {c.successor} (renamed); a credential counts once."
            if c.successor
            else f"  {c.code} is not counted: "
            f"{', '.join(k.code for k in self.counted if c.code in k.replaces)} replaces it."
            for c in renamed
        )
        period = f"in force from {self.table.effective_from}"
        if self.table.superseded_on is not None:
            period += f" until {self.table.superseded_on - dt.timedelta(days=1)}"
        how = self.basis
        how = f"{how[0].upper()}{how[1:]}"
        lines.append(
            f"  {how} of edition '{self.table.edition}' ({self.table.title}), {period}."
            if isinstance(self.table, CeuTierTable)
            else f"  {how}: edition '{self.table.edition}' ({self.table.title}), {period}."
        )
        if self.extrapolated:
            lines.append(
                f"  Note: no {self.body.code} edition was in force on {self.on}; the earliest "
                "known edition was applied because lenient=True."
            )
        lines.extend(f"  Source: {source.cite()}" for source in self.table.sources)
        lines.extend(f"  Assumption: {text}" for text in self.table.assumptions)
        for minimum in self.minimums:
            lines.append(f"  Minimum: {self.minimum_text(minimum)} (rule '{minimum.name}').")
            lines.extend(f"    Source: {source.cite()}" for source in minimum.sources)
            lines.extend(f"    Assumption: {text}" for text in minimum.assumptions)
        return "\n".join(lines)


def ceu_requirements(
    credentials: Iterable[str | Credential],
    *,
    on: dt.date | str | None = None,
    editions: Iterable[str] = (),
    lenient: bool = False,
    rulebook: Rulebook | None = None,
) -> tuple[CeuRequirement, ...]:
    """The CEUs due per cycle for a set of credentials: one requirement per body.

    Args:
        credentials: codes (any case or dash) or :class:`Credential` objects;
            order and duplicates do not matter.
        on: the day whose rules apply (a ``date`` or ISO string; default today).
        editions: edition names to pin instead of resolving by date, such as
            ``["aapc-2012"]``; each pins its own body's table.
        lenient: apply a body's earliest edition to a day before it, with a
            warning, instead of raising :class:`~coding_certs.NoRuleInForceError`.
        rulebook: the rule book to use (default: the shipped one).

    Returns:
        One :class:`CeuRequirement` per issuing body, sorted by body code.
        No credentials, no requirements: an empty tuple.

    Raises:
        UnknownCredentialError: a code the rule book does not know.
        NoRuleInForceError: no edition in force on ``on`` for one of the bodies.
        UnknownEditionError: a pinned edition that does not exist.
        InvalidTypeError: ``credentials`` is not a list of codes, or ``on``
            is not a date.
    """
    book = default_rulebook() if rulebook is None else rulebook
    if not isinstance(book, Rulebook):
        raise InvalidTypeError(f"rulebook must be a Rulebook, got {type_name(book)} {book!r}")
    if not isinstance(lenient, bool):
        raise InvalidTypeError(f"lenient must be True or False, got {lenient!r}")
    held = unique_credentials(book, credentials)
    day = dt.date.today() if on is None else to_date(on, what="on")
    if isinstance(editions, str) or not isinstance(editions, Iterable):
        raise InvalidTypeError(
            f"editions must be a list of edition names such as ['aapc-2012'], got {editions!r}"
        )
    pinned: dict[str, RequirementRule] = {}
    for table in map(book.requirement_edition, editions):
        if table.body.code in pinned:
            raise InvalidValueError(
                f"editions pins two {table.body.code} tables, {pinned[table.body.code].edition!r} "
                f"and {table.edition!r}; pin at most one edition per body"
            )
        pinned[table.body.code] = table
    return tuple(
        requirement_for_body(
            book,
            body,
            [c for c in held if c.body == body],
            day,
            table=pinned.get(body.code),
            lenient=lenient,
        )
        for body in sorted({c.body for c in held}, key=lambda b: b.code)
    )


_CACHE_LIMIT = 200_000


def requirement_for_body(  # noqa: PLR0913 -- the keyword arguments mirror ceu_requirements
    book: Rulebook,
    body: IssuingBody,
    credentials: Iterable[Credential],
    on: dt.date,
    *,
    cycle_end: dt.date | None = None,
    table: RequirementRule | None = None,
    lenient: bool = False,
) -> CeuRequirement:
    """The requirement of ``body`` for its ``credentials`` (already resolved) on ``on``.

    With ``cycle_end``, ``on`` is the first day of a cycle ending then, and the
    edition is the one its ``judged_by`` picks (:meth:`~coding_certs.Rulebook.in_force`).
    """
    own = tuple(sorted(set(credentials), key=lambda c: c.code))
    end = on if cycle_end is None else cycle_end
    if table is None and not lenient:
        key = (body.code, *(c.code for c in own), on, end)
        cached = book.requirement_cache.get(key)
        if cached is None:
            if len(book.requirement_cache) >= _CACHE_LIMIT:  # a long-running service stays bounded
                book.requirement_cache.clear()
            cached = book.requirement_cache[key] = _requirement(
                book, body, own, (on, end), None, lenient
            )
        return cached  # type: ignore[return-value]  # the cache holds only CeuRequirements
    return _requirement(book, body, own, (on, end), table, lenient)


def _requirement(  # noqa: PLR0913, PLR0917 -- requirement_for_body's arguments, resolved
    book: Rulebook,
    body: IssuingBody,
    own: tuple[Credential, ...],
    cycle: tuple[dt.date, dt.date],
    table: RequirementRule | None,
    lenient: bool,  # noqa: FBT001 -- positional in a private helper
) -> CeuRequirement:
    current = {book.current_form(c) for c in own}
    # A credential that another held one replaces counts once, as the other (RHIA over RHIT).
    replaced = {code for c in current for code in c.replaces}
    counted = tuple(sorted((c for c in current if c.code not in replaced), key=lambda c: c.code))
    on, end = cycle
    pinned = table is not None
    if table is None:
        table = book.requirement(body, on, lenient=lenient, cycle_end=end)
    applies = table.applies_to(on, end)
    # Applied leniently before its first day, an edition keeps the cycle of its first day.
    day = on if pinned or applies else table.effective_from
    try:
        months: int | None = book.cycle_months(body, day)
    except NoRuleInForceError:  # a book for requirements alone need not place cycles
        months = None
    # The minimums of the same days as the edition: a pinned or lenient one's first day when
    # it is not in force on ``on``.
    first, last = (on, end) if applies else (table.effective_from, table.effective_from)
    held_codes = {c.code for c in own} | {c.code for c in current}
    asked = minimums_asked(book.minimums_for(body, first, last), held_codes, own, book)
    return CeuRequirement(
        body=body,
        credentials=own,
        counted=counted,
        units=units_for(table, counted),
        table=table,
        on=None if pinned else on,
        extrapolated=not pinned and not applies,
        cycle_months=months,
        minimums=asked,
    )


def minimums_asked(
    in_force: tuple[CategoryMinimum, ...],
    held_codes: set[str],
    at_start: Sequence[Credential],
    book: Rulebook,
) -> tuple[CategoryMinimum, ...]:
    """The minimums in force that this holder is asked, in the book's order.

    A minimum of a credential not held is not asked. One that applies only when its
    credential is held alone (AAPC's CPPM: 36) is asked of a holder whose only
    credential of the body is that one, in place of the minimums of the same credential
    and category; of anyone else it is not asked. ``held_codes`` are the codes of
    ``at_start`` and of their current forms.
    """
    only = {book.current_form(c).code for c in at_start}
    alone = held_codes if len(only) == 1 else set()
    applies = tuple(
        m
        for m in in_force
        if (m.credential is None or m.credential in held_codes)
        and (not m.when_held_alone or m.credential in alone)
    )
    replaced = {(m.credential, m.category) for m in applies if m.when_held_alone}
    return tuple(
        m for m in applies if m.when_held_alone or (m.credential, m.category) not in replaced
    )


@exact
def additional_ceus(
    held: Iterable[str | Credential],
    add: str | Credential,
    *,
    on: dt.date | str | None = None,
    editions: Iterable[str] = (),
    rulebook: Rulebook | None = None,
) -> decimal.Decimal:
    """The extra CEUs per cycle that one more credential would cost.

    The seed encourages a second credential; this says what it costs in CEUs:
    4 more at AAPC under today's table (36 to 40), 12 under the 2012 edition
    (36 to 48). A credential already held (or its former or new name) costs 0.

    >>> additional_ceus(["CPC"], "COC", on="2026-01-01")
    Decimal('4')
    >>> additional_ceus(["CPC"], "COC", editions=["aapc-2012"])
    Decimal('12')
    >>> additional_ceus(["CPC"], "CCS", on="2026-01-01")  # another body: its own first tier
    Decimal('20')

    Raises:
        UnknownCredentialError: an unknown code.
        InvalidTypeError: arguments of the wrong type.
    """
    book = default_rulebook() if rulebook is None else rulebook
    extra = book.credential(add)
    held_list = list(unique_credentials(book, held))
    before = ceu_requirements(held_list, on=on, editions=editions, rulebook=book)
    after = ceu_requirements([*held_list, extra], on=on, editions=editions, rulebook=book)
    units_before = sum((r.units for r in before if r.body == extra.body), decimal.Decimal(0))
    units_after = sum((r.units for r in after if r.body == extra.body), decimal.Decimal(0))
    return units_after - units_before
