"""The Dask path: a roster partitioned by holder gives the records of one process."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import coding_certs as cc

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from coding_certs import parallel  # noqa: E402 -- only once dask is known to be there

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "src" / "coding_certs" / "data" / "demo"


def _records(holders: Path, activities: Path, **options: object) -> list[cc.HolderRecord]:
    """What assess_roster gives in one process for the same files."""
    book = options.get("rulebook")
    return cc.assess_roster(
        cc.read_holders(holders, rulebook=book),  # type: ignore[arg-type]
        cc.read_activities(activities),
        as_of=cc.DEMO_AS_OF,
        **options,  # type: ignore[arg-type]
    ).to_records()


def _copy(source: Path, target: Path, extra: list[list[str]] | None = None, **keep: str) -> Path:
    """``source`` with only the rows whose ``column`` matches, and ``extra`` rows appended."""
    with source.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    header = rows[0]
    kept = [
        row
        for row in rows[1:]
        if all(text in row[header.index(column)] for column, text in keep.items())
    ]
    with target.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([header, *kept, *(extra or [])])
    return target


@pytest.mark.parametrize("partitions", [1, 3, 7])
def test_records_match_assess_roster_on_the_local_scheduler(partitions: int) -> None:
    """Any number of partitions gives assess_roster's records, in roster order."""
    got = parallel.assess_csv(
        DEMO / "roster.csv",
        DEMO / "ceus.csv",
        as_of=cc.DEMO_AS_OF,
        partitions=partitions,
        scheduler="synchronous",
    )
    expected = _records(DEMO / "roster.csv", DEMO / "ceus.csv")
    assert len(expected) > 5
    assert got.to_dict("records") == expected
    assert list(got.columns) == list(expected[0])


def test_small_blocks_read_in_many_partitions(tmp_path: Path) -> None:
    """Files read in many small blocks still put each holder's CEUs together."""
    got = parallel.assess_csv(
        DEMO / "roster.csv",
        DEMO / "ceus.csv",
        as_of=cc.DEMO_AS_OF,
        blocksize=200,
        scheduler="synchronous",
    )
    assert got.to_dict("records") == _records(DEMO / "roster.csv", DEMO / "ceus.csv")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A dask.distributed cluster of two worker processes on this machine.

    It needs no fixed port: the scheduler, its HTTP routes and the dashboards listen on ports
    the system picks. Dask's default dashboard port, 8787, is held busy while the
    cluster starts, to prove that; short timeouts make a cluster that cannot start fail
    the tests quickly, and the cluster is closed with its workers when they end.
    """
    with contextlib.ExitStack() as stack:
        busy = stack.enter_context(socket.socket())
        with contextlib.suppress(OSError):  # already taken by someone else: busy all the same
            busy.bind(("127.0.0.1", 8787))
            busy.listen()
        cluster = stack.enter_context(
            distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                # None would still serve the scheduler's HTTP routes on 8787: ":0" picks a
                # free port, for them and the dashboard.
                dashboard_address=":0",
                worker_dashboard_address=":0",
                scheduler_port=0,
                silence_logs=logging.ERROR,
                timeout="60s",
                death_timeout="60s",
            )
        )
        connected = stack.enter_context(distributed.Client(cluster, timeout="60s"))
        assert len(connected.scheduler_info()["workers"]) == 2
        yield connected


def test_two_worker_processes_give_the_same_records(client: object) -> None:
    """On a LocalCluster of two worker processes: the records of one process."""
    got = parallel.assess_csv(DEMO / "roster.csv", DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF)
    assert got.to_dict("records") == _records(DEMO / "roster.csv", DEMO / "ceus.csv")


def test_a_users_rule_book_is_applied_on_the_workers(client: object, tmp_path: Path) -> None:
    """An employer's own rule book reaches the workers and gives its own answers."""
    shipped = (ROOT / "src" / "coding_certs" / "data" / "rules.toml").read_text(encoding="utf-8")
    stricter = shipped.replace(
        '{ min = 1, max = 1, units = "36" }', '{ min = 1, max = 1, units = "40" }'
    )
    assert stricter != shipped
    (tmp_path / "rules.toml").write_text(stricter, encoding="utf-8")
    book = cc.load_rulebook(tmp_path / "rules.toml")
    got = parallel.assess_csv(
        DEMO / "roster.csv", DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF, rulebook=book
    )
    expected = _records(DEMO / "roster.csv", DEMO / "ceus.csv", rulebook=book)
    assert got.to_dict("records") == expected
    assert expected != _records(DEMO / "roster.csv", DEMO / "ceus.csv")  # the book asks more


def _stranger_log(tmp_path: Path) -> Path:
    return _copy(
        DEMO / "ceus.csv",
        tmp_path / "ceus.csv",
        extra=[
            ["e1001", "2025-01-01", "1", "other", "Misfiled", "", "", "", "", ""],
            ["X9", "2025-01-02", "2", "other", "Left", "", "", "", "", ""],
            ["X9", "2025-01-03", "2", "other", "Left again", "", "", "", "", ""],
        ],
    )


@pytest.mark.parametrize("scheduler", [None, "synchronous"])
def test_unknown_holders_are_refused_as_assess_roster_refuses_them(
    client: object, tmp_path: Path, scheduler: str | None
) -> None:
    """CEUs of holders not on the roster: the same error, word for word, as assess_roster."""
    log = _stranger_log(tmp_path)
    with pytest.raises(cc.InvalidValueError) as single:
        _records(DEMO / "roster.csv", log)
    with pytest.raises(cc.InvalidValueError) as dask_error:
        parallel.assess_csv(
            DEMO / "roster.csv", log, as_of=cc.DEMO_AS_OF, partitions=3, scheduler=scheduler
        )
    assert str(dask_error.value) == str(single.value)
    assert "'X9' (2 activities" in str(single.value)


def test_unknown_holders_can_be_ignored(tmp_path: Path) -> None:
    """unknown_holders='ignore' leaves their CEUs out, as assess_roster does."""
    log = _stranger_log(tmp_path)
    got = parallel.assess_csv(
        DEMO / "roster.csv",
        log,
        as_of=cc.DEMO_AS_OF,
        unknown_holders="ignore",
        scheduler="synchronous",
    )
    assert got.to_dict("records") == _records(DEMO / "roster.csv", log, unknown_holders="ignore")


def test_frames_made_by_the_caller(tmp_path: Path) -> None:
    """assess_frames takes dask frames of text, such as ones built from pandas."""
    holders = pd.read_csv(DEMO / "roster.csv", dtype=str, keep_default_na=False)
    activities = pd.read_csv(DEMO / "ceus.csv", dtype=str, keep_default_na=False)
    activities = activities.drop(columns=["sponsor", "bodies"])  # optional columns
    got = parallel.assess_frames(
        dd.from_pandas(holders, npartitions=2),
        dd.from_pandas(activities, npartitions=3),
        as_of=cc.DEMO_AS_OF.isoformat(),
        scheduler="synchronous",
    )
    path = tmp_path / "ceus.csv"
    activities.to_csv(path, index=False)
    assert got.to_dict("records") == _records(DEMO / "roster.csv", path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["E1001", "2025-01-01", "1_5", "other", "T", "", "", "", "", ""], "plain number"),
        (["E1001", "2025-01-01", "1", "other", "T", "", "", "maybe", "", ""], "preapproved"),
        (["E1001", "2025-13-01", "1", "other", "T", "", "", "", "", ""], "holder 'E1001'"),
        (["", "2025-01-01", "1", "other", "T", "", "", "", "", ""], "empty holder_id"),
        (
            ["E1001", "2025-01-01", "1", "other", "T", "", "", "", "", "APPC"],
            "bodies: unknown body code 'APPC' \\(did you mean 'AAPC'\\?\\); known: AAPC",
        ),
    ],
)
def test_bad_cells_of_the_log_are_refused(tmp_path: Path, row: list[str], message: str) -> None:
    """A bad cell is an error naming the activity and its holder, never a wrong answer."""
    log = _copy(DEMO / "ceus.csv", tmp_path / "ceus.csv", extra=[row])
    with pytest.raises(cc.InvalidValueError, match=message):
        parallel.assess_csv(DEMO / "roster.csv", log, as_of=cc.DEMO_AS_OF, scheduler="synchronous")


@pytest.mark.parametrize(
    "cells",
    ["CPC", "XYZ:2020-01-01", "CPC:2020-02-30", "CPC:2019-05-10;CPC:2020-01-01"],
)
def test_bad_cells_of_the_roster_are_refused_as_read_holders_refuses_them(
    tmp_path: Path, cells: str
) -> None:
    """A bad credentials cell of a roster file: read_holders' own error, at its line."""
    roster = _copy(DEMO / "roster.csv", tmp_path / "roster.csv", extra=[["E9", "", "", cells]])
    with pytest.raises(cc.DataFileError) as single:
        cc.read_holders(roster)
    with pytest.raises(cc.DataFileError) as dask_error:
        parallel.assess_csv(
            roster, DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF, partitions=3, scheduler="synchronous"
        )
    assert str(dask_error.value) == str(single.value)
    assert ", line 14" in str(single.value)


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ("CPC", "holder 'E9': credentials: expected CODE:YYYY-MM-DD"),
        ("XYZ:2020-01-01", "holder 'E9': credentials\\[0\\].credential: unknown credential code"),
        ("CPC:2020-02-30", "holder 'E9': credentials\\[0\\].earned_on: .* February 2020 has 29"),
    ],
)
def test_bad_cells_of_a_roster_frame_name_the_holder(cells: str, message: str) -> None:
    """A frame has no lines: its bad cell is an error naming the holder and the column."""
    holders = pd.read_csv(DEMO / "roster.csv", dtype=str, keep_default_na=False)
    holders.loc[len(holders)] = ["E9", "", "", cells]
    activities = pd.read_csv(DEMO / "ceus.csv", dtype=str, keep_default_na=False)
    with pytest.raises(cc.InvalidValueError, match=message):
        parallel.assess_frames(
            dd.from_pandas(holders, npartitions=2),
            dd.from_pandas(activities, npartitions=2),
            as_of=cc.DEMO_AS_OF,
            scheduler="synchronous",
        )


def test_a_holder_repeated_across_blocks_is_refused(tmp_path: Path) -> None:
    """An id on two rows lands in one partition: refused, as read_holders refuses it.

    A file gives the reader's error at both lines; a frame names the holder (a partition's
    rows are not the file's lines, so none is cited). `` E1002`` is ``E1002`` to both: they
    were keyed apart, and could land in two partitions and be assessed twice.
    """
    roster = _copy(
        DEMO / "roster.csv", tmp_path / "roster.csv", extra=[[" E1002", "", "", "CCS:2020-01-01"]]
    )
    with pytest.raises(cc.DataFileError) as single:
        cc.read_holders(roster)
    with pytest.raises(cc.DataFileError) as dask_error:
        parallel.assess_csv(
            roster, DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF, blocksize=200, scheduler="synchronous"
        )
    assert str(dask_error.value) == str(single.value)
    assert "holder id 'E1002' is already used on line 3" in str(single.value)
    frame = dd.from_pandas(pd.read_csv(roster, dtype=str, keep_default_na=False), npartitions=3)
    log = dd.read_csv(DEMO / "ceus.csv", dtype=str, keep_default_na=False)
    with pytest.raises(cc.InvalidValueError) as refused:
        parallel.assess_frames(frame, log, as_of=cc.DEMO_AS_OF, scheduler="synchronous")
    assert str(refused.value) == (
        "the roster's holder 'E1002': id: holder id 'E1002' is already used; "
        "each holder appears once"
    )


def test_junk_arguments_are_refused(tmp_path: Path) -> None:
    """Wrong frames, columns, options and rule books are refused before any work is done."""
    holders = dd.from_pandas(pd.read_csv(DEMO / "roster.csv", dtype=str), npartitions=1)
    activities = dd.from_pandas(pd.read_csv(DEMO / "ceus.csv", dtype=str), npartitions=1)
    day = cc.DEMO_AS_OF
    with pytest.raises(cc.InvalidTypeError, match="holders must be a dask"):
        parallel.assess_frames([], activities, as_of=day)  # type: ignore[arg-type]
    with pytest.raises(cc.InvalidValueError, match="no column 'title'"):
        parallel.assess_frames(holders, activities.drop(columns=["title"]), as_of=day)
    with pytest.raises(cc.InvalidValueError, match="unknown_holders"):
        parallel.assess_frames(holders, activities, as_of=day, unknown_holders="drop")
    with pytest.raises(cc.InvalidTypeError, match="rulebook"):
        parallel.assess_frames(holders, activities, as_of=day, rulebook="rules.toml")  # type: ignore[arg-type]
    with pytest.raises(cc.InvalidValueError):
        parallel.assess_frames(holders, activities, as_of="soon")


def test_a_day_before_every_credential_gives_no_records() -> None:
    """An as_of before every credential was earned: no records, as from assess_roster."""
    got = parallel.assess_csv(
        DEMO / "roster.csv", DEMO / "ceus.csv", as_of=dt.date(2001, 1, 1), scheduler="synchronous"
    )
    expected = cc.assess_roster(
        cc.read_holders(DEMO / "roster.csv"),
        [],
        as_of=dt.date(2001, 1, 1),
    ).to_records()
    assert got.to_dict("records") == expected == []


def test_cells_are_read_as_the_files_readers_read_them(tmp_path: Path) -> None:
    """Kinds, flags and tags as people write them mean what read_activities says they mean."""
    log = _copy(
        DEMO / "ceus.csv",
        tmp_path / "ceus.csv",
        extra=[
            [
                "E1001",
                "2025-06-02",
                " 2.50 ",
                "Approved Event",
                "Webinar",
                "",
                "AAPC-9",
                "",
                "",
                "",
            ],
            ["E1002", "2025-06-03", "3", "Coursework", "Class", "", "", "Y", "HIIM; Auditing", ""],
        ],
    )
    got = parallel.assess_csv(
        DEMO / "roster.csv", log, as_of=cc.DEMO_AS_OF, scheduler="synchronous"
    )
    assert got.to_dict("records") == _records(DEMO / "roster.csv", log)


# --- The roster and the log read as the file readers read them ----------------------------


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def _due(records: list[cc.HolderRecord], holder_id: str, body: str) -> object:
    return next(r["due"] for r in records if r["holder_id"] == holder_id and r["body"] == body)


@pytest.mark.parametrize("partitions", [1, 3])
@pytest.mark.parametrize("column", ["renewals", "aapc_renewal"])
def test_renewal_dates_are_read_as_read_holders_reads_them(
    tmp_path: Path, column: str, partitions: int
) -> None:
    """A roster's renewals (or aapc_renewal) give the due dates of one process.

    AAPC's cycle follows the membership renewal: 2021-03-15 makes the 2023 cycle due on
    2023-03-15, not on the anniversary of the credential (2023-05-10). An apprentice code
    and a holder without a renewal date are read as the reader reads them too.
    """
    renewal = "AAPC:2021-03-15" if column == "renewals" else "2021-03-15"
    roster = _write(
        tmp_path / "roster.csv",
        [
            ["id", "name", column, "credentials"],
            ["E1", "Ann", renewal, "CPC:2019-05-10"],
            ["E2", "Bo", "", "CPC-A:2019-05-10"],
            ["E3", "Cy", renewal, "CPC:2019-05-10;CCS:2020-01-10"],
        ],
    )
    log = _write(
        tmp_path / "ceus.csv",
        [
            ["holder_id", "completed_on", "units", "kind", "title"],
            ["E1", "2022-06-01", "10", "approved-event", "Webinar"],
            ["E3", "2022-07-01", "12", "other", "Course"],
        ],
    )
    got = parallel.assess_csv(
        roster, log, as_of="2023-06-01", partitions=partitions, scheduler="synchronous"
    ).to_dict("records")
    single = cc.assess_roster(
        cc.read_holders(roster), cc.read_activities(log), as_of="2023-06-01"
    ).to_records()
    assert got == single
    assert _due(single, "E1", "AAPC") == _due(single, "E3", "AAPC") == dt.date(2023, 3, 15)
    assert _due(single, "E2", "AAPC") == dt.date(2023, 5, 10)  # no renewal: the anniversary
    assert [r["apprentice"] for r in single if r["holder_id"] == "E2"] == ["CPC-A"]


def test_headers_as_people_write_them_are_read_as_the_readers_read_them(tmp_path: Path) -> None:
    """Column names in any case and spacing, and holder_id for id: the readers' own names.

    Ids with spaces around them are the same holder to both readers and both paths.
    """
    roster = _write(
        tmp_path / "roster.csv",
        [
            ["Holder ID", "Name", "AAPC Renewal", "Renewals", "Credentials", "Department"],
            [" E1 ", "Ann", "2021-03-15", "AHIMA:2020-02-01", "CPC:2019-05-10;CCS:2020-01-10", "X"],
            ["E2", "Bo", "", "", "COC:2018-01-02", "Y"],
        ],
    )
    log = _write(
        tmp_path / "ceus.csv",
        [
            ["Holder ID", "Completed On", "Units", "Kind", "Title", "Bodies"],
            ["E1", "2022-06-01", "10", "Approved Event", "Webinar", "AAPC"],
            [" E2", "2022-07-01", "12", "other", "Course", ""],
        ],
    )
    got = parallel.assess_csv(
        roster, log, as_of="2023-06-01", partitions=2, scheduler="synchronous"
    ).to_dict("records")
    single = cc.assess_roster(
        cc.read_holders(roster), cc.read_activities(log), as_of="2023-06-01"
    ).to_records()
    assert got == single
    assert {r["holder_id"] for r in single} == {"E1", "E2"}
    assert _due(single, "E1", "AAPC") == dt.date(2023, 3, 15)


def test_a_roster_of_one_row_per_credential_is_read_as_read_holders_reads_it(
    tmp_path: Path,
) -> None:
    """A roster of one row per holder and credential: the reader's holders.

    A holder's rows may lie in different blocks of the file: they are one holder, at their
    first row's place in the roster.
    """
    rows = [
        ["id", "name", "renewals", "credential", "earned_on"],
        *([f"E{n}", f"N{n}", "AAPC:2021-03-15", "CPC", "2019-05-10"] for n in range(12)),
        *([f"E{n}", "", "", "CCS", "2020-01-10"] for n in range(0, 12, 3)),
    ]
    roster = _write(tmp_path / "roster.csv", rows)
    got = parallel.assess_csv(
        roster,
        DEMO / "ceus.csv",
        as_of="2023-06-01",
        blocksize=150,
        unknown_holders="ignore",
        scheduler="synchronous",
    )
    single = cc.assess_roster(cc.read_holders(roster), [], as_of="2023-06-01").to_records()
    assert got.to_dict("records") == single
    assert [r["body"] for r in single if r["holder_id"] == "E3"] == ["AAPC", "AHIMA"]


def test_rows_of_empty_cells_are_skipped_as_the_readers_skip_them(tmp_path: Path) -> None:
    """Spreadsheets write rows of empty cells at the end: both readers skip them."""
    roster = _copy(DEMO / "roster.csv", tmp_path / "roster.csv", extra=[["", "", "", ""]] * 2)
    log = _copy(DEMO / "ceus.csv", tmp_path / "ceus.csv", extra=[[""] * 10, [" "] * 10])
    got = parallel.assess_csv(
        roster, log, as_of=cc.DEMO_AS_OF, partitions=2, scheduler="synchronous"
    )
    assert (
        got.to_dict("records")
        == _records(roster, log)
        == _records(DEMO / "roster.csv", DEMO / "ceus.csv")
    )


# --- Credential codes the rule book does not know ----------------------------------------


def _unknown_codes_roster(tmp_path: Path) -> tuple[Path, Path]:
    """The demo roster with a holder of one unknown code and one of nothing known, with CEUs."""
    roster = _copy(
        DEMO / "roster.csv",
        tmp_path / "roster.csv",
        extra=[
            ["E9", "Ann", "", "CPC:2019-05-10;XYZ:2020-01-01"],
            ["E8", "Bo", "", "FOO:2020-01-01;CPCC:2021-01-01"],
        ],
    )
    log = _copy(
        DEMO / "ceus.csv",
        tmp_path / "ceus.csv",
        extra=[
            ["E9", "2025-01-10", "10", "other", "Webinar", "", "", "", "", ""],
            ["E8", "2025-01-11", "5", "other", "Left out with their holder", "", "", "", "", ""],
        ],
    )
    return roster, log


@pytest.mark.parametrize("partitions", [1, 3])
def test_skipped_codes_give_the_records_of_one_process(tmp_path: Path, partitions: int) -> None:
    """unknown_credentials='skip': the records and the codes skipped are read_holders' own.

    The holder with a code left aside keeps the rest; the holder with no known credential is
    left out with their CEUs (as the command leaves them out), not refused as a stranger.
    """
    roster, log = _unknown_codes_roster(tmp_path)
    got = parallel.assess_csv(
        roster,
        log,
        as_of=cc.DEMO_AS_OF,
        unknown_credentials="skip",
        partitions=partitions,
        scheduler="synchronous",
    )
    holders = cc.read_holders(roster, unknown_credentials="skip")
    kept = [a for a in cc.read_activities(log) if a.holder_id not in holders.left_out]
    expected = cc.assess_roster(holders, kept, as_of=cc.DEMO_AS_OF).to_records()
    assert got.to_dict("records") == expected
    assert "E9" in set(got["holder_id"])
    assert "E8" not in set(got["holder_id"])
    assert got.attrs["skipped_credentials"] == holders.skipped
    line = {row.split(",")[0]: n for n, row in enumerate(roster.read_text().splitlines(), 1)}
    assert [
        (s.code, s.holder_id, s.line, s.column, s.holder_left_out) for s in holders.skipped
    ] == [
        ("XYZ", "E9", line["E9"], "credentials[1].credential", False),
        ("FOO", "E8", line["E8"], "credentials[0].credential", True),
        ("CPCC", "E8", line["E8"], "credentials[1].credential", True),
    ]


def test_skip_with_every_code_known_lists_nothing(tmp_path: Path) -> None:
    """Asked to skip, a roster of known codes gives the same records and an empty list."""
    got = parallel.assess_csv(
        DEMO / "roster.csv",
        DEMO / "ceus.csv",
        as_of=cc.DEMO_AS_OF,
        unknown_credentials="skip",
        scheduler="synchronous",
    )
    assert got.to_dict("records") == _records(DEMO / "roster.csv", DEMO / "ceus.csv")
    assert got.attrs["skipped_credentials"] == ()
    default = parallel.assess_csv(
        DEMO / "roster.csv", DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF, scheduler="synchronous"
    )
    assert "skipped_credentials" not in default.attrs


@pytest.mark.parametrize("mode", [None, "error"])
def test_unknown_codes_are_refused_as_read_holders_refuses_them(
    tmp_path: Path, mode: str | None
) -> None:
    """By default (or with 'error') an unknown code refuses the roster: read_holders' error.

    Word for word: it names each code at its line and column and ends with how to skip them.
    """
    roster, log = _unknown_codes_roster(tmp_path)
    options: dict[str, Any] = {} if mode is None else {"unknown_credentials": mode}
    with pytest.raises(cc.DataFileError) as single:
        cc.read_holders(roster)
    with pytest.raises(cc.DataFileError) as dask_error:
        parallel.assess_csv(
            roster, log, as_of=cc.DEMO_AS_OF, partitions=3, scheduler="synchronous", **options
        )
    assert str(dask_error.value) == str(single.value)
    assert dask_error.value.problems == single.value.problems
    line = {row.split(",")[0]: n for n, row in enumerate(roster.read_text().splitlines(), 1)}
    where = f"line {line['E9']}, credentials[1].credential"
    assert f"{where}: unknown credential code 'XYZ'" in str(single.value)
    assert str(single.value).endswith("unknown_credentials='skip'")


@pytest.mark.parametrize("junk", ["ignore", "SKIP", "", None, 1, ["skip"]])
def test_junk_unknown_credentials_is_refused_as_the_reader_refuses_it(
    tmp_path: Path, junk: object
) -> None:
    """Not 'error' or 'skip': refused with the reader's message, before any file is read."""
    with pytest.raises(cc.InvalidValueError) as single:
        cc.read_holders(DEMO / "roster.csv", unknown_credentials=junk)  # type: ignore[arg-type]
    with pytest.raises(cc.InvalidValueError) as dask_error:
        parallel.assess_csv(
            tmp_path / "absent.csv",
            tmp_path / "absent too.csv",
            as_of=cc.DEMO_AS_OF,
            unknown_credentials=junk,  # type: ignore[arg-type]
        )
    assert str(dask_error.value) == str(single.value)
    assert "unknown_credentials must be one of 'error', 'skip'" in str(single.value)


def test_unknown_codes_of_a_roster_read_by_glob_are_named_without_lines(tmp_path: Path) -> None:
    """A roster given as a glob cannot be read again for its lines: the codes are still named.

    'error' refuses naming each code and how to skip them; 'skip' refuses saying why it needs
    one local file, rather than listing codes without their rows.
    """
    _unknown_codes_roster(tmp_path)
    pattern = tmp_path / "rost*.csv"
    with pytest.raises(cc.InvalidValueError) as refused:
        parallel.assess_csv(pattern, tmp_path / "ceus.csv", as_of=cc.DEMO_AS_OF,
                            scheduler="synchronous")  # fmt: skip
    assert str(refused.value) == (
        f"{pattern}: 3 credential codes the rule book does not know (XYZ, FOO, CPCC): correct "
        "them, or read the roster without them with unknown_credentials='skip'"
    )
    with pytest.raises(cc.InvalidValueError) as skipping:
        parallel.assess_csv(pattern, tmp_path / "ceus.csv", as_of=cc.DEMO_AS_OF,
                            unknown_credentials="skip", scheduler="synchronous")  # fmt: skip
    assert str(skipping.value) == (
        f"{pattern}: 3 credential codes the rule book does not know (XYZ, FOO, CPCC): "
        "unknown_credentials='skip' lists each with its line, which needs the roster as one "
        "local file; pass its path, or correct them"
    )


def test_strangers_beside_holders_left_out_are_refused_word_for_word(tmp_path: Path) -> None:
    """A stranger's hint names holders on the roster, never one the reader left out."""
    roster, log = _unknown_codes_roster(tmp_path)
    mistyped = ["e8", "2025-01-12", "1", "other", "Mistyped", "", "", "", "", ""]
    log = _copy(log, tmp_path / "strangers.csv", extra=[mistyped])
    holders = cc.read_holders(roster, unknown_credentials="skip")
    with pytest.raises(cc.InvalidValueError) as single:
        cc.assess_roster(holders, cc.read_activities(log), as_of=cc.DEMO_AS_OF)
    with pytest.raises(cc.InvalidValueError) as dask_error:
        parallel.assess_csv(roster, log, as_of=cc.DEMO_AS_OF, unknown_credentials="skip",
                            partitions=2, scheduler="synchronous")  # fmt: skip
    assert str(dask_error.value) == str(single.value)
    assert "'e8' (1 activity" in str(single.value)
    assert "'E8'" not in str(single.value)


@pytest.mark.parametrize("unknown_holders", ["error", "ignore"])
def test_log_ids_with_spaces_meet_their_holders(tmp_path: Path, unknown_holders: str) -> None:
    """`` E1002`` in the log is E1002 to read_activities: its CEUs count for E1002.

    Keyed untrimmed, they could land in another partition than their holder: refused as a
    stranger's (an AssertionError, as the roster does have E1002) or, ignoring strangers,
    silently lost.
    """
    log = tmp_path / "ceus.csv"
    text = (DEMO / "ceus.csv").read_text(encoding="utf-8")
    log.write_text(text.replace("\nE1002,", "\n E1002,").replace("\nE1004,", "\nE1004 ,"))
    got = parallel.assess_csv(DEMO / "roster.csv", log, as_of=cc.DEMO_AS_OF, partitions=3,
                              unknown_holders=unknown_holders, scheduler="synchronous")  # fmt: skip
    expected = _records(DEMO / "roster.csv", log, unknown_holders=unknown_holders)
    assert got.to_dict("records") == expected
    assert expected == _records(DEMO / "roster.csv", DEMO / "ceus.csv")


@pytest.mark.parametrize("blocksize", [200, "16MB"])
def test_a_roster_pandas_cannot_parse_is_refused_as_read_holders_refuses_it(
    tmp_path: Path, blocksize: int | str
) -> None:
    """A quote never closed: read_holders' own error at its line, not a pandas message.

    Read in one block, pandas fails while the frame is made; in small blocks, while the
    last block is read.
    """
    roster = tmp_path / "roster.csv"
    text = (DEMO / "roster.csv").read_text(encoding="utf-8")
    roster.write_text(text + 'E9,"Ann,,CPC:2019-05-10\nE10,Bo,,CPC:2019-05-10\n')
    with pytest.raises(cc.DataFileError) as single:
        cc.read_holders(roster)
    with pytest.raises(cc.DataFileError) as dask_error:
        parallel.assess_csv(roster, DEMO / "ceus.csv", as_of=cc.DEMO_AS_OF,
                            blocksize=blocksize, scheduler="synchronous")  # fmt: skip
    assert str(dask_error.value) == str(single.value)
    assert "line 14: a cell opens a quote" in str(single.value)


@pytest.mark.parametrize("which", ["roster", "log"])
def test_a_column_named_twice_is_refused_as_the_readers_refuse_it(
    tmp_path: Path, which: str
) -> None:
    """A column named twice (``credentials``; ``units`` and ``Units``) refuses the file.

    As the readers refuse it: pandas would rename the second and the first would be read.
    """
    roster = _write(
        tmp_path / "roster.csv",
        [["id", "name", "credentials", *(["credentials"] if which == "roster" else [])],
         ["E1001", "Ann", "CPC:2019-05-10", *(["CPC:2012-01-01"] if which == "roster" else [])]],
    )  # fmt: skip
    log = _write(
        tmp_path / "ceus.csv",
        [["holder_id", "completed_on", "units", "kind", "title", "Units"],
         ["E1001", "2025-01-10", "10", "other", "Webinar", "1" if which == "log" else ""]],
    )  # fmt: skip
    reader = cc.read_holders if which == "roster" else cc.read_activities
    with pytest.raises(cc.DataFileError) as single:
        reader(roster if which == "roster" else log)
    with pytest.raises(cc.DataFileError) as dask_error:
        parallel.assess_csv(roster, log, as_of=cc.DEMO_AS_OF, scheduler="synchronous")
    assert str(dask_error.value) == str(single.value)
    assert "named twice" in str(single.value)
