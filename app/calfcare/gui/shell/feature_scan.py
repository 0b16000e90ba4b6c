"""Stop PySide6 reading the source of every module imported after it.

PySide6 hooks ``import`` to support ``from __feature__ import snake_case``:
for each module imported after Qt, it reads the module's whole source
(``inspect.getsource``) to see whether it mentions PySide6, and the lines stay
in ``linecache``. CalfCare never selects a feature, so the answer changes
nothing, yet while pydantic and the core load after the first paint the scan
costs about 20 ms and 7 MiB (measured with ``benchmarks/run.py startup``).
A module marked "does not use PySide6" is only left out of feature switching.
"""

from __future__ import annotations

import sys


def _uses_no_pyside(module: object) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Turn the scan off; False (and nothing changed) if this PySide6 has no such scan."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_pyside  # type: ignore[attr-defined]
    return True
