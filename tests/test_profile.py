"""The runner's profile: strict validation with messages that say what to fix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfcare.core.content.library import load_library
from calfcare.core.errors import InputError
from calfcare.core.planning.triage import check_red_flags
from calfcare.core.planning.week import build_week
from calfcare.core.profile import (
    Profile,
    example_profile,
    load_profile,
    parse_profile,
    save_profile,
)

from support import make_profile


def message_for(data: object) -> str:
    with pytest.raises(InputError) as info:
        parse_profile(json.dumps(data) if not isinstance(data, str) else data, source="p.json")
    text = str(info.value)
    assert "\n" not in text
    return text


BASE = {"age": 30, "experience": "new"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"age": 5}, "field 'age'"),
        ({"units": "miles"}, "'km' or 'mi'"),
        ({"running_days": ["mon", "funday"]}, "running_days[1]"),
        (
            {"complaint": {"kind": "strain", "side": "left", "since": "2026-11-01", "pain": 11}},
            "complaint.pain",
        ),
        ({"complaint": {"kind": "strain", "since": "2026-11-01"}}, "'side' is required"),
        ({"complaint": {"kind": "doms", "side": "left", "since": "yesterday"}}, "complaint.since"),
        ({"equipment": ["treadmill"]}, "equipment[0]"),
        ({"favourite_colour": "red"}, "unknown field 'favourite_colour' (allowed: name, age"),
        ({"minutes_per_day": 2}, "minutes_per_day"),
        ({"shoes": {"distance": -1}}, "shoes.distance"),
    ],
)
def test_bad_values_name_the_field(changes: dict[str, object], expected: str) -> None:
    assert expected in message_for({**BASE, **changes})


def test_missing_and_malformed() -> None:
    assert "field 'experience' is required" in message_for({"age": 30})
    assert "malformed JSON" in message_for("{not json")


def test_lists_are_deduplicated_and_days_ordered() -> None:
    p = make_profile(running_days=["sat", "mon", "sat"], habits=["warm_up", "warm_up"])
    assert p.running_days == ["mon", "sat"]
    assert p.habits == ["warm_up"]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "profile.json"
    save_profile(example_profile(), path)
    assert load_profile(path) == example_profile()
    assert [p.name for p in path.parent.iterdir()] == ["profile.json"]  # no temp file left


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_profile(tmp_path / "missing.json")
    with pytest.raises(InputError, match="is a folder"):
        load_profile(tmp_path)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="not a text file"):
        load_profile(binary)


def test_units_convert() -> None:
    p = make_profile(units="mi", weekly_distance=10, shoes={"distance": 310})
    assert p.weekly_km() == pytest.approx(16.09344)
    assert p.shoe_miles() == 310
    assert isinstance(p, Profile)


def test_unknown_red_flags_are_refused_where_the_library_is_at_hand(tmp_path: Path) -> None:
    """A profile file alone cannot know the warning signs; planning, the CLI and the app check
    its ids against the content library and name the field."""
    profile = make_profile(red_flags=["itchy"])
    with pytest.raises(
        InputError, match=r"p\.json: red_flags: unknown red flag 'itchy' \(allowed: "
    ):
        check_red_flags(profile, load_library(), source="p.json")
    with pytest.raises(InputError, match="unknown red flag 'itchy'"):
        build_week(profile, dt.date(2026, 11, 30))
    check_red_flags(make_profile(red_flags=["sudden_pop"]), load_library())


def test_a_huge_unknown_red_flag_is_cut_in_the_message() -> None:
    with pytest.raises(InputError) as refused:
        check_red_flags(make_profile(red_flags=["x" * 900]), load_library(), source="p.json")
    message = str(refused.value)
    assert "unknown red flag 'xxxx" in message
    assert "(902 characters)" in message  # said how long, never echoed whole
    assert len(message) < 1000
