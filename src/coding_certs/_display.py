"""How the value objects look in Jupyter: their HTML and plain-text views.

This module sits above what it shows. It registers views of
:class:`~coding_certs.Credential`, :class:`~coding_certs.CeuTierTable`,
:class:`~coding_certs.CeuRequirement`, :class:`~coding_certs.BodyAssessment`,
:class:`~coding_certs.ComplianceReport` and :class:`~coding_certs.RosterReport`
on :func:`~coding_certs.html_view` and :func:`~coding_certs.text_view` (see
``_views``), which the classes' ``_repr_html_`` and ``_repr_pretty_`` consult;
the model never imports it, and the package loads it when the first view is
asked for. A view a user registered first is kept. The HTML view has tables, a
progress bar of CEUs earned against required with a mark at the pro-rata pace,
and the standing as a coloured badge; for a cycle that ended unmet it shows the
obligation first.

The HTML is plain HTML with inline CSS: no JavaScript, no stylesheet, no extra
dependency. Every piece of text is escaped with :func:`html.escape`, so a coder
named ``<script>`` is shown as text. Colour is never the only signal: each badge
also names the standing, and each bar has a text label. The building blocks
(styles, tables, badges, bars) are in ``_display_parts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from coding_certs._assess import BodyAssessment, ComplianceReport, RosterReport
from coding_certs._display_parts import (
    _ASSUMPTION,
    _CELL,
    _HIGHLIGHT,
    _MUTED,
    _NUMBER,
    _assumptions,
    _badge,
    _bar,
    _block,
    _e,
    _explanation,
    _facts,
    _list,
    _plural,
    _row,
    _rules_applied,
    _sources,
    _standing_label,
    _table,
)
from coding_certs._model import Credential
from coding_certs._record_types import body_label, past_grace
from coding_certs._requirements import CeuRequirement
from coding_certs._tiers import CeuTierTable
from coding_certs._views import html_view, render_text, text_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from coding_certs._assess import Standing
    from coding_certs._tiers import CeuTier

MAX_ROWS = 500
"""A roster's HTML table stops after this many rows; ``to_records()`` has them all."""


def pretty_text(obj: object) -> str:
    """The plain-text view of ``obj``, as the pretty printer shows it."""
    return render_text(obj)


# --- Credential --------------------------------------------------------------------


def _credential_text(credential: Credential) -> str:
    c = credential
    where = "; ".join(
        part
        for part in (
            c.body.code,
            ", ".join(str(x) for x in (c.setting, c.focus) if x is not None) or "any setting",
            c.status,
        )
    )
    return f"{c.code}: {c.title} ({where})"


def _credential_html(credential: Credential) -> str:
    c = credential
    status = _e(c.status)
    if c.renamed_on is not None:
        confirmed = "" if c.renamed_on_confirmed else " (date assumed)"
        status += f" on {_e(c.renamed_on)}{_e(confirmed)}"
    facts = [
        ("Issuing body", f"{_e(c.body.code)} <span style='{_MUTED}'>{_e(c.body.name)}</span>"),
        ("Setting", _e(c.setting or "any")),
        ("Focus", _e(c.focus or "any")),
        ("Status", status),
    ]
    if c.aliases:
        facts.append(("Also written", _e(", ".join(c.aliases))))
    if c.apprentice:
        facts.append(("Apprentice designation", _e(c.apprentice)))
        facts.append(("Until", _e(c.apprentice_rule or "not recorded")))
    return _block(
        _facts(f"{c.code}: {c.title}", facts),
        _sources(c.sources),
        _assumptions(c.assumptions),
        _list("Notes", map(_e, c.notes), _MUTED),
    )


# --- Tier tables and requirements ---------------------------------------------------


def _period(table: CeuTierTable) -> str:
    if table.superseded_on is None:
        return f"in force from {table.effective_from}"
    return f"in force from {table.effective_from} until the day before {table.superseded_on}"


def _tier_table_text(table: CeuTierTable) -> str:
    width = max(len(tier.label) for tier in table.tiers)
    lines = [
        f"{table.body.code} CEU tier table, edition '{table.edition}': {table.title}",
        f"  CEUs every {table.cycle_text}, {_period(table)}.",
        *(f"  {tier.label.ljust(width)}  {tier.units}" for tier in table.tiers),
        *(f"  Source: {source.cite()}" for source in table.sources),
        *(f"  Assumption: {text}" for text in table.assumptions),
    ]
    return "\n".join(lines)


def _tiers(table: CeuTierTable, applied: CeuTier | None = None) -> str:
    rows = []
    for tier in table.tiers:
        mark = f" style='font-weight:700;background:{_HIGHLIGHT}'" if tier == applied else ""
        rows.append(
            f"<tr{mark}><td style='{_CELL}'>{_e(tier.label)}</td>"
            f"<td style='{_NUMBER}'>{_e(tier.units)}</td></tr>"
        )
    return _table(
        f"{table.body.code} edition {table.edition}",
        [("Credentials held", False), (f"CEUs every {table.cycle_text}", True)],
        rows,
    )


def _tier_table_html(table: CeuTierTable) -> str:
    return _block(
        _tiers(table),
        f'<div style="{_MUTED}">{_e(table.title)}; {_e(_period(table))}.</div>',
        _sources(table.sources),
        _assumptions(table.assumptions),
    )


def _requirement_text(requirement: CeuRequirement) -> str:
    return requirement.explain()


def _requirement_html(requirement: CeuRequirement) -> str:
    r = requirement
    counted = {c.code for c in r.counted}
    rows = [
        _row(
            _e(c.code),
            _e(c.title),
            _e(c.code if c.code in counted else f"{c.successor} (renamed)"),
        )
        for c in r.credentials
    ]
    minimums = [_row(_e(m.describe()), _e(r.minimum_units(m)), _e(m.name)) for m in r.minimums]
    minimum_head = [("Minimum", False), ("CEUs", False), ("Rule", False)]
    plural = "" if r.count == 1 else "s"
    headline = (
        f"{r.body.code}: {r.units} CEUs every {r.cycle_text} for {r.count} credential{plural}"
    )
    note = ""
    if r.extrapolated:
        note = (
            f'<div style="{_ASSUMPTION}">{_e(f"No {r.body.code} edition was in force on {r.on}")}'
            "; the earliest known edition was applied (lenient).</div>"
        )
    return _block(
        _table(headline, [("Credential", False), ("Title", False), ("Counts as", False)], rows),
        note,
        (
            _tiers(cast("CeuTierTable", r.table), cast("CeuTierTable", r.table).tier_for(r.count))
            if r.table.kind == "tiered"
            else f'<div style="{_MUTED}">{_e(r.basis)}</div>'
        ),
        _sources(r.table.sources),
        _assumptions(r.table.assumptions),
        # The minimums inside the total, then their rules' sources and assumptions.
        _table(f"Category minimums inside the {r.units} CEUs", minimum_head, minimums)
        if minimums
        else "",
        _sources({s.cite(): s for m in r.minimums for s in m.sources}.values()),
        _assumptions(text for m in r.minimums for text in m.assumptions),
    )


# --- Assessments and reports -------------------------------------------------------


def _headline(assessment: BodyAssessment) -> str:
    a = assessment
    owed = a.obligation
    if owed is None:
        return (
            f"{a.body.code}: {_standing_label(a.standing)}, {a.earned} of {a.required} CEUs "
            f"earned ({a.pace} expected by {a.as_of}); due {a.due}"
        )
    return (
        f"{a.body.code}: {_standing_label(a.standing)}. {owed.describe()}\n"
        f"Current cycle {a.cycle}: {a.earned} of {a.required} CEUs earned; due {a.due}"
    )


def _assessment_text(assessment: BodyAssessment) -> str:
    return f"{_headline(assessment)}\n{assessment.explain()}"


def _obligation_facts(assessment: BodyAssessment) -> str:
    """What a coder whose cycle ended unmet must do: the obligation, first and whole."""
    owed = assessment.obligation
    if owed is None:
        return ""
    facts = [
        ("Standing", _badge(assessment.standing)),
        ("What to do", _e(owed.describe())),
        ("Unmet cycle", _e(owed.cycle)),
        ("Progress", _bar(assessment)),
        ("Required", _e(f"{owed.required} CEUs")),
        ("Earned", _e(f"{owed.earned} CEUs")),
        ("Remaining", _e(f"{owed.remaining} CEUs")),
        ("Due", _e(owed.due)),
        ("Fix by", _e(owed.fix_by or "no longer possible: revoked")),
    ]
    later = past_grace(assessment.to_record())
    if later:
        facts.insert(1, ("Past grace, still active", _e(later)))
    facts.extend(
        (f"Minimum {m.rule.describe()}", _e(f"{m.earned} of {m.required}, {m.remaining} to go"))
        for m in owed.unmet_minimums
    )
    return _facts(f"{assessment.body.code} as of {assessment.as_of}: what to do", facts)


def _assessment_html(assessment: BodyAssessment) -> str:
    a = assessment
    held = ", ".join(
        f"{h.designation} ({'apprentice, ' if h.apprentice else ''}earned {h.earned_on})"
        for h in a.credentials
    )
    owed = a.obligation
    facts = [] if owed is not None else [("Standing", _badge(a.standing))]
    facts += [
        ("Progress", _bar(a, current=True)),
        ("Credentials", _e(held)),
        ("Current cycle", _e(a.cycle)),
        ("Due", _e(a.due)),
        ("Required", _e(f"{a.required} CEUs")),
        ("Earned", _e(f"{a.earned} CEUs")),
        ("Remaining", _e(f"{a.remaining} CEUs")),
        ("Pace", _e(f"{a.pace} CEUs expected by {a.as_of}")),
    ]
    caption = f"{a.body.code} as of {a.as_of}" if owed is None else "Beside it: the current cycle"
    parts = [_obligation_facts(a), _facts(caption, facts)]
    if a.minimums:
        parts.append(
            _table(
                "Category minimums of the current cycle",
                [("Minimum", False), ("Earned", True), ("Required", True), ("Met", False)],
                (
                    _row(
                        _e(m.rule.describe()),
                        _e(m.earned),
                        _e(m.required),
                        "yes" if m.met else f"no, {_e(m.remaining)} to go",
                        numeric=(1, 2),
                    )
                    for m in a.minimums
                ),
            )
        )
    if a.counted:
        parts.append(
            _table(
                "Counted this cycle",
                [("Completed", False), ("Title", False), ("Kind", False), ("CEUs", True)],
                (
                    _row(_e(x.completed_on), _e(x.title), _e(x.kind), _e(x.units), numeric=(3,))
                    for x in a.counted
                ),
            )
        )
    if a.rejected:
        parts.append(
            _table(
                "Not counted",
                [("Completed", False), ("Title", False), ("CEUs", True), ("Why", False)],
                (
                    _row(
                        _e(r.activity.completed_on),
                        _e(r.activity.title),
                        _e(r.activity.units),
                        f"<code>{_e(r.reason)}</code> {_e(r.detail)}",
                        numeric=(2,),
                    )
                    for r in a.rejected
                ),
            )
        )
    parts.append(_rules_applied(a))
    parts.append(_explanation(a.explain()))
    return _block(*parts)


_SUMMARY_HEAD = [
    ("Body", False),
    ("Standing", False),
    ("Progress", False),
    ("Required", True),
    ("Earned", True),
    ("Remaining", True),
    ("Due", False),
    ("Until", False),
]


def _summary_cells(assessment: BodyAssessment) -> list[str]:
    """One row of a summary: the numbers of ``to_record()`` (the obligation first, if any)."""
    a = assessment
    record = a.to_record()
    return [
        _e(body_label(record)),
        _badge(a.standing),
        _bar(a),
        _e(record["required"]),
        _e(record["earned"]),
        _e(record["remaining"]),
        _e(record["due"]),
        _e(record["standing_until"]),
    ]


def _holder_label(report: ComplianceReport) -> str:
    name = f" ({report.holder.name})" if report.holder.name else ""
    return f"Holder {report.holder.id}{name}"


def _report_text(report: ComplianceReport) -> str:
    return report.explain()


def _report_html(report: ComplianceReport) -> str:
    good = "in good standing" if report.in_good_standing else "NOT in good standing"
    rows = [_row(*_summary_cells(a), numeric=(3, 4, 5)) for a in report.assessments]
    if not rows:
        rows.append(_row("no credentials held", *[""] * (len(_SUMMARY_HEAD) - 1)))
    return _block(
        _table(f"{_holder_label(report)}, as of {report.as_of}: {good}", _SUMMARY_HEAD, rows),
        _explanation(report.explain()),
    )


def _counts(roster: RosterReport) -> list[tuple[Standing, int]]:
    return [(s, n) for s, n in roster.count_by_standing().items() if n]


def _roster_text(roster: RosterReport) -> str:
    good = "in good standing" if roster.in_good_standing else "NOT in good standing"
    counts = ", ".join(f"{n} {_standing_label(s)}" for s, n in _counts(roster)) or "none"
    rows = [
        (
            report.holder.id,
            report.holder.name or "",
            body_label(record),
            _standing_label(a.standing),
            f"{record['earned']}/{record['required']} CEUs",
            f"{record['remaining']} to go",
            f"due {record['due']}",
            past_grace(record)
            or (f"until {record['standing_until']}" if record["standing_until"] else ""),
        )
        for report in roster.reports
        for a in report.assessments
        for record in [a.to_record()]
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(8)]
    lines = [
        f"Roster as of {roster.as_of}: {_plural(len(roster), 'holder')}, {good}.",
        f"  Assessments by standing: {counts}.",
        *(
            "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in rows
        ),
    ]
    return "\n".join(lines)


def _roster_html(roster: RosterReport) -> str:
    good = "in good standing" if roster.in_good_standing else "NOT in good standing"
    counts = " ".join(f"{_badge(s)} {n}" for s, n in _counts(roster))
    rows: list[str] = []
    total = 0
    for report in roster.reports:
        holder = [_e(report.holder.id), _e(report.holder.name or "")]
        cells = [_summary_cells(a) for a in report.assessments] or [
            ["no credentials held", *[""] * (len(_SUMMARY_HEAD) - 1)]
        ]
        for summary in cells:
            total += 1
            if total <= MAX_ROWS:
                rows.append(_row(*holder, *summary, numeric=(5, 6, 7)))
    more = ""
    if total > MAX_ROWS:
        more = (
            f'<div style="{_MUTED}">{_e(total - MAX_ROWS)} more rows not shown; '
            "<code>to_records()</code> has them all.</div>"
        )
    return _block(
        f'<div style="font-weight:600">{_e(f"Roster as of {roster.as_of}")}: '
        f"{_e(_plural(len(roster), 'holder'))}, {_e(good)}</div>",
        f'<div style="margin:0.2em 0">{counts}</div>',
        _table("", [("Holder", False), ("Name", False), *_SUMMARY_HEAD], rows),
        more,
    )


# --- Registration ------------------------------------------------------------------


def _register(cls: type, html_of: Callable[[Any], str], text_of: Callable[[Any], str]) -> None:
    """Register the library's views of ``cls``, unless the user registered their own first."""
    if cls not in html_view.registry:
        html_view.register(cls, html_of)
    if cls not in text_view.registry:
        text_view.register(cls, text_of)


_register(Credential, _credential_html, _credential_text)
_register(CeuTierTable, _tier_table_html, _tier_table_text)
_register(CeuRequirement, _requirement_html, _requirement_text)
_register(BodyAssessment, _assessment_html, _assessment_text)
_register(ComplianceReport, _report_html, _report_text)
_register(RosterReport, _roster_html, _roster_text)
