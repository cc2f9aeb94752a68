"""Hypothesis strategies for ``coding_certs`` objects, for projects that embed the library.

Property-test your own code with holders, CEU logs, tier tables and compliance
reports: every strategy builds its objects through the public constructors, so
it only ever produces objects the library accepts. Credentials held by a
:class:`~coding_certs.Holder` come from the shipped rule book; the rules,
tables, bodies and credentials of the other strategies are made up.

This module needs Hypothesis, installed by the ``strategies`` extra::

    pip install "coding-certs[strategies]"

>>> from hypothesis import given, settings
>>> import coding_certs as cc
>>> from coding_certs import strategies
>>> @settings(max_examples=20)
... @given(strategies.holders(), strategies.activities(), strategies.dates())
... def test_every_report_has_a_standing(holder, activity, day):
...     report = cc.assess(holder, [activity], as_of=day)
...     assert all(a.standing in cc.Standing for a in report.assessments)
>>> test_every_report_has_a_standing()
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from typing import TypedDict

try:
    from hypothesis import strategies as st
except ImportError as error:
    raise ImportError(
        "coding_certs.strategies needs Hypothesis; install it with "
        "pip install 'coding-certs[strategies]'"
    ) from error

from dateutil.relativedelta import relativedelta

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._assess import ComplianceReport, assess
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._requirements import CeuRequirement, ceu_requirements
from coding_certs._rulebook import default_rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    JudgedBy,
    LapseRule,
)
from coding_certs._tiers import CeuTier, CeuTierTable

__all__ = [
    "activities",
    "category_minimums",
    "ceu_cycles",
    "compliance_reports",
    "credentials",
    "cycle_rules",
    "cycle_schedules",
    "dates",
    "held_credentials",
    "holders",
    "issuing_bodies",
    "lapse_rules",
    "requirements",
    "shipped_credentials",
    "sources",
    "tier_tables",
]

#: The first day every shipped rule (both bodies' tier tables included) is in force.
RULES_FROM = dt.date(2019, 1, 1)
#: The category tags the shipped minimums look for.
CATEGORIES = ("specialty", "auditing", "hiim", "ahima-resource")


def dates(
    min_value: dt.date = dt.date(2008, 1, 1), max_value: dt.date = dt.date(2040, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Days from ``min_value`` to ``max_value`` (by default 2008, the earliest rule, to 2040)."""
    return st.dates(min_value=min_value, max_value=max_value)


# The building blocks below are made once (functools.cache): Hypothesis validates a
# strategy on its first draw, and a composite strategy that built a fresh ``_texts()``
# for every example re-validated its character set each time (about 6 ms an example,
# most of the time of the strategies' tests).


@functools.cache
def _texts(max_size: int = 30) -> st.SearchStrategy[str]:
    """Non-empty human text with no surrounding spaces."""
    return (
        st.text(
            alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]),
            min_size=1,
            max_size=max_size,
        )
        .map(str.strip)
        .filter(bool)
    )


@functools.cache
def _codes() -> st.SearchStrategy[str]:
    return st.from_regex(r"\A[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,3})?\Z")


@functools.cache
def _units(max_cents: int = 100_000) -> st.SearchStrategy[decimal.Decimal]:
    """Positive decimals with at most two places, up to ``max_cents`` hundredths."""
    return st.integers(1, max_cents).map(lambda cents: decimal.Decimal(cents) / 100)


@functools.cache
def _text_lists() -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(_texts(), max_size=2).map(tuple)


@functools.cache
def sources() -> st.SearchStrategy[Source]:
    """Sources, with or without an address."""
    urls = st.builds(
        lambda scheme, host: f"{scheme}://{host}.example/",
        st.sampled_from(["http", "https"]),
        st.from_regex(r"\A[a-z]{1,12}\Z"),
    )
    return st.builds(Source, title=_texts(), url=st.none() | urls, supports=_texts())


@functools.cache
def issuing_bodies() -> st.SearchStrategy[IssuingBody]:
    """Made-up issuing bodies."""
    return st.builds(
        IssuingBody,
        code=_codes(),
        name=_texts(),
        sources=st.lists(sources(), max_size=2).map(tuple),
    )


def credentials(body: IssuingBody | None = None) -> st.SearchStrategy[Credential]:
    """Made-up credentials of ``body`` (default: a made-up body), never renamed."""
    return st.builds(
        Credential,
        code=_codes(),
        title=_texts(),
        body=issuing_bodies() if body is None else st.just(body),
        setting=st.none() | st.sampled_from(Setting),
        focus=st.none() | st.sampled_from(Focus),
        aliases=_text_lists(),
        sources=st.lists(sources(), max_size=2).map(tuple),
        assumptions=_text_lists(),
        notes=_text_lists(),
    )


def shipped_credentials() -> st.SearchStrategy[Credential]:
    """The credentials of the shipped rule book."""
    return st.sampled_from(default_rulebook().credentials)


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


def cycle_schedules() -> st.SearchStrategy[CycleSchedule]:
    """Cycle schedules anchored at either end, 1 to 36 months long."""
    return st.builds(
        CycleSchedule,
        anchor=dates(),
        anchored=st.sampled_from(Anchor),
        months=st.integers(1, 36),
    )


@st.composite
def _ceu_cycles(draw: st.DrawFn) -> CeuCycle:
    schedule = draw(cycle_schedules())
    regular = schedule.cycle(draw(st.integers(-5, 5)))
    if draw(st.booleans()):
        return regular
    # A partial (pro-rated) cycle: it starts late, ends on the regular day.
    start = regular.start + dt.timedelta(days=draw(st.integers(0, regular.days - 1)))
    return CeuCycle(start, regular.end, schedule=schedule, index=regular.index)


def ceu_cycles() -> st.SearchStrategy[CeuCycle]:
    """Cycles of generated schedules, some of them partial (starting late)."""
    return _ceu_cycles()


class _Dated(TypedDict):
    body: IssuingBody
    name: str
    effective_from: dt.date
    superseded_on: dt.date | None
    sources: list[Source]
    assumptions: tuple[str, ...]


@st.composite
def _dated(draw: st.DrawFn) -> _Dated:
    start = draw(dates())
    length = draw(st.none() | st.integers(1, 5000))
    return {
        "body": draw(issuing_bodies()),
        "name": draw(_texts()),
        "effective_from": start,
        "superseded_on": None if length is None else start + dt.timedelta(days=length),
        "sources": draw(st.lists(sources(), max_size=2)),
        "assumptions": draw(_text_lists()),
    }


@st.composite
def _cycle_rules(draw: st.DrawFn) -> CycleRule:
    return CycleRule(
        **draw(_dated()),
        anchor=draw(st.sampled_from(CycleAnchor)),
        first_cycle=draw(st.sampled_from(FirstCycle)),
        renewal_month_either=draw(st.booleans()),
        requires_index_number=draw(st.booleans()),
    )


def cycle_rules() -> st.SearchStrategy[CycleRule]:
    """Made-up cycle rules."""
    return _cycle_rules()


@st.composite
def _lapse_rules(draw: st.DrawFn) -> LapseRule:
    return LapseRule(
        **draw(_dated()),
        grace_months=draw(st.integers(0, 24)),
        grace_days=draw(st.integers(0, 400)),
        inactive_days=draw(st.integers(0, 800)),
        judged_by=draw(st.sampled_from(JudgedBy)),
    )


def lapse_rules() -> st.SearchStrategy[LapseRule]:
    """Made-up lapse rules."""
    return _lapse_rules()


@st.composite
def _category_minimums(draw: st.DrawFn) -> CategoryMinimum:
    by_units = draw(st.booleans())
    return CategoryMinimum(
        **draw(_dated()),
        category=draw(st.sampled_from(CATEGORIES) | _texts()),
        credential=draw(st.none() | _codes()),
        units=draw(_units(10_000)) if by_units else None,
        share=None if by_units else decimal.Decimal(draw(st.integers(1, 100))) / 100,
        judged_by=draw(st.sampled_from(JudgedBy)),
    )


def category_minimums() -> st.SearchStrategy[CategoryMinimum]:
    """Made-up category minimums, by units or by share."""
    return _category_minimums()


@st.composite
def _requirements(draw: st.DrawFn) -> CeuRequirement:
    held = draw(st.lists(shipped_credentials(), min_size=1, max_size=6))
    found = ceu_requirements(held, on=draw(dates(RULES_FROM)))
    return draw(st.sampled_from(found))


def requirements() -> st.SearchStrategy[CeuRequirement]:
    """What the shipped rules ask of some shipped credentials, on a day from 2019."""
    return _requirements()


@st.composite
def _activities(
    draw: st.DrawFn,
    holder_id: str | None,
    completed_on: st.SearchStrategy[dt.date],
) -> CeuActivity:
    kind = draw(st.sampled_from(ActivityKind))
    return CeuActivity(
        completed_on=draw(completed_on),
        units=draw(_units()),
        kind=kind,
        title=draw(_texts()),
        sponsor=draw(st.none() | _texts()),
        index_number=draw(st.none() | st.from_regex(r"\A[A-Z]{2,4}-[0-9]{1,6}\Z")),
        preapproved=draw(st.booleans()),
        certificate=draw(st.booleans()),
        categories=draw(st.frozensets(st.sampled_from(CATEGORIES))),
        bodies=draw(st.frozensets(st.sampled_from(["AAPC", "AHIMA"]))),
        holder_id=holder_id,
    )


def activities(
    holder_id: str | None = None,
    *,
    completed_on: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[CeuActivity]:
    """CEU activities of every kind, tagged with ``holder_id`` (default: none).

    Args:
        holder_id: the holder the activities belong to; ``None`` for
            activities that count for whoever is assessed.
        completed_on: the days they are completed on (default: :func:`dates`).
    """
    return _activities(holder_id, dates() if completed_on is None else completed_on)


def held_credentials(
    earned_on: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[HeldCredential]:
    """Shipped credentials earned on a day of ``earned_on`` (default: :func:`dates`)."""
    return st.builds(
        HeldCredential,
        credential=shipped_credentials(),
        earned_on=dates() if earned_on is None else earned_on,
    )


@st.composite
def _holders(
    draw: st.DrawFn,
    min_credentials: int,
    max_credentials: int,
    earned_on: st.SearchStrategy[dt.date],
) -> Holder:
    held = draw(
        st.lists(
            held_credentials(earned_on),
            min_size=min_credentials,
            max_size=max_credentials,
            unique_by=lambda h: h.credential.code,
        )
    )
    return Holder(
        id=draw(_texts(12)),
        credentials=held,
        name=draw(st.none() | _texts()),
        aapc_renewal=draw(st.none() | dates()),
    )


def holders(
    *,
    min_credentials: int = 0,
    max_credentials: int = 4,
    earned_on: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[Holder]:
    """Holders of shipped credentials, earned on days of ``earned_on`` (default: :func:`dates`)."""
    return _holders(min_credentials, max_credentials, dates() if earned_on is None else earned_on)


@st.composite
def _compliance_reports(draw: st.DrawFn) -> ComplianceReport:
    as_of = draw(dates(RULES_FROM, dt.date(2035, 12, 31)))
    holder = draw(holders(min_credentials=1, earned_on=dates(RULES_FROM, as_of)))
    log = draw(
        st.lists(
            activities(completed_on=dates(RULES_FROM - dt.timedelta(days=400), as_of)),
            max_size=8,
        )
    )
    return assess(holder, log, as_of=as_of)


def compliance_reports() -> st.SearchStrategy[ComplianceReport]:
    """Reports of :func:`~coding_certs.assess` for generated holders and logs, from 2019 on."""
    return _compliance_reports()
