"""Hypothesis strategies for the core value objects, in one place.

Valid objects come from ``*_s`` strategies that build through the public
constructors, so a strategy can never produce something the library would
refuse. Each kind of invalid tier list has its own strategy, named for the
rule it breaks, so a failing example says which rule the table validator let
through.
"""

from __future__ import annotations

import datetime as dt
import decimal
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

import coding_certs as cc

# --- Plain values -------------------------------------------------------------

#: Any day the rule book could be asked about, well before and after its rules.
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))

#: Days on which every shipped body has an edition in force.
days_with_rules = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2100, 12, 31))

#: Days before the earliest shipped edition (2008-01-01).
days_before_rules = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2007, 12, 31))

#: Codes in the shape the model accepts: ``CPC``, ``CPC-H``, ``CCS-P``.
codes = st.from_regex(r"\A[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,3})?\Z")

#: Non-empty human text.
texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]),
    min_size=1,
    max_size=30,
).filter(lambda s: bool(s.strip()))

#: CEU units: positive, with at most two decimal places.
units = st.integers(min_value=1, max_value=1_000_000).map(
    lambda cents: decimal.Decimal(cents) / 100
)


# --- Sources, bodies, credentials ---------------------------------------------

urls = st.builds(
    lambda scheme, host: f"{scheme}://{host}.example/",
    st.sampled_from(["http", "https"]),
    st.from_regex(r"\A[a-z]{1,12}\Z"),
)

sources = st.builds(cc.Source, title=texts, url=st.none() | urls, supports=texts)

bodies = st.builds(
    cc.IssuingBody,
    code=codes,
    name=texts,
    sources=st.lists(sources, max_size=2).map(tuple),
)


def credentials_of(body: cc.IssuingBody) -> st.SearchStrategy[cc.Credential]:
    """Credentials issued by ``body``, never renamed."""
    return st.builds(
        cc.Credential,
        code=codes,
        title=texts,
        body=st.just(body),
        setting=st.none() | st.sampled_from(cc.Setting),
        focus=st.none() | st.sampled_from(cc.Focus),
        sources=st.lists(sources, max_size=2).map(tuple),
    )


credentials = bodies.flatmap(credentials_of)

#: Credentials of the shipped rule book.
shipped_credentials = st.sampled_from(cc.credentials())

#: Spellings a user might type for a shipped credential's code.
_DASHES = ["-", " ", "_", "–", "—", "‐", ""]


@st.composite
def spellings(draw: st.DrawFn, credential: cc.Credential) -> str:
    """The credential's code with any case and any dash-like separator."""
    code = credential.code
    dash = draw(st.sampled_from(_DASHES))
    text = code.replace("-", dash)
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.lower() if flip else ch for ch, flip in zip(text, flips, strict=True))


# --- Tier lists -----------------------------------------------------------------


class Row(NamedTuple):
    """A tier before it is built: the bounds and the units."""

    min: int
    max: int | None
    units: decimal.Decimal


def build(rows: list[Row]) -> list[cc.CeuTier]:
    """Build the tiers for ``rows``."""
    return [cc.CeuTier(row.min, row.max, row.units) for row in rows]


@st.composite
def valid_rows(draw: st.DrawFn, *, min_tiers: int = 1, max_tiers: int = 7) -> list[Row]:
    """Rows of a valid table: from 1, contiguous, units never decreasing, open-ended last."""
    count = draw(st.integers(min_value=min_tiers, max_value=max_tiers))
    widths = draw(st.lists(st.integers(1, 4), min_size=count - 1, max_size=count - 1))
    cents = draw(st.integers(1, 10_000))
    steps = draw(st.lists(st.integers(0, 2_000), min_size=count, max_size=count))
    rows = []
    start = 1
    for index in range(count):
        cents += steps[index] if index else 0
        amount = decimal.Decimal(cents) / 100
        if index == count - 1:
            rows.append(Row(start, None, amount))
        else:
            end = start + widths[index] - 1
            rows.append(Row(start, end, amount))
            start = end + 1
    return rows


def valid_tier_lists(
    *, min_tiers: int = 1, max_tiers: int = 7
) -> st.SearchStrategy[list[cc.CeuTier]]:
    """Lists of tiers that make a valid table."""
    return valid_rows(min_tiers=min_tiers, max_tiers=max_tiers).map(build)


@st.composite
def tiers_not_starting_at_one(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list shifted up so that the first tier starts above 1."""
    shift = draw(st.integers(1, 10))
    rows = draw(valid_rows())
    return build(
        [Row(r.min + shift, None if r.max is None else r.max + shift, r.units) for r in rows]
    )


@st.composite
def tiers_with_gap(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list with the tiers after one boundary moved up, leaving counts uncovered."""
    rows = draw(valid_rows(min_tiers=2))
    at = draw(st.integers(1, len(rows) - 1))
    gap = draw(st.integers(1, 5))
    moved = [Row(r.min + gap, None if r.max is None else r.max + gap, r.units) for r in rows[at:]]
    return build(rows[:at] + moved)


@st.composite
def tiers_with_overlap(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list with the tiers after one boundary moved down into the previous tier."""
    rows = draw(valid_rows(min_tiers=2))
    at = draw(st.integers(1, len(rows) - 1))
    previous_max = rows[at - 1].max
    assert previous_max is not None
    back = draw(st.integers(1, previous_max))
    moved = [Row(r.min - back, None if r.max is None else r.max - back, r.units) for r in rows[at:]]
    return build(rows[:at] + moved)


@st.composite
def tiers_with_decreasing_units(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list in which one tier asks for fewer units than the tier before it."""
    rows = draw(
        valid_rows(min_tiers=2).filter(lambda rows: rows[-2].units > decimal.Decimal("0.01"))
    )
    candidates = [i for i in range(1, len(rows)) if rows[i - 1].units > decimal.Decimal("0.01")]
    at = draw(st.sampled_from(candidates))
    ceiling = int(rows[at - 1].units * 100) - 1
    lower = decimal.Decimal(draw(st.integers(1, ceiling))) / 100
    rows[at] = rows[at]._replace(units=lower)
    return build(rows)


@st.composite
def tiers_open_ended_not_last(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list in which a tier before the last is open-ended."""
    rows = draw(valid_rows(min_tiers=2))
    at = draw(st.integers(0, len(rows) - 2))
    rows[at] = rows[at]._replace(max=None)
    return build(rows)


@st.composite
def tiers_last_not_open_ended(draw: st.DrawFn) -> list[cc.CeuTier]:
    """A valid list whose last tier has an upper bound, leaving larger counts without a rule."""
    rows = draw(valid_rows())
    width = draw(st.integers(0, 5))
    rows[-1] = rows[-1]._replace(max=rows[-1].min + width)
    return build(rows)


#: Every kind of invalid tier list, by the rule it breaks.
INVALID_TIER_LISTS: dict[str, st.SearchStrategy[list[cc.CeuTier]]] = {
    "empty": st.just([]),
    "not starting at 1": tiers_not_starting_at_one(),
    "gap": tiers_with_gap(),
    "overlap": tiers_with_overlap(),
    "decreasing units": tiers_with_decreasing_units(),
    "open-ended not last": tiers_open_ended_not_last(),
    "last not open-ended": tiers_last_not_open_ended(),
}

invalid_tier_lists = st.one_of(*INVALID_TIER_LISTS.values())


# --- Tier tables ----------------------------------------------------------------

cycles = st.one_of(
    st.integers(1, 5).map(lambda years: relativedelta(years=years)),
    st.integers(1, 60).map(lambda months: relativedelta(months=months)),
)


@st.composite
def tier_tables(
    draw: st.DrawFn,
    body: cc.IssuingBody | None = None,
    tiers: st.SearchStrategy[list[cc.CeuTier]] | None = None,
) -> cc.CeuTierTable:
    """A valid tier table, for ``body`` (default: a generated one)."""
    start = draw(dates)
    length = draw(st.none() | st.integers(1, 5000))
    return cc.CeuTierTable(
        body=draw(bodies) if body is None else body,
        edition=draw(texts),
        title=draw(texts),
        tiers=draw(valid_tier_lists() if tiers is None else tiers),
        cycle=draw(cycles),
        effective_from=start,
        superseded_on=None if length is None else start + dt.timedelta(days=length),
        sources=draw(st.lists(sources, max_size=2)),
        assumptions=draw(st.lists(texts, max_size=2)),
    )


#: Every table shipped in the rule book.
shipped_tables = st.sampled_from(
    [t for t in cc.default_rulebook().all_requirements if isinstance(t, cc.CeuTierTable)]
)


@st.composite
def rulebooks_with_one_table(draw: st.DrawFn) -> tuple[cc.Rulebook, cc.CeuTierTable]:
    """A rule book of one body, several of its credentials and one current tier table."""
    body = draw(bodies)
    creds = draw(
        st.lists(
            credentials_of(body),
            min_size=1,
            max_size=8,
            unique_by=lambda c: c.code.replace("-", ""),
        )
    )
    start = draw(dates)
    table = draw(tier_tables(body=body))
    table = cc.CeuTierTable(
        body=body,
        edition=table.edition,
        title=table.title,
        tiers=table.tiers,
        cycle=table.cycle,
        effective_from=start,
    )
    book = cc.Rulebook(bodies=(body,), credentials=tuple(creds), tier_tables=(table,))
    return book, table
