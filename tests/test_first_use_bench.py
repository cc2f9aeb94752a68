"""benchmarks/first_use.py: its ratios are medians over the same rounds, and it runs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import first_use


def test_the_ratios_are_of_medians() -> None:
    """Each figure is the median of its rounds, divided by the deps' median of the same run."""
    figures = {
        "deps": [0.010, 0.030, 0.020],
        "first": [0.030, 0.090, 0.040],  # median 40 ms against 20 ms: 2.00x
        "deps process": [0.050, 0.040, 0.060],
        "requirements": [0.075, 0.200, 0.070],  # median 75 ms against 50 ms: 1.50x
        "deps process cpu": [0.040, 0.040, 0.040],
        "requirements cpu": [0.050, 0.070, 0.060],  # 60 against 40: 1.50x
    }
    (line,) = first_use.report({"tree": figures})
    assert "first assess() 40.0 / 20.0 ms = 2.00x deps" in line
    assert "requirements CPC 75.0 / 50.0 ms = 1.50x (CPU 1.50x)" in line
    assert "medians of 3 rounds" in line


def test_one_round_measures_every_figure() -> None:
    """One round of this checkout: every figure once, each a positive time."""
    tree = str(Path(first_use.__file__).resolve().parent.parent / "src")
    found = first_use.measure([tree], 1)
    assert set(found[tree]) == {
        "deps",
        "first",
        "deps process",
        "deps process cpu",
        "requirements",
        "requirements cpu",
    }
    assert all(len(v) == 1 and v[0] > 0 for v in found[tree].values())


def test_instruction_counts_leave_out_the_interpreters_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Inside an interpreter, ``python -c pass`` is taken off; whole processes stay whole."""
    counts = {"pass": 40, first_use.DEPS: 200, first_use.FIRST_ASSESS: 480}

    def fake(argv: list[str], env: dict[str, str]) -> int:
        return 500 if "requirements" in argv else counts[argv[-1]]

    monkeypatch.setattr(first_use, "_instructions", fake)
    monkeypatch.setattr(first_use, "_process", lambda *_, **__: (0.0, 0.0))
    monkeypatch.setattr(first_use.subprocess, "run", lambda *_, **__: None)
    (line,) = first_use.count(["tree"])
    # (480 - 40) / (200 - 40) = 2.75; 500 / 200 = 2.5
    assert "first assess() 0.0M / 0.0M instructions = 2.750x deps" in line
    assert "= 2.500x" in line
