"""What every US medical coder must do to keep each credential alive.

``coding_certs`` knows the medical coding credentials (CPC, CPC-H/COC, CCS and
more), who issues them (AAPC, AHIMA), and how many continuing education units
(CEUs) each body asks for every two years, as sourced, effective-dated rules.

>>> import coding_certs as cc
>>> cc.credential("cpc-h").successor
'COC'
>>> [(r.body.code, r.units) for r in cc.ceu_requirements(["CPC", "CCS"], on="2026-01-01")]
[('AAPC', Decimal('36')), ('AHIMA', Decimal('20'))]

Everything public is importable from this namespace; the modules behind it are
private and may move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._assess import (
    BodyAssessment,
    ComplianceReport,
    CycleAssessment,
    MinimumStatus,
    Reason,
    Rejection,
    RosterReport,
    Standing,
    assess,
    assess_roster,
)
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._demo import DEMO_AS_OF, load_demo
from coding_certs._errors import (
    CodingCertsError,
    CodingCertsWarning,
    DataError,
    DataFileError,
    DataProblem,
    InvalidTypeError,
    InvalidValueError,
    NoRuleInForceError,
    RulebookError,
    RuleNotInForceWarning,
    UnknownBodyError,
    UnknownCredentialError,
    UnknownEditionError,
)
from coding_certs._io import from_dict, read_activities, read_holders, to_dict
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._requirements import CeuRequirement, additional_ceus, ceu_requirements
from coding_certs._rulebook import Rulebook, default_rulebook, load_rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    JudgedBy,
    LapseRule,
)
from coding_certs._tiers import CeuTier, CeuTierTable
from coding_certs._version import __version__

if TYPE_CHECKING:
    import datetime as dt


def credential(code: str | Credential) -> Credential:
    """Find a credential of the shipped rule book by code or alias.

    Case, spaces, underscores and dashes of any kind do not matter.

    >>> credential("CPC H") is credential("cpc–h") is CPC_H
    True

    Raises:
        UnknownCredentialError: unknown code; the message names close matches.
        InvalidTypeError: ``code`` is not a ``str``.
    """
    return default_rulebook().credential(code)


def credentials(body: str | IssuingBody | None = None) -> tuple[Credential, ...]:
    """Every credential of the shipped rule book, or those of one body."""
    book = default_rulebook()
    if body is None:
        return book.credentials
    found = book.issuing_body(body)
    return tuple(c for c in book.credentials if c.body == found)


def issuing_body(code: str | IssuingBody) -> IssuingBody:
    """Find an issuing body of the shipped rule book by code (``"AAPC"``, ``"ahima"``)."""
    return default_rulebook().issuing_body(code)


def tier_table(
    body: str | IssuingBody,
    on: dt.date | str | None = None,
    *,
    edition: str | None = None,
    lenient: bool = False,
) -> CeuTierTable:
    """The shipped edition of ``body``'s CEU tier table in force on ``on`` (default: today).

    See :meth:`Rulebook.tier_table` for the arguments and errors.

    >>> tier_table("AAPC", on="2015-08-30").edition, tier_table("AAPC", on="2015-08-31").edition
    ('aapc-2012', 'aapc-2015')
    """
    return default_rulebook().tier_table(body, on, edition=edition, lenient=lenient)


def tier_tables(body: str | IssuingBody) -> tuple[CeuTierTable, ...]:
    """Every shipped edition of ``body``'s tier table, oldest first."""
    return default_rulebook().tier_tables_of(body)


def _shipped(code: str) -> Credential:
    return default_rulebook().credential(code)


AAPC: IssuingBody = default_rulebook().issuing_body("AAPC")
"""American Academy of Professional Coders."""
AHIMA: IssuingBody = default_rulebook().issuing_body("AHIMA")
"""American Health Information Management Association."""

CPC: Credential = _shipped("CPC")
"""Certified Professional Coder (AAPC; professional, outpatient)."""
CPC_H: Credential = _shipped("CPC-H")
"""Certified Professional Coder - Hospital (AAPC; facility, outpatient); renamed COC."""
COC: Credential = _shipped("COC")
"""Certified Outpatient Coder (AAPC; facility, outpatient), formerly CPC-H."""
CIC: Credential = _shipped("CIC")
"""Certified Inpatient Coder (AAPC; facility, inpatient)."""
CPC_P: Credential = _shipped("CPC-P")
"""Certified Professional Coder - Payer (AAPC)."""
CCS: Credential = _shipped("CCS")
"""Certified Coding Specialist (AHIMA; facility, inpatient)."""
CCS_P: Credential = _shipped("CCS-P")
"""Certified Coding Specialist - Physician-based (AHIMA; professional)."""
CCA: Credential = _shipped("CCA")
"""Certified Coding Associate (AHIMA; entry level, any setting)."""

__all__ = [
    "AAPC",
    "AHIMA",
    "CCA",
    "CCS",
    "CCS_P",
    "CIC",
    "COC",
    "CPC",
    "CPC_H",
    "CPC_P",
    "DEMO_AS_OF",
    "ActivityKind",
    "Anchor",
    "BodyAssessment",
    "CategoryMinimum",
    "CeuActivity",
    "CeuCycle",
    "CeuRequirement",
    "CeuTier",
    "CeuTierTable",
    "CodingCertsError",
    "CodingCertsWarning",
    "ComplianceReport",
    "Credential",
    "CycleAnchor",
    "CycleAssessment",
    "CycleRule",
    "CycleSchedule",
    "DataError",
    "DataFileError",
    "DataProblem",
    "FirstCycle",
    "Focus",
    "HeldCredential",
    "Holder",
    "InvalidTypeError",
    "InvalidValueError",
    "IssuingBody",
    "JudgedBy",
    "LapseRule",
    "MinimumStatus",
    "NoRuleInForceError",
    "Reason",
    "Rejection",
    "RosterReport",
    "RuleNotInForceWarning",
    "Rulebook",
    "RulebookError",
    "Setting",
    "Source",
    "Standing",
    "UnknownBodyError",
    "UnknownCredentialError",
    "UnknownEditionError",
    "__version__",
    "additional_ceus",
    "assess",
    "assess_roster",
    "ceu_requirements",
    "credential",
    "credentials",
    "default_rulebook",
    "from_dict",
    "issuing_body",
    "load_demo",
    "load_rulebook",
    "read_activities",
    "read_holders",
    "tier_table",
    "tier_tables",
    "to_dict",
]
