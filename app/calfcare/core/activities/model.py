"""What an activity file holds, as far as the log cares, and why a file was refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

RUNNING = "running"


class UnreadableFile(Exception):
    """A file that cannot be read as an activity; the message says why in plain words."""


@dataclass(frozen=True)
class Activity:
    """One recorded activity. ``start`` is timezone-aware; ``seconds`` is the timer time."""

    start: dt.datetime
    sport: str  # lower case, as the file names it: running, cycling, walking, other, ...
    metres: float
    seconds: float
    local_offset: dt.timedelta | None = None  # the watch's own UTC offset, when it says

    def local_start(self) -> dt.datetime:
        """The start in the runner's time: the watch's offset, else this machine's zone."""
        if self.local_offset is not None:
            return self.start.astimezone(dt.timezone(self.local_offset))
        return self.start.astimezone()

    def key(self) -> str:
        """The same activity read twice (or from two exports) has the same key."""
        utc = self.start.astimezone(dt.UTC)
        return f"{utc:%Y-%m-%dT%H:%M:%SZ} {self.sport}"


def sport_name(raw: str | None) -> str:
    """A sport as a runner says it: ``trail_running`` -> ``trail running``; none -> other."""
    if raw is None or not str(raw).strip():
        return "other"
    return str(raw).strip().lower().replace("_", " ")
