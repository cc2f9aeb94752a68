"""The shared converters: dates, units, codes and enum values from what users type."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs._validate import _SEPARATORS, enum_converter, lookup_key, to_date, to_units


@pytest.mark.parametrize(
    "spelling", ["CPC-H", "cpc h", "cpc–h", "CPC_H", "cpc.h", "CPC/H", "c p c − h", "ＣＰＣ－Ｈ"]
)
def test_lookup_key_folds_spellings(spelling: str) -> None:
    """Case, spaces, underscores, dots, slashes and every dash fold away."""
    assert lookup_key(spelling) == "CPCH"


@given(st.text(st.characters(max_codepoint=127)) | st.text())
def test_lookup_key_of_ascii_text_is_the_normalised_key(code: str) -> None:
    """The fast path for ASCII text gives the key that NFKC and the separators give."""
    assert lookup_key(code) == _SEPARATORS.sub("", unicodedata.normalize("NFKC", code)).upper()


def test_lookup_key_drops_every_ascii_separator() -> None:
    """Spaces of every kind, dashes, underscores, dots and slashes fold away in ASCII text."""
    assert lookup_key("c\tp\x1fc -_./h\n") == "CPCH"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
        (dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC), dt.date(2025, 3, 1)),
        ("2025-03-01", dt.date(2025, 3, 1)),
    ],
)
def test_to_date_accepts(value: object, expected: dt.date) -> None:
    """A date, a datetime (its date) or an ISO string become a date."""
    assert to_date(value, what="day") == expected


@pytest.mark.parametrize(
    ("value", "error"), [("03/01/2025", cc.InvalidValueError), (20250301, cc.InvalidTypeError)]
)
def test_to_date_refuses(value: object, error: type[cc.CodingCertsError]) -> None:
    """Other strings and types are refused, naming the argument."""
    with pytest.raises(error, match=r"^day must be"):
        to_date(value, what="day")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.5", Decimal("1.5")), (2, Decimal(2)), (Decimal("0.25"), Decimal("0.25"))],
)
def test_to_units_accepts(value: object, expected: Decimal) -> None:
    """CEUs may be a Decimal, an int or a numeric string."""
    assert to_units(value, what="units") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [(1.5, "floats are not exact"), (True, "got bool"), ("x", "a number"), ("-inf", "finite")],
)
def test_to_units_refuses(value: object, message: str) -> None:
    """Floats, bools, non-numbers and infinities are refused."""
    with pytest.raises(cc.CodingCertsError, match=message):
        to_units(value, what="units")


@pytest.mark.parametrize(
    ("value", "member"),
    [
        (cc.Focus.INPATIENT, cc.Focus.INPATIENT),
        (" Inpatient ", cc.Focus.INPATIENT),
        ("OUTPATIENT", cc.Focus.OUTPATIENT),
    ],
)
def test_enum_converter_accepts_members_and_values(value: object, member: cc.Focus) -> None:
    """A member, or its value in any case, converts to the member."""
    assert enum_converter(cc.Focus, what="focus")(value) is member


def test_enum_converter_unknown_value() -> None:
    """An unknown value is an InvalidValueError listing the accepted ones."""
    with pytest.raises(cc.InvalidValueError, match="'outpatient', 'inpatient'"):
        enum_converter(cc.Focus, what="focus")("hospital")


def test_enum_converter_wrong_type() -> None:
    """A value that is neither a member nor a string is an InvalidTypeError."""
    with pytest.raises(cc.InvalidTypeError, match="or a Focus"):
        enum_converter(cc.Focus, what="focus")(1)
