"""Walk the accessibility tree Qt hands to screen readers (AT-SPI on Linux) and list
what a screen reader would get wrong: an interactive control without a name, or a
label whose name hides its visible text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.Slider,
    Role.SpinBox,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTab,
    Role.ToolBar,
}


def walk(root: QWidget) -> Iterator[QAccessibleInterface]:
    """Every accessible node under ``root`` that is on show, depth first."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None
    assert top.isValid()
    stack = [top]
    while stack:
        node = stack.pop()
        if node.state().invisible:
            continue
        yield node
        # Items of lists and tables are the views' own business (checked as one control).
        if node.role() in (Role.List, Role.Table, Role.Tree):
            continue
        for index in reversed(range(node.childCount())):
            child = node.child(index)
            if child is not None and child.isValid():
                stack.append(child)


def visible_text(label: QLabel) -> str:
    """The words the label shows (a mnemonic's & is not shown; in rich text & is a word)."""
    text = label.text()
    if label.textFormat() != label.textFormat().PlainText and "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    else:
        text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


def problems(root: QWidget) -> list[str]:
    found: list[str] = []
    for node in walk(root):
        name = " ".join(node.text(QAccessible.Text.Name).split())
        widget = node.object()
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if node.role() in INTERACTIVE and not name and not node.state().disabled:
            found.append(f"unnamed {node.role().name}: {where}")
        if isinstance(widget, QLabel) and name:
            shown = visible_text(widget)
            if shown and shown not in name:
                found.append(f"label named {name!r} hides its text {shown[:40]!r}: {where}")
    return found
