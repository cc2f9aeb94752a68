"""The rule strategies of :mod:`coding_certs.strategies` (a private module).

Tier tables, cycle, lapse and notice rules, category minimums, requirements,
requirement editions of every kind, and whole rule books of a made-up body.
Import them from :mod:`coding_certs.strategies`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from typing import Any, NamedTuple, TypedDict

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._prorate import ProrateBy, ProrateRounding
from coding_certs._requirement_kinds import (
    FlatRequirement,
    HighestPlusIncrement,
    PerCredentialSum,
    RequirementRule,
)
from coding_certs._requirements import CeuRequirement, ceu_requirements
from coding_certs._rulebook import Rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CourseCounts,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    JudgedBy,
    LapsePhase,
    LapseRule,
    NoticeRule,
)
from coding_certs._strategy_values import (
    CATEGORIES,
    RULES_FROM,
    _codes,
    _text_lists,
    _texts,
    _units,
    dates,
    issuing_bodies,
    shipped_credentials,
    sources,
)
from coding_certs._tiers import CeuTier, CeuTierTable


@st.composite
def _tiers(draw: st.DrawFn) -> tuple[CeuTier, ...]:
    """Tiers from 1 credential up, contiguous, units never decreasing, open-ended last."""
    count = draw(st.integers(1, 6))
    cents = draw(st.integers(1, 10_000))
    tiers = []
    start = 1
    for index in range(count):
        cents += draw(st.integers(0, 2_000)) if index else 0
        units = decimal.Decimal(cents) / 100
        if index == count - 1:
            tiers.append(CeuTier(start, None, units))
        else:
            end = start + draw(st.integers(0, 3))
            tiers.append(CeuTier(start, end, units))
            start = end + 1
    return tuple(tiers)


@st.composite
def _tier_tables(draw: st.DrawFn, body: IssuingBody | None) -> CeuTierTable:
    start = draw(dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    length = draw(st.none() | st.integers(1, 5000))
    return CeuTierTable(
        body=draw(issuing_bodies()) if body is None else body,
        edition=draw(_texts()),
        title=draw(_texts()),
        tiers=draw(_tiers()),
        cycle=relativedelta(months=draw(st.integers(1, 60))),
        effective_from=start,
        superseded_on=None if length is None else start + dt.timedelta(days=length),
        sources=draw(st.lists(sources(), max_size=2)),
        assumptions=draw(_text_lists()),
    )


def tier_tables(body: IssuingBody | None = None) -> st.SearchStrategy[CeuTierTable]:
    """Valid tier-table editions of ``body`` (default: a made-up body)."""
    return _tier_tables(body)


class _Dated(TypedDict):
    body: IssuingBody
    name: str
    effective_from: dt.date
    superseded_on: dt.date | None
    sources: list[Source]
    assumptions: tuple[str, ...]


@st.composite
def _dated(draw: st.DrawFn) -> _Dated:
    """The fields every dated rule has, of a made-up body, from a day of :func:`dates`."""
    return _edition_fields(draw, draw(issuing_bodies()), draw(dates()))


@st.composite
def _cycle_rules(draw: st.DrawFn) -> CycleRule:
    return CycleRule(
        **draw(_dated()),
        anchor=draw(st.sampled_from(CycleAnchor)),
        **draw(_first_cycles()),
        renewal_month_either=draw(st.booleans()),
        requires_index_number=draw(st.booleans()),
        **draw(_activity_caps()),
        course_counts=draw(st.sampled_from(CourseCounts)),
    )


@st.composite
def _first_cycles(draw: st.DrawFn) -> dict[str, Any]:
    """A full first cycle, or a pro-rated one with any way of pro-rating it."""
    if draw(st.booleans()):
        return {"first_cycle": FirstCycle.FULL}
    return {
        "first_cycle": FirstCycle.PRORATED,
        "prorate_by": draw(st.sampled_from(ProrateBy)),
        "prorate_step": draw(st.sampled_from(["0.01", "0.25", "0.5", "1"]) | _units(500)),
        "prorate_rounding": draw(st.sampled_from(ProrateRounding)),
    }


@st.composite
def _activity_caps(draw: st.DrawFn) -> dict[str, Any]:
    """No cap, or a cap on one activity's CEUs with or without exempt categories."""
    if draw(st.booleans()):
        return {}
    return {
        "activity_cap": draw(_units(5_000)),
        "activity_cap_exempt": draw(st.lists(st.sampled_from(CATEGORIES), max_size=2)),
    }


def cycle_rules() -> st.SearchStrategy[CycleRule]:
    """Made-up cycle rules."""
    return _cycle_rules()


@functools.cache
def lapse_phases() -> st.SearchStrategy[LapsePhase]:
    """Named phases after an unmet cycle: active or not, in days, months or both."""
    return st.builds(
        LapsePhase,
        name=st.sampled_from(["grace", "late-fee", "inactive", "suspended"]) | _texts(),
        days=st.integers(0, 400),
        active=st.booleans(),
        months=st.integers(0, 12),
    )


@st.composite
def _lapse_rules(draw: st.DrawFn, body: IssuingBody | None) -> LapseRule:
    dated = draw(_dated())
    if body is not None:
        dated["body"] = body
    if draw(st.booleans()):
        # The named phases (at most 3 of at most a year and 400 days: under ten years).
        return LapseRule(
            **dated,
            phases=draw(st.lists(lapse_phases(), min_size=1, max_size=3)),
            judged_by=draw(st.sampled_from(JudgedBy)),
        )
    return LapseRule(
        **dated,
        grace_months=draw(st.integers(0, 24)),
        grace_days=draw(st.integers(0, 400)),
        inactive_days=draw(st.integers(0, 800)),
        judged_by=draw(st.sampled_from(JudgedBy)),
    )


def lapse_rules(body: IssuingBody | None = None) -> st.SearchStrategy[LapseRule]:
    """Made-up lapse rules of ``body`` (default: a made-up body), with or without named phases.

    Half give :func:`lapse_phases`, the others the older ``grace_months``,
    ``grace_days`` and ``inactive_days``.
    """
    return _lapse_rules(body)


@st.composite
def _notice_rules(draw: st.DrawFn, body: IssuingBody | None) -> NoticeRule:
    dated = draw(_dated())
    if body is not None:
        dated["body"] = body
    return NoticeRule(
        **dated,
        title=draw(_texts()),
        days=draw(st.integers(-400, 400)),
        judged_by=draw(st.sampled_from(JudgedBy)),
    )


def notice_rules(body: IssuingBody | None = None) -> st.SearchStrategy[NoticeRule]:
    """Made-up notices of ``body`` (default: a made-up body), before or after the due date."""
    return _notice_rules(body)


@st.composite
def _category_minimums(draw: st.DrawFn) -> CategoryMinimum:
    by_units = draw(st.booleans())
    pool = draw(st.none() | st.sampled_from(["pool-a", "pool-b"]) | _texts())
    return CategoryMinimum(
        **draw(_dated()),
        category=draw(st.sampled_from(CATEGORIES) | _texts()),
        credential=draw(st.none() | _codes()),
        units=draw(_units(10_000)) if by_units else None,
        share=None if by_units else decimal.Decimal(draw(st.integers(1, 100))) / 100,
        judged_by=draw(st.sampled_from(JudgedBy)),
        each_year=by_units and pool is None and draw(st.booleans()),
        pool=pool,
    )


def category_minimums() -> st.SearchStrategy[CategoryMinimum]:
    """Made-up category minimums, by units or by share, some in a pool, some asked each year."""
    return _category_minimums()


@st.composite
def _requirements(draw: st.DrawFn) -> CeuRequirement:
    held = draw(st.lists(shipped_credentials(), min_size=1, max_size=6))
    found = ceu_requirements(held, on=draw(dates(RULES_FROM)))
    return draw(st.sampled_from(found))


def requirements() -> st.SearchStrategy[CeuRequirement]:
    """What the shipped rules ask of some shipped credentials, on a day from 2019."""
    return _requirements()


#: The requirement kinds :func:`requirement_editions` builds, as the rule book names them.
REQUIREMENT_KINDS = ("tiered", "highest-plus", "per-credential", "flat")


def _edition_fields(draw: st.DrawFn, body: IssuingBody, start: dt.date) -> _Dated:
    """The fields every dated rule has, of ``body``, from ``start``, ending or not."""
    length = draw(st.none() | st.integers(1, 5000))
    return {
        "body": body,
        "name": draw(_texts()),
        "effective_from": start,
        "superseded_on": None if length is None else start + dt.timedelta(days=length),
        "sources": draw(st.lists(sources(), max_size=2)),
        "assumptions": draw(_text_lists()),
    }


class _Frame(NamedTuple):
    """What the editions of one generated rule book share."""

    body: IssuingBody
    start: dt.date
    years: int | None
    codes: tuple[str, ...]


@st.composite
def _requirement_editions(
    draw: st.DrawFn, kind: str | None, frame: _Frame | None, body: IssuingBody | None
) -> RequirementRule:
    if frame is None:
        start = draw(dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
        frame = _Frame(draw(issuing_bodies()) if body is None else body, start, None, ())
    body, start, years, codes = frame
    kind = draw(st.sampled_from(REQUIREMENT_KINDS)) if kind is None else kind
    if kind == "tiered":
        table = draw(_tier_tables(body))
        months = 12 * years if years is not None else draw(st.integers(1, 60))
        return CeuTierTable(
            body=body,
            edition=table.edition,
            title=table.title,
            tiers=table.tiers,
            cycle=relativedelta(months=months),
            effective_from=start,
            superseded_on=None
            if table.superseded_on is None
            else start + (table.superseded_on - table.effective_from),
            sources=table.sources,
            assumptions=table.assumptions,
        )
    fields = _edition_fields(draw, body, start)
    title = draw(_texts())
    if kind == "flat":
        return FlatRequirement(**fields, title=title, units=draw(_units(10_000)))
    # Single-credential CEUs of some of ``codes``, overriding the credentials' own.
    units = draw(st.dictionaries(st.sampled_from(codes), _units(10_000))) if codes else {}
    if kind == "highest-plus":
        return HighestPlusIncrement(
            **fields,
            title=title,
            units=units,
            increment=draw(_units(2_000)),
            cap=draw(_units(10_000)),
        )
    return PerCredentialSum(**fields, title=title, units=units, shared=draw(st.booleans()))


def requirement_editions(
    body: IssuingBody | None = None, *, kind: str | None = None
) -> st.SearchStrategy[RequirementRule]:
    """Requirement editions of every kind (or of ``kind``), of ``body`` (default: a made-up one).

    ``kind`` is one of ``strategies.REQUIREMENT_KINDS``: ``"tiered"`` gives a
    :class:`~coding_certs.CeuTierTable`, ``"highest-plus"`` a
    :class:`~coding_certs.HighestPlusIncrement`, ``"per-credential"`` a
    :class:`~coding_certs.PerCredentialSum` (shared or not) and ``"flat"`` a
    :class:`~coding_certs.FlatRequirement`. The per-credential kinds read each
    credential's own ``ceus``; they give no ``units`` table of their own here.
    """
    if kind is not None and kind not in REQUIREMENT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(REQUIREMENT_KINDS)}, got {kind!r}")
    return _requirement_editions(kind, None, body)


@st.composite
def _rulebooks(draw: st.DrawFn, kind: str | None) -> Rulebook:
    body = draw(issuing_bodies())
    start = draw(dates(dt.date(1990, 1, 1), RULES_FROM))
    years = draw(st.sampled_from([1, 2]))
    # Codes made from a prefix and an index: distinct by construction, with no
    # filtering or unique_by (cheap to draw and to shrink).
    prefix = draw(st.from_regex(r"\A[A-Z]{1,4}\Z"))
    count = draw(st.integers(1, 6))
    held = tuple(
        Credential(
            code=f"{prefix}{index}",
            title=draw(_texts()),
            body=body,
            setting=draw(st.none() | st.sampled_from(Setting)),
            focus=draw(st.none() | st.sampled_from(Focus)),
            ceus=draw(_units(6_000)),
        )
        for index in range(count)
    )
    codes = tuple(c.code for c in held)
    frame = _Frame(body, start, years, codes)
    first = draw(_requirement_editions(kind, frame, None))
    editions = [first]
    if first.superseded_on is not None:
        # A second, current edition from the day the first one ends: every day covered.
        editions.append(
            draw(_open_edition(kind, frame._replace(start=first.superseded_on), first.edition))
        )
    cycle = CycleRule(
        body=body,
        name=draw(_texts()),
        effective_from=start,
        anchor=draw(st.sampled_from(CycleAnchor)),
        years=years,
        **draw(_first_cycles()),
        renewal_month_either=draw(st.booleans()),
        **draw(_activity_caps()),
        course_counts=draw(st.sampled_from(CourseCounts)),
    )
    lapse = attrs.evolve(draw(_lapse_rules(body)), effective_from=start, superseded_on=None)
    notices = [
        attrs.evolve(notice, effective_from=start, superseded_on=None)
        for notice in draw(st.lists(_notice_rules(body), max_size=3))
    ]
    return Rulebook(
        bodies=(body,),
        credentials=held,
        tier_tables=(),
        cycle_rules=(cycle,),
        lapse_rules=(lapse,),
        notices=tuple(notices),
        requirements=tuple(editions),
    )


@st.composite
def _open_edition(draw: st.DrawFn, kind: str | None, frame: _Frame, before: str) -> RequirementRule:
    edition = draw(_requirement_editions(kind, frame, None))
    # Named after the edition ``before`` it, never the same (a rule book refuses that).
    if isinstance(edition, CeuTierTable):
        return attrs.evolve(edition, superseded_on=None, edition=f"{before} (later)")
    return attrs.evolve(edition, superseded_on=None, name=f"{before} (later)")


def rulebooks(*, kind: str | None = None) -> st.SearchStrategy[Rulebook]:
    """Whole rule books of one made-up body the library has never seen.

    Each has 1 to 6 credentials (each with its own single-credential
    ``ceus``), a cycle rule of one or two years on either anchor, one or two
    requirement editions of every kind (or of ``kind``, see
    :func:`requirement_editions`) covering every day from their first, an
    unmet-cycle rule (with or without named phases) and up to three notices,
    all in force from a day up to ``strategies.RULES_FROM`` (2019-01-01) on.
    Assess holders of its credentials (:func:`holders` with ``rulebook=``)
    with ``assess(..., rulebook=book)``.
    """
    if kind is not None and kind not in REQUIREMENT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(REQUIREMENT_KINDS)}, got {kind!r}")
    return _rulebooks(kind)
