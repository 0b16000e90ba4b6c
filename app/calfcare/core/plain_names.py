"""Plain names for equipment and weekdays, as every screen and printout says them."""

from __future__ import annotations

from calfcare.core.content.models import Equipment
from calfcare.core.profile import Weekday

EQUIPMENT: dict[Equipment, str] = {
    Equipment.step: "A step or stair",
    Equipment.wall: "A wall to lean on",
    Equipment.towel: "A towel",
    Equipment.foam_roller: "A foam roller",
    Equipment.massage_gun: "A massage gun",
    Equipment.resistance_band: "A resistance band",
    Equipment.exercise_mat: "An exercise mat",
    Equipment.ice_pack: "An ice pack",
    Equipment.elastic_bandage: "An elastic bandage",
    Equipment.compression_sleeve: "A calf compression sleeve",
    Equipment.epsom_salt: "Epsom salt",
    Equipment.bucket: "A bucket or tub to soak in",
    Equipment.bike: "A bike or exercise bike",
}
DAY_NAMES: dict[Weekday, str] = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
