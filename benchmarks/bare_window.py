"""Baselines for the start-up benchmark: a bare QMainWindow shown once, then exit.

With ``--text`` the window holds one line of text, so Qt also loads its font
database, as any window with words in it must.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            painted = time.monotonic()
            from calfcare.core.peak_memory import peak_kib  # as the self-test reports it

            print(f"first-paint {painted:.6f} {peak_kib()}", flush=True)
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
