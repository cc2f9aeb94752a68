"""The HTML building blocks of the Jupyter views (``_display``): styles, tables, badges, bars.

Plain HTML with inline CSS: every piece of text goes through :func:`_e`
(:func:`html.escape`), and colour is never the only signal (a badge names its
standing, a bar has a text label).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import decimal
    from collections.abc import Iterable

    from coding_certs._assess import BodyAssessment, Standing
    from coding_certs._model import Source

_FONT = "font-family:inherit;font-size:0.9em;line-height:1.4"
_TABLE = "border-collapse:collapse;margin:0.25em 0 0.5em 0"
_CAPTION = "caption-side:top;text-align:left;font-weight:600;padding:0.2em 0"
# Colours come from the notebook's own theme variables (JupyterLab's --jp-*, then VS Code's
# --vscode-*), so the views stay readable in dark themes; the hex value is the light fallback.
_LINE = "var(--jp-border-color2, var(--vscode-editorWidget-border, #e5e7eb))"
_RULE = "var(--jp-border-color1, var(--vscode-foreground, #6b7280))"
_MUTED_COLOUR = "var(--jp-content-font-color2, var(--vscode-descriptionForeground, #6b7280))"
_CELL = f"padding:0.2em 0.6em;text-align:left;vertical-align:top;border-bottom:1px solid {_LINE}"
_HEAD = f"padding:0.2em 0.6em;text-align:left;vertical-align:bottom;border-bottom:1px solid {_RULE}"
_NUMBER = _CELL.replace("text-align:left", "text-align:right")
_NUMBER_HEAD = _HEAD.replace("text-align:left", "text-align:right")
_MUTED = f"color:{_MUTED_COLOUR}"
_ASSUMPTION = "color:var(--jp-warn-color0, var(--vscode-editorWarning-foreground, #92400e))"
_HIGHLIGHT = "var(--jp-layout-color2, var(--vscode-editor-selectionBackground, #eff6ff))"

# Text and background colours of each standing's badge, best to worst; the
# foreground on each background has a contrast ratio of at least 4.5:1.
_BADGE_COLOURS = {
    "met": ("#ffffff", "#15803d"),
    "on-track": ("#ffffff", "#1d4ed8"),
    "behind": ("#1f2937", "#fcd34d"),
    "grace": ("#1f2937", "#fdba74"),
    "inactive": ("#ffffff", "#b91c1c"),
    "lapsed": ("#ffffff", "#4b5563"),
}
# The bar's fill: the badge's background.
_BAR_TRACK = "var(--jp-layout-color3, var(--vscode-input-background, #e5e7eb))"
_PACE_MARK = "var(--jp-content-font-color0, var(--vscode-foreground, #111827))"


def _e(value: object) -> str:
    """``value`` as escaped HTML text; ``None`` is an em dash."""
    import html  # noqa: PLC0415 -- only a view needs it; the first assess() should not pay

    return "\u2014" if value is None else html.escape(str(value))


def _block(*parts: str) -> str:
    return f'<div class="coding-certs" style="{_FONT}">' + "".join(parts) + "</div>"


def _table(caption: str, head: Iterable[tuple[str, bool]], rows: Iterable[str]) -> str:
    """A table: ``caption`` is escaped here, ``head`` is (label, numeric) pairs, rows are HTML."""
    headings = "".join(
        f'<th scope="col" style="{_NUMBER_HEAD if numeric else _HEAD}">{_e(label)}</th>'
        for label, numeric in head
    )
    caption_html = f'<caption style="{_CAPTION}">{_e(caption)}</caption>' if caption else ""
    return (
        f'<table style="{_TABLE}">{caption_html}<thead><tr>{headings}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _row(*cells: str, numeric: Iterable[int] = ()) -> str:
    """A row of cells that are already HTML; the columns in ``numeric`` align right."""
    right = set(numeric)
    return (
        "<tr>"
        + "".join(
            f'<td style="{_NUMBER if index in right else _CELL}">{cell}</td>'
            for index, cell in enumerate(cells)
        )
        + "</tr>"
    )


def _facts(caption: str, facts: Iterable[tuple[str, str]]) -> str:
    """A two-column table of (label, escaped value HTML) pairs, labels as row headings."""
    rows = "".join(
        f'<tr><th scope="row" style="{_CELL};font-weight:600">{_e(label)}</th>'
        f'<td style="{_CELL}">{value}</td></tr>'
        for label, value in facts
    )
    caption_html = f'<caption style="{_CAPTION}">{_e(caption)}</caption>' if caption else ""
    return f'<table style="{_TABLE}">{caption_html}<tbody>{rows}</tbody></table>'


def _list(label: str, items: Iterable[str], style: str = "") -> str:
    """A labelled bullet list of items that are already HTML, or nothing when empty."""
    entries = "".join(f"<li>{item}</li>" for item in items)
    if not entries:
        return ""
    return (
        f'<div style="{style}"><span style="font-weight:600">{_e(label)}</span>'
        f'<ul style="margin:0.1em 0 0.4em 0">{entries}</ul></div>'
    )


def _source_link(source: Source) -> str:
    if source.url:
        return f'<a href="{_e(source.url)}" title="{_e(source.supports)}">{_e(source.title)}</a>'
    return f'<span title="{_e(source.supports)}">{_e(source.title)}</span>'


def _sources(sources: Iterable[Source]) -> str:
    return _list("Sources", map(_source_link, sources))


def _rules_applied(assessment: BodyAssessment) -> str:
    """Each rule the assessment applied, named, with links to the pages it comes from."""
    a = assessment
    requirement = a.current.requirement
    rules: list[tuple[str, str, Iterable[Source]]] = [
        ("Cycle rule", a.cycle_rule.name, a.cycle_rule.sources),
        ("Requirement", f"edition {requirement.table.edition}", requirement.table.sources),
        *(("Minimum", m.rule.name, m.rule.sources) for m in a.minimums),
    ]
    if a.lapse_rule is not None:
        rules.append(("After an unmet cycle", a.lapse_rule.name, a.lapse_rule.sources))
    items = (
        f"{_e(kind)} <code>{_e(name)}</code>: " + "; ".join(map(_source_link, sources))
        for kind, name, sources in rules
    )
    return _list("Rules applied", items)


def _assumptions(assumptions: Iterable[str]) -> str:
    return _list("Assumptions", map(_e, assumptions), _ASSUMPTION)


def _badge(standing: Standing) -> str:
    """The standing as a coloured badge that also names it."""
    foreground, background = _BADGE_COLOURS[standing.value]
    good = "in good standing" if standing.in_good_standing else "not in good standing"
    return (
        f'<span class="cc-badge" title="{_e(good)}" style="display:inline-block;'
        f"padding:0 0.5em;border-radius:0.75em;font-weight:600;white-space:nowrap;"
        f'color:{foreground};background:{background}">{_e(_standing_label(standing))}</span>'
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _standing_label(standing: Standing) -> str:
    return standing.name.replace("_", " ")


def _percent(part: decimal.Decimal, whole: decimal.Decimal) -> float:
    """``part`` as a percentage of ``whole``, clipped to 0..100 (a zero ``whole`` is full)."""
    if whole <= 0:
        return 100.0
    return max(0.0, min(100.0, float(part / whole * 100)))


def _bar(assessment: BodyAssessment, *, current: bool = False) -> str:
    """A bar of CEUs earned against required, with a mark at the pro-rata pace.

    It shows the numbers of :meth:`~coding_certs.BodyAssessment.to_record`: the
    obligation of a cycle that ended unmet (no pace mark), else the current
    cycle; ``current`` asks for the current cycle whatever the standing.
    """
    a = assessment
    owed = None if current else a.obligation
    earned, required = (a.earned, a.required) if owed is None else (owed.earned, owed.required)
    if owed is None:
        label = (
            f"{earned} of {required} CEUs earned; {a.pace} expected by {a.as_of} at an even pace"
        )
        mark = (
            f'<span class="cc-pace" style="position:absolute;top:-0.2em;height:1.2em;width:2px;'
            f'margin-left:-1px;left:{_percent(a.pace, required):.1f}%;background:{_PACE_MARK}">'
            "</span>"
        )
    else:
        label = f"{earned} of {required} CEUs earned for the cycle {owed.cycle}, which ended unmet"
        mark = ""
    fill = _BADGE_COLOURS[a.standing.value][1]
    return (
        f'<span style="white-space:nowrap"><span class="cc-bar" role="img" '
        f'aria-label="{_e(label)}" title="{_e(label)}" style="position:relative;'
        f"display:inline-block;vertical-align:middle;width:10em;height:0.8em;"
        f'background:{_BAR_TRACK};border-radius:0.2em">'
        f'<span class="cc-bar-fill" style="display:block;height:100%;'
        f'width:{_percent(earned, required):.1f}%;background:{fill};border-radius:0.2em">'
        f"</span>{mark}</span>"
        f' <span style="{_MUTED}">{_e(earned)}/{_e(required)}</span></span>'
    )


def _explanation(text: str) -> str:
    """The full explanation, folded away under a summary (HTML ``<details>``: no script)."""
    return (
        '<details><summary style="cursor:pointer">Explanation</summary>'
        f'<pre style="white-space:pre-wrap;font-size:0.9em">{_e(text)}</pre></details>'
    )


def _fallback_html(obj: object) -> str:
    return _block(f"<pre>{_e(repr(obj))}</pre>")
