"""The notices command and the notice schedules it reads from the rule book."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from importlib import resources
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs._cli_notices import notices_owed
from coding_certs.cli import EXIT_OK, EXIT_USAGE, main

RULES = resources.files("coding_certs").joinpath("data", "rules.toml")
AAPC_FAQ = "https://www.aapc.com/membership/faq.aspx"


def notices(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    """The rows of `coding-certs notices --format csv ARGS`."""
    assert main(["notices", "--format", "csv", *args]) == EXIT_OK
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_aapc_schedule_is_the_published_one() -> None:
    """AAPC: 90, 45 and 15 days before the due date; 1 and 30 after; final notice at 75."""
    book = cc.default_rulebook()
    schedule = book.notices_for(book.issuing_body("AAPC"), dt.date(2026, 1, 1))
    assert [rule.days for rule in schedule] == [-90, -45, -15, 1, 30, 75]
    assert all(AAPC_FAQ in [s.url for s in rule.sources] for rule in schedule)
    assert schedule[-1].title.startswith("final notice")


def test_ahima_points_are_assumptions_in_force_since_2021() -> None:
    """AHIMA publishes no schedule: its equivalent points are assumptions, from 2021 on."""
    book = cc.default_rulebook()
    ahima = book.issuing_body("AHIMA")
    schedule = book.notices_for(ahima, dt.date(2021, 1, 1))
    assert [rule.days for rule in schedule] == [-90, -45, -15, 1, 30, 165]
    assert all("publishes no notice schedule" in " ".join(r.assumptions) for r in schedule)
    assert book.notices_for(ahima, dt.date(2020, 12, 31)) == ()


def test_a_window_of_notices_on_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    """From the demo's day to 2026-03-31: each notice falls on its due date plus its days."""
    rows = notices(capsys, "--demo", "--through", "2026-03-31")
    assert [(r["notice_on"], r["holder_id"], r["body"]) for r in rows] == [
        ("2026-01-28", "E1012", "AHIMA"),
        ("2026-02-13", "E1007", "AAPC"),
        ("2026-02-27", "E1012", "AHIMA"),
        ("2026-03-14", "E1008", "AHIMA"),
        ("2026-03-15", "E1012", "AHIMA"),
    ]
    for row in rows:
        due = dt.date.fromisoformat(row["due"])
        assert dt.date.fromisoformat(row["notice_on"]) == due + dt.timedelta(days=int(row["days"]))
        assert row["remaining"] != "0"


def test_patricia_wells_final_notice(capsys: pytest.CaptureFixture[str]) -> None:
    """75 days after her unmet due date of 2025-11-30, AAPC's final notice: that day only."""
    (row,) = notices(capsys, "--demo", "--as-of", "2026-02-13")
    assert (row["holder_id"], row["notice"], row["due"], row["remaining"]) == (
        "E1007",
        "final notice (15 days before cancellation)",
        "2025-11-30",
        "6",  # 8 short on the due date; the 2 CEUs of 2025-12-05 make up part of it
    )
    assert notices(capsys, "--demo", "--as-of", "2026-02-12") == []
    assert notices(capsys, "--demo", "--as-of", "2026-02-14") == []


def test_a_met_cycle_gets_no_notice(capsys: pytest.CaptureFixture[str]) -> None:
    """Hannah Okafor has met her AHIMA cycle due 2026-02-27: no reminder 15 days before."""
    assert notices(capsys, "--demo", "--as-of", "2026-02-12") == []
    holders, activities = cc.load_demo()
    report = cc.assess_roster(holders, activities, as_of=dt.date(2026, 2, 12))
    (okafor,) = [r for r in report if r.holder.id == "E1005"]
    assert okafor.for_body("AHIMA").current.met


def test_a_later_notice_says_the_standing_of_its_own_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Aisha Johnson is behind on 2026-01-15; the day after her unmet due date she is inactive.

    A notice of a later day counts the CEUs known on --as-of (its remaining is that of
    the cycle it is about) and says the standing the holder has on the notice's own day,
    the one ``assess`` gives on that day from the same log.
    """
    rows = notices(capsys, "--demo", "--through", "2026-03-31")
    by_day = {(r["notice_on"], r["holder_id"]): r for r in rows}
    holders, activities = cc.load_demo()
    (johnson,) = [h for h in holders if h.id == "E1012"]
    for day in ("2026-01-28", "2026-02-27", "2026-03-15"):
        row = by_day[day, "E1012"]
        (ahima,) = [
            a
            for a in cc.assess(johnson, activities, as_of=day).assessments
            if a.body.code == "AHIMA"
        ]
        assert (row["standing"], row["standing_until"]) == (
            ahima.standing.value,
            "" if ahima.standing_until is None else ahima.standing_until.isoformat(),
        )
    assert by_day["2026-01-28", "E1012"]["standing"] == "behind"
    assert by_day["2026-03-15", "E1012"]["standing"] == "inactive"
    assert by_day["2026-03-15", "E1012"]["remaining"] == by_day["2026-01-28", "E1012"]["remaining"]


def test_a_later_notice_counts_only_the_ceus_known_on_as_of() -> None:
    """A CEU dated after --as-of (a course booked ahead) is not counted on a later notice.

    Aisha Johnson's log gains, dated 2026-02-01, enough CEUs for her AHIMA cycle; on
    2026-01-15 they are not completed yet, so the notice of 2026-03-15 still finds her
    inactive, while the whole log assessed on that day finds her cycle met.
    """
    holders, activities = cc.load_demo()
    ahead = cc.CeuActivity(
        completed_on="2026-02-01",
        units="30",
        kind="other",
        title="Booked ahead",
        holder_id="E1012",
        bodies=["AHIMA"],
        categories=["hiim"],
    )
    log = [*activities, ahead]
    book = cc.default_rulebook()
    roster = cc.assess_roster(holders, log, as_of="2026-01-15")
    rows, _ = notices_owed(roster, book, dt.date(2026, 3, 31), log)
    (row,) = [r for r in rows if r["notice_on"] == dt.date(2026, 3, 15)]
    assert (row["holder_id"], row["standing"]) == ("E1012", "inactive")
    (johnson,) = [h for h in holders if h.id == "E1012"]
    later = cc.assess(johnson, log, as_of="2026-03-15").assessments
    # Counted, the booked CEUs meet the cycle due 2026-03-14: her new cycle is on track.
    assert [a.standing.value for a in later if a.body.code == "AHIMA"] == ["on-track"]


def test_a_weekly_run_lists_what_the_daily_runs_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A coder certified during the week (CPC on 2025-11-10, AAPC due 2025-11-30).

    The weekly run from 2025-11-09 lists the 15-day notice of 2025-11-15, as the daily
    run of that day does, though on 2025-11-09 the coder held nothing yet.
    """
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,renewals,credentials\nN1,New Nov,AAPC:2023-11-30,CPC:2025-11-10\n",
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    files = ["--holders", str(roster), "--activities", str(ceus)]
    weekly = notices(capsys, *files, "--as-of", "2025-11-09", "--through", "2025-11-15")
    daily = [
        row
        for day in range(9, 16)
        for row in notices(capsys, *files, "--as-of", f"2025-11-{day:02d}")
    ]
    assert weekly == daily
    assert [(r["notice_on"], r["notice"]) for r in weekly] == [("2025-11-15", "15-day CEU notice")]


def test_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """The table names the sources and assumptions; the JSON carries the window."""
    assert main(["notices", "--demo", "--through", "2026-02-15"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 notices owed from 2026-01-15 to 2026-02-15." in out
    assert AAPC_FAQ in out
    assert "Assumed: " in out
    assert main(["notices", "--demo", "--through", "2026-02-15", "--format", "json"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert (document["from"], document["through"]) == ("2026-01-15", "2026-02-15")
    assert [n["days"] for n in document["notices"]] == [-45, 75]
    assert main(["notices", "--demo"]) == EXIT_OK
    assert "0 notices owed on 2026-01-15." in capsys.readouterr().out


def test_from_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--holders and --activities work as for assess; an AAPC coder 90 days before."""
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,credentials\nE1,Ann,CPC:2020-06-30\n", encoding="utf-8")
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    files = ["--holders", str(roster), "--activities", str(ceus)]
    (row,) = notices(capsys, *files, "--as-of", "2026-04-01")
    assert (row["notice"], row["due"]) == ("90-day CEU notice", "2026-06-30")


def test_a_rule_book_without_notices_sends_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The schedule is data: a rule book without [[notices]] owes no notice."""
    text = RULES.read_text("utf-8")
    start = text.index("\n[[notices]]\n")
    end = text.index("# --- Category minimums")
    path = tmp_path / "rules.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    rows = notices(capsys, "--demo", "--through", "2026-03-31")
    assert len(rows) == 5
    assert main(["--rulebook", str(path), "notices", "--demo", "--through", "2026-03-31"]) == 0
    assert "0 notices owed" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ("days = -90\n", "days = -90.5\n"),
        ("days = -90\n", "days = true\n"),
        ("days = -90\n", "days = -90\nwhen = 1\n"),
    ],
)
def test_a_bad_notice_is_a_rulebook_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], replacement: str, message: str
) -> None:
    """A notice whose days are not a whole number, or with an unknown key, names its entry."""
    text = RULES.read_text("utf-8")
    path = tmp_path / "rules.toml"
    path.write_text(text.replace(replacement, message, 1), encoding="utf-8")
    assert main(["--rulebook", str(path), "notices", "--demo"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "notices[0]" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("days", [True, 1.5, -4000, 4000])
def test_notice_rule_days_are_checked(days: object) -> None:
    """NoticeRule refuses days that are not an int within ten years of the due date."""
    book = cc.default_rulebook()
    with pytest.raises(cc.CodingCertsError, match=r"NoticeRule\.days"):
        cc.NoticeRule(
            body=book.issuing_body("AAPC"),
            name="x",
            title="x",
            days=days,  # type: ignore[arg-type]
            effective_from=dt.date(2020, 1, 1),
        )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--demo", "--through", "2026-01-14"], "--through (2026-01-14) must not be before"),
        (["--demo", "--through", "soon"], "--through must be an ISO date"),
        ([], "name the roster with --holders FILE"),
    ],
)
def test_user_errors(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    """Bad options are one error line; exit 2."""
    assert main(["notices", *args]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert message in captured.err


def test_bad_files_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad roster is reported as by assess, and no notice is listed."""
    roster = tmp_path / "r.csv"
    roster.write_text("id,credentials\nE1,CPC:2025-02-30\n", encoding="utf-8")
    ceus = tmp_path / "c.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    args = ["notices", "--holders", str(roster), "--activities", str(ceus)]
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{roster}, line 2" in captured.err


def test_kept_columns_for_the_mail_merge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--keep-columns carries the manager's e-mail into each notice row, after its own."""
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "Employee ID,name,credentials,Manager\nE1,Ann,CPC:2020-06-30,boss@example.com\n",
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    files = ["--holders", str(roster), "--activities", str(ceus), "--columns", "Employee ID=id"]
    (row,) = notices(capsys, *files, "--as-of", "2026-04-01", "--keep-columns", "manager")
    assert list(row)[-1] == "manager"
    assert (row["holder_id"], row["notice"], row["manager"]) == (
        "E1",
        "90-day CEU notice",
        "boss@example.com",
    )


def test_kept_columns_need_a_roster_file(capsys: pytest.CaptureFixture[str]) -> None:
    """With --demo there is no roster file to keep columns from: one error line."""
    assert main(["notices", "--demo", "--keep-columns", "manager"]) == EXIT_USAGE
    assert "--keep-columns needs the roster's own file" in capsys.readouterr().err
