"""The shipped cue sounds: present, small, in the expected format, and reproducible."""

from __future__ import annotations

import runpy
import wave
from pathlib import Path

import pytest

from calfcare.core.assets import asset_dir

SOUNDS = asset_dir("resources") / "sounds"

# Seconds each cue may last: short enough not to run into the next cue.
EXPECTED_SECONDS = {
    "tick": (0.06, 0.10),
    "beat": (0.03, 0.05),
    "change": (0.20, 0.30),
    "switch": (0.25, 0.40),
    "rest": (0.30, 0.60),
    "done": (0.45, 0.70),
}


def write_all(folder: Path) -> list[Path]:
    """Run the shipped make_sounds.py (a script, not a package module) into ``folder``."""
    maker = runpy.run_path(str(SOUNDS / "make_sounds.py"))
    paths: list[Path] = maker["write_all"](folder)
    return paths


@pytest.mark.parametrize(("name", "seconds"), EXPECTED_SECONDS.items())
def test_cue_is_a_small_mono_16_bit_wav(name: str, seconds: tuple[float, float]) -> None:
    path = SOUNDS / f"{name}.wav"
    with wave.open(str(path), "rb") as cue:
        assert cue.getnchannels() == 1
        assert cue.getsampwidth() == 2
        assert cue.getframerate() == 44_100
        duration = cue.getnframes() / cue.getframerate()
        frames = cue.readframes(cue.getnframes())
    low, high = seconds
    assert low <= duration <= high
    assert path.stat().st_size < 60 * 1024
    # Silent first and last samples: the cue starts and ends without a click.
    assert frames[:2] == b"\x00\x00"
    assert frames[-2:] == b"\x00\x00"


def test_the_maker_writes_exactly_the_expected_cues(tmp_path: Path) -> None:
    written = write_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{n}.wav" for n in EXPECTED_SECONDS)
    assert sorted(p.name for p in SOUNDS.glob("*.wav")) == sorted(p.name for p in written)


def test_regenerating_gives_byte_identical_files(tmp_path: Path) -> None:
    for path in write_all(tmp_path):
        assert path.read_bytes() == (SOUNDS / path.name).read_bytes(), path.name
