"""Assess a roster too large for one process on Dask, partitioned by holder.

Install the extra (``pip install "coding-certs[dask]"``). :func:`assess_csv`
reads a roster and a CEU log (the CSV formats of :func:`~coding_certs.read_holders`
and :func:`~coding_certs.read_activities`) in partitions with ``dask.dataframe``;
:func:`assess_frames` takes such frames already made. Both shuffle the roster
and the log by holder, so each holder lands in one partition with all their CEUs,
send the rule book to each worker once, assess each partition with
:func:`~coding_certs.assess_roster`, and return the records as one
``pandas.DataFrame``: the rows of ``assess_roster(...).to_records()``, in roster
order, with the same columns and values. Each partition's holders are read by
``read_holders``' own code (every roster column means what it means there:
``renewals``, ``aapc_renewal``, one row per credential, column names in any case), and
its CEUs by ``read_activities``' own.

CEUs of holders missing from the roster are refused as :func:`~coding_certs.assess_roster`
refuses them (the same :class:`~coding_certs.InvalidValueError` and message), or
left out with ``unknown_holders="ignore"``. Credential codes the rule book does not know
are refused as :func:`~coding_certs.read_holders` refuses them (the same
:class:`~coding_certs.DataFileError`, with each code's line and column), or, with
``unknown_credentials="skip"``, left aside as the reader leaves them: the records are
those of the holders read without them, and the frame's ``attrs["skipped_credentials"]``
lists each code skipped (:class:`~coding_certs.SkippedCredential`, the reader's own).

It runs on whatever Dask scheduler you choose: ``scheduler="processes"`` on one
machine, or a ``dask.distributed`` cluster once a ``Client`` is connected (the
default then). This module imports Dask; ``import coding_certs`` never does.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import dask.dataframe as dd
import pandas as pd  # type: ignore[import-untyped]  # no stubs in the environment
from dask.base import compute
from dask.delayed import delayed

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._assess import assess, assess_roster
from coding_certs._errors import CodingCertsError, InvalidTypeError, InvalidValueError
from coding_certs._fields import CellProblem
from coding_certs._io import blank_row, holders_of_rows, read_holders
from coding_certs._records import (
    ACTIVITY_FIELDS,
    HOLDER_ALIASES,
    HOLDER_FIELDS,
    ActivityRows,
    HolderRows,
)
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._skipped import (
    Holders,
    SkippedCredential,
    skip_unknown,
    unknown_codes,
    unknown_hint,
)
from coding_certs._sources import column_map, open_table
from coding_certs._validate import to_date, type_name

if TYPE_CHECKING:
    import os

__all__ = ["assess_csv", "assess_frames"]

HOLDER_COLUMNS = ("id", "credentials")
"""The roster's required columns in its one-row-per-holder form (``credential`` and
``earned_on`` instead, one row per holder and credential); ``name``, ``renewals`` and
``aapc_renewal`` are optional. Named as :func:`~coding_certs.read_holders` names them
(``holder_id`` for ``id``, in any case)."""
ACTIVITY_COLUMNS = ("holder_id", "completed_on", "units", "kind", "title")
"""The CEU log's required columns here (every activity must name its holder)."""
_KEY = "_holder_key"
_ORDER = "_roster_order"
# The reader's messages that cite another line of the file ("already used on line 3"): a
# partition's lines are not the file's, so the Dask path's messages leave them out.
_OTHER_LINE = re.compile(r" on line \d+")


def assess_csv(  # noqa: PLR0913 -- the options after * are keyword-only
    holders: str | os.PathLike[str],
    activities: str | os.PathLike[str],
    *,
    as_of: dt.date | str,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
    unknown_holders: str = "error",
    unknown_credentials: str = "error",
    blocksize: str | int = "16MB",
    partitions: int | None = None,
    scheduler: str | None = None,
) -> pd.DataFrame:
    """The records of a roster and a CEU log read from CSV files in partitions.

    Args:
        holders: the roster's CSV file, read as :func:`~coding_certs.read_holders`
            reads it (``id``, ``credentials``, ``name``, ``renewals``, ``aapc_renewal``,
            or one row per credential with ``credential`` and ``earned_on``; ISO dates).
        activities: the CEU log's CSV file; every row names its ``holder_id``.
        as_of: the day of the assessment.
        history: see :func:`~coding_certs.assess`.
        rulebook: the rules to apply (default: the shipped rule book); sent to
            each worker once.
        unknown_holders: ``"error"`` or ``"ignore"``, as in
            :func:`~coding_certs.assess_roster`.
        unknown_credentials: ``"error"`` or ``"skip"``, as in
            :func:`~coding_certs.read_holders`: a code the rule book does not know
            refuses the roster, or is left aside (a holder with no known credential is
            left out, with their CEUs, as the command leaves them out). When skipping,
            the result's ``attrs["skipped_credentials"]`` is the tuple of
            :class:`~coding_certs.SkippedCredential` that ``read_holders`` gives (empty
            when every code is known). Only when a code is unknown is the roster read
            once more, in this process, by ``read_holders``: it names each code's line
            and column, which blocks read apart cannot tell. For that, ``holders``
            must then be one local file (not a glob or a URL).
        blocksize: how much of each file one partition reads.
        partitions: how many partitions the holders are shuffled into
            (default: as many as the log was read in).
        scheduler: a Dask scheduler (``"processes"``, ``"threads"``,
            ``"synchronous"``), or ``None`` for Dask's default: the connected
            ``dask.distributed`` client, if any.

    Raises:
        DataFileError: the roster file has a bad cell, a repeated holder id, credential
            codes the rule book does not know (unless skipped), or cannot be parsed as
            CSV (a quote never closed): ``read_holders``' own
            error, each problem at its line and column (the file is read once more, in
            this process, to say so).
        InvalidValueError: a missing column, a bad cell of the log (naming the holder and
            the column) or of a roster that is no local file (naming the holder), CEUs of
            holders not on the roster, or ``unknown_credentials`` other than ``"error"``
            or ``"skip"``.
    """
    roster = _Roster(Path(holders), skip_unknown(unknown_credentials))
    _header(Path(holders), HOLDER_FIELDS, HOLDER_ALIASES)
    _header(Path(activities), ACTIVITY_FIELDS, {})
    read: dict[str, Any] = {"dtype": str, "keep_default_na": False, "blocksize": blocksize}
    try:
        frame = dd.read_csv(holders, **read)
    except ValueError:  # pandas cannot parse the roster (a quote never closed): the reader says
        roster.read(rulebook)  # where, as one process would
        raise
    return _assess(
        frame,
        dd.read_csv(activities, **read),
        as_of=as_of,
        history=history,
        rulebook=rulebook,
        unknown_holders=unknown_holders,
        partitions=partitions,
        scheduler=scheduler,
        roster=roster,
    )


def _header(path: Path, fields: tuple[str, ...], aliases: Mapping[str, str]) -> None:
    """Refuse a local file's column named twice as its reader refuses it.

    pandas would rename the second (``title.1``) and the first would be read alone. Only
    the header line is read here; the reader's own check (which reads the file) runs only
    when a column is named twice, to give its error word for word.
    """
    if not path.is_file():
        return
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            header = next((row for row in csv.reader(file) if any(c.strip() for c in row)), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return  # the frame's reading says what is wrong
    twice = column_map(header, fields, aliases, {})[2]
    if twice and path.suffix.lower() == ".csv":
        open_table(path, fields, aliases, {}).close()
    if twice:  # the readers take no other text file: say it in their words
        raise InvalidValueError(f"{path}: column(s) {', '.join(sorted(set(twice)))} named twice")


@attrs.frozen
class _Roster:
    """The roster's file, and whether to skip the codes the rule book does not know."""

    path: Path
    skip: bool

    def read(self, rulebook: Rulebook | None) -> Holders | None:
        """The roster read by ``read_holders`` in this process (its error, for a bad one).

        ``None`` for a roster that is no local file (a glob, an object store's URL).
        """
        if not self.path.is_file():
            return None
        mode = "skip" if self.skip else "error"
        return read_holders(self.path, rulebook=rulebook, unknown_credentials=mode)

    def skipped(
        self, rulebook: Rulebook | None, codes: Sequence[str]
    ) -> tuple[SkippedCredential, ...]:
        """The workers found ``codes`` unknown: what ``read_holders`` skips, or its error.

        The file is read again in this process, by the reader itself, so that each code is
        named at its line and column, and the skipped are the reader's, word for word. A
        roster that is no local file (a glob, an object store's URL) cannot be: then the
        codes are named without their lines.
        """
        read = self.read(rulebook)
        if read is not None and self.skip:
            return read.skipped
        if read is not None:  # pragma: no cover -- read_holders refuses unknown codes
            raise AssertionError(codes)
        if self.skip:
            raise InvalidValueError(
                f"{self.path}: {unknown_codes(codes)}: unknown_credentials='skip' lists each "
                "with its line, which needs the roster as one local file; pass its path, "
                "or correct them"
            )
        hint = unknown_hint(codes, "unknown_credentials='skip'")
        raise InvalidValueError(f"{self.path}: {hint}")


def assess_frames(  # noqa: PLR0913 -- the options after * are keyword-only
    holders: dd.DataFrame,
    activities: dd.DataFrame,
    *,
    as_of: dt.date | str,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
    unknown_holders: str = "error",
    partitions: int | None = None,
    scheduler: str | None = None,
) -> pd.DataFrame:
    """The records of a roster and a CEU log given as ``dask.dataframe`` frames of text.

    The frames hold the columns of the CSV formats, as text (as
    ``dd.read_csv(path, dtype=str, keep_default_na=False)`` reads them). See
    :func:`assess_csv` for the arguments. A bad roster cell, a repeated holder id or a
    credential code the rule book does not know is an :class:`~coding_certs.InvalidValueError`
    naming the holder and the column: with no file, there is no line to name, and nothing to
    skip a code from (``unknown_credentials`` is :func:`assess_csv`'s).
    """
    return _assess(
        holders,
        activities,
        as_of=as_of,
        history=history,
        rulebook=rulebook,
        unknown_holders=unknown_holders,
        partitions=partitions,
        scheduler=scheduler,
        roster=None,
    )


def _assess(  # noqa: PLR0913 -- assess_frames' options, and the roster's file
    holders: dd.DataFrame,
    activities: dd.DataFrame,
    *,
    as_of: dt.date | str,
    history: int | None,
    rulebook: Rulebook | None,
    unknown_holders: str,
    partitions: int | None,
    scheduler: str | None,
    roster: _Roster | None,
) -> pd.DataFrame:
    """:func:`assess_frames`; with the roster's file, unknown codes are the reader's to judge."""
    day = to_date(as_of, what="as_of")
    if unknown_holders not in {"error", "ignore"}:
        raise InvalidValueError(
            f"unknown_holders must be 'error' or 'ignore', got {unknown_holders!r}"
        )
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InvalidTypeError(
            f"rulebook must be a Rulebook or None, got {type_name(rulebook)} {rulebook!r}"
        )
    holders, names = _columns(holders, "holders", HOLDER_FIELDS, HOLDER_ALIASES)
    activities, _ = _columns(activities, "activities", ACTIVITY_FIELDS, {})
    long = "credential" in names or "earned_on" in names
    if long and "credentials" in names:
        raise InvalidValueError(
            "the holders frame names credentials (one row per holder) and credential or "
            "earned_on (one row per credential); keep one form"
        )
    _required(holders, "holders", ("id", "credential", "earned_on") if long else HOLDER_COLUMNS)
    _required(activities, "activities", ACTIVITY_COLUMNS)
    count = partitions or max(holders.npartitions, activities.npartitions)
    # Both sides are shuffled on the same small integer key, so partition k of the roster and
    # partition k of the log hold the same holders.
    # Shuffled by tasks on every scheduler: on a cluster Dask's own choice (p2p) converts the
    # text columns to Arrow and back, which took a third longer on one worker and gained
    # nothing on two (20,000 holders: 27.8 s on 1 and 2 workers, against 20.4 s and 14.5 s).
    method = "tasks"
    shuffled = holders.map_partitions(_keyed, "id", ordered=True).shuffle(  # type: ignore[no-untyped-call]
        _KEY, npartitions=count, shuffle_method=method
    )
    log = activities.map_partitions(_keyed, "holder_id").shuffle(  # type: ignore[no-untyped-call]
        _KEY, npartitions=count, shuffle_method=method
    )
    # One task holds the rule book: each worker receives it once, whatever the partitions.
    # The shipped one is not sent at all: every worker reads its own copy.
    book = None if rulebook is None else delayed(rulebook, pure=True)
    columns = _record_columns(day)
    records = dd.map_partitions(  # type: ignore[no-untyped-call]
        _assess_partition,
        shuffled,
        log,
        book,
        day,
        history,
        unknown_holders,
        _Reading(tuple(names.items()), skip=roster is not None),
        meta=pd.DataFrame({c: pd.Series(dtype=object) for c in (*columns, _ORDER)}),
        align_dataframes=False,
        enforce_metadata=False,
    )
    strangers = dd.map_partitions(  # type: ignore[no-untyped-call]
        _strangers,
        shuffled,
        log,
        meta=pd.DataFrame({"holder_id": pd.Series(dtype=object), "count": pd.Series(dtype=int)}),
        align_dataframes=False,
        enforce_metadata=False,
    )
    # With the roster's file, the codes the rule book does not know, from the roster as it lies.
    codes = (
        pd.DataFrame({"code": pd.Series(dtype=object)})
        if roster is None
        else holders.map_partitions(  # type: ignore[no-untyped-call]
            _unknown_codes,
            book,
            _Reading(tuple(names.items()), skip=True),
            meta=pd.DataFrame({"code": pd.Series(dtype=object)}),
            enforce_metadata=False,
        )
    )
    # One compute for all: the files are read and the shuffles made once.
    try:
        found, unknown, unknown_codes = compute(records, strangers, codes, scheduler=scheduler)  # type: ignore[no-untyped-call]
    except (CodingCertsError, ValueError):  # ValueError: pandas could not parse a block
        # As in one process, the roster is judged first: a bad roster file is refused with
        # read_holders' own error, each problem at its line (which blocks cannot tell).
        if roster is not None:
            roster.read(rulebook)
        raise
    # As in one process: the roster's codes are judged as it is read, before the log is.
    skipped: tuple[SkippedCredential, ...] = ()
    if roster is not None and len(unknown_codes):
        skipped = roster.skipped(rulebook, unknown_codes["code"].tolist())
    if unknown_holders == "error" and len(unknown):
        ids = holders["id"].compute(scheduler=scheduler)
        # The holders left out are not on the roster that assess_roster would be given.
        left_out = Holders((), skipped).left_out
        on_roster = [i for i in ids.tolist() if _text(i) not in left_out]
        _refuse(on_roster, dict(zip(unknown["holder_id"], unknown["count"], strict=True)))
    found = found.sort_values(_ORDER, kind="stable").drop(columns=_ORDER).reset_index(drop=True)
    if roster is not None and roster.skip:
        found.attrs["skipped_credentials"] = skipped
    return found


def _record_columns(day: dt.date) -> list[str]:
    """The columns of ``to_records()``, as the engine makes them (only a hint to Dask)."""
    try:
        sample = Holder("sample", [HeldCredential(default_rulebook().credentials[0], day)])
        return list(assess(sample, as_of=day).to_records()[0])
    except CodingCertsError:  # no rule in force that day: the partitions will say so
        return []


def _columns(
    frame: dd.DataFrame, what: str, fields: tuple[str, ...], aliases: Mapping[str, str]
) -> tuple[dd.DataFrame, dict[str, str]]:
    """The frame's columns of ``fields``, renamed to them, and each field's name in the frame.

    Column names are matched as the file readers match them: in any case and spacing
    (``Holder ID``), with the readers' other names (a roster's ``holder_id`` is ``id``).
    """
    if not isinstance(frame, dd.DataFrame):
        raise InvalidTypeError(f"{what} must be a dask.dataframe.DataFrame, got {type_name(frame)}")
    header = list(frame.columns)
    where, names, twice = column_map(header, fields, aliases, {})
    if twice:
        raise InvalidValueError(
            f"the {what} frame names the column(s) {', '.join(sorted(set(twice)))} twice"
        )
    kept = frame[[header[index] for index in where.values()]]
    return kept.rename(columns={header[index]: field for field, index in where.items()}), names


def _required(frame: dd.DataFrame, what: str, required: Sequence[str]) -> None:
    missing = [column for column in required if column not in frame.columns]
    if missing:
        raise InvalidValueError(
            f"the {what} frame has no column {', '.join(map(repr, missing))}; "
            f"expected the columns {', '.join(required)}"
        )


def _keyed(
    frame: pd.DataFrame,
    column: str,
    *,
    ordered: bool = False,
    partition_info: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """The frame with a small integer key from the holder id (and the roster's order).

    The id is keyed as the readers read it (trimmed): ``" E1"`` and ``"E1"`` are one holder.
    """
    frame = frame.copy()
    ids = pd.Series([_text(v) for v in frame[column].tolist()], dtype=object)
    frame[_KEY] = (pd.util.hash_pandas_object(ids, index=False) % 1_000_003).to_numpy("int64")
    if ordered:
        number = 0 if partition_info is None else partition_info["number"]
        frame[_ORDER] = [(number << 32) + i for i in range(len(frame))]
    return frame


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _cells(frame: pd.DataFrame, columns: Sequence[str]) -> list[list[str]]:
    """Each column's cells as text (a missing cell as empty), a missing column as empty cells."""
    empty = [""] * len(frame)
    return [
        [v if isinstance(v, str) else "" for v in frame[c].tolist()]
        if c in frame.columns
        else empty
        for c in columns
    ]


@attrs.frozen
class _Reading:
    """How a partition's roster is read: each field's column name, and whether to skip codes.

    ``skip``: codes the rule book does not know are left aside, as ``read_holders`` leaves
    them (the caller has them listed and judged), and a holder with none known is left out.
    """

    names: tuple[tuple[str, str], ...]
    skip: bool

    def rows(self, frame: pd.DataFrame, book: Rulebook) -> tuple[HolderRows, tuple[Holder, ...]]:
        """The frame's holders read by ``read_holders``' own code, line ``n`` its ``n``-th row."""
        names = dict(self.names)
        rows = HolderRows(_FRAME, names, book, "iso", skip_unknown=self.skip)
        lines = enumerate(zip(*_cells(frame, HOLDER_FIELDS), strict=True), start=1)
        return rows, holders_of_rows(rows, lines, long="credentials" not in names)


_FRAME = Path("holders")  # the problems' path: only their columns and messages are shown


def _holders(
    frame: pd.DataFrame, book: Rulebook, reading: _Reading
) -> tuple[list[Holder], list[int], set[str]]:
    """The partition's holders, their positions in the roster, and the ids left out.

    Read as :func:`~coding_certs.read_holders` reads a file, in roster order (a holder of
    one row per credential at their first row). A bad cell is an error naming the holder
    and the column; the lines of a file read in blocks cannot be told.
    """
    frame = frame.sort_values(_ORDER, kind="stable")
    rows, holders = reading.rows(frame, book)
    ids = [_text(v) for v in frame["id"].tolist()]
    if rows.problems:
        raise InvalidValueError(
            "; ".join(
                f"the roster's holder {ids[(problem.line or 1) - 1]!r}: "
                f"{f'{problem.field}: ' if problem.field else ''}"
                f"{_OTHER_LINE.sub('', problem.message)}"
                for problem in rows.problems
            )
        )
    first: dict[str, int] = {}
    for holder_id, rank in zip(ids, frame[_ORDER].tolist(), strict=True):
        first.setdefault(holder_id, rank)
    return list(holders), [first[holder.id] for holder in holders], set(rows.left_out)


def _unknown_codes(frame: pd.DataFrame, book: Rulebook | None, reading: _Reading) -> pd.DataFrame:
    """The codes of the partition's credentials that the rule book does not know.

    Read by the reader's own code, skipping them; other problems are the records' to refuse.
    """
    rows, _ = reading.rows(frame, default_rulebook() if book is None else book)
    return pd.DataFrame({"code": pd.Series([s.code for s in rows.skipped], dtype=object)})


def _activities(frame: pd.DataFrame, book: Rulebook) -> list[CeuActivity]:
    """The partition's CEU activities, each naming its holder, read as the files' readers do.

    As :func:`~coding_certs.read_activities` reads them: ``bodies`` are the book's, and a row
    of empty cells (as spreadsheets write them) is skipped.
    """
    rows = ActivityRows("iso", frozenset(body.code for body in book.bodies))
    activities = []
    for values in zip(*_cells(frame, ACTIVITY_FIELDS), strict=True):
        try:
            activity = rows.build(values)
        except CellProblem:
            if blank_row(values):
                continue
            problems = "; ".join(f"{field}: {message}" for field, message in rows.problems(values))
            raise InvalidValueError(
                f"the CEU log's activity {values[4].strip()!r} of holder {values[0].strip()!r}: "
                f"{problems}"
            ) from None
        if activity.holder_id is None:
            raise InvalidValueError(
                f"the CEU log's activity {activity.title!r} has an empty holder_id: in a roster "
                "every activity must say whose it is"
            )
        activities.append(activity)
    return activities


def _assess_partition(  # noqa: PLR0913, PLR0917 -- dask passes the arguments positionally
    roster: pd.DataFrame,
    log: pd.DataFrame,
    book: Rulebook | None,
    day: dt.date,
    history: int | None,
    unknown_holders: str,
    reading: _Reading,
) -> pd.DataFrame:
    """One partition's records, each with the holder's position in the roster.

    The CEUs of a holder left out (no credential known) go with them, as the command
    leaves them out.
    """
    rules = default_rulebook() if book is None else book
    holders, order, left_out = _holders(roster, rules, reading)
    ids = {holder.id for holder in holders} | left_out
    activities = _activities(log, rules)
    if unknown_holders == "error" and any(a.holder_id not in ids for a in activities):
        activities = []  # refused on the client, with the whole roster's ids (see _refuse)
    report = assess_roster(
        holders, activities, as_of=day, history=history, rulebook=rules, unknown_holders="ignore"
    )
    columns: dict[str, list[object]] = {}
    ranks: list[object] = []
    for rank, holder_report in zip(order, report, strict=True):
        for record in holder_report.to_records():
            for key, value in record.items():
                columns.setdefault(key, []).append(value)
            ranks.append(rank)
    return pd.DataFrame(
        {
            **{key: pd.Series(values, dtype=object) for key, values in columns.items()},
            _ORDER: pd.Series(ranks, dtype=object),
        }
    )


def _strangers(roster: pd.DataFrame, log: pd.DataFrame) -> pd.DataFrame:
    """The holder ids the partition's log names that its roster does not, with their counts."""
    known = {_text(v) for v in roster["id"].tolist()}
    counts: dict[str, int] = {}
    for holder_id in (_text(v) for v in log["holder_id"].tolist()):
        if holder_id and holder_id not in known:
            counts[holder_id] = counts.get(holder_id, 0) + 1
    return pd.DataFrame(
        {
            "holder_id": pd.Series(list(counts), dtype=object),
            "count": pd.Series(list(counts.values()), dtype=int),
        }
    )


def _refuse(roster_ids: list[object], strangers: Mapping[str, int]) -> None:
    """Raise the error :func:`assess_roster` raises for these unknown holders, word for word."""
    ids = dict.fromkeys(_text(holder_id) for holder_id in roster_ids)
    roster = [Holder(holder_id, []) for holder_id in ids if holder_id]
    log = [
        CeuActivity("2000-01-01", "1", "other", "unknown", holder_id=holder_id)
        for holder_id, count in strangers.items()
        for _ in range(count)
    ]
    assess_roster(roster, log, as_of=dt.date(2000, 1, 1))
    raise AssertionError  # pragma: no cover -- assess_roster refuses unknown holders
