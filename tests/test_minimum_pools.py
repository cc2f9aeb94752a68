"""A minimum's ``pool``: minimums of one pool share CEUs, each CEU counting toward one of them.

Source: AAPC's help page (the older copy and the copy of 2015-08-31), "Effective
October 1, 2012, pre-approved Specialty CEUs can be applied toward one Specialty
and one Core credential concurrently" (rule-book sources ``aapc-help-2012`` and
``aapc-help-2015-copy``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import pytest

import coding_certs as cc
from shipped_book import SHIPPED_TEXT

if TYPE_CHECKING:
    from pathlib import Path

CGSC8 = 'name = "aapc-cgsc-specialty-8"'


def _minimum(**changes: object) -> cc.CategoryMinimum:
    fields: dict[str, object] = {
        "body": cc.AAPC,
        "name": "m",
        "effective_from": dt.date(2015, 8, 31),
        "category": "cgsc",
        "units": "8",
        "credential": "CGSC",
    }
    return cc.CategoryMinimum(**{**fields, **changes})  # type: ignore[arg-type]


def _shipped_with_pool(line: str, tmp_path: Path) -> Path:
    """The shipped book with the CGSC current row's ``pool`` line (if any) replaced by ``line``."""
    start = SHIPPED_TEXT.index(CGSC8)
    end = SHIPPED_TEXT.index("[[", start)
    entry = re.sub(r"(?m)^pool = .*\n", "", SHIPPED_TEXT[start:end])
    entry = entry.replace(CGSC8 + "\n", f"{CGSC8}\n{line}\n" if line else CGSC8 + "\n", 1)
    path = tmp_path / "rules.toml"
    path.write_text(SHIPPED_TEXT[:start] + entry + SHIPPED_TEXT[end:], encoding="utf-8")
    return path


# --- The key --------------------------------------------------------------------------


def test_pool_defaults_to_none_and_is_kept() -> None:
    """A minimum is in no pool unless it names one; the name is kept as given."""
    assert _minimum().pool is None
    assert _minimum(pool="my-pool").pool == "my-pool"


@pytest.mark.parametrize("junk", ["", "   ", 3, ["aapc-specialty"]], ids=repr)
def test_pool_junk_is_refused_on_construction(junk: object) -> None:
    """Not a non-empty string: refused, naming the field."""
    with pytest.raises(cc.CodingCertsError, match="pool"):
        _minimum(pool=junk)


def test_pool_is_not_part_of_a_minimums_lineage() -> None:
    """Editions of one minimum are one lineage whatever their pools (a pool is no edition key)."""
    assert _minimum(pool="a").lineage == _minimum(pool="b").lineage == _minimum().lineage


def test_pool_is_read_from_a_rule_book_file(tmp_path: Path) -> None:
    """``pool = "..."`` in a rule-book file is read onto the minimum; absent, it is ``None``."""
    book = cc.load_rulebook(_shipped_with_pool('pool = "my-own-pool"', tmp_path))
    by_name = {m.name: m for m in book.minimums}
    assert by_name["aapc-cgsc-specialty-8"].pool == "my-own-pool"
    book = cc.load_rulebook(_shipped_with_pool("", tmp_path))
    assert {m.name: m for m in book.minimums}["aapc-cgsc-specialty-8"].pool is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('pool = ""', "expected a non-empty string, got ''"),
        ('pool = "  "', "expected a non-empty string"),
        ("pool = 3", "expected a non-empty string, got 3"),
        ('pool = ["aapc-specialty"]', "expected a non-empty string"),
        ("pool = true", "expected a non-empty string"),
    ],
    ids=["empty", "blank", "number", "array", "flag"],
)
def test_pool_junk_is_refused_by_the_rule_book_loader(
    tmp_path: Path, line: str, message: str
) -> None:
    """Junk in ``pool`` is refused when the book loads, naming the key path."""
    with pytest.raises(cc.RulebookError, match=re.escape(message)) as caught:
        cc.load_rulebook(_shipped_with_pool(line, tmp_path))
    assert caught.value.entry is not None
    assert re.fullmatch(r"minimums\[\d+\]\.pool", caught.value.entry)
