"""The week as a PDF from outside the app (the command line): Qt draws it offscreen."""

from __future__ import annotations

import os

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan
from calfcare.core.profile import ComplaintKind


def week_pdf(
    plans: list[WeekPlan],
    library: ContentLibrary,
    *,
    name: str | None,
    kind: ComplaintKind | None = None,
) -> bytes:
    """One week, or (with ``kind``, the arc's) the road-back overview and several weeks,
    as a whole PDF, drawing offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from calfcare.export.printer import WeekPrinter
    from calfcare.export.road_printer import RoadPrinter

    app = QGuiApplication.instance() or QGuiApplication(["calfcare"])
    try:
        if len(plans) > 1 and kind is not None:
            return RoadPrinter(plans, library, kind, name=name).pdf_bytes()
        return WeekPrinter(plans[0], library, name=name).pdf_bytes()
    finally:
        del app
