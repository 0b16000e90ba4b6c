"""The content library: complete, cited, in our own words, and strictly validated."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calfcare.core.content.library import ContentError, ContentLibrary, load_library_from
from calfcare.core.content.models import Category

from support import REPO, SHARED

REQUIRED_EXERCISES = {
    Category.warmup: "brisk_walk leg_swings butt_kicks inchworms calf_raise ankle_circles "
    "walking_lunges dynamic_calf_stretch skipping jumping_jacks",
    Category.activation: "hip_flexor_stretch glute_bridge monster_walk side_leg_lift",
    Category.stretching: "standing_calf_stretch runners_stretch downward_dog "
    "seated_towel_calf_stretch heel_drop_stretch",
    Category.strengthening: "calf_raise single_leg_calf_raise eccentric_heel_drop glute_bridge",
    Category.recovery: "foam_rolling massage_gun self_massage salt_water_compress "
    "epsom_salt_soak light_walk easy_cycling",
    Category.rice: "rest ice compression elevation",
    Category.running: "run_walk easy_run cool_down_walk",
    Category.guidance: "hydration shoe_check form_cues see_clinician",
}
REQUIRED_CAUSES = [
    "too_fast_for_forefoot",
    "worn_shoes",
    "weak_calves",
    "weak_glutes_hips",
    "poor_form",
    "forefoot_transition",
    "barefoot",
    "age_tendon_stiffness",
    "no_warmup",
    "no_cooldown",
    "overload",
    "hills_terrain",
    "dehydration",
    "tightness",
    "inadequate_recovery",
    "cross_training_fatigue",
    "doms",
    "strain_or_tear",
]
REQUIRED_FLAGS = [
    "sudden_pop",
    "cannot_bear_weight",
    "rapid_bruising_or_swelling",
    "one_leg_swelling_warmth_redness",
    "pain_not_eased_by_stretch_or_massage",
    "numbness_or_tingling",
    "pain_at_set_distance_gone_after_rest",
    "severe_pain",
    "limited_range_of_motion",
    "recurring_pain",
    "not_improving_after_rest",
    "chest_pain_or_breathless",
    "recent_surgery_travel_or_cast",
    "achilles_rupture_signs",
]


@pytest.mark.parametrize("category", list(REQUIRED_EXERCISES))
def test_required_exercises_are_there_in_their_category(
    library: ContentLibrary, category: Category
) -> None:
    for ex_id in REQUIRED_EXERCISES[category].split():
        assert category in library.exercise(ex_id).categories, ex_id


def test_required_causes_and_red_flags(library: ContentLibrary) -> None:
    assert list(library.causes) == REQUIRED_CAUSES
    assert set(library.red_flags) == set(REQUIRED_FLAGS)
    assert library.red_flags["one_leg_swelling_warmth_redness"].level == "emergency"
    assert library.red_flags["chest_pain_or_breathless"].level == "emergency"


def test_calfcares_additions_name_their_published_source(library: ContentLibrary) -> None:
    additions = {
        "bent_knee_calf_raise": ("Alfredson H. et al.", 1998),
        "bent_knee_wall_stretch": ("Alfredson H. et al.", 1998),
        "ice_safety": ("Graham C.A., Stevenson J.", 2000),
    }
    for ex_id, (author, year) in additions.items():
        addition = library.exercise(ex_id).addition
        assert addition is not None
        assert (addition.author, addition.year) == (author, year)
        assert addition.credit().startswith(f"CalfCare's addition, after {author}, {year}, ")
    rule = library.rule("pain_monitoring").addition
    assert rule is not None
    assert (rule.author, rule.year) == ("Silbernagel K.G. et al.", 2007)
    for flag in (
        "chest_pain_or_breathless",
        "recent_surgery_travel_or_cast",
        "achilles_rupture_signs",
    ):
        assert library.red_flags[flag].addition is not None


def test_doable_exercises_have_an_amount(library: ContentLibrary) -> None:
    for ex in library.exercises.values():
        if ex.category not in (Category.guidance, Category.rice):
            assert ex.dosage.has_amount(), ex.id


def test_key_figures(library: ContentLibrary) -> None:
    r = library.rule
    assert (r("ice_minutes").low, r("ice_minutes").high) == (15, 20)
    assert (r("ice_every_hours").low, r("ice_every_hours").high) == (2, 3)
    assert r("rice_hours").low == 48
    assert (r("warmup_minutes").low, r("warmup_minutes").high) == (5, 10)
    assert r("weekly_increase_percent").low == 10
    assert (r("shoe_miles").low, r("shoe_miles").high) == (300, 500)
    assert (r("shoe_km").low, r("shoe_km").high) == (480, 800)
    assert r("shoe_months").low == 6
    assert r("water_ounces").low == 60
    assert r("cadence_steps").low == 180
    assert (r("stretch_hold_seconds").low, r("stretch_hold_seconds").high) == (30, 45)
    assert (r("single_leg_raise_reps").low, r("single_leg_raise_reps").high) == (25, 30)
    assert library.exercise("hip_flexor_stretch").dosage.hold_seconds == 180
    assert library.exercise("glute_bridge").dosage.hold_seconds == 30
    assert set(library.disagreements) >= {"ice_duration", "foot_strike"}


def test_every_equipment_need_has_a_fallback_or_is_protective(library: ContentLibrary) -> None:
    for ex in library.exercises.values():
        for sub in ex.substitutes:
            assert sub in library.exercises


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared/seeds is not beside the repo")
def test_cited_sections_are_real_headings(library: ContentLibrary) -> None:
    for source in library.sources.values():
        text = (SHARED / "seeds" / f"{source.article}.txt").read_text(encoding="utf-8")
        lines = {line.strip().lstrip("0123456789. ").strip() for line in text.splitlines()}
        for section in source.sections:
            if section.startswith("Article text"):
                continue
            head = section.removesuffix("…")
            assert any(line.startswith(head) for line in lines), (source.article, section)


@pytest.mark.skipif(not (SHARED / "tools" / "seedcopy.py").is_file(), reason="seedcopy not present")
def test_no_sentence_is_copied_from_the_articles() -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "seedcopy.py"), "plans", "app", "README.md"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def _copy_plans(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    shutil.copytree(REPO / "plans", target)
    return target


@pytest.mark.parametrize(
    ("filename", "old", "new", "message"),
    [
        ("exercises.toml", 'section = "Warm-Up Properly"', 'section = "Made Up"', "does not have"),
        (
            "exercises.toml",
            'substitutes = ["self_massage"]',
            'substitutes = ["nope"]',
            "unknown substitute",
        ),
        ("causes.toml", "weight = 3", "weight = 9", "less than or equal to 5"),
        ("rules.toml", "[[rule]]", "[[rule]]\nsurprise = 1", "Extra inputs"),
        ("sources.toml", "[[source]]", "[[source]", "not valid TOML"),
    ],
)
def test_broken_content_is_refused_with_the_place_named(
    tmp_path: Path, filename: str, old: str, new: str, message: str
) -> None:
    folder = _copy_plans(tmp_path)
    path = folder / filename
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError, match=message):
        load_library_from(folder)
