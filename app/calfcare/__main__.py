"""Run CalfCare with ``python -m calfcare``."""

import sys

from calfcare.cli.main import main

sys.exit(main())
