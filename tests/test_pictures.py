"""The exercise pictures in resources/pictures: one per exercise, small, self-contained SVG."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from calfcare.core.assets import asset_dir
from calfcare.core.content.library import ContentLibrary

SVG = "{http://www.w3.org/2000/svg}"
PICTURES = asset_dir("resources") / "pictures"
MAX_BYTES = 20_000


def draw_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("calfcare_draw", PICTURES / "draw.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    # No __pycache__ inside resources/, which ships in the wheel as it is.
    writes, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = writes
    return module


DRAW = draw_module()


def test_every_exercise_has_a_picture_and_no_picture_is_left_over(
    library: ContentLibrary,
) -> None:
    shipped = {path.stem for path in PICTURES.glob("*.svg")}
    assert shipped == set(library.exercises)


@pytest.fixture(params=sorted(p.stem for p in PICTURES.glob("*.svg")))
def picture(request: pytest.FixtureRequest) -> Path:
    return PICTURES / f"{request.param}.svg"


def test_picture_is_svg_with_a_view_box_and_a_title_naming_the_exercise(
    picture: Path, library: ContentLibrary
) -> None:
    root = ET.parse(picture).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 200 160"
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text == library.exercise(picture.stem).name
    desc = root.find(f"{SVG}desc")
    assert desc is not None
    assert desc.text
    assert len(desc.text) > 20


def test_picture_is_small_and_self_contained(picture: Path) -> None:
    text = picture.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < MAX_BYTES
    root = ET.fromstring(text)
    for element in root.iter():
        tag = element.tag.removeprefix(SVG)
        assert tag not in {"image", "script", "foreignObject", "style", "use", "a"}, tag
        for name, value in element.attrib.items():
            assert not name.endswith("href"), (tag, name)
            assert "url(" not in value, (tag, name)
    assert "data:" not in text
    assert "http" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_picture_uses_only_the_placeholder_colours_and_shows_the_accent(picture: Path) -> None:
    # pictures.py recolours these two for the palette; any other colour would not follow it.
    # The accent marks what to look at: the movement arrow, or the point of a pictogram.
    colours = set(re.findall(r'(?:stroke|fill)="([^"]+)"', picture.read_text(encoding="utf-8")))
    assert colours <= {DRAW.FIGURE, DRAW.ACCENT, "none"}
    assert {DRAW.FIGURE, DRAW.ACCENT} <= colours


def test_the_generator_still_draws_the_shipped_files() -> None:
    names = DRAW.exercise_names()
    for exercise_id, (desc, draw) in DRAW.DRAWINGS.items():
        drawing = DRAW.Drawing(names[exercise_id], desc)
        draw(drawing)
        shipped = (PICTURES / f"{exercise_id}.svg").read_text(encoding="utf-8")
        assert drawing.svg() == shipped, f"run resources/pictures/draw.py ({exercise_id})"
