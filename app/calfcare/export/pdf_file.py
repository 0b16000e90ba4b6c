"""The week as a PDF file from outside the app (the command line): Qt draws it offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan


def write_week_pdf(plan: WeekPlan, library: ContentLibrary, *, name: str | None, out: Path) -> None:
    """Print the week to ``out``, drawing offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from calfcare.export.printer import WeekPrinter

    app = QGuiApplication.instance() or QGuiApplication(["calfcare"])
    try:
        WeekPrinter(plan, library, name=name).to_pdf(out)
    finally:
        del app
