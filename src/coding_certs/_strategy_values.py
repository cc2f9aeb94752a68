"""The value objects' strategies of :mod:`coding_certs.strategies` (a private module).

Dates, sources, bodies, credentials, cycles, activities, held credentials and
holders, with the text, code and unit building blocks the rule strategies
(``_strategy_rules``) share. Import them from :mod:`coding_certs.strategies`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools

from hypothesis import strategies as st

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._rulebook import Rulebook, default_rulebook

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
