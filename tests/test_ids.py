"""Parametrize ids that pytest-xdist's workers agree on (tests/ids.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ids import stable_id, unstable_ids

_SET_ID_IN_A_FRESH_PROCESS = (
    "import sys; sys.path.insert(0, sys.argv[1]); from ids import stable_id; "
    "print(stable_id({'CPC', 'CCS', 'CCA', 'CIC', 'COC'}))"
)


def test_addresses_are_left_out() -> None:
    """An object's id names its type without the memory address."""
    assert stable_id(object()) == "<object object>"
    assert stable_id([object(), 1]) == "[<object object>, 1]"


def test_plain_values_keep_their_repr() -> None:
    """Values whose repr is stable keep it, so ids stay readable."""
    assert stable_id("") == "''"
    assert stable_id(None) == "None"
    assert stable_id({"a": 1}) == "{'a': 1}"


def test_sets_are_sorted_and_iterators_named() -> None:
    """Sets list their items sorted; an iterator is named by its type."""
    assert stable_id({"b", "a"}) == "set({'a', 'b'})"
    assert stable_id(frozenset({2, 1})) == "frozenset({1, 2})"
    assert stable_id(iter([1, 2])) == "list_iterator"


def test_set_ids_agree_between_processes() -> None:
    """Two interpreters (so two hash seeds) give a set the same id."""
    ids = {
        subprocess.run(  # noqa: S603 -- our own interpreter and code
            [sys.executable, "-c", _SET_ID_IN_A_FRESH_PROCESS, str(Path(__file__).parent)],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert ids == {"set({'CCA', 'CCS', 'CIC', 'COC', 'CPC'})\n"}


def test_ids_with_an_address_are_found() -> None:
    """unstable_ids picks out exactly the ids that hold an address."""
    ids = ["t.py::test_a[1]", "t.py::test_b[<object object at 0x7f00ab>]", "t.py::test_c"]
    assert unstable_ids(ids) == ["t.py::test_b[<object object at 0x7f00ab>]"]
    assert unstable_ids([]) == []
