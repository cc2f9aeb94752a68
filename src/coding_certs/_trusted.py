"""Private constructors for values the engine builds from parts that are already validated.

A roster of 100,000 holders makes millions of cycles, rejections and statuses, each
from parts the engine has checked or derived itself (a cycle from its own schedule,
a rejection from an activity it screened). Running every converter and validator
again costs more than the assessment's arithmetic. :func:`trusted` makes, for an
attrs class with slots, a function that sets the fields in their declared order
and runs nothing else: the result is the same value the validated constructor
makes from those parts (``tests/test_trusted.py`` proves it for every class the
engine builds this way). Public constructors keep validating every argument.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")


def trusted(cls: type[T]) -> Callable[..., T]:
    """A constructor of ``cls`` taking every field positionally, with no converter or validator.

    ``cls``'s ``__attrs_post_init__``, if any, must only check (never set) fields: it is
    skipped with the validators.

    Raises:
        TypeError: ``cls`` is not an attrs class with slots.
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]  # any attrs class
    namespace: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    made = _new(_cls)"]
    for name in names:
        slot = cls.__dict__.get(name)
        # A field worked out on first read (_lazy) is set through the slot it wraps.
        slot = getattr(slot, "slot", slot)
        if slot is None or not hasattr(slot, "__set__"):
            raise TypeError(f"{cls.__name__}.{name} is not a slot")
        namespace[f"_set_{name}"] = slot.__set__
        lines.append(f"    _set_{name}(made, {name})")
    lines.append("    return made")
    # Generated once per class at import, as attrs generates its own __init__.
    exec("\n".join(lines), namespace)  # noqa: S102 -- our own code, built from field names
    build = namespace["build"]
    build.__qualname__ = f"trusted({cls.__name__})"  # type: ignore[attr-defined]
    return build  # type: ignore[return-value]
