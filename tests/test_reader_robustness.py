"""Junk arguments and damaged files for every file reader: a clean error, never a crash.

"Clean" means a :class:`~coding_certs.CodingCertsError` (for a file: a
:class:`~coding_certs.DataFileError` naming it) or a ``TypeError`` for an
argument of the wrong type. A reader never returns fewer records than the
file has rows without an error naming the line.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import coding_certs as cc

JUNK: dict[str, Any] = {
    "None": None,
    "empty": "",
    "zero": 0,
    "float": 1.5,
    "object": object(),
    "emoji": "💥",
    "bytes": b"log.csv",
    "list": ["log.csv"],
    "dict": {},
    "True": True,
    "NUL": "log\x00.csv",
    "directory": ".",
}

LOG = "completed_on,units,kind,title\n2024-01-01,1,other,Webinar\n"
ROSTER = "id,credentials\nE1,CPC:2019-05-10\n"

READERS: dict[str, Callable[[Path], tuple[object, ...]]] = {
    "read_activities": cc.read_activities,
    "read_holders": cc.read_holders,
}
GOOD = {"read_activities": LOG, "read_holders": ROSTER}


def _arguments(tmp_path: Path) -> dict[str, Callable[[Any], object]]:
    """Each reader with one argument replaced by junk."""
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    return {
        "read_activities(path)": cc.read_activities,
        "read_activities(columns)": lambda x: cc.read_activities(log, columns=x),
        "read_activities(columns={x: 'units'})": lambda x: cc.read_activities(
            log, columns={x: "units"}
        ),
        "read_activities(date_format)": lambda x: cc.read_activities(log, date_format=x),
        "read_holders(path)": cc.read_holders,
        "read_holders(rulebook)": lambda x: cc.read_holders(roster, rulebook=x),
        "read_holders(columns)": lambda x: cc.read_holders(roster, columns=x),
        "read_holders(columns={'id': x})": lambda x: cc.read_holders(roster, columns={"id": x}),
        "read_holders(date_format)": lambda x: cc.read_holders(roster, date_format=x),
        "read_roster_columns(path)": lambda x: cc.read_roster_columns(x, ["id"]),
        "read_roster_columns(keep)": lambda x: cc.read_roster_columns(roster, x),
        "read_roster_columns([item])": lambda x: cc.read_roster_columns(roster, [x]),
        "read_roster_columns(columns)": lambda x: cc.read_roster_columns(roster, [], columns=x),
    }


ARGUMENTS = [
    "read_activities(path)",
    "read_activities(columns)",
    "read_activities(columns={x: 'units'})",
    "read_activities(date_format)",
    "read_holders(path)",
    "read_holders(rulebook)",
    "read_holders(columns)",
    "read_holders(columns={'id': x})",
    "read_holders(date_format)",
    "read_roster_columns(path)",
    "read_roster_columns(keep)",
    "read_roster_columns([item])",
    "read_roster_columns(columns)",
]
# Junk that is valid input there: no mapping, no rule book, an empty mapping or list.
OPTIONAL = {
    "read_holders(rulebook)": {"None"},
    "read_activities(columns)": {"None", "dict"},
    "read_holders(columns)": {"None", "dict"},
    "read_roster_columns(keep)": {"dict"},
    "read_roster_columns(columns)": {"None", "dict"},
}


@pytest.mark.parametrize("junk", JUNK)
@pytest.mark.parametrize("argument", ARGUMENTS)
def test_junk_arguments_are_refused_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argument: str, junk: str
) -> None:
    """Junk in any argument raises a CodingCertsError or a TypeError, never another exception."""
    monkeypatch.chdir(tmp_path)
    call = _arguments(tmp_path)[argument]
    if junk in OPTIONAL.get(argument, set()):
        assert call(JUNK[junk]) is not None
        return
    with pytest.raises((cc.CodingCertsError, TypeError)):
        call(JUNK[junk])


# --- Damaged files --------------------------------------------------------------------------------


def _read(reader: str, path: Path) -> tuple[object, ...] | cc.DataFileError:
    """What the reader gives: its records, or the DataFileError (which must name the file)."""
    try:
        return READERS[reader](path)
    except cc.DataFileError as error:
        caught = error
    assert caught.path == path
    assert caught.problems
    assert all(p.path == path for p in caught.problems)
    return caught


DAMAGED: dict[str, bytes] = {
    "empty": b"",
    "blank lines": b"\n \n\t\n",
    "binary": bytes(range(256)) * 4,
    "UTF-16": LOG.encode("utf-16"),
    "latin-1": (LOG + "2024-01-02,1,other,Caf\xe9\n").encode("latin-1"),
    "NUL byte": LOG.encode() + b"2024-01-02,1,other,A\x00B\n",
    "NUL bytes only": b"\x00" * 100,
    "huge line": b"completed_on,units,kind,title\n" + b"x" * 1_000_000 + b"\n",
    "huge header": b"a" * 1_000_000,
    "header only": b"completed_on,units,kind,title\n",
    "duplicate columns": b"completed_on,units,kind,title,title\n2024-01-01,1,other,A,B\n",
    "lone quote": b'"',
    "CR only": LOG.replace("\n", "\r").encode(),
    "truncated in a quote": b'completed_on,units,kind,title\n2024-01-01,1,other,"Web',
}


@pytest.mark.parametrize("damage", DAMAGED)
@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
@pytest.mark.parametrize("reader", READERS)
def test_damaged_files_give_a_data_file_error(
    tmp_path: Path, reader: str, suffix: str, damage: str
) -> None:
    """A damaged file is a DataFileError naming the file (or, at most, a clean empty read)."""
    path = tmp_path / f"file{suffix}"
    path.write_bytes(DAMAGED[damage])
    result = _read(reader, path)
    if damage == "header only" and suffix == ".csv" and reader == "read_activities":
        assert result == ()
    elif damage == "CR only" and suffix == ".csv" and reader == "read_activities":
        assert len(result) == 1  # type: ignore[arg-type]  # old Mac line ends are lines too
    else:
        assert isinstance(result, cc.DataFileError)


def test_a_byte_order_mark_is_skipped(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is not part of the first column's name, in CSV or JSON."""
    log = tmp_path / "log.csv"
    log.write_bytes(codecs.BOM_UTF8 + LOG.encode())
    data = tmp_path / "log.json"
    data.write_bytes(
        codecs.BOM_UTF8
        + b'[{"completed_on": "2024-01-01", "units": 1, "kind": "other", "title": "Webinar"}]'
    )
    assert cc.read_activities(log) == cc.read_activities(data)


def test_utf16_gets_a_hint(tmp_path: Path) -> None:
    """A file saved as UTF-16 is reported with what to do."""
    path = tmp_path / "log.csv"
    path.write_bytes(LOG.encode("utf-16"))
    with pytest.raises(cc.DataFileError, match="UTF-16; save it as UTF-8"):
        cc.read_activities(path)


def test_a_nul_byte_gets_a_hint(tmp_path: Path) -> None:
    """A NUL byte in a CSV is reported at its line as such."""
    path = tmp_path / "log.csv"
    path.write_bytes(DAMAGED["NUL byte"])
    with pytest.raises(cc.DataFileError, match="NUL byte") as caught:
        cc.read_activities(path)
    assert [p.line for p in caught.value.problems] == [3]


@pytest.mark.parametrize("reader", READERS)
def test_every_truncation_of_a_good_file(tmp_path: Path, reader: str) -> None:
    """A good file cut at any byte gives records of its complete rows, or a DataFileError."""
    text = GOOD[reader] + GOOD[reader].split("\n", 1)[1]
    data = text.encode()
    rows = text.count("\n") - 1
    for cut in range(len(data)):
        path = tmp_path / f"cut{cut}.csv"
        path.write_bytes(data[:cut])
        result = _read(reader, path)
        if not isinstance(result, cc.DataFileError):
            assert len(result) <= rows


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".json", ".xlsx"]))
def test_any_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    """Any bytes at all give records or a DataFileError, never another exception."""
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(data)
    for reader in READERS:
        result = _read(reader, path)
        assert isinstance(result, cc.DataFileError | tuple)


CELL = st.text(alphabet=st.sampled_from('ab ,"\n\r;'), max_size=12)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titles=st.lists(CELL.filter(str.strip), min_size=1, max_size=6))
def test_quoted_cells_never_lose_rows(tmp_path: Path, titles: list[str]) -> None:
    """A log written by the csv module reads back row for row, or is refused at a line of it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["completed_on", "units", "kind", "title"])
    for title in titles:
        writer.writerow(["2024-01-01", "1", "other", title])
    path = tmp_path / "log.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    result = _read("read_activities", path)
    if isinstance(result, cc.DataFileError):
        lines = len(out.getvalue().splitlines()) + 1
        assert all(p.line is not None and 1 <= p.line <= lines for p in result.problems)
    else:
        assert [a.title for a in result] == [t.strip() for t in titles]  # type: ignore[attr-defined]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from('ab1 ,"\n;:-'), max_size=200))
def test_any_csv_text(tmp_path: Path, text: str) -> None:
    """Any text after a good header gives records or a DataFileError with lines in the file."""
    path = tmp_path / "log.csv"
    path.write_text("completed_on,units,kind,title\n" + text, encoding="utf-8", newline="")
    result = _read("read_activities", path)
    if isinstance(result, cc.DataFileError):
        assert all(p.line is None or p.line >= 1 for p in result.problems)
    else:
        assert all(isinstance(a, cc.CeuActivity) for a in result)


JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["2024-01-01", "1.5", "other", "CPC:2019-05-10", "AAPC", "yes", ""]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
ACTIVITY_KEYS = st.sampled_from(list(cc.to_dict(cc.CeuActivity("2024-01-01", "1", "other", "x"))))
ROSTER_KEYS = st.sampled_from(
    ["id", "name", "aapc_renewal", "renewals", "credentials", "credential", "earned_on", "code"]
)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.dictionaries(ACTIVITY_KEYS | ROSTER_KEYS, JSON_VALUE, max_size=8), max_size=4)
)
def test_any_json_values(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    """JSON objects with any values under the readers' keys give records or a DataFileError."""
    import json  # noqa: PLC0415

    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    for reader in READERS:
        result = _read(reader, path)
        if not isinstance(result, cc.DataFileError):
            assert len(result) <= len(rows)
