"""What a user pays on each surface: files, the command, the import, and Dask.

Used by ``run.py``; every figure is measured in the same run as the assessment ratio.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import coding_certs as cc

DEPS = "import attrs, dateutil.relativedelta"
FIRST_ASSESS = (
    "import coding_certs; "
    "coding_certs.assess(coding_certs.Holder('E1', [('CPC', '2020-01-15')]), as_of='2026-01-01')"
)


def _installed_env() -> dict[str, str]:
    """The environment of an installed package: bytecode is cached, as pip installs it.

    With ``PYTHONDONTWRITEBYTECODE`` set (as on this machine), a source checkout would be
    compiled again by every interpreter, which no installed copy ever pays.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_bytecode() -> None:
    """Import every module the figures use once, so that their bytecode is cached."""
    subprocess.run(  # noqa: S603 -- our own interpreter, our own code
        [sys.executable, "-c", f"{FIRST_ASSESS}; import coding_certs.cli"],
        check=True,
        env=_installed_env(),
    )


def in_process(statement: str, repeat: int) -> float:
    """The best time, in seconds, of ``statement`` run first thing in a fresh interpreter."""
    code = (
        "import time; started = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - started)"
    )
    runs = (
        subprocess.run(  # noqa: S603 -- our own interpreter, our own code
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env=_installed_env(),
        )
        for _ in range(repeat)
    )
    return min(float(run.stdout) for run in runs)


def whole_process(command: list[str], repeat: int) -> float:
    """The best wall time, in seconds, of a whole process, start-up included."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(  # noqa: S603 -- our own command
            command, check=True, capture_output=True, env=_installed_env()
        )
        best = min(best, time.perf_counter() - started)
    return best


def interleaved(figures: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """The median of each figure over ``rounds`` rounds, each round running every figure once.

    On a shared machine a burst of load then falls on every figure of a round alike, and
    the ratios of medians are steadier than those of bests taken one figure after another.
    """
    found: dict[str, list[float]] = {name: [] for name in figures}
    for _ in range(rounds):
        for name, run in figures.items():
            found[name].append(run())
    return {name: statistics.median(values) for name, values in found.items()}


def command() -> list[str]:
    """The ``coding-certs`` command of this interpreter (the module when not installed)."""
    script = Path(sys.executable).with_name("coding-certs")
    return [str(script)] if script.exists() else [sys.executable, "-m", "coding_certs"]


# Run by a small interpreter between the benchmark and the command (see run_command).
_LAUNCH = """
import json, os, subprocess, sys, time
with open(sys.argv[1], "wb") as report:
    started = time.perf_counter()
    process = subprocess.Popen(sys.argv[2:], stdout=report)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
print(json.dumps([os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss]))
"""


def run_command(holders: Path, log: Path, out: Path, as_of: str) -> tuple[float, float]:
    """``coding-certs assess`` over both files, its CSV report written to ``out``.

    Returns the wall seconds and the command's own peak resident memory in MB: its
    ``ru_maxrss`` from ``os.wait4`` on its process id, so no other child's peak counts
    (``RUSAGE_CHILDREN`` is the largest of every child waited for, the Dask workers and
    fresh interpreters included).

    The command is started with ``subprocess.Popen`` by a small interpreter, not by this
    process: on Linux a process's ``ru_maxrss`` starts, at ``exec``, from the resident
    size of the process it was forked from, so a command started by the benchmark (which
    holds the roster's objects, hundreds of MB) would report at least the benchmark's
    size. Started by a fresh interpreter of about 10 MB, it reports its own.
    """
    command_line = [
        *command(),
        "assess",
        "--holders",
        str(holders),
        "--activities",
        str(log),
        "--as-of",
        as_of,
        "--format",
        "csv",
    ]
    launched = subprocess.run(  # noqa: S603 -- our own interpreter, command and files
        [sys.executable, "-c", _LAUNCH, str(out), *command_line],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    status, seconds, peak_kb = json.loads(launched.stdout)
    if status:
        raise subprocess.CalledProcessError(status, command_line)
    return float(seconds), peak_kb / 1024


def single_process_records(holders: Path, log: Path, as_of: str) -> list[dict[str, object]]:
    """Read both files, assess the roster and make its records, in this process."""
    return cc.assess_roster(
        cc.read_holders(holders), cc.read_activities(log), as_of=as_of
    ).to_records()


def dask_records(
    holders: Path, log: Path, as_of: str, workers: int
) -> tuple[float, list[dict[str, Any]]] | None:
    """Seconds and records of coding_certs.parallel on a LocalCluster (None without Dask)."""
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415 -- an optional extra

        from coding_certs import parallel  # noqa: PLC0415 -- imports Dask
    except ImportError:
        return None
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=50,  # the shuffle's warnings are not figures
        ) as cluster,
        Client(cluster),
    ):
        started = time.perf_counter()
        frame = parallel.assess_csv(holders, log, as_of=as_of, blocksize="8MB")
        seconds = time.perf_counter() - started
    return seconds, frame.to_dict("records")


def rows_per_second(count: int, seconds: float) -> str:
    """``count`` rows in ``seconds``, as a rate."""
    return f"{count / seconds:,.0f} rows/s ({count:,} rows in {seconds:.2f} s)"


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds and result of one run."""
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result
