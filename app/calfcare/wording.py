"""Plain words for the profile's choices, shared by every screen and printout."""

from __future__ import annotations

from calfcare.content.models import Equipment
from calfcare.profile import (
    ComplaintKind,
    Experience,
    FootStrike,
    Habit,
    Profile,
    RecentChange,
    Side,
    Terrain,
)

EXPERIENCE = {
    Experience.new: "New to running",
    Experience.returning: "Coming back after a break",
    Experience.regular: "Running regularly",
}
FOOT_STRIKE = {
    FootStrike.heel: "Heel first",
    FootStrike.midfoot: "Midfoot",
    FootStrike.forefoot: "Forefoot (balls of the feet)",
    FootStrike.transitioning: "Changing how I land",
}
TERRAIN = {
    Terrain.flat: "Mostly flat",
    Terrain.hilly: "Hilly",
    Terrain.trail: "Trails",
    Terrain.mixed: "A mix",
}
RECENT_CHANGES = {
    RecentChange.more_distance: "Running further",
    RecentChange.faster_pace: "Running faster",
    RecentChange.speedwork: "Added speed work",
    RecentChange.hills: "Added hills",
    RecentChange.barefoot: "Barefoot or minimal shoes",
    RecentChange.lower_drop_shoes: "Shoes with a lower heel drop",
    RecentChange.more_cross_training: "More cross-training",
    RecentChange.back_after_break: "Back after a break",
}
EQUIPMENT = {
    Equipment.step: "A step or stair",
    Equipment.wall: "A clear wall",
    Equipment.towel: "A towel or strap",
    Equipment.foam_roller: "Foam roller",
    Equipment.massage_gun: "Massage gun",
    Equipment.resistance_band: "Resistance band",
    Equipment.exercise_mat: "Exercise mat",
    Equipment.ice_pack: "Ice pack",
    Equipment.elastic_bandage: "Elastic bandage",
    Equipment.compression_sleeve: "Compression sleeve or socks",
    Equipment.epsom_salt: "Epsom salt",
    Equipment.bucket: "A bucket or foot bath",
    Equipment.bike: "Bike or exercise bike",
}
HABITS = {
    Habit.warm_up: "Warm up before running",
    Habit.cool_down: "Cool down after running",
    Habit.stretch_after: "Stretch after running",
    Habit.strength_training: "Strength training",
    Habit.drink_enough: "Drink enough water",
}
COMPLAINT = {
    ComplaintKind.none: "No pain right now",
    ComplaintKind.doms: "Sore a day or two after a run",
    ComplaintKind.cramp: "Cramps",
    ComplaintKind.tightness: "Tight calves",
    ComplaintKind.strain: "A strain (sudden pain or a pulled muscle)",
}
SIDE = {Side.left: "Left", Side.right: "Right", Side.both: "Both"}
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


def profile_summary(profile: Profile) -> list[tuple[str, str]]:
    """(label, answer) rows describing a profile in plain words."""
    units = profile.units.value
    complaint = profile.complaint
    if complaint.kind is ComplaintKind.none:
        hurts = COMPLAINT[complaint.kind]
    else:
        side = SIDE[complaint.side].lower() if complaint.side else ""
        since = f"{complaint.since:%d %b %Y}" if complaint.since else ""
        hurts = f"{COMPLAINT[complaint.kind]}, {side} side, since {since}, pain {complaint.pain}/10"
    days = ", ".join(DAY_NAMES[d] for d in profile.running_days) or "None"
    return [
        ("Name", profile.name or "—"),
        ("Age", str(profile.age)),
        ("What hurts", hurts),
        ("Warning signs", str(len(profile.red_flags)) + " ticked" if profile.red_flags else "None"),
        ("Running", EXPERIENCE[profile.experience]),
        ("Running days", days),
        ("Weekly distance", f"{profile.weekly_distance:g} {units}"),
        ("Landing", FOOT_STRIKE[profile.foot_strike]),
        ("Ground", TERRAIN[profile.terrain]),
        ("Recent changes", ", ".join(RECENT_CHANGES[c] for c in profile.recent_changes) or "None"),
        ("Shoes", f"{profile.shoes.distance:g} {units}, {profile.shoes.age_months} months old"),
        ("Minutes a day", str(profile.minutes_per_day)),
        ("Equipment", ", ".join(EQUIPMENT[e] for e in profile.equipment) or "None"),
        ("Already doing", ", ".join(HABITS[h] for h in profile.habits) or "None yet"),
    ]
