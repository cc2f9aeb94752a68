"""Write the Markdown listing of every rule in the shipped rule book.

``conf.py`` calls :func:`write_listing` at every build; ``rules.md`` includes the
result. The listing is made from ``coding_certs.default_rulebook()``, so each
number, date, source and assumption on the page is the one the code applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import coding_certs as cc

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path


def _dates(
    rule: cc.CeuTierTable | cc.CycleRule | cc.LapseRule | cc.CategoryMinimum | cc.NoticeRule,
) -> str:
    end = f", superseded on {rule.superseded_on}" if rule.superseded_on else ", current"
    return f"in force from {rule.effective_from}{end}"


def _sources(sources: Iterable[cc.Source]) -> list[str]:
    return [
        f"  - Source: [{s.title}]({s.url}): {s.supports}"
        if s.url
        else f"  - Source: {s.title}: {s.supports}"
        for s in sources
    ]


def _assumptions(texts: Iterable[str]) -> list[str]:
    return [f"  - **Assumption:** {text}" for text in texts]


Rule = TypeVar(
    "Rule",
    cc.CeuTierTable,
    cc.RequirementEdition,
    cc.CycleRule,
    cc.LapseRule,
    cc.CategoryMinimum,
    cc.NoticeRule,
)


def _section(
    title: str, rules: Iterable[Rule], describe: Callable[[Rule], str], level: int = 3
) -> list[str]:
    """A heading, then each rule: one line of what it says, its sources and its assumptions."""
    lines = [f"{'#' * level} {title}", ""]
    for rule in rules:
        lines.append(f"- {describe(rule)}; {_dates(rule)}.")
        lines.extend(_sources(rule.sources))
        lines.extend(_assumptions(rule.assumptions))
    return [*lines, ""]


def _judged(rule: Rule) -> str:
    return f"judged by the {rule.judged_by.value.replace('-', ' ')}"


def _requirement(rule: cc.CeuTierTable | cc.RequirementEdition) -> str:
    """One requirement edition of any kind, in words (the cycle length is the cycle rule's)."""
    return f"{_requirement_terms(rule)}; {_judged(rule)}"


def _requirement_terms(rule: cc.CeuTierTable | cc.RequirementEdition) -> str:
    head = f"**{rule.edition}** ({rule.title}), {rule.kind}"
    if isinstance(rule, cc.CeuTierTable):
        return f"{head}: " + ", ".join(f"{t.label}: {t.units}" for t in rule.tiers)
    if isinstance(rule, cc.HighestPlusIncrement):
        return (
            f"{head}: the highest single-credential requirement among those held, "
            f"plus {rule.increment} per further credential, at most {rule.cap}"
        )
    if isinstance(rule, cc.PerCredentialSum):
        how = "the largest of them (one CEU counts for several)" if rule.shared else "added up"
        return f"{head}: each credential's own CEUs, {how}"
    if isinstance(rule, cc.FlatRequirement):
        return f"{head}: {rule.units} per holder, however many credentials"
    return head  # a kind this page does not spell out yet


def _cycle_rule(rule: cc.CycleRule) -> str:
    length = f"cycles of {rule.years} years; " if rule.years else ""
    need = (
        "an index number or their certificate of completion"
        if rule.accepts_certificate
        else "an index number"
    )
    return (
        f"**{rule.name}**: {length}cycles fixed by the {rule.anchor.value.replace('-', ' ')}; "
        f"first cycle {rule.first_cycle.value}{_prorating(rule)}; renewal month counts for "
        "either cycle: "
        f"{'yes' if rule.renewal_month_either else 'no'}; approved events need {need}: "
        f"{'yes' if rule.requires_index_number else 'no'}{_cap(rule)}; a course counts "
        f"{rule.course_counts.value.replace('-', ' ')}"
    )


def _prorating(rule: cc.CycleRule) -> str:
    if rule.first_cycle is not cc.FirstCycle.PRORATED:
        return ""
    return (
        f" (by {rule.prorate_by.value}, rounded {rule.prorate_rounding.value} to a multiple "
        f"of {rule.prorate_step})"
    )


def _cap(rule: cc.CycleRule) -> str:
    if rule.activity_cap is None:
        return ""
    exempt = rule.activity_cap_exempt
    unless = f" (not those tagged {', '.join(exempt)})" if exempt else ""
    return f"; one activity counts at most {rule.activity_cap} CEUs{unless}"


def _lapse_rule(rule: cc.LapseRule) -> str:
    return (
        f"**{rule.name}**: grace {rule.grace_months} months and {rule.grace_days} days, "
        f"then inactive {rule.inactive_days} days, then revoked; {_judged(rule)}"
    )


def _minimum(rule: cc.CategoryMinimum) -> str:
    pool = f"; shares CEUs with pool `{rule.pool}`" if rule.pool else ""
    return f"**{rule.name}**: {rule.describe()}{pool}; {_judged(rule)}"


def _notice(rule: cc.NoticeRule) -> str:
    when = f"{-rule.days} days before" if rule.days < 0 else f"{rule.days} days after"
    return f"**{rule.name}**: {rule.title}, {when} the due date"


def body_listing(book: cc.Rulebook, body: cc.IssuingBody, level: int = 3) -> list[str]:
    """The lines listing every rule of ``body``, under headings of ``level``."""
    return [
        *_section("CEU requirements", book.requirements_of(body), _requirement, level),
        *_section("Cycles", (r for r in book.cycle_rules if r.body == body), _cycle_rule, level),
        *_section(
            "After an unmet cycle",
            (r for r in book.lapse_rules if r.body == body),
            _lapse_rule,
            level,
        ),
        *_section(
            "Category minimums", (r for r in book.minimums if r.body == body), _minimum, level
        ),
        *_section("Notices", (r for r in book.notices if r.body == body), _notice, level),
    ]


def listing(book: cc.Rulebook | None = None) -> str:
    """The Markdown listing of every rule of ``book`` (default: the shipped one)."""
    book = cc.default_rulebook() if book is None else book
    lines: list[str] = []
    for body in book.bodies:
        lines += [f"## {body.code}: {body.name}", "", *body_listing(book, body)]
    return "\n".join(lines)


def cell(text: str) -> str:
    """``text`` made safe for a Markdown table cell."""
    return text.replace("|", "\\|")


def credentials_table(book: cc.Rulebook | None = None) -> str:
    """A Markdown table of every credential: its facts, status, sources and assumptions."""
    book = cc.default_rulebook() if book is None else book
    lines = [
        "| code | title | body | setting | focus | status | sources | assumptions |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in book.credentials:
        sources = "; ".join(f"[{s.title}]({s.url})" if s.url else s.title for s in c.sources)
        assumptions = " ".join(f"**Assumption:** {a}" for a in c.assumptions) or "none"
        lines.append(
            "| "
            + " | ".join(
                cell(part)
                for part in (
                    c.code,
                    c.title,
                    c.body.code,
                    c.setting.value if c.setting else "(any)",
                    c.focus.value if c.focus else "(any)",
                    c.status,
                    sources,
                    assumptions,
                )
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` only when it differs, so Sphinx rebuilds only what changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def write_listing(path: Path) -> None:
    """Write :func:`listing` to ``path`` and :func:`credentials_table` beside it."""
    write_if_changed(path, listing())
    write_if_changed(path.parent / "credentials-table.md", credentials_table())
