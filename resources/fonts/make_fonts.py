"""Build the printing fonts: DejaVu Sans, cut to the characters a week sheet uses.

    python resources/fonts/make_fonts.py [DEJAVU_FOLDER]

Reads DejaVuSans.ttf and DejaVuSans-Bold.ttf (Debian: fonts-dejavu-core, in
/usr/share/fonts/truetype/dejavu) and writes CalfCarePrintSans-Regular.ttf and
-Bold.ttf here. Needs fontTools (``pip install fonttools``), only to rebuild.

Why our own copy: the printout looks the same on every machine, and a print
font needs no hinting (that is for screen pixels). Writing a PDF runs DejaVu's
hinting program on every glyph it embeds, and reads tables for thousands of
glyphs the sheet never uses; the cut copy makes a weekly PDF about a fifth
quicker to write. Characters outside the set still print: Qt takes them from a
system font. The Bitstream Vera licence (LICENSE.txt beside this file) allows
changes when the font is renamed without "Bitstream" or "Vera": the family is
"CalfCare Print Sans".
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
FAMILY = "CalfCare Print Sans"
DEFAULT_SOURCE = Path("/usr/share/fonts/truetype/dejavu")
# Basic Latin, Latin-1, Latin Extended-A and -B (runners' names), general
# punctuation (dashes, quotes, ellipsis, bullet), euro, trade mark, arrows, minus,
# the ballot boxes and check marks of the tick boxes.
UNICODES = (
    "U+0020-007E,U+00A0-024F,U+2010-2027,U+2030-203A,U+2044,U+20AC,U+2122,"
    "U+2190-2193,U+2212,U+25A1,U+2610-2612,U+2713-2714"
)
FACES = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf"}


def cut(source: Path, style: str, out: Path) -> None:
    options = subset.Options()
    options.hinting = False  # drops fpgm, prep, cvt and every glyph's instructions
    # No "liga": a ligature glyph has no character of its own, so Qt's PDF text layer
    # lost every "fi" and "fl" ("rst", "Hip exor"). Kerning alone changes no text.
    options.layout_features = ["kern"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright and licence records
    options.notdef_outline = True
    options.drop_tables += ["MATH", "FFTM"]  # maths layout and a FontForge timestamp
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = {1: FAMILY, 2: style, 3: f"CalfCare: {postscript}", 4: f"{FAMILY} {style}"}
    names[6] = postscript
    table = font["name"]
    for record in table.names:
        if record.nameID in names:
            record.string = names[record.nameID]
    for name_id in (16, 17):  # typographic family/style: the renamed ones above stand alone
        table.removeNames(nameID=name_id)
    font.save(out)


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    for style, file_name in FACES.items():
        out = HERE / f"{FAMILY.replace(' ', '')}-{style}.ttf"
        cut(source / file_name, style, out)
        print(f"{out.name}: {out.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
