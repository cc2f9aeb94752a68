"""The public Hypothesis strategies: they build only valid objects, and respect their arguments."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from coding_certs._rules import CycleAnchor, JudgedBy

BOOK = cc.default_rulebook()

# Each public strategy promises some variety in its docstring; these tests draw a
# derandomized run of examples and check that every promised variant turns up, and that
# each example keeps the strategy's invariants. (Derandomized is not quite fixed:
# Hypothesis also draws constants from the loaded modules, so the run depends a little on
# what else was imported; 100 examples leave every variant many chances.) Round trips
# through to_dict/from_dict are tested for every strategy in tests/test_io.py.

EXAMPLES = 100
H = TypeVar("H", bound=Hashable)


def _seen(strategy: st.SearchStrategy[Any], feature: Callable[[Any], H]) -> set[H]:
    """The values of ``feature`` over a fixed run of ``strategy``'s examples."""
    seen: set[H] = set()

    @settings(max_examples=EXAMPLES, derandomize=True, database=None)
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
    "lapse_rules": (lambda rule: rule.judged_by, set(JudgedBy)),
    "category_minimums": (_by_units, {True, False}),
}


@pytest.mark.parametrize("name", sorted(VARIETY))
def test_strategies_give_every_variant_they_promise(name: str) -> None:
    """Each strategy's examples keep its invariants and take every value it promises."""
    feature, expected = VARIETY[name]
    seen = _seen(getattr(cs, name)(), feature)
    assert expected <= seen
    assert len(seen) > 1


def test_compliance_reports_vary_in_standing() -> None:
    """Generated reports reach several standings, not one."""
    seen = _seen(cs.compliance_reports(), _standings)
    assert len(set().union(*seen)) >= 3


def test_generated_dates_spread_over_their_range() -> None:
    """dates() reaches both ends of its default range's decades, not one year."""
    years = _seen(cs.dates(), _year)
    assert min(years) < 2015
    assert max(years) > 2030


def test_every_public_strategy_is_tested() -> None:
    """Every name in coding_certs.strategies.__all__ has its variety checked above."""
    assert set(cs.__all__) == {*VARIETY, "compliance_reports", "dates"}
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


def test_importing_without_hypothesis_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Hypothesis, importing coding_certs.strategies says to install the extra."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "coding_certs.strategies")
    with pytest.raises(ImportError, match=r"pip install 'coding-certs\[strategies\]'"):
        importlib.import_module("coding_certs.strategies")
