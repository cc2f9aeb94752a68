"""The package imports cheaply: public names load on first use, and behave as before."""

from __future__ import annotations

import subprocess
import sys

import pytest

import coding_certs as cc


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return what it printed."""
    done = subprocess.run(  # noqa: S603 -- our own interpreter and code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def test_import_loads_no_engine() -> None:
    """``import coding_certs`` loads neither attrs, cattrs, the engine nor the rule book."""
    loaded = _run(
        "import sys, coding_certs; "
        "print(sorted(m for m in ('attrs', 'cattrs', 'coding_certs._assess', "
        "'coding_certs._io', 'coding_certs._rulebook') if m in sys.modules))"
    )
    assert loaded == "[]"


def test_from_import_loads_on_first_use() -> None:
    """``from coding_certs import X`` works for a class, a function and a constant."""
    out = _run(
        "from coding_certs import CPC, Holder, assess; "
        "print(CPC.code, Holder.__name__, assess.__name__)"
    )
    assert out == "CPC Holder assess"


def test_constants_are_loaded_once() -> None:
    """A constant read twice is the same object, kept in the module after the first read."""
    assert cc.CCA is cc.CCA
    assert "CCA" in vars(cc)


def test_unknown_name_raises_attribute_error() -> None:
    """An unknown attribute raises AttributeError naming it, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = cc.no_such_name


def test_dir_lists_every_public_name() -> None:
    """``dir(coding_certs)`` lists every name of ``__all__``, loaded or not."""
    assert set(cc.__all__) <= set(dir(cc))
    names = _run("import coding_certs; print(' '.join(dir(coding_certs)))").split()
    assert set(cc.__all__) <= set(names)
