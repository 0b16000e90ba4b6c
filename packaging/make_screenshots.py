"""Screenshots for the AppStream listing, drawn by the app itself from a made-up runner.

    QT_QPA_PLATFORM=offscreen python packaging/make_screenshots.py

Writes packaging/screenshots/{today,week,progress}.png (committed; the metainfo
points at them). A sample profile and four weeks of runs, pain scores and
sessions go into a throw-away data folder; the window is grabbed as it paints.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"
TODAY = dt.date(2026, 11, 26)  # a Thursday
SIZE = (1240, 780)


def fill(log: object) -> None:
    from calfcare.core.log import Log

    assert isinstance(log, Log)
    log.add_shoes("Trail pair", 310_000, TODAY - dt.timedelta(days=120))
    for n in range(28):
        day = TODAY - dt.timedelta(days=28 - n)
        log.add_pain(day, "morning", max(0, 5 - n // 5))
        log.add_pain(day, "after", max(0, 4 - n // 6))
        log.add_session(day, "strengthening", "done" if n % 5 else "partial")
        if n % 3 == 1:
            log.add_run(day, (4.0 + n / 6) * 1000, 26 + n, shoes="Trail pair")
        if n % 7 == 0:
            log.add_raise_test(day, 14 + n // 2, 19 + n // 3)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from calfcare.core.log import Log
    from calfcare.core.paths import app_paths
    from calfcare.core.profile import example_profile, save_profile
    from calfcare.gui.shell.main_window import MainWindow
    from calfcare.gui.shell.store import PlanStore
    from calfcare.gui.shell.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        paths = app_paths(Path(home)).ensure()
        save_profile(example_profile(), paths.profile)
        log = Log.open(paths, daily_backup=False)
        fill(log)
        store = PlanStore(paths, today=lambda: TODAY, log=log)
        window = MainWindow(store)
        window.resize(*SIZE)
        window.show()
        for key in ("today", "week", "progress"):
            window.show_page(key)
            for _ in range(20):  # let the page lay out and the charts draw
                app.processEvents()
            page = window.page(key)
            if hasattr(page, "build_charts"):
                page.build_charts()
                app.processEvents()
            target = OUT / f"{key}.png"
            window.grab().save(str(target), "PNG")
            print(target)
        window.close()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
