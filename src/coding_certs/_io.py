"""Data in and out: plain dictionaries, JSON, and CSV or JSON files of activities and holders.

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

:func:`read_activities` and :func:`read_holders` read CEU logs and rosters from
CSV or JSON files. Every bad row is reported, with its file, line and field,
in one :class:`~coding_certs.DataFileError`; a file with any problem loads
nothing. The formats are described in :doc:`/data-formats`.
"""

from __future__ import annotations

import codecs
import contextvars
import csv
import datetime as dt
import decimal
import enum
import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
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
    DataFileError,
    DataProblem,
    InvalidTypeError,
    InvalidValueError,
)
from coding_certs._model import Credential, IssuingBody, Source
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

# Derived numbers written with the results for readers of the JSON, ignored when read back.
_DERIVED: dict[type, tuple[str, ...]] = {
    MinimumStatus: ("met", "remaining"),
    CycleAssessment: ("earned", "remaining", "met"),
    BodyAssessment: ("due", "required", "earned", "remaining", "in_good_standing"),
    ComplianceReport: ("standing", "in_good_standing"),
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
    for cls in VALUE_CLASSES:
        unstructure_overrides: dict[str, Any] = {}
        structure_overrides: dict[str, Any] = {}
        if cls is HeldCredential:
            # The field is private (a code stays a code until a rule book resolves it).
            unstructure_overrides["_given"] = override(
                rename="credential", unstruct_hook=lambda c: getattr(c, "code", c)
            )
            structure_overrides["_given"] = override(
                rename="credential", struct_hook=_credential_by_code
            )
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
    try:
        result: T = _converter().structure(data, cls)
    except BaseValidationError as error:
        problems = _problems(error)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        raise DataError(f"cannot build {cls.__name__} from the data: {count}", problems) from None
    finally:
        _RULEBOOK.reset(token)
    return result


# --- Reading files ----------------------------------------------------------------------------

ACTIVITY_COLUMNS: tuple[str, ...] = (
    "holder_id",
    "completed_on",
    "units",
    "kind",
    "title",
    "sponsor",
    "index_number",
    "preapproved",
    "categories",
    "bodies",
)
"""The columns (CSV) or keys (JSON) of a CEU log; others are ignored."""
ACTIVITY_REQUIRED: tuple[str, ...] = ("completed_on", "units", "kind", "title")
"""The columns a CEU log must have."""
HOLDER_COLUMNS: tuple[str, ...] = ("id", "name", "aapc_renewal", "renewals", "credentials")
"""The columns (CSV) or keys (JSON) of a roster; others are ignored."""
HOLDER_REQUIRED: tuple[str, ...] = ("id", "credentials")
"""The columns a roster must have."""

_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0", ""})
_JSON_SPACE = " \t\n\r"


class _RowProblem(Exception):  # noqa: N818 -- internal signal, never escapes this module
    """A field of one row that cannot be read; the reader turns it into a DataProblem."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _file_path(path: object, reader: str) -> Path:
    if isinstance(path, str | os.PathLike):
        file = Path(path)
        if "\x00" in str(file):
            message = "the file name has a NUL byte; no file can be named so"
            raise DataFileError(file, [DataProblem(file, None, None, message)])
        return file
    raise InvalidTypeError(
        f"{reader}() takes a file path (a str or Path ending in .csv or .json), "
        f"got {type_name(path)} {path!r}"
    )


def _check_suffix(path: Path) -> None:
    """Only ``.csv`` and ``.json`` files are read."""
    if path.suffix.lower() not in {".csv", ".json"}:
        raise DataFileError(
            path,
            [
                DataProblem(
                    path,
                    None,
                    None,
                    f"unsupported file type {path.suffix or '(no suffix)'!r}; "
                    "expected a .csv or a .json file",
                )
            ],
        )


def _read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without a byte-order mark), or a DataFileError."""
    try:
        data = path.read_bytes()
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
        raise DataFileError(path, [DataProblem(path, None, None, message)]) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = _not_utf8(data, error.start)
        raise DataFileError(path, [DataProblem(path, line, None, message)]) from error
    if not text.strip():
        expected = "a header line" if path.suffix.lower() == ".csv" else "a JSON list of objects"
        raise DataFileError(
            path, [DataProblem(path, None, None, f"the file is empty; expected {expected}")]
        )
    return text


def _decoded_lines(
    handle: Iterable[bytes], path: Path, problems: list[DataProblem]
) -> Iterator[str]:
    """The file's lines as text, one at a time; stops at the first line that is not UTF-8."""
    for number, raw in enumerate(handle, start=1):
        data = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(DataProblem(path, number, None, _not_utf8(data, error.start)))
            return
        if "\x00" in text:
            problems.append(DataProblem(path, number, None, _csv_error(csv.Error("NUL"))))
            return
        yield text


def _not_utf8(data: bytes, start: int) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "not UTF-8 text: the file is UTF-16; save it as UTF-8"
    return f"not UTF-8 text: byte 0x{data[start]:02x} cannot be decoded; save the file as UTF-8"


def _csv_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, Any] | DataProblem]]:
    """Each data row with the line it starts on, as ``{column: text}`` for the known columns.

    The file is read as it goes, so a log of millions of rows never sits in
    memory as text or as rows. A problem that stops the reading (a bad header,
    bytes that are not UTF-8, broken CSV) comes out as a :class:`DataProblem`.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
        raise DataFileError(path, [DataProblem(path, None, None, message)]) from error
    fatal: list[DataProblem] = []
    header: list[str] | None = None
    with handle:
        for line, last_line, values in _csv_records(path, handle, fatal):
            if header is None:
                header = [name.strip().lower() for name in values]
                problem = _header_problem(path, line, header, columns, required)
                if problem is not None:
                    fatal.append(problem)
                    break
                continue
            problem = _row_shape_problem(path, line, last_line, header, values)
            if problem is not None:
                yield (line, problem)
                continue
            yield (
                line,
                {
                    name: value.strip()
                    for name, value in zip(header, values, strict=False)
                    if name in columns
                },
            )
    if header is None and not fatal:
        fatal.append(DataProblem(path, None, None, "the file is empty; expected a header line"))
    for problem in fatal:
        yield (problem.line or 0, problem)


def _csv_records(
    path: Path, handle: Iterable[bytes], fatal: list[DataProblem]
) -> Iterator[tuple[int, int, list[str]]]:
    """Each non-blank record with its first and last line; a parse error ends it in ``fatal``."""
    # strict: a quote that is never closed is an error, not a cell that takes in the rest.
    reader = csv.reader(_decoded_lines(handle, path, fatal), strict=True)
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            fatal.append(DataProblem(path, line, None, _csv_error(error)))
            return
        if any(value.strip() for value in values):
            yield line, reader.line_num, values


def _csv_error(error: csv.Error) -> str:
    """What the csv module's complaint means for the person who wrote the file."""
    text = str(error)
    if "unexpected end of data" in text:
        return (
            'a cell opens a quote (") that is never closed, so every later line would be '
            "part of it; close the quote, or remove it"
        )
    if "expected after" in text:
        return (
            "a quoted cell goes on after its closing quote; a quote inside a quoted cell "
            'is written twice ("")'
        )
    if "new-line character seen in unquoted field" in text:
        return (
            "a line ends in a carriage return alone (as old Mac files do); "
            "save the file with Windows or Unix line ends"
        )
    if "NUL" in text:
        return (
            "the line has a NUL byte; is the file a spreadsheet or a UTF-16 text? "
            "save it as CSV in UTF-8"
        )
    return f"not valid CSV: {text}"


def _row_shape_problem(
    path: Path, line: int, last_line: int, header: list[str], values: list[str]
) -> DataProblem | None:
    """A row with more cells than the header, or a quoted cell that took in whole rows."""
    if len(values) > len(header) and any(value.strip() for value in values[len(header) :]):
        return DataProblem(
            path,
            line,
            None,
            f"the row has {len(values)} cells but the header names {len(header)} columns; "
            'a cell that contains a comma must be quoted ("...")',
        )
    if last_line > line and len(header) > 1:
        # A quote opened by mistake closes only at the next quote: the lines between look like
        # rows of their own. A real multi-line cell has no line with a row's worth of commas.
        for value in values:
            for text in value.splitlines()[1:]:
                if text.count(",") >= len(header) - 1:
                    return DataProblem(
                        path,
                        line,
                        None,
                        f"a quoted cell runs from line {line} to line {last_line} and takes in "
                        f"what looks like a row ({text.strip()[:40]!r}); close the quote on "
                        "its own line, or remove it",
                    )
    return None


def _header_problem(
    path: Path, line: int, header: list[str], columns: tuple[str, ...], required: tuple[str, ...]
) -> DataProblem | None:
    missing = [name for name in required if name not in header]
    if missing:
        hint = (
            " (is the file separated by ';' or tabs? it must use commas)"
            if len(header) == 1
            else ""
        )
        return DataProblem(
            path,
            line,
            None,
            f"missing required column(s) {', '.join(missing)}; the header must "
            f"name {', '.join(required)} and may name "
            f"{', '.join(c for c in columns if c not in required)}{hint}",
        )
    twice = sorted({name for name in header if name in columns and header.count(name) > 1})
    if twice:
        return DataProblem(path, line, None, f"column(s) {', '.join(twice)} named twice")
    return None


class _BadJsonNumberError(ValueError):
    """A JSON number too long or with an exponent: it stops the decoding.

    ``int()`` would be quadratic in the digits; ``Decimal('1e99999999999999999999')`` raises.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _json_number(text: str) -> decimal.Decimal | int:
    if len(text) > _LONGEST_NUMBER or not PLAIN_NUMBER.fullmatch(text):
        raise _BadJsonNumberError(text)
    return int(text) if text.lstrip("-").isdigit() else decimal.Decimal(text)


def _trimmed(value: object) -> object:
    """A JSON string trimmed like a CSV cell; anything else as it is."""
    return value.strip() if isinstance(value, str) else value


def _json_rows(path: Path, text: str, columns: tuple[str, ...]) -> list[tuple[int, Any]]:
    """Each element of the top-level JSON list with the line it starts on."""
    decoder = json.JSONDecoder(parse_float=_json_number, parse_int=_json_number)
    try:
        document = decoder.decode(text)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (column {error.colno})"
        raise DataFileError(path, [DataProblem(path, error.lineno, None, message)]) from None
    except _BadJsonNumberError as error:
        line = text.count("\n", 0, max(text.find(error.text), 0)) + 1
        shown = (
            error.text
            if len(error.text) <= 20
            else f"{error.text[:20]}... ({len(error.text)} characters)"
        )
        message = (
            f"the number {shown} is not a plain number of at most {_LONGEST_NUMBER} characters; "
            'write numbers such as 1.5 or "1.5", without an exponent'
        )
        raise DataFileError(path, [DataProblem(path, line, None, message)]) from None
    except RecursionError:
        message = "the JSON is nested too deeply; expected a list of flat objects"
        raise DataFileError(path, [DataProblem(path, None, None, message)]) from None
    if not isinstance(document, list):
        raise DataFileError(
            path,
            [
                DataProblem(
                    path,
                    1,
                    None,
                    f"expected a JSON list of objects with the keys {', '.join(columns)}, "
                    f"got {type_name(document)}",
                )
            ],
        )
    rows = []
    index = text.index("[") + 1
    line, counted_to = 1, 0
    for _ in document:
        while text[index] in _JSON_SPACE or text[index] == ",":
            index += 1
        element, end = decoder.raw_decode(text, index)
        # Lines are counted from the last element on, not from the start: linear, not quadratic.
        line += text.count("\n", counted_to, index)
        counted_to = index
        if isinstance(element, dict):
            element = {key: _trimmed(value) for key, value in element.items() if key in columns}
        rows.append((line, element))
        index = end
    return rows


def _optional(row: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    """Drop empty optional values, so that their defaults apply."""
    return {
        key: value
        for key, value in row.items()
        if key in required or (value is not None and value != "")
    }


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in {0, 1}:
        return value == 1
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _RowProblem(
        "preapproved", f"expected true/false, yes/no, 1/0 or an empty cell, got {value!r}"
    )


def _tag_list(field: str, value: object) -> list[Any]:
    if isinstance(value, str):
        return [tag.strip() for tag in value.split(";") if tag.strip()]
    if isinstance(value, list):
        return value
    raise _RowProblem(field, f"expected ';'-separated text or a list, got {value!r}")


def _held_list(value: object) -> list[Any]:
    """Credentials as ``CPC:2019-05-10;CCS:2024-03-15`` or a list of objects or such pairs."""
    items = value.split(";") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise _RowProblem(
            "credentials",
            f"expected text such as 'CPC:2019-05-10;CCS:2024-03-15' or a list, got {value!r}",
        )
    held: list[Any] = []
    for item in items:
        if isinstance(item, str):
            if not item.strip():
                continue
            code, colon, earned_on = item.partition(":")
            if not colon or not code.strip() or not earned_on.strip():
                raise _RowProblem(
                    "credentials",
                    f"expected CODE:YYYY-MM-DD such as 'CPC:2019-05-10', got {item.strip()!r}",
                )
            held.append({"credential": code.strip(), "earned_on": earned_on.strip()})
        elif isinstance(item, dict) and "code" in item and "credential" not in item:
            held.append({("credential" if k == "code" else k): v for k, v in item.items()})
        else:
            held.append(item)
    return held


def _prepared(
    data: dict[str, Any], readers: dict[str, Callable[[Any], Any]]
) -> tuple[dict[str, Any], list[_RowProblem]]:
    """Apply the text readers; a field that cannot be read is dropped and reported."""
    problems = []
    for field, read in readers.items():
        if field in data:
            try:
                data[field] = read(data[field])
            except _RowProblem as problem:
                del data[field]
                problems.append(problem)
    return data, problems


def _activity_data(row: dict[str, Any]) -> tuple[dict[str, Any], list[_RowProblem]]:
    return _prepared(
        _optional(row, ACTIVITY_REQUIRED),
        {
            "preapproved": _flag,
            "categories": functools.partial(_tag_list, "categories"),
            "bodies": functools.partial(_tag_list, "bodies"),
        },
    )


def _renewal_map(value: object) -> object:
    """Renewal dates as ``AAPC:2025-03-15;NHA:2024-06-01`` (CSV), or a JSON object."""
    if not isinstance(value, str):
        return value
    renewals = {}
    for item in value.split(";"):
        if not item.strip():
            continue
        body, colon, day = item.partition(":")
        if not colon or not body.strip() or not day.strip():
            raise _RowProblem(
                "renewals",
                f"expected BODY:YYYY-MM-DD such as 'AAPC:2025-03-15', got {item.strip()!r}",
            )
        renewals[body.strip()] = day.strip()
    return renewals


def _holder_data(row: dict[str, Any]) -> tuple[dict[str, Any], list[_RowProblem]]:
    return _prepared(
        _optional(row, HOLDER_REQUIRED), {"credentials": _held_list, "renewals": _renewal_map}
    )


def _load(  # noqa: PLR0913 -- one reader for two record kinds
    path: Path,
    cls: type[T],
    *,
    columns: tuple[str, ...],
    required: tuple[str, ...],
    prepare: Callable[[dict[str, Any]], tuple[dict[str, Any], list[_RowProblem]]],
    rulebook: Rulebook | None,
    check: Callable[[int, dict[str, Any]], DataProblem | None] | None = None,
) -> tuple[list[T], list[DataProblem]]:
    """Every row of the file as an object, and every problem found."""
    _check_suffix(path)
    rows: Iterable[tuple[int, Any]]
    if path.suffix.lower() == ".csv":
        rows = _csv_rows(path, columns, required)
    else:
        rows = _json_rows(path, _read_text(path), columns)
    problems: list[DataProblem] = []
    loaded: list[T] = []
    for line, row in rows:
        if isinstance(row, DataProblem):
            problems.append(row)
            continue
        if not isinstance(row, dict):
            problems.append(_not_an_object(path, line, row, columns))
            continue
        if check is not None and (problem := check(line, row)) is not None:
            problems.append(problem)
        item, found = _row_item(path, line, row, cls, prepare, rulebook)
        problems.extend(found)
        if problems:
            # Nothing of a bad file is returned: stop keeping objects, keep finding problems.
            loaded.clear()
        elif item is not None:
            loaded.append(item)
    return loaded, problems


def _not_an_object(path: Path, line: int, row: object, columns: tuple[str, ...]) -> DataProblem:
    return DataProblem(
        path,
        line,
        None,
        f"expected an object with the keys {', '.join(columns)}, got {type_name(row)} {row!r}",
    )


def _row_item(  # noqa: PLR0913, PLR0917 -- the row and what it is read into
    path: Path,
    line: int,
    row: dict[str, Any],
    cls: type[T],
    prepare: Callable[[dict[str, Any]], tuple[dict[str, Any], list[_RowProblem]]],
    rulebook: Rulebook | None,
) -> tuple[T | None, list[DataProblem]]:
    """One row as an object, or the problems that keep it from being one."""
    data, unread = prepare(row)
    problems = [DataProblem(path, line, p.field, p.message) for p in unread]
    try:
        item = _structure(cls, data, rulebook)
        if isinstance(item, Holder):
            problems.extend(_foreign_credentials(path, line, item, rulebook))
    except DataError as error:
        problems.extend(
            DataProblem(path, line, _column(p.field), p.message)
            for p in error.problems
            # A field that could not be read was dropped: its "missing" is no news.
            if not any(_column(p.field) == u.field for u in unread)
        )
        return None, problems
    return (None if problems else item), problems


def _foreign_credentials(
    path: Path, line: int, holder: Holder, rulebook: Rulebook | None
) -> list[DataProblem]:
    """A credential written in full must be the rule book's own, or it fails later unplaced."""
    book = default_rulebook() if rulebook is None else rulebook
    problems = []
    for index, held in enumerate(holder.credentials):
        code = held.credential.code
        try:
            known = book.credential(code)
        except CodingCertsError as error:
            problems.append(DataProblem(path, line, f"credentials[{index}].credential", str(error)))
            continue
        if known != held.credential:
            problems.append(
                DataProblem(
                    path,
                    line,
                    f"credentials[{index}].credential",
                    f"the credential {code} written here differs from the rule book's {code}; "
                    f"write its code ({code!r}) to use the rule book's",
                )
            )
    return problems


def _column(field: str | None) -> str | None:
    """``$.credentials[1].earned_on`` as ``credentials[1].earned_on``; ``$`` as ``None``."""
    if field is None or field == "$":
        return None
    return field.removeprefix("$.")


def read_activities(path: str | os.PathLike[str]) -> tuple[CeuActivity, ...]:
    """Read a CEU log from a ``.csv`` or ``.json`` file, in file order.

    CSV: a header line naming the columns ``completed_on``, ``units``,
    ``kind``, ``title`` (required) and ``holder_id``, ``sponsor``,
    ``index_number``, ``preapproved``, ``categories``, ``bodies`` (optional);
    other columns are ignored. JSON: a list of objects with the same keys. See
    :doc:`/data-formats`.

    Raises:
        DataFileError: the file cannot be read, or has bad rows; every problem
            is listed with its line and field, and nothing is returned.
        InvalidTypeError: ``path`` is not a ``str`` or a path.
    """
    file = _file_path(path, "read_activities")
    loaded, problems = _load(
        file,
        CeuActivity,
        columns=ACTIVITY_COLUMNS,
        required=ACTIVITY_REQUIRED,
        prepare=_activity_data,
        rulebook=None,
    )
    if problems:
        raise DataFileError(file, problems)
    return tuple(loaded)


def read_holders(
    path: str | os.PathLike[str], *, rulebook: Rulebook | None = None
) -> tuple[Holder, ...]:
    """Read a roster of holders from a ``.csv`` or ``.json`` file, in file order.

    CSV: a header line naming the columns ``id`` and ``credentials``
    (required: ``CPC:2019-05-10;CCS:2024-03-15``) and ``name``,
    ``aapc_renewal`` (optional); other columns are ignored. JSON: a list of
    objects with the same keys, whose ``credentials`` may also be a list of
    ``{"code": "CPC", "earned_on": "2019-05-10"}`` objects. Credential codes
    are looked up in ``rulebook`` (default: the shipped rule book). Each id
    may appear once. See :doc:`/data-formats`.

    Raises:
        DataFileError: the file cannot be read, or has bad rows or a repeated
            id; every problem is listed with its line and field, and nothing
            is returned.
        InvalidTypeError: ``path`` is not a ``str`` or a path, or
            ``rulebook`` is not a :class:`~coding_certs.Rulebook`.
    """
    file = _file_path(path, "read_holders")
    if rulebook is not None and not isinstance(rulebook, Rulebook):
        raise InvalidTypeError(
            f"rulebook must be a Rulebook or None, got {type_name(rulebook)} {rulebook!r}"
        )
    first: dict[str, int] = {}

    def once(line: int, row: dict[str, Any]) -> DataProblem | None:
        holder_id = row.get("id")
        if not isinstance(holder_id, str) or not holder_id:
            return None
        if holder_id in first:
            return DataProblem(
                file,
                line,
                "id",
                f"holder id {holder_id!r} is already used on line {first[holder_id]}; "
                "each holder appears once",
            )
        first[holder_id] = line
        return None

    loaded, problems = _load(
        file,
        Holder,
        columns=HOLDER_COLUMNS,
        required=HOLDER_REQUIRED,
        prepare=_holder_data,
        rulebook=rulebook,
        check=once,
    )
    if problems:
        raise DataFileError(file, sorted(problems, key=lambda p: p.line or 0))
    return tuple(loaded)
