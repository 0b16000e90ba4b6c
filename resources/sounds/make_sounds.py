"""Synthesise the session player's cue sounds as small WAV files (stdlib only).

Run ``python resources/sounds/make_sounds.py [folder]`` to rewrite them; the
output is byte-identical on every run, so the committed files can be checked.
Each cue is a few soft bell-like notes: a raised-cosine attack and a fade to
silence at both ends, so nothing clicks.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 44_100
FULL_SCALE = 32_767


@dataclass(frozen=True)
class Note:
    """One bell-like note inside a cue."""

    hz: float
    start: float  # seconds from the start of the cue
    length: float  # seconds until the note has faded to silence
    level: float = 1.0
    decay: float = 0.15  # seconds for the note to fall to about a third
    attack: float = 0.005


@dataclass(frozen=True)
class Cue:
    """A whole cue: its notes, its length and how loud its peak is (0..1 of full scale)."""

    notes: tuple[Note, ...]
    seconds: float
    peak: float
    # Relative levels of the 1st, 2nd, 3rd... harmonics: the timbre.
    partials: tuple[float, ...] = (1.0, 0.25, 0.08)


# Note pitches (equal temperament, A4 = 440 Hz).
C4, G4 = 261.63, 392.0
C5, E5, F5, G5, A5, C6, E6 = 523.25, 659.26, 698.46, 783.99, 880.0, 1046.5, 1318.5

CUES: dict[str, Cue] = {
    # Last three seconds of a hold: short, bright, easy to count along to.
    "tick": Cue((Note(E6, 0.0, 0.08, decay=0.03, attack=0.003),), 0.08, peak=0.55),
    # Metronome for reps: a dry woodblock-like knock that will not tire the ear.
    "beat": Cue(
        (Note(880.0, 0.0, 0.04, decay=0.012, attack=0.002),),
        0.04,
        peak=0.5,
        partials=(1.0, 0.0, 0.35, 0.0, 0.15),
    ),
    # Next step: a falling "ding-dong".
    "change": Cue(
        (Note(A5, 0.0, 0.13, decay=0.08), Note(F5, 0.11, 0.14, decay=0.08)),
        0.25,
        peak=0.65,
    ),
    # Switch sides: two quick rising notes, a fifth apart, brighter than "change".
    "switch": Cue(
        (Note(C5, 0.0, 0.12, decay=0.06), Note(G5, 0.14, 0.18, decay=0.09)),
        0.32,
        peak=0.65,
        partials=(1.0, 0.45, 0.2, 0.08),
    ),
    # Rest: low and soft, a slow-fading open fifth.
    "rest": Cue(
        (
            Note(C4, 0.0, 0.5, decay=0.22, attack=0.02),
            Note(G4, 0.0, 0.5, level=0.6, decay=0.22, attack=0.02),
        ),
        0.5,
        peak=0.5,
        partials=(1.0, 0.15),
    ),
    # Session finished: a rising C-major arpeggio left to ring as a chord.
    "done": Cue(
        (
            Note(C5, 0.0, 0.65, decay=0.3),
            Note(E5, 0.1, 0.55, decay=0.3),
            Note(G5, 0.2, 0.45, decay=0.3),
            Note(C6, 0.2, 0.45, level=0.35, decay=0.25),
        ),
        0.65,
        peak=0.65,
    ),
}


def _note_samples(note: Note, partials: tuple[float, ...]) -> list[float]:
    count = round(note.length * SAMPLE_RATE)
    attack = max(1, round(note.attack * SAMPLE_RATE))
    # The last 10 ms (or a quarter of a short note) fade to exactly zero: no click at the end.
    release = max(1, min(round(0.01 * SAMPLE_RATE), count // 4))
    samples = []
    for i in range(count):
        t = i / SAMPLE_RATE
        envelope = 0.5 - 0.5 * math.cos(math.pi * i / attack) if i < attack else 1.0
        if i >= count - release:
            envelope *= 0.5 - 0.5 * math.cos(math.pi * (count - 1 - i) / release)
        value = 0.0
        for n, level in enumerate(partials, start=1):
            if level:
                # Higher harmonics die away faster, as on a struck bell or bar.
                fading = math.exp(-t * n / note.decay)
                value += level * fading * math.sin(2 * math.pi * note.hz * n * t)
        samples.append(note.level * envelope * value)
    return samples


def render(cue: Cue) -> bytes:
    """The cue as 16-bit little-endian mono PCM frames."""
    mix = [0.0] * round(cue.seconds * SAMPLE_RATE)
    for note in cue.notes:
        offset = round(note.start * SAMPLE_RATE)
        for i, value in enumerate(_note_samples(note, cue.partials)):
            if offset + i < len(mix):
                mix[offset + i] += value
    loudest = max(abs(v) for v in mix) or 1.0
    scale = cue.peak * FULL_SCALE / loudest
    return b"".join(struct.pack("<h", round(v * scale)) for v in mix)


def write_cue(cue: Cue, path: Path) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(render(cue))


def write_all(folder: Path) -> list[Path]:
    """Write every cue as ``<name>.wav`` into ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, cue in CUES.items():
        path = folder / f"{name}.wav"
        write_cue(cue, path)
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent
    for path in write_all(folder):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
