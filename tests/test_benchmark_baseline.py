"""The benchmark's fair baseline agrees with the library where it once did not.

At 100,000 holders the baseline of benchmarks/baseline.py disagreed with the library on
19 AAPC results, all through the renewal month (AAPC: its CEUs count toward either
cycle). The library's rule (``coding_certs._renewal``) places them across the cycles
before the reported ones too, back to a due date whose month holds no activity, and
prefers every older cycle met to more CEUs in the current one; the baseline placed them
between the two reported cycles only, and moved none back into an unreported cycle whose
renewal month held none of its own. These holders of the benchmark's roster (seed 1) show
each case; the baseline is checked against the library, number for number.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._requirements import requirement_for_body

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import baseline
import run


def _holder(
    holder: baseline.PlainHolder, rows: str
) -> tuple[baseline.PlainHolder, list[baseline.PlainActivity]]:
    """The holder and its log, one activity a line: the CSV's columns, "|" between them.

    Day, units, kind, index number, pre-approved (y/n), bodies, categories (space
    between), title, sponsor; an empty field is none.
    """
    log = []
    for line in rows.strip().splitlines():
        day, units, kind, index, preapproved, bodies, categories, title, sponsor = line.split("|")
        log.append(
            baseline.PlainActivity(
                holder_id=holder.id,
                completed_on=dt.date.fromisoformat(day.strip()),
                units=Decimal(units),
                kind=kind,
                title=title,
                sponsor=sponsor or None,
                index_number=index or None,
                preapproved=preapproved == "y",
                categories=frozenset(categories.split()),
                bodies=frozenset(bodies.split()),
            )
        )
    return holder, log


# A renewal-month CEU of the previous cycle's start counts toward the cycle before it,
# though that cycle has no CEU of its own in the month (2022-12-29, due 2022-12-21).
MOVED_BACK_INTO_AN_UNREPORTED_MONTH = _holder(
    baseline.PlainHolder(
        "H0019731",
        "Coder 19731",
        None,
        (("CIC", dt.date(2012, 12, 21)), ("CPC-P", dt.date(2012, 12, 21))),
    ),
    """
2022-03-09|8|other||y||ahima-resource auditing hiim|Course 1|AAPC
2022-04-20|6|approved-event|AAPC-635717|y||specialty|Course 14|
2022-07-06|2|instruction||y||auditing hiim|Course 18|
2022-12-29|1|approved-event|AAPC-489895|n|AAPC|ahima-resource auditing hiim|Course 0|
2023-01-07|6|other||y||auditing specialty|Course 17|State chapter
2023-03-11|1|approved-event||n|AHIMA||Course 3|
2023-08-20|3|approved-event|AAPC-426749|y||auditing|Course 11|
2023-09-26|3|approved-event|AAPC-368139|n||ahima-resource auditing hiim|Course 8|AHIMA
2023-10-30|4.25|approved-event|AAPC-090949|n||auditing|Course 7|AAPC
2023-11-23|5|approved-event|AAPC-139371|y||ahima-resource hiim|Course 6|AAPC
2024-03-10|1|other||y||ahima-resource hiim specialty|Course 2|State chapter
2024-04-15|8|coursework||n|AHIMA|ahima-resource hiim|Course 5|
2024-05-27|4|approved-event|AAPC-969315|y|AAPC|ahima-resource auditing hiim|Course 4|AHIMA
2024-07-03|1|approved-event|AAPC-426749|y||auditing|Course 11|
2024-11-01|10|other||y||ahima-resource hiim|Course 19|
2024-12-01|2|coursework||y|AHIMA|auditing hiim|Course 16|State chapter
2024-12-22|3|coursework||n|AHIMA|ahima-resource hiim|Course 5|
2024-12-24|10|approved-event|AAPC-489895|n|AAPC|ahima-resource auditing hiim|Course 0|
2025-06-20|5|approved-event||n|AHIMA||Course 3|
2026-01-17|10|other||n||ahima-resource hiim|Course 9|AAPC
""",
)

# The first, pro-rated cycle (due 2023-05-08) is met only with a CEU of its renewal
# month: the library keeps it met rather than give the current cycle 10 more CEUs.
AN_OLDER_CYCLE_MET_FIRST = _holder(
    baseline.PlainHolder(
        "H0040989",
        "Coder 40989",
        None,
        (("CPC-P", dt.date(2022, 5, 8)), ("CPC", dt.date(2026, 4, 14))),
    ),
    """
2022-07-01|4|other||n||ahima-resource hiim|Course 15|State chapter
2022-07-09|1|approved-event|AAPC-594819|y||hiim|Course 2|
2022-08-26|2|other||n|AAPC|ahima-resource|Course 16|
2022-10-12|1.5|approved-event|AAPC-358542|y|AAPC|hiim specialty|Course 8|AHIMA
2022-11-13|1|approved-event||n|||Course 10|AAPC
2022-12-14|1|coursework||n||auditing hiim|Course 0|AHIMA
2023-05-05|8|instruction||y||ahima-resource hiim|Course 1|AAPC
2023-05-13|4.25|approved-event|AAPC-753591|y||auditing|Course 18|State chapter
2023-05-16|4|approved-event|AAPC-558453|y|AHIMA|ahima-resource hiim|Course 13|AHIMA
2023-08-14|8|other||y||ahima-resource auditing hiim|Course 4|AAPC
2023-08-17|4|instruction||y||ahima-resource auditing specialty|Course 5|State chapter
2023-10-08|8|approved-event||n|AHIMA|hiim|Course 19|
2023-10-24|6|approved-event|AAPC-278498|n||hiim|Course 14|AHIMA
2023-12-07|1|other||n||auditing hiim|Course 6|
2024-02-17|3|approved-event|AAPC-897733|y||auditing hiim|Course 11|
2024-04-14|5|approved-event|AAPC-591871|y||ahima-resource hiim specialty|Course 3|AAPC
2024-04-14|1|instruction||y||hiim|Course 7|
2024-06-06|6|coursework||y||ahima-resource auditing hiim|Course 12|
2025-05-28|10|approved-event|AAPC-113085|n||ahima-resource hiim specialty|Course 17|AAPC
2025-08-28|4|approved-event|AAPC-932039|y||ahima-resource auditing|Course 9|AAPC
""",
)


@pytest.mark.parametrize(
    "case",
    [MOVED_BACK_INTO_AN_UNREPORTED_MONTH, AN_OLDER_CYCLE_MET_FIRST],
    ids=["moved-back-into-an-unreported-month", "an-older-cycle-met-first"],
)
def test_the_baseline_agrees_with_the_library(
    case: tuple[baseline.PlainHolder, list[baseline.PlainActivity]],
) -> None:
    """Required, earned, remaining and standing: the same from both, for every body."""
    holder, log = case
    holders, activities = run.build_objects([holder], log)
    library = run.numbers(run.library(holders, activities, run.AS_OF))
    assert library  # the holder is assessed for AAPC at least
    assert baseline.baseline([holder], log, run.AS_OF) == library


def test_without_the_older_renewal_month_the_previous_cycle_still_comes_first() -> None:
    """Without May 2023's CEUs the first cycle is not placed; May 2025's still go back.

    The previous cycle (2023-05-09 to 2025-05-08) then has 34 of its 36 CEUs: the 10 of
    2025-05-28 count toward it, and the current cycle keeps only the 4 of 2025-08-28.
    """
    holder, log = AN_OLDER_CYCLE_MET_FIRST
    quiet = [a for a in log if (a.completed_on.year, a.completed_on.month) != (2023, 5)]
    holders, activities = run.build_objects([holder], quiet)
    library = run.numbers(run.library(holders, activities, run.AS_OF))
    assert baseline.baseline([holder], quiet, run.AS_OF) == library
    assert library[holder.id, "AAPC"][1] == Decimal(4)


def test_no_two_credentials_of_the_roster_share_a_pool() -> None:
    """The baseline writes no pool rule: of the roster's credentials, one at most per pool.

    Minimums of one pool share CEUs (``coding_certs._pools``); with one minimum a pool
    credits every CEU tagged for it, as the baseline does. A credential added to the roster
    with a minimum in a pool another already has must bring the rule into the baseline.
    """
    roster = set(baseline.BODY_OF)
    pooled = {
        m.credential: m.pool
        for m in cc.default_rulebook().minimums
        if m.credential in roster and m.pool is not None
    }
    assert pooled == baseline.POOLED
    assert len(set(pooled.values())) == len(pooled)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2013-08-31", "2015-08-30"),  # due the day before the copy of 2015-08-31
        ("2013-09-01", "2015-08-31"),  # due on it
        ("2015-08-01", "2017-07-31"),  # begun before it, due after it
        ("2015-08-31", "2017-08-30"),
    ],
)
@pytest.mark.parametrize(
    "codes", [("CPC", "CPC-P"), ("CPC", "CPC-P", "CIC", "COC", "CPMA")], ids=["two", "five"]
)
def test_the_baseline_judges_aapc_s_table_and_minimum_by_the_due_date(
    start: str, end: str, codes: tuple[str, ...]
) -> None:
    """The roster spans 2011-2025: the baseline picks AAPC's edition as the book does."""
    book = cc.default_rulebook()
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    held = [book.credential(code) for code in codes]
    expected = requirement_for_body(book, cc.AAPC, held, first, cycle_end=last)
    required, minimums = baseline.requirement(
        baseline.AAPC, frozenset(codes), first.toordinal(), last.toordinal(), partial=False
    )
    assert Decimal(required) / 100 == expected.units
    assert [Decimal(units) / 100 for _, units in minimums] == [
        m.units for m in expected.minimums if m.credential == "CPMA"
    ]
