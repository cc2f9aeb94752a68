"""The coding-certs command: run through its real entry point and in-process."""

from __future__ import annotations

import argparse
import gc
import os
import runpy
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from coding_certs import __version__, cli
from coding_certs.cli import EXIT_OK, EXIT_USAGE, build_parser, main
from command import run


def assert_one_line_error(stderr: str) -> None:
    """A user error is one line on stderr, prefixed with the program name, with no traceback."""
    assert stderr.count("\n") == 1
    assert stderr.startswith("coding-certs: error: ")
    assert "Traceback" not in stderr


# --- Through the real entry point ---------------------------------------------------------


def test_subprocess_requirements() -> None:
    """`python -m coding_certs requirements CPC CCS` prints both bodies and exits 0."""
    result = run("requirements", "CPC", "CCS", "--on", "2026-01-01")
    assert result.returncode == EXIT_OK
    assert result.stdout.startswith("AAPC: 36 CEUs every 2 years for 1 credential (CPC).")
    assert "AHIMA: 20 CEUs every 2 years for 1 credential (CCS)." in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ("requirements", "CPX"),
        ("requirements", "CPC", "--on", "2025-02-30"),
        ("requirements", "CPC", "--on", "2007-12-31"),
        ("--rulebook", "/nonexistent/rules.toml", "requirements", "CPC"),
    ],
    ids=["unknown-code", "bad-date", "before-rules", "missing-rulebook"],
)
def test_subprocess_user_errors(args: tuple[str, ...]) -> None:
    """A user error exits 2 with one line on stderr and no traceback."""
    result = run(*args)
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert_one_line_error(result.stderr)


def test_subprocess_version() -> None:
    """--version prints the version."""
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (EXIT_OK, f"coding-certs {__version__}")


# --- In-process --------------------------------------------------------------------------------


def test_main_prints_requirements(capsys: pytest.CaptureFixture[str]) -> None:
    """main() prints each body's requirement, separated by a blank line, and returns 0."""
    assert main(["requirements", "CPC", "CPC-H", "CCS", "--on", "2012-10-01"]) == EXIT_OK
    out = capsys.readouterr().out
    aapc, ahima = out.split("\n\n")
    assert aapc.startswith("AAPC: 48 CEUs")
    assert ahima.startswith("AHIMA: 20 CEUs")


def test_main_requirements_show_the_minimums(capsys: pytest.CaptureFixture[str]) -> None:
    """`requirements` names each credential's minimum inside the total, with its rule."""
    assert main(["requirements", "CPMA", "CCS", "--on", "2026-01-01"]) == EXIT_OK
    aapc, ahima = capsys.readouterr().out.split("\n\n")
    assert "  Minimum: 16 of the 36 CEUs in auditing for CPMA (rule 'aapc-cpma-auditing-16')." in (
        aapc
    )
    assert "  Minimum: 16 of the 20 CEUs (80%) in hiim (rule 'ahima-80-percent-hiim')." in ahima


def test_main_requirements_cppm_held_alone(capsys: pytest.CaptureFixture[str]) -> None:
    """A CPPM held alone under the older page owes 36 in practice management, not 24."""
    assert main(["requirements", "CPPM", "--on", "2014-01-01"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Minimum: 36 of the 36 CEUs in practice-management for CPPM held alone" in out
    assert "24" not in out.split("Minimum:", 1)[1].split("(rule", 1)[0]


def test_main_codes_any_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    """Codes on the command line may use any case or dash."""
    assert main(["requirements", "cpc–h", "coc", "--on", "2025-01-01"]) == EXIT_OK
    assert "AAPC: 36 CEUs every 2 years for 1 credential (COC)." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["requirements", "CPX"], "unknown credential code 'CPX'; did you mean 'CPC'"),
        (["requirements", "CPC", "--on", "tomorrow"], "--on must be an ISO date"),
        (["requirements", "CPC", "--on", "2007-12-31"], "no AAPC tier table was in force"),
        (
            ["requirements", "CPC", "--edition", "aapc-1999"],
            "unknown requirement edition",
        ),
    ],
)
def test_main_user_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """A user error returns 2 and writes one line naming the problem to stderr."""
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_error(captured.err)
    assert message in captured.err


def test_main_lenient(capsys: pytest.CaptureFixture[str]) -> None:
    """--lenient applies the earliest edition to an earlier day and says so, without a warning."""
    assert main(["requirements", "CPC", "--on", "2007-12-31", "--lenient"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "no AAPC edition was in force on 2007-12-31" in captured.out
    assert captured.err == ""


def test_main_edition(capsys: pytest.CaptureFixture[str]) -> None:
    """--edition pins an edition by name."""
    assert main(["requirements", "CPC", "CIC", "--edition", "aapc-2012"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("AAPC: 48 CEUs")


def test_main_repeated_edition(capsys: pytest.CaptureFixture[str]) -> None:
    """--edition may be repeated to pin one edition per body."""
    args = ["requirements", "CPC", "CCS", "--edition", "aapc-2012", "--edition", "ahima-2019"]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "edition 'aapc-2012'" in out
    assert "edition 'ahima-2019'" in out


def test_main_custom_rulebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--rulebook reads the rules from a user's file."""
    text = resources.files("coding_certs").joinpath("data", "rules.toml").read_text("utf-8")
    path = tmp_path / "rules.toml"
    current = '{ min = 1, max = 1, units = "36" },\n    { min = 2, max = 2, units = "40" }'
    stricter = '{ min = 1, max = 1, units = "40" },\n    { min = 2, max = 2, units = "40" }'
    assert text.count(current) == 1
    path.write_text(text.replace(current, stricter), encoding="utf-8")
    assert main(["--rulebook", str(path), "requirements", "CPC", "--on", "2025-01-01"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("AAPC: 40 CEUs")


def test_main_bad_rulebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad --rulebook file returns 2 with one line naming the file."""
    path = tmp_path / "rules.toml"
    text = "format = 1\nbodies = 5\ncredentials = []\ntier_tables = []\n"
    path.write_text(text, encoding="utf-8")
    assert main(["--rulebook", str(path), "requirements", "CPC"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert_one_line_error(err)
    assert str(path) in err


@pytest.mark.parametrize("args", [[], ["requirements"], ["frobnicate"], ["requirements", "--on"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    """A command line argparse cannot read exits 2 with the usage and an error line."""
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: coding-certs")
    assert "coding-certs: error: " in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints the usage and exits 0."""
    with pytest.raises(SystemExit) as caught:
        main(["requirements", "--help"])
    assert caught.value.code == EXIT_OK
    assert "--on DATE" in capsys.readouterr().out


def test_module_entry_point_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m coding_certs` exits with main()'s status."""
    monkeypatch.setattr(sys, "argv", ["coding-certs", "requirements", "CPX"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("coding_certs", run_name="__main__")
    assert caught.value.code == EXIT_USAGE
    assert_one_line_error(capsys.readouterr().err)


def test_parser_documents_the_example() -> None:
    """The parser's help names the requirements command."""
    assert "requirements" in build_parser().format_help()


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    """The names of the commands ``parser`` knows."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def test_each_command_is_added_by_its_group() -> None:
    """The table of which module adds which command names every command, and only those."""
    commands = _commands(build_parser())
    assert set(commands) == set(cli._COMMAND_GROUPS)
    for name, add in cli._COMMAND_GROUPS.items():
        alone = _commands(build_parser([name]))
        assert name in alone
        assert len(alone) < len(commands)
        assert add in cli._GROUPS


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["--version"],
        ["frobnicate"],
        ["--rulebook"],
        ["--rulebook", "x.toml"],
    ],
)
def test_without_a_known_command_the_parser_has_every_command(argv: list[str]) -> None:
    """Help, the version, a mistyped command: the whole parser answers, listing every command."""
    commands = _commands(build_parser(argv))
    assert set(commands) == set(cli._COMMAND_GROUPS)


def test_a_mistyped_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown command's error names every command there is, not a group's."""
    with pytest.raises(SystemExit):
        main(["--rulebook=x.toml", "asess"])
    err = capsys.readouterr().err
    assert "invalid choice: 'asess'" in err
    assert all(f"'{name}'" in err for name in cli._COMMAND_GROUPS)


def test_requirements_loads_neither_the_engine_nor_the_reports() -> None:
    """``coding-certs requirements`` imports its own command's modules only."""
    code = (
        "import sys; from coding_certs.cli import main; main(['requirements', 'CPC']); "
        "print(sorted(m for m in sys.modules if m.startswith('coding_certs.')))"
    )
    loaded = subprocess.run(  # noqa: S603 -- our own interpreter, our own code
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()[-1]
    assert "coding_certs._cli_catalogue" in loaded
    for module in ("_cli_report", "_cli_explain", "_cli_notices", "_engine", "_report_formats"):
        assert f"coding_certs.{module}'" not in loaded


def test_requirements_parses_no_toml_once_the_parse_is_kept(tmp_path: Path) -> None:
    """Once the rule book's parse is kept, ``requirements`` does not even import tomllib."""
    code = (
        "import sys; from coding_certs.cli import main; main(['requirements', 'CPC']); "
        "print(sorted(m for m in ('tomllib',) if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}  # bytecode and the parse kept
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [
        subprocess.run(  # noqa: S603 -- our own interpreter, our own code
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
        ).stdout.splitlines()[-1]
        for _ in range(2)
    ]
    assert runs == ["['tomllib']", "[]"]  # the first run parses the book and keeps the parse
    assert list(tmp_path.rglob("rules.toml.*.marshal"))


def test_names_of_the_report_formats_load_on_first_use() -> None:
    """cli.RECORD_COLUMNS and cli.spreadsheet_safe are the report formats' own."""
    from coding_certs import _report_formats  # noqa: PLC0415 -- compared with what cli gives

    assert cli.RECORD_COLUMNS is _report_formats.RECORD_COLUMNS
    assert cli.spreadsheet_safe is _report_formats.spreadsheet_safe
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        cli.nothing  # noqa: B018 -- the lookup is the test


@pytest.mark.parametrize("enabled", [True, False])
def test_a_run_pauses_the_collector_and_leaves_it_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    enabled: bool,  # noqa: FBT001 -- a parameter of the test
) -> None:
    """The collector is paused while a command reads and assesses, then left as it was.

    Both ways of assessing are watched: the CSV report's, one holder at a time, and the
    other formats', the whole roster at once.
    """
    from coding_certs import _cli_csv, _cli_report  # noqa: PLC0415 -- the command's, patched

    seen: list[tuple[str, bool]] = []
    for module, name in ((_cli_report, "assess_with_progress"), (_cli_csv, "reports_made")):
        assess = getattr(module, name)

        def watched(
            *args: object, _name: str = name, _assess: Any = assess, **kwargs: object
        ) -> object:
            seen.append((_name, gc.isenabled()))
            return _assess(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert main(["demo", "--format", "csv"]) == EXIT_OK
        assert main(["demo", "--format", "json"]) == EXIT_OK
        assert gc.isenabled() is enabled
        assert main(["requirements", "CPX"]) == EXIT_USAGE  # an error leaves it as it was too
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert seen == [("reports_made", False), ("assess_with_progress", False)]
    assert capsys.readouterr().out.startswith("holder_id,")  # the CSV report, first
