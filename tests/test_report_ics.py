"""The calendar of deadlines (`--format ics`), parsed back with the icalendar library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from coding_certs.cli import EXIT_OK, main
from command import RUN_TIMEOUT


def demo_bytes(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> bytes:
    """What `coding-certs demo --format ics ARGS` writes, as bytes."""
    assert main(["demo", "--format", "ics", *args]) == EXIT_OK
    return capsysbinary.readouterr().out


def demo_rows(capsysbinary: pytest.CaptureFixture[bytes]) -> list[dict[str, str]]:
    """The rows of `coding-certs demo --format csv`."""
    assert main(["demo", "--format", "csv"]) == EXIT_OK
    text = capsysbinary.readouterr().out.decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def events(data: bytes) -> list[icalendar.cal.Component]:
    """The events of a calendar, parsed with icalendar."""
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//coding-certs//CEU deadlines//EN"
    return list(calendar.walk("VEVENT"))


def expected_deadline(row: dict[str, str]) -> dt.date | None:
    """A row's deadline, from its own columns."""
    if row["standing"] == "lapsed":
        return None
    if row["cycle"] == "unmet":
        return dt.date.fromisoformat(row["standing_until"])
    return dt.date.fromisoformat(row["due"])


def test_one_event_per_deadline(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Every row with a deadline is one all-day event on that day; a lapsed row has none."""
    rows = demo_rows(capsysbinary)
    found = events(demo_bytes(capsysbinary))
    expected = [(r["holder_id"], r["body"], expected_deadline(r)) for r in rows]
    expected = [e for e in expected if e[2] is not None]
    assert len(found) == len(expected) == len(rows) - 1
    for (holder, body, day), event in zip(expected, found, strict=True):
        assert str(event["SUMMARY"]).startswith(f"{holder} ")
        assert f" {body} " in str(event["SUMMARY"])
        assert event.decoded("DTSTART") == day
        assert event.decoded("DTEND") == day + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 1, 15, tzinfo=dt.UTC)
    assert len({str(event["UID"]) for event in found}) == len(found)


def test_grace_is_its_last_day(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Patricia Wells' event is day 90, her last day active (grace 30 days, then late fee)."""
    (grace,) = [e for e in events(demo_bytes(capsysbinary)) if "E1007" in str(e["SUMMARY"])]
    assert str(grace["SUMMARY"]) == (
        "E1007 Patricia Wells: last day to make up AAPC CEUs while still active "
        "(6 CEUs missing, now late-fee)"
    )
    assert grace.decoded("DTSTART") == dt.date(2026, 2, 28)
    assert "report the 6 missing CEUs by 2026-02-28" in str(grace["DESCRIPTION"])


def test_the_same_report_gives_the_same_bytes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Two runs give the same file, so a calendar re-import updates events in place."""
    first = demo_bytes(capsysbinary)
    assert demo_bytes(capsysbinary) == first
    assert b"\r\n" in first
    assert b"\n" not in first.replace(b"\r\n", b"")


def test_the_rows_chosen_are_the_events(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """--due-within keeps only the near deadlines; their UIDs are the full calendar's."""
    every = {str(e["UID"]): e for e in events(demo_bytes(capsysbinary))}
    near = events(demo_bytes(capsysbinary, "--due-within", "60"))
    assert [e.decoded("DTSTART") for e in near] == [
        dt.date(2026, 2, 27),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 14),
    ]
    assert all(str(e["UID"]) in every for e in near)


def test_utf8_whatever_the_terminal(tmp_path: Path) -> None:
    """The file is UTF-8 (RFC 5545) even when the output's encoding is ASCII."""
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,credentials\nE1,李小龙 José,CPC:2020-01-10\n", encoding="utf-8")
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    result = subprocess.run(  # noqa: S603 -- our own interpreter and arguments
        [
            *(sys.executable, "-m", "coding_certs", "assess", "--holders", str(roster)),
            *("--activities", str(ceus), "--as-of", "2025-03-01", "--format", "ics"),
        ],
        capture_output=True,
        timeout=RUN_TIMEOUT,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert (result.returncode, result.stderr) == (EXIT_OK, b"")
    (event,) = events(result.stdout)
    assert str(event["SUMMARY"]) == (
        "E1 李小龙 José: last day to make up AAPC CEUs while still active "
        "(36 CEUs missing, now late-fee)"
    )


def test_icalendar_is_imported_only_for_this_format() -> None:
    """The table report does not load icalendar (an optional extra)."""
    code = (
        "import sys, contextlib, io\n"
        "from coding_certs.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['demo'])\n"
        "print('icalendar' in sys.modules)\n"
    )
    result = subprocess.run(  # noqa: S603 -- our own interpreter and code
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=True,
    )
    assert result.stdout.strip() == "False"
