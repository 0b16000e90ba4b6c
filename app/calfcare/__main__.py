"""Run CalfCare with ``python -m calfcare``."""

import sys

from calfcare.cli import main

sys.exit(main())
