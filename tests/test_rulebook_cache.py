"""The shipped rule book's kept parse gives what parsing the TOML gives.

``default_rulebook()`` reads its TOML through ``_rulebook_cache``, which keeps the parse
beside the bytecode and uses it only while the file's text is the text it was made from.
"""

from __future__ import annotations

import datetime as dt
import marshal
import shutil
import sys
import tomllib
from pathlib import Path

import attrs
import pytest

import coding_certs as cc
from coding_certs import _rulebook, _rulebook_cache
from coding_certs._rulebook_cache import cache_path, read_toml

SHIPPED = Path(_rulebook.__file__).parent / "data" / "rules.toml"


@pytest.fixture(autouse=True)
def _writes_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """As an installed package runs: bytecode (and so the kept parse) may be written."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "rules.toml"
    path.parent.mkdir()
    shutil.copy(SHIPPED, path)
    return path


def test_the_kept_parse_is_the_parse(tmp_path: Path) -> None:
    """The first read parses and keeps; the second reads the kept parse: both are the TOML's."""
    path = _copy(tmp_path)
    expected = tomllib.loads(path.read_text(encoding="utf-8"))
    assert read_toml(str(path)) == expected
    kept = Path(cache_path(str(path)))
    assert kept.parent == path.parent / "__pycache__"
    assert kept.exists()
    again = read_toml(str(path))
    assert again == expected
    assert (
        again["requirements"][0]["effective_from"] == expected["requirements"][0]["effective_from"]
    )
    assert type(again["requirements"][0]["effective_from"]) is dt.date


def test_the_kept_parse_is_read(tmp_path: Path) -> None:
    """While the text is the same, the kept parse is what is read (so it must be the parse)."""
    path = _copy(tmp_path)
    read_toml(str(path))
    kept = Path(cache_path(str(path)))
    layout, text, _, _ = marshal.loads(kept.read_bytes())  # noqa: S302 -- the test's own file
    kept.write_bytes(marshal.dumps((layout, text, {"format": 99, "d": [1, 738000]}, [("d", 1)])))
    assert read_toml(str(path)) == {"format": 99, "d": [1, dt.date.fromordinal(738000)]}


def test_the_kept_parse_is_read_from_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept file is read whole and unmarshalled from bytes, never parsed again.

    ``marshal.load`` of a file object asks it for each value's bytes in turn: on the
    shipped book that took 3.5 ms, against 0.4 ms from the bytes (issue 11).
    """
    path = _copy(tmp_path)
    expected = read_toml(str(path))

    def refused(*_: object) -> object:
        raise AssertionError("read from the file object, or parsed again")

    monkeypatch.setattr(marshal, "load", refused)
    monkeypatch.setattr(tomllib, "loads", refused)
    assert read_toml(str(path)) == expected


def test_an_edited_file_is_parsed_afresh(tmp_path: Path) -> None:
    """A rule book whose text changed is parsed again, and its new parse kept."""
    path = _copy(tmp_path)
    read_toml(str(path))
    path.write_text(
        'format = 2\nday = 2020-01-15\n[[x]]\nd = [2021-02-03, "t"]\n', encoding="utf-8"
    )
    expected = {"format": 2, "day": dt.date(2020, 1, 15), "x": [{"d": [dt.date(2021, 2, 3), "t"]}]}
    assert read_toml(str(path)) == expected
    assert read_toml(str(path)) == expected  # from the new kept parse


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal",
        marshal.dumps([1, 2]),
        marshal.dumps((0, "x", {})),
        marshal.dumps((1, "x", {})),  # the first layout: dates as ("date", ordinal)
    ],
)
def test_a_damaged_kept_parse_is_ignored(tmp_path: Path, damage: bytes) -> None:
    """A kept file that is empty, not marshal, or not of this layout is parsed over."""
    path = _copy(tmp_path)
    kept = Path(cache_path(str(path)))
    kept.parent.mkdir()
    kept.write_bytes(damage)
    expected = tomllib.loads(path.read_text(encoding="utf-8"))
    assert read_toml(str(path)) == expected
    assert marshal.loads(kept.read_bytes())[0] == _rulebook_cache._LAYOUT  # noqa: S302


@pytest.mark.parametrize(
    "places",
    [[("nowhere",)], [()], [("format",)], [("x", 5)], [("x", 0)], [("s",)], [("big",)]],
)
def test_date_places_that_are_not_in_the_document_are_ignored(
    tmp_path: Path, places: list[tuple[object, ...]]
) -> None:
    """A kept parse naming a date where there is none, or no ordinal, is parsed over."""
    path = _copy(tmp_path)
    text = path.read_text(encoding="utf-8")
    kept = Path(cache_path(str(path)))
    kept.parent.mkdir()
    tree = {"format": 2.5, "x": [{"y": 1}], "s": "text", "big": 10**9}
    kept.write_bytes(marshal.dumps((_rulebook_cache._LAYOUT, text, tree, places)))
    assert read_toml(str(path)) == tomllib.loads(text)


def test_every_date_is_a_date_again(tmp_path: Path) -> None:
    """Dates at the top, in tables and in arrays of arrays come back as dates, the rest as is."""
    path = tmp_path / "rules.toml"
    path.write_text(
        "a = 2020-01-15\nn = 737804\n[t]\nb = [[2021-02-03, 5], []]\n[[r]]\nc = 2022-03-04\n",
        encoding="utf-8",
    )
    expected = {
        "a": dt.date(2020, 1, 15),
        "n": 737804,
        "t": {"b": [[dt.date(2021, 2, 3), 5], []]},
        "r": [{"c": dt.date(2022, 3, 4)}],
    }
    assert read_toml(str(path)) == expected
    again = read_toml(str(path))  # from the kept parse
    assert again == expected
    assert type(again["n"]) is int
    assert type(again["t"]["b"][0][0]) is dt.date


def test_nothing_is_written_without_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With PYTHONDONTWRITEBYTECODE (or -B) nothing is written; the book is parsed."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = _copy(tmp_path)
    assert read_toml(str(path)) == tomllib.loads(path.read_text(encoding="utf-8"))
    assert not (path.parent / "__pycache__").exists()


def test_a_directory_it_cannot_write_is_no_error(tmp_path: Path) -> None:
    """Where the parse cannot be kept, the book is parsed each time and nothing is left behind."""
    path = _copy(tmp_path)
    (path.parent / "__pycache__").write_text("a file where the directory would be")
    assert read_toml(str(path)) == tomllib.loads(path.read_text(encoding="utf-8"))
    assert sorted(p.name for p in path.parent.iterdir()) == ["__pycache__", "rules.toml"]


def test_a_pycache_prefix_holds_the_kept_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``sys.pycache_prefix`` set, the parse is kept under it, as bytecode is."""
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "prefix"))
    path = _copy(tmp_path)
    read_toml(str(path))
    kept = Path(cache_path(str(path)))
    assert kept.is_relative_to(tmp_path / "prefix")
    assert kept.exists()
    assert not (path.parent / "__pycache__").exists()


def test_times_of_day_are_not_kept(tmp_path: Path) -> None:
    """A TOML date-time or time (which marshal cannot hold) is read, but nothing is kept."""
    path = tmp_path / "rules.toml"
    path.write_text("at = 2020-01-15T10:00:00\nt = 10:00:00\n", encoding="utf-8")
    assert read_toml(str(path)) == {
        "at": dt.datetime(2020, 1, 15, 10, 0),  # noqa: DTZ001 -- TOML's local date-time
        "t": dt.time(10, 0),
    }
    assert not Path(cache_path(str(path))).exists()


def test_the_default_rulebook_is_the_parsed_book() -> None:
    """The shipped rule book, read through the kept parse, is the one the TOML gives."""
    parsed = _rulebook._read_document(tomllib.loads(SHIPPED.read_text(encoding="utf-8")), None)
    book = cc.default_rulebook()
    assert book == parsed
    for field in attrs.fields(type(book)):
        if field.eq:
            assert getattr(book, field.name) == getattr(parsed, field.name), field.name


def test_a_kept_parse_that_cannot_replace_the_old_leaves_nothing(tmp_path: Path) -> None:
    """When the written parse cannot take the kept file's place, it is removed again."""
    path = _copy(tmp_path)
    kept = Path(cache_path(str(path)))
    (kept / "in the way").mkdir(parents=True)  # a directory where the file would go
    assert read_toml(str(path)) == tomllib.loads(path.read_text(encoding="utf-8"))
    assert sorted(p.name for p in kept.parent.iterdir()) == [kept.name]
