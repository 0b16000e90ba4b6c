"""The main window: a sidebar of pages, menus and shortcuts. Pages load on first visit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QSettings, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calfcare import __version__
from calfcare.core.wording import DISCLAIMER
from calfcare.gui.shell.pages import PAGES
from calfcare.gui.shell.window_state import window_state

if TYPE_CHECKING:
    from calfcare.gui.shell.store import PlanStore

PREFERRED = QSize(1180, 760)
MINIMUM = QSize(640, 420)


class MainWindow(QMainWindow):
    """Hosts the pages; each page gets the store and nothing else.

    The window can paint before the store exists (``store=None``): it shows the
    sidebar and a short "getting your week ready" line, and ``attach`` brings the
    pages once the core has loaded. That keeps the first paint close to a bare
    window's.
    """

    pageShown = Signal(str)
    ready = Signal()
    quitRequested = Signal()  # File > Quit: the app should end, tray or not

    def __init__(
        self,
        store: PlanStore | None = None,
        parent: QWidget | None = None,
        *,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: PlanStore | None = None
        self._settings_file = settings_file or (store.paths.qt_settings if store else None)
        self.setWindowTitle("CalfCare")
        # Small enough for 1920x1080 at 200% (960x540): long pages scroll instead.
        self.setMinimumSize(MINIMUM)
        self._pages: dict[str, QWidget] = {}
        self._store_menus = False  # added by add_store_menus, once
        # Set by the app: asked on close, True means hide in the tray instead.
        self.hide_on_close: Callable[[], bool] | None = None
        self._quitting = False

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName("Pages")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        for spec in PAGES:
            item = QListWidgetItem(spec.title)
            item.setToolTip(f"{spec.title} ({spec.shortcut})")
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        note = QLabel(DISCLAIMER)
        note.setObjectName("disclaimer")
        note.setWordWrap(True)
        note.setAccessibleDescription("Safety note")
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
            "#nav::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "#nav::item:hover:!selected { background: palette(alternate-base); }"
            "#disclaimer { font-size: 8.5pt; color: palette(placeholder-text); }"
        )
        self._build_menus()
        self._loading = QLabel("Getting your week ready…")
        # A style sheet property rather than Qt.AlignmentFlag: touching the Qt namespace
        # costs ~15 ms, and this runs before the first paint.
        self._loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self._loading)
        self._restore_layout()
        if store is not None:
            self.attach(store)

    def set_waiting_text(self, text: str) -> None:
        """What the window says while it has no pages yet (before ``attach``)."""
        if self.store is None:
            self._loading.setText(text)

    def attach(self, store: PlanStore, *, menus_later: bool = False) -> None:
        """Bring in the pages, now that the store (profile, plan) is loaded.

        ``menus_later``: the caller adds the store's menu items (``add_store_menus``) once
        the page has painted, so the plan shows without waiting for them.
        """
        self.store = store
        self._settings_file = store.paths.qt_settings
        self.nav.currentRowChanged.connect(self._on_nav)
        # A screen reader picks a page by selecting it (AT-SPI), which moves no current row.
        self.nav.itemSelectionChanged.connect(self._follow_selection)
        # Focus may already have made the shell's first row current, and then setting it
        # again would signal nothing: set it quietly and show its page either way.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        self._on_nav(0)
        self.stack.removeWidget(self._loading)
        self._loading.deleteLater()
        if not menus_later:
            self.add_store_menus()
        self.ready.emit()

    def add_store_menus(self) -> None:
        """The menu items that need the store (pages, print and export, the log, run import);
        once, after ``attach``."""
        store = self.store
        if store is None or self._store_menus:
            return
        self._store_menus = True
        self._fill_menus()
        self._add_export_actions(store)
        from calfcare.gui.log.menu import add_log_menu  # after the first paint, with the store

        self.log_menu = add_log_menu(self, store, before=self.help_menu.menuAction())
        self._add_import_actions(store)

    # Pages -------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use (imports stay off start-up)."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            assert self.store is not None, "pages need the store: call attach() first"
            widget = spec.build(self.store)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> None:
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)].key

    def _follow_selection(self) -> None:
        rows = [index.row() for index in self.nav.selectionModel().selectedRows()]
        if rows and rows[0] != self.nav.currentRow():
            self.nav.setCurrentRow(rows[0])

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        self.stack.setCurrentWidget(self.page(key))
        self.pageShown.emit(key)

    # Menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        """The menu titles; their items come with the store (``_fill_menus``), after the
        first paint: nobody opens a menu in the moment before, and it saves ~2 ms."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.go_menu = bar.addMenu("&Go")
        self.help_menu = bar.addMenu("&Help")

    def _fill_menus(self) -> None:
        file_menu = self.file_menu
        quit_action = QAction("&Quit", self)
        # setShortcuts with a list, never setShortcut: resolving setShortcut's overloads
        # (or QKeySequence.StandardKey) builds Qt's whole enum namespace, ~12 ms before
        # the first paint. Qt maps Ctrl to Cmd on macOS.
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.quit)
        file_menu.addAction(quit_action)

        go = self.go_menu
        for spec in PAGES:
            action = QAction(spec.title, self)
            keys = [QKeySequence(spec.shortcut)]
            if spec.key == "settings":
                keys.append(QKeySequence("Ctrl+,"))  # the usual key for preferences, too
            action.setShortcuts(keys)
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            go.addAction(action)
            self.addAction(action)

        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcuts([QKeySequence("F1")])
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        self.addAction(shortcuts)
        about = QAction("&About CalfCare", self)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _add_export_actions(self, store: PlanStore) -> None:
        """Print and export the week on show, above Quit in the File menu."""
        from calfcare.gui.log.files import LogFiles
        from calfcare.gui.week.printing import WeekExporter

        self.exporter = WeekExporter(store, self, shortcuts=True)
        self.log_files = LogFiles(store, self)
        quit_action = self.file_menu.actions()[0]
        self.file_menu.insertActions(quit_action, self.exporter.actions())
        self.file_menu.insertSeparator(quit_action)
        self.file_menu.insertActions(quit_action, self.log_files.actions())
        self.file_menu.insertSeparator(quit_action)

    def show_shortcuts(self) -> QWidget:
        from calfcare.gui.shell.shortcuts import ShortcutsDialog  # on use, off start-up

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def _add_import_actions(self, store: PlanStore) -> None:
        """File > Import runs… (files or a folder), and watch files dropped on the window."""
        from calfcare.gui.log.run_import import RunImport

        self.run_import = RunImport(store, self)
        files = QAction("&Import runs…", self)
        files.setShortcuts([QKeySequence("Ctrl+I")])  # a list: see _fill_menus
        files.triggered.connect(self.run_import.choose_files)
        folder = QAction("Import runs from a &folder…", self)
        folder.triggered.connect(self.run_import.choose_folder)
        first = self.file_menu.actions()[0]
        self.file_menu.insertActions(first, [files, folder])
        self.file_menu.insertSeparator(first)
        self.import_actions = (files, folder)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event.mimeData())
        if paths and self.run_import.start(paths):
            event.acceptProposedAction()

    def _dropped_paths(self, mime: QMimeData) -> list[Path]:
        if self.store is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

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

    def _qsettings(self) -> QSettings | None:
        if self._settings_file is None:
            return None
        return window_state(self._settings_file)

    def _restore_layout(self) -> None:
        qs = self._qsettings()
        saved = qs.value("window/geometry") if qs is not None else None
        from calfcare.gui.widgets.screen_fit import keep_on_screen, open_fitted

        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            keep_on_screen(self)  # saved on a bigger screen or at a smaller scale
        else:
            open_fitted(self, PREFERRED)

    def quit(self) -> None:
        """Close for real (never into the tray) and ask the app to end."""
        self._quitting = True
        self.close()
        self.quitRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.hide_on_close is not None and self.hide_on_close():
            self._save_layout()
            event.ignore()
            self.hide()
            return
        self._save_layout()
        super().closeEvent(event)

    def _save_layout(self) -> None:
        settings = self._qsettings()
        if settings is not None:
            settings.setValue("window/geometry", self.saveGeometry())
            if self.store is not None:
                settings.setValue("window/page", self.current_key())
            settings.sync()

    def restore_page(self) -> None:
        settings = self._qsettings()
        key = settings.value("window/page") if settings is not None else None
        if isinstance(key, str) and any(s.key == key for s in PAGES):
            self.show_page(key)
