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


#: The first assess() of one holder, in a fresh interpreter (benchmarks/surfaces.FIRST_ASSESS).
FIRST_ASSESS = (
    "import sys, coding_certs; "
    "coding_certs.assess(coding_certs.Holder('E1', [('CPC', '2020-01-15')]), as_of='2026-01-01')"
)


def _loaded_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported after running ``code``."""
    out = _run(f"{code}; print(' '.join(m for m in {modules!r} if m in sys.modules))")
    return out.split()


def test_first_assess_loads_only_what_it_needs() -> None:
    """The first assess() of a holder imports no other surface's modules (issue 11: first use).

    Not the readers and cattrs, the records' types, the explanation, the views' formats,
    the renewal-month search (no CEU to move), nor difflib (only an unknown code's message).
    """
    others = (
        "cattrs",
        "csv",
        "json",
        "html",
        "difflib",
        "coding_certs._io",
        "coding_certs._convert",
        "coding_certs._record_types",
        "coding_certs._explain",
        "coding_certs._display",
        "coding_certs._renewal",
    )
    assert _loaded_after(FIRST_ASSESS, others) == []
    # The engine itself is loaded, so the check above is not vacuous.
    assert _loaded_after(FIRST_ASSESS, ("coding_certs._engine",)) == ["coding_certs._engine"]


def test_what_the_first_assess_leaves_out_still_loads_when_used() -> None:
    """The explanation, the records and the renewal-month search load when a call needs them."""
    code = (
        "import sys, coding_certs as cc; "
        "r = cc.assess(cc.Holder('E1', [('CPC', '2020-01-15')], aapc_renewal='2020-01-15'), "
        "[cc.CeuActivity(holder_id='E1', completed_on='2026-01-10', units='10', "
        "kind='approved-event', title='Coding update', sponsor='AAPC', "
        "index_number='AAPC123456')], "
        "as_of='2026-03-01'); "
        "r.assessments[0].explain(); r.to_records()"
    )
    wanted = ("coding_certs._explain", "coding_certs._renewal")
    assert _loaded_after(code, wanted) == list(wanted)
    unknown = (
        "import sys, coding_certs as cc\n"
        "try: cc.credential('CPX')\n"
        "except cc.CodingCertsError: pass"
    )
    assert _loaded_after(unknown, ("difflib",)) == ["difflib"]


def test_requirements_command_loads_only_what_it_needs() -> None:
    """``coding-certs requirements CPC`` loads no engine, reader, report format or text wrapper."""
    code = (
        "import sys, io, contextlib\n"
        "from coding_certs.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    status = main(['requirements', 'CPC'])\n"
        "assert status == 0 and '36 CEUs' in out.getvalue(), out.getvalue()\n"
        "import sys"
    )
    others = (
        "cattrs",
        "csv",
        "json",
        "textwrap",
        "difflib",
        "coding_certs._engine",
        "coding_certs._results",
        "coding_certs._io",
        "coding_certs._report_formats",
    )
    assert _loaded_after(code, others) == []
    assert _loaded_after(code, ("coding_certs._cli_catalogue",)) == ["coding_certs._cli_catalogue"]
