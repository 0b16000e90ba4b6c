"""Distances: the log keeps metres; the runner types and reads km or mi.

Conversion happens only here, at the edges (entry fields, lists, charts, the
command line), so switching units in Settings restates every logged distance
instead of relabelling it.
"""

from __future__ import annotations

import json
from pathlib import Path

METRES_PER_UNIT: dict[str, float] = {"km": 1000.0, "mi": 1609.344}


def metres_per(units: str) -> float:
    """Metres in one km or mi; ValueError for any other unit name."""
    try:
        return METRES_PER_UNIT[str(units)]
    except KeyError:
        raise ValueError(f"units: must be km or mi (got {units!r})") from None


def to_metres(distance: float, units: str) -> float:
    return distance * metres_per(units)


def from_metres(metres: float, units: str) -> float:
    return metres / metres_per(units)


def shown(metres: float, units: str) -> str:
    """A distance as the runner reads it: at most two decimals, no trailing zeros."""
    return f"{round(from_metres(metres, units), 2):g}"


def profile_units(profile: Path) -> str:
    """The units a saved profile names; km when there is none or it cannot be read.

    Read without the profile model so that opening the log stays light; used
    only where old distances must be converted (a log or backup from before metres).
    """
    try:
        units = json.loads(profile.read_text(encoding="utf-8")).get("units", "km")
    except (OSError, ValueError, AttributeError):
        return "km"
    return units if units in METRES_PER_UNIT else "km"
