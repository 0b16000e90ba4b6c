"""The gates of each stage: what must be true, read from the log or the intake, to move on."""

from __future__ import annotations

import datetime as dt

from calfcare.core.journey.evidence import Evidence
from calfcare.core.journey.models import Decision, Gate
from calfcare.core.journey.stages import Stage

PROTECT_DAYS = 3  # RICE covers the 48 h from the onset date; gentle movement from day 3 (001)
SETTLE_PAIN = 5
LOAD_DAYS = 7
LOAD_PAIN = 3
RETURN_DAYS = 14  # a couple of weeks before running again (000 "Calf strain or tear")
RETURN_PAIN = 2
RETURN_RAISES = 25  # single-leg raises per side before running after a strain (002)
BALANCE_PCT = 10.0
DOMS_DAYS = 3  # DOMS peaks 24-72 h after the run (001)
SHORT_ARC_DAYS = 7
GOAL_MILES = 3.0  # 3 miles three times a week, then speed work (003)
GOAL_RUNS = 3
KM_PER_MILE = 1.609344
FULL_TRAINING_WEEKS = 2


def _days(ev: Evidence, on: dt.date, least: int) -> Gate:
    days = ev.days_since_onset(on)
    return Gate(
        id="days_since_onset",
        text=f"At least {least} days since the pain began",
        value=days,
        target=f">= {least}",
        met=days is not None and days >= least,
    )


def _pain(ev: Evidence, on: dt.date, most: int) -> Gate:
    score, where = ev.current_pain(on)
    return Gate(
        id="current_pain",
        text=f"Pain at {most}/10 or less ({where})",
        value=score,
        target=f"<= {most}",
        met=score <= most,
    )


def _session_pain(ev: Evidence, on: dt.date, most: int) -> Gate:
    worst = ev.session_pain(on)
    return Gate(
        id="session_pain",
        text=f"Pain during and after last week's sessions at {most}/10 or less",
        value=worst,
        target=f"<= {most}",
        met=worst is None or worst <= most,
    )


def _raise_test(ev: Evidence, on: dt.date) -> list[Gate]:
    test = ev.raise_test(on)
    fewest = min(test.left, test.right) if test else None
    gap = None
    if test is not None and max(test.left, test.right) > 0:
        gap = round(abs(test.left - test.right) / max(test.left, test.right) * 100, 1)
    return [
        Gate(
            id="raise_test",
            text=f"Calf-raise test: at least {RETURN_RAISES} single-leg raises on each side",
            value=fewest,
            target=f">= {RETURN_RAISES}",
            met=fewest is not None and fewest >= RETURN_RAISES,
        ),
        Gate(
            id="raise_balance",
            text=f"The two sides within {BALANCE_PCT:.0f}% of each other",
            value=gap,
            target=f"<= {BALANCE_PCT:.0f}%",
            met=gap is not None and gap <= BALANCE_PCT,
        ),
    ]


def _rule_held(decision: Decision) -> Gate:
    return Gate(
        id="pain_rule",
        text="Last week kept to the pain rule, with most sessions done",
        value=decision.value,
        target="progress",
        met=decision is Decision.progress,
    )


def _level(level: int, top: int, text: str) -> Gate:
    return Gate(id="level", text=text, value=level, target=f">= {top}", met=level >= top)


def _goal_runs(ev: Evidence, on: dt.date) -> Gate:
    per_mile = KM_PER_MILE if ev.profile.units.value == "km" else 1.0
    goal = GOAL_MILES * per_mile
    runs = [r for r in ev.runs_last_week(on) if r.distance >= goal - 1e-9]
    # Three a week, or every running day for a runner who runs less often.
    wanted = max(1, min(GOAL_RUNS, len(ev.profile.running_days)))
    return Gate(
        id="goal_runs",
        text=f"{wanted} runs of {goal:.1f} {ev.profile.units.value} or more logged last week",
        value=len(runs),
        target=f">= {wanted}",
        met=len(runs) >= wanted,
    )


def gates_for(
    stage: Stage, ev: Evidence, on: dt.date, *, level: int, top: int, decision: Decision
) -> list[Gate]:
    """The gates out of ``stage`` on ``on`` (into the arc's next stage)."""
    if stage is Stage.protect:
        return [_days(ev, on, PROTECT_DAYS), _pain(ev, on, SETTLE_PAIN)]
    if stage is Stage.settle:
        return [
            _days(ev, on, LOAD_DAYS),
            _pain(ev, on, LOAD_PAIN),
            _session_pain(ev, on, LOAD_PAIN),
        ]
    if stage is Stage.load:
        return [
            _days(ev, on, RETURN_DAYS),
            *_raise_test(ev, on),
            _pain(ev, on, RETURN_PAIN),
            _session_pain(ev, on, RETURN_PAIN),
        ]
    if stage is Stage.return_to_running:
        return [
            _level(level, top, "Run-walk has reached its last level"),
            _rule_held(decision),
            _pain(ev, on, RETURN_PAIN),
        ]
    if stage is Stage.build:
        return [
            _level(level, top, "Runs have reached the distance goal"),
            _goal_runs(ev, on),
            _pain(ev, on, RETURN_PAIN),
        ]
    if stage is Stage.full_training:
        return [
            _level(level, FULL_TRAINING_WEEKS, "Two good weeks with speed work and hills"),
            _pain(ev, on, RETURN_PAIN),
        ]
    if stage is Stage.ease:
        return [_days(ev, on, DOMS_DAYS), _pain(ev, on, LOAD_PAIN)]
    if stage in (Stage.cramp_care, Stage.loosen):
        return [_days(ev, on, SHORT_ARC_DAYS), _pain(ev, on, LOAD_PAIN)]
    return []
