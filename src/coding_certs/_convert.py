"""Plain data in and out: :func:`to_dict` and :func:`from_dict`, built with cattrs.

:func:`to_dict` turns a value object into JSON-compatible data and
:func:`from_dict` turns such data back into an equal object, validated as the
constructor validates it; ``from_dict(type(x), to_dict(x)) == x`` for every
value object. The boundary is built with `cattrs
<https://catt.rs/>`_, which is imported the first time one of these functions
runs, not when ``coding_certs`` is imported.

* dates are ISO strings (``"2025-03-01"``), units and other decimals are
  strings (``"1.5"``: exact, never floats), enums are their values
  (``"approved-event"``), sets are sorted lists, a cycle length
  (``relativedelta``) is a whole number of months;
* a credential held by a :class:`~coding_certs.Holder` (in a
  :class:`~coding_certs.HeldCredential`) is written as its code (``"CPC"``) and
  read back from the rule book (the shipped one unless ``rulebook=`` is given);
  everywhere else a credential or body is written in full;
* results (:class:`~coding_certs.ComplianceReport` and the objects inside it)
  also carry their derived numbers (``earned``, ``remaining``, ``met``,
  ``in_good_standing``…) for readers of the JSON; :func:`from_dict` ignores
  those keys. A report's rule book is not written; it is the ``rulebook=`` given
  to :func:`from_dict` (default: the shipped one).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import decimal
import enum
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._assess import (
    BodyAssessment,
    ComplianceReport,
    CycleAssessment,
    MinimumStatus,
    Rejection,
)
from coding_certs._cycles import CeuCycle, CycleSchedule
from coding_certs._errors import (
    CodingCertsError,
    DataError,
    DataProblem,
    InvalidTypeError,
    InvalidValueError,
)
from coding_certs._model import Credential, IssuingBody, Source
from coding_certs._requirement_kinds import KINDS, RequirementRule
from coding_certs._requirements import CeuRequirement
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._rules import CategoryMinimum, CycleRule, LapseRule
from coding_certs._tiers import CeuTier, CeuTierTable
from coding_certs._validate import enum_converter, to_units, type_name

if TYPE_CHECKING:
    import cattrs

T = TypeVar("T")

#: Every class :func:`to_dict` and :func:`from_dict` take.
VALUE_CLASSES: tuple[type, ...] = (
    Source,
    IssuingBody,
    Credential,
    CeuTier,
    CeuTierTable,
    CeuRequirement,
    CeuActivity,
    HeldCredential,
    Holder,
    CycleSchedule,
    CeuCycle,
    CycleRule,
    LapseRule,
    CategoryMinimum,
    Rejection,
    MinimumStatus,
    CycleAssessment,
    BodyAssessment,
    ComplianceReport,
)

# The requirement kinds besides the tier table: written inside a CeuRequirement (its
# ``table``), tagged with their ``kind``, not taken by to_dict on their own.
_REQUIREMENT_KINDS: dict[str, type] = {"tiered": CeuTierTable, **KINDS}

# Derived numbers written with the results for readers of the JSON, ignored when read back.
_DERIVED: dict[type, tuple[str, ...]] = {
    MinimumStatus: ("met", "remaining"),
    CycleAssessment: ("earned", "remaining", "met"),
    BodyAssessment: ("due", "required", "earned", "remaining", "in_good_standing"),
    ComplianceReport: ("standing", "in_good_standing", "notes"),
}

#: A number as files write it: digits with at most one decimal point, no exponent, no
#: ``_`` (which ``Decimal`` would read: ``'1_5'`` is 15) and no digits of other scripts.
PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)
# No CEU count needs more characters; longer numbers in a JSON file are refused as they are read.
_LONGEST_NUMBER = 40

_CLASS_NAMES = frozenset(cls.__name__ for cls in VALUE_CLASSES)
_NAMED_FIELD = re.compile(r"(?P<cls>[A-Za-z]+)\.(?P<field>[a-z_]+)\b")

# The rule book that from_dict resolves credential codes and reports against.
_RULEBOOK: contextvars.ContextVar[Rulebook | None] = contextvars.ContextVar(
    "coding_certs_rulebook", default=None
)


def _rulebook() -> Rulebook:
    book = _RULEBOOK.get()
    return default_rulebook() if book is None else book


# --- Hooks ----------------------------------------------------------------------------------


def _class_list() -> str:
    return ", ".join(cls.__name__ for cls in VALUE_CLASSES)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(f"expected a string, got {type_name(value)} {value!r}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"expected a whole number, got {type_name(value)} {value!r}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise InvalidTypeError(f"expected true or false, got {type_name(value)} {value!r}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        raise InvalidTypeError(
            f"expected an ISO date string such as '2025-03-01', got {type_name(value)} {value!r}"
        )
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidValueError(
                f"expected an ISO date such as '2025-03-01', got {value!r}"
            ) from None
    return value


def _structure_decimal(value: object, _: type) -> decimal.Decimal:
    if isinstance(value, float):
        raise InvalidTypeError(
            f"expected a number as a string such as '1.5' (floats are not exact), got {value!r}"
        )
    if isinstance(value, str):
        if not PLAIN_NUMBER.fullmatch(value.strip()):
            raise InvalidValueError(
                f"expected a plain number such as '1.5' (digits with at most one '.'), "
                f"got {value!r}"
            )
        value = decimal.Decimal(value.strip())
    return to_units(value, what="the number")


def _unstructure_decimal(value: decimal.Decimal) -> str:
    return format(value, "f")


def _structure_months(value: object, _: type) -> relativedelta:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(
            f"expected the cycle length as a whole number of months (24 for two years), "
            f"got {type_name(value)} {value!r}"
        )
    return relativedelta(months=value)


def _unstructure_months(value: relativedelta) -> int:
    return value.years * 12 + value.months


@functools.cache
def _enum_converter(type_: type[enum.Enum]) -> Callable[[object], enum.Enum]:
    return enum_converter(type_, what=type_.__name__)


def _structure_enum(value: object, type_: type[enum.Enum]) -> enum.Enum:
    return _enum_converter(type_)(value)


def _unstructure_enum(value: enum.Enum) -> object:
    return value.value


def _is_collection(type_: Any) -> bool:  # noqa: ANN401 -- cattrs passes any type
    return get_origin(type_) in {tuple, frozenset}


def _collection_hook(
    type_: Any,  # noqa: ANN401 -- tuple[X, ...] or frozenset[X]
    converter: cattrs.Converter,
) -> Callable[[object, type], object]:
    """Structure a list into a ``tuple[X, ...]`` or ``frozenset[X]``; a string is refused."""
    from cattrs.errors import IterableValidationError, IterableValidationNote  # noqa: PLC0415

    origin = get_origin(type_)
    item_type = get_args(type_)[0]

    def hook(value: object, _: type) -> object:
        if not isinstance(value, list | tuple | set | frozenset):
            raise InvalidTypeError(f"expected a list, got {type_name(value)} {value!r}")
        item_hook = converter.get_structure_hook(item_type)
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as error:  # noqa: BLE001 -- collected and re-raised as a group
                note = IterableValidationNote(f"Structuring {type_} @ index {index}", index, item)
                error.__notes__ = [*getattr(error, "__notes__", []), note]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return origin(items)

    return hook


def _then_convert(
    converter: cattrs.Converter,
    type_: Any,  # noqa: ANN401 -- a field's type
    convert: Callable[[Any], Any],
) -> Callable[[object, type], object]:
    """Structure by type, then apply the field's own converter, so its errors name the field."""

    def hook(value: object, _: type) -> object:
        return convert(converter.get_structure_hook(type_)(value, type_))

    return hook


def _credential_by_code(value: object, _: type) -> Credential:
    if isinstance(value, str):
        return _rulebook().credential(value)
    if isinstance(value, Mapping):
        return _converter().structure(value, Credential)
    raise InvalidTypeError(
        f"expected a credential code such as 'CPC', got {type_name(value)} {value!r}"
    )


def _unstructure_requirement(table: RequirementRule) -> dict[str, Any]:
    """A requirement edition of any kind, with its ``kind`` so that it is read back as one."""
    data: dict[str, Any] = _converter().unstructure(table, unstructure_as=type(table))
    return {"kind": table.kind, **data}


def _structure_requirement(value: object, _: type) -> RequirementRule:
    """A requirement edition of the class its ``kind`` names (``tiered`` when there is none)."""
    if not isinstance(value, Mapping):
        raise InvalidTypeError(
            f"expected an object with the fields of a requirement edition, "
            f"got {type_name(value)} {value!r}"
        )
    kind = value.get("kind", "tiered")
    cls = _REQUIREMENT_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise InvalidValueError(
            f"expected kind one of {', '.join(map(repr, _REQUIREMENT_KINDS))}, got {kind!r}"
        )
    rest = {key: item for key, item in value.items() if key != "kind"}
    table: RequirementRule = _converter().structure(rest, cls)
    return table


def _mapping_guard(
    cls: type, inner: Callable[[Any, Any], Any], derived: tuple[str, ...]
) -> Callable[[object, type], object]:
    def hook(value: object, _: type) -> object:
        if not isinstance(value, Mapping):
            raise InvalidTypeError(
                f"expected an object with the fields of {cls.__name__}, "
                f"got {type_name(value)} {value!r}"
            )
        if derived:
            value = {key: item for key, item in value.items() if key not in derived}
        if cls is ComplianceReport:
            value = {**value, "rulebook": None}  # not written by to_dict: from_dict's rulebook=
        return inner(value, cls)

    return hook


def _with_derived(
    inner: Callable[[Any], dict[str, Any]], derived: tuple[str, ...]
) -> Callable[[Any], dict[str, Any]]:
    def hook(value: Any) -> dict[str, Any]:  # noqa: ANN401 -- one of the result classes
        data = inner(value)
        for name in derived:
            data[name] = _converter().unstructure(getattr(value, name))
        return data

    return hook


@functools.cache
def _converter() -> cattrs.Converter:
    """The one converter, built on first use so that ``import coding_certs`` stays light."""
    import cattrs  # noqa: PLC0415 -- imported on first use: import cost matters
    from cattrs.gen import (  # noqa: PLC0415
        make_dict_structure_fn,
        make_dict_unstructure_fn,
        override,
    )

    converter = cattrs.Converter(
        forbid_extra_keys=True,
        unstruct_collection_overrides={Sequence: list, AbstractSet: sorted},
    )
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(decimal.Decimal, _unstructure_decimal)
    converter.register_unstructure_hook(relativedelta, _unstructure_months)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook(decimal.Decimal, _structure_decimal)
    converter.register_structure_hook(relativedelta, _structure_months)
    # The enums are StrEnums: StrEnum comes before str in their MRO, so these hooks win.
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook(enum.Enum, _structure_enum)
    # StrEnum before str in the MRO: without this hook, members would pass through as they are.
    converter.register_unstructure_hook(enum.StrEnum, _unstructure_enum)
    converter.register_unstructure_hook(enum.Enum, _unstructure_enum)
    converter.register_structure_hook_factory(
        _is_collection, lambda type_: _collection_hook(type_, converter)
    )
    for cls in (*VALUE_CLASSES, *KINDS.values()):
        unstructure_overrides: dict[str, Any] = {}
        structure_overrides: dict[str, Any] = {}
        if cls is CeuRequirement:
            unstructure_overrides["table"] = override(unstruct_hook=_unstructure_requirement)
            structure_overrides["table"] = override(struct_hook=_structure_requirement)
        if cls is HeldCredential:
            # The field is private (a code stays a code until a rule book resolves it).
            unstructure_overrides["_given"] = override(
                rename="credential", unstruct_hook=lambda c: getattr(c, "code", c)
            )
            structure_overrides["_given"] = override(
                rename="credential", struct_hook=_credential_by_code
            )
            unstructure_overrides["_apprentice"] = override(
                rename="apprentice", omit_if_default=True
            )
            structure_overrides["_apprentice"] = override(rename="apprentice")
        if cls is Holder:  # the deprecated spelling of renewals["AAPC"]: read, never written
            unstructure_overrides["aapc_renewal"] = override(omit=True)
        if cls is ComplianceReport:
            unstructure_overrides["rulebook"] = override(omit=True)
            structure_overrides["rulebook"] = override(
                struct_hook=lambda _value, _type: _rulebook()
            )
        for field in attrs.fields(attrs.resolve_types(cls)):
            if field.converter is not None and field.name not in structure_overrides:
                structure_overrides[field.name] = override(
                    struct_hook=_then_convert(converter, field.type, field.converter)
                )
        derived = _DERIVED.get(cls, ())
        unstructure: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            cls, converter, **unstructure_overrides
        )
        structure: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, converter, **structure_overrides
        )
        converter.register_unstructure_hook(
            cls, _with_derived(unstructure, derived) if derived else unstructure
        )
        converter.register_structure_hook(cls, _mapping_guard(cls, structure, derived))
    return converter


def _format_exception(error: BaseException, type_: type | None) -> str:
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415

    if isinstance(error, CodingCertsError):
        return str(error)
    if isinstance(error, ForbiddenExtraKeysError):
        known = ", ".join(field.name for field in attrs.fields(error.cl) if field.init)
        extra = ", ".join(sorted(error.extra_fields))
        return f"unknown field(s) {extra}; {error.cl.__name__} has: {known}"
    if isinstance(error, KeyError):
        return "required field is missing"
    return f"invalid value: {error}"  # pragma: no cover -- every hook raises our own errors


def _problems(error: BaseException) -> list[DataProblem]:
    from cattrs import transform_error  # noqa: PLC0415

    problems = []
    for text in transform_error(error, format_exception=_format_exception):
        message, _, where = text.rpartition(" @ ")
        # A rule broken at construction names its field: "CeuActivity.units must be ...".
        named = _NAMED_FIELD.match(message)
        if named and named["cls"] in _CLASS_NAMES and not where.endswith(f".{named['field']}"):
            where = f"{where}.{named['field']}"
        # A held credential keeps its code in a private field; users know it as `credential`.
        where = where.replace("._given", ".credential")
        problems.append(DataProblem(None, None, where, message))
    return problems


# --- to_dict and from_dict --------------------------------------------------------------------


def to_dict(obj: object) -> dict[str, Any]:
    """The value object ``obj`` as JSON-compatible data (``json.dumps`` takes it as it is).

    >>> import coding_certs as cc
    >>> cc.to_dict(cc.HeldCredential("CPC", "2019-05-10"))
    {'credential': 'CPC', 'earned_on': '2019-05-10'}

    Raises:
        InvalidTypeError: ``obj`` is not one of the value objects (see :doc:`/data-formats`).
    """
    if type(obj) not in VALUE_CLASSES:
        raise InvalidTypeError(
            f"to_dict() takes a value object ({_class_list()}), got {type_name(obj)} {obj!r}"
        )
    data: dict[str, Any] = _converter().unstructure(obj, unstructure_as=type(obj))
    return data


def from_dict(cls: type[T], data: Mapping[str, Any], *, rulebook: Rulebook | None = None) -> T:
    """Build a ``cls`` from data shaped like :func:`to_dict`'s output, validating every field.

    Dates may be ISO strings or ``date`` objects; decimals strings, ints or
    ``Decimal`` (never floats); a held credential may be its code, looked up in
    ``rulebook`` (default: the shipped rule book), which also becomes a
    report's rule book.

    >>> import coding_certs as cc
    >>> cc.from_dict(cc.HeldCredential, {"credential": "CCS", "earned_on": "2024-03-15"})
    HeldCredential(credential=Credential(code='CCS', ...), earned_on=datetime.date(2024, 3, 15))

    Raises:
        DataError: the data does not make a valid ``cls``; every problem is
            listed, each with its place (``$.credentials[2].earned_on``).
        InvalidTypeError: ``cls`` is not a value class, ``data`` is not a
            mapping, or ``rulebook`` is not a :class:`~coding_certs.Rulebook`.
    """
    if not any(cls is known for known in VALUE_CLASSES):
        raise InvalidTypeError(
            f"from_dict() takes one of the value classes ({_class_list()}), "
            f"got {type_name(cls)} {cls!r}"
        )
    if not isinstance(data, Mapping):
        raise InvalidTypeError(
            f"from_dict() needs a mapping (a dict such as to_dict() returns) for {cls.__name__}, "
            f"got {type_name(data)} {data!r}"
        )
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InvalidTypeError(
            f"rulebook must be a Rulebook or None, got {type_name(rulebook)} {rulebook!r}"
        )
    return _structure(cls, data, rulebook)


def _structure(cls: type[T], data: Mapping[str, Any], rulebook: Rulebook | None) -> T:
    from cattrs.errors import BaseValidationError  # noqa: PLC0415

    token = _RULEBOOK.set(rulebook)
    problems: list[DataProblem] | None = None
    try:
        result: T = _converter().structure(data, cls)
    except BaseValidationError as error:
        problems = _problems(error)
    finally:
        _RULEBOOK.reset(token)
    if problems is not None:
        # Raised outside the handler: no cattrs error rides along as context, so the error
        # pickles even where tracebacks are pickled with their chains (tblib, under Dask).
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        raise DataError(f"cannot build {cls.__name__} from the data: {count}", problems)
    return result
