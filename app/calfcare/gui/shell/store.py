"""The app's state in one small object: profile, settings and the week on show.

Pages get the store in their constructor, read from it and listen to its
signals; only the store writes the profile and settings files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.errors import InputError
from calfcare.core.journey.replay import weeks_of_log
from calfcare.core.log import Log
from calfcare.core.paths import AppPaths, cache_dir
from calfcare.core.planning.models import WeekPlan
from calfcare.core.planning.triage import check_red_flags
from calfcare.core.profile import Complaint, Profile, load_profile, save_profile
from calfcare.core.settings import Settings
from calfcare.core.storage import keep_aside

PROFILE_CACHE = "profile.pickle"
SETTINGS_CACHE = "settings.pickle"
Clock = Callable[[], dt.date]


def monday_of(day: dt.date) -> dt.date:
    """The Monday that starts ``day``'s week: plans run Monday to Sunday, so a day's
    sessions do not change with the day you look at them."""
    return day - dt.timedelta(days=day.weekday())


class PlanStore(QObject):
    profileChanged = Signal()
    planChanged = Signal()
    settingsChanged = Signal()
    logChanged = Signal()

    def __init__(
        self,
        paths: AppPaths,
        *,
        today: Clock = dt.date.today,
        log: Log | None = None,
        log_problem: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths.ensure()
        self.log = log  # the progress log; None where it could not be opened
        self.log_problem = log_problem  # why there is no log, in words, to say once
        self.library: ContentLibrary = load_library()
        self._today = today
        # Files checked before in the same bytes load from the cache folder, unchecked.
        self.settings, self.settings_problem = Settings.load_noting(
            paths.settings, cache_file=cache_dir() / SETTINGS_CACHE
        )
        self.profile_problem: str | None = None
        self.profile: Profile | None = self._load_profile()
        self.week_start: dt.date = monday_of(self.today())
        self._plans: dict[dt.date, WeekPlan] = {}

    # Reading -----------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._today()

    def plan(self) -> WeekPlan | None:
        """The plan for the week on show (built on first use, then kept)."""
        return self.plan_for(self.week_start)

    def plan_for(self, day: dt.date) -> WeekPlan | None:
        """The plan of the week (Monday to Sunday) that holds ``day``."""
        if self.profile is None:
            return None
        start = monday_of(day)
        if start not in self._plans:
            profile, first = self._onset_week(start)
            weeks = weeks_of_log(profile, first)
            history = (
                self.log.history(first, weeks, units=profile.units)
                if self.log is not None
                else None
            )
            # The planner loads with the first plan: a first run shows the intake without it.
            from calfcare.core.planning.week import build_week

            self._plans[start] = build_week(profile, first, history, library=self.library)
        return self._plans[start]

    def _onset_week(self, start: dt.date) -> tuple[Profile, dt.date]:
        """The profile and first day to plan the week from ``start`` with: a plan never
        starts before the complaint's onset (build_week refuses that), so the onset's own
        week starts on the onset day and a week wholly before it has no complaint yet."""
        assert self.profile is not None
        since = self.profile.complaint.since
        if since is None or since <= start:
            return self.profile, start
        if since <= start + dt.timedelta(days=6):
            return self.profile, since
        return replace(self.profile, complaint=Complaint()), start

    # Writing -----------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        """Save the profile atomically and rebuild every plan from it."""
        save_profile(profile, self.paths.profile)
        self.profile = profile
        self.profile_problem = None
        self._plans.clear()
        self.profileChanged.emit()
        self.planChanged.emit()

    def log_changed(self) -> None:
        """Call after writing to the log: plans are rebuilt from the new history."""
        self._plans.clear()
        self.logChanged.emit()
        self.planChanged.emit()

    def replace_log(self, log: Log) -> None:
        """Use ``log`` from now on (after a restore); the old one is closed."""
        if self.log is not None and self.log is not log:
            self.log.close()
        self.log = log
        self.log_problem = None
        self.log_changed()

    def set_settings(self, settings: Settings) -> None:
        settings.save(self.paths.settings)
        self.settings = settings
        self.settingsChanged.emit()

    def show_week(self, day: dt.date) -> None:
        start = monday_of(day)
        if start != self.week_start:
            self.week_start = start
            self.planChanged.emit()

    def shift_week(self, weeks: int) -> None:
        self.show_week(self.week_start + dt.timedelta(days=7 * weeks))

    def back_to_today(self) -> None:
        self.show_week(self.today())

    # Internals ---------------------------------------------------------------------

    def _load_profile(self) -> Profile | None:
        path = self.paths.profile
        if not path.exists():
            return None
        try:
            profile = load_profile(path, cache_file=cache_dir() / PROFILE_CACHE)
            check_red_flags(profile, self.library, source=str(path))
        except InputError as exc:
            kept = keep_aside(path)
            where = f" It was kept as {kept.name}." if kept else ""
            self.profile_problem = f"Your saved answers could not be read ({exc}).{where}"
            return None
        return profile
