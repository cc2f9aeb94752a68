"""``remaining`` is what a cycle still lacks, its category minimums included, on every surface.

A cycle whose total is met but a category minimum is not still owes CEUs: AAPC's
"If CPMA, 16 must be related to auditing" and AHIMA's "at least 80% of required
CEUs for each credential must be related to ... HIIM domains" are inside the
total, so what is owed is the larger shortfall (``_owed.still_owed``).
"""

# Numbers are compared as published (40, not Decimal('40')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs.cli import EXIT_OK, main

AS_OF = "2026-01-15"
ROSTER = (
    "id,name,renewals,credentials\n"
    "Q1,Min Short,AAPC:2019-11-30,CPC:2019-11-30;CPMA:2019-11-30\n"
    "Q2,Hiim Short,,CCS:2019-09-30\n"
)
LOG = (
    "holder_id,completed_on,units,kind,title,index_number,categories\n"
    "Q1,2024-05-01,30,approved-event,Conference,I-1,\n"
    "Q1,2024-06-01,10,approved-event,Audit workshop,I-2,auditing\n"
    "Q2,2024-05-01,20,other,Not about HIIM,,\n"
)


def _cpma_coder() -> tuple[cc.Holder, list[cc.CeuActivity]]:
    holder = cc.Holder(
        "Q1", [("CPC", "2019-11-30"), ("CPMA", "2019-11-30")], renewals={"AAPC": "2019-11-30"}
    )
    log = [
        cc.CeuActivity("2024-05-01", "30", "approved-event", "Conference", index_number="I-1"),
        cc.CeuActivity(
            "2024-06-01", "10", "approved-event", "Audit", index_number="I", categories=["auditing"]
        ),
    ]
    return holder, log


def test_an_unmet_cycle_short_of_its_auditing_minimum_owes_the_difference() -> None:
    """CPC + CPMA: 40 of 40 CEUs but 10 of 16 auditing ones: 6 more are owed, in grace."""
    assessment = cc.assess(*_cpma_coder(), as_of=AS_OF).for_body("AAPC")
    owed = assessment.obligation
    assert owed is not None
    assert (owed.required, owed.earned, owed.remaining) == (40, 40, 6)
    assert assessment.standing is cc.Standing.GRACE
    assert assessment.to_record()["remaining"] == 6
    assert owed.describe().startswith("Earn 6 more CEUs for the cycle 2023-12-01 to 2025-11-30")


def test_a_current_cycle_short_of_a_minimum_is_not_done() -> None:
    """40 CEUs, none in auditing, in the current cycle: 16 are owed, not 0 (nor the total's 0)."""
    holder, _ = _cpma_coder()
    log = [cc.CeuActivity("2025-12-05", "40", "approved-event", "Big conference", index_number="I")]
    assessment = cc.assess(holder, log, as_of="2027-11-01", history=0).for_body("AAPC")
    assert (assessment.earned, assessment.remaining, assessment.current.met) == (40, 16, False)
    assert assessment.to_record()["current_remaining"] == 16


def test_the_minimum_shortfall_wins_when_it_is_larger() -> None:
    """36 of 40 CEUs and no auditing CEU: 16 more are owed (auditing counts in the total)."""
    holder, _ = _cpma_coder()
    log = [cc.CeuActivity("2025-12-05", "36", "approved-event", "Conference", index_number="I")]
    assessment = cc.assess(holder, log, as_of="2027-11-01", history=0).for_body("AAPC")
    assert (assessment.required - assessment.earned, assessment.remaining) == (4, 16)


def test_a_met_cycle_owes_nothing() -> None:
    """16 auditing CEUs among 40: met, nothing remains."""
    holder, _ = _cpma_coder()
    log = [
        cc.CeuActivity("2025-12-05", "24", "approved-event", "Conference", index_number="I-1"),
        cc.CeuActivity(
            "2025-12-06", "16", "approved-event", "Audit", index_number="I", categories=["auditing"]
        ),
    ]
    assessment = cc.assess(holder, log, as_of="2027-11-01", history=0).for_body("AAPC")
    assert (assessment.remaining, assessment.standing) == (0, cc.Standing.MET)


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    """The command's options for the two coders' roster and CEU log, written as CSV files."""
    roster, log = tmp_path / "roster.csv", tmp_path / "ceus.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    log.write_text(LOG, encoding="utf-8")
    return ["--holders", str(roster), "--activities", str(log), "--as-of", AS_OF]


def test_every_surface_of_the_command_says_what_is_owed(
    files: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV, calendar, explain and notices: 6 for the CPMA coder, 16 HIIM CEUs for the CCS."""
    assert main(["assess", *files, "--format", "csv"]) == EXIT_OK
    rows = {r["holder_id"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert {h: (r["standing"], r["earned"], r["remaining"]) for h, r in rows.items()} == {
        "Q1": ("grace", "40", "6"),
        "Q2": ("inactive", "20", "16"),
    }
    assert main(["assess", *files, "--format", "ics"]) == EXIT_OK
    calendar = capsys.readouterr().out.replace("\r\n ", "")
    assert "(6 CEUs missing" in calendar
    assert "(16 CEUs missing" in calendar
    assert main(["explain", "Q2", *files]) == EXIT_OK
    assert "Earn 16 more CEUs for the cycle" in capsys.readouterr().out
    assert main(["notices", *files[:4], "--as-of", "2025-12-01", "--format", "csv"]) == EXIT_OK
    (notice,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (notice["holder_id"], notice["remaining"]) == ("Q1", "6")


def test_the_ahima_hiim_share_is_owed_in_full() -> None:
    """CCS: 20 of 20 CEUs, none in the HIIM domains: 16 (80% of 20) are owed."""
    holder = cc.Holder("Q2", [("CCS", "2019-09-30")])
    log = [cc.CeuActivity("2024-05-01", "20", "other", "Not about HIIM")]
    owed = cc.assess(holder, log, as_of=AS_OF).for_body("AHIMA").obligation
    assert owed is not None
    assert (owed.earned, owed.remaining) == (20, Decimal(16))


def test_the_minimums_of_one_pool_add_up() -> None:
    """CPC + CEMC + CGSC: each specialty asks 8 of its own; a CEU counts toward one of them.

    44 CEUs, none of either specialty: 16 more are owed (8 for each), not 8; with one
    8-CEU activity tagged for both, one specialty is met and 8 more are owed.
    """
    holder = cc.Holder(
        "Q4",
        [("CPC", "2019-11-30"), ("CEMC", "2019-11-30"), ("CGSC", "2019-11-30")],
        renewals={"AAPC": "2019-11-30"},
    )
    plain = cc.CeuActivity("2025-12-05", "44", "approved-event", "Conference", index_number="I")
    assessment = cc.assess(holder, [plain], as_of="2027-11-01", history=0).for_body("AAPC")
    assert (assessment.required, assessment.earned, assessment.remaining) == (44, 44, 16)
    both = cc.CeuActivity(
        "2025-12-06",
        "8",
        "approved-event",
        "E/M in surgery",
        index_number="J",
        categories=["cemc", "cgsc"],
    )
    fewer = cc.CeuActivity("2025-12-05", "36", "approved-event", "Conference", index_number="I")
    assessment = cc.assess(holder, [fewer, both], as_of="2027-11-01", history=0).for_body("AAPC")
    assert [m.met for m in assessment.minimums].count(True) == 1
    assert assessment.remaining == 8
