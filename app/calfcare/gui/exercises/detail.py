"""The detail pane of the Exercises page: how to do one exercise, why it is planned, sources.

``exercise_html`` builds the page as escaped rich text (testable without
widgets); ``ExerciseDetail`` shows it in a read-only, keyboard-scrollable browser,
with the exercise's picture (recoloured for the palette) under the title.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from calfcare.core.assets import picture_file
from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Citation, Disagreement, Dosage, Exercise
from calfcare.core.plain_names import DAY_NAMES, EQUIPMENT
from calfcare.core.planning.exercise_usage import ExerciseUsage
from calfcare.core.planning.items import Choice, make_item
from calfcare.core.week_text import KIND_WORDS, dosage_text
from calfcare.gui.exercises.model import CATEGORY_WORDS
from calfcare.gui.shell import theme
from calfcare.gui.widgets import pictures

NOTHING_SELECTED = "Pick an exercise on the left to see how to do it and why it may help."
PICTURE_SCHEME = "calfcare-picture"
PICTURE_WIDTH = 240


def _amount(exercise: Exercise, dosage: Dosage, units: str) -> str:
    # The week text already words an item's amount; an exercise's default is shaped the same.
    item = make_item(Choice(exercise), dosage=dosage)
    return dosage_text(item, units)


def _list(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


def _cites(library: ContentLibrary, citations: list[Citation]) -> str:
    return _list([library.section_title(c) for c in citations])


def _usage_html(library: ContentLibrary, usage: ExerciseUsage | None) -> str:
    if usage is None:
        return "<p>Answer the questions on the My answers page to get a week plan.</p>"
    if not usage.in_plan:
        return "<p>Not in this week's plan.</p>"
    parts: list[str] = []
    if usage.causes:
        names = ", ".join(escape(c.name) for c in usage.causes)
        parts.append(f"<p>It helps with what may be behind your calf pain: {names}.</p>")
    rows = [
        f"{KIND_WORDS[use.kind]}: {', '.join(DAY_NAMES[d] for d in use.weekdays)}"
        for use in usage.sessions
    ]
    parts.append("<p>This week it comes up in these sessions:</p>" + _list(rows))
    return "".join(parts)


def _disagreement_html(library: ContentLibrary, disagreement: Disagreement, colour: str) -> str:
    positions: list[str] = []
    for number, position in enumerate(disagreement.positions, start=1):
        cites = "; ".join(escape(library.section_title(c)) for c in position.sources)
        positions.append(
            f"<p><b>View {number}:</b> {escape(position.says)}<br><small>From: {cites}</small></p>"
        )
    return (
        f"<table width='100%' cellpadding='10' cellspacing='0' border='1' "
        f"style='border-color: {colour}; border-style: solid; margin-top: 8px'>"
        f"<tr><td><h4>{escape(disagreement.topic)}</h4>{''.join(positions)}"
        f"<p><b>What CalfCare does:</b> {escape(disagreement.applied)}</p>"
        f"<p><b>Why:</b> {escape(disagreement.why)}</p></td></tr></table>"
    )


def exercise_html(
    library: ContentLibrary,
    exercise: Exercise,
    usage: ExerciseUsage | None,
    units: str = "km",
    accent: str = "#1f6f5c",
    *,
    picture: str | None = None,
) -> str:
    """The whole detail page for ``exercise``; every piece of content text is escaped.

    ``picture`` is the address of the exercise's drawing, shown under the title."""
    kinds = ", ".join(CATEGORY_WORDS[c] for c in exercise.categories)
    parts = [f"<h2>{escape(exercise.name)}</h2>"]
    if picture is not None:
        size = pictures.size_for(PICTURE_WIDTH)
        parts.append(
            f"<p><img src='{escape(picture)}' width='{size.width()}' height='{size.height()}'></p>"
        )
    parts += [
        f"<p style='color: {accent}'>{escape(kinds)}</p>",
        f"<p>{escape(exercise.summary)}</p>",
        "<h3>How to do it</h3>",
        _list(exercise.steps, "ol"),
    ]
    amount = _amount(exercise, exercise.dosage, units)
    if amount:
        parts.append(f"<h3>How much</h3><p>{escape(amount)}</p>")
    if exercise.goal is not None:
        goal = _amount(exercise, exercise.goal, units)
        parts.append(f"<p><b>Goal:</b> {escape(goal)}</p>")
    needs = ", ".join(EQUIPMENT[e] for e in exercise.equipment) or "Nothing: no equipment needed"
    parts.append(f"<h3>What you need</h3><p>{escape(needs)}</p>")
    if exercise.substitutes:
        swaps = ", ".join(library.exercise(s).name for s in exercise.substitutes)
        parts.append(f"<p><b>Can be swapped for:</b> {escape(swaps)}</p>")
    if exercise.cautions:
        parts.append("<h3>Take care</h3>" + _list(exercise.cautions))
    if exercise.avoid_when:
        parts.append("<h3>When not to do it</h3>" + _list(exercise.avoid_when))
    parts.append("<h3>Why it is in your plan</h3>" + _usage_html(library, usage))
    if exercise.disagreements:
        parts.append("<h3>Where the articles disagree</h3>")
        parts += [
            _disagreement_html(library, library.disagreements[d], accent)
            for d in exercise.disagreements
        ]
    parts.append("<h3>Sources</h3>" + _cites(library, exercise.sources))
    if exercise.addition is not None:
        parts.append(f"<p>{escape(exercise.addition.credit())}</p>")
    return "".join(parts)


class ExerciseDetail(QTextBrowser):
    """Read-only rich text for the selected exercise; Tab reaches it, arrows scroll it."""

    def __init__(self, library: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setObjectName("exerciseDetail")
        self.setAccessibleName("Exercise details")
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.exercise_id: str | None = None
        self._shown: tuple[Exercise, ExerciseUsage | None, str] | None = None
        self.show_nothing()

    def show_nothing(self, message: str = NOTHING_SELECTED) -> None:
        self.exercise_id = None
        self._shown = None
        self.setAccessibleDescription(message)
        self.setHtml(f"<p>{escape(message)}</p>")

    def show_exercise(
        self, exercise: Exercise, usage: ExerciseUsage | None, units: str = "km"
    ) -> None:
        self.exercise_id = exercise.id
        self._shown = (exercise, usage, units)
        self.setAccessibleDescription(exercise.summary)
        picture = self.picture_url(exercise.id)
        self.setHtml(
            exercise_html(
                self._library,
                exercise,
                usage,
                units,
                theme.accent(),
                picture=picture.toString() if picture is not None else None,
            )
        )

    def picture_url(self, exercise_id: str) -> QUrl | None:
        """Where the page finds ``exercise_id``'s drawing; the colours are part of the address
        so a palette change loads the drawing afresh instead of from the document's cache."""
        if picture_file(exercise_id) is None:
            return None
        figure, accent = pictures.colours(self.palette())
        return QUrl(f"{PICTURE_SCHEME}:{exercise_id}?{figure[1:]}-{accent[1:]}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The picture is drawn in the palette's colours; this pane's palette is the one to
        # read, and it may change after the page's own change event has run.
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_exercise(*self._shown)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if url.scheme() != PICTURE_SCHEME:
            return super().loadResource(kind, name)
        size = pictures.size_for(PICTURE_WIDTH)
        return pictures.picture_image(url.path(), size, self.devicePixelRatioF(), self.palette())
