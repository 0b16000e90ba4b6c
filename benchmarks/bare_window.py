"""Baseline for the start-up benchmark: a bare QMainWindow shown once, then exit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    watcher = _FirstPaint()
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1180, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
