"""Requirement kinds: how a body turns the credentials a holder has into CEUs per cycle.

Each kind is a mechanism in code; its numbers are data in the rule book
(``[[requirements]]`` with ``kind = ...``, format 2; see :doc:`/rulebook-format`).

* ``tiered``: :class:`~coding_certs.CeuTierTable`, by the number of the body's
  credentials held (AAPC: 36, 40, 44, 48, 52).
* ``highest-plus``: :class:`HighestPlusIncrement`, the highest single-credential
  requirement plus an increment per additional credential, capped (AHIMA:
  "ten (10) additional CEUs per credential ... up to a maximum of (50)"; RHIA
  alone 30, RHIA + CHDA 40, CCS + CCS-P 30).
* ``per-credential``: :class:`PerCredentialSum`, each credential's own CEUs
  added up, or, when one CEU may count for several credentials (AIHC), the
  largest of them (BMSC asks unique CEUs per credential: a sum).
* ``flat``: :class:`FlatRequirement`, one number per holder however many of the
  body's credentials they hold (NHA 10, PAHCOM 24, ACDIS 30, AMBA 15).

A credential's own single-credential CEUs are its ``ceus``
(:attr:`~coding_certs.Credential.ceus`), unless the requirement edition
overrides them in its ``units`` table (so an older edition keeps its numbers).

>>> import coding_certs as cc
>>> body = cc.IssuingBody("XB", "Example Body")
>>> a = cc.Credential("XA", "Alpha", body, None, None, ceus="30")
>>> b = cc.Credential("XC", "Gamma", body, None, None, ceus="20")
>>> rule = HighestPlusIncrement(body=body, name="xb-2019", title="Example",
...     effective_from="2019-01-01", increment="10", cap="50")
>>> rule.units_for_credentials([a]), rule.units_for_credentials([a, b])
(Decimal('30'), Decimal('40'))
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

import attrs

from coding_certs._errors import InvalidValueError
from coding_certs._model import Credential
from coding_certs._rules import DatedRule
from coding_certs._tiers import CeuTierTable, check_units_bound
from coding_certs._validate import instance_of, non_empty_text, to_units

_ZERO = decimal.Decimal(0)


def _positive_units(what: str) -> Callable[[object], decimal.Decimal]:
    def convert(value: object) -> decimal.Decimal:
        units = to_units(value, what=what)
        if units <= 0:
            raise InvalidValueError(f"{what} must be more than 0, got {units}")
        check_units_bound(units, what=what)
        return units

    return convert


def _increment(value: object) -> decimal.Decimal:
    return _positive_units("HighestPlusIncrement.increment")(value)


def _cap(value: object) -> decimal.Decimal:
    return _positive_units("HighestPlusIncrement.cap")(value)


def _flat_units(value: object) -> decimal.Decimal:
    return _positive_units("FlatRequirement.units")(value)


def _units_table(value: object) -> Mapping[str, decimal.Decimal]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            f"units must map credential codes to CEUs, such as {{'RHIA': '30'}}, got {value!r}"
        )
    convert = _positive_units("units[...]")
    return {str(code): convert(units) for code, units in value.items()}


@attrs.frozen(kw_only=True)
class RequirementEdition(DatedRule):
    """What every requirement kind but the tier table has: a dated, sourced edition with a title.

    Attributes:
        title: a human title for the edition.
    """

    title: str = attrs.field(validator=non_empty_text, repr=False)

    kind: ClassVar[str] = ""

    @property
    def edition(self) -> str:
        """The edition's name, used to pin it (the same as ``name``)."""
        return self.name

    def units_for_credentials(self, counted: Sequence[Credential]) -> decimal.Decimal:
        """The CEUs due per cycle for the distinct credentials ``counted``."""
        raise NotImplementedError  # pragma: no cover -- every kind defines it

    def basis(self, counted: Sequence[Credential]) -> str:
        """How the units come about, in words."""
        raise NotImplementedError  # pragma: no cover -- every kind defines it


@attrs.frozen(kw_only=True)
class _PerCredential(RequirementEdition):
    """What the kinds that read each credential's own CEUs share."""

    units: Mapping[str, decimal.Decimal] = attrs.field(
        factory=dict, converter=_units_table, repr=False, eq=False
    )
    _units_key: tuple[tuple[str, decimal.Decimal], ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        object.__setattr__(self, "_units_key", tuple(sorted(self.units.items())))

    def single(self, credential: Credential) -> decimal.Decimal:
        """The CEUs ``credential`` asks for when held alone, under this edition.

        Raises:
            InvalidValueError: neither the edition nor the credential gives them.
        """
        found = self.units.get(credential.code, credential.ceus)
        if found is None:
            raise InvalidValueError(
                f"requirement {self.name!r} needs the CEUs of {credential.code} held alone: "
                f"give the credential a ceus value, or this edition a units entry for it"
            )
        return found

    def missing(self, credentials: Sequence[Credential]) -> list[str]:
        """Codes of ``credentials`` of this body whose single-credential CEUs are unknown."""
        return [
            c.code
            for c in credentials
            if c.body == self.body
            and c.successor is None
            and self.units.get(c.code, c.ceus) is None
        ]


@attrs.frozen(kw_only=True)
class HighestPlusIncrement(_PerCredential):
    """The highest single-credential requirement, plus ``increment`` per other credential, capped.

    Attributes:
        increment: CEUs added per credential beyond the first (AHIMA: 10).
        cap: the most any holder owes (AHIMA: 50).
    """

    increment: decimal.Decimal = attrs.field(converter=_increment)
    cap: decimal.Decimal = attrs.field(converter=_cap)

    kind: ClassVar[str] = "highest-plus"

    def units_for_credentials(self, counted: Sequence[Credential]) -> decimal.Decimal:
        """The CEUs due per cycle for the distinct credentials ``counted``."""
        if not counted:
            return _ZERO
        base = max(self.single(c) for c in counted)
        return min(self.cap, base + self.increment * (len(counted) - 1))

    def basis(self, counted: Sequence[Credential]) -> str:
        """How the units come about, in words."""
        if not counted:
            return "no credentials"
        top = max(counted, key=lambda c: (self.single(c), c.code))
        more = len(counted) - 1
        text = f"highest single-credential requirement {self.single(top)} ({top.code})"
        if more:
            others = ", ".join(c.code for c in counted if c != top)
            text += f" + {self.increment} x {more} more ({others})"
        return f"{text}, at most {self.cap}"


@attrs.frozen(kw_only=True)
class PerCredentialSum(_PerCredential):
    """Each credential's own CEUs, added up, or the largest when one CEU counts for several.

    Attributes:
        shared: one CEU may count toward several of the body's credentials
            (AIHC), so the holder owes the largest single requirement; when
            ``False`` (BMSC: "10 unique CEUs ... for each") the CEUs add up.
    """

    shared: bool = attrs.field(default=False, validator=instance_of(bool))

    kind: ClassVar[str] = "per-credential"

    def units_for_credentials(self, counted: Sequence[Credential]) -> decimal.Decimal:
        """The CEUs due per cycle for the distinct credentials ``counted``."""
        each = [self.single(c) for c in counted]
        if not each:
            return _ZERO
        return max(each) if self.shared else sum(each, _ZERO)

    def basis(self, counted: Sequence[Credential]) -> str:
        """How the units come about, in words."""
        if not counted:
            return "no credentials"
        parts = " + ".join(f"{self.single(c)} ({c.code})" for c in counted)
        if self.shared:
            return f"the largest of {parts.replace(' + ', ', ')}: one CEU counts for several"
        return parts


@attrs.frozen(kw_only=True)
class FlatRequirement(RequirementEdition):
    """One number of CEUs per holder, however many of the body's credentials they hold.

    Attributes:
        units: the CEUs due per cycle.
    """

    units: decimal.Decimal = attrs.field(converter=_flat_units)

    kind: ClassVar[str] = "flat"

    def units_for_credentials(self, counted: Sequence[Credential]) -> decimal.Decimal:
        """The CEUs due per cycle: ``units`` for any credential, 0 for none."""
        return self.units if counted else _ZERO

    def basis(self, counted: Sequence[Credential]) -> str:
        """How the units come about, in words."""
        return f"{self.units} per holder" if counted else "no credentials"


RequirementRule = CeuTierTable | RequirementEdition
"""Any requirement kind: what a body asks per cycle for the credentials held."""

KINDS: dict[str, type[HighestPlusIncrement | PerCredentialSum | FlatRequirement]] = {
    "highest-plus": HighestPlusIncrement,
    "per-credential": PerCredentialSum,
    "flat": FlatRequirement,
}
"""The ``kind`` of a ``[[requirements]]`` entry, besides ``tiered``, and its class."""


def units_for(rule: RequirementRule, counted: Sequence[Credential]) -> decimal.Decimal:
    """The CEUs ``rule`` asks of the distinct credentials ``counted``, whatever its kind."""
    if isinstance(rule, CeuTierTable):
        return rule.units_for(len(counted))
    return rule.units_for_credentials(counted)


def basis(rule: RequirementRule, counted: Sequence[Credential]) -> str:
    """How ``rule`` reaches its units for ``counted``, in words: ``tier '2 credentials'``."""
    if isinstance(rule, CeuTierTable):
        tier = rule.tier_for(len(counted))
        return f"tier '{tier.label if tier is not None else 'no credentials'}'"
    return rule.basis(counted)


def basis_naming_each(rule: RequirementRule, counted: Sequence[Credential]) -> str:
    """:func:`basis`, naming each credential counted once: ``tier '2 credentials' (CPC, CRC)``.

    The kinds that read each credential's own CEUs name them in their basis already
    (``30 (RHIA) + 10 x 1 more (CHDA)``); the others are followed by the codes.
    """
    text = basis(rule, counted)
    if isinstance(rule, _PerCredential) or not counted:
        return text
    return f"{text} ({', '.join(c.code for c in counted)})"


def missing_units(
    rules: Sequence[RequirementRule], credentials: Sequence[Credential]
) -> list[tuple[int, str]]:
    """``(index, message)`` for each per-credential edition lacking a credential's own CEUs."""
    problems = []
    for index, rule in enumerate(rules):
        if isinstance(rule, _PerCredential):
            codes = rule.missing(credentials)
            if codes:
                problems.append(
                    (
                        index,
                        (
                            f"requirement {rule.name!r} ({rule.kind}) needs the CEUs of "
                            f"{', '.join(codes)} held alone: give each credential a ceus value, "
                            "or the edition a units entry for it"
                        ),
                    )
                )
    return problems


__all__ = [
    "KINDS",
    "FlatRequirement",
    "HighestPlusIncrement",
    "PerCredentialSum",
    "RequirementEdition",
    "RequirementRule",
    "basis",
    "basis_naming_each",
    "missing_units",
    "units_for",
]
