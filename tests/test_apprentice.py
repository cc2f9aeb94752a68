"""AAPC's apprentice designations (CPC-A, COC-A): a status of a held credential.

AAPC: "When you pass the CPC or COC exam, you receive your CPC-A or COC-A credential
... You remain an apprentice until you fulfill a 2-year experience requirement ... and
your A will be removed" (aapc.com/certifications/cpc/complete-your-cpc-apprenticeship).
That an apprentice owes the full credential's CEUs is an assumption of the rule book.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs.cli import EXIT_OK, main

BOOK = cc.default_rulebook()
AS_OF = dt.date(2026, 1, 15)
ROSTER = (
    "id,name,aapc_renewal,credentials\n"
    "A1,Ann Apprentice,2025-06-30,CPC-A:2024-05-10\n"
    "F1,Fay Full,2025-06-30,CPC:2024-05-10\n"
    "C1,Cy Outpatient,,coc a:2023-02-01\n"
)
CEUS = (
    "holder_id,completed_on,units,kind,title,sponsor,index_number,preapproved,categories,bodies\n"
    "A1,2025-08-01,10,approved-event,Code update,AAPC,AAPC-25-0001,,,\n"
    "F1,2025-08-01,10,approved-event,Code update,AAPC,AAPC-25-0001,,,\n"
)


@pytest.mark.parametrize(("designation", "full"), [("CPC-A", "CPC"), ("COC-A", "COC")])
def test_the_rule_book_records_each_designation_with_its_source_and_assumption(
    designation: str, full: str
) -> None:
    """CPC and COC name their apprentice code; the source, the -A rule and the CEU assumption."""
    credential = BOOK.credential(full)
    assert credential.apprentice == designation
    assert "complete-your-cpc-apprenticeship" in " ".join(s.url or "" for s in credential.sources)
    assert any(designation in a and "same CEUs" in a for a in credential.assumptions)
    assert credential.apprentice_rule is not None
    assert "2-year" in credential.apprentice_rule
    assert "Practicode" in credential.apprentice_rule
    assert "80 contact hours" in credential.apprentice_rule
    # The designation finds the full credential, in any spelling.
    assert BOOK.credential(designation) is credential
    assert BOOK.credential(designation.lower().replace("-", " ")) is credential


def test_only_cpc_and_coc_have_an_apprentice_designation() -> None:
    """No other shipped credential has one (AAPC names only these two)."""
    assert {c.code for c in BOOK.credentials if c.apprentice} == {"CPC", "COC"}


@pytest.mark.parametrize("on", [dt.date(2015, 8, 30), dt.date(2015, 8, 31), dt.date(2026, 1, 1)])
@pytest.mark.parametrize(("designation", "full"), [("CPC-A", "CPC"), ("COC-A", "COC")])
def test_an_apprentice_owes_the_full_credentials_ceus(
    designation: str, full: str, on: dt.date
) -> None:
    """The requirement of CPC-A is CPC's, on both sides of AAPC's 2015 edition change."""
    apprentice = cc.ceu_requirements([designation], on=on)
    assert apprentice == cc.ceu_requirements([full], on=on)
    assert [r.units for r in apprentice] == [r.units for r in cc.ceu_requirements([full], on=on)]
    assert apprentice[0].units > 0


def test_a_held_designation_code_is_the_credential_with_apprentice_status() -> None:
    """HeldCredential("CPC-A", day) is CPC held as an apprentice, before and after resolving."""
    held = cc.HeldCredential("CPC-A", "2024-05-10")
    assert held.apprentice
    assert held.credential is cc.CPC
    assert held.designation == "CPC-A"
    resolved = held.resolve(BOOK)
    assert resolved.credential is cc.CPC
    assert resolved.apprentice
    assert resolved.designation == "CPC-A"
    assert "apprentice=True" in repr(resolved)
    full = cc.HeldCredential("CPC", "2024-05-10")
    assert not full.apprentice
    assert not full.resolve(BOOK).apprentice
    assert full.designation == "CPC"
    assert not cc.HeldCredential(cc.CPC, "2024-05-10").apprentice


def test_apprentice_status_given_by_keyword() -> None:
    """apprentice=True on a credential with a designation; refused on one without."""
    held = cc.HeldCredential(cc.CPC, "2024-05-10", apprentice=True)
    assert held.apprentice
    assert held.designation == "CPC-A"
    assert held != cc.HeldCredential(cc.CPC, "2024-05-10")
    assert cc.HeldCredential("CPC", "2024-05-10", apprentice=True).resolve(BOOK) == held
    with pytest.raises(cc.CodingCertsError, match="CIC has no apprentice designation"):
        cc.HeldCredential(BOOK.credential("CIC"), "2024-05-10", apprentice=True)
    # The message names the argument given, not the private field behind it.
    with pytest.raises(cc.CodingCertsError, match=r"^HeldCredential\.apprentice must be bool"):
        cc.HeldCredential(cc.CPC, "2024-05-10", apprentice="yes")  # type: ignore[arg-type]


def test_to_dict_and_from_dict_keep_the_status() -> None:
    """The status survives the round trip; a full holding writes no apprentice key."""
    held = cc.HeldCredential(cc.CPC, "2024-05-10", apprentice=True)
    data = cc.to_dict(held)
    assert data == {"credential": "CPC", "earned_on": "2024-05-10", "apprentice": True}
    assert cc.from_dict(cc.HeldCredential, data) == held
    assert cc.to_dict(cc.HeldCredential(cc.CPC, "2024-05-10")) == {
        "credential": "CPC",
        "earned_on": "2024-05-10",
    }


def test_an_apprentice_stands_as_the_full_credential_and_explain_says_apprentice() -> None:
    """Same standing and numbers as CPC; the explanation names CPC-A and the assumption."""
    activity = cc.CeuActivity(
        completed_on=dt.date(2025, 8, 1),
        units=10,
        kind=cc.ActivityKind.APPROVED_EVENT,
        title="Code update",
        sponsor="AAPC",
        index_number="AAPC-25-0001",
    )
    apprentice = cc.Holder("A1", [("CPC-A", "2024-05-10")], aapc_renewal="2025-06-30")
    full = cc.Holder("A1", [("CPC", "2024-05-10")], aapc_renewal="2025-06-30")
    one = cc.assess(apprentice, [activity], as_of=AS_OF)
    other = cc.assess(full, [activity], as_of=AS_OF)
    records = [dict(a.to_record()) for a in (*one.assessments, *other.assessments)]
    assert [r.pop("apprentice") for r in records] == ["CPC-A", None]
    assert records[0] == records[1]
    assert one.assessments[0].credentials[0].apprentice
    text = one.explain()
    assert "CPC-A (CPC held as an apprentice, owing CPC's CEUs, an assumption" in text
    assert "apprentice" not in other.explain()


def _files(tmp_path: Path) -> tuple[Path, Path]:
    roster = tmp_path / "roster.csv"
    ceus = tmp_path / "ceus.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    ceus.write_text(CEUS, encoding="utf-8")
    return roster, ceus


def test_a_roster_row_with_cpc_a_reads_as_cpc_held_as_apprentice(tmp_path: Path) -> None:
    """The CSV reader accepts CPC-A and coc a, and keeps the status."""
    roster, _ = _files(tmp_path)
    apprentice, full, outpatient = cc.read_holders(roster)
    assert apprentice.credentials == (cc.HeldCredential(cc.CPC, "2024-05-10", apprentice=True),)
    assert apprentice.credentials[0].designation == "CPC-A"
    assert not full.credentials[0].apprentice
    assert outpatient.credentials[0].credential.code == "COC"
    assert outpatient.credentials[0].designation == "COC-A"


def test_the_command_assesses_cpc_a_as_cpc_and_explain_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`assess` gives A1 (CPC-A) the same row as F1 (CPC); `explain A1` names the status."""
    roster, ceus = _files(tmp_path)
    files = ["--holders", str(roster), "--activities", str(ceus), "--as-of", str(AS_OF)]
    assert main(["assess", *files, "--format", "csv"]) == EXIT_OK
    rows = capsys.readouterr().out.splitlines()
    apprentice = next(r for r in rows if r.startswith("A1,"))
    full = next(r for r in rows if r.startswith("F1,"))
    # The same numbers; only the apprentice column (the last but the phase) differs.
    assert apprentice.split(",")[2:-2] == full.split(",")[2:-2]
    assert apprentice.split(",")[-1] == full.split(",")[-1]
    assert (apprentice.split(",")[-2], full.split(",")[-2]) == ("CPC-A", "")
    assert main(["explain", *files, "A1"]) == EXIT_OK
    assert "CPC-A (CPC held as an apprentice" in capsys.readouterr().out


def test_a_rule_book_refuses_a_designation_equal_to_the_code() -> None:
    """A credential cannot be its own apprentice designation."""
    with pytest.raises(cc.CodingCertsError, match="its own apprentice designation"):
        cc.Credential(
            code="XYZ", title="X", body=cc.CPC.body, setting=None, focus=None, apprentice="XYZ"
        )
    with pytest.raises(cc.CodingCertsError, match="apprentice_rule but no apprentice"):
        cc.Credential(
            code="XYZ", title="X", body=cc.CPC.body, setting=None, focus=None, apprentice_rule="R"
        )
    assert not cc.CPC.is_apprentice_code("CPC")
    assert cc.CPC.is_apprentice_code("cpc_a")
    assert not BOOK.credential("CIC").is_apprentice_code("CIC-A")


def test_a_rule_book_of_ones_own_may_give_a_designation(tmp_path: Path) -> None:
    """The `apprentice` and `apprentice_rule` keys load from TOML; the code then resolves."""
    example = Path(__file__).parent.parent / "docs" / "examples" / "nha-rules.toml"
    text = example.read_text(encoding="utf-8").replace(
        'code = "CBCS"\n',
        'code = "CBCS"\napprentice = "CBCS-A"\napprentice_rule = "One year of work."\n',
        1,
    )
    assert "CBCS-A" in text
    path = tmp_path / "own.toml"
    path.write_text(text, encoding="utf-8")
    book = cc.load_rulebook(path)
    cbcs = book.credential("CBCS")
    assert (cbcs.apprentice, cbcs.apprentice_rule) == ("CBCS-A", "One year of work.")
    held = cc.HeldCredential("CBCS-A", "2024-01-10").resolve(book)
    assert held.credential is cbcs
    assert held.apprentice
    assert cc.ceu_requirements(["CBCS-A"], rulebook=book) == cc.ceu_requirements(
        ["CBCS"], rulebook=book
    )
    assert BOOK.credential("CIC").apprentice is None


def test_the_html_view_shows_the_designation() -> None:
    """A credential's HTML view names its apprentice designation and how the A comes off."""
    html = cc.CPC._repr_html_()
    assert "Apprentice designation" in html
    assert "CPC-A" in html
    assert "Practicode" in html
    assert "Apprentice designation" not in BOOK.credential("CIC")._repr_html_()


# --- The status on every surface: the same answer everywhere ------------------------------


def _roster_report() -> cc.RosterReport:
    holders = [
        cc.Holder(
            "A1", [("CPC-A", "2024-05-10"), ("CRC", "2024-05-10")], aapc_renewal="2025-06-30"
        ),
        cc.Holder("F1", [("CPC", "2024-05-10")], aapc_renewal="2025-06-30"),
        cc.Holder("B1", [("CPC-A", "2023-01-10"), ("COC-A", "2023-02-01"), ("CCS", "2023-03-01")]),
    ]
    return cc.assess_roster(holders, as_of=AS_OF)


def test_records_name_the_apprentice_designations() -> None:
    """to_record/to_records: 'apprentice' names the body's designations held, else None."""
    records = {(r["holder_id"], r["body"]): r["apprentice"] for r in _roster_report().to_records()}
    assert records == {
        ("A1", "AAPC"): "CPC-A",
        ("F1", "AAPC"): None,
        ("B1", "AAPC"): "CPC-A, COC-A",
        ("B1", "AHIMA"): None,
    }


def test_pandas_shows_the_designation() -> None:
    """to_pandas: the credentials column shows CPC-A as the holder does; apprentice too."""
    pytest.importorskip("pandas", reason="needs the pandas extra: pip install -e '.[pandas]'")
    frame = _roster_report().to_pandas()
    assert frame["credentials"].tolist() == ["CPC-A, CRC", "CPC", "CPC-A, COC-A", "CCS"]
    assert [None if isinstance(v, float) else v for v in frame["apprentice"].tolist()] == [
        "CPC-A",
        None,
        "CPC-A, COC-A",
        None,
    ]


def _command(capsys: pytest.CaptureFixture[str], tmp_path: Path, *options: str) -> str:
    roster, ceus = _files(tmp_path)
    files = ["--holders", str(roster), "--activities", str(ceus), "--as-of", str(AS_OF)]
    assert main(["assess", *files, *options]) == EXIT_OK
    return capsys.readouterr().out


def test_the_table_has_an_apprentice_column_when_one_is_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The table shows an apprentice column, with CPC-A and COC-A on their rows; none without."""
    out = _command(capsys, tmp_path)
    header, _, *rows = out.split("\n\n")[0].splitlines()
    assert header.split()[:4] == ["holder", "name", "body", "apprentice"]
    by_holder = {row.split()[0]: row for row in rows}
    assert "AAPC  CPC-A" in by_holder["A1"]
    assert "AAPC  COC-A" in by_holder["C1"]
    assert "-A" not in by_holder["F1"]
    full_only = _command(
        capsys, tmp_path, "--standing", "lapsed,grace,inactive,behind,on-track,met"
    )
    assert "apprentice" in full_only.splitlines()[0]
    assert main(["demo"]) == EXIT_OK  # the demo holds no apprentice: no such column
    assert "apprentice" not in capsys.readouterr().out.splitlines()[0]


def test_csv_and_json_carry_the_apprentice_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """CSV and JSON have 'apprentice': the designation, or empty / null."""
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415
    import json  # noqa: PLC0415

    rows = list(csv.DictReader(io.StringIO(_command(capsys, tmp_path, "--format", "csv"))))
    assert {r["holder_id"]: r["apprentice"] for r in rows} == {
        "A1": "CPC-A",
        "F1": "",
        "C1": "COC-A",
    }
    records = json.loads(_command(capsys, tmp_path, "--format", "json"))["records"]
    assert {r["holder_id"]: r["apprentice"] for r in records} == {
        "A1": "CPC-A",
        "F1": None,
        "C1": "COC-A",
    }


def test_the_page_names_the_apprentice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The HTML page shows 'AAPC (CPC-A apprentice)' on A1's rows and says what it owes."""
    page = _command(capsys, tmp_path, "--format", "html")
    a1 = page.split('<article id="holder-1">', 1)[1].split("</article>", 1)[0]
    f1 = page.split('<article id="holder-2">', 1)[1].split("</article>", 1)[0]
    assert "<td>AAPC (CPC-A apprentice)</td>" in a1
    assert "CPC-A is held as an apprentice, owing the full credential's CEUs" in a1
    assert "apprentice" not in f1


def test_the_calendar_names_the_apprentice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each calendar event of an apprentice's row says so in its description."""
    pytest.importorskip("icalendar", reason="needs the ics extra: pip install -e '.[ics]'")
    calendar = _command(capsys, tmp_path, "--format", "ics").replace("\r\n ", "")
    events = calendar.split("BEGIN:VEVENT")[1:]
    for event in events:
        named = "Held as an apprentice: " in event
        assert named == (
            "A1" in event.split("SUMMARY:", 1)[1].split("\r\n", 1)[0]
            or "C1" in event.split("SUMMARY:", 1)[1].split("\r\n", 1)[0]
        )


def test_the_jupyter_views_name_the_apprentice() -> None:
    """The views of a body, a holder and a roster show CPC-A where to_records says it."""
    roster = _roster_report()
    apprentice, full = roster.reports[0], roster.reports[1]
    assessment = apprentice.for_body("AAPC")
    assert "CPC-A (apprentice, earned 2024-05-10)" in assessment._repr_html_()
    assert "CPC (earned 2024-05-10)" in full.for_body("AAPC")._repr_html_()
    assert "AAPC (CPC-A apprentice)" in apprentice._repr_html_()
    assert "apprentice" not in full._repr_html_().replace("apprentice_rule", "")
    text = cc.text_view(roster)
    a1_line = next(line for line in text.splitlines() if line.strip().startswith("A1"))
    assert "AAPC (CPC-A apprentice)" in a1_line
    assert "AAPC (CPC-A, COC-A apprentice)" in cc.html_view(roster)


def test_every_surface_gives_the_same_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Records, CSV, JSON, the table and explain agree on who is an apprentice, and of what."""
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415
    import json  # noqa: PLC0415

    holders, activities = cc.read_holders(_files(tmp_path)[0]), ()
    records = {
        r["holder_id"]: r["apprentice"]
        for r in cc.assess_roster(holders, activities, as_of=AS_OF).to_records()
    }
    csv_rows = list(csv.DictReader(io.StringIO(_command(capsys, tmp_path, "--format", "csv"))))
    json_rows = json.loads(_command(capsys, tmp_path, "--format", "json"))["records"]
    assert {r["holder_id"]: r["apprentice"] or None for r in csv_rows} == records
    assert {r["holder_id"]: r["apprentice"] for r in json_rows} == records
    roster, ceus = _files(tmp_path)
    for holder_id, designation in records.items():
        args = ["explain", holder_id, "--holders", str(roster), "--activities", str(ceus)]
        assert main([*args, "--as-of", str(AS_OF)]) == EXIT_OK
        said = capsys.readouterr().out
        if designation is None:
            assert "held as an apprentice" not in said
        else:
            assert f"{designation} (" in said
            assert "held as an apprentice" in said
