"""Sphinx configuration for the coding_certs documentation.

Pages are MyST Markdown; every example is a doctest, run by
``sphinx-build -b doctest``, so the documentation cannot drift from the code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# Document the source tree even when the package is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import coding_certs

project = "coding_certs"
author = "coding_certs developers"
copyright = "coding_certs developers; MIT licence"
version = release = coding_certs.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

nitpicky = True
# Without intersphinx (the build runs offline) standard-library and dateutil
# types have no target; they still show as text.
nitpick_ignore = [
    ("py:class", "datetime.date"),
    ("py:class", "decimal.Decimal"),
    ("py:class", "pathlib.Path"),
    ("py:class", "Path"),  # Rulebook's path, imported only for type checkers
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "RequirementRule"),  # a type alias, documented as data; autodoc cannot link it
    ("py:class", "dateutil.relativedelta.relativedelta"),
]

# -- autodoc and napoleon ----------------------------------------------------

autodoc_typehints = "none"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True


def _no_inline_type(  # noqa: PLR0913, PLR0917 -- Sphinx's event signature
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    lines: list[str],
) -> None:
    """Keep napoleon from reading ``"Summary: detail"`` as ``"type: description"``.

    For attributes and properties, napoleon takes the text before the first
    colon of the docstring's first line as its type. This project states types
    in annotations, never in docstrings, so an empty reST comment (``..``) is
    put first: napoleon sees no inline type and keeps the whole sentence.
    """
    if what in {"attribute", "property", "data"} and any(line.strip() for line in lines):
        lines[:0] = ["..", ""]


_PRIVATE_PATH = re.compile(r"\bcoding_certs\._\w+\.(\w+)")


def _public_paths(  # noqa: PLR0913, PLR0917 -- Sphinx's event signature
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    lines: list[str],
) -> None:
    """Name types by their public path (``coding_certs.Credential``), not the private module.

    Napoleon writes the annotations of the "Attributes:" sections as
    ``coding_certs._model.Credential``; readers import ``coding_certs`` only.
    """

    def public(match: re.Match[str]) -> str:
        found = match.group(1)
        return f"coding_certs.{found}" if found in coding_certs.__all__ else match.group(0)

    lines[:] = [_PRIVATE_PATH.sub(public, line) for line in lines]


def write_cli_reference(path: Path) -> None:
    """Write every ``coding-certs`` help text, from the command's own parser, to ``path``.

    ``cli-reference.md`` includes the result, so the reference cannot drift from the
    command. The help is formatted for 80 columns whatever the terminal.
    """
    import argparse  # noqa: PLC0415 -- only this step needs it
    import os  # noqa: PLC0415

    from coding_certs.cli import build_parser  # noqa: PLC0415

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    try:
        parser = build_parser()
        # argparse has no public way to list a parser's subcommands.
        actions = parser._actions  # noqa: SLF001
        subparsers = argparse._SubParsersAction  # noqa: SLF001
        (commands,) = (action for action in actions if isinstance(action, subparsers))
        parts = ["## `coding-certs`", "", "```text", parser.format_help().rstrip(), "```"]
        for name, command in commands.choices.items():
            parts += ["", f"## `coding-certs {name}`", "", "```text"]
            parts += [command.format_help().rstrip(), "```"]
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(parts) + "\n"
    # Rewrite only on change, so an unchanged page is not rebuilt every time.
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> None:
    """Run :func:`_no_inline_type` before napoleon (priority 500), :func:`_public_paths` after.

    Also write the rule listing that ``rules.md`` includes and a page per issuing body, from
    the shipped rule book itself, and the CLI reference that ``cli-reference.md`` includes,
    from the command's parser, so no page can drift from the code.
    """
    app.connect("autodoc-process-docstring", _no_inline_type, priority=400)
    app.connect("autodoc-process-docstring", _public_paths, priority=600)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from body_pages import PAGE_DIRECTORY, write_body_pages  # noqa: PLC0415 -- beside this file
    from rules_listing import write_listing  # noqa: PLC0415 -- lives beside this file

    write_listing(Path(__file__).resolve().parent / "_generated" / "rules-listing.md")
    # Before Sphinx looks for its sources, so that bodies.md's glob finds every page.
    write_body_pages(Path(__file__).resolve().parent / PAGE_DIRECTORY)
    write_cli_reference(Path(__file__).resolve().parent / "_generated" / "cli-reference.md")


# -- doctest -----------------------------------------------------------------

# Docstring examples pulled in by autodoc run under pytest --doctest-modules,
# in their own module's namespace; here only the pages' {doctest} blocks run.
doctest_test_doctest_blocks = ""

# ``shell("coding-certs ...")`` runs the command in-process and prints a
# transcript, so that command-line examples are tested like the Python ones.
# It runs from the repository root, as the examples' relative paths expect.
doctest_global_setup = f"""
import contextlib as _contextlib
import io as _io
import os as _os
import shlex as _shlex
from pathlib import Path as _Path

import coding_certs as cc
from coding_certs.cli import main as _main

# As the tests' ci profile: a busy shared machine must not turn an example into a flaky one.
from hypothesis import HealthCheck as _HealthCheck, settings as _settings

_settings.register_profile("docs", deadline=None, suppress_health_check=[_HealthCheck.too_slow])
_settings.load_profile("docs")

DOCS = _Path({str(Path(__file__).resolve().parent)!r})


def shell(command):
    words = _shlex.split(command)
    assert words[0] == "coding-certs", command
    _os.environ["COLUMNS"] = "80"
    out = _io.StringIO()
    with (
        _contextlib.chdir(DOCS.parent),
        _contextlib.redirect_stdout(out),
        _contextlib.redirect_stderr(out),
    ):
        try:
            status = _main(words[1:])
        except SystemExit as exit_:
            status = exit_.code
    print("$ " + command)
    print(out.getvalue().rstrip())
    if status:
        print(f"[exit status {{status}}]")
"""

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"coding_certs {release}"
