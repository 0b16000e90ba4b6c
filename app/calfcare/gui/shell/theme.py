"""Light and dark palettes (Fusion style with clear focus rings), following the system
when asked to."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

RING_STYLE = "calfcare-fusion"  # the name of the focus-ring style once installed

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1d2329",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef1f4",
    QPalette.ColorRole.Text: "#1d2329",
    QPalette.ColorRole.Button: "#e9ecef",
    QPalette.ColorRole.ButtonText: "#1d2329",
    QPalette.ColorRole.Highlight: "#1f6f5c",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d2329",
    QPalette.ColorRole.PlaceholderText: "#6b7480",
    QPalette.ColorRole.Link: "#1a5fb4",
    QPalette.ColorRole.Mid: "#c9ced4",
}
_DARK = {
    QPalette.ColorRole.Window: "#1e2226",
    QPalette.ColorRole.WindowText: "#e6e9ec",
    QPalette.ColorRole.Base: "#272c31",
    QPalette.ColorRole.AlternateBase: "#2e343a",
    QPalette.ColorRole.Text: "#e6e9ec",
    QPalette.ColorRole.Button: "#30363c",
    QPalette.ColorRole.ButtonText: "#e6e9ec",
    QPalette.ColorRole.Highlight: "#3fa489",
    QPalette.ColorRole.HighlightedText: "#0d1512",
    QPalette.ColorRole.ToolTipBase: "#30363c",
    QPalette.ColorRole.ToolTipText: "#e6e9ec",
    QPalette.ColorRole.PlaceholderText: "#8d96a0",
    QPalette.ColorRole.Link: "#78aeed",
    QPalette.ColorRole.Mid: "#454c53",
}

# Colours for warnings and accents that read well on both palettes.
ACCENT = {"light": "#1f6f5c", "dark": "#3fa489"}
DANGER = {"light": "#b3261e", "dark": "#ff8a80"}
WARNING = {"light": "#8a5a00", "dark": "#ffcc66"}


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(colours[QPalette.ColorRole.PlaceholderText])
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_system_dark: bool | None = None


def remember_system_palette(app: QGuiApplication) -> None:
    """Note whether the desktop's own palette is dark, before CalfCare sets its own."""
    global _system_dark  # noqa: PLW0603 - one fact about the desktop, read once per change
    window = app.palette().color(QPalette.ColorRole.Window)
    _system_dark = window.lightness() < 128


def resolved(theme: str) -> str:
    """'light' or 'dark': what ``theme`` ('system', 'light' or 'dark') means right now."""
    if theme not in ("light", "dark"):
        # The palette tells dark from light on every platform, without the ~15 ms
        # it costs to load Qt's enum namespace for styleHints().colorScheme().
        return "dark" if _system_dark else "light"
    return theme


def apply_theme(app: QApplication, theme: str, *, focus_rings: bool = True) -> str:
    """Set the style and palette; returns the name of the palette applied.

    ``focus_rings=False`` keeps plain Fusion if nothing more is installed yet: the start
    path paints without the Python-drawn rings (each draw would call into Python) and
    ``install_focus_rings`` adds them once the window is ready."""
    if _system_dark is None:
        remember_system_palette(app)
    if focus_rings:
        install_focus_rings(app)
    elif app.style().objectName() != RING_STYLE and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    name = resolved(theme)
    palette = _palette(_DARK if name == "dark" else _LIGHT)
    app.setProperty("calfcareTheme", name)
    if app.palette() != palette:
        app.setPalette(palette)
        _repolish(app)
    return name


def install_focus_rings(app: QApplication) -> None:
    """Fusion with clear focus rings (``focus_style``), if not installed already."""
    if app.style().objectName() != RING_STYLE:
        # Loaded here, not at start: its Qt style enums cost the first paint ~10 ms.
        from calfcare.gui.shell.focus_style import FocusRingStyle

        style = FocusRingStyle()
        style.setObjectName(RING_STYLE)
        app.setStyle(style)


def _repolish(app: QApplication) -> None:
    """Give widgets under a style sheet the new palette.

    A style sheet fixes its widgets' palette when it polishes them, so they (the
    menu bar and sidebar included) would keep the old colours; setting the sheet
    again polishes them with the new one.
    """
    from shiboken6 import isValid

    # Polishing one widget may replace others (a combo box's popup): skip the gone. Closed
    # windows are left alone (they may be on their way out); a menu belongs to its window.
    for widget in app.allWidgets():
        if isValid(widget) and widget.styleSheet() and _belongs_to_a_shown_window(widget):
            widget.setStyleSheet(widget.styleSheet())


def _belongs_to_a_shown_window(widget: QWidget) -> bool:
    window: QWidget | None = widget.window()
    while window is not None and not window.isVisible():
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return window is not None


def current() -> str:
    app = QApplication.instance()
    name = app.property("calfcareTheme") if app is not None else None
    return name if name in ("light", "dark") else "light"


def danger() -> str:
    return DANGER[current()]


def accent() -> str:
    return ACCENT[current()]


def warning() -> str:
    return WARNING[current()]
