"""Benchmark coding_certs against a hand-written baseline on a synthetic roster.

Run ``python benchmarks/run.py`` (100,000 holders, 20 CEU activities each) or
``python benchmarks/run.py --quick`` (2,000 holders). In one process it times,
best of ``--repeat`` runs:

1. ``assess_roster`` over the whole roster, with the library's objects already built;
2. the fair baseline (``benchmarks/baseline.py``): the same job written as a lean
   script would do it, from the same plain records (each activity parsed once into
   a small tuple, each holder's days sorted once and cut into cycles with
   ``bisect``, rule lookups remembered by what they depend on, integer hundredths),
   checked to give the same required, earned, remaining and standing as the
   library for every holder and body: the script exits with status 1 on any
   difference;
3. reading each file (``read_holders``, ``read_activities``), in rows a second;
4. ``coding-certs assess`` over both files, end to end, as a separate process, with its
   peak memory;
5. Dask (``coding_certs.parallel.assess_csv``) on a ``LocalCluster`` of 1 and then 2
   worker processes, against one process reading the files and assessing them; the
   records must be the same (``--no-dask`` skips this);
6. what the first use costs: ``import coding_certs``, ``coding_certs.assess`` and the first
   ``assess()`` of one holder in a fresh interpreter, and ``coding-certs requirements CPC``
   as a whole process, each against ``import attrs, dateutil.relativedelta`` alone: medians
   of 15 rounds (5 with ``--quick``), every figure once per round.

It prints one line per figure, the peak memory, the number of cores, and ends with
``ratio assess/baseline: X.XX``. Timings vary on a shared machine: compare the
ratios of one run, not the seconds of two.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import gc
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import coding_certs as cc
import surfaces
from baseline import PlainActivity, PlainHolder, Result, baseline

T = TypeVar("T")

AS_OF = dt.date(2026, 3, 1)
AAPC_CODES = ("CPC", "CPC-H", "COC", "CIC", "CPC-P", "CPMA")
AAPC_WEIGHTS = (40, 5, 15, 15, 10, 5)
AHIMA_CODES = ("CCS", "CCS-P", "CCA")
UNITS = tuple(Decimal(u) for u in ("1", "1.5", "2", "3", "4", "4.25", "5", "6", "8", "10"))
# Each category with the share of activities tagged with it.
TAGS = (("hiim", 0.85), ("ahima-resource", 0.5), ("auditing", 0.4), ("specialty", 0.3))


# --- The synthetic roster, as plain tuples ------------------------------------------------


_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared(tags: frozenset[str]) -> frozenset[str]:
    """One object per distinct set of tags, as a careful loader would keep them."""
    return _SETS.setdefault(tags, tags)


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def _credentials(rng: random.Random) -> tuple[tuple[str, dt.date], ...]:
    roll = rng.random()
    codes: list[str] = []
    if roll < 0.75:  # AAPC only, or both
        count = rng.choice((1, 1, 1, 2, 2, 3))
        while len(codes) < count:
            code = rng.choices(AAPC_CODES, AAPC_WEIGHTS)[0]
            if code not in codes:
                codes.append(code)
    if roll >= 0.45:  # AHIMA only, or both
        codes.extend(rng.sample(AHIMA_CODES, rng.choice((1, 1, 2))))
    first = _day(rng, dt.date(2011, 1, 1), dt.date(2025, 6, 30))
    held = [(codes[0], first)]
    held.extend(
        (code, _day(rng, first, AS_OF + dt.timedelta(days=60)) if rng.random() < 0.5 else first)
        for code in codes[1:]
    )
    return tuple(held)


def _activities(rng: random.Random, holder: PlainHolder, count: int) -> list[PlainActivity]:
    first = min(earned for _, earned in holder.credentials)
    start = max(first - dt.timedelta(days=60), AS_OF - dt.timedelta(days=4 * 365))
    log: list[PlainActivity] = []
    for number in range(count):
        completed = _day(rng, start, AS_OF + dt.timedelta(days=30))
        if log and rng.random() < 0.05:  # the same course recorded twice
            again = rng.choice(log)
            log.append(again._replace(completed_on=completed, units=rng.choice(UNITS)))
            continue
        kind = rng.choices(
            ("approved-event", "coursework", "instruction", "other"), (60, 15, 10, 15)
        )[0]
        index = (
            f"AAPC-{rng.randrange(10**6):06d}"
            if kind == "approved-event" and rng.random() < 0.9
            else None
        )
        roll = rng.random()
        bodies: frozenset[str] = (
            frozenset()
            if roll < 0.7
            else frozenset({"AAPC"})
            if roll < 0.85
            else frozenset({"AHIMA"})
        )
        log.append(
            PlainActivity(
                holder_id=holder.id,
                completed_on=completed,
                units=rng.choice(UNITS),
                kind=kind,
                title=f"Course {number} of {holder.id}",
                sponsor=rng.choice(("AAPC", "AHIMA", "State chapter", None)),
                index_number=index,
                preapproved=rng.random() < 0.5,
                categories=_shared(frozenset(t for t, share in TAGS if rng.random() < share)),
                bodies=_shared(bodies),
            )
        )
    return log


def generate(
    holders: int, per_holder: int, seed: int
) -> tuple[list[PlainHolder], list[PlainActivity]]:
    """A seeded roster of ``holders`` and ``per_holder`` activities each, as plain records."""
    rng = random.Random(seed)
    roster: list[PlainHolder] = []
    log: list[PlainActivity] = []
    for number in range(holders):
        held = _credentials(rng)
        renewal = (
            _day(rng, dt.date(2020, 1, 1), dt.date(2020, 12, 31)) if rng.random() < 0.7 else None
        )
        holder = PlainHolder(f"H{number:07d}", f"Coder {number}", renewal, held)
        roster.append(holder)
        log.extend(_activities(rng, holder, per_holder))
    return roster, log


def build_objects(
    roster: list[PlainHolder], log: list[PlainActivity]
) -> tuple[list[cc.Holder], list[cc.CeuActivity]]:
    """The same roster as the library's validated objects."""
    holders = [
        cc.Holder(h.id, list(h.credentials), name=h.name, aapc_renewal=h.aapc_renewal)
        for h in roster
    ]
    activities = [
        cc.CeuActivity(
            completed_on=a.completed_on,
            units=a.units,
            kind=a.kind,
            title=a.title,
            sponsor=a.sponsor,
            index_number=a.index_number,
            preapproved=a.preapproved,
            categories=a.categories,
            bodies=a.bodies,
            holder_id=a.holder_id,
        )
        for a in log
    ]
    return holders, activities


# --- The library --------------------------------------------------------------------------


def library(
    holders: list[cc.Holder], activities: list[cc.CeuActivity], as_of: dt.date
) -> cc.RosterReport:
    """The library's report for the whole roster, starting as cold as the baseline does."""
    book = cc.default_rulebook()  # loaded once per process: timed with the import below
    cache = getattr(book, "requirement_cache", None)
    if cache is not None:
        cache.clear()
    return cc.assess_roster(holders, activities, as_of=as_of)


def numbers(report: cc.RosterReport) -> dict[tuple[str, str], Result]:
    """The figures the baseline computes, read from the library's report."""
    return {
        (r.holder.id, a.body.code): (a.required, a.earned, a.remaining, a.standing.value)
        for r in report
        for a in r.assessments
    }


def check(expected: dict[tuple[str, str], Result], got: dict[tuple[str, str], Result]) -> int:
    """Print every difference between the library and the baseline; return how many."""
    problems = 0
    for key in sorted(expected.keys() | got.keys()):
        if expected.get(key) != got.get(key):
            problems += 1
            if problems <= 10:
                print(f"MISMATCH {key}: library {expected.get(key)} baseline {got.get(key)}")
    return problems


# --- CSV ----------------------------------------------------------------------------------


def write_csv(
    directory: Path, roster: list[PlainHolder], log: list[PlainActivity]
) -> tuple[Path, Path]:
    """The roster and the log as the CSV files read_holders and read_activities read."""
    holders_path = directory / "roster.csv"
    with holders_path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(("id", "name", "aapc_renewal", "credentials"))
        for h in roster:
            writer.writerow(
                (
                    h.id,
                    h.name,
                    h.aapc_renewal.isoformat() if h.aapc_renewal else "",
                    ";".join(f"{code}:{earned.isoformat()}" for code, earned in h.credentials),
                )
            )
    log_path = directory / "ceus.csv"
    with log_path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(PlainActivity._fields)
        for a in log:
            writer.writerow(
                (
                    a.holder_id,
                    a.completed_on.isoformat(),
                    str(a.units),
                    a.kind,
                    a.title,
                    a.sponsor or "",
                    a.index_number or "",
                    "yes" if a.preapproved else "no",
                    ";".join(sorted(a.categories)),
                    ";".join(sorted(a.bodies)),
                )
            )
    return holders_path, log_path


# --- Timing -------------------------------------------------------------------------------


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The shortest of ``repeat`` runs, in seconds, and the last result."""
    best = float("inf")
    result: T | None = None
    for _ in range(repeat):
        result = None  # let the previous result go before the next run
        gc.collect()
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    assert result is not None  # noqa: S101 -- repeat >= 1
    return best, result


def peak_mb() -> float:
    """The process's peak resident memory, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _line(label: str, value: str) -> None:
    print(f"{label + ':':<40} {value}", flush=True)


def _library_phase(
    holders_count: int, per_holder: int, seed: int, repeat: int
) -> tuple[float, dict[tuple[str, str], Result]]:
    """Build the objects, time the library, and keep only its numbers (the objects go)."""
    started = time.perf_counter()
    # The plain records are dropped once the objects are built, and made again for the
    # baseline: the library's phase holds only its own objects and reports.
    holders, activities = build_objects(*generate(holders_count, per_holder, seed))
    _line("holders / activities", f"{len(holders):,} / {len(activities):,}")
    _line("generate + build objects", f"{time.perf_counter() - started:.2f} s")
    seconds, report = best_of(repeat, lambda: library(holders, activities, AS_OF))
    _line("assess (library, objects built)", f"{seconds:.3f} s")
    counts = report.count_by_standing()
    _line("standings", ", ".join(f"{s.value} {n}" for s, n in counts.items()))
    _line("peak memory, objects + reports", f"{peak_mb():.0f} MB")
    return seconds, numbers(report)


def _files_phase(holders_path: Path, log_path: Path, repeat: int) -> None:
    """Rows a second for each reader, best of ``repeat``."""
    seconds, holders = best_of(repeat, lambda: cc.read_holders(holders_path))
    _line("read_holders", surfaces.rows_per_second(len(holders), seconds))
    del holders
    seconds, activities = best_of(repeat, lambda: cc.read_activities(log_path))
    _line("read_activities", surfaces.rows_per_second(len(activities), seconds))
    del activities
    _line("peak memory, after reading", f"{peak_mb():.0f} MB")


def _command_phase(holders_path: Path, log_path: Path) -> None:
    """The command over both files, end to end, and its peak memory."""
    report = holders_path.with_name("report.csv")
    seconds, peak = surfaces.run_command(holders_path, log_path, report, AS_OF.isoformat())
    _line("coding-certs assess, end to end", f"{seconds:.2f} s")
    _line("peak memory, the command", f"{peak:.0f} MB (its own, from os.wait4)")


def _import_phase(rounds: int) -> None:
    """What the first use costs against the dependencies alone, in and out of process.

    Medians of ``rounds`` rounds, each running every figure once in a fresh interpreter
    (``surfaces.interleaved``), so that the ratios compare figures of the same moments.
    """
    surfaces.warm_bytecode()
    in_process = {
        "deps": surfaces.DEPS,
        "package": "import coding_certs",
        "attribute": "import coding_certs; coding_certs.assess",
        "first": surfaces.FIRST_ASSESS,
    }
    processes = {
        "process deps": [sys.executable, "-c", surfaces.DEPS],
        "process command": [*surfaces.command(), "requirements", "CPC"],
    }
    figures: dict[str, Callable[[], float]] = {
        name: functools.partial(surfaces.in_process, statement, 1)
        for name, statement in in_process.items()
    }
    figures.update(
        {
            name: functools.partial(surfaces.whole_process, argv, 1)
            for name, argv in processes.items()
        }
    )
    med = surfaces.interleaved(figures, rounds)
    deps, first = med["deps"], med["first"]
    _line("first use, interleaved rounds (medians)", str(rounds))
    _line("import attrs, dateutil.relativedelta", f"{deps * 1000:.1f} ms")
    for label, name in (
        ("import coding_certs", "package"),
        ("... ; coding_certs.assess", "attribute"),
        ("... ; first assess(), one holder", "first"),
    ):
        _line(label, f"{med[name] * 1000:.1f} ms ({med[name] / deps:.2f}x deps)")
    process_deps, process_command = med["process deps"], med["process command"]
    _line("process: python -c 'import deps'", f"{process_deps * 1000:.1f} ms")
    _line(
        "process: coding-certs requirements CPC",
        f"{process_command * 1000:.1f} ms ({process_command / process_deps:.2f}x deps)",
    )
    _line("ratio first use/deps", f"{first / deps:.2f}")


def _dask_phase(holders_path: Path, log_path: Path) -> int:
    """One process from the files, then Dask on 1 and 2 workers; return the mismatches."""
    day = AS_OF.isoformat()
    single_s, single = surfaces.timed(
        lambda: surfaces.single_process_records(holders_path, log_path, day)
    )
    _line("one process: read + assess + records", f"{single_s:.2f} s")
    times = {}
    problems = 0
    for workers in (1, 2):
        found = surfaces.dask_records(holders_path, log_path, day, workers)
        if found is None:
            _line("dask", "not installed: skipped")
            return 0
        times[workers], records = found
        same = records == single
        problems += not same
        _line(
            f"dask, {workers} worker process{'es' if workers > 1 else ''}",
            f"{times[workers]:.2f} s ({'same records' if same else 'RECORDS DIFFER'})",
        )
    _line("dask speed-up, 2 workers / 1", f"{times[1] / times[2]:.2f}x")
    _line("dask 2 workers against one process", f"{single_s / times[2]:.2f}x")
    return problems


def main(argv: Iterable[str] | None = None) -> int:
    """Run the benchmark; return 1 when the baseline and the library disagree."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holders", type=int, default=None, help="default 100000 (2000 quick)")
    parser.add_argument("--activities-per-holder", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--csv-repeat", type=int, default=None, help="runs of the CSV load (default: --repeat)"
    )
    parser.add_argument("--quick", action="store_true", help="2,000 holders: a smoke test")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask figures")
    args = parser.parse_args(None if argv is None else list(argv))
    holders_count = args.holders or (2_000 if args.quick else 100_000)

    library_s, got = _library_phase(
        holders_count, args.activities_per_holder, args.seed, args.repeat
    )
    roster, log = generate(holders_count, args.activities_per_holder, args.seed)
    baseline_s, expected = best_of(args.repeat, functools.partial(baseline, roster, log, AS_OF))
    _line("fair baseline (by hand, bisect)", f"{baseline_s:.3f} s")
    mismatches = check(got, expected)
    _line("checked holder-body results", f"{len(expected):,}, {mismatches} mismatches")
    del got, expected
    with tempfile.TemporaryDirectory() as directory:
        holders_path, log_path = write_csv(Path(directory), roster, log)
        del roster, log
        gc.collect()
        _files_phase(holders_path, log_path, args.csv_repeat or args.repeat)
        _command_phase(holders_path, log_path)
        if not args.no_dask:
            mismatches += _dask_phase(holders_path, log_path)
    _import_phase(5 if args.quick else max(15, args.repeat))
    _line("cores (os.cpu_count)", str(os.cpu_count()))
    _line("peak memory (max RSS)", f"{peak_mb():.0f} MB")
    print(f"ratio assess/baseline: {library_s / baseline_s:.2f}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
