"""The words and numbers the player shows, worked out without Qt so they are easy to test.

Everything here takes the player's steps (and where it is in them) and
returns plain text a runner can read from across the room.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from calfcare.core.assets import picture_file
from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Session
from calfcare.core.player.machine import Done, Event, EventKind, State
from calfcare.core.player.steps import Step, StepKind, build_steps

SoundCue = Literal["tick", "change", "switch", "beat", "rest", "done"]

PRESS_DONE = "Press Done when you finish"
LOWER_SLOWLY = "lower slowly"
ASLEEP = "Paused: the computer was asleep. Press Space to carry on."
INSTRUCTION_LINES = 3  # enough to remind, short enough to read from the floor
PAIN_ANCHORS = {0: "no pain", 3: "mild", 5: "moderate", 8: "severe", 10: "worst imaginable"}


def playable(session: Session, library: ContentLibrary) -> bool:
    """True when the session has at least one step to time (a bandage alone has none)."""
    return bool(build_steps(session, library, get_ready_seconds=0))


def countdown_text(remaining: float | None) -> str:
    """'0:45', '12:00', '1:02:03'; empty for a step without a timer.

    Whole seconds round up, so the screen reads 0:00 only when the step ends.
    """
    if remaining is None:
        return ""
    total = max(0, math.ceil(remaining - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def duration_text(seconds: float) -> str:
    """'45 s', '3 min', '12 min 30 s', '1 h 5 min' for a summary or a progress line."""
    total = max(0, round(seconds))
    if total < 60:
        return f"{total} s"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def where_text(step: Step) -> str:
    """'Set 2 of 3 · left leg'; parts that do not apply are left out."""
    parts: list[str] = []
    if step.sets and step.sets > 1 and step.set_number:
        parts.append(f"Set {step.set_number} of {step.sets}")
    if step.side and step.kind is not StepKind.switch:
        parts.append(f"{step.side} leg")
    if parts and not parts[0][0].isupper():
        parts[0] = parts[0][0].upper() + parts[0][1:]
    return " · ".join(parts)


def rep_text(step: Step, rep: int | None, lowering: bool = False) -> str:
    """'Rep 4 of 10 · lower slowly' for a reps step; the manual hint for a step without
    a timer; empty otherwise."""
    if step.kind is StepKind.manual:
        return PRESS_DONE
    if step.kind is not StepKind.reps or not step.reps:
        return ""
    if rep is None:
        return f"{step.reps} reps"
    text = f"Rep {rep} of {step.reps}"
    return f"{text} · {LOWER_SLOWLY}" if lowering else text


def step_label(step: Step) -> str:
    """A step named in a few words, with its leg: 'Standing calf stretch, right leg'."""
    if step.kind is StepKind.rest and step.seconds:
        return f"Rest {duration_text(step.seconds)}"
    if step.side and step.kind is not StepKind.switch:
        return f"{step.title}, {step.side} leg"
    return step.title


def next_text(steps: Sequence[Step], index: int) -> str:
    """'Next: Switch to your right leg', or that this is the last step."""
    if index + 1 >= len(steps):
        return "Last step"
    return f"Next: {step_label(steps[index + 1])}"


def instructions_text(step: Step, lines: int = INSTRUCTION_LINES) -> str:
    """The first few 'how to' lines, numbered, so a glance is enough."""
    shown = step.instructions[:lines]
    text = "\n".join(f"{n}. {line}" for n, line in enumerate(shown, start=1))
    if len(step.instructions) > lines:
        text += "\n…"
    return text


def picture_path(exercise: str | None) -> Path | None:
    """resources/pictures/<exercise>.svg when CalfCare ships one for this exercise."""
    return picture_file(exercise) if exercise is not None else None


def notes_text(step: Step) -> str:
    return "\n".join(step.notes)


def total_seconds(steps: Sequence[Step]) -> float:
    """Planned time of the whole session (steps without a timer count as nothing)."""
    return sum(s.seconds or 0.0 for s in steps)


def progress_fraction(steps: Sequence[Step], index: int, elapsed: float) -> float:
    """How far through the session, 0 to 1, by planned time (by steps if nothing is timed)."""
    total = total_seconds(steps)
    if total <= 0:
        return min(1.0, index / len(steps)) if steps else 1.0
    before = total_seconds(steps[:index])
    current = min(elapsed, steps[index].seconds or 0.0) if index < len(steps) else 0.0
    return min(1.0, (before + current) / total)


def progress_text(steps: Sequence[Step], index: int, elapsed: float) -> str:
    """'Step 3 of 12 · about 6 min left'."""
    text = f"Step {min(index + 1, len(steps))} of {len(steps)}"
    left = total_seconds(steps) * (1 - progress_fraction(steps, index, elapsed))
    if total_seconds(steps) > 0:
        text += f" · about {duration_text(math.ceil(left))} left"
    return text


def state_hint(state: State, asleep: bool = False) -> str:
    """What the Space key does now, in the runner's words."""
    if state is State.paused:
        return ASLEEP if asleep else "Paused. Press Space to carry on."
    if state is State.ready:
        return "Press Space or Start when you are in position."
    return ""


def toggle_label(state: State) -> str:
    """The text of the Start / Pause / Resume button."""
    return {State.ready: "Start", State.running: "Pause", State.paused: "Resume"}.get(
        state, "Start"
    )


def summary_text(
    done: Sequence[Done], steps: Sequence[Step], stopped_early: bool, unfinished: float = 0.0
) -> str:
    """'You did 6 of 8 exercise steps in 4 min 30 s.' with a word on stopping early;
    ``unfinished`` is the time spent in a step stopped part-way (45 s of icing counts)."""
    planned = sum(1 for s in steps if s.counts)
    seconds = sum(d.actual_seconds for d in done)
    count = f"{len(done)} of {planned}" if planned else str(len(done))
    noun = "exercise step" if planned == 1 else "exercise steps"
    if unfinished >= 1:
        text = (
            f"You did {count} {noun} in full, and {duration_text(unfinished)} of the one you "
            f"stopped in: {duration_text(seconds + unfinished)} in all."
        )
    else:
        text = f"You did {count} {noun} in {duration_text(seconds)}."
    if stopped_early:
        text += " You stopped early; what you did is kept."
    return text


def done_lines(done: Sequence[Done], names: dict[str, str]) -> list[str]:
    """One line per exercise: 'Calf raise (both feet): 3 sets, 28 reps'."""
    order: list[str] = []
    sets: dict[str, int] = {}
    reps: dict[str, int] = {}
    for entry in done:
        if entry.exercise not in sets:
            order.append(entry.exercise)
            sets[entry.exercise] = 0
        sets[entry.exercise] += 1
        if entry.actual_reps is not None:
            reps[entry.exercise] = reps.get(entry.exercise, 0) + entry.actual_reps
    lines = []
    for exercise in order:
        parts = [f"{sets[exercise]} done"]
        if exercise in reps:
            parts.append(f"{reps[exercise]} reps")
        lines.append(f"{names.get(exercise, exercise)}: {', '.join(parts)}")
    return lines


def pain_text(score: int) -> str:
    """'5 – moderate' at an anchor of the pain scale, the bare number between anchors."""
    anchor = PAIN_ANCHORS.get(score)
    return f"{score} – {anchor}" if anchor else str(score)


def cue_for(event: Event, step: Step) -> tuple[SoundCue | None, str]:
    """The sound to play and the words to say for ``event`` (``step`` is the step it is in)."""
    kind = event.kind
    if kind is EventKind.step_started:
        if step.kind is StepKind.switch:
            return "switch", step.say
        return ("rest" if step.kind is StepKind.rest else "change"), step.say
    if kind is EventKind.countdown:
        return "tick", ""
    if kind is EventKind.beat:
        return "beat", ""
    if kind is EventKind.halfway:
        return None, "Halfway"
    if kind is EventKind.finished:
        return "done", ""
    return None, ""


def announcement_for(event: Event, step: Step) -> str:
    """What a screen reader should say for ``event``, as the sound cues mark it: each new
    step, the last three seconds, halfway and the end ("" for nothing)."""
    kind = event.kind
    if kind is EventKind.step_started:
        return step_label(step)
    if kind is EventKind.countdown and event.value:
        return str(event.value)
    if kind is EventKind.halfway:
        return "Halfway"
    if kind is EventKind.finished:
        return "Session done"
    if kind is EventKind.paused:
        return "Paused"
    return ""
