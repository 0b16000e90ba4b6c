"""CalfCare's window icon, from the PNGs shipped in ``resources/icons/hicolor``.

The sizes are only registered here; Qt reads a PNG when a size is first drawn,
so setting the icon costs no decoding at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from calfcare.core.assets import asset_dir

APP_ID = "io.github.calfcare.CalfCare"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app icon at every size we ship (empty if the PNGs are missing)."""
    hicolor = asset_dir("resources") / "icons" / "hicolor"
    icon = QIcon()
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return icon
