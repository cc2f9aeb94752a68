"""The rows of an ``.xlsx`` spreadsheet, through openpyxl (the ``xlsx`` extra).

The first worksheet is read; its first non-empty row is the header, and each
row's "line" is its row number in the sheet. Cells keep the types the
spreadsheet gives them: dates (at midnight) are dates, numbers are read as
they show (the shortest text of the number), text is trimmed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from coding_certs._errors import DataFileError
from coding_certs._sources import Row, Table, column_map, fail, header_problems


def xlsx_table(
    path: Path, fields: tuple[str, ...], aliases: Mapping[str, str], columns: Mapping[str, str]
) -> Table:
    """The first sheet's rows as tuples of raw values, one per field."""
    try:
        import openpyxl  # type: ignore[import-untyped]  # noqa: PLC0415 -- an optional extra, only for .xlsx
    except ImportError:
        raise fail(
            path,
            "reading .xlsx files needs openpyxl: pip install 'coding-certs[xlsx]' "
            "(or save the sheet as CSV, UTF-8)",
        ) from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise fail(path, f"cannot read the file: {error.strerror or error}") from error
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise fail(
            path, f"not an .xlsx workbook ({error}); save it from the spreadsheet as .xlsx"
        ) from None
    sheet = book.worksheets[0] if book.worksheets else None
    if sheet is None:  # pragma: no cover -- openpyxl refuses a workbook without sheets
        raise fail(path, "the workbook has no sheet")
    cells = sheet.iter_rows(values_only=True)
    rows = enumerate(cells, start=1)

    def close() -> None:
        cells.close()  # the sheet's own handle inside the archive
        book.close()

    for line, header in rows:  # noqa: B007 -- the header's row, used below
        if any(cell is not None and str(cell).strip() for cell in header):
            break
    else:
        close()
        raise fail(path, "the sheet is empty; expected a header row")
    where, names, twice = column_map(header, fields, aliases, columns)
    shown = [str(cell).strip() for cell in header if cell is not None]
    problems = header_problems(path, line, shown, names, columns, twice)
    if problems:
        close()
        raise DataFileError(path, problems)
    return Table(names, _rows(close, rows, where, fields), close=close)


def _rows(
    close: Callable[[], None],
    rows: Iterator[tuple[int, tuple[Any, ...]]],
    where: dict[str, int],
    fields: tuple[str, ...],
) -> Iterator[Row]:
    try:
        for line, cells in rows:
            values = [
                _cell(cells[where[field]]) if field in where and where[field] < len(cells) else None
                for field in fields
            ]
            if all(value is None or value == "" for value in values):
                continue
            yield line, tuple(values)
    finally:
        close()


def _cell(value: object) -> object:
    if value is None:
        return ""  # an empty cell, as in a CSV file (None is a JSON key left out)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
