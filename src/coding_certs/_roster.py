"""A whole roster against one CEU log: grouped once, each holder assessed once."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Iterator

from coding_certs._activities import CeuActivity, Holder
from coding_certs._collector import collector_paused
from coding_certs._decimals import exact, exact_context
from coding_certs._engine import assess_checked, check_history, checked_rulebook, in_log_order
from coding_certs._errors import (
    InvalidTypeError,
    InvalidValueError,
)
from coding_certs._results import ComplianceReport, RosterReport
from coding_certs._rulebook import Rulebook
from coding_certs._skipped import Holders
from coding_certs._validate import (
    to_date,
    type_name,
)


@exact
def assess_roster(  # noqa: PLR0913 -- the options after * are keyword-only
    holders: Iterable[Holder],
    activities: Iterable[CeuActivity] = (),
    *,
    as_of: dt.date | str | None = None,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
    unknown_holders: str = "error",
    progress: Callable[[int, int], object] | None = None,
    pause_gc: bool = False,
) -> RosterReport:
    """Assess every holder of a roster against one CEU log.

    Each activity must name its holder (``holder_id``); the log is grouped once,
    so the work grows with the size of the roster and the log, not their product.

    Holders read with ``read_holders(..., unknown_credentials="skip")`` know who was left
    out (:attr:`~coding_certs.Holders.left_out`: none of their credentials is known): the
    CEUs of those holders are dropped with them, as the command's
    ``--unknown-credentials skip`` drops them, whatever ``unknown_holders`` says; CEUs of
    anyone else not on the roster are still strangers.

    Args:
        holders: the roster; a :class:`~coding_certs.Holders` also says who was left out.
        activities: the CEU log of the whole roster.
        as_of: the day of the assessment (default: today).
        history: see :func:`assess`.
        rulebook: see :func:`assess`.
        unknown_holders: what to do with activities whose ``holder_id`` is not
            on the roster (nor left out by the reader): ``"error"`` (the default: a
            mistyped id must not silently cost a coder their CEUs) or ``"ignore"``
            (a log that also holds people who left).
        progress: called as ``progress(done, total)`` after each holder, to
            show progress on long runs.
        pause_gc: ``True`` pauses Python's cyclic garbage collector for the
            call (then leaves it enabled or disabled as it was found). The
            roster's objects hold no reference cycles, so the collector would
            only walk them again and again: pausing it saves about a fifth of
            the time on large rosters. It is off by default because it is a
            global side effect: other threads of the process run without the
            collector meanwhile. The command-line tool pauses it for its run.

    Raises:
        InvalidValueError: two holders share an id, an activity names no
            holder (in a roster it would belong to no one in particular), or
            activities name holders who are not on the roster.
        InvalidTypeError: an argument of the wrong type.
        UnknownBodyError: a holder's ``renewals`` name a body the rule book
            does not know.
    """
    if not isinstance(pause_gc, bool):
        raise InvalidTypeError(
            f"pause_gc must be True or False, got {type_name(pause_gc)} {pause_gc!r}"
        )
    # The log grouped and the reports hold no reference cycles, so while they pile up the cyclic
    # garbage collector would only walk the roster and the log again and again: the caller may
    # pause it meanwhile (a global side effect, so only when asked).
    with collector_paused() if pause_gc else contextlib.nullcontext():
        day, reports = _reports(holders, activities, as_of, history, rulebook, unknown_holders)
        done = []
        # This runs in the library's decimal context (@exact) already.
        for report in reports.one_by_one(own_context=False):
            done.append(report)
            if progress is not None:
                progress(len(done), len(reports))
    return RosterReport(as_of=day, reports=tuple(done))


def roster_reports(  # noqa: PLR0913 -- assess_roster's options
    holders: Iterable[Holder],
    activities: Iterable[CeuActivity] = (),
    *,
    as_of: dt.date | str | None = None,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
    unknown_holders: str = "error",
) -> tuple[dt.date, Reports]:
    """:func:`assess_roster`, one holder at a time: the day, and the reports to come.

    Every argument is checked and the log grouped before this returns, with the errors
    of :func:`assess_roster`; the reports are then made one by one as they are asked
    for, each in the library's decimal context, so that a caller writing each one out
    (the command's CSV report) need not hold them all. Iterated once.
    """
    with exact_context():
        return _reports(holders, activities, as_of, history, rulebook, unknown_holders)


class Reports:
    """A roster's reports, made one holder at a time (see :func:`roster_reports`)."""

    def __init__(
        self,
        roster: list[Holder],
        by_holder: dict[str, list[CeuActivity]],
        book: Rulebook,
        day: dt.date,
        history: int | None,
    ) -> None:
        self.roster = roster
        self.by_holder = by_holder
        self.book = book
        self.day = day
        self.history = history
        self._begun = False

    def __len__(self) -> int:
        return len(self.roster)

    def parts(self, count: int) -> list[Reports]:
        """The roster cut into ``count`` runs of holders in roster order, as even as can be.

        Each part makes its holders' reports as this would (the log grouped and checked
        once, here); together, in order, they are this roster's reports. A part shares
        the grouped log with this one, so only one of them is iterated in one process
        (the command gives each to its own worker process).
        """
        if self._begun:
            msg = "a roster's reports are made once; call roster_reports again"
            raise RuntimeError(msg)
        self._begun = True
        size, extra = divmod(len(self.roster), count)
        parts = []
        start = 0
        for index in range(count):
            stop = start + size + (index < extra)
            part = self.roster[start:stop]
            parts.append(Reports(part, self.by_holder, self.book, self.day, self.history))
            start = stop
        return parts

    def __iter__(self) -> Iterator[ComplianceReport]:
        return self.one_by_one(own_context=True)

    def one_by_one(self, *, own_context: bool) -> Iterator[ComplianceReport]:
        """Each holder's report, in roster order; each holder's log is let go once used.

        ``own_context``: make each in the library's decimal context (``False`` when the
        caller runs in it already).
        """
        if self._begun:  # each holder's log is let go as it is used: a second pass has none
            msg = "a roster's reports are made once; call roster_reports again"
            raise RuntimeError(msg)
        self._begun = True
        return self._made(own_context=own_context)

    def _made(self, *, own_context: bool) -> Iterator[ComplianceReport]:
        book, day, history, by_holder = self.book, self.day, self.history, self.by_holder
        for holder in self.roster:
            # The holders and the log are checked and grouped: each holder's log need only
            # be put in order.
            own = by_holder.pop(holder.id, None)
            log = () if own is None else in_log_order(own)
            if own_context:
                with exact_context():
                    report = assess_checked(book, holder, log, day, history)
            else:
                report = assess_checked(book, holder, log, day, history)
            del own, log
            yield report


def _reports(  # noqa: PLR0913, PLR0917 -- assess_roster's arguments
    holders: Iterable[Holder],
    activities: Iterable[CeuActivity],
    as_of: dt.date | str | None,
    history: int | None,
    rulebook: Rulebook | None,
    unknown_holders: str,
) -> tuple[dt.date, Reports]:
    """Every check of :func:`assess_roster`, the log grouped: the day and the reports to make."""
    if unknown_holders not in {"error", "ignore"}:
        raise InvalidValueError(
            f"unknown_holders must be 'error' or 'ignore', got {unknown_holders!r}"
        )
    roster, seen = _roster(holders)
    # Left out by the reader, and not on the roster after all: their CEUs go with them.
    left_out = holders.left_out - seen if isinstance(holders, Holders) else frozenset()
    if isinstance(activities, CeuActivity | str) or not isinstance(activities, Iterable):
        raise InvalidTypeError(
            f"activities must be a list of CeuActivity, got {type_name(activities)} {activities!r}"
        )
    by_holder = _group_by_holder(activities)
    for holder_id in left_out & by_holder.keys():
        del by_holder[holder_id]
    strangers = set(by_holder) - seen
    if strangers and unknown_holders == "error":
        raise InvalidValueError(_strangers_message(strangers, by_holder, seen))
    book = checked_rulebook(rulebook)
    day = dt.date.today() if as_of is None else to_date(as_of, what="as_of")
    check_history(history)
    return day, Reports(roster, by_holder, book, day, history)


#: The "did you mean" hint compares at most this many unknown ids with the roster, and the
#: message lists at most this many: a log of thousands of strangers must not take minutes.
HINTED_STRANGERS = 20


def _strangers_message(
    strangers: set[str], by_holder: dict[str, list[CeuActivity]], roster_ids: set[str]
) -> str:
    folded = {holder_id.casefold(): holder_id for holder_id in roster_ids}
    candidates = sorted(roster_ids)
    named = sorted(strangers)
    parts = []
    for holder_id in named[:HINTED_STRANGERS]:
        count = len(by_holder[holder_id])
        close = folded.get(holder_id.casefold()) or next(
            iter(difflib.get_close_matches(holder_id, candidates, n=1)), None
        )
        hint = f"; did you mean {close!r}?" if close else ""
        parts.append(f"{holder_id!r} ({count} activit{'y' if count == 1 else 'ies'}{hint})")
    if len(named) > HINTED_STRANGERS:
        parts.append(f"and {len(named) - HINTED_STRANGERS} more")
    return (
        f"the CEU log names {len(strangers)} holder{'s' if len(strangers) != 1 else ''} who "
        f"{'are' if len(strangers) != 1 else 'is'} not on the roster: {', '.join(parts)}. "
        "Their CEUs would count for no one: fix the ids, or ask to ignore unknown holders "
        "(unknown_holders='ignore'; the command's --unknown-holders ignore)"
    )


def _roster(holders: Iterable[Holder]) -> tuple[list[Holder], set[str]]:
    """The roster as a list, and its ids; refuses what is not a Holder and repeated ids."""
    if isinstance(holders, Holder | str) or not isinstance(holders, Iterable):
        raise InvalidTypeError(
            f"holders must be a list of Holder, got {type_name(holders)} {holders!r}"
        )
    roster = list(holders)
    seen: set[str] = set()
    for index, holder in enumerate(roster):
        if not isinstance(holder, Holder):
            raise InvalidTypeError(
                f"holders[{index}] must be a Holder, got {type_name(holder)} {holder!r}"
            )
        if holder.id in seen:
            raise InvalidValueError(f"holders[{index}]: holder id {holder.id!r} appears twice")
        seen.add(holder.id)
    return roster, seen


def _group_by_holder(activities: Iterable[CeuActivity]) -> dict[str, list[CeuActivity]]:
    """The log grouped by ``holder_id``; refuses what is not an activity or names no holder."""
    by_holder: dict[str, list[CeuActivity]] = {}
    for index, activity in enumerate(activities):
        if not isinstance(activity, CeuActivity):
            raise InvalidTypeError(
                f"activities[{index}] must be a CeuActivity, got {type_name(activity)} {activity!r}"
            )
        holder_id = activity.holder_id
        own = by_holder.get(holder_id)  # type: ignore[arg-type]  # None is refused below
        if own is not None:
            own.append(activity)
            continue
        if holder_id is None:
            raise InvalidValueError(
                f"activities[{index}] ({activity.title!r}) names no holder_id; in a roster "
                "every activity must say whose it is"
            )
        by_holder[holder_id] = [activity]
    return by_holder
