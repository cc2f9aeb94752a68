"""The error tree: pickling, and where warnings point."""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._errors import RulebookError


@pytest.mark.parametrize(
    "error",
    [
        cc.UnknownCredentialError("CPX", ["CPC", "CPC-P"]),
        RulebookError("expected a table", path=Path("rules.toml"), entry="bodies[0]"),
        RulebookError("bad", path=None, entry=None),
        cc.NoRuleInForceError("no AAPC tier table was in force on 2001-01-01"),
        cc.InvalidValueError("bad value"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_survive_pickling(error: Exception) -> None:
    """An error sent to another process keeps its type, message and attributes."""
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own object
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_lenient_warning_points_at_the_callers_line() -> None:
    """RuleNotInForceWarning names the user's file and line, not a module of the library."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cc.ceu_requirements(["CPC"], on="2001-01-01", lenient=True)
        cc.tier_table("AAPC", on="2001-01-01", lenient=True)
    assert [Path(w.filename).name for w in caught] == [Path(__file__).name] * 2
    assert all(issubclass(w.category, cc.RuleNotInForceWarning) for w in caught)


def test_two_pinned_editions_of_one_body_are_refused() -> None:
    """Pinning two editions of the same body is ambiguous and raises, naming both."""
    with pytest.raises(cc.InvalidValueError, match=r"aapc-2012.*aapc-2015"):
        cc.ceu_requirements(["CPC"], editions=["aapc-2012", "aapc-2015"])
