"""The main window: a sidebar of pages, menus and shortcuts. Pages load on first visit."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calfcare import __version__
from calfcare.gui.store import PlanStore

DISCLAIMER = (
    "CalfCare gives general self-care guidance. It does not replace a doctor or physiotherapist."
)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    module: str
    cls: str
    shortcut: str


PAGES = (
    PageSpec("today", "Today", "calfcare.gui.today_page", "TodayPage", "Ctrl+1"),
    PageSpec("week", "Week", "calfcare.gui.week_page", "WeekPage", "Ctrl+2"),
    PageSpec("exercises", "Exercises", "calfcare.gui.exercises_page", "ExercisesPage", "Ctrl+3"),
    PageSpec("causes", "Why it hurts", "calfcare.gui.causes_page", "CausesPage", "Ctrl+4"),
    PageSpec("profile", "My answers", "calfcare.gui.profile_page", "ProfilePage", "Ctrl+5"),
    PageSpec("settings", "Settings", "calfcare.gui.settings_page", "SettingsPage", "Ctrl+6"),
)


class MainWindow(QMainWindow):
    """Hosts the pages; each page gets the store and nothing else."""

    pageShown = Signal(str)

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("CalfCare")
        self.setMinimumSize(760, 520)
        self._pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName("Pages")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        for spec in PAGES:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        note = QLabel(DISCLAIMER)
        note.setObjectName("disclaimer")
        note.setWordWrap(True)
        note.setAccessibleName("Safety note")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 12)
        brand = QLabel("CalfCare")
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(note)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(
            "#brand { font-size: 16pt; font-weight: 600; padding: 4px 6px 10px 6px; }"
            "#nav { font-size: 11pt; border: none; background: transparent; }"
            "#nav::item { padding: 8px 10px; border-radius: 6px; }"
            "#disclaimer { font-size: 8.5pt; color: palette(placeholder-text); }"
        )
        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_nav)
        self._restore_layout()
        self.nav.setCurrentRow(0)

    # Pages -------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use (imports stay off start-up)."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            widget: QWidget = cls(self.store)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> None:
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)].key

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        self.stack.setCurrentWidget(self.page(key))
        self.pageShown.emit(key)

    # Menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        go = bar.addMenu("&Go")
        for spec in PAGES:
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            go.addAction(action)
            self.addAction(action)
        go.addSeparator()
        prefs = QAction("Settings…", self)
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.triggered.connect(lambda: self.show_page("settings"))
        go.addAction(prefs)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About CalfCare", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About CalfCare")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>CalfCare {__version__}</b>")
        box.setInformativeText(
            "A recovery and rehab planner for runners whose calves hurt. Its advice comes "
            "from five running articles, cited on every exercise.\n\n" + DISCLAIMER
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # Window state ------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.store.paths.qt_settings), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        saved = self._qsettings().value("window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._qsettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_key())
        settings.sync()
        super().closeEvent(event)

    def restore_page(self) -> None:
        key = self._qsettings().value("window/page")
        if isinstance(key, str) and any(s.key == key for s in PAGES):
            self.show_page(key)
