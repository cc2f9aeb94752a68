"""The reader of one rule-book document: typed values, with the file and entry in every error.

:class:`Reader` reads TOML values (texts, dates, CEUs, flags, choices, sources)
and keeps every problem it finds, entry by entry, so that a whole file's
problems come back at once (see :mod:`coding_certs._rulebook`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from coding_certs._errors import CodingCertsError, RulebookError
from coding_certs._ruleset_checks import Problem
from coding_certs._validate import type_name

if TYPE_CHECKING:
    from pathlib import Path

    from coding_certs._model import Source

FORMAT_VERSION = 2
"""The version of the rule-book file format this release writes about; it reads 1 and 2."""


class Skipped(Exception):  # noqa: N818 -- not an error: a control-flow signal
    """An entry names one that already failed: skip it, the first problem says enough."""


class Reader:
    """Reads one rule-book document, naming the file and the entry in every error."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.version = FORMAT_VERSION
        # Ids of entries that failed: what names them is skipped, not reported again.
        self.broken: set[str] = set()

    @contextlib.contextmanager
    def entry(self, data: object = None, key: str = "") -> Iterator[None]:
        """Read one entry: a problem in it is kept, and reading goes on with the next.

        When the entry fails, its ``key`` (its ``code``, say), if readable, is
        remembered as broken, so that entries naming it are not reported too.
        """
        try:
            yield
        except Skipped:
            pass
        except RulebookError as error:
            self.problems.extend(error.problems)
            if isinstance(data, dict) and isinstance(data.get(key), str):
                self.broken.add(data[key])

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
        if value not in allowed and value in self.broken:
            raise Skipped
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

    def units(self, data: Mapping[str, Any], key: str, entry: str) -> object:
        """CEUs as a string or an integer, never a float; ``None`` when absent."""
        value = data.get(key)
        if isinstance(value, float):
            raise self.fail(
                f"{entry}.{key}",
                f'expected CEUs as a string such as "30" or an integer, got the float {value!r} '
                "(floats are not exact)",
            )
        if isinstance(value, bool) or not (value is None or isinstance(value, str | int)):
            raise self.fail(
                f"{entry}.{key}", f'expected CEUs as a string such as "30", got {value!r}'
            )
        return value

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
            if source_id not in known and f"sources.{source_id}" in self.broken:
                raise Skipped
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
