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

import contextlib
import contextvars
import decimal
import functools
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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


# The context entered by the innermost exact call running in this thread or task (the
# decimal module keeps its context in a ContextVar too, so the two move together).
_ENTERED: contextvars.ContextVar[decimal.Context | None] = contextvars.ContextVar(
    "coding_certs_exact", default=None
)


def exact(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` in :data:`CONTEXT`, whatever the caller's context is.

    Called from inside another such function (the engine's sums, each cycle's ``met``),
    it runs in the context already entered, unless that context was replaced or its
    precision or rounding changed meanwhile: entering :data:`CONTEXT` again would only
    copy it (about 4 microseconds, many thousand times a roster).
    """

    @functools.wraps(func)
    def in_context(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        current = decimal.getcontext()
        if current is _ENTERED.get() and current.prec == _PREC and current.rounding == _ROUNDING:
            return func(*args, **kwargs)
        with decimal.localcontext(CONTEXT) as entered:
            token = _ENTERED.set(entered)
            try:
                return func(*args, **kwargs)
            finally:
                _ENTERED.reset(token)

    return in_context


_PREC, _ROUNDING = CONTEXT.prec, CONTEXT.rounding


@contextlib.contextmanager
def exact_context() -> Iterator[decimal.Context]:
    """``decimal.localcontext(CONTEXT)``, in which :func:`exact` functions run as they are."""
    with decimal.localcontext(CONTEXT) as entered:
        token = _ENTERED.set(entered)
        try:
            yield entered
        finally:
            _ENTERED.reset(token)


def tidy(units: decimal.Decimal) -> decimal.Decimal:
    """Drop trailing zeros that arithmetic added (``16.00`` -> ``16``), keeping the value."""
    integral = units.to_integral_value()
    return integral if units == integral else units.normalize()
