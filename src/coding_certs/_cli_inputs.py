"""The command's input options: ``--columns``, ``--date-format`` and ``--keep-columns``.

``--columns "Employee ID=holder_id,Cert=credential"`` (or the name of a file
with one ``Employee ID=holder_id`` per line, or a JSON object) maps the files'
own column names to the readers'; each entry goes to the file it fits (the
roster, the CEU log, or both for ``holder_id``). ``--date-format us`` reads
``MM/DD/YYYY`` dates in both files. ``--keep-columns department,manager``
carries those roster columns into the report's records.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coding_certs._errors import DataFileError, InvalidValueError

# The accepted values of --unknown-credentials (coding_certs._skipped's; checked by the tests).
UNKNOWN_CREDENTIALS = ("error", "skip")

if TYPE_CHECKING:
    from collections.abc import Sequence

# The readers' columns (coding_certs._records), here so that the parser stays light to import;
# tests/test_cli_inputs.py checks that they agree.
_ROSTER = ("id", "holder_id", "name", "aapc_renewal", "renewals", "credentials", "credential",
           "code", "earned_on")  # fmt: skip
_LOG = ("holder_id", "completed_on", "units", "kind", "title", "sponsor", "index_number",
        "preapproved", "categories", "bodies", "certificate")  # fmt: skip


def add_input_options(command: argparse.ArgumentParser) -> None:
    """``--columns``, ``--date-format``, ``--unknown-credentials``: for a roster and a log."""
    command.add_argument(
        "--columns",
        metavar="MAP",
        help=(
            "the files' own column names: 'Employee ID=holder_id,Cert=credential', "
            "or a file with one NAME=COLUMN per line (or a JSON object)"
        ),
    )
    command.add_argument(
        "--date-format",
        choices=("iso", "us"),
        default="iso",
        help="iso: YYYY-MM-DD (default); us: also MM/DD/YYYY (never guessed: 03/04 is ambiguous)",
    )
    command.add_argument(
        "--unknown-credentials",
        choices=UNKNOWN_CREDENTIALS,
        default="error",
        help=(
            "what to do with credential codes of the roster that the rule book does not "
            "know: error (default: the roster is refused, naming each) or skip (the rest is "
            "assessed; what was skipped is listed in the report and on stderr; a holder "
            "with no known credential is left out, with their CEUs)"
        ),
    )


def add_keep_option(command: argparse.ArgumentParser) -> None:
    """``--keep-columns``: roster columns carried into the report's records."""
    command.add_argument(
        "--keep-columns",
        metavar="NAMES",
        help="roster columns to carry into the report (every format), e.g. department,manager",
    )


def _pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for item in text.replace("\n", ",").split(","):
        if not item.strip() or item.strip().startswith("#"):
            continue
        name, equals, column = item.rpartition("=")
        if not equals or not name.strip() or not column.strip():
            raise InvalidValueError(
                "--columns: expected NAME=COLUMN such as 'Employee ID=holder_id', "
                f"got {item.strip()!r}"
            )
        pairs.append((name.strip(), column.strip()))
    return pairs


def _mapping(spec: str) -> list[tuple[str, str]]:
    """``--columns``: inline pairs, or the file they are in."""
    path = Path(spec)
    if "=" not in spec and path.suffix.lower() in {".json", ".txt", ".csv", ".map", ""}:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidValueError(
                f"--columns: {spec!r} is neither NAME=COLUMN pairs nor a readable file ({error})"
            ) from None
        if path.suffix.lower() == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                raise InvalidValueError(f"--columns: {spec} is not valid JSON: {error}") from None
            if not isinstance(data, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in data.items()
            ):
                raise InvalidValueError(
                    f"--columns: {spec} must be one JSON object such as "
                    '{"Employee ID": "holder_id"}'
                )
            return list(data.items())
        return _pairs(text)
    return _pairs(spec)


def reader_options(args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, Any]]:
    """The keyword arguments of ``read_holders`` and of ``read_activities``."""
    spec = getattr(args, "columns", None)
    date_format = getattr(args, "date_format", "iso")
    roster: dict[str, str] = {}
    log: dict[str, str] = {}
    for name, column in _mapping(spec) if spec else []:
        folded = column.casefold()
        if folded not in _ROSTER and folded not in _LOG:
            raise InvalidValueError(
                f"--columns: {name}={column}: {column!r} is not a column of a roster "
                f"({', '.join(_ROSTER)}) or of a CEU log ({', '.join(_LOG)})"
            )
        if folded in _ROSTER:
            roster[name] = folded
        if folded in _LOG:
            log[name] = folded
    unknown = getattr(args, "unknown_credentials", "error")
    return (
        {"columns": roster or None, "date_format": date_format, "unknown_credentials": unknown},
        {"columns": log or None, "date_format": date_format},
    )


def kept_columns(args: argparse.Namespace) -> dict[str, dict[str, str]] | None:
    """``--keep-columns``: those roster columns by holder id, or ``None`` when not asked."""
    names = getattr(args, "keep_columns", None)
    if not names:
        return None
    from coding_certs._io import read_roster_columns  # noqa: PLC0415 -- only when asked
    from coding_certs._report_formats import RECORD_COLUMNS  # noqa: PLC0415

    wanted = [name.strip() for name in names.split(",") if name.strip()]
    clash = [name for name in wanted if name.casefold() in RECORD_COLUMNS]
    if not wanted or clash:
        raise InvalidValueError(
            f"--keep-columns: give roster column names separated by commas, such as "
            f"department,manager, that are not already in the report ({', '.join(clash)})"
            if clash
            else "--keep-columns: give roster column names separated by commas"
        )
    roster, _ = reader_options(args)
    try:
        return read_roster_columns(args.holders, wanted, columns=roster["columns"])
    except DataFileError as error:
        raise InvalidValueError(f"--keep-columns: {error}") from None


def with_kept(
    records: Sequence[dict[str, object]], kept: dict[str, dict[str, str]] | None
) -> list[dict[str, object]]:
    """The records, each with its holder's kept roster columns after the report's own."""
    if kept is None:
        return list(records)
    names = kept_names(kept)
    return [with_kept_one(record, kept, names) for record in records]


def kept_names(kept: dict[str, dict[str, str]]) -> list[str]:
    """The names of the roster columns kept (those of :func:`kept_columns`), in order."""
    return list(next(iter(kept.values()), {}))


def with_kept_one(
    record: dict[str, object], kept: dict[str, dict[str, str]], names: Sequence[str]
) -> dict[str, object]:
    """One record with its holder's kept roster columns ``names`` after the report's own."""
    return {
        **record,
        **{name: kept.get(str(record["holder_id"]), {}).get(name, "") for name in names},
    }
