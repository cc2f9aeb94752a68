"""Write one documentation page per issuing body, from the shipped rule book.

``conf.py`` calls :func:`write_body_pages` at every build, before Sphinx looks for
its source files; ``bodies.md`` lists the pages with a glob, so a body added to the
rule book gets its page with no change here. Each page shows the body's
credentials (with their own CEU minimums, sources and assumptions) and every rule
of the body, all read from ``coding_certs.default_rulebook()``: the page cannot say
anything the code does not apply.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rules_listing import body_listing, cell, write_if_changed

import coding_certs as cc

if TYPE_CHECKING:
    from pathlib import Path

PAGE_DIRECTORY = "bodies"
"""Where the pages go, beside this file; git ignores it (the pages are generated)."""


def page_name(body: cc.IssuingBody) -> str:
    """The file name of ``body``'s page: ``aapc.md``."""
    return f"{body.code.lower()}.md"


def _own_minimums(book: cc.Rulebook, credential: cc.Credential, on: dt.date) -> str:
    """The minimums this credential brings on ``on``, as ``"8 CEUs in cemc"``, or ``-``."""
    codes = {credential.code, book.current_form(credential).code}
    found = [
        m.describe().removesuffix(f" for {m.credential}")
        for m in book.minimums_for(credential.body, on, on)
        if m.credential in codes
    ]
    return "; ".join(found) or "-"


def _credential_rows(book: cc.Rulebook, body: cc.IssuingBody, on: dt.date) -> list[str]:
    lines = [
        (
            f"| code | title | setting | focus | status | its own minimum on {on} "
            "| sources | assumptions |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in book.credentials:
        if c.body != body:
            continue
        sources = "; ".join(f"[{s.title}]({s.url})" if s.url else s.title for s in c.sources)
        assumptions = " ".join(f"**Assumption:** {a}" for a in c.assumptions) or "none"
        parts = (
            f"`{c.code}`",
            c.title,
            c.setting.value if c.setting else "(any)",
            c.focus.value if c.focus else "(any)",
            c.status,
            _own_minimums(book, c, on),
            sources,
            assumptions,
        )
        lines.append("| " + " | ".join(cell(part) for part in parts) + " |")
    return lines


def body_page(book: cc.Rulebook, body: cc.IssuingBody, on: dt.date) -> str:
    """The Markdown page of ``body``: its credentials, then every rule of the body."""
    count = sum(1 for c in book.credentials if c.body == body)
    lines = [
        f"# {body.code}: {body.name}",
        "",
        (
            f"Generated from the shipped rule book at every documentation build: {count} "
            f"credentials of {body.code}, then every rule of {body.code} with the dates it "
            "is in force, its sources and what it assumes. A value that no page of the body "
            "itself confirms is marked **Assumption**."
        ),
        "",
        "Sources of the body: "
        + "; ".join(f"[{s.title}]({s.url})" if s.url else s.title for s in body.sources)
        + ".",
        "",
        "## Credentials",
        "",
        *_credential_rows(book, body, on),
        "",
        "## Rules",
        "",
        *body_listing(book, body, level=3),
    ]
    return "\n".join(lines).rstrip() + "\n"


def write_body_pages(directory: Path, on: dt.date | None = None) -> list[Path]:
    """Write one page per body of the shipped rule book into ``directory``; remove stale ones.

    ``on`` is the day whose minimums the credential tables show (default: today).
    """
    book = cc.default_rulebook()
    on = dt.date.today() if on is None else on
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for body in book.bodies:
        path = directory / page_name(body)
        write_if_changed(path, body_page(book, body, on))
        written.append(path)
    for stale in set(directory.glob("*.md")) - set(written):
        stale.unlink()
    return written
