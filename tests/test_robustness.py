"""Junk input to every public function of the core: a clean error, never a crash or a wrong answer.

"Clean" means a :class:`~coding_certs.CodingCertsError`, or a ``TypeError`` for a
value of the wrong type. Where a junk value is in fact a valid input (``None``
for an optional date, ``0`` credentials), a separate test checks the answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs._validate import lookup_key

JUNK: dict[str, Any] = {
    "None": None,
    "empty": "",
    "zero": 0,
    "minus-one": -1,
    "float": 1.5,
    "object": object(),
    "emoji": "💥",
    "huge": 10**100,
    "True": True,
}

BOOK = cc.default_rulebook()
TABLE = BOOK.edition("aapc-2015")
TIER = TABLE.tiers[0]
ON = "2025-01-01"


class Target(NamedTuple):
    """A public callable with one argument replaced by junk, and the junk it accepts."""

    call: Callable[[Any], object]
    accepts: frozenset[str] | set[str] = frozenset()


def _source(**fields: Any) -> cc.Source:
    return cc.Source(**{"title": "t", "url": None, "supports": "s", **fields})


def _body(**fields: Any) -> cc.IssuingBody:
    return cc.IssuingBody(**{"code": "XY", "name": "X Y", **fields})


def _credential(**fields: Any) -> cc.Credential:
    base = {"code": "XY", "title": "X Y", "body": cc.AAPC, "setting": None, "focus": None}
    return cc.Credential(**{**base, **fields})


def _tier(**fields: Any) -> cc.CeuTier:
    return cc.CeuTier(**{"min_credentials": 1, "max_credentials": None, "units": 36, **fields})


def _table(**fields: Any) -> cc.CeuTierTable:
    base = {
        "body": cc.AAPC,
        "edition": "e",
        "title": "t",
        "tiers": TABLE.tiers,
        "cycle": relativedelta(years=2),
        "effective_from": dt.date(2020, 1, 1),
    }
    return cc.CeuTierTable(**{**base, **fields})


def _requirement(**fields: Any) -> cc.CeuRequirement:
    base = {
        "body": cc.AAPC,
        "credentials": (cc.CPC,),
        "counted": (cc.CPC,),
        "units": Decimal(36),
        "table": TABLE,
    }
    return cc.CeuRequirement(**{**base, **fields})


def _rulebook(**fields: Any) -> cc.Rulebook:
    return cc.Rulebook(**{"bodies": (), "credentials": (), "tier_tables": (), **fields})


OPTIONAL = frozenset({"None"})
COUNTS = frozenset({"zero", "huge"})
TEXT = frozenset({"emoji"})  # free text may be any non-blank string

TARGETS: dict[str, Target] = {
    # module-level functions
    "credential": Target(cc.credential),
    "credentials": Target(cc.credentials, OPTIONAL),
    "issuing_body": Target(cc.issuing_body),
    "tier_table(body)": Target(lambda x: cc.tier_table(x, on=ON)),
    "tier_table(on)": Target(lambda x: cc.tier_table("AAPC", on=x), OPTIONAL),
    "tier_table(edition)": Target(lambda x: cc.tier_table("AAPC", on=ON, edition=x), OPTIONAL),
    "tier_table(lenient)": Target(lambda x: cc.tier_table("AAPC", on=ON, lenient=x), {"True"}),
    "tier_tables": Target(cc.tier_tables),
    "ceu_requirements(credentials)": Target(lambda x: cc.ceu_requirements(x, on=ON)),
    "ceu_requirements([item])": Target(lambda x: cc.ceu_requirements([x], on=ON)),
    "ceu_requirements(on)": Target(lambda x: cc.ceu_requirements(["CPC"], on=x), OPTIONAL),
    "ceu_requirements(editions)": Target(lambda x: cc.ceu_requirements(["CPC"], editions=x)),
    "ceu_requirements(editions=[item])": Target(
        lambda x: cc.ceu_requirements(["CPC"], editions=[x])
    ),
    "ceu_requirements(lenient)": Target(
        lambda x: cc.ceu_requirements(["CPC"], on=ON, lenient=x), {"True"}
    ),
    "ceu_requirements(rulebook)": Target(
        lambda x: cc.ceu_requirements(["CPC"], on=ON, rulebook=x), OPTIONAL
    ),
    "load_rulebook": Target(cc.load_rulebook),
    # Rulebook methods
    "Rulebook.credential": Target(BOOK.credential),
    "Rulebook.issuing_body": Target(BOOK.issuing_body),
    "Rulebook.current_form": Target(BOOK.current_form),
    "Rulebook.tier_tables_of": Target(BOOK.tier_tables_of),
    "Rulebook.edition": Target(BOOK.edition),
    "Rulebook.tier_table(on)": Target(lambda x: BOOK.tier_table("AHIMA", on=x), OPTIONAL),
    # tables and tiers
    "CeuTierTable.units_for": Target(TABLE.units_for, COUNTS),
    "CeuTierTable.tier_for": Target(TABLE.tier_for, COUNTS),
    "CeuTierTable.in_force_on": Target(TABLE.in_force_on),
    "CeuTier.covers": Target(TIER.covers, COUNTS | {"minus-one"}),
    # constructors, one field at a time
    "Source.title": Target(lambda x: _source(title=x), TEXT),
    "Source.url": Target(lambda x: _source(url=x), OPTIONAL),
    "Source.supports": Target(lambda x: _source(supports=x), TEXT),
    "IssuingBody.code": Target(lambda x: _body(code=x)),
    "IssuingBody.name": Target(lambda x: _body(name=x), TEXT),
    "IssuingBody.sources": Target(lambda x: _body(sources=x)),
    "Credential.code": Target(lambda x: _credential(code=x)),
    "Credential.title": Target(lambda x: _credential(title=x), TEXT),
    "Credential.body": Target(lambda x: _credential(body=x)),
    "Credential.setting": Target(lambda x: _credential(setting=x), OPTIONAL),
    "Credential.focus": Target(lambda x: _credential(focus=x), OPTIONAL),
    "Credential.aliases": Target(lambda x: _credential(aliases=x)),
    "Credential.successor": Target(lambda x: _credential(successor=x), OPTIONAL),
    "Credential.renamed_on": Target(lambda x: _credential(renamed_on=x), OPTIONAL),
    "Credential.renamed_on_confirmed": Target(
        lambda x: _credential(renamed_on_confirmed=x), {"True"}
    ),
    "Credential.sources": Target(lambda x: _credential(sources=x)),
    "Credential.assumptions": Target(lambda x: _credential(assumptions=x)),
    "Credential.notes": Target(lambda x: _credential(notes=x)),
    "CeuTier.min_credentials": Target(lambda x: _tier(min_credentials=x), {"huge"}),
    "CeuTier.max_credentials": Target(lambda x: _tier(max_credentials=x), {"None", "huge"}),
    "CeuTier.units": Target(lambda x: _tier(units=x), {"huge"}),
    "CeuTierTable.body": Target(lambda x: _table(body=x)),
    "CeuTierTable.edition": Target(lambda x: _table(edition=x), TEXT),
    "CeuTierTable.title": Target(lambda x: _table(title=x), TEXT),
    "CeuTierTable.tiers": Target(lambda x: _table(tiers=x)),
    "CeuTierTable.cycle": Target(lambda x: _table(cycle=x), OPTIONAL),
    "CeuTierTable.effective_from": Target(lambda x: _table(effective_from=x)),
    "CeuTierTable.superseded_on": Target(lambda x: _table(superseded_on=x), OPTIONAL),
    "CeuTierTable.sources": Target(lambda x: _table(sources=x)),
    "CeuTierTable.assumptions": Target(lambda x: _table(assumptions=x)),
    "CeuRequirement.body": Target(lambda x: _requirement(body=x)),
    "CeuRequirement.credentials": Target(lambda x: _requirement(credentials=x)),
    "CeuRequirement.counted": Target(lambda x: _requirement(counted=x)),
    "CeuRequirement.units": Target(lambda x: _requirement(units=x)),
    "CeuRequirement.table": Target(lambda x: _requirement(table=x)),
    "CeuRequirement.on": Target(lambda x: _requirement(on=x), OPTIONAL),
    "CeuRequirement.extrapolated": Target(lambda x: _requirement(extrapolated=x), {"True"}),
    "Rulebook.bodies": Target(lambda x: _rulebook(bodies=x)),
    "Rulebook.credentials": Target(lambda x: _rulebook(credentials=x)),
    "Rulebook.tier_tables": Target(lambda x: _rulebook(tier_tables=x)),
    "Rulebook.path": Target(lambda x: _rulebook(path=x), OPTIONAL),
}

CASES = [
    pytest.param(target, junk, id=f"{target}-{junk}")
    for target, spec in TARGETS.items()
    for junk in JUNK
    if junk not in spec.accepts
]


@pytest.mark.parametrize(("target", "junk"), CASES)
def test_junk_is_rejected_cleanly(target: str, junk: str) -> None:
    """Junk raises a CodingCertsError or a TypeError: never another exception, never an answer."""
    with pytest.raises((cc.CodingCertsError, TypeError)):
        TARGETS[target].call(JUNK[junk])


@pytest.mark.parametrize("target", [t for t, spec in TARGETS.items() if "None" not in spec.accepts])
def test_none_is_a_type_error(target: str) -> None:
    """None where a value is required is a TypeError (InvalidTypeError where the library checks)."""
    with pytest.raises(TypeError):
        TARGETS[target].call(None)


# --- Junk that is in fact valid input gets the right answer ---------------------------------------


def test_credentials_none_lists_all() -> None:
    """credentials(None) lists every credential."""
    assert cc.credentials(None) == BOOK.credentials


def test_on_none_means_today() -> None:
    """on=None means today."""
    assert cc.tier_table("AAPC", on=None) == cc.tier_table("AAPC", on=dt.date.today())


def test_zero_credentials_owe_nothing() -> None:
    """units_for(0) is 0 and tier_for(0) is None; 0 is covered by no tier."""
    assert (TABLE.units_for(0), TABLE.tier_for(0), TIER.covers(0)) == (Decimal(0), None, False)


def test_no_tier_covers_a_negative_count() -> None:
    """A negative count falls in no tier."""
    assert not any(tier.covers(-1) for tier in TABLE.tiers)


def test_huge_count_owes_the_last_tier() -> None:
    """A huge count owes the open-ended last tier."""
    assert TABLE.units_for(10**100) == TABLE.max_units
    assert TABLE.tier_for(10**100) is TABLE.tiers[-1]


def test_huge_tier_bounds_are_exact() -> None:
    """Huge tier bounds are kept exactly; units above the bound are refused, not overflowed."""
    tier = cc.CeuTier(10**100, 10**101, 1000)
    assert (tier.covers(10**100), tier.units) == (True, Decimal(1000))
    with pytest.raises(cc.InvalidValueError, match="at most 1000"):
        cc.CeuTier(1, None, 10**100)


def test_free_text_accepts_any_characters() -> None:
    """Titles and names are free text: an emoji is kept as it is."""
    assert _source(title="💥").title == "💥"


def test_blank_credential_code_is_unknown() -> None:
    """An empty or blank code is an unknown credential, not a crash."""
    with pytest.raises(cc.UnknownCredentialError):
        cc.credential("   ")


# --- Generated junk -------------------------------------------------------------------------------

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(),
    st.binary(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.text()),
)


KNOWN_KEYS = {
    lookup_key(spelling): credential
    for credential in BOOK.credentials
    for spelling in (credential.code, *credential.aliases)
}


@given(st.text())
def test_any_text_finds_its_credential_or_none(text: str) -> None:
    """Any text finds the credential it spells (code or alias), or raises UnknownCredentialError."""
    expected = KNOWN_KEYS.get(lookup_key(text))
    if expected is None:
        with pytest.raises(cc.UnknownCredentialError):
            cc.credential(text)
    else:
        assert cc.credential(text) is expected


@given(anything)
def test_any_value_as_credential(value: object) -> None:
    """Any value passed to credential() gives a credential or a clean error."""
    try:
        found = cc.credential(value)  # type: ignore[arg-type]
    except (cc.CodingCertsError, TypeError):
        return
    assert isinstance(value, str)
    assert found in BOOK.credentials


@given(anything)
def test_any_value_as_count(value: object) -> None:
    """units_for() answers only for a non-negative int that is not a bool."""
    try:
        found = TABLE.units_for(value)  # type: ignore[arg-type]
    except (cc.CodingCertsError, TypeError):
        assert isinstance(value, bool) or not isinstance(value, int) or value < 0
    else:
        assert isinstance(value, int)
        assert not isinstance(value, bool)
        assert value >= 0
        assert found <= TABLE.max_units


@given(anything)
def test_any_value_as_day(value: object) -> None:
    """tier_table(on=...) answers only for a date, datetime or ISO string, and answers right."""
    try:
        found = cc.tier_table("AAPC", on=value)  # type: ignore[arg-type]
    except (cc.CodingCertsError, TypeError):
        return
    assert value is None or isinstance(value, dt.date | str)
    if isinstance(value, dt.datetime):
        assert found.in_force_on(value.date())
    elif isinstance(value, dt.date):
        assert found.in_force_on(value)


@given(anything)
def test_any_value_as_units(value: object) -> None:
    """Units are accepted only as a positive Decimal, int or numeric str with two places."""
    try:
        tier = cc.CeuTier(1, None, value)
    except (cc.CodingCertsError, TypeError):
        return
    assert isinstance(value, Decimal | int | str)
    assert not isinstance(value, bool)
    assert tier.units == Decimal(value.strip() if isinstance(value, str) else value)
    assert tier.units > 0
    _, denominator = tier.units.as_integer_ratio()
    assert 100 % denominator == 0
