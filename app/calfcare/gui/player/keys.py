"""The session player's keys in words, for Help > Keyboard shortcuts."""

from __future__ import annotations

PLAYER_KEYS: tuple[tuple[str, str], ...] = (
    ("Space", "Start, pause or carry on"),
    ("Right arrow", "Skip to the next step"),
    ("Left arrow", "Back to the step before"),
    ("R", "Start this step again"),
    ("Enter", "This step is done (runs and other steps without a timer)"),
    ("Esc", "Stop the session, keeping what you did (it asks first)"),
    ("M", "A small timer on top of other windows"),
    ("F or F11", "Full screen on or off"),
)
