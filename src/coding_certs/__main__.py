"""``python -m coding_certs`` runs the ``coding-certs`` command."""

import sys

from coding_certs.cli import main

sys.exit(main())
