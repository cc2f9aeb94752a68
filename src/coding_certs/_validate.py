"""Validators and converters shared by the value objects.

attrs calls a validator as ``validator(instance, attribute, value)``. These
raise :class:`~coding_certs.InvalidTypeError` or
:class:`~coding_certs.InvalidValueError` with a message that names the class,
the field, the value received and what would have been accepted.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from coding_certs._errors import InvalidTypeError, InvalidValueError

if TYPE_CHECKING:
    import attrs

T = TypeVar("T")

_CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
# Every character that people type as a dash or a separator in a credential code.
_SEPARATORS = re.compile(r"[\s\-_./\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+")
# The ASCII characters among them, dropped by str.translate: NFKC leaves ASCII text as it is.
_ASCII_SEPARATORS = {code: None for code in range(128) if _SEPARATORS.match(chr(code))}


def where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """Name a field as ``Class.argument`` for error messages, by the name the caller passed.

    A private field's argument has its own name (``HeldCredential(apprentice=...)`` sets
    ``_apprentice``): the message says the argument's.
    """
    return f"{type(instance).__name__}.{attribute.alias or attribute.name}"


def type_name(value: object) -> str:
    """Name a value's type for an error message."""
    return type(value).__name__


def instance_of(*types: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Require ``isinstance(value, types)``; a ``bool`` never passes for an ``int``."""
    expected = " or ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise InvalidTypeError(
                f"{where(instance, attribute)} must be {expected}, got {type_name(value)} {value!r}"
            )

    return check


def optional_instance_of(*types: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Like :func:`instance_of`, also accepting ``None``."""
    inner = instance_of(*types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def non_empty_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with at least one non-space character."""
    if not isinstance(value, str):
        raise InvalidTypeError(
            f"{where(instance, attribute)} must be a str, got {type_name(value)} {value!r}"
        )
    if not value.strip():
        raise InvalidValueError(f"{where(instance, attribute)} must not be empty")


def code_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an upper-case code such as ``CPC``, ``CPC-H`` or ``AHIMA``."""
    non_empty_text(instance, attribute, value)
    assert isinstance(value, str)  # noqa: S101 -- narrowed by non_empty_text
    if not _CODE_PATTERN.fullmatch(value):
        raise InvalidValueError(
            f"{where(instance, attribute)} must be upper-case letters and digits, "
            f"optionally joined by single dashes (like 'CPC-H'), got {value!r}"
        )


def tuple_of(
    item_type: type,
    *,
    item_check: Callable[[object, attrs.Attribute[Any], object], None] | None = None,
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Require a tuple whose items are all ``item_type``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise InvalidTypeError(
                f"{where(instance, attribute)} must be a tuple of {item_type.__name__}, "
                f"got {type_name(value)} {value!r}"
            )
        for index, item in enumerate(value):
            if not isinstance(item, item_type):
                raise InvalidTypeError(
                    f"{where(instance, attribute)}[{index}] must be {item_type.__name__}, "
                    f"got {type_name(item)} {item!r}"
                )
            if item_check is not None:
                item_check(instance, attribute, item)

    return check


#: The validator of every tuple-of-texts field (assumptions, notes, aliases): one definition.
#: Each field still calls ``attrs.field`` itself: mypy's attrs plugin reads the converter only
#: from that call, and a field helper would type the constructors' arguments as tuples,
#: refusing the lists ``to_tuple`` accepts.
non_empty_texts = tuple_of(str, item_check=non_empty_text)


def to_tuple(value: Any) -> Any:  # noqa: ANN401 -- a converter sees whatever the caller passed
    """Turn a list, set or frozenset into a tuple; leave anything else to the validator."""
    if isinstance(value, list | set | frozenset):
        return tuple(value)
    return value


def lookup_key(code: str) -> str:
    """Fold a code for lookup: case, spaces, dashes of any kind and underscores do not matter.

    >>> lookup_key("cpc–h") == lookup_key("CPC H") == lookup_key("CPC_H") == "CPCH"
    True
    """
    if code.isascii():  # the common case, without normalising: the same key (tested)
        return code.translate(_ASCII_SEPARATORS).upper()
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", code)).upper()


def to_date(value: object, *, what: str) -> dt.date:
    """Accept a ``date``, a ``datetime`` (its date) or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidValueError(
                f"{what} must be an ISO date like '2025-03-01', got {value!r}"
            ) from None
    raise InvalidTypeError(
        f"{what} must be a datetime.date or an ISO date string, got {type_name(value)} {value!r}"
    )


def to_units(value: object, *, what: str) -> decimal.Decimal:
    """Accept CEUs as a ``Decimal``, an ``int`` or a numeric string; never a float.

    Floats are refused because ``0.1`` is not exactly one tenth: CEU arithmetic
    must be exact.
    """
    if isinstance(value, bool) or not isinstance(value, decimal.Decimal | int | str):
        hint = (
            " (pass a str such as '1.5': floats are not exact)" if isinstance(value, float) else ""
        )
        raise InvalidTypeError(
            f"{what} must be a Decimal, an int or a numeric str, "
            f"got {type_name(value)} {value!r}{hint}"
        )
    if isinstance(value, str):
        try:
            value = decimal.Decimal(value.strip())
        except decimal.InvalidOperation:
            raise InvalidValueError(f"{what} must be a number like '1.5', got {value!r}") from None
    units = decimal.Decimal(value)
    if not units.is_finite():
        raise InvalidValueError(f"{what} must be a finite number, got {units}")
    return units


E = TypeVar("E", bound="enum.Enum")


def enum_converter(enum_type: type[E], *, what: str) -> Callable[[object], E]:
    """A converter that accepts a member of ``enum_type`` or its value (``"facility"``)."""
    accepted = ", ".join(repr(member.value) for member in enum_type)

    def convert(value: object) -> E:
        if isinstance(value, enum_type):
            return value
        if isinstance(value, str):
            folded = value.strip().lower().replace("_", "-")
            for member in enum_type:
                if str(member.value).lower() == folded:
                    return member
            raise InvalidValueError(f"{what} must be one of {accepted}, got {value!r}")
        raise InvalidTypeError(
            f"{what} must be one of {accepted} (or a {enum_type.__name__}), "
            f"got {type_name(value)} {value!r}"
        )

    return convert
