"""Run the ``coding-certs`` command the way a user does: in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

RUN_TIMEOUT = 60


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m coding_certs`` with ``args`` in a fresh interpreter."""
    return subprocess.run(  # noqa: S603 -- our own interpreter and arguments
        [sys.executable, "-m", "coding_certs", *args],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
