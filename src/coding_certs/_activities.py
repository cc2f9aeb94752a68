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
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import attrs

from coding_certs._decimals import CONTEXT
from coding_certs._errors import InvalidTypeError, InvalidValueError, UnknownCredentialError
from coding_certs._model import Credential, IssuingBody
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
    with decimal.localcontext(CONTEXT):  # not the caller's: see _decimals
        return _checked_units(value)


def _checked_units(value: object) -> decimal.Decimal:
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
        certificate: whether the coder has its certificate of completion
            (keyword only); a body whose cycle rule accepts one counts an
            approved event without an index number.
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
    certificate: bool = attrs.field(
        default=False, kw_only=True, validator=instance_of(bool), repr=False
    )
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


def _credential_or_code(value: object) -> Credential | str:
    if isinstance(value, str):
        code = " ".join(value.split())
        if not code:
            raise InvalidValueError(
                "HeldCredential.credential must be a code such as 'CPC', got ''"
            )
        return code
    if not isinstance(value, Credential):
        raise InvalidTypeError(
            "HeldCredential.credential must be a credential code such as 'CPC' or a Credential, "
            f"got {type_name(value)} {value!r}"
        )
    return value


def _code_of(given: Credential | str) -> str:
    return given.code if isinstance(given, Credential) else given


def _same_code(given: Credential | str) -> str:
    """What makes two holdings of a credential the same: the code, as the rule book reads it."""
    return lookup_key(_code_of(given))


def _earned_on(value: object) -> dt.date:
    return to_date(value, what="HeldCredential.earned_on")


@attrs.frozen(repr=False)
class HeldCredential:
    """A credential a coder holds, and the day it was earned (the exam was passed).

    A credential given by its code is kept as that code: constructing a holding
    (or a :class:`Holder`) looks nothing up. An assessment looks the code up in
    the rule book it is given (``assess(..., rulebook=)``), never in the shipped
    one, so a rule book of one's own may define credentials the library has never
    heard of, or define a code otherwise; the report's ``holder`` holds that
    book's credentials.

    Read outside an assessment, :attr:`credential`, :attr:`apprentice` and
    :attr:`designation` of a holding given by code look the code up in the
    **shipped** rule book, the only one the holding knows of (kept for
    compatibility). For a rule book of your own, read them from
    ``assess(...).holder`` or from ``resolve(book)``.

    Two holdings are equal when their codes read the same (case, spaces and
    dashes aside) and they were earned on the same day.

    Attributes:
        credential: the credential; for one given by code and read outside an
            assessment, the shipped rule book's credential of that code.
        code: the credential's code, as given.
        earned_on: the day it was earned; a ``date`` or an ISO string.
        apprentice: whether the credential is held with apprentice status
            (AAPC's CPC-A, COC-A). The designation's own code says so too:
            ``HeldCredential("CPC-A", day)`` is CPC held as an apprentice.
            An apprentice owes the full credential's CEUs (an assumption
            recorded in the rule book).
    """

    _given: Credential | str = attrs.field(
        alias="credential", converter=_credential_or_code, eq=_same_code
    )
    earned_on: dt.date = attrs.field(converter=_earned_on)
    _apprentice: bool = attrs.field(default=False, alias="apprentice", validator=instance_of(bool))

    def __attrs_post_init__(self) -> None:
        given = self._given
        if self._apprentice and isinstance(given, Credential) and given.apprentice is None:
            raise InvalidValueError(
                f"{given.code} has no apprentice designation, so it cannot be held as an "
                "apprentice; apprentice=True is accepted for credentials with one "
                "(AAPC's CPC, COC)"
            )

    @property
    def apprentice(self) -> bool:
        """Whether the credential is held with apprentice status (``CPC-A``).

        Of a holding given by code, this asks the shipped rule book whether the code
        is an apprentice designation (see :attr:`credential`).
        """
        if self._apprentice:
            return True
        given = self._given
        if isinstance(given, Credential):
            return False
        return self.credential.is_apprentice_code(given)

    @property
    def designation(self) -> str:
        """The code as the holder shows it: ``CPC-A`` for an apprentice, else the code.

        Of a holding given by code, the shipped rule book's (see :attr:`credential`).
        """
        credential = self.credential
        if self.apprentice and credential.apprentice is not None:
            return credential.apprentice
        return credential.code

    @property
    def code(self) -> str:
        """The credential's code, as given (``"cpc h"``) or as its rule book spells it."""
        return _code_of(self._given)

    @property
    def is_resolved(self) -> bool:
        """Whether the credential is a rule book's object rather than a code."""
        return isinstance(self._given, Credential)

    @property
    def credential(self) -> Credential:
        """The credential object: for a holding given by code, the shipped rule book's.

        A holding given by code, read outside an assessment, has no other rule book
        to ask: this looks the code up in the shipped one, whatever book it will be
        assessed with. The credential of your own book is ``resolve(book).credential``,
        or the one in the report (``assess(..., rulebook=book).holder``).

        Raises:
            UnknownCredentialError: the holding was given by a code that the
                shipped rule book does not know; resolve it against your own
                with :meth:`resolve`.
        """
        if isinstance(self._given, Credential):
            return self._given
        from coding_certs._rulebook import default_rulebook  # noqa: PLC0415 -- only when asked

        return default_rulebook().credential(self._given)

    def resolve(self, rulebook: _CredentialLookup) -> HeldCredential:
        """This holding with its credential looked up in ``rulebook``.

        Raises:
            UnknownCredentialError: ``rulebook`` does not know the code, or
                the credential object is another rule book's.
        """
        found = rulebook.credential(self._given)
        if found is self._given:
            return self
        apprentice = self._apprentice or (
            isinstance(self._given, str) and found.is_apprentice_code(self._given)
        )
        return HeldCredential(found, self.earned_on, apprentice=apprentice)

    def __repr__(self) -> str:
        status = ", apprentice=True" if self._apprentice else ""
        return f"HeldCredential(credential={self._given!r}, earned_on={self.earned_on!r}{status})"


class _CredentialLookup(Protocol):
    """What :meth:`HeldCredential.resolve` needs of a rule book."""

    def credential(self, code: str | Credential) -> Credential: ...  # pragma: no cover


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
        key = lookup_key(item.code)
        if key in seen:
            raise InvalidValueError(
                f"Holder {instance.id!r} lists {item.code} twice "
                f"(credentials[{index}]); each credential is held once"
            )
        seen.add(key)


def _renewal(value: object) -> dt.date | None:
    return None if value is None else to_date(value, what="Holder.aapc_renewal")


@attrs.frozen
class Renewals(Mapping[str, dt.date]):
    """A holder's membership renewal dates, by issuing-body code; read-only and hashable."""

    _items: tuple[tuple[str, dt.date], ...] = attrs.field(alias="items")

    def __getitem__(self, body: str) -> dt.date:
        for code, day in self._items:
            if code == body:
                return day
        raise KeyError(body)

    def __iter__(self) -> Iterator[str]:
        return (code for code, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(dict(self._items))


def _renewals(value: object) -> Renewals:
    if isinstance(value, Renewals):
        return value
    if value is None:
        return Renewals(())
    if not isinstance(value, Mapping):
        raise InvalidTypeError(
            "Holder.renewals must map body codes to dates, such as {'AAPC': '2025-03-15'}, "
            f"got {type_name(value)} {value!r}"
        )
    items: dict[str, dt.date] = {}
    for body, day in value.items():
        if not isinstance(body, str) or not body.strip():
            raise InvalidTypeError(
                f"Holder.renewals keys must be body codes such as 'AAPC', got {body!r}"
            )
        items[body.strip().upper()] = to_date(day, what=f"Holder.renewals[{body!r}]")
    return Renewals(tuple(sorted(items.items())))


@attrs.frozen
class Holder:
    """A coder and the credentials they hold.

    Attributes:
        id: a stable identifier (an employee number).
        credentials: the credentials held, each with the day it was earned;
            ``(code, date)`` pairs are accepted.
        name: a display name, optional.
        renewals: membership renewal dates by body code (``{"AAPC":
            "2025-03-15"}``), for bodies whose cycles follow them; only month
            and day matter. A body missing here takes the anniversary of its
            earliest credential, and the report says so.
        aapc_renewal: deprecated spelling of ``renewals={"AAPC": ...}``,
            kept so that older code and rosters keep working; it always reads
            the same as ``renewals.get("AAPC")``.
    """

    id: str = attrs.field(validator=non_empty_text)
    credentials: tuple[HeldCredential, ...] = attrs.field(converter=_held, validator=_check_held)
    name: str | None = attrs.field(
        default=None, converter=_optional_text, validator=optional_instance_of(str)
    )
    aapc_renewal: dt.date | None = attrs.field(
        default=None, converter=_renewal, repr=False, eq=False
    )
    renewals: Mapping[str, dt.date] = attrs.field(default=None, converter=_renewals, repr=False)

    def __attrs_post_init__(self) -> None:
        given = self.renewals.get("AAPC")
        if self.aapc_renewal is not None and given is not None and given != self.aapc_renewal:
            raise InvalidValueError(
                f"Holder {self.id!r}: aapc_renewal ({self.aapc_renewal}) and renewals['AAPC'] "
                f"({given}) disagree; give the date once, in renewals"
            )
        if self.aapc_renewal is not None and given is None:
            object.__setattr__(
                self, "renewals", _renewals({**self.renewals, "AAPC": self.aapc_renewal})
            )
        object.__setattr__(self, "aapc_renewal", self.renewals.get("AAPC"))

    def renewal(self, body: str | IssuingBody) -> dt.date | None:
        """The membership renewal date for ``body`` (its code or the body), if known."""
        code = body.code if isinstance(body, IssuingBody) else body.strip().upper()
        return self.renewals.get(code)

    def earned_on(self, credential: Credential | str) -> dt.date | None:
        """The day ``credential`` was earned, or ``None`` when it is not held."""
        key = _same_code(credential)
        for held in self.credentials:
            if _same_code(held.code) == key:
                return held.earned_on
        return None

    def resolve(self, rulebook: _CredentialLookup) -> Holder:
        """This holder with every credential looked up in ``rulebook``.

        Raises:
            UnknownCredentialError: a code ``rulebook`` does not know; the
                message names the holder.
        """
        resolved = []
        for held in self.credentials:
            try:
                resolved.append(held.resolve(rulebook))
            except UnknownCredentialError as error:
                raise UnknownCredentialError(
                    error.code, error.suggestions, holder=self.id, differs=error.differs
                ) from error
        if all(a is b for a, b in zip(resolved, self.credentials, strict=True)):
            return self
        return attrs.evolve(self, credentials=tuple(resolved), aapc_renewal=None)
