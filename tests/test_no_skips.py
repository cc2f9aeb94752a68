"""The no-skips rule of CI (tests/no_skips.py): a run with any skip fails, and says why."""

from __future__ import annotations

import pytest

from no_skips import NoSkips

pytest_plugins = ["pytester"]

PASSING = "def test_passes():\n    assert True\n"


def _run(pytester: pytest.Pytester, source: str) -> pytest.RunResult:
    pytester.makepyfile(test_sample=source)
    return pytester.runpytest("-p", "no:cacheprovider", plugins=[NoSkips()])


def test_a_run_without_skips_passes(pytester: pytest.Pytester) -> None:
    """Passing tests and nothing skipped: the run passes."""
    result = _run(pytester, PASSING)
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.OK
    assert "skipped tests fail" not in result.stdout.str()


def test_a_skipped_test_fails_the_run(pytester: pytest.Pytester) -> None:
    """One skipped test fails a run that otherwise passed, naming the test and its reason."""
    result = _run(
        pytester,
        PASSING + "import pytest\n\ndef test_hidden():\n    pytest.skip('needs the dask extra')\n",
    )
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["*skipped tests fail this run*", "*test_hidden*needs the dask extra*"]
    )


def test_a_skip_marker_fails_the_run(pytester: pytest.Pytester) -> None:
    """A test skipped by a marker at setup is a skip too."""
    result = _run(
        pytester,
        "import pytest\n\n@pytest.mark.skipif(True, reason='not here')\ndef test_x():\n    pass\n",
    )
    result.assert_outcomes(skipped=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*test_x*not here*"])


def test_a_module_skipped_at_import_fails_the_run(pytester: pytest.Pytester) -> None:
    """A whole module skipped by importorskip at its top fails the run, with the reason."""
    pytester.makepyfile(test_other=PASSING)
    result = _run(
        pytester,
        "import pytest\n\npytest.importorskip('no_such_module_here', reason='needs no_such')\n"
        + PASSING,
    )
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*test_sample.py*needs no_such*"])


def test_an_expected_failure_is_not_a_skip(pytester: pytest.Pytester) -> None:
    """An xfail test that fails as expected does not fail the run."""
    result = _run(
        pytester,
        "import pytest\n\n@pytest.mark.xfail(reason='known')\n"
        "def test_x():\n    raise ValueError\n",
    )
    result.assert_outcomes(xfailed=1)
    assert result.ret == pytest.ExitCode.OK


def test_a_failing_run_keeps_its_failure(pytester: pytest.Pytester) -> None:
    """A run that failed anyway keeps its own status (here: a usage error stays one)."""
    pytester.makepyfile(test_sample=PASSING)
    result = pytester.runpytest("--no-such-option", plugins=[NoSkips()])
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_skips_in_xdist_workers_fail_the_run(pytester: pytest.Pytester) -> None:
    """Under pytest-xdist the main process sees the workers' skips, at collection and in tests."""
    pytester.makepyfile(
        test_module_skip="import pytest\n\npytest.importorskip('no_such_module_here')\n",
        test_sample=PASSING + "import pytest\n\ndef test_hidden():\n    pytest.skip('later')\n",
    )
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:cov", "-n", "2",
        plugins=[NoSkips()],
    )  # fmt: skip
    result.assert_outcomes(passed=1, skipped=2)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*skipped tests fail this run*"])
    result.stdout.fnmatch_lines(["*test_hidden*later*"])
    result.stdout.fnmatch_lines(["*test_module_skip.py*no_such_module_here*"])
