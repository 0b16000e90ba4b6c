"""PySide6's import hook stops reading every later module's source once told to."""

from __future__ import annotations

from support import run_python

PROBE = """
import linecache, sys
import PySide6.QtCore
from calfcare.gui.shell.feature_scan import skip_feature_scan
skipped = {skip}
if skipped:
    assert skip_feature_scan()
import colorsys as imported_later
path = imported_later.__file__
print("read" if path in linecache.cache else "not read")
"""


def run_probe(skip: bool) -> str:
    done = run_python("-c", PROBE.format(skip=skip))
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_pyside_reads_later_modules_unless_the_scan_is_skipped() -> None:
    assert run_probe(skip=False) == "read"  # the cost this is about: still there in PySide6
    assert run_probe(skip=True) == "not read"
