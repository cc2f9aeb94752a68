"""The compliance engine's public names in one place.

The engine is split along its seams: the standings (``_standing``), the result
values (``_results``), their explanations (``_explain``), the engine itself
(``_engine``), the renewal month (``_renewal``) and the roster (``_roster``).
This module gathers their names for the modules above them.
"""

from __future__ import annotations

from coding_certs._engine import assess
from coding_certs._results import (
    BodyAssessment,
    ComplianceReport,
    CycleAssessment,
    MinimumStatus,
    Obligation,
    Rejection,
    RosterReport,
)
from coding_certs._roster import HINTED_STRANGERS, assess_roster
from coding_certs._standing import Reason, Standing

__all__ = [
    "HINTED_STRANGERS",
    "BodyAssessment",
    "ComplianceReport",
    "CycleAssessment",
    "MinimumStatus",
    "Obligation",
    "Reason",
    "Rejection",
    "RosterReport",
    "Standing",
    "assess",
    "assess_roster",
]
