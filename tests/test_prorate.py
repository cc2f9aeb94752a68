"""Pro-rating a first, partial cycle: the mechanism in code, its parameters in the cycle rule.

AAPC: "If you are newly certified, CEUs will be pro-rated to match your existing renewal
month for your first submission" (source ``aapc-maintain``); the rate, 1.5 CEUs a month
for one credential, is AAPC's corporate rate (``aapc-prorate-corporate``), scaled as the
tier's units / 24 per started month: ``prorate_by = "started-month"``, ``prorate_step =
"0.01"``, ``prorate_rounding = "half-up"`` in the shipped rule book, as before. AMBA and
AIHC pro-rate the same way (assumptions, marked in their rules).
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
from shipped_book import SHIPPED_TEXT, shipped_with

D = dt.date
# A CPC earned 2025-06-10, renewal in March: the first cycle runs to 2027-03-15, 21 whole
# months and 5 days (22 started months) of a 24-month cycle that began 2025-03-16.
HOLDER = cc.Holder("E1", [("CPC", "2025-06-10")], aapc_renewal="2025-03-15")
SHIPPED = cc.default_rulebook()
AAPC_KEYS = 'prorate_by = "started-month"\nprorate_step = "0.01"\nprorate_rounding = "half-up"\n'


def _with_cycle_rule(book: cc.Rulebook, body: cc.IssuingBody, **changes: Any) -> cc.Rulebook:
    rules = tuple(attrs.evolve(r, **changes) if r.body == body else r for r in book.cycle_rules)
    return attrs.evolve(book, cycle_rules=rules)


def _first(book: cc.Rulebook = SHIPPED) -> cc.CycleAssessment:
    (assessment,) = cc.assess(HOLDER, as_of="2025-07-01", rulebook=book).assessments
    return assessment.current


def test_shipped_prorated_rules_say_how_as_data() -> None:
    """AAPC, AMBA and AIHC pro-rate by started month to cents, half up; the others do not."""
    found = {
        r.body.code: (r.prorate_by, r.prorate_step, r.prorate_rounding)
        for r in SHIPPED.cycle_rules
        if r.first_cycle is cc.FirstCycle.PRORATED
    }
    how = (cc.ProrateBy.STARTED_MONTH, Decimal("0.01"), cc.ProrateRounding.HALF_UP)
    assert found == {"AAPC": how, "AMBA": how, "AIHC": how}
    assert SHIPPED_TEXT.count(AAPC_KEYS) == 3


def test_aapc_first_cycle_is_unchanged() -> None:
    """36 / 24 per month x 22 started months = 33 CEUs, with the same note as before."""
    cycle = _first()
    assert (cycle.cycle.start, cycle.cycle.end, cycle.required) == (
        D(2025, 6, 10),
        D(2027, 3, 15),
        Decimal(33),
    )
    assert cycle.notes == (
        (
            "First cycle after certification, pro-rated: 36 / 24 per month x 22 months = 33 "
            "CEUs (an assumption: see the cycle rule)."
        ),
    )


@pytest.mark.parametrize(
    ("changes", "required", "how"),
    [
        ({"prorate_by": "whole-month"}, "31.5", "36 / 24 per month x 21 whole months = 31.5"),
        ({"prorate_by": "day"}, "31.76", "36 x 644/730 days = 31.76"),
        (
            {"prorate_by": "day", "prorate_step": "1", "prorate_rounding": "up"},
            "32",
            "= 32 CEUs, rounded up to a multiple of 1",
        ),
        (
            {"prorate_by": "whole-month", "prorate_step": "0.5", "prorate_rounding": "down"},
            "31.5",
            "rounded down to a multiple of 0.5",
        ),
        ({"prorate_step": "5", "prorate_rounding": "down"}, "30", "= 30 CEUs, rounded down"),
    ],
    ids=["whole-month", "day", "day-up-to-1", "whole-month-down-to-half", "step-5-down"],
)
def test_a_user_book_may_pro_rate_another_way(
    changes: dict[str, str], required: str, how: str
) -> None:
    """Each parameter changes the same first cycle as it says, and the note says how."""
    cycle = _first(_with_cycle_rule(SHIPPED, cc.AAPC, **changes))
    assert cycle.required == Decimal(required)
    (note,) = cycle.notes
    assert how in note


# --- The mechanism, over generated rule books -----------------------------------------------


def _first_cycle(book: cc.Rulebook, holder: cc.Holder, as_of: dt.date) -> cc.CycleAssessment:
    (assessment,) = cc.assess(holder, as_of=as_of, history=None, rulebook=book).assessments
    return (assessment.current, *assessment.history)[-1]


@st.composite
def _cases(draw: st.DrawFn) -> tuple[cc.Rulebook, cc.Holder, dt.date]:
    book = draw(cs.rulebooks())
    (rule,) = book.cycle_rules
    book = attrs.evolve(
        book, cycle_rules=(attrs.evolve(rule, anchor="membership-renewal", parity="none"),)
    )
    earned_on = cs.dates(cs.RULES_FROM, dt.date(2030, 12, 31))
    holder = draw(cs.holders(rulebook=book, min_credentials=1, earned_on=earned_on))
    first = min(h.earned_on for h in holder.credentials)
    return book, holder, first + dt.timedelta(days=draw(st.integers(0, 60)))


def _pro_rated(book: cc.Rulebook, **changes: Any) -> cc.Rulebook:
    body = book.bodies[0]
    return _with_cycle_rule(book, body, first_cycle="prorated", **changes)


STEPS = st.sampled_from(["0.01", "0.25", "0.5", "1", "3"])


@given(
    _cases(), st.sampled_from(list(cc.ProrateBy)), STEPS, st.sampled_from(list(cc.ProrateRounding))
)
def test_a_pro_rated_first_cycle_asks_a_step_multiple_at_most_the_full(
    case: tuple[cc.Rulebook, cc.Holder, dt.date],
    by: cc.ProrateBy,
    step: str,
    rounding: cc.ProrateRounding,
) -> None:
    """Never more than the full requirement, never less than 0, a multiple of the step."""
    book, holder, as_of = case
    cycle = _first_cycle(
        _pro_rated(book, prorate_by=by, prorate_step=step, prorate_rounding=rounding),
        holder,
        as_of,
    )
    full = cycle.requirement.units
    assert 0 <= cycle.required <= full
    assert cycle.required == full or cycle.required % Decimal(step) == 0
    if not cycle.cycle.is_partial:
        assert cycle.required == full


@given(_cases(), st.sampled_from(list(cc.ProrateBy)), STEPS)
def test_rounding_down_asks_least_and_up_most(
    case: tuple[cc.Rulebook, cc.Holder, dt.date], by: cc.ProrateBy, step: str
) -> None:
    """Down <= half-up <= up, each within one step of the others."""
    book, holder, as_of = case
    asked = [
        _first_cycle(
            _pro_rated(book, prorate_by=by, prorate_step=step, prorate_rounding=rounding),
            holder,
            as_of,
        ).required
        for rounding in ("down", "half-up", "up")
    ]
    assert asked == sorted(asked)
    assert asked[2] - asked[0] <= Decimal(step)


@given(_cases())
def test_whole_months_never_ask_more_than_started_months(
    case: tuple[cc.Rulebook, cc.Holder, dt.date],
) -> None:
    """Counting only whole months never asks more than counting started ones."""
    book, holder, as_of = case
    whole = _first_cycle(_pro_rated(book, prorate_by="whole-month"), holder, as_of)
    started = _first_cycle(_pro_rated(book, prorate_by="started-month"), holder, as_of)
    assert whole.required <= started.required


@given(_cases())
def test_a_full_first_cycle_asks_the_full_requirement(
    case: tuple[cc.Rulebook, cc.Holder, dt.date],
) -> None:
    """first_cycle = "full" asks the requirement's units, partial or not."""
    book, holder, as_of = case
    cycle = _first_cycle(
        _with_cycle_rule(
            book,
            book.bodies[0],
            first_cycle="full",
            prorate_by="started-month",
            prorate_step="0.01",
            prorate_rounding="half-up",
        ),
        holder,
        as_of,
    )
    assert cycle.required == cycle.requirement.units


# --- Junk is refused ------------------------------------------------------------------------


def _aapc_rule(**changes: Any) -> cc.CycleRule:
    (rule,) = [r for r in SHIPPED.cycle_rules if r.body == cc.AAPC]
    return attrs.evolve(rule, **changes)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"prorate_by": "week"}, cc.InvalidValueError, "prorate_by"),
        ({"prorate_rounding": "nearest"}, cc.InvalidValueError, "prorate_rounding"),
        ({"prorate_step": 0}, cc.InvalidValueError, "prorate_step must be more than 0"),
        ({"prorate_step": 0.5}, cc.InvalidTypeError, "floats are not exact"),
        ({"prorate_step": "0.001"}, cc.InvalidValueError, "at most two decimal places"),
        ({"prorate_step": "5000"}, cc.InvalidValueError, "at most 1000 CEUs"),
        (
            {"first_cycle": "full", "prorate_by": "day"},
            cc.InvalidValueError,
            "need first_cycle = 'prorated'",
        ),
    ],
    ids=["by", "rounding", "zero-step", "float-step", "mills", "huge", "full-first-cycle"],
)
def test_bad_pro_rating_is_refused_on_construction(
    changes: dict[str, object], error: type[Exception], message: str
) -> None:
    """An unknown way, a step that is not CEUs in cents, or keys without pro-rating: refused."""
    with pytest.raises(error, match=message):
        _aapc_rule(**changes)


def _shipped_with(lines: str, tmp_path: Path) -> Path:
    return shipped_with(AAPC_KEYS, lines, tmp_path)


def test_the_keys_are_read_from_a_file_and_default_as_before(tmp_path: Path) -> None:
    """The three keys are read; left out, they mean started months, cents, half up."""
    lines = 'prorate_by = "day"\nprorate_step = 1\nprorate_rounding = "up"\n'
    (rule,) = [
        r for r in cc.load_rulebook(_shipped_with(lines, tmp_path)).cycle_rules if r.body == cc.AAPC
    ]
    assert (rule.prorate_by, rule.prorate_step, rule.prorate_rounding) == (
        cc.ProrateBy.DAY,
        Decimal(1),
        cc.ProrateRounding.UP,
    )
    book = cc.load_rulebook(_shipped_with("", tmp_path))
    assert _first(book).required == Decimal(33)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('prorate_by = "month"\n', "prorate_by"),
        ("prorate_step = 0.5\n", "got the float 0.5"),
        ("prorate_rounding = 1\n", "prorate_rounding"),
    ],
    ids=["by", "float-step", "rounding-not-text"],
)
def test_bad_keys_in_a_file_are_refused_naming_the_entry(
    tmp_path: Path, lines: str, message: str
) -> None:
    """Junk in the pro-rating keys is refused when the book loads, naming the cycle rule."""
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(_shipped_with(lines, tmp_path))
    assert caught.value.entry is not None
    assert caught.value.entry.startswith("cycle_rules[")


def test_a_pro_rating_rule_round_trips() -> None:
    """to_dict/from_dict keep the three keys."""
    rule = _aapc_rule(prorate_by="day", prorate_step="0.5", prorate_rounding="down")
    assert cc.from_dict(cc.CycleRule, cc.to_dict(rule)) == rule


def test_generated_cycle_rules_pro_rate_every_way() -> None:
    """The strategies draw full first cycles and pro-rated ones of every way."""
    seen: set[object] = set()

    @settings(max_examples=80, derandomize=True, database=None)
    @given(cs.cycle_rules())
    def collect(rule: cc.CycleRule) -> None:
        seen.add(rule.first_cycle if rule.first_cycle is cc.FirstCycle.FULL else rule.prorate_by)

    collect()
    assert seen == {cc.FirstCycle.FULL, *cc.ProrateBy}


@given(
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    days=st.integers(min_value=0, max_value=1200),
    by=st.sampled_from([cc.ProrateBy.STARTED_MONTH, cc.ProrateBy.WHOLE_MONTH]),
)
def test_months_of_a_first_cycle_are_relativedeltas(
    start: dt.date, days: int, by: cc.ProrateBy
) -> None:
    """The months to the due date are those ``relativedelta(end, start)`` counts, month ends too."""
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415

    from coding_certs._prorate import share_of_cycle  # noqa: PLC0415

    end = start + dt.timedelta(days=days)
    span = relativedelta(end, start)
    whole = span.years * 12 + span.months
    started = 1 if span.days and by is cc.ProrateBy.STARTED_MONTH else 0
    assert share_of_cycle(by, start, end, start, 24) == (whole + started, 24)
