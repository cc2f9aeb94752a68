"""The coding-certs commands credentials, compare, assess and demo, and the demo roster."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs import _cli_base as cli_base
from coding_certs import _cli_csv, _cli_report, cli
from coding_certs.cli import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE, RECORD_COLUMNS, main
from command import run

DEMO = resources.files("coding_certs").joinpath("data", "demo")
SUBCOMMANDS = ("credentials", "requirements", "compare", "assess", "demo", "explain", "notices")


@pytest.fixture
def demo_files(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the demo roster and CEU log, as a user's own files."""
    roster, ceus = tmp_path / "roster.csv", tmp_path / "ceus.csv"
    roster.write_text(DEMO.joinpath("roster.csv").read_text("utf-8"), encoding="utf-8")
    ceus.write_text(DEMO.joinpath("ceus.csv").read_text("utf-8"), encoding="utf-8")
    return roster, ceus


def write(path: Path, *lines: str) -> Path:
    """Write ``lines`` to ``path`` and return it."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ACTIVITY_HEADER = "holder_id,completed_on,units,kind,title,sponsor,index_number"


# --- Through the real entry point ---------------------------------------------------------


def test_subprocess_demo_table() -> None:
    """`coding-certs demo` prints a row per holder and body, a summary, and exits 0."""
    result = run("demo")
    assert result.returncode == EXIT_OK
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "holder",
        "name",
        "body",
        "standing",
        "required",
        "earned",
        "remaining",
        "to",
        "pace",
        "due",
        "until",
    ]
    assert sum(line.startswith("E1") for line in lines) == 13
    summary = lines[lines.index("12 holders as of 2026-01-15, 10 of them in good standing.") :]
    assert summary[1] == (
        "13 assessments (one per holder and body): "
        "4 met, 4 on-track, 2 behind, 1 grace, 1 inactive, 1 lapsed."
    )
    assert summary[2].startswith("Grace, inactive and lapsed rows show the cycle that ended unmet")
    assert summary[3].startswith("Their current cycles: E1007 AAPC 0 of 36 CEUs, due 2027-11-30;")


def test_subprocess_demo_csv_parses_back() -> None:
    """`demo --format csv` is a CSV with the documented columns, one row per holder and body."""
    result = run("demo", "--format", "csv")
    assert result.returncode == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RECORD_COLUMNS
    assert len(rows) == 13
    assert 0 < Decimal(rows[0].pop("pace")) < 18  # the share expected by now, below earned
    assert rows[0].pop("to_pace") == "0"  # so nothing is needed to be back on pace
    assert rows[0] == {
        "holder_id": "E1001",
        "name": "Maria Lopez",
        "body": "AAPC",
        "standing": "on-track",
        "in_good_standing": "true",
        "cycle": "current",
        "required": "36",
        "earned": "18",
        "remaining": "18",
        "cycle_start": "2025-03-13",
        "due": "2027-03-12",
        "standing_until": "",
        "current_required": "36",
        "current_earned": "18",
        "current_remaining": "18",
        "current_due": "2027-03-12",
        "apprentice": "",
        "phase": "",
    }


def test_subprocess_demo_json_parses_back() -> None:
    """`demo --format json` is one JSON object: the day, the counts and the records."""
    result = run("demo", "--format", "json")
    assert result.returncode == EXIT_OK
    document = json.loads(result.stdout)
    assert document["as_of"] == "2026-01-15"
    assert document["counts"] == {
        "met": 4,
        "on-track": 4,
        "behind": 2,
        "grace": 1,
        "inactive": 1,
        "lapsed": 1,
    }
    assert len(document["records"]) == 13
    grace = next(r for r in document["records"] if r["standing"] == "grace")
    assert grace["holder_id"] == "E1007"
    assert grace["standing_until"] == "2026-02-28"
    assert grace["in_good_standing"] is True
    assert tuple(grace) == RECORD_COLUMNS


def test_subprocess_demo_fail_on_lapsed_exits_1() -> None:
    """`demo --fail-on lapsed` exits 1 (the demo holds a lapsed coder) and names who on stderr."""
    result = run("demo", "--fail-on", "lapsed")
    assert result.returncode == EXIT_ATTENTION
    assert "E1009" in result.stdout
    assert result.stderr == "coding-certs: 1 assessment at or past 'lapsed': E1009 (AAPC lapsed)\n"


def test_subprocess_assess_matches_demo(demo_files: tuple[Path, Path]) -> None:
    """`assess` on copies of the demo files reports what `demo` reports."""
    roster, ceus = demo_files
    args = ("--as-of", "2026-01-15", "--format", "csv")
    assessed = run("assess", "--holders", str(roster), "--activities", str(ceus), *args)
    demo = run("demo", *args)
    assert (assessed.returncode, assessed.stderr) == (EXIT_OK, "")
    assert assessed.stdout == demo.stdout


def test_subprocess_bad_date_on_line_7(demo_files: tuple[Path, Path]) -> None:
    """A bad date on line 7 of the CEU log names the file, line 7 and the field; exit 2."""
    roster, ceus = demo_files
    lines = ceus.read_text("utf-8").splitlines()
    assert lines[6].startswith("E1001,2024-12-03,")
    lines[6] = lines[6].replace("2024-12-03", "2024-12-32")
    write(ceus, *lines)
    result = run("assess", "--holders", str(roster), "--activities", str(ceus))
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"coding-certs: error: {ceus}: 1 problem; nothing was loaded")
    assert f"{ceus}, line 7, completed_on: " in result.stderr
    assert "'2024-12-32'" in result.stderr


def test_subprocess_credentials() -> None:
    """`coding-certs credentials` lists the catalogue, CPC-H marked as renamed COC."""
    result = run("credentials")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    codes = {c.code for c in cc.credentials()}
    rows = {
        line.split()[0]: line for line in result.stdout.splitlines() if line[:6].strip() in codes
    }
    assert rows["CPC-H"].endswith("renamed COC")
    assert rows["CPC"].split()[-3:] == ["professional", "outpatient", "active"]
    assert rows["CCS"].split()[-3:] == ["facility", "inpatient", "active"]


def test_subprocess_compare() -> None:
    """`coding-certs compare CPC CCS` puts both side by side and says exam facts are left out."""
    result = run("compare", "CPC", "CCS", "--on", "2026-01-01")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    assert result.stdout.split()[:2] == ["CPC", "CCS"]
    assert "36 CEUs every 2 years" in result.stdout
    assert "20 CEUs every 2 years" in result.stdout
    assert "Exam facts" in result.stdout


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_subprocess_help_has_an_example(command: str) -> None:
    """Every subcommand's --help exits 0 and shows an example."""
    result = run(command, "--help")
    assert result.returncode == EXIT_OK
    assert f"example: coding-certs {command}" in result.stdout or (
        f"examples:\n  coding-certs {command}" in result.stdout
    )


# --- The demo roster: one test per intended standing ----------------------------------------


@pytest.fixture(scope="module")
def demo_report() -> cc.RosterReport:
    """The demo roster assessed on its day."""
    holders, activities = cc.load_demo()
    return cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF)


def standing_of(report: cc.RosterReport, holder_id: str, body: str) -> cc.BodyAssessment:
    """One holder's assessment by one body."""
    (found,) = (r for r in report if r.holder.id == holder_id)
    return found.for_body(body)


def test_load_demo_types() -> None:
    """load_demo() returns a dozen holders and a CEU log whose every row names its holder."""
    holders, activities = cc.load_demo()
    assert isinstance(holders, tuple)
    assert isinstance(activities, tuple)
    assert len(holders) == 12
    assert all(isinstance(h, cc.Holder) for h in holders)
    assert all(isinstance(a, cc.CeuActivity) and a.holder_id for a in activities)
    assert cc.DEMO_AS_OF.isoformat() == "2026-01-15"


def test_demo_met(demo_report: cc.RosterReport) -> None:
    """MET: Linda Nguyen (CPC-H, earned before the rename) has all 36 CEUs of her cycle."""
    assessment = standing_of(demo_report, "E1003", "AAPC")
    assert assessment.standing is cc.Standing.MET
    assert (assessment.required, assessment.earned) == (Decimal(36), Decimal(36))


def test_demo_on_track(demo_report: cc.RosterReport) -> None:
    """ON_TRACK: Maria Lopez (CPC only) is ahead of the even pace but not done."""
    assessment = standing_of(demo_report, "E1001", "AAPC")
    assert assessment.standing is cc.Standing.ON_TRACK
    assert assessment.pace <= assessment.earned < assessment.required


def test_demo_behind(demo_report: cc.RosterReport) -> None:
    """BEHIND: Daniel Reyes is below pace; his instruction without pre-approval does not count."""
    assessment = standing_of(demo_report, "E1010", "AAPC")
    assert assessment.standing is cc.Standing.BEHIND
    assert assessment.earned < assessment.pace
    assert [r.reason for r in assessment.rejected] == [cc.Reason.INSTRUCTION_NOT_PREAPPROVED]


def test_demo_grace(demo_report: cc.RosterReport) -> None:
    """GRACE: Patricia Wells's cycle ended unmet on 2025-11-30; active until 2026-02-28."""
    assessment = standing_of(demo_report, "E1007", "AAPC")
    assert assessment.standing is cc.Standing.GRACE
    assert assessment.standing_until.isoformat() == "2026-02-28"  # type: ignore[union-attr]
    assert assessment.in_good_standing


def test_demo_inactive(demo_report: cc.RosterReport) -> None:
    """INACTIVE: Kevin O'Brien's AHIMA cycle ended unmet in 2025: inactive, not in grace."""
    assessment = standing_of(demo_report, "E1008", "AHIMA")
    assert assessment.standing is cc.Standing.INACTIVE
    assert assessment.standing_until.isoformat() == "2026-03-29"  # type: ignore[union-attr]
    assert not assessment.in_good_standing


def test_demo_lapsed(demo_report: cc.RosterReport) -> None:
    """LAPSED: Susan Patel's cycle ended unmet on 2025-05-31, more than 90 days ago."""
    assessment = standing_of(demo_report, "E1009", "AAPC")
    assert assessment.standing is cc.Standing.LAPSED
    assert not assessment.in_good_standing


def test_demo_cpc_and_ccs(demo_report: cc.RosterReport) -> None:
    """CPC + CCS: James Carter is assessed by both bodies, MET at AAPC, ON_TRACK at AHIMA."""
    assert standing_of(demo_report, "E1002", "AAPC").standing is cc.Standing.MET
    assert standing_of(demo_report, "E1002", "AHIMA").standing is cc.Standing.ON_TRACK


def test_demo_cpc_h_and_coc_count_once(demo_report: cc.RosterReport) -> None:
    """CPC-H + COC: Robert Kim's CPC, CPC-H and COC are two credentials (40 CEUs), not three."""
    assessment = standing_of(demo_report, "E1004", "AAPC")
    assert assessment.required == 40
    assert [c.code for c in assessment.current.requirement.counted] == ["COC", "CPC"]
    assert assessment.standing is cc.Standing.ON_TRACK


def test_demo_leap_day(demo_report: cc.RosterReport) -> None:
    """Leap day: Hannah Okafor's CCS of 2016-02-29 gives a cycle from 2024-02-29; she is MET."""
    assessment = standing_of(demo_report, "E1005", "AHIMA")
    assert assessment.cycle.start.isoformat() == "2024-02-29"
    assert assessment.standing is cc.Standing.MET


def test_demo_cpma(demo_report: cc.RosterReport) -> None:
    """CPMA: Thomas Berg owes 40 CEUs with an auditing minimum inside them."""
    assessment = standing_of(demo_report, "E1006", "AAPC")
    assert assessment.required == 40
    assert [m.rule.category for m in assessment.minimums] == ["auditing"]
    assert assessment.standing is cc.Standing.ON_TRACK


def test_demo_prorated_first_cycle(demo_report: cc.RosterReport) -> None:
    """New CIC: Priya Shah's first cycle is pro-rated to 18 CEUs, and she has them."""
    assessment = standing_of(demo_report, "E1011", "AAPC")
    assert assessment.required == 18
    assert assessment.standing is cc.Standing.MET


def test_demo_before_credential_rejected(demo_report: cc.RosterReport) -> None:
    """Aisha Johnson (CCS 2024-03-15) is BEHIND; her course of 2024-01-10 came before the CCS."""
    assessment = standing_of(demo_report, "E1012", "AHIMA")
    assert assessment.standing is cc.Standing.BEHIND
    assert (assessment.cycle.start.isoformat(), assessment.cycle.end.isoformat()) == (
        "2024-03-15",
        "2026-03-14",
    )
    assert [r.reason for r in assessment.rejected] == [cc.Reason.BEFORE_CREDENTIAL]


# --- In-process: main(argv) -----------------------------------------------------------------


def test_main_credentials(capsys: pytest.CaptureFixture[str]) -> None:
    """`credentials` lists every credential under its body's heading, in the rule book's order."""
    assert main(["credentials"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    count = len(cc.credentials("AAPC"))
    assert lines[0] == f"AAPC: American Academy of Professional Coders ({count} credentials)"
    assert lines[2].split() == ["code", "title", "setting", "focus", "status"]
    codes = {c.code for c in cc.credentials()}
    listed = [line.split()[0] for line in lines if line.split() and line.split()[0] in codes]
    assert listed == [c.code for c in cc.credentials()]
    (cca,) = (line for line in lines if line.startswith("CCA "))
    assert cca.split()[-3:] == ["any", "any", "active"]


def test_main_credentials_by_body(capsys: pytest.CaptureFixture[str]) -> None:
    """`credentials --body AHIMA` lists AHIMA's credentials only; CCA has no single setting."""
    assert main(["credentials", "--body", "ahima"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("AHIMA: ")
    assert [line.split()[0] for line in lines[4:]] == [c.code for c in cc.credentials("AHIMA")]
    # CCA, CCS, CCS-P, RHIT, RHIA, CDIP, CHDA, CHPS, CPHI, the six CHTS and three retired ones.
    assert len(lines[4:]) == 18


def test_main_credentials_unknown_body(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --body exits 2 with one error line."""
    assert main(["credentials", "--body", "NOPE"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("coding-certs: error: ")


def test_main_compare_rules_by_day(capsys: pytest.CaptureFixture[str]) -> None:
    """`compare` shows the rules of the day asked: in 2014, AHIMA's grace and AAPC's 2012 tier."""
    assert main(["compare", "CCS", "CPC-H", "CCA", "--on", "2014-06-01"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "3 months of grace" in out
    assert "edition aapc-2012" in out
    assert "renamed COC" in out
    assert "CCS sources:" in out


def test_main_compare_today(capsys: pytest.CaptureFixture[str]) -> None:
    """`compare` without --on uses today's rules: AHIMA's inactive period, AAPC's 90 days."""
    assert main(["compare", "CPMA", "CCS"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "inactive at once for 180" in out
    assert "30 days of grace" in out
    assert "auditing" in out


def test_main_compare_cppm_held_alone(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`compare` shows the minimums of each credential held alone: CPPM's 36, not also 24."""
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["compare", "CPPM", "CPC", "--on", "2014-01-01"]) == EXIT_OK
    (row,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("minimums")]
    assert "36 CEUs in practice-management for CPPM held alone" in row
    assert "24 CEUs" not in row


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "CPC"], "compare needs two or more distinct credentials"),
        (["compare", "CPC", "CPX"], "unknown credential code 'CPX'"),
        (["compare", "CPC", "CCS", "--on", "2001-01-01"], "no AAPC tier table was in force"),
        (["demo", "--as-of", "2026-13-01"], "--as-of must be an ISO date"),
    ],
)
def test_main_user_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A user error returns 2 with one line on stderr naming the problem, and prints nothing."""
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("coding-certs: error: ")
    assert captured.err.count("\n") == 1
    assert message in captured.err


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_main_assess_formats(
    demo_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """`assess` writes each format; without --fail-on it exits 0 whatever the standings."""
    roster, ceus = demo_files
    args = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2026-01-15"]
    assert main(["assess", *args, "--format", fmt]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "Kevin O'Brien" in captured.out


def test_main_assess_default_day_is_today(
    demo_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --as-of, assess reports as of today."""
    roster, ceus = demo_files
    assert main(["assess", "--holders", str(roster), "--activities", str(ceus)]) == EXIT_OK
    today = cc.assess_roster([], as_of=None).as_of
    assert f"12 holders as of {today}," in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fail_on", "status", "flagged"),
    [
        ("behind", EXIT_ATTENTION, "5 assessments"),
        ("grace", EXIT_ATTENTION, "3 assessments"),
        ("inactive", EXIT_ATTENTION, "2 assessments"),
        ("lapsed", EXIT_ATTENTION, "1 assessment "),
    ],
)
def test_main_demo_fail_on(
    capsys: pytest.CaptureFixture[str], fail_on: str, status: int, flagged: str
) -> None:
    """--fail-on counts every assessment at or past the standing, worse ones included."""
    assert main(["demo", "--fail-on", fail_on, "--format", "json"]) == status
    captured = capsys.readouterr()
    assert captured.err.startswith(f"coding-certs: {flagged}")
    json.loads(captured.out)


def test_main_fail_on_nobody_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--fail-on exits 0 when no one is at or past the standing; a name may be left out."""
    roster = write(tmp_path / "r.csv", "id,credentials", "E1,CPC:2025-01-10")
    ceus = write(tmp_path / "c.csv", ACTIVITY_HEADER, "E1,2025-02-01,4,other,Webinar,,")
    args = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    assert main(["assess", *args, "--fail-on", "behind", "--format", "csv"]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    (row,) = csv.DictReader(io.StringIO(captured.out))
    assert (row["holder_id"], row["name"], row["standing"]) == ("E1", "", "on-track")


def test_main_demo_as_of_override(capsys: pytest.CaptureFixture[str]) -> None:
    """`demo --as-of` replaces the demo's fixed day."""
    assert main(["demo", "--as-of", "2025-06-01", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["as_of"] == "2025-06-01"


def test_main_every_problem_of_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad rows in both files are all reported, each with its file, line and field; exit 2."""
    roster = write(tmp_path / "r.csv", "id,credentials", "E1,CPC:2025-02-30", "E2,XYZ:2020-01-01")
    ceus = write(tmp_path / "c.csv", ACTIVITY_HEADER, "E1,2025-02-01,-1,other,Webinar,,")
    args = ["assess", "--holders", str(roster), "--activities", str(ceus)]
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.count("coding-certs: error: ") == 2
    assert f"{roster}, line 2, credentials[0].earned_on: " in err
    assert f"{roster}, line 3, credentials[0].credential: " in err
    assert f"{ceus}, line 2, units: " in err


def test_main_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist is named in the error; exit 2."""
    missing = tmp_path / "nowhere.csv"
    ceus = write(tmp_path / "c.csv", ACTIVITY_HEADER)
    assert main(["assess", "--holders", str(missing), "--activities", str(ceus)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "Traceback" not in err


def test_main_activity_without_holder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A roster's CEU log row that names no holder is an error, not silently dropped."""
    roster = write(tmp_path / "r.csv", "id,credentials", "E1,CPC:2020-01-10")
    ceus = write(tmp_path / "c.csv", ACTIVITY_HEADER, ",2025-02-01,2,other,Webinar,,")
    assert main(["assess", "--holders", str(roster), "--activities", str(ceus)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "1 activity name no holder_id" in err
    assert "'Webinar'" in err


def test_main_os_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """An operating-system error is one line naming the file; exit 2, no traceback."""

    def refuse() -> None:
        raise PermissionError(13, "Permission denied", "roster.csv")

    monkeypatch.setattr("coding_certs._demo.load_demo", refuse)
    assert main(["demo"]) == EXIT_USAGE
    assert capsys.readouterr().err == "coding-certs: error: roster.csv: Permission denied\n"


def test_main_bad_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    """--fail-on accepts behind, grace, inactive or lapsed only (argparse exits 2)."""
    with pytest.raises(SystemExit) as caught:
        main(["demo", "--fail-on", "met"])
    assert caught.value.code == EXIT_USAGE
    assert "invalid choice: 'met'" in capsys.readouterr().err


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`coding-certs --help` names every subcommand and shows examples."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(command in out for command in SUBCOMMANDS)
    assert "examples:\n  coding-certs demo" in out


# --- CSV formula injection ---------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_spreadsheet_safe_neutralises(start: str) -> None:
    """A cell beginning with =, +, -, @, tab or carriage return gets a leading quote."""
    assert cli.spreadsheet_safe(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"


@pytest.mark.parametrize("value", ["", "E1001", "Kevin O'Brien", "2026-01-15", "36", "a=b"])
def test_spreadsheet_safe_leaves_other_cells(value: str) -> None:
    """Other cells, quotes and inner = signs included, are unchanged."""
    assert cli.spreadsheet_safe(value) == value


def test_csv_report_neutralises_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ids and names that would run as formulas come out of `--format csv` neutralised."""
    roster = write(
        tmp_path / "r.csv",
        "id,name,credentials",
        '"=1+1","=HYPERLINK(""http://evil.example"",""x"")",CPC:2020-01-10',
        "+E2,@SUM(A1:A9),CPC:2020-01-10",
        "-E3,-2+3,CPC:2020-01-10",
    )
    ceus = write(tmp_path / "c.csv", ACTIVITY_HEADER)
    args = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    assert main(["assess", *args, "--format", "csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["holder_id"], r["name"]) for r in rows] == [
        ("'=1+1", '\'=HYPERLINK("http://evil.example","x")'),
        ("'+E2", "'@SUM(A1:A9)"),
        ("'-E3", "'-2+3"),
    ]
    assert {r["standing"] for r in rows} == {"grace"}


# --- Progress on a terminal ----------------------------------------------------------------


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        """Pretend to be a terminal."""
        return True


def test_progress_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, a long run writes a progress counter to stderr; stdout is the report."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli_csv, "PROGRESS_EVERY", 5)
    assert main(["demo", "--format", "json"]) == EXIT_OK
    progress = terminal.getvalue()
    assert "\rcoding-certs: assessed 5 of 12 holders" in progress
    assert "\rcoding-certs: assessed 10 of 12 holders" in progress
    assert progress.endswith("\rcoding-certs: assessed 12 of 12 holders\n")
    assert len(json.loads(capsys.readouterr().out)["records"]) == 13


def test_no_progress_off_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Off a terminal (a pipe, a cron job) the same run is quiet on stderr."""
    monkeypatch.setattr(_cli_csv, "PROGRESS_EVERY", 5)
    assert main(["demo"]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_no_progress_for_a_short_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, a roster no longer than one slice shows no progress."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["demo", "--format", "csv"]) == EXIT_OK
    assert terminal.getvalue() == ""


def test_large_roster_same_as_one_slice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Assessing in slices gives the same report as assessing in one go."""
    roster = tmp_path / "roster.csv"
    ceus = tmp_path / "ceus.csv"
    with resources.as_file(DEMO.joinpath("roster.csv")) as source:
        shutil.copy(source, roster)
    with resources.as_file(DEMO.joinpath("ceus.csv")) as source:
        shutil.copy(source, ceus)
    args = ["assess", "--holders", str(roster), "--activities", str(ceus), "--as-of", "2026-01-15"]
    assert main([*args, "--format", "csv"]) == EXIT_OK
    whole = capsys.readouterr().out
    monkeypatch.setattr(_cli_csv, "PROGRESS_EVERY", 1)
    assert main([*args, "--format", "csv"]) == EXIT_OK
    assert capsys.readouterr().out == whole


def test_a_report_with_no_rows_prints_the_header_and_a_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before anyone holds a credential: a header, no rows, 0 in good standing, notes on stderr."""
    assert main(["demo", "--as-of", "2000-01-01"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split()[:3] == ["holder", "name", "body"]
    assert (
        "12 holders as of 2000-01-01, 0 of them in good standing "
        "(12 hold no credential on that day)."
    ) in out
    assert "0 assessments (one per holder and body): 0 met" in out
    first, second = err.splitlines()
    assert first.startswith(
        "coding-certs: 12 holders hold no credential on 2000-01-01 (no row; not in good standing): "
    )
    assert first.endswith(" and 2 more")
    assert second.startswith("coding-certs: ")
    assert " credentials dated after 2000-01-01 are not held yet, so not assessed: " in second


def test_a_credential_dated_later_is_noted_on_standard_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A credential dated after --as-of is named on stderr; JSON counts who holds nothing."""
    book = cc.default_rulebook()
    holders = [
        cc.Holder("E1", [("CPC", "2021-06-01"), ("CCS", "2026-01-01")]),
        cc.Holder("E2", [("CPC-A", "2026-02-01")]),
    ]
    roster = cc.assess_roster(holders, [], as_of="2025-06-01", rulebook=book)
    out = cli_base.Output()
    _cli_report.note_not_assessed(roster, out)
    assert out.notes == [
        (
            "coding-certs: 1 holder holds no credential on 2025-06-01 (no row; not in good "
            "standing): E2"
        ),
        (
            "coding-certs: 2 credentials dated after 2025-06-01 are not held yet, so not "
            "assessed: E1 CCS (2026-01-01), E2 CPC-A (2026-02-01)"
        ),
    ]
    assert main(["demo", "--as-of", "2000-01-01", "--format", "json"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert (document["holders_not_assessed"], document["holders_in_good_standing"]) == (12, 0)


def test_a_closed_pipe_ends_quietly() -> None:
    """`coding-certs demo | head` style: a reader that goes away is no error and no traceback."""
    with subprocess.Popen(
        [sys.executable, "-m", "coding_certs", "demo", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # before the command has written anything
        stderr = process.stderr.read()
        status = process.wait(timeout=60)
    assert (status, stderr) == (cli.EXIT_BROKEN_PIPE, b"")


def test_compare_shows_the_exam_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """`compare CPC COC` has an exam row with AAPC's published format (100 questions, 4 hours)."""
    assert main(["compare", "CPC", "COC", "--on", "2026-01-15"]) == EXIT_OK
    exam_rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("exam")]
    assert len(exam_rows) == 1
    assert exam_rows[0].count("100 multiple-choice") == 2


def test_assess_refuses_a_log_naming_holders_not_on_the_roster(tmp_path: Path) -> None:
    """A log row for a holder who is not on the roster is an error (exit 2) naming the id."""
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,aapc_renewal,credentials\nE2001,Ann,,CCS:2024-03-15\n")
    log = tmp_path / "ceus.csv"
    log.write_text("holder_id,completed_on,units,kind,title\ne2001,2024-06-01,5,other,Webinar\n")
    result = run("assess", "--holders", str(roster), "--activities", str(log))
    assert result.returncode == EXIT_USAGE
    assert "'e2001' (1 activity; did you mean 'E2001'?)" in result.stderr
    assert "Traceback" not in result.stderr
    ignored = run(
        "assess", "--holders", str(roster), "--activities", str(log), "--unknown-holders", "ignore"
    )
    assert ignored.returncode == EXIT_OK
    assert "E2001" in ignored.stdout


def test_grace_rows_show_the_unmet_cycle() -> None:
    """In the demo, Patricia Wells (grace) owes 6 CEUs on the cycle that ended 2025-11-30.

    It lacked 8 on its due date; the 2 of 2025-12-05 make up part of it.
    """
    result = run("demo", "--format", "csv")
    rows = {row["holder_id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    grace = rows["E1007"]
    assert (grace["standing"], grace["cycle"], grace["remaining"], grace["due"]) == (
        "grace",
        "unmet",
        "6",
        "2025-11-30",
    )
    assert (grace["pace"], grace["standing_until"]) == ("", "2026-02-28")
    # Day 46 after the due date: past AAPC's 30 days of grace, in the late-fee window.
    assert grace["phase"] == "late-fee"


def test_the_table_names_aapcs_late_fee_window() -> None:
    """Past AAPC's 30 days of grace the table says so: still active, in the late-fee window."""
    result = run("demo")
    assert result.returncode == EXIT_OK
    lines = result.stdout.splitlines()
    assert "Past grace, still active: E1007 AAPC late-fee until 2026-02-28." in lines
    early = run("demo", "--as-of", "2025-12-20")  # day 20 after E1007's due date: grace
    assert not any(line.startswith("Past grace") for line in early.stdout.splitlines())
