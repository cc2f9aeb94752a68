"""Acting on the report: --standing, --due-within, --due-by, --sort, to_pace, the summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._cli_base import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE
from coding_certs.cli import main

SEVERITY = {standing.value: standing.severity for standing in cc.Standing}


def demo_rows(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    """The rows of `coding-certs demo --format csv ARGS`."""
    assert main(["demo", "--format", "csv", *args]) == EXIT_OK
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def deadline(row: dict[str, str]) -> dt.date | None:
    """The last day a row's CEUs can be reported, worked out from its own columns."""
    if row["standing"] == "lapsed":
        return None
    if row["cycle"] == "unmet" and row["standing_until"]:
        return dt.date.fromisoformat(row["standing_until"])
    return dt.date.fromisoformat(row["due"])


def keys(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Each row's holder and body."""
    return [(row["holder_id"], row["body"]) for row in rows]


def test_standing_keeps_only_those_standings(capsys: pytest.CaptureFixture[str]) -> None:
    """--standing behind,Grace shows exactly the rows at those standings, in roster order."""
    every = demo_rows(capsys)
    chosen = demo_rows(capsys, "--standing", "behind, Grace")
    assert chosen == [row for row in every if row["standing"] in {"behind", "grace"}]
    assert {row["standing"] for row in chosen} == {"behind", "grace"}


@pytest.mark.parametrize("days", [0, 30, 45, 60, 400, 1000])
def test_due_within_keeps_open_deadlines_in_the_window(
    capsys: pytest.CaptureFixture[str], days: int
) -> None:
    """--due-within N keeps the rows whose deadline is from as_of to as_of + N, no others."""
    every = demo_rows(capsys)
    chosen = demo_rows(capsys, "--due-within", f"{days}d")
    end = cc.DEMO_AS_OF + dt.timedelta(days=days)
    expected = [
        row for row in every if (last := deadline(row)) is not None and cc.DEMO_AS_OF <= last <= end
    ]
    assert chosen == expected
    assert demo_rows(capsys, "--due-within", str(days)) == chosen
    assert demo_rows(capsys, "--due-by", end.isoformat()) == chosen


def test_due_within_60_days_on_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    """On the demo's day: Patricia Wells (grace ends 2026-02-28), Aisha Johnson and Hannah Okafor.

    Patricia's due date has passed, but her grace period has not: she can still act.
    Susan Patel is lapsed: no deadline is left to meet.
    """
    chosen = demo_rows(capsys, "--due-within", "60", "--sort", "due")
    assert keys(chosen) == [("E1005", "AHIMA"), ("E1007", "AAPC"), ("E1012", "AHIMA")]


@pytest.mark.parametrize("sort", ["due", "severity", "holder"])
def test_sort_orders_every_row(capsys: pytest.CaptureFixture[str], sort: str) -> None:
    """--sort reorders the rows and keeps every one of them."""
    every = demo_rows(capsys)
    ordered = demo_rows(capsys, "--sort", sort)
    assert sorted(keys(ordered)) == sorted(keys(every))
    last = [deadline(row) or dt.date.max for row in ordered]
    if sort == "due":
        assert last == sorted(last)
    elif sort == "severity":
        severities = [-SEVERITY[row["standing"]] for row in ordered]
        assert list(zip(severities, last, strict=True)) == sorted(
            zip(severities, last, strict=True)
        )
        assert ordered[0]["standing"] == "lapsed"
    else:
        assert keys(ordered) == sorted(keys(ordered))


def test_to_pace_is_what_is_needed_now(capsys: pytest.CaptureFixture[str]) -> None:
    """to_pace: pace less earned (at least 0) in a current cycle; an unmet cycle's whole lack."""
    for row in demo_rows(capsys):
        if row["standing"] == "lapsed":
            assert row["to_pace"] == ""
        elif row["cycle"] == "unmet":
            assert row["to_pace"] == row["remaining"]
        else:
            expected = max(Decimal(0), Decimal(row["pace"]) - Decimal(row["earned"]))
            assert Decimal(row["to_pace"]) == expected
            assert (Decimal(row["to_pace"]) > 0) == (row["standing"] == "behind")


def test_summary_counts_holders_and_assessments_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The JSON summary counts holders and assessments apart, for the whole roster."""
    assert main(["demo", "--format", "json", "--standing", "lapsed"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    every = demo_rows(capsys)
    assert document["holders"] == len({row["holder_id"] for row in every})
    assert document["assessments"] == len(every)
    bad = {row["holder_id"] for row in every if row["in_good_standing"] == "false"}
    assert document["holders_in_good_standing"] == document["holders"] - len(bad)
    assert sum(document["counts"].values()) == document["assessments"]
    assert [r["standing"] for r in document["records"]] == ["lapsed"]


def test_table_summary_says_what_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """The table says how many rows of how many are shown, and why."""
    assert main(["demo", "--standing", "grace,behind", "--due-within", "60"]) == EXIT_OK
    out = capsys.readouterr().out
    assert (
        "Shown: 2 of 13 (standing behind or grace, deadline from 2026-01-15 to 2026-03-16)." in out
    )
    assert "12 holders as of 2026-01-15, 10 of them in good standing." in out


def test_fail_on_looks_at_the_whole_roster(capsys: pytest.CaptureFixture[str]) -> None:
    """--fail-on still finds the lapsed coder when --standing hides the row."""
    assert main(["demo", "--standing", "met", "--fail-on", "lapsed"]) == EXIT_ATTENTION
    assert "E1009 (AAPC lapsed)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--standing", "behind,late"], "--standing: unknown standing 'late'; use one or more of"),
        (["--standing", ""], "--standing: unknown standing ''"),
        (["--due-within", "two months"], "--due-within must be a number of days, such as 60"),
        (["--due-within", "-5"], "--due-within must be a number of days"),
        (["--due-by", "03/16/2026"], "--due-by must be an ISO date"),
        (["--due-within", "60", "--due-by", "2026-03-16"], "give --due-within or --due-by"),
    ],
)
def test_bad_choices_are_one_error_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A bad --standing, --due-within or --due-by exits 2 with one line and prints no report."""
    assert main(["demo", *args]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert message in captured.err


def test_every_surface_of_the_command_gives_the_same_numbers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """For the demo, the CSV, the JSON and the table agree with to_records() on every row."""
    holders, activities = cc.load_demo()
    expected = cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF).to_records()
    rows = demo_rows(capsys)
    assert main(["demo", "--format", "json"]) == EXIT_OK
    records = json.loads(capsys.readouterr().out)["records"]
    assert main(["demo"]) == EXIT_OK
    table = capsys.readouterr().out.splitlines()[2 : 2 + len(expected)]
    assert len(rows) == len(records) == len(expected)
    for record, row, document, line in zip(expected, rows, records, table, strict=True):
        for key, value in record.items():
            text = (
                ""
                if value is None
                else str(value).lower()
                if isinstance(value, bool)
                else str(value)
            )
            assert row[key] == text, key
            assert document[key] == (value if isinstance(value, bool | None) else text), key
        cells = line.split()
        assert cells[0] == record["holder_id"]
        at = cells.index(str(record["standing"]))
        numbers = [str(record[key]) for key in ("required", "earned", "remaining")]
        assert cells[at + 1 : at + 4] == numbers
        assert str(record["due"]) in cells[at + 4 :]


@pytest.fixture
def team(tmp_path: Path) -> list[str]:
    """`assess` arguments for a roster with Department and Manager columns, kept."""
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,credentials,Department,Manager\n"
        "E1,Ann,CPC:2020-01-10,Billing,=cmd|x\n"
        "E2,Bo,CPC:2020-01-10;CCS:2021-02-01,,b@example.com\n",
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    return [
        *("assess", "--holders", str(roster), "--activities", str(ceus)),
        *("--as-of", "2025-03-01", "--keep-columns", "department,manager"),
    ]


def test_kept_columns_in_the_table(team: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """--keep-columns shows the roster's columns after the name in the table, escaped."""
    assert main(team) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["holder", "name", "department", "manager"]
    assert lines[2].split()[:4] == ["E1", "Ann", "Billing", "=cmd|x"]
    assert lines[3].split()[:3] == ["E2", "Bo", "b@example.com"]


def test_kept_columns_in_the_page(team: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The HTML page shows them in the attention list and beside each holder's name."""
    assert main([*team, "--format", "html"]) == EXIT_OK
    page = capsys.readouterr().out
    assert "<th>department</th><th>manager</th>" in page
    assert "E1 Ann (department: Billing; manager: =cmd|x)" in page
    assert "E2 Bo (manager: b@example.com)" in page


def test_kept_columns_in_csv_are_safe(team: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """In CSV, a kept cell that would run as a formula is neutralised like every other."""
    assert main([*team, "--format", "csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["department"], r["manager"]) for r in rows] == [
        ("Billing", "'=cmd|x"),
        ("", "b@example.com"),
        ("", "b@example.com"),
    ]
