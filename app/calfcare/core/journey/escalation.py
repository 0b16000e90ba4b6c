"""When the journey sends the runner to a clinician, with the reason, and how soon."""

from __future__ import annotations

import datetime as dt

from calfcare.core.journey.evidence import WEEK, Evidence
from calfcare.core.journey.models import Escalation, EscalationLevel
from calfcare.core.profile import ComplaintKind

SETTLED_BY_DAY = 10  # a strain's pain should be 3/10 or less by day 10
SETTLED_PAIN = 3
SAME_DAY_PAIN = 8
SAME_DAY_FLAGS = frozenset({"sudden_pop", "achilles_rupture_signs"})
PLATEAU_DAYS = 6  # scores spread over a week (first and last at least 6 days apart)

_RANK: dict[EscalationLevel, int] = {"see_clinician": 0, "same_day": 1, "emergency": 2}


def _not_improving(ev: Evidence, on: dt.date) -> tuple[int, int] | None:
    """First and last score of the last 7 days if pain above 3/10 has not come down."""
    scores = ev.mornings.between(on - WEEK, on) or ev.pain.between(on - WEEK, on)
    since = ev.profile.complaint.since
    scores = [p for p in scores if since is None or p.date >= since]
    if len(scores) < 2 or (scores[-1].date - scores[0].date).days < PLATEAU_DAYS:
        return None
    first, last = scores[0].score, scores[-1].score
    if last > SETTLED_PAIN and last >= first:
        return first, last
    return None


def escalate(
    ev: Evidence,
    on: dt.date,
    *,
    emergency_flags: list[str],
    clinician_flags: list[tuple[str, str]],
    rising_after_step_back: bool,
) -> Escalation | None:
    """The escalation on ``on``, or None: warning signs, pain that does not settle, a flare."""
    reasons: list[tuple[EscalationLevel, str]] = []
    for text in emergency_flags:
        reasons.append(("emergency", f"Emergency warning sign: {text} Get medical help now."))
    pain, where = ev.current_pain(on)
    if pain >= SAME_DAY_PAIN:
        reasons.append(("same_day", f"Pain of {pain}/10 ({where}): see a clinician the same day."))
    for flag, text in clinician_flags:
        if flag in SAME_DAY_FLAGS:
            reasons.append(
                (
                    "same_day",
                    "A pop or a kick felt at the back of the leg, or signs of a torn Achilles: "
                    "see a clinician the same day.",
                )
            )
        else:
            reasons.append(("see_clinician", f"Warning sign: {text} See a clinician."))
    strain = ev.profile.complaint.kind is ComplaintKind.strain
    days = ev.days_since_onset(on)
    if strain and days is not None and days >= SETTLED_BY_DAY and pain > SETTLED_PAIN:
        reasons.append(
            (
                "see_clinician",
                f"Your strain still hurts {pain}/10 on day {days}: by day {SETTLED_BY_DAY} it "
                f"should be {SETTLED_PAIN}/10 or less. See a doctor or physiotherapist.",
            )
        )
    plateau = _not_improving(ev, on) if strain else None
    if plateau is not None:
        reasons.append(
            (
                "see_clinician",
                f"Your pain has not improved over 7 days of scores ({plateau[0]}/10 to "
                f"{plateau[1]}/10). See a doctor or physiotherapist.",
            )
        )
    if rising_after_step_back:
        reasons.append(
            (
                "see_clinician",
                "Your morning pain kept rising after a week that stepped back. "
                "See a doctor or physiotherapist before you load the calf again.",
            )
        )
    if not reasons:
        return None
    level = max((lvl for lvl, _ in reasons), key=_RANK.__getitem__)
    return Escalation(level=level, reasons=list(dict.fromkeys(text for _, text in reasons)))
