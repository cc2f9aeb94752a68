"""The ``assess`` report as one self-contained HTML page, for a manager to open or print.

No JavaScript, no network: the page carries its own style sheet and nothing else. Every
piece of data is escaped, and the page is pure ASCII (other characters are written as
character references), so it reads the same whatever encoding it is saved in. It follows
the reader's light or dark colour scheme (``prefers-color-scheme``) and prints in black on
white. Three parts: the roster's summary, the people who need attention first (worst
standing first, then the nearest deadline), and each holder's detail with every CEU.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from coding_certs._assess import Standing
from coding_certs._record_types import body_label, past_grace
from coding_certs._report_formats import not_assessed_text, summary
from coding_certs._report_rows import ceu_rows
from coding_certs._version import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._assess import ComplianceReport, RosterReport
    from coding_certs._skipped import SkippedCredential

_SEVERITY = {standing.value: standing.severity for standing in Standing}
_ATTENTION = Standing.BEHIND.severity

_STYLE = """
:root { color-scheme: light dark;
  --fg: #1b1f24; --muted: #4a525c; --bg: #ffffff; --panel: #f3f5f7; --line: #c9d0d8;
  --met: #0f5f2e; --on-track: #0b4f8a; --behind: #7a4b00; --grace: #8f3a00;
  --inactive: #a0161b; --lapsed: #6d0a3f; }
@media (prefers-color-scheme: dark) { :root {
  --fg: #e8ecf0; --muted: #b4bcc6; --bg: #14181d; --panel: #1f252c; --line: #3b444e;
  --met: #7fdc9f; --on-track: #8cc4ff; --behind: #ffcc66; --grace: #ffab73;
  --inactive: #ff9a9e; --lapsed: #f7a6d2; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg);
  color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
p, li { overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.counts li { background: var(--panel); border: 1px solid var(--line); border-radius: .4rem;
  padding: .35rem .7rem; }
.counts b { font-size: 1.2rem; margin-right: .3rem; }
table { width: 100%; border-collapse: collapse; margin: .25rem 0 1rem; }
.wide { overflow-x: auto; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.d { white-space: nowrap; }
@media (max-width: 40rem) { body { padding: .75rem; font-size: 14px; }
  th, td { padding: .25rem .3rem; } }
.standing { font-weight: 700; white-space: nowrap; }
.s-met { color: var(--met); } .s-on-track { color: var(--on-track); }
.s-behind { color: var(--behind); } .s-grace { color: var(--grace); }
.s-inactive { color: var(--inactive); } .s-lapsed { color: var(--lapsed); }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --panel: #eee; --line: #999;
    --met: #000; --on-track: #000; --behind: #000; --grace: #000; --inactive: #000;
    --lapsed: #000; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  .wide { overflow: visible; }
  tr, article h3 { break-inside: avoid; } h2 { break-after: avoid; }
}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _prose(value: object) -> str:
    """Escaped text whose ISO dates never break at their hyphens."""
    return _ISO_DATE.sub(r'<span class="d">\g<0></span>', _e(value))


def _standing(value: object) -> str:
    text = _e(value)
    return f'<span class="standing s-{text}">{text}</span>'


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[str],
    dates: frozenset[str] = frozenset({"due", "until", "completed"}),
) -> str:
    """A table in a box that scrolls sideways on a narrow screen; cells are HTML already."""

    def kind(header: str) -> str:
        return ' class="n"' if header in numeric else ' class="d"' if header in dates else ""

    head = "".join(f"<th{kind(h) if h in numeric else ''}>{_e(h)}</th>" for h in headers)
    body = [
        "<tr>"
        + "".join(f"<td{kind(h)}>{cell}</td>" for h, cell in zip(headers, row, strict=True))
        + "</tr>"
        for row in rows
    ]
    return (
        f'<div class="wide"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def what_to_do(record: dict[str, object]) -> str:
    """The action a row asks for, in words (plain text, not yet escaped)."""
    standing = record["standing"]
    if standing == Standing.LAPSED.value:
        return (
            f"revoked: {record['remaining']} CEUs were missing on {record['due']}; "
            "CEUs alone no longer restore it"
        )
    if record["cycle"] == "unmet":
        later = past_grace(record)
        return f"report the {record['remaining']} missing CEUs by {record['standing_until']}" + (
            f" (past grace, still active: {later})" if later else ""
        )
    if standing == Standing.BEHIND.value:
        return (
            f"{record['to_pace']} CEUs now to be back on pace; "
            f"{record['remaining']} by {record['due']}"
        )
    if record["remaining"] == "0":
        return f"all {record['earned']} CEUs earned: report them by {record['due']}"
    return f"{record['remaining']} CEUs by {record['due']}"


def _summary(roster: RosterReport, shown: int, choice: str | None) -> str:
    numbers = summary(roster)
    counts = "".join(
        f'<li><b>{n}</b><span class="standing s-{_e(s.value)}">{_e(s.value)}</span></li>'
        for s, n in roster.count_by_standing().items()
    )
    chosen = (
        f'<p class="muted">Shown below: {shown} of {numbers["assessments"]} assessments '
        f"({_e(choice)}).</p>"
        if choice
        else ""
    )
    return (
        '<section id="summary"><h2>Summary</h2>'
        f"<p><b>{numbers['holders']}</b> holders, <b>{numbers['holders_in_good_standing']}</b> "
        f"of them in good standing{_e(not_assessed_text(numbers))}; "
        f"<b>{numbers['assessments']}</b> assessments, one per "
        "holder and issuing body:</p>"
        f'<ul class="counts">{counts}</ul>{chosen}</section>'
    )


def _attention(records: Sequence[dict[str, object]], extra: Sequence[str]) -> str:
    needing = [r for r in records if _SEVERITY[str(r["standing"])] >= _ATTENTION]
    needing.sort(
        key=lambda r: (-_SEVERITY[str(r["standing"])], str(r["standing_until"] or r["due"]))
    )
    head = (
        '<section id="attention"><h2>Needs attention first</h2>'
        '<p class="muted">Behind pace, in grace, inactive or lapsed: worst first, then the '
        "nearest deadline.</p>"
    )
    if not needing:
        return head + "<p>No one: every assessment shown is met or on track.</p></section>"
    rows = [
        [
            _e(r["holder_id"]),
            _e(r["name"]),
            *(_e(r[name]) for name in extra),
            _e(body_label(r)),
            _standing(r["standing"]),
            _prose(what_to_do(r)),
        ]
        for r in needing
    ]
    headers = ["holder", "name", *extra, "body", "standing", "to do"]
    return head + _table(headers, rows, set()) + "</section>"


_BODY_COLUMNS = (
    ("body", "body"),
    ("standing", "standing"),
    ("cycle", "cycle"),
    ("required", "required"),
    ("earned", "earned"),
    ("remaining", "remaining"),
    ("to pace", "to_pace"),
    ("due", "due"),
    ("until", "standing_until"),
)
_NUMERIC = {"required", "earned", "remaining", "to pace"}


def _holder(
    index: int,
    report: ComplianceReport,
    records: Sequence[dict[str, object]],
    extra: Sequence[str],
) -> str:
    name = f" {report.holder.name}" if report.holder.name else ""
    kept = "; ".join(f"{column}: {records[0][column]}" for column in extra if records[0][column])
    name += f" ({kept})" if kept else ""
    rows = [
        [
            _standing(r[key])
            if key == "standing"
            else _e(body_label(r) if key == "body" else r[key])
            for _, key in _BODY_COLUMNS
        ]
        for r in records
    ]
    parts = [
        f'<article id="holder-{index}"><h3>{_e(report.holder.id)}{_e(name)}</h3>',
        _table([h for h, _ in _BODY_COLUMNS], rows, _NUMERIC),
    ]
    parts.extend(
        f"<p>{_e(r['body'])}: the cycle that ended unmet is shown; the current cycle has "
        f"{_e(r['current_earned'])} of {_e(r['current_required'])} CEUs, due "
        f'<span class="d">{_e(r["current_due"])}</span>.</p>'
        for r in records
        if r["cycle"] == "unmet"
    )
    parts.extend(
        f"<p>{_e(r['body'])}: {_e(r['apprentice'])} is held as an apprentice, owing the full "
        "credential's CEUs (an assumption: AAPC does not say).</p>"
        for r in records
        if r.get("apprentice")
    )
    shown = {str(r["body"]) for r in records}
    for assessment in report.assessments:
        if assessment.body.code not in shown:
            continue
        ceus = [
            [_e(row.completed_on), _e(row.units), _e(row.title), _prose(row.what)]
            for row in ceu_rows(assessment)
        ]
        label = f"{assessment.body.code} CEUs"
        if ceus:
            parts.append(f"<p><b>{_e(label)}</b></p>")
            parts.append(_table(["completed", "CEUs", "title", "what happened"], ceus, {"CEUs"}))
        else:
            parts.append(f"<p><b>{_e(label)}</b>: none in the cycles assessed.</p>")
    parts.append("</article>")
    return "".join(parts)


def _skipped(skipped: Sequence[SkippedCredential]) -> str:
    """The credential codes left aside with ``--unknown-credentials skip``, if any."""
    if not skipped:
        return ""
    rows = [
        [
            _e(item.code),
            _e(item.holder_id),
            _e(f"{item.path.name}, line {item.line}, {item.column}"),
            _e(
                "left out: the rule book knows none of their credentials"
                if item.holder_left_out
                else "assessed without it"
            )
            + (_e(f"; did you mean {' or '.join(item.suggestions)}?") if item.suggestions else ""),
        ]
        for item in skipped
    ]
    return (
        '<section id="skipped"><h2>Skipped credentials</h2>'
        '<p class="muted">Credential codes of the roster that the rule book does not know, '
        "left aside (--unknown-credentials skip): not assessed.</p>"
        + _table(["code", "holder", "where", "what happened"], rows, set())
        + "</section>"
    )


def html_page(
    roster: RosterReport,
    records: Sequence[dict[str, object]],
    choice: str | None = None,
    extra: Sequence[str] = (),
    skipped: Sequence[SkippedCredential] = (),
) -> str:
    """The whole page, as ASCII text; ``records`` are the plain rows shown, in order.

    ``extra`` names the roster's own columns carried through (department, manager);
    ``skipped`` the credential codes left aside, listed after the summary.
    """
    by_holder: dict[str, list[dict[str, object]]] = {}
    for record in records:
        by_holder.setdefault(str(record["holder_id"]), []).append(record)
    details = [
        _holder(index, report, by_holder[report.holder.id], extra)
        for index, report in enumerate(roster, start=1)
        if report.holder.id in by_holder
    ]
    title = f"CEU standing as of {roster.as_of}"
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="muted">Made by coding-certs {_e(__version__)}. Standings from best to '
        "worst: met, on-track, behind (below an even pace), grace (the cycle ended unmet; "
        "still active), inactive, lapsed (revoked). Grace, inactive and lapsed rows show the "
        "cycle that ended unmet.</p></header>"
        + _summary(roster, len(records), choice)
        + _skipped(skipped)
        + _attention(records, extra)
        + '<section id="holders"><h2>Every holder</h2>'
        + ("".join(details) or "<p>No rows to show.</p>")
        + "</section></body></html>\n"
    )
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii")
