"""CEU activities, held credentials and holders: exact units, convenient inputs, junk refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from engine_strategies import units

D = dt.date


def _activity(**overrides: object) -> cc.CeuActivity:
    fields: dict[str, object] = {
        "completed_on": "2025-03-01",
        "units": "1",
        "kind": "other",
        "title": "ICD-10-CM update",
    }
    fields.update(overrides)
    return cc.CeuActivity(**fields)  # type: ignore[arg-type]


# --- Units ------------------------------------------------------------------------------


def test_ten_tenths_make_exactly_one() -> None:
    """Ten activities of "0.1" units add up to exactly Decimal("1.0")."""
    total = sum((_activity(units="0.1").units for _ in range(10)), Decimal(0))
    assert total == Decimal("1.0")
    assert str(total) == "1.0"


@pytest.mark.parametrize(
    ("given_units", "expected"),
    [("1.5", Decimal("1.5")), (2, Decimal(2)), (Decimal("0.25"), Decimal("0.25")), (" 3 ", 3)],
)
def test_units_accept_str_int_and_decimal(given_units: object, expected: Decimal) -> None:
    """Units may be a numeric string, an int or a Decimal, and become a Decimal."""
    units_ = _activity(units=given_units).units
    assert isinstance(units_, Decimal)
    assert units_ == expected


@given(units=units)
def test_units_are_kept_exactly(units: Decimal) -> None:
    """Any positive amount with at most two decimals is kept as given."""
    assert _activity(units=str(units)).units == units


@pytest.mark.parametrize(
    "bad",
    ["0", 0, "-1", -2, "NaN", "Infinity", "-Infinity", "1.234", "0.001", "1001", "1e400", "abc"],
)
def test_bad_unit_values_are_refused(bad: object) -> None:
    """Zero, negative, NaN, infinite, more than two decimals and absurd amounts are refused."""
    with pytest.raises(cc.InvalidValueError, match=r"CeuActivity\.units"):
        _activity(units=bad)


@pytest.mark.parametrize("bad", [1.5, 0.1, True, None, [1], Decimal])
def test_units_of_the_wrong_type_are_refused(bad: object) -> None:
    """Floats (inexact), booleans and non-numbers are refused as the wrong type."""
    with pytest.raises(cc.InvalidTypeError, match=r"CeuActivity\.units"):
        _activity(units=bad)


def test_float_refusal_suggests_a_string() -> None:
    """Refusing a float says to pass a string such as '1.5'."""
    with pytest.raises(cc.InvalidTypeError, match="floats are not exact"):
        _activity(units=1.5)


def test_signalling_nan_is_refused() -> None:
    """A signalling NaN Decimal is refused like any NaN."""
    with pytest.raises(cc.InvalidValueError):
        _activity(units=Decimal("sNaN"))


def test_units_error_is_also_a_value_error() -> None:
    """The units error can be caught as the builtin ValueError."""
    with pytest.raises(ValueError, match="more than 0"):
        _activity(units="0")


# --- Dates, kinds, tags -------------------------------------------------------------------


def test_completed_on_accepts_an_iso_string() -> None:
    """An ISO date string becomes a date."""
    assert _activity(completed_on="2025-03-01").completed_on == D(2025, 3, 1)


def test_completed_on_accepts_a_datetime_as_its_day() -> None:
    """A datetime becomes its calendar day."""
    moment = dt.datetime(2025, 3, 1, 14, 30, tzinfo=dt.UTC)
    assert _activity(completed_on=moment).completed_on == D(2025, 3, 1)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("approved-event", cc.ActivityKind.APPROVED_EVENT),
        ("APPROVED_EVENT", cc.ActivityKind.APPROVED_EVENT),
        (" Instruction ", cc.ActivityKind.INSTRUCTION),
        ("coursework", cc.ActivityKind.COURSEWORK),
        (cc.ActivityKind.OTHER, cc.ActivityKind.OTHER),
    ],
)
def test_kind_from_string(value: object, kind: cc.ActivityKind) -> None:
    """A kind may be given by its value, in any case, with dashes or underscores."""
    assert _activity(kind=value).kind is kind


def test_the_seeds_three_ways_to_earn_ceus_exist() -> None:
    """Approved events, instruction and coursework are kinds of activity."""
    assert {"approved-event", "instruction", "coursework"} <= {k.value for k in cc.ActivityKind}


def test_categories_from_a_semicolon_list() -> None:
    """Categories given as "a;b" become a set of lower-case tags."""
    assert _activity(categories="Auditing; HIIM").categories == frozenset({"auditing", "hiim"})


def test_categories_from_a_comma_list_drop_empty_items() -> None:
    """Categories given as "a, ,b," drop empty items."""
    assert _activity(categories="a, ,b,").categories == frozenset({"a", "b"})


def test_categories_from_a_list() -> None:
    """Categories given as a list become a frozenset."""
    assert _activity(categories=["specialty", "auditing"]).categories == frozenset(
        {"specialty", "auditing"}
    )


def test_bodies_are_upper_case_codes() -> None:
    """Bodies given as "aapc" become the code "AAPC"."""
    assert _activity(bodies="aapc").bodies == frozenset({"AAPC"})


def test_blank_optional_text_is_none() -> None:
    """Blank sponsor, index number and holder id become None."""
    activity = _activity(sponsor="  ", index_number="", holder_id=" ")
    assert (activity.sponsor, activity.index_number, activity.holder_id) == (None, None, None)


def test_optional_text_is_stripped() -> None:
    """Sponsor and index number lose surrounding spaces."""
    activity = _activity(sponsor=" AAPC ", index_number=" AAPC-123 ")
    assert (activity.sponsor, activity.index_number) == ("AAPC", "AAPC-123")


# --- What makes two records the same course ---------------------------------------------------


def test_course_key_is_the_index_number_when_there_is_one() -> None:
    """Two records with the same index number (any case or dash) are the same course."""
    first = _activity(index_number="AAPC-123", title="One title")
    second = _activity(index_number="aapc 123", title="Another title")
    assert first.course_key == second.course_key


def test_course_key_is_title_and_sponsor_without_an_index_number() -> None:
    """Without index numbers, the same title and sponsor (case and spaces aside) match."""
    first = _activity(title="Coding  Update", sponsor="Chapter")
    second = _activity(title="coding update", sponsor="CHAPTER")
    assert first.course_key == second.course_key


def test_different_sponsors_make_different_courses() -> None:
    """The same title from two sponsors is two courses."""
    assert (
        _activity(title="Update", sponsor="A").course_key
        != _activity(title="Update", sponsor="B").course_key
    )


# --- Junk to the activity constructor --------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "bad", "error"),
    [
        ("completed_on", None, cc.InvalidTypeError),
        ("completed_on", 20250301, cc.InvalidTypeError),
        ("completed_on", "2025-02-30", cc.InvalidValueError),
        ("completed_on", "yesterday", cc.InvalidValueError),
        ("kind", "teaching", cc.InvalidValueError),
        ("kind", 3, cc.InvalidTypeError),
        ("kind", None, cc.InvalidTypeError),
        ("title", "", cc.InvalidValueError),
        ("title", "   ", cc.InvalidValueError),
        ("title", None, cc.InvalidTypeError),
        ("title", 5, cc.InvalidTypeError),
        ("sponsor", 5, cc.InvalidTypeError),
        ("index_number", 123, cc.InvalidTypeError),
        ("preapproved", "yes", cc.InvalidTypeError),
        ("preapproved", 1, cc.InvalidTypeError),
        ("preapproved", None, cc.InvalidTypeError),
        ("categories", [1], cc.InvalidTypeError),
        ("categories", 5, cc.InvalidTypeError),
        ("categories", {"auditing": 1}, cc.InvalidTypeError),
        ("bodies", 5, cc.InvalidTypeError),
        ("bodies", [None], cc.InvalidTypeError),
        ("holder_id", 7, cc.InvalidTypeError),
    ],
)
def test_junk_activity_fields_are_refused(field: str, bad: object, error: type[Exception]) -> None:
    """Junk in any field of an activity raises the library's error, naming the problem."""
    with pytest.raises(error):
        _activity(**{field: bad})


@pytest.mark.parametrize("field", ["completed_on", "units", "kind", "title", "categories"])
@given(
    junk=st.one_of(
        st.none(), st.integers(), st.floats(), st.text(max_size=5), st.binary(), st.tuples()
    )
)
def test_junk_never_crashes_the_activity_constructor(field: str, junk: object) -> None:
    """Any junk in a field is refused with a CodingCertsError, or converted to the field's type."""
    expected = {
        "completed_on": dt.date,
        "units": Decimal,
        "kind": cc.ActivityKind,
        "title": str,
        "categories": frozenset,
    }[field]
    try:
        activity = _activity(**{field: junk})
    except cc.CodingCertsError:
        return
    assert isinstance(getattr(activity, field), expected)


# --- Held credentials and holders -----------------------------------------------------------


def test_held_credential_looks_up_a_code() -> None:
    """A held credential given by code finds the shipped credential when asked, any case or dash."""
    assert cc.HeldCredential("cpc h", "2020-01-15").credential is cc.CPC_H


def test_held_credential_keeps_its_code_until_resolved() -> None:
    """A code is kept as given: construction looks nothing up, so an unknown code is fine."""
    held = cc.HeldCredential(" NEW  CODE ", "2020-01-15")
    assert (held.code, held.is_resolved) == ("NEW CODE", False)
    with pytest.raises(cc.UnknownCredentialError, match="NEW CODE"):
        held.credential  # noqa: B018 -- the shipped rule book does not know it


def test_held_credential_resolves_against_the_book_given() -> None:
    """resolve() looks the code up in the rule book passed, and equals the unresolved one."""
    book = cc.default_rulebook()
    held = cc.HeldCredential("cpc-h", "2020-01-15")
    resolved = held.resolve(book)
    assert resolved.is_resolved
    assert resolved.credential is book.credential("CPC-H")
    assert resolved == held
    assert hash(resolved) == hash(held)
    assert resolved.resolve(book) is resolved


def test_holder_resolve_names_the_holder_of_an_unknown_code() -> None:
    """A holder whose code the rule book does not know is told so, by id."""
    holder = cc.Holder("E7", [("CPC", "2020-01-15"), ("XYZ", "2020-01-15")])
    with pytest.raises(cc.UnknownCredentialError, match=r"holder 'E7': unknown credential code"):
        holder.resolve(cc.default_rulebook())


def test_holder_renewals_by_body() -> None:
    """Renewal dates are kept per body code; aapc_renewal is the deprecated AAPC spelling."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], renewals={"aapc": "2021-03-15"})
    assert dict(holder.renewals) == {"AAPC": D(2021, 3, 15)}
    assert holder.renewal("AAPC") == holder.renewal(cc.AAPC) == holder.aapc_renewal
    assert holder.renewal("NHA") is None
    old = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    assert old == holder
    assert hash(old) == hash(holder)


def test_holder_renewals_must_agree_with_aapc_renewal() -> None:
    """Two different AAPC dates are refused rather than one silently winning."""
    with pytest.raises(cc.InvalidValueError, match="disagree"):
        cc.Holder("E1", [], renewals={"AAPC": "2021-03-15"}, aapc_renewal="2021-04-15")


@pytest.mark.parametrize(
    ("renewals", "error"),
    [
        ("2021-03-15", cc.InvalidTypeError),
        ({"": "2021-03-15"}, cc.InvalidTypeError),
        ({5: "2021-03-15"}, cc.InvalidTypeError),
        ({"AAPC": "soon"}, cc.InvalidValueError),
    ],
)
def test_junk_renewals_are_refused(renewals: object, error: type[Exception]) -> None:
    """Renewals must map body codes to dates."""
    with pytest.raises(error):
        cc.Holder("E1", [], renewals=renewals)


def test_held_credential_accepts_an_iso_date() -> None:
    """The day a credential was earned may be an ISO string."""
    assert cc.HeldCredential(cc.CPC, "2020-01-15").earned_on == D(2020, 1, 15)


@pytest.mark.parametrize(
    ("credential", "earned_on", "error"),
    [
        ("  ", "2020-01-15", cc.InvalidValueError),
        (5, "2020-01-15", cc.InvalidTypeError),
        (None, "2020-01-15", cc.InvalidTypeError),
        ("CPC", None, cc.InvalidTypeError),
        ("CPC", "2020-02-30", cc.InvalidValueError),
    ],
)
def test_junk_held_credentials_are_refused(
    credential: object, earned_on: object, error: type[Exception]
) -> None:
    """A held credential needs a credential (or a code) and a date."""
    with pytest.raises(error):
        cc.HeldCredential(credential, earned_on)


def test_holder_accepts_code_and_date_pairs() -> None:
    """A holder's credentials may be (code, date) pairs."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15"), ["CCS", D(2021, 5, 1)]], name=" Ann ")
    assert holder.credentials == (
        cc.HeldCredential(cc.CPC, D(2020, 1, 15)),
        cc.HeldCredential(cc.CCS, D(2021, 5, 1)),
    )
    assert holder.name == "Ann"


def test_holder_renewal_date_from_an_iso_string() -> None:
    """The AAPC renewal date may be an ISO string."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    assert holder.aapc_renewal == D(2021, 3, 15)


def test_holder_earned_on() -> None:
    """``earned_on`` gives the day a held credential was earned, None for one not held."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")])
    assert (holder.earned_on(cc.CPC), holder.earned_on(cc.CCS)) == (D(2020, 1, 15), None)


def test_renamed_credentials_may_both_be_held() -> None:
    """CPC-H and COC are different records and may both be listed."""
    holder = cc.Holder("E1", [("CPC-H", "2010-01-15"), ("COC", "2016-01-15")])
    assert len(holder.credentials) == 2


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"id": ""}, cc.InvalidValueError),
        ({"id": None}, cc.InvalidTypeError),
        ({"id": 7}, cc.InvalidTypeError),
        ({"credentials": "CPC"}, cc.InvalidTypeError),
        ({"credentials": None}, cc.InvalidTypeError),
        ({"credentials": {"CPC": "2020-01-15"}}, cc.InvalidTypeError),
        ({"credentials": [5]}, cc.InvalidTypeError),
        ({"credentials": [("CPC",)]}, cc.InvalidTypeError),
        ({"credentials": [("CPC", "2020-01-15", "extra")]}, cc.InvalidTypeError),
        ({"credentials": [("CPC", "2020-01-15"), ("cpc", "2021-01-15")]}, cc.InvalidValueError),
        ({"name": 5}, cc.InvalidTypeError),
        ({"aapc_renewal": "soon"}, cc.InvalidValueError),
        ({"aapc_renewal": 5}, cc.InvalidTypeError),
    ],
)
def test_junk_holders_are_refused(fields: dict[str, object], error: type[Exception]) -> None:
    """Junk in any field of a holder raises the library's own error."""
    arguments: dict[str, object] = {"id": "E1", "credentials": [("CPC", "2020-01-15")]}
    arguments.update(fields)
    with pytest.raises(error):
        cc.Holder(**arguments)  # type: ignore[arg-type]


def test_duplicate_credential_message_names_the_entry() -> None:
    """Listing a credential twice names it and where the second one is."""
    with pytest.raises(cc.InvalidValueError, match=r"CPC twice \(credentials\[1\]\)"):
        cc.Holder("E1", [("CPC", "2020-01-15"), ("CPC", "2021-01-15")])


def test_units_in_exponent_form_become_plain() -> None:
    """Units written as '1E+2' are stored as 100, so explanations show a plain number."""
    activity = cc.CeuActivity("2025-01-01", "1E+2", "other", "Long course")
    assert str(activity.units) == "100"


# --- Acceptance rules as data: index number or certificate, pre-approval --------------------


def _book_with(**cycle_changes: object) -> cc.Rulebook:
    """The shipped rule book with the AAPC cycle rule changed."""
    import attrs  # noqa: PLC0415

    book = cc.default_rulebook()
    rules = tuple(
        attrs.evolve(rule, **cycle_changes) if rule.body == cc.AAPC else rule  # type: ignore[arg-type]
        for rule in book.cycle_rules
    )
    return attrs.evolve(book, cycle_rules=rules)


def _counted(book: cc.Rulebook, activity: cc.CeuActivity) -> tuple[bool, str]:
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], renewals={"AAPC": "2021-03-15"})
    (assessment,) = cc.assess(holder, [activity], as_of="2025-06-01", rulebook=book).assessments
    rejected = [r.detail for r in assessment.rejected]
    # The previous cycle is unmet: an activity of its 90 days after makes up its shortfall.
    counted = [a for cycle in (assessment.current, *assessment.history) for a in cycle.counted]
    return activity in counted, " ".join(rejected)


EVENT: dict[str, Any] = {
    "completed_on": "2025-05-01",
    "units": "2",
    "kind": "approved-event",
    "title": "Update",
}


@pytest.mark.parametrize("certificate", [True, False])
def test_certificate_counts_where_the_body_accepts_one(certificate: bool) -> None:  # noqa: FBT001
    """An approved event without an index number counts with its certificate, if the rule allows."""
    book = _book_with(requires_index_number=True, accepts_certificate=True)
    counted, why = _counted(book, cc.CeuActivity(**EVENT, certificate=certificate))
    assert counted is certificate
    if not certificate:
        assert "no index number and no certificate" in why


def test_certificate_does_not_count_where_only_the_index_number_does() -> None:
    """Without accepts_certificate, a certificate alone is not enough (the older rule)."""
    book = _book_with(requires_index_number=True, accepts_certificate=False)
    counted, why = _counted(book, cc.CeuActivity(**EVENT, certificate=True))
    assert not counted
    assert "only with the index number" in why


@pytest.mark.parametrize("needs", [True, False])
def test_instruction_preapproval_is_a_rule_parameter(needs: bool) -> None:  # noqa: FBT001
    """Whether instruction needs pre-approval is the cycle rule's, not the engine's."""
    book = _book_with(instruction_needs_preapproval=needs)
    teaching = cc.CeuActivity("2025-05-01", "2", "instruction", "Teaching")
    counted, _ = _counted(book, teaching)
    assert counted is not needs


def test_certificate_must_be_a_bool() -> None:
    """Certificate is True or False."""
    with pytest.raises(cc.InvalidTypeError):
        cc.CeuActivity(**EVENT, certificate="yes")  # type: ignore[arg-type]
