"""Shared test configuration: the Hypothesis profiles.

``HYPOTHESIS_PROFILE=dev`` runs fewer examples for a quick local loop; the
default, ``ci``, runs about two hundred per property with no deadline (a slow
CI machine must not turn into a flaky test).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", deadline=None, max_examples=200, print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
