"""Content distances in the runner's units."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from calfcare.core.units_text import in_units

NOTE = "prompts a new pair once they pass 300-500 miles or six months."


def test_a_kilometre_runner_reads_kilometres() -> None:
    assert in_units(NOTE, "km") == "prompts a new pair once they pass 480-800 km or six months."
    assert in_units("every 300 to 500 miles", "km") == "every 480 to 800 km"
    assert in_units("after 500 miles", "km") == "after 800 km"
    assert in_units("shoes have passed 300 miles (480 km)", "km") == "shoes have passed 480 km"


def test_a_mile_runner_reads_the_text_as_written() -> None:
    assert in_units(NOTE, "mi") == NOTE


@given(st.integers(min_value=1, max_value=5000))
def test_no_miles_are_left_for_a_kilometre_runner(miles: int) -> None:
    restated = in_units(f"run {miles} miles a year", "km")
    assert "mile" not in restated
    km = int(restated.split()[1])
    assert abs(km - miles * 1.609344) <= 5  # to the nearest 10 km
