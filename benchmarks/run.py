"""Benchmark coding_certs against a hand-written baseline on a synthetic roster.

Run ``python benchmarks/run.py`` (100,000 holders, 20 CEU activities each) or
``python benchmarks/run.py --quick`` (2,000 holders). In one process it times,
best of ``--repeat`` runs:

1. ``assess_roster`` over the whole roster, with the library's objects already built;
2. a hand-written baseline on plain tuples and dicts that does the same work
   (credentials grouped by body, tier lookup, cycle window, acceptance filters,
   duplicates, renewal-month sharing, category minimums, ``Decimal`` sums,
   remaining, standing with the previous cycle), checked to give the same
   required, earned, remaining and standing as the library for every holder
   and body: the script exits with status 1 on any difference;
3. loading the roster and the CEU log from CSV files into objects;
4. ``import coding_certs`` in a fresh interpreter, against
   ``import attrs, dateutil.relativedelta`` alone.

It prints one line per figure, the peak memory of the process, and ends with
``ratio assess/baseline: X.XX``. Timings vary on a shared machine: compare the
ratios of one run, not the seconds of two.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import functools
import gc
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple, TypeVar

from dateutil.relativedelta import relativedelta

import coding_certs as cc

T = TypeVar("T")

AS_OF = dt.date(2026, 3, 1)
AAPC_CODES = ("CPC", "CPC-H", "COC", "CIC", "CPC-P", "CPMA")
AAPC_WEIGHTS = (40, 5, 15, 15, 10, 5)
AHIMA_CODES = ("CCS", "CCS-P", "CCA")
UNITS = tuple(Decimal(u) for u in ("1", "1.5", "2", "3", "4", "4.25", "5", "6", "8", "10"))
# Each category with the share of activities tagged with it.
TAGS = (("hiim", 0.85), ("ahima-resource", 0.5), ("auditing", 0.4), ("specialty", 0.3))


# --- The synthetic roster, as plain tuples ------------------------------------------------


class PlainHolder(NamedTuple):
    """A holder as a plain record: id, name, renewal date, (code, earned on) pairs."""

    id: str
    name: str
    aapc_renewal: dt.date | None
    credentials: tuple[tuple[str, dt.date], ...]


class PlainActivity(NamedTuple):
    """A CEU activity as a plain record, in the CSV's column order."""

    holder_id: str
    completed_on: dt.date
    units: Decimal
    kind: str
    title: str
    sponsor: str | None
    index_number: str | None
    preapproved: bool
    categories: frozenset[str]
    bodies: frozenset[str]


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


# --- The hand-written baseline ------------------------------------------------------------
#
# What a competent engineer would write without the library: the rule data as dicts, the
# cycle windows computed from the anchor with relativedelta, one pass over each holder's log.

ZERO = Decimal(0)
CENT = Decimal("0.01")
ONE_DAY = dt.timedelta(days=1)
AAPC_2015 = dt.date(2015, 8, 31)
AHIMA_2021 = dt.date(2021, 1, 1)
AHIMA_RESOURCE_FROM = dt.date(2025, 1, 1)
BODY_OF = {**dict.fromkeys(AAPC_CODES, "AAPC"), **dict.fromkeys(AHIMA_CODES, "AHIMA")}
RENAMED = {"CPC-H": "COC"}
# Units by number of distinct credentials (the last entry for that many or more).
AAPC_TIERS_2012 = (ZERO, Decimal(36), Decimal(48), Decimal(60), Decimal(72), Decimal(80))
AAPC_TIERS_2015 = (ZERO, Decimal(36), Decimal(40), Decimal(44), Decimal(48), Decimal(52))
AHIMA_TIERS = (ZERO, Decimal(20), Decimal(30), Decimal(40), Decimal(50))
HIIM_SHARE = Decimal("0.80")
RESOURCE_SHARE = Decimal("0.40")


def _tidy(units: Decimal) -> Decimal:
    integral = units.to_integral_value()
    return integral if units == integral else units.normalize()


def _tier(tiers: tuple[Decimal, ...], count: int) -> Decimal:
    return tiers[min(count, len(tiers) - 1)]


def _order(a: PlainActivity) -> tuple[dt.date, str]:
    return a.completed_on, a.title


def _course(a: PlainActivity) -> tuple[str, ...]:
    if a.index_number:
        return ("i", a.index_number)
    return ("t", a.title.casefold(), (a.sponsor or "").casefold())


class _Cycle:
    """One cycle of one holder's body: its window, tier and counted activities."""

    __slots__ = ("counted", "end", "full", "keys", "minimums", "required", "start")

    def __init__(self, start: dt.date, end: dt.date, full: Decimal, required: Decimal) -> None:
        self.start = start
        self.end = end
        self.full = full
        self.required = required
        self.counted: list[PlainActivity] = []
        self.keys: dict[tuple[str, ...], PlainActivity] = {}
        self.minimums: list[tuple[str, Decimal]] = []

    def add(self, activity: PlainActivity) -> None:
        """Count an activity, keeping the record of a course worth most (earliest on a tie)."""
        key = _course(activity)
        kept = self.keys.get(key)
        if kept is None:
            self.keys[key] = activity
            self.counted.append(activity)
        elif activity.units > kept.units:  # activities come in order: it goes last
            self.keys[key] = activity
            self.counted.remove(kept)
            self.counted.append(activity)

    def earned(self) -> Decimal:
        return sum((a.units for a in self.counted), ZERO)

    def met(self) -> bool:
        if self.earned() < self.required:
            return False
        for category, asked in self.minimums:
            if sum((a.units for a in self.counted if category in a.categories), ZERO) < asked:
                return False
        return True


def _aapc_due(month: int, day: int, year: int) -> dt.date:
    """The due date in ``year`` (of the right parity), 29 February falling back to the 28th."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, day - 1)


def _aapc_window(month: int, day: int, on: dt.date) -> tuple[dt.date, dt.date]:
    """The AAPC cycle containing ``on``: due every two years, in the renewal month's parity."""
    year = on.year if on.year % 2 == month % 2 else on.year + 1
    due = _aapc_due(month, day, year)
    if due < on:
        due = _aapc_due(month, day, year + 2)
    return _aapc_due(month, day, due.year - 2) + ONE_DAY, due


def _ahima_index(exam: dt.date, on: dt.date) -> int:
    index = ((on.year - exam.year) * 12 + on.month - exam.month) // 24
    if on < exam + relativedelta(years=2 * index):
        index -= 1
    elif on >= exam + relativedelta(years=2 * index + 2):
        index += 1
    return index


def _minimums(
    body: str, codes: set[str], start: dt.date, required: Decimal, full: Decimal
) -> list[tuple[str, Decimal]]:
    if body == "AHIMA":
        found = [("hiim", _tidy((required * HIIM_SHARE).quantize(CENT, decimal.ROUND_UP)))]
        if start >= AHIMA_RESOURCE_FROM:
            found.append(
                (
                    "ahima-resource",
                    _tidy((required * RESOURCE_SHARE).quantize(CENT, decimal.ROUND_UP)),
                )
            )
        return found
    if "CPMA" not in codes:
        return []
    asked = Decimal(16) if start >= AAPC_2015 else Decimal(24)
    if required < full:
        asked = (asked * required / full).quantize(CENT, decimal.ROUND_HALF_UP)
    return [("auditing", _tidy(asked))]


def _cycle(
    body: str, held: list[tuple[str, dt.date]], start: dt.date, end: dt.date, *, partial: bool
) -> _Cycle:
    codes = {code for code, earned in held if earned <= start}
    count = len({RENAMED.get(code, code) for code in codes})
    if body == "AHIMA":
        full = _tier(AHIMA_TIERS, count)
    else:
        full = _tier(AAPC_TIERS_2015 if start >= AAPC_2015 else AAPC_TIERS_2012, count)
    required = full
    if partial:
        span = relativedelta(end, start)
        months = span.years * 12 + span.months + (1 if span.days else 0)
        required = min(full, _tidy((full * months / 24).quantize(CENT, decimal.ROUND_HALF_UP)))
    cycle = _Cycle(start, end, full, required)
    cycle.minimums = _minimums(
        body, codes | {RENAMED.get(c, c) for c in codes}, start, required, full
    )
    return cycle


def _renewal_month(ending: _Cycle, later: _Cycle) -> None:
    """AAPC: renewal-month CEUs count toward whichever side of the due date needs them."""
    due = ending.end
    ending_keys = {_course(a) for a in ending.counted}
    later_keys = {_course(a) for a in later.counted}
    shortfall = ending.required - ending.earned()
    back = []
    for a in later.counted:
        in_month = a.completed_on.year == due.year and a.completed_on.month == due.month
        if in_month and shortfall > 0 and _course(a) not in ending_keys:
            back.append(a)
            shortfall -= a.units
    forward = []
    if not back:
        spare = ending.earned() - ending.required
        for a in reversed(ending.counted):
            in_month = a.completed_on.year == due.year and a.completed_on.month == due.month
            if in_month and a.units <= spare and _course(a) not in later_keys:
                forward.append(a)
                spare -= a.units
    if back or forward:
        before = ending.counted, later.counted
        later_met = later.met()
        ending.counted = sorted(
            [*(a for a in ending.counted if a not in forward), *back], key=_order
        )
        later.counted = sorted([*(a for a in later.counted if a not in back), *forward], key=_order)
        # A move must help: the ending cycle met after it, and no met cycle left unmet.
        if not ending.met() or (later_met and not later.met()):
            ending.counted, later.counted = before


def _standing(body: str, current: _Cycle, previous: _Cycle | None, as_of: dt.date) -> str:
    if previous is not None and not previous.met():
        if body == "AAPC":
            grace_end, inactive_days = previous.end + dt.timedelta(days=90), 0
        elif previous.end < AHIMA_2021:
            grace_end, inactive_days = previous.end + relativedelta(months=3), 0
        else:
            grace_end, inactive_days = previous.end, 180
        if as_of <= grace_end and grace_end > previous.end:
            return "grace"
        if as_of <= grace_end + dt.timedelta(days=inactive_days) and inactive_days:
            return "inactive"
        return "lapsed"
    if current.met():
        return "met"
    days = (current.end - current.start).days + 1
    before = max(0, min(days, (as_of - current.start).days))
    pace = _tidy(
        (current.required * (Decimal(before) / Decimal(days))).quantize(CENT, decimal.ROUND_UP)
    )
    return "on-track" if current.earned() >= pace else "behind"


Result = tuple[Decimal, Decimal, Decimal, str]


def _assess_body(  # noqa: C901 -- written straight through, as a baseline would be
    holder: PlainHolder,
    body: str,
    held: list[tuple[str, dt.date]],
    log: list[PlainActivity],
    as_of: dt.date,
) -> Result:
    first = min(earned for _, earned in held)
    if body == "AHIMA":

        def window(index: int) -> tuple[dt.date, dt.date]:
            return first + relativedelta(years=2 * index), first + relativedelta(
                years=2 * index + 2
            ) - ONE_DAY

        def index_of(day: dt.date) -> int:
            return _ahima_index(first, day)

        first_index = 0
    else:
        renewal = holder.aapc_renewal or first
        month, mday = renewal.month, renewal.day

        def window(index: int) -> tuple[dt.date, dt.date]:  # index: the due year
            return _aapc_due(month, mday, index - 2) + ONE_DAY, _aapc_due(month, mday, index)

        def index_of(day: dt.date) -> int:
            return _aapc_window(month, mday, day)[1].year

        first_index = index_of(first)
        if window(first_index)[1] == first:  # earned on a due date: the next cycle is the first
            first_index += 2
    step = 1 if body == "AHIMA" else 2
    current_index = max(first_index, index_of(as_of))
    cycles: dict[int, _Cycle] = {}
    for index in range(max(first_index, current_index - step), current_index + 1, step):
        start, end = window(index)
        partial = index == first_index and first > start
        cycles[index] = _cycle(
            body, held, max(first, start), end, partial=partial and body == "AAPC"
        )
    oldest = min(cycles)
    for a in log:
        if a.bodies and body not in a.bodies:
            continue
        if a.completed_on > as_of or a.completed_on < first:
            continue
        if a.kind == "instruction" and not a.preapproved:
            continue
        if body == "AAPC" and a.kind == "approved-event" and not a.index_number:
            continue
        index = max(first_index, index_of(a.completed_on))
        if index >= oldest:
            cycles[index].add(a)
    current = cycles[current_index]
    previous = cycles.get(current_index - step)
    if body == "AAPC" and previous is not None:
        _renewal_month(previous, current)
    earned = current.earned()
    return (
        current.required,
        earned,
        max(ZERO, current.required - earned),
        _standing(body, current, previous, as_of),
    )


def baseline(
    roster: list[PlainHolder], log: list[PlainActivity], as_of: dt.date
) -> dict[tuple[str, str], Result]:
    """Required, earned, remaining and standing per holder and body, by hand."""
    by_holder: dict[str, list[PlainActivity]] = {}
    for a in log:
        by_holder.setdefault(a.holder_id, []).append(a)
    results: dict[tuple[str, str], Result] = {}
    for holder in roster:
        own = sorted(by_holder.get(holder.id, ()), key=_order)
        by_body: dict[str, list[tuple[str, dt.date]]] = {}
        for code, earned in holder.credentials:
            if earned <= as_of:
                by_body.setdefault(BODY_OF[code], []).append((code, earned))
        for body, held in by_body.items():
            results[holder.id, body] = _assess_body(holder, body, held, own, as_of)
    return results


# --- The library --------------------------------------------------------------------------


def library(
    holders: list[cc.Holder], activities: list[cc.CeuActivity], as_of: dt.date
) -> cc.RosterReport:
    """The library's report for the whole roster."""
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


def import_time(statement: str, repeat: int) -> float:
    """The best time, in seconds, of ``statement`` in a fresh interpreter."""
    code = (
        "import time; started = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - started)"
    )
    runs = (
        subprocess.run(  # noqa: S603 -- our own interpreter, our own code
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        for _ in range(repeat)
    )
    return min(float(run.stdout) for run in runs)


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


def _csv_phase(holders_path: Path, log_path: Path, repeat: int) -> float:
    """The best time to load both files into objects."""
    seconds, _ = best_of(
        repeat, lambda: (cc.read_holders(holders_path), cc.read_activities(log_path))
    )
    return seconds


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
    args = parser.parse_args(None if argv is None else list(argv))
    holders_count = args.holders or (2_000 if args.quick else 100_000)

    library_s, got = _library_phase(
        holders_count, args.activities_per_holder, args.seed, args.repeat
    )
    roster, log = generate(holders_count, args.activities_per_holder, args.seed)
    baseline_s, expected = best_of(args.repeat, functools.partial(baseline, roster, log, AS_OF))
    _line("baseline (plain tuples, by hand)", f"{baseline_s:.3f} s")
    mismatches = check(got, expected)
    _line("checked holder-body results", f"{len(expected):,}, {mismatches} mismatches")
    del got, expected
    with tempfile.TemporaryDirectory() as directory:
        holders_path, log_path = write_csv(Path(directory), roster, log)
        del roster, log
        csv_s = _csv_phase(holders_path, log_path, args.csv_repeat or args.repeat)
    _line("load CSV (read_holders + read_activities)", f"{csv_s:.3f} s")
    _line("peak memory, CSV load", f"{peak_mb():.0f} MB")

    runs = max(5, args.repeat)
    library_import = import_time("import coding_certs", runs)
    deps_import = import_time("import attrs, dateutil.relativedelta", runs)
    _line("import coding_certs", f"{library_import * 1000:.1f} ms")
    _line("import attrs, dateutil.relativedelta", f"{deps_import * 1000:.1f} ms")
    _line("ratio import/deps", f"{library_import / deps_import:.2f}")
    _line("peak memory (max RSS)", f"{peak_mb():.0f} MB")
    print(f"ratio assess/baseline: {library_s / baseline_s:.2f}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
