"""The shipped print font: ours by name, no hinting, and every character CalfCare writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QRawFont

from calfcare.export import road_html, week_html
from calfcare.export.print_font import PRINT_FAMILY

from support import REPO

FONTS = REPO / "resources" / "fonts"
FACES = ("Regular", "Bold")


def our_characters() -> set[str]:
    """Every character in the content library and the sheet's own words."""
    text = "".join(path.read_text(encoding="utf-8") for path in (REPO / "plans").glob("*.toml"))
    text += week_html.LEGEND + week_html.DISCLAIMER + week_html.TICK + "–·…“”"
    text += week_html.TICK_STOP + road_html.GLYPHS
    return {ch for ch in text if ch.isprintable()}


@pytest.mark.parametrize("face", FACES)
def test_print_font_is_ours_unhinted_and_covers_our_text(qapp: Any, face: str) -> None:
    font = QRawFont(str(FONTS / f"CalfCarePrintSans-{face}.ttf"), 10)
    assert font.isValid()
    assert font.familyName() == PRINT_FAMILY
    assert font.styleName() == face
    for table in (b"fpgm", b"prep", b"cvt "):  # hinting programs: none, for print
        assert font.fontTable(table.decode()).isEmpty(), table
    missing = sorted(ch for ch in our_characters() if not font.supportsCharacter(ord(ch)))
    assert missing == []


def test_font_licence_ships_beside_the_fonts() -> None:
    licence = (FONTS / "LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence
    assert "renamed" in licence
    assert Path(FONTS / "make_fonts.py").is_file()
