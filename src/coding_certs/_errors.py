"""The errors and warnings raised by ``coding_certs``.

Every error derives from :class:`CodingCertsError`, so one ``except`` catches
them all, and each also derives from the builtin it refines (``ValueError``,
``TypeError``, ``LookupError``), so code that already catches those keeps
working. Messages say what was wrong, where, and what would have been accepted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Iterable, Sequence
    from pathlib import Path


class CodingCertsError(Exception):
    """The root of every error raised by ``coding_certs``."""


class InvalidValueError(CodingCertsError, ValueError):
    """A value of the right type that breaks a rule (a negative count, a bad date)."""


class InvalidTypeError(CodingCertsError, TypeError):
    """A value of the wrong type (``None`` where a date was expected, a ``bool`` as a count)."""


class UnknownCredentialError(CodingCertsError, LookupError):
    """A credential code that the rule book does not know.

    Also a :class:`~coding_certs.Credential` object of another rule book whose code this
    one defines otherwise (``differs``): such as ``coding_certs.CPC``, the shipped book's,
    given to a holder assessed with a book whose CPC is not the same.
    """

    def __init__(
        self,
        code: str,
        suggestions: Sequence[str] = (),
        *,
        holder: str | None = None,
        differs: bool = False,
    ) -> None:
        self.code = code
        self.suggestions = tuple(suggestions)
        self.holder = holder
        self.differs = differs
        whose = f"holder {holder!r}: " if holder is not None else ""
        if differs:
            super().__init__(
                f"{whose}the credential {code} given is another rule book's: this rule book's "
                f"{code} differs from it; give the code ({code!r}) to use this rule book's"
            )
            return
        hint = (
            f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
            if self.suggestions
            else "; see coding_certs.credentials() for the known codes"
        )
        super().__init__(f"{whose}unknown credential code {code!r}{hint}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_unknown_credential,
            (type(self), self.code, self.suggestions, self.holder, self.differs),
        )


def _rebuild_unknown_credential(
    cls: type[UnknownCredentialError],
    code: str,
    suggestions: Sequence[str],
    holder: str | None,
    differs: bool = False,  # noqa: FBT001, FBT002 -- pickled positionally
) -> UnknownCredentialError:
    """Unpickle an :class:`UnknownCredentialError`, whose ``holder`` is keyword-only."""
    return cls(code, suggestions, holder=holder, differs=differs)


class UnknownBodyError(CodingCertsError, LookupError):
    """An issuing-body code that the rule book does not know."""


def _named(code: str, names: list[str]) -> str:
    import difflib  # noqa: PLC0415 -- only for a message: import coding_certs stays light

    close = difflib.get_close_matches(code.strip().upper(), names, n=1, cutoff=0.5)
    return f"{code!r}" + (f" (did you mean {close[0]!r}?)" if close else "")


def unknown_body(code: str, known: Iterable[str]) -> str:
    """What is wrong with a body code the rule book does not know, and what it knows."""
    return unknown_bodies([code], known)


def unknown_bodies(codes: Iterable[str], known: Iterable[str]) -> str:
    """What is wrong with body codes the rule book does not know, and what it knows."""
    names = sorted(known)
    named = [_named(code, names) for code in codes]
    plural = "s" if len(named) != 1 else ""
    return f"unknown body code{plural} {', '.join(named)}; known: {', '.join(names)}"


def check_renewals(holder_id: str, renewals: Iterable[str], known: frozenset[str]) -> None:
    """Refuse renewal dates of bodies the rule book does not know (assess raises this).

    Raises:
        UnknownBodyError: a code of ``renewals`` is not in ``known``.
    """
    if not known.issuperset(renewals):
        raise UnknownBodyError(unknown_renewals(holder_id, renewals, known))


def unknown_renewals(holder_id: str, codes: Iterable[str], known: Iterable[str]) -> str:
    """The message refusing renewal dates of bodies the rule book does not know.

    Never skipped: a renewal date no rule reads would go unused, and the holder's
    cycles would be assumed from another day. ``codes`` may hold known ones too.
    """
    names = sorted(known)
    named = [_named(code, names) for code in codes if code not in names]
    plural = len(named) != 1
    return (
        f"holder {holder_id!r}: renewals name "
        f"{'bodies' if plural else 'a body'} the rule book does not know: {', '.join(named)}; "
        f"known: {', '.join(names)}. Give each renewal date under its body's code"
    )


class UnknownEditionError(CodingCertsError, LookupError):
    """A tier-table edition name that the rule book does not know."""


class NoRuleInForceError(CodingCertsError, LookupError):
    """No edition of a rule was in force on the date asked about."""


class RulebookError(InvalidValueError):
    """A rule book file that cannot be read or breaks the rule-book format.

    Every problem found is reported at once: ``problems`` lists each as an
    ``(entry, message)`` pair, and the message shows them one a line.

    Attributes:
        path: the file, or ``None`` for the rule book shipped with the package.
        entry: where in the file, e.g. ``tier_tables[1].tiers[0].units``; the
            first problem's entry when there are several.
        problems: every ``(entry, message)`` found; one pair for a single problem.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | None,
        entry: str | None,
        problems: Sequence[tuple[str | None, str]] = (),
    ) -> None:
        self.message = message
        self.path = path
        self.entry = entry
        self.problems = tuple(problems) or ((entry, message),)
        where = str(path) if path is not None else "the shipped rule book"
        if len(self.problems) > 1:
            lines = "".join(
                f"\n  {item}: {text}" if item else f"\n  {text}" for item, text in self.problems
            )
            super().__init__(f"{where}: {len(self.problems)} problems{lines}")
            return
        if entry:
            where = f"{where}, {entry}"
        super().__init__(f"{where}: {message}")

    @classmethod
    def of(cls, problems: Sequence[tuple[str | None, str]], *, path: Path | None) -> RulebookError:
        """One error carrying every problem, its entry the first problem's."""
        entry, message = problems[0]
        return cls(message, path=path, entry=entry, problems=problems)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_rulebook_error,
            (type(self), self.message, self.path, self.entry, self.problems),
        )


def _rebuild_rulebook_error(
    cls: type[RulebookError],
    message: str,
    path: Path | None,
    entry: str | None,
    problems: Sequence[tuple[str | None, str]] = (),
) -> RulebookError:
    """Unpickle a :class:`RulebookError`, whose ``path`` and ``entry`` are keyword-only."""
    return cls(message, path=path, entry=entry, problems=problems)


class DataProblem(NamedTuple):
    """One thing wrong with data given to :func:`~coding_certs.from_dict` or a file reader.

    Attributes:
        path: the file, or ``None`` for data passed to ``from_dict``.
        line: the line of the file where the bad row or object begins, or ``None``.
        field: where in the row or object: a column (``"units"``), a path
            inside it (``"credentials[1].earned_on"``; ``from_dict`` gives
            ``"$.credentials[1].earned_on"``), or ``None`` for the whole row or file.
        message: what was wrong and what would have been accepted.
    """

    path: pathlib.Path | None
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [str(self.path)] if self.path is not None else []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class DataError(InvalidValueError):
    """Data that cannot become value objects; every problem found is listed at once.

    Attributes:
        problems: every problem, as :class:`DataProblem` records.
    """

    def __init__(self, summary: str, problems: Iterable[DataProblem]) -> None:
        self.summary = summary
        self.problems: tuple[DataProblem, ...] = tuple(problems)
        lines = "".join(f"\n  {problem}" for problem in self.problems)
        super().__init__(f"{summary}{lines}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.summary, self.problems))


class DataFileError(DataError):
    """A CEU log or roster file with problems; nothing of it was loaded.

    Attributes:
        path: the file.
        problems: every problem, each with the file, the line, the field and
            what was wrong (:class:`DataProblem`).
        hint: what would let the file be read, shown after the problems, or ``None``.
    """

    def __init__(
        self, path: Path, problems: Iterable[DataProblem], *, hint: str | None = None
    ) -> None:
        self.path = path
        self.hint = hint
        found = tuple(problems)
        count = f"{len(found)} problem{'s' if len(found) != 1 else ''}"
        super().__init__(f"{path}: {count}; nothing was loaded", found)
        if hint is not None:
            self.args = (f"{self.args[0]}\n  {hint}",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_data_file_error, (type(self), self.path, self.problems, self.hint))


def _rebuild_data_file_error(
    cls: type[DataFileError], path: Path, problems: Iterable[DataProblem], hint: str | None
) -> DataFileError:
    """Unpickle a :class:`DataFileError`, whose ``hint`` is keyword-only."""
    return cls(path, problems, hint=hint)


class CodingCertsWarning(UserWarning):
    """The root of every warning issued by ``coding_certs``."""


class RuleNotInForceWarning(CodingCertsWarning):
    """A lenient lookup applied the earliest known edition to a date before it."""
