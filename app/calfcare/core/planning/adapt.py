"""Read the log and decide how next week changes: progress, hold or step back.

Pure: the same history and start give the same answer. Each decision comes
with a note that names its rule and source, for the plan to show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.history import History
from calfcare.core.planning.models import Note

MOSTLY_DONE = 0.75  # share of last week's sessions done for it to count as a good week
SETTLED_PAIN = 3  # pain at or below this counts as settled
HOLD_PAIN = 4  # 4-5: hold the level
STEP_BACK_PAIN = 6  # above 5: step back and rest more
MAX_LEVEL = 4
LOOK_BACK_WEEKS = 8
RETURN_RAISES = 25  # single-leg raises per side before running after a strain (002)
RETURN_PAIN = 2


class Decision(StrEnum):
    start = "start"  # no log yet: the plan starts at its first level
    progress = "progress"
    hold = "hold"
    step_back = "step_back"


@dataclass(frozen=True)
class Adaptation:
    decision: Decision
    level: int  # 0 = where every plan starts; each good week adds one, a step back takes one
    weaker_side: str | None = None
    return_ready: bool = False  # the calf-raise test allows running after a strain
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class _Week:
    decision: Decision
    why: str


def _judge_week(history: History, first: dt.date) -> _Week:
    """How the week starting ``first`` went, from its sessions and pain scores."""
    end = first + dt.timedelta(days=7)
    sessions = history.sessions_between(first, end)
    pain = history.pain_between(first, end)
    active = [p.score for p in pain if p.when != "morning"]
    mornings = sorted((p for p in pain if p.when == "morning"), key=lambda p: p.date)
    worst = max(active, default=0)
    morning_rose = len(mornings) >= 2 and mornings[-1].score > mornings[0].score
    if worst >= STEP_BACK_PAIN or morning_rose:
        why = (
            f"pain reached {worst}/10"
            if worst >= STEP_BACK_PAIN
            else f"your morning pain rose from {mornings[0].score} to {mornings[-1].score}"
        )
        return _Week(Decision.step_back, why)
    if worst >= HOLD_PAIN:
        return _Week(Decision.hold, f"pain reached {worst}/10")
    if not sessions:
        return _Week(Decision.hold, "no sessions were logged")
    score = sum(
        1.0 if s.status == "done" else 0.5 if s.status == "partial" else 0.0 for s in sessions
    )
    share = score / len(sessions)
    settled = all(p.score <= SETTLED_PAIN for p in mornings)
    if share >= MOSTLY_DONE and worst <= SETTLED_PAIN and settled:
        return _Week(
            Decision.progress,
            f"you did {share:.0%} of your sessions with pain at "
            f"{worst}/10 or less, settled by the next morning",
        )
    if share < MOSTLY_DONE:
        return _Week(Decision.hold, f"{share:.0%} of last week's sessions were done")
    return _Week(Decision.hold, "pain had not settled by the next morning")


def _weaker_side(history: History, start: dt.date, balance_pct: float) -> tuple[str | None, str]:
    test = history.latest_raise_test(start)
    if test is None or max(test.left, test.right) == 0:
        return None, ""
    gap = abs(test.left - test.right) / max(test.left, test.right) * 100
    if gap <= balance_pct:
        return None, ""
    side = "left" if test.left < test.right else "right"
    return side, f"your calf-raise test gave {test.left} left and {test.right} right"


def assess(history: History | None, start: dt.date, library: ContentLibrary) -> Adaptation:
    """The level and changes for the week from ``start``, from up to 8 weeks of log."""
    if history is None:
        return Adaptation(Decision.start, 0)
    rule = library.rule
    level = 0
    last = _Week(Decision.start, "")
    for weeks_ago in range(LOOK_BACK_WEEKS, 0, -1):
        first = start - dt.timedelta(days=7 * weeks_ago)
        if not history.sessions_between(first, first + dt.timedelta(days=7)):
            if weeks_ago == 1:
                last = _Week(Decision.start, "")
            continue
        last = _judge_week(history, first)
        if last.decision is Decision.progress:
            level = min(MAX_LEVEL, level + 1)
        elif last.decision is Decision.step_back:
            level = max(0, level - 1)
    notes: list[Note] = []
    strength_sources = list(rule("single_leg_raise_reps").sources)
    if last.decision is Decision.progress:
        notes.append(Note(text=f"Stepping up this week: {last.why}.", sources=strength_sources))
    elif last.decision is Decision.hold:
        notes.append(
            Note(text=f"Holding at last week's level: {last.why}.", sources=strength_sources)
        )
    elif last.decision is Decision.step_back:
        notes.append(
            Note(
                text=f"Stepping back a stage with more rest: {last.why}.",
                sources=list(rule("strength_days").sources),
            )
        )
    balance = rule("side_balance_percent")
    weaker, gap_text = _weaker_side(history, start, balance.low)
    if weaker:
        notes.append(
            Note(
                text=f"Extra work for your {weaker} calf: {gap_text}, more than "
                f"{balance.low:.0f}% apart.",
                sources=list(balance.sources),
            )
        )
    test = history.latest_raise_test(start)
    recent_pain = [p.score for p in history.pain_between(start - dt.timedelta(days=7), start)]
    return_ready = bool(
        test
        and min(test.left, test.right) >= RETURN_RAISES
        and weaker is None
        and max(recent_pain, default=0) <= RETURN_PAIN
    )
    return Adaptation(
        last.decision if last.decision is not Decision.start else Decision.start,
        level,
        weaker,
        return_ready,
        notes,
    )
