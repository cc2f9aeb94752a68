"""A pytest plugin that fails a run in which any test or test module was skipped.

CI installs every extra, so a skip there means a test was hidden, not spared:
``tests/conftest.py`` registers this plugin when ``CODING_CERTS_NO_SKIPS=1``.
Expected failures (``xfail``) are not skips. Under pytest-xdist the plugin runs
in the main process, which receives every worker's reports.
"""

from __future__ import annotations

import pytest


class NoSkips:
    """Collects every skip of the run and turns a passing run with skips into a failure."""

    def __init__(self) -> None:
        """Start with no skip seen."""
        self.skipped: list[str] = []

    def _note(self, report: pytest.CollectReport | pytest.TestReport) -> None:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        self.skipped.append(f"{report.nodeid or report.fspath}: {reason}")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        """A module skipped at import (``pytest.importorskip`` at its top) is a skip."""
        if report.skipped:
            self._note(report)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """A test skipped in setup or call is a skip; an expected failure is not."""
        if report.skipped and not hasattr(report, "wasxfail"):
            self._note(report)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """A run that passed with skips fails (a run that already failed keeps its status)."""
        if self.skipped and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        """Name every skipped test with its reason, and say why that fails the run."""
        if not self.skipped:
            return
        terminalreporter.section("skipped tests fail this run (CODING_CERTS_NO_SKIPS=1)", red=True)
        for line in self.skipped:
            terminalreporter.line(line)
        terminalreporter.line(
            "CI installs every extra (pip install -e '.[dev]'), so nothing may be skipped; "
            "install the missing extra, or unset CODING_CERTS_NO_SKIPS for a partial run."
        )
