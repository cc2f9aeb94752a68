"""AHIMA's catalogue: every credential, and its requirement as AHIMA's own page gives it.

AHIMA's recertification page (the rule book's ``[sources.ahima-recertification]``):
'CEU Requirements for Single Credential' (30 for RHIA, CHPS, CHDA, CDIP, CPHI; 20 for
RHIT, the CHTS family, CCA, CCS, CCS-P), and 'If you have more than one AHIMA
credential, you must earn ten (10) additional CEUs per credential ... up to a maximum
of (50) CEUs', with a table of examples. The shipped book models it as one
``highest-plus`` requirement; this file also checks that such a requirement survives
:func:`~coding_certs.to_dict` and :func:`~coding_certs.from_dict`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import pytest

import coding_certs as cc

BOOK = cc.default_rulebook()

THIRTY = ("RHIA", "CHPS", "CHDA", "CDIP", "CPHI", "CHP", "CHS")
TWENTY = (
    *("RHIT", "CHTS-CP", "CHTS-PW", "CHTS-IM", "CHTS-IS", "CHTS-TS", "CHTS-TR"),
    *("CCA", "CCS", "CCS-P", "PCS"),
)
RETIRED = ("PCS", "CHP", "CHS")
AHIMA_PAGE = "https://www.ahima.org/certification/Recertification"


def _no_warning() -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


def _units_of(body: str, codes: list[str], on: str = "2026-01-01") -> Decimal:
    (requirement,) = (r for r in cc.ceu_requirements(codes, on=on) if r.body.code == body)
    return requirement.units


# --- AHIMA: the highest single-credential requirement plus 10 each, at most 50 ----------


@pytest.mark.parametrize(
    ("codes", "units"),
    [
        (["CCS", "CCS-P"], 30),
        (["CHPS", "RHIT"], 40),
        (["RHIA", "CHDA"], 40),
        (["RHIA", "CDIP"], 40),
        (["RHIA", "CCS", "CCS-P"], 50),
    ],
)
@pytest.mark.parametrize("on", ["2018-12-31", "2019-01-01", "2026-01-01"])
def test_ahima_s_own_examples(codes: list[str], units: int, on: str) -> None:
    """AHIMA's own table of examples, on both sides of 2019-01-01.

    'CCS and CCS-P | 30 | CHPS with RHIT | 40 | RHIA with CHDA | 40 | RHIA with CDIP | 40 |
    RHIA with CCS and CCS-P | 50' (the edition before 2019 is assumed to be the same rule).
    """
    assert _units_of("AHIMA", codes, on) == units


@pytest.mark.parametrize(
    ("code", "units"), [*((code, 30) for code in THIRTY), *((code, 20) for code in TWENTY)]
)
def test_ahima_single_credential_ceus(code: str, units: int) -> None:
    """AHIMA's 'CEU Requirements for Single Credential', one credential at a time.

    30 for RHIA, CHPS, CHDA, CDIP, CPHI (and the retired CHP, CHS); 20 for RHIT, the CHTS
    family, CCA, CCS, CCS-P (and the retired PCS).
    """
    assert BOOK.credential(code).ceus == units
    assert _units_of("AHIMA", [code]) == units


def test_ahima_never_asks_more_than_50() -> None:
    """'up to a maximum of (50) CEUs': six credentials still ask 50."""
    assert _units_of("AHIMA", ["RHIA", "CHPS", "CHDA", "CDIP", "CPHI", "CCS"]) == 50


def test_ahima_explains_the_highest_plus_rule() -> None:
    """The explanation names the highest single requirement, the increment and the cap."""
    (requirement,) = cc.ceu_requirements(["RHIA", "CHDA"], on="2026-01-01")
    assert requirement.table.kind == "highest-plus"
    assert "Highest single-credential requirement 30 (RHIA) + 10" in requirement.explain()
    assert "at most 50" in requirement.explain()


def _required_line(codes: list[str], body: str) -> str:
    """The ``Required:`` line of ``explain()`` for a holder of ``codes``, for ``body``."""
    holder = cc.Holder("E1", [(code, "2020-01-01") for code in codes])
    text = cc.assess(holder, as_of="2025-06-01").for_body(body).explain()
    return next(line for line in text.splitlines() if "Required:" in line)


@pytest.mark.parametrize(
    ("codes", "body", "basis"),
    [
        (
            ["RHIA", "CCS", "CCS-P"],
            "AHIMA",
            (
                "Required: 50 CEUs; highest single-credential requirement 30 (RHIA) + 10 x 2 more "
                "(CCS, CCS-P), at most 50 of edition 'ahima-2019'"
            ),
        ),
        (
            ["RHIA", "CHDA"],
            "AHIMA",
            (
                "Required: 40 CEUs; highest single-credential requirement 30 (RHIA) + 10 x 1 more "
                "(CHDA), at most 50 of edition 'ahima-2019'"
            ),
        ),
        (
            ["CCS"],
            "AHIMA",
            (
                "Required: 20 CEUs; highest single-credential requirement 20 (CCS), at most 50 of "
                "edition 'ahima-2019'"
            ),
        ),
        (
            ["HCS-D", "HCS-O"],
            "BMSC",
            "Required: 40 CEUs; 20 (HCS-D) + 20 (HCS-O) of edition",
        ),
        (["CPC", "CRC"], "AAPC", "Required: 40 CEUs; tier '2 credentials' (CPC, CRC) of edition"),
        (["CBCS"], "NHA", "Required: 10 CEUs; 10 per holder (CBCS) of edition"),
    ],
)
def test_explain_names_each_credential_once(codes: list[str], body: str, basis: str) -> None:
    """The assessment's Required line names each credential counted once, in its role.

    It named the highest credential twice ('30 (RHIA) + 10 x 2 more, at most 50 (CCS,
    CCS-P, RHIA)'), and each per-credential one twice ('20 (HCS-D) + 20 (HCS-O) (HCS-D,
    HCS-O)'); tier and flat rules, whose basis names no credential, are followed by them.
    """
    line = _required_line(codes, body)
    assert basis in line
    for code in codes:
        assert (
            line.count(f"({code})")
            + line.count(f"({code},")
            + line.count(f" {code})")
            + (line.count(f" {code},"))
            == 1
        ), (code, line)


def test_the_requirement_explains_the_others_by_name() -> None:
    """ceu_requirements' explanation says which credentials add the increments."""
    (requirement,) = cc.ceu_requirements(["RHIA", "CCS", "CCS-P"], on="2026-01-01")
    assert "30 (RHIA) + 10 x 2 more (CCS, CCS-P), at most 50" in requirement.explain()


@pytest.mark.parametrize(
    ("codes", "units"), [(["RHIA", "RHIT"], 30), (["RHIT", "RHIA", "CCS"], 40), (["RHIT"], 20)]
)
def test_rhia_replaces_rhit(codes: list[str], units: int) -> None:
    """'RHIA replaces ... RHIT ... CEUs for this credential need only be maintained'."""
    assert _units_of("AHIMA", codes) == units


def test_rhia_replacing_rhit_is_explained() -> None:
    """Held together, RHIT is not counted, and the explanation says why."""
    (requirement,) = cc.ceu_requirements(["RHIA", "RHIT"], on="2026-01-01")
    assert [c.code for c in requirement.counted] == ["RHIA"]
    assert "RHIT is not counted: RHIA replaces it." in requirement.explain()


def test_done_when_requirements() -> None:
    """Issue 9's 'Done when' numbers."""
    assert _units_of("AHIMA", ["RHIA", "CCS", "CCS-P"]) == 50
    assert _units_of("AHIMA", ["RHIA", "CHDA"]) == 40
    assert _units_of("AAPC", ["CRC"]) == 36
    assert _units_of("AAPC", ["CPC", "CRC", "CPB"]) == 44


@pytest.mark.parametrize("code", THIRTY + TWENTY)
def test_every_ahima_credential_is_sourced(code: str) -> None:
    """Every AHIMA credential cites AHIMA's recertification page."""
    credential = BOOK.credential(code)
    assert credential.body.code == "AHIMA"
    assert AHIMA_PAGE in {source.url for source in credential.sources}


@pytest.mark.parametrize("code", RETIRED)
def test_retired_credentials_are_kept_with_a_note(code: str) -> None:
    """AHIMA no longer offers PCS, CHP or CHS exams; holders still renew them."""
    assert any("no longer offers" in note for note in BOOK.credential(code).notes)


# --- to_dict and from_dict: every requirement kind inside a CeuRequirement ------------------


def _edition(kind: str) -> cc.RequirementEdition:
    name, title, start = f"test-{kind}", f"A {kind} requirement", dt.date(2020, 1, 1)
    if kind == "highest-plus":
        return cc.HighestPlusIncrement(
            body=cc.AHIMA,
            name=name,
            title=title,
            effective_from=start,
            increment=Decimal(10),
            cap=Decimal(50),
            units={"CCS": Decimal(25)},
        )
    if kind == "per-credential":
        return cc.PerCredentialSum(
            body=cc.AHIMA,
            name=name,
            title=title,
            effective_from=start,
            shared=True,
            units={"CCS": Decimal(25)},
        )
    return cc.FlatRequirement(
        body=cc.AHIMA, name=name, title=title, effective_from=start, units=Decimal(15)
    )


@pytest.mark.parametrize("kind", ["highest-plus", "per-credential", "flat"])
def test_every_requirement_kind_round_trips(kind: str) -> None:
    """A CeuRequirement of any kind is written with its kind and read back equal."""
    requirement = cc.CeuRequirement(
        body=cc.AHIMA,
        table=_edition(kind),
        credentials=(cc.CCS,),
        counted=(cc.CCS,),
        units=_edition(kind).units_for_credentials([cc.CCS]),
    )
    written = cc.to_dict(requirement)
    assert written["table"]["kind"] == kind
    back = cc.from_dict(cc.CeuRequirement, written)
    assert back == requirement
    assert type(back.table) is type(requirement.table)


def test_shipped_ahima_requirement_round_trips() -> None:
    """The shipped AHIMA requirement (highest-plus) survives the round trip, inside a report."""
    report = cc.assess(cc.Holder("E1", [("RHIA", "2024-03-15")]), as_of="2025-01-01")
    assert cc.from_dict(cc.ComplianceReport, cc.to_dict(report)) == report


def test_a_tier_table_without_a_kind_is_still_read() -> None:
    """Data written before requirement kinds (no 'kind') is read as a tier table."""
    (requirement,) = cc.ceu_requirements(["CPC"], on="2025-01-01")
    written = cc.to_dict(requirement)
    del written["table"]["kind"]
    assert cc.from_dict(cc.CeuRequirement, written) == requirement


@pytest.mark.parametrize(
    ("table", "message"),
    [({"kind": "stepped"}, "expected kind one of 'tiered'"), ("ahima-2019", "expected an object")],
)
def test_a_bad_requirement_kind_is_refused_with_its_place(table: object, message: str) -> None:
    """An unknown kind, or a table that is not an object, is a DataError naming the field."""
    (requirement,) = cc.ceu_requirements(["RHIA"], on="2025-01-01")
    written = cc.to_dict(requirement)
    written["table"] = table
    with pytest.raises(cc.DataError) as caught:
        cc.from_dict(cc.CeuRequirement, written)
    assert any(
        problem.field == "$.table" and message in problem.message
        for problem in caught.value.problems
    ), caught.value.problems


@pytest.mark.parametrize(("day", "lenient"), [("2007-06-01", True), ("2008-01-01", False)])
def test_a_lenient_requirement_keeps_its_cycle_length(day: str, *, lenient: bool) -> None:
    """Before the earliest rules, a lenient requirement still says its two-year cycle."""
    with pytest.warns(cc.RuleNotInForceWarning) if lenient else _no_warning():
        (requirement,) = cc.ceu_requirements(["CPC"], on=day, lenient=lenient)
    assert (requirement.cycle_months, requirement.cycle_text) == (24, "2 years")
