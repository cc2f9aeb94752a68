"""The shipped catalogue against the bodies' published facts.

Each test states one published fact and where it was read (the addresses are in the
rule book's ``[sources]``). A value that only a third party supports, or no page at
all, must be listed among the entry's assumptions: those tests read the rule book
itself, so a new entry cannot slip in unmarked.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import coding_certs as cc
from coding_certs._requirements import requirement_for_body
from coding_certs.cli import EXIT_OK, EXIT_USAGE, main

CUTOVER = dt.date(2015, 8, 31)
"""The first day of AAPC's current edition (the date of the earliest copy found)."""

# AAPC's exam FAQ lists these on its business-card question (aapc.com/certification/faq.aspx).
AAPC_EXAM_FAQ_CODES = ("CPC", "COC", "CIC", "CPC-P", "CPB", "CRC", "CPMA", "CPCO", "CPPM", "CDEO")

SPECIALTY_FOUND = ("CASCC", "CEMC", "CGSC", "CPCD", "CHONC", "CCVTC", "CRHC")
"""Specialty credentials named on a page: AAPC's own (CASCC) or a third party's."""
SPECIALTY_UNCONFIRMED = (
    "CCC", "COBGC", "COSC", "CPEDC", "CANPC", "CEDC", "CENTC", "CFPC", "CGIC", "CIMC",
    "CPRC", "CUC",
)  # fmt: skip
"""Specialty credentials commonly listed but found on no stored page."""
SPECIALTIES = SPECIALTY_FOUND + SPECIALTY_UNCONFIRMED

DOCS = Path(__file__).resolve().parent.parent / "docs"

OWN_SITES = {
    "AAPC": ("aapc.com",),
    "AHIMA": ("ahima.org",),
    "NHA": ("nhanow.com",),
    "ACDIS": ("acdis.org", "acdis.static.hcprostage.com"),
    "PAHCOM": ("pahcom.com",),
    "AMBA": ("ambanet.net",),
    "BMSC": ("decisionhealth.com", "medicalspecialtycoding.com"),
    "AIHC": ("aihc-assn.org",),
}
"""The addresses of each body's own pages; anything else is a third party."""


def _own_sources(credential: cc.Credential) -> list[cc.Source]:
    sites = OWN_SITES.get(credential.body.code, ())
    return [s for s in credential.sources if s.url and any(site in s.url for site in sites)]


def _aapc_units(codes: list[str], on: str) -> Decimal:
    (requirement,) = cc.ceu_requirements(codes, on=on)
    assert requirement.body == cc.AAPC
    return requirement.units


def _own_minimums(
    code: str, due: dt.date, start: dt.date | None = None
) -> list[tuple[str, Decimal]]:
    """The minimums of ``code`` (not held alone) in the cycle due on ``due``.

    The cycle begins on ``start``, by default two years before ``due``.
    """
    book = cc.default_rulebook()
    first = start or due.replace(year=due.year - 2) + dt.timedelta(days=1)
    return [
        (m.category, m.units_within(Decimal(36)))
        for m in book.minimums_for(cc.AAPC, first, due)
        if m.credential == code and not m.when_held_alone
    ]


SPANNING = (dt.date(2015, 8, 1), dt.date(2017, 7, 31))
"""A cycle that began under the older table and is due under the current one."""


# --- What the catalogue holds ----------------------------------------------------------


def test_aapc_catalogue_is_complete() -> None:
    """Every AAPC credential of the issue is in the book: core, documentation, specialties."""
    expected = {
        *AAPC_EXAM_FAQ_CODES,
        "CPC-H",
        "CDEI",
        "CIRCC",
        *SPECIALTIES,
    }
    assert {c.code for c in cc.credentials("AAPC")} == expected


def test_aapc_has_at_most_its_22_specialty_credentials() -> None:
    """AAPC says it has 22 specialty credentials; the book carries 19 of them, no more."""
    specialties = [
        c.code for c in cc.credentials("AAPC") if "specialty credentials" in str(c.notes)
    ]
    assert sorted(specialties) == sorted(SPECIALTIES)
    assert len(specialties) <= 22


def test_every_credential_code_is_found_once() -> None:
    """No two entries share a code or an alias, so each code finds exactly one credential."""
    codes = [c.code for c in cc.credentials()]
    assert len(codes) == len(set(codes))
    assert all(cc.credential(code).code == code for code in codes)


@pytest.mark.parametrize("code", ["crhc", "CEMC", "c-a-s-c-c", "Cpb", "CDEI"])
def test_new_codes_resolve_in_any_spelling(code: str) -> None:
    """The new codes resolve like the old ones: case and dashes do not matter."""
    assert cc.credential(code).body == cc.AAPC


def test_crhc_is_rheumatology() -> None:
    """CRHC is the Certified Rheumatology Coder (medcodely), not a rural-health credential."""
    assert cc.credential("CRHC").title == "Certified Rheumatology Coder"


# --- Sources and assumptions --------------------------------------------------------------


def test_every_entry_has_a_source() -> None:
    """Every body, credential, tier table, rule and notice of the shipped book names its sources."""
    book = cc.default_rulebook()
    entries: list[
        cc.IssuingBody
        | cc.Credential
        | cc.CeuTierTable
        | cc.RequirementEdition
        | cc.CycleRule
        | cc.LapseRule
        | cc.CategoryMinimum
        | cc.NoticeRule
    ] = [
        *book.bodies,
        *book.credentials,
        *book.all_requirements,
        *book.cycle_rules,
        *book.lapse_rules,
        *book.minimums,
        *book.notices,
    ]
    assert [entry for entry in entries if not entry.sources] == []


@pytest.mark.parametrize("credential", cc.credentials(), ids=str)
def test_a_credential_without_its_body_s_own_page_is_marked(credential: cc.Credential) -> None:
    """A credential no page of its own body supports lists that among its assumptions."""
    marked = any(
        word in text
        for text in credential.assumptions
        for word in ("third-party", "UNCONFIRMED", "not retrieved", "expansion")
    )
    assert _own_sources(credential) or marked, (credential.sources, credential.assumptions)


@pytest.mark.parametrize("code", SPECIALTY_UNCONFIRMED)
def test_specialties_found_on_no_page_are_unconfirmed(code: str) -> None:
    """A specialty credential found on no page says so in its first assumption."""
    credential = cc.credential(code)
    assert credential.assumptions[0].startswith("UNCONFIRMED:")
    assert _own_sources(credential)  # AAPC's own pages back the specialty rule it follows


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("CPCO", "Certified Professional Compliance Officer"),
        ("CPPM", "Certified Physician Practice Manager"),
        ("CDEO", "Certified Documentation Expert-Outpatient"),
        ("CPMA", "Certified Professional Medical Auditor"),
    ],
)
def test_titles_confirmed_by_aapc_exam_faq_are_not_marked(code: str, title: str) -> None:
    """AAPC's exam FAQ spells these titles; they are no longer the library's expansion."""
    credential = cc.credential(code)
    assert credential.title == title
    assert "AAPC: Certification exam FAQ (later copies)" in [s.title for s in credential.sources]
    assert not any("expansion" in text for text in credential.assumptions)


def test_circc_title_rests_on_a_third_party() -> None:
    """CIRCC's title is spelled out only by a third-party page (Dummies): marked so."""
    circc = cc.credential("CIRCC")
    assert any("dummies.com" in (s.url or "") for s in circc.sources)
    assert any("third-party" in text for text in circc.assumptions)


# --- Requirements per tier (AAPC help pages, both editions) -----------------------------


@pytest.mark.parametrize(
    ("codes", "current", "older"),
    [
        (["CRC"], 36, 36),
        (["CPB"], 36, 36),
        (["CPC", "CRC"], 40, 48),
        (["CPC", "CRC", "CPB"], 44, 60),
        (["CPC", "CRC", "CPB", "CEMC"], 48, 72),
        (["CPC", "CRC", "CPB", "CEMC", "CRHC"], 52, 80),
        (["CPC", "CRC", "CPB", "CEMC", "CRHC", "CDEI", "CASCC"], 52, 80),
    ],
)
def test_new_credentials_count_toward_aapc_s_tier(
    codes: list[str], current: int, older: int
) -> None:
    """Every AAPC credential counts toward one tier: 36/40/44/48/52 now, 36/48/60/72/80 before."""
    assert _aapc_units(codes, on="2026-01-01") == current
    assert _aapc_units(codes, on="2015-08-30") == older
    assert _aapc_units(codes, on="2015-08-31") == current


def test_a_renamed_code_does_not_add_a_tier() -> None:
    """CPC-H and COC are one credential: with CRC that is two credentials, 40 CEUs."""
    assert _aapc_units(["CPC-H", "COC", "CRC"], on="2026-01-01") == 40


# --- Credential-specific minimums -------------------------------------------------------


@pytest.mark.parametrize("code", SPECIALTIES)
def test_each_specialty_minimum_is_16_then_8(code: str) -> None:
    """'16 must be specialty specific' (older page), '8 ...' (current page), per specialty.

    Judged by the due date: a cycle due 2015-08-30 is asked 16, one due 2015-08-31 (the
    copy of that day shows 8) or later is asked 8, though it began under the older page.
    """
    before = _own_minimums(code, CUTOVER - dt.timedelta(days=1))
    on_cutover = _own_minimums(code, CUTOVER)
    spanning = _own_minimums(code, SPANNING[1], start=SPANNING[0])
    assert before == [(code.lower(), Decimal(16))]
    assert on_cutover == spanning == [(code.lower(), Decimal(8))]


@pytest.mark.parametrize(
    ("code", "category", "before", "from_cutover"),
    [
        ("CPMA", "auditing", 24, 16),
        ("CPCO", "compliance", 24, 16),
        ("CPPM", "practice-management", 24, 16),
        ("CIRCC", "interventional-radiology-cardiovascular", 24, 16),
        ("CDEO", "documentation", None, 16),
    ],
)
def test_credential_minimums_on_both_sides_of_the_cutover(
    code: str, category: str, before: int | None, from_cutover: int
) -> None:
    """'If CPMA, 24 must be related to auditing' (older page), 16 (current page); CDEO only now.

    Judged by the due date: a cycle due on 2015-08-30 is asked the older page's numbers; one
    due on 2015-08-31, the day of the first copy showing the current ones, and one that
    began before that day and is due after it are asked the current page's.
    """
    older = _own_minimums(code, CUTOVER - dt.timedelta(days=1))
    current = _own_minimums(code, CUTOVER)
    spanning = _own_minimums(code, SPANNING[1], start=SPANNING[0])
    assert older == ([] if before is None else [(category, Decimal(before))])
    assert current == spanning == [(category, Decimal(from_cutover))]


def _cppm_minimums(codes: list[str], earned: str, as_of: str) -> list[tuple[str, Decimal | None]]:
    """The AAPC minimums a holder of ``codes`` (all earned on ``earned``) is asked on ``as_of``."""
    holder = cc.Holder("E1", [(code, earned) for code in codes], aapc_renewal="2017-03-15")
    assessment = cc.assess(holder, as_of=as_of).for_body("AAPC")
    return [(m.rule.name, m.rule.units) for m in assessment.minimums]


def _cppm_cycle(codes: list[str], start: str, due: str) -> list[tuple[str, Decimal | None]]:
    """The AAPC minimums asked of ``codes`` in a cycle from ``start`` to ``due`` (as placed)."""
    book = cc.default_rulebook()
    held = [book.credential(code) for code in codes]
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(due)
    requirement = requirement_for_body(book, cc.AAPC, held, first, cycle_end=last)
    return [(m.name, m.units) for m in requirement.minimums]


@pytest.mark.parametrize(
    ("start", "due", "alone"),
    [
        ("2012-01-15", "2013-03-15", ("aapc-cppm-alone-36-older", 36)),
        ("2013-08-31", "2015-08-30", ("aapc-cppm-alone-36-older", 36)),  # due the day before
        ("2013-09-01", "2015-08-31", ("aapc-cppm-alone-36-2015", 36)),  # due on the copy's day
        ("2013-09-02", "2015-09-01", ("aapc-cppm-practice-management-16", 16)),  # the day after
        ("2015-08-01", "2017-07-31", ("aapc-cppm-practice-management-16", 16)),  # spans it
        ("2015-08-31", "2017-08-30", ("aapc-cppm-practice-management-16", 16)),
    ],
)
def test_cppm_held_alone_owes_36_while_the_evidence_shows_it(
    start: str, due: str, alone: tuple[str, int]
) -> None:
    """'One Certification: ... If CPPM, 36 must be related to practice management'.

    On AAPC's older page and on the copy of 2015-08-31; the current page asks 16 of
    everyone, from a start that is unconfirmed. Judged by the due date, a CPPM held alone
    owes 36 in a cycle due on or before 2015-08-31, whenever it began, and 16 in one due
    later, even one that began on 2015-08-31 (an assumption of the rule book: no page asks
    36 of a cycle due after that day).
    """
    name, units = alone
    assert _cppm_cycle(["CPPM"], start, due) == [(name, Decimal(units))]


@pytest.mark.parametrize(
    ("earned", "alone"),
    [
        ("2012-01-15", ("aapc-cppm-alone-36-older", 36)),  # first cycle due 2013-03-15
        ("2015-08-30", ("aapc-cppm-practice-management-16", 16)),  # due 2017-03-15
        ("2015-08-31", ("aapc-cppm-practice-management-16", 16)),
    ],
)
def test_an_assessed_cppm_held_alone_is_judged_by_the_due_date(
    earned: str, alone: tuple[str, int]
) -> None:
    """``assess`` asks what the cycle's due date asks: a first cycle due 2017-03-15 owes 16.

    A first cycle begins on the day the credential is earned; one that began on
    2015-08-30 or 2015-08-31 is due 2017-03-15, after the copy of 2015-08-31.
    """
    name, units = alone
    assert _cppm_minimums(["CPPM"], earned, earned) == [(name, Decimal(units))]


@pytest.mark.parametrize(
    ("start", "due", "with_others"),
    [
        ("2012-01-15", "2013-03-15", ("aapc-cppm-practice-management-24", 24)),
        ("2013-08-31", "2015-08-30", ("aapc-cppm-practice-management-24", 24)),
        ("2013-09-01", "2015-08-31", ("aapc-cppm-practice-management-16", 16)),
        ("2015-08-01", "2017-07-31", ("aapc-cppm-practice-management-16", 16)),
    ],
)
def test_cppm_held_with_another_aapc_credential_owes_24_or_16_only(
    start: str, due: str, with_others: tuple[str, int]
) -> None:
    """'*Specific Credential Requirements: ... If CPPM, 24' (older) and 16 (2015 copy, current).

    Judged by the due date: 24 in a cycle due before 2015-08-31, 16 in one due on it or later.
    """
    name, units = with_others
    assert _cppm_cycle(["CPPM", "CPC"], start, due) == [(name, Decimal(units))]


def test_cppm_is_alone_among_its_bodys_credentials_only() -> None:
    """A CPPM who is also an AHIMA CCS holds one AAPC credential: AAPC asks the 36."""
    assert _cppm_minimums(["CPPM", "CCS"], "2014-01-15", "2014-06-01") == [
        ("aapc-cppm-alone-36-older", Decimal(36))
    ]


def test_cppm_held_alone_in_a_full_older_cycle_owes_36_of_its_36() -> None:
    """A full cycle asks the whole 36 practice-management CEUs; 24 of them are not enough."""
    holder = cc.Holder("E1", [("CPPM", "2010-01-15")], aapc_renewal="2011-03-15")
    log = [
        cc.CeuActivity(
            "2012-06-01", "24", "approved-event", "Practice management", index_number="X1",
            categories=["practice-management"],
        )
    ]  # fmt: skip
    assessment = cc.assess(holder, log, as_of="2013-01-01").for_body("AAPC")
    ((minimum),) = assessment.minimums
    assert (minimum.required, minimum.earned, minimum.met) == (Decimal(36), Decimal(24), False)
    assert "held alone" in minimum.rule.describe()


@pytest.mark.parametrize("code", ["CPB", "CRC", "CDEI", "CIC", "COC", "CPC-P"])
def test_core_credentials_have_no_minimum_of_their_own(code: str) -> None:
    """AAPC's help pages name no extra minimum for these: only the tier total applies."""
    for start in (CUTOVER - dt.timedelta(days=1), CUTOVER):
        assert _own_minimums(code, start) == []


def test_a_coder_with_two_specialties_owes_each_its_8() -> None:
    """A CPC with CEMC and CGSC in a current cycle owes 44 CEUs, 8 of E/M and 8 of surgery."""
    holder = cc.Holder(
        "E1",
        [("CPC", "2016-01-15"), ("CEMC", "2016-01-15"), ("CGSC", "2016-01-15")],
        renewals={"AAPC": "2017-03-15"},
    )
    assessment = cc.assess(holder, as_of="2018-01-01").for_body("AAPC")
    assert assessment.required == 44
    assert sorted((m.rule.category, m.required) for m in assessment.minimums) == [
        ("cemc", Decimal(8)),
        ("cgsc", Decimal(8)),
    ]


def test_specialty_ceus_count_toward_the_total_and_the_specialty() -> None:
    """An activity tagged 'crhc' counts toward CRHC's 8 and toward the 36 of the cycle."""
    holder = cc.Holder("E1", [("CRHC", "2016-01-15")], renewals={"AAPC": "2017-03-15"})
    log = [
        cc.CeuActivity(  # after the 90 days in which it would make up the unmet first cycle
            "2017-07-01",
            "8",
            "approved-event",
            "Rheumatology update",
            index_number="X1",
            categories=["crhc"],
        )
    ]
    assessment = cc.assess(holder, log, as_of="2018-01-01").for_body("AAPC")
    ((minimum),) = assessment.minimums
    assert (minimum.earned, minimum.met) == (Decimal(8), True)
    assert assessment.earned == 8


# --- The documentation's page per body ---------------------------------------------------


def _body_pages(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(DOCS))
    return importlib.import_module("body_pages")


def test_every_body_has_a_page_with_all_its_credentials_and_sources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The docs get one page per body, naming each credential, its sources and assumptions."""
    pages = _body_pages(monkeypatch)
    (tmp_path / "gone.md").write_text("a body no longer in the book", encoding="utf-8")
    written = pages.write_body_pages(tmp_path, on=dt.date(2026, 1, 1))
    book = cc.default_rulebook()
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{body.code.lower()}.md" for body in book.bodies
    )
    assert len(written) == len(book.bodies)
    for body in book.bodies:
        text = (tmp_path / f"{body.code.lower()}.md").read_text(encoding="utf-8")
        assert text.startswith(f"# {body.code}: {body.name}\n")
        for credential in cc.credentials(body):
            assert f"| `{credential.code}` | {credential.title} |" in text
            for source in credential.sources:
                assert source.title in text
            for assumption in credential.assumptions:
                assert assumption in text
        for minimum in book.minimums:
            if minimum.body == body:
                assert f"**{minimum.name}**" in text


def test_a_credential_s_page_row_shows_its_own_minimum(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The AAPC page shows CRHC's own 8 CEUs today and 16 on a day of the older edition."""
    pages = _body_pages(monkeypatch)
    book = cc.default_rulebook()
    today = pages.body_page(book, cc.AAPC, dt.date(2026, 1, 1))
    older = pages.body_page(book, cc.AAPC, dt.date(2014, 1, 1))
    crhc = "| `CRHC` | Certified Rheumatology Coder | professional | outpatient | active |"
    assert f"{crhc} 8 CEUs in crhc (not cms) |" in today
    assert f"{crhc} 16 CEUs in crhc (not cms) |" in older
    assert "| `CRC` | Certified Risk Adjustment Coder | (any) | (any) | active | - |" in today


# --- The command: credentials and compare, grouped by body, with filters -----------------


def _command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _listed(out: str) -> dict[str, list[str]]:
    """The codes of a `credentials` listing under each body's heading."""
    groups: dict[str, list[str]] = {}
    current: list[str] = []
    for line in out.splitlines():
        if line.startswith("Note: "):
            continue
        if ": " in line and line.split(":")[0] in {b.code for b in cc.default_rulebook().bodies}:
            current = groups.setdefault(line.split(":")[0], [])
        elif line and line.split()[0] not in {"code", "-----"} and not line.startswith("-"):
            current.append(line.split()[0])
    return groups


def test_credentials_lists_every_credential_grouped_by_body(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`credentials` prints one table per body, headed by its name and count."""
    status, out, _ = _command(capsys, "credentials")
    assert status == EXIT_OK
    assert _listed(out) == {
        body.code: [c.code for c in cc.credentials(body)] for body in cc.default_rulebook().bodies
    }
    assert "AAPC: American Academy of Professional Coders (32 credentials)" in out


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("surgery", ["CGSC", "CASCC", "CCVTC", "COSC", "CPRC"]),
        ("RHEUMATOLOGY", ["CRHC"]),
        ("documentation expert", ["CDEO", "CDEI"]),
        ("cpc-h", ["CPC-H"]),
        ("cpch", ["CPC-H"]),
        ("outpatient coding", ["COC"]),  # an alias: "Certified Outpatient Coding"
        ("coder payer", ["CPC-P"]),
        ("cpc-a", ["CPC"]),  # an apprentice designation: the credential it is a status of
        ("COC A", ["COC"]),
    ],
)
def test_credentials_search_finds_every_word(
    capsys: pytest.CaptureFixture[str], search: str, expected: list[str]
) -> None:
    """`--search` keeps the credentials whose code, title or aliases hold every word."""
    status, out, _ = _command(capsys, "credentials", "--search", search)
    assert status == EXIT_OK
    assert [code for codes in _listed(out).values() for code in codes] == expected


def test_credentials_body_and_search_combine(capsys: pytest.CaptureFixture[str]) -> None:
    """`--body AHIMA --search coding` keeps AHIMA's coding credentials only (PCS is retired)."""
    status, out, _ = _command(capsys, "credentials", "--body", "ahima", "--search", "coding")
    assert status == EXIT_OK
    assert _listed(out) == {"AHIMA": ["CCS", "CCS-P", "CCA", "PCS"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["credentials", "--search", "dentistry"],
            "no credential has every word of --search 'dentistry' in its code, title or aliases",
        ),
        (
            ["credentials", "--body", "AHIMA", "--search", "CPC"],
            "no credential of AHIMA has every word of --search 'CPC'",
        ),
        (["credentials", "--search", " "], "--search needs a word to look for"),
        (["compare", "--search", "rheumatology"], "compare needs two or more distinct credentials"),
        (["compare", "--body", "NOPE"], "unknown issuing body 'NOPE'"),
    ],
)
def test_filters_refuse_what_finds_nothing(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A filter that finds nothing (or too little to compare) exits 2 with one error line."""
    status, out, err = _command(capsys, *args)
    assert (status, out) == (EXIT_USAGE, "")
    assert err.startswith(f"coding-certs: error: {message}")
    assert len(err.splitlines()) == 1


def _compared_codes(out: str) -> list[str]:
    """The credential codes heading the columns of every block of a `compare`."""
    codes = {c.code for c in cc.credentials()}
    lines = out.splitlines()
    return [
        word
        for line, rule in itertools.pairwise(lines)
        if rule.startswith("---")
        for word in line.split()
        if word in codes
    ]


def test_compare_picks_by_body(capsys: pytest.CaptureFixture[str]) -> None:
    """`compare --body AHIMA` sets every AHIMA credential side by side."""
    status, out, _ = _command(capsys, "compare", "--body", "AHIMA", "--on", "2026-01-01")
    assert status == EXIT_OK
    assert _compared_codes(out) == [
        *("CCS", "CCS-P", "CCA", "RHIA", "RHIT", "CHPS", "CHDA", "CDIP", "CPHI"),
        *("CHTS-CP", "CHTS-PW", "CHTS-IM", "CHTS-IS", "CHTS-TS", "CHTS-TR", "PCS", "CHP", "CHS"),
    ]


def test_compare_adds_filtered_credentials_to_the_codes_grouped_by_body(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Codes and `--search` add up, each credential once, AAPC's columns before AHIMA's."""
    status, out, _ = _command(
        capsys, "compare", "CCS", "CRHC", "--search", "rheumatology", "--on", "2026-01-01"
    )
    assert status == EXIT_OK
    assert _compared_codes(out) == ["CRHC", "CCS"]
    assert "8 CEUs in crhc (not cms)" in out  # the column may wrap before "for CRHC"


def test_compare_continues_below_when_the_columns_do_not_fit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an 80-column terminal, ten credentials come in blocks of at most two columns."""
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = _command(capsys, "compare", "--search", "coder", "--on", "2026-01-01")
    assert status == EXIT_OK
    blocks = [line for line in out.splitlines() if line.startswith("title ")]
    expected = [c.code for c in cc.credentials() if "coder" in c.title.casefold()]
    assert _compared_codes(out) == expected
    assert len(blocks) == -(-len(expected) // 2)
    assert max(len(line) for line in out.splitlines() if not line.startswith("  ")) <= 80


# --- AHIMA: the coding self-reviews, until 2021 ------------------------------------------


def _ahima_minimums(code: str, cycle_end: dt.date) -> list[tuple[str, Decimal]]:
    book = cc.default_rulebook()
    start = cycle_end.replace(year=cycle_end.year - 2) + dt.timedelta(days=1)
    return [
        (m.category, m.units_within(Decimal(20), years=2))
        for m in book.minimums_for(cc.AHIMA, start, cycle_end)
        if m.credential == code
    ]


@pytest.mark.parametrize("code", ["CCA", "CCS", "CCS-P"])
def test_coding_self_reviews_until_2021(code: str) -> None:
    """Two 5-CEU coding self-reviews in cycles ending before 2021-01-01, none after.

    '20 CEUs, including two mandatory annual coding self-reviews' (AHIMA, 2019 copy);
    'Effective January 1, 2021 ... discontinued' (AHIMA's FAQ): a cycle ending on
    2020-12-31 is asked 10 of its 20 CEUs as self-reviews, one ending on 2021-01-01 is not.
    """
    assert _ahima_minimums(code, dt.date(2020, 12, 31)) == [("coding-self-review", Decimal(10))]
    assert _ahima_minimums(code, dt.date(2021, 1, 1)) == []


def test_a_ccs_cycle_without_self_reviews_was_unmet_before_2021() -> None:
    """A CCS whose 2018-2020 cycle had 20 CEUs but no self-review is in grace after it."""
    holder = cc.Holder("E1", [("CCS", "2018-06-01")])
    log = [cc.CeuActivity("2019-01-10", "20", "other", "Webinars", categories=["hiim"])]
    assessment = cc.assess(holder, log, as_of="2020-06-02").for_body("AHIMA")
    assert assessment.standing is cc.Standing.GRACE
    (unmet,) = assessment.history
    assert [(m.rule.category, m.required, m.earned) for m in unmet.minimums if not m.met] == [
        ("coding-self-review", Decimal(10), Decimal(0))
    ]


def test_a_ccs_cycle_ending_in_2021_needs_no_self_review() -> None:
    """The same CEUs in a cycle that ends in 2021 meet it: the self-reviews are gone."""
    holder = cc.Holder("E1", [("CCS", "2019-06-01")])
    log = [cc.CeuActivity("2020-01-10", "20", "other", "Webinars", categories=["hiim"])]
    assessment = cc.assess(holder, log, as_of="2021-06-01").for_body("AHIMA")
    (previous,) = assessment.history
    assert previous.met
    assert assessment.standing is not cc.Standing.GRACE


# --- Other bodies: NHA, ACDIS, PAHCOM -----------------------------------------------------


def test_done_when_other_bodies() -> None:
    """Issue 9's examples: a CCDS owes ACDIS 30 CEUs; CBCS is an NHA credential."""
    assert _units_for("ACDIS", ["CCDS"]) == 30
    assert cc.credential("CBCS").body.code == "NHA"


def _units_for(body: str, codes: list[str], on: str = "2026-01-01") -> Decimal:
    (requirement,) = (r for r in cc.ceu_requirements(codes, on=on) if r.body.code == body)
    return requirement.units


@pytest.mark.parametrize(
    ("body", "codes", "units"),
    [
        ("NHA", ["CBCS"], 10),  # '10 CE credits are required every two years'
        ("ACDIS", ["CCDS"], 30),  # 'you must submit 30 CEUs'
        ("ACDIS", ["CCDS-O"], 30),
        ("ACDIS", ["CCDS", "CCDS-O"], 30),  # per holder (an assumption, marked)
        ("PAHCOM", ["CMM"], 24),  # 'submitting 24 Continuing Education Units'
    ],
)
def test_other_bodies_ask_one_number_per_holder(body: str, codes: list[str], units: int) -> None:
    """NHA, ACDIS and PAHCOM each ask one number of CEUs every two years, on their own pages."""
    assert _units_for(body, codes) == units


@pytest.mark.parametrize(
    ("body", "codes"), [("NHA", ["CBCS"]), ("ACDIS", ["CCDS", "CCDS-O"]), ("PAHCOM", ["CMM"])]
)
def test_other_bodies_requirements_are_flat(body: str, codes: list[str]) -> None:
    """One number per holder is a flat requirement, not a one-row tier table (DOMAIN.md)."""
    (requirement,) = (r for r in cc.ceu_requirements(codes, on="2026-01-01") if r.body.code == body)
    assert requirement.table.kind == "flat"
    assert all(edition.kind == "flat" for edition in cc.default_rulebook().requirements_of(body))


def test_each_body_counts_only_its_own_credentials() -> None:
    """A CPC who is also a CCDS and a CBCS owes AAPC 36, ACDIS 30 and NHA 10, separately."""
    found = {
        r.body.code: r.units for r in cc.ceu_requirements(["CPC", "CCDS", "CBCS"], on="2026-01-01")
    }
    assert found == {"AAPC": 36, "ACDIS": 30, "NHA": 10}


def test_acdis_cycle_from_the_exam_date() -> None:
    """An ACDIS cycle starts on the exam day and asks 30 CEUs.

    'if you successfully pass the CCDS exam date on October 1, 2022, you must submit 30 CEUs
    by October 1, 2024' (ACDIS).
    """
    holder = cc.Holder("A1", [("CCDS", "2022-10-01")])
    assessment = cc.assess(holder, as_of="2023-06-01").for_body("ACDIS")
    assert (assessment.cycle.start, assessment.required) == (dt.date(2022, 10, 1), Decimal(30))


def test_acdis_is_due_on_the_anniversary() -> None:
    """ACDIS's own example: an exam passed on 2022-10-01 owes its 30 CEUs by 2024-10-01."""
    holder = cc.Holder("A1", [("CCDS", "2022-10-01")])
    assert cc.assess(holder, as_of="2023-06-01").for_body("ACDIS").due == dt.date(2024, 10, 1)


def test_pahcom_asks_12_approved_and_12_recognized() -> None:
    """PAHCOM asks 12 approved and 12 recognized CEUs inside the 24.

    'Obtain a minimum of 12 hours of PAHCOM Approved CEUs and 12 hours of PAHCOM Recognized
    CEUs every two years' (PAHCOM).
    """
    holder = cc.Holder("P1", [("CMM", "2022-04-01")])
    log = [
        cc.CeuActivity(
            "2023-01-10", "12", "other", "Approved course", categories=["pahcom-approved"]
        ),
        cc.CeuActivity("2023-02-10", "12", "other", "Webinar", categories=["pahcom-recognized"]),
    ]
    assessment = cc.assess(holder, log, as_of="2024-03-01").for_body("PAHCOM")
    assert [(m.rule.category, m.required, m.met) for m in assessment.minimums] == [
        ("pahcom-approved", Decimal(12), True),
        ("pahcom-recognized", Decimal(12), True),
    ]
    assert assessment.standing is cc.Standing.MET


def test_pahcom_accepts_no_late_recertification() -> None:
    """The day after an unmet due date a CMM is lapsed, with no grace.

    'Late recertifications will not be accepted and your credential will be decertified'
    (PAHCOM).
    """
    holder = cc.Holder("P1", [("CMM", "2020-04-01")])
    assessment = cc.assess(holder, as_of="2022-04-01").for_body("PAHCOM")
    assert assessment.standing is cc.Standing.LAPSED


@pytest.mark.parametrize("code", ["CBCS", "CCDS", "CCDS-O", "CMM"])
def test_other_bodies_credentials_cite_their_body_s_page(code: str) -> None:
    """Each new body's credential cites a page of its body, and lists what the page lacks."""
    credential = cc.credential(code)
    assert credential.sources
    assert credential.assumptions


def test_credentials_search_names_the_apprentice_designation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--search cpc-a` lists CPC and says that CPC-A is its apprentice designation."""
    status, out, _ = _command(capsys, "credentials", "--search", "cpc-a")
    assert status == EXIT_OK
    assert (
        "Note: CPC-A is the apprentice designation of CPC: held with apprentice status, it is CPC "
        "(the same CEUs)."
    ) in out
    _, plain, _ = _command(capsys, "credentials", "--search", "cpc")
    assert "apprentice designation" not in plain


@pytest.mark.parametrize(
    ("args", "got"),
    [
        (["compare", "CPC-A"], "got 'CPC-A' (the apprentice designation of CPC)"),
        (
            ["compare", "CPC", "cpc a"],
            "got 'CPC', 'cpc a' (the apprentice designation of CPC): 1 credential in all",
        ),
        (["compare", "cpc", "CPC"], "got 'cpc', 'CPC': 1 credential in all"),
        (["compare", "CPC-H", "COC"], None),
    ],
)
def test_compare_says_what_it_was_given(
    capsys: pytest.CaptureFixture[str], args: list[str], got: str | None
) -> None:
    """Too few credentials: the error quotes the codes given, what each is, what is accepted."""
    status, _, err = _command(capsys, *args)
    if got is None:
        assert status == EXIT_OK  # a renamed credential is a credential of its own
        return
    assert status == EXIT_USAGE
    assert "compare needs two or more distinct credentials: codes such as 'CPC CCS'" in err
    assert "or --body AHIMA or --search TEXT to pick them" in err
    assert got in err
