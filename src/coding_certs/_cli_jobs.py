"""``assess --jobs``: parts of a roster made in worker processes, the results in order.

The command reads the roster and the CEU log, checks and groups them once (in this
process), then cuts the roster into runs of holders (``_roster``'s ``parts``). On Linux
each part but the first is made in a child process started by ``fork``: the child sees
the files already read, shared copy-on-write, so nothing is sent to it; it sends back
only what its part made (the report's lines). The first part is made here meanwhile.

A child never reports an error itself: a part that failed in its child, for whatever
reason (bad input such as a cycle with no rule in force, a crash, a result that cannot be
sent back), is made again in this process, in roster order, after the parts before it.
So the error raised is the one, with the same message, that one process would raise,
and a part whose child died is made all the same. Nothing is written before every part
is made: the command's report appears whole or not at all, as with one process.

Elsewhere than on Linux (no ``fork``, or one that system libraries do not survive, as on
macOS) the command runs in one process.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import sys
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from multiprocessing.connection import Connection

P = TypeVar("P")
R = TypeVar("R")

AUTO = "auto"
#: ``--jobs auto`` gives each process at least this many holders: below, the time a
#: process takes to start and to send its part back is not won back.
MIN_PART = 1000
#: The most processes ``--jobs`` takes.
MAX_JOBS = 256


def jobs_value(text: str) -> int | None:
    """``--jobs``: ``auto`` (``None``), or a whole number of processes from 1 to MAX_JOBS.

    >>> jobs_value("auto"), jobs_value(" 4 ")
    (None, 4)
    """
    word = text.strip().lower()
    if word == AUTO:
        return None
    if word.isascii() and word.isdigit() and len(word) <= len(str(MAX_JOBS)):
        number = int(word)
        if 1 <= number <= MAX_JOBS:
            return number
    msg = f"expected auto or a number of processes from 1 to {MAX_JOBS}, got {text!r}"
    raise argparse.ArgumentTypeError(msg)


def add_jobs_option(command: argparse.ArgumentParser) -> None:
    """``--jobs``: how many processes make the CSV report."""
    command.add_argument(
        "--jobs",
        type=jobs_value,
        default=None,
        metavar="N",
        help=(
            "how many processes assess the roster for --format csv: a number, or auto "
            f"(default: the cores this process may use, one per {MIN_PART:,} holders at "
            "most, so a small roster runs in one). The report is the same whatever N; "
            "worker processes are started on Linux only, elsewhere one process runs"
        ),
    )


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system says it)."""
    counted: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if counted is not None:  # pragma: no cover -- Python 3.13 and later
        return counted() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1  # pragma: no cover -- systems without affinity (macOS)


def can_fork() -> bool:
    """Whether worker processes can share what was read: Linux's ``fork``."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def processes(requested: int | None, holders: int) -> tuple[int, str | None]:
    """How many processes make a roster of ``holders`` for ``--jobs requested``.

    ``None`` asks for ``auto``. Never more processes than holders; with a note to show
    when more than one was asked for and only one can run.
    """
    if requested is None:
        return (max(1, min(available_cores(), holders // MIN_PART)) if can_fork() else 1), None
    if requested > 1 and not can_fork():
        return 1, (
            f"coding-certs: --jobs {requested}: worker processes are started on Linux only; "
            "the report was made in one process"
        )
    return max(1, min(requested, holders)), None


def in_processes(
    make: Callable[[P], R], parts: Sequence[P], *, first: Callable[[P], R] | None = None
) -> list[R]:
    """``make(part)`` of each part, in order: the first here, each other in a forked child.

    ``first`` makes the first part instead of ``make`` (the one that may show progress).
    A part whose child failed is made again here, after the parts before it (see the
    module's text), so any error is raised as one process would raise it.
    """
    context = multiprocessing.get_context("fork")
    children: list[tuple[Any, Connection]] = []
    finished = False
    try:
        for part in parts[1:]:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(make, part, send), daemon=True)
            child.start()
            send.close()
            children.append((child, receive))
        made = [(first or make)(parts[0])]
        made.extend(
            _received(receive, make, part)
            for part, (_, receive) in zip(parts[1:], children, strict=True)
        )
        finished = True
        return made
    finally:
        for child, receive in children:
            receive.close()
            if not finished:  # an error here: the parts after it are not wanted
                child.terminate()
            child.join()


def _received(receive: Connection, make: Callable[[P], R], part: P) -> R:
    """What the child made of ``part``; made again here if the child failed."""
    try:
        done, made = receive.recv()
    except Exception:  # noqa: BLE001 -- the child died or sent what cannot be read: make it here
        done, made = False, None
    if done:
        return made  # type: ignore[no-any-return]  # the child's make(part)
    return make(part)


def _child(make: Callable[[P], R], part: P, send: Connection) -> None:  # pragma: no cover
    """In the child (coverage cannot see it): make the part, send it, end at once.

    Any failure is sent as ``(False, None)``: the parent makes the part again to raise the
    error itself. ``os._exit`` ends the child without running what the parent had set to
    run at its own exit, nor flushing output buffers copied from it.
    """
    try:
        message: tuple[bool, object] = (True, make(part))
    except BaseException:  # noqa: BLE001 -- the parent raises it, making the part again
        message = (False, None)
    try:
        send.send(message)
    except BaseException:  # noqa: BLE001 -- a result that cannot be sent: the parent makes it
        with contextlib.suppress(BaseException):
            send.send((False, None))
    os._exit(0)
