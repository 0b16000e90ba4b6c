"""The player's controls: big buttons under the timer and the keys that do the same.

Each button's tip names its key; ``action_for`` is that key map, so a key
pressed on the window or the mini timer runs what the button would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calfcare.core.player.machine import State
from calfcare.core.player.steps import Step, StepKind
from calfcare.gui.player import view
from calfcare.gui.player.driver import PlayerDriver
from calfcare.gui.widgets.fonts import scaled_font

Key = Qt.Key


class PlayerControls(QWidget):
    """Back, Restart step, Start/Pause, Skip, Done and Stop in a row; Mini timer and Full
    screen below. ``show_state`` keeps Start/Pause and Done in step with the player."""

    def __init__(
        self,
        driver: PlayerDriver,
        *,
        ask_stop: Callable[[], None],
        toggle_mini: Callable[[], None],
        toggle_full: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.back = self._button("Back", "Go to the step before (Left arrow)", driver.back)
        self.restart = self._button(
            "Restart step", "Start this step again (R)", driver.restart_step
        )
        self.toggle = self._button("Start", "Start, pause or carry on (Space)", driver.toggle)
        self.skip = self._button(
            "Skip", "Leave this step, go to the next (Right arrow)", driver.skip
        )
        self.done = self._button("Done", "This step is done (Enter)", driver.complete_manual)
        self.stop = self._button("Stop", "End the session, keeping what you did (Esc)", ask_stop)
        self.mini_button = self._button("Mini timer", "A small timer on top (M)", toggle_mini)
        self.full = self._button("Full screen", "Fill the screen or not (F11 or F)", toggle_full)
        self._keys: dict[int, Callable[[], None]] = {
            Key.Key_Space: driver.toggle,
            Key.Key_Right: driver.skip,
            Key.Key_Left: driver.back,
            Key.Key_R: driver.restart_step,
            Key.Key_Escape: ask_stop,
            Key.Key_Return: driver.complete_manual,
            Key.Key_Enter: driver.complete_manual,
            Key.Key_M: toggle_mini,
            Key.Key_F11: toggle_full,
            Key.Key_F: toggle_full,
        }
        controls = QHBoxLayout()
        for each in (self.back, self.restart, self.toggle, self.skip, self.done, self.stop):
            controls.addWidget(each)
        extras = QHBoxLayout()
        extras.addStretch(1)
        extras.addWidget(self.mini_button)
        extras.addWidget(self.full)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(extras)

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        # Keys belong to the window: a focused button would swallow Space and the arrows.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setFont(scaled_font(self.font(), 1.3, bold=True))
        button.setMinimumHeight(self.fontMetrics().height() * 3)
        button.clicked.connect(action)
        return button

    def action_for(self, key: int) -> Callable[[], None] | None:
        """The control bound to ``key``, or None when the key means nothing here."""
        return self._keys.get(key)

    def show_state(self, state: State, step: Step) -> None:
        self.toggle.setText(view.toggle_label(state))
        manual = step.kind is StepKind.manual
        self.done.setVisible(manual)
        self.done.setEnabled(manual and state in (State.running, State.paused))
