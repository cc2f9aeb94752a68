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

import importlib
from typing import TYPE_CHECKING, Any

# Errors are light and caught everywhere: they load with the package.
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
from coding_certs._version import __version__
from coding_certs._views import html_view, set_loader, text_view


def _load_views() -> None:
    """Register the library's Jupyter views: the display module sits above the classes."""
    from coding_certs import _display  # noqa: F401, PLC0415 -- importing it registers the views


set_loader(_load_views)

if TYPE_CHECKING:
    import datetime as dt

    from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
    from coding_certs._assess import (
        BodyAssessment,
        ComplianceReport,
        CycleAssessment,
        MinimumStatus,
        Obligation,
        Reason,
        Rejection,
        RosterReport,
        Standing,
        assess,
        assess_roster,
    )
    from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
    from coding_certs._demo import DEMO_AS_OF, load_demo
    from coding_certs._io import (
        from_dict,
        read_activities,
        read_holders,
        read_roster_columns,
        to_dict,
    )
    from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
    from coding_certs._record_types import AssessmentRecord, HolderRecord
    from coding_certs._requirement_kinds import (
        FlatRequirement,
        HighestPlusIncrement,
        PerCredentialSum,
        RequirementEdition,
    )
    from coding_certs._requirements import CeuRequirement, additional_ceus, ceu_requirements
    from coding_certs._rulebook import Rulebook, default_rulebook, load_rulebook
    from coding_certs._rules import (
        CategoryMinimum,
        CourseCounts,
        CycleAnchor,
        CycleRule,
        FirstCycle,
        JudgedBy,
        LapsePhase,
        LapseRule,
        NoticeRule,
        ProrateBy,
        ProrateRounding,
        RenewalParity,
    )
    from coding_certs._skipped import Holders, SkippedCredential
    from coding_certs._tiers import CeuTier, CeuTierTable

# ``import coding_certs`` loads only the errors and the version: every other public name is
# imported from its private module on first use (PEP 562), so a program that imports the
# package pays for attrs' classes, the rule book, cattrs and the readers only when it uses them.
_LAZY: dict[str, str] = {
    "ActivityKind": "_activities",
    "Anchor": "_cycles",
    "AssessmentRecord": "_record_types",
    "BodyAssessment": "_results",
    "CategoryMinimum": "_rules",
    "CeuActivity": "_activities",
    "CeuCycle": "_cycles",
    "CeuRequirement": "_requirements",
    "CeuTier": "_tiers",
    "CeuTierTable": "_tiers",
    "ComplianceReport": "_results",
    "CourseCounts": "_rules",
    "Credential": "_model",
    "CycleAnchor": "_rules",
    "CycleAssessment": "_results",
    "CycleRule": "_rules",
    "CycleSchedule": "_cycles",
    "DEMO_AS_OF": "_demo",
    "FirstCycle": "_rules",
    "FlatRequirement": "_requirement_kinds",
    "Focus": "_model",
    "HeldCredential": "_activities",
    "HighestPlusIncrement": "_requirement_kinds",
    "Holder": "_activities",
    "HolderRecord": "_record_types",
    "Holders": "_skipped",
    "IssuingBody": "_model",
    "JudgedBy": "_rules",
    "LapsePhase": "_rules",
    "LapseRule": "_rules",
    "NoticeRule": "_rules",
    "MinimumStatus": "_results",
    "Obligation": "_results",
    "PerCredentialSum": "_requirement_kinds",
    "ProrateBy": "_rules",
    "ProrateRounding": "_rules",
    "Reason": "_standing",
    "Rejection": "_results",
    "RenewalParity": "_rules",
    "RequirementEdition": "_requirement_kinds",
    "RosterReport": "_results",
    "Rulebook": "_rulebook",
    "Setting": "_model",
    "SkippedCredential": "_skipped",
    "Source": "_model",
    "Standing": "_standing",
    "additional_ceus": "_requirements",
    "assess": "_engine",
    "assess_roster": "_roster",
    "ceu_requirements": "_requirements",
    "default_rulebook": "_rulebook",
    "from_dict": "_io",
    "load_demo": "_demo",
    "load_rulebook": "_rulebook",
    "read_activities": "_io",
    "read_holders": "_io",
    "read_roster_columns": "_io",
    "to_dict": "_io",
}


def _book() -> Rulebook:
    from coding_certs._rulebook import default_rulebook  # noqa: PLC0415 -- loaded on first use

    return default_rulebook()


def credential(code: str | Credential) -> Credential:
    """Find a credential of the shipped rule book by code or alias.

    Case, spaces, underscores and dashes of any kind do not matter.

    >>> import coding_certs
    >>> credential("CPC H") is credential("cpc–h") is coding_certs.CPC_H
    True

    Raises:
        UnknownCredentialError: unknown code; the message names close matches.
        InvalidTypeError: ``code`` is not a ``str``.
    """
    return _book().credential(code)


def credentials(body: str | IssuingBody | None = None) -> tuple[Credential, ...]:
    """Every credential of the shipped rule book, or those of one body."""
    book = _book()
    if body is None:
        return book.credentials
    found = book.issuing_body(body)
    return tuple(c for c in book.credentials if c.body == found)


def issuing_body(code: str | IssuingBody) -> IssuingBody:
    """Find an issuing body of the shipped rule book by code (``"AAPC"``, ``"ahima"``)."""
    return _book().issuing_body(code)


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
    return _book().tier_table(body, on, edition=edition, lenient=lenient)


def tier_tables(body: str | IssuingBody) -> tuple[CeuTierTable, ...]:
    """Every shipped edition of ``body``'s tier table, oldest first."""
    return _book().tier_tables_of(body)


# The constants are the shipped rule book's objects, looked up on first use (see __getattr__).
AAPC: IssuingBody
"""American Academy of Professional Coders."""
AHIMA: IssuingBody
"""American Health Information Management Association."""

CPC: Credential
"""Certified Professional Coder (AAPC; professional, outpatient)."""
CPC_H: Credential
"""Certified Professional Coder - Hospital (AAPC; facility, outpatient); renamed COC."""
COC: Credential
"""Certified Outpatient Coder (AAPC; facility, outpatient), formerly CPC-H."""
CIC: Credential
"""Certified Inpatient Coder (AAPC; facility, inpatient)."""
CPC_P: Credential
"""Certified Professional Coder - Payer (AAPC)."""
CCS: Credential
"""Certified Coding Specialist (AHIMA; facility, inpatient)."""
CCS_P: Credential
"""Certified Coding Specialist - Physician-based (AHIMA; professional)."""
CCA: Credential
"""Certified Coding Associate (AHIMA; entry level, any setting)."""

# Each constant's code in the shipped rule book.
_BODIES = {"AAPC": "AAPC", "AHIMA": "AHIMA"}
_CREDENTIALS = {
    "CPC": "CPC",
    "CPC_H": "CPC-H",
    "COC": "COC",
    "CIC": "CIC",
    "CPC_P": "CPC-P",
    "CCS": "CCS",
    "CCS_P": "CCS-P",
    "CCA": "CCA",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 -- each public name has its own type
    """Import a public name from its private module, or look up a constant, on first use."""
    if name in _LAZY:
        value = getattr(importlib.import_module(f"coding_certs.{_LAZY[name]}"), name)
    elif name in _BODIES:
        value = _book().issuing_body(_BODIES[name])
    elif name in _CREDENTIALS:
        value = _book().credential(_CREDENTIALS[name])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later uses find it without calling __getattr__
    return value


def __dir__() -> list[str]:
    """The public names, loaded or not, and the module's own attributes."""
    return sorted({*globals(), *__all__})


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
    "AssessmentRecord",
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
    "CourseCounts",
    "Credential",
    "CycleAnchor",
    "CycleAssessment",
    "CycleRule",
    "CycleSchedule",
    "DataError",
    "DataFileError",
    "DataProblem",
    "FirstCycle",
    "FlatRequirement",
    "Focus",
    "HeldCredential",
    "HighestPlusIncrement",
    "Holder",
    "HolderRecord",
    "Holders",
    "InvalidTypeError",
    "InvalidValueError",
    "IssuingBody",
    "JudgedBy",
    "LapsePhase",
    "LapseRule",
    "MinimumStatus",
    "NoRuleInForceError",
    "NoticeRule",
    "Obligation",
    "PerCredentialSum",
    "ProrateBy",
    "ProrateRounding",
    "Reason",
    "Rejection",
    "RenewalParity",
    "RequirementEdition",
    "RosterReport",
    "RuleNotInForceWarning",
    "Rulebook",
    "RulebookError",
    "Setting",
    "SkippedCredential",
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
    "html_view",
    "issuing_body",
    "load_demo",
    "load_rulebook",
    "read_activities",
    "read_holders",
    "read_roster_columns",
    "text_view",
    "tier_table",
    "tier_tables",
    "to_dict",
]
