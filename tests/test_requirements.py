"""ceu_requirements(): the CEUs due per cycle for a set of credentials, body by body."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from importlib import resources
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coding_certs as cc
from coding_certs import _requirements as requirements_module
from coding_certs._requirements import requirement_for_body
from ids import stable_id
from strategies import days_with_rules, rulebooks_with_one_table, shipped_credentials

TODAY_RULES = "2025-06-01"
AAPC_CODES = ["CPC", "CPC-P", "CIC", "COC"]


def units(requirements: tuple[cc.CeuRequirement, ...]) -> dict[str, Decimal]:
    """The units of each body's requirement, by body code."""
    return {r.body.code: r.units for r in requirements}


# --- Every published number --------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "old", "current"), [(1, 36, 36), (2, 48, 40), (3, 60, 44), (4, 72, 48)]
)
def test_aapc_units_by_count_in_both_editions(count: int, old: int, current: int) -> None:
    """AAPC's older edition asks 36/48/60/72 and the current one 36/40/44/48 for 1-4 credentials."""
    held = AAPC_CODES[:count]
    assert units(cc.ceu_requirements(held, on="2013-01-01")) == {"AAPC": old}
    assert units(cc.ceu_requirements(held, on=TODAY_RULES)) == {"AAPC": current}


def test_aapc_five_or_more() -> None:
    """Five or more AAPC credentials: 80 in the older edition, 52 in the current one."""
    held = [c for c in cc.credentials("AAPC") if not c.is_renamed]
    assert len(held) >= 5
    assert units(cc.ceu_requirements(held, editions=["aapc-2012"])) == {"AAPC": 80}
    assert units(cc.ceu_requirements(held, editions=["aapc-2015"])) == {"AAPC": 52}


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        (["CCS"], 20),
        (["CCA"], 20),
        (["CCS-P"], 20),
        (["CCS", "CCS-P"], 30),
        (["CCA", "CCS", "CCS-P"], 40),
    ],
)
def test_ahima_units(held: list[str], expected: int) -> None:
    """AHIMA: 20 for one coding credential, 10 more for each additional (CCS + CCS-P = 30)."""
    assert units(cc.ceu_requirements(held, on=TODAY_RULES)) == {"AHIMA": expected}


def test_cpc_and_ccs_are_counted_per_body() -> None:
    """CPC + CCS is 36 AAPC CEUs and 20 AHIMA CEUs, not one pooled tier of two."""
    assert units(cc.ceu_requirements(["CPC", "CCS"], on=TODAY_RULES)) == {"AAPC": 36, "AHIMA": 20}


def test_issue_example_today() -> None:
    """['CPC', 'CPC-H', 'CCS'] gives AAPC 40 and AHIMA 20 today."""
    assert units(cc.ceu_requirements(["CPC", "CPC-H", "CCS"])) == {"AAPC": 40, "AHIMA": 20}


def test_issue_example_2012() -> None:
    """['CPC', 'CPC-H', 'CCS'] gives AAPC 48 on 2012-10-01, under the older edition."""
    found = cc.ceu_requirements(["CPC", "CPC-H", "CCS"], on=dt.date(2012, 10, 1))
    assert units(found) == {"AAPC": 48, "AHIMA": 20}


@pytest.mark.parametrize(("day", "expected"), [("2015-08-30", 48), ("2015-08-31", 40)])
def test_aapc_cutover(day: str, expected: int) -> None:
    """Two AAPC credentials owe 48 the day before the cutover and 40 on the day."""
    assert units(cc.ceu_requirements(["CPC", "CIC"], on=day)) == {"AAPC": expected}


@pytest.mark.parametrize(
    ("day", "edition"), [("2018-12-31", "ahima-assumed-2008"), ("2019-01-01", "ahima-2019")]
)
def test_ahima_cutover(day: str, edition: str) -> None:
    """AHIMA's requirement uses the assumed edition until 2018-12-31 and the 2019 one after."""
    (ahima,) = cc.ceu_requirements(["CCS"], on=day)
    assert (ahima.table.edition, ahima.units) == (edition, Decimal(20))


# --- Renamed credentials ----------------------------------------------------------------


def test_cpc_h_and_coc_count_once() -> None:
    """CPC-H and COC held together are one credential: 36, not the two-credential tier."""
    (aapc,) = cc.ceu_requirements(["CPC-H", "COC"], on=TODAY_RULES)
    assert (aapc.units, aapc.count, aapc.counted) == (Decimal(36), 1, (cc.COC,))


def test_renamed_credential_is_listed_as_given() -> None:
    """The requirement lists the credentials as given, and counts their current forms."""
    (aapc,) = cc.ceu_requirements(["CPC-H", "CPC"], on=TODAY_RULES)
    assert aapc.credentials == (cc.CPC, cc.CPC_H)
    assert aapc.counted == (cc.COC, cc.CPC)


def test_explain_says_renamed_counts_once() -> None:
    """The explanation says that a renamed credential counts as its successor."""
    (aapc,) = cc.ceu_requirements(["CPC-H", "COC"], on=TODAY_RULES)
    assert "CPC-H counts as COC (renamed)" in aapc.explain()


# --- Shape of the result ------------------------------------------------------------------


def test_one_requirement_per_body_sorted() -> None:
    """One requirement per body, sorted by body code."""
    found = cc.ceu_requirements(["CCS", "CPC"], on=TODAY_RULES)
    assert [r.body for r in found] == [cc.AAPC, cc.AHIMA]


def test_no_credentials_no_requirements() -> None:
    """No credentials give no requirements."""
    assert cc.ceu_requirements([], on=TODAY_RULES) == ()


@pytest.mark.parametrize(
    "held", [("cpc", "ccs"), {"CPC", "CCS"}, iter(["CPC", "CCS"]), [cc.CPC, "ccs"]], ids=stable_id
)
def test_any_iterable_of_codes_or_credentials(held: object) -> None:
    """Credentials may be any iterable of codes or Credential objects."""
    found = cc.ceu_requirements(held, on=TODAY_RULES)  # type: ignore[arg-type]
    assert units(found) == {"AAPC": 36, "AHIMA": 20}


def test_requirement_records_day_and_table() -> None:
    """A requirement records the day asked about and the edition applied."""
    (aapc,) = cc.ceu_requirements(["CPC"], on="2013-01-01")
    assert (aapc.on, aapc.table.edition, aapc.extrapolated) == (
        dt.date(2013, 1, 1),
        "aapc-2012",
        False,
    )


def test_on_defaults_to_today() -> None:
    """Without ``on``, today's rules apply and the requirement says so."""
    (aapc,) = cc.ceu_requirements(["CPC"])
    assert aapc.on == dt.date.today()


def test_repr_is_short() -> None:
    """A requirement's repr names the body, the codes, the units and the edition."""
    (aapc,) = cc.ceu_requirements(["CPC"], on="2025-01-01")
    assert repr(aapc) == (
        "CeuRequirement(body='AAPC', credentials=('CPC',), counted=('CPC',), "
        "units=Decimal('36'), table='aapc-2015', on=datetime.date(2025, 1, 1), minimums=())"
    )


# --- Editions and dates before the rules ----------------------------------------------------


def test_pinned_edition() -> None:
    """A pinned edition applies whatever the date, and the requirement has no day."""
    (aapc,) = cc.ceu_requirements(["CPC", "CIC"], on=TODAY_RULES, editions=["aapc-2012"])
    assert (aapc.units, aapc.on, aapc.table.edition) == (Decimal(48), None, "aapc-2012")


def test_pinned_edition_for_one_body_only() -> None:
    """Pinning an AAPC edition leaves AHIMA resolved by date."""
    found = cc.ceu_requirements(["CPC", "CCS"], on=TODAY_RULES, editions=["aapc-2012"])
    assert [r.table.edition for r in found] == ["aapc-2012", "ahima-2019"]


def test_unknown_pinned_edition() -> None:
    """An unknown pinned edition is an UnknownEditionError."""
    with pytest.raises(cc.UnknownEditionError, match="aapc-1999"):
        cc.ceu_requirements(["CPC"], editions=["aapc-1999"])


@pytest.mark.parametrize("editions", ["aapc-2012", None, 2012])
def test_editions_must_be_a_list_of_names(editions: object) -> None:
    """Editions must be an iterable of names, not a single string."""
    with pytest.raises(cc.InvalidTypeError, match="editions"):
        cc.ceu_requirements(["CPC"], editions=editions)  # type: ignore[arg-type]


def test_date_before_rules_raises() -> None:
    """A date before any rule (2007-12-31) raises NoRuleInForceError."""
    with pytest.raises(cc.NoRuleInForceError, match="2007-12-31"):
        cc.ceu_requirements(["CPC"], on="2007-12-31")


def test_earliest_rule_date_works() -> None:
    """The first day of the earliest rules (2008-01-01) gets an answer for both bodies."""
    assert units(cc.ceu_requirements(["CPC", "CCS"], on="2008-01-01")) == {"AAPC": 36, "AHIMA": 20}


def test_lenient_before_rules() -> None:
    """lenient=True applies the earliest edition with a warning, and marks the requirement."""
    with pytest.warns(cc.RuleNotInForceWarning):
        (aapc,) = cc.ceu_requirements(["CPC", "CIC"], on="2007-12-31", lenient=True)
    assert (aapc.units, aapc.extrapolated, aapc.table.edition) == (Decimal(48), True, "aapc-2012")
    assert "lenient=True" in aapc.explain()


@pytest.mark.parametrize("lenient", [1, "yes", None])
def test_lenient_must_be_bool(lenient: object) -> None:
    """Lenient must be True or False."""
    with pytest.raises(cc.InvalidTypeError, match="lenient"):
        cc.ceu_requirements(["CPC"], lenient=lenient)  # type: ignore[arg-type]


def test_rulebook_must_be_a_rulebook() -> None:
    """Rulebook must be a Rulebook."""
    with pytest.raises(cc.InvalidTypeError, match="rulebook"):
        cc.ceu_requirements(["CPC"], rulebook="rules.toml")  # type: ignore[arg-type]


@pytest.mark.parametrize("held", ["CPC", cc.CPC, None, 5])
def test_credentials_must_be_a_collection(held: object) -> None:
    """A single code (or a non-iterable) is refused: pass a list such as ['CPC']."""
    with pytest.raises(cc.InvalidTypeError, match="list of codes"):
        cc.ceu_requirements(held)  # type: ignore[arg-type]


def test_unknown_code_in_list() -> None:
    """An unknown code in the list is an UnknownCredentialError."""
    with pytest.raises(cc.UnknownCredentialError, match="CPX"):
        cc.ceu_requirements(["CPC", "CPX"])


# --- explain() -------------------------------------------------------------------------------


def test_explain_names_tier_edition_and_source() -> None:
    """explain() names the units, the cycle, the tier, the edition and its sources."""
    (aapc,) = cc.ceu_requirements(["CPC", "CIC"], on=TODAY_RULES)
    text = aapc.explain()
    assert text.startswith("AAPC: 40 CEUs every 2 years for 2 credentials (CIC, CPC).")
    assert "Tier '2 credentials' of edition 'aapc-2015'" in text
    assert "Source: AAPC: Medical coding education help <https://" in text


def test_explain_shows_period_of_superseded_edition() -> None:
    """For a superseded edition, explain() gives its last day."""
    (aapc,) = cc.ceu_requirements(["CPC"], on="2013-01-01")
    assert "in force from 2008-01-01 until 2015-08-30" in aapc.explain()


def test_explain_lists_assumptions() -> None:
    """explain() lists the edition's assumptions."""
    (ahima,) = cc.ceu_requirements(["CCS"], on="2012-01-01")
    assert "Assumption: This whole edition is an assumption" in ahima.explain()


def test_explain_one_credential_is_singular() -> None:
    """One credential reads '1 credential'."""
    (aapc,) = cc.ceu_requirements(["CPC"], on=TODAY_RULES)
    assert "for 1 credential (CPC)." in aapc.explain()


def test_explain_with_no_credentials() -> None:
    """A requirement for no credentials owes 0 and says so."""
    table = cc.tier_table("AAPC", on=TODAY_RULES)
    empty = cc.CeuRequirement(cc.AAPC, (), (), Decimal(0), table)
    assert empty.count == 0
    assert "Tier 'no credentials'" in empty.explain()


# --- CeuRequirement validation ------------------------------------------------------------------


def test_requirement_units_must_match_the_table() -> None:
    """A requirement whose units disagree with its table cannot be built."""
    table = cc.tier_table("AAPC", on=TODAY_RULES)
    with pytest.raises(cc.InvalidValueError, match="disagree"):
        cc.CeuRequirement(cc.AAPC, (cc.CPC,), (cc.CPC,), Decimal(40), table)


def test_requirement_cannot_mix_bodies() -> None:
    """A requirement cannot count another body's credential."""
    table = cc.tier_table("AAPC", on=TODAY_RULES)
    with pytest.raises(cc.InvalidValueError, match="CCS"):
        cc.CeuRequirement(cc.AAPC, (cc.CCS,), (cc.CCS,), Decimal(36), table)


def test_requirement_cannot_use_another_bodys_table() -> None:
    """A requirement cannot use another body's table."""
    table = cc.default_rulebook().requirement("AHIMA", on=TODAY_RULES)
    with pytest.raises(cc.InvalidValueError, match="ahima-2019"):
        cc.CeuRequirement(cc.AAPC, (cc.CPC,), (cc.CPC,), Decimal(20), table)


@pytest.mark.parametrize(
    ("field", "value"),
    [("body", "AAPC"), ("credentials", ("CPC",)), ("units", 36), ("table", "aapc-2015")],
)
def test_requirement_field_types(field: str, value: object) -> None:
    """Every field of a requirement is type-checked."""
    fields: dict[str, object] = {
        "body": cc.AAPC,
        "credentials": (cc.CPC,),
        "counted": (cc.CPC,),
        "units": Decimal(36),
        "table": cc.tier_table("AAPC", on=TODAY_RULES),
        field: value,
    }
    with pytest.raises(cc.InvalidTypeError, match=f"CeuRequirement.{field}"):
        cc.CeuRequirement(**fields)  # type: ignore[arg-type]


# --- Properties ----------------------------------------------------------------------------------

held_lists = st.lists(shipped_credentials, max_size=12)


@given(held_lists, days_with_rules, st.randoms(use_true_random=False))
def test_order_does_not_matter(held: list[cc.Credential], day: dt.date, random: Random) -> None:
    """The requirements do not depend on the order of the credentials."""
    shuffled = list(held)
    random.shuffle(shuffled)
    assert cc.ceu_requirements(shuffled, on=day) == cc.ceu_requirements(held, on=day)


@given(held_lists, days_with_rules, st.data())
def test_duplicates_do_not_matter(
    held: list[cc.Credential], day: dt.date, data: st.DataObject
) -> None:
    """Repeating a credential, or naming it by another spelling, changes nothing."""
    extra = data.draw(st.lists(st.sampled_from(held), max_size=5)) if held else []
    spelled = [c.code.lower() for c in extra]
    assert cc.ceu_requirements([*held, *extra, *spelled], on=day) == cc.ceu_requirements(
        held, on=day
    )


@given(held_lists, days_with_rules)
def test_bodies_are_separate(held: list[cc.Credential], day: dt.date) -> None:
    """The requirements for a mixed set equal the requirements for each body's subset."""
    mixed = cc.ceu_requirements(held, on=day)
    separate = tuple(
        requirement
        for body in sorted(cc.default_rulebook().bodies, key=str)
        for requirement in cc.ceu_requirements([c for c in held if c.body == body], on=day)
    )
    assert mixed == separate


@given(held_lists, days_with_rules)
def test_units_follow_the_table(held: list[cc.Credential], day: dt.date) -> None:
    """Each body owes its table's units for its number of distinct current credentials.

    AHIMA's requirement is not a table: the highest single requirement, plus 10 each, at most 50.
    NHA's, ACDIS's, PAHCOM's and AMBA's are flat: one number per holder. BMSC's and AIHC's
    are per credential.
    """
    book = cc.default_rulebook()
    for requirement in cc.ceu_requirements(held, on=day):
        current = {book.current_form(c) for c in held if c.body == requirement.body}
        # A replaced credential counts once, as the one replacing it (RHIA over RHIT).
        replaced = {code for c in current for code in c.replaces}
        current = {c for c in current if c.code not in replaced}
        table = book.requirement(requirement.body, on=day)
        assert requirement.table == table
        if isinstance(table, cc.CeuTierTable):
            assert requirement.units == table.units_for(len(current))
        elif isinstance(table, cc.FlatRequirement):
            assert requirement.units == table.units
        elif isinstance(table, cc.PerCredentialSum):
            # BMSC adds each credential's CEUs; AIHC (shared) asks the largest of them.
            each = [c.ceus or Decimal(0) for c in current]
            assert requirement.units == (max(each) if table.shared else sum(each))
        else:
            assert isinstance(table, cc.HighestPlusIncrement)
            highest = max(c.ceus or Decimal(0) for c in current)
            assert requirement.units == min(Decimal(50), highest + 10 * (len(current) - 1))


@given(held_lists, days_with_rules)
def test_adding_a_credential_never_lowers_units(held: list[cc.Credential], day: dt.date) -> None:
    """Holding one more credential never lowers what any body asks."""
    before = units(cc.ceu_requirements(held[:-1], on=day))
    after = units(cc.ceu_requirements(held, on=day))
    assert all(after[body] >= amount for body, amount in before.items())


@given(rulebooks_with_one_table(), st.data())
def test_generated_rulebooks(
    data_book: tuple[cc.Rulebook, cc.CeuTierTable], data: st.DataObject
) -> None:
    """With any valid rule book, n distinct credentials owe the table's units for n."""
    book, table = data_book
    held = data.draw(st.lists(st.sampled_from(book.credentials), unique=True, min_size=1))
    day = data.draw(st.dates(min_value=table.effective_from))
    (requirement,) = cc.ceu_requirements(held, on=day, rulebook=book)
    assert requirement.units == table.units_for(len(held))


def test_requirements_are_remembered_per_rule_book() -> None:
    """The same question twice gives the very same requirement, from the rule book's cache."""
    book = cc.load_rulebook(str(resources.files("coding_certs").joinpath("data", "rules.toml")))
    first = requirement_for_body(book, cc.AAPC, [cc.CPC], dt.date(2026, 1, 1))
    assert requirement_for_body(book, cc.AAPC, [cc.CPC], dt.date(2026, 1, 1)) is first


def test_the_requirement_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its limit the cache starts afresh, and answers stay the same."""
    monkeypatch.setattr(requirements_module, "_CACHE_LIMIT", 2)
    book = cc.load_rulebook(str(resources.files("coding_certs").joinpath("data", "rules.toml")))
    answers = [
        requirement_for_body(book, cc.AAPC, [cc.CPC], dt.date(2026, 1, day)).units
        for day in range(1, 6)
    ]
    assert answers == [36] * 5
    assert len(book.requirement_cache) <= 2


# --- Requirement kinds, with generated rule books -------------------------------------------

KIND_BODY = cc.IssuingBody("XB", "Example Body")
KIND_SOURCE = cc.Source("Example", None, "made up for the test")
KIND_START = dt.date(2019, 1, 1)

own_ceus = st.sampled_from(["20", "30"]) | st.integers(1, 60).map(str)


@st.composite
def kind_credentials(draw: st.DrawFn, min_size: int = 1) -> list[cc.Credential]:
    """Distinct credentials of the example body, each with its own single-credential CEUs."""
    count = draw(st.integers(min_size, 6))
    return [
        cc.Credential(
            f"X{index}", f"Credential {index}", KIND_BODY, None, None, ceus=draw(own_ceus)
        )
        for index in range(count)
    ]


def kind_book(rule: cc.RequirementEdition, held: list[cc.Credential]) -> cc.Rulebook:
    """A rule book of the example body with ``held`` and one requirement edition."""
    return cc.Rulebook(
        bodies=(KIND_BODY,), credentials=tuple(held), tier_tables=(), requirements=(rule,)
    )


def highest_plus(increment: str = "10", cap: str = "50") -> cc.HighestPlusIncrement:
    """A highest-plus-increment edition of the example body."""
    return cc.HighestPlusIncrement(
        body=KIND_BODY,
        name="xb-highest",
        title="Highest plus 10, at most 50",
        effective_from=KIND_START,
        increment=increment,
        cap=cap,
        sources=[KIND_SOURCE],
    )


def required_of(book: cc.Rulebook, held: list[cc.Credential]) -> Decimal:
    """The example body's requirement for ``held`` on a day in force."""
    (requirement,) = cc.ceu_requirements(held, on="2025-01-01", rulebook=book)
    return requirement.units


def alone(units: str, code: str = "XA") -> cc.Credential:
    """A credential of the example body asking ``units`` CEUs alone."""
    return cc.Credential(code, f"Credential {code}", KIND_BODY, None, None, ceus=units)


@given(st.integers(1, 60).map(str), st.integers(1, 60).map(str))
def test_highest_plus_one_alone_then_one_more(first: str, second: str) -> None:
    """One credential owes its own CEUs; adding one owes the higher of the two plus 10."""
    a, b = alone(first, "XA"), alone(second, "XC")
    book = kind_book(highest_plus(cap="1000"), [a, b])
    assert required_of(book, [a]) == Decimal(first)
    assert required_of(book, [a, b]) == max(Decimal(first), Decimal(second)) + 10


def test_highest_plus_gives_ahimas_published_shapes() -> None:
    """30 for one 30-CEU credential; 40 with a 20-CEU one added; 30 for two 20s; 50 at most."""
    rhia, chda = alone("30", "XR"), alone("30", "XH")
    ccs, ccs_p = alone("20", "XS"), alone("20", "XP")
    book = kind_book(highest_plus(), [rhia, chda, ccs, ccs_p])
    assert required_of(book, [rhia]) == 30
    assert required_of(book, [rhia, ccs]) == 40
    assert required_of(book, [ccs, ccs_p]) == 30
    assert required_of(book, [rhia, ccs, ccs_p]) == 50
    assert required_of(book, [rhia, chda, ccs, ccs_p]) == 50


@given(kind_credentials(), st.integers(1, 20), st.integers(20, 80))
def test_highest_plus_never_exceeds_its_cap(held: list[cc.Credential], step: int, cap: int) -> None:
    """However many credentials, the requirement is the formula's, and never over the cap."""
    book = kind_book(highest_plus(str(step), str(cap)), held)
    got = required_of(book, held)
    base = max(c.ceus for c in held if c.ceus is not None)
    assert got == min(Decimal(cap), base + step * (len(held) - 1))
    assert got <= cap


@given(kind_credentials(min_size=2))
def test_highest_plus_never_falls_when_a_credential_is_added(held: list[cc.Credential]) -> None:
    """Adding a credential never lowers the requirement."""
    book = kind_book(highest_plus(), held)
    assert required_of(book, held[:-1]) <= required_of(book, held)


def test_edition_units_override_the_credentials_own() -> None:
    """An edition's units table gives a credential's CEUs under that edition."""
    rhia = alone("30", "XR")
    rule = attrs_evolve(highest_plus(), units={"XR": "25"})
    assert required_of(kind_book(rule, [rhia]), [rhia]) == 25


def attrs_evolve(rule: cc.HighestPlusIncrement, **changes: object) -> cc.HighestPlusIncrement:
    """The edition with some fields changed."""
    import attrs  # noqa: PLC0415

    return attrs.evolve(rule, **changes)  # type: ignore[arg-type]


@given(kind_credentials(), st.booleans())
def test_per_credential_sum_or_largest(held: list[cc.Credential], shared: bool) -> None:  # noqa: FBT001
    """Each credential's own CEUs add up; when one CEU counts for several, the largest is owed."""
    rule = cc.PerCredentialSum(
        body=KIND_BODY,
        name="xb-sum",
        title="Per credential",
        effective_from=KIND_START,
        shared=shared,
        sources=[KIND_SOURCE],
    )
    own = [c.ceus for c in held if c.ceus is not None]
    assert required_of(kind_book(rule, held), held) == (max(own) if shared else sum(own))


@given(kind_credentials(), st.integers(1, 100))
def test_flat_is_the_same_for_any_number(held: list[cc.Credential], flat: int) -> None:
    """A flat requirement owes the same for one credential or several."""
    rule = cc.FlatRequirement(
        body=KIND_BODY, name="xb-flat", title="Flat", effective_from=KIND_START, units=flat
    )
    book = kind_book(rule, held)
    assert required_of(book, held) == required_of(book, held[:1]) == flat


def test_a_kind_explains_how_it_counts() -> None:
    """The requirement's explanation names the kind's reasoning and the edition."""
    rhia, ccs = alone("30", "XR"), alone("20", "XS")
    (requirement,) = cc.ceu_requirements(
        [rhia, ccs], on="2025-01-01", rulebook=kind_book(highest_plus(), [rhia, ccs])
    )
    text = requirement.explain()
    assert "Highest single-credential requirement 30 (XR) + 10 x 1 more (XS), at most 50" in text
    assert "edition 'xb-highest'" in text
    assert requirement.rule is requirement.table


def test_a_credential_without_its_own_ceus_is_refused_by_the_book() -> None:
    """A per-credential kind needs every credential's own CEUs: the book says whose are missing."""
    bare = cc.Credential("XZ", "No CEUs", KIND_BODY, None, None)
    with pytest.raises(cc.RulebookError, match="needs the CEUs of XZ held alone") as caught:
        kind_book(highest_plus(), [bare])
    assert caught.value.entry == "requirements[0]"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: highest_plus(increment="0"), "increment must be more than 0"),
        (lambda: highest_plus(cap="1e27"), "at most 1000"),
        (
            lambda: cc.FlatRequirement(
                body=KIND_BODY, name="f", title="F", effective_from=KIND_START, units="-1"
            ),
            "more than 0",
        ),
    ],
)
def test_kind_parameters_are_checked(make: object, message: str) -> None:
    """A kind's numbers are checked when it is built."""
    with pytest.raises(cc.InvalidValueError, match=message):
        make()  # type: ignore[operator]


def test_a_replacing_credential_counts_the_replaced_one_once() -> None:
    """RHIA replaces RHIT: held together they count once, as the replacing credential."""
    rhit = cc.Credential("XT", "Technician", KIND_BODY, None, None, ceus="20")
    rhia = cc.Credential("XR", "Administrator", KIND_BODY, None, None, ceus="30", replaces=["XT"])
    book = kind_book(highest_plus(), [rhit, rhia])
    (requirement,) = cc.ceu_requirements([rhit, rhia], on="2025-01-01", rulebook=book)
    assert (requirement.units, [c.code for c in requirement.counted]) == (Decimal(30), ["XR"])
    assert "XT is not counted: XR replaces it." in requirement.explain()
    assert required_of(book, [rhit]) == 20


def test_replaces_must_name_a_credential_of_the_same_body() -> None:
    """A credential that replaces an unknown code is refused, with its entry."""
    odd = cc.Credential("XR", "Administrator", KIND_BODY, None, None, ceus="30", replaces=["NO"])
    with pytest.raises(cc.RulebookError, match="replaces 'NO'") as caught:
        kind_book(highest_plus(), [odd])
    assert caught.value.entry == "credentials[0].replaces[0]"
    with pytest.raises(cc.InvalidValueError, match="cannot replace itself"):
        cc.Credential("XR", "A", KIND_BODY, None, None, replaces=["XR"])


def test_kinds_owe_nothing_for_no_credentials_and_say_so() -> None:
    """Every kind owes 0 for no credentials and explains each case in words."""
    flat = cc.FlatRequirement(
        body=KIND_BODY, name="f", title="Flat", effective_from=KIND_START, units="10"
    )
    summed = cc.PerCredentialSum(
        body=KIND_BODY, name="s", title="Sum", effective_from=KIND_START, shared=True
    )
    a, b = alone("20", "XA"), alone("30", "XC")
    for rule in (flat, summed, highest_plus()):
        assert rule.units_for_credentials([]) == 0
        assert rule.basis([]) == "no credentials"
    assert flat.basis([a]) == "10 per holder"
    assert summed.basis([a, b]) == "the largest of 20 (XA), 30 (XC): one CEU counts for several"
    assert attrs_evolve(summed, shared=False).basis([a, b]) == "20 (XA) + 30 (XC)"  # type: ignore[arg-type]


def test_kind_units_table_is_checked() -> None:
    """An edition's units table maps codes to CEUs; anything else is refused."""
    with pytest.raises(cc.InvalidValueError, match="units must map credential codes"):
        attrs_evolve(highest_plus(), units=["30"])
    assert highest_plus().units == {}


def test_single_ceus_missing_is_a_clear_error() -> None:
    """Asking a per-credential kind about a credential without its own CEUs says what to add."""
    with pytest.raises(cc.InvalidValueError, match="give the credential a ceus value"):
        highest_plus().single(cc.Credential("XZ", "Bare", KIND_BODY, None, None))


# --- Category minimums inside the total ---------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "on", "expected"),
    [
        (["CPC"], "2026-01-01", []),
        (["CPMA"], "2026-01-01", [("aapc-cpma-auditing-16", "16")]),
        (["CPMA"], "2014-01-01", [("aapc-cpma-auditing-24", "24")]),
        (["CPPM"], "2014-01-01", [("aapc-cppm-alone-36-older", "36")]),
        (["CPPM"], "2015-08-31", [("aapc-cppm-alone-36-2015", "36")]),
        (["CPPM"], "2026-01-01", [("aapc-cppm-practice-management-16", "16")]),
        (["CPPM", "CPC"], "2014-01-01", [("aapc-cppm-practice-management-24", "24")]),
        (["CIRCC"], "2026-01-01", [("aapc-circc-16", "16")]),
        (["CEMC"], "2026-01-01", [("aapc-cemc-specialty-8", "8")]),
        (["CEMC"], "2014-01-01", [("aapc-cemc-specialty-16", "16")]),
        (
            ["CCS"],
            "2020-01-01",
            [("ahima-80-percent-hiim", "16"), ("ahima-ccs-coding-self-reviews", "10")],
        ),
        (["HCS-D"], "2026-01-01", [("bmsc-hcs-d-coding-self-assessment", "10")]),
        (["CMM"], "2026-01-01", [("pahcom-12-approved", "12"), ("pahcom-12-recognized", "12")]),
        (["CMRS"], "2026-01-01", [("amba-half-from-amba", "7.5")]),
    ],
    ids=stable_id,
)
def test_requirement_carries_the_published_minimums(
    held: list[str], on: str, expected: list[tuple[str, str]]
) -> None:
    """A requirement names each credential-specific minimum inside its total and its CEUs."""
    (requirement,) = cc.ceu_requirements(held, on=on)
    assert [(m.name, str(requirement.minimum_units(m))) for m in requirement.minimums] == expected


def test_minimums_are_the_ones_the_assessment_asks() -> None:
    """An assessment's cycle asks exactly the minimums its requirement carries."""
    holder = cc.Holder("P1", [("CPPM", "2011-05-01")], renewals={"AAPC": "2011-05-01"})
    assessment = cc.assess(holder, [], as_of="2014-01-01").for_body("AAPC")
    asked = [(m.rule.name, m.required) for m in assessment.minimums]
    requirement = assessment.current.requirement
    assert asked == [(m.name, requirement.minimum_units(m)) for m in requirement.minimums]
    assert asked == [("aapc-cppm-alone-36-older", Decimal(36))]


def test_explain_lists_each_minimum_with_its_rule_and_sources() -> None:
    """explain() says each minimum in words, with its rule's name, sources and assumptions."""
    (ahima,) = cc.ceu_requirements(["CCS"], on="2020-01-01")
    text = ahima.explain()
    assert "  Minimum: 16 of the 20 CEUs (80%) in hiim (rule 'ahima-80-percent-hiim')." in text
    assert (
        "  Minimum: 10 of the 20 CEUs (5 CEUs each year) in coding-self-review for CCS "
        "(rule 'ahima-ccs-coding-self-reviews')."
    ) in text
    after = text.split("(rule 'ahima-ccs-coding-self-reviews').\n", 1)[1]
    assert after.startswith("    Source: AHIMA: Recertification")
    assert "    Assumption: Judged by the day a cycle ends" in after


def test_repr_names_the_minimums() -> None:
    """The repr names each minimum's rule."""
    (aapc,) = cc.ceu_requirements(["CPMA"], on="2026-01-01")
    assert repr(aapc).endswith(", minimums=('aapc-cpma-auditing-16',))")


def test_requirement_with_minimums_round_trips() -> None:
    """to_dict writes the minimums and from_dict reads the same requirement back."""
    (ahima,) = cc.ceu_requirements(["CCS"], on="2020-01-01")
    written = cc.to_dict(ahima)
    assert [m["name"] for m in written["minimums"]] == [
        "ahima-80-percent-hiim",
        "ahima-ccs-coding-self-reviews",
    ]
    assert cc.from_dict(cc.CeuRequirement, written) == ahima


def _cpma_fields() -> dict[str, object]:
    (cpma,) = cc.ceu_requirements(["CPMA"], on="2026-01-01")
    return {
        "body": cc.AAPC,
        "credentials": cpma.credentials,
        "counted": cpma.counted,
        "units": cpma.units,
        "table": cpma.table,
        "minimums": cpma.minimums,
    }


def test_requirement_refuses_a_minimum_of_a_credential_not_given() -> None:
    """A minimum of a credential not given cannot be carried."""
    (cppm,) = cc.ceu_requirements(["CPPM"], on="2026-01-01")
    fields = {**_cpma_fields(), "minimums": cppm.minimums}
    with pytest.raises(cc.InvalidValueError, match="aapc-cppm-practice-management-16"):
        cc.CeuRequirement(**fields)  # type: ignore[arg-type]


def test_requirement_refuses_another_bodys_minimum_and_duplicates() -> None:
    """A minimum of another body, or one given twice, cannot be carried."""
    (ahima,) = cc.ceu_requirements(["CCS"], on="2026-01-01")
    fields = _cpma_fields()
    with pytest.raises(cc.InvalidValueError, match="ahima-80-percent-hiim"):
        cc.CeuRequirement(**{**fields, "minimums": ahima.minimums[:1]})  # type: ignore[arg-type]
    twice = (*fields["minimums"], *fields["minimums"])  # type: ignore[misc]
    with pytest.raises(cc.InvalidValueError, match="each minimum once"):
        cc.CeuRequirement(**{**fields, "minimums": twice})  # type: ignore[arg-type]


def test_requirement_minimums_are_type_checked() -> None:
    """The minimums must be CategoryMinimum rules."""
    with pytest.raises(cc.InvalidTypeError, match=r"CeuRequirement\.minimums"):
        cc.CeuRequirement(**{**_cpma_fields(), "minimums": ("aapc-cpma-auditing-16",)})  # type: ignore[arg-type]


def test_pinned_edition_brings_the_minimums_of_its_days() -> None:
    """A pinned edition not in force on ``on`` brings the minimums of its own first day."""
    (cpma,) = cc.ceu_requirements(["CPMA"], on="2026-01-01", editions=["aapc-2012"])
    assert [m.name for m in cpma.minimums] == ["aapc-cpma-auditing-24"]
    (today,) = cc.ceu_requirements(["CPMA"], on="2026-01-01", editions=["aapc-2015"])
    assert [m.name for m in today.minimums] == ["aapc-cpma-auditing-16"]
