"""The benchmark's figure for the command's memory is the command's own (benchmarks/surfaces.py).

On Linux a process's ``ru_maxrss`` starts, at ``exec``, from the resident size of the
process it was forked from: a command started by the benchmark, which holds the roster's
objects, would report at least the benchmark's size. ``surfaces.run_command`` starts it
from a small interpreter and reads its peak with ``os.wait4`` on its process id.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from coding_certs.cli import EXIT_OK, main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import run
import surfaces

BALLAST_MB = 300


def test_the_commands_peak_is_its_own_not_its_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the caller far larger than the command, the figure is the command's size."""
    roster, log = run.generate(50, 5, 1)
    holders_path, log_path = run.write_csv(tmp_path, roster, log)
    ballast = bytearray(BALLAST_MB * 2**20)
    ballast[:: resource.getpagesize()] = b"\1" * len(range(0, len(ballast), resource.getpagesize()))
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 > BALLAST_MB
    report = tmp_path / "report.csv"
    seconds, peak = surfaces.run_command(holders_path, log_path, report, "2026-03-01")
    del ballast
    assert seconds > 0
    assert 5 < peak < BALLAST_MB / 2  # an interpreter and 50 holders: tens of MB
    assert (
        main(
            [
                *("assess", "--holders", str(holders_path), "--activities", str(log_path)),
                *("--as-of", "2026-03-01", "--format", "csv"),
            ]
        )
        == EXIT_OK
    )
    assert report.read_text(encoding="utf-8") == capsys.readouterr().out


def test_a_failed_command_is_an_error(tmp_path: Path) -> None:
    """A command that fails (here: no such files) raises, with its exit status."""
    missing = tmp_path / "missing.csv"
    with pytest.raises(subprocess.CalledProcessError) as failed:
        surfaces.run_command(missing, missing, tmp_path / "report.csv", "2026-03-01")
    assert failed.value.returncode == 2  # bad input
