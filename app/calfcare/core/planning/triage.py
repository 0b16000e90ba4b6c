"""Triage: warning signs come before any exercise."""

from __future__ import annotations

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.errors import InputError, cut
from calfcare.core.planning.models import Reason, Triage
from calfcare.core.profile import Profile

SEVERE_PAIN_SCORE = 8  # a pain score this high counts as the "severe pain" warning sign

_RANK = {TriageLevel.self_care: 0, TriageLevel.see_clinician: 1, TriageLevel.emergency: 2}


def check_red_flags(profile: Profile, library: ContentLibrary, *, source: str = "profile") -> None:
    """Refuse warning-sign ids the content library does not know (a profile is only
    checked against the library where the library is at hand: planning, the CLI, the app)."""
    unknown = [f for f in profile.red_flags if f not in library.red_flags]
    if unknown:
        allowed = ", ".join(library.red_flags)
        raise InputError(
            f"{source}: red_flags: unknown red flag {cut(unknown[0])} (allowed: {allowed})"
        )


def flagged_ids(profile: Profile, pain: int | None = None) -> list[str]:
    """The red flags the runner ticked, plus those their answers imply.

    ``pain`` is the newest score (the log's, once it has one); the intake's otherwise.
    """
    flags = list(profile.red_flags)
    score = profile.complaint.pain if pain is None else pain
    if score >= SEVERE_PAIN_SCORE and "severe_pain" not in flags:
        flags.append("severe_pain")
    return flags


def triage(profile: Profile, library: ContentLibrary, pain: int | None = None) -> Triage:
    """The care level for this profile: emergency signs win over everything else."""
    check_red_flags(profile, library)
    score = profile.complaint.pain if pain is None else pain
    reasons: list[Reason] = []
    for flag_id in flagged_ids(profile, score):
        flag = library.red_flags[flag_id]
        text = flag.why
        if flag_id == "severe_pain" and flag_id not in profile.red_flags:
            text = f"You rated your pain {score} out of 10. {flag.why}"
        if flag.addition is not None:
            text = f"{text} ({flag.addition.credit()})"
        reasons.append(
            Reason(
                id=flag.id,
                text=text,
                level=TriageLevel(flag.level),
                what_to_do=flag.what_to_do,
                sources=list(flag.sources),
            )
        )
    reasons.sort(key=lambda r: -_RANK[r.level])
    level = reasons[0].level if reasons else TriageLevel.self_care
    return Triage(level=level, reasons=reasons)
