"""What each kind of week is for, in words, and the day-by-day tests inside a week."""

from __future__ import annotations

import datetime as dt

from calfcare.core.planning.models import Phase
from calfcare.core.profile import ComplaintKind, Profile

ICE_DAYS = 3  # icing covers the whole 48 h from the onset date: onset day and the two after (001)
DOMS_DAYS = 3  # DOMS peaks 24-72 h after the run (001)

SUMMARIES: dict[Phase, str] = {
    Phase.urgent_care: "Get medical help now. No exercise until a clinician has checked your leg.",
    Phase.assessment: (
        "See a doctor or physiotherapist before you run or strengthen again. "
        "Until then, only rest and gentle care."
    ),
    Phase.acute: (
        "Protect a fresh strain: rest, ice, compression and elevation over the first 48 hours, "
        "then gentle movement as the sharp pain eases. No running, stretching or strength "
        "work yet."
    ),
    Phase.mobility: (
        "Settle and move: gentle walking as pain allows, light ankle and calf movement and "
        "easy cycling if you have a bike. No running and no strength work yet."
    ),
    Phase.strengthening: (
        "Rebuilding strength: calf and glute work brought in step by step, still no running."
    ),
    Phase.return_to_running: (
        "Back to running with a run-walk from the first level, plus strength work on other days."
    ),
    Phase.build: (
        "Building the runs: easy continuous runs by time, then by distance, no more than 10% "
        "more a week, toward 3 miles three times a week."
    ),
    Phase.full_training: (
        "Full training: speed work and hills come back one step at a time, with strength "
        "work kept up."
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


def strain_is_fresh(profile: Profile, on: dt.date) -> bool:
    """True on the days the first 48 hours of a strain touch: the onset date and the two after."""
    days = profile.days_since_onset(on)
    return (
        profile.complaint.kind is ComplaintKind.strain and days is not None and 0 <= days < ICE_DAYS
    )


def is_sore_day(profile: Profile, on: dt.date) -> bool:
    """True while DOMS is expected to linger (within 72 h of onset)."""
    days = profile.days_since_onset(on)
    return (
        profile.complaint.kind is ComplaintKind.doms and days is not None and 0 <= days < DOMS_DAYS
    )
