"""A minimum's ``pool``: minimums of one pool share CEUs, each CEU counting toward one of them.

Source: AAPC's help page (the older copy and the copy of 2015-08-31), "Effective
October 1, 2012, pre-approved Specialty CEUs can be applied toward one Specialty
and one Core credential concurrently" (rule-book sources ``aapc-help-2012`` and
``aapc-help-2015-copy``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs._report_rows import ceu_rows
from coding_certs.cli import main
from shipped_book import SHIPPED_TEXT
from test_display import Parsed
from test_renewal import AS_OF, DUES, _best_by_brute_force, _key, renewal_settings

if TYPE_CHECKING:
    from pathlib import Path

CGSC8 = 'name = "aapc-cgsc-specialty-8"'


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


def _shipped_with_pool(line: str, tmp_path: Path) -> Path:
    """The shipped book with the CGSC current row's ``pool`` line (if any) replaced by ``line``."""
    start = SHIPPED_TEXT.index(CGSC8)
    end = SHIPPED_TEXT.index("[[", start)
    entry = re.sub(r"(?m)^pool = .*\n", "", SHIPPED_TEXT[start:end])
    entry = entry.replace(CGSC8 + "\n", f"{CGSC8}\n{line}\n" if line else CGSC8 + "\n", 1)
    path = tmp_path / "rules.toml"
    path.write_text(SHIPPED_TEXT[:start] + entry + SHIPPED_TEXT[end:], encoding="utf-8")
    return path


# --- The key --------------------------------------------------------------------------


def test_pool_defaults_to_none_and_is_kept() -> None:
    """A minimum is in no pool unless it names one; the name is kept as given."""
    assert _minimum().pool is None
    assert _minimum(pool="my-pool").pool == "my-pool"


@pytest.mark.parametrize("junk", ["", "   ", 3, ["aapc-specialty"]], ids=repr)
def test_pool_junk_is_refused_on_construction(junk: object) -> None:
    """Not a non-empty string: refused, naming the field."""
    with pytest.raises(cc.CodingCertsError, match="pool"):
        _minimum(pool=junk)


def test_pool_is_not_part_of_a_minimums_lineage() -> None:
    """Editions of one minimum are one lineage whatever their pools (a pool is no edition key)."""
    assert _minimum(pool="a").lineage == _minimum(pool="b").lineage == _minimum().lineage


def test_pool_is_read_from_a_rule_book_file(tmp_path: Path) -> None:
    """``pool = "..."`` in a rule-book file is read onto the minimum; absent, it is ``None``."""
    book = cc.load_rulebook(_shipped_with_pool('pool = "my-own-pool"', tmp_path))
    by_name = {m.name: m for m in book.minimums}
    assert by_name["aapc-cgsc-specialty-8"].pool == "my-own-pool"
    book = cc.load_rulebook(_shipped_with_pool("", tmp_path))
    assert {m.name: m for m in book.minimums}["aapc-cgsc-specialty-8"].pool is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('pool = ""', "expected a non-empty string, got ''"),
        ('pool = "  "', "expected a non-empty string"),
        ("pool = 3", "expected a non-empty string, got 3"),
        ('pool = ["aapc-specialty"]', "expected a non-empty string"),
        ("pool = true", "expected a non-empty string"),
    ],
    ids=["empty", "blank", "number", "array", "flag"],
)
def test_pool_junk_is_refused_by_the_rule_book_loader(
    tmp_path: Path, line: str, message: str
) -> None:
    """Junk in ``pool`` is refused when the book loads, naming the key path."""
    with pytest.raises(cc.RulebookError, match=re.escape(message)) as caught:
        cc.load_rulebook(_shipped_with_pool(line, tmp_path))
    assert caught.value.entry is not None
    assert re.fullmatch(r"minimums\[\d+\]\.pool", caught.value.entry)


# --- The engine: AAPC's specialty and core pools ----------------------------------------

# (the day assessed, a day inside its current cycle, a specialty minimum's CEUs, a core
# credential's): one cycle under AAPC's older edition (begun 2013-03-15), one under the
# current one (begun 2017-03-15).
EDITIONS = [("2014-01-01", "2013-09-01", "16", "24"), ("2018-01-01", "2017-09-01", "8", "16")]
EDITION_IDS = ["older", "current"]


def _holder(*codes: str) -> cc.Holder:
    return cc.Holder("P1", [(code, "2012-01-15") for code in codes], aapc_renewal="2013-03-15")


def _activity(day: str, units: str, *categories: str, title: str = "") -> cc.CeuActivity:
    return cc.CeuActivity(
        day,
        units,
        "approved-event",
        title or f"Course of {units} CEUs in {'+'.join(sorted(categories))}",
        certificate=True,
        categories=set(categories),
    )


def _aapc(
    holder: cc.Holder, log: list[cc.CeuActivity], as_of: str, **options: object
) -> cc.BodyAssessment:
    return cc.assess(holder, log, as_of=as_of, **options).for_body("AAPC")  # type: ignore[arg-type]


def _met(assessment: cc.BodyAssessment) -> dict[str, bool]:
    return {m.rule.credential or "": m.met for m in assessment.minimums}


@pytest.mark.parametrize(("as_of", "day", "specialty", "core"), EDITIONS, ids=EDITION_IDS)
def test_one_ceu_meets_one_specialty_minimum_not_two(
    as_of: str, day: str, specialty: str, core: str
) -> None:
    """CPC + CEMC + CGSC, one activity tagged cemc and cgsc: one specialty minimum is met."""
    shared = _activity(day, specialty, "cemc", "cgsc")
    assessment = _aapc(_holder("CPC", "CEMC", "CGSC"), [shared], as_of)
    assert assessment.earned == Decimal(specialty)  # the cycle's total still counts it all
    assert sorted(_met(assessment).values()) == [False, True]
    cemc, cgsc = sorted(assessment.minimums, key=lambda m: m.rule.credential or "")
    assert {cemc.rule.pool, cgsc.rule.pool} == {"aapc-specialty"}
    assert cemc.earned + cgsc.earned == Decimal(specialty)
    assert {cemc.remaining, cgsc.remaining} == {Decimal(0), Decimal(specialty)}
    assert not assessment.current.met


@pytest.mark.parametrize(("as_of", "day", "specialty", "core"), EDITIONS, ids=EDITION_IDS)
def test_a_second_activity_lets_both_specialty_minimums_be_met(
    as_of: str, day: str, specialty: str, core: str
) -> None:
    """With another activity for CEMC alone, the shared one goes to CGSC: both are met."""
    shared = _activity(day, specialty, "cemc", "cgsc")
    cemc_only = _activity(day, specialty, "cemc")
    assessment = _aapc(_holder("CPC", "CEMC", "CGSC"), [shared, cemc_only], as_of)
    assert _met(assessment) == {"CEMC": True, "CGSC": True}
    by_code = {m.rule.credential: m for m in assessment.minimums}
    assert by_code["CEMC"].activities == (cemc_only,)
    assert by_code["CGSC"].activities == (shared,)


@pytest.mark.parametrize(("as_of", "day", "specialty", "core"), EDITIONS, ids=EDITION_IDS)
def test_one_ceu_meets_one_core_credentials_minimum_not_two(
    as_of: str, day: str, specialty: str, core: str
) -> None:
    """CPMA + CPCO, one activity tagged auditing and compliance: one minimum is met."""
    shared = _activity(day, core, "auditing", "compliance")
    assessment = _aapc(_holder("CPMA", "CPCO"), [shared], as_of)
    assert assessment.earned == Decimal(core)
    assert sorted(_met(assessment).values()) == [False, True]
    assert {m.rule.pool for m in assessment.minimums} == {"aapc-core"}
    # Twice the CEUs, split: both are met.
    both = _aapc(
        _holder("CPMA", "CPCO"),
        [_activity(day, str(2 * int(core)), "auditing", "compliance")],
        as_of,
    )
    assert _met(both) == {"CPMA": True, "CPCO": True}


@pytest.mark.parametrize(("as_of", "day", "specialty", "core"), EDITIONS, ids=EDITION_IDS)
def test_one_ceu_meets_a_specialty_and_a_core_minimum_at_once(
    as_of: str, day: str, specialty: str, core: str
) -> None:
    """CEMC + CPMA, one activity tagged cemc and auditing: both minimums are met (two pools)."""
    shared = _activity(day, core, "cemc", "auditing")
    assessment = _aapc(_holder("CPC", "CEMC", "CPMA"), [shared], as_of)
    assert _met(assessment) == {"CEMC": True, "CPMA": True}
    assert all(m.activities == (shared,) for m in assessment.minimums)


def test_the_explanation_says_where_the_shared_ceus_went() -> None:
    """explain() says what of a minimum's CEUs counted toward another minimum of its pool."""
    shared = _activity("2017-09-01", "8", "cemc", "cgsc")
    assessment = _aapc(_holder("CPC", "CEMC", "CGSC"), [shared], "2018-01-01")
    unmet = next(m for m in assessment.minimums if not m.met)
    met = next(m for m in assessment.minimums if m.met)
    text = assessment.explain()
    assert (
        f"8 of the 8 CEUs that count toward it counted toward '{met.rule.name}' instead: "
        "each CEU counts toward one minimum of pool 'aapc-specialty'."
    ) in text
    assert f"Minimum '{unmet.rule.name}' (8 CEUs in" in text
    assert "0 of 8 CEUs, NOT met, 8 to go" in text


def test_every_surface_shows_the_pool_s_figures() -> None:
    """An ended cycle one specialty minimum short is in grace on every surface, owing it alone.

    Before pools, the 8 shared CEUs met both minimums and the coder was told MET. The cycle
    (2015-03-16 to 2017-03-15) is due after 2015-08-31, so it is asked the current table:
    44 CEUs for three credentials, 8 per specialty.
    """
    holder = _holder("CPC", "CEMC", "CGSC")
    log = [
        _activity("2016-06-01", "8", "cemc", "cgsc", title="Shared"),
        _activity("2016-07-01", "36", title="General"),
    ]
    log = [attrs.evolve(a, holder_id="P1") for a in log]
    report = cc.assess_roster([holder], log, as_of="2017-04-01")
    (assessment,) = report.reports[0].assessments
    assert assessment.standing is cc.Standing.GRACE
    (previous,) = assessment.history
    assert [m.met for m in previous.minimums].count(True) == 1
    obligation = assessment.obligation
    assert obligation is not None
    (short,) = [m for m in obligation.minimums if not m.met]
    assert (short.earned, short.remaining) == (Decimal(0), Decimal(8))
    assert obligation.describe().count("8 short of the minimum") == 1
    (record,) = [dict(r) for r in report.to_records()]
    assert (record["standing"], record["earned"], record["due"]) == (
        "grace",
        Decimal(44),
        dt.date(2017, 3, 15),
    )
    (row,) = Parsed(report._repr_html_()).rows
    assert row[3:5] == ["GRACE", "44/44"]
    (shared,) = [r for r in ceu_rows(assessment) if r.title == "Shared"]
    assert shared.what.count(" minimum") == 1


def test_a_rule_book_of_ones_own_may_name_its_own_pools(tmp_path: Path) -> None:
    """Pools are names: renamed, the answers are the same; removed, CEUs count twice again."""
    shared = _activity("2017-09-01", "8", "cemc", "cgsc")
    holder = _holder("CPC", "CEMC", "CGSC")
    renamed = tmp_path / "renamed.toml"
    renamed.write_text(
        SHIPPED_TEXT.replace('pool = "aapc-specialty"', 'pool = "my-specialties"'),
        encoding="utf-8",
    )
    book = cc.load_rulebook(renamed)
    assessment = _aapc(holder, [shared], "2018-01-01", rulebook=book)
    assert {m.rule.pool for m in assessment.minimums} == {"my-specialties"}
    assert sorted(_met(assessment).values()) == [False, True]
    removed = tmp_path / "removed.toml"
    removed.write_text(SHIPPED_TEXT.replace('pool = "aapc-specialty"\n', ""), encoding="utf-8")
    assessment = _aapc(holder, [shared], "2018-01-01", rulebook=cc.load_rulebook(removed))
    assert _met(assessment) == {"CEMC": True, "CGSC": True}


def test_every_aapc_specialty_and_core_minimum_is_in_its_pool() -> None:
    """Specialty rows are in pool aapc-specialty, core credentials' in aapc-core; none else.

    Each cites a page with AAPC's sentence and says so in an assumption; rows in force
    before 2012-10-01 say the rule is applied before its date.
    """
    book = cc.default_rulebook()
    core = {"CIRCC", "CPMA", "CPCO", "CDEO", "CPPM"}
    for minimum in book.minimums:
        if minimum.body.code != "AAPC":
            assert minimum.pool is None, minimum.name
            continue
        expected = "aapc-core" if minimum.credential in core else "aapc-specialty"
        assert minimum.pool == expected, minimum.name
        quote = "one Specialty and one Core credential concurrently"
        assert any(quote in s.supports for s in minimum.sources), minimum.name
        assert any(f"pool '{expected}'" in text for text in minimum.assumptions), minimum.name
        if minimum.effective_from < dt.date(2012, 10, 1):
            assert any("Effective October 1, 2012" in t for t in minimum.assumptions)


# --- The renewal month: placements judged with the pools ----------------------------------

POOLED = cc.Holder(
    "R",
    [("CPC", "2015-01-10"), ("CEMC", "2015-01-10"), ("CGSC", "2015-01-10")],
    aapc_renewal="2015-05-15",
)
SPECIALTY_TAGS = [
    frozenset(),
    frozenset({"cemc"}),
    frozenset({"cgsc"}),
    frozenset({"cemc", "cgsc"}),
]


def test_a_ceu_moves_back_when_the_pool_needs_it() -> None:
    """A shared activity meets one specialty minimum; a CEMC CEU after the due date moves back.

    Counted twice, the shared CEUs would seem to meet both, and the CEMC CEU would stay in the
    current cycle, leaving the ended one short (GRACE).
    """
    log = [
        _activity("2022-03-01", "36", title="General"),
        _activity("2022-04-01", "8", "cemc", "cgsc", title="Shared"),
        _activity("2023-05-20", "8", "cemc", title="CEMC after the due date"),
    ]
    assessment = cc.assess(POOLED, log, as_of="2023-09-15").for_body("AAPC")
    (previous,) = assessment.history
    assert previous.met
    assert {m.rule.credential: m.met for m in previous.minimums} == {"CEMC": True, "CGSC": True}
    assert "CEMC after the due date" in [a.title for a in previous.counted]
    assert assessment.standing is not cc.Standing.GRACE


@st.composite
def _pooled_logs(draw: st.DrawFn) -> list[cc.CeuActivity]:
    """CEUs over three cycles, up to six in the two renewal months, tagged cemc and/or cgsc."""

    def tagged(day: dt.date, index: str | None, title: str) -> cc.CeuActivity:
        return cc.CeuActivity(
            day,
            draw(st.sampled_from(["2", "4", "8", "16", "30"])),
            "coursework",
            title,
            index_number=index,
            categories=draw(st.sampled_from(SPECIALTY_TAGS)),
        )

    days = (dt.date(2020, 3, 1), dt.date(2022, 3, 1), dt.date(2023, 8, 1))
    fixed = [tagged(day, None, f"Fixed {n}") for n, day in enumerate(days) if draw(st.booleans())]
    # Most of each cycle's total, so that its specialty minimums often decide whether it is met.
    fixed += [
        cc.CeuActivity(day.replace(day=2), units, "coursework", f"General {n}")
        for n, day in enumerate(days)
        for units in [draw(st.sampled_from([None, "20", "36"]))]
        if units is not None
    ]
    movable = [
        tagged(due.replace(day=draw(st.integers(1, 31))), f"{due.year}-{n}", "Month")
        for due in DUES
        for n in range(draw(st.integers(0, 3)))
    ]
    return [*fixed, *movable]


@renewal_settings
@given(log=_pooled_logs())
def test_the_placement_with_pools_is_the_best_of_all(log: list[cc.CeuActivity]) -> None:
    """No placement of the renewal-month CEUs beats the engine's, the pools applied to each."""
    engine = cc.assess(POOLED, log, as_of=AS_OF, history=None).for_body("AAPC")
    assert _key(engine) == _best_by_brute_force(POOLED, log, None)


def test_the_command_shows_the_pool_s_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``coding-certs assess`` gives the same standing and numbers as the records (CSV)."""
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,credentials,aapc_renewal\nP1,CPC:2012-01-15;CEMC:2012-01-15;CGSC:2012-01-15,2013-03-15\n",
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text(
        "holder_id,completed_on,units,kind,title,categories,certificate\n"
        "P1,2016-06-01,8,approved-event,Shared,cemc;cgsc,yes\n"
        "P1,2016-07-01,36,approved-event,General,,yes\n",
        encoding="utf-8",
    )
    args = ["assess", "--holders", str(roster), "--activities", str(ceus), "--as-of", "2017-04-01"]
    assert main([*args, "--format", "csv"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    holders = cc.read_holders(roster)
    activities = cc.read_activities(ceus)
    (record,) = cc.assess_roster(holders, activities, as_of="2017-04-01").to_records()
    assert row["standing"] == record["standing"] == "grace"
    for key in ("required", "earned", "remaining", "due"):
        assert row[key] == str(record[key]), key
