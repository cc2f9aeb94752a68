"""Fields worked out on first read hold, from outside, the value they would have had eagerly."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given

import coding_certs as cc
from coding_certs._lazy import Deferred, on_first_read
from engine_strategies import Scenario, scenarios


@attrs.frozen
class _Pair:
    name: str
    text: str


on_first_read(_Pair, "text")
_calls: list[str] = []


def _made(word: str) -> str:
    _calls.append(word)
    return f"made of {word}"


def _deferred(word: str) -> _Pair:
    pair = object.__new__(_Pair)
    object.__setattr__(pair, "name", word)
    object.__setattr__(pair, "text", Deferred(_made, word))
    return pair


def test_a_deferred_field_is_worked_out_once_when_first_read() -> None:
    """The function runs on the first read only; the value stays in the slot."""
    _calls.clear()
    pair = _deferred("x")
    assert _calls == []
    assert pair.text == "made of x"
    assert pair.text == "made of x"
    assert _calls == ["x"]


def test_every_way_of_reading_a_value_sees_the_worked_out_field() -> None:
    """Equality, hash, repr, asdict, evolve, pickle and copies see the value, never a Deferred."""
    eager = _Pair("x", "made of x")
    assert _deferred("x") == eager
    assert hash(_deferred("x")) == hash(eager)
    assert repr(_deferred("x")) == repr(eager)
    assert attrs.asdict(_deferred("x")) == {"name": "x", "text": "made of x"}
    assert attrs.evolve(_deferred("x"), name="y") == _Pair("y", "made of x")
    assert pickle.loads(pickle.dumps(_deferred("x"))) == eager  # noqa: S301 -- our own bytes
    assert copy.copy(_deferred("x")) == eager
    assert copy.deepcopy(_deferred("x")) == eager


def test_the_field_stays_frozen_and_is_the_classs_attribute() -> None:
    """A frozen class stays frozen; the class attribute is the field's descriptor."""
    pair = _deferred("x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        pair.text = "other"  # type: ignore[misc]
    assert type(_Pair.__dict__["text"]).__name__ == "_OnFirstRead"
    assert _Pair.text is _Pair.__dict__["text"]


def test_only_slots_of_the_class_itself_can_be_deferred() -> None:
    """A name that is not a slot of the class is refused."""
    with pytest.raises(TypeError, match="not a slot"):
        on_first_read(_Pair, "missing")


@given(scenarios())
def test_unread_rejections_equal_their_eager_rebuilds(scenario: Scenario) -> None:
    """Each rejection, details unread, equals one made eagerly from its read detail."""
    report = cc.assess(scenario.holder, scenario.activities, as_of=scenario.as_of, history=None)
    unread = pickle.loads(pickle.dumps(report))  # noqa: S301 -- pickling reads every field
    for assessment in report.assessments:
        for rejection in assessment.rejected:
            eager = cc.Rejection(rejection.activity, rejection.reason, rejection.detail)
            assert rejection == eager
            assert isinstance(rejection.detail, str)
            assert rejection.detail
    assert unread == report
    assert unread.explain() == report.explain()
