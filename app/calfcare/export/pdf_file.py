"""The week as a PDF from outside the app (the command line): Qt draws it offscreen."""

from __future__ import annotations

import os

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan


def week_pdf(plan: WeekPlan, library: ContentLibrary, *, name: str | None) -> bytes:
    """The week as a whole PDF, drawing offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from calfcare.export.printer import WeekPrinter

    app = QGuiApplication.instance() or QGuiApplication(["calfcare"])
    try:
        return WeekPrinter(plan, library, name=name).pdf_bytes()
    finally:
        del app
