"""A cycle rule's cap on the CEUs of one activity (ACDIS: at most 10 from another body's).

ACDIS: "Individuals may submit no more than 10 CEUs for a single activity from another
accredited agency or organization such as AHIMA or ANCC" (rule-book source
``acdis-recertification``). The shipped ACDIS cycle rule says ``activity_cap = "10"``
and exempts its own activities, tagged ``acdis``. An activity over the cap counts up to
it; the rest is listed as not counted, with the reason ``over-activity-cap``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from shipped_book import shipped_with

D = dt.date
CCDS = cc.Holder("A1", [("CCDS", "2022-10-01")])
CAP_LINES = 'activity_cap = "10"\nactivity_cap_exempt = ["acdis"]\n'


def _ceu(units: str, *categories: str, day: str = "2023-05-01", title: str = "") -> cc.CeuActivity:
    return cc.CeuActivity(
        day, units, "other", title or f"Webinar of {units} CEUs", categories=set(categories)
    )


def _acdis(log: list[cc.CeuActivity], as_of: str = "2023-07-01") -> cc.BodyAssessment:
    return cc.assess(CCDS, log, as_of=as_of).for_body("ACDIS")


def _acdis_rule(**changes: Any) -> cc.CycleRule:
    (rule,) = [r for r in cc.default_rulebook().cycle_rules if r.body.code == "ACDIS"]
    return attrs.evolve(rule, **changes)


# --- The shipped rule -----------------------------------------------------------------------


def test_shipped_acdis_rule_caps_another_bodys_activity_at_10() -> None:
    """ACDIS's cycle rule caps one activity at 10 CEUs, except ACDIS's own; no other body caps."""
    caps = {
        r.body.code: (r.activity_cap, r.activity_cap_exempt)
        for r in cc.default_rulebook().cycle_rules
    }
    assert caps.pop("ACDIS") == (Decimal(10), ("acdis",))
    assert set(caps.values()) == {(None, ())}
    assert any("no more than 10 CEUs" in a for a in _acdis_rule().assumptions)


def test_acdis_published_example_is_met_with_activities_of_10() -> None:
    """Exam 2022-10-01, 30 CEUs by 2024-10-01: three 10-CEU AHIMA webinars meet it on the day."""
    log = [
        _ceu("10", day=f"2024-0{month}-01", title=f"AHIMA webinar {month}") for month in (3, 5, 7)
    ]
    assessment = _acdis(log, as_of="2024-10-01")
    assert (assessment.cycle.start, assessment.due, assessment.required) == (
        D(2022, 10, 1),
        D(2024, 10, 1),
        Decimal(30),
    )
    assert (assessment.earned, assessment.standing) == (Decimal(30), cc.Standing.MET)
    assert assessment.rejected == ()


def test_acdis_published_example_is_not_met_by_one_activity_of_30() -> None:
    """One 30-CEU activity of another body counts 10: 20 short on the due date."""
    course = _ceu("30", title="AHIMA annual convention")
    assessment = _acdis([course], as_of="2024-10-01")
    assert (assessment.earned, assessment.remaining, assessment.current.met) == (
        Decimal(10),
        Decimal(20),
        False,
    )
    (rejection,) = assessment.rejected
    assert rejection.reason is cc.Reason.OVER_ACTIVITY_CAP
    assert (rejection.activity.title, rejection.activity.units) == (course.title, Decimal(20))
    (part,) = assessment.counted
    assert part == attrs.evolve(course, units=Decimal(10))


def test_acdis_own_activity_is_not_capped() -> None:
    """An activity tagged acdis counts whole: 30 CEUs of ACDIS's own meet the cycle."""
    assessment = _acdis([_ceu("30", "acdis")], as_of="2024-10-01")
    assert (assessment.earned, assessment.standing, assessment.rejected) == (
        Decimal(30),
        cc.Standing.MET,
        (),
    )


@pytest.mark.parametrize(
    ("units", "counted", "excess"),
    [("9.99", "9.99", None), ("10", "10", None), ("10.01", "10", "0.01"), ("25", "10", "15")],
    ids=["below", "at", "just-over", "well-over"],
)
def test_cap_on_both_sides(units: str, counted: str, excess: str | None) -> None:
    """Up to 10 CEUs an activity counts whole; above, 10 count and the excess is rejected."""
    assessment = _acdis([_ceu(units)])
    assert assessment.earned == Decimal(counted)
    assert [r.activity.units for r in assessment.rejected] == (
        [] if excess is None else [Decimal(excess)]
    )


def test_the_cap_is_acdis_own_other_bodies_count_the_whole_activity() -> None:
    """The same 30-CEU activity counts 10 at ACDIS and 30 at AHIMA."""
    holder = cc.Holder("A2", [("CCDS", "2022-10-01"), ("CCS", "2022-10-01")])
    report = cc.assess(holder, [_ceu("30", "hiim")], as_of="2023-07-01")
    assert report.for_body("ACDIS").earned == Decimal(10)
    assert report.for_body("AHIMA").earned == Decimal(30)
    assert report.for_body("AHIMA").rejected == ()


def test_the_explanation_says_why_an_activity_counted_less() -> None:
    """explain() names the part not counted, the cap, the rule and the reason code."""
    text = _acdis([_ceu("12", title="AHIMA webinar")]).explain()
    (line,) = [line for line in text.splitlines() if "AHIMA webinar" in line]
    assert "2 of its 12 CEUs" in line
    assert "at most 10 CEUs from a single activity not tagged acdis" in line
    assert "'acdis-exam-anniversary'" in line
    assert "[over-activity-cap]" in line


def test_a_capped_part_still_counts_toward_a_minimum() -> None:
    """A minimum counts the capped part, not the activity as logged."""
    rule = attrs.evolve(_acdis_rule(), activity_cap=Decimal(5))
    minimum = cc.CategoryMinimum(
        body=rule.body, name="m", category="ethics", units="6", effective_from="2008-01-01"
    )
    book = attrs.evolve(
        cc.default_rulebook(),
        cycle_rules=tuple(
            rule if r.body == rule.body else r for r in cc.default_rulebook().cycle_rules
        ),
        minimums=(*cc.default_rulebook().minimums, minimum),
    )
    (assessment,) = cc.assess(
        CCDS, [_ceu("8", "ethics")], as_of="2023-07-01", rulebook=book
    ).assessments
    (status,) = assessment.minimums
    assert (status.earned, status.met) == (Decimal(5), False)


# --- Invariants -----------------------------------------------------------------------------


@given(
    st.lists(
        st.tuples(
            st.integers(1, 3000).map(lambda cents: Decimal(cents) / 100),
            st.frozensets(st.sampled_from(["acdis", "hiim"])),
        ),
        max_size=8,
    )
)
def test_parts_add_up_to_the_activity_and_respect_the_cap(
    entries: list[tuple[Decimal, frozenset[str]]],
) -> None:
    """Counted part plus rejected part is the activity as logged; no uncapped part exceeds 10."""
    log = [
        _ceu(str(units), *tags, title=f"Course {index}")
        for index, (units, tags) in enumerate(entries)
    ]
    assessment = _acdis(log)
    parts: dict[str, Decimal] = {}
    for activity in (*assessment.counted, *(r.activity for r in assessment.rejected)):
        parts[activity.title] = parts.get(activity.title, Decimal(0)) + activity.units
    assert parts == {activity.title: activity.units for activity in log}
    for activity in assessment.counted:
        assert "acdis" in activity.categories or activity.units <= 10
    expected = sum(
        (u if "acdis" in tags else min(u, Decimal(10)) for u, tags in entries), Decimal(0)
    )
    assert assessment.earned == expected
    assert all(r.reason is cc.Reason.OVER_ACTIVITY_CAP for r in assessment.rejected)


@given(cs.rulebooks(), st.data())
def test_a_generated_book_counts_no_activity_above_its_cap(
    book: cc.Rulebook, data: st.DataObject
) -> None:
    """In a generated book, no counted activity is over the cap unless exempt, in any cycle."""
    (rule,) = book.cycle_rules
    earned_on = cs.dates(cs.RULES_FROM, dt.date(2030, 12, 31))
    holder = data.draw(cs.holders(rulebook=book, min_credentials=1, earned_on=earned_on))
    first = min(h.earned_on for h in holder.credentials)
    as_of = first + dt.timedelta(days=data.draw(st.integers(0, 1500)))
    log = data.draw(st.lists(cs.activities(completed_on=cs.dates(first, as_of)), max_size=6))
    for assessment in cc.assess(holder, log, as_of=as_of, history=None, rulebook=book).assessments:
        for cycle in (assessment.current, *assessment.history):
            for activity in cycle.counted:
                cap = rule.cap_for(activity.categories)
                assert cap is None or activity.units <= cap


# --- Junk is refused ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"activity_cap": 0}, cc.InvalidValueError, "activity_cap must be more than 0"),
        ({"activity_cap": "-1"}, cc.InvalidValueError, "activity_cap must be more than 0"),
        ({"activity_cap": 10.0}, cc.InvalidTypeError, "floats are not exact"),
        ({"activity_cap": "ten"}, cc.InvalidValueError, "must be a number like '1.5'"),
        ({"activity_cap": "10.001"}, cc.InvalidValueError, "at most two decimal places"),
        ({"activity_cap": "1001"}, cc.InvalidValueError, "at most 1000 CEUs"),
        ({"activity_cap": None}, cc.InvalidValueError, "activity_cap_exempt needs an activity_cap"),
        ({"activity_cap_exempt": [""]}, cc.InvalidValueError, "must not be empty"),
        (
            {"activity_cap_exempt": [3]},
            cc.InvalidTypeError,
            r"activity_cap_exempt\[0\] must be str",
        ),
    ],
    ids=[
        "zero",
        "negative",
        "float",
        "text",
        "mills",
        "huge",
        "exempt-alone",
        "empty-tag",
        "int-tag",
    ],
)
def test_a_bad_cap_is_refused_on_construction(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """A cap that is not a positive number of CEUs in cents, or exempt tags alone, is refused."""
    with pytest.raises(error, match=message):
        _acdis_rule(**changes)


def _shipped_with(lines: str, tmp_path: Path) -> Path:
    return shipped_with(CAP_LINES, lines, tmp_path)


def test_the_cap_is_read_from_a_rule_book_file(tmp_path: Path) -> None:
    """activity_cap and activity_cap_exempt are read from the file; without them, no cap."""
    book = cc.load_rulebook(
        _shipped_with('activity_cap = 12\nactivity_cap_exempt = ["a", "b"]\n', tmp_path)
    )
    (rule,) = [r for r in book.cycle_rules if r.body.code == "ACDIS"]
    assert (rule.activity_cap, rule.activity_cap_exempt) == (Decimal(12), ("a", "b"))
    book = cc.load_rulebook(_shipped_with("", tmp_path))
    (rule,) = [r for r in book.cycle_rules if r.body.code == "ACDIS"]
    assert (rule.activity_cap, rule.cap_for(set())) == (None, None)
    assert (
        cc.assess(CCDS, [_ceu("30")], as_of="2023-07-01", rulebook=book).for_body("ACDIS").earned
        == 30
    )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("activity_cap = 10.0\n", "got the float 10.0"),
        ('activity_cap = "0"\n', "activity_cap must be more than 0"),
        ('activity_cap = "10"\nactivity_cap_exempt = "acdis"\n', "expected an array"),
        ('activity_cap_exempt = ["acdis"]\n', "activity_cap_exempt needs an activity_cap"),
        ("activity_cap = true\n", "activity_cap"),
    ],
    ids=["float", "zero", "exempt-not-a-list", "exempt-without-cap", "bool"],
)
def test_a_bad_cap_in_a_file_is_refused_naming_the_entry(
    tmp_path: Path, lines: str, message: str
) -> None:
    """Junk in the cap's keys is refused when the book loads, naming the cycle rule."""
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(_shipped_with(lines, tmp_path))
    assert caught.value.entry is not None
    assert caught.value.entry.startswith("cycle_rules[")


def test_a_capped_rule_round_trips() -> None:
    """to_dict/from_dict keep the cap and its exempt categories."""
    rule = _acdis_rule()
    assert cc.from_dict(cc.CycleRule, cc.to_dict(rule)) == rule


AAPC_AS_OF = D(2023, 9, 15)
AAPC_HOLDER = cc.Holder("R", [("CPC", "2015-01-10")], aapc_renewal="2015-05-15")


def _aapc_capped_book() -> cc.Rulebook:
    """The shipped book with AAPC's cycle rule (renewal month either way) capped at 5."""
    book = cc.default_rulebook()
    rules = tuple(
        attrs.evolve(r, activity_cap=Decimal(5)) if r.body == cc.AAPC else r
        for r in book.cycle_rules
    )
    return attrs.evolve(book, cycle_rules=rules)


AAPC_CAPPED = _aapc_capped_book()
# Days in and around the renewal months of 2019, 2021 and 2023 (due 15 May of odd years).
_DAYS = st.sampled_from(
    [
        D(2019, 5, 1),
        D(2019, 5, 30),
        D(2021, 5, 2),
        D(2021, 5, 28),
        D(2022, 1, 5),
        D(2023, 5, 3),
        D(2023, 5, 20),
    ]
)


@given(
    st.lists(st.tuples(_DAYS, st.sampled_from(["3", "5", "8", "20"])), max_size=6),
    st.sampled_from([0, 1, 2, None]),
)
def test_capped_parts_add_up_whatever_the_history(
    entries: list[tuple[dt.date, str]], history: int | None
) -> None:
    """With the renewal month either way, a capped activity shows once, whole or as two parts.

    Cycles placed only to make the reported ones exact are dropped: a capped activity of one
    of them is then outside as a whole, never a part outside and a part over the cap.
    """
    log = [
        cc.CeuActivity(day, units, "coursework", f"Course {index}")
        for index, (day, units) in enumerate(entries)
    ]
    assessment = cc.assess(
        AAPC_HOLDER, log, as_of=AAPC_AS_OF, history=history, rulebook=AAPC_CAPPED
    ).for_body("AAPC")
    parts: dict[str, list[cc.Reason | None]] = {}
    total: dict[str, Decimal] = {}
    for cycle in (assessment.current, *assessment.history):
        for activity in cycle.counted:
            assert activity.units <= 5
            parts.setdefault(activity.title, []).append(None)
            total[activity.title] = total.get(activity.title, Decimal(0)) + activity.units
    for rejection in assessment.rejected:
        parts.setdefault(rejection.activity.title, []).append(rejection.reason)
        total[rejection.activity.title] = (
            total.get(rejection.activity.title, Decimal(0)) + rejection.activity.units
        )
    assert total == {a.title: a.units for a in log}
    for reasons in parts.values():
        assert reasons in ([None], [None, cc.Reason.OVER_ACTIVITY_CAP], [cc.Reason.OUTSIDE_CYCLE])


def test_generated_cycle_rules_and_books_have_caps_and_none() -> None:
    """The strategies draw cycle rules with no cap, a cap alone and a cap with exempt tags."""
    wanted = {(False, False), (True, False), (True, True)}
    for strategy in (cs.cycle_rules(), cs.rulebooks().map(lambda book: book.cycle_rules[0])):
        seen: set[tuple[bool, bool]] = set()

        @settings(max_examples=60, derandomize=True, database=None)
        @given(strategy)
        def collect(rule: cc.CycleRule) -> None:
            seen.add((rule.activity_cap is not None, bool(rule.activity_cap_exempt)))  # noqa: B023 -- run at once

        collect()
        assert seen == wanted
