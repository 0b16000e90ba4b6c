"""Distances in content text restated in the runner's units ("300-500 miles" for a
kilometre runner reads "480-800 km")."""

from __future__ import annotations

import re

from calfcare.core.profile import KM_PER_MILE

_BOTH = re.compile(r"\b\d+ miles \((\d+ km)\)")  # "300 miles (480 km)": the km alone
_MILES = re.compile(r"\b(\d+)(?:\s*(-|–|to)\s*(\d+))?\s+miles\b")


def _km(miles: str) -> str:
    return str(round(int(miles) * KM_PER_MILE / 10) * 10)  # to the nearest 10 km


def in_units(text: str, units: str) -> str:
    """``text`` with every "N miles" / "N-M miles" given in km when ``units`` is "km"."""
    if units != "km":
        return text

    def restate(match: re.Match[str]) -> str:
        low, joiner, high = match.group(1), match.group(2), match.group(3)
        if high is None:
            return f"{_km(low)} km"
        return f"{_km(low)}{joiner if joiner != 'to' else ' to '}{_km(high)} km"

    return _MILES.sub(restate, _BOTH.sub(r"\1", text))
