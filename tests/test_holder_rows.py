"""The roster reader's fast path gives the holders, and the problems, of the precise path.

A row of a wide roster (``id,name,aapc_renewal,credentials``) is read on a fast path that
makes the :class:`~coding_certs.Holder` and its holdings without running their
validators again (``HolderRows.fast_wide``); any row it declines is read the precise
way. These tests read the same files with the fast path and without it, and rebuild
every holder read through the public constructors.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from coding_certs._records import HolderRows

# Codes as people write them (case, spaces, dashes, apprentice designations), codes the
# rule book does not know, and cells that are not CODE:DATE at all.
_CODES = ("CPC", "cpc", " CPC-H ", "coc", "CPC-A", "cpc a", "COC-A", "CCS", "ccs p", "CIC")
_BAD_CODES = ("CPX", "", "  ")
_DAYS = ("2020-01-15", " 2019-05-10", "2024-02-29", "2023-02-29", "15/01/2020", "", "soon")


def _items() -> st.SearchStrategy[str]:
    codes = st.sampled_from(_CODES) | st.sampled_from(_BAD_CODES)
    pair = st.builds(
        lambda c, d: f"{c}:{d}", codes, st.sampled_from(_DAYS[:3]) | st.sampled_from(_DAYS)
    )
    return pair | st.sampled_from(("", " ", "CPC", "CPC:", ":2020-01-15"))


def _rows() -> st.SearchStrategy[list[tuple[str, str, str, str]]]:
    row = st.tuples(
        st.sampled_from(("E1", "E2", " E3 ", "", "e1")),
        st.sampled_from(("", "Ann", "  Bo  ")),
        st.sampled_from(("", "2021-03-15", " 2021-03-15", "2021-02-30")),
        st.lists(_items(), max_size=3).map(";".join),
    )
    return st.lists(row, min_size=1, max_size=4)


def _csv(rows: list[tuple[str, ...]], header: str = "id,name,aapc_renewal,credentials") -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if ("," in text or " " in text) else text

    return header + "\n" + "".join(",".join(cell(c) for c in row) + "\n" for row in rows)


def _read(path: Path) -> list[Any]:
    """What reading ``path`` gives, refusing unknown codes and skipping them."""
    found: list[Any] = []
    for unknown in ("error", "skip"):
        try:
            holders = cc.read_holders(path, unknown_credentials=unknown)
        except cc.DataFileError as error:
            found.append((None, [(p.line, p.field, p.message) for p in error.problems]))
        else:
            found.append(([_facts(h) for h in holders], list(holders.skipped)))
            for holder in holders:
                _rebuilt_equal(holder)
    return found


def _both(text: str) -> tuple[Any, Any]:
    """What reading ``text`` gives with the fast path, and without it."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "roster.csv"
        path.write_text(text, encoding="utf-8")
        fast = _read(path)
        with pytest.MonkeyPatch.context() as off:
            off.setattr(HolderRows, "fast_wide", lambda _self, _values: None)
            precise = _read(path)
    return fast, precise


def _facts(holder: cc.Holder) -> tuple[Any, ...]:
    return (
        repr(holder),
        holder.aapc_renewal,
        dict(holder.renewals),
        [
            (h.credential, h.code, h.apprentice, h.designation, h.earned_on)
            for h in holder.credentials
        ],
    )


def _rebuilt_equal(holder: cc.Holder) -> None:
    """``holder`` made again by the public constructors equals it, field for field."""
    again = cc.Holder(
        holder.id,
        [
            cc.HeldCredential(h.credential, h.earned_on, apprentice=h.apprentice)
            for h in holder.credentials
        ],
        name=holder.name,
        renewals=dict(holder.renewals),
    )
    assert again == holder
    for field in attrs.fields(cc.Holder):
        assert getattr(again, field.name) == getattr(holder, field.name), field.name
    assert _facts(again) == _facts(holder)


@given(rows=_rows())
def test_the_fast_path_reads_what_the_precise_path_reads(
    rows: list[tuple[str, ...]],
) -> None:
    """Any wide roster gives the same holders, skipped codes or problems, either way."""
    fast, precise = _both(_csv(rows))
    assert fast == precise


def test_a_plain_row_takes_the_fast_path() -> None:
    """A row of known codes and dates is read on the fast path, as the constructors make it."""
    book = cc.default_rulebook()
    rows = HolderRows(Path("roster.csv"), {}, book, "iso")
    holder = rows.fast_wide(
        (" E1 ", " Ann ", "2021-03-15", "", "CPC-A:2020-01-15; CCS:2019-05-10", "", "")
    )
    cpc, ccs = book.credential("CPC"), book.credential("CCS")
    assert holder == cc.Holder(
        "E1",
        [
            cc.HeldCredential(cpc, "2020-01-15", apprentice=True),
            cc.HeldCredential(ccs, "2019-05-10"),
        ],
        name="Ann",
        renewals={"AAPC": "2021-03-15"},
    )
    assert holder is not None
    assert holder.credentials[0].apprentice
    assert holder.credentials[0].credential is cpc
    assert holder.aapc_renewal == dt.date(2021, 3, 15)
    _rebuilt_equal(holder)
    assert rows.problems == []


@pytest.mark.parametrize(
    "values",
    [
        ("", "", "", "", "CPC:2020-01-15"),  # no id
        ("E1", "", "", "AAPC:2021-03-15", "CPC:2020-01-15"),  # a renewals cell
        ("E1", "", "2021-02-30", "", "CPC:2020-01-15"),  # a bad renewal date
        ("E1", "", "", "", "CPX:2020-01-15"),  # an unknown code
        ("E1", "", "", "", "CPC:2020-01-15;cpc a:2021-01-15"),  # one credential twice
        ("E1", "", "", "", "CPC"),  # not CODE:DATE
        ("E1", None, "", "", "CPC:2020-01-15"),  # not text (JSON)
        ("E1", "", "", "", ["CPC:2020-01-15"]),  # a JSON list
    ],
)
def test_the_fast_path_declines_what_needs_the_precise_path(values: tuple[Any, ...]) -> None:
    """A row with anything to report is left to the precise path, which reports it."""
    rows = HolderRows(Path("roster.csv"), {}, cc.default_rulebook(), "iso")
    assert rows.fast_wide((*values, "", "")) is None
    assert rows.problems == []


def test_a_repeated_id_is_reported_after_a_fast_row() -> None:
    """The second row of an id read fast is reported, as the precise path reports it."""
    text = _csv([("E1", "", "", "CPC:2020-01-15"), ("E1", "", "", "CCS:2020-01-15")])
    fast, precise = _both(text)
    assert fast == precise
    message = "holder id 'E1' is already used on line 2; each holder appears once"
    assert fast[0] == (None, [(3, "id", message)])


@settings(max_examples=5)
@given(book=cs.rulebooks())
def test_an_aapc_renewal_without_aapc_is_left_to_the_precise_path(book: cc.Rulebook) -> None:
    """With a rule book that has no AAPC, a row with an aapc_renewal is not read fast."""
    rows = HolderRows(Path("roster.csv"), {}, book, "iso")
    code = book.credentials[0].code
    assert rows.fast_wide(("E1", "", "", "", f"{code}:2020-01-15", "", "")) is not None
    assert rows.fast_wide(("E1", "", "2021-03-15", "", f"{code}:2020-01-15", "", "")) is None
