"""The errors and warnings raised by ``coding_certs``.

Every error derives from :class:`CodingCertsError`, so one ``except`` catches
them all, and each also derives from the builtin it refines (``ValueError``,
``TypeError``, ``LookupError``), so code that already catches those keeps
working. Messages say what was wrong, where, and what would have been accepted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path


class CodingCertsError(Exception):
    """The root of every error raised by ``coding_certs``."""


class InvalidValueError(CodingCertsError, ValueError):
    """A value of the right type that breaks a rule (a negative count, a bad date)."""


class InvalidTypeError(CodingCertsError, TypeError):
    """A value of the wrong type (``None`` where a date was expected, a ``bool`` as a count)."""


class UnknownCredentialError(CodingCertsError, LookupError):
    """A credential code that the rule book does not know."""

    def __init__(self, code: str, suggestions: Sequence[str] = ()) -> None:
        self.code = code
        self.suggestions = tuple(suggestions)
        hint = (
            f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
            if self.suggestions
            else "; see coding_certs.credentials() for the known codes"
        )
        super().__init__(f"unknown credential code {code!r}{hint}")


class UnknownBodyError(CodingCertsError, LookupError):
    """An issuing-body code that the rule book does not know."""


class UnknownEditionError(CodingCertsError, LookupError):
    """A tier-table edition name that the rule book does not know."""


class NoRuleInForceError(CodingCertsError, LookupError):
    """No edition of a rule was in force on the date asked about."""


class RulebookError(InvalidValueError):
    """A rule book file that cannot be read or breaks the rule-book format.

    Attributes:
        path: the file, or ``None`` for the rule book shipped with the package.
        entry: where in the file, e.g. ``tier_tables[1].tiers[0].units``.
    """

    def __init__(self, message: str, *, path: Path | None, entry: str | None) -> None:
        self.path = path
        self.entry = entry
        where = str(path) if path is not None else "the shipped rule book"
        if entry:
            where = f"{where}, {entry}"
        super().__init__(f"{where}: {message}")


class CodingCertsWarning(UserWarning):
    """The root of every warning issued by ``coding_certs``."""


class RuleNotInForceWarning(CodingCertsWarning):
    """A lenient lookup applied the earliest known edition to a date before it."""
