"""Write ``_shipped.py``: the shipped rule book parsed once, ahead of time.

``tomllib`` is pure Python: parsing ``data/rules.toml`` took more time than
importing attrs and dateutil together, and every process paid it on its first
use. ``_shipped.py`` holds the parsed document as Python literals (its bytecode
loads in a fraction of that time) and the text it was parsed from; the rule
book uses it only while that text equals ``data/rules.toml`` word for word, so
a stale copy costs time, never an answer. Regenerate it after editing the rule
data::

    python -m coding_certs._compile
"""

from __future__ import annotations

import os
import pprint
import tomllib
from collections.abc import Sequence

HERE = os.path.dirname(os.path.abspath(__file__))  # noqa: PTH100, PTH120 -- see _rulebook
RULES = os.path.join(HERE, "data", "rules.toml")  # noqa: PTH118
TARGET = os.path.join(HERE, "_shipped.py")  # noqa: PTH118

HEADER = '''"""The shipped rule book, parsed ahead of time: generated, do not edit.

Generated from ``data/rules.toml`` by ``python -m coding_certs._compile``.
It is used only while ``SOURCE`` equals that file's text (see ``_compile``).
"""

from __future__ import annotations

import datetime
from typing import Any

'''


def render(text: str) -> str:
    """The module that holds ``text`` and the document parsed from it."""
    document = pprint.pformat(tomllib.loads(text), width=100, sort_dicts=False)
    body = "\n".join(f"    {line}" if line else "" for line in document.splitlines())
    return (
        f"{HEADER}SOURCE = {text!r}\n\n\n"
        "def document() -> dict[str, Any]:\n"
        '    """The parsed document, new each call."""\n'
        f"    return {body.lstrip()}\n"
    )


def main(argv: Sequence[str] = ()) -> int:
    """Write the module for ``argv[0]`` (a rule book file) to ``argv[1]`` (default: shipped)."""
    source = argv[0] if argv else RULES
    target = argv[1] if len(argv) > 1 else TARGET
    with open(source, encoding="utf-8") as file:  # noqa: PTH123
        text = file.read()
    with open(target, "w", encoding="utf-8") as file:  # noqa: PTH123
        file.write(render(text))
    return 0


if __name__ == "__main__":  # pragma: no cover -- run by hand after editing the rule data
    import sys

    raise SystemExit(main(sys.argv[1:]))
