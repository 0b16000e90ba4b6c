"""The bundle's entry point: PyInstaller starts here, as ``calfcare`` would."""

import sys

from calfcare.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
