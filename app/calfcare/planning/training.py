"""Training weeks: prevention, soreness, rebuilding strength and the return to running."""

from __future__ import annotations

import datetime as dt

from calfcare.content.library import ContentLibrary
from calfcare.content.models import Dosage
from calfcare.planning import sessions as build
from calfcare.planning.history import History
from calfcare.planning.items import choose, make_item
from calfcare.planning.models import Phase, Session, SessionKind
from calfcare.planning.phase import is_sore_day
from calfcare.planning.running import RunPlan, plan_runs, spread
from calfcare.planning.sessions import Context, Want, add, counted_minutes
from calfcare.profile import ComplaintKind, Experience, Profile

STRETCH_MINUTES = 6
LONG_WARMUP_CAUSES = frozenset({"no_warmup", "tightness", "age_tendon_stiffness"})
SORE_PAIN_NO_RUN = 4  # DOMS this painful turns the day's run into light movement
OLDER_RUNNER_AGE = 40


def calf_work(
    profile: Profile, phase: Phase, active: set[str], library: ContentLibrary
) -> list[Want]:
    """Calf strength for this phase: double-leg first, single-leg and eccentric when ready."""
    if phase is Phase.strengthening:
        return [
            Want(
                "calf_raise",
                Dosage(sets=3, reps=12, rep_seconds=4, rest_seconds=45, tempo="2 s up, 2 s down"),
            )
        ]
    single = profile.experience is Experience.regular or phase is Phase.return_to_running
    wants = [Want("single_leg_calf_raise")] if single else [Want("calf_raise")]
    if active & {"age_tendon_stiffness", "too_fast_for_forefoot", "forefoot_transition"}:
        cap = int(library.rule("eccentric_first_week_reps").low)
        reps = min(10, cap // 2)
        wants.append(
            Want(
                "eccentric_heel_drop",
                Dosage(
                    sets=2,
                    reps=reps,
                    per_side=True,
                    rep_seconds=5,
                    rest_seconds=60,
                    tempo="up on both feet, 3 s down on one",
                ),
                (
                    f"First week: {2 * reps} lowering reps a side at most; a little soreness "
                    "after the first sessions is expected.",
                ),
            )
        )
    return wants


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
    """Prevention, soreness, strengthening and return to running."""
    profile, lib = ctx.profile, ctx.library
    budget = profile.minutes_per_day
    sore = [is_sore_day(profile, d) for d in dates]
    can_run = phase in (Phase.prevention, Phase.soreness, Phase.return_to_running)
    allow_increase = (
        phase is Phase.prevention
        and profile.complaint.kind is ComplaintKind.none
        and "overload" not in active
    )
    runs = plan_runs(
        profile,
        phase,
        lib,
        run_idx if can_run else [],
        start=start,
        history=history,
        allow_increase=allow_increase,
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
        runs.notes,
    )
    long_warmup = bool(active & LONG_WARMUP_CAUSES) or profile.age >= OLDER_RUNNER_AGE
    warm = int(lib.rule("warmup_minutes").top if long_warmup else lib.rule("warmup_minutes").low)
    n_strength = 3 if phase is Phase.strengthening else 2
    off_days = [i for i in range(7) if i not in run_days and not sore[i]]
    strength_days = spread(off_days, n_strength)
    strength_notes: list[str] = []
    if len(strength_days) < n_strength and phase is not Phase.strengthening:
        # Too few free days: strength follows a run, the articles' second choice.
        extra = [i for i in run_days if not sore[i]][: n_strength - len(strength_days)]
        strength_days += extra
        if extra:
            strength_notes.append("You run most days, so strength work follows a run on some days.")
    # The 3-5 minute hip flexor hold (003) needs a longer stretch after the run.
    after_run_stretch = 10 if ctx.wants("hip_flexor_stretch") else STRETCH_MINUTES
    rest_day_taken = False
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
            add(
                day,
                build.strengthening(
                    ctx,
                    calf_work(profile, phase, active, lib),
                    left,
                    "Strength work on a non-running day builds calves that cope with the load."
                    if i not in run_days
                    else strength_notes[0]
                    if strength_notes
                    else "Strength work builds calves that cope with the load.",
                ),
            )
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
        elif i not in run_days and i not in strength_days:
            if not rest_day_taken and phase is not Phase.strengthening:
                rest_day_taken = True
                day.append(build.rest(ctx, "A full rest day lets the calves repair and adapt."))
            else:
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

    return Session(kind=SessionKind.run, minutes=minutes, why=why, items=[run_item, cool])
