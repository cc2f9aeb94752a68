"""Issuing bodies, credentials, and the sources their facts come from.

A medical coding credential is issued by one body (AAPC or AHIMA), is aimed at
one setting (the professional side of a physician office, or a facility such as
a hospital) and has a primary focus (outpatient: the patient typically leaves
within 24 hours; inpatient: the patient stays until recovery). "Typically"
matters: the split is a heuristic for what a coder works on, not a billing rule.

A credential that was renamed (CPC-H became COC) keeps its old code and names
its successor, so records that still say CPC-H resolve, and the two are counted
as one credential.

The facts themselves live in the rule book (``data/rules.toml``), each with the
page it came from; see :doc:`/credentials`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum

import attrs

from coding_certs._errors import InvalidValueError
from coding_certs._validate import (
    code_text,
    instance_of,
    lookup_key,
    non_empty_text,
    non_empty_texts,
    optional_instance_of,
    to_tuple,
    to_units,
    tuple_of,
)
from coding_certs._views import Viewable


class Setting(enum.StrEnum):
    """Where the coded care happens."""

    PROFESSIONAL = "professional"
    """The professional side: physician offices and practices."""
    FACILITY = "facility"
    """Hospitals and other facilities."""


class Focus(enum.StrEnum):
    """The primary focus of a credential: the kind of encounter it codes."""

    OUTPATIENT = "outpatient"
    """The patient typically leaves within 24 hours (a doctor's office visit)."""
    INPATIENT = "inpatient"
    """The patient stays at the facility until recovery."""


def _check_url(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    non_empty_text(instance, attribute, value)
    if not value.startswith(("https://", "http://")):
        raise InvalidValueError(f"Source.url must be an http(s) address, got {value!r}")


@attrs.frozen
class Source:
    """A public page that a fact was read from.

    Attributes:
        title: the page's title, as a reader would recognise it.
        url: its address, or ``None`` for a document with none (the seed blog
            post the project started from has no known address).
        supports: what, on that page, backs the fact (a short quote or summary).
    """

    title: str = attrs.field(validator=non_empty_text)
    url: str | None = attrs.field(validator=_check_url)
    supports: str = attrs.field(validator=non_empty_text, repr=False)

    def cite(self) -> str:
        """Format the source as ``title <url>``, or the title alone when it has no address."""
        return f"{self.title} <{self.url}>" if self.url else self.title


#: The validator of every ``sources`` field (bodies, credentials, dated rules): one definition.
source_tuple = tuple_of(Source)


@attrs.frozen(cache_hash=True)  # hashed for every cycle assessed
class IssuingBody:
    """An organisation that issues credentials and sets their CEU rules.

    Attributes:
        code: the short name, ``AAPC`` or ``AHIMA``.
        name: the full name.
        sources: where the name and role were read.
    """

    code: str = attrs.field(validator=code_text)
    name: str = attrs.field(validator=non_empty_text)
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=to_tuple, validator=source_tuple, repr=False
    )

    def __str__(self) -> str:
        return self.code


def _body_code(body: IssuingBody) -> str:
    return body.code


def _ceus(value: object) -> decimal.Decimal | None:
    if value is None:
        return None
    units = to_units(value, what="Credential.ceus")
    if not 0 < units <= _MAX_CEUS:
        raise InvalidValueError(
            f"Credential.ceus must be more than 0 and at most 1000, got {units}"
        )
    return units


_MAX_CEUS = decimal.Decimal(1000)


@attrs.frozen(cache_hash=True)  # hashed for every cycle assessed
class Credential(Viewable):
    """A credential a coder can hold, with the facts that shape its upkeep.

    Attributes:
        code: the code on the certificate, such as ``CPC`` or ``CPC-H``.
        title: the full title.
        body: the issuing body.
        setting: where the coded care happens, or ``None`` for a credential
            that spans both settings (the entry-level CCA).
        focus: the primary focus, or ``None`` for one that spans both.
        aliases: other spellings that should find this credential.
        successor: the code of the credential this one was renamed to.
        renamed_on: the day of the rename, when known.
        renamed_on_confirmed: ``False`` while ``renamed_on`` is an assumption.
        sources: where these facts were read.
        assumptions: facts recorded here that no primary source confirms.
        notes: other sourced remarks, such as opinions from the seed document;
            never used in any computation.
        exam: what the certification exam asks (questions, time, passing
            score), as its sources state it; ``None`` when not recorded.
        replaces: codes of credentials of the same body that this one
            replaces: held together, only this one counts (AHIMA: RHIA
            replaces RHIT, "CEUs for this credential need only be maintained").
        ceus: the CEUs per cycle the credential asks when held alone, for
            bodies whose requirement reads each credential's own (AHIMA: RHIA
            30, CCS 20); ``None`` where the body's requirement does not.
        apprentice: the code of the credential's apprentice designation
            (AAPC: ``CPC-A``, ``COC-A``), or ``None``. That code finds this
            credential, held with apprentice status (see
            :attr:`HeldCredential.apprentice <coding_certs.HeldCredential.apprentice>`).
        apprentice_rule: how the apprentice designation comes off, as its
            sources state it (recorded, never computed); ``None`` without one.
    """

    code: str = attrs.field(validator=code_text)
    title: str = attrs.field(validator=non_empty_text)
    body: IssuingBody = attrs.field(validator=instance_of(IssuingBody), repr=_body_code)
    setting: Setting | None = attrs.field(validator=optional_instance_of(Setting))
    focus: Focus | None = attrs.field(validator=optional_instance_of(Focus))
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=non_empty_texts, repr=False
    )
    successor: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(code_text)
    )
    renamed_on: dt.date | None = attrs.field(
        default=None, validator=optional_instance_of(dt.date), repr=False
    )
    renamed_on_confirmed: bool = attrs.field(default=False, validator=instance_of(bool), repr=False)
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=to_tuple, validator=source_tuple, repr=False
    )
    assumptions: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=non_empty_texts, repr=False
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=non_empty_texts, repr=False
    )
    exam: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(non_empty_text), repr=False
    )
    ceus: decimal.Decimal | None = attrs.field(default=None, converter=_ceus, repr=False)
    replaces: tuple[str, ...] = attrs.field(
        default=(),
        converter=to_tuple,
        validator=tuple_of(str, item_check=code_text),
        repr=False,
    )

    apprentice: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(code_text), repr=False
    )
    apprentice_rule: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(non_empty_text), repr=False
    )

    def __attrs_post_init__(self) -> None:
        if self.apprentice is not None and lookup_key(self.apprentice) == lookup_key(self.code):
            raise InvalidValueError(
                f"Credential {self.code} cannot be its own apprentice designation"
            )
        if self.apprentice is None and self.apprentice_rule is not None:
            raise InvalidValueError(
                f"Credential {self.code} has an apprentice_rule but no apprentice designation; "
                "give apprentice = 'CODE-A' too"
            )
        if self.successor == self.code:
            raise InvalidValueError(f"Credential {self.code} cannot be its own successor")
        if self.code in self.replaces:
            raise InvalidValueError(f"Credential {self.code} cannot replace itself")
        if self.successor is None and self.renamed_on is not None:
            raise InvalidValueError(
                f"Credential {self.code} has renamed_on {self.renamed_on} but no successor"
            )

    def is_apprentice_code(self, code: str) -> bool:
        """Whether ``code`` is this credential's apprentice designation (``"cpc a"`` for CPC)."""
        return self.apprentice is not None and lookup_key(code) == lookup_key(self.apprentice)

    @property
    def is_renamed(self) -> bool:
        """Whether this code was replaced by another (its ``successor``)."""
        return self.successor is not None

    @property
    def status(self) -> str:
        """``"active"``, or ``"renamed <successor>"`` for a retired code."""
        return f"renamed {self.successor}" if self.successor else "active"

    def __str__(self) -> str:
        return self.code
