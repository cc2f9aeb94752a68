"""The public face: one namespace, a sorted __all__, and value objects that behave as values."""

from __future__ import annotations

import copy
import importlib
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest

import coding_certs as cc

BOOK = cc.default_rulebook()


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted() -> None:
    """__all__ is sorted (constants, classes, then functions) and has no duplicates."""
    assert cc.__all__ == sorted(set(cc.__all__), key=_isort_key)


@pytest.mark.parametrize("name", cc.__all__)
def test_every_name_is_importable(name: str) -> None:
    """Every name in __all__ can be imported from coding_certs."""
    module = importlib.import_module("coding_certs")
    assert getattr(module, name) is getattr(cc, name)


@pytest.mark.parametrize(
    "name", [n for n in cc.__all__ if callable(getattr(cc, n)) and not n.isupper()]
)
def test_every_public_callable_is_documented(name: str) -> None:
    """Every public class and function has a docstring."""
    assert (getattr(cc, name).__doc__ or "").strip()


CORE_NAMES = {
    "AAPC", "AHIMA", "CCA", "CCS", "CCS_P", "CIC", "COC", "CPC", "CPC_H", "CPC_P",
    "CeuRequirement", "CeuTier", "CeuTierTable", "CodingCertsError", "CodingCertsWarning",
    "Credential", "Focus", "InvalidTypeError", "InvalidValueError", "IssuingBody",
    "NoRuleInForceError", "RuleNotInForceWarning", "Rulebook", "RulebookError", "Setting",
    "Source", "UnknownBodyError", "UnknownCredentialError", "UnknownEditionError",
    "__version__", "ceu_requirements", "credential", "credentials", "default_rulebook",
    "issuing_body", "load_rulebook", "tier_table", "tier_tables",
}  # fmt: skip


def test_core_names_are_public() -> None:
    """Every name the core promises is in __all__."""
    assert set(cc.__all__) >= CORE_NAMES


def test_version_is_text() -> None:
    """__version__ is a non-empty string."""
    assert isinstance(cc.__version__, str)
    assert cc.__version__


def test_private_modules_are_not_exported() -> None:
    """No private module name leaks into __all__."""
    assert not [name for name in cc.__all__ if name.startswith("_") and name != "__version__"]


# --- Constants are the rule book's objects -------------------------------------------------


@pytest.mark.parametrize(
    ("constant", "code"),
    [
        (cc.CPC, "CPC"),
        (cc.CPC_H, "CPC-H"),
        (cc.COC, "COC"),
        (cc.CIC, "CIC"),
        (cc.CPC_P, "CPC-P"),
        (cc.CCS, "CCS"),
        (cc.CCS_P, "CCS-P"),
        (cc.CCA, "CCA"),
    ],
)
def test_credential_constants_are_the_rulebooks(constant: cc.Credential, code: str) -> None:
    """Each credential constant is the very object the shipped rule book holds."""
    assert constant is BOOK.credential(code)


@pytest.mark.parametrize(("constant", "code"), [(cc.AAPC, "AAPC"), (cc.AHIMA, "AHIMA")])
def test_body_constants_are_the_rulebooks(constant: cc.IssuingBody, code: str) -> None:
    """Each body constant is the very object the shipped rule book holds."""
    assert constant is BOOK.issuing_body(code)


# --- Errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (cc.InvalidValueError, ValueError),
        (cc.InvalidTypeError, TypeError),
        (cc.UnknownCredentialError, LookupError),
        (cc.UnknownBodyError, LookupError),
        (cc.UnknownEditionError, LookupError),
        (cc.NoRuleInForceError, LookupError),
        (cc.RulebookError, ValueError),
    ],
)
def test_errors_subclass_root_and_builtin(error: type[Exception], builtin: type[Exception]) -> None:
    """Every error is a CodingCertsError and also the builtin it refines."""
    assert issubclass(error, cc.CodingCertsError)
    assert issubclass(error, builtin)


def test_warning_hierarchy() -> None:
    """RuleNotInForceWarning is a CodingCertsWarning, a UserWarning."""
    assert issubclass(cc.RuleNotInForceWarning, cc.CodingCertsWarning)
    assert issubclass(cc.CodingCertsWarning, UserWarning)


# --- Value objects ------------------------------------------------------------------------------


def _values() -> dict[str, Any]:
    (requirement, _) = cc.ceu_requirements(["CPC", "CCS"], on="2025-01-01")
    return {
        "Source": cc.CPC.sources[0],
        "IssuingBody": cc.AAPC,
        "Credential": cc.CPC_H,
        "CeuTier": cc.tier_table("AAPC", on="2025-01-01").tiers[-1],
        "CeuTierTable": cc.tier_table("AAPC", on="2013-01-01"),
        "CeuRequirement": requirement,
    }


VALUES = _values()


@pytest.mark.parametrize("name", VALUES)
def test_value_objects_are_frozen_attrs(name: str) -> None:
    """Every value object is a frozen attrs class: assigning a field raises."""
    value = VALUES[name]
    field = attrs.fields(type(value))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(value, field, None)


@pytest.mark.parametrize("name", VALUES)
def test_value_objects_pickle(name: str) -> None:
    """Every value object survives pickling, equal and with the same hash."""
    value = VALUES[name]
    copied = pickle.loads(pickle.dumps(value))  # noqa: S301 -- our own bytes
    assert copied == value
    assert hash(copied) == hash(value)


@pytest.mark.parametrize("name", VALUES)
def test_value_objects_equal_by_value(name: str) -> None:
    """A copy with the same fields is equal and hashes the same; a changed field is not equal."""
    value = VALUES[name]
    same = attrs.evolve(value)
    assert (same == value, hash(same) == hash(value)) == (True, True)


@pytest.mark.parametrize("name", VALUES)
def test_value_objects_deepcopy(name: str) -> None:
    """A deep copy is equal to the original."""
    assert copy.deepcopy(VALUES[name]) == VALUES[name]


@pytest.mark.parametrize("name", VALUES)
def test_value_objects_repr_names_class(name: str) -> None:
    """A value object's repr starts with its class name."""
    assert repr(VALUES[name]).startswith(f"{name}(")


def test_different_values_are_not_equal() -> None:
    """Objects differing in one field are not equal."""
    assert attrs.evolve(cc.AAPC, name="Another") != cc.AAPC


def test_value_objects_usable_as_keys() -> None:
    """Value objects can be set members and dict keys."""
    assert len({cc.CPC, cc.CPC_H, cc.CPC, BOOK.credential("cpc")}) == 2


@pytest.mark.parametrize("member", [*cc.Setting, *cc.Focus])
def test_enums_pickle(member: cc.Setting | cc.Focus) -> None:
    """Setting and Focus members pickle to themselves."""
    assert pickle.loads(pickle.dumps(member)) is member  # noqa: S301 -- our own bytes


def test_rulebook_pickles_and_still_works() -> None:
    """The rule book pickles to an equal rule book that still answers lookups."""
    copied = pickle.loads(pickle.dumps(BOOK))  # noqa: S301 -- our own bytes
    assert copied == BOOK
    assert copied.credential("cpc h") == cc.CPC_H


def test_rulebook_is_frozen_and_hashable() -> None:
    """The rule book is frozen and hashable."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        BOOK.path = None  # type: ignore[misc]
    assert hash(BOOK) == hash(pickle.loads(pickle.dumps(BOOK)))  # noqa: S301 -- our own bytes


def test_units_are_decimal_in_results() -> None:
    """Units in results are Decimal."""
    assert all(type(r.units) is Decimal for r in cc.ceu_requirements(["CPC", "CCS"]))
