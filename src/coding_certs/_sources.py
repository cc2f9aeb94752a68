"""The rows of a CEU log or a roster file: CSV, JSON or a spreadsheet (``.xlsx``).

:func:`open_table` reads a file's header (or a JSON list's keys), maps its
column names to the reader's fields (the names in the format, or the ones the
caller maps with ``columns=``), and gives each row as a tuple of raw values in
the order of the fields, with the line (or spreadsheet row) it starts on. A
problem that stops the reading (bytes that are not UTF-8, broken CSV, a header
without the required columns) comes out as a :class:`~coding_certs.DataProblem`
among the rows, so the reader can still report every bad row before it.

CSV files are read as they go, so a log of millions of rows never sits in
memory as text or as rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import decimal
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from coding_certs._convert import PLAIN_NUMBER
from coding_certs._errors import DataFileError, DataProblem
from coding_certs._validate import type_name

SUFFIXES = (".csv", ".json", ".xlsx")
_LONGEST_NUMBER = 40
_JSON_SPACE = " \t\n\r"
_CHUNK = 1 << 20

Row = tuple[int, tuple[Any, ...] | DataProblem]


def fail(path: Path, message: str, line: int | None = None) -> DataFileError:
    """A DataFileError with one problem of the whole file."""
    return DataFileError(path, [DataProblem(path, line, None, message)])


class Table:
    """A file's rows as tuples of raw values, one per field, with the line each starts on.

    Attributes:
        names: each field the file has, with the column name the file gives it.
        keyed: whether each row names its own fields (JSON): a missing field is then a
            problem of the row, not of the header.
        rows: the rows, each ``(line, values)``, or ``(line, DataProblem)`` for a
            problem that stopped the reading.
    """

    def __init__(
        self,
        names: dict[str, str],
        rows: Iterator[Row],
        *,
        keyed: bool = False,
        close: Callable[[], object] = lambda: None,
    ) -> None:
        self.names = names
        self.rows = rows
        self.keyed = keyed
        self.close = close


def _fold(name: object) -> str:
    return " ".join(str(name).split()).casefold() if name is not None else ""


def column_map(
    header: Iterable[object],
    fields: tuple[str, ...],
    aliases: Mapping[str, str],
    columns: Mapping[str, str],
) -> tuple[dict[str, int], dict[str, str], list[str]]:
    """Which column holds each field, the file's name of each, and the fields named twice."""
    mapped = {_fold(name): aliases.get(field, field) for name, field in columns.items()}
    where: dict[str, int] = {}
    names: dict[str, str] = {}
    twice: list[str] = []
    for index, cell in enumerate(header):
        folded = _fold(cell)
        plain = folded.replace(" ", "_")
        field = mapped.get(folded) or aliases.get(plain, plain)
        if field not in fields:
            continue
        if field in where:
            twice.append(names[field] if names[field] == str(cell).strip() else field)
            continue
        where[field] = index
        names[field] = str(cell).strip()
    return where, names, twice


def header_problems(  # noqa: PLR0913, PLR0917 -- the header and what was asked of it
    path: Path,
    line: int | None,
    header: list[str],
    names: Mapping[str, str],
    columns: Mapping[str, str],
    twice: list[str],
) -> list[DataProblem]:
    """Columns named twice, and mapped columns that the header does not have."""
    problems = []
    if twice:
        problems.append(
            DataProblem(path, line, None, f"column(s) {', '.join(sorted(set(twice)))} named twice")
        )
    absent = [f"{name!r}" for name in columns if _fold(name) not in {_fold(h) for h in header}]
    if absent and header:
        problems.append(
            DataProblem(
                path,
                line,
                None,
                f"the column(s) {', '.join(absent)} given in columns= are not in the header, "
                f"which names {', '.join(repr(h) for h in header)}",
            )
        )
    return problems


def open_table(
    path: Path,
    fields: tuple[str, ...],
    aliases: Mapping[str, str],
    columns: Mapping[str, str],
) -> Table:
    """The file's rows, by its suffix (``.csv`` or ``.json``, in any case).

    ``.xlsx`` files are opened by ``_xlsx`` (which builds on this module); ``_io``
    chooses between the two, so this module never imports it.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_table(path, fields, aliases, columns)
    if suffix == ".json":
        return _json_table(path, fields, aliases, columns)
    raise fail(
        path,
        f"unsupported file type {path.suffix or '(no suffix)'!r}; "
        "expected a .csv, a .json or an .xlsx file",
    )


# --- CSV --------------------------------------------------------------------------------------


def _not_utf8(data: bytes, start: int) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "not UTF-8 text: the file is UTF-16; save it as UTF-8"
    return f"not UTF-8 text: byte 0x{data[start]:02x} cannot be decoded; save the file as UTF-8"


def _nul() -> str:
    return (
        "the line has a NUL byte; is the file a spreadsheet or a UTF-16 text? "
        "save it as CSV in UTF-8"
    )


def _byte_problem(path: Path) -> DataProblem | None:
    """The first line that is not UTF-8 or has a NUL byte, read in large chunks (fast)."""
    try:
        handle = path.open("rb")
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
        raise fail(path, message) from error
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 0
    with handle:
        while chunk := handle.read(_CHUNK):
            nul = chunk.find(b"\x00")
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return _first_bad_line(path, lines)
            if nul >= 0:
                return DataProblem(path, lines + chunk.count(b"\n", 0, nul) + 1, None, _nul())
            lines += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return _first_bad_line(path, lines)
    return None


def _first_bad_line(path: Path, after: int) -> DataProblem:
    """The line that is not UTF-8, found line by line from line ``after`` on."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number <= after:
                continue
            data = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as error:
                return DataProblem(path, number, None, _not_utf8(data, error.start))
    # The file ends inside a character: its last line is the bad one.
    return DataProblem(path, number, None, _not_utf8(data, len(data) - 1))  # pragma: no cover


def _csv_error(error: csv.Error) -> str:
    """What the csv module's complaint means for the person who wrote the file."""
    text = str(error)
    if "unexpected end of data" in text:
        return (
            'a cell opens a quote (") that is never closed, so every later line would be '
            "part of it; close the quote, or remove it"
        )
    if "expected after" in text:
        return (
            "a quoted cell goes on after its closing quote; a quote inside a quoted cell "
            'is written twice ("")'
        )
    return f"not valid CSV: {text}"


def _records(
    path: Path,
    reader: Any,  # noqa: ANN401 -- a csv reader
    fatal: list[DataProblem],
) -> Iterator[tuple[int, int, list[str]]]:
    """Each non-empty record with its first and last line; a parse error ends it in ``fatal``."""
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            fatal.append(DataProblem(path, line, None, _csv_error(error)))
            return
        if values:
            yield line, reader.line_num, values


def shape_problem(
    path: Path, line: int, last_line: int, width: int, values: list[str]
) -> DataProblem | None:
    """A row with more cells than the header, or a quoted cell that took in whole rows."""
    if len(values) > width and any(value.strip() for value in values[width:]):
        return DataProblem(
            path,
            line,
            None,
            f"the row has {len(values)} cells but the header names {width} columns; "
            'a cell that contains a comma must be quoted ("...")',
        )
    if last_line > line and width > 1:
        # A quote opened by mistake closes only at the next quote: the lines between look like
        # rows of their own. A real multi-line cell has no line with a row's worth of commas.
        for value in values:
            for text in value.splitlines()[1:]:
                if text.count(",") >= width - 1:
                    return DataProblem(
                        path,
                        line,
                        None,
                        f"a quoted cell runs from line {line} to line {last_line} and takes in "
                        f"what looks like a row ({text.strip()[:40]!r}); close the quote on "
                        "its own line, or remove it",
                    )
    return None


def _csv_table(
    path: Path, fields: tuple[str, ...], aliases: Mapping[str, str], columns: Mapping[str, str]
) -> Table:
    problem = _byte_problem(path)
    if problem is not None:
        raise DataFileError(path, [problem])
    handle = path.open(encoding="utf-8-sig", newline="")
    fatal: list[DataProblem] = []
    # strict: a quote that is never closed is an error, not a cell that takes in the rest.
    reader = csv.reader(handle, strict=True)
    records = _records(path, reader, fatal)
    header: list[str] | None = None
    line = None
    for line, _, values in records:  # noqa: B007 -- the header's line, used below
        if any(value.strip() for value in values):
            header = values
            break
    if header is None:
        handle.close()
        if fatal:
            raise DataFileError(path, fatal)
        raise fail(path, "the file is empty; expected a header line")
    where, names, twice = column_map(header, fields, aliases, columns)
    problems = header_problems(path, line, [h.strip() for h in header], names, columns, twice)
    if len(header) == 1 and not where:
        problems.append(
            DataProblem(
                path,
                line,
                None,
                "the header has one column: is the file separated by ';' "
                "or tabs? it must use commas",
            )
        )
    if problems:
        handle.close()
        raise DataFileError(path, problems)
    rows = _csv_rows(path, handle, reader, where, fields, len(header))
    return Table(names, rows, close=handle.close)


def _csv_rows(  # noqa: PLR0913, PLR0917 -- the open file and how its columns are laid out
    path: Path,
    handle: Any,  # noqa: ANN401 -- a text file
    reader: Any,  # noqa: ANN401 -- its csv reader, past the header
    where: dict[str, int],
    fields: tuple[str, ...],
    width: int,
) -> Iterator[Row]:
    # Fields the header lacks read from one empty cell past the row's end: one itemgetter.
    cells = operator.itemgetter(*(where.get(field, width) for field in fields))
    last = reader.line_num
    with handle:
        try:
            # The hot loop of a reader: one csv record, one tuple; lines from the reader's count.
            for values in reader:
                line = last + 1
                last = reader.line_num
                if len(values) != width or last != line:
                    if not values:
                        continue  # an empty line
                    problem = shape_problem(path, line, last, width, values)
                    if problem is not None:
                        yield line, problem
                        continue
                    values = (values + [""] * width)[:width]  # noqa: PLW2901 -- padded to the header
                values.append("")
                yield line, cells(values)
        except csv.Error as error:
            yield last + 1, DataProblem(path, last + 1, None, _csv_error(error))


# --- JSON -------------------------------------------------------------------------------------


class _BadJsonNumberError(ValueError):
    """A JSON number too long or with an exponent: it stops the decoding.

    ``int()`` would be quadratic in the digits; ``Decimal('1e99999999999999999999')`` raises.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _json_number(text: str) -> decimal.Decimal | int:
    if len(text) > _LONGEST_NUMBER or not PLAIN_NUMBER.fullmatch(text):
        raise _BadJsonNumberError(text)
    return int(text) if text.lstrip("-").isdigit() else decimal.Decimal(text)


def _read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without a byte-order mark), or a DataFileError."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise fail(path, f"cannot read the file: {error.strerror or error}") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise fail(path, _not_utf8(data, error.start), line) from error
    if not text.strip():
        raise fail(path, "the file is empty; expected a JSON list of objects")
    return text


def _json_document(path: Path, text: str, decoder: json.JSONDecoder) -> object:
    try:
        return decoder.decode(text)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (column {error.colno})"
        raise fail(path, message, error.lineno) from None
    except _BadJsonNumberError as error:
        line = text.count("\n", 0, max(text.find(error.text), 0)) + 1
        shown = error.text
        if len(shown) > 20:
            shown = f"{shown[:20]}... ({len(shown)} characters)"
        message = (
            f"the number {shown} is not a plain number of at most {_LONGEST_NUMBER} characters; "
            'write numbers such as 1.5 or "1.5", without an exponent'
        )
        raise fail(path, message, line) from None
    except RecursionError:
        raise fail(path, "the JSON is nested too deeply; expected a list of flat objects") from None


def _json_table(
    path: Path, fields: tuple[str, ...], aliases: Mapping[str, str], columns: Mapping[str, str]
) -> Table:
    text = _read_text(path)
    decoder = json.JSONDecoder(parse_float=_json_number, parse_int=_json_number)
    document = _json_document(path, text, decoder)
    if not isinstance(document, list):
        raise fail(
            path, f"expected a JSON list of objects, one per row, got {type_name(document)}", 1
        )
    names: dict[str, str] = {}
    keys: dict[str, str | None] = {}  # each key seen, as the field it is (None: not a field)
    rows: list[Row] = []
    index = text.index("[") + 1
    line, counted_to = 1, 0
    for _ in document:
        while text[index] in _JSON_SPACE or text[index] == ",":
            index += 1
        element, end = decoder.raw_decode(text, index)
        # Lines are counted from the last element on, not from the start: linear, not quadratic.
        line += text.count("\n", counted_to, index)
        counted_to = index
        index = end
        if not isinstance(element, dict):
            rows.append((line, DataProblem(path, line, None, _not_an_object(element))))
            continue
        values: dict[str, Any] = {}
        for key, value in element.items():
            if key not in keys:
                where, found, _ = column_map([key], fields, aliases, columns)
                keys[key] = next(iter(where), None)
                names.update(found)
            field = keys[key]
            if field is not None:
                values[field] = value.strip() if isinstance(value, str) else value
        rows.append((line, tuple(values.get(field) for field in fields)))
    problems = header_problems(path, None, list(keys) if document else [], names, columns, [])
    if problems:
        raise DataFileError(path, problems)
    return Table(names, iter(rows), keyed=True)


def _not_an_object(element: object) -> str:
    shown = repr(element)
    if len(shown) > 60:
        shown = f"{shown[:60]}..."
    return f"expected an object with the row's keys, got {type_name(element)} {shown}"


def cell_text(value: object) -> str:
    """A raw value as text, for columns carried through as they are."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()
