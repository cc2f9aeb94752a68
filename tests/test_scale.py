"""Scale: value objects pickle, work spreads over processes and Dask, work grows linearly."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import multiprocessing
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

import coding_certs as cc
from coding_certs._cycles import CycleSchedule, _add_months
from coding_certs._rulebook import Rulebook

ROOT = Path(__file__).resolve().parent.parent
BOOK = cc.default_rulebook()


def _report() -> cc.ComplianceReport:
    """A CPC, a CPMA and a CCS with a log that fills every part of a report."""
    holder = cc.Holder(
        "E1", [("CPC", "2019-05-10"), ("CPMA", "2021-02-01"), ("CCS", "2020-03-15")], name="Ann"
    )
    log = [
        cc.CeuActivity("2024-06-01", "10", "approved-event", "Audit day", index_number="A-1",
                       categories=["auditing"], holder_id="E1"),
        cc.CeuActivity("2024-07-01", "6", "approved-event", "Audit day", index_number="A-1",
                       holder_id="E1"),
        cc.CeuActivity("2025-02-01", "12", "coursework", "HIM course", categories=["hiim"],
                       bodies=["AHIMA"], holder_id="E1"),
        cc.CeuActivity("2025-03-01", "2", "instruction", "Teaching", holder_id="E1"),
        cc.CeuActivity("2025-04-01", "1", "approved-event", "No index", holder_id="E1"),
        cc.CeuActivity("2027-01-01", "1", "other", "Later", holder_id="E1"),
    ]  # fmt: skip
    return cc.assess(holder, log, as_of="2026-01-15")


def _value_objects() -> Iterator[object]:
    """Every kind of public value object: the shipped rule book's and a report's."""
    yield BOOK
    yield from BOOK.bodies
    yield from BOOK.credentials
    for table in BOOK.all_requirements:  # tier tables and AHIMA's highest-plus editions
        yield table
        if isinstance(table, cc.CeuTierTable):
            yield from table.tiers
        yield from table.sources
    yield from BOOK.cycle_rules
    for lapse in BOOK.lapse_rules:
        yield lapse
        yield from lapse.phases
    kind: dict[str, Any] = {
        "body": cc.AAPC,
        "title": "A kind",
        "effective_from": dt.date(2020, 1, 1),
    }
    yield cc.FlatRequirement(name="flat", units=30, **kind)
    yield cc.HighestPlusIncrement(name="highest", increment="10", cap="50", **kind)
    yield cc.PerCredentialSum(name="sum", shared=True, **kind)
    yield from BOOK.requirements
    yield from BOOK.minimums
    yield from BOOK.notices
    yield from cc.ceu_requirements(["CPC", "CCS"], on="2026-01-01")
    report = _report()
    yield report
    yield report.holder
    yield from report.holder.credentials
    for assessment in report.assessments:
        yield assessment
        yield assessment.cycle
        yield assessment.cycle.schedule
        if assessment.obligation is not None:
            yield assessment.obligation
        yield from assessment.rejected
        for cycle in (assessment.current, *assessment.history):
            yield cycle
            yield cycle.requirement
            yield from cycle.counted
            yield from cycle.minimums
    yield cc.RosterReport(as_of=report.as_of, reports=(report,))
    yield cc.SkippedCredential("XYZ", "E1", Path("team.csv"), 2, "credentials[1].credential")
    yield from (cc.Standing.GRACE, cc.Reason.DUPLICATE, cc.ActivityKind.INSTRUCTION)


VALUES = list(_value_objects())


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_value_objects_pickle(value: object) -> None:
    """Every public value object unpickles equal to itself, with the same hash."""
    copy = pickle.loads(pickle.dumps(value))  # noqa: S301 -- our own data
    assert copy == value
    assert type(copy) is type(value)
    if type(value).__hash__ is not None:
        assert hash(copy) == hash(value)


def test_every_public_value_class_is_pickled() -> None:
    """The pickle test covers every public attrs class and enum."""
    # A base class (RequirementEdition) is pickled through the subclasses that fill it in.
    covered = {cls for value in VALUES for cls in type(value).__mro__}
    public = {
        getattr(cc, name)
        for name in cc.__all__
        if isinstance(getattr(cc, name), type)
        and (hasattr(getattr(cc, name), "__attrs_attrs__") or name in {"Standing", "Reason"})
    }
    assert public - covered == set()


def _demo_logs() -> tuple[tuple[cc.Holder, ...], list[tuple[cc.CeuActivity, ...]]]:
    holders, activities = cc.load_demo()
    logs = [tuple(a for a in activities if a.holder_id == h.id) for h in holders]
    return holders, logs


def test_process_pool_gives_the_same_reports() -> None:
    """Assessing in worker processes gives the reports assessed in this one."""
    holders, logs = _demo_logs()
    assess = functools.partial(cc.assess, as_of=cc.DEMO_AS_OF)
    here = [assess(holder, log) for holder, log in zip(holders, logs, strict=True)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        there = list(pool.map(assess, holders, logs))
    assert there == here
    assert [r.to_records() for r in there] == [r.to_records() for r in here]


# --- Complexity: counted calls, never seconds --------------------------------------------


def _log(count: int) -> list[cc.CeuActivity]:
    """``count`` activities spread evenly over 2015 to 2026, some of them duplicates."""
    first = dt.date(2015, 1, 1)
    step = (dt.date(2026, 1, 1) - first).days / count
    return [
        cc.CeuActivity(
            first + dt.timedelta(days=int(i * step)),
            "1.5",
            "approved-event" if i % 3 else "coursework",
            f"Course {i % (count // 2 + 1)}",
            index_number=f"IDX-{i % (count // 2 + 1)}" if i % 3 else None,
            categories=["hiim"] if i % 2 else [],
        )
        for i in range(count)
    ]


def _count_calls(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    """Cycle placements and rule-book lookups made to assess a holder with ``count`` activities."""
    calls = 0

    def counted(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            return method(*args, **kwargs)

        return wrapper

    with monkeypatch.context() as patch:
        for cls, name in [
            (CycleSchedule, "index_of"),
            (CycleSchedule, "boundary"),
            (Rulebook, "tier_table"),
            (Rulebook, "rule_in_force"),
            (Rulebook, "minimums_for"),
            (Rulebook, "current_form"),
            (cc.CeuActivity, "course_key"),
        ]:
            original = getattr(cls, name)
            if isinstance(original, property):
                assert original.fget is not None
                wrapped: object = property(counted(original.fget))
            else:
                wrapped = counted(original)
            patch.setattr(cls, name, wrapped)
        holder = cc.Holder("E1", [("CPC", "2015-01-01"), ("CCS", "2015-01-01")])
        cc.assess(holder, _log(count), as_of="2026-01-01", history=None)
    return calls


def test_ten_times_the_activities_is_about_ten_times_the_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ten times the activities costs at most about ten times the calls, never a hundred."""
    small = _count_calls(monkeypatch, 60)
    large = _count_calls(monkeypatch, 600)
    assert small > 0
    assert large <= 12 * small


# --- Dask ---------------------------------------------------------------------------------


def _needs_dask() -> None:
    """Skip, saying which extra to install, when Dask is absent (CI has it: no skip there)."""
    pytest.importorskip(
        "dask.bag", reason="the Dask example needs the dask extra: pip install -e '.[dask]'"
    )


def test_dask_example_runs_as_a_script() -> None:
    """``python examples/dask_roster.py`` checks itself on two workers, one line per record."""
    _needs_dask()
    done = subprocess.run(  # noqa: S603 -- our own interpreter and example
        [sys.executable, str(ROOT / "examples" / "dask_roster.py")],
        check=True,
        capture_output=True,
        text=True,
    )
    holders, activities = cc.load_demo()
    expected = cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF).to_records()
    assert len(done.stdout.splitlines()) == len(expected)


def test_benchmark_quick_run() -> None:
    """``benchmarks/run.py --quick`` agrees with the baseline and prints the ratio (not timed)."""
    done = subprocess.run(  # noqa: S603 -- our own interpreter and script
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--holders", "300",
         "--repeat", "1", "--no-dask"],
        check=False,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 mismatches" in done.stdout
    for figure in ("read_activities:", "coding-certs assess, end to end:", "ratio first use/deps:"):
        assert figure in done.stdout
    # The command's own peak, from os.wait4 on its pid: a real figure, not the parent's.
    own = r"peak memory, the command: +(\d+) MB \(its own, from os\.wait4\)"
    peak = re.search(own, done.stdout)
    assert peak is not None, done.stdout
    assert 0 < int(peak.group(1)) < 2_000
    assert done.stdout.splitlines()[-1].startswith("ratio assess/baseline: ")


@pytest.mark.parametrize("asked", ["pause_gc", "default"])
@pytest.mark.parametrize("state", ["enabled", "disabled"])
def test_assess_roster_leaves_the_garbage_collector_as_it_was(state: str, asked: str) -> None:
    """The collector runs as found unless pause_gc=True, and is left as found either way."""
    enabled = state == "enabled"
    pause_gc = asked == "pause_gc"
    holders, activities = cc.load_demo()
    seen: list[bool] = []
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        cc.assess_roster(
            holders,
            activities,
            as_of=cc.DEMO_AS_OF,
            pause_gc=pause_gc,
            progress=lambda _done, _total: seen.append(gc.isenabled()),
        )
        assert seen
        assert set(seen) == {enabled and not pause_gc}
        assert gc.isenabled() is enabled
        with pytest.raises(cc.InvalidValueError):
            cc.assess_roster(
                holders,
                [*activities, cc.CeuActivity("2025-01-01", "1", "other", "X")],
                pause_gc=pause_gc,
            )
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("junk", ["yes", 1, None, 0.0])
def test_assess_roster_refuses_a_pause_gc_that_is_not_a_bool(junk: object) -> None:
    """A pause_gc that is not True or False is refused, saying what is accepted."""
    holders, activities = cc.load_demo()
    with pytest.raises(cc.InvalidTypeError, match=r"pause_gc must be True or False, got"):
        cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF, pause_gc=junk)  # type: ignore[arg-type]


def test_month_arithmetic_is_relativedeltas() -> None:
    """The engine's month arithmetic gives what ``relativedelta(months=...)`` gives."""
    day = dt.date(1999, 12, 1)
    while day < dt.date(2004, 3, 1):  # every day of a leap cycle and the months around it
        for months in (-1200, -25, -24, -13, -12, -1, 0, 1, 11, 12, 13, 24, 25, 48, 2400):
            assert _add_months(day, months) == day + relativedelta(months=months)
        day += dt.timedelta(days=1)
    for edge, months in [(dt.date(1, 1, 1), -1), (dt.date(9999, 12, 31), 1)]:
        with pytest.raises(ValueError, match="year"):
            _add_months(edge, months)


def test_a_credential_back_from_a_worker_is_still_the_rule_books() -> None:
    """A credential copied through pickle, as from a worker, is found in the rule book."""
    copy = pickle.loads(pickle.dumps(cc.CPC))  # noqa: S301 -- our own data
    assert copy is not cc.CPC
    assert BOOK.credential(copy) == cc.CPC
    assert BOOK.current_form(copy) is cc.CPC


def test_the_first_assessment_imports_only_what_it_needs() -> None:
    """A first ``assess()`` loads no pathlib, importlib.resources, html, cattrs or readers."""
    code = (
        "import sys, coding_certs; "
        "coding_certs.assess(coding_certs.Holder('E1', [('CPC', '2020-01-15')]), "
        "as_of='2026-01-01'); "
        "print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run(  # noqa: S603 -- our own interpreter and code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    loaded = set(done.stdout.split())
    assert "coding_certs._engine" in loaded
    unneeded = {"pathlib", "importlib.resources", "html", "cattrs", "coding_certs._io"}
    assert loaded & unneeded == set()


def test_minimums_are_remembered_per_cycle_and_stay_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """minimums_for answers each cycle once, the same as a scan, and forgets past its bound."""
    from coding_certs import _resolver  # noqa: PLC0415 -- the bound is private

    book = cc.load_rulebook(ROOT / "src" / "coding_certs" / "data" / "rules.toml")
    monkeypatch.setattr(_resolver, "_CACHE_LIMIT", 2)
    days = [dt.date(2014, 1, 1), dt.date(2016, 1, 1), dt.date(2025, 6, 1)]
    for start in days * 2:
        end = start + relativedelta(years=2, days=-1)
        for body in book.bodies:
            expected = tuple(
                rule
                for rule in book.minimums
                if rule.body == body
                and rule.in_force_on(start if rule.judged_by is cc.JudgedBy.CYCLE_START else end)
            )
            assert book.minimums_for(body, start, end) == expected
            assert book.minimums_for(body, start, end) is book.minimums_for(body, start, end)
    assert len(book._resolver._memo) <= 2
