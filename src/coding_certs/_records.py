"""Rows into records: CEU activities and holders, every bad cell reported at its line.

An activity row is read on a fast path: each cell is read once per distinct
text (a log of millions of rows repeats a few dates, units and tags), and the
:class:`~coding_certs.CeuActivity` is filled with the values its converters
would produce, without running them again; ``tests/test_records.py`` proves
that the objects are the ones the constructor builds. A row with any problem
is read again on the precise path, which finds every problem of the row.

A roster comes in one of two forms, told apart by its header: one row per
holder with every credential in one cell (``credentials``:
``CPC:2019-05-10;CCS:2024-03-15``), or one row per holder and credential
(``credential`` and ``earned_on``). A row of the first form is read on a fast
path too (:meth:`HolderRows.fast_wide`): each ``CODE:DATE`` text once per roster,
and the :class:`~coding_certs.Holder` and its holdings made from what the reader
has checked (``_trusted``), which ``tests/test_records.py`` proves equal to the
holders the validated constructors make. Anything else goes the precise way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from coding_certs._activities import CeuActivity, HeldCredential, Holder, Renewals
from coding_certs._errors import (
    CodingCertsError,
    DataError,
    DataProblem,
    UnknownCredentialError,
    unknown_body,
)
from coding_certs._fields import (
    CellProblem,
    DateFormat,
    bodies_reader,
    read_date,
    read_flag,
    read_kind,
    read_tags,
    read_text,
    read_units,
)
from coding_certs._model import Credential
from coding_certs._rulebook import Rulebook
from coding_certs._skipped import SkippedCredential
from coding_certs._trusted import trusted
from coding_certs._validate import lookup_key

ACTIVITY_FIELDS: tuple[str, ...] = (
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
    "certificate",
)
ACTIVITY_REQUIRED: tuple[str, ...] = ("completed_on", "units", "kind", "title")
HOLDER_FIELDS: tuple[str, ...] = (
    "id",
    "name",
    "aapc_renewal",
    "renewals",
    "credentials",
    "credential",
    "earned_on",
)
#: Other names of a roster's columns: ``holder_id`` (as in a CEU log) is ``id``.
HOLDER_ALIASES: dict[str, str] = {"holder_id": "id", "code": "credential"}

# Distinct texts remembered per column; past this, cells are read without remembering.
_REMEMBERED = 100_000
_MISSING = object()
# The fast path fills these fields; if CeuActivity's fields change, it falls back to __init__.
_FAST = {field.name for field in attrs.fields(CeuActivity)} == set(ACTIVITY_FIELDS)


class _Remembered:
    """One column's reader, remembering what each distinct text reads as."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        self.read = read
        self.seen: dict[str, Any] = {}

    def __call__(self, value: object) -> Any:  # noqa: ANN401 -- the column's value
        if type(value) is str:
            found = self.seen.get(value, _MISSING)
            if found is _MISSING:
                found = self.read(value)
                if len(self.seen) < _REMEMBERED:
                    self.seen[value] = found
            return found
        return self.read(value)


def _required_text(value: object) -> str:
    text = read_text(value)
    if text is None:
        raise CellProblem("the cell is empty; every activity needs a title")
    return text


class ActivityRows:
    """Reads CEU-log rows (tuples in :data:`ACTIVITY_FIELDS` order) into activities.

    ``known_bodies``: the body codes a ``bodies`` cell may name (the rule book's), or
    ``None`` for any.
    """

    def __init__(self, date_format: DateFormat, known_bodies: frozenset[str] | None) -> None:
        ids, days, units, kinds, sponsors, flags, tags, bodies = self.remembered = (
            _Remembered(read_text),
            _Remembered(lambda value: read_date(value, date_format)),
            _Remembered(read_units),
            _Remembered(read_kind),
            _Remembered(read_text),
            _Remembered(read_flag),
            _Remembered(read_tags),
            _Remembered(bodies_reader(known_bodies)),
        )
        self.readers: tuple[Callable[[Any], Any], ...] = (
            ids,
            days,
            units,
            kinds,
            _required_text,
            sponsors,
            read_text,
            flags,
            tags,
            bodies,
            flags,
        )
        self.date_format = date_format
        #: The activity of a row; raises CellProblem at the first bad cell (the fast path).
        self.build: Callable[[tuple[Any, ...]], CeuActivity] = self._fast()

    def _fast(self) -> Callable[[tuple[Any, ...]], CeuActivity]:  # noqa: C901, PLR0915 -- unrolled: the hot loop of a reader
        """The fast path: one dictionary lookup per cell whose text was read before."""
        readers = self.readers
        ids, days, units_seen, kinds, sponsors, flags, tags_seen, bodies_seen = (
            r.seen for r in self.remembered
        )
        (r_id, r_day, r_units, r_kind, r_title, r_sponsor, r_number, r_pre, r_tags, r_bodies,
         r_cert) = readers  # fmt: skip
        missing = _MISSING
        new, cls = _new, CeuActivity
        # Each slot's own setter, bound once: faster than object.__setattr__ by name.
        slots: dict[str, Callable[[Any, Any], None]] = (
            {name: getattr(cls, name).__set__ for name in ACTIVITY_FIELDS}
            if _FAST
            else dict.fromkeys(ACTIVITY_FIELDS, _unused_setter)  # pragma: no cover -- unused then
        )
        set_day, set_units, set_kind, set_title, set_sponsor = (
            slots[name] for name in ("completed_on", "units", "kind", "title", "sponsor")
        )
        set_number, set_pre, set_tags, set_bodies, set_id = (
            slots[name]
            for name in ("index_number", "preapproved", "categories", "bodies", "holder_id")
        )
        set_cert = slots["certificate"]

        def build(values: tuple[Any, ...]) -> CeuActivity:  # noqa: C901 -- unrolled on purpose
            (v_id, v_day, v_units, v_kind, v_title, v_sponsor, v_number, v_pre, v_tags, v_bodies,
             v_cert) = values  # fmt: skip
            try:
                holder_id = ids.get(v_id, missing)
                day = days.get(v_day, missing)
                units = units_seen.get(v_units, missing)
                kind = kinds.get(v_kind, missing)
                sponsor = sponsors.get(v_sponsor, missing)
                pre = flags.get(v_pre, missing)
                cert = flags.get(v_cert, missing)
                tags = tags_seen.get(v_tags, missing)
                bodies = bodies_seen.get(v_bodies, missing)
            except TypeError:  # a JSON list: not a key
                holder_id = day = units = kind = sponsor = pre = cert = tags = bodies = missing
            if holder_id is missing:
                holder_id = r_id(v_id)
            if day is missing:
                day = r_day(v_day)
            if units is missing:
                units = r_units(v_units)
            if kind is missing:
                kind = r_kind(v_kind)
            if sponsor is missing:
                sponsor = r_sponsor(v_sponsor)
            if pre is missing:
                pre = r_pre(v_pre)
            if cert is missing:
                cert = r_cert(v_cert)
            if tags is missing:
                tags = r_tags(v_tags)
            if bodies is missing:
                bodies = r_bodies(v_bodies)
            title = v_title.strip() if type(v_title) is str else r_title(v_title)
            if not title:
                title = r_title(title)
            number = v_number.strip() or None if type(v_number) is str else r_number(v_number)
            if not _FAST:  # pragma: no cover -- only if CeuActivity's fields change
                return cls(
                    day, units, kind, title, sponsor=sponsor, index_number=number,
                    preapproved=pre, categories=tags, bodies=bodies, holder_id=holder_id,
                    certificate=cert,
                )  # fmt: skip
            activity = new(cls)
            set_day(activity, day)
            set_units(activity, units)
            set_kind(activity, kind)
            set_title(activity, title)
            set_sponsor(activity, sponsor)
            set_number(activity, number)
            set_pre(activity, pre)
            set_cert(activity, cert)
            set_tags(activity, tags)
            set_bodies(activity, bodies)
            set_id(activity, holder_id)
            return activity

        return build

    def problems(self, values: tuple[Any, ...]) -> list[tuple[str, str]]:
        """Every bad cell of a row, as ``(field, message)`` (the precise path)."""
        found = []
        for field, read, value in zip(ACTIVITY_FIELDS, self.readers, values, strict=True):
            if field in ACTIVITY_REQUIRED and (value is None or value == ""):
                found.append((field, f"the cell is empty; {_NEEDED[field]}"))
                continue
            try:
                read(value)
            except CellProblem as problem:
                found.append((field, problem.message))
        return found


_new = object.__new__


def _unused_setter(instance: object, value: object) -> None:  # pragma: no cover
    """Stands in for the slots' setters when the fast path is off (see _FAST)."""


_NEEDED = {
    "completed_on": "every activity needs the day it was completed",
    "units": "every activity needs its CEUs",
    "kind": "every activity needs its kind (approved-event, instruction, coursework or other)",
    "title": "every activity needs a title",
}


# --- Holders ----------------------------------------------------------------------------------


def _pairs(value: object, what: str) -> list[tuple[str, object]]:
    """``CODE:DATE;CODE:DATE`` (or a JSON list of such texts) as pairs."""
    items = value.split(";") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise CellProblem(f"expected text such as '{what}:2019-05-10;...' or a list, got {value!r}")
    pairs: list[tuple[str, object]] = []
    for item in items:
        if isinstance(item, str):
            if not item.strip():
                continue
            code, colon, day = item.partition(":")
            if not colon or not code.strip() or not day.strip():
                raise CellProblem(
                    f"expected CODE:YYYY-MM-DD such as '{what}:2019-05-10', got {item.strip()!r}"
                )
            pairs.append((code.strip(), day.strip()))
        elif isinstance(item, dict):
            pairs.append(_held_object(item))
        else:
            raise CellProblem(
                f"expected CODE:YYYY-MM-DD or an object with code and earned_on, got {item!r}"
            )
    return pairs


def _held_object(item: dict[str, Any]) -> tuple[Any, object]:
    """``{"code": ..., "earned_on": ...}`` or to_dict's ``{"credential": ..., ...}``."""
    code = item.get("code", item.get("credential"))
    unknown = set(item) - {"code", "credential", "earned_on"}
    if code is None or unknown:
        raise CellProblem(
            f"expected an object with code (or credential) and earned_on, got {item!r}"
        )
    return code, item.get("earned_on")


class HolderRows:
    """Reads roster rows (tuples in :data:`HOLDER_FIELDS` order) into holders."""

    def __init__(self, path: Path, names: Mapping[str, str], rulebook: Rulebook,
                 date_format: DateFormat, *, skip_unknown: bool = False) -> None:  # fmt: skip
        self.path = path
        self.names = names
        self.book = rulebook
        self.date = _Remembered(lambda value: read_date(value, date_format))
        self.codes: dict[str, Credential] = {}
        self.problems: list[DataProblem] = []
        #: Skip codes the rule book does not know (``unknown_credentials="skip"``)?
        self.skip_unknown = skip_unknown
        #: The codes skipped, in file order; the unknown codes refused, when not skipping.
        self.skipped: list[SkippedCredential] = []
        self.unknown: list[str] = []
        #: The holders with a code skipped, and those left out (no credential known).
        self.skipped_holders: set[str] = set()
        self.left_out: set[str] = set()
        #: The codes of the bodies the rule book knows (a renewal date names one).
        self.bodies = frozenset(body.code for body in rulebook.bodies)
        # The fast path's memory: each CODE:DATE text and each renewal date read once.
        self._held_seen: dict[str, tuple[HeldCredential, str] | None] = {}
        self._renewals_seen: dict[str, tuple[dt.date | None, Renewals]] = {}
        # An aapc_renewal of a book without AAPC is the precise path's to judge.
        self._knows_aapc = any(body.code == "AAPC" for body in rulebook.bodies)

    def fast_wide(self, values: tuple[Any, ...]) -> Holder | None:
        """A wide roster row's holder, or ``None`` when the row needs the precise path.

        Only text cells (CSV) with an id, credentials the rule book knows, each once,
        valid dates and no ``renewals`` cell take this path; it reports nothing, so a
        row it declines is read again by the precise path, which finds its problems.
        """
        v_id, v_name, v_aapc, v_renewals, v_held = values[:5]
        if not (
            type(v_id) is str
            and type(v_name) is str
            and type(v_aapc) is str
            and type(v_held) is str
            and v_renewals == ""
        ):
            return None
        holder_id = v_id.strip()
        renewals = self._fast_renewals(v_aapc)
        held = self._fast_held(v_held)
        if not holder_id or renewals is None or held is None:
            return None
        aapc, dates = renewals
        return _trusted_holder(holder_id, held, v_name.strip() or None, aapc, dates)

    def _fast_renewals(self, text: str) -> tuple[dt.date | None, Renewals] | None:
        """An ``aapc_renewal`` cell: its day and the renewals, or ``None`` for the precise path."""
        if not text:
            return _NO_RENEWALS
        if not self._knows_aapc:
            return None
        found = self._renewals_seen.get(text)
        if found is None:
            try:
                day: dt.date = self.date(text)
            except CellProblem:
                return None
            found = day, Renewals((("AAPC", day),))
            if len(self._renewals_seen) < _REMEMBERED:
                self._renewals_seen[text] = found
        return found

    def _fast_held(self, text: str) -> tuple[HeldCredential, ...] | None:
        """A ``credentials`` cell as holdings, each once, or ``None`` for the precise path."""
        held: list[HeldCredential] = []
        keys: set[str] = set()
        seen = self._held_seen
        for item in text.split(";") if text else ():
            if item in seen:
                found = seen[item]
            else:
                found = self._fast_item(item)
                if len(seen) < _REMEMBERED:
                    seen[item] = found
            if found is None:
                if item.strip():
                    return None
                continue  # an empty item (';;'), skipped as the precise path skips it
            holding, key = found
            if key in keys:
                return None
            keys.add(key)
            held.append(holding)
        return tuple(held)

    def _fast_item(self, item: str) -> tuple[HeldCredential, str] | None:
        """One ``CODE:DATE`` of a credentials cell, or ``None`` (empty, or for the precise path)."""
        code, colon, day = item.partition(":")
        code, day = code.strip(), day.strip()
        if not colon or not code or not day:
            return None
        credential = self.codes.get(code)
        if credential is None:
            try:
                credential = self.book.credential(code)
            except CodingCertsError:
                return None
            self.codes[code] = credential
        try:
            earned_on: dt.date = self.date(day)
        except CellProblem:
            return None
        # An apprentice code's credential has a designation: the holding's own check passes.
        holding = _trusted_held(credential, earned_on, credential.is_apprentice_code(code))
        return holding, lookup_key(credential.code)

    def problem(self, line: int, field: str | None, message: str) -> None:
        """Note a problem at ``line``; ``field`` is the reader's name, shown as the file's."""
        shown = None if field is None else self.shown(field)
        self.problems.append(DataProblem(self.path, line, shown, message))

    def shown(self, field: str) -> str:
        """A field (``credentials[1].credential``) as the file names its column."""
        base, _, rest = field.partition("[")
        return self.names.get(base, base) + (f"[{rest}" if rest else "")

    def credential(
        self, line: int, field: str, code: object, holder_id: str | None = None
    ) -> Credential | None:
        """The rule book's credential for a code (or for a credential written in full).

        ``None`` when there is none: a problem is noted, or, for a code the rule book
        does not know while skipping those, the code is noted in :attr:`skipped`.
        """
        if isinstance(code, dict):
            return self._written_in_full(line, field, code, holder_id)
        if not isinstance(code, str) or not code.strip():
            self.problem(line, field, f"expected a credential code such as 'CPC', got {code!r}")
            return None
        found = self.codes.get(code)
        if found is None:
            try:
                found = self.book.credential(code)
            except UnknownCredentialError as error:  # a str: nothing else is raised
                self._unknown(line, field, error, holder_id)
                return None
            self.codes[code] = found
        return found

    def _unknown(
        self, line: int, field: str, error: UnknownCredentialError, holder_id: str | None
    ) -> None:
        """A code the rule book does not know: skipped when asked, else a problem."""
        if self.skip_unknown and holder_id is not None:
            self.skipped.append(
                SkippedCredential(
                    error.code.strip(), holder_id, self.path, line, self.shown(field),
                    error.suggestions,
                )
            )  # fmt: skip
            self.skipped_holders.add(holder_id)
            return
        self.unknown.append(error.code.strip())
        self.problem(line, field, str(error))

    def _written_in_full(
        self, line: int, field: str, data: dict[str, Any], holder_id: str | None
    ) -> Credential | None:
        from coding_certs._convert import from_dict  # noqa: PLC0415 -- cattrs, only for this

        try:
            written = from_dict(Credential, data, rulebook=self.book)
            known = self.book.credential(written.code)
        except UnknownCredentialError as error:
            self._unknown(line, field, error, holder_id)
            return None
        except CodingCertsError as error:
            detail = error.problems[0].message if isinstance(error, DataError) else str(error)
            self.problem(line, field, detail)
            return None
        if known != written:
            self.problem(
                line,
                field,
                f"the credential {written.code} written here differs from the rule book's "
                f"{written.code}; write its code ({written.code!r}) to use the rule book's",
            )
            return None
        return known

    def day(self, line: int, field: str, value: object) -> dt.date | None:
        """A date cell, or None (and a problem)."""
        try:
            found: dt.date = self.date(value)
        except CellProblem as problem:
            self.problem(line, field, problem.message)
            return None
        return found

    def text(self, line: int, field: str, value: object) -> str | None:
        """A text cell, or None."""
        try:
            return read_text(value)
        except CellProblem as problem:
            self.problem(line, field, problem.message)
            return None

    def renewals(self, line: int, values: tuple[Any, ...]) -> dict[str, dt.date] | None:
        """The row's renewal dates by body (``renewals`` and the older ``aapc_renewal``)."""
        _, _, aapc, given, *_ = values
        renewals: dict[str, dt.date] = {}
        ok = True
        if given is not None and given != "":
            if isinstance(given, dict):
                pairs: list[tuple[Any, object]] = list(given.items())
            else:
                try:
                    pairs = _pairs(given, "AAPC")
                except CellProblem as problem:
                    self.problem(line, "renewals", problem.message)
                    pairs, ok = [], False
            for body, value in pairs:
                day = self.day(line, f"renewals[{body}]", value)
                ok = ok and day is not None
                code = str(body).strip().upper()
                if code not in self.bodies:
                    self.problem(line, f"renewals[{body}]", unknown_body(str(body), self.bodies))
                    ok = False
                elif day is not None:
                    renewals[code] = day
        if aapc is not None and aapc != "":
            day = self.day(line, "aapc_renewal", aapc)
            if day is None:
                return None
            if renewals.get("AAPC", day) != day:
                self.problem(
                    line,
                    "aapc_renewal",
                    f"{day} differs from the AAPC date in renewals ({renewals['AAPC']}); "
                    "give the date once",
                )
                return None
            renewals["AAPC"] = day
        return renewals if ok else None

    def holder(self, line: int, holder_id: str, held: list[HeldCredential],
               name: str | None, renewals: dict[str, dt.date]) -> Holder | None:  # fmt: skip
        """The holder, or None when the Holder's own rules refuse it (reported at ``line``)."""
        try:
            return Holder(holder_id, held, name=name, renewals=renewals)
        except CodingCertsError as error:
            self.problem(line, None, str(error))
            return None

    def held_list(
        self, line: int, value: object, holder_id: str | None = None
    ) -> list[HeldCredential] | None:
        """A wide roster's ``credentials`` cell as holdings, or None (problems noted).

        The codes skipped (see :meth:`credential`) are left out of the list.
        """
        if value is None:
            self.problem(line, "credentials", "required field is missing")
            return None
        if value == "":
            return []
        try:
            pairs = _pairs(value, "CPC")
        except CellProblem as problem:
            self.problem(line, "credentials", problem.message)
            return None
        held = []
        before = len(self.problems)
        for index, (code, earned_on) in enumerate(pairs):
            credential = self.credential(line, f"credentials[{index}].credential", code, holder_id)
            if earned_on is None or earned_on == "":
                self.problem(line, f"credentials[{index}].earned_on", "the date is missing")
                day = None
            else:
                day = self.day(line, f"credentials[{index}].earned_on", earned_on)
            if credential is not None and day is not None:
                apprentice = isinstance(code, str) and credential.is_apprentice_code(code)
                held.append(HeldCredential(credential, day, apprentice=apprentice))
        return held if len(self.problems) == before else None


_trusted_held = trusted(HeldCredential)
_trusted_holder = trusted(Holder)
_NO_RENEWALS: tuple[dt.date | None, Renewals] = (None, Renewals(()))


def same_code(code: str) -> str:
    """A credential code folded for comparison (case, spaces and dashes aside)."""
    return lookup_key(code)
