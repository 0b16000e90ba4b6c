"""The road back as the runner reads it: stages reached and when, gates in words, one line.

Pure and Qt-free. ``road_back`` replays the journey at the dates where its stage
changed (``journey`` at the day before each change) so every stage reached
carries its date and the reason it came.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.journey.dosing import TOP_LEVEL
from calfcare.core.journey.evidence import WEEK, Evidence
from calfcare.core.journey.gates import gates_for
from calfcare.core.journey.models import Escalation, Gate, Journey
from calfcare.core.journey.pain_rule import ACCEPTABLE_PAIN, QUIET_PAIN, SETTLED_PAIN
from calfcare.core.journey.replay import journey
from calfcare.core.journey.stages import Stage, arc_of
from calfcare.core.planning.history import History, RaiseTest
from calfcare.core.profile import ComplaintKind, Profile

STAGE_TITLES: dict[Stage, str] = {
    Stage.protect: "Protect",
    Stage.settle: "Settle and move",
    Stage.load: "Load",
    Stage.return_to_running: "Running again",
    Stage.build: "Build the runs",
    Stage.full_training: "Full training",
    Stage.ease: "Ease the soreness",
    Stage.cramp_care: "Settle the cramps",
    Stage.loosen: "Loosen up",
    Stage.prevention: "Keep them strong",
}
MAX_CHANGES = 40  # stage changes looked back over; a year of weekly changes fits

# What the runner does about an escalation, and by when, by its level.
ESCALATION_STEPS: dict[str, tuple[str, str]] = {
    "emergency": ("Get medical help now: call your local emergency number.", "Now"),
    "same_day": ("See a doctor or physiotherapist; no exercise until then.", "Today"),
    "see_clinician": (
        "Book a doctor or physiotherapist; keep to the gentle sessions meanwhile.",
        "Before your next strength or running session",
    ),
}


@dataclass(frozen=True)
class StagePeriod:
    """A stage the runner entered, when, and why in plain words ('' for the first)."""

    stage: Stage
    since: dt.date
    reason: str
    forward: bool = True


@dataclass(frozen=True)
class RoadBack:
    """Where the runner stands on ``on`` and how they got there (oldest period first)."""

    on: dt.date
    journey: Journey
    arc: tuple[Stage, ...]
    periods: tuple[StagePeriod, ...]
    raise_test: RaiseTest | None
    day: int | None  # day of the recovery, the onset day being day 1

    def reached(self, stage: Stage) -> dt.date | None:
        """When ``stage`` was last entered on the way to now, if it was."""
        dates = [p.since for p in self.periods if p.stage is stage]
        return dates[-1] if dates else None

    def done(self, stage: Stage) -> bool:
        return self.arc.index(stage) < self.arc.index(self.journey.stage)

    def latest_change(self) -> StagePeriod | None:
        """The newest stage change (None while the runner is still in the first stage)."""
        return self.periods[-1] if len(self.periods) > 1 else None


def _target_number(gate: Gate) -> str:
    found = re.search(r"\d+(\.\d+)?", gate.target)
    return found.group(0) if found else gate.target


def _plain(text: str) -> str:
    """A gate's text lower-cased to run on in a sentence, without its '(where from)'."""
    text = re.sub(r" \(.*?\)", "", text)
    return text[0].lower() + text[1:]


def _reason(before: Journey, after: Journey) -> tuple[str, bool]:
    arc = arc_of_stage(after.stage, before.stage)
    forward = arc.index(after.stage) > arc.index(before.stage)
    if forward:
        met = "; ".join(_plain(g.text) for g in before.gates)
        return f"Every gate out of {STAGE_TITLES[before.stage]} was met: {met}.", True
    why = after.pain_rule.why or "last week was harder on the calf"
    return (
        f"{why[0].upper()}{why[1:]}, so the plan eases off: back to "
        f"{STAGE_TITLES[after.stage]} for now.",
        False,
    )


def arc_of_stage(*stages: Stage) -> tuple[Stage, ...]:
    """The arc that holds all ``stages``."""
    for kind in ComplaintKind:
        arc = arc_of(kind)
        if all(s in arc for s in stages):
            return arc
    raise ValueError(f"no arc holds {stages}")


def road_back(
    profile: Profile,
    history: History | None,
    on: dt.date,
    *,
    week_start: dt.date | None = None,
    library: ContentLibrary | None = None,
) -> RoadBack:
    """Where the runner stands on ``on`` and every stage period before it.

    The stage is the one the week's plan was built from (the journey on
    ``week_start``, the week's first day); the gates and the escalation read the
    log up to the end of ``on``, so a score or a test logged today counts at once.
    """
    lib = library or load_library()
    start = week_start or on
    planned = journey(profile, history, start, library=lib)
    live = journey(profile, history, on + dt.timedelta(days=1), library=lib)
    gates: list[Gate] = []
    if planned.next_stage is not None:
        gates = gates_for(
            planned.stage,
            Evidence.of(profile, history),
            on + dt.timedelta(days=1),
            level=planned.level,
            top=TOP_LEVEL[planned.stage],
            decision=planned.pain_rule.decision,
        )
    now = dataclasses.replace(planned, gates=gates, escalation=live.escalation)
    tests = history.raise_tests if history is not None else ()
    latest = max((t for t in tests if t.date <= on), key=lambda t: t.date, default=None)
    return RoadBack(
        on=on,
        journey=now,
        arc=arc_of(profile.complaint.kind),
        periods=_periods(profile, history, planned, lib),
        raise_test=latest,
        day=profile.days_since_onset(on + dt.timedelta(days=1)),
    )


def _periods(
    profile: Profile, history: History | None, now: Journey, lib: ContentLibrary
) -> tuple[StagePeriod, ...]:
    """The stage periods up to ``now``, oldest first, each with its reason."""
    onset = profile.complaint.since if profile.complaint.kind is not ComplaintKind.none else None
    found: list[StagePeriod] = []
    current = now
    for _ in range(MAX_CHANGES):
        if onset is None or current.since <= onset:
            break
        # On the replay's weekly grid: the state a week before the change, and at it.
        earlier = journey(profile, history, max(current.since - WEEK, onset), library=lib)
        if earlier.stage is current.stage:
            break
        changed = journey(profile, history, current.since, library=lib)
        reason, forward = _reason(earlier, changed)
        found.append(StagePeriod(current.stage, current.since, reason, forward))
        current = earlier
    found.append(StagePeriod(current.stage, current.since, ""))
    return tuple(reversed(found))


def gate_line(gate: Gate, raise_test: RaiseTest | None = None) -> str:
    """A gate as a checklist line: the logged value against the target."""
    target = _target_number(gate)
    value = gate.value
    if gate.id == "raise_test":
        if raise_test is None:
            return f"Single-leg raises: not tested yet, {target} a side needed"
        return f"Single-leg raises: left {raise_test.left}, right {raise_test.right} of {target}"
    if gate.id == "raise_balance":
        if value is None:
            return f"Sides within {target}%: not tested yet"
        return f"Sides within {target}% of each other: {value:g}% apart"
    if gate.id == "current_pain":
        where = "Morning pain" if "morning" in gate.text else "Pain"
        return f"{where}: {value}/10, needs {target} or less"
    if gate.id == "session_pain":
        shown = "none logged" if value is None else f"{value}/10"
        return f"Pain in last week's sessions: {shown}, needs {target} or less"
    if gate.id == "days_since_onset":
        return f"Days since the pain began: {value if value is not None else '?'} of {target}"
    if gate.id == "pain_rule":
        return f"{gate.text}: last week said {str(value).replace('_', ' ')}"
    return f"{gate.text}: {value} of {target}"


def _when(gate: Gate) -> str:
    target = _target_number(gate)
    return {
        "raise_test": f"when you reach {target} raises a side",
        "raise_balance": f"when your two sides are within {target}% of each other",
        "current_pain": f"when your pain is {target}/10 or less",
        "session_pain": f"when sessions hurt {target}/10 or less",
        "days_since_onset": f"from day {target}",
        "pain_rule": "after a week that keeps to the pain rule",
    }.get(gate.id, f"once: {_plain(gate.text)}")


def stage_line(road: RoadBack) -> str:
    """'Load stage, day 9. Next: running again, when you reach 25 raises a side.'"""
    path = road.journey
    title = STAGE_TITLES[path.stage]
    line = f"{title} stage" + (f", day {road.day}." if road.day is not None else ".")
    if path.next_stage is None:
        return f"{line} Nothing left to unlock: keep up the warm-ups and strength work."
    following = STAGE_TITLES[path.next_stage].lower()
    unmet = [g for g in path.gates if not g.met]
    if not unmet:
        return f"{line} Next: {following}; every gate is met, so it comes with next week's plan."
    return f"{line} Next: {following}, {_when(unmet[0])}."


def escalation_steps(escalation: Escalation) -> tuple[str, str]:
    """What to do and by when, for an escalation's level."""
    return ESCALATION_STEPS[escalation.level]


def score_meaning(score: int, when: str) -> str:
    """What a pain score means for next week under the pain rule, in one sentence."""
    if when == "morning":
        if score <= SETTLED_PAIN:
            return (
                f"{score}/10 this morning counts as settled; mornings that rise over the week "
                "step the plan back."
            )
        return (
            f"{score}/10 this morning is not settled (that needs {SETTLED_PAIN}/10 or less): "
            f"session pain above {QUIET_PAIN}/10 yesterday holds next week, and mornings "
            "that rise over the week step it back."
        )
    if score <= QUIET_PAIN:
        return f"{score}/10 is within the rule: the plan can move on."
    if score <= ACCEPTABLE_PAIN:
        return (
            f"{score}/10 is all right if it settles to {SETTLED_PAIN}/10 or less by tomorrow "
            "morning: log a morning score to count it."
        )
    return (
        f"{score}/10 is more than the rule allows ({ACCEPTABLE_PAIN}/10): next week's plan "
        "steps back."
    )
