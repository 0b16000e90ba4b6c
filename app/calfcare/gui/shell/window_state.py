"""The one opener of the window-state file (QSettings, INI): geometry, page, notices shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def window_state(path: Path) -> QSettings:
    """QSettings over ``path`` (``AppPaths.qt_settings``), in INI format on every platform."""
    return QSettings(str(path), QSettings.Format.IniFormat)
