"""The rule book: lookups, resolution of editions by date, and reading rule-book files."""

from __future__ import annotations

import datetime as dt
import pickle
import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from strategies import days_before_rules, days_with_rules, shipped_credentials, spellings

SHIPPED_TEXT = (
    resources.files("coding_certs").joinpath("data", "rules.toml").read_text(encoding="utf-8")
)

# The tests that edit a whole book edit this format-1 copy of the shipped book as it was
# before format 2 (AHIMA as tier tables): format 1 is still read, and each mistake below is
# one a format-1 file can make. The shipped book itself is format 2.
BOOK_PATH = Path(__file__).parent / "data" / "rules-format1.toml"
BOOK_TEXT = BOOK_PATH.read_text(encoding="utf-8")

SHIPPED = tomllib.loads(BOOK_TEXT)


def cred(code: str) -> str:
    """The entry name of the shipped credential ``code``, such as ``credentials[5]``."""
    codes = [entry["code"] for entry in SHIPPED["credentials"]]
    return f"credentials[{codes.index(code)}]"


def table(edition: str) -> str:
    """The entry name of the shipped tier table ``edition``, such as ``tier_tables[1]``."""
    names = [entry["edition"] for entry in SHIPPED["tier_tables"]]
    return f"tier_tables[{names.index(edition)}]"


def rule(key: str, name: str) -> str:
    """The entry name of the shipped rule ``name`` in ``key``, such as ``lapse_rules[0]``."""
    names = [entry["name"] for entry in SHIPPED[key]]
    return f"{key}[{names.index(name)}]"


def mutated(old: str, new: str, section: str | None = None) -> str:
    """The format-1 book with the first ``old`` replaced by ``new``.

    With ``section``, the search starts at the header of the section holding
    that (unique) text, such as ``'edition = "aapc-2015"'``.
    """
    start = 0
    if section is not None:
        assert BOOK_TEXT.count(section) == 1, section
        start = BOOK_TEXT.rindex("\n[", 0, BOOK_TEXT.index(section) + 1)
    at = BOOK_TEXT.index(old, start)
    return BOOK_TEXT[:at] + new + BOOK_TEXT[at + len(old) :]


def write(tmp_path: Path, text: str | bytes) -> Path:
    """Write a rule-book file and return its path."""
    path = tmp_path / "rules.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- Resolution by date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "day", "edition"),
    [
        (cc.AAPC, "2008-01-01", "aapc-2012"),
        (cc.AAPC, "2012-10-01", "aapc-2012"),
        (cc.AAPC, "2015-08-30", "aapc-2012"),
        (cc.AAPC, "2015-08-31", "aapc-2015"),
        (cc.AHIMA, "2008-01-01", "ahima-assumed-2008"),
        (cc.AHIMA, "2018-12-31", "ahima-assumed-2008"),
        (cc.AHIMA, "2019-01-01", "ahima-2019"),
    ],
)
def test_edition_in_force_on_each_side_of_a_cutover(
    body: cc.IssuingBody, day: str, edition: str
) -> None:
    """The edition in force is the old one the day before a cutover and the new one on it."""
    assert cc.default_rulebook().requirement(body, on=day).edition == edition


@pytest.mark.parametrize("body", ["AAPC", "AHIMA"])
def test_day_before_earliest_rule_raises(body: str) -> None:
    """A day before the earliest edition (2008-01-01) raises NoRuleInForceError by default."""
    with pytest.raises(cc.NoRuleInForceError, match="lenient"):
        cc.tier_table(body, on="2007-12-31")


@pytest.mark.parametrize(
    ("body", "edition"), [("AAPC", "aapc-2012"), ("AHIMA", "ahima-assumed-2008")]
)
def test_lenient_applies_earliest_with_warning(body: str, edition: str) -> None:
    """lenient=True applies the earliest edition to an earlier day and warns."""
    with pytest.warns(cc.RuleNotInForceWarning, match="2007-12-31"):
        table = cc.default_rulebook().requirement(body, on="2007-12-31", lenient=True)
    assert table.edition == edition


def test_no_rule_in_force_is_a_lookup_error() -> None:
    """NoRuleInForceError is a LookupError too."""
    with pytest.raises(LookupError):
        cc.tier_table("AAPC", on=dt.date(1999, 1, 1))


@given(days_with_rules, st.sampled_from([cc.AAPC, cc.AHIMA]))
def test_exactly_one_edition_in_force(day: dt.date, body: cc.IssuingBody) -> None:
    """On every day from 2008, exactly one edition per body is in force, and that one is used."""
    book = cc.default_rulebook()
    in_force = [t for t in book.requirements_of(body) if t.in_force_on(day)]
    assert in_force == [book.requirement(body, on=day)]


@given(days_before_rules)
def test_every_day_before_rules_raises(day: dt.date) -> None:
    """Every day before 2008 has no AAPC rule in force."""
    with pytest.raises(cc.NoRuleInForceError):
        cc.tier_table(cc.AAPC, on=day)


@pytest.mark.parametrize("body", [cc.AAPC, cc.AHIMA], ids=str)
def test_editions_close_each_other(body: cc.IssuingBody) -> None:
    """Editions are listed oldest first, each superseded on the day the next takes effect."""
    editions = cc.default_rulebook().requirements_of(body)
    assert [t.superseded_on for t in editions[:-1]] == [t.effective_from for t in editions[1:]]
    assert editions[-1].superseded_on is None


def test_on_defaults_to_today() -> None:
    """Without ``on``, the edition in force today is used."""
    assert cc.tier_table("AAPC") == cc.tier_table("AAPC", on=dt.date.today())


@pytest.mark.parametrize(
    "day",
    [
        dt.date(2013, 5, 1),
        dt.datetime(2013, 5, 1, 23, 59, tzinfo=dt.UTC),
        "2013-05-01",
        " 2013-05-01 ",
    ],
)
def test_on_accepts_dates_datetimes_and_iso_strings(day: object) -> None:
    """``on`` may be a date, a datetime (its date) or an ISO string."""
    assert cc.tier_table("AAPC", on=day).edition == "aapc-2012"  # type: ignore[arg-type]


@pytest.mark.parametrize("day", ["2013-13-01", "yesterday", "01/05/2013", ""])
def test_on_rejects_bad_strings(day: str) -> None:
    """A string that is not an ISO date is an InvalidValueError naming ``on``."""
    with pytest.raises(cc.InvalidValueError, match="on must be an ISO date"):
        cc.tier_table("AAPC", on=day)


def test_lenient_must_be_a_bool() -> None:
    """Lenient accepts only True or False."""
    with pytest.raises(cc.InvalidTypeError, match="lenient"):
        cc.tier_table("AAPC", on="2000-01-01", lenient="yes")  # type: ignore[arg-type]


# --- Editions by name -------------------------------------------------------------------


@pytest.mark.parametrize("edition", ["aapc-2012", "aapc-2015"])
def test_pin_edition_by_name(edition: str) -> None:
    """An edition can be pinned by name, whatever the date."""
    assert cc.tier_table("AAPC", on="2030-01-01", edition=edition).edition == edition


def test_pinned_edition_ignores_date_before_rules() -> None:
    """A pinned edition needs no rule in force on the date."""
    assert cc.tier_table("AAPC", on="1990-01-01", edition="aapc-2015").edition == "aapc-2015"


def test_pin_other_bodys_edition() -> None:
    """Pinning an edition of another body is an UnknownEditionError."""
    with pytest.raises(cc.UnknownEditionError, match="AHIMA's, not AAPC's"):
        cc.tier_table("AAPC", edition="ahima-2019")


def test_pin_unknown_edition() -> None:
    """An unknown edition name is an UnknownEditionError listing the known ones."""
    with pytest.raises(cc.UnknownEditionError, match="aapc-2015"):
        cc.default_rulebook().edition("aapc-2099")


def test_edition_name_must_be_text() -> None:
    """An edition is named by a str."""
    with pytest.raises(cc.InvalidTypeError, match="edition"):
        cc.default_rulebook().edition(2012)  # type: ignore[arg-type]


# --- Credentials and bodies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    ["CPC-H", "cpc-h", "CPC H", "cpc–h", "CPC_H", "cpch", " CPC—H ", "CPC/H", "ｃｐｃ－ｈ"],
)
def test_credential_lookup_ignores_case_spaces_and_dashes(spelling: str) -> None:
    """credential() ignores case, spaces, underscores and every kind of dash."""
    assert cc.credential(spelling) is cc.CPC_H


@given(shipped_credentials.flatmap(lambda c: st.tuples(st.just(c), spellings(c))))
def test_any_spelling_finds_the_credential(pair: tuple[cc.Credential, str]) -> None:
    """Any mix of case and dash style of a shipped code finds that credential."""
    credential, spelling = pair
    assert cc.credential(spelling) is credential


def test_credential_lookup_by_alias() -> None:
    """An alias finds its credential."""
    assert cc.credential("certified outpatient coding") is cc.COC


def test_credential_object_is_returned_as_is() -> None:
    """A Credential of the rule book is returned unchanged."""
    assert cc.credential(cc.CCS) is cc.CCS


def test_foreign_credential_object_is_unknown() -> None:
    """A Credential that the rule book does not hold is an UnknownCredentialError."""
    foreign = cc.Credential("CPC", "Not the real one", cc.AAPC, None, None)
    with pytest.raises(cc.UnknownCredentialError, match="CPC"):
        cc.credential(foreign)


@pytest.mark.parametrize(("code", "match"), [("CPX", "CPC"), ("CCSS", "CCS"), ("CPC-HH", "CPC-H")])
def test_unknown_credential_suggests_close_matches(code: str, match: str) -> None:
    """An unknown code raises UnknownCredentialError naming the close matches."""
    with pytest.raises(cc.UnknownCredentialError, match="did you mean") as caught:
        cc.credential(code)
    assert match in caught.value.suggestions
    assert caught.value.code == code


def test_unknown_credential_without_close_match() -> None:
    """With no close match, the error points at the list of known codes."""
    with pytest.raises(cc.UnknownCredentialError, match=r"coding_certs\.credentials\(\)"):
        cc.credential("ZZZZZZZZ")


def test_unknown_credential_is_a_lookup_error() -> None:
    """UnknownCredentialError is also a LookupError."""
    with pytest.raises(LookupError):
        cc.credential("XYZ")


def test_credentials_lists_every_shipped_credential() -> None:
    """credentials() lists (at least) the eight credentials the core ships."""
    assert {c.code for c in cc.credentials()} >= {
        "CPC", "CPC-H", "COC", "CIC", "CPC-P", "CCS", "CCS-P", "CCA"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("body", "codes"),
    [("AAPC", {"CPC", "CPC-H", "COC", "CIC", "CPC-P"}), ("ahima", {"CCS", "CCS-P", "CCA"})],
)
def test_credentials_of_one_body(body: str, codes: set[str]) -> None:
    """credentials(body) lists that body's credentials and no other body's."""
    found = cc.credentials(body)
    assert {c.code for c in found} >= codes
    assert {c.body for c in found} == {cc.issuing_body(body)}


@pytest.mark.parametrize("code", ["AAPC", "aapc", " Aapc ", cc.AAPC])
def test_issuing_body_lookup(code: str | cc.IssuingBody) -> None:
    """issuing_body() finds a body by code in any case, or by the object itself."""
    assert cc.issuing_body(code) is cc.AAPC


@pytest.mark.parametrize(
    "code", ["AMA", "", cc.IssuingBody("AAPC", "Another AAPC")], ids=["AMA", "empty", "foreign"]
)
def test_unknown_issuing_body(code: str | cc.IssuingBody) -> None:
    """An unknown body is an UnknownBodyError listing the known bodies."""
    with pytest.raises(
        cc.UnknownBodyError, match="known: AAPC, ACDIS, AHIMA, AIHC, AMBA, BMSC, NHA, PAHCOM"
    ):
        cc.issuing_body(code)


@pytest.mark.parametrize(("code", "current"), [("CPC-H", cc.COC), ("COC", cc.COC), ("CPC", cc.CPC)])
def test_current_form(code: str, current: cc.Credential) -> None:
    """A renamed credential's current form is its successor; others are their own."""
    assert cc.default_rulebook().current_form(code) is current


def test_default_rulebook_is_read_once() -> None:
    """default_rulebook() returns the same object every time."""
    assert cc.default_rulebook() is cc.default_rulebook()


# --- Building a Rulebook directly -------------------------------------------------------


def _rulebook(**overrides: object) -> cc.Rulebook:
    fields: dict[str, object] = {"bodies": (cc.AAPC,), "credentials": (), "tier_tables": ()}
    fields.update(overrides)
    return cc.Rulebook(**fields)  # type: ignore[arg-type]


def test_rulebook_credential_of_undefined_body() -> None:
    """A credential of a body the rule book does not define is refused."""
    with pytest.raises(cc.RulebookError, match="CCS names issuing body AHIMA") as caught:
        _rulebook(credentials=(cc.CCS,))
    assert caught.value.entry == "credentials[0].body"


def test_rulebook_table_of_undefined_body() -> None:
    """A tier table of a body the rule book does not define is refused."""
    table = cc.load_rulebook(BOOK_PATH).tier_table("AHIMA", on="2020-01-01")
    with pytest.raises(cc.RulebookError, match="names issuing body AHIMA") as caught:
        _rulebook(tier_tables=(table,))
    assert "ahima-2019" in str(caught.value)


def test_rule_in_force_none() -> None:
    """Asking for a rule among none is a NoRuleInForceError naming the body."""
    with pytest.raises(cc.NoRuleInForceError, match="no AAPC rule"):
        _rulebook().rule_in_force((), cc.AAPC, dt.date(2020, 1, 1))


def test_rule_in_force_skips_other_bodies_and_dates() -> None:
    """rule_in_force picks the body's rule in force that day among all the rules."""
    found = cc.default_rulebook().rule_in_force(
        cc.default_rulebook().lapse_rules, cc.AHIMA, dt.date(2022, 1, 1)
    )
    assert (found.body, found.in_force_on(dt.date(2022, 1, 1))) == (cc.AHIMA, True)


def test_rulebook_body_without_tables() -> None:
    """Asking for the table of a body with no tables is a NoRuleInForceError."""
    with pytest.raises(cc.NoRuleInForceError, match="no tier table for AAPC"):
        _rulebook().tier_table("AAPC", on="2020-01-01")


@pytest.mark.parametrize(
    ("field", "value"),
    [("bodies", ["AAPC"]), ("credentials", [None]), ("tier_tables", "x"), ("path", "rules.toml")],
)
def test_rulebook_field_types(field: str, value: object) -> None:
    """A Rulebook's fields are checked: tuples of the right objects, and a Path."""
    with pytest.raises(cc.InvalidTypeError, match=f"Rulebook.{field}"):
        _rulebook(**{field: value})


def test_rulebook_lists_become_tuples() -> None:
    """Lists given to a Rulebook are stored as tuples."""
    assert _rulebook(bodies=[cc.AAPC]).bodies == (cc.AAPC,)


# --- load_rulebook: good files -----------------------------------------------------------


def test_shipped_file_loads_equal_to_default(tmp_path: Path) -> None:
    """The shipped file read with load_rulebook equals the default rule book (path aside)."""
    book = cc.load_rulebook(write(tmp_path, SHIPPED_TEXT))
    assert book == cc.default_rulebook()
    assert book.path == tmp_path / "rules.toml"


def test_load_rulebook_accepts_a_str_path(tmp_path: Path) -> None:
    """load_rulebook() takes a str as well as a Path."""
    assert cc.load_rulebook(str(write(tmp_path, SHIPPED_TEXT))).path == tmp_path / "rules.toml"


def test_stricter_employer_table(tmp_path: Path) -> None:
    """A user rule book with a stricter table is used by ceu_requirements(rulebook=...)."""
    text = mutated(TIER_36, '{ min = 1, max = 1, units = "40" }', 'edition = "aapc-2015"')
    book = cc.load_rulebook(write(tmp_path, text))
    (aapc,) = cc.ceu_requirements(["CPC"], on="2025-01-01", rulebook=book)
    assert aapc.units == Decimal(40)


def test_user_rulebook_with_rename_date(tmp_path: Path) -> None:
    """A user rule book may record the date of a rename."""
    text = mutated('successor = "COC"\n', 'successor = "COC"\nrenamed_on = 2014-01-01\n', CPC_H)
    book = cc.load_rulebook(write(tmp_path, text))
    assert book.credential("CPC-H").renamed_on == dt.date(2014, 1, 1)


def test_gap_between_editions(tmp_path: Path) -> None:
    """A gap between two editions of one rule is refused at load, naming both entries."""
    text = mutated("superseded_on = 2015-08-31", "superseded_on = 2015-01-01", A12)
    with pytest.raises(cc.RulebookError) as caught:
        cc.load_rulebook(write(tmp_path, text))
    message = str(caught.value)
    assert table("aapc-2012") in message
    assert f"{table('aapc-2015')}: " in message
    assert "leaves a gap before" in message


def test_an_edition_without_an_end_ends_when_the_next_begins(tmp_path: Path) -> None:
    """Leaving out superseded_on, an edition ends the day the next edition takes effect."""
    text = mutated("superseded_on = 2015-08-31\n", "", A12)
    book = cc.load_rulebook(write(tmp_path, text))
    assert book.edition("aapc-2012").superseded_on == dt.date(2015, 8, 31)
    assert book.tier_table("AAPC", on="2015-08-30").edition == "aapc-2012"
    assert book.tier_table("AAPC", on="2015-08-31").edition == "aapc-2015"


# --- load_rulebook: bad files --------------------------------------------------------------

TIER_36 = '{ min = 1, max = 1, units = "36" }'
A15 = 'edition = "aapc-2015"'
A12 = 'edition = "aapc-2012"'
H19 = 'edition = "ahima-2019"'
CPC = 'code = "CPC"\n'
CPC_H = 'code = "CPC-H"\n'
COC = 'code = "COC"\n'
CCS = 'code = "CCS"\n'
T15 = table("aapc-2015")

BAD_FILES = {
    # Each case: the section to edit, the text replaced, its replacement,
    # the entry the error must name and a part of its message.
    "missing edition": (A15, f"{A15}\n", "", T15, "missing 'edition'"),
    "missing title": (
        CCS,
        'title = "Certified Coding Specialist"\n',
        "",
        cred("CCS"),
        "missing 'title'",
    ),
    "missing body name": (
        None,
        'name = "American Academy of Professional Coders"\n',
        "",
        "bodies[0]",
        "missing 'name'",
    ),
    "tiers misspelt": (A15, "tiers = [", "rows = [", T15, "unexpected keys ['rows']"),
    "unknown credential key": (
        '[[credentials]]\ncode = "COC"',
        'title = "Certified Outpatient Coder"\n',
        'title = "Certified Outpatient Coder"\nfocuss = "inpatient"\n',
        "credentials[",
        "unexpected keys ['focuss']",
    ),
    "missing source title": (
        "[sources.aapc-coc]",
        'title = "AAPC: COC certification"\n',
        "",
        "sources.aapc-coc",
        "missing 'title'",
    ),
    "float units": (
        A15,
        TIER_36,
        "{ min = 1, max = 1, units = 36.0 }",
        T15 + ".tiers[0].units",
        "float",
    ),
    "units not a number": (A15, 'units = "40"', 'units = "forty"', T15 + ".tiers[1]", "a number"),
    "missing units": (A15, TIER_36, "{ min = 1, max = 1 }", T15 + ".tiers[0]", "units"),
    "missing min": (
        A15,
        TIER_36,
        '{ max = 1, units = "36" }',
        T15 + ".tiers[0]",
        "min_credentials",
    ),
    "extra tier key": (
        A15,
        TIER_36,
        '{ min = 1, max = 1, units = "36", note = "x" }',
        T15 + ".tiers[0]",
        "unexpected keys",
    ),
    "tier not a table": (A15, TIER_36, '"36"', T15 + ".tiers[0]", "expected a table"),
    "decreasing units": (A15, 'units = "40"', 'units = "30"', T15, "never decrease"),
    "zero cycle": (
        A15,
        "cycle_years = 2",
        "cycle_years = 0",
        T15 + ".cycle_years",
        "whole number of years",
    ),
    "string cycle": (
        A15,
        "cycle_years = 2",
        'cycle_years = "2"',
        T15 + ".cycle_years",
        "whole number of years",
    ),
    "bool cycle": (
        A15,
        "cycle_years = 2",
        "cycle_years = true",
        T15 + ".cycle_years",
        "whole number of years",
    ),
    "quoted date": (
        A15,
        "effective_from = 2015-08-31",
        'effective_from = "2015-08-31"',
        T15 + ".effective_from",
        "bare TOML date",
    ),
    "date and time": (
        A15,
        "effective_from = 2015-08-31",
        "effective_from = 2015-08-31T00:00:00",
        T15 + ".effective_from",
        "no time",
    ),
    "missing effective date": (
        A15,
        "effective_from = 2015-08-31\n",
        "",
        T15,
        "missing 'effective_from'",
    ),
    "unknown source id": (
        CPC,
        "sources = [",
        'sources = ["aapc-cpx", ',
        cred("CPC") + ".sources[0]",
        "unknown source 'aapc-cpx'",
    ),
    "no sources": (
        None,
        'sources = ["seed", "aapc-maintain"]',
        "sources = []",
        "bodies[0]",
        "must cite at least one source",
    ),
    "unknown credential body": (
        CPC,
        'body = "AAPC"',
        'body = "AAPX"',
        cred("CPC") + ".body",
        "expected one of 'AAPC', 'AHIMA'",
    ),
    "unknown table body": (
        H19,
        'body = "AHIMA"',
        'body = "AHIMX"',
        table("ahima-2019") + ".body",
        "got 'AHIMX'",
    ),
    "bad setting": (
        CPC,
        'setting = "professional"',
        'setting = "office"',
        cred("CPC") + ".setting",
        "'professional', 'facility'",
    ),
    "bad flag": (
        CPC_H,
        "renamed_on_confirmed = false",
        'renamed_on_confirmed = "no"',
        cred("CPC-H") + ".renamed_on_confirmed",
        "true or false",
    ),
    "empty alias": (
        COC,
        'aliases = ["Certified Outpatient Coding"]',
        'aliases = [""]',
        cred("COC") + ".aliases[0]",
        "non-empty string",
    ),
    "aliases not an array": (
        COC,
        'aliases = ["Certified Outpatient Coding"]',
        'aliases = "COC"',
        cred("COC") + ".aliases",
        "expected an array",
    ),
    "title not text": (
        CPC,
        'title = "Certified Professional Coder"\n',
        "title = 5\n",
        cred("CPC") + ".title",
        "non-empty string",
    ),
    "lower-case code": (None, CPC, 'code = "cpc"\n', cred("CPC"), "upper-case"),
    "bad url": ("[sources.aapc-coc]", 'url = "https://', 'url = "www.', "sources.aapc-coc", "http"),
    "duplicate body": (None, 'code = "AHIMA"', 'code = "AAPC"', "bodies[1].code", "defined twice"),
    "overlapping editions": (
        A12,
        "superseded_on = 2015-08-31",
        "superseded_on = 2015-09-30",
        "tier_tables",
        "overlap",
    ),
    "edition ends before the next": (
        A12,
        "superseded_on = 2015-08-31",
        "superseded_on = 2015-08-01",
        "tier_tables",
        "leaves a gap before",
    ),
    "duplicate edition": (None, A15, A12, "tier_tables", "'aapc-2012' is defined twice"),
    "superseded before effective": (
        A12,
        "superseded_on = 2015-08-31",
        "superseded_on = 2007-01-01",
        table("aapc-2012"),
        "must be after effective_from",
    ),
    "successor loop": (
        None,
        COC,
        f'{COC}successor = "CPC-H"\n',
        cred("CPC-H") + ".successor",
        "renamed in a loop",
    ),
    "unknown successor": (
        CPC_H,
        'successor = "COC"',
        'successor = "XYZ"',
        cred("CPC-H") + ".successor",
        "successor 'XYZ'",
    ),
    "successor of another body": (
        CPC_H,
        'successor = "COC"',
        'successor = "CCS"',
        cred("CPC-H") + ".successor",
        "not a AAPC credential",
    ),
    "aliases collide": (
        COC,
        'aliases = ["Certified Outpatient Coding"]',
        'aliases = ["cpc h"]',
        cred("COC"),
        "reads the same as CPC-H",
    ),
    "float rule units": (
        'name = "aapc-cpma-auditing-16"',
        'units = "16"',
        "units = 16.0",
        rule("minimums", "aapc-cpma-auditing-16") + ".units",
        "float",
    ),
    "rule count not whole": (
        'name = "ahima-inactive-then-revoked"',
        "inactive_days = 180",
        'inactive_days = "180"',
        rule("lapse_rules", "ahima-inactive-then-revoked") + ".inactive_days",
        "whole number",
    ),
    "unexpected rule key": (
        'name = "aapc-renewal-date"',
        'anchor = "',
        'colour = "red"\nanchor = "',
        rule("cycle_rules", "aapc-renewal-date"),
        "unexpected keys ['colour']",
    ),
    "overlapping rules": (
        'name = "ahima-inactive-then-revoked"',
        "effective_from = 2021-01-01",
        "effective_from = 2020-01-01",
        rule("lapse_rules", "ahima-inactive-then-revoked"),
        "overlap",
    ),
    "wrong format version": (
        None,
        "\nformat = 1\n",
        "\nformat = 3\n",
        "format",
        "expected format = 2 (or 1, still read), got 3",
    ),
    "missing format": (None, "\nformat = 1\n", "\n", "format", "got None"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_rulebook_names_file_and_entry(tmp_path: Path, case: str) -> None:
    """A bad rule book raises RulebookError naming the file, the entry and what was expected."""
    section, old, new, entry, message = BAD_FILES[case]
    path = write(tmp_path, mutated(old, new, section))
    with pytest.raises(cc.RulebookError) as caught:
        cc.load_rulebook(path)
    found = [text for where, text in caught.value.problems if (where or "").startswith(entry)]
    assert any(message in text for text in found), caught.value.problems
    assert str(caught.value).startswith(f"{path}")
    assert f"{entry}" in str(caught.value)
    assert caught.value.path == path


@pytest.mark.parametrize(
    ("text", "entry", "message"),
    [
        ("format = 1\nsources = 5\n", "sources", "expected a table"),
        ("format = 1\n[sources]\nseed = 5\n", "sources.seed", "expected a table"),
        ("format = 1\n", "bodies", "missing 'bodies'"),
        ("format = 1\nbodies = {}\n", "bodies.bodies", "expected an array"),
        ("format = 1\nbodies = [1]\n", "bodies[0]", "expected a table"),
        ("format = 1\nbodies = []\n", "credentials", "missing 'credentials'"),
        ("format = 1\nbodies = []\ncredentials = []\n", "tier_tables", "missing 'tier_tables'"),
    ],
)
def test_bad_rulebook_structure(tmp_path: Path, text: str, entry: str, message: str) -> None:
    """A file with the wrong structure names the entry where it goes wrong."""
    path = write(tmp_path, text)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert caught.value.entry == entry


def test_empty_rulebook_is_valid(tmp_path: Path) -> None:
    """A rule book with no bodies, credentials or tables is valid, and knows nothing."""
    path = write(tmp_path, "format = 1\nbodies = []\ncredentials = []\ntier_tables = []\n")
    with pytest.raises(cc.UnknownCredentialError):
        cc.load_rulebook(path).credential("CPC")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"format = 1\n# \xff\xfe not UTF-8\n", "not UTF-8"),
        (b"format = = 1\n", "not valid TOML"),
        (b"[[bodies]\n", "not valid TOML"),
    ],
    ids=["non-utf8", "bad-toml-value", "bad-toml-header"],
)
def test_unreadable_rulebook(tmp_path: Path, content: bytes, message: str) -> None:
    """A file that is not UTF-8 TOML raises RulebookError naming the file."""
    path = write(tmp_path, content)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_missing_rulebook_file(tmp_path: Path) -> None:
    """A missing file raises RulebookError naming it."""
    path = tmp_path / "nowhere.toml"
    with pytest.raises(cc.RulebookError, match="cannot read the file") as caught:
        cc.load_rulebook(path)
    assert str(path) in str(caught.value)


def test_rulebook_path_is_a_directory(tmp_path: Path) -> None:
    """A directory is not a rule book."""
    with pytest.raises(cc.RulebookError, match="cannot read the file"):
        cc.load_rulebook(tmp_path)


def test_rulebook_error_is_a_value_error(tmp_path: Path) -> None:
    """RulebookError is an InvalidValueError, so a ValueError too."""
    with pytest.raises(ValueError, match="not valid TOML"):
        cc.load_rulebook(write(tmp_path, "= 1"))


@pytest.mark.parametrize(
    ("path", "entry", "text"),
    [
        (None, None, "the shipped rule book: bad"),
        (None, "bodies[0]", "the shipped rule book, bodies[0]: bad"),
        (Path("x.toml"), "format", "x.toml, format: bad"),
    ],
)
def test_rulebook_error_message(path: Path | None, entry: str | None, text: str) -> None:
    """A RulebookError reads 'where, entry: message'; the shipped book is named as such."""
    assert str(cc.RulebookError("bad", path=path, entry=entry)) == text


def test_cycle_years_from_file(tmp_path: Path) -> None:
    """cycle_years in a file becomes the table's cycle."""
    text = mutated("cycle_years = 2", "cycle_years = 3", A15)
    book = cc.load_rulebook(write(tmp_path, text))
    assert book.edition("aapc-2015").cycle == relativedelta(years=3)


# --- load_rulebook: hostile files and absurd values -----------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format = 1\nx = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
        ("format = 1\nx = " + "{a = " * 3_000 + "1" + "}" * 3_000 + "\n", "nested too deeply"),
        ("format = 1\nx = " + "9" * 5_000 + "\n", "thousands of digits"),
    ],
    ids=["deep-arrays", "deep-tables", "5000-digit-integer"],
)
def test_hostile_toml_is_a_rulebook_error(tmp_path: Path, text: str, message: str) -> None:
    """Deep nesting and huge integers give a RulebookError naming the file, not a traceback."""
    path = write(tmp_path, text)
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "sys." not in str(caught.value)  # the user's words, not Python's


@pytest.mark.parametrize(
    ("section", "old", "new", "entry", "message"),
    [
        (A15, '{ min = 5, units = "52" }', '{ min = 5, units = "1e27" }', "tiers[4]", "at most"),
        (A15, "cycle_years = 2", "cycle_years = 100000", "cycle_years", "from 1 to"),
        (
            'name = "aapc-revoked-after-90-days"',
            "days = 30, active",
            "days = 3000000, active",
            "lapse_rules[0]",
            "from 0 to 3660",
        ),
        (
            'name = "ahima-inactive-then-revoked"',
            "inactive_days = 180",
            f"inactive_days = {2**63}",
            "lapse_rules[2]",
            "from 0 to 3660",
        ),
        (
            'name = "ahima-3-month-grace"',
            "grace_months = 3",
            "grace_months = 100000",
            "lapse_rules[1]",
            "from 0 to 120",
        ),
        (
            'name = "aapc-cpma-auditing-16"',
            'units = "16"',
            'units = "1e27"',
            "minimums[",
            "at most 1000",
        ),
    ],
    ids=["units-1e27", "cycle-years", "grace-days", "inactive-2-63", "grace-months", "minimum"],
)
def test_absurd_values_are_refused_when_the_book_loads(  # noqa: PLR0917 -- one per column
    tmp_path: Path, section: str, old: str, new: str, entry: str, message: str
) -> None:
    """Values no body could mean are refused with their bounds at load, not in assess()."""
    path = write(tmp_path, mutated(old, new, section))
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(path)
    assert caught.value.entry is not None
    assert entry in caught.value.entry


def test_bounds_still_admit_the_largest_sensible_values(tmp_path: Path) -> None:
    """The bounds themselves are accepted: 1000 CEUs, ten years of grace."""
    text = mutated('{ min = 5, units = "52" }', '{ min = 5, units = "1000" }', A15)
    text = text.replace("days = 60, active", "days = 3630, active")
    book = cc.load_rulebook(write(tmp_path, text))
    assert book.edition("aapc-2015").max_units == Decimal(1000)
    assert sum(phase.days for phase in book.lapse_rules[0].phases) == 3660


# --- A body the library has never seen; the book checked as a whole ----------------------

NHA_RULES = Path(__file__).resolve().parent.parent / "docs" / "examples" / "nha-rules.toml"


def _nha_book() -> cc.Rulebook:
    return cc.load_rulebook(NHA_RULES)


def test_new_body_gives_requirements_from_its_own_book() -> None:
    """A user's book adds a body and a credential; requirements come from it, no code change."""
    book = _nha_book()
    (requirement,) = cc.ceu_requirements(["cbcs"], on="2026-01-01", rulebook=book)
    assert (requirement.body.code, requirement.units) == ("NHA", Decimal(10))
    with pytest.raises(cc.UnknownCredentialError):
        book.credential("CPC")  # the user's book stands alone: the shipped book is not merged


def test_new_body_holder_built_from_codes_is_assessed_with_the_book() -> None:
    """A holder built from codes is resolved against the rule book it is assessed with."""
    book = _nha_book()
    (body,) = book.bodies
    (credential,) = book.credentials
    holder = cc.Holder("N1", [(credential.code, "2022-03-01")])
    log = [cc.CeuActivity("2023-01-10", "9.5", "other", "Billing update", holder_id="N1")]
    (assessment,) = cc.assess(holder, log, as_of="2024-01-01", rulebook=book).assessments
    assert (assessment.body, assessment.standing) == (body, cc.Standing.ON_TRACK)
    assert (assessment.cycle.start, assessment.due) == (dt.date(2022, 3, 1), dt.date(2024, 2, 29))
    (grace,) = cc.assess(holder, log, as_of="2024-03-15", rulebook=book).assessments
    assert (grace.standing, grace.standing_until) == (cc.Standing.GRACE, dt.date(2024, 3, 30))
    (lapsed,) = cc.assess(holder, log, as_of="2024-04-01", rulebook=book).assessments
    assert lapsed.standing is cc.Standing.LAPSED
    (roster,) = cc.assess_roster([holder], log, as_of="2024-01-01", rulebook=book)
    assert roster.assessments == (assessment,)


def test_holder_of_codes_assessed_with_a_book_that_lacks_one() -> None:
    """A code the book assessed with does not know is named with the holder, not 'no rule'."""
    holder = cc.Holder("N1", [("CMAA", "2022-03-01")])  # NHA's, not in the shipped book
    with pytest.raises(
        cc.UnknownCredentialError, match="holder 'N1': unknown credential code 'CMAA'"
    ):
        cc.assess(holder, as_of="2024-01-01")


def _own_cpc_book(tmp_path: Path) -> cc.Rulebook:
    """The shipped book with CPC defined otherwise (facility, designated CPC-X), and ZZC added.

    ZZC (designated ZZC-A) is a code the shipped book does not know.
    """
    cpc = (
        'code = "CPC"\ntitle = "Certified Professional Coder"\nbody = "AAPC"\n'
        'setting = "professional"'
    )
    assert cpc in SHIPPED_TEXT
    text = SHIPPED_TEXT.replace(
        cpc, cpc.replace("professional", "facility").replace("Coder", "Coder (ours)"), 1
    ).replace('apprentice = "CPC-A"', 'apprentice = "CPC-X"', 1)
    own = (
        '[[credentials]]\ncode = "ZZC"\ntitle = "Our own coder credential"\nbody = "AAPC"\n'
        'apprentice = "ZZC-A"\nsources = ["seed"]\n\n'
    )
    text = text.replace("[[credentials]]\n", own + "[[credentials]]\n", 1)
    (tmp_path / "own.toml").write_text(text, encoding="utf-8")
    return cc.load_rulebook(tmp_path / "own.toml")


def test_holders_of_codes_get_every_credential_from_the_book_assessed_with(
    tmp_path: Path,
) -> None:
    """Nothing of a report built from codes comes from the shipped book (the rule-model issue).

    A code both books define otherwise (CPC: facility here, designated CPC-X) and a code only
    the user's book knows (ZZC-A): the report's holder, its assessments, records, notes,
    explanation, table and its round trip through from_dict all hold the user's credentials.
    """
    mine = _own_cpc_book(tmp_path)
    shipped = cc.default_rulebook()
    assert mine.credential("CPC") != shipped.credential("CPC")
    roster = [
        cc.Holder("E1", [("CPC-X", "2020-01-01"), ("ZZC-A", "2030-01-01")]),
        cc.Holder("E2", [("zzc-a", "2021-06-01")]),
    ]
    reports = cc.assess_roster(roster, as_of="2024-07-01", rulebook=mine)
    for holder, report in zip(roster, reports, strict=True):
        assert report == cc.assess(holder, as_of="2024-07-01", rulebook=mine)
        held = [*report.holder.credentials, *(h for a in report.assessments for h in a.credentials)]
        assert all(h.credential is mine.credential(h.code) for h in held)
        back = cc.from_dict(cc.ComplianceReport, cc.to_dict(report), rulebook=mine)
        assert all(h.credential is mine.credential(h.code) for h in back.holder.credentials)
    e1, e2 = reports
    assert e1.holder.credentials[0].credential.setting is cc.Setting.FACILITY
    assert [(r["holder_id"], r["apprentice"]) for r in reports.to_records()] == [
        ("E1", "CPC-X"),
        ("E2", "ZZC-A"),
    ]
    assert e1.notes == (
        "ZZC-A is dated 2030-01-01, after 2024-07-01: not held yet, so not assessed.",
    )
    assert "CPC-X (CPC held as an apprentice" in e1.explain()
    assert "ZZC-A (ZZC held as an apprentice" in e2.explain()
    assert list(reports.to_pandas()["credentials"]) == ["CPC-X", "ZZC-A"]


def test_a_holding_read_outside_an_assessment_is_the_shipped_books(tmp_path: Path) -> None:
    """Documented: a holding of a code, read outside an assessment, asks the shipped book.

    resolve(book) gives the book's; the shipped book's CPC object itself, given to a holder
    assessed with a book that defines CPC otherwise, is refused in words, never used.
    """
    mine = _own_cpc_book(tmp_path)
    held = cc.HeldCredential("CPC", "2020-01-01")
    assert held.credential is cc.CPC
    assert held.resolve(mine).credential is mine.credential("CPC")
    with pytest.raises(cc.UnknownCredentialError, match="'ZZC-A'"):
        cc.HeldCredential("ZZC-A", "2020-01-01").apprentice  # noqa: B018 -- the shipped book's
    assert cc.HeldCredential("ZZC-A", "2020-01-01").resolve(mine).designation == "ZZC-A"
    holder = cc.Holder("E1", [cc.HeldCredential(cc.CPC, "2020-01-01")])
    with pytest.raises(cc.UnknownCredentialError) as caught:
        cc.assess(holder, as_of="2024-07-01", rulebook=mine)
    assert str(caught.value) == (
        "holder 'E1': the credential CPC given is another rule book's: this rule book's CPC "
        "differs from it; give the code ('CPC') to use this rule book's"
    )
    assert caught.value.differs
    again = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 -- our own data
    assert (str(again), again.differs) == (str(caught.value), True)


def test_new_body_through_the_command(tmp_path: Path) -> None:
    """The command assesses a roster of the new body with --rulebook and reports it."""
    import subprocess  # noqa: PLC0415 -- only this test runs the command
    import sys  # noqa: PLC0415

    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,credentials\nN1,Nia,CBCS:2022-03-01\n", encoding="utf-8")
    log = tmp_path / "ceus.csv"
    log.write_text(
        "holder_id,completed_on,units,kind,title\nN1,2023-01-10,9.5,other,Billing update\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "coding_certs", "--rulebook", str(NHA_RULES), "assess"]
    done = subprocess.run(  # noqa: S603 -- our own command, with arguments we built
        [
            *command,
            "--holders",
            str(roster),
            "--activities",
            str(log),
            "--as-of",
            "2024-01-01",
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "NHA" in done.stdout
    assert "on-track" in done.stdout
    assert "2024-02-29" in done.stdout


@pytest.mark.parametrize(
    ("section", "noun"),
    [("[[cycle_rules]]", "cycle rule"), ("[[lapse_rules]]", "unmet-cycle rule")],
)
def test_body_without_a_rule_is_refused_naming_it(tmp_path: Path, section: str, noun: str) -> None:
    """A body with no cycle (or unmet-cycle) rule is refused when the book loads, by name."""
    text = NHA_RULES.read_text(encoding="utf-8")
    start = text.index(section)
    end = text.index("\n[", start + 1)
    path = write(tmp_path, text[:start] + text[end + 1 :])
    with pytest.raises(cc.RulebookError, match=f"NHA has no {noun}") as caught:
        cc.load_rulebook(path)
    assert caught.value.entry == "bodies[0]"


def test_body_without_a_requirement_is_refused(tmp_path: Path) -> None:
    """A body with credentials and no requirement is refused, naming the body."""
    text = NHA_RULES.read_text(encoding="utf-8")
    start = text.index("[[requirements]]")
    end = text.index("\n[", start + 1)
    text = text[:start] + text[end + 1 :]
    path = write(tmp_path, text.replace("format = 2\n", "format = 2\nrequirements = []\n"))
    with pytest.raises(cc.RulebookError, match="NHA has credentials but no requirement"):
        cc.load_rulebook(path)


def test_rules_must_cover_every_day_the_requirements_do(tmp_path: Path) -> None:
    """A cycle rule that starts after the requirement leaves a gap, named with its days."""
    text = NHA_RULES.read_text(encoding="utf-8").replace(
        "years = 2\neffective_from = 2015-01-01",
        "years = 2\neffective_from = 2016-01-01",
    )
    with pytest.raises(
        cc.RulebookError, match="NHA has no cycle rule from 2015-01-01 to 2015-12-31"
    ):
        cc.load_rulebook(write(tmp_path, text))


def test_every_problem_comes_back_at_once(tmp_path: Path) -> None:
    """Problems in several entries are reported together, each with its path."""
    text = mutated('title = "Certified Coding Specialist"\n', "title = 5\n", CCS)
    text = text.replace(
        'body = "AAPC"\nsetting = "professional"\nfocus = "outpatient"\nexam',
        'body = "APPC"\nsetting = "professional"\nfocus = "outpatient"\nexam',
        1,
    )
    text = text.replace("days = 30, active", "days = -1, active")
    with pytest.raises(cc.RulebookError, match="3 problems") as caught:
        cc.load_rulebook(write(tmp_path, text))
    entries = [entry for entry, _ in caught.value.problems]
    assert entries == [
        cred("CPC") + ".body",
        cred("CCS") + ".title",
        rule("lapse_rules", "aapc-revoked-after-90-days") + ".phases[0]",
    ]
    for entry in entries:
        assert f"\n  {entry}: " in str(caught.value)


# --- Format 2: requirement kinds, cycle length on the cycle rule -----------------------------

V2_HEAD = NHA_RULES.read_text(encoding="utf-8")


def _with_requirement(tmp_path: Path, requirement: str, *, years: int = 2) -> Path:
    """The NHA example with its requirement replaced and its cycle length set."""
    start = V2_HEAD.index("[[requirements]]")
    end = V2_HEAD.index("\n[", start + 1)
    text = V2_HEAD[:start] + requirement + V2_HEAD[end:]
    return write(tmp_path, text.replace("years = 2", f"years = {years}"))


KIND_ENTRIES = {
    "tiered": (
        'kind = "tiered"\ntiers = [{ min = 1, max = 1, units = "10" }, { min = 2, units = "15" }]'
    ),
    "highest-plus": 'kind = "highest-plus"\nincrement = "5"\ncap = "20"\nunits = { CBCS = "12" }',
    "per-credential": 'kind = "per-credential"\nshared = false\nunits = { CBCS = "7" }',
    "flat": 'kind = "flat"\nunits = "9"',
}
KIND_UNITS = {"tiered": 10, "highest-plus": 12, "per-credential": 7, "flat": 9}


@pytest.mark.parametrize("kind", KIND_ENTRIES)
def test_format_2_reads_every_requirement_kind(tmp_path: Path, kind: str) -> None:
    """Each kind's keys in [[requirements]] give its requirement."""
    entry = (
        f'[[requirements]]\nbody = "NHA"\nedition = "nha-{kind}"\ntitle = "NHA, {kind}"\n'
        f'effective_from = 2015-01-01\nsources = ["nha-ce"]\n{KIND_ENTRIES[kind]}\n'
    )
    book = cc.load_rulebook(_with_requirement(tmp_path, entry))
    (rule,) = book.requirements
    assert (rule.kind, rule.edition) == (kind, f"nha-{kind}")
    (requirement,) = cc.ceu_requirements(["CBCS"], on="2020-01-01", rulebook=book)
    assert requirement.units == KIND_UNITS[kind]
    assert requirement.cycle_text == "2 years"


def test_format_2_cycle_length_is_the_cycle_rules(tmp_path: Path) -> None:
    """A one-year cycle rule makes one-year cycles, whatever the requirement's kind."""
    entry = V2_HEAD[V2_HEAD.index("[[requirements]]") : V2_HEAD.index("\n[[cycle_rules]]")]
    book = cc.load_rulebook(_with_requirement(tmp_path, entry, years=1))
    holder = cc.Holder("N1", [("CBCS", "2022-03-01")])
    (assessment,) = cc.assess(holder, as_of="2022-06-01", rulebook=book).assessments
    assert assessment.due == dt.date(2023, 2, 28)
    (requirement,) = cc.ceu_requirements(["CBCS"], on="2022-06-01", rulebook=book)
    assert requirement.cycle_text == "year"  # "CEUs every year"


@pytest.mark.parametrize(
    ("old", "new", "entry", "message"),
    [
        ("years = 2\n", "", "cycle_rules[0]", "missing 'years'"),
        ('kind = "flat"', 'kind = "tier"', "requirements[0].kind", "expected one of"),
        ('units = "10"', "units = 10.5", "requirements[0].units", "float"),
        ('units = "10"', 'units = "10"\ncap = "5"', "requirements[0]", "unexpected keys ['cap']"),
        ('units = "10"\n', "", "requirements[0]", "missing 'units'"),
        ("format = 2\n", "format = 1\n", "requirements", "needs format = 2"),
        (
            "format = 2\n",
            "format = 2\ntier_tables = []\n",
            "tier_tables",
            'kind = "tiered"',
        ),
    ],
)
def test_format_2_mistakes(tmp_path: Path, old: str, new: str, entry: str, message: str) -> None:
    """Format-2 entries are checked like the others, with their paths."""
    path = write(tmp_path, V2_HEAD.replace(old, new, 1))
    with pytest.raises(cc.RulebookError) as caught:
        cc.load_rulebook(path)
    assert any(where == entry and message in text for where, text in caught.value.problems), (
        caught.value.problems
    )


def test_format_1_still_loads_with_the_cycle_on_its_tables() -> None:
    """A format-1 book keeps its two-year cycles from its tier tables."""
    book = cc.load_rulebook(BOOK_PATH)
    assert all(rule.years is None for rule in book.cycle_rules)
    assert book.cycle_months("AAPC", dt.date(2025, 1, 1)) == 24
    assert book.edition("ahima-2019").kind == "tiered"


def test_shipped_book_is_format_2_with_the_cycle_on_its_rules() -> None:
    """The shipped book is format 2: each cycle rule gives its length, AHIMA is highest-plus."""
    assert tomllib.loads(SHIPPED_TEXT)["format"] == 2
    book = cc.default_rulebook()
    assert all(rule.years is not None for rule in book.cycle_rules)
    assert book.cycle_months("AHIMA", dt.date(2025, 1, 1)) == 24
    assert book.requirement_edition("ahima-2019").kind == "highest-plus"


# --- After an unmet cycle: named phases ---------------------------------------------------


def _unmet_aapc(as_of: str) -> cc.BodyAssessment:
    """An AAPC holder whose cycle due 2024-03-15 ended with no CEUs."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], renewals={"AAPC": "2021-03-15"})
    (assessment,) = cc.assess(holder, as_of=as_of).assessments
    return assessment


@pytest.mark.parametrize(
    ("as_of", "standing", "phase"),
    [
        ("2025-03-16", cc.Standing.GRACE, "grace"),
        ("2025-04-14", cc.Standing.GRACE, "grace"),
        ("2025-04-15", cc.Standing.GRACE, "late-fee"),
        ("2025-06-13", cc.Standing.GRACE, "late-fee"),
        ("2025-06-14", cc.Standing.LAPSED, "revoked"),
    ],
)
def test_aapc_grace_then_late_fee_then_revoked(
    as_of: str, standing: cc.Standing, phase: str
) -> None:
    """AAPC: 30 days of grace, a late-fee window to day 90 (both active), then revoked."""
    assessment = _unmet_aapc(as_of)
    assert (assessment.standing, assessment.phase) == (standing, phase)
    if standing is cc.Standing.GRACE:
        assert assessment.standing_until == dt.date(2025, 6, 13)  # day 90: the last to fix it
        assert f"now in its {phase} phase" in assessment.explain()


def test_ahima_unmet_cycle_is_inactive_by_phase() -> None:
    """AHIMA since 2021: the phase after an unmet cycle is 'inactive', not grace."""
    holder = cc.Holder("E1", [("CCS", "2021-03-01")])
    (assessment,) = cc.assess(holder, as_of="2023-04-01").assessments
    assert (assessment.standing, assessment.phase) == (cc.Standing.INACTIVE, "inactive")


def test_no_phase_without_an_unmet_cycle() -> None:
    """A holder on track has no phase."""
    holder = cc.Holder("E1", [("CCS", "2024-03-01")])
    (assessment,) = cc.assess(holder, as_of="2024-04-01").assessments
    assert assessment.phase is None


@given(st.integers(0, 24), st.integers(0, 400), st.integers(0, 800), st.integers(-10, 2_000))
def test_older_keys_mean_the_same_phases(
    months: int, grace: int, inactive: int, after: int
) -> None:
    """grace_months/grace_days/inactive_days give the same phases as written out."""
    start = dt.date(2008, 1, 1)
    older = cc.LapseRule(
        body=cc.AAPC,
        name="r",
        effective_from=start,
        grace_months=months,
        grace_days=grace,
        inactive_days=inactive,
    )
    phases = []
    if months or grace:
        phases.append(cc.LapsePhase("grace", grace, True, months))  # noqa: FBT003
    if inactive:
        phases.append(cc.LapsePhase("inactive", inactive, False))  # noqa: FBT003
    newer = (
        cc.LapseRule(body=cc.AAPC, name="r", effective_from=start, phases=phases)
        if phases
        else older
    )
    due = dt.date(2024, 1, 31)
    day = due + dt.timedelta(days=after)
    assert older.phase_on(due, day) == newer.phase_on(due, day)


def test_phases_from_a_file_and_their_mistakes(tmp_path: Path) -> None:
    """Phases are read from TOML; phases with the older keys, or a bad phase, are refused."""
    book = cc.default_rulebook()
    (aapc,) = [r for r in book.lapse_rules if r.body == cc.AAPC]
    assert [(p.name, p.days, p.active) for p in aapc.phases] == [
        ("grace", 30, True),
        ("late-fee", 60, True),
    ]
    both = mutated(
        'judged_by = "cycle-end"',
        'grace_days = 5\njudged_by = "cycle-end"',
        'name = "aapc-revoked-after-90-days"',
    )
    with pytest.raises(cc.RulebookError, match="not both"):
        cc.load_rulebook(write(tmp_path, both))
    bad = BOOK_TEXT.replace(
        '{ name = "late-fee", days = 60, active = true }', '{ name = "late-fee", days = "60" }'
    )
    with pytest.raises(cc.RulebookError, match="expected a whole number") as caught:
        cc.load_rulebook(write(tmp_path, bad))
    assert (
        caught.value.entry == rule("lapse_rules", "aapc-revoked-after-90-days") + ".phases[1].days"
    )


# --- A minimum asked only of a credential held alone (AAPC's CPPM: 36) -------------------

CPMA16 = 'name = "aapc-cpma-auditing-16"'


def test_when_held_alone_is_read_from_the_book(tmp_path: Path) -> None:
    """``when_held_alone = true`` is read onto the minimum; it defaults to false."""
    text = mutated('units = "16"', 'units = "16"\nwhen_held_alone = true', CPMA16)
    book = cc.load_rulebook(write(tmp_path, text))
    by_name = {m.name: m for m in book.minimums}
    assert by_name["aapc-cpma-auditing-16"].when_held_alone is True
    assert not any(m.when_held_alone for n, m in by_name.items() if n != "aapc-cpma-auditing-16")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('units = "16"', 'units = "16"\nwhen_held_alone = "yes"', "expected true or false"),
        ('credential = "CPMA"\n', "when_held_alone = true\n", "needs the credential held alone"),
    ],
    ids=["not-a-flag", "no-credential"],
)
def test_when_held_alone_is_refused_when_wrong(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    """Not true/false, or without the credential it speaks of: refused, naming the entry."""
    with pytest.raises(cc.RulebookError, match=message) as caught:
        cc.load_rulebook(write(tmp_path, mutated(old, new, CPMA16)))
    assert caught.value.entry is not None
    assert "minimums[" in caught.value.entry


def _minimum(**changes: object) -> cc.CategoryMinimum:
    fields: dict[str, object] = {
        "body": cc.AAPC,
        "name": "m",
        "effective_from": dt.date(2008, 1, 1),
        "category": "x",
        "units": "36",
        "credential": "CPPM",
    }
    return cc.CategoryMinimum(**{**fields, **changes})  # type: ignore[arg-type]


def test_when_held_alone_is_validated_on_construction() -> None:
    """The value object itself refuses a non-bool and a missing credential."""
    with pytest.raises(cc.CodingCertsError, match="when_held_alone"):
        _minimum(when_held_alone=1)
    with pytest.raises(cc.CodingCertsError, match="needs the credential"):
        _minimum(credential=None, when_held_alone=True)
    assert _minimum(when_held_alone=True).describe() == "36 CEUs in x for CPPM held alone"
    assert _minimum().describe() == "36 CEUs in x for CPPM"
