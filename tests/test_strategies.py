"""The public Hypothesis strategies: they build only valid objects, and respect their arguments."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs

BOOK = cc.default_rulebook()

KINDS: list[tuple[Any, type]] = [
    (cs.sources(), cc.Source),
    (cs.issuing_bodies(), cc.IssuingBody),
    (cs.credentials(), cc.Credential),
    (cs.shipped_credentials(), cc.Credential),
    (cs.tier_tables(), cc.CeuTierTable),
    (cs.requirements(), cc.CeuRequirement),
    (cs.activities(), cc.CeuActivity),
    (cs.held_credentials(), cc.HeldCredential),
    (cs.holders(), cc.Holder),
    (cs.cycle_schedules(), cc.CycleSchedule),
    (cs.ceu_cycles(), cc.CeuCycle),
    (cs.cycle_rules(), cc.CycleRule),
    (cs.lapse_rules(), cc.LapseRule),
    (cs.category_minimums(), cc.CategoryMinimum),
    (cs.compliance_reports(), cc.ComplianceReport),
    (cs.dates(), dt.date),
]


@pytest.mark.parametrize(("strategy", "cls"), KINDS, ids=lambda x: getattr(x, "__name__", ""))
@given(data=st.data())
def test_strategies_build_their_class(strategy: Any, cls: type, data: st.DataObject) -> None:
    """Each strategy builds instances of its class (through the validating constructors)."""
    assert isinstance(data.draw(strategy), cls)


def test_every_public_strategy_is_tested() -> None:
    """Every name in coding_certs.strategies.__all__ is covered above."""
    assert len(cs.__all__) == len(KINDS)
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
