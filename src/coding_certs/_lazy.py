"""Fields of a value worked out when first read, with the value they would have had.

A roster of 100,000 holders rejects about a million activities, and each rejection
carries a sentence naming dates and cycles (:attr:`~coding_certs.Rejection.detail`)
that most runs never read. The engine stores a :class:`Deferred` (a function and
its arguments) in such a field instead; the field's descriptor, put in place by
:func:`on_first_read`, calls it the first time the field is read, keeps the
result in the slot and returns it. From then on the field is an ordinary value:
equality, hashing, ``repr``, ``attrs.asdict``, ``attrs.evolve``, pickling and
copying all read fields through their descriptors, so they see only the worked-out
value, never the :class:`Deferred`. The function must be pure, so that working a
field out twice (two threads reading it at once) gives the same value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable


class Deferred:
    """A field's value, to be made by ``make(*args)`` when the field is first read."""

    __slots__ = ("args", "make")

    def __init__(self, make: Callable[..., object], *args: object) -> None:
        self.make = make
        self.args = args


class _OnFirstRead:
    """A slot's descriptor that replaces a :class:`Deferred` by its value when read."""

    __slots__ = ("_get", "_set", "slot")

    def __init__(self, slot: Any) -> None:  # noqa: ANN401 -- a slot's member descriptor
        self.slot = slot
        self._get = slot.__get__
        self._set = slot.__set__

    def __get__(self, instance: object, owner: type | None = None) -> Any:  # noqa: ANN401
        if instance is None:
            return self  # the class's attribute, as a slot's own descriptor is
        value = self._get(instance, owner)
        if type(value) is Deferred:
            value = value.make(*value.args)
            self._set(instance, value)
        return value

    def __set__(self, instance: object, value: object) -> None:
        self._set(instance, value)

    def __delete__(self, instance: object) -> None:
        self.slot.__delete__(instance)


def on_first_read(cls: type, *names: str) -> None:
    """Let fields ``names`` of the slotted class ``cls`` hold a :class:`Deferred`.

    Raises:
        TypeError: a name is not a slot of ``cls`` itself.
    """
    for name in names:
        slot = cls.__dict__.get(name)
        if slot is None or type(slot).__name__ != "member_descriptor":
            raise TypeError(f"{cls.__name__}.{name} is not a slot of its own")
        setattr(cls, name, _OnFirstRead(slot))


__all__ = ["Deferred", "on_first_read"]
