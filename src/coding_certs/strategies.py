"""Hypothesis strategies for ``coding_certs`` objects, for projects that embed the library.

Property-test your own code with holders, CEU logs, tier tables and compliance
reports: every strategy builds its objects through the public constructors, so
it only ever produces objects the library accepts. Credentials held by a
:class:`~coding_certs.Holder` come from the shipped rule book unless you pass
one of your own; the rules, tables, bodies and credentials of the other
strategies are made up.

This module needs Hypothesis, installed by the ``strategies`` extra::

    pip install "coding-certs[strategies]"

>>> from hypothesis import given, settings, strategies as st
>>> import coding_certs as cc
>>> from coding_certs import strategies
>>> @settings(max_examples=20)
... @given(strategies.holders(), strategies.activities(), strategies.dates())
... def test_every_report_has_a_standing(holder, activity, day):
...     report = cc.assess(holder, [activity], as_of=day)
...     assert all(a.standing in cc.Standing for a in report.assessments)
>>> test_every_report_has_a_standing()

The rule kinds of the rule book's format each have a strategy:
:func:`requirement_editions` gives requirement editions of every kind
(``tiered``, ``highest-plus``, ``per-credential``, ``flat``; one kind with
``kind=``), :func:`lapse_rules` unmet-cycle rules with or without named
:func:`lapse_phases`, :func:`notice_rules` notices before or after the due
date, and :func:`rulebooks` whole rule books of a made-up body, complete and
valid, whose holders :func:`holders` builds with ``rulebook=``:

>>> @settings(max_examples=10)
... @given(strategies.rulebooks(), st.data())
... def test_a_new_body_gives_a_standing(book, data):
...     holder = data.draw(strategies.holders(min_credentials=1, rulebook=book))
...     report = cc.assess(holder, as_of="2041-01-01", rulebook=book)
...     (assessment,) = report.assessments
...     assert assessment.body == book.bodies[0]
...     assert assessment.standing in cc.Standing
>>> test_a_new_body_gives_a_standing()
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from typing import NamedTuple, TypedDict

try:
    from hypothesis import strategies as st
except ImportError as error:
    raise ImportError(
        "coding_certs.strategies needs Hypothesis; install it with "
        "pip install 'coding-certs[strategies]'"
    ) from error

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._assess import ComplianceReport, assess
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._requirement_kinds import (
    FlatRequirement,
    HighestPlusIncrement,
    PerCredentialSum,
    RequirementRule,
)
from coding_certs._requirements import CeuRequirement, ceu_requirements
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    JudgedBy,
    LapsePhase,
    LapseRule,
    NoticeRule,
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
    "lapse_phases",
    "lapse_rules",
    "notice_rules",
    "requirement_editions",
    "requirements",
    "rulebooks",
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


#: The requirement kinds :func:`requirement_editions` builds, as the rule book names them.
REQUIREMENT_KINDS = ("tiered", "highest-plus", "per-credential", "flat")


def _edition_fields(draw: st.DrawFn, body: IssuingBody, start: dt.date) -> _Dated:
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
        first_cycle=draw(st.sampled_from(FirstCycle)),
        renewal_month_either=draw(st.booleans()),
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
    *,
    rulebook: Rulebook | None = None,
) -> st.SearchStrategy[HeldCredential]:
    """Credentials of ``rulebook`` (default: the shipped one) earned on a day of ``earned_on``."""
    return st.builds(
        HeldCredential,
        credential=shipped_credentials()
        if rulebook is None
        else st.sampled_from(rulebook.credentials),
        earned_on=dates() if earned_on is None else earned_on,
    )


@st.composite
def _holders(
    draw: st.DrawFn,
    min_credentials: int,
    max_credentials: int,
    earned_on: st.SearchStrategy[dt.date],
    rulebook: Rulebook | None,
) -> Holder:
    held = draw(
        st.lists(
            held_credentials(earned_on, rulebook=rulebook),
            min_size=min_credentials,
            max_size=max_credentials,
            unique_by=lambda h: h.credential.code,
        )
    )
    if rulebook is None:
        return Holder(
            id=draw(_texts(12)),
            credentials=held,
            name=draw(st.none() | _texts()),
            aapc_renewal=draw(st.none() | dates()),
        )
    # A renewal date for some of the bodies held (the others take an anniversary).
    bodies = sorted({h.credential.body.code for h in held})
    renewals = draw(st.dictionaries(st.sampled_from(bodies), dates()) if bodies else st.just({}))
    return Holder(
        id=draw(_texts(12)),
        credentials=held,
        name=draw(st.none() | _texts()),
        renewals=renewals,
    )


def holders(
    *,
    min_credentials: int = 0,
    max_credentials: int = 4,
    earned_on: st.SearchStrategy[dt.date] | None = None,
    rulebook: Rulebook | None = None,
) -> st.SearchStrategy[Holder]:
    """Holders of credentials of ``rulebook`` (default: the shipped one), earned on ``earned_on``.

    Args:
        min_credentials: the fewest credentials held.
        max_credentials: the most (fewer when the rule book has fewer).
        earned_on: the days they are earned on (default: :func:`dates`).
        rulebook: the rule book whose credentials they hold, such as one of
            :func:`rulebooks`; a holder of such a book has renewal dates
            (``renewals``) for some of its bodies.
    """
    if rulebook is not None:
        max_credentials = min(max_credentials, len(rulebook.credentials))
    return _holders(
        min_credentials,
        max_credentials,
        dates() if earned_on is None else earned_on,
        rulebook,
    )


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
