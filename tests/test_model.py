"""Issuing bodies, credentials and sources: the shipped facts and the model's rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import coding_certs as cc
from strategies import credentials, sources

SEED = "seed"


# --- Shipped facts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("credential", "body", "setting", "focus"),
    [
        (cc.CPC, cc.AAPC, cc.Setting.PROFESSIONAL, cc.Focus.OUTPATIENT),
        (cc.CPC_H, cc.AAPC, cc.Setting.FACILITY, cc.Focus.OUTPATIENT),
        (cc.COC, cc.AAPC, cc.Setting.FACILITY, cc.Focus.OUTPATIENT),
        (cc.CIC, cc.AAPC, cc.Setting.FACILITY, cc.Focus.INPATIENT),
        (cc.CPC_P, cc.AAPC, cc.Setting.PROFESSIONAL, cc.Focus.OUTPATIENT),
        (cc.CCS, cc.AHIMA, cc.Setting.FACILITY, cc.Focus.INPATIENT),
        (cc.CCS_P, cc.AHIMA, cc.Setting.PROFESSIONAL, cc.Focus.OUTPATIENT),
        (cc.CCA, cc.AHIMA, None, None),
    ],
    ids=str,
)
def test_shipped_credential_facts(
    credential: cc.Credential,
    body: cc.IssuingBody,
    setting: cc.Setting | None,
    focus: cc.Focus | None,
) -> None:
    """Each shipped credential has the body, setting and focus that DOMAIN.md gives it."""
    assert (credential.body, credential.setting, credential.focus) == (body, setting, focus)


@pytest.mark.parametrize(
    ("credential", "title"),
    [
        (cc.CPC, "Certified Professional Coder"),
        (cc.CCS, "Certified Coding Specialist"),
        (cc.COC, "Certified Outpatient Coder"),
    ],
)
def test_shipped_credential_titles(credential: cc.Credential, title: str) -> None:
    """The titles are the bodies' own."""
    assert credential.title == title


def test_cpc_h_is_renamed_coc() -> None:
    """CPC-H names COC as its successor (AAPC's FAQ: 'COC (formerly CPC-H)')."""
    assert (cc.CPC_H.successor, cc.CPC_H.is_renamed, cc.CPC_H.status) == (
        "COC",
        True,
        "renamed COC",
    )


def test_cpc_h_rename_date_is_unconfirmed() -> None:
    """The rename date is not confirmed, and the credential records that as an assumption."""
    assert cc.CPC_H.renamed_on is None
    assert cc.CPC_H.renamed_on_confirmed is False
    assert any("not confirmed" in text for text in cc.CPC_H.assumptions)


def test_coc_is_active() -> None:
    """COC, the current name, is not renamed."""
    assert (cc.COC.is_renamed, cc.COC.status) == (False, "active")


@pytest.mark.parametrize("credential", cc.credentials(), ids=str)
def test_every_shipped_credential_cites_a_source(credential: cc.Credential) -> None:
    """Every credential fact in the rule book comes with at least one source."""
    assert credential.sources


@pytest.mark.parametrize("body", [cc.AAPC, cc.AHIMA], ids=str)
def test_every_shipped_body_cites_the_seed(body: cc.IssuingBody) -> None:
    """Both bodies are named in the seed document, and cite it."""
    assert any(SEED in source.title.lower() for source in body.sources)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (cc.AAPC, "American Academy of Professional Coders"),
        (cc.AHIMA, "American Health Information Management Association"),
    ],
)
def test_body_names(body: cc.IssuingBody, name: str) -> None:
    """The bodies carry their full names."""
    assert body.name == name


def test_seed_opinions_are_notes_not_numbers() -> None:
    """The seed's opinions (pass rates, popularity) are kept as notes on CPC and CCS."""
    assert any("pass rate" in note for note in cc.CPC.notes)
    assert any("pass rate" in note for note in cc.CCS.notes)


def test_body_str_is_its_code() -> None:
    """str() of a body is its code."""
    assert str(cc.AHIMA) == "AHIMA"


def test_credential_str_is_its_code() -> None:
    """str() of a credential is its code."""
    assert str(cc.CPC_H) == "CPC-H"


def test_credential_repr_names_code_and_body() -> None:
    """A credential's repr shows its code and its body's code, not the whole body."""
    text = repr(cc.CPC)
    assert "code='CPC'" in text
    assert "body=AAPC" in text


def test_enums_are_strings() -> None:
    """Setting and Focus members compare equal to their lower-case values."""
    assert (cc.Setting.FACILITY, cc.Focus.INPATIENT) == ("facility", "inpatient")


# --- Source ---------------------------------------------------------------------


def test_source_cite_with_url() -> None:
    """A source with an address cites as 'title <url>'."""
    source = cc.Source("AHIMA", "https://www.ahima.org/", supports="x")
    assert source.cite() == "AHIMA <https://www.ahima.org/>"


def test_source_cite_without_url() -> None:
    """A source with no address (the seed) cites as its title alone."""
    assert cc.Source("Seed", None, supports="x").cite() == "Seed"


@pytest.mark.parametrize("url", ["ftp://example.org", "www.aapc.com", "aapc"])
def test_source_url_must_be_http(url: str) -> None:
    """A source address must be http(s)."""
    with pytest.raises(cc.InvalidValueError, match="http"):
        cc.Source("t", url, supports="x")


@pytest.mark.parametrize("field", ["title", "supports"])
def test_source_text_must_not_be_blank(field: str) -> None:
    """A source's title and what it supports must not be blank."""
    fields = {"title": "t", "supports": "s", field: "   "}
    with pytest.raises(cc.InvalidValueError, match=field):
        cc.Source(url=None, **fields)


@given(sources)
def test_generated_sources_cite_their_title(source: cc.Source) -> None:
    """Every source cites its title first."""
    assert source.cite().startswith(source.title)


# --- IssuingBody ------------------------------------------------------------------


@pytest.mark.parametrize("code", ["aapc", "AA PC", "-AAPC", "AAPC-", "A--B", "1AB"])
def test_body_code_shape(code: str) -> None:
    """A body code is upper-case letters and digits, optionally joined by single dashes."""
    with pytest.raises(cc.InvalidValueError, match="upper-case"):
        cc.IssuingBody(code, "name")


def test_body_sources_convert_from_list() -> None:
    """A list of sources is stored as a tuple."""
    source = cc.Source("t", None, supports="s")
    assert cc.IssuingBody("XY", "X Y", sources=[source]).sources == (source,)


def test_body_sources_must_be_sources() -> None:
    """Every item of sources must be a Source; the message names its index."""
    with pytest.raises(cc.InvalidTypeError, match=r"sources\[0\]"):
        cc.IssuingBody("XY", "X Y", sources=["https://x"])


def test_body_sources_must_be_a_sequence() -> None:
    """Sources that are not a list or tuple are refused."""
    with pytest.raises(cc.InvalidTypeError, match="tuple of Source"):
        cc.IssuingBody("XY", "X Y", sources="https://x")


# --- Credential ------------------------------------------------------------------


def _credential(**overrides: object) -> cc.Credential:
    fields: dict[str, object] = {
        "code": "ABC",
        "title": "A B C",
        "body": cc.AAPC,
        "setting": cc.Setting.FACILITY,
        "focus": cc.Focus.INPATIENT,
    }
    fields.update(overrides)
    return cc.Credential(**fields)  # type: ignore[arg-type]


def test_credential_cannot_be_its_own_successor() -> None:
    """A credential renamed to itself is refused."""
    with pytest.raises(cc.InvalidValueError, match="own successor"):
        _credential(successor="ABC")


def test_credential_rename_date_needs_a_successor() -> None:
    """A rename date without a successor is refused."""
    with pytest.raises(cc.InvalidValueError, match="no successor"):
        _credential(renamed_on=dt.date(2015, 1, 1))


def test_credential_with_successor_and_date() -> None:
    """A credential may record its successor and the date of the rename."""
    renamed = _credential(successor="XYZ", renamed_on=dt.date(2015, 1, 1))
    assert (renamed.is_renamed, renamed.renamed_on) == (True, dt.date(2015, 1, 1))


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("body", "AAPC", cc.InvalidTypeError),
        ("setting", "facility", cc.InvalidTypeError),
        ("focus", "inpatient", cc.InvalidTypeError),
        ("code", "cpc", cc.InvalidValueError),
        ("title", "", cc.InvalidValueError),
        ("aliases", ("",), cc.InvalidValueError),
        ("aliases", (1,), cc.InvalidTypeError),
        ("successor", "coc", cc.InvalidValueError),
        ("renamed_on", "2015-01-01", cc.InvalidTypeError),
        ("renamed_on_confirmed", 1, cc.InvalidTypeError),
        ("notes", ("  ",), cc.InvalidValueError),
        ("assumptions", "one", cc.InvalidTypeError),
    ],
)
def test_credential_field_validation(
    field: str, value: object, error: type[cc.CodingCertsError]
) -> None:
    """A credential with a bad field cannot be built; the error names the field."""
    with pytest.raises(error, match=f"Credential.{field}"):
        _credential(**{field: value})


@given(credentials)
def test_generated_credentials_are_active(credential: cc.Credential) -> None:
    """A credential with no successor is active and not renamed."""
    assert (credential.status, credential.is_renamed) == ("active", False)


def test_exam_facts_are_recorded_with_their_sources() -> None:
    """CPC's exam: 100 questions, 4 hours, 70% to pass, as AAPC's CPC page states."""
    assert cc.CPC.exam == "100 multiple-choice questions in 4 hours; 70% to pass."
    assert any(s.url == "https://www.aapc.com/certification/cpc" for s in cc.CPC.sources)


def test_a_credential_without_exam_facts_says_none() -> None:
    """Exam facts are optional: CCA has none recorded."""
    assert cc.CCA.exam is None
