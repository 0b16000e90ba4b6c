"""The intake's answers as Progress's first points, from day one.

The pain the runner gave and the distance already on their shoes are shown on the
charts, marked "from your answers", but never written to the log: the planner reads
the log's history, and an invented pain entry or pair of shoes would count there as
something the runner logged.
"""

from __future__ import annotations

import datetime as dt

from calfcare.core.log.charts import ShoeDistance
from calfcare.core.profile import ComplaintKind, Profile
from calfcare.core.units import to_metres

FROM_ANSWERS = "from your answers"
ANSWERED_SHOES = "Your shoes (from your answers)"


def answered_on(saved: float | None, today: dt.date) -> dt.date:
    """The day the answers were saved (a file time, or None for unknown), never after today."""
    if saved is None:
        return today
    return min(dt.datetime.fromtimestamp(saved).date(), today)


def answered_pain(profile: Profile | None, on: dt.date) -> tuple[dt.date, int] | None:
    """The pain score the intake took, on the day it was given; None without a complaint."""
    if profile is None or profile.complaint.kind is ComplaintKind.none:
        return None
    return on, profile.complaint.pain


def answered_shoes(profile: Profile | None, on: dt.date) -> ShoeDistance | None:
    """The runner's current pair as the intake described it; None if no distance was given."""
    if profile is None or profile.shoes.distance <= 0:
        return None
    started = on - dt.timedelta(days=round(profile.shoes.age_months * 30.4))
    metres = to_metres(profile.shoes.distance, str(profile.units))
    return ShoeDistance(ANSWERED_SHOES, metres, started, retired=False)
