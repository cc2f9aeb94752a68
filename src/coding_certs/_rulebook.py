"""The rule book: every credential, issuing body and CEU tier table, with sources.

The rule book shipped with the package is ``coding_certs/data/rules.toml``; it
is read once, validated, and used by every module-level function. A user can
read their own file in the same format with :func:`load_rulebook` (an
employer's stricter policy, an updated AAPC table) and call the same methods on
it, without waiting for a release.

Tier tables are *effective-dated editions*. :meth:`Rulebook.tier_table` returns
the edition in force on a day; a new edition closes the previous one with a
``superseded_on`` date, it never replaces it, so a question about 2013 keeps its
2013 answer. A day before the earliest edition raises
:class:`~coding_certs.NoRuleInForceError`, unless the caller asks for the
lenient behaviour, which applies the earliest edition and warns with
:class:`~coding_certs.RuleNotInForceWarning`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import itertools
import sys
import tomllib
import warnings
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._errors import (
    CodingCertsError,
    InvalidTypeError,
    NoRuleInForceError,
    RulebookError,
    RuleNotInForceWarning,
    UnknownBodyError,
    UnknownCredentialError,
    UnknownEditionError,
)
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._rules import CategoryMinimum, CycleRule, JudgedBy, LapseRule
from coding_certs._tiers import CeuTier, CeuTierTable
from coding_certs._validate import (
    lookup_key,
    optional_instance_of,
    to_date,
    to_tuple,
    tuple_of,
    type_name,
)

RuleT = TypeVar("RuleT", CycleRule, LapseRule)
RuleU = TypeVar("RuleU", CycleRule, LapseRule, CategoryMinimum)

FORMAT_VERSION = 1
"""The version of the rule-book file format this release reads."""

_MAX_CYCLE_YEARS = 10


# --- Reading a rule-book file ----------------------------------------------


class _Reader:
    """Reads one rule-book document, naming the file and the entry in every error."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def fail(self, entry: str, message: str) -> RulebookError:
        return RulebookError(message, path=self.path, entry=entry)

    def table(self, data: object, entry: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(entry, f"expected a table, got {type_name(data)} {data!r}")
        return data

    def array(
        self, data: Mapping[str, Any], key: str, entry: str, *, required: bool = True
    ) -> list[Any]:
        if key not in data:
            if required:
                raise self.fail(entry, f"missing {key!r}: expected an array")
            return []
        value = data[key]
        if not isinstance(value, list):
            raise self.fail(
                f"{entry}.{key}", f"expected an array, got {type_name(value)} {value!r}"
            )
        return value

    def text(
        self, data: Mapping[str, Any], key: str, entry: str, *, required: bool = True
    ) -> str | None:
        if key not in data:
            if required:
                raise self.fail(entry, f"missing {key!r}: expected a non-empty string")
            return None
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{entry}.{key}", f"expected a non-empty string, got {value!r}")
        return value

    def texts(self, data: Mapping[str, Any], key: str, entry: str) -> tuple[str, ...]:
        items = self.array(data, key, entry, required=False)
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(
                    f"{entry}.{key}[{index}]", f"expected a non-empty string, got {item!r}"
                )
        return tuple(items)

    def day(
        self, data: Mapping[str, Any], key: str, entry: str, *, required: bool = True
    ) -> dt.date | None:
        if key not in data:
            if required:
                raise self.fail(entry, f"missing {key!r}: expected a date such as 2019-01-01")
            return None
        value = data[key]
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.fail(
                f"{entry}.{key}",
                f"expected a bare TOML date such as 2019-01-01 (no quotes, no time), got {value!r}",
            )
        return value

    def choice(
        self,
        data: Mapping[str, Any],
        key: str,
        entry: str,
        allowed: Mapping[str, Any],
        *,
        required: bool = False,
    ) -> Any:  # noqa: ANN401 -- the member type varies with `allowed`
        value = self.text(data, key, entry, required=required)
        if value is None:
            return None
        if value not in allowed:
            raise self.fail(
                f"{entry}.{key}", f"expected one of {', '.join(map(repr, allowed))}, got {value!r}"
            )
        return allowed[value]

    def only(self, data: Mapping[str, Any], entry: str, allowed: Iterable[str]) -> None:
        """Refuse keys the format does not know: a typo must not silently drop a rule."""
        known = set(allowed)
        unknown = set(data) - known
        if unknown:
            raise self.fail(
                entry, f"unexpected keys {sorted(unknown)}; expected some of {sorted(known)}"
            )

    def flag(self, data: Mapping[str, Any], key: str, entry: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{entry}.{key}", f"expected true or false, got {value!r}")
        return value

    def sources(
        self, data: Mapping[str, Any], entry: str, known: Mapping[str, Source]
    ) -> tuple[Source, ...]:
        ids = self.texts(data, "sources", entry)
        if not ids:
            raise self.fail(entry, "missing 'sources': every entry must cite at least one source")
        for index, source_id in enumerate(ids):
            if source_id not in known:
                raise self.fail(
                    f"{entry}.sources[{index}]",
                    f"unknown source {source_id!r}; expected one of the [sources] ids: "
                    f"{', '.join(sorted(known)) or '(none defined)'}",
                )
        return tuple(known[source_id] for source_id in ids)

    def build(self, entry: str, factory: Any, **fields: Any) -> Any:  # noqa: ANN401 -- returns what the factory builds
        try:
            return factory(**fields)
        except CodingCertsError as error:
            raise self.fail(entry, str(error)) from error


def _read_document(document: Mapping[str, Any], path: Path | None) -> Rulebook:
    reader = _Reader(path)
    version = document.get("format")
    if version != FORMAT_VERSION:
        raise reader.fail("format", f"expected format = {FORMAT_VERSION}, got {version!r}")
    sources = _read_sources(reader, document)
    bodies = _read_bodies(reader, document, sources)
    credentials = _read_credentials(reader, document, sources, bodies)
    tables = _read_tier_tables(reader, document, sources, bodies)
    try:
        return Rulebook(
            bodies=tuple(bodies.values()),
            credentials=credentials,
            tier_tables=tables,
            cycle_rules=_read_rules(reader, document, "cycle_rules", CycleRule, sources, bodies),
            lapse_rules=_read_rules(reader, document, "lapse_rules", LapseRule, sources, bodies),
            minimums=_read_rules(reader, document, "minimums", CategoryMinimum, sources, bodies),
            path=path,
        )
    except RulebookError:
        raise
    except CodingCertsError as error:  # pragma: no cover -- Rulebook raises RulebookError itself
        raise reader.fail("", str(error)) from error


_CREDENTIAL_KEYS = (
    "code",
    "title",
    "body",
    "setting",
    "focus",
    "aliases",
    "successor",
    "renamed_on",
    "renamed_on_confirmed",
    "sources",
    "assumptions",
    "notes",
    "exam",
)
_TIER_TABLE_KEYS = (
    "body",
    "edition",
    "title",
    "cycle_years",
    "effective_from",
    "superseded_on",
    "tiers",
    "sources",
    "assumptions",
)


def _read_sources(reader: _Reader, document: Mapping[str, Any]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for source_id, raw in reader.table(document.get("sources", {}), "sources").items():
        entry = f"sources.{source_id}"
        data = reader.table(raw, entry)
        reader.only(data, entry, ("title", "url", "supports"))
        sources[source_id] = reader.build(
            entry,
            Source,
            title=reader.text(data, "title", entry),
            url=reader.text(data, "url", entry, required=False),
            supports=reader.text(data, "supports", entry),
        )
    return sources


def _read_bodies(
    reader: _Reader, document: Mapping[str, Any], sources: Mapping[str, Source]
) -> dict[str, IssuingBody]:
    bodies: dict[str, IssuingBody] = {}
    for index, raw in enumerate(reader.array(document, "bodies", "bodies")):
        entry = f"bodies[{index}]"
        data = reader.table(raw, entry)
        reader.only(data, entry, ("code", "name", "sources"))
        body = reader.build(
            entry,
            IssuingBody,
            code=reader.text(data, "code", entry),
            name=reader.text(data, "name", entry),
            sources=reader.sources(data, entry, sources),
        )
        if body.code in bodies:
            raise reader.fail(f"{entry}.code", f"issuing body {body.code!r} is defined twice")
        bodies[body.code] = body
    return bodies


def _read_credentials(
    reader: _Reader,
    document: Mapping[str, Any],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[Credential, ...]:
    credentials = []
    for index, raw in enumerate(reader.array(document, "credentials", "credentials")):
        entry = f"credentials[{index}]"
        data = reader.table(raw, entry)
        reader.only(data, entry, _CREDENTIAL_KEYS)
        credentials.append(
            reader.build(
                entry,
                Credential,
                code=reader.text(data, "code", entry),
                title=reader.text(data, "title", entry),
                body=reader.choice(data, "body", entry, bodies, required=True),
                setting=reader.choice(data, "setting", entry, {s.value: s for s in Setting}),
                focus=reader.choice(data, "focus", entry, {f.value: f for f in Focus}),
                aliases=reader.texts(data, "aliases", entry),
                successor=reader.text(data, "successor", entry, required=False),
                renamed_on=reader.day(data, "renamed_on", entry, required=False),
                renamed_on_confirmed=reader.flag(data, "renamed_on_confirmed", entry),
                sources=reader.sources(data, entry, sources),
                assumptions=reader.texts(data, "assumptions", entry),
                notes=reader.texts(data, "notes", entry),
                exam=reader.text(data, "exam", entry, required=False),
            )
        )
    return tuple(credentials)


def _read_tiers(reader: _Reader, data: Mapping[str, Any], entry: str) -> tuple[CeuTier, ...]:
    tiers = []
    for row_index, row in enumerate(reader.array(data, "tiers", entry)):
        row_entry = f"{entry}.tiers[{row_index}]"
        row_data = reader.table(row, row_entry)
        unknown = set(row_data) - {"min", "max", "units"}
        if unknown:
            raise reader.fail(
                row_entry, f"unexpected keys {sorted(unknown)}; a tier has min, max and units"
            )
        if isinstance(row_data.get("units"), float):
            raise reader.fail(
                f"{row_entry}.units",
                f'expected units as a string such as "36" or an integer, got the float '
                f"{row_data['units']!r} (floats are not exact)",
            )
        tiers.append(
            reader.build(
                row_entry,
                CeuTier,
                min_credentials=row_data.get("min"),
                max_credentials=row_data.get("max"),
                units=row_data.get("units"),
            )
        )
    return tuple(tiers)


def _read_tier_tables(
    reader: _Reader,
    document: Mapping[str, Any],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[CeuTierTable, ...]:
    tables = []
    for index, raw in enumerate(reader.array(document, "tier_tables", "tier_tables")):
        entry = f"tier_tables[{index}]"
        data = reader.table(raw, entry)
        reader.only(data, entry, _TIER_TABLE_KEYS)
        cycle_years = data.get("cycle_years")
        if (
            isinstance(cycle_years, bool)
            or not isinstance(cycle_years, int)
            or not 1 <= cycle_years <= _MAX_CYCLE_YEARS
        ):
            raise reader.fail(
                f"{entry}.cycle_years",
                f"expected a whole number of years from 1 to {_MAX_CYCLE_YEARS}, "
                f"got {cycle_years!r}",
            )
        tables.append(
            reader.build(
                entry,
                CeuTierTable,
                body=reader.choice(data, "body", entry, bodies, required=True),
                edition=reader.text(data, "edition", entry),
                title=reader.text(data, "title", entry),
                tiers=_read_tiers(reader, data, entry),
                cycle=relativedelta(years=cycle_years),
                effective_from=reader.day(data, "effective_from", entry),
                superseded_on=reader.day(data, "superseded_on", entry, required=False),
                sources=reader.sources(data, entry, sources),
                assumptions=reader.texts(data, "assumptions", entry),
            )
        )
    return tuple(tables)


_RULE_FIELDS: dict[type, dict[str, str]] = {
    # The keys each engine rule takes besides the common ones, and their TOML kinds.
    CycleRule: {
        "anchor": "text",
        "first_cycle": "text",
        "renewal_month_either": "flag",
        "requires_index_number": "flag",
    },
    LapseRule: {
        "grace_months": "count",
        "grace_days": "count",
        "inactive_days": "count",
        "judged_by": "text",
    },
    CategoryMinimum: {
        "category": "text",
        "credential": "text",
        "units": "units",
        "share": "units",
        "judged_by": "text",
    },
}
_COMMON_RULE_KEYS = frozenset(
    {"body", "name", "effective_from", "superseded_on", "sources", "assumptions"}
)


def _rule_value(reader: _Reader, data: Mapping[str, Any], name: str, kind: str, entry: str) -> Any:  # noqa: ANN401 -- the value's type depends on kind
    value = data[name]
    if kind == "flag":
        return reader.flag(data, name, entry)
    if kind == "text":
        return reader.text(data, name, entry)
    if kind == "units" and isinstance(value, float):
        raise reader.fail(
            f"{entry}.{name}",
            f'expected a string such as "0.8" or an integer, got the float {value!r}',
        )
    if kind == "count" and (isinstance(value, bool) or not isinstance(value, int)):
        raise reader.fail(f"{entry}.{name}", f"expected a whole number, got {value!r}")
    return value


def _read_rules(  # noqa: PLR0913, PLR0917 -- one argument per piece of context the reader needs
    reader: _Reader,
    document: Mapping[str, Any],
    key: str,
    rule_class: type[RuleU],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[RuleU, ...]:
    rules = []
    fields = _RULE_FIELDS[rule_class]
    for index, raw in enumerate(reader.array(document, key, key, required=False)):
        entry = f"{key}[{index}]"
        data = reader.table(raw, entry)
        unknown = set(data) - _COMMON_RULE_KEYS - set(fields)
        if unknown:
            raise reader.fail(
                entry,
                f"unexpected keys {sorted(unknown)}; expected some of "
                f"{sorted(_COMMON_RULE_KEYS | set(fields))}",
            )
        values = {
            name: _rule_value(reader, data, name, kind, entry)
            for name, kind in fields.items()
            if name in data
        }
        rules.append(
            reader.build(
                entry,
                rule_class,
                body=reader.choice(data, "body", entry, bodies, required=True),
                name=reader.text(data, "name", entry),
                effective_from=reader.day(data, "effective_from", entry),
                superseded_on=reader.day(data, "superseded_on", entry, required=False),
                sources=reader.sources(data, entry, sources),
                assumptions=reader.texts(data, "assumptions", entry),
                **values,
            )
        )
    return tuple(rules)


_PACKAGE_DIR = str(Path(__file__).resolve().parent)


def _caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside this package."""
    frame = sys._getframe(1)  # noqa: SLF001 -- the documented way to walk the stack cheaply
    level = 1
    while frame is not None and str(Path(frame.f_code.co_filename).resolve()).startswith(
        _PACKAGE_DIR
    ):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def load_rulebook(path: str | Path) -> Rulebook:
    """Read and validate a rule book in the shipped TOML format.

    The format is described at the top of the shipped ``data/rules.toml`` and
    in :doc:`/rulebook-format`.

    Raises:
        RulebookError: the file cannot be read or breaks the format; the
            message names the file, the entry (such as
            ``tier_tables[1].tiers[0].units``) and what was expected.
        InvalidTypeError: ``path`` is not a ``str`` or ``Path``.
    """
    if isinstance(path, str):
        path = Path(path)
    if not isinstance(path, Path):
        raise InvalidTypeError(
            f"load_rulebook() takes a str or Path, got {type_name(path)} {path!r}"
        )
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except OSError as error:
        raise RulebookError(
            f"cannot read the file: {error.strerror or error}", path=path, entry=None
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise RulebookError(f"not valid TOML: {error}", path=path, entry=None) from error
    except UnicodeDecodeError as error:
        raise RulebookError(f"not UTF-8 text: {error}", path=path, entry=None) from error
    except RecursionError as error:
        raise RulebookError(
            "not a rule book: its arrays or tables are nested too deeply to read "
            "(a rule book nests at most a few levels)",
            path=path,
            entry=None,
        ) from error
    except ValueError as error:  # tomllib's int() refuses an integer of thousands of digits
        raise RulebookError(
            "not a rule book: it holds a number thousands of digits long; "
            "a rule book's numbers are a few digits long",
            path=path,
            entry=None,
        ) from error
    return _read_document(document, path)


@functools.cache
def default_rulebook() -> Rulebook:
    """The rule book shipped with the package, read once."""
    text = (
        resources.files("coding_certs").joinpath("data", "rules.toml").read_text(encoding="utf-8")
    )
    return _read_document(tomllib.loads(text), None)


# --- The rule book ----------------------------------------------------------


def _index_by_key(
    credentials: tuple[Credential, ...], *, path: Path | None
) -> dict[str, Credential]:
    index: dict[str, Credential] = {}
    for credential in credentials:
        for spelling in (credential.code, *credential.aliases):
            key = lookup_key(spelling)
            if key in index and index[key] is not credential:
                raise RulebookError(
                    f"{spelling!r} of {credential.code} reads the same as "
                    f"{index[key].code} once case, spaces and dashes are ignored",
                    path=path,
                    entry=f"credentials ({credential.code})",
                )
            index[key] = credential
    return index


def _check_editions(tables: tuple[CeuTierTable, ...], *, path: Path | None) -> None:
    seen: set[str] = set()
    for table in tables:
        if table.edition in seen:
            raise RulebookError(
                f"edition {table.edition!r} is defined twice", path=path, entry="tier_tables"
            )
        seen.add(table.edition)
    by_body: dict[str, list[CeuTierTable]] = {}
    for table in tables:
        by_body.setdefault(table.body.code, []).append(table)
    for body_code, editions in by_body.items():
        editions.sort(key=lambda table: table.effective_from)
        for previous, current in itertools.pairwise(editions):
            if previous.superseded_on is None or previous.superseded_on > current.effective_from:
                raise RulebookError(
                    f"{body_code} editions {previous.edition!r} and {current.edition!r} overlap: "
                    f"{previous.edition!r} must be superseded on or before "
                    f"{current.effective_from}, the day {current.edition!r} takes effect",
                    path=path,
                    entry="tier_tables",
                )


@attrs.frozen
class Rulebook:
    """A validated set of issuing bodies, credentials and CEU tier tables.

    Build one with :func:`load_rulebook`, or use :func:`default_rulebook`; the
    module-level functions (:func:`~coding_certs.credential`,
    :func:`~coding_certs.tier_table`, :func:`~coding_certs.ceu_requirements`)
    are this class's methods on the shipped rule book.

    Attributes:
        bodies: the issuing bodies, in file order.
        credentials: every credential, renamed ones included.
        tier_tables: every tier-table edition, superseded ones included.
        cycle_rules: how each body places its cycles (:class:`CycleRule`).
        lapse_rules: what follows an unmet cycle (:class:`LapseRule`).
        minimums: category minimums inside a cycle's total (:class:`CategoryMinimum`).
        path: the file it was read from, or ``None`` for the shipped one.
    """

    bodies: tuple[IssuingBody, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(IssuingBody)
    )
    credentials: tuple[Credential, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(Credential)
    )
    tier_tables: tuple[CeuTierTable, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(CeuTierTable)
    )
    cycle_rules: tuple[CycleRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(CycleRule)
    )
    lapse_rules: tuple[LapseRule, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(LapseRule)
    )
    minimums: tuple[CategoryMinimum, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(CategoryMinimum)
    )
    path: Path | None = attrs.field(default=None, eq=False, validator=optional_instance_of(Path))
    _by_key: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _bodies_by_code: dict[str, IssuingBody] = attrs.field(init=False, repr=False, eq=False)
    # Looked up for every cycle assessed: worked out once, from the validated rules above.
    _by_code: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _current_forms: dict[str, Credential] = attrs.field(init=False, repr=False, eq=False)
    _editions: dict[str, tuple[CeuTierTable, ...]] = attrs.field(init=False, repr=False, eq=False)
    # Requirements already worked out, by (body, credential codes, day): a roster asks the same
    # few thousand questions again and again. Values are immutable, so sharing them is safe.
    requirement_cache: dict[tuple[object, ...], object] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        bodies = {body.code: body for body in self.bodies}
        _check_known_bodies(self, bodies)
        _check_successors(self.credentials, path=self.path)
        for rules in (self.cycle_rules, self.lapse_rules):
            _check_no_overlap(rules, path=self.path)
        _check_editions(self.tier_tables, path=self.path)
        object.__setattr__(self, "_by_key", _index_by_key(self.credentials, path=self.path))
        object.__setattr__(self, "_bodies_by_code", bodies)
        codes = {c.code: c for c in self.credentials}
        object.__setattr__(self, "_by_code", codes)
        object.__setattr__(
            self,
            "_current_forms",
            {c.code: _follow_successors(c, codes, path=self.path) for c in self.credentials},
        )
        object.__setattr__(
            self,
            "_editions",
            {
                code: tuple(
                    sorted(
                        (t for t in self.tier_tables if t.body == body),
                        key=lambda t: t.effective_from,
                    )
                )
                for code, body in bodies.items()
            },
        )

    # -- credentials and bodies --

    def credential(self, code: str | Credential) -> Credential:
        """Find a credential by code or alias.

        Case, spaces, underscores and dashes of any kind do not matter:
        ``"cpc-h"``, ``"CPC H"`` and ``"cpc–h"`` all find CPC-H. A
        :class:`Credential` of this rule book is returned as it is.

        Raises:
            UnknownCredentialError: no credential has that code; the message
                names the closest known codes.
            InvalidTypeError: ``code`` is not a ``str`` or a ``Credential``.
        """
        if isinstance(code, Credential):
            if self._by_code.get(code.code) is code:  # this rule book's own object
                return code
            found = self._by_key.get(lookup_key(code.code))
            if found == code:
                return code
            raise UnknownCredentialError(code.code, self._suggest(code.code))
        if not isinstance(code, str):
            raise InvalidTypeError(
                f"a credential is named by a code such as 'CPC', got {type_name(code)} {code!r}"
            )
        found = self._by_key.get(lookup_key(code))
        if found is None:
            raise UnknownCredentialError(code, self._suggest(code))
        return found

    def _suggest(self, code: str) -> list[str]:
        keys = difflib.get_close_matches(lookup_key(code), list(self._by_key), n=3, cutoff=0.5)
        return list(dict.fromkeys(self._by_key[key].code for key in keys))

    def issuing_body(self, code: str | IssuingBody) -> IssuingBody:
        """Find an issuing body by code (``"AAPC"``, ``"ahima"``).

        Raises:
            UnknownBodyError: no such body in this rule book.
            InvalidTypeError: ``code`` is not a ``str`` or an ``IssuingBody``.
        """
        if isinstance(code, IssuingBody):
            key = code.code
        elif isinstance(code, str):
            key = code.strip().upper()
        else:
            raise InvalidTypeError(
                f"an issuing body is named by a code such as 'AAPC', got {type_name(code)} {code!r}"
            )
        body = self._bodies_by_code.get(key)
        if body is None or (isinstance(code, IssuingBody) and body != code):
            raise UnknownBodyError(
                f"unknown issuing body {code!r}; known: {', '.join(sorted(self._bodies_by_code))}"
            )
        return body

    def current_form(self, credential: str | Credential) -> Credential:
        """The credential's current form: itself, or what it was renamed to (CPC-H → COC)."""
        return self._current_forms[self.credential(credential).code]

    # -- tier tables --

    def tier_tables_of(self, body: str | IssuingBody) -> tuple[CeuTierTable, ...]:
        """Every edition of a body's tier table, oldest first."""
        return self._editions[self.issuing_body(body).code]

    def edition(self, name: str) -> CeuTierTable:
        """The tier-table edition called ``name`` (such as ``"aapc-2012"``).

        Raises:
            UnknownEditionError: no edition has that name.
            InvalidTypeError: ``name`` is not a ``str``.
        """
        if not isinstance(name, str):
            raise InvalidTypeError(f"an edition is named by a str, got {type_name(name)} {name!r}")
        for table in self.tier_tables:
            if table.edition == name:
                return table
        raise UnknownEditionError(
            f"unknown tier-table edition {name!r}; known: "
            f"{', '.join(t.edition for t in self.tier_tables)}"
        )

    def tier_table(
        self,
        body: str | IssuingBody,
        on: dt.date | str | None = None,
        *,
        edition: str | None = None,
        lenient: bool = False,
    ) -> CeuTierTable:
        """The edition of ``body``'s tier table in force on ``on`` (default: today).

        Args:
            body: the issuing body or its code.
            on: the day to ask about: a ``date`` or an ISO string.
            edition: pin an edition by name instead of resolving by date.
            lenient: for a day before the earliest edition, apply the earliest
                one and warn with :class:`~coding_certs.RuleNotInForceWarning`
                instead of raising.

        Raises:
            NoRuleInForceError: no edition was in force that day.
            UnknownBodyError: unknown body.
            UnknownEditionError: unknown edition, or one of another body.
        """
        found = self.issuing_body(body)
        if not isinstance(lenient, bool):
            raise InvalidTypeError(f"lenient must be True or False, got {lenient!r}")
        if edition is not None:
            table = self.edition(edition)
            if table.body != found:
                raise UnknownEditionError(
                    f"edition {edition!r} is {table.body.code}'s, not {found.code}'s"
                )
            return table
        day = dt.date.today() if on is None else to_date(on, what="on")
        editions = self.tier_tables_of(found)
        for table in editions:
            if table.in_force_on(day):
                return table
        if not editions:
            raise NoRuleInForceError(f"the rule book has no tier table for {found.code}")
        earliest = editions[0]
        if day < earliest.effective_from:
            message = (
                f"no {found.code} tier table was in force on {day}: the earliest known edition, "
                f"{earliest.edition!r}, takes effect on {earliest.effective_from}"
            )
            if lenient:
                warnings.warn(
                    f"{message}; applying it anyway because lenient=True",
                    RuleNotInForceWarning,
                    stacklevel=_caller_stacklevel(),
                )
                return earliest
            raise NoRuleInForceError(
                f"{message}. Ask for the lenient behaviour (lenient=True, or --lenient) to apply "
                "the earliest edition, or pin an edition by name"
            )
        raise NoRuleInForceError(
            f"no {found.code} tier table was in force on {day}: the rule book has a gap there "
            f"(editions: {', '.join(f'{t.edition} from {t.effective_from}' for t in editions)})"
        )

    def rule_in_force(self, rules: tuple[RuleT, ...], body: IssuingBody, day: dt.date) -> RuleT:
        """The one rule of ``rules`` for ``body`` in force on ``day``.

        Raises:
            NoRuleInForceError: none is.
        """
        for rule in rules:
            if (rule.body is body or rule.body == body) and rule.in_force_on(day):
                return rule
        kind = type(rules[0]).__name__ if rules else "rule"
        raise NoRuleInForceError(f"no {body.code} {kind} was in force on {day}")

    def minimums_for(
        self, body: IssuingBody, cycle_start: dt.date, cycle_end: dt.date
    ) -> tuple[CategoryMinimum, ...]:
        """The category minimums of ``body`` for a cycle with these first and last days."""
        return tuple(
            rule
            for rule in self.minimums
            if (rule.body is body or rule.body == body)
            and rule.in_force_on(
                cycle_start if rule.judged_by is JudgedBy.CYCLE_START else cycle_end
            )
        )


def _check_known_bodies(book: Rulebook, bodies: Mapping[str, IssuingBody]) -> None:
    """Every credential, table and rule must name one of the rule book's own bodies."""
    entries: list[tuple[str, IssuingBody]] = [
        *((f"credentials ({c.code})", c.body) for c in book.credentials),
        *((f"tier_tables ({t.edition})", t.body) for t in book.tier_tables),
        *(
            (f"{type(r).__name__} ({r.name})", r.body)
            for r in (*book.cycle_rules, *book.lapse_rules, *book.minimums)
        ),
    ]
    for entry, body in entries:
        if bodies.get(body.code) != body:
            raise RulebookError(
                f"names issuing body {body.code}, which this rule book does not define "
                f"(defined: {', '.join(bodies) or 'none'})",
                path=book.path,
                entry=entry,
            )


def _check_successors(credentials: tuple[Credential, ...], *, path: Path | None) -> None:
    """A successor must be a credential of the same body, and renames must not loop."""
    codes = {credential.code: credential for credential in credentials}
    for credential in credentials:
        if credential.successor is None:
            continue
        successor = codes.get(credential.successor)
        if successor is None or successor.body != credential.body:
            raise RulebookError(
                f"credential {credential.code} names successor {credential.successor!r}, "
                f"which is not a {credential.body.code} credential of this rule book",
                path=path,
                entry=f"credentials ({credential.code})",
            )
    for credential in credentials:
        _follow_successors(credential, codes, path=path)


def _check_no_overlap(
    rules: tuple[CycleRule, ...] | tuple[LapseRule, ...], *, path: Path | None
) -> None:
    by_body: dict[str, list[CycleRule | LapseRule]] = {}
    for rule in rules:
        by_body.setdefault(rule.body.code, []).append(rule)
    for same_body in by_body.values():
        same_body.sort(key=lambda rule: rule.effective_from)
        for previous, current in itertools.pairwise(same_body):
            if previous.superseded_on is None or previous.superseded_on > current.effective_from:
                raise RulebookError(
                    f"{type(current).__name__}s {previous.name!r} and {current.name!r} of "
                    f"{current.body.code} overlap: the first must be superseded on or before "
                    f"{current.effective_from}",
                    path=path,
                    entry=f"{type(current).__name__} ({current.name})",
                )


def _follow_successors(
    credential: Credential, codes: Mapping[str, Credential], *, path: Path | None
) -> Credential:
    seen = [credential.code]
    current = credential
    while current.successor is not None:
        current = codes[current.successor]
        if current.code in seen:
            raise RulebookError(
                f"credentials are renamed in a loop: {' -> '.join([*seen, current.code])}",
                path=path,
                entry=f"credentials ({credential.code})",
            )
        seen.append(current.code)
    return current


def unique_credentials(
    rulebook: Rulebook, items: Iterable[str | Credential]
) -> tuple[Credential, ...]:
    """Resolve codes to credentials, dropping duplicates; sorted by code."""
    if isinstance(items, str | Credential) or not isinstance(items, Iterable):
        raise InvalidTypeError(
            "credentials must be a list of codes or Credential objects, such as ['CPC', 'CCS'], "
            f"got {type_name(items)} {items!r}"
        )
    return tuple(sorted({rulebook.credential(item) for item in items}, key=lambda c: c.code))
