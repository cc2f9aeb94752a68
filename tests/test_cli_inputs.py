"""The command's input options: --columns, --date-format, --keep-columns, and .xlsx files.

The "done when" of HR's inputs: a long-form roster with ``Employee ID``
columns and US dates, plus an ``.xlsx`` CEU log, assess with the right
options, and the same files without them are refused with a message that
shows the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._cli_base import EXIT_OK, EXIT_USAGE
from coding_certs._cli_inputs import _LOG, _ROSTER
from coding_certs._records import ACTIVITY_FIELDS, HOLDER_ALIASES, HOLDER_FIELDS
from coding_certs.cli import main

ROSTER = """\
Employee ID,Name,Cert,Earned,Department,Manager
1042,Ana Torres,CPC,03/15/2019,Billing,kim@example.com
1042,Ana Torres,CCS,3/15/2024 12:00:00 AM,Billing,kim@example.com
1043,Ben Walsh,CPC,06/20/2016,Coding,lee@example.com
"""
HR_COLUMNS = "Employee ID=holder_id,Cert=credential,Earned=earned_on"


def _log(tmp_path: Path) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Employee ID", "completed_on", "units", "kind", "title", "index_number"])
    sheet.append([1042, dt.datetime(2025, 6, 12), 1.5, "Approved Event", "Update", "A-1"])  # noqa: DTZ001 -- a sheet's dates are naive
    sheet.append([1043, dt.datetime(2025, 7, 1), 10, "Approved Event", "Workshop", "A-2"])  # noqa: DTZ001 -- a sheet's dates are naive
    path = tmp_path / "ceus.xlsx"
    book.save(path)
    return path


def _files(tmp_path: Path) -> tuple[str, str]:
    roster = tmp_path / "export.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    return str(roster), str(_log(tmp_path))


def test_the_reader_columns_agree_with_the_readers() -> None:
    """The command's lists of columns are the readers' (kept apart so the parser stays light)."""
    assert set(_ROSTER) == set(HOLDER_FIELDS) | set(HOLDER_ALIASES)
    assert _LOG == ACTIVITY_FIELDS


def test_hr_files_assess_with_the_right_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A long-form roster with HR's names and US dates plus an .xlsx log assess."""
    roster, log = _files(tmp_path)
    status = main([
        "assess", "--holders", roster, "--activities", log, "--columns", HR_COLUMNS,
        "--date-format", "us", "--as-of", "2026-01-15", "--format", "csv",
        "--keep-columns", "department,Manager",
    ])  # fmt: skip
    assert status == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_key = {(row["holder_id"], row["body"]): row for row in rows}
    assert set(by_key) == {("1042", "AAPC"), ("1042", "AHIMA"), ("1043", "AAPC")}
    assert by_key["1042", "AAPC"]["department"] == "Billing"
    assert by_key["1043", "AAPC"]["Manager"] == "lee@example.com"
    assert list(rows[0])[-2:] == ["department", "Manager"]
    expected = cc.assess_roster(
        cc.read_holders(roster, columns={"Employee ID": "id", "Cert": "credential",
                                         "Earned": "earned_on"}, date_format="us"),
        cc.read_activities(log, columns={"Employee ID": "holder_id"}),
        as_of="2026-01-15",
    )  # fmt: skip
    earned = {(r["holder_id"], r["body"]): str(r["earned"]) for r in expected.to_records()}
    assert {key: row["earned"] for key, row in by_key.items()} == earned


def test_the_same_files_without_the_options_show_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --columns and --date-format the files are refused, saying how to read them."""
    roster, log = _files(tmp_path)
    assert main(["assess", "--holders", roster, "--activities", log]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "missing required column(s) id" in err
    assert "(on the command: --columns)" in err
    assert (
        main(["assess", "--holders", roster, "--activities", log, "--columns", HR_COLUMNS])
        == EXIT_USAGE
    )
    assert "(on the command: --date-format us)" in capsys.readouterr().err


def test_columns_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--columns may name a file of NAME=COLUMN lines, or a JSON object."""
    roster, log = _files(tmp_path)
    lines = tmp_path / "columns.txt"
    lines.write_text("# HR's names\nEmployee ID=holder_id\nCert=credential\nEarned=earned_on\n")
    data = tmp_path / "columns.json"
    data.write_text(
        json.dumps({"Employee ID": "holder_id", "Cert": "credential", "Earned": "earned_on"})
    )
    for spec in (lines, data):
        status = main(["assess", "--holders", roster, "--activities", log, "--columns", str(spec),
                       "--date-format", "us", "--format", "json"])  # fmt: skip
        assert status == EXIT_OK
        assert json.loads(capsys.readouterr().out)["holders"] == 2


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--columns", "Employee ID"], "neither NAME=COLUMN pairs nor a readable file"),
        (["--columns", "Employee ID=staff"], "'staff' is not a column of a roster"),
        (["--columns", "=holder_id"], "expected NAME=COLUMN"),
        (["--keep-columns", "name"], "not already in the report (name)"),
        (["--keep-columns", ","], "give roster column names"),
        (["--keep-columns", "office"], "--keep-columns: "),
    ],
)
def test_bad_input_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], fragment: str
) -> None:
    """A bad --columns or --keep-columns is one error line and exit status 2."""
    roster, log = _files(tmp_path)
    base = ["assess", "--holders", roster, "--activities", log, "--date-format", "us"]
    if options[0] == "--keep-columns":
        base += ["--columns", HR_COLUMNS]
    assert main([*base, *options]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert fragment in err
    assert "Traceback" not in err


def test_bad_column_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --columns file that is not valid JSON, or not one object of text, is refused."""
    roster, log = _files(tmp_path)
    for text, fragment in (("{", "not valid JSON"), ("[1]", "must be one JSON object")):
        spec = tmp_path / "c.json"
        spec.write_text(text)
        status = main(["assess", "--holders", roster, "--activities", log, "--columns", str(spec)])
        assert status == EXIT_USAGE
        assert fragment in capsys.readouterr().err


def test_the_command_refuses_a_ceu_of_an_unknown_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A log's body the rule book does not know: exit 2, its cell and the known bodies, no trace."""
    roster = tmp_path / "team.csv"
    roster.write_text("id,credentials\nE1,CPC:2019-05-10\n", encoding="utf-8")
    log = tmp_path / "ceus.csv"
    log.write_text(
        "holder_id,completed_on,units,kind,title,bodies\nE1,2025-01-10,2,other,Webinar,APPC\n",
        encoding="utf-8",
    )
    status = main(["assess", "--holders", str(roster), "--activities", str(log)])
    assert status == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    known = ", ".join(sorted(body.code for body in cc.default_rulebook().bodies))
    assert (
        f"ceus.csv, line 2, bodies: unknown body code 'APPC' (did you mean 'AAPC'?); "
        f"known: {known}; leave the cell empty" in captured.err
    )
    assert "Traceback" not in captured.err


def test_the_command_checks_a_logs_bodies_against_its_rulebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --rulebook, the log's bodies are that book's: its own body reads, AAPC is refused."""
    nha = Path(__file__).resolve().parent.parent / "docs" / "examples" / "nha-rules.toml"
    rules = tmp_path / "own.toml"
    rules.write_text(nha.read_text(encoding="utf-8").replace('"NHA"', '"XNHA"'), encoding="utf-8")
    roster = tmp_path / "team.csv"
    roster.write_text("id,credentials\nN1,CBCS:2022-03-01\n", encoding="utf-8")
    log = tmp_path / "ceus.csv"
    header = "holder_id,completed_on,units,kind,title,bodies\n"
    base = ["--rulebook", str(rules), "assess", "--holders", str(roster), "--activities", str(log),
            "--as-of", "2024-01-01", "--format", "csv"]  # fmt: skip
    log.write_text(header + "N1,2023-01-10,9.5,other,Billing,XNHA\n", encoding="utf-8")
    assert main(base) == EXIT_OK
    [row] = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (row["body"], row["earned"]) == ("XNHA", "9.5")
    log.write_text(header + "N1,2023-01-10,9.5,other,Billing,AAPC\n", encoding="utf-8")
    assert main(base) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "ceus.csv, line 2, bodies: unknown body code 'AAPC'; known: XNHA;" in err
    assert "Traceback" not in err
