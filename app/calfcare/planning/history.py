"""What the planner reads from the runner's log.

The progress log (its own module) fills this in; the planner only reads it,
so planning stays pure and needs no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoggedRun:
    date: dt.date
    distance: float  # in the profile's units
    minutes: float


@dataclass(frozen=True)
class History:
    runs: tuple[LoggedRun, ...] = field(default_factory=tuple)

    def distance_between(self, first: dt.date, before: dt.date) -> float | None:
        """Logged distance from ``first`` up to (not including) ``before``; None if no runs."""
        runs = [r.distance for r in self.runs if first <= r.date < before]
        return sum(runs) if runs else None
