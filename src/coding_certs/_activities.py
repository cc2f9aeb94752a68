"""CEU activities, held credentials and holders: the facts an assessment starts from.

A CEU activity is one thing a coder did to earn continuing education units.
The seed names three ways to earn them: attending an AAPC-approved event,
instructing at a post-secondary school (with pre-approval), and completing
post-secondary coursework. An audit needs more than the units: AAPC's
certificates must show the index number, the sponsor, the title, the CEUs and
the date (AAPC, CEU policies: https://www.aapc.com/about-us/ceu-policies).

Units are exact decimals: ``"0.1"`` is one tenth, and ten of them make exactly
``1.0``. Floats are refused.

>>> activity = CeuActivity(completed_on="2025-03-01", units="1.5", kind="approved-event",
...                        title="ICD-10-CM update", index_number="AAPC-123")
>>> activity.units, activity.completed_on
(Decimal('1.5'), datetime.date(2025, 3, 1))
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
from typing import Any

import attrs

from coding_certs._errors import InvalidTypeError, InvalidValueError
from coding_certs._model import Credential
from coding_certs._validate import (
    enum_converter,
    instance_of,
    lookup_key,
    non_empty_text,
    optional_instance_of,
    to_date,
    to_units,
    type_name,
)

_CENT = decimal.Decimal("0.01")


class ActivityKind(enum.StrEnum):
    """How a CEU was earned."""

    APPROVED_EVENT = "approved-event"
    """An event approved by the body (AAPC: with an index number)."""
    INSTRUCTION = "instruction"
    """Teaching at a post-secondary school; counts only with pre-approval."""
    COURSEWORK = "coursework"
    """Post-secondary coursework."""
    OTHER = "other"
    """Anything else the body accepts (webinars, publications, ...)."""


_to_kind = enum_converter(ActivityKind, what="CeuActivity.kind")


def _kind(value: object) -> ActivityKind:
    return _to_kind(value)


def _completed_on(value: object) -> dt.date:
    return to_date(value, what="CeuActivity.completed_on")


def _units(value: object) -> decimal.Decimal:
    units = to_units(value, what="CeuActivity.units")
    if units <= 0:
        raise InvalidValueError(f"CeuActivity.units must be more than 0, got {units}")
    # Checked before the decimal places: quantizing a huge number ('1e400') would overflow.
    if units > 1000:
        raise InvalidValueError(
            f"CeuActivity.units must be at most 1000 for one activity, got {units}"
        )
    if units != units.quantize(_CENT, rounding=decimal.ROUND_DOWN):
        raise InvalidValueError(
            f"CeuActivity.units may have at most two decimal places (such as '1.25'), got {units}"
        )
    # Written as '1E+2', a whole number would show that way in every explanation.
    return units.quantize(decimal.Decimal(1)) if units.as_tuple().exponent > 0 else units  # type: ignore[operator]


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    return value  # type: ignore[return-value]  # the validator names the wrong type


@functools.lru_cache(maxsize=1024)
def _shared(tags: frozenset[str]) -> frozenset[str]:
    """One object per distinct set of tags: a log of millions of activities repeats a few."""
    return tags


def _tags(value: object) -> frozenset[str]:
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    if isinstance(value, list | tuple | set | frozenset):
        tags = set()
        for item in value:
            if not isinstance(item, str):
                raise InvalidTypeError(
                    f"tags must be strings such as 'auditing', got {type_name(item)} {item!r}"
                )
            if item.strip():
                tags.add(item.strip().lower())
        return _shared(frozenset(tags))
    return value  # type: ignore[return-value]  # the validator names the wrong type


def _codes(value: object) -> Any:  # noqa: ANN401 -- passes a wrong type on to the validator
    tags: Any = _tags(value)
    if isinstance(tags, frozenset):
        return _shared(frozenset(tag.upper() for tag in tags))
    return tags


@attrs.frozen
class CeuActivity:
    """One continuing-education activity, as a certificate records it.

    Attributes:
        completed_on: the day it was completed (CEUs count by completion
            date); a ``date`` or an ISO string.
        units: the CEUs earned, more than 0 with at most two decimals; a
            ``Decimal``, an ``int`` or a numeric string, never a float.
        kind: how it was earned (:class:`ActivityKind` or its value).
        title: the course or event title.
        sponsor: who gave it.
        index_number: the AAPC index number or another body's approval number.
        preapproved: whether it was approved in advance (instruction needs it).
        categories: tags for category minimums: ``"specialty"``,
            ``"auditing"``, ``"hiim"`` (an AHIMA HIIM domain),
            ``"ahima-resource"`` (from AHIMA or a component association).
        bodies: the issuing bodies it is reported to (``{"AAPC"}``); empty
            means every body the holder has credentials from.
        holder_id: whose activity it is, for logs that hold many coders.
    """

    completed_on: dt.date = attrs.field(converter=_completed_on)
    units: decimal.Decimal = attrs.field(converter=_units)
    kind: ActivityKind = attrs.field(converter=_kind)
    title: str = attrs.field(validator=non_empty_text)
    sponsor: str | None = attrs.field(
        default=None, converter=_optional_text, validator=optional_instance_of(str), repr=False
    )
    index_number: str | None = attrs.field(
        default=None, converter=_optional_text, validator=optional_instance_of(str)
    )
    preapproved: bool = attrs.field(default=False, validator=instance_of(bool), repr=False)
    categories: frozenset[str] = attrs.field(
        default=frozenset(), converter=_tags, validator=instance_of(frozenset), repr=False
    )
    bodies: frozenset[str] = attrs.field(
        default=frozenset(), converter=_codes, validator=instance_of(frozenset), repr=False
    )
    holder_id: str | None = attrs.field(
        default=None, converter=_optional_text, validator=optional_instance_of(str), repr=False
    )

    @property
    def course_key(self) -> tuple[str, ...]:
        """What makes two records the same course: the index number, else title and sponsor."""
        if self.index_number:
            return ("index", lookup_key(self.index_number))
        return ("title", " ".join(self.title.casefold().split()), (self.sponsor or "").casefold())


def _credential(value: object) -> Credential:
    if isinstance(value, str):
        from coding_certs._rulebook import default_rulebook  # noqa: PLC0415 -- codes resolve lazily

        return default_rulebook().credential(value)
    return value  # type: ignore[return-value]  # the validator names the wrong type


def _earned_on(value: object) -> dt.date:
    return to_date(value, what="HeldCredential.earned_on")


@attrs.frozen
class HeldCredential:
    """A credential a coder holds, and the day it was earned (the exam was passed).

    Attributes:
        credential: the credential (a code is looked up in the shipped rule book).
        earned_on: the day it was earned; a ``date`` or an ISO string.
    """

    credential: Credential = attrs.field(converter=_credential, validator=instance_of(Credential))
    earned_on: dt.date = attrs.field(converter=_earned_on)


def _held(value: object) -> tuple[HeldCredential, ...]:
    if isinstance(value, list | tuple):
        held = []
        for index, item in enumerate(value):
            if isinstance(item, tuple | list):
                if len(item) != 2:
                    raise InvalidTypeError(
                        f"Holder.credentials[{index}] must be a (code, date) pair such as "
                        f"('CPC', '2020-01-15'), got {item!r}"
                    )
                item = HeldCredential(*item)  # noqa: PLW2901 -- the pair becomes its object
            held.append(item)
        return tuple(held)
    return value  # type: ignore[return-value]  # the validator names the wrong type


def _check_held(instance: Holder, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise InvalidTypeError(
            f"Holder.credentials must be a list of HeldCredential or (code, date) pairs, "
            f"got {type_name(value)} {value!r}"
        )
    seen: set[str] = set()
    for index, item in enumerate(value):
        instance_of(HeldCredential)(instance, attribute, item)
        if item.credential.code in seen:
            raise InvalidValueError(
                f"Holder {instance.id!r} lists {item.credential.code} twice "
                f"(credentials[{index}]); each credential is held once"
            )
        seen.add(item.credential.code)


def _renewal(value: object) -> dt.date | None:
    return None if value is None else to_date(value, what="Holder.aapc_renewal")


@attrs.frozen
class Holder:
    """A coder and the credentials they hold.

    Attributes:
        id: a stable identifier (an employee number).
        credentials: the credentials held, each with the day it was earned;
            ``(code, date)`` pairs are accepted.
        name: a display name, optional.
        aapc_renewal: the AAPC membership renewal date; only its month and
            day matter (CEUs are due every two years on it). When missing, the
            anniversary of the earliest AAPC credential is assumed.
    """

    id: str = attrs.field(validator=non_empty_text)
    credentials: tuple[HeldCredential, ...] = attrs.field(converter=_held, validator=_check_held)
    name: str | None = attrs.field(
        default=None, converter=_optional_text, validator=optional_instance_of(str)
    )
    aapc_renewal: dt.date | None = attrs.field(default=None, converter=_renewal, repr=False)

    def earned_on(self, credential: Credential) -> dt.date | None:
        """The day ``credential`` was earned, or ``None`` when it is not held."""
        for held in self.credentials:
            if held.credential == credential:
                return held.earned_on
        return None
