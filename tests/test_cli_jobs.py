"""``assess --jobs``: the CSV report made by worker processes is the one process's, byte for byte.

The roster is cut into runs of holders, each made in its own forked process and written in
roster order (issue 11). Whatever the number of processes: the same report, notes and exit
status; the same error message and status for bad input (a part that fails in its child is
made again in the parent, which raises the error one process raises); nothing half-done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import coding_certs as cc
from coding_certs import _cli_csv, _cli_jobs
from coding_certs._cli_base import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE
from coding_certs._roster import roster_reports
from coding_certs.cli import main
from command import run as run_command

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import run

AS_OF = dt.date(2026, 3, 1)

pytestmark = pytest.mark.skipif(not _cli_jobs.can_fork(), reason="worker processes need Linux")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The benchmark's roster (seed 5) of 120 holders and their log, as CSV files."""
    roster, log = run.generate(120, 20, 5)
    holders_path, log_path = run.write_csv(tmp_path_factory.mktemp("generated"), roster, log)
    return Path(holders_path), Path(log_path)


def _assess(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[int, str, str]:
    holders_path, log_path = files
    status = main(
        [
            *("assess", "--holders", str(holders_path), "--activities", str(log_path)),
            *("--as-of", AS_OF.isoformat(), *options),
        ]
    )
    out, err = capsys.readouterr()
    return status, out, err


OPTIONS = {
    "every-row": [],
    "sort-due": ["--sort", "due"],
    "sort-holder-kept": ["--sort", "holder", "--keep-columns", "aapc_renewal"],
    "kept": ["--keep-columns", "aapc_renewal"],
    "some-standings": ["--standing", "grace,lapsed"],
    "no-row": ["--standing", "met", "--due-by", "2000-01-01"],
    "fail-on": ["--fail-on", "behind"],
}


@pytest.mark.parametrize("case", list(OPTIONS))
@pytest.mark.parametrize("jobs", ["2", "3", "7"])
def test_the_same_report_notes_and_status_whatever_the_jobs(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], case: str, jobs: str
) -> None:
    """Each choice of rows, with 2, 3 or 7 processes, is the one process's, byte for byte."""
    options = ["--format", "csv", *OPTIONS[case]]
    one = _assess(files, capsys, *options, "--jobs", "1")
    assert one[1].startswith("holder_id,")
    assert one[0] == (EXIT_ATTENTION if case == "fail-on" else EXIT_OK)
    assert (case == "no-row") == (one[1].count("\n") == 1)  # the header alone
    assert _assess(files, capsys, *options, "--jobs", jobs) == one


def test_auto_is_one_process_for_a_small_roster(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default (auto) runs a roster smaller than MIN_PART in one process; the same bytes."""
    started: list[int] = []
    real = _cli_jobs.in_processes

    def watched(make: Any, parts: Any, **kwargs: Any) -> Any:
        started.append(len(parts))
        return real(make, parts, **kwargs)

    monkeypatch.setattr(_cli_csv, "in_processes", watched)
    auto = _assess(files, capsys, "--format", "csv")
    assert started == []
    monkeypatch.setattr(_cli_jobs, "MIN_PART", 40)
    monkeypatch.setattr(_cli_jobs, "available_cores", lambda: 2)
    assert _assess(files, capsys, "--format", "csv", "--jobs", "auto") == auto
    assert started == [2]


# --- Bad input: the same message and status as one process ----------------------------------

#: On 2008-03-01 the holder E77's CCS cycle began before any AHIMA rule: an error of the
#: engine (NoRuleInForceError), raised only when that holder is assessed; the others are behind.
_EARLY = "E77,Early Coder,,CCS:2006-06-01\n"


def _roster(tmp_path: Path, bad_at: int, size: int = 40) -> tuple[Path, Path]:
    lines = [f"E{n},Coder {n},,CPC:2007-06-01\n" for n in range(size)]
    lines.insert(bad_at, _EARLY)
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,aapc_renewal,credentials\n" + "".join(lines), encoding="utf-8")
    log = tmp_path / "ceus.csv"
    log.write_text(
        "holder_id,completed_on,units,kind,title\nE77,2007-01-10,2,coursework,Course\n"
        "E3,2007-09-10,2,coursework,Course\n",
        encoding="utf-8",
    )
    return roster, log


@pytest.mark.parametrize("bad_at", [0, 20, 40])
@pytest.mark.parametrize("jobs", ["2", "4"])
def test_an_error_in_any_part_is_the_one_process_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_at: int, jobs: str
) -> None:
    """The holder in error first, in the middle or last: the same message, status 2, no report."""
    roster, log = _roster(tmp_path, bad_at)
    args = ["assess", "--holders", str(roster), "--activities", str(log), "--as-of", "2008-03-01"]
    assert main([*args, "--format", "csv", "--jobs", "1"]) == EXIT_USAGE
    one = capsys.readouterr()
    assert one.out == ""
    assert one.err.startswith("coding-certs: error: ")
    assert "holder 'E77'" in one.err
    assert main([*args, "--format", "csv", "--jobs", jobs]) == EXIT_USAGE
    assert capsys.readouterr() == one


def test_the_command_itself_reports_a_workers_error_without_a_traceback(tmp_path: Path) -> None:
    """Run as a user runs it (a fresh interpreter): a message, status 2, nothing on stdout."""
    roster, log = _roster(tmp_path, 30)
    args = ["assess", "--holders", str(roster), "--activities", str(log), "--as-of", "2008-03-01"]
    one = run_command(*args, "--format", "csv", "--jobs", "1")
    two = run_command(*args, "--format", "csv", "--jobs", "2")
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    assert two.returncode == EXIT_USAGE
    assert "Traceback" not in two.stderr
    assert two.stderr.startswith("coding-certs: error: ")


# --- Junk values of the option ---------------------------------------------------------------


@pytest.mark.parametrize(
    "junk", ["0", "-1", "abc", "1.5", "", " ", "257", "٣", "2x", "9" * 5000, "auto2"]
)
def test_junk_jobs_are_refused_as_a_usage_error(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], junk: str
) -> None:
    """Not auto nor a number from 1 to MAX_JOBS: status 2, the option named, no report."""
    with pytest.raises(SystemExit) as exit_:
        _assess(files, capsys, "--format", "csv", "--jobs", junk)
    assert exit_.value.code == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert "coding-certs: error: argument --jobs: expected auto or a number of processes" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "value"), [("auto", None), (" AUTO ", None), ("1", 1), ("256", 256), (" 04 ", 4)]
)
def test_jobs_values(text: str, value: int | None) -> None:
    """Auto (any case) and whole numbers from 1 to MAX_JOBS, spaces aside."""
    assert _cli_jobs.jobs_value(text) == value


def test_jobs_are_never_more_than_holders_nor_more_than_cores_for_auto(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """auto: one process per MIN_PART holders, at most the cores; N: at most one per holder."""
    monkeypatch.setattr(_cli_jobs, "available_cores", lambda: 4)
    minimum = _cli_jobs.MIN_PART
    assert _cli_jobs.processes(None, minimum - 1) == (1, None)
    assert _cli_jobs.processes(None, 3 * minimum) == (3, None)
    assert _cli_jobs.processes(None, 100 * minimum) == (4, None)
    assert _cli_jobs.processes(8, 5) == (5, None)
    assert _cli_jobs.processes(8, 0) == (1, None)
    assert _cli_jobs.processes(1, 5) == (1, None)


def test_elsewhere_than_linux_one_process_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without fork, auto is one process, and N > 1 says so in a note."""
    monkeypatch.setattr(_cli_jobs, "can_fork", lambda: False)
    assert _cli_jobs.processes(None, 10**6) == (1, None)
    count, note = _cli_jobs.processes(4, 10**6)
    assert count == 1
    assert note is not None
    assert "--jobs 4" in note
    assert "one process" in note


def test_without_fork_the_command_runs_in_one_process(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same report, and the note on stderr after the others."""
    one = _assess(files, capsys, "--format", "csv", "--jobs", "1")
    monkeypatch.setattr(_cli_jobs, "can_fork", lambda: False)
    status, out, err = _assess(files, capsys, "--format", "csv", "--jobs", "2")
    assert (status, out) == one[:2]
    assert err.startswith("coding-certs: --jobs 2: worker processes are started on Linux only")
    assert err.endswith(one[2])


@pytest.mark.parametrize("format_", ["table", "json", "html"])
def test_other_formats_run_in_one_process_and_say_so(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], format_: str
) -> None:
    """--jobs is for --format csv: another format is the same, with a note; auto says nothing."""
    one = _assess(files, capsys, "--format", format_)
    assert "--jobs" not in one[2]
    status, out, err = _assess(files, capsys, "--format", format_, "--jobs", "2")
    assert (status, out) == one[:2]
    assert err.startswith(f"coding-certs: --jobs 2 applies to --format csv; the {format_} report")
    assert err.endswith(one[2])


def test_the_cores_and_fork_are_known() -> None:
    """At least one core; fork on Linux (where these tests run)."""
    assert _cli_jobs.available_cores() >= 1
    assert _cli_jobs.can_fork() is sys.platform.startswith("linux")


# --- The parts and the processes -------------------------------------------------------------


def test_the_parts_are_the_roster_in_order(files: tuple[Path, Path]) -> None:
    """Runs as even as can be, in roster order; together the one process's reports."""
    holders_path, log_path = files
    holders, log = cc.read_holders(holders_path), cc.read_activities(log_path)
    whole = cc.assess_roster(holders, log, as_of=AS_OF)
    _, reports = roster_reports(holders, log, as_of=AS_OF)
    parts = reports.parts(7)
    assert [len(part) for part in parts] == [18, 17, 17, 17, 17, 17, 17]
    assert [report for part in parts for report in part] == list(whole)
    with pytest.raises(RuntimeError, match="made once"):
        reports.parts(2)
    with pytest.raises(RuntimeError, match="made once"):
        list(reports)


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * value


def test_in_processes_makes_each_part_in_its_own_process() -> None:
    """The first part here, the others each in a child; the results in order."""
    made = _cli_jobs.in_processes(_pid_and, [1, 2, 3, 4])
    assert [value for _, value in made] == [1, 4, 9, 16]
    pids = [pid for pid, _ in made]
    assert pids[0] == os.getpid()
    assert len(set(pids)) == 4


def test_a_part_whose_child_dies_is_made_here() -> None:
    """A child that ends without a word (killed, out of memory): its part is made here."""
    parent = os.getpid()

    def dies(value: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        return value + 1

    assert _cli_jobs.in_processes(dies, [1, 2, 3]) == [2, 3, 4]


def test_a_part_that_cannot_be_sent_back_is_made_here() -> None:
    """A result the child cannot pickle: the parent makes that part itself."""
    parent = os.getpid()

    def unpicklable(value: int) -> object:
        if os.getpid() != parent:
            return lambda: value  # a local function: not picklable
        return value

    assert _cli_jobs.in_processes(unpicklable, [1, 2]) == [1, 2]


def test_an_error_in_the_first_part_stops_the_children() -> None:
    """The parent's own part fails: the error is raised, and no child is left running."""

    def fails_first(value: int) -> int:
        if value == 0:
            raise cc.InvalidValueError("the first part is bad")
        return value

    with pytest.raises(cc.InvalidValueError, match="first part"):
        _cli_jobs.in_processes(fails_first, [0, 1, 2])
    assert not __import__("multiprocessing").active_children()


def test_progress_on_a_terminal_counts_the_whole_roster(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --jobs, the progress line counts the parent's part, then every holder."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli_csv, "PROGRESS_EVERY", 10)
    status, out, _ = _assess(files, capsys, "--format", "csv", "--jobs", "2")
    assert status == EXIT_OK
    assert out.startswith("holder_id,")
    progress = terminal.getvalue()
    assert "\rcoding-certs: assessed 60 of 120 holders" in progress
    assert "\rcoding-certs: assessed 120 of 120 holders\n" in progress


def test_the_option_is_in_the_help() -> None:
    """`assess --help` names --jobs and its default."""
    parser = argparse.ArgumentParser()
    _cli_jobs.add_jobs_option(parser)
    text = parser.format_help()
    assert "--jobs N" in text
    assert "auto" in text
