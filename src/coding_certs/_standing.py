"""Standings and rejection reasons: the words every result and every surface share."""

from __future__ import annotations

import enum

from coding_certs._validate import (
    enum_converter,
)


class Standing(enum.StrEnum):
    """Where a credential stands, from best to worst."""

    MET = "met"
    ON_TRACK = "on-track"
    BEHIND = "behind"
    GRACE = "grace"
    INACTIVE = "inactive"
    LAPSED = "lapsed"

    @property
    def severity(self) -> int:
        """0 for MET up to 5 for LAPSED: larger is worse."""
        return _SEVERITY[self]

    @property
    def in_good_standing(self) -> bool:
        """Whether the credential is active (MET, ON_TRACK, BEHIND or GRACE)."""
        return _SEVERITY[self] <= _SEVERITY[Standing.GRACE]


# Each standing's place in the order above, worked out once (every record and count reads it).
_SEVERITY: dict[Standing, int] = {standing: place for place, standing in enumerate(Standing)}


class Reason(enum.StrEnum):
    """Why an activity, or part of it, does not count."""

    BEFORE_CREDENTIAL = "before-credential"
    """Completed before the body's first credential was earned."""
    OUTSIDE_CYCLE = "outside-cycle"
    """Completed in a cycle earlier than the ones assessed."""
    AFTER_AS_OF = "after-as-of"
    """Completed after the day of the assessment."""
    DUPLICATE = "duplicate"
    """The same course already counted in the same cycle."""
    INSTRUCTION_NOT_PREAPPROVED = "instruction-not-preapproved"
    """Instruction counts only with pre-approval."""
    MISSING_INDEX_NUMBER = "missing-index-number"
    """An approved event without the index number its certificate must show."""
    UNKNOWN_BODY = "unknown-body"
    """Reported to an issuing body the rule book does not know (a mistyped code)."""
    OVER_ACTIVITY_CAP = "over-activity-cap"
    """The CEUs of one activity beyond the cycle rule's cap (ACDIS: at most 10 from a single
    activity of another body); the rejection holds that part, and the rest counts."""


_standing_converter = enum_converter(Standing, what="standing")


def _to_standing(value: object) -> Standing:
    return _standing_converter(value)
