"""The shipped rule book's text, and a copy of it with one passage replaced, for file tests."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

SHIPPED_TEXT = (
    resources.files("coding_certs").joinpath("data", "rules.toml").read_text(encoding="utf-8")
)


def shipped_with(old: str, new: str, tmp_path: Path) -> Path:
    """A rules.toml in ``tmp_path``: the shipped book with its first ``old`` replaced by ``new``."""
    assert old in SHIPPED_TEXT
    path = tmp_path / "rules.toml"
    path.write_text(SHIPPED_TEXT.replace(old, new, 1), encoding="utf-8")
    return path
