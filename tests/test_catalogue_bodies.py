"""AMBA, BMSC (DecisionHealth) and AIHC: their published rules as tests.

Each test states one rule as the body's own page says it (the addresses are in the
rule book's ``[sources]``): AMBA's 15 CEUs a year, half from AMBA, cancelled 30 days
after the renewal date; BMSC's 20 CEUs a year per credential, 10 of them from the
credential's self-assessment, inactive 90 days then revoked; AIHC's 6 CEUs a year per
credential, one CEU counting for several, the first year pro-rated.
"""

# Numbers are compared as published (15, not Decimal('15')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs.cli import EXIT_OK, main

BOOK = cc.default_rulebook()
BMSC_CODES = ("HCS-D", "HCS-O", "HCS-H", "HCS-C")
AIHC_CODES = ("CHCO", "CMDP", "ICDCT-CM", "OHCC")


def _units(body: str, codes: list[str] | tuple[str, ...], on: str = "2026-01-01") -> Decimal:
    (requirement,) = (r for r in cc.ceu_requirements(list(codes), on=on) if r.body.code == body)
    return requirement.units


def _activity(day: str, units: str, title: str, *categories: str) -> cc.CeuActivity:
    return cc.CeuActivity(day, units, "other", title, categories=list(categories))


# --- The catalogue ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "codes"),
    [("AMBA", ("CMRS",)), ("BMSC", BMSC_CODES), ("AIHC", AIHC_CODES)],
)
def test_each_body_issues_the_credentials_its_pages_name(body: str, codes: tuple[str, ...]) -> None:
    """AMBA's CMRS; BMSC's four HCS credentials; the four AIHC codes of its exam FAQ."""
    assert tuple(c.code for c in cc.credentials(body)) == codes
    assert all(cc.credential(code).body.code == body for code in codes)


def test_bmsc_titles_are_its_own() -> None:
    """The titles are those of DecisionHealth's BMSC fee page, with no assumption on them."""
    titles = {code: cc.credential(code).title for code in BMSC_CODES}
    assert titles == {
        "HCS-D": "Home Care Coding Specialist - Diagnosis",
        "HCS-O": "Home Care Clinical Specialist - OASIS",
        "HCS-H": "Home Care Coding Specialist - Hospice",
        "HCS-C": "Home Care Specialist - Compliance",
    }
    for code in BMSC_CODES:
        assert "ahcc.decisionhealth.com/fees" in " ".join(
            s.url or "" for s in cc.credential(code).sources
        )


@pytest.mark.parametrize("code", AIHC_CODES)
def test_aihc_titles_found_on_no_page_are_unconfirmed(code: str) -> None:
    """AIHC's pages name its certifications by code only: the title is marked UNCONFIRMED."""
    credential = cc.credential(code)
    assert credential.assumptions[0].startswith("UNCONFIRMED: the title")
    assert code in credential.title


def test_cmrs_title_rests_on_a_third_party() -> None:
    """CMRS is spelled out only by a copy of Wikipedia's article: marked third-party."""
    cmrs = cc.credential("cmrs")
    assert cmrs.title == "Certified Medical Reimbursement Specialist"
    assert any("third-party" in text for text in cmrs.assumptions)


@pytest.mark.parametrize("body", ["AMBA", "BMSC", "AIHC"])
def test_every_rule_of_the_new_bodies_is_sourced_and_dated(body: str) -> None:
    """Each requirement, cycle, lapse and minimum rule cites a page and says what it assumes."""
    rules = [
        *BOOK.requirements_of(body),
        *(r for r in BOOK.cycle_rules if r.body.code == body),
        *(r for r in BOOK.lapse_rules if r.body.code == body),
        *(m for m in BOOK.minimums if m.body.code == body),
    ]
    assert len(rules) >= 3
    for rule in rules:
        assert rule.sources, rule
        assert rule.assumptions, rule
        assert rule.effective_from == dt.date(2008, 1, 1)


# --- AMBA: 15 a year, half from AMBA, cancelled 30 days after the renewal date ----------


def test_amba_asks_15_a_year_per_holder() -> None:
    """'15 annual continuing education units' (AMBA), one number per holder (flat)."""
    assert _units("AMBA", ["CMRS"]) == 15
    (requirement,) = cc.ceu_requirements(["CMRS"], on="2026-01-01")
    assert requirement.table.kind == "flat"


def test_amba_half_from_amba_since_2008() -> None:
    """'of which 50% must come from AMBA effective Jan 1, 2008': 7.5 of 15, from 2008-01-01."""
    (minimum,) = BOOK.minimums_for(
        cc.issuing_body("AMBA"), dt.date(2008, 1, 1), dt.date(2008, 12, 31)
    )
    assert (minimum.category, minimum.share) == ("amba", Decimal("0.5"))
    assert minimum.units_within(Decimal(15)) == Decimal("7.5")
    with pytest.raises(cc.NoRuleInForceError):
        cc.ceu_requirements(["CMRS"], on="2007-12-31")


def _amba_holder() -> cc.Holder:
    return cc.Holder("M1", [("CMRS", "2024-06-30")], renewals={"AMBA": "2024-06-30"})


def test_amba_cycle_is_a_year_due_on_the_renewal_date() -> None:
    """One-year cycles due on the membership renewal date, every year."""
    assessment = cc.assess(_amba_holder(), as_of="2025-03-01").for_body("AMBA")
    assert (assessment.cycle.start, assessment.due) == (dt.date(2024, 7, 1), dt.date(2025, 6, 30))
    assert assessment.required == 15


def test_amba_cycle_met_with_half_from_amba() -> None:
    """8 CEUs from AMBA and 7 from others meet the year: 15, and 8 of the 7.5 from AMBA."""
    log = [
        _activity("2024-09-01", "8", "AMBA webinar", "amba"),
        _activity("2025-01-10", "7", "Payer update"),
    ]
    assessment = cc.assess(_amba_holder(), log, as_of="2025-03-01").for_body("AMBA")
    assert assessment.standing is cc.Standing.MET
    ((minimum),) = assessment.minimums
    assert (minimum.required, minimum.earned, minimum.met) == (Decimal("7.5"), 8, True)


def test_amba_15_with_too_little_from_amba_is_not_met() -> None:
    """15 CEUs with only 5 from AMBA leave the AMBA minimum unmet: 2.5 more CEUs are owed."""
    log = [
        _activity("2024-09-01", "5", "AMBA webinar", "amba"),
        _activity("2025-01-10", "10", "Payer update"),
    ]
    assessment = cc.assess(_amba_holder(), log, as_of="2025-03-01").for_body("AMBA")
    assert assessment.earned >= assessment.required  # the total alone is met
    assert assessment.remaining == Decimal("2.5")  # 2.5 more from AMBA still meet the cycle
    assert assessment.standing is not cc.Standing.MET
    ((minimum),) = assessment.minimums
    assert (minimum.met, minimum.remaining) == (False, Decimal("2.5"))


@pytest.mark.parametrize(
    ("as_of", "standing", "phase", "until"),
    [
        ("2025-06-30", cc.Standing.BEHIND, None, None),  # the due date itself
        ("2025-07-01", cc.Standing.GRACE, "grace", dt.date(2025, 7, 30)),
        ("2025-07-10", cc.Standing.GRACE, "grace", dt.date(2025, 7, 30)),
        ("2025-07-11", cc.Standing.GRACE, "late-fee", dt.date(2025, 7, 30)),
        ("2025-07-30", cc.Standing.GRACE, "late-fee", dt.date(2025, 7, 30)),
        ("2025-07-31", cc.Standing.LAPSED, "revoked", None),
    ],
)
def test_amba_cancels_30_days_after_an_unmet_renewal_date(
    as_of: str, standing: cc.Standing, phase: str | None, until: dt.date | None
) -> None:
    """'A 10-day grace period ... within 30 days of renewal date ... credential cancellation'."""
    log = [_activity("2024-09-01", "8", "AMBA webinar", "amba")]
    assessment = cc.assess(_amba_holder(), log, as_of=as_of).for_body("AMBA")
    assert (assessment.standing, assessment.phase, assessment.standing_until) == (
        standing,
        phase,
        until,
    )


def test_amba_first_partial_year_is_prorated() -> None:
    """A CMRS earned 4 months before the renewal date owes 15/12 x 4 = 5 CEUs (an assumption)."""
    holder = cc.Holder("M2", [("CMRS", "2024-03-10")], renewals={"AMBA": "2024-06-30"})
    assessment = cc.assess(holder, as_of="2024-05-01").for_body("AMBA")
    assert (assessment.cycle.start, assessment.due, assessment.required) == (
        dt.date(2024, 3, 10),
        dt.date(2024, 6, 30),
        5,
    )
    assert any("pro-rated" in note for note in assessment.current.notes)


# --- BMSC: 20 a year per credential, 10 from its self-assessment -------------------------


@pytest.mark.parametrize(
    ("codes", "units"),
    [
        (["HCS-D"], 20),  # 'earn twenty (20) CEUs'
        (["HCS-O"], 20),
        (["HCS-D", "HCS-O"], 40),  # '10 unique CEUs ... and ... self-assessments for each'
        (["HCS-D", "HCS-O", "HCS-H"], 60),
        (list(BMSC_CODES), 80),
    ],
)
def test_bmsc_adds_each_credentials_20(codes: list[str], units: int) -> None:
    """Each BMSC credential asks its own 20 CEUs a year; several are added up."""
    assert _units("BMSC", codes) == units


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("HCS-D", "coding-self-assessment"),
        ("HCS-O", "oasis-self-assessment"),
        ("HCS-H", "hospice-self-assessment"),
        ("HCS-C", "compliance-self-assessment"),
    ],
)
def test_bmsc_each_credential_asks_10_from_its_self_assessment(code: str, category: str) -> None:
    """Each credential asks 10 CEUs of its own self-assessment inside its 20.

    'Earn ten (10) of the required CEUs by completing your mandatory annual coding, OASIS,
    hospice, or compliance self-assessments' (DecisionHealth).
    """
    found = [
        (m.category, m.units)
        for m in BOOK.minimums_for(
            cc.issuing_body("BMSC"), dt.date(2025, 1, 1), dt.date(2025, 12, 31)
        )
        if m.credential == code
    ]
    assert found == [(category, Decimal(10))]


def _bmsc_holder() -> cc.Holder:
    return cc.Holder("B1", [("HCS-D", "2024-03-10"), ("HCS-O", "2024-03-10")])


def test_bmsc_cycle_runs_a_year_from_the_exam_date() -> None:
    """'between the anniversary date and expiration date of your current credential cycle'."""
    assessment = cc.assess(_bmsc_holder(), as_of="2025-03-20").for_body("BMSC")
    assert (assessment.cycle.start, assessment.due) == (dt.date(2025, 3, 10), dt.date(2026, 3, 9))


def test_bmsc_two_credentials_need_both_self_assessments() -> None:
    """40 CEUs with only the coding self-assessment leave the OASIS one unmet."""
    log = [
        _activity("2024-09-01", "10", "Coding self-assessment", "coding-self-assessment"),
        _activity("2025-01-10", "30", "Webinars"),
    ]
    assessment = cc.assess(_bmsc_holder(), log, as_of="2025-03-01").for_body("BMSC")
    assert (assessment.required, assessment.earned) == (40, 40)
    assert [(m.rule.category, m.met) for m in assessment.minimums] == [
        ("coding-self-assessment", True),
        ("oasis-self-assessment", False),
    ]
    assert assessment.standing is not cc.Standing.MET
    log.append(_activity("2025-02-01", "10", "OASIS self-assessment", "oasis-self-assessment"))
    assert cc.assess(_bmsc_holder(), log, as_of="2025-03-01").for_body("BMSC").standing is (
        cc.Standing.MET
    )


@pytest.mark.parametrize(
    ("as_of", "standing", "until"),
    [
        ("2025-03-09", cc.Standing.BEHIND, None),  # the last day of the cycle
        ("2025-03-10", cc.Standing.INACTIVE, dt.date(2025, 6, 7)),
        ("2025-06-07", cc.Standing.INACTIVE, dt.date(2025, 6, 7)),
        ("2025-06-08", cc.Standing.LAPSED, None),
    ],
)
def test_bmsc_inactive_90_days_then_revoked(
    as_of: str, standing: cc.Standing, until: dt.date | None
) -> None:
    """'within 90 days after the credential has expired ... 90 day inactive period ... revoked'."""
    assessment = cc.assess(_bmsc_holder(), as_of=as_of).for_body("BMSC")
    assert (assessment.standing, assessment.standing_until) == (standing, until)
    assert assessment.in_good_standing is (standing is cc.Standing.BEHIND)


# --- AIHC: 6 a year per credential, one CEU for several, first year pro-rated -----------


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_aihc_asks_6_however_many_credentials(count: int) -> None:
    """'6 CEUs annually per credential ... "double dip" your CEUs': 6 for one or for four."""
    assert _units("AIHC", AIHC_CODES[:count]) == 6


def _aihc_holder() -> cc.Holder:
    return cc.Holder(
        "C1", [("CHCO", "2024-03-10"), ("CMDP", "2024-03-10")], renewals={"AIHC": "2024-09-30"}
    )


def test_aihc_first_renewal_is_prorated() -> None:
    """The first, partial year asks 6/12 CEUs per started month: 7 months, 3.5 CEUs.

    'if you have certified within the past year, your CEUs may be pro-rated for your first
    renewal' (AIHC); the rate is an assumption of the rule book.
    """
    assessment = cc.assess(_aihc_holder(), as_of="2024-06-01").for_body("AIHC")
    assert (assessment.cycle.start, assessment.due, assessment.required) == (
        dt.date(2024, 3, 10),
        dt.date(2024, 9, 30),
        Decimal("3.5"),
    )


def test_aihc_one_ceu_counts_for_both_credentials() -> None:
    """A CHCO who is also a CMDP meets a full year with 6 CEUs, not 12."""
    log = [_activity("2024-06-01", "4", "Ethics newsletter"), _activity("2025-01-10", "6", "CEUs")]
    assessment = cc.assess(_aihc_holder(), log, as_of="2025-03-01").for_body("AIHC")
    assert (assessment.cycle.start, assessment.due) == (dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    assert (assessment.required, assessment.earned, assessment.standing) == (
        6,
        6,
        cc.Standing.MET,
    )
    (first,) = assessment.history
    assert first.met


# --- The command --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "codes"),
    [("AMBA", ("CMRS",)), ("bmsc", BMSC_CODES), ("AIHC", AIHC_CODES)],
)
def test_credentials_lists_each_new_body(
    capsys: pytest.CaptureFixture[str], body: str, codes: tuple[str, ...]
) -> None:
    """`coding-certs credentials --body AMBA` (or BMSC, AIHC) lists that body's credentials."""
    assert main(["credentials", "--body", body]) == EXIT_OK
    out = capsys.readouterr().out
    name = cc.issuing_body(body).name
    count = f"{len(codes)} credential{'s' if len(codes) > 1 else ''}"
    assert out.startswith(f"{body.upper()}: {name} ({count})")
    listed = [line.split()[0] for line in out.splitlines()[4:] if line.strip()]
    assert listed == list(codes)


def test_requirements_command_sums_bmsc_and_shares_aihc(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`requirements HCS-D HCS-O CHCO OHCC CMRS`: BMSC 40, AIHC 6, AMBA 15, each a year."""
    args = ["requirements", "HCS-D", "HCS-O", "CHCO", "OHCC", "CMRS", "--on", "2026-01-01"]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "BMSC: 40 CEUs every year for 2 credentials (HCS-D, HCS-O)." in out
    assert "AIHC: 6 CEUs every year for 2 credentials (CHCO, OHCC)." in out
    assert "AMBA: 15 CEUs every year for 1 credential (CMRS)." in out


def test_assess_command_reports_each_new_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A roster with AMBA and AIHC renewal dates: one CSV row per holder and body."""
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,renewals,credentials\n"
        "M1,Mo Biller,AMBA:2024-06-30,CMRS:2024-06-30\n"
        "B1,Bea Home,,HCS-D:2024-03-10;HCS-O:2024-03-10\n"
        "C1,Cy Compliance,AIHC:2024-09-30,CHCO:2024-03-10;CMDP:2024-03-10\n",
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text(
        "holder_id,completed_on,units,kind,title,categories\n"
        "M1,2024-09-01,8,other,AMBA webinar,amba\n"
        "M1,2025-01-10,7,other,Payer update,\n"
        "B1,2024-09-01,10,other,Coding self-assessment,coding-self-assessment\n"
        "C1,2024-06-01,4,other,Ethics newsletter,\n"
        "C1,2025-01-10,6,other,CEU package,\n",
        encoding="utf-8",
    )
    files = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    assert main(["assess", *files, "--format", "csv"]) == EXIT_OK
    rows = {
        (line.split(",")[0], line.split(",")[2]): line.split(",")
        for line in capsys.readouterr().out.splitlines()[1:]
    }
    assert sorted(rows) == [("B1", "BMSC"), ("C1", "AIHC"), ("M1", "AMBA")]
    assert rows["M1", "AMBA"][3:9] == ["met", "true", "current", "15", "15", "0"]
    assert rows["B1", "BMSC"][3] == "behind"
    assert rows["B1", "BMSC"][6:9] == ["40", "10", "30"]
    assert rows["C1", "AIHC"][6:9] == ["6", "6", "0"]


@pytest.mark.parametrize("code", ["CMRS", "HCS-D", "CHCO", "CPC", "CCS"])
def test_compare_gives_each_bodys_own_cycle_length(code: str) -> None:
    """`compare`'s cycle row says one year for BMSC, AMBA and AIHC, two for AAPC and AHIMA."""
    from coding_certs._cli_catalogue import _cycle_text  # noqa: PLC0415 -- the row's words

    body = cc.credential(code).body
    rule = cc.default_rulebook().in_force("cycle", body, dt.date(2026, 1, 1))
    text = _cycle_text(rule)
    assert ("one-year" in text or "every year" in text) is (rule.years == 1)
    assert ("two-year" in text or "every two years" in text) is (rule.years == 2)
