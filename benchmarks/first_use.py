"""The first use against the dependencies' import, as ratios of medians, trees interleaved.

``run.py``'s import phase takes the best of a few runs of each figure in turn; on a shared,
noisy machine a burst of load can land on one figure and not the other. This script runs
every figure once per round, in turn, for every source tree given, for ``--rounds`` rounds
(fresh interpreters each time), and reports each figure as the median of its rounds and as
a ratio to the median of the dependencies' import measured in the same rounds:

- ``first assess()``: ``import coding_certs`` and the first ``assess()`` of one holder,
  timed inside a fresh interpreter, against ``import attrs, dateutil.relativedelta``;
- ``requirements CPC``: ``coding-certs requirements CPC`` as a whole process (wall time
  and the child's CPU time), against ``python -c 'import attrs, dateutil.relativedelta'``.

```
python benchmarks/first_use.py                                 # this checkout's src
python benchmarks/first_use.py --tree /tmp/before/src --tree src --rounds 21
python benchmarks/first_use.py --tree /tmp/before/src --tree src --instructions
```

``--instructions`` counts, instead of timing, the instructions each process runs under
Valgrind (``callgrind``, ``PYTHONHASHSEED=0``): the same count on a busy machine as on a
quiet one, so two trees compare exactly, where medians of times still swing by a tenth
under load. ``python -c pass`` is taken from the counts of the statements run inside an
interpreter; the whole processes are compared as they are. Instructions are not time (a
cache miss costs more than an addition), so these ratios are not the issue's, only a
steady measure of what a change saves.

Bytecode is written and kept as an installed package has it (``PYTHONDONTWRITEBYTECODE``
is dropped, as ``surfaces._installed_env`` does), after one warming run per tree.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from surfaces import DEPS, FIRST_ASSESS, command

_HERE = Path(__file__).resolve().parent


def _env(tree: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": tree}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _inside(statement: str, env: dict[str, str]) -> float:
    """Seconds of ``statement`` run first thing in a fresh interpreter, measured inside it."""
    code = f"import time; s = time.perf_counter(); {statement}; print(time.perf_counter() - s)"
    done = subprocess.run(  # noqa: S603 -- our own interpreter, our own code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return float(done.stdout)


def _process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of a whole process, start-up included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)  # noqa: S603 -- our command
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def measure(trees: list[str], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Every figure of every tree, one value per round, the trees and figures interleaved."""
    deps_process = [sys.executable, "-c", DEPS]
    requirements = [*command(), "requirements", "CPC"]
    found: dict[str, dict[str, list[float]]] = {tree: {} for tree in trees}
    for tree in trees:  # warm the bytecode and the rule book's kept parse
        subprocess.run(  # noqa: S603 -- our own interpreter, our own code
            [sys.executable, "-c", FIRST_ASSESS], check=True, env=_env(tree)
        )
        _process(requirements, _env(tree))
    for _ in range(rounds):
        for tree in trees:
            env = _env(tree)
            figures = found[tree]
            figures.setdefault("deps", []).append(_inside(DEPS, env))
            figures.setdefault("first", []).append(_inside(FIRST_ASSESS, env))
            wall, cpu = _process(deps_process, env)
            figures.setdefault("deps process", []).append(wall)
            figures.setdefault("deps process cpu", []).append(cpu)
            wall, cpu = _process(requirements, env)
            figures.setdefault("requirements", []).append(wall)
            figures.setdefault("requirements cpu", []).append(cpu)
    return found


def _instructions(argv: list[str], env: dict[str, str]) -> int:
    """The instructions a whole process runs, counted by Valgrind's callgrind."""
    done = subprocess.run(  # noqa: S603 -- valgrind running our own interpreter
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
        env={**env, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind gave no count: {done.stderr[-500:]}")
    return int(found.group(1))


def count(trees: list[str]) -> list[str]:
    """One line per tree: the instructions of each figure, and their ratios to the deps'."""
    lines = []
    script = command()  # the script is run by our interpreter, which valgrind then follows
    runner = [sys.executable, *script] if len(script) == 1 else script
    requirements = [*runner, "requirements", "CPC"]
    for tree in trees:
        env = _env(tree)
        subprocess.run(  # noqa: S603 -- warm the bytecode and the kept parse
            [sys.executable, "-c", FIRST_ASSESS], check=True, env=env
        )
        _process(requirements, env)
        start = _instructions([sys.executable, "-c", "pass"], env)
        deps = _instructions([sys.executable, "-c", DEPS], env)
        first = _instructions([sys.executable, "-c", FIRST_ASSESS], env)
        command_count = _instructions(requirements, env)
        lines.append(
            f"{tree}: first assess() {(first - start) / 1e6:.1f}M / {(deps - start) / 1e6:.1f}M "
            f"instructions = {(first - start) / (deps - start):.3f}x deps; requirements CPC "
            f"{command_count / 1e6:.1f}M / {deps / 1e6:.1f}M = {command_count / deps:.3f}x"
        )
    return lines


def report(found: dict[str, dict[str, list[float]]]) -> list[str]:
    """One line per tree: each figure's median in ms and its ratio to the deps' median."""
    lines = []
    for tree, figures in found.items():
        med = {name: statistics.median(values) for name, values in figures.items()}
        first = med["first"] / med["deps"]
        wall = med["requirements"] / med["deps process"]
        cpu = med["requirements cpu"] / med["deps process cpu"]
        lines.append(
            f"{tree}: first assess() {med['first'] * 1000:.1f} / {med['deps'] * 1000:.1f} ms "
            f"= {first:.2f}x deps; requirements CPC {med['requirements'] * 1000:.1f} / "
            f"{med['deps process'] * 1000:.1f} ms = {wall:.2f}x (CPU {cpu:.2f}x); "
            f"medians of {len(figures['deps'])} rounds"
        )
    return lines


def main(argv: Iterable[str] | None = None) -> int:
    """Measure and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--tree", action="append", help="a source tree (PYTHONPATH); default: this checkout's src"
    )
    parser.add_argument("--rounds", type=int, default=15, help="fresh processes per figure")
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions under valgrind instead"
    )
    args = parser.parse_args(None if argv is None else list(argv))
    trees = args.tree or [str(_HERE.parent / "src")]
    if args.instructions:
        print("\n".join(count(trees)))
        return 0
    load = os.getloadavg()[0]
    lines = report(measure(trees, args.rounds))
    print(f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
