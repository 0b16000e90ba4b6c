"""The window icon: every shipped size, registered without decoding at start-up."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from calfcare.gui.shell.icon import ICON_SIZES, app_icon


def test_app_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert set(icon.availableSizes()) == {QSize(n, n) for n in ICON_SIZES}
    assert icon.pixmap(QSize(32, 32)).size() == QSize(32, 32)
