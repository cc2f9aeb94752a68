"""Reading rule books: the TOML format, the shipped book, and :func:`load_rulebook`.

The rule book shipped with the package is ``coding_certs/data/rules.toml``; it
is read once, validated, and used by every module-level function. A user can
read their own file in the same format with :func:`load_rulebook` (an
employer's stricter policy, a body the library does not know yet) and call the
same methods on it, without waiting for a release. The format is described in
:doc:`/rulebook-format`.

A file is checked as a whole: every entry is read, and every problem found
comes back at once in one :class:`~coding_certs.RulebookError`, each with its
entry (``credentials[12].body``), the way cattrs reports structuring errors.
A body with credentials must have a requirement, a cycle rule and an
unmet-cycle rule for every day its requirements are in force.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from dateutil.relativedelta import relativedelta

from coding_certs._errors import InvalidTypeError, RulebookError
from coding_certs._model import Credential, Focus, IssuingBody, Setting, Source
from coding_certs._requirement_kinds import (
    FlatRequirement,
    HighestPlusIncrement,
    PerCredentialSum,
    RequirementRule,
)
from coding_certs._rulebook_cache import read_toml
from coding_certs._rulebook_reader import FORMAT_VERSION, Reader
from coding_certs._rules import CategoryMinimum, CycleRule, LapsePhase, LapseRule, NoticeRule
from coding_certs._ruleset import Rulebook, unique_credentials
from coding_certs._ruleset_checks import completeness_problems
from coding_certs._tiers import CeuTier, CeuTierTable
from coding_certs._validate import type_name

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["FORMAT_VERSION", "Rulebook", "default_rulebook", "load_rulebook", "unique_credentials"]

RuleU = TypeVar("RuleU", CycleRule, LapseRule, CategoryMinimum, NoticeRule)


_READABLE_VERSIONS = (1, 2)

_MAX_CYCLE_YEARS = 10


# --- Reading a rule-book file ----------------------------------------------


def _read_document(document: Mapping[str, Any], path: Path | None) -> Rulebook:
    reader = Reader(path)
    version = document.get("format")
    if isinstance(version, bool) or version not in _READABLE_VERSIONS:
        raise reader.fail(
            "format", f"expected format = {FORMAT_VERSION} (or 1, still read), got {version!r}"
        )
    reader.version = version
    # Each section is read even when an earlier one failed, so every problem is reported.
    sources: dict[str, Source] = {}
    bodies: dict[str, IssuingBody] = {}
    credentials: tuple[Credential, ...] = ()
    tables: tuple[CeuTierTable, ...] = ()
    cycle_rules: tuple[CycleRule, ...] = ()
    lapse_rules: tuple[LapseRule, ...] = ()
    minimums: tuple[CategoryMinimum, ...] = ()
    notices: tuple[NoticeRule, ...] = ()
    with reader.entry():
        sources = _read_sources(reader, document)
    with reader.entry():
        bodies = _read_bodies(reader, document, sources)
    with reader.entry():
        credentials = _read_credentials(reader, document, sources, bodies)
    requirements: tuple[RequirementRule, ...] = ()
    if reader.version == 1:
        with reader.entry():
            tables = _read_tier_tables(reader, document, sources, bodies)
        for key in ("requirements",):
            if key in document:
                reader.problems.append(
                    (key, f"[[{key}]] needs format = 2; this file says format = 1")
                )
    else:
        if "tier_tables" in document:
            reader.problems.append(
                (
                    "tier_tables",
                    (
                        "format 2 writes tier tables as [[requirements]] entries with "
                        'kind = "tiered" (and the cycle length as years in [[cycle_rules]]); '
                        "see the migration in the rule-book format documentation"
                    ),
                )
            )
        with reader.entry():
            requirements = _read_requirements(reader, document, sources, bodies)
    with reader.entry():
        cycle_rules = _read_rules(reader, document, "cycle_rules", CycleRule, sources, bodies)
    with reader.entry():
        lapse_rules = _read_rules(reader, document, "lapse_rules", LapseRule, sources, bodies)
    with reader.entry():
        minimums = _read_rules(reader, document, "minimums", CategoryMinimum, sources, bodies)
    with reader.entry():
        notices = _read_rules(reader, document, "notices", NoticeRule, sources, bodies)
    if reader.problems:
        raise RulebookError.of(reader.problems, path=path)
    book = Rulebook(
        bodies=tuple(bodies.values()),
        credentials=credentials,
        tier_tables=tables,
        requirements=requirements,
        cycle_rules=cycle_rules,
        lapse_rules=lapse_rules,
        minimums=minimums,
        notices=notices,
        path=path,
    )
    problems = completeness_problems(book)
    if problems:
        raise RulebookError.of(problems, path=path)
    return book


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
    "ceus",
    "replaces",
    "apprentice",
    "apprentice_rule",
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


def _read_sources(reader: Reader, document: Mapping[str, Any]) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for source_id, raw in reader.table(document.get("sources", {}), "sources").items():
        with reader.entry({"id": f"sources.{source_id}"}, "id"):
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
    reader: Reader, document: Mapping[str, Any], sources: Mapping[str, Source]
) -> dict[str, IssuingBody]:
    bodies: dict[str, IssuingBody] = {}
    for index, raw in enumerate(reader.array(document, "bodies", "bodies")):
        with reader.entry(raw, "code"):
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
    reader: Reader,
    document: Mapping[str, Any],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[Credential, ...]:
    credentials = []
    for index, raw in enumerate(reader.array(document, "credentials", "credentials")):
        with reader.entry():
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
                    ceus=reader.units(data, "ceus", entry),
                    replaces=reader.texts(data, "replaces", entry),
                    apprentice=reader.text(data, "apprentice", entry, required=False),
                    apprentice_rule=reader.text(data, "apprentice_rule", entry, required=False),
                )
            )
    return tuple(credentials)


def _read_tiers(reader: Reader, data: Mapping[str, Any], entry: str) -> tuple[CeuTier, ...]:
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
    reader: Reader,
    document: Mapping[str, Any],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[CeuTierTable, ...]:
    tables = []
    for index, raw in enumerate(reader.array(document, "tier_tables", "tier_tables")):
        with reader.entry():
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


_REQUIREMENT_KEYS = frozenset(
    {
        "body",
        "kind",
        "edition",
        "title",
        "effective_from",
        "superseded_on",
        "judged_by",
        "sources",
        "assumptions",
    }
)
_KIND_KEYS: dict[str, frozenset[str]] = {
    "tiered": frozenset({"tiers"}),
    "highest-plus": frozenset({"increment", "cap", "units"}),
    "per-credential": frozenset({"shared", "units"}),
    "flat": frozenset({"units"}),
}


def _units_by_code(reader: Reader, data: Mapping[str, Any], entry: str) -> dict[str, object]:
    if "units" not in data:
        return {}
    table = reader.table(data["units"], f"{entry}.units")
    return {code: reader.units(table, code, f"{entry}.units") for code in table}


def _read_requirements(
    reader: Reader,
    document: Mapping[str, Any],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[RequirementRule, ...]:
    editions: list[RequirementRule] = []
    for index, raw in enumerate(reader.array(document, "requirements", "requirements")):
        with reader.entry():
            entry = f"requirements[{index}]"
            data = reader.table(raw, entry)
            kind = reader.choice(data, "kind", entry, {k: k for k in _KIND_KEYS}, required=True)
            reader.only(data, entry, _REQUIREMENT_KEYS | _KIND_KEYS[kind])
            common: dict[str, Any] = {
                "body": reader.choice(data, "body", entry, bodies, required=True),
                "title": reader.text(data, "title", entry),
                "effective_from": reader.day(data, "effective_from", entry),
                "superseded_on": reader.day(data, "superseded_on", entry, required=False),
                "sources": reader.sources(data, entry, sources),
                "assumptions": reader.texts(data, "assumptions", entry),
            }
            if "judged_by" in data:  # else the edition's default, the cycle's first day
                common["judged_by"] = reader.text(data, "judged_by", entry)
            name = reader.text(data, "edition", entry)
            if kind == "tiered":
                found = reader.build(
                    entry,
                    CeuTierTable,
                    edition=name,
                    tiers=_read_tiers(reader, data, entry),
                    **common,
                )
            elif kind == "flat":
                units = reader.units(data, "units", entry)
                if units is None:
                    raise reader.fail(entry, "missing 'units': the CEUs every holder owes")
                found = reader.build(entry, FlatRequirement, name=name, units=units, **common)
            elif kind == "highest-plus":
                found = reader.build(
                    entry,
                    HighestPlusIncrement,
                    name=name,
                    increment=reader.units(data, "increment", entry),
                    cap=reader.units(data, "cap", entry),
                    units=_units_by_code(reader, data, entry),
                    **common,
                )
            else:
                found = reader.build(
                    entry,
                    PerCredentialSum,
                    name=name,
                    shared=reader.flag(data, "shared", entry),
                    units=_units_by_code(reader, data, entry),
                    **common,
                )
            editions.append(found)
    return tuple(editions)


_RULE_FIELDS: dict[type, dict[str, str]] = {
    # The keys each engine rule takes besides the common ones, and their TOML kinds.
    CycleRule: {
        "anchor": "text",
        "years": "count",
        "first_cycle": "text",
        "renewal_month_either": "flag",
        "requires_index_number": "flag",
        "accepts_certificate": "flag",
        "instruction_needs_preapproval": "flag",
        "due_on_anniversary": "flag",
        "parity": "text",
        "activity_cap": "units",
        "activity_cap_exempt": "texts",
        "course_counts": "text",
        "prorate_by": "text",
        "prorate_step": "units",
        "prorate_rounding": "text",
    },
    LapseRule: {
        "phases": "phases",
        "grace_months": "count",
        "grace_days": "count",
        "inactive_days": "count",
        "judged_by": "text",
    },
    NoticeRule: {"title": "text", "days": "count", "judged_by": "text"},
    CategoryMinimum: {
        "category": "text",
        "credential": "text",
        "units": "units",
        "share": "units",
        "judged_by": "text",
        "when_held_alone": "flag",
        "excludes": "texts",
        "each_year": "flag",
        "pool": "text",
    },
}
_COMMON_RULE_KEYS = frozenset(
    {"body", "name", "effective_from", "superseded_on", "sources", "assumptions"}
)


def _rule_value(reader: Reader, data: Mapping[str, Any], name: str, kind: str, entry: str) -> Any:  # noqa: ANN401 -- the value's type depends on kind
    value = data[name]
    if kind == "flag":
        return reader.flag(data, name, entry)
    if kind == "text":
        return reader.text(data, name, entry)
    if kind == "texts":
        return reader.texts(data, name, entry)
    if kind == "units" and isinstance(value, float):
        raise reader.fail(
            f"{entry}.{name}",
            f'expected a string such as "0.8" or an integer, got the float {value!r}',
        )
    if kind == "count" and (isinstance(value, bool) or not isinstance(value, int)):
        raise reader.fail(f"{entry}.{name}", f"expected a whole number, got {value!r}")
    if kind == "phases":
        return tuple(
            _read_phase(reader, item, f"{entry}.{name}[{index}]")
            for index, item in enumerate(reader.array(data, name, entry))
        )
    return value


def _read_phase(reader: Reader, raw: object, entry: str) -> LapsePhase:
    data = reader.table(raw, entry)
    reader.only(data, entry, ("name", "days", "months", "active"))
    for key in ("days", "months"):
        value = data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int):
            raise reader.fail(f"{entry}.{key}", f"expected a whole number, got {value!r}")
    if not isinstance(data.get("active", True), bool):
        raise reader.fail(f"{entry}.active", f"expected true or false, got {data['active']!r}")
    return reader.build(  # type: ignore[no-any-return]
        entry,
        LapsePhase,
        name=reader.text(data, "name", entry),
        days=data.get("days", 0),
        months=data.get("months", 0),
        active=data.get("active", True),
    )


def _read_rules(  # noqa: PLR0913, PLR0917 -- one argument per piece of context the reader needs
    reader: Reader,
    document: Mapping[str, Any],
    key: str,
    rule_class: type[RuleU],
    sources: Mapping[str, Source],
    bodies: Mapping[str, IssuingBody],
) -> tuple[RuleU, ...]:
    rules = []
    fields = _RULE_FIELDS[rule_class]
    for index, raw in enumerate(reader.array(document, key, key, required=False)):
        with reader.entry():
            entry = f"{key}[{index}]"
            data = reader.table(raw, entry)
            unknown = set(data) - _COMMON_RULE_KEYS - set(fields)
            if unknown:
                raise reader.fail(
                    entry,
                    f"unexpected keys {sorted(unknown)}; expected some of "
                    f"{sorted(_COMMON_RULE_KEYS | set(fields))}",
                )
            if rule_class is CycleRule and reader.version >= 2 and "years" not in data:
                raise reader.fail(
                    entry, "missing 'years': format 2 gives each cycle rule its length (1 or 2)"
                )
            values = {
                name: _rule_value(reader, data, name, kind, entry)
                for name, kind in fields.items()
                if name in data
            }
            if (
                rule_class is CycleRule
                and reader.version == 1
                and data.get("anchor") == "membership-renewal"
                and "parity" not in data
            ):
                # Format 1 had no parity key: its membership-renewal cycles were AAPC's.
                values["parity"] = "month"
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
    import tomllib  # noqa: PLC0415 -- the shipped book's parse is kept (_rulebook_cache)
    from pathlib import Path  # noqa: PLC0415 -- only a user's own rule book needs it

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
    # A plain file next to this module (wheels install unzipped): importlib.resources and
    # pathlib would cost the first use more than reading the file does.
    # Its TOML is parsed once and the parse kept, as bytecode is (see _rulebook_cache).
    shipped = os.path.join(os.path.dirname(__file__), "data", "rules.toml")  # noqa: PTH118, PTH120
    return _read_document(read_toml(shipped), None)
