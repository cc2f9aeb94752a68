"""Cycle plans are shared by every cycle whose numbers depend on the same facts.

A plan (``_plans``) is remembered in the rule book's ``requirement_cache`` by what
its numbers depend on: the body, the credentials held, where the cycle's days fall
among the days the body's rules begin and end, and the months a pro-rated cycle
spans. A report must not depend on which holders were assessed before it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as ccst
from engine_strategies import Scenario, scenarios


def _fresh(book: cc.Rulebook) -> cc.Rulebook:
    book.requirement_cache.clear()
    return book


@given(st.lists(scenarios(), min_size=2, max_size=4))
def test_a_report_does_not_depend_on_the_holders_assessed_before(
    scenario_list: list[Scenario],
) -> None:
    """Each holder's report equals the one made with an empty cache, in the same terms."""
    book = _fresh(cc.default_rulebook())
    warm = [
        cc.assess(s.holder, s.activities, as_of=s.as_of, history=None, rulebook=book)
        for s in scenario_list
    ]
    for scenario, report in zip(scenario_list, warm, strict=True):
        cold = cc.assess(
            scenario.holder,
            scenario.activities,
            as_of=scenario.as_of,
            history=None,
            rulebook=_fresh(book),
        )
        assert report == cold
        assert report.explain() == cold.explain()
        for warm_a, cold_a in zip(report.assessments, cold.assessments, strict=True):
            for warm_c, cold_c in zip(
                (warm_a.current, *warm_a.history), (cold_a.current, *cold_a.history), strict=True
            ):
                assert warm_c.requirement == cold_c.requirement
                assert warm_c.requirement.on == warm_c.cycle.start


@settings(max_examples=25)
@given(st.data())
def test_generated_rule_books_share_plans_with_the_same_answers(data: st.DataObject) -> None:
    """Holders of a made-up body's book, assessed one after another, get their cold reports."""
    book = data.draw(ccst.rulebooks())
    holders = data.draw(
        st.lists(ccst.holders(min_credentials=1, rulebook=book), min_size=2, max_size=3)
    )
    as_of = dt.date(2026, 3, 1)
    warm = [cc.assess(h, as_of=as_of, history=None, rulebook=_fresh(book)) for h in holders[:1]]
    warm += [cc.assess(h, as_of=as_of, history=None, rulebook=book) for h in holders[1:]]
    for holder, report in zip(holders, warm, strict=True):
        cold = cc.assess(holder, as_of=as_of, history=None, rulebook=_fresh(book))
        assert report == cold
        assert report.explain() == cold.explain()


def test_exam_days_between_two_cutovers_share_one_plan() -> None:
    """Two CCS holders whose cycles begin on different days of one rule period share a plan."""
    book = _fresh(cc.default_rulebook())
    holders = [
        cc.Holder("A", [("CCS", "2021-03-10")]),
        cc.Holder("B", [("CCS", "2021-07-22")]),
    ]
    roster = cc.assess_roster(holders, as_of="2022-01-01", rulebook=book)
    shared = [key for key in book.requirement_cache if key[0] == "shared plan"]
    assert len(shared) == 1
    first, second = (report.assessments[0].current for report in roster)
    assert (first.required, first.requirement.units) == (second.required, second.requirement.units)
    assert first.requirement.on == dt.date(2021, 3, 10)
    assert second.requirement.on == dt.date(2021, 7, 22)


def test_a_cutover_between_two_cycles_gives_each_its_own_plan() -> None:
    """AAPC cycles beginning either side of the 2015-08-31 tier table cutover ask differently."""
    book = _fresh(cc.default_rulebook())
    before = cc.assess(
        cc.Holder("A", [("CPC", "2013-01-10"), ("COC", "2013-01-10")], aapc_renewal="2013-06-30"),
        as_of="2014-01-01",
        rulebook=book,
    )
    after = cc.assess(
        cc.Holder("B", [("CPC", "2016-01-10"), ("COC", "2016-01-10")], aapc_renewal="2016-06-30"),
        as_of="2017-01-01",
        rulebook=book,
    )
    assert before.assessments[0].current.requirement.table.edition == "aapc-2012"
    assert after.assessments[0].current.requirement.table.edition == "aapc-2015"
