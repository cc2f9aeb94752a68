"""Every surface tells the same story: one obligation, the same numbers and dates everywhere.

For the demo roster, the HTML view, the pretty view, ``to_records()``, the
command's CSV output and its table give the same numbers and dates for every
holder and body; a coder whose cycle ended unmet sees that cycle's obligation
first. The README's console sample is run and compared, so it cannot go stale.
"""

# Numbers are compared as published (36, not Decimal('36')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._display import pretty_text
from coding_certs.cli import main
from command import run
from test_display import Parsed

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("required", "earned", "remaining", "due", "standing_until")


@pytest.fixture(scope="module")
def roster() -> cc.RosterReport:
    """The demo roster, assessed on the demo's day."""
    holders, activities = cc.load_demo()
    return cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF)


def _expected(roster: cc.RosterReport) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per holder and body, the record's numbers and dates as text ('' for none)."""
    return {
        (str(r["holder_id"]), str(r["body"])): tuple(
            "" if r[key] is None else str(r[key]) for key in FIELDS
        )
        for r in map(dict, roster.to_records())
    }


def test_html_view_matches_the_records(roster: cc.RosterReport) -> None:
    """The roster's HTML rows show the records' numbers and dates."""
    rows = Parsed(roster._repr_html_()).rows
    found = {
        (row[0], row[2]): (row[5], row[6], row[7], row[8], "" if row[9] == "\u2014" else row[9])
        for row in rows
    }
    assert found == _expected(roster)


def test_pretty_view_matches_the_records(roster: cc.RosterReport) -> None:
    """The roster's pretty rows show the records' numbers and dates."""
    found = {}
    for line in pretty_text(roster).splitlines()[2:]:
        cells = re.split(r"\s{2,}", line.strip())
        holder, body, numbers, remaining, due = cells[0], cells[2], cells[4], cells[5], cells[6]
        earned, required = numbers.removesuffix(" CEUs").split("/")
        until = cells[7].split("until ")[-1] if len(cells) > 7 else ""  # late-fee until ...
        found[holder, body] = (
            required,
            earned,
            remaining.removesuffix(" to go"),
            due.removeprefix("due "),
            until,
        )
    assert found == _expected(roster)


def test_csv_output_matches_the_records(roster: cc.RosterReport) -> None:
    """``coding-certs demo --format csv`` gives the records' numbers and dates."""
    done = run("demo", "--format", "csv", "--as-of", cc.DEMO_AS_OF.isoformat())
    assert done.returncode == 0, done.stderr
    found = {
        (row["holder_id"], row["body"]): tuple(row[key] for key in FIELDS)
        for row in csv.DictReader(io.StringIO(done.stdout))
    }
    assert found == _expected(roster)


def test_table_output_matches_the_records(roster: cc.RosterReport) -> None:
    """``coding-certs demo`` (the table) gives the records' numbers and dates."""
    done = run("demo", "--as-of", cc.DEMO_AS_OF.isoformat())
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = lines[0]
    columns = {name: header.index(name) for name in ("holder", "body", "required", "due", "until")}
    found = {}
    for line in lines[2:]:
        if not line.strip():
            break
        cells = re.split(r"\s{2,}", line.strip())
        # holder, name, body, standing, required, earned, remaining, to pace, due[, until]
        until = line[columns["until"] :].strip()
        due = line[columns["due"] : columns["until"]].strip()
        found[cells[0], cells[2]] = (cells[4], cells[5], cells[6], due, until)
    assert found == _expected(roster)


def test_every_view_of_an_unmet_cycle_shows_the_obligation_first(roster: cc.RosterReport) -> None:
    """Grace, inactive and lapsed: the HTML, the pretty view and the explanation lead with it."""
    unmet = roster.at_or_past("grace")
    assert {a.standing for a in unmet} == {
        cc.Standing.GRACE,
        cc.Standing.INACTIVE,
        cc.Standing.LAPSED,
    }
    for assessment in unmet:
        owed = assessment.obligation
        assert owed is not None
        sentence = owed.describe()
        assert assessment.explain().splitlines()[1] == f"  What to do: {sentence}"
        assert sentence in pretty_text(assessment).splitlines()[0]
        parsed = Parsed(assessment._repr_html_())
        assert parsed.captions[0].endswith("what to do")
        facts: dict[str, str] = {}  # the first table's, where a label is in both
        for row in parsed.rows:
            if len(row) == 2:
                facts.setdefault(row[0], row[1])
        assert facts["What to do"] == sentence
        assert facts["Unmet cycle"] == str(owed.cycle)
        assert (facts["Required"], facts["Earned"], facts["Remaining"]) == (
            f"{owed.required} CEUs",
            f"{owed.earned} CEUs",
            f"{owed.remaining} CEUs",
        )
        assert facts["Due"] == str(owed.due)
        # The current cycle is shown beside it, labelled.
        assert "Beside it: the current cycle" in parsed.captions
        assert facts["Current cycle"] == str(assessment.cycle)
        record = assessment.to_record()
        assert (record["required"], record["earned"], record["remaining"]) == (
            owed.required,
            owed.earned,
            owed.remaining,
        )
        assert (record["due"], record["current_due"]) == (owed.due, assessment.due)


def test_obligation_of_grace_inactive_and_lapsed(roster: cc.RosterReport) -> None:
    """Grace and inactive can still be fixed by the end of their period; lapsed cannot."""
    by_standing = {a.standing: a for a in roster.at_or_past("grace")}
    grace = by_standing[cc.Standing.GRACE].obligation
    assert grace is not None
    assert (grace.required, grace.earned, grace.remaining) == (36, 30, 6)
    assert (str(grace.due), str(grace.fix_by), grace.can_be_fixed) == (
        "2025-11-30",
        "2026-02-28",
        True,
    )
    inactive = by_standing[cc.Standing.INACTIVE].obligation
    assert inactive is not None
    assert inactive.fix_by == by_standing[cc.Standing.INACTIVE].standing_until
    assert [m.rule.category for m in inactive.unmet_minimums] == ["hiim"]
    lapsed = by_standing[cc.Standing.LAPSED].obligation
    assert lapsed is not None
    assert (lapsed.fix_by, lapsed.can_be_fixed) == (None, False)
    assert lapsed.describe().startswith("Revoked:")
    for assessment in roster.at_or_past("met"):
        if assessment.standing.severity < cc.Standing.GRACE.severity:
            assert assessment.obligation is None


def _console_blocks(text: str) -> list[tuple[list[str], list[str]]]:
    """The README's console blocks as (command, expected output lines) pairs."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL):
        current: tuple[list[str], list[str]] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:].split(), [])
                found.append(current)
            elif current is not None:
                current[1].append(line)
    return found


def test_the_readmes_console_sample_is_the_commands_output() -> None:
    """Each line of the README's sample appears in the real output, in order ('...' skips)."""
    blocks = _console_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "the README shows the command"
    status = None
    for command, expected in blocks:
        if command == ["echo", "$?"]:
            assert expected == [str(status)]
            continue
        assert command[0] == "coding-certs"
        done = run(*command[1:])
        status = done.returncode
        actual = (done.stdout + done.stderr).splitlines()
        position = 0
        for line in expected:
            if line == "...":
                continue
            assert line in actual[position:], f"README line not in the output: {line!r}"
            position = actual.index(line, position) + 1


def test_to_pandas_is_typed_for_analysis(roster: cc.RosterReport) -> None:
    """Datetime days, float CEUs that sum, an ordered standing, the credentials held."""
    import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 -- optional

    frame = roster.to_pandas()
    records = roster.to_records()
    assert list(frame.columns) == [*records[0], "credentials"]
    assert len(frame) == len(records)
    assert str(frame["due"].dtype).startswith("datetime64")
    assert str(frame["current_due"].dtype).startswith("datetime64")
    assert frame["earned"].dtype == "float64"
    assert frame["earned"].sum() == float(sum(r["earned"] for r in records))
    assert frame["standing"].cat.ordered
    assert list(frame["standing"].cat.categories) == [s.value for s in cc.Standing]
    worst = frame[frame["standing"] >= "grace"]
    assert sorted(worst["standing"].astype(str)) == ["grace", "inactive", "lapsed"]
    assert frame["pace"].isna().sum() == 3  # the unmet cycles have no pace
    first = frame.iloc[0]
    assert (first["holder_id"], first["credentials"]) == ("E1001", "CPC")
    assert first["due"] == pd.Timestamp(records[0]["due"])


def test_to_pandas_of_an_empty_roster_has_the_columns() -> None:
    """An empty roster gives an empty table with every column."""
    frame = cc.assess_roster([], as_of="2026-01-01").to_pandas()
    assert len(frame) == 0
    assert "standing" in frame.columns
    assert "credentials" in frame.columns


def test_importing_the_package_does_not_import_pandas() -> None:
    """Pandas is imported by to_pandas() only."""
    code = "import sys, coding_certs as cc; cc.assess_roster([]); print('pandas' in sys.modules)"
    done = subprocess.run(  # noqa: S603 -- our own interpreter and code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert done.stdout.strip() == "False"


def test_the_command_guide_says_which_cycle_a_row_shows(roster: cc.RosterReport) -> None:
    """docs/cli.md says grace, inactive and lapsed rows show the unmet cycle, as they do."""
    guide = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    prose = " ".join(guide.split())
    assert "The numbers in the table are the current cycle's" not in prose
    assert "On `grace`, `inactive` and `lapsed` rows they are the cycle that ended unmet" in prose
    (grace,) = [a for a in roster.at_or_past("grace") if a.standing is cc.Standing.GRACE]
    owed = grace.obligation
    assert owed is not None
    assert owed.due != grace.current.cycle.end
    record = grace.to_record()
    assert (record["cycle"], record["due"], record["earned"]) == ("unmet", owed.due, owed.earned)
    assert (
        f"E1007's row is the cycle due {owed.due} ({owed.earned} of {owed.required}, "
        f"{owed.remaining} short, by {owed.fix_by}), not her current one"
    ) in prose


def test_every_surface_names_the_late_fee_phase(
    roster: cc.RosterReport, capsys: pytest.CaptureFixture[str]
) -> None:
    """Patricia Wells (E1007) is past AAPC's 30 days of grace: every surface says late-fee."""
    said = "late-fee until 2026-02-28"
    (record,) = (r for r in roster.to_records() if r["holder_id"] == "E1007")
    assert record["phase"] == "late-fee"
    assert f"E1007 AAPC {said}" in run("demo").stdout
    assert main(["demo", "--format", "html"]) == 0
    page = re.sub(r'<span class="d">([^<]*)</span>', r"\1", capsys.readouterr().out)
    assert f"past grace, still active: {said}" in page
    report = next(r for r in roster.reports if r.holder.id == "E1007")
    assert said in pretty_text(roster)
    (aapc,) = (a for a in report.assessments if a.body.code == "AAPC")
    assert said in aapc._repr_html_()
    others = [r for r in roster.reports if r.holder.id != "E1007"]
    assert not any("late-fee" in r._repr_html_() for r in others)
