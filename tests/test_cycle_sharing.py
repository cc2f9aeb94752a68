"""What the engine shares between cycles and holders answers as each cycle's own question.

Issue 11 keys a cycle's plan, its lapse rule and its pace by what they depend on (the
rule periods its days fall in, the credentials held, a pro-rated share; the days of a
cycle before the assessment and its length), not by the cycle's own days, so that
holders whose cycles start on their own dates share them. These properties compare
each shared answer with the one worked out for the cycle alone, cold.
"""

from __future__ import annotations

import datetime as dt
import decimal

from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import _decimals, _engine, _plans, _pools
from coding_certs import strategies as ccst
from engine_strategies import Scenario, categories, scenarios


def _cycles_of(report: cc.ComplianceReport) -> list[tuple[cc.BodyAssessment, cc.CycleAssessment]]:
    return [(a, c) for a in report.assessments for c in (a.current, *a.history)]


@given(st.lists(scenarios(), min_size=1, max_size=3))
def test_a_shared_plan_is_the_one_compiled_for_the_cycle(scenario_list: list[Scenario]) -> None:
    """Each assessed cycle's plan equals the plan compiled for its own days in an empty cache."""
    book = cc.default_rulebook()
    book.requirement_cache.clear()
    reports = [
        cc.assess(s.holder, s.activities, as_of=s.as_of, history=None, rulebook=book)
        for s in scenario_list
    ]
    checked = 0
    for report in reports:
        for assessment, cycle in _cycles_of(report):
            rule = assessment.cycle_rule
            start = cycle.cycle.start
            at_start = [h.credential for h in assessment.credentials if h.earned_on <= start]
            shared = _plans.plan_for(book, rule, assessment.body, at_start, cycle.cycle)
            fresh = book.requirement_cache.copy()
            book.requirement_cache.clear()
            try:
                own = _plans.plan_for(book, rule, assessment.body, at_start, cycle.cycle)
            finally:
                book.requirement_cache.clear()
                book.requirement_cache.update(fresh)
            assert shared.requirement == own.requirement == cycle.requirement
            assert shared.requirement.on == start
            assert (shared.required, shared.minimums, shared.notes) == (
                own.required,
                own.minimums,
                own.notes,
            )
            assert shared.required == cycle.required
            assert [m for m, _ in shared.minimums] == [s.rule for s in cycle.minimums]
            checked += 1
    assert checked >= len(scenario_list)


@given(st.lists(scenarios(), min_size=1, max_size=3))
def test_a_shared_lapse_rule_and_pace_are_the_cycles_own(scenario_list: list[Scenario]) -> None:
    """The lapse rule and the pace, remembered by what they depend on, are the cycle's own."""
    book = cc.default_rulebook()
    book.requirement_cache.clear()
    for scenario in scenario_list:
        report = cc.assess(
            scenario.holder, scenario.activities, as_of=scenario.as_of, history=None, rulebook=book
        )
        for assessment, cycle in _cycles_of(report):
            days = cycle.cycle
            try:
                expected = book.rule_for_cycle(
                    book.lapse_rules, assessment.body, days.start, days.end
                )
            except cc.NoRuleInForceError:
                continue
            assert _engine._lapse_rule(book, assessment.body, days) is expected
            with decimal.localcontext(_decimals.CONTEXT):
                assert _engine._pace_of(book, cycle, scenario.as_of) == days.pace(
                    cycle.required, scenario.as_of
                )
        for assessment in report.assessments:
            assert assessment.pace == assessment.cycle.pace(assessment.required, scenario.as_of)


@given(
    minimums=st.lists(ccst.category_minimums(), min_size=1, max_size=3),
    tags=st.lists(categories, max_size=8),
)
def test_counting_is_counts(minimums: list[cc.CategoryMinimum], tags: list[frozenset[str]]) -> None:
    """``_pools.counting`` picks the activities ``CategoryMinimum.counts`` accepts, in order."""
    activities = [
        cc.CeuActivity(dt.date(2024, 1, 1), 1, "other", f"A{i}", categories=t)
        for i, t in enumerate(tags)
    ]
    for minimum in minimums:
        assert _pools.counting(minimum, activities) == [
            a for a in activities if minimum.counts(a.categories)
        ]


def test_exact_inside_exact_still_refuses_a_changed_context() -> None:
    """A nested exact function runs in the library's context, even if it was changed meanwhile."""

    @_decimals.exact
    def third() -> decimal.Decimal:
        return decimal.Decimal(1) / decimal.Decimal(3)

    @_decimals.exact
    def changed_then_third() -> tuple[decimal.Decimal, decimal.Decimal, decimal.Decimal]:
        same = third()
        decimal.getcontext().prec = 4  # a callback's doing, in place
        in_place = third()
        decimal.setcontext(decimal.Context(prec=3))  # or replaced
        replaced = third()
        return same, in_place, replaced

    expected = decimal.Decimal(1) / decimal.Decimal(3)  # the default context: 28 digits
    assert changed_then_third() == (expected, expected, expected)
    with _decimals.exact_context():
        assert third() == expected
        assert decimal.getcontext().prec == _decimals.CONTEXT.prec
