"""Guard against a PySide6 bug: 6.12.0 loses a reference to True/False on every call
of a Python slot from a Python signal, and Python 3.11 aborts once True's count hits
zero (a long player session would crash). The pin in pyproject.toml keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_python_slots_keep_the_reference_count_of_true() -> None:
    app = QCoreApplication.instance() or QCoreApplication([])
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(40):  # few enough that a leaking build fails here, not by aborting
        emitter.fired.emit(None)
    after = sys.getrefcount(True)
    assert len(seen) == 40
    assert after >= before - 10, f"True lost {before - after} references"
    assert app is not None
