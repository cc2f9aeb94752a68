"""Report rows are typed: ``to_record()`` and ``to_records()`` match their TypedDicts.

mypy --strict checks this file too, so the annotations below are part of the test: typed
user code that reads a record's keys checks without casts.
"""

from __future__ import annotations

import datetime as dt
import decimal
import typing

from hypothesis import given

import coding_certs as cc
from engine_strategies import Scenario, scenarios


def _demo_records() -> list[cc.HolderRecord]:
    holders, activities = cc.load_demo()
    return cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF).to_records()


def test_every_row_has_exactly_the_typed_keys_in_order() -> None:
    """Each row carries the HolderRecord keys, holder first, in a stable order."""
    expected = ["holder_id", "name", *typing.get_type_hints(cc.AssessmentRecord)]
    for record in _demo_records():
        assert list(record) == expected


def test_every_value_has_its_declared_type() -> None:
    """Every value of every demo row is an instance of the type its key declares."""
    hints = typing.get_type_hints(cc.HolderRecord)
    for record in _demo_records():
        for key, value in record.items():
            allowed = typing.get_args(hints[key]) or (hints[key],)
            allowed = tuple(type(None) if a is None else a for a in allowed)
            if typing.get_origin(hints[key]) is typing.Literal:
                assert value in allowed, (key, value)
            else:
                assert isinstance(value, allowed), (key, value, allowed)


def test_typed_code_reads_records_without_casts() -> None:
    """A unit is a Decimal and a due date a date to the type checker and at run time."""
    record: cc.HolderRecord = _demo_records()[0]
    earned: decimal.Decimal = record["earned"]
    due: dt.date = record["due"]
    assessment: cc.AssessmentRecord = record
    assert earned >= 0
    assert due >= assessment["cycle_start"]


def test_one_assessment_record_is_the_same_row_without_the_holder() -> None:
    """``BodyAssessment.to_record()`` is the roster row minus ``holder_id`` and ``name``."""
    holders, activities = cc.load_demo()
    roster = cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF)
    report = roster.reports[0]
    row = dict(report.to_records()[0])
    del row["holder_id"], row["name"]
    assert row == dict(report.assessments[0].to_record())


@given(scenarios())
def test_a_record_gives_the_numbers_of_the_obligation_or_the_current_cycle(
    scenario: Scenario,
) -> None:
    """Each record's numbers are those its assessment's attributes give, every standing."""
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of)
    for assessment in report.assessments:
        record = assessment.to_record()
        owed, current = assessment.obligation, assessment.current
        shown = (owed.required, owed.earned, owed.remaining) if owed else None
        assert (record["required"], record["earned"], record["remaining"]) == (
            shown or (current.required, current.earned, current.remaining)
        )
        assert record["cycle"] == ("unmet" if owed else "current")
        assert record["pace"] == (None if owed else assessment.pace)
        assert record["cycle_start"] == (owed.cycle.start if owed else current.cycle.start)
        assert record["due"] == (owed.due if owed else current.cycle.end)
        assert record["in_good_standing"] == assessment.in_good_standing
        assert (record["current_earned"], record["current_remaining"]) == (
            current.earned,
            current.remaining,
        )


def test_severity_is_each_standings_place_best_first() -> None:
    """MET is 0 and LAPSED 5, in the enum's order; good standing ends at GRACE."""
    assert [s.severity for s in cc.Standing] == list(range(6))
    assert [s.in_good_standing for s in cc.Standing] == [True] * 4 + [False] * 2
