"""What every ``coding-certs`` command shares.

The parser class, the exit statuses, the output buffer, file-name checks and the
plain-text table.

A command never writes to the terminal while it works: it fills an :class:`Output`, and the
entry point writes it in one go once the command has finished, so a failure (bad input, an
encoding that cannot write a name, a closed pipe) never leaves half a report behind.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import TYPE_CHECKING, NoReturn

from coding_certs._errors import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._rulebook import Rulebook

EXIT_OK = 0
EXIT_ATTENTION = 1
"""``--fail-on`` found an assessment at or past the standing it names."""
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report a closed pipe


class Parser(argparse.ArgumentParser):
    """An argument parser that reports errors in the library's style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"coding-certs: error: {message}\n")


if TYPE_CHECKING:
    # argparse names no public type for it, and it is generic only to type checkers.
    Commands = argparse._SubParsersAction[Parser]  # noqa: SLF001


def examples(*lines: str) -> str:
    """An ``examples:`` epilog for a help text."""
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


#: The report's text is kept in pieces of about this many characters (see :class:`Output`).
PIECE = 1 << 16


class Output:
    """What a command prints: its report (standard output) and notes for standard error.

    The report is kept in pieces of about :data:`PIECE` characters: a CSV writer's many
    small writes are joined as they come, and the whole text is never joined into one
    string (the entry point checks and writes it piece by piece).

    Attributes:
        notes: lines for standard error, written after the report.
        encoding: the encoding the format itself prescribes (iCalendar is UTF-8 whatever
            the terminal's), or ``None`` for the output stream's own.
    """

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._pending: list[str] = []
        self._pending_size = 0
        self.notes: list[str] = []
        self.encoding: str | None = None

    def write(self, text: str) -> int:
        """Append ``text`` to the report (so that :func:`csv.writer` can write to it)."""
        self._pending.append(text)
        self._pending_size += len(text)
        if self._pending_size >= PIECE:
            self._join_pending()
        return len(text)

    def _join_pending(self) -> None:
        if self._pending:
            self._pieces.append("".join(self._pending))
            self._pending.clear()
            self._pending_size = 0

    def note(self, line: str) -> None:
        """Add a line for standard error, shown after the report."""
        self.notes.append(line)

    @property
    def parts(self) -> list[str]:
        """The report's text, in pieces, in order (none empty)."""
        self._join_pending()
        return [piece for piece in self._pieces if piece]

    @property
    def text(self) -> str:
        """The whole report, as one string."""
        return "".join(self.parts)


def rulebook_of(args: argparse.Namespace) -> Rulebook:
    """The rule book ``--rulebook`` names, or the shipped one."""
    # Loaded when a command asks for it: ``--help`` and ``--version`` never do.
    from coding_certs._rulebook import default_rulebook, load_rulebook  # noqa: PLC0415

    if args.rulebook:
        return load_rulebook(file_name(args.rulebook, "--rulebook"))
    return default_rulebook()


def file_name(value: str, option: str) -> str:
    """``value``, checked as a file name given to ``option``.

    Raises:
        InvalidValueError: it is empty or holds a NUL byte, which no file name can hold.
    """
    if not value:
        raise InvalidValueError(f"{option} needs a file name, got an empty one")
    if "\0" in value:
        raise InvalidValueError(
            f"{option}: the file name {value!r} contains a NUL byte (\\x00), which no file "
            "name can hold; check how the name was typed or generated"
        )
    return value


# --- The plain-text table ----------------------------------------------------------------

# Characters that would move the cursor, end the line or reorder the text: shown escaped.
_LINE_AND_BIDI = frozenset("\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e") | frozenset(
    "\u2066\u2067\u2068\u2069"
)


def cell_text(value: object) -> str:
    r"""``value`` as one line of a text table: control characters escaped, ``None`` empty.

    A newline, a tab, an escape sequence or a bidirectional override in a name would
    break the table's rows or columns, or make it lie; each shows as its escape.

    >>> cell_text("Ann\nLee\t\x1b[31m"), cell_text(None), cell_text("José")
    ('Ann\\nLee\\t\\x1b[31m', '', 'José')
    """
    if value is None:
        return ""
    text = str(value)
    if text.isprintable() and not _LINE_AND_BIDI.intersection(text):
        return text
    return "".join(
        char
        if char.isprintable() and char not in _LINE_AND_BIDI
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal: wide characters two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    numeric: frozenset[str] = frozenset(),
) -> str:
    """A plain-text table: columns separated by two spaces, ``numeric`` columns right-aligned.

    Every cell goes through :func:`cell_text`, so no value can break a row.
    """
    cells = [[cell_text(cell) for cell in row] for row in rows]
    widths = [
        max([display_width(header), *(display_width(row[i]) for row in cells)])
        for i, header in enumerate(headers)
    ]

    def line(row: Sequence[str]) -> str:
        parts = []
        for header, cell, width in zip(headers, row, widths, strict=True):
            pad = " " * (width - display_width(cell))
            parts.append(pad + cell if header in numeric else cell + pad)
        return "  ".join(parts).rstrip()

    body = [line(headers), "  ".join("-" * width for width in widths)]
    body.extend(line(row) for row in cells)
    return "\n".join(body) + "\n"
