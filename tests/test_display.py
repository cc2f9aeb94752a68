"""Rich display in Jupyter: the HTML views (parsed back) and the pretty-printed text."""

from __future__ import annotations

import ast
import datetime as dt
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import coding_certs as cc
from coding_certs import _display, _display_parts
from coding_certs._display import pretty_text
from coding_certs._views import Viewable

AS_OF = "2026-01-01"
HOSTILE = "<script>alert(1)</script>"
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
)


class Parsed(HTMLParser):
    """An HTML fragment parsed back: its tags, its text and its table rows."""

    def __init__(self, markup: str) -> None:
        """Parse ``markup``; an end tag that closes the wrong element fails the test."""
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None], tuple[str, ...]]] = []
        self.text_parts: list[str] = []
        self.rows: list[list[str]] = []
        self.captions: list[str] = []
        self._stack: list[str] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self.feed(markup)
        self.close()
        assert not self._stack, f"unclosed elements: {self._stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the tag with its attributes and ancestors; start rows and cells."""
        self.tags.append((tag, dict(attrs), tuple(self._stack)))
        if tag == "tr" and "tbody" in self._stack:
            self.rows.append([])
        elif tag in {"td", "th"} and "tbody" in self._stack:
            self._cell = []
        elif tag == "caption":
            self._caption = []
        if tag not in VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost element, which must be ``tag``."""
        assert self._stack, f"</{tag}> closes nothing"
        assert self._stack[-1] == tag, f"</{tag}> closes <{self._stack[-1]}>"
        self._stack.pop()
        if tag in {"td", "th"} and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "caption" and self._caption is not None:
            self.captions.append("".join(self._caption))
            self._caption = None

    def handle_data(self, data: str) -> None:
        """Collect text, also into the open cell or caption."""
        self.text_parts.append(data)
        for sink in (self._cell, self._caption):
            if sink is not None:
                sink.append(data)

    @property
    def text(self) -> str:
        """All the text, as a browser would show it (entities decoded)."""
        return "".join(self.text_parts)

    def all(self, tag: str, class_: str | None = None) -> list[dict[str, str | None]]:
        """The attributes of every ``tag`` (with ``class_`` among its classes, if given)."""
        return [
            attributes
            for name, attributes, _ in self.tags
            if name == tag and (class_ is None or class_ in (attributes.get("class") or "").split())
        ]

    def names(self) -> set[str]:
        """Every tag name used."""
        return {name for name, _, _ in self.tags}


def style_value(attributes: dict[str, str | None], prop: str) -> str:
    """The value of one CSS property in an inline ``style``."""
    found = re.search(rf"(?:^|;)\s*{prop}\s*:\s*([^;]+)", attributes.get("style") or "")
    assert found, f"no {prop} in {attributes}"
    return found.group(1).strip()


def activity(holder: str, day: str, units: str, title: str, **more: object) -> cc.CeuActivity:
    """An approved event of ``holder``'s, with its title as index number."""
    return cc.CeuActivity(
        completed_on=day,
        units=units,
        kind="approved-event",
        title=title,
        index_number=title,
        holder_id=holder,
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def roster() -> cc.RosterReport:
    """Holders at MET, ON_TRACK, BEHIND, INACTIVE and LAPSED, one hostile name, one with none."""
    holders = [
        cc.Holder("met", [("CPC", "2020-01-15")], name="Met Coder"),
        cc.Holder("on-track", [("CPC", "2020-01-15")]),
        cc.Holder("behind", [("CPC", "2020-01-15"), ("CCS", "2021-03-01")]),
        cc.Holder("inactive", [("CCS", "2016-01-01")]),
        cc.Holder("lapsed", [("CPC", "2020-01-15")], name=HOSTILE),
        cc.Holder("none", []),
    ]
    log = [
        activity("met", "2023-02-01", "36", "M0"),
        activity("met", "2025-02-01", "36", "M1"),
        activity("on-track", "2023-02-01", "36", "O0"),
        activity("on-track", "2025-02-01", "30", "O1"),
        activity("behind", "2023-02-01", "36", "B0"),
        activity("behind", "2023-06-01", "20", "B0-hiim", categories={"hiim"}),
        activity("behind", "2025-02-01", "2", "B1 <b>bold</b>"),
        activity("behind", "2010-01-01", "5", "Too early"),
        activity("lapsed", "2025-02-01", "1", HOSTILE),
    ]
    return cc.assess_roster(holders, log, as_of=AS_OF)


def report_of(roster: cc.RosterReport, holder_id: str) -> cc.ComplianceReport:
    """The report of one holder of the roster."""
    return next(r for r in roster if r.holder.id == holder_id)


def bold_credential() -> cc.Credential:
    """A custom credential whose every text field carries markup."""
    body = cc.IssuingBody(code="XB", name="<i>Body</i> & Co")
    source = cc.Source(
        title="<b>Source</b>", url='https://example.test/?a="><script>x</script>', supports="<u>"
    )
    return cc.Credential(
        code="XB-1",
        title="<b>Bold</b> Coder",
        body=body,
        setting=None,
        focus=None,
        aliases=["<em>alias</em>"],
        sources=[source, cc.Source(title="<q>Offline</q>", url=None, supports="<s>")],
        assumptions=["<img src=x onerror=alert(1)>"],
        notes=["<marquee>note</marquee>"],
    )


def every_view(roster: cc.RosterReport) -> list[Viewable]:
    """One object of each displayable class, and then some."""
    behind = report_of(roster, "behind")
    return [
        cc.CPC,
        cc.CPC_H,
        bold_credential(),
        cc.tier_table("AAPC", on=AS_OF),
        cc.tier_table("AAPC", on="2013-01-01"),
        *cc.ceu_requirements(["CPC", "CPC-H", "COC", "CCS"], on=AS_OF),
        *behind.assessments,
        behind,
        report_of(roster, "none"),
        report_of(roster, "lapsed"),
        roster,
    ]


# --- The mixin -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cls",
    [
        cc.Credential,
        cc.CeuTierTable,
        cc.CeuRequirement,
        cc.BodyAssessment,
        cc.ComplianceReport,
        cc.RosterReport,
    ],
)
def test_classes_are_displayable_and_stay_slotted(cls: type) -> None:
    """The six classes have their own view methods and keep attrs' slots (no __dict__)."""
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert "_repr_pretty_" in cls.__dict__


def test_instances_have_no_dict(roster: cc.RosterReport) -> None:
    """Instances of the displayable classes have no __dict__: the mixin adds no slot or state."""
    for obj in every_view(roster):
        assert not hasattr(obj, "__dict__"), type(obj).__name__


def test_no_model_module_imports_the_display_module() -> None:
    """The display sits above what it shows: no other module imports it, not even lazily."""
    package = Path(_display.__file__).parent
    for path in package.glob("*.py"):
        if path.name in {"_display.py", "__init__.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                named = [node.module or "", *(f"{node.module}.{a.name}" for a in node.names)]
                assert "coding_certs._display" not in named, path.name
            if isinstance(node, ast.Import):
                assert all(a.name != "coding_certs._display" for a in node.names), path.name


def test_a_class_without_a_view_shows_its_escaped_repr() -> None:
    """A Viewable class with no view registered shows its repr, escaped, in HTML and as text."""

    class Odd(Viewable):
        __slots__ = ()

        def __repr__(self) -> str:
            return "Odd<script>"

    parsed = Parsed(Odd()._repr_html_())
    assert "script" not in parsed.names()
    assert parsed.text == "Odd<script>"
    assert pretty_text(Odd()) == "Odd<script>"


def test_a_users_view_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A view registered by the user wins, even over the library's registering later."""

    @attrs.frozen
    class Team(Viewable):
        name: str

    @cc.html_view.register(Team)
    def _(team: Team) -> str:
        return f"<b>{team.name}</b>"

    _display._register(Team, lambda _: "library's", lambda _: "library's text")
    assert Team("Coders")._repr_html_() == "<b>Coders</b>"
    assert pretty_text(Team("Coders")) == "library's text"


# --- HTML: structure -------------------------------------------------------------------


def test_every_view_is_well_formed_without_script(roster: cc.RosterReport) -> None:
    """Every view parses with balanced tags, holds a table, and has no script or handler."""
    for obj in every_view(roster):
        markup = obj._repr_html_()
        parsed = Parsed(markup)
        assert parsed.all("table"), type(obj).__name__
        assert not parsed.names() & {"script", "style", "iframe", "object", "img", "b", "em"}
        for _, attributes, _ in parsed.tags:
            assert not any(name.startswith("on") for name in attributes)
            assert "javascript:" not in str(attributes.values()).lower()


def test_credential_html_lists_its_facts() -> None:
    """A credential shows a caption with code and title and a row per fact, sources as links."""
    parsed = Parsed(cc.CPC._repr_html_())
    assert parsed.captions == ["CPC: Certified Professional Coder"]
    facts = {row[0]: row[1] for row in parsed.rows}
    assert facts["Issuing body"] == "AAPC American Academy of Professional Coders"
    assert (facts["Setting"], facts["Focus"], facts["Status"]) == (
        "professional",
        "outpatient",
        "active",
    )
    links = [a["href"] for a in parsed.all("a")]
    assert "https://www.aapc.com/certification/cpc" in links


def test_renamed_credential_html_names_its_successor() -> None:
    """CPC-H shows that it was renamed COC."""
    facts = {row[0]: row[1] for row in Parsed(cc.CPC_H._repr_html_()).rows}
    assert facts["Status"].startswith("renamed COC")


def test_credential_with_dated_rename_says_whether_the_date_is_confirmed() -> None:
    """A rename with a date shows it, marked as assumed unless confirmed."""
    assumed = attrs.evolve(cc.CPC_H, renamed_on=dt.date(2019, 1, 1))
    confirmed = attrs.evolve(assumed, renamed_on_confirmed=True)
    assumed_facts = {r[0]: r[1] for r in Parsed(assumed._repr_html_()).rows}
    confirmed_facts = {r[0]: r[1] for r in Parsed(confirmed._repr_html_()).rows}
    assert assumed_facts["Status"] == "renamed COC on 2019-01-01 (date assumed)"
    assert confirmed_facts["Status"] == "renamed COC on 2019-01-01"


def test_tier_table_html_has_a_row_per_tier() -> None:
    """A tier table shows one row per tier: its label and its units."""
    table = cc.tier_table("AAPC", on=AS_OF)
    parsed = Parsed(table._repr_html_())
    assert parsed.rows == [[tier.label, str(tier.units)] for tier in table.tiers]
    assert "in force from 2015-08-31" in parsed.text


def test_superseded_tier_table_html_shows_its_period() -> None:
    """An older edition names the day it was superseded."""
    parsed = Parsed(cc.tier_table("AAPC", on="2013-01-01")._repr_html_())
    assert "until the day before 2015-08-31" in parsed.text
    assert [row[1] for row in parsed.rows] == ["36", "48", "60", "72", "80"]


def test_requirement_html_highlights_the_tier_applied() -> None:
    """A requirement lists each credential and what it counts as, and marks the tier applied."""
    (requirement,) = cc.ceu_requirements(["CPC", "CPC-H", "COC"], on=AS_OF)
    parsed = Parsed(requirement._repr_html_())
    assert parsed.captions[0] == "AAPC: 40 CEUs every 2 years for 2 credentials"
    counts_as = {row[0]: row[2] for row in parsed.rows if len(row) == 3}
    assert counts_as == {"COC": "COC", "CPC": "CPC", "CPC-H": "COC (renamed)"}
    highlighted = [a for name, a, _ in parsed.tags if name == "tr" and a.get("style")]
    assert len(highlighted) == 1
    assert "font-weight:700" in (highlighted[0]["style"] or "")
    assert ["2 credentials", "40"] in parsed.rows


def test_requirement_html_lists_the_minimums() -> None:
    """A requirement's view has a table of its minimums, their CEUs and rules, with sources."""
    (requirement,) = cc.ceu_requirements(["CCS"], on="2020-01-01")
    parsed = Parsed(requirement._repr_html_())
    assert "Category minimums inside the 20 CEUs" in parsed.captions
    assert ["80% in hiim", "16", "ahima-80-percent-hiim"] in parsed.rows
    assert [
        "5 CEUs in coding-self-review each year for CCS",
        "10",
        "ahima-ccs-coding-self-reviews",
    ] in (parsed.rows)
    assert "Judged by the day a cycle ends" in parsed.text


def test_requirement_html_without_minimums_has_no_table() -> None:
    """A requirement with no minimum shows no minimums table."""
    (requirement,) = cc.ceu_requirements(["CPC"], on="2026-01-01")
    assert not any("minimums" in c for c in Parsed(requirement._repr_html_()).captions)


def test_extrapolated_requirement_html_says_so() -> None:
    """A requirement computed leniently before any edition says which rule was stretched."""
    with pytest.warns(cc.RuleNotInForceWarning):
        (requirement,) = cc.ceu_requirements(["CPC"], on="1990-01-01", lenient=True)
    text = Parsed(requirement._repr_html_()).text
    assert "No AAPC edition was in force on 1990-01-01" in text


# --- HTML: assessments ---------------------------------------------------------------


def test_assessment_bar_shows_earned_and_pace(roster: cc.RosterReport) -> None:
    """The bar fills to earned/required and the pace mark sits at pace/required."""
    assessment = report_of(roster, "on-track").for_body("AAPC")
    parsed = Parsed(assessment._repr_html_())
    (bar,) = parsed.all("span", "cc-bar")
    (fill,) = parsed.all("span", "cc-bar-fill")
    (mark,) = parsed.all("span", "cc-pace")
    required, earned, pace = assessment.required, assessment.earned, assessment.pace
    assert style_value(fill, "width") == f"{float(earned / required * 100):.1f}%"
    assert style_value(mark, "left") == f"{float(pace / required * 100):.1f}%"
    assert f"{earned} of {required} CEUs earned" in (bar["aria-label"] or "")
    assert bar["role"] == "img"


def test_bar_is_clipped_to_full() -> None:
    """CEUs beyond the requirement fill the bar, no more; a zero requirement is full."""
    assert _display_parts._percent(Decimal(50), Decimal(36)) == 100.0
    assert _display_parts._percent(Decimal(0), Decimal(0)) == 100.0
    assert _display_parts._percent(Decimal(-1), Decimal(10)) == 0.0
    assert _display_parts._percent(Decimal(9), Decimal(36)) == 25.0


@pytest.mark.parametrize("standing", list(cc.Standing))
def test_badge_names_the_standing(standing: cc.Standing) -> None:
    """Each standing's badge names it in words, with its own colours; colour is not the only cue."""
    parsed = Parsed(_display_parts._badge(standing))
    (badge,) = parsed.all("span", "cc-badge")
    assert parsed.text == standing.name.replace("_", " ")
    assert style_value(badge, "background") == _display_parts._BADGE_COLOURS[standing.value][1]
    good = "in good standing" if standing.in_good_standing else "not in good standing"
    assert badge["title"] == good


def test_badge_colours_are_distinct() -> None:
    """No two standings share a badge colour."""
    backgrounds = [bg for _, bg in _display_parts._BADGE_COLOURS.values()]
    assert len(set(backgrounds)) == len(backgrounds) == len(cc.Standing)


def test_assessment_html_shows_numbers_minimums_counted_and_rejected(
    roster: cc.RosterReport,
) -> None:
    """An assessment lists its numbers, its category minimums, what counted and what did not."""
    ahima = report_of(roster, "behind").for_body("AHIMA")
    parsed = Parsed(ahima._repr_html_())
    facts = {row[0]: row[1] for row in parsed.rows if len(row) == 2}
    assert facts["Standing"] == ahima.standing.name.replace("_", " ")
    assert facts["Required"] == f"{ahima.required} CEUs"
    assert facts["Due"] == str(ahima.due)
    assert "Category minimums of the current cycle" in parsed.captions
    assert any(row[0] == "80% in hiim" for row in parsed.rows)
    aapc = Parsed(report_of(roster, "behind").for_body("AAPC")._repr_html_())
    assert "Counted this cycle" in aapc.captions
    assert ["2025-02-01", "B1 <b>bold</b>", "approved-event", "2"] in aapc.rows
    assert "Not counted" in aapc.captions
    (early,) = [row for row in aapc.rows if len(row) == 4 and row[1] == "Too early"]
    assert early[3].startswith("before-credential")
    assert "B1 <b>bold</b>" in aapc.text
    assert parsed.all("details")


def test_grace_or_inactive_html_shows_until_when(roster: cc.RosterReport) -> None:
    """A grace or inactive standing shows the last day it can be fixed: the end of that period."""
    assessment = report_of(roster, "inactive").assessments[0]
    assert assessment.standing_until is not None
    facts = {row[0]: row[1] for row in Parsed(assessment._repr_html_()).rows if len(row) == 2}
    assert facts["Fix by"] == str(assessment.standing_until)


def test_report_html_has_a_row_per_body(roster: cc.RosterReport) -> None:
    """A holder's report has one row per body with standing, bar and numbers."""
    report = report_of(roster, "behind")
    parsed = Parsed(report._repr_html_())
    assert [row[0] for row in parsed.rows] == ["AAPC", "AHIMA"]
    assert len(parsed.all("span", "cc-bar")) == 2
    assert len(parsed.all("span", "cc-badge")) == 2
    assert parsed.captions[0] == "Holder behind, as of 2026-01-01: in good standing"


def test_report_without_credentials_says_so(roster: cc.RosterReport) -> None:
    """A holder with no credentials gets one row saying none are held."""
    parsed = Parsed(report_of(roster, "none")._repr_html_())
    assert parsed.rows[0][0] == "no credentials held"


def test_roster_html_has_a_row_per_holder_and_body(roster: cc.RosterReport) -> None:
    """A roster lists each holder and body once (and a holder with none once), with counts."""
    parsed = Parsed(roster._repr_html_())
    pairs = [(row[0], row[2]) for row in parsed.rows]
    expected = [(r.holder.id, a.body.code) for r in roster for a in r.assessments]
    assert [p for p in pairs if p[0] != "none"] == expected
    assert ("none", "no credentials held") in pairs
    badges = len(parsed.all("span", "cc-badge"))
    standings_seen = sum(1 for n in roster.count_by_standing().values() if n)
    assert badges == len(expected) + standings_seen
    assert "Roster as of 2026-01-01: 6 holders, NOT in good standing" in parsed.text


def test_roster_html_stops_after_max_rows(
    roster: cc.RosterReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long roster shows MAX_ROWS rows and says how many more to_records() has."""
    monkeypatch.setattr(_display, "MAX_ROWS", 2)
    parsed = Parsed(roster._repr_html_())
    assert len(parsed.rows) == 2
    total = len(roster.to_records()) + 1  # the holder with no credentials has a row too
    assert f"{total - 2} more rows not shown" in parsed.text


# --- HTML: escaping ------------------------------------------------------------------


def test_hostile_holder_name_renders_as_text(roster: cc.RosterReport) -> None:
    """A holder named <script>alert(1)</script> is shown as that text, never as a tag."""
    for obj in (report_of(roster, "lapsed"), roster):
        markup = obj._repr_html_()
        parsed = Parsed(markup)
        assert "script" not in parsed.names()
        assert HOSTILE in parsed.text
        assert "&lt;script&gt;" in markup


def test_custom_credential_markup_renders_as_text() -> None:
    """A custom credential's title, body name, aliases, sources and notes stay text."""
    credential = bold_credential()
    markup = credential._repr_html_()
    parsed = Parsed(markup)
    assert not parsed.names() & {"b", "i", "em", "q", "img", "marquee", "script", "u", "s"}
    assert parsed.captions == ["XB-1: <b>Bold</b> Coder"]
    for text in ("<i>Body</i> & Co", "<em>alias</em>", "<b>Source</b>", "<marquee>note</marquee>"):
        assert text in parsed.text
    assert "<img src=x onerror=alert(1)>" in parsed.text
    (link,) = parsed.all("a")
    assert link["href"] == 'https://example.test/?a="><script>x</script>'
    assert link["title"] == "<u>"


# --- Pretty text ---------------------------------------------------------------------


class FakePrinter:
    """Records what a view writes to IPython's pretty printer."""

    def __init__(self) -> None:
        """Start with one empty line."""
        self.lines = [""]

    def text(self, obj: str) -> None:
        """Append text to the current line."""
        self.lines[-1] += obj

    def break_(self) -> None:
        """Start a new line."""
        self.lines.append("")


def test_pretty_writes_the_text_line_by_line(roster: cc.RosterReport) -> None:
    """_repr_pretty_ writes each line of the text view, with breaks between them."""
    for obj in every_view(roster):
        printer = FakePrinter()
        obj._repr_pretty_(printer, cycle=False)
        assert printer.lines == pretty_text(obj).splitlines()


def test_pretty_on_a_cycle_is_short() -> None:
    """On a reference cycle the view writes only the class name."""
    printer = FakePrinter()
    cc.CPC._repr_pretty_(printer, cycle=True)
    assert printer.lines == ["Credential(...)"]


def test_credential_text_is_one_line() -> None:
    """A credential's text names code, title, body, setting, focus and status on one line."""
    assert pretty_text(cc.CPC) == (
        "CPC: Certified Professional Coder (AAPC; professional, outpatient; active)"
    )
    assert pretty_text(cc.CCA).endswith("(AHIMA; any setting; active)")
    assert pretty_text(cc.CPC_H).endswith("renamed COC)")


def test_tier_table_text_lists_tiers() -> None:
    """A tier table's text has the edition, the period and one aligned line per tier."""
    lines = pretty_text(cc.tier_table("AAPC", on=AS_OF)).splitlines()
    assert lines[0].startswith("AAPC CEU tier table, edition 'aapc-2015'")
    assert "  1 credential           36" in lines
    assert "  5 or more credentials  52" in lines


def test_requirement_and_report_text_is_their_explanation(roster: cc.RosterReport) -> None:
    """A requirement's and a report's text is their explain()."""
    (requirement,) = cc.ceu_requirements(["CPC"], on=AS_OF)
    assert pretty_text(requirement) == requirement.explain()
    report = report_of(roster, "behind")
    assert pretty_text(report) == report.explain()


def test_assessment_text_is_headline_then_explanation(roster: cc.RosterReport) -> None:
    """An assessment's text is a one-line headline with the numbers, then explain()."""
    assessment = report_of(roster, "on-track").for_body("AAPC")
    head, rest = pretty_text(assessment).split("\n", 1)
    assert head == (
        f"AAPC: ON TRACK, 30 of 36 CEUs earned ({assessment.pace} expected by 2026-01-01); "
        f"due {assessment.due}"
    )
    assert rest == assessment.explain()


def test_roster_text_is_a_table(roster: cc.RosterReport) -> None:
    """A roster's text has a headline, counts by standing and one aligned line per assessment."""
    lines = pretty_text(roster).splitlines()
    assert lines[0] == "Roster as of 2026-01-01: 6 holders, NOT in good standing."
    assert lines[1].startswith("  Assessments by standing: 1 MET, 1 ON TRACK, ")
    assert len(lines) == 2 + len(roster.to_records())
    assert len({line.index(" due ") for line in lines[2:]}) == 1


def test_empty_roster_text_and_html() -> None:
    """An empty roster says it has no holders, in text and in HTML."""
    empty = cc.assess_roster([], as_of=AS_OF)
    assert pretty_text(empty).splitlines() == [
        "Roster as of 2026-01-01: 0 holders, in good standing.",
        "  Assessments by standing: none.",
    ]
    parsed = Parsed(empty._repr_html_())
    assert parsed.rows == []
    assert "0 holders" in parsed.text


def test_one_holder_is_singular() -> None:
    """A roster of one says "1 holder"."""
    single = cc.assess_roster([cc.Holder("E1", [("CPC", "2020-01-15")])], as_of=AS_OF)
    assert pretty_text(single).startswith("Roster as of 2026-01-01: 1 holder,")


def test_ipython_uses_the_views(roster: cc.RosterReport) -> None:
    """IPython's own pretty printer and display formatter pick up both views."""
    pretty = pytest.importorskip("IPython.lib.pretty")
    formatters = pytest.importorskip("IPython.core.formatters")
    for obj in every_view(roster):
        assert pretty.pretty(obj) == pretty_text(obj)
        data, _ = formatters.DisplayFormatter().format(obj)
        assert data["text/html"] == obj._repr_html_()
        assert data["text/plain"] == pretty_text(obj)
    assert pretty.pretty([cc.CPC, cc.CCS]) == (
        "[CPC: Certified Professional Coder (AAPC; professional, outpatient; active),\n"
        " CCS: Certified Coding Specialist (AHIMA; facility, inpatient; active)]"
    )


def test_colours_follow_the_notebooks_theme(roster: cc.RosterReport) -> None:
    """Every colour but a badge's (whose pairs keep their contrast) is a theme variable.

    JupyterLab's ``--jp-*`` variables, then VS Code's, then a light fallback: in a dark
    theme, muted text, rules, bars and the pace mark take the theme's own colours.
    """
    for obj in every_view(roster):
        for name, attributes, _ in Parsed(obj._repr_html_()).tags:
            classes = (attributes.get("class") or "").split()
            if {"cc-badge", "cc-bar-fill"} & set(classes):
                continue
            for declaration in (attributes.get("style") or "").split(";"):
                if "#" in declaration:
                    assert "var(--jp-" in declaration, (name, declaration)


def test_assessment_html_links_every_rule_to_its_sources(roster: cc.RosterReport) -> None:
    """The rules applied are listed by name, each with links to the pages it comes from."""
    for assessment in (a for report in roster for a in report.assessments):
        parsed = Parsed(assessment._repr_html_())
        links = {attributes.get("href") for name, attributes, _ in parsed.tags if name == "a"}
        rules = [assessment.cycle_rule, *(m.rule for m in assessment.minimums)]
        if assessment.lapse_rule is not None:
            rules.append(assessment.lapse_rule)
        for rule in rules:
            assert rule.name in parsed.text
            assert {s.url for s in rule.sources if s.url} <= links
        table = assessment.current.requirement.table
        assert {s.url for s in table.sources if s.url} <= links
