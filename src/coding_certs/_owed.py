"""What a cycle still lacks: the one definition of ``remaining``.

A cycle is met when its total and each of its category minimums are met. What it
still lacks is the least number of CEUs that would meet it: the total's shortfall
or a minimum's, whichever is larger, since a minimum's CEUs count toward the total
too; the minimums of one pool (``_pools``) each need CEUs of their
own, so their shortfalls add up.
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

_ZERO = decimal.Decimal(0)


class _Pooled(Protocol):
    @property
    def pool(self) -> str | None: ...


class MinimumShortfall(Protocol):
    """What this module reads of a minimum's status (``MinimumStatus``, which it sits below)."""

    @property
    def rule(self) -> _Pooled: ...
    @property
    def required(self) -> decimal.Decimal: ...
    @property
    def earned(self) -> decimal.Decimal: ...


def still_owed(
    required: decimal.Decimal, earned: decimal.Decimal, minimums: Sequence[MinimumShortfall]
) -> decimal.Decimal:
    """The least CEUs still to earn to meet a cycle: the one definition of ``remaining``.

    The total's shortfall, or a category minimum's when it is larger: CEUs of a
    minimum's category count toward the total as well (AAPC: "Once CIRCC, CPMA,
    CPCO, CPPM and specialty CEUs have been met, the remaining credits due can be
    obtained from any pre-approved program"), so a cycle of 40 CEUs with 10 of
    CPMA's 16 auditing CEUs still needs 6 CEUs of auditing, and one with 36 CEUs
    and no auditing CEU needs 16, not 4. The minimums of one ``pool`` need CEUs of
    their own (each CEU counts toward one of them), so their shortfalls add up: two
    AAPC specialties 8 short each need 16. It is 0 exactly when the cycle is met.
    """
    owed = max(_ZERO, required - earned)
    pooled: dict[str, decimal.Decimal] = {}
    for status in minimums:
        short = status.required - status.earned
        if short <= 0:
            continue
        pool = status.rule.pool
        if pool is None:
            owed = max(owed, short)
        else:
            pooled[pool] = pooled.get(pool, _ZERO) + short
    return max(owed, *pooled.values()) if pooled else owed
