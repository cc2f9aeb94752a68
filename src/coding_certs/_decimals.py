"""The library's own decimal context: no CEU sum or rounding depends on the caller's.

``decimal`` arithmetic follows the thread's current context, which a caller may
have changed (``localcontext(prec=4)`` would round ``999.99 + 0.01 + 0.01`` to
``1000``, and an ``Inexact`` trap would raise from inside a sum). Every entry
point that computes with CEUs runs in :data:`CONTEXT` instead: 28 digits (a
log of a billion activities of 1,000.00 CEUs each still sums exactly), rounding
half-even where a rule does not name its own, and only the traps that mean a
real error.
"""

from __future__ import annotations

import decimal
import functools
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

CONTEXT = decimal.Context(
    prec=28,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
"""The context every CEU computation of the library runs in."""

_P = ParamSpec("_P")
_R = TypeVar("_R")


def exact(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` in :data:`CONTEXT`, whatever the caller's context is."""

    @functools.wraps(func)
    def in_context(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with decimal.localcontext(CONTEXT):
            return func(*args, **kwargs)

    return in_context


def tidy(units: decimal.Decimal) -> decimal.Decimal:
    """Drop trailing zeros that arithmetic added (``16.00`` -> ``16``), keeping the value."""
    integral = units.to_integral_value()
    return integral if units == integral else units.normalize()
