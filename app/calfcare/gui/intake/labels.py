"""Plain-language words for every choice the intake offers, shared by the pages and the recap."""

from __future__ import annotations

from calfcare.core import plain_names
from calfcare.core.profile import (
    ComplaintKind,
    Experience,
    FootStrike,
    Habit,
    RecentChange,
    Side,
    Terrain,
    Units,
    Weekday,
)

KINDS: dict[ComplaintKind, str] = {
    ComplaintKind.none: "No pain right now",
    ComplaintKind.doms: "Sore a day or two after a run (DOMS)",
    ComplaintKind.cramp: "Cramps",
    ComplaintKind.tightness: "Tightness",
    # Not "sudden pain": that is a warning sign's words (a sharp pain or a pop).
    ComplaintKind.strain: "A strain (a pulled calf muscle, felt during a run or effort)",
}

SIDES: dict[Side, str] = {Side.left: "Left leg", Side.right: "Right leg", Side.both: "Both legs"}

EXPERIENCE: dict[Experience, str] = {
    Experience.new: "I am new to running",
    Experience.returning: "I am coming back after a break",
    Experience.regular: "I run regularly",
}

FOOT_STRIKE: dict[FootStrike, str] = {
    FootStrike.heel: "Heel first",
    FootStrike.midfoot: "Middle of the foot",
    FootStrike.forefoot: "Front of the foot (the ball)",
    FootStrike.transitioning: "I am changing how my foot lands",
}

TERRAIN: dict[Terrain, str] = {
    Terrain.flat: "Mostly flat",
    Terrain.hilly: "Hilly",
    Terrain.trail: "Trails",
    Terrain.mixed: "A mix of these",
}

UNITS: dict[Units, str] = {Units.km: "km", Units.mi: "miles"}

CHANGES: dict[RecentChange, str] = {
    RecentChange.more_distance: "Running further than before",
    RecentChange.faster_pace: "Running faster",
    RecentChange.speedwork: "Added speed work (intervals, sprints)",
    RecentChange.hills: "More hills",
    RecentChange.barefoot: "Running barefoot or in minimal shoes",
    RecentChange.lower_drop_shoes: "Moved to flatter shoes (lower heel drop)",
    RecentChange.more_cross_training: "More other sport (cross-training)",
    RecentChange.back_after_break: "Started again after a break",
}

EQUIPMENT = plain_names.EQUIPMENT

HABITS: dict[Habit, str] = {
    Habit.warm_up: "I warm up before I run",
    Habit.cool_down: "I cool down after I run",
    Habit.stretch_after: "I stretch after I run",
    Habit.strength_training: "I do strength training",
    Habit.drink_enough: "I drink enough through the day",
}

DAYS: dict[Weekday, tuple[str, str]] = {d: (n[:3], n) for d, n in plain_names.DAY_NAMES.items()}

PAIN_ANCHORS = "0 none · 3 mild · 5 moderate · 8 severe · 10 worst imaginable"
