"""The readers' inputs as HR exports them, and the fast path's proof.

Long-form rosters, mapped column names, US dates, midnight timestamps,
spreadsheets, kinds and flags as people write them, and the roster's other
columns; every refusal says what would have been read. The fast path that fills
activities without running their converters gives the objects the constructor
builds, for any activity the strategies make.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import coding_certs as cc
from coding_certs import strategies as cs


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(
    call: object, *args: object, **kwargs: object
) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(cc.DataFileError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return [(p.line, p.field, p.message) for p in caught.value.problems]


# --- The fast path -------------------------------------------------------------------------------

COLUMNS = cc.to_dict(cc.CeuActivity("2025-01-01", "1", "other", "x")).keys()


def _csv_of(activities: list[cc.CeuActivity]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for activity in activities:
        row = cc.to_dict(activity)
        row["categories"] = ";".join(row["categories"])
        row["bodies"] = ";".join(row["bodies"])
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    activities=cs.activities().map(lambda a: [a])
    | cs.activities(holder_id="E1").map(lambda a: [a, a])
)
def test_fast_path_gives_the_constructors_objects(
    tmp_path: Path, activities: list[cc.CeuActivity]
) -> None:
    """An activity written to CSV reads back equal, field for field, with the same types."""
    path = _write(tmp_path, "log.csv", _csv_of(activities))
    read = cc.read_activities(path)
    assert read == tuple(activities)
    for got, expected in zip(read, activities, strict=True):
        rebuilt = cc.CeuActivity(**{name: getattr(got, name) for name in COLUMNS})
        assert rebuilt == got
        for name in COLUMNS:
            assert type(getattr(got, name)) is type(getattr(expected, name)), name


# --- Kinds, flags, numbers and dates as people write them ----------------------------------------

LOG_HEADER = "completed_on,units,kind,title,preapproved\n"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("Approved Event", "approved-event"), ("approved_event", "approved-event"),
     ("INSTRUCTION", "instruction"), (" Course_work ", "other")],
)  # fmt: skip
def test_kinds_in_the_spellings_people_write(tmp_path: Path, kind: str, expected: str) -> None:
    """Kinds are read in any case, with spaces or underscores for dashes."""
    if expected == "other":
        with pytest.raises(cc.DataFileError, match="expected approved-event, instruction"):
            cc.read_activities(_write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,{kind},A,\n"))
        return
    [activity] = cc.read_activities(
        _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,{kind},A,\n")
    )
    assert activity.kind.value == expected


@pytest.mark.parametrize(
    ("flag", "expected"),
    [("Y", True), ("yes", True), ("TRUE", True), ("1", True), ("t", True),
     ("N", False), ("no", False), ("false", False), ("0", False), ("", False)],
)  # fmt: skip
def test_flags_in_the_spellings_people_write(tmp_path: Path, flag: str, expected: bool) -> None:  # noqa: FBT001
    """Yes/no cells read Y/N, yes/no, true/false, 1/0 in any case; empty is no."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,other,A,{flag}\n")
    assert cc.read_activities(path)[0].preapproved is expected


@pytest.mark.parametrize(("flag", "expected"), [("Y", True), ("no", False), ("", False)])
def test_the_certificate_column(tmp_path: Path, flag: str, expected: bool) -> None:  # noqa: FBT001
    """A CSV log's certificate column reads yes/no as preapproved does; absent is no."""
    text = f"completed_on,units,kind,title,certificate\n2024-01-01,1,approved-event,A,{flag}\n"
    [activity] = cc.read_activities(_write(tmp_path, "l.csv", text))
    assert activity.certificate is expected
    plain = f"{LOG_HEADER}2024-01-01,1,other,A,\n"
    [without] = cc.read_activities(_write(tmp_path, "m.csv", plain))
    assert without.certificate is False


def test_a_bad_certificate_cell_names_its_column(tmp_path: Path) -> None:
    """A certificate cell that is not yes or no is a problem of that column and line."""
    text = "completed_on,units,kind,title,certificate\n2024-01-01,1,approved-event,A,maybe\n"
    with pytest.raises(cc.DataFileError, match=r"certificate.*expected yes or no"):
        cc.read_activities(_write(tmp_path, "l.csv", text))


def test_a_csv_log_with_certificates_counts_at_aapc(tmp_path: Path) -> None:
    """End to end: an approved event without index number counts at AAPC with its certificate."""
    text = (
        "completed_on,units,kind,title,index_number,certificate\n"
        "2025-05-01,2,approved-event,With certificate,,yes\n"
        "2025-05-02,3,approved-event,With neither,,no\n"
        "2025-05-03,4,approved-event,With index number,AAPC-1,\n"
    )
    log = cc.read_activities(_write(tmp_path, "ceus.csv", text))
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    aapc = cc.assess(holder, log, as_of="2025-06-01").for_body("AAPC")
    # They fall in the 90 days after the unmet cycle due 2025-03-15, and make it up.
    counted = [a.title for cycle in (aapc.current, *aapc.history) for a in cycle.counted]
    assert sorted(counted) == ["With certificate", "With index number"]
    assert [(r.activity.title, r.reason.value) for r in aapc.rejected] == [
        ("With neither", "missing-index-number")
    ]
    assert aapc.obligation is not None
    assert aapc.obligation.earned == 6  # the unmet cycle's, made up in part


def test_certificate_in_json_and_xlsx(tmp_path: Path) -> None:
    """JSON logs take true/false or yes/no for certificate; a sheet takes Y or a boolean."""
    data = (
        '[{"completed_on": "2024-03-01", "units": 1, "kind": "other", "title": "a",'
        ' "certificate": true},'
        ' {"completed_on": "2024-03-02", "units": 1, "kind": "other", "title": "b",'
        ' "certificate": "no"}]'
    )
    first, second = cc.read_activities(_write(tmp_path, "log.json", data))
    assert (first.certificate, second.certificate) == (True, False)
    path = _xlsx(
        tmp_path / "ceus.xlsx",
        [["completed_on", "units", "kind", "title", "certificate"],
         ["2024-06-13", 2, "other", "Webinar", "Y"],
         ["2024-06-14", 2, "other", "Course", False]],
    )  # fmt: skip
    assert [a.certificate for a in cc.read_activities(path)] == [True, False]


def test_messages_name_no_python_class(tmp_path: Path) -> None:
    """Messages speak of the file's columns and values, never of ActivityKind or CeuActivity."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-02-30,1.555,webinar,,maybe\n")
    text = "\n".join(m for _, _, m in _problems(cc.read_activities, path))
    assert "ActivityKind" not in text
    assert "CeuActivity" not in text
    assert "February 2024 has 29 days" in text


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("2025-04-31", "'2025-04-31' is not a date: April has 30 days"),
        ("2025-02-29", "February 2025 has 28 days"),
        ("2025-13-01", "there is no month 13"),
        ("03/15/2019", "date_format='us' (on the command: --date-format us)"),
        ("2020-03-01 14:30:00", "has a time of day"),
        ("15.03.2019", "expected a date written YYYY-MM-DD such as 2025-03-15"),
    ],
)
def test_bad_dates_say_what_is_read(tmp_path: Path, cell: str, fragment: str) -> None:
    """A date that cannot be read says why, and which forms are read."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}{cell},1,other,A,\n")
    [(line, field, message)] = _problems(cc.read_activities, path)
    assert (line, field) == (2, "completed_on")
    assert fragment in message


@pytest.mark.parametrize(
    "cell",
    ["2020-03-01 00:00:00", "2020-03-01T00:00:00", "2020-03-01T00:00", "2020-03-01 00:00:00.000"],
)
def test_midnight_timestamps_are_dates(tmp_path: Path, cell: str) -> None:
    """A timestamp at midnight, as spreadsheets export dates, is its date."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}{cell},1,other,A,\n")
    assert cc.read_activities(path)[0].completed_on == dt.date(2020, 3, 1)


def test_us_dates_only_when_asked(tmp_path: Path) -> None:
    """MM/DD/YYYY is read with date_format='us' (ISO still is); never guessed."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}03/04/2025,1,other,A,\n2025-03-05,1,other,B,\n")
    with pytest.raises(cc.DataFileError, match="date_format='us'"):
        cc.read_activities(path)
    first, second = cc.read_activities(path, date_format="us")
    assert (first.completed_on, second.completed_on) == (dt.date(2025, 3, 4), dt.date(2025, 3, 5))
    bad = _write(tmp_path, "b.csv", f"{LOG_HEADER}3/32/2025 12:00:00 AM,1,other,A,\n")
    [(_, _, message)] = _problems(cc.read_activities, bad, date_format="us")
    assert "March has 31 days" in message


def test_us_midnight_as_excel_writes_it(tmp_path: Path) -> None:
    """'3/15/2019 12:00:00 AM' (a spreadsheet's US export) is 2019-03-15 with date_format='us'."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}3/15/2019 12:00:00 AM,1,other,A,\n")
    assert cc.read_activities(path, date_format="us")[0].completed_on == dt.date(2019, 3, 15)


# --- Column names mapped by the user -------------------------------------------------------------


def test_columns_map_the_files_names(tmp_path: Path) -> None:
    """columns= maps the file's own names (any case and spacing) to the reader's."""
    path = _write(
        tmp_path,
        "l.csv",
        "Employee ID,Date,CEUs,Type,Course\nE1,2024-01-01,1.5,Approved Event,Update\n",
    )
    columns = {"employee id": "holder_id", "Date": "completed_on", "CEUs": "units",
               "Type": "kind", "Course": "title"}  # fmt: skip
    [activity] = cc.read_activities(path, columns=columns)
    assert (activity.holder_id, activity.units, activity.kind.value) == (
        "E1",
        Decimal("1.5"),
        "approved-event",
    )


def test_problems_name_the_files_columns(tmp_path: Path) -> None:
    """A bad cell is reported under the file's own column name."""
    path = _write(tmp_path, "l.csv", "Date,CEUs,kind,title\n2024-01-01,abc,other,A\n")
    problems = _problems(
        cc.read_activities, path, columns={"Date": "completed_on", "CEUs": "units"}
    )
    assert [(line, field) for line, field, _ in problems] == [(2, "CEUs")]


def test_missing_columns_say_how_to_map_them(tmp_path: Path) -> None:
    """A header without a required column says how to map the file's own names."""
    path = _write(tmp_path, "l.csv", "Date,units,kind,title\n2024-01-01,1,other,A\n")
    [(_, _, message)] = _problems(cc.read_activities, path)
    assert "missing required column(s) completed_on" in message
    assert "columns= (on the command: --columns)" in message


def test_a_mapped_column_absent_from_the_header(tmp_path: Path) -> None:
    """A column given in columns= that the header lacks is reported with the header's names."""
    path = _write(tmp_path, "l.csv", "completed_on,units,kind,title\n2024-01-01,1,other,A\n")
    [(_, _, message)] = _problems(cc.read_activities, path, columns={"Employee ID": "holder_id"})
    assert "'Employee ID'" in message
    assert "'completed_on'" in message


@pytest.mark.parametrize(
    ("columns", "error"),
    [
        ({"A": "nope"}, cc.InvalidValueError),
        ({"A": 1}, cc.InvalidTypeError),
        ("A=b", cc.InvalidTypeError),
    ],
)
def test_bad_column_maps(tmp_path: Path, columns: object, error: type[Exception]) -> None:
    """columns= must map text to one of the reader's columns."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,other,A,\n")
    with pytest.raises(error):
        cc.read_activities(path, columns=columns)  # type: ignore[arg-type]


def test_bad_date_format(tmp_path: Path) -> None:
    """date_format is 'iso' or 'us'."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,other,A,\n")
    with pytest.raises(cc.InvalidValueError, match="'iso' \\(YYYY-MM-DD\\) or 'us'"):
        cc.read_activities(path, date_format="eu")  # type: ignore[arg-type]


# --- Long-form rosters ---------------------------------------------------------------------------

LONG = """\
Employee ID,Name,Cert,Earned,Department
E1,Ann Lee,CPC,03/15/2019,Billing
E1,Ann Lee,CCS,04/01/2024 12:00:00 AM,Billing
E2,Bo,cpc-h,12/31/2016,Coding
E3,Cy,,,Coding
"""
HR = {"Employee ID": "holder_id", "Cert": "credential", "Earned": "earned_on"}


def test_a_long_roster_with_hr_columns_and_us_dates(tmp_path: Path) -> None:
    """One row per holder and credential, the file's own names, US dates: read as holders."""
    path = _write(tmp_path, "team.csv", LONG)
    ann, bo, cy = cc.read_holders(path, columns=HR, date_format="us")
    assert ann == cc.Holder("E1", [("CPC", "2019-03-15"), ("CCS", "2024-04-01")], name="Ann Lee")
    assert bo.credentials[0].credential is cc.CPC_H
    assert (cy.id, cy.credentials) == ("E3", ())


def test_the_wide_and_long_forms_give_the_same_holders(tmp_path: Path) -> None:
    """The form is told from the header; both give the same holders."""
    wide = _write(tmp_path, "w.csv", "id,name,credentials\nE1,Ann,CPC:2019-03-15;CCS:2024-04-01\n")
    long = _write(
        tmp_path,
        "l.csv",
        "holder_id,name,credential,earned_on\nE1,Ann,CPC,2019-03-15\nE1,,CCS,2024-04-01\n",
    )
    assert cc.read_holders(wide) == cc.read_holders(long)


def test_long_roster_problems(tmp_path: Path) -> None:
    """A long roster's bad rows are reported at their lines, in the file's column names."""
    path = _write(
        tmp_path,
        "team.csv",
        "Employee ID,Name,Cert,Earned\n"
        "E1,Ann,CPC,2019-03-15\n"
        "E1,Anne,CCS,2024-04-01\n"
        "E1,Ann,CPC,2020-01-01\n"
        "E2,,CPX,2020-01-01\n"
        "E3,,CCS,\n"
        "E4,,,2020-01-01\n"
        ",,CCS,2020-01-01\n"
        "E5,,CCS,03/15/2019\n",
    )
    problems = _problems(cc.read_holders, path, columns=HR)
    assert [(line, field) for line, field, _ in problems] == [
        (3, "Name"),
        (4, "Cert"),
        (5, "Cert"),
        (6, "Earned"),
        (7, "Cert"),
        (8, "Employee ID"),
        (9, "Earned"),
    ]
    assert "already has CPC on line 2" in problems[1][2]
    assert "date_format='us'" in problems[-1][2]


def test_a_roster_in_both_forms_or_neither(tmp_path: Path) -> None:
    """A header with both forms, or neither, is refused with the forms it can have."""
    both = _write(tmp_path, "b.csv", "id,credentials,credential,earned_on\n")
    neither = _write(tmp_path, "n.csv", "id,name\nE1,Ann\n")
    assert "keep one form" in _problems(cc.read_holders, both)[0][2]
    assert (
        "or credential and earned_on, one row per holder and credential)"
        in _problems(cc.read_holders, neither)[0][2]
    )


def test_renewal_dates_in_a_roster(tmp_path: Path) -> None:
    """The renewals (BODY:DATE;...) and aapc_renewal columns are read, and must agree."""
    path = _write(
        tmp_path,
        "team.csv",
        "id,credentials,renewals,aapc_renewal\nE1,CPC:2019-05-10,AAPC:2025-03-15,2025-03-15\n"
        "E2,CPC:2019-05-10,AAPC:2025-03-15,2025-04-15\nE3,CPC:2019-05-10,AAPC,\n",
    )
    problems = _problems(cc.read_holders, path)
    assert [(line, field) for line, field, _ in problems] == [(3, "aapc_renewal"), (4, "renewals")]
    good = _write(tmp_path, "g.csv", "id,credentials,renewals\nE1,CPC:2019-05-10,aapc:2025-03-15\n")
    assert cc.read_holders(good)[0].renewal("AAPC") == dt.date(2025, 3, 15)


# --- Spreadsheets --------------------------------------------------------------------------------


# A sheet's dates are naive datetimes.
NOON_FREE = dt.datetime(2024, 6, 12)  # noqa: DTZ001
AFTERNOON = dt.datetime(2024, 6, 12, 14, 30)  # noqa: DTZ001


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_xlsx_ceu_log(tmp_path: Path) -> None:
    """A spreadsheet's dates, numbers and text are read as they show."""
    path = _xlsx(
        tmp_path / "ceus.xlsx",
        [
            ["Employee ID", "completed_on", "units", "kind", "title", "preapproved"],
            [1042, NOON_FREE, 1.5, "Approved Event", " Update ", "Y"],
            [None, None, None, None, None, None],
            ["E2", "2024-06-13", 2, "other", "Webinar", True],
        ],
    )
    first, second = cc.read_activities(path, columns={"Employee ID": "holder_id"})
    assert (first.holder_id, first.completed_on, first.units, first.title, first.preapproved) == (
        "1042", dt.date(2024, 6, 12), Decimal("1.5"), "Update", True
    )  # fmt: skip
    assert (second.units, second.preapproved) == (Decimal(2), True)


def test_xlsx_problems_name_the_sheet_row(tmp_path: Path) -> None:
    """A bad cell of a spreadsheet is reported at its row number in the sheet."""
    path = _xlsx(
        tmp_path / "ceus.xlsx",
        [
            ["completed_on", "units", "kind", "title"],
            [AFTERNOON, 1.555, "other", "A"],
        ],
    )
    problems = _problems(cc.read_activities, path)
    assert [(line, field) for line, field, _ in problems] == [(2, "completed_on"), (2, "units")]


def test_an_xlsx_roster(tmp_path: Path) -> None:
    """A long-form roster in a spreadsheet, with real dates."""
    path = _xlsx(
        tmp_path / "team.xlsx",
        [["Employee ID", "Cert", "Earned"], ["E1", "CPC", dt.datetime(2019, 3, 15)]],  # noqa: DTZ001 -- naive, as in a sheet,
    )
    [holder] = cc.read_holders(path, columns=HR)
    assert holder.credentials == (cc.HeldCredential(cc.CPC, "2019-03-15"),)


def test_damaged_xlsx(tmp_path: Path) -> None:
    """A file named .xlsx that is not a workbook, or an empty sheet, is a DataFileError."""
    pytest.importorskip("openpyxl")
    bad = _write(tmp_path, "bad.xlsx", "completed_on,units\n")
    assert "not an .xlsx workbook" in _problems(cc.read_activities, bad)[0][2]
    empty = _xlsx(tmp_path / "empty.xlsx", [])
    assert "the sheet is empty" in _problems(cc.read_activities, empty)[0][2]


def test_xlsx_without_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without openpyxl, an .xlsx file gets a message that says how to install it."""
    path = _write(tmp_path, "ceus.xlsx", "")
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    [(_, _, message)] = _problems(cc.read_activities, path)
    assert "pip install 'coding-certs[xlsx]'" in message


def test_importing_the_readers_does_not_import_openpyxl(tmp_path: Path) -> None:
    """The openpyxl package is imported only when an .xlsx file is read."""
    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,1,other,A,\n")
    sys.modules.pop("openpyxl", None)
    cc.read_activities(path)
    assert "openpyxl" not in sys.modules


# --- The roster's other columns ------------------------------------------------------------------


def test_read_roster_columns(tmp_path: Path) -> None:
    """The roster's other columns, by holder id; a long roster gives each holder's first value."""
    path = _write(tmp_path, "team.csv", LONG)
    found = cc.read_roster_columns(path, ["department", "Name"], columns=HR)
    assert found == {
        "E1": {"department": "Billing", "Name": "Ann Lee"},
        "E2": {"department": "Coding", "Name": "Bo"},
        "E3": {"department": "Coding", "Name": "Cy"},
    }


def test_read_roster_columns_refuses_an_absent_column(tmp_path: Path) -> None:
    """A column the roster does not have is a DataFileError naming it."""
    path = _write(tmp_path, "team.csv", LONG)
    with pytest.raises(cc.DataFileError, match="no column\\(s\\) manager"):
        cc.read_roster_columns(path, ["manager"], columns=HR)
    with pytest.raises(cc.InvalidTypeError):
        cc.read_roster_columns(path, "department")


# --- Cells and rows of every shape ---------------------------------------------------------------


def test_cell_readers_take_typed_values() -> None:
    """The cell readers take the values JSON and spreadsheets give, and refuse the rest."""
    from coding_certs._fields import CellProblem, read_date, read_text, read_units  # noqa: PLC0415

    assert read_date(dt.date(2024, 1, 2), "iso") == dt.date(2024, 1, 2)
    assert read_units(Decimal("1.5")) == Decimal("1.5")
    assert read_text(1042) == "1042"
    for call in (lambda: read_date(5, "us"), lambda: read_text([1]), lambda: read_units(None)):
        with pytest.raises(CellProblem):
            call()
    with pytest.raises(CellProblem, match="MM/DD/YYYY such as 03/15/2025, or YYYY-MM-DD"):
        read_date("15.03.2025", "us")


def test_roster_rows_of_every_shape(tmp_path: Path) -> None:
    """Blank rows are skipped; a broken quote, a bad renewal and a bad name are reported."""
    wide = _write(
        tmp_path,
        "w.csv",
        'id,credentials,aapc_renewal\nE1,CPC:2019-05-10,2025-02-30\n,,\nE2,CPC:2019-05-10,\n"E3,x\n',
    )
    assert [(line, field) for line, field, _ in _problems(cc.read_holders, wide)] == [
        (2, "aapc_renewal"),
        (5, None),
    ]
    long = _write(
        tmp_path,
        "l.csv",
        "id,credential,earned_on,renewals\nE1,CPC,2019-05-10,AAPC:2025-03-15\n,,,\n"
        'E1,CCS,2024-03-15,AAPC:2025-04-15\n"E2,x\n',
    )
    assert [(line, field) for line, field, _ in _problems(cc.read_holders, long)] == [
        (4, "renewals"),
        (5, None),
    ]


def test_json_roster_values_of_the_wrong_shape(tmp_path: Path) -> None:
    """JSON values of the wrong type are reported at their keys, never a crash."""
    rows = [
        {"id": ["E1"], "credentials": []},
        {"id": "E2"},
        {"id": "E3", "credentials": ["CPC:2019-05-10", 5]},
        {"id": "E4", "credentials": [{"code": "CPC", "when": "2019"}]},
        {"id": "E5", "credentials": [{"code": 5, "earned_on": "2019-05-10"}]},
        {"id": "E6", "credentials": "CPC:2019-05-10", "renewals": {"AAPC": "2025-02-30"}},
        {"id": "E7", "credentials": "CPC:2019-05-10", "renewals": 5},
    ]
    import json  # noqa: PLC0415

    path = _write(tmp_path, "team.json", "[\n" + ",\n".join(map(json.dumps, rows)) + "\n]")
    assert [(line, field) for line, field, _ in _problems(cc.read_holders, path)] == [
        (2, "id"),
        (3, "credentials"),
        (4, "credentials"),
        (5, "credentials"),
        (6, "credentials[0].credential"),
        (7, "renewals[AAPC]"),
        (8, "renewals"),
    ]


def test_json_problems_of_the_whole_file(tmp_path: Path) -> None:
    """A mapped key that no object has, and a long non-object element, are reported."""
    path = _write(tmp_path, "log.json", '[{"completed_on": "2024-01-01"}]')
    assert "'Date'" in _problems(cc.read_activities, path, columns={"Date": "completed_on"})[0][2]
    path = _write(tmp_path, "log2.json", "[" + json_list(40) + "]")
    [(_, _, message)] = _problems(cc.read_activities, path)
    assert message.endswith("...")


def json_list(count: int) -> str:
    """A JSON list of ``count`` numbers, as text."""
    return "[" + ", ".join(str(n) for n in range(count)) + "]"


def test_a_bad_byte_far_into_a_file(tmp_path: Path) -> None:
    """A byte that is not UTF-8 a megabyte into a log is reported at its line."""
    row = b"2024-01-01,1,other,Webinar\n"
    data = b"completed_on,units,kind,title\n" + row * 50_000 + b"2024-01-01,1,other,Caf\xe9\n"
    path = tmp_path / "log.csv"
    path.write_bytes(data)
    [(line, _, message)] = _problems(cc.read_activities, path)
    assert (line, "0xe9" in message) == (50_002, True)


def test_roster_columns_of_every_shape(tmp_path: Path) -> None:
    """read_roster_columns skips rows without an id, reads JSON, and refuses broken files."""
    path = _write(tmp_path, "t.csv", 'id,dept\nE1,A\n,B\n"E2,x\n')
    with pytest.raises(cc.DataFileError, match="never closed"):
        cc.read_roster_columns(path, ["dept"])
    good = _write(
        tmp_path, "t.json", '[{"id": "E1"}, {"id": "", "dept": "B"}, {"id": "E2", "dept": "C"}]'
    )
    assert cc.read_roster_columns(good, ["dept"]) == {"E1": {"dept": ""}, "E2": {"dept": "C"}}
    with pytest.raises(cc.InvalidTypeError):
        cc.read_roster_columns(good, [5])  # type: ignore[list-item]


def test_xlsx_header_problems_and_missing_files(tmp_path: Path) -> None:
    """A sheet with a column named twice, or a missing workbook, is a DataFileError."""
    twice = _xlsx(tmp_path / "t.xlsx", [["title", "Title", "units"], ["A", "B", 2.0]])
    assert "named twice" in _problems(cc.read_activities, twice)[0][2]
    assert "cannot read the file" in _problems(cc.read_activities, tmp_path / "none.xlsx")[0][2]


def test_xlsx_whole_floats_are_numbers(tmp_path: Path) -> None:
    """A whole float in a sheet (2.0) is the number 2."""
    from coding_certs._xlsx import _cell  # noqa: PLC0415

    assert (_cell(2.0), _cell(None), _cell(" a ")) == (2, "", "a")


def test_reading_ignores_the_callers_decimal_context(tmp_path: Path) -> None:
    """Units are read in the library's own decimal context, whatever the caller's is."""
    import decimal  # noqa: PLC0415

    path = _write(tmp_path, "l.csv", f"{LOG_HEADER}2024-01-01,999.99,other,A,\n")
    strict = decimal.Context(prec=3, traps=[decimal.Inexact, decimal.Rounded])
    with decimal.localcontext(strict):
        assert cc.read_activities(path)[0].units == Decimal("999.99")


def test_rows_of_blank_cells_are_skipped(tmp_path: Path) -> None:
    """Rows of empty or blank cells (as spreadsheets export them) are not activities or errors."""
    path = _write(
        tmp_path,
        "l.csv",
        f"{LOG_HEADER}2024-01-01,1,other,A,\n   \n , , ,,\n\n2024-01-02,1,other,B,\n",
    )
    assert [a.title for a in cc.read_activities(path)] == ["A", "B"]


@pytest.mark.parametrize(
    ("as_of", "standing", "phase"),
    [
        ("2025-03-15", "behind", None),  # the due date itself: nothing unmet yet
        ("2025-04-14", "grace", "grace"),  # day 30: the last of AAPC's grace
        ("2025-04-15", "grace", "late-fee"),  # day 31: the late fee, still active
        ("2025-06-13", "grace", "late-fee"),  # day 90: the last day before revocation
        ("2025-06-14", "lapsed", "revoked"),
    ],
)
def test_the_record_names_aapcs_phase_after_an_unmet_due_date(
    as_of: str, standing: str, phase: str | None
) -> None:
    """AAPC: 30 days of grace, then a late fee to day 90, both active; the record says which."""
    holder = cc.Holder("E1", [("CPC", "2020-01-15")], aapc_renewal="2021-03-15")
    log = [
        cc.CeuActivity("2022-05-01", "36", "approved-event", "Summit", index_number="S1"),
        cc.CeuActivity("2023-05-01", "30", "approved-event", "Conference", index_number="C1"),
    ]
    record = cc.assess(holder, log, as_of=as_of).for_body("AAPC").to_record()
    assert (record["standing"], record["phase"]) == (standing, phase)
