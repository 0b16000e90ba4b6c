"""Choose the phase of recovery from triage, the complaint, days since onset and pain."""

from __future__ import annotations

import datetime as dt

from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.models import Phase, Triage
from calfcare.core.profile import ComplaintKind, Profile

ACUTE_DAYS = 2  # RICE covers the first 48 hours (001)
SETTLED_PAIN = 3  # acute pain counts as settled at 3/10 or below
MOBILITY_DAYS = 7  # gentle stretching and light movement fill the first week
RETURN_DAYS = 14  # a couple of weeks before running again (000 "Calf strain or tear")
RETURN_PAIN = 2
DOMS_DAYS = 3  # DOMS peaks 24-72 h after the run (001)

SUMMARIES: dict[Phase, str] = {
    Phase.urgent_care: "Get medical help now. No exercise until a clinician has checked your leg.",
    Phase.assessment: (
        "See a doctor or physiotherapist before you run or strengthen again. "
        "Until then, only rest and gentle care."
    ),
    Phase.acute: (
        "A fresh strain: rest, ice, compression and elevation for the first 48 hours. "
        "No running, stretching or strength work yet."
    ),
    Phase.settling: (
        "The strain is past 48 hours but still hurts: rest, support and elevation until the "
        "pain is 3/10 or less. Update your pain score to move on."
    ),
    Phase.mobility: (
        "The sharp pain has settled: gentle stretching and light movement, "
        "no running and no strength work yet."
    ),
    Phase.strengthening: (
        "Rebuilding strength: calf and glute work on most days, still no running."
    ),
    Phase.return_to_running: (
        "Back to running by time with a run-walk, plus strength work on other days."
    ),
    Phase.soreness: (
        "Sore calves after running: light movement and recovery while the ache fades, "
        "then your usual week with warm-ups, stretching and strength work."
    ),
    Phase.prevention: (
        "Keeping calves healthy: warm up before each run, stretch after, "
        "and strengthen on days you do not run."
    ),
}


def choose_phase(
    profile: Profile, triage: Triage, start: dt.date, *, return_ready: bool = False
) -> Phase:
    """The phase at the start of the week.

    After a strain, running comes back only when ``return_ready``: the logged
    calf-raise test shows 25 single-leg raises a side, even sides and low pain.
    """
    if triage.level is TriageLevel.emergency:
        return Phase.urgent_care
    if triage.level is TriageLevel.see_clinician:
        return Phase.assessment
    complaint = profile.complaint
    days = profile.days_since_onset(start)
    if days is not None:
        days = max(days, 0)  # a week that starts before the onset is planned from the onset
    if complaint.kind is ComplaintKind.strain and days is not None:
        if days < ACUTE_DAYS:
            return Phase.acute
        if complaint.pain > SETTLED_PAIN:
            return Phase.settling
        if days < MOBILITY_DAYS:
            return Phase.mobility
        if days < RETURN_DAYS or complaint.pain > RETURN_PAIN or not return_ready:
            return Phase.strengthening
        return Phase.return_to_running
    if complaint.kind is ComplaintKind.doms and days is not None and days < DOMS_DAYS:
        return Phase.soreness
    return Phase.prevention


def strain_is_fresh(profile: Profile, on: dt.date) -> bool:
    """True on the days that fall in a strain's first 48 hours."""
    days = profile.days_since_onset(on)
    return (
        profile.complaint.kind is ComplaintKind.strain
        and days is not None
        and 0 <= days < ACUTE_DAYS
    )


def is_sore_day(profile: Profile, on: dt.date) -> bool:
    """True while DOMS is expected to linger (within 72 h of onset)."""
    days = profile.days_since_onset(on)
    return (
        profile.complaint.kind is ComplaintKind.doms and days is not None and 0 <= days < DOMS_DAYS
    )
