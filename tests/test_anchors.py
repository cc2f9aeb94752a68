"""Cycle anchors as data: due on the exam anniversary (ACDIS) and the renewal-date parity.

ACDIS: 'if you successfully pass the CCDS exam date on October 1, 2022, you must submit
30 CEUs by October 1, 2024'. AAPC's two-year cycles fall in the years whose parity is the
renewal month's (``parity = "month"``); AMBA renews every year on its renewal date
(``parity = "none"``, the default).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from engine_strategies import Scenario, scenarios

D = dt.date
NHA_RULES = Path(__file__).resolve().parent.parent / "docs" / "examples" / "nha-rules.toml"
FORMAT_1 = Path(__file__).parent / "data" / "rules-format1.toml"
NHA_CYCLE = 'anchor = "exam-date"\nyears = 2\n'


def _nha_book(tmp_path: Path, cycle: str) -> cc.Rulebook:
    """The NHA example rule book with its cycle rule's anchor and length replaced."""
    text = NHA_RULES.read_text(encoding="utf-8")
    assert NHA_CYCLE in text
    path = tmp_path / "rules.toml"
    path.write_text(text.replace(NHA_CYCLE, cycle), encoding="utf-8")
    return cc.load_rulebook(path)


def _acdis(as_of: str, log: list[cc.CeuActivity] | None = None) -> cc.BodyAssessment:
    holder = cc.Holder("A1", [("CCDS", "2022-10-01")])
    return cc.assess(holder, log or [], as_of=as_of).for_body("ACDIS")


def _ceu(day: str, units: str = "30") -> cc.CeuActivity:
    # ACDIS's own course: ACDIS caps only another body's activity at 10 CEUs.
    return cc.CeuActivity(day, units, "other", f"CDI course {day}", categories="acdis")


# --- Due on the exam anniversary ----------------------------------------------------------


def test_shipped_acdis_rule_is_due_on_the_anniversary() -> None:
    """The shipped ACDIS cycle rule carries the key, AHIMA's and NHA's do not."""
    book = cc.default_rulebook()
    flags = {rule.body.code: rule.due_on_anniversary for rule in book.cycle_rules}
    assert flags["ACDIS"] is True
    assert flags["AHIMA"] is False
    assert flags["NHA"] is False


def test_acdis_first_cycle_runs_from_the_exam_day_to_the_anniversary() -> None:
    """The first cycle is 2022-10-01 to 2024-10-01, both included; the exam day's CEUs count."""
    assessment = _acdis("2023-06-01", [_ceu("2022-10-01", "5")])
    assert (assessment.cycle.start, assessment.cycle.end) == (D(2022, 10, 1), D(2024, 10, 1))
    assert assessment.earned == Decimal(5)
    assert not assessment.cycle.is_partial


def test_acdis_cycles_tile_from_the_day_after_the_due_date() -> None:
    """The next cycle starts 2024-10-02 and is due 2026-10-01; the due day counts for the first."""
    log = [_ceu("2024-10-01"), _ceu("2024-10-02", "4")]
    assessment = _acdis("2025-01-01", log)
    assert (assessment.cycle.start, assessment.due) == (D(2024, 10, 2), D(2026, 10, 1))
    assert assessment.earned == Decimal(4)
    (previous,) = assessment.history
    assert (previous.cycle.start, previous.cycle.end) == (D(2022, 10, 1), D(2024, 10, 1))
    assert previous.met


def test_acdis_on_the_due_date_is_still_the_first_cycle() -> None:
    """On 2024-10-01 the first cycle is still current: it is due that day."""
    assert _acdis("2024-10-01").due == D(2024, 10, 1)
    assert _acdis("2024-10-02").due == D(2026, 10, 1)


@given(
    exam=st.dates(min_value=D(2008, 1, 1), max_value=D(2030, 12, 31)),
    later=st.integers(min_value=0, max_value=3000),
)
def test_due_on_anniversary_cycles_tile_on_anniversaries(exam: dt.date, later: int) -> None:
    """Every cycle ends on an anniversary and the next starts the day after: no gap, no overlap."""
    holder = cc.Holder("A1", [("CCDS", exam)])
    as_of = exam + dt.timedelta(days=later)
    assessment = cc.assess(holder, as_of=as_of, history=None).for_body("ACDIS")
    cycles = [h.cycle for h in reversed(assessment.history)] + [assessment.cycle]
    assert cycles[0].start == exam
    for number, cycle in enumerate(cycles, start=1):
        assert cycle.end == exam + relativedelta(years=2 * number)
        assert cycle.contains(as_of) == (cycle is cycles[-1])
    for before, after in itertools.pairwise(cycles):
        assert after.start == before.end + dt.timedelta(days=1)


def test_a_users_exam_date_book_may_be_due_on_the_anniversary(tmp_path: Path) -> None:
    """`due_on_anniversary = true` in a user's book moves the due date onto the anniversary."""
    holder = cc.Holder("N1", [("CBCS", "2022-03-01")])
    plain = _nha_book(tmp_path, NHA_CYCLE)
    due_on = _nha_book(tmp_path, NHA_CYCLE + "due_on_anniversary = true\n")
    (before,) = cc.assess(holder, as_of="2022-06-01", rulebook=plain).assessments
    (after,) = cc.assess(holder, as_of="2022-06-01", rulebook=due_on).assessments
    assert (before.cycle.start, before.due) == (D(2022, 3, 1), D(2024, 2, 29))
    assert (after.cycle.start, after.due) == (D(2022, 3, 1), D(2024, 3, 1))


# --- Renewal-date parity ------------------------------------------------------------------


def test_shipped_aapc_rule_has_month_parity() -> None:
    """AAPC's cycle rule says its parity; the other bodies' rules have none."""
    parities = {rule.body.code: rule.parity for rule in cc.default_rulebook().cycle_rules}
    assert parities.pop("AAPC") is cc.RenewalParity.MONTH
    assert set(parities.values()) == {cc.RenewalParity.NONE}


def test_one_year_membership_renewal_book(tmp_path: Path) -> None:
    """A one-year renewal-date cycle (AMBA's shape) is due on the renewal date every year."""
    book = _nha_book(tmp_path, 'anchor = "membership-renewal"\nyears = 1\n')
    (rule,) = book.cycle_rules
    assert rule.parity is cc.RenewalParity.NONE
    holder = cc.Holder("N1", [("CBCS", "2022-03-01")], renewals={"NHA": "2022-08-15"})
    (assessment,) = cc.assess(holder, as_of="2023-01-10", rulebook=book).assessments
    assert (assessment.cycle.start, assessment.due) == (D(2022, 8, 16), D(2023, 8, 15))
    (previous,) = assessment.history
    assert (previous.cycle.start, previous.cycle.end) == (D(2022, 3, 1), D(2022, 8, 15))
    (late,) = cc.assess(holder, as_of="2025-09-01", rulebook=book, history=0).assessments
    assert (late.cycle.start, late.due) == (D(2025, 8, 16), D(2026, 8, 15))


@pytest.mark.parametrize(
    ("renewal", "due"),
    [
        ("2021-03-15", D(2027, 3, 15)),  # odd month: odd years, whatever the year given
        ("2022-03-15", D(2027, 3, 15)),
        ("2021-04-15", D(2026, 4, 15)),  # even month: even years
    ],
)
def test_month_parity_book_keeps_aapcs_years(tmp_path: Path, renewal: str, due: dt.date) -> None:
    """`parity = "month"` places two-year cycles by the month, as AAPC's shipped rule does."""
    book = _nha_book(tmp_path, 'anchor = "membership-renewal"\nyears = 2\nparity = "month"\n')
    holder = cc.Holder("N1", [("CBCS", "2020-01-01")], renewals={"NHA": renewal})
    (assessment,) = cc.assess(holder, as_of="2025-06-01", rulebook=book).assessments
    assert assessment.due == due


def test_no_parity_two_year_book_follows_the_renewal_year(tmp_path: Path) -> None:
    """Without parity, a two-year renewal cycle follows the renewal date's own year."""
    book = _nha_book(tmp_path, 'anchor = "membership-renewal"\nyears = 2\n')
    holder = cc.Holder("N1", [("CBCS", "2020-01-01")], renewals={"NHA": "2022-03-15"})
    (assessment,) = cc.assess(holder, as_of="2025-06-01", rulebook=book).assessments
    assert assessment.due == D(2026, 3, 15)


def test_format_1_membership_renewal_keeps_aapcs_parity() -> None:
    """A format-1 book had no parity key: its membership-renewal cycles read as AAPC's."""
    book = cc.load_rulebook(FORMAT_1)
    (rule,) = (r for r in book.cycle_rules if r.anchor is cc.CycleAnchor.MEMBERSHIP_RENEWAL)
    assert rule.parity is cc.RenewalParity.MONTH


# --- Validation ---------------------------------------------------------------------------


def _rule(**keys: object) -> cc.CycleRule:
    body = cc.IssuingBody("NHA", "National Healthcareer Association")
    return cc.CycleRule(body=body, name="r", effective_from="2020-01-01", **keys)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keys", "error", "message"),
    [
        (
            {"anchor": "membership-renewal", "due_on_anniversary": True},
            cc.InvalidValueError,
            "due_on_anniversary needs anchor = 'exam-date'",
        ),
        ({"anchor": "exam-date", "due_on_anniversary": 1}, cc.InvalidTypeError, "bool"),
        (
            {"anchor": "exam-date", "parity": "month"},
            cc.InvalidValueError,
            "needs anchor = 'membership-renewal'",
        ),
        (
            {"anchor": "membership-renewal", "years": 1, "parity": "month"},
            cc.InvalidValueError,
            "needs two-year cycles",
        ),
        ({"anchor": "membership-renewal", "parity": "year"}, cc.InvalidValueError, "month"),
    ],
)
def test_cycle_rule_refuses_bad_anchor_keys(
    keys: dict[str, object], error: type[Exception], message: str
) -> None:
    """Each new key is checked with the others, and the message says what is accepted."""
    with pytest.raises(error, match=message):
        _rule(**keys)


def test_cycle_rule_keys_default_to_the_old_behaviour() -> None:
    """Neither key set: due the day before the anniversary, no parity."""
    rule = _rule(anchor="exam-date", years=2)
    assert (rule.due_on_anniversary, rule.parity) == (False, cc.RenewalParity.NONE)
    assert _rule(anchor="membership-renewal", parity="month").parity is cc.RenewalParity.MONTH


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('due_on_anniversary = "yes"\n', "due_on_anniversary"),
        ("parity = 2\n", "parity"),
        ('parity = "month"\n', "membership-renewal"),
    ],
)
def test_rulebook_refuses_bad_anchor_keys(tmp_path: Path, extra: str, message: str) -> None:
    """A bad key is refused when the book loads, naming the cycle rule."""
    with pytest.raises(cc.RulebookError, match=message) as caught:
        _nha_book(tmp_path, NHA_CYCLE + extra)
    assert "cycle_rules" in str(caught.value)


# --- Fixed cycles (PAHCOM) ----------------------------------------------------------------


def _cycles(
    holder: cc.Holder, log: list[cc.CeuActivity], as_of: dt.date
) -> dict[str, list[object]]:
    report = cc.assess(holder, log, as_of=as_of, history=None)
    return {
        a.body.code: [(c.cycle.start, c.cycle.end) for c in (a.current, *a.history)]
        for a in report.assessments
    }


def test_pahcom_early_ceus_do_not_change_the_cycle() -> None:
    """PAHCOM: 'submitting CEUs now will not change your cycle': due 2012, then 2014.

    A CMM earned 2010-04-15 is due 2012-04-14 and next 2014-04-14, whether its 24 CEUs
    came in the first month or not at all.
    """
    holder = cc.Holder("P1", [("CMM", "2010-04-15")])
    early = [
        cc.CeuActivity("2010-05-01", "12", "other", "Approved", categories="pahcom-approved"),
        cc.CeuActivity("2010-05-02", "12", "other", "Recognized", categories="pahcom-recognized"),
    ]
    as_of = D(2013, 1, 1)
    assessment = cc.assess(holder, early, as_of=as_of).for_body("PAHCOM")
    (first,) = assessment.history
    assert first.met
    assert (first.cycle.start, first.cycle.end) == (D(2010, 4, 15), D(2012, 4, 14))
    assert (assessment.cycle.start, assessment.due) == (D(2012, 4, 15), D(2014, 4, 14))
    assert _cycles(holder, early, as_of) == _cycles(holder, [], as_of)


@given(scenarios())
def test_no_body_s_cycles_depend_on_the_ceu_log(scenario: Scenario) -> None:
    """Every anchor fixes the cycles from the holder's dates alone: the log never moves them."""
    assert _cycles(scenario.holder, scenario.activities, scenario.as_of) == _cycles(
        scenario.holder, [], scenario.as_of
    )
