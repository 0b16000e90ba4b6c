"""Baselines for the start-up benchmark: a bare QMainWindow shown once, then exit.

With ``--text`` the window holds one line of text, so Qt also loads its font
database, as any window with words in it must.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


def _peak_kib() -> int:
    """Peak resident memory so far in KiB, as CalfCare's self-test prints it (see its
    ``peak_kib``: /proc's VmHWM on Linux, which counts this process alone)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            print(f"first-paint {time.monotonic():.6f} {_peak_kib()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    watcher = _FirstPaint()
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("bare")
    if "--text" in sys.argv:
        window.setCentralWidget(QLabel("Hello, runner"))
    window.resize(1180, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
