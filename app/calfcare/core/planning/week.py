"""``build_week``: triage first, then the journey's stage, the causes and a seven-day plan."""

from __future__ import annotations

import datetime as dt

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.content.models import Category, TriageLevel
from calfcare.core.journey.models import Journey
from calfcare.core.journey.phases import PHASE_OF
from calfcare.core.journey.replay import check_onset, journey
from calfcare.core.journey.stages import LOADING
from calfcare.core.planning import sessions as build
from calfcare.core.planning.adapt import adaptation_of
from calfcare.core.planning.causes import active_causes, present_causes, rank_causes
from calfcare.core.planning.history import History
from calfcare.core.planning.models import Day, Note, Phase, RankedCause, Session, Triage, WeekPlan
from calfcare.core.planning.phase import ICE_DAYS, SUMMARIES
from calfcare.core.planning.protective import plan_mobility, plan_protective
from calfcare.core.planning.risk_factors import log_risk_factors
from calfcare.core.planning.running import RunPlan
from calfcare.core.planning.sessions import Context
from calfcare.core.planning.training import plan_training
from calfcare.core.planning.triage import triage as run_triage
from calfcare.core.planning.week_notes import journey_notes
from calfcare.core.profile import WEEKDAYS, ComplaintKind, Profile, Side
from calfcare.core.wording import DISCLAIMER

PROTECTIVE = (Phase.urgent_care, Phase.assessment, Phase.acute)


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
        "and stop that side if its pain passes 5/10 or turns sharp."
    )


def _past_acute(profile: Profile, start: dt.date) -> bool:
    """Whether the first 48 hours of a strain are over when the week starts."""
    days = profile.days_since_onset(start)
    return days is None or days >= ICE_DAYS


def _phase(path: Journey, tri: Triage) -> Phase:
    """Warning signs and same-day escalations win over the journey's stage."""
    level = path.escalation.level if path.escalation else None
    if tri.level is TriageLevel.emergency or level == "emergency":
        return Phase.urgent_care
    if tri.level is TriageLevel.see_clinician or level == "same_day":
        return Phase.assessment
    return PHASE_OF[path.stage]


def _education_ids(
    triage: Triage,
    profile: Profile,
    phase: Phase,
    path: Journey,
    interventions: dict[Category, list[str]],
) -> list[str]:
    ids: list[str] = []
    strain = profile.complaint.kind is ComplaintKind.strain
    if triage.level is not TriageLevel.self_care or strain or path.escalation is not None:
        ids.append("see_clinician")
    if phase in (Phase.urgent_care, Phase.assessment):
        return ids
    if phase is Phase.acute:
        ids += ["ice_safety", "painkillers"]
    if profile.complaint.kind is ComplaintKind.cramp:
        ids += ["hydration", "cramp_mid_run"]
    ids += interventions.get(Category.guidance, [])
    return ids


def build_week(
    profile: Profile,
    start: dt.date,
    history: History | None = None,
    library: ContentLibrary | None = None,
) -> WeekPlan:
    """A personal seven-day plan from ``start``, built from the runner's journey.

    Pure: same inputs, same plan. Raises InputError for a complaint that begins
    after ``start``.
    """
    lib = library or load_library()
    check_onset(profile, start)
    ranked = rank_causes(profile, lib, log_risk_factors(history, profile, start))
    strong = {c.id for c in active_causes(ranked)}
    path = journey(profile, history, start, library=lib, causes=strong)
    tri = run_triage(profile, lib, pain=path.current_pain)
    phase = _phase(path, tri)
    protective = phase in (Phase.urgent_care, Phase.assessment)
    active = [] if protective else active_causes(ranked)
    active_ids = {c.id for c in active}
    interventions = _interventions(lib, active)
    adaptation = adaptation_of(path, profile, lib, active_ids)
    gentle = phase in (Phase.mobility, Phase.strengthening, Phase.soreness, Phase.acute)
    ctx = Context(lib, profile, interventions, _side_note(profile), gentle, adaptation)
    dates = [start + dt.timedelta(days=i) for i in range(7)]
    run_idx = [i for i, d in enumerate(dates) if WEEKDAYS[d.weekday()] in profile.running_days]
    notes = [Note(text=DISCLAIMER, sources=[], topic="safety")]
    if not protective:
        notes += adaptation.notes
        notes += journey_notes(lib, path, adaptation, loading=path.stage in LOADING)

    days: list[list[Session]] = [[] for _ in dates]
    why_edu = {
        Phase.urgent_care: "Warning signs come first: this is what to do now.",
        Phase.assessment: "Some of your answers need a clinician's eye before you train.",
    }.get(phase, "Short tips picked for you from your answers.")
    clinician_notes = [r.what_to_do for r in tri.reasons]
    if path.escalation is not None:
        clinician_notes += path.escalation.reasons
    edu = build.education(
        ctx,
        _education_ids(tri, profile, phase, path, interventions),
        {"see_clinician": list(dict.fromkeys(clinician_notes))},
        why_edu,
    )
    if edu:
        days[0].append(edu)

    runs = RunPlan([], None, None, None, [])
    if phase in PROTECTIVE:
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
    planned = {i.exercise for day in days for s in day for i in s.items}
    return WeekPlan(
        start=start,
        units=profile.units.value,
        triage=tri,
        phase=phase,
        phase_summary=SUMMARIES[phase],
        causes=present_causes(ranked, strong, lib, _past_acute(profile, start), planned),
        notes=notes,
        days=plan_days,
        journey=path,
    )
