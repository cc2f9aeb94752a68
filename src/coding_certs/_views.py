"""Where Jupyter views are looked up: two registries and the mixin that consults them.

The value classes mix in :class:`Viewable`, which gives each its own
``_repr_html_`` and ``_repr_pretty_``. Both look the view up by the object's
type in :func:`html_view` and :func:`text_view`, two
:func:`functools.singledispatch` functions. The views themselves live in the
display module, which sits above the classes it shows and registers its views
on them; the model never imports it. This module imports nothing of the
package but its decimal context (a leaf), so the import graph has no cycle,
lazy imports included.

The package installs a loader (:func:`set_loader`) that imports the display
module when the first view is asked for, so ``import coding_certs`` stays
cheap. Users may register their own views; the library's never replace them::

    @coding_certs.html_view.register
    def _(assessment: coding_certs.BodyAssessment) -> str:
        return f"<b>{assessment.standing}</b>"
"""

from __future__ import annotations

import decimal
import functools
from typing import TYPE_CHECKING, Any, Protocol

# A leaf that imports nothing of the package: the views compute in the library's context too.
from coding_certs._decimals import CONTEXT

if TYPE_CHECKING:
    from collections.abc import Callable

_loader: list[Callable[[], object]] = []


class Printer(Protocol):
    """The part of IPython's ``PrettyPrinter`` that the pretty views use."""

    def text(self, obj: str) -> None: ...  # pragma: no cover -- a protocol

    def break_(self) -> None: ...  # pragma: no cover -- a protocol


@functools.singledispatch
def html_view(obj: object) -> str:
    """The HTML view of ``obj``; for a type with no view of its own, its escaped repr."""
    import html  # noqa: PLC0415 -- only a view needs it; the first assess() should not pay

    return f'<div class="coding-certs"><pre>{html.escape(repr(obj))}</pre></div>'


@functools.singledispatch
def text_view(obj: object) -> str:
    """The plain-text view of ``obj``; for a type with no view of its own, its repr."""
    return repr(obj)


def set_loader(loader: Callable[[], object]) -> None:
    """Call ``loader`` (which registers the library's views) before the first view is made."""
    _loader[:] = [loader]


def _load() -> None:
    while _loader:
        _loader.pop()()


def render_html(obj: object) -> str:
    """``obj``'s HTML view, the library's views loaded first."""
    _load()
    with decimal.localcontext(CONTEXT):
        return html_view(obj)


def render_text(obj: object) -> str:
    """``obj``'s plain-text view, the library's views loaded first."""
    _load()
    with decimal.localcontext(CONTEXT):
        return text_view(obj)


class Viewable:
    """Rich display for Jupyter: ``_repr_html_`` and ``_repr_pretty_``, looked up by type.

    A mixin with no state (``__slots__ = ()``), so slotted ``attrs`` classes stay
    slotted; it imports nothing, and the views it finds are registered from above.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:  # noqa: ANN401 -- passed on unchanged
        """Put ``_repr_pretty_`` in each subclass's own namespace.

        IPython's pretty printer settles on the first class in the MRO that
        defines ``__repr__`` itself, and ``attrs`` writes one into every class,
        so a ``_repr_pretty_`` found only on this mixin would never be reached.
        """
        super().__init_subclass__(**kwargs)
        if "_repr_pretty_" not in cls.__dict__:
            cls._repr_pretty_ = Viewable._repr_pretty_  # type: ignore[method-assign]

    def _repr_html_(self) -> str:
        """The object as an HTML fragment (no JavaScript, all text escaped)."""
        return render_html(self)

    def _repr_pretty_(self, p: Printer, cycle: bool) -> None:  # noqa: FBT001 -- IPython's signature
        """Write the object's plain-text view to IPython's pretty printer ``p``."""
        if cycle:
            p.text(f"{type(self).__name__}(...)")
            return
        for index, line in enumerate(render_text(self).splitlines()):
            if index:
                p.break_()
            p.text(line)
