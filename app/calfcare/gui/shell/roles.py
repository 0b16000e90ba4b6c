"""What a page may ask of the app's state: the store's roles, one small interface each.

``PlanStore`` plays all of them; a page or dialog names in its constructor the roles
it uses, so its dependencies read from its signature, mypy holds it to them, and a
test can hand it anything that plays those roles.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from calfcare.core.content.library import ContentLibrary
    from calfcare.core.journey.road import RoadBack
    from calfcare.core.log import Log
    from calfcare.core.paths import AppPaths
    from calfcare.core.planning.models import WeekPlan
    from calfcare.core.profile import Profile
    from calfcare.core.settings import Settings


class Profiled(Protocol):
    """The runner's answers as read: what the answers and the plans share."""

    @property
    def library(self) -> ContentLibrary: ...
    @property
    def profile(self) -> Profile | None: ...
    @property
    def profile_problem(self) -> str | None: ...
    @property
    def profileChanged(self) -> SignalInstance: ...
    def today(self) -> dt.date: ...


class Answers(Profiled, Protocol):
    """The runner's answers (the intake), and changing them."""

    def set_profile(self, profile: Profile) -> None: ...


class Plans(Profiled, Protocol):
    """The weeks built from the answers and the log, and which week is on show."""

    @property
    def planChanged(self) -> SignalInstance: ...
    @property
    def week_start(self) -> dt.date: ...
    def plan(self) -> WeekPlan | None: ...
    def plan_for(self, day: dt.date) -> WeekPlan | None: ...
    def show_week(self, day: dt.date) -> None: ...
    def shift_week(self, weeks: int) -> None: ...
    def back_to_today(self) -> None: ...


class Journeys(Protocol):
    """Where the runner stands today on the road back (None without answers)."""

    @property
    def planChanged(self) -> SignalInstance: ...
    def road_back(self) -> RoadBack | None: ...


class Logbook(Protocol):
    """The progress log (None when it could not be opened) and saying it changed."""

    @property
    def log(self) -> Log | None: ...
    @property
    def log_problem(self) -> str | None: ...
    @property
    def paths(self) -> AppPaths: ...
    @property
    def profile(self) -> Profile | None: ...  # its units, for entry and display
    @property
    def profileChanged(self) -> SignalInstance: ...
    @property
    def logChanged(self) -> SignalInstance: ...
    def today(self) -> dt.date: ...
    def log_changed(self) -> None: ...
    def replace_log(self, log: Log) -> None: ...


class Preferences(Protocol):
    """The runner's settings (sound, theme, paper, reminders)."""

    @property
    def settings(self) -> Settings: ...
    @property
    def settings_problem(self) -> str | None: ...  # why saved settings were set aside
    @property
    def settingsChanged(self) -> SignalInstance: ...
    def set_settings(self, settings: Settings) -> None: ...


class PlansAndLog(Plans, Logbook, Preferences, Protocol):
    """Pages that show the plan and record what was done (Today, the player's link)."""


class PlansToShow(Plans, Preferences, Protocol):
    """Pages that show the plan as the settings say (Week, printing)."""

    @property
    def paths(self) -> AppPaths: ...  # the calendar export's record of events handed out


class AnswersToSet(Answers, Preferences, Protocol):
    """Settings: the answers' units and the settings themselves."""


class RoadBackRoles(Journeys, Logbook, Preferences, Protocol):
    """The Road back page: the journey, the log its buttons write to, the theme it follows."""

    @property
    def library(self) -> ContentLibrary: ...


class Everything(Plans, Answers, Logbook, Preferences, Journeys, Protocol):
    """Today and the tray: the hub of the app."""


class LogAndPreferences(Logbook, Preferences, Protocol):
    """Importing runs: the log to write and the settings' pair for imported runs."""


class AnswersLogAndPreferences(Answers, Logbook, Preferences, Protocol):
    """Settings: the answers' units, the log's shoes, and the settings themselves."""
