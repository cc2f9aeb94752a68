"""Shared test configuration: the Hypothesis profiles and the no-skips rule of CI.

Two Hypothesis profiles, chosen by the environment:

- ``ci``, thorough: 200 examples per property, no deadline and no ``too_slow``
  health check (a busy shared machine must not turn into a flaky test), no
  example database (a fresh clone has none to replay), and a reproduction blob
  printed with every failure. ``scripts/check`` (so CI) selects it with
  ``HYPOTHESIS_PROFILE=ci``; it is also the default when ``CI`` is set.
- ``dev``, quick: 10 examples per property for a developer's loop, health
  checks on. It is the default on a developer's machine.

``HYPOTHESIS_PROFILE`` always wins. Properties that found real defects keep
their strength in both profiles with an explicit ``@settings(max_examples=...)``.

With ``CODING_CERTS_NO_SKIPS=1`` (set by ``scripts/check``, where every extra
is installed), a run in which any test or module was skipped fails: a skip
there means a missing dependency hides tests.

Test ids must be the same in every process (pytest-xdist compares them): an id
holding a memory address is refused at collection; ``tests/ids.py`` has
``stable_id`` for ``parametrize(..., ids=stable_id)``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from ids import unstable_ids
from no_skips import NoSkips

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
    print_blob=True,
)
settings.register_profile("dev", max_examples=10, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def pytest_configure(config: pytest.Config) -> None:
    """Fail the run on any skip when ``CODING_CERTS_NO_SKIPS=1`` (in the main process only)."""
    if os.environ.get("CODING_CERTS_NO_SKIPS") == "1" and not hasattr(config, "workerinput"):
        config.pluginmanager.register(NoSkips(), "coding-certs-no-skips")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse test ids that change between processes: pytest-xdist needs them equal."""
    unstable = unstable_ids([item.nodeid for item in items])
    if unstable:
        raise pytest.UsageError(
            "these test ids hold a memory address, so pytest-xdist's workers disagree on them; "
            "use ids=stable_id (from tests/ids.py) in their parametrize: " + ", ".join(unstable)
        )
