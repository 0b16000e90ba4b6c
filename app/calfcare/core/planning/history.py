"""What the planner reads from the runner's log.

The progress log (``calfcare.core.log``) fills this in from its database; the
planner only reads it, so planning stays pure and needs no database.
Distances are in the profile's units.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

PainWhen = Literal["during", "after", "morning"]
SessionStatus = Literal["done", "partial", "skipped"]


@dataclass(frozen=True)
class LoggedRun:
    date: dt.date
    distance: float
    minutes: float
    shoes: str | None = None


@dataclass(frozen=True)
class PainScore:
    date: dt.date
    when: PainWhen
    score: int  # 0-10


@dataclass(frozen=True)
class SessionRecord:
    """A planned session and how much of it was done."""

    date: dt.date
    kind: str  # a SessionKind value
    status: SessionStatus


@dataclass(frozen=True)
class RaiseTest:
    """The most single-leg calf raises in a row, per side."""

    date: dt.date
    left: int
    right: int


@dataclass(frozen=True)
class ShoePair:
    name: str
    start_distance: float  # already on the shoes when they were added
    started: dt.date
    retired: bool = False


@dataclass(frozen=True)
class History:
    runs: tuple[LoggedRun, ...] = field(default_factory=tuple)
    pain: tuple[PainScore, ...] = field(default_factory=tuple)
    sessions: tuple[SessionRecord, ...] = field(default_factory=tuple)
    raise_tests: tuple[RaiseTest, ...] = field(default_factory=tuple)
    shoes: tuple[ShoePair, ...] = field(default_factory=tuple)

    def distance_between(self, first: dt.date, before: dt.date) -> float | None:
        """Logged distance from ``first`` up to (not including) ``before``; None if no runs."""
        runs = [r.distance for r in self.runs if first <= r.date < before]
        return sum(runs) if runs else None

    def pain_between(
        self, first: dt.date, before: dt.date, when: PainWhen | None = None
    ) -> list[PainScore]:
        return [
            p for p in self.pain if first <= p.date < before and (when is None or p.when == when)
        ]

    def sessions_between(self, first: dt.date, before: dt.date) -> list[SessionRecord]:
        return [s for s in self.sessions if first <= s.date < before]

    def latest_raise_test(self, before: dt.date) -> RaiseTest | None:
        tests = [t for t in self.raise_tests if t.date < before]
        return max(tests, key=lambda t: t.date) if tests else None

    def current_shoes(self) -> ShoePair | None:
        worn = [s for s in self.shoes if not s.retired]
        return max(worn, key=lambda s: s.started) if worn else None

    def shoe_distance(self, pair: ShoePair) -> float:
        """Distance on ``pair``: what it had when added plus every run logged in it."""
        return pair.start_distance + sum(
            r.distance for r in self.runs if r.shoes == pair.name and r.date >= pair.started
        )
