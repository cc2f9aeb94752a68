"""The CSV report, written as each holder is assessed, is the report of the whole roster.

``coding-certs assess --format csv`` makes each holder's report, writes its rows and lets
it go (issue 11: the command's memory). Its output must be the bytes the whole-roster way
gives (every report made, then the records chosen, sorted, made plain and written), with
the same notes and exit status, on a generated roster where every standing occurs.
"""

from __future__ import annotations

import datetime as dt
import decimal
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import coding_certs as cc
from coding_certs import _cli_csv, _cli_report
from coding_certs._cli_base import EXIT_ATTENTION, EXIT_OK, Output
from coding_certs._cli_inputs import with_kept
from coding_certs._report_formats import csv_text, plain
from coding_certs._report_rows import RowChoice, report_records
from coding_certs._roster import roster_reports
from coding_certs.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import run

AS_OF = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The benchmark's roster (seed 3) of 300 holders and their log, as CSV files."""
    roster, log = run.generate(300, 20, 3)
    holders_path, log_path = run.write_csv(tmp_path_factory.mktemp("generated"), roster, log)
    return Path(holders_path), Path(log_path)


@pytest.fixture(scope="module")
def whole(files: tuple[Path, Path]) -> cc.RosterReport:
    """The whole roster, assessed at once by the library."""
    holders_path, log_path = files
    return cc.assess_roster(
        cc.read_holders(holders_path), cc.read_activities(log_path), as_of=AS_OF
    )


def test_the_generated_roster_has_every_standing(whole: cc.RosterReport) -> None:
    """The comparisons below see every standing and both kinds of row."""
    assert all(whole.count_by_standing().values())
    assert {r["cycle"] for r in whole.to_records()} == {"current", "unmet"}
    assert any(not report.assessments or report.not_yet_held for report in whole)


CHOICES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "every-row": ({}, []),
    "sort-due": ({"sort": "due"}, ["--sort", "due"]),
    "sort-severity-some": (
        {"sort": "severity", "standings": frozenset({"behind", "grace", "lapsed"})},
        ["--sort", "severity", "--standing", "behind,grace,lapsed"],
    ),
    "due-within-60": ({"due_by": AS_OF + dt.timedelta(days=60)}, ["--due-within", "60"]),
    "sort-holder-kept": (
        {"sort": "holder"},
        ["--sort", "holder", "--keep-columns", "aapc_renewal"],
    ),
}


@pytest.mark.parametrize("case", list(CHOICES))
def test_the_streamed_csv_is_the_whole_rosters(
    files: tuple[Path, Path],
    whole: cc.RosterReport,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    """Same bytes as the records of the whole roster, chosen, sorted and made plain."""
    holders_path, log_path = files
    choice, options = CHOICES[case]
    status = main(
        [
            *("assess", "--holders", str(holders_path), "--activities", str(log_path)),
            *("--as-of", AS_OF.isoformat(), "--format", "csv", *options),
        ]
    )
    assert status == EXIT_OK
    records = RowChoice(as_of=AS_OF, **choice).apply(report_records(whole))
    assert records  # each choice shows some rows
    kept = (
        cc.read_roster_columns(holders_path, ["aapc_renewal"])
        if "--keep-columns" in options
        else None
    )
    expected = csv_text(with_kept([plain(record) for record in records], kept))
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize("standing", ["behind", "grace", "lapsed"])
def test_the_streamed_csv_notes_and_fails_as_the_whole_roster(
    files: tuple[Path, Path],
    whole: cc.RosterReport,
    capsys: pytest.CaptureFixture[str],
    standing: str,
) -> None:
    """--fail-on names every assessment at or past it, in roster order, and exits 1."""
    holders_path, log_path = files
    status = main(
        [
            *("assess", "--holders", str(holders_path), "--activities", str(log_path)),
            *("--as-of", AS_OF.isoformat(), "--format", "csv", "--fail-on", standing),
        ]
    )
    owners = {id(a): report.holder.id for report in whole for a in report.assessments}
    flagged = [
        f"{owners[id(a)]} ({a.body.code} {a.standing.value})" for a in whole.at_or_past(standing)
    ]
    assert flagged
    assert status == EXIT_ATTENTION
    notes = capsys.readouterr().err.splitlines()
    expected = Output()
    _cli_report.note_not_assessed(whole, expected)
    assert notes[:-1] == expected.notes  # who holds nothing, what is dated later
    assert notes[-1] == (
        f"coding-certs: {len(flagged)} assessments at or past '{standing}': {', '.join(flagged)}"
    )


def test_each_report_is_let_go_once_written(
    files: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No holder's report outlives its rows: the CSV report never holds the roster's."""
    holders_path, log_path = files
    made = _cli_csv.reports_made
    alive: list[int] = []

    def watched(*args: Any, **kwargs: Any) -> Iterator[cc.ComplianceReport]:
        refs: list[weakref.ref[cc.ComplianceReport]] = []
        for report in made(*args, **kwargs):
            alive.append(sum(ref() is not None for ref in refs))
            refs.append(weakref.ref(report))
            yield report

    monkeypatch.setattr(_cli_csv, "reports_made", watched)
    for options in ([], ["--sort", "due"]):
        alive.clear()
        status = main(
            [
                *("assess", "--holders", str(holders_path), "--activities", str(log_path)),
                *("--as-of", AS_OF.isoformat(), "--format", "csv", *options),
            ]
        )
        assert status == EXIT_OK
        assert capsys.readouterr().out.startswith("holder_id,")
        assert len(alive) == 300
        # When each report is made, at most the one just written is still held.
        assert max(alive) <= 1


def test_roster_reports_are_assess_rosters_one_by_one(
    files: tuple[Path, Path], whole: cc.RosterReport
) -> None:
    """The same reports as assess_roster, in its decimal context whatever the caller's."""
    holders_path, log_path = files
    holders, log = cc.read_holders(holders_path), cc.read_activities(log_path)
    with decimal.localcontext(prec=3, rounding=decimal.ROUND_DOWN):
        day, reports = roster_reports(holders, log, as_of=AS_OF)
        made = list(reports)
    assert day == AS_OF
    assert len(reports) == len(made) == len(whole)
    assert made == list(whole)
    with pytest.raises(RuntimeError, match="made once"):
        list(reports)


def test_roster_reports_checks_before_any_report() -> None:
    """Every check of assess_roster is made when roster_reports is called."""
    holders = [cc.Holder("E1", [("CPC", "2020-01-15")])]
    stranger = cc.CeuActivity("2024-01-01", 1, "other", "Webinar", holder_id="E9")
    with pytest.raises(cc.InvalidValueError, match="not on the roster"):
        roster_reports(holders, [stranger], as_of=AS_OF)
    with pytest.raises(cc.InvalidValueError, match="unknown_holders"):
        roster_reports(holders, [], as_of=AS_OF, unknown_holders="skip")
    with pytest.raises(cc.InvalidValueError, match="history"):
        roster_reports(holders, [], as_of=AS_OF, history=-1)
    _, reports = roster_reports(holders, [stranger], as_of=AS_OF, unknown_holders="ignore")
    assert [report.holder.id for report in reports] == ["E1"]
