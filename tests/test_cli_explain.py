"""The coding-certs explain command: one holder, every CEU with its reason."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs.cli import EXIT_OK, EXIT_USAGE, main
from command import run

DEMO = resources.files("coding_certs").joinpath("data", "demo")


def demo_report(holder_id: str) -> cc.ComplianceReport:
    """The demo holder's report, assessed in Python on the demo's day."""
    holders, activities = cc.load_demo()
    (holder,) = (h for h in holders if h.id == holder_id)
    return cc.assess(holder, activities, as_of=cc.DEMO_AS_OF)


def explain(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """What `coding-certs explain ARGS` prints (it must succeed)."""
    assert main(["explain", *args]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


@pytest.mark.parametrize("holder_id", ["E1006", "E1010", "E1002", "E1007", "E1012"])
def test_explain_starts_with_the_reports_own_explanation(
    capsys: pytest.CaptureFixture[str], holder_id: str
) -> None:
    """The command prints ComplianceReport.explain(), word for word, before the CEU tables."""
    out = explain(capsys, holder_id, "--demo")
    assert out.startswith(demo_report(holder_id).explain() + "\n\n")


@pytest.mark.parametrize("holder_id", ["E1006", "E1010", "E1002", "E1012"])
def test_explain_lists_every_ceu_looked_at(
    capsys: pytest.CaptureFixture[str], holder_id: str
) -> None:
    """Each counted CEU names its cycle and minimums; each rejected one its reason."""
    out = explain(capsys, holder_id, "--demo")
    lines = out.splitlines()
    for assessment in demo_report(holder_id).assessments:
        cycles = [assessment.current, *assessment.history]
        counted = [a for cycle in cycles for a in cycle.counted]
        total = len(counted) + len(assessment.rejected)
        assert f"{assessment.body.code} CEUs ({total}):" in lines
        for cycle in cycles:
            for activity in cycle.counted:
                (line,) = [
                    line
                    for line in lines
                    if line.startswith(activity.completed_on.isoformat()) and activity.title in line
                ]
                assert f"counted: {'current' if cycle is assessment.current else 'earlier'}" in line
                assert f"{cycle.cycle.start} to {cycle.cycle.end}" in line
                for minimum in cycle.minimums:
                    marked = f"{minimum.rule.category} minimum" in line
                    assert marked == any(a is activity for a in minimum.activities)
        for rejection in assessment.rejected:
            assert f"not counted: {rejection.detail}" in out


def test_explain_the_rejected_lecture(capsys: pytest.CaptureFixture[str]) -> None:
    """Daniel Reyes' guest lecture was not pre-approved: the command says so, with the rule."""
    out = explain(capsys, "E1010", "--demo")
    (line,) = [line for line in out.splitlines() if line.startswith("2025-09-16")]
    assert "Guest lecture: coding basics" in line
    assert "not counted: instruction at a post-secondary school counts only with" in line


def test_explain_from_files_matches_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Copies of the demo files, named with --holders and --activities, explain the same."""
    roster, ceus = tmp_path / "roster.csv", tmp_path / "ceus.csv"
    roster.write_text(DEMO.joinpath("roster.csv").read_text("utf-8"), encoding="utf-8")
    ceus.write_text(DEMO.joinpath("ceus.csv").read_text("utf-8"), encoding="utf-8")
    files = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2026-01-15"]
    assert explain(capsys, " E1006 ", *files) == explain(capsys, "E1006", "--demo")


def test_explain_through_the_entry_point() -> None:
    """`python -m coding_certs explain E1007 --demo` shows the grace period."""
    result = run("explain", "E1007", "--demo")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    assert "GRACE" in result.stdout
    assert "2026-02-28" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["E1O10", "--demo"], "no holder 'E1O10' on the roster (12 holders); did you mean 'E1010'"),
        (["e1010", "--demo"], "did you mean 'E1010'"),
        (["NOBODY-AT-ALL", "--demo"], "no holder 'NOBODY-AT-ALL' on the roster (12 holders)\n"),
        (["E1010"], "name the roster with --holders FILE and the CEU log with --activities FILE"),
        (["E1010", "--holders", "r.csv"], "name the roster with --holders FILE"),
        (["E1010", "--demo", "--activities", "c.csv"], "give --demo or --holders"),
        (["E1010", "--demo", "--as-of", "15/01/2026"], "--as-of must be an ISO date"),
    ],
)
def test_explain_user_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A holder not on the roster, or a missing or doubled roster, is one error line; exit 2."""
    assert main(["explain", *args]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert message in captured.err


def test_explain_reports_every_problem_of_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad files are reported as by assess: each file's problems, nothing printed on stdout."""
    roster = tmp_path / "r.csv"
    roster.write_text("id,credentials\nE1,CPC:2025-02-30\n", encoding="utf-8")
    ceus = tmp_path / "c.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\nE1,2025-01-01,-1,other,X\n")
    args = ["explain", "E1", "--holders", str(roster), "--activities", str(ceus)]
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("coding-certs: error: ") == 2


def test_explain_a_holder_with_no_ceus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A holder with an empty log: the explanation, then 'none in the cycles assessed'."""
    roster = tmp_path / "r.csv"
    roster.write_text("id,credentials\nE1,CPC:2025-01-10\n", encoding="utf-8")
    ceus = tmp_path / "c.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    args = ["E1", "--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    out = explain(capsys, *args)
    assert "AAPC CEUs (0): none in the cycles assessed." in out


def test_a_name_cannot_forge_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A newline in a holder's name shows escaped: the explanation keeps its own lines."""
    roster = tmp_path / "r.csv"
    roster.write_text(
        'id,name,credentials\nE1,"Ann\nAAPC: MET (in good standing)",CPC:2025-01-10\n',
        encoding="utf-8",
    )
    ceus = tmp_path / "c.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    args = ["E1", "--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    out = explain(capsys, *args)
    assert out.splitlines()[0].startswith("Holder E1 (Ann\\nAAPC: MET (in good standing)), as of")
    assert not any(line.startswith("AAPC: MET") for line in out.splitlines())


def test_explain_reads_hr_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--columns and --date-format work as for assess: a long-form roster with US dates."""
    roster = tmp_path / "r.csv"
    roster.write_text(
        "Employee ID,Cert,Passed\nE1,CPC,01/10/2025\nE1,CCS,02/01/2024\n", encoding="utf-8"
    )
    ceus = tmp_path / "c.csv"
    ceus.write_text("Employee ID,completed_on,units,kind,title\n", encoding="utf-8")
    mapping = "Employee ID=holder_id,Cert=credential,Passed=earned_on"
    args = ["E1", "--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    out = explain(capsys, *args, "--columns", mapping, "--date-format", "us")
    assert "AAPC CEUs (0)" in out
    assert "AHIMA CEUs (0)" in out
