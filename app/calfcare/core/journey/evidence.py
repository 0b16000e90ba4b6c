"""What the gates read on a date: the log where it has something, the intake otherwise.

The history is indexed once by date so that replaying a year of weeks stays
quick (``plan_build`` must stay within 5 ms).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter
from typing import Generic, TypeVar

from calfcare.core.day_words import say_date
from calfcare.core.planning.history import (
    History,
    LoggedRun,
    PainScore,
    RaiseTest,
    SessionRecord,
)
from calfcare.core.profile import Profile

WEEK = dt.timedelta(days=7)
_DATE = attrgetter("date")


T = TypeVar("T", PainScore, SessionRecord, RaiseTest, LoggedRun)


class Dated(Generic[T]):
    """Entries of one kind sorted by date, sliced by date range with bisect."""

    def __init__(self, entries: tuple[T, ...] | list[T]) -> None:
        # The log hands entries over in date order; sorting them again is then linear.
        self.entries: list[T] = sorted(entries, key=_DATE)

    def between(self, first: dt.date, before: dt.date) -> list[T]:
        lo = bisect_left(self.entries, first, key=_DATE)
        hi = bisect_left(self.entries, before, lo=lo, key=_DATE)
        return self.entries[lo:hi]

    def last_before(self, before: dt.date, since: dt.date | None = None) -> T | None:
        hi = bisect_left(self.entries, before, key=_DATE)
        if hi == 0:
            return None
        entry = self.entries[hi - 1]
        return entry if since is None or entry.date >= since else None

    def first_date(self) -> dt.date | None:
        return self.entries[0].date if self.entries else None


@dataclass(frozen=True)
class Evidence:
    """The runner's profile and log, indexed for the journey."""

    profile: Profile
    pain: Dated[PainScore]
    mornings: Dated[PainScore]
    sessions: Dated[SessionRecord]
    raise_tests: Dated[RaiseTest]
    runs: Dated[LoggedRun]

    @classmethod
    def of(cls, profile: Profile, history: History | None) -> Evidence:
        h = history or History()
        return cls(
            profile,
            Dated(h.pain),
            Dated([p for p in h.pain if p.when == "morning"]),
            Dated(h.sessions),
            Dated(h.raise_tests),
            Dated(h.runs),
        )

    def has_log(self) -> bool:
        return any((self.pain.entries, self.sessions.entries, self.raise_tests.entries))

    def first_logged(self) -> dt.date | None:
        dates = [
            d
            for d in (
                self.pain.first_date(),
                self.sessions.first_date(),
                self.raise_tests.first_date(),
                self.runs.first_date(),
            )
            if d is not None
        ]
        return min(dates) if dates else None

    def days_since_onset(self, on: dt.date) -> int | None:
        return self.profile.days_since_onset(on)

    def current_pain(self, on: dt.date) -> tuple[int, str]:
        """The newest pain score before ``on`` and where it came from.

        The intake's score counts only until the log has a score of its own
        from the onset on (any score, for a runner with no complaint).
        """
        since = self.profile.complaint.since
        logged = self.pain.last_before(on, since)
        if logged is not None:
            return (
                logged.score,
                f"logged {logged.when} score on {say_date(logged.date, 'day_month')}",
            )
        return self.profile.complaint.pain, "your intake answer"

    def morning_pain(self, on: dt.date) -> int:
        """The latest morning score before ``on``, else the current pain."""
        since = self.profile.complaint.since
        logged = self.mornings.last_before(on, since)
        return logged.score if logged is not None else self.current_pain(on)[0]

    def session_pain(self, on: dt.date) -> int | None:
        """The worst pain during or after a session in the week before ``on``."""
        scores = [p.score for p in self.pain.between(on - WEEK, on) if p.when != "morning"]
        return max(scores) if scores else None

    def raise_test(self, on: dt.date) -> RaiseTest | None:
        return self.raise_tests.last_before(on)

    def runs_last_week(self, on: dt.date) -> list[LoggedRun]:
        return self.runs.between(on - WEEK, on)
