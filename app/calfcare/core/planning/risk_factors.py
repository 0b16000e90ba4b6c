"""Risk factors: plain facts read off a profile and the log that point to likely causes.

``RISK_FACTORS`` is the vocabulary the content's causes refer to (their ``signals``,
checked at load); each value is the phrase used to tell the runner why a cause was picked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from calfcare.core.planning.history import History
    from calfcare.core.profile import Profile

RISK_FACTORS: dict[str, str] = {
    "shoes_past_mileage": "your shoes have passed 300 miles (480 km)",
    "shoes_well_past_mileage": "your shoes have passed 500 miles (800 km)",
    "shoes_old": "your shoes are 6 months old or more",
    "forefoot_strike": "you land on your forefoot",
    "heel_strike": "you land heel first",
    "transitioning_strike": "you are changing how your foot lands",
    "change_more_distance": "you have added distance lately",
    "change_faster_pace": "you have been running faster lately",
    "change_speedwork": "you have added speed work",
    "change_hills": "you have added hills",
    "change_barefoot": "you have started running barefoot or in minimal shoes",
    "change_lower_drop_shoes": "you have moved to shoes with a lower heel-to-toe drop",
    "change_more_cross_training": "you have added cross-training",
    "change_back_after_break": "you are back after a break",
    "terrain_hilly": "you run on hilly ground",
    "terrain_trail": "you run on trails",
    "terrain_mixed": "you run on mixed ground with some hills",
    "age_40_plus": "you are 40 or older",
    "no_warmup_habit": "you do not usually warm up",
    "no_cooldown_habit": "you do not usually cool down",
    "no_stretch_habit": "you do not usually stretch after running",
    "no_strength_habit": "you do no strength training yet",
    "no_drink_habit": "you may not drink enough",
    "new_runner": "you are new to running",
    "returning_runner": "you are returning to running",
    "many_running_days": "you run five or more days a week",
    "back_to_back_runs": "you run three or more days in a row",
    "complaint_doms": "your calves ache a day or two after running",
    "complaint_cramp": "you get calf cramps",
    "complaint_tightness": "your calves feel tight",
    "complaint_strain": "you have strained your calf",
}

SHOE_MILES_LOW = 300.0
SHOE_MILES_HIGH = 500.0
SHOE_MONTHS = 6
OLDER_RUNNER_AGE = 40


def _longest_run_of_days(days: list[str]) -> int:
    order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    flags = [d in days for d in order]
    if all(flags):
        return 7
    best = run = 0
    # The week wraps: Sunday runs into Monday.
    for flag in flags + flags:
        run = run + 1 if flag else 0
        best = max(best, run)
    return best


def profile_risk_factors(profile: Profile) -> set[str]:
    """Every signal that the profile shows."""
    from calfcare.core.profile import ComplaintKind, Experience, FootStrike, Habit, Terrain

    found: set[str] = set()
    miles = profile.shoe_miles()
    if miles >= SHOE_MILES_LOW:
        found.add("shoes_past_mileage")
    if miles >= SHOE_MILES_HIGH:
        found.add("shoes_well_past_mileage")
    if profile.shoes.age_months >= SHOE_MONTHS:
        found.add("shoes_old")
    strike = {
        FootStrike.forefoot: "forefoot_strike",
        FootStrike.heel: "heel_strike",
        FootStrike.transitioning: "transitioning_strike",
    }.get(profile.foot_strike)
    if strike:
        found.add(strike)
    found.update(f"change_{c.value}" for c in profile.recent_changes)
    terrain = {
        Terrain.hilly: "terrain_hilly",
        Terrain.trail: "terrain_trail",
        Terrain.mixed: "terrain_mixed",
    }.get(profile.terrain)
    if terrain:
        found.add(terrain)
    if profile.age >= OLDER_RUNNER_AGE:
        found.add("age_40_plus")
    habits = set(profile.habits)
    for habit, signal in (
        (Habit.warm_up, "no_warmup_habit"),
        (Habit.cool_down, "no_cooldown_habit"),
        (Habit.stretch_after, "no_stretch_habit"),
        (Habit.strength_training, "no_strength_habit"),
        (Habit.drink_enough, "no_drink_habit"),
    ):
        if habit not in habits:
            found.add(signal)
    if profile.experience is Experience.new:
        found.add("new_runner")
    elif profile.experience is Experience.returning:
        found.add("returning_runner")
    if len(profile.running_days) >= 5:
        found.add("many_running_days")
    if _longest_run_of_days(list(profile.running_days)) >= 3:
        found.add("back_to_back_runs")
    if profile.complaint.kind is not ComplaintKind.none:
        found.add(f"complaint_{profile.complaint.kind.value}")
    return found


def log_risk_factors(history: History | None, profile: Profile, on: dt.date) -> dict[str, str]:
    """Signals the log shows (with their own wording): the logged shoes' distance and age."""
    from calfcare.core.profile import KM_PER_MILE, Units

    if history is None:
        return {}
    pair = history.current_shoes()
    if pair is None:
        return {}
    found: dict[str, str] = {}
    distance = history.shoe_distance(pair)
    miles = distance / KM_PER_MILE if profile.units is Units.km else distance
    units = profile.units.value
    said = f"your logged shoes '{pair.name}' have {distance:.0f} {units} on them"
    if miles >= SHOE_MILES_LOW:
        found["shoes_past_mileage"] = said
    if miles >= SHOE_MILES_HIGH:
        found["shoes_well_past_mileage"] = said
    months = (on.year - pair.started.year) * 12 + (on.month - pair.started.month)
    if months >= SHOE_MONTHS:
        found["shoes_old"] = f"your logged shoes '{pair.name}' are {months} months old"
    return found
