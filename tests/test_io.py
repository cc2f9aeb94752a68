"""Data in and out: to_dict/from_dict round trips, their errors, and the CSV and JSON readers."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import strategies as cs
from coding_certs._io import VALUE_CLASSES
from ids import stable_id

BOOK = cc.default_rulebook()


def _pick(items_of: Any) -> Any:
    """A strategy of one item from the lists that ``items_of`` finds in a report."""
    return cs.compliance_reports().map(items_of).filter(bool).flatmap(st.sampled_from)


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    cc.Source: cs.sources(),
    cc.IssuingBody: cs.issuing_bodies(),
    cc.Credential: cs.credentials() | cs.shipped_credentials(),
    cc.CeuTier: cs.tier_tables().flatmap(lambda table: st.sampled_from(table.tiers)),
    cc.CeuTierTable: cs.tier_tables(),
    cc.CeuRequirement: cs.requirements(),
    cc.CeuActivity: cs.activities() | cs.activities(holder_id="E1"),
    cc.HeldCredential: cs.held_credentials(),
    cc.Holder: cs.holders(),
    cc.CycleSchedule: cs.cycle_schedules(),
    cc.CeuCycle: cs.ceu_cycles(),
    cc.CycleRule: cs.cycle_rules(),
    cc.LapseRule: cs.lapse_rules(),
    cc.CategoryMinimum: cs.category_minimums(),
    cc.Rejection: _pick(lambda r: [x for a in r.assessments for x in a.rejected]),
    cc.MinimumStatus: _pick(lambda r: [m for a in r.assessments for m in a.current.minimums]),
    cc.CycleAssessment: _pick(
        lambda r: [c for a in r.assessments for c in (a.current, *a.history)]
    ),
    cc.BodyAssessment: _pick(lambda r: list(r.assessments)),
    cc.ComplianceReport: cs.compliance_reports(),
}


def _is_json_data(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json_data(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_json_data(item) for item in value)
    return value is None or type(value) in {str, int, bool}


# --- Round trips ------------------------------------------------------------------------------


def test_every_value_class_has_a_strategy() -> None:
    """The round-trip tests cover every class that to_dict and from_dict take."""
    assert set(STRATEGIES) == set(VALUE_CLASSES)


RESULTS = (
    cc.Rejection,
    cc.MinimumStatus,
    cc.CycleAssessment,
    cc.BodyAssessment,
    cc.ComplianceReport,
)


def _check_round_trips(cls: type[object], value: object) -> None:
    written = cc.to_dict(value)
    back = cc.from_dict(cls, written)
    assert back == value
    assert _is_json_data(written)
    loaded: dict[str, Any] = json.loads(json.dumps(written))
    assert loaded == written
    assert cc.from_dict(cls, loaded) == value


@pytest.mark.parametrize(
    "cls", [c for c in STRATEGIES if c not in RESULTS], ids=lambda cls: cls.__name__
)
@given(data=st.data())
def test_round_trip(cls: type, data: st.DataObject) -> None:
    """from_dict(cls, to_dict(x)) == x, also through json.dumps/loads, for every value class."""
    _check_round_trips(cls, data.draw(STRATEGIES[cls]))


@pytest.mark.parametrize("cls", RESULTS, ids=lambda cls: cls.__name__)
@settings(max_examples=60)
@given(data=st.data())
def test_round_trip_of_results(cls: type, data: st.DataObject) -> None:
    """Assessment results round-trip like values, also through JSON (fewer examples: slow)."""
    _check_round_trips(cls, data.draw(STRATEGIES[cls]))


# --- The shape of to_dict ---------------------------------------------------------------------


def test_activity_to_dict() -> None:
    """Dates are ISO strings, units strings, kinds their values, tag sets sorted lists."""
    activity = cc.CeuActivity(
        "2025-03-01",
        "1.50",
        cc.ActivityKind.APPROVED_EVENT,
        "ICD-10-CM update",
        sponsor="AAPC",
        index_number="AAPC-123",
        categories={"specialty", "auditing"},
        bodies={"AAPC"},
        holder_id="E1",
    )
    assert cc.to_dict(activity) == {
        "completed_on": "2025-03-01",
        "units": "1.50",
        "kind": "approved-event",
        "title": "ICD-10-CM update",
        "sponsor": "AAPC",
        "index_number": "AAPC-123",
        "preapproved": False,
        "certificate": False,
        "categories": ["auditing", "specialty"],
        "bodies": ["AAPC"],
        "holder_id": "E1",
    }


def test_units_are_written_without_exponent() -> None:
    """Units such as Decimal('1E+2') are written as plain digits ('100')."""
    activity = cc.CeuActivity("2025-03-01", Decimal("1E+2"), "other", "x")
    assert cc.to_dict(activity)["units"] == "100"


def test_holder_writes_credentials_as_codes() -> None:
    """A holder's credentials are written as codes with the day each was earned."""
    holder = cc.Holder("E1", [("CPC", "2019-05-10")], name="Ann", aapc_renewal="2025-06-30")
    assert cc.to_dict(holder) == {
        "id": "E1",
        "credentials": [{"credential": "CPC", "earned_on": "2019-05-10"}],
        "name": "Ann",
        "renewals": {"AAPC": "2025-06-30"},
    }


def test_tier_table_cycle_is_months() -> None:
    """A tier table's cycle (a relativedelta) is written as a whole number of months."""
    format_1 = cc.load_rulebook(Path(__file__).parent / "data" / "rules-format1.toml")
    assert cc.to_dict(format_1.tier_table("AAPC", on="2025-01-01"))["cycle"] == 24
    # The shipped book is format 2: its cycle rules give the length, its tables none.
    assert cc.to_dict(cc.tier_table("AAPC", on="2025-01-01"))["cycle"] is None


def test_credential_is_written_in_full() -> None:
    """A credential on its own is written with its body, setting and focus values."""
    written = cc.to_dict(cc.CCS)
    assert written["body"]["code"] == "AHIMA"
    assert (written["setting"], written["focus"]) == ("facility", "inpatient")


def test_results_carry_derived_numbers() -> None:
    """Assessment results are written with earned, remaining, met and standing for readers."""
    holder = cc.Holder("E1", [("CCS", "2024-03-15")])
    report = cc.assess(
        holder, [cc.CeuActivity("2024-05-01", "2", "other", "x")], as_of="2025-01-01"
    )
    written = cc.to_dict(report)
    body = written["assessments"][0]
    assert (written["standing"], written["in_good_standing"]) == ("behind", True)
    assert (body["required"], body["earned"], body["remaining"]) == ("20", "2", "18")
    assert body["due"] == "2026-03-14"
    assert body["current"]["met"] is False
    assert "rulebook" not in written


def test_from_dict_ignores_derived_numbers_and_uses_the_given_rulebook() -> None:
    """Derived keys are ignored when read back; a report's rule book is from_dict's rulebook."""
    holder = cc.Holder("E1", [("CCS", "2024-03-15")])
    report = cc.assess(holder, as_of="2025-01-01")
    written = cc.to_dict(report)
    written["assessments"][0]["earned"] = "999"
    book = cc.load_rulebook(Path(cc.__file__).parent / "data" / "rules.toml")
    back = cc.from_dict(cc.ComplianceReport, written, rulebook=book)
    assert back == report
    assert back.rulebook is book
    assert cc.from_dict(cc.ComplianceReport, written).rulebook is BOOK


# --- from_dict: what it accepts ---------------------------------------------------------------


def test_from_dict_accepts_dates_and_ints() -> None:
    """Dates may be date objects and units ints or Decimals, as well as strings."""
    activity = cc.from_dict(
        cc.CeuActivity,
        {"completed_on": dt.date(2025, 3, 1), "units": 2, "kind": "other", "title": "x"},
    )
    assert (activity.completed_on, activity.units) == (dt.date(2025, 3, 1), Decimal(2))


def test_held_credential_by_code_or_in_full() -> None:
    """A held credential may be given by code (any spelling) or as a full credential object."""
    by_code = cc.from_dict(cc.HeldCredential, {"credential": "cpc h", "earned_on": "2019-05-10"})
    in_full = cc.from_dict(
        cc.HeldCredential, {"credential": cc.to_dict(cc.CPC_H), "earned_on": "2019-05-10"}
    )
    assert by_code == in_full == cc.HeldCredential(cc.CPC_H, "2019-05-10")


# --- from_dict: errors ------------------------------------------------------------------------


def _problems(cls: type, data: dict[str, Any]) -> list[tuple[str | None, str]]:
    with pytest.raises(cc.DataError) as caught:
        cc.from_dict(cls, data)
    assert all(p.path is None and p.line is None for p in caught.value.problems)
    return [(p.field, p.message) for p in caught.value.problems]


def test_from_dict_lists_every_problem_with_its_path() -> None:
    """Every problem is listed at once, each at a path such as $.credentials[2].earned_on."""
    data = {
        "id": 7,
        "credentials": [
            {"credential": "CPC", "earned_on": "2019-05-10"},
            {"credential": "CPX", "earned_on": "2019-05-10"},
            {"credential": "CCS", "earned_on": "2024-02-30"},
            "CCA",
        ],
        "aapc_renewal": 5,
    }
    fields = [field for field, _ in _problems(cc.Holder, data)]
    assert fields == [
        "$.id",
        "$.credentials[1].credential",
        "$.credentials[2].earned_on",
        "$.credentials[3]",
        "$.aapc_renewal",
    ]


def test_from_dict_error_message_names_paths_and_fixes() -> None:
    """The message says what was wrong and what would be accepted, for every problem."""
    with pytest.raises(cc.DataError) as caught:
        cc.from_dict(
            cc.Holder, {"id": "E1", "credentials": [{"credential": "CPX", "earned_on": "x"}]}
        )
    text = str(caught.value)
    assert "cannot build Holder from the data: 2 problems" in text
    assert "$.credentials[0].credential: unknown credential code 'CPX'; did you mean" in text
    assert "$.credentials[0].earned_on: expected an ISO date such as '2025-03-01', got 'x'" in text


@pytest.mark.parametrize(
    ("data", "field", "fragment"),
    [
        ({"units": 1.5}, "$.units", "floats are not exact"),
        ({"units": "abc"}, "$.units", "expected a plain number such as '1.5'"),
        ({"units": "NaN"}, "$.units", "plain number"),
        ({"units": "0"}, "$.units", "must be more than 0"),
        ({"units": "1.555"}, "$.units", "at most two decimal places"),
        ({"units": True}, "$.units", "got bool True"),
        ({"kind": "bogus"}, "$.kind", "'approved-event', 'instruction', 'coursework', 'other'"),
        ({"kind": 3}, "$.kind", "got int 3"),
        ({"title": 3}, "$.title", "expected a string"),
        ({"title": " "}, "$.title", "must not be empty"),
        ({"preapproved": "yes"}, "$.preapproved", "expected true or false"),
        ({"categories": "auditing"}, "$.categories", "expected a list"),
        ({"categories": [1]}, "$.categories[0]", "expected a string"),
        (
            {"completed_on": dt.datetime(2025, 1, 1, tzinfo=dt.UTC)},
            "$.completed_on",
            "ISO date string",
        ),
        ({"completed_on": "2025-02-30"}, "$.completed_on", "ISO date"),
        ({"extra": 1}, "$", "unknown field(s) extra; CeuActivity has: completed_on"),
    ],
)
def test_from_dict_activity_problems(data: dict[str, Any], field: str, fragment: str) -> None:
    """Each bad field of an activity is reported at its path with a message saying why."""
    good = {"completed_on": "2025-03-01", "units": "1", "kind": "other", "title": "x"}
    [(found_field, message)] = _problems(cc.CeuActivity, {**good, **data})
    assert found_field == field
    assert fragment in message


def test_from_dict_reports_missing_fields() -> None:
    """Missing required fields are each reported."""
    assert _problems(cc.Holder, {}) == [
        ("$.id", "required field is missing"),
        ("$.credentials", "required field is missing"),
    ]


def test_from_dict_reports_a_rule_of_the_whole_object() -> None:
    """A rule about the whole object (a credential listed twice) is reported at its path."""
    data = {
        "id": "E1",
        "credentials": [
            {"credential": "CPC", "earned_on": "2019-05-10"},
            {"credential": "CPC", "earned_on": "2020-05-10"},
        ],
    }
    [(field, message)] = _problems(cc.Holder, data)
    assert field == "$"
    assert "lists CPC twice" in message


@pytest.mark.parametrize(
    ("cls", "data", "field"),
    [
        (cc.CeuTierTable, {"cycle": 0}, "$.cycle"),
        (cc.CeuTierTable, {"cycle": "24"}, "$.cycle"),
        (cc.CeuTier, {"min_credentials": "1"}, "$.min_credentials"),
        (cc.Source, {"url": "ftp://x"}, "$.url"),
        (cc.Credential, {"setting": "hospital"}, "$.setting"),
        (cc.Credential, {"renamed_on_confirmed": "no"}, "$.renamed_on_confirmed"),
        (cc.Credential, {"aliases": ["CP", 3]}, "$.aliases[1]"),
        (cc.Credential, {"body": "AAPC"}, "$.body"),
        (cc.HeldCredential, {"credential": 5}, "$.credential"),
        (
            cc.HeldCredential,
            {"credential": {**cc.to_dict(cc.CPC), "title": 1}},
            "$.credential.title",
        ),
    ],
)
def test_from_dict_other_problems(cls: type, data: dict[str, Any], field: str) -> None:
    """Bad values of the other classes are reported at their paths."""
    good = {
        cc.CeuTierTable: cc.to_dict(cc.tier_table("AAPC", on="2025-01-01")),
        cc.CeuTier: {"min_credentials": 1, "max_credentials": None, "units": "36"},
        cc.Source: {"title": "t", "url": None, "supports": "s"},
        cc.Credential: cc.to_dict(cc.CPC),
        cc.HeldCredential: {"credential": "CPC", "earned_on": "2019-05-10"},
    }[cls]
    assert [f for f, _ in _problems(cls, {**good, **data})] == [field]


def test_from_dict_with_another_rulebook() -> None:
    """Credential codes are looked up in the rule book given, which must be a Rulebook."""
    data = {"credential": "CPC", "earned_on": "2019-05-10"}
    assert cc.from_dict(cc.HeldCredential, data, rulebook=BOOK).credential is cc.CPC
    with pytest.raises(cc.InvalidTypeError, match="rulebook must be a Rulebook"):
        cc.from_dict(cc.HeldCredential, data, rulebook="shipped")  # type: ignore[arg-type]


def test_data_error_is_a_value_error_and_pickles() -> None:
    """DataError is an InvalidValueError (so a ValueError) and pickles with its problems."""
    with pytest.raises(ValueError, match="1 problem") as caught:
        cc.from_dict(cc.Source, {"title": "t", "url": None})
    error = caught.value
    assert isinstance(error, cc.DataError)
    assert isinstance(error, cc.InvalidValueError)
    copied = pickle.loads(pickle.dumps(error))  # noqa: S301 -- our own bytes
    assert copied.problems == error.problems
    assert str(copied) == str(error)
    assert error.__context__ is None  # no unpicklable cattrs error chained to it


def test_importing_the_package_does_not_import_cattrs() -> None:
    """The cattrs package is imported by the first to_dict/from_dict, not by the package."""
    code = "import sys, coding_certs; assert 'cattrs' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 -- our own command


# --- Junk -------------------------------------------------------------------------------------

JUNK = [None, "", 0, object(), "💥", 1.5, [], {}]


@pytest.mark.parametrize("junk", JUNK, ids=stable_id)
def test_to_dict_junk(junk: object) -> None:
    """to_dict refuses anything that is not a value object with InvalidTypeError."""
    with pytest.raises(cc.InvalidTypeError, match="to_dict\\(\\) takes a value object"):
        cc.to_dict(junk)


@pytest.mark.parametrize("junk", [*JUNK, dict, cc.Rulebook, cc.Standing], ids=stable_id)
def test_from_dict_junk_class(junk: Any) -> None:
    """from_dict refuses a class that is not a value class with InvalidTypeError."""
    with pytest.raises(cc.InvalidTypeError, match="from_dict\\(\\) takes one of the value"):
        cc.from_dict(junk, {})


@pytest.mark.parametrize("junk", [j for j in JUNK if j != {}], ids=stable_id)
def test_from_dict_junk_data(junk: Any) -> None:
    """from_dict refuses data that is not a mapping with InvalidTypeError, or reports it."""
    with pytest.raises((cc.CodingCertsError, TypeError)):
        cc.from_dict(cc.Holder, junk)


@pytest.mark.parametrize("junk", JUNK, ids=stable_id)
@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda cls: cls.__name__)
def test_from_dict_junk_fields(cls: type, junk: object) -> None:
    """Every field set to junk gives a DataError, never a crash or a half-built object."""
    with pytest.raises(cc.DataError):
        cc.from_dict(cls, {"junk": junk})


@pytest.mark.parametrize("reader", [cc.read_activities, cc.read_holders])
@pytest.mark.parametrize("junk", JUNK, ids=stable_id)
def test_readers_junk(reader: Any, junk: object) -> None:
    """The readers take a path; junk gives InvalidTypeError or a DataFileError."""
    with pytest.raises((cc.CodingCertsError, TypeError)):
        reader(junk)


def test_read_holders_junk_rulebook(tmp_path: Path) -> None:
    """read_holders refuses a rulebook that is not a Rulebook."""
    path = _write(tmp_path, "h.csv", "id,credentials\nE1,CPC:2019-05-10\n")
    with pytest.raises(cc.InvalidTypeError, match="rulebook must be a Rulebook"):
        cc.read_holders(path, rulebook=0)  # type: ignore[arg-type]


# --- Readers: good files ----------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


ACTIVITIES_CSV = """\
holder_id,completed_on,units,kind,title,sponsor,index_number,preapproved,categories,bodies,notes
E1,2024-03-01,1.5,approved-event,ICD-10-CM update,AAPC,AAPC-1,,specialty; auditing,AAPC,ok

E1, 2024-04-01 ,0.25,instruction,"Teaching, with a comma
over two lines",College,,yes,,,
E2,2024-05-01,2,coursework,Anatomy,,,0,hiim,AHIMA;AAPC
"""


def test_read_activities_csv(tmp_path: Path) -> None:
    """A CSV log reads in file order; blank lines and extra columns are ignored, cells trimmed."""
    path = _write(tmp_path, "log.csv", ACTIVITIES_CSV)
    first, second, third = cc.read_activities(path)
    assert first == cc.CeuActivity(
        "2024-03-01",
        "1.5",
        "approved-event",
        "ICD-10-CM update",
        sponsor="AAPC",
        index_number="AAPC-1",
        categories={"specialty", "auditing"},
        bodies={"AAPC"},
        holder_id="E1",
    )
    assert second.title == "Teaching, with a comma\nover two lines"
    assert (second.completed_on, second.units, second.preapproved) == (
        dt.date(2024, 4, 1),
        Decimal("0.25"),
        True,
    )
    assert (third.preapproved, third.bodies, third.sponsor) == (
        False,
        frozenset({"AAPC", "AHIMA"}),
        None,
    )


def test_read_activities_csv_with_bom_and_upper_case_suffix(tmp_path: Path) -> None:
    """A UTF-8 byte-order mark is skipped, header case does not matter, nor the suffix's."""
    text = "\ufeffCompleted_On,Units,Kind,Title\n2024-03-01,1,other,Webinar\n"
    path = _write(tmp_path, "LOG.CSV", text)
    assert cc.read_activities(str(path)) == (cc.CeuActivity("2024-03-01", "1", "other", "Webinar"),)


@pytest.mark.parametrize(("text", "expected"), [("true", True), ("No", False), ("1", True)])
def test_read_activities_csv_flags(tmp_path: Path, text: str, expected: bool) -> None:  # noqa: FBT001 -- parametrized
    """The preapproved column reads true/false, yes/no and 1/0 in any case."""
    path = _write(
        tmp_path,
        "log.csv",
        f"completed_on,units,kind,title,preapproved\n2024-03-01,1,other,x,{text}\n",
    )
    assert cc.read_activities(path)[0].preapproved is expected


def test_read_activities_header_only(tmp_path: Path) -> None:
    """A CSV with a header and no rows is an empty log."""
    path = _write(tmp_path, "log.csv", "completed_on,units,kind,title\n")
    assert cc.read_activities(path) == ()


def test_read_activities_json(tmp_path: Path) -> None:
    """A JSON log is a list of objects; JSON numbers are read exactly, never as floats."""
    data = """[
      {"holder_id": "E1", "completed_on": "2024-03-01", "units": 0.1, "kind": "other",
       "title": "a", "preapproved": true, "categories": ["hiim"], "bodies": "AHIMA", "x": 1},
      {"completed_on": "2024-03-02", "units": 2, "kind": "coursework", "title": "b",
       "preapproved": "yes", "categories": "auditing;specialty", "sponsor": null},
      {"completed_on": "2024-03-03", "units": "1.25", "kind": "other", "title": "c",
       "preapproved": 0, "index_number": ""}
    ]"""
    first, second, third = cc.read_activities(_write(tmp_path, "log.json", data))
    assert (first.units, first.preapproved, first.categories, first.bodies) == (
        Decimal("0.1"),
        True,
        frozenset({"hiim"}),
        frozenset({"AHIMA"}),
    )
    assert (second.units, second.preapproved, second.categories) == (
        Decimal(2),
        True,
        frozenset({"auditing", "specialty"}),
    )
    assert (third.units, third.preapproved, third.index_number) == (Decimal("1.25"), False, None)


def test_read_activities_json_empty_list(tmp_path: Path) -> None:
    """An empty JSON list is an empty log."""
    assert cc.read_activities(_write(tmp_path, "log.json", "[ ]")) == ()


def test_read_activities_json_of_to_dict(tmp_path: Path) -> None:
    """A JSON file of to_dict() outputs reads back the same activities."""
    activities = [
        cc.CeuActivity("2024-03-01", "1.5", "approved-event", "x", index_number="A-1"),
        cc.CeuActivity("2024-03-02", "2", "coursework", "y", categories={"hiim"}),
    ]
    path = _write(tmp_path, "log.json", json.dumps([cc.to_dict(a) for a in activities]))
    assert cc.read_activities(path) == tuple(activities)


HOLDERS_CSV = """\
id,name,aapc_renewal,credentials,team
E1,Ann Lee,2025-06-30,CPC:2019-05-10;CCS:2024-03-15,north
E2,,,CCA:2023-01-02;,south
E3,Bo,,,
"""


def test_read_holders_csv(tmp_path: Path) -> None:
    """A CSV roster reads credentials as CODE:DATE;CODE:DATE; empty cells take the defaults."""
    ann, second, third = cc.read_holders(_write(tmp_path, "team.csv", HOLDERS_CSV))
    assert ann == cc.Holder(
        "E1",
        [("CPC", "2019-05-10"), ("CCS", "2024-03-15")],
        name="Ann Lee",
        aapc_renewal="2025-06-30",
    )
    assert second == cc.Holder("E2", [("CCA", "2023-01-02")])
    assert third == cc.Holder("E3", [], name="Bo")


def test_read_holders_json(tmp_path: Path) -> None:
    """JSON credentials may be text, {code, earned_on}, to_dict's shape or 'CODE:DATE' items."""
    data = json.dumps(
        [
            {"id": "E1", "credentials": "CPC:2019-05-10;CCS:2024-03-15", "name": "Ann"},
            {"id": "E2", "credentials": [{"code": "CPC", "earned_on": "2019-05-10"}]},
            cc.to_dict(cc.Holder("E3", [("CCS", "2024-03-15")], aapc_renewal="2025-01-31")),
            {"id": "E4", "credentials": ["CCA:2023-01-02"], "aapc_renewal": ""},
        ]
    )
    holders = cc.read_holders(_write(tmp_path, "team.json", data), rulebook=BOOK)
    assert [h.id for h in holders] == ["E1", "E2", "E3", "E4"]
    assert holders[1].credentials == (cc.HeldCredential(cc.CPC, "2019-05-10"),)
    assert holders[2].aapc_renewal == dt.date(2025, 1, 31)
    assert holders[3].credentials[0].credential is cc.CCA


# --- Readers: bad files -----------------------------------------------------------------------


def _file_problems(reader: Any, path: Path) -> list[tuple[int | None, str | None]]:
    with pytest.raises(cc.DataFileError) as caught:
        reader(path)
    error = caught.value
    assert error.path == path
    assert all(p.path == path for p in error.problems)
    for problem in error.problems:
        assert str(problem) in str(error)
    return [(p.line, p.field) for p in error.problems]


BAD_ACTIVITIES_CSV = """\
completed_on,units,kind,title,preapproved,categories
2024-03-01,1,other,good row,,
2024-13-01,0,bogus,,maybe,
2024-03-01,1.555,other,x,,
2024-03-01,abc,other,x,,

2024-03-01,-1,other,x,,
2024-03-01,1,other,,,
2024-03-01,1001,other,x,,
2024-03-01,1,other,"multi
line",perhaps,
2024-03-01
"""


def test_read_activities_reports_every_bad_row(tmp_path: Path) -> None:
    """Every bad row of a CSV log is reported at once, with its line and field; nothing loads."""
    path = _write(tmp_path, "log.csv", BAD_ACTIVITIES_CSV)
    assert _file_problems(cc.read_activities, path) == [
        (3, "completed_on"),
        (3, "units"),
        (3, "kind"),
        (3, "title"),
        (3, "preapproved"),
        (4, "units"),
        (5, "units"),
        (7, "units"),
        (8, "title"),
        (9, "units"),
        (10, "preapproved"),
        (12, "units"),
        (12, "kind"),
        (12, "title"),
    ]


def test_read_activities_error_text(tmp_path: Path) -> None:
    """The error names the file, the count, and each problem's line, field and fix."""
    path = _write(tmp_path, "log.csv", BAD_ACTIVITIES_CSV)
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: 14 problems; nothing was loaded\n")
    assert f"{path}, line 3, kind: expected approved-event, instruction, coursework or" in text
    assert f"{path}, line 10, preapproved: expected yes or no (Y/N, yes/no" in text
    assert "ActivityKind" not in text


def test_read_activities_json_reports_every_bad_object(tmp_path: Path) -> None:
    """Every bad object of a JSON log is reported with the line it starts on."""
    data = """[
  {"completed_on": "2024-03-01", "units": 1, "kind": "other", "title": "ok"},
  {"completed_on": "2024-03-01", "units": 1.555, "kind": "other"},
  5,
  {"completed_on": "2024-03-01", "units": true, "kind": "other", "title": "x",
   "categories": 3, "preapproved": [1]}, {"completed_on": "2024-03-01", "units": "2",
   "kind": "other", "title": "x", "bodies": ["AAPC", 7]}
]"""
    path = _write(tmp_path, "log.json", data)
    assert _file_problems(cc.read_activities, path) == [
        (3, "units"),
        (3, "title"),
        (4, None),
        (5, "units"),
        (5, "preapproved"),
        (5, "categories"),
        (6, "bodies"),
    ]


BAD_HOLDERS_CSV = """\
id,name,credentials
E1,Ann,CPC:2019-05-10
E2,,CPX:2019-05-10;CCS:2024-02-30
E3,,CPC
E1,Again,CCS:2024-03-15
E4,,CPC:2019-05-10;CPC:2020-01-01
,,CPC:2019-05-10
"""


def test_read_holders_reports_every_bad_row(tmp_path: Path) -> None:
    """Bad credentials, repeated ids and missing ids are all reported, in line order."""
    path = _write(tmp_path, "team.csv", BAD_HOLDERS_CSV)
    assert _file_problems(cc.read_holders, path) == [
        (3, "credentials[0].credential"),
        (3, "credentials[1].earned_on"),
        (4, "credentials"),
        (5, "id"),
        (6, None),
        (7, "id"),
    ]


def test_read_holders_json_bad_credentials(tmp_path: Path) -> None:
    """A JSON roster with credentials of the wrong shape is reported per holder."""
    data = json.dumps(
        [
            {"id": "E1", "credentials": 5},
            {"id": "E2", "credentials": [{"code": "CPC"}]},
            {"id": "E2", "credentials": []},
        ]
    )
    path = _write(tmp_path, "team.json", data)
    assert _file_problems(cc.read_holders, path) == [
        (1, "credentials"),
        (1, "credentials[0].earned_on"),
        (1, "id"),
    ]


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        ("log.csv", "", "the file is empty; expected a header line"),
        ("log.csv", "\n  \n", "the file is empty"),
        ("log.json", "", "the file is empty; expected a JSON list of objects"),
        ("log.csv", "completed_on,title\n", "missing required column(s) units, kind"),
        ("log.csv", "completed_on,units,kind,title,units\n", "column(s) units named twice"),
        ("log.json", '{"completed_on": "2024-01-01"}', "expected a JSON list of objects"),
        ("log.json", '[\n  {"units": 1,}\n]', "not valid JSON"),
        ("log.txt", "completed_on,units,kind,title\n", "unsupported file type '.txt'"),
        ("log", "completed_on,units,kind,title\n", "unsupported file type '(no suffix)'"),
    ],
)
def test_read_activities_bad_files(tmp_path: Path, name: str, text: str, fragment: str) -> None:
    """A file that cannot be read as a log gives one clear problem."""
    path = _write(tmp_path, name, text)
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path)
    [problem] = caught.value.problems
    assert fragment in problem.message


def test_read_activities_invalid_json_names_the_line(tmp_path: Path) -> None:
    """Invalid JSON is reported at the line of the error."""
    path = _write(tmp_path, "log.json", '[\n  {"units": 1,}\n]')
    assert _file_problems(cc.read_activities, path) == [(2, None)]


def test_read_activities_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 is reported with the line of the first bad byte."""
    path = _write(
        tmp_path, "log.csv", "completed_on,units,kind,title\n2024-03-01,1,other,Café\n", "latin-1"
    )
    with pytest.raises(cc.DataFileError, match="not UTF-8 text: byte 0xe9") as caught:
        cc.read_activities(path)
    assert caught.value.problems[0].line == 2


def test_read_activities_missing_file(tmp_path: Path) -> None:
    """A missing file is a DataFileError naming the file."""
    path = tmp_path / "nope.csv"
    with pytest.raises(cc.DataFileError, match="cannot read the file") as caught:
        cc.read_activities(path)
    assert caught.value.path == path
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_read_activities_csv_error(tmp_path: Path) -> None:
    """A row the csv module cannot parse (a field over its size limit) is reported at its line."""
    path = _write(tmp_path, "log.csv", "completed_on,units,kind,title\n" + "x" * 200_000 + "\n")
    [problem] = _file_problems(cc.read_activities, path)
    assert problem == (2, None)


def test_read_holders_pickles_its_error(tmp_path: Path) -> None:
    """A DataFileError pickles with its path and problems."""
    path = _write(tmp_path, "team.csv", BAD_HOLDERS_CSV)
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(path)
    copied = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 -- our own bytes
    assert (copied.path, copied.problems, str(copied)) == (
        caught.value.path,
        caught.value.problems,
        str(caught.value),
    )


def test_data_problem_text() -> None:
    """A problem reads as 'file, line N, field: message', leaving out what it does not know."""
    assert str(cc.DataProblem(Path("a.csv"), 3, "units", "bad")) == "a.csv, line 3, units: bad"
    assert str(cc.DataProblem(None, None, None, "bad")) == "bad"


def test_a_semicolon_separated_csv_gets_a_hint(tmp_path: Path) -> None:
    """A CSV saved with ';' or tabs reads as one column; the error says what to check."""
    path = tmp_path / "ceus.csv"
    path.write_text("completed_on;units;kind;title\n2025-01-01;1;other;Webinar\n", encoding="utf-8")
    with pytest.raises(cc.DataFileError, match="separated by ';' or tabs"):
        cc.read_activities(path)


def test_json_rows_are_numbered_by_the_line_they_start_on(tmp_path: Path) -> None:
    """In a JSON log, a bad element is reported at the line where it begins."""
    path = tmp_path / "ceus.json"
    good = '{"completed_on": "2025-01-01", "units": "1", "kind": "other", "title": "A"}'
    bad = '{"completed_on": "2025-02-30", "units": "1", "kind": "other", "title": "B"}'
    path.write_text(f"[\n  {good},\n\n  {good},\n  {bad}\n]\n", encoding="utf-8")
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(5, "completed_on")]


# --- Defects found by the adversarial run (issue 10) ------------------------------------------


def test_an_unclosed_quote_does_not_swallow_later_rows(tmp_path: Path) -> None:
    """A cell that opens a quote and never closes it is an error at its line, not one activity."""
    path = _write(
        tmp_path,
        "log.csv",
        'completed_on,units,kind,title\n2024-01-01,1,other,"Unclosed\n'
        "2024-01-02,1,other,B\n2024-01-03,1,other,C\n",
    )
    with pytest.raises(cc.DataFileError, match="never closed") as caught:
        cc.read_activities(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, None)]


def test_a_quote_closed_rows_later_is_an_error(tmp_path: Path) -> None:
    """A quote closed only on a later row takes in whole rows: reported, never read as one."""
    path = _write(
        tmp_path,
        "log.csv",
        'completed_on,units,kind,title\n2024-01-01,1,other,"Opened\n'
        '2024-01-02,1,other,Closed"\n2024-01-03,1,other,C\n',
    )
    with pytest.raises(cc.DataFileError, match="runs from line 2 to line 3") as caught:
        cc.read_activities(path)
    assert [p.line for p in caught.value.problems] == [2]


def test_text_after_a_closing_quote_is_an_error(tmp_path: Path) -> None:
    """A quoted cell that goes on after its closing quote is reported with the fix."""
    path = _write(tmp_path, "log.csv", 'completed_on,units,kind,title\n2024-01-01,1,other,"A" B\n')
    with pytest.raises(cc.DataFileError, match='is written twice \\(""\\)'):
        cc.read_activities(path)


def test_a_row_with_more_cells_than_the_header_is_an_error(tmp_path: Path) -> None:
    """An unquoted comma would cut a title short: the row is reported, not read in part."""
    path = _write(
        tmp_path, "log.csv", "completed_on,units,kind,title\n2024-01-01,1,other,Coding, part 2\n"
    )
    with pytest.raises(cc.DataFileError, match="5 cells but the header names 4") as caught:
        cc.read_activities(path)
    assert [p.line for p in caught.value.problems] == [2]


def test_empty_trailing_cells_are_allowed(tmp_path: Path) -> None:
    """Trailing empty cells (as spreadsheets write them) are not extra cells."""
    path = _write(tmp_path, "log.csv", "completed_on,units,kind,title\n2024-01-01,1,other,A,,\n")
    assert cc.read_activities(path)[0].title == "A"


def test_every_row_of_a_file_is_one_record_or_a_problem(tmp_path: Path) -> None:
    """The reader returns as many activities as the file has rows, or raises."""
    rows = [f'2024-01-0{day},1,other,"Title {day}, with ""quotes"""' for day in range(1, 8)]
    path = _write(tmp_path, "log.csv", "completed_on,units,kind,title\n" + "\n".join(rows))
    assert len(cc.read_activities(path)) == len(rows)


@pytest.mark.parametrize("units", ["1_5", "1e1", "1E+1", "١٥", "0x10", "Infinity", "1.5.0", "+"])
def test_units_must_be_a_plain_number(tmp_path: Path, units: str) -> None:
    """Units in a file are plain decimal numbers: '1_5' is not 15, '1e1' is not 10."""
    path = _write(
        tmp_path, "log.csv", f"completed_on,units,kind,title\n2024-01-01,{units},other,A\n"
    )
    with pytest.raises(cc.DataFileError, match=r"expected a plain number such as 1\.5") as caught:
        cc.read_activities(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, "units")]


def test_from_dict_units_must_be_a_plain_number() -> None:
    """from_dict reads decimal strings the same way: '1_5' is refused."""
    data = {"completed_on": "2025-03-01", "units": "1_5", "kind": "other", "title": "x"}
    [(field, message)] = _problems(cc.CeuActivity, data)
    assert (field, "plain number" in message) == ("$.units", True)


@pytest.mark.parametrize(
    "number",
    ["1e999999999", "1e-999999999", "1e99999999999999999999", "9" * 5000, "9" * 5000 + ".5", "1E2"],
    ids=["huge-exponent", "tiny-exponent", "decimal-overflow", "5000-digits", "long-float", "1E2"],
)
def test_json_numbers_that_are_not_plain(tmp_path: Path, number: str) -> None:
    """Exponents and numbers of thousands of digits are a DataFileError naming the file and line."""
    text = f'[\n{{"completed_on": "2024-01-01", "units": {number}, "kind": "other", "title": "x"}}]'
    path = _write(tmp_path, "log.json", text)
    with pytest.raises(cc.DataFileError, match="not a plain number") as caught:
        cc.read_activities(path)
    assert caught.value.path == path
    assert [p.line for p in caught.value.problems] == [2]
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize(
    "text", ["[" * 100_000 + "]" * 100_000, '[{"a": ' + "[" * 5000 + "]" * 5000 + "}]"]
)
def test_deeply_nested_json(tmp_path: Path, text: str) -> None:
    """Deeply nested JSON is a DataFileError, never a RecursionError."""
    path = _write(tmp_path, "log.json", text)
    with pytest.raises(cc.DataFileError, match="nested too deeply"):
        cc.read_activities(path)


def test_a_credential_unlike_the_rule_books_is_refused_with_its_line(tmp_path: Path) -> None:
    """A credential written in full that differs from the rule book's is refused where it is."""
    changed = {**cc.to_dict(cc.CPC), "title": "Not the CPC"}
    data = [
        {
            "id": "E1",
            "credentials": [{"credential": cc.to_dict(cc.CPC), "earned_on": "2020-01-01"}],
        },
        {"id": "E2", "credentials": [{"credential": changed, "earned_on": "2020-01-01"}]},
    ]
    path = _write(tmp_path, "team.json", "[\n" + ",\n".join(map(json.dumps, data)) + "\n]")
    with pytest.raises(cc.DataFileError, match="differs from the rule book's CPC") as caught:
        cc.read_holders(path)
    [problem] = caught.value.problems
    assert (problem.line, problem.field) == (3, "credentials[0].credential")


def test_json_roster_ids_are_trimmed_like_activity_ids(tmp_path: Path) -> None:
    """A JSON roster's ids and names are trimmed, as CSV cells and activity ids are."""
    roster = _write(
        tmp_path, "team.json", json.dumps([{"id": " E1 ", "name": " Ann ", "credentials": []}])
    )
    log = _write(
        tmp_path,
        "log.json",
        json.dumps(
            [
                {
                    "holder_id": " E1 ",
                    "completed_on": "2024-01-01",
                    "units": "1",
                    "kind": "other",
                    "title": " A ",
                }
            ]
        ),
    )
    [holder] = cc.read_holders(roster)
    [activity] = cc.read_activities(log)
    assert (holder.id, holder.name) == ("E1", "Ann")
    assert (activity.holder_id, activity.title) == ("E1", "A")
    with pytest.raises(cc.DataFileError, match="already used on line 1"):
        cc.read_holders(
            _write(
                tmp_path,
                "twice.json",
                '[{"id": "E1", "credentials": []},\n{"id": "E1 ", "credentials": []}]',
            )
        )


def test_a_credential_in_full_with_an_unknown_code(tmp_path: Path) -> None:
    """A credential written in full whose code the rule book does not know is refused."""
    unknown = {**cc.to_dict(cc.CPC), "code": "XYZ"}
    path = _write(
        tmp_path,
        "team.json",
        json.dumps(
            [{"id": "E1", "credentials": [{"credential": unknown, "earned_on": "2020-01-01"}]}]
        ),
    )
    with pytest.raises(cc.DataFileError, match="unknown credential code 'XYZ'") as caught:
        cc.read_holders(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(1, "credentials[0].credential")]


def test_a_missing_json_file(tmp_path: Path) -> None:
    """A missing JSON file is a DataFileError naming the file."""
    with pytest.raises(cc.DataFileError, match="cannot read the file"):
        cc.read_holders(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        (
            "name,team",
            (
                "missing required column(s) id, the credentials (either credentials: "
                "CODE:YYYY-MM-DD;..., one row per holder; or credential and earned_on, one row "
                "per holder and credential); map the file's own names"
            ),
        ),
        (
            "id,name",
            (
                "missing required column(s) the credentials (either credentials: "
                "CODE:YYYY-MM-DD;..., one row per holder; or credential and earned_on, one row "
                "per holder and credential); map"
            ),
        ),
        ("name,credentials", "missing required column(s) id; map"),
        ("name,credential,earned_on", "missing required column(s) id; map"),
    ],
)
def test_a_roster_without_its_columns_says_which(tmp_path: Path, header: str, missing: str) -> None:
    """The message names each missing column once, and both forms of the credentials."""
    path = _write(tmp_path, "team.csv", header + "\n")
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_holders(path)
    assert missing in str(caught.value)
    assert "credentials and either" not in str(caught.value)


# --- Bodies the rule book does not know --------------------------------------------------------

NHA_RULES = Path(__file__).resolve().parent.parent / "docs" / "examples" / "nha-rules.toml"
UNKNOWN_BODIES_CSV = """\
holder_id,completed_on,units,kind,title,Reported to
E1,2024-03-01,1,other,Known,aapc
E1,2024-03-02,1,other,Mistyped,APPC
E1,2024-03-03,1,other,Two unknown and one known,XB;AHIMA;ZZ
E1,2024-03-04,1,other,Every body,
"""


def test_read_activities_refuses_a_body_the_rule_book_does_not_know(tmp_path: Path) -> None:
    """A body code the shipped book lacks is a problem at its line and (the file's) column.

    The message names each unknown code (with the closest known one), lists the bodies the
    rule book knows and what would be accepted; the error says how to read with one's own.
    """
    path = _write(tmp_path, "log.csv", UNKNOWN_BODIES_CSV)
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path, columns={"Reported to": "bodies"})
    known = ", ".join(sorted(body.code for body in BOOK.bodies))
    fix = f"known: {known}; leave the cell empty to report the activity to every body"
    assert [(p.line, p.field, p.message) for p in caught.value.problems] == [
        (
            3,
            "Reported to",
            f"unknown body code 'APPC' (did you mean 'AAPC'?); {fix}",
        ),
        (4, "Reported to", f"unknown body codes 'XB', 'ZZ'; {fix}"),
    ]
    assert caught.value.hint is not None
    assert "shipped rule book" in caught.value.hint
    assert "rulebook=" in caught.value.hint
    assert str(caught.value).endswith(caught.value.hint)
    assert "CellProblem" not in str(caught.value)


def _own_body_book(tmp_path: Path) -> cc.Rulebook:
    """The NHA example book with its body renamed XNHA: a body the shipped book lacks."""
    text = NHA_RULES.read_text(encoding="utf-8").replace('"NHA"', '"XNHA"')
    (tmp_path / "own.toml").write_text(text, encoding="utf-8")
    return cc.load_rulebook(tmp_path / "own.toml")


def test_read_activities_checks_bodies_against_the_rule_book_given(tmp_path: Path) -> None:
    """With rulebook=, the bodies are that book's, not the shipped one's.

    Its own body (unknown to the shipped book) is read; AAPC (known to the shipped book
    only) is refused, listing the book's bodies, with no hint about the shipped book.
    """
    book = _own_body_book(tmp_path)
    assert {body.code for body in book.bodies} == {"XNHA"}
    path = _write(
        tmp_path,
        "log.csv",
        "holder_id,completed_on,units,kind,title,bodies\n"
        "N1,2024-03-01,1,other,Billing,xnha\n"
        "N1,2024-03-02,1,other,Coding,AAPC\n",
    )
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path, rulebook=book)
    assert [(p.line, p.field, p.message.split(";")[:2]) for p in caught.value.problems] == [
        (3, "bodies", ["unknown body code 'AAPC'", " known: XNHA"])
    ]
    assert caught.value.hint is None
    good = _write(tmp_path, "good.csv", "".join(path.read_text().splitlines(keepends=True)[:2]))
    [activity] = cc.read_activities(good, rulebook=book)
    assert activity.bodies == frozenset({"XNHA"})
    with pytest.raises(cc.DataFileError, match="unknown body code 'XNHA'"):
        cc.read_activities(good)  # the shipped book does not know it


def test_read_activities_json_refuses_an_unknown_body(tmp_path: Path) -> None:
    """A JSON log's bodies list is checked as a CSV cell is, at the line its object starts on."""
    data = [
        {"completed_on": "2024-03-01", "units": 1, "kind": "other", "title": "A", "bodies": []},
        {"completed_on": "2024-03-02", "units": 1, "kind": "other", "title": "B",
         "bodies": ["AHIMA", "APPC"]},
    ]  # fmt: skip
    path = _write(tmp_path, "log.json", "[\n" + ",\n".join(json.dumps(d) for d in data) + "\n]\n")
    with pytest.raises(cc.DataFileError) as caught:
        cc.read_activities(path)
    [problem] = caught.value.problems
    assert (problem.line, problem.field) == (3, "bodies")
    assert problem.message.startswith("unknown body code 'APPC' (did you mean 'AAPC'?); known: ")


def test_read_activities_junk_rulebook(tmp_path: Path) -> None:
    """read_activities refuses a rulebook that is not a Rulebook, naming what it got."""
    path = _write(tmp_path, "a.csv", "completed_on,units,kind,title\n2024-03-01,1,other,A\n")
    with pytest.raises(cc.InvalidTypeError, match="rulebook must be a Rulebook or None, got str"):
        cc.read_activities(path, rulebook="rules.toml")  # type: ignore[arg-type]
