"""The one resolver: every rule of a rule book found in force one way, by its judged day."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from coding_certs._dated import DatedRule
from shipped_book import shipped_with

if TYPE_CHECKING:
    from pathlib import Path

BOOK = cc.default_rulebook()
KINDS = ("requirement", "cycle", "lapse", "minimum", "notice")
days = st.dates(dt.date(1985, 1, 1), dt.date(2110, 12, 31))


def _judged(rule: DatedRule, start: dt.date, end: dt.date) -> dt.date:
    return end if rule.judged_by is cc.JudgedBy.CYCLE_END else start


def _rules(book: cc.Rulebook, kind: str, body: cc.IssuingBody) -> list[DatedRule]:
    every = {
        "requirement": book.all_requirements,
        "cycle": book.cycle_rules,
        "lapse": book.lapse_rules,
        "minimum": book.minimums,
        "notice": book.notices,
    }[kind]
    return [rule for rule in every if rule.body == body]


@given(cs.rulebooks(), days, st.integers(0, 800), st.sampled_from(KINDS))
def test_generated_books_resolve_the_edition_containing_its_judged_day(
    book: cc.Rulebook, start: dt.date, length: int, kind: str
) -> None:
    """in_force and all_in_force give exactly the rules whose days contain their judged day."""
    end = start + dt.timedelta(days=length)
    (body,) = book.bodies
    expected = [
        rule
        for rule in _rules(book, kind, body)
        if rule.effective_from <= _judged(rule, start, end)
        and (rule.superseded_on is None or _judged(rule, start, end) < rule.superseded_on)
    ]
    assert list(book.all_in_force(kind, body, start, end)) == expected  # type: ignore[arg-type]
    if expected:
        assert book.in_force(kind, body, start, end) is expected[0]  # type: ignore[call-overload]
    else:
        with pytest.raises(cc.NoRuleInForceError, match=body.code):
            book.in_force(kind, body, start, end)  # type: ignore[call-overload]


@given(cs.rulebooks(), days, st.integers(0, 800), st.sampled_from(list(cc.JudgedBy)))
def test_a_requirement_is_judged_on_the_day_its_judged_by_names(
    book: cc.Rulebook, start: dt.date, length: int, judged_by: cc.JudgedBy
) -> None:
    """Judged by the cycle's end, a requirement edition is the one in force on that day."""
    end = start + dt.timedelta(days=length)
    editions = tuple(attrs.evolve(r, judged_by=judged_by) for r in book.requirements)
    judged = attrs.evolve(book, requirements=editions)
    (body,) = judged.bodies
    day = end if judged_by is cc.JudgedBy.CYCLE_END else start
    in_force = [r for r in editions if r.in_force_on(day)]
    if in_force:
        assert judged.requirement(body, start, cycle_end=end) == in_force[0]
        assert judged.in_force("requirement", body, start, end) == in_force[0]
    else:
        with pytest.raises(cc.NoRuleInForceError):
            judged.requirement(body, start, cycle_end=end)


@given(days, st.sampled_from(["AAPC", "AHIMA", "NHA", "ACDIS", "PAHCOM"]))
def test_asked_about_one_day_every_edition_is_asked_on_it(day: dt.date, code: str) -> None:
    """Without an end, the resolver answers for the one day, whatever each rule's judged_by."""
    body = BOOK.issuing_body(code)
    for kind in KINDS:
        expected = tuple(rule for rule in _rules(BOOK, kind, body) if rule.in_force_on(day))
        assert BOOK.all_in_force(kind, body, day) == expected  # type: ignore[arg-type]


def test_an_unmet_cycle_rule_is_judged_by_the_cycle_end() -> None:
    """AHIMA's unmet-cycle rule changed on 2021-01-01: a cycle ending that day gets the new one.

    Both sides of the cutover: a cycle ending the day before keeps the 3-month grace.
    """
    before = BOOK.in_force("lapse", "AHIMA", "2018-01-01", "2020-12-31")
    after = BOOK.in_force("lapse", "AHIMA", "2019-01-01", "2021-01-01")
    assert (before.name, after.name) == ("ahima-3-month-grace", "ahima-inactive-then-revoked")
    assert (
        BOOK.rule_for_cycle(BOOK.lapse_rules, cc.AHIMA, dt.date(2019, 1, 1), dt.date(2021, 1, 1))
        is after
    )


def test_aapc_s_requirement_is_judged_by_the_due_date() -> None:
    """AAPC's table changed by 2015-08-31: a cycle due the day before asks the old one.

    A cycle due on 2015-08-31, and one that began before it and is due after it, ask the
    new one: CEUs are reported at the due date against the page then published.
    """
    due_eve = BOOK.requirement("AAPC", "2013-08-31", cycle_end=dt.date(2015, 8, 30))
    due_on = BOOK.requirement("AAPC", "2013-09-01", cycle_end=dt.date(2015, 8, 31))
    spanning = BOOK.requirement("AAPC", "2015-08-01", cycle_end=dt.date(2017, 7, 31))
    assert (due_eve.edition, due_on.edition, spanning.edition) == (
        "aapc-2012",
        "aapc-2015",
        "aapc-2015",
    )
    assert BOOK.in_force("requirement", "AAPC", "2015-08-01", "2017-07-31") is spanning


CURRENT_AAPC = 'title = "AAPC CEU requirements, current edition"\njudged_by = "cycle-end"\n'
OLDER_AAPC = (
    'title = "AAPC CEU requirements, older edition (the seed\'s table)"\njudged_by = "cycle-end"\n'
)


def test_a_requirement_s_judged_by_is_read_from_the_file(tmp_path: Path) -> None:
    """``judged_by`` in a [[requirements]] entry is read; left out, the cycle's start judges.

    Without it on both AAPC editions, a cycle from 2015-08-01 to 2017-07-31 asks the older
    table again: the key, not the code, decides.
    """
    path = shipped_with(CURRENT_AAPC, CURRENT_AAPC.partition("judged_by")[0], tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(OLDER_AAPC, OLDER_AAPC.partition("judged_by")[0]), encoding="utf-8"
    )
    book = cc.load_rulebook(path)
    table = book.requirement("AAPC", "2015-08-01", cycle_end=dt.date(2017, 7, 31))
    assert (table.edition, table.judged_by) == ("aapc-2012", cc.JudgedBy.CYCLE_START)
    assert BOOK.requirement("AAPC", "2015-08-01", cycle_end=dt.date(2017, 7, 31)).edition == (
        "aapc-2015"
    )


@pytest.mark.parametrize(
    ("junk", "entry", "message"),
    [
        ('"due-date"', "requirements[1]", "judged_by must be one of 'cycle-start', 'cycle-end'"),
        ("3", "requirements[1].judged_by", "expected a non-empty string"),
    ],
    ids=["unknown-day", "not-text"],
)
def test_a_requirement_s_junk_judged_by_is_refused(
    tmp_path: Path, junk: str, entry: str, message: str
) -> None:
    """An unknown ``judged_by`` in [[requirements]] is refused, naming the entry."""
    new = CURRENT_AAPC.replace('"cycle-end"', junk)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(shipped_with(CURRENT_AAPC, new, tmp_path))
    assert caught.value.entry == entry


def test_ahima_s_requirement_is_judged_by_the_cycle_start() -> None:
    """AHIMA scopes its changes by the cycle's start: a cycle begun 2018-12-31 keeps 2008's."""
    old = BOOK.requirement("AHIMA", "2018-12-31", cycle_end=dt.date(2020, 12, 30))
    new = BOOK.requirement("AHIMA", "2019-01-01", cycle_end=dt.date(2020, 12, 31))
    assert (old.edition, new.edition) == ("ahima-assumed-2008", "ahima-2019")


def test_every_edition_of_one_shipped_rule_is_judged_the_same_way() -> None:
    """Editions of one rule share their ``judged_by``, so a cycle across a cutover gets one.

    Mixed, a cycle across it would get both (the older judged by its start, the newer by
    its end) or neither (the other way round).
    """
    chains: dict[tuple[object, ...], set[cc.JudgedBy]] = {}
    for kind in KINDS:
        for body in BOOK.bodies:
            for rule in _rules(BOOK, kind, body):
                if rule.lineage is not None:
                    key = (kind, body.code, *rule.lineage)
                    chains.setdefault(key, set()).add(rule.judged_by)
    assert ("minimum", "AAPC", "CPMA", "auditing", False) in chains
    assert {key: judged for key, judged in chains.items() if len(judged) > 1} == {}


@pytest.mark.parametrize(
    "rule",
    [r for r in (*BOOK.all_requirements, *BOOK.minimums) if r.body.code == "AAPC"],
    ids=lambda r: r.name,
)
def test_aapc_s_tables_and_minimums_are_judged_by_the_due_date_and_say_why(
    rule: DatedRule,
) -> None:
    """Every AAPC requirement edition and minimum is judged by the cycle's end, with its reason."""
    assert rule.judged_by is cc.JudgedBy.CYCLE_END
    assert any("Judged by the day a cycle ends, its due date" in a for a in rule.assumptions)


def test_module_functions_are_the_shipped_books_methods() -> None:
    """cc.tier_table and the book's tier_table give the same edition, both sides of 2015-08-31."""
    for day in ("2015-08-30", "2015-08-31"):
        assert cc.tier_table("AAPC", on=day) is BOOK.tier_table("AAPC", on=day)
        assert cc.tier_table("AAPC", on=day) is BOOK.in_force("requirement", "AAPC", day)


def test_the_old_lookups_go_through_the_resolver() -> None:
    """rule_in_force, minimums_for, notices_for and cycle_months agree with in_force."""
    day = dt.date(2025, 6, 1)
    end = dt.date(2027, 5, 31)
    assert BOOK.rule_in_force(BOOK.cycle_rules, cc.AAPC, day) is BOOK.in_force("cycle", "AAPC", day)
    assert BOOK.minimums_for(cc.AAPC, day, end) is BOOK.all_in_force("minimum", cc.AAPC, day, end)
    assert BOOK.notices_for(cc.AHIMA, day) == tuple(
        sorted(BOOK.all_in_force("notice", "AHIMA", day), key=lambda n: n.days)  # type: ignore[attr-defined]
    )
    assert BOOK.cycle_months("AHIMA", day) == 12 * (BOOK.in_force("cycle", "AHIMA", day).years or 0)


def test_answers_are_remembered() -> None:
    """The same question twice gives the same tuple, not a new one."""
    first = BOOK.all_in_force("minimum", "AAPC", "2020-01-01", "2021-12-31")
    assert (
        BOOK.all_in_force("minimum", cc.AAPC, dt.date(2020, 1, 1), dt.date(2021, 12, 31)) is first
    )


def test_no_rule_in_force_names_the_body_the_kind_and_the_days() -> None:
    """Before the first edition, the message says which rule of which body, for which days."""
    with pytest.raises(
        cc.NoRuleInForceError, match=r"no AAPC cycle rule was in force on 2001-01-01"
    ):
        BOOK.in_force("cycle", "AAPC", dt.date(2001, 1, 1))
    with pytest.raises(cc.NoRuleInForceError, match=r"unmet-cycle rule applies to the cycle"):
        BOOK.in_force("lapse", "AAPC", dt.date(2000, 1, 1), dt.date(2001, 12, 31))


@pytest.mark.parametrize("kind", ["tier", "", "cycles", None])
def test_an_unknown_kind_is_refused(kind: object) -> None:
    """A kind the book does not resolve is an InvalidValueError listing the kinds."""
    with pytest.raises(cc.InvalidValueError, match="'requirement', 'cycle', 'lapse'"):
        BOOK.in_force(kind, "AAPC", "2020-01-01")  # type: ignore[call-overload]


@pytest.mark.parametrize("junk", [None, 20200101, "yesterday", object()])
def test_junk_days_are_refused(junk: object) -> None:
    """A day that is not a date or an ISO string is refused with the argument's name."""
    with pytest.raises(cc.CodingCertsError, match="start"):
        BOOK.in_force("cycle", "AAPC", junk)  # type: ignore[call-overload]
    if junk is not None:  # no end: a question about one day
        with pytest.raises(cc.CodingCertsError, match="end"):
            BOOK.all_in_force("cycle", "AAPC", "2020-01-01", junk)  # type: ignore[arg-type]


def test_an_unknown_body_is_refused() -> None:
    """A body the book does not define is an UnknownBodyError."""
    with pytest.raises(cc.UnknownBodyError):
        BOOK.in_force("cycle", "XYZ", "2020-01-01")
    stranger = cc.IssuingBody("AAPC", "Another AAPC")
    with pytest.raises(cc.UnknownBodyError):
        BOOK.in_force("cycle", stranger, "2020-01-01")


def test_every_rule_kind_is_dated_one_way() -> None:
    """Tier tables, requirement editions and every engine rule share the one dated base."""
    rules: tuple[object, ...] = (*BOOK.all_requirements, *BOOK.cycle_rules, *BOOK.lapse_rules)
    rules += (*BOOK.minimums, *BOOK.notices)
    assert all(isinstance(rule, DatedRule) for rule in rules)
    table = BOOK.tier_table("AAPC", on="2026-01-01")
    assert (table.name, table.judged_by) == ("aapc-2015", cc.JudgedBy.CYCLE_END)
    ahima = BOOK.requirement("AHIMA", on="2026-01-01")
    assert (ahima.name, ahima.judged_by) == ("ahima-2019", cc.JudgedBy.CYCLE_START)


@given(cs.rulebooks())
def test_derived_ends_equal_the_next_editions_start(book: cc.Rulebook) -> None:
    """Without its superseded_on, an edition ends the day the next edition of the rule begins."""
    editions = sorted(book.requirements, key=lambda r: r.effective_from)
    opened = (*tuple(attrs.evolve(r, superseded_on=None) for r in editions[:-1]), editions[-1])
    rebuilt = attrs.evolve(book, requirements=opened)
    ordered = sorted(rebuilt.requirements, key=lambda r: r.effective_from)
    for previous, current in itertools.pairwise(ordered):
        assert previous.superseded_on == current.effective_from
    assert ordered[-1].superseded_on == editions[-1].superseded_on


def _chains(book: cc.Rulebook) -> list[tuple[str, DatedRule, DatedRule]]:
    """Each pair of consecutive editions of one rule of the shipped book, with its kind."""
    pairs = []
    for kind in KINDS:
        for body in book.bodies:
            chains: dict[object, list[DatedRule]] = {}
            for rule in _rules(book, kind, body):
                if rule.lineage is not None:
                    chains.setdefault(rule.lineage, []).append(rule)
            for chain in chains.values():
                chain.sort(key=lambda rule: rule.effective_from)
                pairs += [(kind, a, b) for a, b in itertools.pairwise(chain)]
    return pairs


SHIPPED_CUTOVERS = _chains(BOOK)


def test_the_shipped_book_has_cutovers() -> None:
    """AAPC's 2015-08-31 and AHIMA's 2019 and 2021 changes are among the shipped cutovers."""
    days = {b.effective_from for _, _, b in SHIPPED_CUTOVERS}
    assert {dt.date(2015, 8, 31), dt.date(2019, 1, 1), dt.date(2021, 1, 1)} <= days


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    SHIPPED_CUTOVERS,
    ids=[f"{k}-{b.name}" for k, _, b in SHIPPED_CUTOVERS],
)
def test_both_sides_of_every_shipped_cutover(
    kind: str, before: DatedRule, after: DatedRule
) -> None:
    """The day before a cutover resolves the older edition, the day of it the newer one."""
    assert before.superseded_on == after.effective_from
    cutover = after.effective_from
    eve = cutover - dt.timedelta(days=1)
    assert before in BOOK.all_in_force(kind, before.body, eve)  # type: ignore[arg-type]
    assert after not in BOOK.all_in_force(kind, before.body, eve)  # type: ignore[arg-type]
    assert after in BOOK.all_in_force(kind, after.body, cutover)  # type: ignore[arg-type]
    assert before not in BOOK.all_in_force(kind, after.body, cutover)  # type: ignore[arg-type]
