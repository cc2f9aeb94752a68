"""A minimum asked each year: AHIMA's two annual coding self-reviews of 5 CEUs, until 2021.

Source: AHIMA's page (a 2019-2020 copy), "CCA, CCS, CCS-P | 20 CEUs, including two
mandatory annual coding self-reviews"; "Each mandatory annual coding self-review is
worth five (5) CEUs"; discontinued "Effective January 1, 2021" (AHIMA's FAQ).
"""

# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

import coding_certs as cc
from coding_certs import _pools
from shipped_book import shipped_with

if TYPE_CHECKING:
    from pathlib import Path

# A CCS passed on 2018-06-01: its cycle runs to 2020-05-31, years 2018-06-01 to 2019-05-31
# and 2019-06-01 to 2020-05-31; it ends before 2021, so it asks the self-reviews.
CCS = cc.Holder("S1", [("CCS", "2018-06-01")])


def _log(*reviews: tuple[str, str]) -> list[cc.CeuActivity]:
    """20 CEUs of webinars in HIIM, and the self-reviews given as (day, CEUs)."""
    log = [cc.CeuActivity("2018-09-01", "20", "other", "Webinars", categories=["hiim"])]
    log += [
        cc.CeuActivity(day, units, "other", f"Self-review {n}", categories=["coding-self-review"])
        for n, (day, units) in enumerate(reviews)
    ]
    return log


def _reviews(assessment: cc.BodyAssessment) -> cc.MinimumStatus:
    (previous,) = assessment.history
    (status,) = [m for m in previous.minimums if m.rule.category == "coding-self-review"]
    return status


def test_the_years_of_a_two_year_cycle_are_its_first_and_second_twelve_months() -> None:
    """AHIMA's cycle from the exam day: two years, each of twelve months."""
    assessment = cc.assess(CCS, [], as_of="2020-07-01").for_body("AHIMA")
    (previous,) = assessment.history
    assert _pools.cycle_years(previous.cycle) == [
        (dt.date(2018, 6, 1), dt.date(2019, 5, 31)),
        (dt.date(2019, 6, 1), dt.date(2020, 5, 31)),
    ]


def test_a_review_in_each_year_meets_it() -> None:
    """5 CEUs of self-review in each year of the cycle: met, 10 of 10."""
    log = _log(("2018-10-01", "5"), ("2019-10-01", "5"))
    assessment = cc.assess(CCS, log, as_of="2020-07-01").for_body("AHIMA")
    status = _reviews(assessment)
    assert (status.required, status.earned, status.met) == (Decimal(10), Decimal(10), True)
    assert assessment.standing is not cc.Standing.GRACE


@pytest.mark.parametrize(
    "reviews",
    [(("2018-10-01", "5"), ("2019-03-01", "5")), (("2019-10-01", "10"),)],
    ids=["two-in-the-first-year", "ten-in-the-second-year"],
)
def test_ceus_of_one_year_do_not_make_up_the_other(reviews: tuple[tuple[str, str], ...]) -> None:
    """10 CEUs of self-review in one year: 5 count, the other year is 5 short (GRACE)."""
    assessment = cc.assess(CCS, _log(*reviews), as_of="2020-07-01").for_body("AHIMA")
    status = _reviews(assessment)
    assert (status.required, status.earned, status.remaining) == (
        Decimal(10),
        Decimal(5),
        Decimal(5),
    )
    assert assessment.standing is cc.Standing.GRACE
    text = assessment.explain()
    assert "5 short of the minimum '5 CEUs in coding-self-review each year for CCS'" in text


def test_the_explanation_gives_each_year() -> None:
    """explain() says the CEUs of self-review of each year, of the current and earlier cycles."""
    log = _log(("2018-10-01", "10"))
    each = "Each year: 2018-06-01 to 2019-05-31: 5 of 5; 2019-06-01 to 2020-05-31: 0 of 5"
    assert each in cc.assess(CCS, log, as_of="2019-07-01").for_body("AHIMA").explain()
    assert each in cc.assess(CCS, log, as_of="2020-07-01").for_body("AHIMA").explain()


def test_a_review_of_the_grace_period_makes_up_the_last_year() -> None:
    """A review completed in the 3 months of grace (before 2021) counts toward the last year.

    The cycle already has 10 CEUs of self-review, both in its first year: judged by the
    cycle's sum, the one of the grace period would stay in the current cycle.
    """
    log = _log(("2018-10-01", "5"), ("2019-02-01", "5"), ("2020-06-15", "5"))
    assessment = cc.assess(CCS, log, as_of="2020-07-01").for_body("AHIMA")
    status = _reviews(assessment)
    assert status.met
    assert assessment.standing is not cc.Standing.GRACE


def test_a_cycle_ending_in_2021_asks_no_review() -> None:
    """The other side of the cutover: a cycle that ends on or after 2021-01-01 asks none."""
    holder = cc.Holder("S1", [("CCS", "2019-06-01")])
    log = [cc.CeuActivity("2019-09-01", "20", "other", "Webinars", categories=["hiim"])]
    assessment = cc.assess(holder, log, as_of="2021-07-01").for_body("AHIMA")
    (previous,) = assessment.history
    assert all(m.rule.category != "coding-self-review" for m in previous.minimums)
    assert previous.met


def _minimum(**changes: object) -> cc.CategoryMinimum:
    fields: dict[str, object] = {
        "body": cc.AHIMA,
        "name": "m",
        "effective_from": dt.date(2008, 1, 1),
        "category": "coding-self-review",
        "units": "5",
        "credential": "CCS",
        "each_year": True,
    }
    return cc.CategoryMinimum(**{**fields, **changes})  # type: ignore[arg-type]


def test_each_year_is_validated_on_construction() -> None:
    """Not a bool, with a share instead of units, or in a pool: refused, naming each_year."""
    with pytest.raises(cc.CodingCertsError, match="each_year"):
        _minimum(each_year="yes")
    with pytest.raises(cc.CodingCertsError, match="each_year needs units"):
        _minimum(units=None, share="0.5")
    with pytest.raises(cc.CodingCertsError, match=r"each_year needs units .* and no pool"):
        _minimum(pool="p")
    assert _minimum().describe() == "5 CEUs in coding-self-review each year for CCS"
    assert _minimum().units_within(Decimal(20), years=2) == Decimal(10)
    assert _minimum(each_year=False).units_within(Decimal(20), years=2) == Decimal(5)


SELF_REVIEW = 'units = "5"\neach_year = true\n'


def test_each_year_is_read_from_a_rule_book_file(tmp_path: Path) -> None:
    """``each_year = true`` is read onto the minimum; without it, 5 CEUs a cycle are asked."""
    book = cc.load_rulebook(shipped_with(SELF_REVIEW, 'units = "5"\n', tmp_path))
    by_name = {m.name: m for m in book.minimums}
    assert not by_name["ahima-cca-coding-self-reviews"].each_year
    assert by_name["ahima-ccs-coding-self-reviews"].each_year


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('each_year = "yes"\n', "expected true or false"),
        ('each_year = true\npool = "p"\n', "each_year needs units"),
    ],
    ids=["not-a-flag", "in-a-pool"],
)
def test_each_year_junk_is_refused_by_the_rule_book_loader(
    tmp_path: Path, line: str, message: str
) -> None:
    """Junk in ``each_year`` is refused when the book loads, naming the entry."""
    path = shipped_with(SELF_REVIEW, 'units = "5"\n' + line, tmp_path)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert caught.value.entry is not None
    assert re.match(r"minimums\[\d+\]", caught.value.entry)
