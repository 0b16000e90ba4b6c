"""The app's Export PDF and calendar on a real full disk: the old file stays, the runner is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calfcare.core.paths import app_paths
from calfcare.core.profile import save_profile
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from full_disk import Mount, fill
from support import MONDAY, make_profile


@pytest.mark.parametrize(("suffix", "write"), [("pdf", "write_pdf"), ("ics", "write_calendar")])
def test_export_onto_a_full_disk_keeps_the_old_file(
    qtbot: QtBot, small_disk: Mount, tmp_path: Path, suffix: str, write: str
) -> None:
    paths = app_paths(tmp_path / "home").ensure()
    save_profile(make_profile(), paths.profile)
    store = PlanStore(paths, today=lambda: MONDAY, log=None)
    window = MainWindow(store)
    qtbot.addWidget(window)
    disk = small_disk("256k")
    out = disk / f"week.{suffix}"
    getattr(window.exporter, write)(str(out))
    good = out.read_bytes()
    assert len(good) > 1000
    store.shift_week(1)  # a different week, so a silent half-write would show
    fill(disk)
    getattr(window.exporter, write)(str(out))

    # The first export's "Saved" note may still be open: the refusal is the other box.
    def refusals() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.windowTitle() == "Could not save"]

    qtbot.waitUntil(lambda: bool(refusals()), timeout=5000)
    box = refusals()[0]
    assert box.informativeText() == "No space left on device"
    assert out.read_bytes() == good
    assert sorted(p.name for p in disk.iterdir()) == ["filler", out.name]
