"""The compliance engine: cycles, requirements, acceptance, minimums and standings, explained."""

# Numbers are compared as published (36, not Decimal('36')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import coding_certs as cc
from engine_strategies import Scenario, accepted_activity, scenarios, units
from ids import stable_id

D = dt.date
ONE_DAY = dt.timedelta(days=1)

#: Engine properties assess a holder twice per example: fewer examples keep the file fast.
engine_settings = settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])


def _act(
    day: dt.date | str, units: str | int = 1, title: str = "Course", **fields: object
) -> cc.CeuActivity:
    fields.setdefault("kind", "other")
    return cc.CeuActivity(completed_on=day, units=units, title=title, **fields)  # type: ignore[arg-type]


def _body(
    holder: cc.Holder,
    activities: list[cc.CeuActivity] | tuple[cc.CeuActivity, ...] = (),
    *,
    as_of: dt.date | str,
    body: str,
    history: int | None = 1,
) -> cc.BodyAssessment:
    return cc.assess(holder, activities, as_of=as_of, history=history).for_body(body)


def _reasons(assessment: cc.BodyAssessment) -> list[cc.Reason]:
    return [rejection.reason for rejection in assessment.rejected]


CCS_2024 = cc.Holder("E1", [("CCS", "2024-03-15")], name="Ann Coder")
CPC_2020 = cc.Holder("E2", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")


# --- The example: a CCS who passed on 2024-03-15 --------------------------------------


def test_ccs_cycle_begins_on_the_exam_day() -> None:
    """A CCS passed on 2024-03-15 is in the cycle 2024-03-15 to 2026-03-14."""
    cycle = _body(CCS_2024, as_of="2025-01-01", body="AHIMA").cycle
    assert (cycle.start, cycle.end) == (D(2024, 3, 15), D(2026, 3, 14))


def test_ccs_requires_20_ceus() -> None:
    """One AHIMA coding credential requires 20 CEUs per cycle."""
    assert _body(CCS_2024, as_of="2025-01-01", body="AHIMA").required == 20


def test_activity_before_the_exam_is_rejected() -> None:
    """An activity dated 2024-01-10, before the exam, is rejected as before the credential."""
    assessment = _body(CCS_2024, [_act("2024-01-10")], as_of="2025-01-01", body="AHIMA")
    assert _reasons(assessment) == [cc.Reason.BEFORE_CREDENTIAL]
    assert assessment.earned == 0


def test_explain_names_every_number() -> None:
    """``explain()`` names the cycle, the requirement, earned, remaining, pace and rejections."""
    log = [_act("2024-01-10", 2, "Early"), _act("2024-06-01", 5, "Counted", categories="hiim")]
    assessment = _body(CCS_2024, log, as_of="2025-03-15", body="AHIMA")
    text = assessment.explain()
    for fact in (
        "2024-03-15 to 2026-03-14",
        "Required: 20 CEUs",
        "Earned: 5 CEUs",
        "remaining 15",
        f"Pace: {assessment.pace} CEUs",
        "365 of its 730 days have passed",
        "'Early' (2024-01-10, 2 CEUs)",
        "[before-credential]",
        "https://www.ahima.org/certification/Recertification",
        "Minimum 'ahima-80-percent-hiim'",
        "Assumption:",
    ):
        assert fact in text


def test_report_explain_names_the_holder() -> None:
    """The report's explanation opens with the holder, the day and the verdict."""
    text = cc.assess(CCS_2024, as_of="2025-01-01").explain()
    assert text.startswith("Holder E1 (Ann Coder), as of 2025-01-01: in good standing.")


# --- Every reason an activity does not count ----------------------------------------------------


def test_activity_in_an_older_cycle_is_outside_the_cycles_assessed() -> None:
    """With history=0, an activity of the previous cycle is rejected as outside the cycle."""
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    assessment = _body(holder, [_act("2021-01-01")], as_of="2023-01-01", body="AHIMA", history=0)
    assert _reasons(assessment) == [cc.Reason.OUTSIDE_CYCLE]


def test_activity_of_an_assessed_earlier_cycle_counts_there() -> None:
    """With history=1, an activity of the previous cycle counts toward that cycle."""
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    assessment = _body(holder, [_act("2021-01-01")], as_of="2023-01-01", body="AHIMA")
    assert (assessment.rejected, assessment.history[0].earned) == ((), 1)


def test_activity_after_as_of_is_rejected() -> None:
    """An activity completed after the day of the assessment does not count."""
    assessment = _body(CCS_2024, [_act("2025-01-02")], as_of="2025-01-01", body="AHIMA")
    assert _reasons(assessment) == [cc.Reason.AFTER_AS_OF]


def test_same_index_number_twice_is_a_duplicate() -> None:
    """A second record with the same index number in the same cycle is a duplicate."""
    log = [
        _act("2024-05-01", 2, "A", index_number="X-1"),
        _act("2024-06-01", 2, "B", index_number="x 1"),
    ]
    assessment = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA")
    assert (_reasons(assessment), assessment.earned) == ([cc.Reason.DUPLICATE], 2)


def test_same_title_and_sponsor_twice_is_a_duplicate() -> None:
    """Without index numbers, the same title and sponsor twice in a cycle is a duplicate."""
    log = [
        _act("2024-05-01", 2, "Update", sponsor="Chapter"),
        _act("2024-06-01", 2, "update", sponsor="chapter"),
    ]
    assessment = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA")
    assert _reasons(assessment) == [cc.Reason.DUPLICATE]


def test_the_same_course_in_two_cycles_counts_in_each() -> None:
    """A course repeated in a later cycle counts again there."""
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    log = [
        _act("2021-01-01", 2, "Update", index_number="X-1"),
        _act("2023-01-01", 2, "Update", index_number="X-1"),
    ]
    assessment = _body(holder, log, as_of="2023-06-01", body="AHIMA")
    assert (assessment.rejected, assessment.earned, assessment.history[0].earned) == ((), 2, 2)


def test_instruction_without_preapproval_is_rejected() -> None:
    """Instruction at a post-secondary school counts only with pre-approval."""
    assessment = _body(
        CCS_2024, [_act("2024-05-01", kind="instruction")], as_of="2025-01-01", body="AHIMA"
    )
    assert _reasons(assessment) == [cc.Reason.INSTRUCTION_NOT_PREAPPROVED]


def test_preapproved_instruction_counts() -> None:
    """Pre-approved instruction counts."""
    log = [_act("2024-05-01", 3, kind="instruction", preapproved=True)]
    assert _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA").earned == 3


def test_aapc_approved_event_needs_an_index_number() -> None:
    """At AAPC an approved event without an index number is rejected."""
    log = [_act("2022-05-01", kind="approved-event")]
    assessment = _body(CPC_2020, log, as_of="2022-06-01", body="AAPC")
    assert _reasons(assessment) == [cc.Reason.MISSING_INDEX_NUMBER]


@pytest.mark.parametrize(
    ("earned", "renewal", "day", "as_of"),
    [("2008-01-15", "2009-03-15", "2008-05-01", "2008-06-01"),  # the rule's first year
     ("2020-01-15", "2021-03-15", "2025-05-01", "2025-06-01")],  # today
)  # fmt: skip
def test_aapc_counts_an_approved_event_with_its_certificate(
    earned: str, renewal: str, day: str, as_of: str
) -> None:
    """AAPC counts an approved event without an index number when the coder has its certificate.

    AAPC's help centre: "indicate whether you have an index/catalog number ... If 'No,' ...
    upload your certificate of completion". The shipped rule applies it from its start.
    """
    holder = cc.Holder("E3", [("CPC", earned)], aapc_renewal=renewal)
    log = [_act(day, 2, kind="approved-event", certificate=True)]
    assessment = _body(holder, log, as_of=as_of, body="AAPC")
    # Today's case falls in the 90 days after an unmet cycle: it makes up that cycle.
    earned_anywhere = sum(cycle.earned for cycle in (assessment.current, *assessment.history))
    assert (assessment.rejected, earned_anywhere) == ((), 2)


def test_aapc_rejects_an_approved_event_without_index_number_or_certificate() -> None:
    """With neither an index number nor a certificate, AAPC rejects it and says what is missing."""
    log = [_act("2022-05-01", 2, kind="approved-event", certificate=False)]
    assessment = _body(CPC_2020, log, as_of="2022-06-01", body="AAPC")
    (rejection,) = assessment.rejected
    assert rejection.reason is cc.Reason.MISSING_INDEX_NUMBER
    assert rejection.reason.value == "missing-index-number"
    assert rejection.detail.startswith("no index number and no certificate")
    assert "certificate of completion" in rejection.detail
    assert assessment.earned == 0


def test_aapc_shipped_cycle_rule_accepts_a_certificate() -> None:
    """The shipped AAPC cycle rule asks an index number or a certificate, and cites the page."""
    (rule,) = [r for r in cc.default_rulebook().cycle_rules if r.body == cc.AAPC]
    assert (rule.requires_index_number, rule.accepts_certificate) == (True, True)
    assert any("15556015-how-do-i-manage-and-submit" in (s.url or "") for s in rule.sources)


def test_aapc_approved_event_with_an_index_number_counts() -> None:
    """At AAPC an approved event with its index number counts."""
    log = [_act("2022-05-01", 2, kind="approved-event", index_number="AAPC-1")]
    assert _body(CPC_2020, log, as_of="2022-06-01", body="AAPC").earned == 2


def test_aapc_coursework_needs_no_index_number() -> None:
    """At AAPC, post-secondary coursework counts without an index number."""
    log = [_act("2022-05-01", 2, kind="coursework")]
    assert _body(CPC_2020, log, as_of="2022-06-01", body="AAPC").earned == 2


def test_ahima_approved_event_needs_no_index_number() -> None:
    """At AHIMA an approved event without an index number still counts."""
    log = [_act("2024-05-01", 2, kind="approved-event")]
    assessment = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA")
    assert (assessment.rejected, assessment.earned) == ((), 2)


def test_every_rejection_says_why() -> None:
    """Each rejection carries a sentence, and the reason code reads as its value."""
    assessment = _body(CCS_2024, [_act("2024-01-10")], as_of="2025-01-01", body="AHIMA")
    rejection = assessment.rejected[0]
    assert "before CCS was earned on 2024-03-15" in rejection.detail
    assert rejection.reason == "before-credential"


# --- Whose activities, which body -------------------------------------------------------------


def test_activities_of_another_holder_are_ignored() -> None:
    """An activity naming another holder is neither counted nor rejected."""
    log = [_act("2024-05-01", 2, holder_id="someone-else"), _act("2024-05-02", 3, holder_id="E1")]
    assessment = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA")
    assert (assessment.earned, assessment.rejected) == (3, ())


def test_activity_reported_to_aapc_does_not_count_at_ahima() -> None:
    """An activity with bodies={"AAPC"} counts at AAPC only."""
    holder = cc.Holder(
        "E1", [("CPC", "2020-01-15"), ("CCS", "2020-01-15")], aapc_renewal="2021-03-15"
    )
    # After the 90 days in which it would make up AAPC's unmet first cycle.
    report = cc.assess(holder, [_act("2021-06-20", 4, bodies={"AAPC"})], as_of="2021-07-01")
    assert (report.for_body("AAPC").earned, report.for_body("AHIMA").earned) == (4, 0)


def test_activity_without_bodies_counts_at_both() -> None:
    """An activity with no bodies counts at every body the holder reports to."""
    holder = cc.Holder(
        "E1", [("CPC", "2020-01-15"), ("CCS", "2020-01-15")], aapc_renewal="2021-03-15"
    )
    # After the 90 days in which it would make up AAPC's unmet first cycle.
    report = cc.assess(holder, [_act("2021-06-20", 4)], as_of="2021-07-01")
    assert (report.for_body("AAPC").earned, report.for_body("AHIMA").earned) == (4, 4)


# --- Standings ----------------------------------------------------------------------------------


def test_met_when_total_and_minimums_are_met() -> None:
    """20 CEUs, 16 of them in HIIM domains, meet a CCS cycle that began before 2025."""
    log = [_act("2024-05-01", 16, "HIIM", categories="hiim"), _act("2024-06-01", 4, "Other")]
    assessment = _body(CCS_2024, log, as_of="2024-07-01", body="AHIMA")
    assert (assessment.standing, assessment.remaining) == (cc.Standing.MET, 0)


def test_total_without_the_minimum_is_not_met() -> None:
    """20 CEUs with too few in HIIM domains do not meet the cycle."""
    log = [_act("2024-05-01", 15, "HIIM", categories="hiim"), _act("2024-06-01", 5, "Other")]
    assessment = _body(CCS_2024, log, as_of="2026-03-14", body="AHIMA")
    assert not assessment.current.met
    assert [m.met for m in assessment.minimums] == [False]
    assert assessment.standing is cc.Standing.ON_TRACK


def test_minimum_lists_what_counted_toward_it() -> None:
    """A minimum's status lists the counted activities of its category."""
    hiim = _act("2024-05-01", 15, "HIIM", categories="hiim")
    assessment = _body(
        CCS_2024, [hiim, _act("2024-06-01", 5, "Other")], as_of="2025-01-01", body="AHIMA"
    )
    status = assessment.minimums[0]
    assert (status.activities, status.earned, status.required, status.remaining) == (
        (hiim,),
        15,
        16,
        1,
    )


def test_on_track_at_exactly_the_pace() -> None:
    """Earning exactly the pro-rata share for the time elapsed is ON_TRACK."""
    pace = _body(CCS_2024, as_of="2025-01-01", body="AHIMA").pace
    assessment = _body(CCS_2024, [_act("2024-05-01", str(pace))], as_of="2025-01-01", body="AHIMA")
    assert assessment.standing is cc.Standing.ON_TRACK


def test_behind_a_cent_below_the_pace() -> None:
    """One hundredth of a CEU below the pro-rata share is BEHIND."""
    pace = _body(CCS_2024, as_of="2025-01-01", body="AHIMA").pace
    log = [_act("2024-05-01", str(pace - Decimal("0.01")))]
    assert _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA").standing is cc.Standing.BEHIND


def test_pace_is_the_share_of_the_requirement() -> None:
    """The pace is the requirement times the share of days before as_of, rounded up to cents."""
    assessment = _body(CCS_2024, as_of="2025-03-16", body="AHIMA")
    assert assessment.pace == Decimal("10.03")  # 20 x 366/730 = 10.0274


def _aapc_unmet(as_of: dt.date) -> cc.BodyAssessment:
    return _body(CPC_2020, as_of=as_of, body="AAPC")


def test_aapc_grace_on_the_day_after_the_due_date() -> None:
    """The day after an unmet AAPC due date the credential is in GRACE, still active."""
    assessment = _aapc_unmet(D(2023, 3, 16))
    assert (assessment.standing, assessment.in_good_standing) == (cc.Standing.GRACE, True)


def test_aapc_grace_on_day_90() -> None:
    """Ninety days after an unmet AAPC due date the credential is still in GRACE."""
    assessment = _aapc_unmet(D(2023, 3, 15) + dt.timedelta(days=90))
    assert (assessment.standing, assessment.standing_until) == (cc.Standing.GRACE, D(2023, 6, 13))


def test_aapc_lapsed_on_day_91() -> None:
    """Ninety-one days after an unmet AAPC due date the credential is revoked (LAPSED)."""
    assessment = _aapc_unmet(D(2023, 3, 15) + dt.timedelta(days=91))
    assert (assessment.standing, assessment.in_good_standing) == (cc.Standing.LAPSED, False)


def test_grace_names_the_lapse_rule() -> None:
    """A GRACE assessment names the lapse rule and its end in the explanation."""
    assessment = _aapc_unmet(D(2023, 4, 1))
    assert assessment.lapse_rule is not None
    assert assessment.lapse_rule.name == "aapc-revoked-after-90-days"
    assert "in grace until 2023-06-13" in assessment.explain()


CCS_2019_JAN_2 = cc.Holder("E1", [("CCS", "2019-01-02")])  # first cycle ends 2021-01-01
CCS_2019_JAN_1 = cc.Holder("E1", [("CCS", "2019-01-01")])  # first cycle ends 2020-12-31


def test_ahima_unmet_since_2021_is_inactive_at_once() -> None:
    """An AHIMA cycle ending unmet on 2021-01-01 leaves the credential INACTIVE the next day."""
    assessment = _body(CCS_2019_JAN_2, as_of="2021-01-02", body="AHIMA")
    assert (assessment.standing, assessment.in_good_standing) == (cc.Standing.INACTIVE, False)


def test_ahima_inactive_on_day_180() -> None:
    """180 days after an unmet AHIMA due date (since 2021) the credential is still INACTIVE."""
    assessment = _body(CCS_2019_JAN_2, as_of=D(2021, 1, 1) + dt.timedelta(days=180), body="AHIMA")
    assert (assessment.standing, assessment.standing_until) == (
        cc.Standing.INACTIVE,
        D(2021, 6, 30),
    )


def test_ahima_lapsed_on_day_181() -> None:
    """181 days after an unmet AHIMA due date (since 2021) the credential is revoked."""
    assessment = _body(CCS_2019_JAN_2, as_of=D(2021, 1, 1) + dt.timedelta(days=181), body="AHIMA")
    assert assessment.standing is cc.Standing.LAPSED


def test_ahima_unmet_before_2021_has_three_months_of_grace() -> None:
    """An AHIMA cycle ending unmet on 2020-12-31 is in GRACE until 2021-03-31."""
    assessment = _body(CCS_2019_JAN_1, as_of="2021-03-31", body="AHIMA")
    assert (assessment.standing, assessment.standing_until) == (cc.Standing.GRACE, D(2021, 3, 31))


def test_ahima_unmet_before_2021_lapses_after_three_months() -> None:
    """An AHIMA cycle ending unmet on 2020-12-31 is LAPSED on 2021-04-01."""
    assert _body(CCS_2019_JAN_1, as_of="2021-04-01", body="AHIMA").standing is cc.Standing.LAPSED


def test_lapse_rule_chosen_by_cycle_end_before_2021() -> None:
    """A cycle ending 2020-12-31 falls under the 3-month grace rule."""
    assessment = _body(CCS_2019_JAN_1, as_of="2021-01-01", body="AHIMA")
    assert assessment.lapse_rule is not None
    assert (assessment.lapse_rule.name, assessment.standing) == (
        "ahima-3-month-grace",
        cc.Standing.GRACE,
    )


def test_lapse_rule_chosen_by_cycle_end_from_2021() -> None:
    """A cycle ending 2021-01-01 falls under the inactive-then-revoked rule."""
    assessment = _body(CCS_2019_JAN_2, as_of="2021-01-02", body="AHIMA")
    assert assessment.lapse_rule is not None
    assert assessment.lapse_rule.name == "ahima-inactive-then-revoked"


@pytest.mark.parametrize(
    ("holder", "as_of", "phrase"),
    [
        (CCS_2019_JAN_2, "2021-01-02", "inactive until 2021-06-30, then revoked"),
        (CCS_2019_JAN_2, "2021-07-01", "the credentials are revoked"),
        (CCS_2024, "2024-06-01", "is below the"),
    ],
)
def test_explain_states_the_standing(holder: cc.Holder, as_of: str, phrase: str) -> None:
    """The explanation says, in words, what the standing means."""
    assert phrase in _body(holder, as_of=as_of, body="AHIMA").explain()


def test_explain_states_met_and_on_track() -> None:
    """MET and ON_TRACK each have their own sentence."""
    met = _body(
        CCS_2024, [_act("2024-05-01", 20, categories="hiim")], as_of="2024-06-01", body="AHIMA"
    )
    on_track = _body(CCS_2024, [_act("2024-05-01", 10)], as_of="2024-06-01", body="AHIMA")
    assert "every requirement of the current cycle is met" in met.explain()
    assert "is at least the" in on_track.explain()


def test_met_previous_cycle_leaves_no_lapse_rule() -> None:
    """When the previous cycle was met, the current cycle decides and no lapse rule applies."""
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    log = [_act("2021-01-01", 20, categories="hiim")]
    assessment = _body(holder, log, as_of="2022-04-01", body="AHIMA")
    assert (assessment.lapse_rule, assessment.history[0].met) == (None, True)
    assert (
        "Earlier cycle 2020-03-15 to 2022-03-14: met (20 of 20 CEUs; minimums:"
        in assessment.explain()
    )


def test_severity_orders_the_standings() -> None:
    """Severity runs from MET (0) to LAPSED (5); GRACE is the worst in good standing."""
    assert [s.severity for s in cc.Standing] == list(range(6))
    assert [s.in_good_standing for s in cc.Standing] == [True, True, True, True, False, False]


# --- Both sides of every cutover in the rule data ---------------------------------------------


def _aapc_first_cycle(codes: tuple[str, ...], earned: str) -> cc.BodyAssessment:
    # August is an even month, so no regular AAPC cycle starts in 2015 (an odd year) near the
    # cutover: a first cycle begins on the exam day instead. Due 2017-07-31 keeps it near 24 months.
    holder = cc.Holder("E1", [(code, earned) for code in codes], aapc_renewal="2017-07-31")
    return _body(holder, as_of="2016-01-01", body="AAPC")


TWO = ("CPC", "CPC-P")
FIVE = ("CPC", "CPC-P", "CPB", "CRC", "CPMA")


def _aapc_cycle_due(codes: tuple[str, ...], due: str, as_of: str) -> cc.BodyAssessment:
    """The AAPC assessment of credentials earned in 2011, on ``as_of``, renewing on ``due``."""
    holder = cc.Holder("E1", [(code, "2011-01-15") for code in codes], aapc_renewal=due)
    return _body(holder, as_of=as_of, body="AAPC")


@pytest.mark.parametrize(("codes", "older"), [(TWO, 48), (FIVE, 80)], ids=["two", "five"])
def test_aapc_2012_tiers_for_a_cycle_due_before_2015_08_31(
    codes: tuple[str, ...], older: int
) -> None:
    """A cycle due 2015-07-31 (before the copy of 2015-08-31) owes the older table: 48 or 80."""
    assessment = _aapc_cycle_due(codes, "2015-07-31", as_of="2015-06-01")
    requirement = assessment.current.requirement
    assert (assessment.cycle.start, assessment.cycle.end) == (
        dt.date(2013, 8, 1),
        dt.date(2015, 7, 31),
    )
    assert (requirement.table.edition, assessment.required) == ("aapc-2012", older)


@pytest.mark.parametrize(("codes", "current"), [(TWO, 40), (FIVE, 52)], ids=["two", "five"])
def test_aapc_2015_tiers_for_a_cycle_begun_before_and_due_after_2015_08_31(
    codes: tuple[str, ...], current: int
) -> None:
    """A cycle from 2015-08-01 to 2017-07-31 owes the current table: 40 or 52, not 48 or 80.

    AAPC's CEUs are reported at the due date against the page then published; the copy of
    2015-08-31 reads "Two Certifications: 40 CEUs every two years ... Five or More
    Certifications: 52".
    """
    assessment = _aapc_cycle_due(codes, "2017-07-31", as_of="2017-07-01")
    requirement = assessment.current.requirement
    assert (assessment.cycle.start, assessment.cycle.end) == (
        dt.date(2015, 8, 1),
        dt.date(2017, 7, 31),
    )
    assert (requirement.table.edition, assessment.required) == ("aapc-2015", current)
    (asked,) = cc.ceu_requirements(codes, on="2017-07-01")
    assert asked.units == current


def test_aapc_2015_tiers_for_a_first_cycle_that_began_2015_08_30() -> None:
    """Two AAPC credentials earned 2015-08-30, due 2017-07-31, owe the current table's 40."""
    assessment = _aapc_first_cycle(TWO, "2015-08-30")
    requirement = assessment.current.requirement
    assert (requirement.table.edition, requirement.units, assessment.required) == (
        "aapc-2015",
        40,
        40,
    )


def test_aapc_2015_tiers_for_a_cycle_starting_2015_08_31() -> None:
    """Two AAPC credentials in a cycle that began 2015-08-31 owe the current table's 40."""
    requirement = _aapc_first_cycle(TWO, "2015-08-31").current.requirement
    assert (requirement.table.edition, requirement.units) == ("aapc-2015", 40)


def test_tier_is_judged_by_the_due_date_not_the_day_assessed() -> None:
    """Assessed on 2015-08-15, a cycle due 2017-07-31 owes 40; on 2015-10-01, one due 2015-07-31 48.

    Neither the day assessed nor the day the cycle began picks the table: the due date does.
    """
    before_cutover = _aapc_cycle_due(TWO, "2017-07-31", as_of="2015-08-15")
    assert before_cutover.cycle.end == dt.date(2017, 7, 31)
    assert before_cutover.required == 40
    after_cutover = _aapc_cycle_due(TWO, "2015-07-31", as_of="2015-10-01")
    (previous,) = after_cutover.history
    assert (previous.cycle.end, previous.required) == (dt.date(2015, 7, 31), 48)


def test_the_explanation_names_the_day_that_picked_the_edition() -> None:
    """AAPC's edition is 'in force on the cycle's due date'; AHIMA's 'when the cycle began'."""
    aapc = _aapc_cycle_due(TWO, "2017-07-31", as_of="2017-07-01").explain()
    assert "of edition 'aapc-2015', in force on the cycle's due date (" in aapc
    ahima = _body(cc.Holder("E1", [("CCS", "2020-03-15")]), as_of="2021-01-01", body="AHIMA")
    assert "of edition 'ahima-2019', in force when the cycle began (" in ahima.explain()


def test_cpma_auditing_minimum_24_for_a_cycle_due_before_2015_08_31() -> None:
    """A CPMA cycle due 2015-07-31 needs the older page's 24 auditing CEUs."""
    minimums = _aapc_cycle_due(("CPMA",), "2015-07-31", as_of="2015-06-01").minimums
    assert [(m.rule.name, m.required) for m in minimums] == [("aapc-cpma-auditing-24", 24)]


def test_cpma_auditing_minimum_16_for_a_cycle_begun_before_and_due_after_2015_08_31() -> None:
    """A CPMA cycle from 2015-08-01 to 2017-07-31 needs the current page's 16, not 24."""
    minimums = _aapc_cycle_due(("CPMA",), "2017-07-31", as_of="2017-07-01").minimums
    assert [(m.rule.name, m.required) for m in minimums] == [("aapc-cpma-auditing-16", 16)]


def test_cpma_auditing_minimum_16_for_a_first_cycle_that_began_2015_08_30() -> None:
    """A CPMA earned 2015-08-30, first due 2017-07-31, is asked the 16 auditing CEUs."""
    minimums = _aapc_first_cycle(("CPMA",), "2015-08-30").minimums
    assert [(m.rule.name, m.required) for m in minimums] == [("aapc-cpma-auditing-16", 16)]


def test_specialty_minimum_16_then_8_by_the_due_date() -> None:
    """A CEMC is asked 16 CEMC CEUs in a cycle due 2015-07-31, 8 in one due 2017-07-31."""
    older = _aapc_cycle_due(("CPC", "CEMC"), "2015-07-31", as_of="2015-06-01")
    current = _aapc_cycle_due(("CPC", "CEMC"), "2017-07-31", as_of="2017-07-01")
    assert [(m.rule.name, m.required) for m in older.minimums] == [("aapc-cemc-specialty-16", 16)]
    assert [(m.rule.name, m.required) for m in current.minimums] == [("aapc-cemc-specialty-8", 8)]


def test_cpma_auditing_minimum_16_for_a_cycle_starting_2015_08_31() -> None:
    """A CPMA cycle that began 2015-08-31 is judged by the 16-CEU auditing rule.

    That first cycle is pro-rated (23 of 24 months: 34.5 of 36 CEUs), and so is
    the fixed minimum: 16 x 34.5 / 36 = 15.33.
    """
    assessment = _aapc_first_cycle(("CPMA",), "2015-08-31")
    assert assessment.required == Decimal("34.5")
    assert [(m.rule.name, m.required) for m in assessment.minimums] == [
        ("aapc-cpma-auditing-16", Decimal("15.33"))
    ]


AAPC_CODES = st.lists(
    st.sampled_from(["CPC", "CPC-P", "CPB", "CRC", "CPMA", "CPCO", "CPPM", "CEMC", "CGSC"]),
    min_size=1,
    max_size=6,
    unique=True,
)


@given(
    codes=AAPC_CODES,
    renewal=st.dates(dt.date(2013, 1, 1), dt.date(2013, 12, 28)),
    as_of=st.dates(dt.date(2015, 9, 1), dt.date(2026, 12, 31)),
)
def test_assess_asks_what_ceu_requirements_asks_on_the_due_date(
    codes: list[str], renewal: dt.date, as_of: dt.date
) -> None:
    """For AAPC cycles due after 2015-08-31, assess and ceu_requirements(on=due) agree.

    Every credential is earned in 2011, so each assessed cycle is a full one; its total and
    its minimums are those of the day its CEUs are due, whenever it began.
    """
    holder = cc.Holder("E1", [(code, "2011-01-15") for code in codes], aapc_renewal=renewal)
    assessment = _body(holder, as_of=as_of, body="AAPC")
    assert assessment.cycle.end >= as_of  # so the current cycle is due after 2015-08-31
    for cycle in (assessment.current, *assessment.history):
        if cycle.cycle.end < dt.date(2015, 8, 31):
            continue  # a previous cycle due under the older table
        (asked,) = cc.ceu_requirements(codes, on=cycle.cycle.end)
        assert cycle.required == asked.units
        assert {m.rule.name for m in cycle.minimums} == {m.name for m in asked.minimums}


def test_fixed_minimum_is_whole_in_a_full_cycle() -> None:
    """Outside a pro-rated first cycle a CPMA owes the full 16 auditing CEUs."""
    holder = cc.Holder("E1", [("CPMA", "2016-01-15")], aapc_renewal="2017-03-15")
    assessment = _body(holder, as_of="2018-01-01", body="AAPC")
    assert [m.required for m in assessment.minimums] == [16]


def test_cpma_minimum_does_not_apply_without_a_cpma() -> None:
    """A CPC holder is not asked for auditing CEUs."""
    assert _body(CPC_2020, as_of="2022-01-01", body="AAPC").minimums == ()


def test_cpma_cycle_met_only_with_the_auditing_minimum() -> None:
    """A CPMA with 36 CEUs but only 15 in auditing has not met the cycle; 16 meets it."""
    holder = cc.Holder("E1", [("CPMA", "2016-01-15")], aapc_renewal="2017-03-15")
    short = [
        _act("2018-01-01", 15, "Audit", categories="auditing"),
        _act("2018-02-01", 21, "Other"),
    ]
    enough = [
        _act("2018-01-01", 16, "Audit", categories="auditing"),
        _act("2018-02-01", 20, "Other"),
    ]
    assert (
        _body(holder, short, as_of="2018-06-01", body="AAPC", history=0).standing
        is not cc.Standing.MET
    )
    assert (
        _body(holder, enough, as_of="2018-06-01", body="AAPC", history=0).standing
        is cc.Standing.MET
    )


def _ahima_minimums(earned: str) -> list[str]:
    holder = cc.Holder("E1", [("CCS", earned)])
    return [m.rule.name for m in _body(holder, as_of="2025-06-01", body="AHIMA").minimums]


def test_ahima_40_percent_not_asked_of_a_cycle_beginning_2024_12_31() -> None:
    """A cycle that began 2024-12-31 is not asked for 40% from AHIMA resources."""
    assert _ahima_minimums("2022-12-31") == ["ahima-80-percent-hiim"]


def test_ahima_40_percent_asked_of_a_cycle_beginning_2025_01_01() -> None:
    """A cycle that began 2025-01-01 needs 40% (8 of 20 CEUs) from AHIMA resources."""
    holder = cc.Holder("E1", [("CCS", "2023-01-01")])
    minimums = _body(holder, as_of="2025-06-01", body="AHIMA").minimums
    assert [(m.rule.name, m.required) for m in minimums] == [
        ("ahima-80-percent-hiim", 16),
        ("ahima-40-percent-ahima-resources", 8),
    ]


# --- AAPC's first cycle and renewal date ---------------------------------------------------


def test_aapc_first_cycle_is_prorated() -> None:
    """A CPC earned 2025-06-10, renewal in March: due 2027-03-15, 22 started months, 33 CEUs."""
    holder = cc.Holder("E1", [("CPC", "2025-06-10")], aapc_renewal="2025-03-15")
    assessment = _body(holder, as_of="2025-07-01", body="AAPC")
    cycle = assessment.cycle
    assert (cycle.start, cycle.end, cycle.is_partial, assessment.required) == (
        D(2025, 6, 10),
        D(2027, 3, 15),
        True,
        33,
    )
    assert any("pro-rated" in note for note in assessment.current.notes)


def test_missing_renewal_date_is_derived_and_said() -> None:
    """Without a renewal date, the first credential's anniversary is used and a note says so."""
    holder = cc.Holder("E1", [("CPC", "2025-06-10")])
    assessment = _body(holder, as_of="2025-07-01", body="AAPC")
    assert assessment.due == D(2026, 6, 10)
    assert any("renewal date is not known" in note for note in assessment.notes)
    assert "renewal date is not known" in assessment.explain()


def test_known_renewal_date_adds_no_note() -> None:
    """A known renewal date adds no note about deriving it."""
    assert _body(CPC_2020, as_of="2022-01-01", body="AAPC").notes == ()


def test_credential_earned_on_a_due_date_starts_with_a_full_cycle() -> None:
    """A CPC earned on a due date owes nothing that day; its first cycle is the next, full one."""
    holder = cc.Holder("E1", [("CPC", "2025-03-15")])
    assessment = _body(holder, [_act("2025-03-15", 2)], as_of="2025-03-15", body="AAPC")
    cycle = assessment.cycle
    assert (cycle.start, cycle.end, assessment.required) == (D(2025, 3, 16), D(2027, 3, 15), 36)
    assert (assessment.earned, assessment.standing) == (2, cc.Standing.ON_TRACK)


def test_full_first_cycle_when_the_rule_book_says_so() -> None:
    """A rule book whose AAPC cycle rule asks the full tier does not pro-rate."""
    book = cc.default_rulebook()
    rules = tuple(
        attrs.evolve(rule, first_cycle=cc.FirstCycle.FULL) if rule.body == cc.AAPC else rule
        for rule in book.cycle_rules
    )
    full = attrs.evolve(book, cycle_rules=rules)
    holder = cc.Holder("E1", [("CPC", "2025-06-10")], aapc_renewal="2025-03-15")
    report = cc.assess(holder, as_of="2025-07-01", rulebook=full)
    assert report.for_body("AAPC").required == 36


# --- Which credentials count toward a cycle's tier ----------------------------------------------


def test_cpc_h_and_coc_count_once() -> None:
    """CPC-H and COC are one credential renamed: one tier, 36 CEUs."""
    holder = cc.Holder(
        "E1", [("CPC-H", "2010-01-15"), ("COC", "2016-01-15")], aapc_renewal="2011-03-15"
    )
    requirement = _body(holder, as_of="2025-01-01", body="AAPC").current.requirement
    assert (requirement.count, requirement.units) == (1, 36)


def test_cpc_and_coc_count_twice() -> None:
    """CPC and COC are two credentials: 40 CEUs under the current table."""
    holder = cc.Holder(
        "E1", [("CPC", "2016-01-15"), ("COC", "2016-01-15")], aapc_renewal="2017-03-15"
    )
    assert _body(holder, as_of="2025-01-01", body="AAPC").required == 40


def test_credential_earned_mid_cycle_joins_at_the_next_cycle() -> None:
    """A second credential earned during a cycle raises the requirement from the next cycle."""
    holder = cc.Holder(
        "E1", [("CPC", "2020-01-15"), ("COC", "2022-01-01")], aapc_renewal="2021-03-15"
    )
    during = _body(holder, as_of="2022-06-01", body="AAPC").required
    after = _body(holder, as_of="2023-06-01", body="AAPC").required
    assert (during, after) == (36, 40)


def test_credential_not_yet_earned_is_not_assessed() -> None:
    """On a day before a credential was earned, its body is not assessed."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15"), ("CCS", "2024-03-15")])
    report = cc.assess(holder, as_of="2023-01-01")
    assert [a.body.code for a in report.assessments] == ["AAPC"]


# --- The renewal month ----------------------------------------------------------------------


def test_renewal_month_ceu_moves_back_to_a_short_cycle() -> None:
    """A CEU of the renewal month after the due date counts toward a short ending cycle."""
    log = [
        _act("2022-06-01", 30, "Big"),
        _act("2023-03-20", 6, "Late March"),
        _act("2023-04-01", 2, "April"),
    ]
    assessment = _body(CPC_2020, log, as_of="2023-05-01", body="AAPC")
    previous = assessment.history[0]
    assert (previous.earned, previous.met, assessment.earned) == (36, True, 2)
    assert any("after the due date" in note for note in previous.notes)


def test_renewal_month_ceu_stays_when_the_ending_cycle_is_met() -> None:
    """A CEU of the renewal month after the due date stays put when the ending cycle is met."""
    log = [_act("2022-06-01", 36, "Big"), _act("2023-03-20", 6, "Late March")]
    assessment = _body(CPC_2020, log, as_of="2023-05-01", body="AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (36, 6)
    assert assessment.history[0].notes == assessment.current.notes == ()


def test_renewal_month_ceu_moves_forward_from_a_cycle_with_spare() -> None:
    """A renewal-month CEU up to the due date moves forward when the ending cycle can spare it."""
    log = [_act("2022-06-01", 36, "Big"), _act("2023-03-10", 6, "Early March")]
    assessment = _body(CPC_2020, log, as_of="2023-05-01", body="AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (36, 6)
    assert any("up to the due date" in note for note in assessment.current.notes)


def test_renewal_month_ceu_does_not_move_forward_if_it_would_unmeet() -> None:
    """A renewal-month CEU the ending cycle needs stays in it."""
    log = [_act("2022-06-01", 32, "Big"), _act("2023-03-10", 6, "Early March")]
    assessment = _body(CPC_2020, log, as_of="2023-05-01", body="AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (38, 0)


def _aapc_per_cycle() -> cc.Rulebook:
    """The shipped rule book with AAPC counting a course once per cycle, as before 0.x."""
    book = cc.default_rulebook()
    rules = tuple(
        attrs.evolve(rule, course_counts="once-per-cycle") if rule.body == cc.AAPC else rule
        for rule in book.cycle_rules
    )
    return attrs.evolve(book, cycle_rules=rules)


def test_renewal_month_course_already_counted_does_not_move_back() -> None:
    """Once per cycle: a renewal-month CEU of a course the ended cycle counts does not move back."""
    log = [
        _act("2022-06-01", 30, "Update", index_number="X-1"),
        _act("2023-03-20", 6, "Update again", index_number="X-1"),
    ]
    report = cc.assess(CPC_2020, log, as_of="2023-05-01", rulebook=_aapc_per_cycle())
    assessment = report.for_body("AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (30, 6)


def test_renewal_month_course_already_counted_does_not_move_forward() -> None:
    """Once per cycle: a renewal-month CEU whose course the next cycle counts does not move."""
    log = [
        _act("2022-06-01", 36, "Big"),
        _act("2023-03-10", 6, "Update", index_number="X-1"),
        _act("2023-04-10", 6, "Update again", index_number="X-1"),
    ]
    report = cc.assess(CPC_2020, log, as_of="2023-05-01", rulebook=_aapc_per_cycle())
    assessment = report.for_body("AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (42, 6)


def test_aapc_renewal_month_repeat_of_a_counted_course_counts_nowhere() -> None:
    """AAPC counts a course once: its repeat in the next cycle's renewal month is a duplicate."""
    log = [
        _act("2022-06-01", 30, "Update", index_number="X-1"),
        _act("2023-03-20", 6, "Update again", index_number="X-1"),
    ]
    assessment = _body(CPC_2020, log, as_of="2023-05-01", body="AAPC")
    assert (assessment.history[0].earned, assessment.earned) == (30, 0)
    assert _reasons(assessment) == [cc.Reason.DUPLICATE]


def test_ahima_has_no_renewal_month_rule() -> None:
    """At AHIMA a CEU of the due date's month stays in its cycle, though the next one needs it.

    (At AAPC it would count toward the new cycle: the ended one was met without it.)
    """
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    log = [_act("2022-02-01", 20, "A", categories="hiim"), _act("2022-03-10", 5, "B")]
    assessment = _body(holder, log, as_of="2022-04-01", body="AHIMA")
    assert (assessment.history[0].earned, assessment.earned) == (25, 0)


def test_ahima_ceus_after_an_unmet_due_date_make_it_up() -> None:
    """AHIMA since 2021: CEUs of the 180 days inactive count toward the unmet cycle first."""
    holder = cc.Holder("E1", [("CCS", "2020-03-15")])
    log = [_act("2022-03-20", 20, categories="hiim")]
    assessment = _body(holder, log, as_of="2022-04-01", body="AHIMA")
    assert (assessment.history[0].earned, assessment.history[0].met) == (20, True)
    assert (assessment.earned, assessment.standing) == (0, cc.Standing.BEHIND)


# --- History ------------------------------------------------------------------------------------


def test_history_none_assesses_every_cycle_since_the_first_credential() -> None:
    """history=None assesses every earlier cycle, most recent first."""
    holder = cc.Holder("E1", [("CCS", "2014-03-15")])
    history = _body(holder, as_of="2025-01-01", body="AHIMA", history=None).history
    assert [c.cycle.start.year for c in history] == [2022, 2020, 2018, 2016, 2014]


def test_cycles_before_any_rule_are_noted_not_assessed() -> None:
    """With history=None, a cycle that began before the earliest rule is noted and skipped."""
    holder = cc.Holder("E1", [("CCS", "2005-06-01")])
    assessment = _body(holder, as_of="2012-01-01", body="AHIMA", history=None)
    assert [str(c.cycle) for c in assessment.history] == ["2009-06-01 to 2011-05-31"]
    assert any("No rule was in force" in note for note in assessment.notes)


def test_current_cycle_before_any_rule_raises() -> None:
    """A current cycle that began before the earliest rule raises NoRuleInForceError."""
    holder = cc.Holder("E1", [("CCS", "2006-06-01")])
    with pytest.raises(cc.NoRuleInForceError):
        cc.assess(holder, as_of="2008-03-01")


def test_day_before_every_cycle_rule_raises() -> None:
    """A day before any cycle rule was in force raises NoRuleInForceError."""
    holder = cc.Holder("E1", [("CCS", "2006-06-01")])
    with pytest.raises(cc.NoRuleInForceError):
        cc.assess(holder, as_of="2007-01-01")


def test_unmet_cycle_without_a_lapse_rule_raises() -> None:
    """A rule book with no lapse rule for an unmet cycle raises NoRuleInForceError."""
    book = attrs.evolve(cc.default_rulebook(), lapse_rules=())
    with pytest.raises(cc.NoRuleInForceError, match="lapse rule"):
        cc.assess(CPC_2020, as_of="2023-04-01", rulebook=book)


# --- The report -----------------------------------------------------------------------------


#: Behind at AAPC (a first cycle just begun) and revoked at AHIMA on 2021-08-01.
BOTH = cc.Holder("E3", [("CPC", "2021-06-01"), ("CCS", "2019-01-02")], aapc_renewal="2021-03-15")


def test_report_standing_is_the_worst() -> None:
    """The report's standing is the worst of its bodies' standings."""
    report = cc.assess(BOTH, as_of="2021-08-01")
    standings = {a.body.code: a.standing for a in report.assessments}
    assert standings == {"AAPC": cc.Standing.BEHIND, "AHIMA": cc.Standing.LAPSED}
    assert report.standing is cc.Standing.LAPSED


def test_report_not_in_good_standing_when_one_body_has_lapsed() -> None:
    """One revoked credential puts the holder out of good standing."""
    report = cc.assess(BOTH, as_of="2021-08-01")
    assert not report.in_good_standing
    assert "NOT in good standing" in report.explain()


def test_report_in_good_standing_when_behind() -> None:
    """A holder who is merely behind pace is still in good standing."""
    report = cc.assess(CCS_2024, as_of="2025-01-01")
    assert (report.standing, report.in_good_standing) == (cc.Standing.BEHIND, True)


def test_report_for_a_holder_with_nothing_held_yet() -> None:
    """Before any credential was earned: nothing assessed, no standing, no good standing."""
    report = cc.assess(CPC_2020, as_of="2019-01-01")
    assert (report.assessments, report.standing, report.in_good_standing) == ((), None, False)
    assert report.notes == (
        "E2 holds no credential on 2019-01-01: nothing is assessed, not in good standing.",
        "CPC is dated 2020-01-15, after 2019-01-01: not held yet, so not assessed.",
    )
    assert report.explain() == (
        "Holder E2, as of 2019-01-01: NOT in good standing.\n"
        "  Note: E2 holds no credential on 2019-01-01: nothing is assessed, not in good standing.\n"
        "  Note: CPC is dated 2020-01-15, after 2019-01-01: not held yet, so not assessed."
    )


def test_report_for_a_holder_with_no_credentials() -> None:
    """A holder with no credential at all is not in good standing, and the note says so."""
    report = cc.assess(cc.Holder("E0", []), as_of="2025-06-01")
    assert (report.in_good_standing, report.not_yet_held) == (False, ())
    assert report.notes == ("E0 has no credential: nothing is assessed, not in good standing.",)


def test_a_credential_dated_after_as_of_is_named_not_assessed() -> None:
    """A credential earned after as_of has a note, no assessment; the others are as before."""
    later = cc.Holder("E4", [("CPC", "2021-06-01"), ("CCS", "2026-01-01")])
    report = cc.assess(later, as_of="2025-06-01")
    assert [a.body.code for a in report.assessments] == ["AAPC"]
    assert [h.code for h in report.not_yet_held] == ["CCS"]
    assert report.notes == (
        "CCS is dated 2026-01-01, after 2025-06-01: not held yet, so not assessed.",
    )
    held_only = cc.assess(cc.Holder("E4", [("CPC", "2021-06-01")]), as_of="2025-06-01")
    assert report.in_good_standing == held_only.in_good_standing
    assert report.assessments == held_only.assessments
    assert held_only.notes == ()


def test_a_credential_earned_on_as_of_is_held() -> None:
    """A credential earned on as_of itself is held that day: no note."""
    report = cc.assess(cc.Holder("E5", [("CCS", "2025-06-01")]), as_of="2025-06-01")
    assert (report.in_good_standing, report.notes) == (True, ())


def test_notes_are_written_with_the_report_and_ignored_when_read() -> None:
    """to_dict writes the notes (derived); from_dict reads the same report back."""
    report = cc.assess(cc.Holder("E6", [("CCS", "2026-01-01")]), as_of="2025-06-01")
    written = cc.to_dict(report)
    assert written["notes"] == list(report.notes)
    assert written["in_good_standing"] is False
    assert cc.from_dict(cc.ComplianceReport, written) == report


def test_a_roster_with_a_holder_holding_nothing_is_not_in_good_standing() -> None:
    """One holder who holds nothing on the day keeps the roster from good standing."""
    met = cc.Holder("E7", [("CCS", "2025-01-01")])
    roster = cc.assess_roster([met], [], as_of="2025-06-01")
    assert roster.in_good_standing
    roster = cc.assess_roster([met, cc.Holder("E8", [])], [], as_of="2025-06-01")
    assert not roster.in_good_standing


@pytest.mark.parametrize("body", ["AAPC", "aapc", cc.AAPC])
def test_for_body_finds_the_assessment(body: str | cc.IssuingBody) -> None:
    """``for_body`` takes a code in any case or an IssuingBody."""
    assert cc.assess(BOTH, as_of="2021-08-01").for_body(body).body == cc.AAPC


def test_for_body_not_held_raises() -> None:
    """Asking for a body the holder holds nothing from raises UnknownBodyError."""
    with pytest.raises(cc.UnknownBodyError, match="holds no AHIMA credential"):
        cc.assess(CPC_2020, as_of="2022-01-01").for_body("AHIMA")


def test_for_unknown_body_raises() -> None:
    """Asking for a body the rule book does not know raises UnknownBodyError."""
    with pytest.raises(cc.UnknownBodyError):
        cc.assess(CPC_2020, as_of="2022-01-01").for_body("XYZ")


def test_what_if_a_second_credential_today() -> None:
    """A CPC adding a COC owes 4 more CEUs under today's table."""
    assert cc.assess(CPC_2020, as_of="2026-01-01").what_if(add="COC") == 4


def test_additional_ceus_under_the_2012_edition() -> None:
    """Under the 2012 edition a second credential cost 12 more CEUs."""
    assert cc.additional_ceus(["CPC"], "COC", editions=["aapc-2012"]) == 12


def test_what_if_a_credential_already_held() -> None:
    """Adding a credential already held (or its former name) costs nothing."""
    holder = cc.Holder("E1", [("CPC-H", "2012-01-15")])
    assert cc.assess(holder, as_of="2026-01-01").what_if(add="COC") == 0


def test_body_assessment_shortcuts_read_the_current_cycle() -> None:
    """``due``, ``counted`` and the numbers of an assessment are the current cycle's."""
    activity = _act("2024-05-01", 3)
    assessment = _body(CCS_2024, [activity], as_of="2025-01-01", body="AHIMA")
    assert (assessment.due, assessment.counted) == (D(2026, 3, 14), (activity,))
    assert assessment.credentials == (cc.HeldCredential(cc.CCS, D(2024, 3, 15)),)


def test_to_record_holds_the_headline_numbers() -> None:
    """``to_record`` gives the body, standing and numbers as a plain dict."""
    record = _body(CCS_2024, [_act("2024-05-01", 3)], as_of="2025-01-01", body="AHIMA").to_record()
    assert record["body"] == "AHIMA"
    assert (record["required"], record["earned"], record["remaining"]) == (20, 3, 17)
    assert (record["cycle_start"], record["due"], record["standing_until"]) == (
        D(2024, 3, 15),
        D(2026, 3, 14),
        None,
    )


def test_report_records_carry_the_holder() -> None:
    """``to_records`` gives one dict per body, each with the holder's id and name."""
    records = cc.assess(BOTH, as_of="2021-08-01").to_records()
    assert [(r["holder_id"], r["name"], r["body"]) for r in records] == [
        ("E3", None, "AAPC"),
        ("E3", None, "AHIMA"),
    ]


# --- Rosters --------------------------------------------------------------------------------


def test_roster_assesses_each_holder_with_their_own_activities() -> None:
    """A roster splits one log by holder id and keeps the roster's order."""
    other = cc.Holder("E9", [("CCS", "2024-03-15")])
    log = [_act("2024-05-01", 3, holder_id="E1"), _act("2024-05-01", 5, holder_id="E9")]
    roster = cc.assess_roster([CCS_2024, other], log, as_of="2025-01-01")
    assert len(roster) == 2
    assert [r.for_body("AHIMA").earned for r in roster] == [3, 5]


def test_roster_counts_and_filters_by_standing() -> None:
    """A roster counts assessments per standing and lists those at or past one."""
    roster = cc.assess_roster([CCS_2024, BOTH], as_of="2021-08-01")
    counts = roster.count_by_standing()
    assert (counts[cc.Standing.BEHIND], counts[cc.Standing.LAPSED]) == (1, 1)
    assert [a.standing for a in roster.at_or_past("inactive")] == [cc.Standing.LAPSED]
    assert not roster.in_good_standing
    assert len(roster.to_records()) == 2


@pytest.mark.parametrize(
    ("holders", "activities", "error"),
    [
        (None, (), cc.InvalidTypeError),
        (CCS_2024, (), cc.InvalidTypeError),
        ("E1", (), cc.InvalidTypeError),
        ([CCS_2024, "E2"], (), cc.InvalidTypeError),
        ([CCS_2024, CCS_2024], (), cc.InvalidValueError),
        ([CCS_2024], None, cc.InvalidTypeError),
        ([CCS_2024], [1], cc.InvalidTypeError),
        ([CCS_2024], [_act("2024-05-01")], cc.InvalidValueError),
    ],
)
def test_junk_rosters_are_refused(
    holders: object, activities: object, error: type[Exception]
) -> None:
    """A roster refuses non-holders, repeated ids, junk logs and activities naming no holder."""
    with pytest.raises(error):
        cc.assess_roster(holders, activities, as_of="2025-01-01")  # type: ignore[arg-type]


def test_roster_refuses_an_unknown_standing() -> None:
    """``at_or_past`` refuses a standing that does not exist."""
    roster = cc.assess_roster([CCS_2024], as_of="2025-01-01")
    with pytest.raises(cc.InvalidValueError):
        roster.at_or_past("fine")


# --- Exact arithmetic ------------------------------------------------------------------------


def test_ten_tenths_earn_exactly_one() -> None:
    """Ten activities of "0.1" units earn exactly Decimal("1.0")."""
    log = [_act("2024-05-01", "0.1", f"Tenth {n}") for n in range(10)]
    earned = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA").earned
    assert earned == Decimal("1.0")
    assert str(earned) == "1.0"


@given(amounts=st.lists(units, min_size=1, max_size=15))
def test_earned_is_the_exact_sum(amounts: list[Decimal]) -> None:
    """Earned CEUs are the exact Decimal sum of the counted units."""
    log = [_act("2024-05-01", str(amount), f"Course {n}") for n, amount in enumerate(amounts)]
    earned = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA").earned
    assert earned == sum(amounts, Decimal(0))


# --- Properties of the engine ---------------------------------------------------------------


@engine_settings
@given(scenario=scenarios(), data=st.data())
def test_an_accepted_activity_never_lowers_earned(scenario: Scenario, data: st.DataObject) -> None:
    """Adding an accepted activity of a new course to a current cycle never lowers earned.

    Unless a renewal-month CEU then moves back to an unmet previous cycle, which owes less.
    """
    before = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of)
    if not before.assessments:
        return
    target = data.draw(st.sampled_from(before.assessments))
    first = max(target.cycle.start, min(h.earned_on for h in target.credentials))
    assume(first <= scenario.as_of)
    extra = data.draw(accepted_activity(first, scenario.as_of, "NEW-COURSE"))
    after = cc.assess(scenario.holder, [*scenario.activities, extra], as_of=scenario.as_of)
    for old, new in zip(before.assessments, after.assessments, strict=True):
        # Only a renewal-month CEU moving back to lessen what an unmet cycle still owes (the
        # renewal-month rule puts that first) may leave the current cycle with less.
        owed_less = (
            bool(new.history)
            and not new.history[0].met
            and new.history[0].remaining < old.history[0].remaining
        )
        assert new.earned >= old.earned or owed_less
    assert extra not in [r.activity for r in after.for_body(target.body).rejected]


@engine_settings
@given(scenario=scenarios(), history=st.none() | st.integers(min_value=0, max_value=3))
def test_remaining_is_never_negative(scenario: Scenario, history: int | None) -> None:
    """A cycle's remaining is its largest shortfall: the total's, a minimum's or a pool's.

    It is never negative, never less than what the total, any category minimum or
    the minimums of one pool together still lack, it is one of those shortfalls (or
    0), and it is 0 exactly when the cycle is met; a minimum's remaining is
    max(0, required - earned).
    """
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of, history=history)
    for assessment in report.assessments:
        for cycle in (assessment.current, *assessment.history):
            shortfalls = [cycle.required - cycle.earned]
            pooled: dict[str, Decimal] = {}
            for status in cycle.minimums:
                assert status.remaining == max(Decimal(0), status.required - status.earned)
                shortfalls.append(status.remaining)
                if status.rule.pool is not None:  # a pool's minimums need CEUs of their own
                    pooled[status.rule.pool] = pooled.get(status.rule.pool, 0) + status.remaining
            shortfalls += pooled.values()
            assert cycle.remaining >= 0
            assert all(cycle.remaining >= short for short in shortfalls)
            assert cycle.remaining in {Decimal(0), *shortfalls}
            assert (cycle.remaining == 0) is cycle.met


@engine_settings
@given(scenario=scenarios(), data=st.data())
def test_more_ceus_never_worsen_the_standing(scenario: Scenario, data: st.DataObject) -> None:
    """With no earlier cycle assessed, more CEUs in the current cycle never worsen the standing."""
    before = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of, history=0)
    if not before.assessments:
        return
    target = data.draw(st.sampled_from(before.assessments))
    assume(target.cycle.start <= scenario.as_of)
    extra = data.draw(accepted_activity(target.cycle.start, scenario.as_of, "NEW-COURSE"))
    after = cc.assess(
        scenario.holder, [*scenario.activities, extra], as_of=scenario.as_of, history=0
    )
    for old, new in zip(before.assessments, after.assessments, strict=True):
        assert new.standing.severity <= old.standing.severity


@engine_settings
@given(scenario=scenarios(), seed=st.integers())
def test_results_do_not_depend_on_activity_order(scenario: Scenario, seed: int) -> None:
    """Shuffling the CEU log gives an equal report."""
    shuffled = list(scenario.activities)
    random.Random(seed).shuffle(shuffled)  # noqa: S311 -- a test shuffle, not cryptography
    original = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of)
    assert cc.assess(scenario.holder, shuffled, as_of=scenario.as_of) == original


@engine_settings
@given(scenario=scenarios())
def test_every_activity_is_counted_rejected_or_ignored_once(scenario: Scenario) -> None:
    """Per body, each own activity for that body is counted in one cycle or rejected, not both."""
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of, history=None)
    for assessment in report.assessments:
        counted = [a for cycle in (assessment.current, *assessment.history) for a in cycle.counted]
        rejected = [r.activity for r in assessment.rejected]
        assert len(counted) + len(rejected) <= len(scenario.activities)
        assert not any(a in rejected for a in counted if scenario.activities.count(a) == 1)


@engine_settings
@given(scenario=scenarios())
def test_counted_ceus_are_never_negative_and_standing_is_consistent(scenario: Scenario) -> None:
    """MET means the current cycle is met; a met current cycle with no unmet previous one is MET."""
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of)
    for assessment in report.assessments:
        previous_unmet = bool(assessment.history) and not assessment.history[0].met
        if assessment.standing is cc.Standing.MET:
            assert assessment.current.met
        if assessment.current.met and not previous_unmet:
            assert assessment.standing is cc.Standing.MET
        assert assessment.earned >= 0


# --- Junk into assess ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arguments",
    [
        {"holder": None},
        {"holder": "E1"},
        {"activities": None},
        {"activities": "x"},
        {"activities": [1]},
        {"activities": 5},
        {"activities": _act("2024-05-01")},
        {"as_of": "nope"},
        {"as_of": 5},
        {"as_of": D.max},
        {"history": -1},
        {"history": True},
        {"history": "1"},
        {"history": 1.0},
        {"rulebook": object()},
    ],
    ids=stable_id,
)
def test_junk_into_assess_is_refused_cleanly(arguments: dict[str, object]) -> None:
    """Junk arguments raise a CodingCertsError (or TypeError), never another exception."""
    call: dict[str, object] = {"holder": CCS_2024, "activities": (), "as_of": "2025-01-01"}
    call.update(arguments)
    holder = call.pop("holder")
    activities = call.pop("activities")
    with pytest.raises((cc.CodingCertsError, TypeError)):
        cc.assess(holder, activities, **call)  # type: ignore[arg-type]


@given(
    junk=st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=8),
        st.lists(st.integers(), max_size=2),
        st.dates().map(lambda d: d.isoformat() + "x"),
    )
)
def test_junk_days_never_crash_assess(junk: object) -> None:
    """Any junk for as_of is refused with a library error, or read as a day."""
    try:
        report = cc.assess(CCS_2024, as_of=junk)  # type: ignore[arg-type]
    except cc.CodingCertsError:
        return
    assert isinstance(report.as_of, dt.date)


def test_as_of_defaults_to_today() -> None:
    """Without as_of the assessment is made for today."""
    assert cc.assess(CCS_2024).as_of == dt.date.today()


def test_duplicate_keeps_the_record_worth_most() -> None:
    """Two records of one course in a cycle: the one worth more CEUs counts, whatever its date."""
    log = [
        cc.CeuActivity("2024-05-01", "5", "other", "Webinar", index_number="W1"),
        cc.CeuActivity("2024-04-01", "1", "other", "Webinar (partial)", index_number="W1"),
    ]
    assessment = _body(CCS_2024, log, as_of="2025-01-01", body="AHIMA")
    assert assessment.earned == 5
    assert [(r.reason, r.activity.units) for r in assessment.rejected] == [(cc.Reason.DUPLICATE, 1)]


def test_first_day_of_a_cycle_is_on_track() -> None:
    """On the day a cycle begins nothing is expected yet: the pace counts the days before it."""
    assessment = _body(CCS_2024, as_of="2024-03-15", body="AHIMA")
    assert (assessment.pace, assessment.standing) == (0, cc.Standing.ON_TRACK)


@pytest.mark.parametrize(
    ("code", "category", "older", "current"),
    [
        ("CPMA", "auditing", 24, 16),
        ("CPCO", "compliance", 24, 16),
        ("CPPM", "practice-management", 36, 16),  # held alone: 36 on the older page
        ("CIRCC", "interventional-radiology-cardiovascular", 24, 16),
        ("CGSC", "cgsc", 16, 8),
    ],
)
def test_aapc_credential_minimums_follow_both_editions(
    code: str, category: str, older: int, current: int
) -> None:
    """AAPC's credential-specific minimums: 24 (16 per specialty) before 2015-08-31, then 16 (8).

    Sources: AAPC's help page, older copy and current copy.
    """
    holder = cc.Holder("E1", [(code, "2012-01-15")], aapc_renewal="2013-03-15")
    for as_of, expected in (("2014-01-01", older), ("2018-01-01", current)):
        minimums = _body(holder, as_of=as_of, body="AAPC").minimums
        assert [(m.rule.category, m.required) for m in minimums] == [(category, expected)]


def test_cdeo_documentation_minimum_is_16() -> None:
    """A CDEO owes 16 documentation CEUs in a full cycle (AAPC's current help page)."""
    holder = cc.Holder("E1", [("CDEO", "2016-01-15")], aapc_renewal="2017-03-15")
    minimums = _body(holder, as_of="2018-01-01", body="AAPC").minimums
    assert [(m.rule.category, m.required) for m in minimums] == [("documentation", 16)]


def test_core_credentials_have_no_minimum() -> None:
    """CIC and COC count only toward the tier total: no credential-specific minimum."""
    holder = cc.Holder(
        "E1", [("CIC", "2016-01-15"), ("COC", "2016-01-15")], aapc_renewal="2017-03-15"
    )
    assert _body(holder, as_of="2018-01-01", body="AAPC").minimums == ()


def _roster_with_log(holder_id_in_log: str) -> tuple[list[cc.Holder], list[cc.CeuActivity]]:
    holders = [cc.Holder("E2001", [("CCS", "2024-03-15")])]
    log = [cc.CeuActivity("2024-06-01", "5", "other", "Webinar", holder_id=holder_id_in_log)]
    return holders, log


def test_roster_refuses_ceus_of_holders_not_on_it() -> None:
    """A mistyped holder id must not silently cost a coder their CEUs: it is an error."""
    holders, log = _roster_with_log("e2001")
    with pytest.raises(
        cc.InvalidValueError, match=r"'e2001' \(1 activity; did you mean 'E2001'\?\)"
    ):
        cc.assess_roster(holders, log, as_of="2025-01-01")


def test_roster_can_ignore_holders_not_on_it() -> None:
    """unknown_holders='ignore' leaves such CEUs out, for logs that hold people who left."""
    holders, log = _roster_with_log("E9999")
    roster = cc.assess_roster(holders, log, as_of="2025-01-01", unknown_holders="ignore")
    assert roster.reports[0].for_body("AHIMA").earned == 0


def test_roster_unknown_holders_option_is_checked() -> None:
    """unknown_holders accepts only 'error' and 'ignore'."""
    holders, log = _roster_with_log("E2001")
    with pytest.raises(cc.InvalidValueError, match="'error' or 'ignore'"):
        cc.assess_roster(holders, log, unknown_holders="skip")


def test_roster_reports_progress_after_each_holder() -> None:
    """progress(done, total) is called once per holder, ending at (total, total)."""
    holders = [cc.Holder(f"E{i}", [("CPC", "2020-01-15")]) for i in range(3)]
    calls: list[tuple[int, int]] = []
    cc.assess_roster(
        holders, as_of="2025-01-01", progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_no_rule_error_names_the_holder() -> None:
    """In a roster, an error about a cycle with no rule in force says whose cycle it is."""
    holders = [cc.Holder("E77", [("CPC", "2005-03-01")], aapc_renewal="2005-03-01")]
    with pytest.raises(cc.NoRuleInForceError, match="holder 'E77'"):
        cc.assess_roster(holders, as_of="2006-06-01")


def test_a_cycle_due_under_the_earliest_rules_is_assessed_though_it_began_before() -> None:
    """AAPC's rules start 2008-01-01: the cycle 2007-03-02 to 2009-03-01 is due under them.

    Its table and minimums are judged by the due date, so it owes the older table's 36.
    """
    holder = cc.Holder("E77", [("CPC", "2005-03-01")], aapc_renewal="2005-03-01")
    assessment = _body(holder, as_of="2008-06-01", body="AAPC")
    assert str(assessment.cycle) == "2007-03-02 to 2009-03-01"
    assert (assessment.current.requirement.table.edition, assessment.required) == ("aapc-2012", 36)


def test_records_of_an_unmet_cycle_show_its_shortfall() -> None:
    """For GRACE the record's numbers are the unmet cycle's: what is owed, and by when."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    log = [
        cc.CeuActivity("2023-05-01", "30", "approved-event", "Conference", index_number="C1"),
        cc.CeuActivity("2025-04-01", "2", "approved-event", "Webinar", index_number="W1"),
    ]
    assessment = cc.assess(holder, log, as_of="2025-04-15").for_body("AAPC")
    record = assessment.to_record()
    assert assessment.standing is cc.Standing.GRACE
    assert assessment.unmet is assessment.history[0]
    assert (record["cycle"], record["required"], record["earned"], record["remaining"]) == (
        "unmet",
        36,
        32,  # the webinar of 2025-04-01, in the 90 days after the due date, makes up 2
        4,
    )
    assert (record["due"], record["pace"]) == (dt.date(2025, 3, 15), None)


def test_records_of_a_current_cycle_say_so() -> None:
    """Outside GRACE, INACTIVE and LAPSED the record is the current cycle's, with its pace."""
    record = _body(CCS_2024, as_of="2025-01-01", body="AHIMA").to_record()
    assert (record["cycle"], record["due"]) == ("current", dt.date(2026, 3, 14))
    assert record["pace"] is not None


def test_renewal_month_ceus_do_not_move_forward_at_a_minimums_cost() -> None:
    """A renewal-month auditing CEU stays in the ending cycle if moving it breaks a minimum."""
    holder = cc.Holder(
        "X", [("CPC", "2015-01-10"), ("CPMA", "2015-01-10")], aapc_renewal="2015-05-31"
    )
    log = [
        cc.CeuActivity("2022-05-01", "30", "other", "General"),
        cc.CeuActivity("2022-05-10", "6", "other", "Audit A", categories="auditing"),
        cc.CeuActivity("2023-01-10", "4", "other", "Audit B", categories="auditing"),
        cc.CeuActivity("2023-05-02", "6", "other", "Audit C", categories="auditing"),
    ]
    assessment = cc.assess(holder, log, as_of="2023-09-15").for_body("AAPC")
    assert assessment.history[0].met
    assert assessment.in_good_standing


def test_renewal_month_ceus_do_not_move_back_in_vain() -> None:
    """CEUs move back only to make the ending cycle met: the answer does not depend on history."""
    holder = cc.Holder("R", [("CPC", "2015-01-05")], aapc_renewal="2018-03-10")
    log = [
        cc.CeuActivity("2019-03-20", "10", "other", "March course"),
        cc.CeuActivity("2020-06-01", "26", "other", "Other course"),
    ]
    standings = {
        cc.assess(holder, log, as_of="2021-06-01", history=depth).for_body("AAPC").standing
        for depth in (1, 2, None)
    }
    assert len(standings) == 1


# --- Answers that must not depend on the caller (issue 10) -----------------------------------


def test_an_activity_for_an_unknown_body_is_rejected_not_dropped() -> None:
    """A CEU reported to a body the rule book does not know shows as not counted, with why."""
    log = [_act("2025-05-10", 5, "Typo", bodies="APPC"), _act("2025-05-11", 2, "Fine")]
    report = cc.assess(
        cc.Holder("E1", [("CPC", "2024-01-15"), ("CCS", "2024-03-15")]), log, as_of="2025-06-01"
    )
    for assessment in report.assessments:
        assert [a.title for a in assessment.counted] == ["Fine"]
        [rejection] = assessment.rejected
        assert rejection.reason is cc.Reason.UNKNOWN_BODY
        assert "APPC" in rejection.detail
        assert "AAPC" in rejection.detail


def test_an_activity_for_a_body_of_another_rule_book_is_rejected_by_the_book_assessed_with(
    tmp_path: Path,
) -> None:
    """CeuActivity objects (not read from a file) are judged by the book assessed with.

    Given to assess or assess_roster directly, an activity reported to AAPC, which a
    user's book lacks, is rejected (unknown-body, naming the book's bodies), never counted;
    one reported to the user's own body (unknown to the shipped book) counts.
    """
    nha = Path(__file__).resolve().parent.parent / "docs" / "examples" / "nha-rules.toml"
    (tmp_path / "own.toml").write_text(
        nha.read_text(encoding="utf-8").replace('"NHA"', '"XNHA"'), encoding="utf-8"
    )
    book = cc.load_rulebook(tmp_path / "own.toml")
    holder = cc.Holder("N1", [("CBCS", "2022-03-01")])
    log = [
        cc.CeuActivity("2023-01-10", "4", "other", "Own", bodies="xnha", holder_id="N1"),
        cc.CeuActivity("2023-01-11", "5", "other", "Other book's", bodies="AAPC", holder_id="N1"),
    ]
    single = cc.assess(holder, log, as_of="2024-01-01", rulebook=book)
    [roster] = cc.assess_roster([holder], log, as_of="2024-01-01", rulebook=book)
    for report in (single, roster):
        [assessment] = report.assessments
        assert [a.title for a in assessment.counted] == ["Own"]
        assert assessment.earned == Decimal(4)
        [rejection] = assessment.rejected
        assert rejection.reason is cc.Reason.UNKNOWN_BODY
        assert "reported to AAPC, which the rule book does not know (known: XNHA)" in (
            rejection.detail
        )


def test_the_callers_decimal_context_changes_nothing() -> None:
    """Sums, pro-rating, pace and views are the same under a 4-digit context trapping Inexact."""
    import decimal  # noqa: PLC0415 -- the test is about this module's state

    holder = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    log = [  # after the 90 days in which they would make up the unmet cycle due 2025-03-15
        _act("2025-06-20", "999.99", "A"),
        _act("2025-06-21", "0.01", "B"),
        _act("2025-06-22", "0.01", "C"),
    ]
    plain = cc.assess(holder, log, as_of="2025-08-01")
    plain_record = plain.to_records()
    partial = cc.assess(cc.Holder("E2", [("CPC", "2024-08-20")]), as_of="2025-01-01")
    with decimal.localcontext(prec=4, rounding=decimal.ROUND_DOWN) as hostile:
        hostile.traps[decimal.Inexact] = True
        hostile.traps[decimal.Rounded] = True
        report = cc.assess(holder, log, as_of="2025-08-01")
        aapc = report.for_body("AAPC")
        assert aapc.earned == Decimal("1000.01")
        assert aapc.remaining == 0
        assert report.to_records() == plain_record
        again = cc.assess(cc.Holder("E2", [("CPC", "2024-08-20")]), as_of="2025-01-01")
        assert again.for_body("AAPC").required == partial.for_body("AAPC").required
        assert again.for_body("AAPC").pace == partial.for_body("AAPC").pace
        assert aapc.cycle.elapsed_share("2025-08-01") == plain.for_body("AAPC").cycle.elapsed_share(
            "2025-08-01"
        )
        assert report.what_if(add="COC") == 4
        assert cc.CeuActivity("2025-01-01", "999.99", "other", "Big").units == Decimal("999.99")
        assert "1000.01" in aapc._repr_html_()
        assert "1000.01" in report.explain()


def test_strangers_are_hinted_for_a_bounded_number_of_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of unknown ids are fuzzy-matched only HINTED_STRANGERS times, and listed so."""
    import difflib  # noqa: PLC0415 -- counted below

    from coding_certs import _assess  # noqa: PLC0415 -- the limit is the engine's

    calls = []
    original = difflib.get_close_matches

    def counting(word: str, possibilities: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
        calls.append(len(possibilities))
        return original(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    roster = [cc.Holder(f"E{n}", [("CPC", "2020-01-15")]) for n in range(2000)]
    log = [_act("2025-01-10", 1, holder_id=f"X{n}") for n in range(2000)]
    with pytest.raises(cc.InvalidValueError, match="and 1980 more") as caught:
        cc.assess_roster(roster, log, as_of="2025-06-01")
    assert len(calls) <= _assess.HINTED_STRANGERS
    assert set(calls) == {2000}
    assert "2000 holders who are not on the roster" in str(caught.value)
