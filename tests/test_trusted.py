"""The engine's private constructors give the values the validated constructors give.

The engine builds cycles, rejections, statuses and reports from parts it has already
validated, without running the converters and validators again (``_trusted``). Each
such value, rebuilt through its public constructor from its own fields, must equal
it field for field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

import coding_certs as cc
from coding_certs._engine import _resolved
from coding_certs._trusted import trusted
from engine_strategies import Scenario, scenarios


def _rebuilt(value: Any) -> Any:
    """``value`` made again by its class's validated constructor, from its own fields."""
    cls = type(value)
    kwargs = {field.alias: getattr(value, field.name) for field in attrs.fields(cls) if field.init}
    return cls(**kwargs)


def _same(value: Any) -> None:
    again = _rebuilt(value)
    assert again == value
    for field in attrs.fields(type(value)):
        assert getattr(again, field.name) == getattr(value, field.name), field.name
    assert repr(again) == repr(value)


def _engine_values(report: cc.ComplianceReport) -> list[Any]:
    values: list[Any] = [report, report.holder, *report.holder.credentials]
    for assessment in report.assessments:
        values.append(assessment)
        values.extend(assessment.rejected)
        for cycle in (assessment.current, *assessment.history):
            values.extend((cycle, cycle.cycle, *cycle.minimums))
    return values


@given(scenarios())
def test_every_value_the_engine_builds_equals_the_validated_one(scenario: Scenario) -> None:
    """Reports, holders, cycles, statuses and rejections equal their validated rebuilds."""
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of, history=None)
    for value in _engine_values(report):
        _same(value)


def test_a_demo_roster_rebuilds_the_same() -> None:
    """Every value of the demo roster's reports, every standing among them, rebuilds the same."""
    roster = cc.assess_roster(*cc.load_demo(), as_of=cc.DEMO_AS_OF, history=None)
    values = [value for report in roster for value in _engine_values(report)]
    assert {type(value).__name__ for value in values} >= {
        "ComplianceReport",
        "BodyAssessment",
        "CycleAssessment",
        "CeuCycle",
        "Rejection",
        "MinimumStatus",
        "Holder",
        "HeldCredential",
    }
    for value in values:
        _same(value)


def test_trusted_needs_slots() -> None:
    """A class without slots is refused: its fields could not be set as slots."""

    @attrs.define(slots=False)
    class Loose:
        x: int

    with pytest.raises(TypeError, match="not a slot"):
        trusted(Loose)


def test_trusted_sets_the_fields_in_order() -> None:
    """The constructor takes every field positionally and sets each one."""
    activity = cc.CeuActivity(completed_on="2025-03-01", units="1", kind="other", title="T")
    made = trusted(cc.Rejection)(activity, cc.Reason.DUPLICATE, "why")
    assert (made.activity, made.reason, made.detail) == (activity, cc.Reason.DUPLICATE, "why")


_DAY = dt.date(2020, 1, 15)


@pytest.mark.parametrize(
    "credentials",
    [
        [("CPC", _DAY)],
        [("cpc h", _DAY), ("CCS", _DAY)],
        [("CPC-A", _DAY)],
        [cc.HeldCredential("COC", _DAY, apprentice=True)],
        [(cc.default_rulebook().credential("CPC"), _DAY)],
    ],
)
def test_resolving_a_holder_fast_is_resolving_it(credentials: list[Any]) -> None:
    """The engine's resolution gives the holder that Holder.resolve gives."""
    holder = cc.Holder("E1", credentials, name="Ann", aapc_renewal="2021-03-15")
    book = cc.default_rulebook()
    fast = _resolved(holder, book)
    assert fast == holder.resolve(book)
    assert [h.credential for h in fast.credentials] == [
        h.credential for h in holder.resolve(book).credentials
    ]
    assert [h.apprentice for h in fast.credentials] == [
        h.apprentice for h in holder.resolve(book).credentials
    ]
    _same(fast)


@pytest.mark.parametrize(
    "credentials",
    [
        [("CPC", _DAY), ("CPC-A", _DAY)],  # two codes of one credential
        [cc.HeldCredential("CCS", _DAY, apprentice=True)],  # no apprentice designation
        [("NOPE", _DAY)],  # unknown to the book
    ],
)
def test_resolving_fast_refuses_what_resolve_refuses(credentials: list[Any]) -> None:
    """Where resolving fails, the engine's resolution fails with the same error."""
    holder = cc.Holder("E1", credentials)
    book = cc.default_rulebook()
    with pytest.raises(cc.CodingCertsError) as expected:
        holder.resolve(book)
    with pytest.raises(type(expected.value)) as got:
        _resolved(holder, book)
    assert str(got.value) == str(expected.value)
