"""Credential codes of a roster that the rule book does not know, skipped when asked.

By default an unknown code is an error: :func:`~coding_certs.read_holders` refuses the
file, naming every unknown code with its line and column. With
``unknown_credentials="skip"`` (the command's ``--unknown-credentials skip``) each holder
is read without the codes the rule book does not know, and each code left aside is kept
as a :class:`SkippedCredential` in :attr:`Holders.skipped`, so that a report can list it.

A holder whose every credential is unknown is left out of the roster altogether (and
listed, with :attr:`SkippedCredential.holder_left_out`): kept with no credential, they
would count as in good standing with nothing assessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Self

import attrs

from coding_certs._activities import Holder
from coding_certs._errors import InvalidTypeError, InvalidValueError
from coding_certs._validate import instance_of, non_empty_text, to_tuple, tuple_of, type_name

UNKNOWN_CREDENTIALS: tuple[str, ...] = ("error", "skip")
"""The accepted values of ``unknown_credentials`` (and of ``--unknown-credentials``)."""


def skip_unknown(value: object, what: str = "unknown_credentials") -> bool:
    """Whether ``value`` (``"error"`` or ``"skip"``) asks to skip unknown codes."""
    if not isinstance(value, str) or value not in UNKNOWN_CREDENTIALS:
        raise InvalidValueError(
            f"{what} must be one of {', '.join(map(repr, UNKNOWN_CREDENTIALS))} "
            f"(error: refuse the file; skip: read it without them), got {value!r}"
        )
    return value == "skip"


def unknown_codes(codes: Iterable[str]) -> str:
    """``2 credential codes the rule book does not know (XYZ, FOO)``: each code once."""
    named = list(dict.fromkeys(codes))
    plural = "s" if len(named) != 1 else ""
    return f"{len(named)} credential code{plural} the rule book does not know ({', '.join(named)})"


def unknown_hint(codes: Iterable[str], option: str) -> str:
    """The last line of the error that refuses unknown codes: how to go on without them."""
    named = list(dict.fromkeys(codes))
    them = "them" if len(named) != 1 else "it"
    return (
        f"{unknown_codes(named)}: correct {them}, or read the roster without {them} with {option}"
    )


def _line(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    instance_of(int)(instance, attribute, value)
    if isinstance(value, int) and value < 1:
        raise InvalidValueError(f"line must be a line number from 1, got {value!r}")


@attrs.frozen
class SkippedCredential:
    """A credential code of a roster that the rule book does not know, left aside.

    Attributes:
        code: the code as the file writes it.
        holder_id: whose credential it is.
        path: the roster file.
        line: the line of the file that names it.
        column: where in the row, as the file names it (``credentials[1].credential``).
        suggestions: the known codes closest to it (a typing mistake?).
        holder_left_out: the holder has no credential the rule book knows, and is left
            out of the roster.
    """

    code: str = attrs.field(validator=non_empty_text)
    holder_id: str = attrs.field(validator=non_empty_text)
    path: Path = attrs.field(validator=instance_of(Path))
    line: int = attrs.field(validator=_line)
    column: str = attrs.field(validator=non_empty_text)
    suggestions: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )
    holder_left_out: bool = attrs.field(default=False, validator=instance_of(bool))

    def __str__(self) -> str:
        out = ", left out: the rule book knows none of their credentials"
        close = ", ".join(map(repr, self.suggestions))
        return (
            f"{self.path}, line {self.line}, {self.column}: {self.code!r} of holder "
            f"{self.holder_id!r}{out if self.holder_left_out else ''}"
            f"{f'; did you mean {close}?' if close else ''}"
        )

    def to_dict(self) -> dict[str, object]:
        """The skipped code as JSON-ready data."""
        return {
            "code": self.code,
            "holder_id": self.holder_id,
            "file": str(self.path),
            "line": self.line,
            "column": self.column,
            "suggestions": list(self.suggestions),
            "holder_left_out": self.holder_left_out,
        }


class Holders(tuple[Holder, ...]):  # noqa: SLOT001 -- a tuple's subclass cannot have slots
    """The holders :func:`~coding_certs.read_holders` read, in file order: a tuple.

    Comparison is a tuple's: the holders alone. Given to
    :func:`~coding_certs.assess_roster`, it says who was left out, whose CEUs are dropped
    with them (not refused as CEUs of holders not on the roster).

    Attributes:
        skipped: the credential codes left aside with ``unknown_credentials="skip"``
            (:class:`SkippedCredential`, in file order; empty otherwise).
    """

    # Non-empty slots are refused for a tuple's subclass: ``skipped`` lives in the instance dict.
    skipped: tuple[SkippedCredential, ...]

    def __new__(
        cls, holders: Iterable[Holder] = (), skipped: Iterable[SkippedCredential] = ()
    ) -> Self:
        """The holders, and the codes skipped while reading them."""
        self = super().__new__(cls, holders)
        self.skipped = tuple(skipped)
        for index, item in enumerate(self.skipped):
            if not isinstance(item, SkippedCredential):
                raise InvalidTypeError(
                    f"Holders.skipped[{index}] must be a SkippedCredential, "
                    f"got {type_name(item)} {item!r}"
                )
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (tuple(self), self.skipped))

    @property
    def left_out(self) -> frozenset[str]:
        """The ids of the holders left out: none of their credentials is known."""
        return frozenset(s.holder_id for s in self.skipped if s.holder_left_out)
