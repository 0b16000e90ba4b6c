"""Training weeks: prevention, soreness, rebuilding strength and the return to running."""

from __future__ import annotations

import datetime as dt

from calfcare.core.planning import sessions as build
from calfcare.core.planning.adapt import Decision
from calfcare.core.planning.calf_work import (
    ECCENTRIC_FIRST_WEEK_SESSIONS,
    RAISE_TEST,
    RUN_PHASES,
    calf_work,
    held_back,
    wants_raise_test,
)
from calfcare.core.planning.history import History
from calfcare.core.planning.items import choose, make_item
from calfcare.core.planning.models import Phase, Session, SessionKind
from calfcare.core.planning.phase import is_sore_day
from calfcare.core.planning.running import RunPlan, plan_runs, spread
from calfcare.core.planning.sessions import Context, Want, add, counted_minutes
from calfcare.core.profile import ComplaintKind

STRETCH_MINUTES = 6
LONG_WARMUP_CAUSES = frozenset({"no_warmup", "tightness", "age_tendon_stiffness"})
SORE_PAIN_NO_RUN = 4  # DOMS this painful turns the day's run into light movement
OLDER_RUNNER_AGE = 40


def _rest_day(run_days: list[int], strength_days: list[int], sore: list[bool]) -> int:
    """The week's full rest day: the first day left without a run or strength work, else
    a free day taken back from strength work (which then follows a run)."""
    free = [i for i in range(7) if i not in run_days]
    left = [i for i in free if i not in strength_days]
    calm = [i for i in left if not sore[i]]
    return (calm or left or free)[0]


def plan_training(
    ctx: Context,
    phase: Phase,
    active: set[str],
    *,
    dates: list[dt.date],
    run_idx: list[int],
    days: list[list[Session]],
    history: History | None,
    start: dt.date,
) -> RunPlan:
    """Prevention, soreness, strengthening, the return to running and the build."""
    profile, lib = ctx.profile, ctx.library
    budget = profile.minutes_per_day
    sore = [is_sore_day(profile, d) for d in dates]
    can_run = phase in (Phase.prevention, Phase.soreness, *RUN_PHASES)
    decision = ctx.adaptation.decision
    if decision is Decision.start:  # no log yet: grow only when nothing hurts
        allow_increase = (
            phase is Phase.prevention
            and profile.complaint.kind is ComplaintKind.none
            and "overload" not in active
        )
    else:  # the log decides: only a good week earns more
        allow_increase = decision is Decision.progress and "overload" not in active
    week_notes: list[str] = []
    if can_run and len(run_idx) == 7:
        run_idx = spread(run_idx, 6)
        week_notes.append(
            "One day a week stays free of running and strength work, so the calves can repair."
        )
    runs = plan_runs(
        profile,
        phase,
        lib,
        run_idx if can_run else [],
        start=start,
        history=history,
        allow_increase=allow_increase,
        level=ctx.adaptation.level,
        step_back=decision is Decision.step_back,
    )
    run_days = [
        i for i in runs.days if not (sore[i] and profile.complaint.pain >= SORE_PAIN_NO_RUN)
    ]
    runs = RunPlan(
        run_days,
        runs.dose,
        runs.weekly_total
        if run_days == runs.days
        else (runs.dose.distance or 0) * len(run_days)
        if runs.dose and runs.dose.distance
        else None,
        runs.weekly_base,
        week_notes + runs.notes,
    )
    long_warmup = bool(active & LONG_WARMUP_CAUSES) or profile.age >= OLDER_RUNNER_AGE
    warm = int(lib.rule("warmup_minutes").top if long_warmup else lib.rule("warmup_minutes").low)
    n_strength = 3 if phase is Phase.strengthening else 2
    if ctx.adaptation.decision is Decision.step_back:
        n_strength -= 1  # stepping back: one strength day becomes an easy day
    off_days = [i for i in range(7) if i not in run_days and not sore[i]]
    strength_days = spread(off_days, n_strength)
    rest_day = _rest_day(run_days, strength_days, sore)
    strength_days = [i for i in strength_days if i != rest_day]
    strength_notes: list[str] = []
    if len(strength_days) < n_strength and phase is not Phase.strengthening:
        # Too few free days: strength follows a run, the articles' second choice.
        extra = [i for i in run_days if not sore[i]][: n_strength - len(strength_days)]
        strength_days += extra
        if extra:
            strength_notes.append("You run most days, so strength work follows a run on some days.")
    raise_test_due = wants_raise_test(ctx, phase)
    # The 3-5 minute hip flexor hold (003) needs a longer stretch after the run.
    after_run_stretch = 10 if ctx.wants("hip_flexor_stretch") else STRETCH_MINUTES
    drop_sessions = 0
    held = held_back(ctx, phase, active)
    for i in range(7):
        day = days[i]
        if i in run_days and runs.dose is not None:
            add(
                day,
                build.warmup(
                    ctx,
                    min(warm, budget - 3),
                    "Warm up before every run (5-10 minutes) to get blood into the calves.",
                ),
            )
            day.append(run_session(ctx, runs, sore[i]))
            add(
                day,
                build.stretching(
                    ctx,
                    min(after_run_stretch, budget - counted_minutes(day)),
                    "Stretch after running, both sides, no bouncing.",
                ),
            )
        if i in strength_days:
            left = budget - counted_minutes(day)
            test = [RAISE_TEST] if raise_test_due and i == strength_days[0] else []
            skip = set(held)
            if ctx.adaptation.first_drop_week and drop_sessions >= ECCENTRIC_FIRST_WEEK_SESSIONS:
                skip.add("eccentric_heel_drop")
            work = [w for w in calf_work(ctx, phase, active) if w.exercise_id not in skip]
            session = build.strengthening(
                ctx,
                test + work,
                left,
                "Strength work on a non-running day builds calves that cope with the load."
                if i not in run_days
                else strength_notes[0]
                if strength_notes
                else "Strength work builds calves that cope with the load.",
                frozenset(skip),
            )
            if session and any(it.exercise == "eccentric_heel_drop" for it in session.items):
                drop_sessions += 1
            add(day, session)
        if i == rest_day:
            day.append(build.rest(ctx, "A full rest day lets the calves repair and adapt."))
        if sore[i]:
            add(
                day,
                build.stretching(
                    ctx,
                    min(STRETCH_MINUTES, budget - counted_minutes(day)),
                    "Gentle stretches ease the ache.",
                ),
            )
            add(
                day,
                build.recovery(
                    ctx,
                    [Want("light_walk"), Want("foam_rolling"), Want("epsom_salt_soak")],
                    budget - counted_minutes(day),
                    "Light movement and recovery help the soreness pass.",
                ),
            )
        elif i not in run_days and i not in strength_days and i != rest_day:
            add(
                day,
                build.recovery(
                    ctx,
                    [Want("light_walk"), Want("easy_cycling"), Want("foam_rolling")],
                    min(20, budget - counted_minutes(day)),
                    "An easy day: move gently and loosen the calves.",
                ),
            )
            if phase is Phase.strengthening:
                add(
                    day,
                    build.stretching(
                        ctx,
                        min(STRETCH_MINUTES, budget - counted_minutes(day)),
                        "Daily gentle stretching keeps the healing calf supple.",
                    ),
                )
    return runs


def run_session(ctx: Context, runs: RunPlan, sore: bool) -> Session:

    assert runs.dose is not None
    lib, profile = ctx.library, ctx.profile
    dose = runs.dose
    notes = list(dose.notes)
    if sore:
        notes.append("Your calves are still sore: keep it easy and stop if the ache sharpens.")
    if profile.complaint.kind is ComplaintKind.cramp:
        notes.append("Start well hydrated; on runs over an hour, drink on the way.")
    choice = choose(lib, dose.exercise_id, profile)
    assert choice is not None
    run_item = make_item(choice, dosage=dose.dosage, notes=notes, distance=dose.distance)
    cool = make_item(choose(lib, "cool_down_walk", profile) or choice)
    minutes = int(dose.dosage.minutes or 0) + int(cool.minutes or 0)
    if dose.distance is not None:
        # An easy pace of about 7 min/km (11 min/mile) sizes the session.
        minutes += round(dose.distance * (7 if profile.units.value == "km" else 11))
    why = (
        "Run by time first: build toward 30 minutes, three times a week."
        if dose.distance is None
        else "An easy run that keeps your week within the 10% rule."
    )
    if dose.dosage.minutes is None and dose.distance is None:
        why = "An easy run."

    return Session(kind=SessionKind.run, minutes=minutes, why=why, items=[run_item, cool])
