"""The ``coding-certs`` command.

``coding-certs credentials``
    the catalogue: code, title, body, setting, focus and status of every credential.
``coding-certs requirements CODE... [--on DATE]``
    the CEUs each issuing body asks per cycle of those credentials, with the
    rule, its edition and its sources.
``coding-certs compare CODE CODE...``
    credentials side by side: body, setting, focus, the CEU rule on a day, sources.
``coding-certs assess --holders FILE --activities FILE [--as-of DATE]``
    one row per holder and body: standing, required, earned, remaining, due;
    ``--format table|csv|json``; ``--fail-on STANDING`` exits with status 1 when
    anyone is at or past that standing (for scheduled jobs).
``coding-certs demo``
    the same report on a fictional roster shipped with the package, as of
    :data:`~coding_certs.DEMO_AS_OF` unless ``--as-of`` says otherwise.
``coding-certs explain HOLDER_ID (--holders FILE --activities FILE | --demo)``
    one holder's assessment: every CEU counted or not with the reason, each
    minimum, the rules applied with their sources, and the assumptions.
``coding-certs notices [--as-of DATE] [--through DATE] (... | --demo)``
    who is owed which notice that day, by each body's notice schedule (rule
    data), as a table, CSV or JSON for a mail-merge.

Exit status: 0 on success, 1 when ``--fail-on`` found someone, 2 on bad input
(141 when the reader of a pipe went away). Bad input prints a message on stderr,
starting ``coding-certs: error:`` (a data file's message lists every bad row with
its file, line and field); it never shows a traceback. A command writes nothing
until it has finished: the report appears whole or not at all.

The commands live in private modules (``_cli_catalogue``, ``_cli_report``,
``_cli_explain``, ``_cli_notices``); this one builds the parser and runs them. A run
imports only the module of the command it runs (``requirements`` never loads the
engine or the report formats): the parser of the other commands is built only when
it is needed, for ``--help`` or a command name that is not known.

A run pauses Python's cyclic garbage collector (:func:`gc.disable`) and leaves it as it
was when :func:`main` returns. The command is one short process over objects that hold
no reference cycles (a roster, its CEU log, the reports), so the collector would only
walk them again and again: on 100,000 holders and 2,000,000 CEUs that was about a third of
the time of reading the files. Memory is freed by reference counting as before.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

from coding_certs._cli_base import (
    EXIT_ATTENTION,
    EXIT_BROKEN_PIPE,
    EXIT_OK,
    EXIT_USAGE,
    Output,
    Parser,
    examples,
)
from coding_certs._collector import collector_paused
from coding_certs._errors import CodingCertsError
from coding_certs._version import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from coding_certs._cli_base import Commands
    from coding_certs._report_formats import RECORD_COLUMNS, spreadsheet_safe

__all__ = [
    "EXIT_ATTENTION",
    "EXIT_BROKEN_PIPE",
    "EXIT_OK",
    "EXIT_USAGE",
    "RECORD_COLUMNS",
    "build_parser",
    "main",
    "spreadsheet_safe",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 -- the names keep their own types
    """``RECORD_COLUMNS`` and ``spreadsheet_safe``, from the report formats on first use."""
    if name in {"RECORD_COLUMNS", "spreadsheet_safe"}:
        from coding_certs import _report_formats  # noqa: PLC0415 -- only when asked for

        return getattr(_report_formats, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each group of commands is added by its own module, imported only when it is added.
def _add_catalogue(commands: Commands) -> None:
    from coding_certs import _cli_catalogue  # noqa: PLC0415 -- imported when it runs

    _cli_catalogue.add_commands(commands)


def _add_report(commands: Commands) -> None:
    from coding_certs import _cli_report  # noqa: PLC0415 -- imported when it runs

    _cli_report.add_commands(commands)


def _add_explain(commands: Commands) -> None:
    from coding_certs import _cli_explain  # noqa: PLC0415 -- imported when it runs

    _cli_explain.add_commands(commands)


def _add_notices(commands: Commands) -> None:
    from coding_certs import _cli_notices  # noqa: PLC0415 -- imported when it runs

    _cli_notices.add_commands(commands)


_GROUPS: tuple[Callable[[Commands], None], ...] = (
    _add_catalogue,
    _add_report,
    _add_explain,
    _add_notices,
)
# The group that adds each command (tests/test_cli.py checks it against the full parser).
_COMMAND_GROUPS: dict[str, Callable[[Commands], None]] = {
    "credentials": _add_catalogue,
    "requirements": _add_catalogue,
    "compare": _add_catalogue,
    "assess": _add_report,
    "demo": _add_report,
    "explain": _add_explain,
    "notices": _add_notices,
}


def _command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, if it names one before any help option, else ``None``."""
    words = iter(argv)
    for word in words:
        if word == "--rulebook":
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif not word.startswith("--rulebook="):
            return None  # --help, --version or a mistake: the whole parser answers
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command's argument parser (also used to document the command).

    Given the arguments of a run, it holds only the commands of the group that runs
    (the others' modules are not imported); without them, or when they name no known
    command, every command.
    """
    parser = Parser(
        prog="coding-certs",
        description="What every US medical coder must do to keep each credential alive.",
        epilog=examples(
            "coding-certs demo",
            "coding-certs requirements CPC CCS --on 2026-01-01",
            "coding-certs assess --holders roster.csv --activities ceus.csv --fail-on grace",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--rulebook",
        metavar="PATH",
        help="read the rules from this TOML rule book instead of the shipped one",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=Parser
    )
    word = None if argv is None else _command_word(argv)
    group = _COMMAND_GROUPS.get(word) if word is not None else None
    for add in (group,) if group is not None else _GROUPS:
        add(commands)
    return parser


# --- Entry point -------------------------------------------------------------------------


def _error(message: str) -> None:
    if sys.stderr is not None:  # `2>&-` leaves nowhere to say it; the status still does
        sys.stderr.write(f"coding-certs: error: {message}\n")


def _silence_stdout() -> None:
    """Point standard output at devnull, so that the interpreter's last flush cannot fail."""
    # A stream without a file descriptor (a test's capture) has no final flush to fear.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _unwritable(error: UnicodeEncodeError, lines_before: int, encoding: str) -> str:
    """The message for a character the output's encoding cannot write.

    ``error`` is raised on one piece of the report; ``lines_before`` counts the line
    ends of the pieces before it.
    """
    bad = error.object[error.start : error.end]
    line = lines_before + error.object.count("\n", 0, error.start) + 1
    return (
        f"the output's encoding ({encoding}) cannot write {bad!r} "
        f"({', '.join(f'U+{ord(c):04X}' for c in bad)}) on line {line} of the output; nothing "
        "was written. Use a UTF-8 output: a UTF-8 locale such as C.UTF-8, or "
        "PYTHONIOENCODING=utf-8"
    )


class _UnwritableError(Exception):
    """A character of the report that the output's encoding cannot write (the message)."""


def _encoded(parts: list[str], encoding: str, errors: str, *, keep: bool) -> list[bytes]:
    """Each piece encoded (kept only when ``keep``); raises on the first it cannot write.

    One incremental encoder for the whole report, so that it encodes as the whole text
    would be (a byte-order mark once, at the start).

    Raises:
        _UnwritableError: with the message of :func:`_unwritable`, for the first
            character that ``encoding`` cannot write.
    """
    encoder = codecs.getincrementalencoder(encoding)(errors)
    data: list[bytes] = []
    lines = 0
    for index, piece in enumerate(parts):
        try:
            chunk = encoder.encode(piece, final=index == len(parts) - 1)
        except UnicodeEncodeError as error:
            raise _UnwritableError(_unwritable(error, lines, encoding)) from None
        if keep:
            data.append(chunk)
        lines += piece.count("\n")
    return data


def _emit(output: Output) -> int | None:
    """Write the report whole, then the notes; a status if that failed, else ``None``.

    Every piece of the report is encoded (checked) before any is written, so a
    character the output cannot write leaves it empty.
    """
    parts = output.parts
    stream = sys.stdout
    encoding = output.encoding or getattr(stream, "encoding", None)
    # A format's own encoding is written as bytes, past the stream's.
    binary = getattr(stream, "buffer", None) if output.encoding else None
    try:
        errors = getattr(stream, "errors", None) or "strict"
        data = _encoded(parts, encoding, errors, keep=binary is not None) if encoding else []
    except _UnwritableError as error:
        _error(str(error))
        return EXIT_USAGE
    try:
        if binary is not None:
            stream.flush()
            for chunk in data:
                binary.write(chunk)
        else:
            for piece in parts:
                stream.write(piece)
        stream.flush()
    except BrokenPipeError:
        # The reader went away (`coding-certs demo | head`): not an error of ours.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as error:
        _silence_stdout()
        _error(f"could not write the output: {error.strerror or error}")
        return EXIT_USAGE
    for note in output.notes:
        if sys.stderr is not None:
            sys.stderr.write(note + "\n")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    The cyclic garbage collector is paused while the command runs (see the module's text).
    """
    with collector_paused():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(arguments).parse_args(arguments)
    if sys.stdout is None:
        _error("standard output is closed (as with '>&-'); nothing was run")
        return EXIT_USAGE
    output = Output()
    try:
        status: int = args.handler(args, output)
    except CodingCertsError as error:
        _error(str(error))
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}")
        return EXIT_USAGE
    failed = _emit(output)
    return status if failed is None else failed


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
