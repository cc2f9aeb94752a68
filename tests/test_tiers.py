"""CEU tiers and tier tables: the shipped numbers, the table invariants, the validation."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from strategies import INVALID_TIER_LISTS, shipped_tables, tier_tables, valid_tier_lists

# The shipped book is format 2: its tier tables are among its requirements.
SHIPPED_TABLES = [
    t for t in cc.default_rulebook().all_requirements if isinstance(t, cc.CeuTierTable)
]
AAPC_2012 = cc.default_rulebook().edition("aapc-2012")
AAPC_2015 = cc.default_rulebook().edition("aapc-2015")
# AHIMA's requirement is not a tier table since format 2: the highest single-credential
# requirement plus 10 per further credential (tests/test_catalogue_ahima.py has its examples).


def _highest_plus(edition: str) -> cc.HighestPlusIncrement:
    found = cc.default_rulebook().requirement_edition(edition)
    assert isinstance(found, cc.HighestPlusIncrement)
    return found


AHIMA_2019 = _highest_plus("ahima-2019")


def _table(tiers: object, **overrides: object) -> cc.CeuTierTable:
    fields: dict[str, object] = {
        "body": cc.AAPC,
        "edition": "test",
        "title": "Test table",
        "tiers": tiers,
        "cycle": relativedelta(years=2),
        "effective_from": dt.date(2020, 1, 1),
    }
    fields.update(overrides)
    return cc.CeuTierTable(**fields)  # type: ignore[arg-type]


# --- Every published number -------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "units"), [(1, 36), (2, 48), (3, 60), (4, 72), (5, 80), (6, 80), (40, 80)]
)
def test_aapc_2012_edition_is_the_seeds_table(count: int, units: int) -> None:
    """AAPC's older edition (and the seed): 36, 48, 60, 72, then 80 for 5 or more."""
    assert AAPC_2012.units_for(count) == units


@pytest.mark.parametrize(
    ("count", "units"), [(1, 36), (2, 40), (3, 44), (4, 48), (5, 52), (6, 52), (40, 52)]
)
def test_aapc_current_edition(count: int, units: int) -> None:
    """AAPC's current edition: 36, 40, 44, 48, then 52 for 5 or more."""
    assert AAPC_2015.units_for(count) == units


AHIMA_TWENTIES = ("CCS", "CCS-P", "CCA", "RHIT", "CHTS-CP", "CHTS-PW", "CHTS-IM", "CHTS-IS", "PCS")


@pytest.mark.parametrize(("count", "units"), [(1, 20), (2, 30), (3, 40), (4, 50), (9, 50)])
def test_ahima_coding_credentials(count: int, units: int) -> None:
    """AHIMA, credentials of 20 CEUs each: 20 plus 10 per additional credential, at most 50."""
    assert AHIMA_2019.kind == "highest-plus"
    held = [cc.credential(code) for code in AHIMA_TWENTIES[:count]]
    assert AHIMA_2019.units_for_credentials(held) == units


@pytest.mark.parametrize("body", ["AAPC", "AHIMA"])
def test_shipped_cycle_is_two_years(body: str) -> None:
    """Both bodies ask for CEUs every two years (the seed's 'semi-annually' is an error)."""
    for day in (dt.date(2012, 1, 1), dt.date(2025, 1, 1)):
        assert cc.default_rulebook().cycle_months(body, day) == 24


@pytest.mark.parametrize("table", SHIPPED_TABLES, ids=lambda t: t.edition)
def test_shipped_units_are_decimals(table: cc.CeuTierTable) -> None:
    """Units are Decimal, never float."""
    assert all(type(tier.units) is Decimal for tier in table.tiers)


@pytest.mark.parametrize("table", SHIPPED_TABLES, ids=lambda t: t.edition)
def test_shipped_tables_cite_sources(table: cc.CeuTierTable) -> None:
    """Every shipped edition names the pages its numbers come from."""
    assert table.sources


def test_aapc_2012_records_its_unconfirmed_cutover() -> None:
    """The older AAPC edition says, as an assumption, that its end date is not confirmed."""
    assert any("not confirmed" in text for text in AAPC_2012.assumptions)


# --- Properties of every table ------------------------------------------------------


@given(st.one_of(shipped_tables, tier_tables()), st.integers(1, 500))
def test_units_never_decrease(table: cc.CeuTierTable, count: int) -> None:
    """One more credential never asks for fewer units."""
    assert table.units_for(count) <= table.units_for(count + 1)


@given(st.one_of(shipped_tables, tier_tables()), st.integers(0, 10**6))
def test_units_bounded_by_last_tier(table: cc.CeuTierTable, count: int) -> None:
    """No count asks for more than the open-ended last tier."""
    assert table.units_for(count) <= table.max_units == table.tiers[-1].units


@given(st.one_of(shipped_tables, tier_tables()), st.integers(0, 10**6))
def test_units_constant_beyond_last_tier(table: cc.CeuTierTable, extra: int) -> None:
    """Every count beyond the start of the last tier asks exactly what the last tier asks."""
    last = table.tiers[-1].min_credentials
    assert table.units_for(last + extra) == table.units_for(last)


@given(st.one_of(shipped_tables, tier_tables()), st.integers(1, 500))
def test_exactly_one_tier_covers_each_count(table: cc.CeuTierTable, count: int) -> None:
    """Every positive count falls in exactly one tier, the one tier_for returns."""
    covering = [tier for tier in table.tiers if tier.covers(count)]
    assert covering == [table.tier_for(count)]


@given(st.one_of(shipped_tables, tier_tables()))
def test_no_credentials_owe_nothing(table: cc.CeuTierTable) -> None:
    """Zero credentials owe zero units and fall in no tier."""
    assert (table.units_for(0), table.tier_for(0)) == (Decimal(0), None)


@given(st.one_of(shipped_tables, tier_tables()))
def test_one_credential_owes_the_first_tier(table: cc.CeuTierTable) -> None:
    """One credential owes the first tier's units."""
    assert table.units_for(1) == table.tiers[0].units


@given(st.one_of(shipped_tables, tier_tables()), st.integers(-(10**6), -1))
def test_negative_count_is_refused(table: cc.CeuTierTable, count: int) -> None:
    """A negative count is an InvalidValueError (also a ValueError)."""
    with pytest.raises(cc.InvalidValueError, match="0 or more"):
        table.units_for(count)


@given(valid_tier_lists())
def test_valid_tier_lists_build_a_table(tiers: list[cc.CeuTier]) -> None:
    """Any list that starts at 1, is contiguous, never decreases and ends open-ended is a table."""
    assert _table(tiers).tiers == tuple(tiers)


# --- Invalid tables -------------------------------------------------------------------


@pytest.mark.parametrize("kind", INVALID_TIER_LISTS)
@given(data=st.data())
def test_invalid_tier_lists_are_refused(kind: str, data: st.DataObject) -> None:
    """A tier list that breaks any table rule cannot make a table: InvalidValueError."""
    tiers = data.draw(INVALID_TIER_LISTS[kind])
    with pytest.raises(cc.InvalidValueError, match="CeuTierTable"):
        _table(tiers)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "no tiers"),
        ([(2, None, 36)], "must start at 1"),
        ([(1, 1, 36), (3, None, 40)], "leaves a gap"),
        ([(1, 2, 36), (2, None, 40)], "overlaps"),
        ([(1, 1, 36), (2, None, 30)], "never decrease"),
        ([(1, None, 36), (2, None, 40)], "only the last tier may be open-ended"),
        ([(1, 1, 36), (2, 5, 40)], "must be open-ended"),
    ],
)
def test_invalid_table_messages(rows: list[tuple[int, int | None, int]], message: str) -> None:
    """Each broken rule has its own message, naming the edition."""
    with pytest.raises(cc.InvalidValueError, match=message) as caught:
        _table([cc.CeuTier(*row) for row in rows])
    assert "'test'" in str(caught.value)


@pytest.mark.parametrize(
    "cycle",
    [
        relativedelta(days=730),
        relativedelta(years=2, days=1),
        relativedelta(years=0),
        relativedelta(years=-2),
        relativedelta(years=2, month=1),
        relativedelta(hours=1),
    ],
)
def test_cycle_must_be_whole_months(cycle: relativedelta) -> None:
    """A cycle is a positive number of whole months or years."""
    with pytest.raises(cc.InvalidValueError, match="whole months or years"):
        _table(AAPC_2015.tiers, cycle=cycle)


def test_cycle_must_be_a_relativedelta() -> None:
    """A timedelta is not a cycle: years have different lengths."""
    with pytest.raises(cc.InvalidTypeError, match="relativedelta"):
        _table(AAPC_2015.tiers, cycle=dt.timedelta(days=730))


@pytest.mark.parametrize(("months", "text"), [(24, "2 years"), (18, "18 months"), (12, "year")])
def test_cycle_text(months: int, text: str) -> None:
    """The cycle reads in years when whole, otherwise in months."""
    assert _table(AAPC_2015.tiers, cycle=relativedelta(months=months)).cycle_text == text


@pytest.mark.parametrize("days", [0, -1])
def test_superseded_after_effective(days: int) -> None:
    """An edition must be superseded after it takes effect."""
    with pytest.raises(cc.InvalidValueError, match="superseded_on"):
        _table(
            AAPC_2015.tiers,
            superseded_on=dt.date(2020, 1, 1) + dt.timedelta(days=days),
        )


def test_tiers_must_be_tiers() -> None:
    """A table's tiers must be CeuTier objects."""
    with pytest.raises(cc.InvalidTypeError, match=r"tiers\[0\]"):
        _table([(1, None, 36)])


def test_table_body_must_be_a_body() -> None:
    """A table's body must be an IssuingBody, not a code."""
    with pytest.raises(cc.InvalidTypeError, match=r"CeuTierTable\.body"):
        _table(AAPC_2015.tiers, body="AAPC")


# --- In force -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "in_force"),
    [
        (dt.date(2007, 12, 31), False),
        (dt.date(2008, 1, 1), True),
        (dt.date(2015, 8, 30), True),
        (dt.date(2015, 8, 31), False),
    ],
)
def test_in_force_from_effective_until_superseded(*, day: dt.date, in_force: bool) -> None:
    """An edition applies from its first day up to, not including, the day it is superseded."""
    assert AAPC_2012.in_force_on(day) is in_force


@given(st.dates(min_value=dt.date(2015, 8, 31)))
def test_current_edition_in_force_forever(day: dt.date) -> None:
    """An edition with no end date applies to every day from its start."""
    assert AAPC_2015.in_force_on(day)


# --- Tiers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "label"),
    [
        (cc.CeuTier(1, 1, 36), "1 credential"),
        (cc.CeuTier(2, 2, 40), "2 credentials"),
        (cc.CeuTier(2, 3, 40), "2-3 credentials"),
        (cc.CeuTier(5, None, 52), "5 or more credentials"),
    ],
)
def test_tier_label(tier: cc.CeuTier, label: str) -> None:
    """A tier names its range in words."""
    assert tier.label == label


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("36", Decimal(36)),
        (36, Decimal(36)),
        (Decimal("1.5"), Decimal("1.5")),
        (" 2.25 ", Decimal("2.25")),
    ],
)
def test_tier_units_convert_to_decimal(value: object, expected: Decimal) -> None:
    """Units given as an int or a numeric string become a Decimal."""
    units = cc.CeuTier(1, None, value).units
    assert (units, type(units)) == (expected, Decimal)


def test_tier_units_refuse_float() -> None:
    """A float is refused because it is not exact; the message says to pass a string."""
    with pytest.raises(cc.InvalidTypeError, match="floats are not exact"):
        cc.CeuTier(1, None, 36.0)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "more than 0"),
        ("-1", "more than 0"),
        ("1.001", "two decimal places"),
        ("0.0010", "two decimal places"),
        ("1E-10", "two decimal places"),
        ("abc", "a number"),
        ("NaN", "finite"),
        ("Infinity", "finite"),
    ],
)
def test_tier_units_invalid(value: str, message: str) -> None:
    """Units must be a finite number above zero with at most two decimal places."""
    with pytest.raises(cc.InvalidValueError, match=message):
        cc.CeuTier(1, None, value)


@pytest.mark.parametrize("value", ["1.50", "36.000", "1E+2", "1000", "999.99"])
def test_tier_units_up_to_the_bound_or_trailing_zeros(value: object) -> None:
    """Trailing zeros are accepted exactly, up to 1000 CEUs per cycle."""
    assert cc.CeuTier(1, None, value).units == decimal.Decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [10**100, "1e100", "1e27", "1000.01"])
def test_tier_units_above_the_bound(value: object) -> None:
    """No rule asks for more than 1000 CEUs a cycle: more is a typo, refused with the bound."""
    with pytest.raises(cc.InvalidValueError, match="at most 1000 CEUs per cycle"):
        cc.CeuTier(1, None, value)


@pytest.mark.parametrize(
    ("low", "high", "error", "message"),
    [
        (0, None, cc.InvalidValueError, "min_credentials"),
        (1, 0, cc.InvalidValueError, "max_credentials"),
        (3, 2, cc.InvalidValueError, "max_credentials must be >="),
        (True, None, cc.InvalidTypeError, "min_credentials"),
        ("1", None, cc.InvalidTypeError, "min_credentials"),
        (1, 2.0, cc.InvalidTypeError, "max_credentials"),
    ],
)
def test_tier_bounds_invalid(
    low: object, high: object, error: type[cc.CodingCertsError], message: str
) -> None:
    """Tier bounds are whole numbers >= 1 with max >= min."""
    with pytest.raises(error, match=message):
        cc.CeuTier(low, high, 36)  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [True, False, 1.0, "1", None])
def test_count_must_be_an_int(count: object) -> None:
    """A count that is not an int (a bool included) is an InvalidTypeError."""
    with pytest.raises(cc.InvalidTypeError, match="must be an int"):
        AAPC_2015.units_for(count)  # type: ignore[arg-type]


def test_table_repr_is_short() -> None:
    """A table's repr names its body, edition, cycle and dates, not its sources."""
    # A format-1 table carries its cycle (the shipped format-2 tables leave it to the cycle rule).
    format_1 = cc.load_rulebook(Path(__file__).parent / "data" / "rules-format1.toml")
    assert repr(format_1.edition("aapc-2015")) == (
        "CeuTierTable(body=AAPC, edition='aapc-2015', cycle=2 years, "
        "effective_from=datetime.date(2015, 8, 31), superseded_on=None)"
    )
