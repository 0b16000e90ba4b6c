"""The checked content, profile and settings kept in the cache folder: used only while sound.

A start loads what was checked before in the same form; a changed ``plans/`` file
(or profile, or settings file) is checked afresh at the next start, and a damaged
cache file is never used, only rebuilt.
"""

from __future__ import annotations

import os
import pickle
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfcare.core.content.library import (
    ContentError,
    library_key,
    load_checked_library,
    load_library_from,
)
from calfcare.core.errors import InputError
from calfcare.core.profile import load_profile, save_profile
from calfcare.core.settings import Settings, Theme
from calfcare.core.validated_cache import MAGIC, read_cached, write_cached

from support import REPO, make_profile, run_python

FRESH = load_library_from(REPO / "plans")


def _plans(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    if not target.exists():
        shutil.copytree(REPO / "plans", target)
    return target


def _rename_ice(folder: Path, new_name: str) -> None:
    path = folder / "exercises.toml"
    text = path.read_text(encoding="utf-8")
    old = f'name = "{FRESH.exercise("ice").name}"'
    assert old in text
    path.write_text(text.replace(old, f'name = "{new_name}"', 1), encoding="utf-8")


def test_the_first_start_checks_and_keeps_the_library(tmp_path: Path) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "cache" / "library.pickle"
    assert load_checked_library(folder, cache) == FRESH
    assert read_cached(cache, library_key(folder), type(FRESH)) == FRESH


def test_a_changed_plans_file_is_picked_up_at_the_next_start(tmp_path: Path) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    load_checked_library(folder, cache)
    _rename_ice(folder, "Ice pack on the sore calf")
    changed = load_checked_library(folder, cache)
    assert changed.exercise("ice").name == "Ice pack on the sore calf"
    # ...and kept for the start after that.
    assert read_cached(cache, library_key(folder), type(FRESH)) == changed


def test_a_broken_plans_file_is_refused_even_with_a_sound_cache(tmp_path: Path) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    load_checked_library(folder, cache)
    _rename_ice(folder, "x")  # too short for a name
    with pytest.raises(ContentError, match=r"exercises\.toml: entry 'ice', field 'name'"):
        load_checked_library(folder, cache)


def _damage(cache: Path, how: str) -> None:
    raw = cache.read_bytes()
    if how == "cut short":
        cache.write_bytes(raw[: len(raw) // 2])
    elif how == "payload byte flipped":
        cache.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif how == "empty":
        cache.write_bytes(b"")
    elif how == "garbage":
        cache.write_bytes(os.urandom(len(raw)))
    elif how == "another format":
        cache.write_bytes(b"calfcare validated cache 0\n" + raw[len(MAGIC) :])
    elif how == "a folder":
        cache.unlink()
        cache.mkdir()


@pytest.mark.parametrize(
    "how",
    ["cut short", "payload byte flipped", "empty", "garbage", "another format"],
)
def test_a_damaged_cache_is_rebuilt(tmp_path: Path, how: str) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    load_checked_library(folder, cache)
    _damage(cache, how)
    assert read_cached(cache, library_key(folder), type(FRESH)) is None
    assert load_checked_library(folder, cache) == FRESH
    assert read_cached(cache, library_key(folder), type(FRESH)) == FRESH  # written anew


def test_a_sound_cache_holding_the_wrong_thing_is_not_used(tmp_path: Path) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    write_cached(cache, library_key(folder), {"exercises": {}})
    assert load_checked_library(folder, cache) == FRESH


def test_a_cache_that_cannot_be_written_still_gives_the_library(tmp_path: Path) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    cache.mkdir()  # a folder where the file should be: nothing can be written there
    assert load_checked_library(folder, cache) == FRESH
    assert load_checked_library(folder, cache) == FRESH


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.floats(0, 1, exclude_max=True), flip=st.integers(1, 255))
def test_any_damaged_byte_means_a_rebuild(tmp_path: Path, where: float, flip: int) -> None:
    folder, cache = _plans(tmp_path), tmp_path / "library.pickle"
    load_checked_library(folder, cache)
    raw = bytearray(cache.read_bytes())
    raw[int(where * len(raw))] ^= flip
    cache.write_bytes(bytes(raw))
    assert read_cached(cache, library_key(folder), type(FRESH)) is None
    assert load_checked_library(folder, cache) == FRESH


def test_the_next_start_loads_the_checked_library_without_pydantic(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from calfcare.core.content.library import load_library\n"
        "library = load_library()\n"
        "print(len(library.exercises), 'pydantic' in sys.modules)\n"
    )
    env = dict(os.environ, CALFCARE_CACHE=str(tmp_path / "cache"))
    first = run_python("-c", probe, env=env)
    second = run_python("-c", probe, env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == [str(len(FRESH.exercises)), "True"]  # checked, then kept
    assert second.stdout.split() == [str(len(FRESH.exercises)), "False"]


def test_a_changed_profile_file_is_checked_again(tmp_path: Path) -> None:
    path, cache = tmp_path / "profile.json", tmp_path / "profile.pickle"
    save_profile(make_profile(), path)
    assert load_profile(path, cache_file=cache) == make_profile()
    save_profile(replace(make_profile(), age=61), path)
    assert load_profile(path, cache_file=cache).age == 61
    path.write_text(path.read_text(encoding="utf-8").replace('"age": 61', '"age": 7'))
    with pytest.raises(InputError, match="field 'age'"):
        load_profile(path, cache_file=cache)


@pytest.mark.parametrize("how", ["cut short", "payload byte flipped", "garbage"])
def test_a_damaged_profile_cache_is_rebuilt(tmp_path: Path, how: str) -> None:
    path, cache = tmp_path / "profile.json", tmp_path / "profile.pickle"
    save_profile(make_profile(), path)
    load_profile(path, cache_file=cache)
    _damage(cache, how)
    assert load_profile(path, cache_file=cache) == make_profile()
    assert load_profile(path) == make_profile()


def test_changed_and_damaged_settings_are_checked_again(tmp_path: Path) -> None:
    path, cache = tmp_path / "settings.json", tmp_path / "settings.pickle"
    Settings(theme=Theme.dark).save(path)
    assert Settings.load(path, cache_file=cache).theme is Theme.dark
    Settings(theme=Theme.light).save(path)
    assert Settings.load(path, cache_file=cache).theme is Theme.light
    _damage(cache, "payload byte flipped")
    assert Settings.load(path, cache_file=cache).theme is Theme.light


def test_the_cache_file_is_a_pickle_behind_a_checked_header(tmp_path: Path) -> None:
    cache = tmp_path / "x.pickle"
    key = b"k" * 32
    write_cached(cache, key, ["a", 1])
    raw = cache.read_bytes()
    assert raw.startswith(MAGIC + key)
    assert pickle.loads(raw[len(MAGIC) + 64 :]) == ["a", 1]
    assert read_cached(cache, key, list) == ["a", 1]
    assert read_cached(cache, b"o" * 32, list) is None  # another key: not ours
