"""Exercise pictures in Qt: valid for QSvgRenderer, recoloured per palette, shown where
the runner reads about an exercise and in the player."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session, SessionKind
from calfcare.core.player.machine import State
from calfcare.core.player.steps import build_steps
from calfcare.gui.exercises.page import ExercisesPage
from calfcare.gui.player.screen import PlayerScreen
from calfcare.gui.shell import theme
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.widgets import pictures

LIGHT_TEXT, DARK_TEXT = "#1d2329", "#e6e9ec"


def palette(dark: bool) -> QPalette:
    colours = {
        QPalette.ColorRole.Window: "#1e2226" if dark else "#f4f5f7",
        QPalette.ColorRole.WindowText: DARK_TEXT if dark else LIGHT_TEXT,
        QPalette.ColorRole.Base: "#272c31" if dark else "#ffffff",
        QPalette.ColorRole.Text: DARK_TEXT if dark else LIGHT_TEXT,
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    return result


def count(image: QImage, colour: str) -> int:
    """How many pixels are exactly ``colour`` (the solid middle of a stroke)."""
    wanted = QColor(colour).rgb()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def test_placeholders_match_the_drawing_kit() -> None:
    text = (pictures.picture_file("calf_raise") or pytest.fail("no picture")).read_text()
    assert pictures.FIGURE in text
    assert pictures.ACCENT in text


def test_every_picture_loads_in_qt(library: ContentLibrary, qapp: Any) -> None:
    for exercise_id in library.exercises:
        svg = pictures.picture_svg(exercise_id, palette(dark=True))
        assert svg is not None, exercise_id
        renderer = QSvgRenderer(QByteArray(svg))
        assert renderer.isValid(), exercise_id
        assert renderer.viewBoxF() == QRectF(0, 0, 200, 160)
    assert pictures.picture_svg("no_such_exercise") is None


def test_recoloured_swaps_only_the_placeholders() -> None:
    svg = f'<line stroke="{pictures.FIGURE}"/><path fill="{pictures.ACCENT}"/><g fill="none"/>'
    # An accent that happens to equal the figure placeholder is not swapped a second time.
    assert pictures.recoloured(svg, "#EEEEEE", "#000000") == (
        '<line stroke="#eeeeee"/><path fill="#000000"/><g fill="none"/>'
    )


def test_dark_and_light_draw_in_different_colours(qapp: Any) -> None:
    size = pictures.size_for(200)
    light = pictures.picture_image("calf_raise", size, palette=palette(dark=False))
    dark = pictures.picture_image("calf_raise", size, palette=palette(dark=True))
    assert light is not None
    assert dark is not None
    assert light.size() == dark.size() == size
    assert count(light, LIGHT_TEXT) > 50
    assert count(light, theme.ACCENT["light"]) > 20
    assert count(light, DARK_TEXT) == 0
    assert count(dark, DARK_TEXT) > 50
    assert count(dark, theme.ACCENT["dark"]) > 20
    assert count(dark, LIGHT_TEXT) == 0
    # Cached: the same size and colours give back the same image.
    again = pictures.picture_image("calf_raise", size, palette=palette(dark=True))
    assert again is dark


@pytest.fixture
def page(store: PlanStore, qtbot: QtBot) -> ExercisesPage:
    widget = ExercisesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.setPalette(palette(dark=False))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_picture(page: ExercisesPage, exercise_id: str) -> QImage:
    detail = page.detail
    url = detail.picture_url(exercise_id)
    assert url is not None
    assert url.toString() in detail.toHtml()
    image = detail.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(image, QImage)
    assert not image.isNull()
    return image


def test_the_detail_pane_shows_the_selected_exercises_picture(
    page: ExercisesPage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.search, "heel drop")
    assert page.select_exercise("heel_drop_stretch")
    qtbot.waitUntil(lambda: page.detail.exercise_id == "heel_drop_stretch")
    image = shown_picture(page, "heel_drop_stretch")
    assert count(image, LIGHT_TEXT) > 50
    page.setPalette(palette(dark=True))
    dark = shown_picture(page, "heel_drop_stretch")
    assert count(dark, DARK_TEXT) > 50
    assert count(dark, LIGHT_TEXT) == 0


def test_the_player_shows_the_picture_in_the_palettes_colours(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    exercise = library.exercise("single_leg_calf_raise")
    item = Item(
        exercise=exercise.id, name=exercise.name, sources=list(exercise.sources), sets=1, reps=10
    )
    steps = build_steps(
        Session(kind=SessionKind.strengthening, minutes=5, why="test", items=[item]),
        library,
        get_ready_seconds=0,
    )
    screen = PlayerScreen()
    qtbot.addWidget(screen)
    screen.setPalette(palette(dark=False))
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_step(steps, 0, State.ready, remaining=None, elapsed=0.0)
    assert screen.picture.isVisible()
    assert screen.picture.renderer().isValid()
    assert count(screen.picture.grab().toImage(), LIGHT_TEXT) > 20
    screen.setPalette(palette(dark=True))
    dark = screen.picture.grab().toImage()
    assert count(dark, DARK_TEXT) > 20
    assert count(dark, LIGHT_TEXT) == 0
