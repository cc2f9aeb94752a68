"""Assess a roster too large for one process on Dask, partitioned by holder.

Install the extra (``pip install "coding-certs[dask]"``). :func:`assess_csv`
reads a roster and a CEU log (the CSV formats of :func:`~coding_certs.read_holders`
and :func:`~coding_certs.read_activities`) in partitions with ``dask.dataframe``;
:func:`assess_frames` takes such frames already made. Both shuffle the roster
and the log by holder, so each holder lands in one partition with all their CEUs,
send the rule book to each worker once, assess each partition with
:func:`~coding_certs.assess_roster`, and return the records as one
``pandas.DataFrame``: the rows of ``assess_roster(...).to_records()``, in roster
order, with the same columns and values.

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

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import dask.dataframe as dd
import pandas as pd  # type: ignore[import-untyped]  # no stubs in the environment
from dask.base import compute
from dask.delayed import delayed

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._assess import assess, assess_roster
from coding_certs._errors import (
    CodingCertsError,
    InvalidTypeError,
    InvalidValueError,
    UnknownCredentialError,
)
from coding_certs._fields import CellProblem
from coding_certs._io import read_holders
from coding_certs._records import ACTIVITY_FIELDS, ActivityRows
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._skipped import SkippedCredential, skip_unknown, unknown_codes, unknown_hint
from coding_certs._validate import to_date, type_name

if TYPE_CHECKING:
    import os

__all__ = ["assess_csv", "assess_frames"]

HOLDER_COLUMNS = ("id", "credentials")
"""The roster's required columns; ``name`` and ``aapc_renewal`` are optional."""
ACTIVITY_COLUMNS = ("holder_id", "completed_on", "units", "kind", "title")
"""The CEU log's required columns here (every activity must name its holder)."""
_KEY = "_holder_key"
_ORDER = "_roster_order"


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
        holders: the roster's CSV file (``id``, ``credentials``, ``name``,
            ``aapc_renewal``).
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
        DataFileError: credential codes the rule book does not know (unless
            skipped), each at its line and column, as ``read_holders`` says it.
        InvalidValueError: a missing column, a bad cell (naming the holder and
            the column), CEUs of holders not on the roster, repeated holder ids,
            or ``unknown_credentials`` other than ``"error"`` or ``"skip"``.
    """
    skip = skip_unknown(unknown_credentials)
    read: dict[str, Any] = {"dtype": str, "keep_default_na": False, "blocksize": blocksize}
    return _assess(
        dd.read_csv(holders, **read),
        dd.read_csv(activities, **read),
        as_of=as_of,
        history=history,
        rulebook=rulebook,
        unknown_holders=unknown_holders,
        partitions=partitions,
        scheduler=scheduler,
        roster=_Roster(Path(holders), skip),
    )


@attrs.frozen
class _Roster:
    """The roster's file, and whether to skip the codes the rule book does not know."""

    path: Path
    skip: bool

    def skipped(
        self, rulebook: Rulebook | None, codes: Sequence[str]
    ) -> tuple[SkippedCredential, ...]:
        """The workers found ``codes`` unknown: what ``read_holders`` skips, or its error.

        The file is read again in this process, by the reader itself, so that each code is
        named at its line and column, and the skipped are the reader's, word for word. A
        roster that is no local file (a glob, an object store's URL) cannot be: then the
        codes are named without their lines.
        """
        if self.path.is_file():
            mode = "skip" if self.skip else "error"
            read = read_holders(self.path, rulebook=rulebook, unknown_credentials=mode)
            if self.skip:
                return read.skipped
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
    :func:`assess_csv` for the arguments. A credential code the rule book does not know
    is an :class:`~coding_certs.InvalidValueError` naming the holder: with no file, there
    is no line to name, and nothing to skip it from (``unknown_credentials`` is
    :func:`assess_csv`'s).
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
    for frame, what, required in (
        (holders, "holders", HOLDER_COLUMNS),
        (activities, "activities", ACTIVITY_COLUMNS),
    ):
        if not isinstance(frame, dd.DataFrame):
            raise InvalidTypeError(
                f"{what} must be a dask.dataframe.DataFrame, got {type_name(frame)}"
            )
        missing = [column for column in required if column not in frame.columns]
        if missing:
            raise InvalidValueError(
                f"the {what} frame has no column {', '.join(map(repr, missing))}; "
                f"expected the columns {', '.join(required)}"
            )
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
        roster is not None,
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
            meta=pd.DataFrame({"code": pd.Series(dtype=object)}),
            enforce_metadata=False,
        )
    )
    # One compute for all: the files are read and the shuffles made once.
    found, unknown, unknown_codes = compute(records, strangers, codes, scheduler=scheduler)  # type: ignore[no-untyped-call]
    # As in one process: the roster's codes are judged as it is read, before the log is.
    skipped: tuple[SkippedCredential, ...] = ()
    if roster is not None and len(unknown_codes):
        skipped = roster.skipped(rulebook, unknown_codes["code"].tolist())
    if unknown_holders == "error" and len(unknown):
        ids = holders["id"].compute(scheduler=scheduler)
        _refuse(ids.tolist(), dict(zip(unknown["holder_id"], unknown["count"], strict=True)))
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


def _keyed(
    frame: pd.DataFrame,
    column: str,
    *,
    ordered: bool = False,
    partition_info: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """The frame with a small integer key from the holder id (and the roster's order)."""
    frame = frame.copy()
    ids = frame[column].astype(object).where(frame[column].notna(), "")
    frame[_KEY] = (pd.util.hash_pandas_object(ids, index=False) % 1_000_003).astype("int64")
    if ordered:
        number = 0 if partition_info is None else partition_info["number"]
        frame[_ORDER] = [(number << 32) + i for i in range(len(frame))]
    return frame


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _cells(frame: pd.DataFrame, columns: Sequence[str]) -> Iterable[tuple[str, ...]]:
    """Each row's cells as stripped text, a missing column as empty cells."""
    empty = [""] * len(frame)
    return zip(
        *([_text(v) for v in frame[c].tolist()] if c in frame.columns else empty for c in columns),
        strict=True,
    )


def _credentials(cells: str) -> Iterable[tuple[str, str]]:
    """A ``credentials`` cell's ``(code, earned_on)`` pairs, empty items (``;;``) aside."""
    for item in cells.split(";"):
        if not item.strip():
            continue
        code, colon, earned_on = item.partition(":")
        if not colon or not code.strip() or not earned_on.strip():
            raise InvalidValueError(
                f"expected CODE:YYYY-MM-DD such as 'CPC:2019-05-10', got {item.strip()!r}"
            )
        yield code.strip(), earned_on.strip()


def _holders(
    frame: pd.DataFrame, book: Rulebook, *, skip: bool
) -> tuple[list[Holder], list[int], set[str]]:
    """The partition's holders, their positions in the roster, and the ids left out.

    ``skip``: codes the rule book does not know are left aside, as ``read_holders`` leaves
    them (the caller has them listed), and a holder with no known credential is left out.
    """
    holders = []
    order = []
    left_out: set[str] = set()
    columns = ("id", "credentials", "name", "aapc_renewal")
    ranks = frame[_ORDER].tolist()
    for (holder_id, cells, name, renewal), rank in zip(_cells(frame, columns), ranks, strict=True):
        try:
            held = []
            unknown = False
            for code, earned_on in _credentials(cells):
                try:
                    held.append(HeldCredential(code, earned_on).resolve(book))
                except UnknownCredentialError:
                    if not skip:
                        raise
                    unknown = True
            if unknown and not held:
                left_out.add(holder_id)
                continue
            holders.append(Holder(holder_id, held, name=name or None, aapc_renewal=renewal or None))
            order.append(rank)
        except CodingCertsError as error:
            raise InvalidValueError(f"the roster's holder {holder_id!r}: {error}") from error
    return holders, order, left_out


def _unknown_codes(frame: pd.DataFrame, book: Rulebook | None) -> pd.DataFrame:
    """The codes of the partition's ``credentials`` cells that the rule book does not know."""
    rules = default_rulebook() if book is None else book
    unknown = []
    for (cells,) in _cells(frame, ("credentials",)):
        try:
            pairs = list(_credentials(cells))
        except InvalidValueError:
            continue  # a malformed cell: refused by _holders, naming the holder
        for code, _ in pairs:
            try:
                rules.credential(code)
            except UnknownCredentialError:
                unknown.append(code)
    return pd.DataFrame({"code": pd.Series(unknown, dtype=object)})


def _activities(frame: pd.DataFrame, book: Rulebook) -> list[CeuActivity]:
    """The partition's CEU activities, each naming its holder, read as the files' readers do.

    As :func:`~coding_certs.read_activities` reads them: ``bodies`` are the book's.
    """
    rows = ActivityRows("iso", frozenset(body.code for body in book.bodies))
    activities = []
    empty = [""] * len(frame)
    columns = [
        [v if isinstance(v, str) else "" for v in frame[c].tolist()]
        if c in frame.columns
        else empty
        for c in ACTIVITY_FIELDS
    ]
    for values in zip(*columns, strict=True):
        try:
            activity = rows.build(values)
        except CellProblem:
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
    skip: bool,  # noqa: FBT001 -- dask passes it positionally
) -> pd.DataFrame:
    """One partition's records, each with the holder's position in the roster.

    ``skip``: codes the rule book does not know are left aside (the caller judges them),
    and the CEUs of a holder left out go with them, as the command leaves them out.
    """
    rules = default_rulebook() if book is None else book
    holders, order, left_out = _holders(roster, rules, skip=skip)
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
