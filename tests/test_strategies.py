"""The public Hypothesis strategies: they build only valid objects, and respect their arguments."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import sys
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from coding_certs._requirement_kinds import KINDS
from coding_certs._rules import CycleAnchor, JudgedBy

BOOK = cc.default_rulebook()

# Each public strategy promises some variety in its docstring; these tests draw a
# derandomized run of examples and check that every promised variant turns up, and that
# each example keeps the strategy's invariants. (Derandomized is not quite fixed:
# Hypothesis also draws constants from the loaded modules, so the run depends a little on
# what else was imported, so a variant the run misses is then searched for with
# ``hypothesis.find``.) Round trips
# through to_dict/from_dict are tested for every strategy in tests/test_io.py.

EXAMPLES = 100
H = TypeVar("H", bound=Hashable)


def _seen(
    strategy: st.SearchStrategy[Any], feature: Callable[[Any], H], examples: int = EXAMPLES
) -> set[H]:
    """The values of ``feature`` over a fixed run of ``strategy``'s examples."""
    seen: set[H] = set()

    @settings(max_examples=examples, derandomize=True, database=None)
    @given(strategy)
    def collect(value: Any) -> None:
        seen.add(feature(value))

    collect()
    return seen


def _is_partial(cycle: cc.CeuCycle) -> bool:
    assert cycle.end == cycle.schedule.end_of(cycle.index)
    assert cycle.schedule.start_of(cycle.index) <= cycle.start <= cycle.end
    return cycle.is_partial


def _tier_shape(table: cc.CeuTierTable) -> tuple[bool, bool]:
    units = [table.units_for(count) for count in range(1, 12)]
    assert units == sorted(units)
    return len(table.tiers) > 1, table.superseded_on is None


def _by_units(minimum: cc.CategoryMinimum) -> bool:
    assert (minimum.units is None) != (minimum.share is None)
    return minimum.units is not None


def _requirement_body(requirement: cc.CeuRequirement) -> str:
    assert requirement.units > 0
    return requirement.body.code


def _standings(report: cc.ComplianceReport) -> frozenset[cc.Standing]:
    assert report.assessments
    return frozenset(a.standing for a in report.assessments)


def _lapse_shape(rule: cc.LapseRule) -> tuple[JudgedBy, bool]:
    periods = rule.periods()
    assert not rule.phases or (rule.grace_months, rule.grace_days, rule.inactive_days) == (0, 0, 0)
    assert all(phase.days >= 0 and phase.months >= 0 for phase in periods)
    return rule.judged_by, bool(rule.phases)


def _phase_shape(phase: cc.LapsePhase) -> tuple[bool, bool]:
    start = dt.date(2024, 1, 31)
    assert phase.end_after(start) >= start
    return phase.active, phase.months > 0


def _notice_side(notice: cc.NoticeRule) -> bool:
    assert notice.title.strip() == notice.title
    assert notice.superseded_on is None or notice.superseded_on > notice.effective_from
    return notice.days < 0


def _edition_kind(edition: cc.CeuTierTable | cc.RequirementEdition) -> str:
    """The kind, after checking that more credentials never owe less and the cap holds."""
    held = [
        cc.Credential(f"Q{i}", f"Q {i}", edition.body, None, None, ceus=str(5 + 7 * i))
        for i in range(5)
    ]
    if isinstance(edition, cc.CeuTierTable):
        owed = [edition.units_for(n) for n in range(1, 6)]
    else:
        owed = [edition.units_for_credentials(held[:n]) for n in range(1, 6)]
        assert edition.units_for_credentials([]) == 0
    assert owed == sorted(owed)
    assert all(units > 0 for units in owed)
    if isinstance(edition, cc.HighestPlusIncrement):
        assert max(owed) <= edition.cap
    return edition.kind


def _book_shape(book: cc.Rulebook) -> tuple[str, int, str]:
    """Kind, editions and anchor, after checking the book is one complete made-up body."""
    (body,) = book.bodies
    assert all(c.body == body and c.ceus is not None for c in book.credentials)
    assert len({c.code for c in book.credentials}) == len(book.credentials)
    (cycle,) = book.cycle_rules
    (lapse,) = book.lapse_rules
    first = book.requirements[0]
    assert cycle.effective_from == lapse.effective_from == first.effective_from <= cs.RULES_FROM
    # The editions follow each other with no gap, the last one current.
    assert all(
        a.superseded_on == b.effective_from for a, b in itertools.pairwise(book.requirements)
    )
    assert book.requirements[-1].superseded_on is None
    return first.kind, len(book.requirements), cycle.anchor


def _year(day: dt.date) -> int:
    assert dt.date(2008, 1, 1) <= day <= dt.date(2040, 12, 31)
    return day.year


SHIPPED_CODES: set[Hashable] = {credential.code for credential in BOOK.credentials}

#: name in coding_certs.strategies -> (what to look at in an example, every value it must take)
VARIETY: dict[str, tuple[Callable[[Any], Hashable], set[Hashable]]] = {
    "sources": (lambda source: source.url is None, {True, False}),
    "issuing_bodies": (lambda body: len(body.sources), {0, 1, 2}),
    "credentials": (lambda credential: credential.setting, {None, *cc.Setting}),
    "shipped_credentials": (lambda credential: credential.code, SHIPPED_CODES),
    "tier_tables": (_tier_shape, {(True, True), (True, False), (False, True), (False, False)}),
    "requirements": (_requirement_body, {"AAPC", "AHIMA"}),
    "activities": (lambda activity: activity.kind, set(cc.ActivityKind)),
    "held_credentials": (lambda held: held.credential.body.code, {"AAPC", "AHIMA"}),
    "holders": (lambda holder: len(holder.credentials), {0, 1, 2, 3, 4}),
    "cycle_schedules": (lambda schedule: schedule.anchored, set(cc.Anchor)),
    "ceu_cycles": (_is_partial, {True, False}),
    "cycle_rules": (lambda rule: rule.anchor, set(CycleAnchor)),
    "lapse_rules": (_lapse_shape, set(itertools.product(JudgedBy, (True, False)))),
    "lapse_phases": (_phase_shape, set(itertools.product((True, False), (True, False)))),
    "notice_rules": (_notice_side, {True, False}),
    "requirement_editions": (_edition_kind, set(cs.REQUIREMENT_KINDS)),
    "rulebooks": (lambda book: _book_shape(book)[0], set(cs.REQUIREMENT_KINDS)),
    "category_minimums": (_by_units, {True, False}),
}


@pytest.mark.parametrize("name", sorted(VARIETY))
def test_strategies_give_every_variant_they_promise(name: str) -> None:
    """Each strategy's examples keep its invariants and take every value it promises."""
    feature, expected = VARIETY[name]
    strategy = getattr(cs, name)()
    seen = _seen(strategy, feature)
    # A variant the fixed run happened to miss is searched for on purpose: it must exist.
    seen |= {_find(strategy, feature, value) for value in expected - seen}
    assert expected <= seen
    assert len(seen) > 1


def _find(strategy: st.SearchStrategy[Any], feature: Callable[[Any], H], value: H) -> H:
    """``value`` if some example of ``strategy`` has it as its ``feature`` (else an error)."""
    found = find(
        strategy,
        lambda example: feature(example) == value,
        settings=settings(max_examples=5_000, derandomize=True, database=None),
    )
    return feature(found)


def test_compliance_reports_vary_in_standing() -> None:
    """Generated reports reach several standings, not one."""
    seen = _seen(cs.compliance_reports(), _standings)
    assert len(set().union(*seen)) >= 3


def test_rulebooks_vary_in_editions_and_anchor() -> None:
    """Generated rule books have one or two editions, on either anchor, of one or two years."""
    seen = _seen(cs.rulebooks(), lambda book: (*_book_shape(book)[1:], book.cycle_rules[0].years))
    assert {count for count, _, _ in seen} == {1, 2}
    assert {anchor for _, anchor, _ in seen} == set(CycleAnchor)
    assert {years for _, _, years in seen} == {1, 2}


@pytest.mark.parametrize("kind", cs.REQUIREMENT_KINDS)
def test_rulebooks_of_one_kind(kind: str) -> None:
    """rulebooks(kind=...) and requirement_editions(kind=...) give only that kind."""
    assert _seen(cs.rulebooks(kind=kind), lambda book: _book_shape(book)[0], 15) == {kind}
    assert _seen(cs.requirement_editions(kind=kind), _edition_kind, 15) == {kind}


@pytest.mark.parametrize("strategy", [cs.rulebooks, cs.requirement_editions])
def test_an_unknown_kind_is_refused(strategy: Callable[..., object]) -> None:
    """A kind that is not one of the format's is refused, naming the ones there are."""
    with pytest.raises(ValueError, match="tiered, highest-plus, per-credential, flat"):
        strategy(kind="tier")


def test_generated_dates_spread_over_their_range() -> None:
    """dates() reaches both ends of its default range's decades, not one year."""
    years = _seen(cs.dates(), _year)
    assert min(years) < 2015
    assert max(years) > 2030


def test_every_public_strategy_is_tested() -> None:
    """Every name in coding_certs.strategies.__all__ has its variety checked above."""
    assert set(cs.__all__) == {*VARIETY, "compliance_reports", "dates"}
    assert set(cs.REQUIREMENT_KINDS) == {"tiered", *KINDS}
    assert all(callable(getattr(cs, name)) for name in cs.__all__)


@given(
    cs.activities(holder_id="E7", completed_on=cs.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
)
def test_activities_respect_their_arguments(activity: cc.CeuActivity) -> None:
    """activities() tags every activity with holder_id and completes it on a given day."""
    assert activity.holder_id == "E7"
    assert activity.completed_on.year == 2024
    assert 0 < activity.units <= 1000


@given(cs.activities())
def test_activities_have_no_holder_by_default(activity: cc.CeuActivity) -> None:
    """Without holder_id, activities belong to whoever is assessed."""
    assert activity.holder_id is None


@given(
    cs.holders(
        min_credentials=1,
        max_credentials=2,
        earned_on=cs.dates(dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
    )
)
def test_holders_respect_their_arguments(holder: cc.Holder) -> None:
    """holders() holds 1 to 2 shipped credentials, earned on the given days."""
    assert 1 <= len(holder.credentials) <= 2
    for held in holder.credentials:
        assert BOOK.credential(held.credential.code) is held.credential
        assert held.earned_on.year == 2020


@given(cs.dates(dt.date(2001, 2, 3), dt.date(2001, 2, 5)))
def test_dates_respect_their_bounds(day: dt.date) -> None:
    """dates() stays within its bounds."""
    assert dt.date(2001, 2, 3) <= day <= dt.date(2001, 2, 5)


@given(cs.tier_tables(body=cc.AAPC))
def test_tier_tables_of_a_body(table: cc.CeuTierTable) -> None:
    """tier_tables(body) builds tables of that body, usable for any count."""
    assert table.body is cc.AAPC
    assert table.units_for(1) <= table.units_for(100)


@given(cs.credentials(body=cc.AHIMA))
def test_credentials_of_a_body(credential: cc.Credential) -> None:
    """credentials(body) builds credentials of that body, never renamed."""
    assert credential.body is cc.AHIMA
    assert not credential.is_renamed


@given(cs.ceu_cycles())
def test_cycles_belong_to_their_schedule(cycle: cc.CeuCycle) -> None:
    """A generated cycle ends where its schedule says, and may start late (partial)."""
    assert cycle.end == cycle.schedule.end_of(cycle.index)
    assert cycle.schedule.start_of(cycle.index) <= cycle.start <= cycle.end


# --- The rule kinds: round trips, and a made-up body assessed end to end ------------------------

ASSESSED_ON = dt.date(2026, 6, 30)


@settings(max_examples=40)
@given(
    st.sampled_from(cs.REQUIREMENT_KINDS).flatmap(lambda kind: cs.rulebooks(kind=kind)), st.data()
)
def test_generated_rulebooks_assess_end_to_end(book: cc.Rulebook, data: st.DataObject) -> None:
    """A holder of a made-up body's credentials gets a standing, its requirement the edition's."""
    holder = data.draw(
        cs.holders(min_credentials=1, rulebook=book, earned_on=cs.dates(cs.RULES_FROM, ASSESSED_ON))
    )
    log = data.draw(
        st.lists(cs.activities(completed_on=cs.dates(cs.RULES_FROM, ASSESSED_ON)), max_size=6)
    )
    report = cc.assess(holder, log, as_of=ASSESSED_ON, rulebook=book)
    (assessment,) = report.assessments
    assert assessment.body == book.bodies[0]
    assert assessment.standing in cc.Standing
    held = [h.credential for h in holder.credentials]
    (requirement,) = cc.ceu_requirements(held, on=ASSESSED_ON, rulebook=book)
    (edition,) = [e for e in book.requirements if e.in_force_on(ASSESSED_ON)]
    assert requirement.table == edition
    if isinstance(edition, cc.CeuTierTable):
        assert requirement.units == edition.units_for(len(held))
    else:
        assert requirement.units == edition.units_for_credentials(held)
    # A requirement of every kind round-trips, its edition inside it.
    back = cc.from_dict(cc.CeuRequirement, cc.to_dict(requirement), rulebook=book)
    assert back == requirement
    assert back.table == edition


@given(cs.lapse_rules())
def test_lapse_rules_with_phases_round_trip(rule: cc.LapseRule) -> None:
    """A lapse rule, named phases and all, comes back from to_dict/from_dict unchanged."""
    back = cc.from_dict(cc.LapseRule, cc.to_dict(rule))
    assert back == rule
    assert back.periods() == rule.periods()


@given(cs.notice_rules(body=cc.AAPC))
def test_notice_rules_of_a_body(notice: cc.NoticeRule) -> None:
    """notice_rules(body) gives notices of that body, within ten years of the due date."""
    assert notice.body is cc.AAPC
    assert abs(notice.days) <= 400


def test_importing_without_hypothesis_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Hypothesis, importing coding_certs.strategies says to install the extra."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "coding_certs.strategies")
    with pytest.raises(ImportError, match=r"pip install 'coding-certs\[strategies\]'"):
        importlib.import_module("coding_certs.strategies")


@pytest.mark.parametrize("name", cs.__all__)
def test_every_strategy_belongs_to_the_public_module(name: str) -> None:
    """Each strategy, wherever it is defined, is documented as coding_certs.strategies'."""
    assert getattr(cs, name).__module__ == "coding_certs.strategies"
