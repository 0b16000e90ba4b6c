"""The font the week sheet prints in: CalfCare Print Sans, shipped in resources/fonts.

It is DejaVu Sans cut to the characters the sheet uses, without hinting
(resources/fonts/make_fonts.py says why); Qt takes anything else from a
system font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from calfcare.core.assets import asset_dir

PRINT_FAMILY = "CalfCare Print Sans"  # resources/fonts: DejaVu Sans cut for print, no hinting
_print_family: str | None = None


def print_family() -> str:
    """The family the sheet prints in: ours, loaded once; the system's DejaVu Sans if
    ours cannot load (the sheet looks the same, the PDF takes longer to write)."""
    global _print_family  # noqa: PLW0603 - fonts register once per process
    if _print_family is None:
        folder = asset_dir("resources") / "fonts"
        loaded = [
            QFontDatabase.addApplicationFont(str(folder / f"CalfCarePrintSans-{style}.ttf"))
            for style in ("Regular", "Bold")
        ]
        _print_family = PRINT_FAMILY if -1 not in loaded else "DejaVu Sans"
    return _print_family


def print_font() -> QFont:
    font = QFont(print_family())
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
