"""The ``coding-certs`` command.

``coding-certs requirements CODE... [--on DATE]`` prints the CEUs each issuing
body asks of those credentials per cycle, with the rule, its edition and its
sources. Bad input prints one line on stderr and exits with status 2; it never
shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from typing import TYPE_CHECKING, NoReturn, TextIO

from coding_certs._errors import CodingCertsError, RuleNotInForceWarning
from coding_certs._requirements import ceu_requirements
from coding_certs._rulebook import default_rulebook, load_rulebook
from coding_certs._validate import to_date
from coding_certs._version import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors in the library's style."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"coding-certs: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (also used to document the command)."""
    parser = _Parser(
        prog="coding-certs",
        description="What every US medical coder must do to keep each credential alive.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--rulebook",
        metavar="PATH",
        help="read the rules from this TOML rule book instead of the shipped one",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    requirements = commands.add_parser(
        "requirements",
        help="CEUs due per cycle for a set of credentials, body by body",
        description=(
            "Print the CEUs each issuing body asks per cycle of the credentials given, "
            "with the tier, the edition and its sources."
        ),
        epilog="example: coding-certs requirements CPC CCS --on 2026-01-01",
    )
    requirements.add_argument(
        "codes", nargs="+", metavar="CODE", help="credential codes, e.g. CPC CCS"
    )
    requirements.add_argument(
        "--on", metavar="DATE", help="the day whose rules apply, as YYYY-MM-DD (default: today)"
    )
    requirements.add_argument(
        "--edition",
        action="append",
        default=[],
        metavar="NAME",
        help="pin a tier-table edition by name, e.g. aapc-2012 (repeat for several bodies)",
    )
    requirements.add_argument(
        "--lenient",
        action="store_true",
        help="apply a body's earliest edition to a day before it instead of failing",
    )
    return parser


def _requirements(args: argparse.Namespace, out: TextIO) -> int:
    book = load_rulebook(args.rulebook) if args.rulebook else default_rulebook()
    on = to_date(args.on, what="--on") if args.on is not None else None
    with warnings.catch_warnings():
        # The explanation already says when the earliest edition was applied.
        warnings.simplefilter("ignore", RuleNotInForceWarning)
        found = ceu_requirements(
            args.codes, on=on, editions=args.edition, lenient=args.lenient, rulebook=book
        )
    out.write("\n\n".join(requirement.explain() for requirement in found) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _requirements(args, sys.stdout)
    except CodingCertsError as error:
        sys.stderr.write(f"coding-certs: error: {error}\n")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
