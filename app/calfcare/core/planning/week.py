"""``build_week``: triage first, then the phase, the causes and a personal seven-day plan."""

from __future__ import annotations

import datetime as dt

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.content.models import Category, TriageLevel
from calfcare.core.planning import sessions as build
from calfcare.core.planning.adapt import Decision, assess
from calfcare.core.planning.causes import active_causes, rank_causes
from calfcare.core.planning.history import History
from calfcare.core.planning.models import Day, Note, Phase, RankedCause, Session, Triage, WeekPlan
from calfcare.core.planning.phase import RETURN_DAYS, SUMMARIES, choose_phase
from calfcare.core.planning.protective import plan_mobility, plan_protective
from calfcare.core.planning.risk_factors import log_risk_factors
from calfcare.core.planning.running import RunPlan
from calfcare.core.planning.sessions import Context
from calfcare.core.planning.training import plan_training
from calfcare.core.planning.triage import triage as run_triage
from calfcare.core.profile import WEEKDAYS, ComplaintKind, Profile, Side
from calfcare.core.wording import DISCLAIMER


def _interventions(library: ContentLibrary, causes: list[RankedCause]) -> dict[Category, list[str]]:
    out: dict[Category, list[str]] = {}
    for cause in causes:
        for ex_id in library.causes[cause.id].interventions:
            for category in library.exercise(ex_id).categories:
                ids = out.setdefault(category, [])
                if ex_id not in ids:
                    ids.append(ex_id)
    return out


def _side_note(profile: Profile) -> str | None:
    complaint = profile.complaint
    if complaint.kind is ComplaintKind.none or complaint.side in (None, Side.both):
        return None
    assert complaint.side is not None
    return (
        f"Your {complaint.side.value} calf is the sore one: do the same count on both sides "
        "and stop that side if its pain passes 3/10."
    )


def _education_ids(
    triage: Triage, profile: Profile, phase: Phase, interventions: dict[Category, list[str]]
) -> list[str]:
    ids: list[str] = []
    if triage.level is not TriageLevel.self_care or profile.complaint.kind is ComplaintKind.strain:
        ids.append("see_clinician")
    if phase in (Phase.urgent_care, Phase.assessment):
        return ids
    if profile.complaint.kind is ComplaintKind.cramp:
        ids.append("hydration")
    ids += interventions.get(Category.guidance, [])
    return ids


def _waiting_for_raise_test(
    profile: Profile, phase: Phase, start: dt.date, return_ready: bool
) -> bool:
    days = profile.days_since_onset(start)
    return (
        profile.complaint.kind is ComplaintKind.strain
        and phase is Phase.strengthening
        and not return_ready
        and days is not None
        and days >= RETURN_DAYS
    )


def build_week(
    profile: Profile,
    start: dt.date,
    history: History | None = None,
    library: ContentLibrary | None = None,
) -> WeekPlan:
    """A personal seven-day plan from ``start``. Pure: same inputs, same plan."""
    lib = library or load_library()
    tri = run_triage(profile, lib)
    adaptation = assess(history, start, lib)
    phase = choose_phase(profile, tri, start, return_ready=adaptation.return_ready)
    if phase is Phase.return_to_running and adaptation.decision is Decision.step_back:
        phase = Phase.strengthening
    ranked = rank_causes(profile, lib, log_risk_factors(history, profile, start))
    active = active_causes(ranked) if phase not in (Phase.urgent_care, Phase.assessment) else []
    active_ids = {c.id for c in active}
    interventions = _interventions(lib, active)
    gentle = phase in (Phase.mobility, Phase.strengthening, Phase.soreness)
    ctx = Context(lib, profile, interventions, _side_note(profile), gentle, adaptation)
    dates = [start + dt.timedelta(days=i) for i in range(7)]
    run_idx = [i for i, d in enumerate(dates) if WEEKDAYS[d.weekday()] in profile.running_days]
    notes = [Note(text=DISCLAIMER, sources=[])]
    if phase not in (Phase.urgent_care, Phase.assessment):
        notes += adaptation.notes
    if _waiting_for_raise_test(profile, phase, start, adaptation.return_ready):
        rule = lib.rule("single_leg_raise_reps")
        notes.append(
            Note(
                text=f"Running comes back once your calf-raise test reaches {rule.low:.0f} "
                "single-leg raises on each side, the two sides within 10% of each other, with "
                "pain at 2/10 or less. Do the test on a strength day and log it.",
                sources=list(rule.sources),
            )
        )

    days: list[list[Session]] = [[] for _ in dates]
    why_edu = {
        Phase.urgent_care: "Warning signs come first: this is what to do now.",
        Phase.assessment: "Some of your answers need a clinician's eye before you train.",
    }.get(phase, "Short tips picked for you from your answers.")
    edu_notes = {"see_clinician": [f"{r.what_to_do}" for r in tri.reasons]}
    edu = build.education(
        ctx, _education_ids(tri, profile, phase, interventions), edu_notes, why_edu
    )
    if edu:
        days[0].append(edu)

    runs = RunPlan([], None, None, None, [])
    if phase in (Phase.urgent_care, Phase.assessment, Phase.acute, Phase.settling):
        plan_protective(ctx, phase, tri, dates, days)
    elif phase is Phase.mobility:
        plan_mobility(ctx, days)
    else:
        runs = plan_training(
            ctx,
            phase,
            active_ids,
            dates=dates,
            run_idx=run_idx,
            days=days,
            history=history,
            start=start,
        )
        notes += [Note(text=t, sources=[]) for t in runs.notes]

    if active_ids & {"hills_terrain"} and runs.days:
        notes.append(
            Note(
                text="Keep most runs on flat ground while your calves adjust; "
                "bring hills back gradually.",
                sources=list(lib.rule("flat_runs_first").sources),
            )
        )
    plan_days = [
        Day(date=d, weekday=WEEKDAYS[d.weekday()], running_day=i in runs.days, sessions=days[i])
        for i, d in enumerate(dates)
    ]
    return WeekPlan(
        start=start,
        units=profile.units.value,
        triage=tri,
        phase=phase,
        phase_summary=SUMMARIES[phase],
        causes=ranked,
        notes=notes,
        days=plan_days,
    )
