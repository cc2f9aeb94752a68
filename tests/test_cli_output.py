"""How the coding-certs command writes: whole or not at all, in any encoding, to any stream."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coding_certs import cli
from coding_certs._cli_base import PIECE, Output, cell_text, display_width, text_table
from coding_certs.cli import EXIT_ATTENTION, EXIT_BROKEN_PIPE, EXIT_OK, EXIT_USAGE, main
from command import RUN_TIMEOUT

ACTIVITY_HEADER = "holder_id,completed_on,units,kind,title"


def write(path: Path, *lines: str) -> Path:
    """Write ``lines`` to ``path`` and return it."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def roster(tmp_path: Path) -> list[str]:
    """Arguments of `assess` for a roster whose names need more than ASCII, or break lines."""
    holders = write(
        tmp_path / "roster.csv",
        "id,name,credentials",
        'E1,"Ann\nLee\tX",CPC:2020-01-10',
        "E2,李小龙,CPC:2020-01-10",
        "E3,José,CPC:2020-01-10",
    )
    ceus = write(tmp_path / "ceus.csv", ACTIVITY_HEADER)
    return ["--holders", str(holders), "--activities", str(ceus), "--as-of", "2025-03-01"]


def shell(command: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m coding_certs ARGS`` through ``sh -c COMMAND`` (redirections included)."""
    return subprocess.run(  # noqa: S603 -- our own interpreter and arguments
        ["/bin/sh", "-c", command, sys.executable, "-m", "coding_certs", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
        check=False,
        env={**os.environ, **env},
    )


def assert_one_line_error(stderr: str, *parts: str) -> None:
    """One line on stderr, in the command's style, naming each of ``parts``; no traceback."""
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("coding-certs: error: ")
    assert "Traceback" not in stderr
    for part in parts:
        assert part in stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_an_encoding_that_cannot_write_a_name_writes_nothing(roster: list[str], fmt: str) -> None:
    """With an ASCII output, a report naming 李小龙 is one error line and no half report."""
    result = shell('exec "$0" "$@"', "assess", *roster, "--format", fmt, PYTHONIOENCODING="ascii")
    assert result.returncode == EXIT_USAGE
    assert result.stdout == ""
    assert_one_line_error(result.stderr, "encoding (ascii)", "U+674E", "nothing was written")


def test_a_utf8_output_writes_every_name(roster: list[str]) -> None:
    """The same report on a UTF-8 output has every name."""
    result = shell('exec "$0" "$@"', "assess", *roster, "--format", "csv", PYTHONIOENCODING="utf-8")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    assert "李小龙" in result.stdout
    assert "José" in result.stdout


def test_an_encoding_that_replaces_is_the_users_choice(roster: list[str]) -> None:
    """PYTHONIOENCODING=ascii:replace asks for replacement characters: the report is written."""
    result = shell('exec "$0" "$@"', "assess", *roster, PYTHONIOENCODING="ascii:replace")
    assert (result.returncode, result.stderr) == (EXIT_OK, "")
    assert "Jos? " in result.stdout


@pytest.mark.parametrize("command", ["demo", "credentials", "compare CPC CCS"])
def test_a_closed_stdout_is_one_error_line(command: str) -> None:
    """`coding-certs demo >&-`: one line on stderr, exit 2, no traceback."""
    result = shell('exec "$0" "$@" >&-', *command.split())
    assert result.returncode == EXIT_USAGE
    assert_one_line_error(result.stderr, "standard output is closed")


def test_a_full_disk_is_one_error_line() -> None:
    """`coding-certs demo > /dev/full`: one line on stderr, exit 2, no traceback."""
    result = shell('exec "$0" "$@" > /dev/full', "demo", "--format", "csv")
    assert result.returncode == EXIT_USAGE
    assert_one_line_error(result.stderr, "could not write the output", "No space left")


def test_a_closed_stderr_still_gives_the_status() -> None:
    """With stderr closed too, a bad input still exits 2, quietly."""
    result = shell('exec "$0" "$@" 2>&-', "requirements", "CPX")
    assert (result.returncode, result.stdout) == (EXIT_USAGE, "")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["assess", "--holders", "roster\0.csv", "--activities", "ceus.csv"], "--holders"),
        (["assess", "--holders", "roster.csv", "--activities", "ce\0us.csv"], "--activities"),
        (["--rulebook", "rules\0.toml", "requirements", "CPC"], "--rulebook"),
        (["assess", "--holders", "", "--activities", "ceus.csv"], "--holders"),
    ],
    ids=["holders", "activities", "rulebook", "empty"],
)
def test_a_nul_byte_in_a_file_name_is_one_error_line(
    capsys: pytest.CaptureFixture[str], args: list[str], option: str
) -> None:
    """A file name with a NUL byte (or none at all) is refused with one line naming the option."""
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_error(captured.err, option)


def test_a_name_with_a_newline_stays_on_its_row(
    roster: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Newlines and tabs in a name show escaped: one line per row, columns aligned."""
    assert main(["assess", *roster]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    rows = lines[2:5]
    assert [row.split()[0] for row in rows] == ["E1", "E2", "E3"]
    assert "Ann\\nLee\\tX" in rows[0]
    assert lines[5] == ""
    # 李小龙 takes six columns on a terminal: every row's body column starts at one place.
    starts = {display_width(row[: row.index("AAPC")]) for row in rows}
    assert len(starts) == 1


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("plain", "plain"),
        ("a\nb", "a\\nb"),
        ("a\rb", "a\\rb"),
        ("\x1b[2J", "\\x1b[2J"),
        ("abc\u202edef", "abc\\u202edef"),
        ("line\u2028sep", "line\\u2028sep"),
        ("Zoë", "Zoë"),
        (None, ""),
        (36, "36"),
    ],
)
def test_cell_text_escapes_what_would_break_a_row(value: object, shown: str) -> None:
    """Control characters, line separators and bidi overrides are escaped; the rest is kept."""
    assert cell_text(value) == shown


def test_display_width_counts_terminal_columns() -> None:
    """Wide characters take two columns, combining marks none."""
    assert display_width("abc") == 3
    assert display_width("李小龙") == 6
    assert display_width("e\u0301") == 1


def test_text_table_right_aligns_numbers() -> None:
    """Numeric columns are right-aligned, others left-aligned; trailing spaces are trimmed."""
    table = text_table(
        ["name", "units"], [["Ann", "5"], ["Bo", "12"]], numeric=frozenset({"units"})
    )
    assert table.splitlines() == ["name  units", "----  -----", "Ann       5", "Bo       12"]


# --- The same, in-process (main() with a replaced standard output) ---------------------------


class _Failing(io.TextIOWrapper):
    """A standard output whose writes fail with ``error``."""

    def __init__(self, error: OSError) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")
        self.error = error

    def write(self, text: str) -> int:  # noqa: ARG002 -- the signature of write()
        """Fail."""
        raise self.error


def test_in_process_encoding_error_writes_nothing(
    roster: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ASCII standard output gets nothing; stderr says which character and where."""
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    assert main(["assess", *roster, "--format", "csv"]) == EXIT_USAGE
    sys.stdout.flush()
    assert raw.getvalue() == b""
    assert_one_line_error(
        capsys.readouterr().err, "U+674E", "on line 4 of the output"
    )  # E1 spans 2-3


def test_in_process_closed_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No standard output at all (`>&-`): nothing runs, one error line."""
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["demo"]) == EXIT_USAGE
    assert_one_line_error(capsys.readouterr().err, "standard output is closed")


@pytest.mark.parametrize(
    ("error", "status", "message"),
    [
        (BrokenPipeError(32, "Broken pipe"), EXIT_BROKEN_PIPE, ""),
        (OSError(28, "No space left on device"), EXIT_USAGE, "No space left on device"),
    ],
)
def test_in_process_write_failures(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: OSError,
    status: int,
    message: str,
) -> None:
    """A closed pipe ends quietly with 141; another write failure is one error line and 2."""
    monkeypatch.setattr(sys, "stdout", _Failing(error))
    assert main(["demo", "--fail-on", "lapsed"]) == status
    err = capsys.readouterr().err
    if message:
        assert_one_line_error(err, message)
    else:
        assert err == ""


def test_in_process_closed_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no standard error, an error and a --fail-on note still leave only the status."""
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["requirements", "CPX"]) == EXIT_USAGE
    assert main(["demo", "--fail-on", "lapsed", "--format", "csv"]) == EXIT_ATTENTION


# --- A long report: kept and written in pieces, still whole or not at all --------------------


@pytest.fixture
def long_roster(tmp_path: Path) -> list[str]:
    """Arguments of `assess` for a roster whose CSV report is many pieces long, 李 near its end."""
    rows = [f"E{n:05d},Coder number {n},CPC:2020-01-10" for n in range(3 * PIECE // 60)]
    rows[-3] = rows[-3].replace("Coder number", "李 number")
    holders = write(tmp_path / "roster.csv", "id,name,credentials", *rows)
    ceus = write(tmp_path / "ceus.csv", ACTIVITY_HEADER)
    return ["--holders", str(holders), "--activities", str(ceus), "--as-of", "2025-03-01"]


def test_a_long_report_is_written_whole_in_pieces(
    long_roster: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written piece by piece, the report is the same text as one write of the whole."""
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="utf-8"))
    assert main(["assess", *long_roster, "--format", "csv"]) == EXIT_OK
    sys.stdout.flush()
    lines = raw.getvalue().decode("utf-8").splitlines()
    assert len(lines) == 1 + 3 * PIECE // 60
    assert len(raw.getvalue()) > 3 * PIECE  # more than one piece
    assert lines[-3].startswith("E")
    assert "李 number" in lines[-3]


def test_an_unwritable_character_in_a_later_piece_writes_nothing(
    long_roster: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A character the output cannot write, pieces after the first: nothing, and its line."""
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    assert main(["assess", *long_roster, "--format", "csv"]) == EXIT_USAGE
    sys.stdout.flush()
    assert raw.getvalue() == b""
    line = 1 + 3 * PIECE // 60 - 2  # the header, then the rows: the third from the end
    assert_one_line_error(capsys.readouterr().err, "U+674E", f"on line {line} of the output")


def test_output_joins_small_writes_into_pieces() -> None:
    """Many small writes become a few pieces of about PIECE characters, in order."""
    out = Output()
    written = [f"row {n}\n" for n in range(PIECE // 2)]
    for text in written:
        assert out.write(text) == len(text)
    assert out.text == "".join(written)
    assert len(out.parts) == -(-len(out.text) // PIECE)
    assert all(len(piece) < PIECE + 16 for piece in out.parts)
    assert Output().parts == []
    assert Output().text == ""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig", "ascii"])
def test_pieces_encode_as_the_whole_text(encoding: str) -> None:
    """Encoded piece by piece, the report's bytes are the whole text's (one byte-order mark)."""
    pieces = ["holder,name\n", "E1,Ann\n" * 1000, "E2,Bo\n"]
    data = cli._encoded(pieces, encoding, "strict", keep=True)
    assert b"".join(data) == "".join(pieces).encode(encoding)
    assert cli._encoded(pieces, encoding, "strict", keep=False) == []


def test_an_unwritable_character_is_placed_across_pieces() -> None:
    """The line named counts the line ends of the pieces before the one that failed."""
    with pytest.raises(cli._UnwritableError, match=r"'李' \(U\+674E\) on line 4 of the output"):
        cli._encoded(["a\nb\n", "c\nd李\n"], "ascii", "strict", keep=False)
