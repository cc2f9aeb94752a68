"""Rosters naming credentials the rule book does not know: refused by default, or skipped.

``read_holders(..., unknown_credentials="skip")`` and the command's
``--unknown-credentials skip`` read the rest, and list what was skipped (code,
holder, row) in the report and on stderr; a holder with no known credential is
left out, with their CEUs.
"""

from __future__ import annotations

import argparse
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import coding_certs as cc
from coding_certs import _cli_inputs, _skipped
from coding_certs._cli_base import EXIT_OK, EXIT_USAGE
from coding_certs._report_formats import json_text, plain
from coding_certs._report_rows import report_records
from coding_certs.cli import build_parser, main

WIDE = """\
id,name,credentials
E1,Ann,CPC:2019-05-10;XYZ:2020-01-01
E2,Bo,FOO:2020-01-01;BAR:2021-01-01
E3,Cy,CCS:2020-03-15
E4,Di,CPCC:2020-03-15;CPC-A:2024-01-10
"""
LONG = """\
Employee,credential,earned_on
E1,CPC,2019-05-10
E1,XYZ,2020-01-01
E2,FOO,2020-01-01
E3,CCS,2020-03-15
"""
LOG = """\
holder_id,completed_on,units,kind,title
E1,2025-06-01,10,other,Webinar
E2,2025-06-01,5,other,Left out with their holder
E3,2025-06-01,8,other,Seminar
"""
AS_OF = "2025-11-01"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str, status: int = EXIT_OK) -> tuple[str, str]:
    assert main(list(args)) == status
    captured = capsys.readouterr()
    return captured.out, captured.err


def _files(tmp_path: Path) -> tuple[str, str]:
    return str(_write(tmp_path, "team.csv", WIDE)), str(_write(tmp_path, "ceus.csv", LOG))


# --- The reader ----------------------------------------------------------------------------


def test_unknown_codes_are_refused_by_default_each_with_its_row(tmp_path: Path) -> None:
    """By default every unknown code is a problem at its line and column; nothing is loaded."""
    path = _write(tmp_path, "team.csv", WIDE)
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(path)
    found = [(p.line, p.field, p.message.split(";")[0]) for p in caught.value.problems]
    assert found == [
        (2, "credentials[1].credential", "unknown credential code 'XYZ'"),
        (3, "credentials[0].credential", "unknown credential code 'FOO'"),
        (3, "credentials[1].credential", "unknown credential code 'BAR'"),
        (5, "credentials[0].credential", "unknown credential code 'CPCC'"),
    ]


def test_the_readers_hint_names_the_keyword(tmp_path: Path) -> None:
    """The Python reader's error ends with how to go on: the keyword, not the command's option."""
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(_write(tmp_path, "team.csv", WIDE))
    error = caught.value
    assert error.hint == (
        "4 credential codes the rule book does not know (XYZ, FOO, BAR, CPCC): correct them, "
        "or read the roster without them with unknown_credentials='skip'"
    )
    assert str(error).endswith(error.hint)
    assert "--unknown-credentials" not in str(error)
    assert pickle.loads(pickle.dumps(error)).args == error.args  # noqa: S301 -- our own data


def test_other_problems_carry_no_hint(tmp_path: Path) -> None:
    """A file whose only problem is not an unknown code says nothing about skipping."""
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(_write(tmp_path, "team.csv", "id,credentials\nE1,CPC:2019-13-01\n"))
    assert caught.value.hint is None
    assert "skip" not in str(caught.value)


def test_skip_reads_the_rest_and_lists_each_code(tmp_path: Path) -> None:
    """With skip, holders keep their known credentials; each code left aside is listed."""
    holders = cc.read_holders(_write(tmp_path, "team.csv", WIDE), unknown_credentials="skip")
    assert isinstance(holders, cc.Holders)
    assert [(h.id, [c.credential.code for c in h.credentials]) for h in holders] == [
        ("E1", ["CPC"]),
        ("E3", ["CCS"]),
        ("E4", ["CPC"]),
    ]
    assert [
        (s.code, s.holder_id, s.line, s.column, s.holder_left_out) for s in holders.skipped
    ] == [
        ("XYZ", "E1", 2, "credentials[1].credential", False),
        ("FOO", "E2", 3, "credentials[0].credential", True),
        ("BAR", "E2", 3, "credentials[1].credential", True),
        ("CPCC", "E4", 5, "credentials[0].credential", False),
    ]
    assert {s.path.name for s in holders.skipped} == {"team.csv"}


def test_skip_keeps_the_apprentice_designation(tmp_path: Path) -> None:
    """A known apprentice code beside a skipped one is still read as an apprentice's."""
    holders = cc.read_holders(_write(tmp_path, "team.csv", WIDE), unknown_credentials="skip")
    [held] = holders[2].credentials
    assert (held.credential.code, held.apprentice) == ("CPC", True)


def test_a_near_miss_is_skipped_with_its_suggestion(tmp_path: Path) -> None:
    """A mistyped code (CPCC) is skipped with the known codes it is close to."""
    holders = cc.read_holders(_write(tmp_path, "team.csv", WIDE), unknown_credentials="skip")
    mistyped = holders.skipped[-1]
    assert "CPC" in mistyped.suggestions
    assert "did you mean 'CPC'" in str(mistyped)


def test_a_holder_with_no_known_credential_is_left_out(tmp_path: Path) -> None:
    """A holder whose every credential is unknown is left out of the roster, and listed."""
    holders = cc.read_holders(_write(tmp_path, "team.csv", WIDE), unknown_credentials="skip")
    assert "E2" not in {h.id for h in holders}
    assert holders.left_out == frozenset({"E2"})
    assert str(holders.skipped[1]) == (
        f"{tmp_path / 'team.csv'}, line 3, credentials[0].credential: 'FOO' of holder 'E2', "
        "left out: the rule book knows none of their credentials"
    )


def test_a_holder_listed_without_credentials_is_kept(tmp_path: Path) -> None:
    """A holder with no credential at all (none skipped) is read as before, not left out."""
    holders = cc.read_holders(
        _write(tmp_path, "team.csv", "id,credentials\nE1,\n"), unknown_credentials="skip"
    )
    assert [(h.id, h.credentials) for h in holders] == [("E1", ())]
    assert holders.skipped == ()
    assert holders.left_out == frozenset()


def test_skip_in_a_long_roster_names_the_files_columns(tmp_path: Path) -> None:
    """One row per credential: each skipped row is listed, with the file's own column name."""
    path = _write(tmp_path, "team.csv", LONG.replace("credential,", "Cert,", 1))
    holders = cc.read_holders(
        path,
        columns={"Employee": "holder_id", "Cert": "credential"},
        unknown_credentials="skip",
    )
    assert [h.id for h in holders] == ["E1", "E3"]
    assert [
        (s.code, s.holder_id, s.line, s.column, s.holder_left_out) for s in holders.skipped
    ] == [
        ("XYZ", "E1", 3, "Cert", False),
        ("FOO", "E2", 4, "Cert", True),
    ]


def test_skip_in_json_also_a_credential_written_in_full(tmp_path: Path) -> None:
    """JSON codes, and a credential written in full with an unknown code, are skipped."""
    unknown = {**cc.to_dict(cc.CPC), "code": "XYZ"}
    data = [
        {
            "id": "E1",
            "credentials": [
                {"credential": unknown, "earned_on": "2020-01-01"},
                "CCS:2020-01-01",
                "ABC:2020-01-01",
            ],
        }
    ]
    path = _write(tmp_path, "team.json", json.dumps(data))
    holders = cc.read_holders(path, unknown_credentials="skip")
    assert [c.credential.code for c in holders[0].credentials] == ["CCS"]
    assert [(s.code, s.column) for s in holders.skipped] == [
        ("XYZ", "credentials[0].credential"),
        ("ABC", "credentials[2].credential"),
    ]


def test_skip_does_not_hide_other_problems(tmp_path: Path) -> None:
    """A bad date still refuses the file with skip; a skipped code is not reported with it."""
    path = _write(tmp_path, "team.csv", "id,credentials\nE1,XYZ:2020-01-01;CPC:2019-13-01\n")
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(path, unknown_credentials="skip")
    assert [p.field for p in caught.value.problems] == ["credentials[1].earned_on"]
    assert caught.value.hint is None


def test_nothing_skipped_gives_an_empty_list(tmp_path: Path) -> None:
    """A roster of known codes reads the same either way, with nothing skipped."""
    path = _write(tmp_path, "team.csv", "id,credentials\nE1,CPC:2019-05-10\n")
    assert cc.read_holders(path, unknown_credentials="skip") == cc.read_holders(path)
    assert cc.read_holders(path).skipped == ()


@pytest.mark.parametrize("junk", ["ignore", "SKIP", "", None, 1, True, ["skip"], object()])
def test_junk_option_values_are_refused(tmp_path: Path, junk: object) -> None:
    """A value other than 'error' or 'skip' is refused, naming the accepted values."""
    path = _write(tmp_path, "team.csv", WIDE)
    with pytest.raises(cc.InvalidValueError, match="unknown_credentials must be one of") as caught:
        cc.read_holders(path, unknown_credentials=junk)  # type: ignore[arg-type]
    assert "'error', 'skip'" in str(caught.value)


def test_holders_round_trip_through_pickle(tmp_path: Path) -> None:
    """The result pickles with what it skipped; it compares as the tuple of its holders."""
    holders = cc.read_holders(_write(tmp_path, "team.csv", WIDE), unknown_credentials="skip")
    again = pickle.loads(pickle.dumps(holders))  # noqa: S301 -- our own data
    assert again == holders
    assert again.skipped == holders.skipped
    assert holders == tuple(holders)
    assert holders.skipped[0].to_dict() == {
        "code": "XYZ",
        "holder_id": "E1",
        "file": str(tmp_path / "team.csv"),
        "line": 2,
        "column": "credentials[1].credential",
        "suggestions": [],
        "holder_left_out": False,
    }


def test_the_commands_choices_are_the_readers() -> None:
    """The parser's copy of the accepted values (kept light to import) agrees with the reader's."""
    assert _cli_inputs.UNKNOWN_CREDENTIALS == _skipped.UNKNOWN_CREDENTIALS


# --- The command -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["assess", "explain", "notices"])
def test_every_command_that_reads_a_roster_has_the_option(command: str) -> None:
    """assess, explain and notices take --unknown-credentials, default error."""
    parser = build_parser([command])
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub = subcommands.choices[command]
    [option] = [a for a in sub._actions if a.dest == "unknown_credentials"]
    assert (option.default, tuple(option.choices or ())) == ("error", ("error", "skip"))


def test_the_command_refuses_unknown_codes_naming_its_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By default assess fails (status 2) naming every unknown code and row, and the option."""
    roster, log = _files(tmp_path)
    out, err = _run(capsys, "assess", "--holders", roster, "--activities", log, status=EXIT_USAGE)
    assert out == ""
    for line, code in [(2, "XYZ"), (3, "FOO"), (3, "BAR"), (5, "CPCC")]:
        assert f"team.csv, line {line}," in err
        assert f"unknown credential code {code!r}" in err
    assert err.rstrip().endswith("read the roster without them with --unknown-credentials skip")
    assert "unknown_credentials=" not in err


def test_a_junk_value_of_the_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """--unknown-credentials ignore is a usage error listing the accepted values."""
    with pytest.raises(SystemExit) as caught:
        main(["assess", "--holders", "h.csv", "--activities", "a.csv",
              "--unknown-credentials", "ignore"])  # fmt: skip
    assert caught.value.code == EXIT_USAGE
    assert "invalid choice: 'ignore' (choose from 'error', 'skip')" in capsys.readouterr().err


def _assess(tmp_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[str, str]:
    roster, log = _files(tmp_path)
    return _run(
        capsys, "assess", "--holders", roster, "--activities", log, "--as-of", AS_OF,
        "--unknown-credentials", "skip", *options,
    )  # fmt: skip


def _stderr_lists_every_code(err: str) -> None:
    lines = [line for line in err.splitlines() if "skipped an unknown credential" in line]
    assert [line.split(": ", 2)[2].split(",")[1].strip() for line in lines] == [
        "line 2",
        "line 3",
        "line 3",
        "line 5",
    ]
    assert "'FOO' of holder 'E2', left out: the rule book knows none" in err


def test_skip_table_assesses_the_rest_and_lists_the_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table shows the known credentials' rows and lists each skipped code; so does stderr."""
    out, err = _assess(tmp_path, capsys)
    table = out.split("\n\n", 1)[0].splitlines()[2:]
    assert [line.split()[0] for line in table] == ["E1", "E3", "E4"]
    assert "3 holders as of 2025-11-01" in out
    assert "Skipped 4 credential codes the rule book does not know" in out
    assert "line 2, credentials[1].credential: 'XYZ' of holder 'E1'" in out
    assert "'CPCC' of holder 'E4'; did you mean 'CPC'" in out
    _stderr_lists_every_code(err)


def test_skip_json_lists_the_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON report has skipped_credentials: code, holder, file, line, column, left out."""
    out, err = _assess(tmp_path, capsys, "--format", "json")
    document = json.loads(out)
    assert [r["holder_id"] for r in document["records"]] == ["E1", "E3", "E4"]
    assert [
        (s["code"], s["holder_id"], s["line"], s["holder_left_out"])
        for s in document["skipped_credentials"]
    ] == [("XYZ", "E1", 2, False), ("FOO", "E2", 3, True), ("BAR", "E2", 3, True),
          ("CPCC", "E4", 5, False)]  # fmt: skip
    _stderr_lists_every_code(err)


def test_json_without_skip_has_no_skipped_key(capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON report of a run that did not ask to skip is as before."""
    out, _ = _run(capsys, "demo", "--format", "json")
    assert "skipped_credentials" not in json.loads(out)


def test_skip_json_with_nothing_skipped_has_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Asked to skip, the JSON always has the key: empty when every code was known."""
    roster = _write(tmp_path, "team.csv", "id,credentials\nE1,CPC:2019-05-10\n")
    log = _write(tmp_path, "ceus.csv", "holder_id,completed_on,units,kind,title\n")
    out, err = _run(
        capsys, "assess", "--holders", str(roster), "--activities", str(log),
        "--unknown-credentials", "skip", "--format", "json", "--as-of", AS_OF,
    )  # fmt: skip
    assert json.loads(out)["skipped_credentials"] == []
    assert err == ""


def test_skip_html_lists_the_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The page has a 'Skipped credentials' section with each code, holder and row."""
    out, err = _assess(tmp_path, capsys, "--format", "html")
    section = out.split('<section id="skipped">', 1)[1].split("</section>", 1)[0]
    for code, holder, where in [("XYZ", "E1", "line 2"), ("FOO", "E2", "line 3"),
                                ("CPCC", "E4", "line 5")]:  # fmt: skip
        assert f"<td>{code}</td><td>{holder}</td><td>team.csv, {where}," in section
    assert "left out: the rule book knows none of their credentials" in section
    _stderr_lists_every_code(err)


@pytest.mark.parametrize("form", ["csv", "ics"])
def test_skip_csv_and_ics_keep_their_shape_and_say_it_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    """CSV rows and calendar events are the known credentials'; the skipped go to stderr."""
    out, err = _assess(tmp_path, capsys, "--format", form)
    assert "XYZ" not in out
    assert "FOO" not in out
    assert "E2" not in out
    _stderr_lists_every_code(err)


def test_the_left_out_holders_ceus_are_not_unknown_holders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CEUs of a holder left out go with them: not refused as CEUs of no one on the roster."""
    out, _ = _assess(tmp_path, capsys, "--format", "csv", "--unknown-holders", "error")
    assert "E1,Ann,AAPC" in out


@pytest.mark.parametrize("unknown_holders", ["error", "ignore"])
def test_assess_roster_drops_the_ceus_of_holders_left_out_as_the_command_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unknown_holders: str
) -> None:
    """Holders read skipping codes say who was left out: assess_roster drops their CEUs.

    The API's report is the command's, record for record (JSON, skipped codes included),
    with unknown_holders 'error' (E2's CEUs are not strangers) and 'ignore' alike.
    """
    roster, log = _files(tmp_path)
    holders = cc.read_holders(roster, unknown_credentials="skip")
    assert holders.left_out == {"E2"}
    assert "E2" in {a.holder_id for a in cc.read_activities(log)}
    report = cc.assess_roster(
        holders, cc.read_activities(log), as_of=AS_OF, unknown_holders=unknown_holders
    )
    out, _ = _assess(tmp_path, capsys, "--format", "json", "--unknown-holders", unknown_holders)
    records = [plain(record) for record in report_records(report)]
    assert json.loads(out) == json.loads(json_text(report, records, holders.skipped))
    assert {r["holder_id"] for r in records} == {"E1", "E3", "E4"}


def test_ceus_of_strangers_are_still_refused_beside_holders_left_out(tmp_path: Path) -> None:
    """Only the holders the reader left out are dropped: anyone else is still a stranger.

    unknown_holders='error' refuses a mistyped id, naming only it; 'ignore' leaves it out.
    Junk in the log is refused as before, and a Holders of junk cannot be made.
    """
    roster, log = _files(tmp_path)
    holders = cc.read_holders(roster, unknown_credentials="skip")
    activities = [
        *cc.read_activities(log),
        cc.CeuActivity("2025-06-02", "3", "other", "Misfiled", holder_id="E9"),
    ]
    with pytest.raises(cc.InvalidValueError, match="names 1 holder who is not") as refused:
        cc.assess_roster(holders, activities, as_of=AS_OF)
    assert "'E9' (1 activity" in str(refused.value)
    assert "'E2'" not in str(refused.value)
    ignored = cc.assess_roster(holders, activities, as_of=AS_OF, unknown_holders="ignore")
    assert ignored == cc.assess_roster(holders, activities[:-1], as_of=AS_OF)
    # A plain tuple of the same holders says nothing of who was left out: E2 is a stranger.
    with pytest.raises(cc.InvalidValueError, match="'E2' \\(1 activity"):
        cc.assess_roster(tuple(holders), activities[:-1], as_of=AS_OF)
    with pytest.raises(cc.InvalidTypeError, match="activities\\[3\\] must be a CeuActivity"):
        cc.assess_roster(holders, [*activities[:3], "E2"], as_of=AS_OF)  # type: ignore[list-item]
    with pytest.raises(cc.InvalidTypeError, match=r"Holders\.skipped\[0\] must be"):
        cc.Holders(holders, ["E2"])  # type: ignore[list-item]


def test_a_holder_left_out_yet_on_the_roster_keeps_their_ceus(tmp_path: Path) -> None:
    """A Holders that lists as left out someone it holds: their CEUs count (they are there)."""
    roster, log = _files(tmp_path)
    read = cc.read_holders(roster, unknown_credentials="skip")
    holders = cc.Holders([*read, cc.Holder("E2", [("CPC", "2019-05-10")])], read.skipped)
    assert "E2" in holders.left_out
    report = cc.assess_roster(holders, cc.read_activities(log), as_of=AS_OF)
    earned = [r["earned"] for r in report.to_records() if r["holder_id"] == "E2"]
    assert earned == [Decimal(5)]


def test_explain_says_what_was_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Explain lists the holder's own skipped codes (not others'), before the CEUs."""
    roster, log = _files(tmp_path)
    out, _ = _run(
        capsys, "explain", "E1", "--holders", roster, "--activities", log, "--as-of", AS_OF,
        "--unknown-credentials", "skip",
    )  # fmt: skip
    assert "Skipped 1 credential code the rule book does not know" in out
    assert "'XYZ' of holder 'E1'" in out
    assert "FOO" not in out
    assert out.index("Skipped 1") < out.index("AAPC CEUs")


def test_explain_of_a_holder_left_out_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Explain of a holder left out says they were, and which codes on which lines."""
    roster, log = _files(tmp_path)
    _, err = _run(
        capsys, "explain", "E2", "--holders", roster, "--activities", log,
        "--unknown-credentials", "skip", status=EXIT_USAGE,
    )  # fmt: skip
    assert "holder 'E2' was left out of the roster (--unknown-credentials skip)" in err
    assert "'FOO' on line 3; 'BAR' on line 3" in err


def test_notices_list_the_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """notices: the table and the JSON list the skipped codes; the notices are the rest's."""
    roster, log = _files(tmp_path)
    base = ["notices", "--holders", roster, "--activities", log, "--as-of", "2025-01-01",
            "--through", "2026-12-31", "--unknown-credentials", "skip"]  # fmt: skip
    out, err = _run(capsys, *base)
    assert "Skipped 4 credential codes" in out
    _stderr_lists_every_code(err)
    out, _ = _run(capsys, *base, "--format", "json")
    document = json.loads(out)
    assert {n["holder_id"] for n in document["notices"]} <= {"E1", "E3", "E4"}
    assert [s["code"] for s in document["skipped_credentials"]] == ["XYZ", "FOO", "BAR", "CPCC"]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"code": ""}, cc.InvalidValueError),
        ({"code": None}, cc.InvalidTypeError),
        ({"holder_id": 7}, cc.InvalidTypeError),
        ({"path": "team.csv"}, cc.InvalidTypeError),
        ({"line": 0}, cc.InvalidValueError),
        ({"line": True}, cc.InvalidTypeError),
        ({"suggestions": [1]}, cc.InvalidTypeError),
        ({"holder_left_out": "yes"}, cc.InvalidTypeError),
    ],
    ids=str,
)
def test_a_skipped_credential_is_valid_or_refused(change: dict[str, object], error: type) -> None:
    """A SkippedCredential checks its fields at construction; a list of suggestions is a tuple."""
    fields: dict[str, object] = {
        "code": "XYZ", "holder_id": "E1", "path": Path("team.csv"), "line": 2, "column": "c",
    }  # fmt: skip
    assert cc.SkippedCredential(**fields, suggestions=["CPC"]).suggestions == ("CPC",)  # type: ignore[arg-type]
    with pytest.raises(error):
        cc.SkippedCredential(**{**fields, **change})  # type: ignore[arg-type]


def test_a_bad_credential_written_in_full_is_still_a_problem(tmp_path: Path) -> None:
    """Skipping covers unknown codes only: a credential in full that is malformed is refused."""
    bad = {**cc.to_dict(cc.CPC), "title": 5}
    data = [{"id": "E1", "credentials": [{"credential": bad, "earned_on": "2020-01-01"}]}]
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(_write(tmp_path, "team.json", json.dumps(data)), unknown_credentials="skip")
    assert [(p.line, p.field) for p in caught.value.problems] == [(1, "credentials[0].credential")]
    assert caught.value.hint is None


# --- Renewal dates of bodies the rule book does not know: always refused ------------------


def test_a_renewal_of_an_unknown_body_is_refused_by_assess() -> None:
    """Holder(renewals={'APPC': ...}) was silently unused (the cycle assumed from another day).

    assess and assess_roster refuse it, naming the holder, each code (with the closest known
    code) and the known bodies.
    """
    holder = cc.Holder("E1", [("CPC", "2020-01-01")], renewals={"APPC": "2020-03-01"})
    for run in (
        lambda: cc.assess(holder, as_of="2024-07-01"),
        lambda: cc.assess_roster([holder], as_of="2024-07-01"),
    ):
        with pytest.raises(cc.UnknownBodyError) as caught:
            run()
        message = str(caught.value)
        assert message.startswith("holder 'E1': renewals name a body the rule book does not know")
        assert "'APPC' (did you mean 'AAPC'?)" in message
        assert "known: AAPC, ACDIS, AHIMA" in message


def test_renewals_of_known_bodies_still_work() -> None:
    """A renewal date under a known code (any case) is used as before."""
    holder = cc.Holder("E1", [("CPC", "2020-01-01")], renewals={"aapc": "2020-03-01"})
    report = cc.assess(holder, as_of="2024-07-01")
    assert report.for_body("AAPC").due.month == 3


def test_a_renewal_of_a_body_of_another_rule_book_is_refused() -> None:
    """The check is against the rule book used: a body another book knows is unknown here."""
    holder = cc.Holder(
        "E1", [("CPC", "2020-01-01")], renewals={"AAPC": "2020-03-01", "XB": "2020-01-01"}
    )
    with pytest.raises(cc.UnknownBodyError, match="'XB'; known"):
        cc.assess(holder, as_of="2024-07-01")


def test_a_roster_renewal_of_an_unknown_body_is_a_problem_at_its_cell(tmp_path: Path) -> None:
    """In a roster, each unknown body of a renewals cell is a problem at its line and column."""
    path = _write(
        tmp_path,
        "team.csv",
        "id,renewals,credentials\n"
        "E1,APPC:2020-03-01;AHIMA:2020-01-01,CPC:2019-01-01\n"
        "E2,nha:2021-01-01,CBCS:2020-01-01\n"
        "E3,XX:2021-01-01;YY:2021-02-30,CPC:2020-01-01\n",
    )
    for mode in ("error", "skip"):
        with pytest.raises(cc.DataFileError) as caught:
            cc.read_holders(path, unknown_credentials=mode)
        found = [(p.line, p.field) for p in caught.value.problems]
        assert found == [(2, "renewals[APPC]"), (4, "renewals[XX]"), (4, "renewals[YY]"),
                         (4, "renewals[YY]")]  # fmt: skip
        assert "unknown body code 'APPC' (did you mean 'AAPC'?); known: AAPC" in str(caught.value)
        assert caught.value.hint is None


def test_the_command_refuses_a_renewal_of_an_unknown_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Assess exits 2 naming the roster's cell."""
    roster = _write(
        tmp_path, "team.csv", "id,renewals,credentials\nE1,APPC:2020-03-01,CPC:2019-01-01\n"
    )
    log = _write(tmp_path, "ceus.csv", "holder_id,completed_on,units,kind,title\n")
    _, err = _run(capsys, "assess", "--holders", str(roster), "--activities", str(log),
                  status=EXIT_USAGE)  # fmt: skip
    assert "team.csv, line 2, renewals[APPC]: unknown body code 'APPC'" in err
