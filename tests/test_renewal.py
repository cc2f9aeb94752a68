"""The renewal month and the make-up window: each CEU counts on the side that helps most.

The engine's choice is checked against a brute-force search that tries every
placement, each one made by moving the CEUs' dates out of the renewal month
and assessing the log that results through the public API.
"""

# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
import itertools
import types
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import _engine, _makeup, _renewal

if TYPE_CHECKING:
    from collections.abc import Mapping

D = dt.date
# A CPC and a CPMA (16 auditing CEUs a cycle): CEUs due on 15 May of odd years.
HOLDER = cc.Holder("R", [("CPC", "2015-01-10"), ("CPMA", "2015-01-10")], aapc_renewal="2015-05-15")
CPC_ONLY = cc.Holder("R", [("CPC", "2015-01-10")], aapc_renewal="2015-05-15")
AS_OF = D(2023, 9, 15)
DUES = (D(2021, 5, 15), D(2023, 5, 15))


def _key(assessment: cc.BodyAssessment) -> tuple[object, ...]:
    """The documented order of preference, read from a public assessment."""
    current, previous, *older = (assessment.current, *assessment.history)
    grade = 2 if current.met else 1 if current.earned >= assessment.pace else 0
    return (
        previous.met,
        -previous.remaining,
        grade,
        *(cycle.met for cycle in older),
        -current.remaining,
        current.earned,
        previous.earned,
        *(cycle.earned for cycle in older),
    )


def _placed(activity: cc.CeuActivity, due: dt.date, *, later: bool) -> cc.CeuActivity:
    """The activity on one side of ``due``, outside every renewal month and make-up window."""
    day = due + dt.timedelta(days=100) if later else due - dt.timedelta(days=60)
    return cc.CeuActivity(
        day,
        activity.units,
        activity.kind,
        activity.title,
        index_number=activity.index_number,
        categories=activity.categories,
    )


def _best_by_brute_force(
    holder: cc.Holder, log: list[cc.CeuActivity], history: int | None
) -> tuple[object, ...]:
    # Records of one course on one side of a due date are duplicates before any placement: the
    # engine keeps the one worth most (tested with the engine), and so does this search.
    duplicates = {
        id(r.activity)
        for r in cc.assess(holder, log, as_of=AS_OF, history=None).for_body("AAPC").rejected
        if r.reason is cc.Reason.DUPLICATE
    }
    log = [a for a in log if id(a) not in duplicates]
    flexible = [
        (n, due)
        for n, a in enumerate(log)
        for due in DUES
        if (a.completed_on.year, a.completed_on.month) == (due.year, due.month)
    ]
    # The 90 days after the last due date (AAPC's grace and late fee) may make up its cycle.
    last = DUES[-1]
    flexible += [
        (n, last)
        for n, a in enumerate(log)
        if last < a.completed_on <= last + dt.timedelta(days=90)
        and (a.completed_on.year, a.completed_on.month) != (last.year, last.month)
    ]
    best = None
    for sides in itertools.product((False, True), repeat=len(flexible)):
        placed = list(log)
        for (n, due), later in zip(flexible, sides, strict=True):
            placed[n] = _placed(log[n], due, later=later)
        key = _key(cc.assess(holder, placed, as_of=AS_OF, history=history).for_body("AAPC"))
        best = key if best is None or key > best else best
    assert best is not None
    return best


def _month_activity(due: dt.date, pool: list[str]) -> st.SearchStrategy[cc.CeuActivity]:
    return st.builds(
        cc.CeuActivity,
        completed_on=st.integers(min_value=1, max_value=31).map(lambda day: due.replace(day=day)),
        units=st.sampled_from(["1", "2", "4", "6", "10", "12.5"]),
        kind=st.just("coursework"),
        title=st.just("Course"),
        index_number=st.sampled_from(pool),
        categories=st.sampled_from([frozenset(), frozenset({"auditing"})]),
    )


@st.composite
def _logs(draw: st.DrawFn) -> list[cc.CeuActivity]:
    """CEUs spread over three cycles, and up to six in the two renewal months."""
    fixed = [
        cc.CeuActivity(
            day,
            draw(st.sampled_from(["0.5", "4", "12", "20", "30"])),
            "coursework",
            f"Fixed {n}",
            categories=draw(st.sampled_from([frozenset(), frozenset({"auditing"})])),
        )
        for n, day in enumerate((D(2020, 3, 1), D(2022, 3, 1), D(2023, 6, 20), D(2023, 8, 1)))
        if draw(st.booleans())
    ]
    early = draw(st.lists(_month_activity(DUES[0], ["A-1", "A-2", "A-3"]), max_size=3))
    late = draw(st.lists(_month_activity(DUES[1], ["B-1", "B-2", "B-3"]), max_size=3))
    return [*fixed, *early, *late]


renewal_settings = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])


@renewal_settings
@given(log=_logs(), minimums=st.booleans())
def test_the_placement_is_the_best_of_all(
    log: list[cc.CeuActivity],
    minimums: bool,  # noqa: FBT001 -- drawn by Hypothesis
) -> None:
    """No placement of the renewal-month CEUs is better than the engine's, by the stated order.

    The order is judged over every cycle since the first credential; ``history`` only chooses
    how many of them a report shows (the next test), so the search is compared with all of them.
    """
    holder = HOLDER if minimums else CPC_ONLY
    engine = cc.assess(holder, log, as_of=AS_OF, history=None).for_body("AAPC")
    assert _key(engine) == _best_by_brute_force(holder, log, None)


@renewal_settings
@given(log=_logs(), minimums=st.booleans())
def test_the_standing_does_not_depend_on_history(log: list[cc.CeuActivity], minimums: bool) -> None:  # noqa: FBT001
    """history=1, 2 and None give the same standing and the same current cycle."""
    holder = HOLDER if minimums else CPC_ONLY
    found = {
        (a.standing, a.history[0].met, a.current.earned)
        for depth in (1, 2, None)
        for a in [cc.assess(holder, log, as_of=AS_OF, history=depth).for_body("AAPC")]
    }
    assert len(found) == 1


@renewal_settings
@given(log=_logs(), extra=_month_activity(DUES[1], ["NEW"]), minimums=st.booleans())
def test_a_valid_ceu_never_worsens_the_standing(
    log: list[cc.CeuActivity],
    extra: cc.CeuActivity,
    minimums: bool,  # noqa: FBT001
) -> None:
    """Adding a CEU of a new course in the renewal month never worsens the standing.

    Nor the placement by the stated order, judged over every cycle: a report of one earlier
    cycle shows only part of it (found by the thorough profile: one more CEU kept an unshown
    older cycle met, so the shown previous cycle credited 36.5 instead of 40.5, both met).
    """
    holder = HOLDER if minimums else CPC_ONLY
    before = cc.assess(holder, log, as_of=AS_OF, history=None).for_body("AAPC")
    after = cc.assess(holder, [*log, extra], as_of=AS_OF, history=None).for_body("AAPC")
    assert after.standing.severity <= before.standing.severity
    assert _key(after) >= _key(before)


def test_a_ceu_saves_a_minimum_by_moving_back() -> None:
    """An auditing CEU after the due date moves back when it makes the ending cycle's minimum."""
    log = [
        cc.CeuActivity("2022-03-01", "30", "coursework", "General"),
        cc.CeuActivity("2022-04-01", "10", "coursework", "Audit A", categories="auditing"),
        cc.CeuActivity("2023-05-20", "6", "coursework", "Audit B", categories="auditing"),
        cc.CeuActivity("2023-05-21", "20", "coursework", "General 2"),
    ]
    assessment = cc.assess(HOLDER, log, as_of=AS_OF).for_body("AAPC")
    previous = assessment.history[0]
    assert previous.met
    assert [a.title for a in previous.counted] == ["General", "Audit A", "Audit B"]
    assert assessment.standing is not cc.Standing.LAPSED


def test_adding_a_ceu_does_not_turn_on_track_into_grace() -> None:
    """The search keeps the ending cycle met whatever new CEUs the renewal month holds.

    A greedy pass moved the first renewal-month CEUs back until the shortfall was
    covered; a large new CEU before a small one then made it take the wrong ones.
    """
    log = [
        cc.CeuActivity("2022-03-01", "30", "coursework", "General"),
        cc.CeuActivity("2023-05-25", "6", "coursework", "Late May"),
    ]
    before = cc.assess(CPC_ONLY, log, as_of="2023-06-01").for_body("AAPC")
    extra = cc.CeuActivity("2023-05-20", "10", "coursework", "Mid May")
    after = cc.assess(CPC_ONLY, [*log, extra], as_of="2023-06-01").for_body("AAPC")
    assert before.history[0].met
    assert after.history[0].met
    assert after.standing.severity <= before.standing.severity
    # The small one goes back; the large one stays with the current cycle.
    assert after.earned == 10


def test_ceus_before_the_oldest_cycle_assessed_may_count_toward_it() -> None:
    """With history=1, a CEU of the renewal month before the previous cycle may move forward."""
    log = [
        cc.CeuActivity("2021-05-10", "10", "coursework", "Early May 2021"),
        cc.CeuActivity("2022-06-01", "26", "coursework", "Other"),
    ]
    for depth in (1, 2):
        assessment = cc.assess(CPC_ONLY, log, as_of=AS_OF, history=depth).for_body("AAPC")
        assert assessment.history[0].met
        assert assessment.standing is cc.Standing.BEHIND
    assessment = cc.assess(CPC_ONLY, log, as_of=AS_OF, history=1).for_body("AAPC")
    assert not assessment.rejected
    assert any("renewal month" in note for note in assessment.history[0].notes)


def test_a_tie_is_broken_the_same_way_whatever_the_history() -> None:
    """A renewal-month CEU stays where it keeps an older cycle met, with history=1 as with 2.

    Found by the thorough profile: with history=1 the engine used to move May 2021's CEU into
    the previous cycle (whose own CEU then moved into the current one), because it could not
    see that this left the cycle before unmet; with history=2 it kept that cycle met.
    """
    log = [
        cc.CeuActivity("2020-03-01", "30", "coursework", "Fixed 0"),
        cc.CeuActivity("2022-03-01", "30", "coursework", "Fixed 1"),
        cc.CeuActivity("2021-05-01", "6", "coursework", "Course", index_number="A-1"),
        cc.CeuActivity("2023-05-01", "6", "coursework", "Course", index_number="B-1"),
    ]
    found = {
        (a.standing, a.current.earned, a.history[0].earned)
        for depth in (1, 2, None)
        for a in [cc.assess(CPC_ONLY, log, as_of=AS_OF, history=depth).for_body("AAPC")]
    }
    assert found == {(cc.Standing.BEHIND, Decimal(0), Decimal(36))}
    one = cc.assess(CPC_ONLY, log, as_of=AS_OF, history=1).for_body("AAPC")
    assert one.current.earned == 0
    assert [r.reason for r in one.rejected] == [cc.Reason.OUTSIDE_CYCLE] * 2


def test_a_crowded_renewal_month_is_placed_in_few_groups() -> None:
    """With many movable CEUs, the search tries at most 2**MAX_MOVABLE placements and stays met."""
    many = [
        cc.CeuActivity(D(2023, 5, 16 + n % 15), "0.25", "coursework", f"Webinar {n}")
        for n in range(8000)
    ]
    log = [cc.CeuActivity("2022-03-01", "30", "coursework", "General"), *many]
    calls = []
    original = _renewal._Boundary.later_side

    def counting(self: _renewal._Boundary, mask: int) -> list[_renewal._Group]:
        calls.append(len(self.groups))
        return original(self, mask)

    _renewal._Boundary.later_side = counting  # type: ignore[method-assign]
    try:
        assessment = cc.assess(CPC_ONLY, log, as_of=AS_OF).for_body("AAPC")
    finally:
        _renewal._Boundary.later_side = original  # type: ignore[method-assign]
    assert set(calls) == {_renewal.MAX_MOVABLE}
    assert len(calls) == 2**_renewal.MAX_MOVABLE
    previous = assessment.history[0]
    assert previous.met
    # 6 CEUs were missing: the groups of 8 and 16 webinars moved back, and no more.
    assert previous.earned == 36
    assert assessment.earned == Decimal("0.25") * (8000 - 24)
    notes = [note for note in previous.notes if "after the due date" in note]
    assert len(notes) == 24


def _placement_of(
    found: tuple[dict[int, list[cc.CeuActivity]], list[_renewal.Move]],
) -> tuple[object, ...]:
    """A placement by the identity of its activities: each cycle's CEUs in order, the moves."""
    counted, moves = found
    return (
        {index: [id(a) for a in activities] for index, activities in counted.items()},
        [(id(move.activity), move.source, move.target) for move in moves],
    )


def _assess_checking_shortcuts(
    holder: cc.Holder, log: list[cc.CeuActivity], history: int | None
) -> list[int | None]:
    """Assess, checking each placement decided by a shortcut against the full search.

    Returns what ``_obvious`` answered at each call (``None``: the search was run).
    """
    answers: list[int | None] = []
    plan, obvious = _renewal.plan, _renewal._obvious

    def recording(*args: Any, **kwargs: Any) -> int | None:
        answers.append(obvious(*args, **kwargs))
        return answers[-1]

    def checking(
        cycles: Mapping[int, cc.CycleAssessment], **kwargs: Any
    ) -> tuple[dict[int, list[cc.CeuActivity]], list[_renewal.Move]]:
        fast = plan(cycles, **kwargs)
        full = plan(cycles, **kwargs, shortcuts=False)
        assert _placement_of(fast) == _placement_of(full)
        return fast

    _renewal.plan, _renewal._obvious = checking, recording
    try:
        cc.assess(holder, log, as_of=AS_OF, history=history)
    finally:
        _renewal.plan, _renewal._obvious = plan, obvious
    return answers


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    log=_logs(),
    extra=st.lists(_month_activity(DUES[1], ["B-1", "C-1", "C-2"]), max_size=2),
    minimums=st.booleans(),
    history=st.sampled_from([0, 1, None]),
)
def test_a_shortcut_gives_the_placement_of_the_full_search(
    log: list[cc.CeuActivity],
    extra: list[cc.CeuActivity],
    minimums: bool,  # noqa: FBT001 -- drawn by Hypothesis
    history: int | None,
) -> None:
    """Where the placement is decided without the search (``_obvious``), the search agrees.

    Same CEUs in each cycle, in the same order, and the same moves in the same order
    (the notes follow them).
    """
    holder = HOLDER if minimums else CPC_ONLY
    answers = _assess_checking_shortcuts(holder, [*log, *extra], history)
    event(f"shortcut: {sorted({'search' if a is None else 'taken' for a in answers})}")


def test_each_shortcut_is_taken_and_agrees_with_the_search() -> None:
    """Short even with every movable CEU; met with all, not without one; met without any."""
    short = [
        cc.CeuActivity("2022-03-01", "4", "coursework", "General"),
        cc.CeuActivity("2023-05-10", "6", "coursework", "May, before"),
        cc.CeuActivity("2023-05-20", "2", "coursework", "May, after"),
        cc.CeuActivity("2023-07-01", "3", "coursework", "In the 90 days"),
    ]
    answers = _assess_checking_shortcuts(CPC_ONLY, short, None)
    assessment = cc.assess(CPC_ONLY, short, as_of=AS_OF).for_body("AAPC")
    assert answers[-1] == assessment.history[0].cycle.index  # every CEU counts toward it
    assert assessment.history[0].earned == 15
    assert assessment.earned == 0
    met = [
        cc.CeuActivity("2022-03-01", "36", "coursework", "General"),
        cc.CeuActivity("2023-05-10", "6", "coursework", "May, before"),
        cc.CeuActivity("2023-05-20", "2", "coursework", "May, after"),
    ]
    answers = _assess_checking_shortcuts(CPC_ONLY, met, None)
    assessment = cc.assess(CPC_ONLY, met, as_of=AS_OF).for_body("AAPC")
    assert answers[-1] == assessment.current.cycle.index  # the previous one is met without them
    assert assessment.history[0].earned == 36
    assert assessment.earned == 8
    # Met with every movable CEU and not without any one of them: all count toward it.
    critical = [
        cc.CeuActivity("2022-03-01", "30", "coursework", "General"),
        cc.CeuActivity("2023-05-10", "3", "coursework", "May, before"),
        cc.CeuActivity("2023-05-20", "3", "coursework", "May, after"),
    ]
    answers = _assess_checking_shortcuts(CPC_ONLY, critical, None)
    assessment = cc.assess(CPC_ONLY, critical, as_of=AS_OF).for_body("AAPC")
    assert answers[-1] == assessment.history[0].cycle.index
    assert assessment.history[0].met
    assert assessment.earned == 0
    # Its total met, its auditing minimum short even with every movable CEU, each one of which
    # it would lack more without: all count toward it.
    auditing = [
        cc.CeuActivity("2022-03-01", "50", "coursework", "General"),
        cc.CeuActivity("2023-05-10", "4", "coursework", "Audit, before", categories="auditing"),
        cc.CeuActivity("2023-05-20", "3", "coursework", "Audit, after", categories="auditing"),
    ]
    answers = _assess_checking_shortcuts(HOLDER, auditing, None)
    assessment = cc.assess(HOLDER, auditing, as_of=AS_OF).for_body("AAPC")
    assert answers[-1] == assessment.history[0].cycle.index
    assert assessment.history[0].earned >= assessment.history[0].required
    assert [m.earned for m in assessment.history[0].minimums] == [7]
    assert assessment.earned == 0
    # More movable CEUs than MAX_MOVABLE: they are placed in groups, all toward the previous cycle.
    crowded = [
        *short,
        *(
            cc.CeuActivity(D(2023, 5, 1 + n % 28), "0.25", "coursework", f"Webinar {n}")
            for n in range(40)
        ),
    ]
    answers = _assess_checking_shortcuts(CPC_ONLY, crowded, None)
    assessment = cc.assess(CPC_ONLY, crowded, as_of=AS_OF).for_body("AAPC")
    assert answers[-1] == assessment.history[0].cycle.index
    assert assessment.history[0].earned == 25
    # A course in the previous cycle and again in the make-up window (AHIMA counts a course
    # once per cycle): both cannot count toward it, so the shortcut declines; the search decides.
    ahima = cc.Holder("T", [("CCA", "2019-05-08")])
    twice = [
        cc.CeuActivity("2022-06-01", "1", "other", "Course X"),
        cc.CeuActivity("2023-06-01", "1", "other", "Course X"),
    ]
    assert _assess_checking_shortcuts(ahima, twice, None)[-1] is None


def test_the_make_up_window_is_remembered_per_due_date() -> None:
    """The window looked up once per body and cycle days is the lapse rule's, then reused."""
    book = cc.default_rulebook()
    log = [cc.CeuActivity("2022-03-01", "4", "coursework", "General")]
    for holder, code in ((CPC_ONLY, "AAPC"), (cc.Holder("H", [("CCS", "2016-07-01")]), "AHIMA")):
        previous = cc.assess(holder, log, as_of=AS_OF).for_body(code).history[0]
        body = book.issuing_body(code)
        context = types.SimpleNamespace(book=book, body=body)
        cycle = previous.cycle
        lapse = book.rule_for_cycle(book.lapse_rules, body, cycle.start, cycle.end)
        last = _makeup.restorable_until(lapse, cycle.end)
        expected = None if last is None else (cycle.end + dt.timedelta(days=1), last)
        assert expected is not None
        first = _makeup.make_up_window(context, previous)  # type: ignore[arg-type]
        assert first == expected
        assert book.requirement_cache["make-up window", code, cycle.start, cycle.end] == expected
        assert _makeup.make_up_window(context, previous) is first  # type: ignore[arg-type]


@renewal_settings
@given(log=_logs(), minimums=st.booleans())
def test_every_cycle_counts_its_ceus_in_the_engines_order(
    log: list[cc.CeuActivity],
    minimums: bool,  # noqa: FBT001 -- drawn by Hypothesis
) -> None:
    """Cycles whose CEUs moved list them as the others do: by day, title, then the rest."""
    holder = HOLDER if minimums else CPC_ONLY
    assessment = cc.assess(holder, list(reversed(log)), as_of=AS_OF, history=None).for_body("AAPC")
    for cycle in (assessment.current, *assessment.history):
        assert list(cycle.counted) == sorted(cycle.counted, key=_engine._activity_order)


@pytest.mark.parametrize("auditing_first", [True, False])
def test_of_two_equally_useful_ceus_the_search_keeps_the_one_the_current_cycle_needs(
    *, auditing_first: bool
) -> None:
    """CPC + CPMA, due 2025-05-10, 8 CEUs short; two 8-CEU CEUs in May 2025 can each save it.

    The untagged one goes back to the previous cycle, whichever was completed first: the
    auditing one stays in the current cycle, which then owes 8, not 16 (found by a review:
    the order of completion used to decide it).
    """
    holder = cc.Holder(
        "R", [("CPC", "2019-05-10"), ("CPMA", "2019-05-10")], renewals={"AAPC": "2021-05-10"}
    )
    audit_day, general_day = ("2025-05-15", "2025-05-20")[:: 1 if auditing_first else -1]
    log = [
        cc.CeuActivity(
            "2024-01-10",
            "16",
            "approved-event",
            "Audit 1",
            index_number="P1",
            categories=["auditing"],
        ),
        cc.CeuActivity("2024-02-10", "16", "approved-event", "General 1", index_number="P2"),
        cc.CeuActivity(
            audit_day, "8", "approved-event", "Audit 2", index_number="X", categories=["auditing"]
        ),
        cc.CeuActivity(general_day, "8", "approved-event", "General 2", index_number="Y"),
        cc.CeuActivity("2025-08-01", "30", "approved-event", "General 3", index_number="C"),
    ]
    assessment = cc.assess(holder, log, as_of="2025-09-01").for_body("AAPC")
    assert assessment.history[0].met
    assert [a.title for a in assessment.current.counted] == ["Audit 2", "General 3"]
    assert assessment.remaining == 8


@pytest.mark.parametrize("tagged_first", [True, False])
def test_a_make_up_ceu_is_taken_from_what_the_current_cycle_needs_least(
    *, tagged_first: bool
) -> None:
    """AHIMA CCA 1 CEU short; two 10-CEU CEUs after the due date can each make it up.

    The untagged one makes it up; the HIIM one stays in the current cycle, which owes 10,
    not 16, whichever came first.
    """
    holder = cc.Holder("T", [("CCA", "2021-05-08")])
    tagged_day, plain_day = ("2025-05-20", "2025-05-30")[:: 1 if tagged_first else -1]
    log = [
        cc.CeuActivity("2024-01-10", "19", "other", "Earlier HIIM", categories=["hiim"]),
        cc.CeuActivity(tagged_day, "10", "other", "HIIM", categories=["hiim", "ahima-resource"]),
        cc.CeuActivity(plain_day, "10", "other", "Other"),
    ]
    assessment = cc.assess(holder, log, as_of="2026-03-01").for_body("AHIMA")
    assert [a.title for a in assessment.current.counted] == ["HIIM"]
    assert assessment.remaining == 10
