"""The ``assess`` report as an iCalendar file (RFC 5545) of the deadlines HR must not miss.

One all-day event per row shown that still has a deadline: the day the current cycle's
CEUs are due, or, for a cycle that ended unmet, the last day of its grace or inactive
period. A lapsed (revoked) credential has none. Each event's ``UID`` is derived from the
holder, the body, the kind of deadline and its day, so importing a newer file updates
the same events instead of adding copies; ``DTSTAMP`` is the day of the report, so one
report always gives the same bytes.

Built with the ``icalendar`` library (the ``ics`` extra: ``pip install
'coding-certs[ics]'``), imported only when this format is asked for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from coding_certs._errors import InvalidValueError
from coding_certs._report_html import what_to_do

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._assess import RosterReport

PRODID = "-//coding-certs//CEU deadlines//EN"


def _uid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@coding-certs"


def _event_of(record: dict[str, object]) -> tuple[str, dt.date, str] | None:
    """The deadline a row asks for: its kind, its day and its summary; ``None`` if none."""
    who = f"{record['holder_id']}" + (f" {record['name']}" if record["name"] else "")
    body = record["body"]
    if record["standing"] == "lapsed":
        return None
    if record["cycle"] == "unmet" and record["standing_until"]:
        day = dt.date.fromisoformat(str(record["standing_until"]))
        # The day is the last of the run of active (or inactive) phases: AAPC's grace lasts
        # 30 days and its late-fee window runs to day 90, so name the run, not one phase.
        what = (
            f"last day to make up {body} CEUs while still active"
            if record["standing"] == "grace"
            else f"last day of {body} inactive period"
        )
        phase = f", now {record['phase']}" if record.get("phase") == "late-fee" else ""
        return ("last-day", day, f"{who}: {what} ({record['remaining']} CEUs missing{phase})")
    day = dt.date.fromisoformat(str(record["due"]))
    if record["remaining"] == "0":
        return (
            "due",
            day,
            f"{who}: {body} CEUs due (met: {record['earned']} of {record['required']})",
        )
    return (
        "due",
        day,
        f"{who}: {body} CEUs due ({record['remaining']} of {record['required']} to go)",
    )


def ics_bytes(roster: RosterReport, records: Sequence[dict[str, object]]) -> bytes:
    """The calendar of ``records`` (plain rows, as the CSV has them), as UTF-8 bytes."""
    try:
        import icalendar  # noqa: PLC0415 -- an optional extra, loaded for this format only
    except ImportError as error:  # pragma: no cover -- the test environment has the extra
        raise InvalidValueError(
            "--format ics needs the icalendar package: pip install 'coding-certs[ics]'"
        ) from error
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"CEU deadlines as of {roster.as_of}")
    stamp = dt.datetime.combine(roster.as_of, dt.time(), tzinfo=dt.UTC)
    for record in records:
        found = _event_of(record)
        if found is None:
            continue
        kind, day, summary = found
        event = icalendar.Event()
        event.add("uid", _uid(str(record["holder_id"]), str(record["body"]), kind, str(day)))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add(
            "description",
            f"Standing on {roster.as_of}: {record['standing']}. To do: {what_to_do(record)}. "
            f"Cycle {record['cycle_start']} to {record['due']}."
            + (
                f" Held as an apprentice: {record['apprentice']}."
                if record.get("apprentice")
                else ""
            ),
        )
        event.add("categories", [str(record["standing"])])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
