"""Open the intake wizard, filled with the saved answers, to change them from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from calfcare.gui.intake.wizard import IntakeWizard
from calfcare.gui.shell.roles import Answers


def open_edit_answers(store: Answers, parent: QWidget) -> IntakeWizard:
    """Show a pre-filled wizard without blocking; saving through the store on Finish."""
    wizard = IntakeWizard(store.library, store.profile, store.today(), parent)
    if store.profile_problem:
        wizard.set_notice(store.profile_problem)

    def finished(_result: int) -> None:
        profile = wizard.result_profile()
        if profile is not None:
            try:
                store.set_profile(profile)
            except OSError as exc:
                box = QMessageBox(parent)
                box.setIcon(QMessageBox.Icon.Warning)
                box.setWindowTitle("Answers not saved")
                box.setText(f"Your answers could not be saved ({exc.strerror or exc}).")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
        wizard.deleteLater()

    wizard.finished.connect(finished)
    wizard.open()
    return wizard
