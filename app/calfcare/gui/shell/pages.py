"""The sidebar's pages: a table of titles, shortcuts and the function that builds each.

Each builder imports its page when first called, so no page costs start-up time, and
readers (and mypy) can follow the import. A builder hands its page the store's roles
that page uses (see ``roles``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from calfcare.gui.shell.store import PlanStore


def _today(store: PlanStore) -> QWidget:
    from calfcare.gui.today.page import TodayPage

    return TodayPage(store)


def _road_back(store: PlanStore) -> QWidget:
    from calfcare.gui.road_back.page import RoadBackPage

    return RoadBackPage(store)


def _week(store: PlanStore) -> QWidget:
    from calfcare.gui.week.page import WeekPage

    return WeekPage(store)


def _exercises(store: PlanStore) -> QWidget:
    from calfcare.gui.exercises.page import ExercisesPage

    return ExercisesPage(store)


def _causes(store: PlanStore) -> QWidget:
    from calfcare.gui.causes.page import CausesPage

    return CausesPage(store)


def _profile(store: PlanStore) -> QWidget:
    from calfcare.gui.profile.page import ProfilePage

    return ProfilePage(store)


def _settings(store: PlanStore) -> QWidget:
    from calfcare.gui.settings.page import SettingsPage

    return SettingsPage(store)


def _progress(store: PlanStore) -> QWidget:
    from calfcare.gui.progress.page import ProgressPage

    return ProgressPage(store)


class PageSpec(NamedTuple):
    key: str
    title: str
    build: Callable[[PlanStore], QWidget]
    shortcut: str


PAGES = (
    PageSpec("today", "Today", _today, "Ctrl+1"),
    PageSpec("road_back", "Road back", _road_back, "Ctrl+2"),
    PageSpec("week", "Week", _week, "Ctrl+3"),
    PageSpec("exercises", "Exercises", _exercises, "Ctrl+4"),
    PageSpec("causes", "Why it hurts", _causes, "Ctrl+5"),
    PageSpec("profile", "My answers", _profile, "Ctrl+6"),
    PageSpec("settings", "Settings", _settings, "Ctrl+7"),
    PageSpec("progress", "Progress", _progress, "Ctrl+8"),
)
