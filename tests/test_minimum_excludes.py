"""A minimum's ``excludes``: AAPC's CMS CEUs count for core credentials only.

Source: AAPC's help centre, "CMS CEUs: These are only approved for core
credentials and cannot be applied to specialty certifications" (rule-book
source ``aapc-help-allocate-ceus``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc

# (the day assessed, a day inside its current cycle): one cycle under AAPC's older
# edition (begun 2013-03-15), one under the current one (begun 2017-03-15).
EDITIONS = [("2014-01-01", "2013-09-01"), ("2018-01-01", "2017-09-01")]
HOLDER = cc.Holder("E1", [("CPC", "2012-01-15"), ("CGSC", "2012-01-15")], aapc_renewal="2013-03-15")


def _activity(day: str, units: str, *categories: str) -> cc.CeuActivity:
    return cc.CeuActivity(
        day,
        units,
        "approved-event",
        f"Course of {units} CEUs in {'+'.join(sorted(categories))}",
        certificate=True,
        categories=set(categories),
    )


def _aapc(holder: cc.Holder, activities: list[cc.CeuActivity], as_of: str) -> cc.BodyAssessment:
    return cc.assess(holder, activities, as_of=as_of).for_body("AAPC")


@pytest.mark.parametrize(("as_of", "day"), EDITIONS, ids=["older", "current"])
def test_cms_ceus_count_toward_the_total_not_a_specialty_minimum(as_of: str, day: str) -> None:
    """A CMS CEU tagged for the specialty counts toward AAPC's total, never its minimum."""
    cms = _activity(day, "8", "cgsc", "cms")
    plain = _activity(day, "2", "cgsc")
    assessment = _aapc(HOLDER, [cms, plain], as_of)
    assert assessment.earned == Decimal(10)
    assert set(assessment.counted) == {cms, plain}
    (specialty,) = assessment.minimums
    assert specialty.rule.credential == "CGSC"
    assert specialty.earned == Decimal(2)
    assert specialty.activities == (plain,)
    assert not specialty.met


@pytest.mark.parametrize(("as_of", "day"), EDITIONS, ids=["older", "current"])
def test_the_same_ceus_without_the_cms_tag_meet_the_specialty_minimum(as_of: str, day: str) -> None:
    """The other side: untagged, the same 8 CEUs count toward the specialty minimum."""
    assessment = _aapc(
        HOLDER, [_activity(day, "8", "cgsc"), _activity(day, "8", "cgsc", "coding")], as_of
    )
    (specialty,) = assessment.minimums
    assert specialty.earned == Decimal(16)
    assert specialty.met


@pytest.mark.parametrize(("as_of", "day"), EDITIONS, ids=["older", "current"])
def test_cms_ceus_count_toward_a_core_credentials_minimum(as_of: str, day: str) -> None:
    """A CPMA's auditing minimum (a core credential) takes CMS CEUs tagged auditing."""
    holder = cc.Holder("E1", [("CPMA", "2012-01-15")], aapc_renewal="2013-03-15")
    cms = _activity(day, "24", "auditing", "cms")
    (auditing,) = _aapc(holder, [cms], as_of).minimums
    assert auditing.rule.excludes == ()
    assert auditing.earned == Decimal(24)
    assert auditing.met


def test_every_shipped_specialty_minimum_excludes_cms_and_no_core_one_does() -> None:
    """Specialty rows (category = the credential's code) exclude ``cms``; the others do not."""
    book = cc.default_rulebook()
    aapc = [m for m in book.minimums if m.body.code == "AAPC"]
    specialty = [m for m in aapc if m.credential and m.category == m.credential.lower()]
    assert len(specialty) >= 38
    for minimum in aapc:
        expected = ("cms",) if minimum in specialty else ()
        assert minimum.excludes == expected, minimum.name
    for minimum in specialty:
        assert "15555301" in " ".join(s.url or "" for s in minimum.sources), minimum.name
    assert all(m.excludes == () for m in book.minimums if m.body.code != "AAPC")


def _minimum(**changes: object) -> cc.CategoryMinimum:
    fields: dict[str, object] = {
        "body": cc.AAPC,
        "name": "m",
        "effective_from": dt.date(2015, 8, 31),
        "category": "cgsc",
        "units": "8",
        "credential": "CGSC",
    }
    return cc.CategoryMinimum(**{**fields, **changes})  # type: ignore[arg-type]


@given(
    excludes=st.lists(st.sampled_from(["cms", "vendor", "x"]), unique=True),
    categories=st.sets(st.sampled_from(["cgsc", "cms", "vendor", "x", "auditing"])),
)
def test_counts_is_the_category_and_none_excluded(
    excludes: list[str], categories: set[str]
) -> None:
    """An activity counts toward a minimum iff it has its category and no excluded one."""
    minimum = _minimum(excludes=excludes)
    assert minimum.excludes == tuple(excludes)
    expected = "cgsc" in categories and not categories & set(excludes)
    assert minimum.counts(categories) is expected


def test_excludes_is_validated_on_construction() -> None:
    """Not a list of non-empty strings, or naming the minimum's own category: refused."""
    with pytest.raises(cc.CodingCertsError, match="excludes"):
        _minimum(excludes="cms")
    with pytest.raises(cc.CodingCertsError, match="excludes"):
        _minimum(excludes=[""])
    with pytest.raises(cc.CodingCertsError, match="excludes must not name its own category"):
        _minimum(excludes=["cms", "cgsc"])
    assert _minimum(excludes=["cms"]).describe() == "8 CEUs in cgsc (not cms) for CGSC"
    assert _minimum().describe() == "8 CEUs in cgsc for CGSC"


SHIPPED_TEXT = (
    resources.files("coding_certs").joinpath("data", "rules.toml").read_text(encoding="utf-8")
)
CGSC8 = 'name = "aapc-cgsc-specialty-8"'


def _shipped_with(line: str, tmp_path: Path) -> Path:
    """The shipped book with the CGSC current row's ``excludes`` line replaced by ``line``."""
    start = SHIPPED_TEXT.index(CGSC8)
    at = SHIPPED_TEXT.index('excludes = ["cms"]\n', start)
    text = SHIPPED_TEXT[:at] + line + SHIPPED_TEXT[at + len('excludes = ["cms"]') :]
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_excludes_is_read_from_a_rule_book_file(tmp_path: Path) -> None:
    """``excludes = [...]`` in a rule-book file is read onto the minimum; absent, it is empty."""
    by_name = {
        m.name: m
        for m in cc.load_rulebook(_shipped_with('excludes = ["cms", "vendor"]', tmp_path)).minimums
    }
    assert by_name["aapc-cgsc-specialty-8"].excludes == ("cms", "vendor")
    by_name = {m.name: m for m in cc.load_rulebook(_shipped_with("", tmp_path)).minimums}
    assert by_name["aapc-cgsc-specialty-8"].excludes == ()
    assert by_name["aapc-cgsc-specialty-16"].excludes == ("cms",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('excludes = "cms"', "expected an array"),
        ('excludes = [""]', "expected a non-empty string"),
        ('excludes = ["cgsc"]', "must not name its own category"),
    ],
    ids=["not-a-list", "empty-text", "own-category"],
)
def test_excludes_is_refused_when_wrong(tmp_path: Path, line: str, message: str) -> None:
    """Junk in ``excludes`` is refused when the book loads, naming the entry."""
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(_shipped_with(line, tmp_path))
    assert caught.value.entry is not None
    assert "minimums[" in caught.value.entry


def test_a_specialty_ceu_moves_back_when_the_cms_ones_do_not_count() -> None:
    """The renewal-month search counts a minimum's CEUs as the minimum does: CMS CEUs do not.

    The ended cycle's total is met, and its only CGSC CEUs are CMS CEUs: a CGSC CEU of the
    renewal month, after the due date, moves back to meet the specialty minimum.
    """
    holder = cc.Holder(
        "E2", [("CPC", "2015-01-10"), ("CGSC", "2015-01-10")], aapc_renewal="2015-05-15"
    )
    log = [
        _activity("2022-03-01", "36", "coding"),
        _activity("2022-04-01", "8", "cgsc", "cms"),
        _activity("2023-05-20", "8", "cgsc"),
    ]
    assessment = _aapc(holder, log, "2023-09-15")
    (previous,) = assessment.history
    assert previous.met
    assert assessment.standing is not cc.Standing.GRACE
