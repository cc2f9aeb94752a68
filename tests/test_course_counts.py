"""How often a course counts: once per cycle, or once (``course_counts``, a cycle-rule key).

AAPC: "CEUs may only be earned once per course, class, workshop, or other learning
experience, regardless of how many times each one is completed" (source
``aapc-ceu-policies``): its cycle rule says ``course_counts = "once"``. A course counts in
the first cycle, by completion date, where a record of it is accepted, even one before the
cycles assessed; within that cycle the record worth most counts (the earliest on a tie).
The other bodies count a course once per cycle (the default, an assumption of each).
Records are one course when they share ``CeuActivity.course_key``.
"""

# Numbers are compared as published (36, not Decimal('36')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from engine_strategies import Scenario, scenarios
from shipped_book import shipped_with

if TYPE_CHECKING:
    from pathlib import Path

SHIPPED = cc.default_rulebook()
# Due every two years on 15 June of even years: 2022-06-15, 2024-06-15, 2026-06-15.
CPC_HOLDER = cc.Holder("E1", [("CPC", "2020-06-15")], aapc_renewal="2020-06-15")
CCS_HOLDER = cc.Holder("E2", [("CCS", "2020-03-15")])  # AHIMA: due 2022-03-14, 2024-03-14
RULE = "AAPC counts a course once, however many times it is completed"


def _with_course_counts(book: cc.Rulebook, code: str, value: str) -> cc.Rulebook:
    rules = tuple(
        attrs.evolve(r, course_counts=value) if r.body.code == code else r for r in book.cycle_rules
    )
    return attrs.evolve(book, cycle_rules=rules)


PER_CYCLE = _with_course_counts(SHIPPED, "AAPC", "once-per-cycle")  # the library before


def _boot_camp(day: str, units: str = "36", **extra: Any) -> cc.CeuActivity:
    fields = {"index_number": "AAPC-BC-1", **extra}
    return cc.CeuActivity(day, units, "approved-event", "Boot camp", **fields)


def _aapc(
    log: list[cc.CeuActivity],
    *,
    as_of: str = "2025-06-01",
    history: int | None = 1,
    book: cc.Rulebook = SHIPPED,
) -> cc.BodyAssessment:
    return cc.assess(CPC_HOLDER, log, as_of=as_of, history=history, rulebook=book).for_body("AAPC")


def _reasons(assessment: cc.BodyAssessment) -> list[tuple[cc.Reason, dt.date]]:
    return [(r.reason, r.activity.completed_on) for r in assessment.rejected]


# --- The shipped rule book ----------------------------------------------------------------


def test_aapc_counts_a_course_once_and_the_others_once_per_cycle() -> None:
    """AAPC's cycle rule says "once", citing its CEU policies; every other body once per cycle."""
    found = {r.body.code: r.course_counts for r in SHIPPED.cycle_rules}
    assert found.pop("AAPC") is cc.CourseCounts.ONCE
    assert found
    assert set(found.values()) == {cc.CourseCounts.ONCE_PER_CYCLE}
    (aapc,) = [r for r in SHIPPED.cycle_rules if r.body == cc.AAPC]
    (policies,) = [s for s in aapc.sources if s.url == "https://www.aapc.com/about-us/ceu-policies"]
    assert "regardless of how many times each one is completed" in (policies.supports or "")
    assert not any("counts once per cycle" in text for text in aapc.assumptions)
    for rule in SHIPPED.cycle_rules:
        if rule.body != cc.AAPC:
            assert any("once per cycle" in text for text in rule.assumptions), rule.body


# --- The reviewer's case, both sides ------------------------------------------------------


def test_a_course_repeated_in_the_next_cycle_counts_once() -> None:
    """Completed 2023-05-01 and again 2025-03-01: the second is a duplicate naming the first."""
    assessment = _aapc([_boot_camp("2023-05-01"), _boot_camp("2025-03-01")])
    assert (assessment.history[0].earned, assessment.earned) == (36, 0)
    (rejection,) = assessment.rejected
    assert (rejection.reason, rejection.activity.completed_on) == (
        cc.Reason.DUPLICATE,
        dt.date(2025, 3, 1),
    )
    assert "'Boot camp' of 2023-05-01" in rejection.detail
    assert str(assessment.history[0].cycle) in rejection.detail
    assert RULE in rejection.detail


def test_before_the_fix_the_repeat_counted_in_both_cycles() -> None:
    """Once per cycle (the library before, and a user's book may ask it): 36 CEUs in each."""
    assessment = _aapc([_boot_camp("2023-05-01"), _boot_camp("2025-03-01")], book=PER_CYCLE)
    assert (assessment.history[0].earned, assessment.earned, assessment.rejected) == (36, 36, ())


def test_a_repeat_within_one_cycle_keeps_the_record_worth_most() -> None:
    """Two records in one cycle: the one worth more counts, whatever its date, as before."""
    log = [_boot_camp("2024-07-01", "2"), _boot_camp("2025-01-10", "5")]
    for book in (SHIPPED, PER_CYCLE):
        assessment = _aapc(log, book=book)
        assert assessment.earned == 5
        assert _reasons(assessment) == [(cc.Reason.DUPLICATE, dt.date(2024, 7, 1))]


def test_the_first_cycle_counts_the_record_worth_most_and_later_ones_none() -> None:
    """In the first cycle the record worth most counts; every later record is a duplicate."""
    log = [_boot_camp("2023-01-01", "2"), _boot_camp("2023-05-01", "5"), _boot_camp("2025-01-01")]
    assessment = _aapc(log)
    assert (assessment.history[0].earned, assessment.earned) == (5, 0)
    later = [r for r in assessment.rejected if r.activity.completed_on.year == 2025]
    assert ["of 2023-05-01" in r.detail for r in later] == [True]


# --- What does not use a course up --------------------------------------------------------


def test_a_record_rejected_without_index_number_does_not_use_the_course_up() -> None:
    """An approved event rejected for its missing index number; the same course later counts."""
    first = cc.CeuActivity("2023-05-01", "4", "approved-event", "Webinar", sponsor="Chapter")
    later = cc.CeuActivity("2025-03-01", "4", "other", "Webinar", sponsor="Chapter")
    assert first.course_key == later.course_key
    assessment = _aapc([first, later])
    assert (assessment.history[0].earned, assessment.earned) == (0, 4)
    assert _reasons(assessment) == [(cc.Reason.MISSING_INDEX_NUMBER, dt.date(2023, 5, 1))]


def test_a_record_before_certification_does_not_use_the_course_up() -> None:
    """A course completed before the credential was earned does not count; its repeat does."""
    assessment = _aapc([_boot_camp("2020-01-10"), _boot_camp("2021-05-01", "3")], history=None)
    assert assessment.history[-1].earned == 3
    assert _reasons(assessment) == [(cc.Reason.BEFORE_CREDENTIAL, dt.date(2020, 1, 10))]


# --- history never changes an answer ------------------------------------------------------


def test_a_course_counted_before_the_cycles_assessed_is_used_up() -> None:
    """history=0: the first record is outside the cycles assessed, the repeat still a duplicate."""
    assessment = _aapc([_boot_camp("2023-05-01"), _boot_camp("2025-03-01")], history=0)
    assert assessment.earned == 0
    assert _reasons(assessment) == [
        (cc.Reason.OUTSIDE_CYCLE, dt.date(2023, 5, 1)),
        (cc.Reason.DUPLICATE, dt.date(2025, 3, 1)),
    ]
    (duplicate,) = [r for r in assessment.rejected if r.reason is cc.Reason.DUPLICATE]
    assert "of 2023-05-01" in duplicate.detail


@pytest.mark.parametrize("first", ["2021-01-10", "2023-05-01"])
def test_every_history_gives_the_same_answer(first: str) -> None:
    """The current cycle counts and rejects alike, whatever the history asked.

    (Its standing may differ: ``history=0`` judges the current cycle alone.)
    """
    log = [_boot_camp(first), _boot_camp("2025-03-01")]
    answers = set()
    for history in (0, 1, 2, None):
        assessment = _aapc(log, history=history)
        current = [
            r for r in assessment.rejected if r.activity.completed_on >= dt.date(2024, 6, 16)
        ]
        answers.add((assessment.earned, tuple((r.reason, r.detail) for r in current)))
    assert len(answers) == 1
    ((earned, rejected),) = answers
    assert earned == 0
    assert [reason for reason, _ in rejected] == [cc.Reason.DUPLICATE]


def test_a_renewal_month_record_and_its_repeat_count_once_whichever_side() -> None:
    """A renewal-month record may move across its due date; its repeat never counts with it."""
    holder = cc.Holder("E3", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    log = [
        cc.CeuActivity("2022-06-01", "36", "other", "Big"),
        _boot_camp("2023-03-10", "6"),  # the renewal month of 2023-03-15
        _boot_camp("2024-01-10", "6"),
    ]
    assessment = cc.assess(holder, log, as_of="2024-02-01").for_body("AAPC")
    counted = [a for c in (assessment.current, *assessment.history) for a in c.counted]
    assert [a.completed_on for a in counted if a.index_number] == [dt.date(2023, 3, 10)]
    assert _reasons(assessment) == [(cc.Reason.DUPLICATE, dt.date(2024, 1, 10))]
    assert assessment.earned == 6  # the March record counts toward the new cycle, which needs it


# --- Other bodies, and a user's rule book ---------------------------------------------------


def _webinar(day: str) -> cc.CeuActivity:
    return cc.CeuActivity(day, "5", "other", "HIIM webinar", index_number="W-1")


def test_ahima_still_counts_a_course_once_per_cycle() -> None:
    """At AHIMA a course completed again in the next cycle counts again."""
    log = [_webinar("2021-05-01"), _webinar("2023-05-01")]
    assessment = cc.assess(CCS_HOLDER, log, as_of="2023-06-01").for_body("AHIMA")
    assert (assessment.history[0].earned, assessment.earned, assessment.rejected) == (5, 5, ())


def test_a_user_rule_book_may_count_a_course_once(tmp_path: Path) -> None:
    """``course_counts = "once"`` in a user's own cycle rule (AHIMA's here) is read and applied."""
    anchor = 'name = "ahima-exam-anniversary"\n'
    path = shipped_with(anchor, anchor + 'course_counts = "once"\n', tmp_path)
    book = cc.load_rulebook(path)
    (rule,) = [r for r in book.cycle_rules if r.body.code == "AHIMA"]
    assert rule.course_counts is cc.CourseCounts.ONCE
    log = [_webinar("2021-05-01"), _webinar("2023-05-01")]
    assessment = cc.assess(CCS_HOLDER, log, as_of="2023-06-01", rulebook=book).for_body("AHIMA")
    assert (assessment.history[0].earned, assessment.earned) == (5, 0)
    (rejection,) = assessment.rejected
    assert rejection.reason is cc.Reason.DUPLICATE
    assert "AHIMA counts a course once" in rejection.detail


def test_left_out_the_key_means_once_per_cycle(tmp_path: Path) -> None:
    """A cycle rule without ``course_counts`` keeps its meaning: once per cycle."""
    path = shipped_with('course_counts = "once"\n', "", tmp_path)
    (rule,) = [r for r in cc.load_rulebook(path).cycle_rules if r.body == cc.AAPC]
    assert rule.course_counts is cc.CourseCounts.ONCE_PER_CYCLE


@pytest.mark.parametrize(
    ("line", "entry", "message"),
    [
        ('course_counts = "twice"\n', "cycle_rules[0]", "'once-per-cycle', 'once', got 'twice'"),
        ("course_counts = 1\n", "cycle_rules[0].course_counts", "non-empty string, got 1"),
        ("course_counts = true\n", "cycle_rules[0].course_counts", "non-empty string"),
        ('course_counts = ["once"]\n', "cycle_rules[0].course_counts", "non-empty string"),
        ('course_counts = ""\n', "cycle_rules[0].course_counts", "non-empty string"),
    ],
    ids=["unknown", "number", "flag", "list", "empty"],
)
def test_junk_values_are_refused_with_their_key_path(
    tmp_path: Path, line: str, entry: str, message: str
) -> None:
    """Junk in ``course_counts`` is refused when the book loads, naming the rule and the key."""
    path = shipped_with('course_counts = "once"\n', line, tmp_path)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert caught.value.entry == entry


@pytest.mark.parametrize("junk", ["twice", "", None, 1, True, object()])
def test_junk_values_are_refused_on_construction(junk: object) -> None:
    """A CycleRule refuses a ``course_counts`` that is not one of the ways, naming the field."""
    (rule,) = [r for r in SHIPPED.cycle_rules if r.body == cc.AAPC]
    with pytest.raises(cc.CodingCertsError, match=r"CycleRule\.course_counts"):
        attrs.evolve(rule, course_counts=junk)


def test_the_key_round_trips() -> None:
    """to_dict/from_dict keep ``course_counts``."""
    for rule in SHIPPED.cycle_rules:
        assert cc.from_dict(cc.CycleRule, cc.to_dict(rule)) == rule


def test_generated_cycle_rules_count_courses_both_ways() -> None:
    """The strategies draw both ways of counting a course."""
    seen: set[cc.CourseCounts] = set()

    @settings(max_examples=60, derandomize=True, database=None)
    @given(cs.cycle_rules())
    def collect(rule: cc.CycleRule) -> None:
        seen.add(rule.course_counts)

    collect()
    assert seen == set(cc.CourseCounts)


# --- Properties -----------------------------------------------------------------------------


def _keys_by_cycle(assessment: cc.BodyAssessment) -> list[set[tuple[str, ...]]]:
    return [
        {a.course_key for a in cycle.counted} for cycle in (assessment.current, *assessment.history)
    ]


@given(scenarios(max_activities=14))
def test_with_once_no_course_counts_in_two_cycles(scenario: Scenario) -> None:
    """AAPC: no course key is counted in two cycles, and every history rejects alike.

    history=1 and 2 count the same current cycle as None; history=0 may not (it judges
    the current cycle alone, so nothing makes up the previous one), but it rejects the
    same records of the current cycle as duplicates.
    """
    holder, as_of, log = scenario
    report = cc.assess(holder, log, as_of=as_of, history=None)
    if cc.AAPC.code not in {b.body.code for b in report.assessments}:
        return
    assessment = report.for_body("AAPC")
    seen: set[tuple[str, ...]] = set()
    for keys in _keys_by_cycle(assessment):
        assert seen.isdisjoint(keys)
        seen |= keys
    start = assessment.cycle.start
    expected = _duplicates_since(assessment, start)
    for history in (0, 1, 2):
        again = cc.assess(holder, log, as_of=as_of, history=history).for_body("AAPC")
        assert _duplicates_since(again, start) == expected
        if history:
            assert again.current == assessment.current


def _duplicates_since(assessment: cc.BodyAssessment, start: dt.date) -> list[cc.Rejection]:
    return sorted(
        (
            r
            for r in assessment.rejected
            if r.reason is cc.Reason.DUPLICATE and r.activity.completed_on >= start
        ),
        key=lambda r: (r.activity.completed_on, r.activity.title, r.reason.value, r.detail),
    )


@settings(max_examples=40)
@given(cs.rulebooks(), st.data())
def test_a_made_up_body_counting_once_never_counts_a_course_twice(
    book: cc.Rulebook, data: st.DataObject
) -> None:
    """A user's own body with ``course_counts = "once"``: no course counts in two cycles."""
    (body,) = book.bodies
    book = _with_course_counts(book, body.code, "once")
    earned_on = cs.dates(cs.RULES_FROM, dt.date(2030, 12, 31))
    holder = data.draw(cs.holders(rulebook=book, min_credentials=1, earned_on=earned_on))
    first = min(h.earned_on for h in holder.credentials)
    as_of = first + dt.timedelta(days=data.draw(st.integers(0, 2000)))
    titles = st.sampled_from(["A", "B", "C"])
    log = data.draw(
        st.lists(
            st.builds(
                cc.CeuActivity,
                completed_on=st.dates(first, as_of),
                units=st.integers(1, 900).map(lambda c: Decimal(c) / 100),
                kind=st.just("other"),
                title=titles,
            ),
            max_size=10,
        )
    )
    assessment = cc.assess(holder, log, as_of=as_of, history=None, rulebook=book).for_body(
        body.code
    )
    keys = _keys_by_cycle(assessment)
    assert sum(len(k) for k in keys) == len(set().union(*keys))
    counted = {a.course_key for a in log}
    rejected = {r.activity.course_key for r in assessment.rejected}
    assert counted <= set().union(*keys) | rejected
