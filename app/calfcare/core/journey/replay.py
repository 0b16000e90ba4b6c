"""``journey``: replay the weeks from the onset (or the first log entry) up to a date.

Each week the gates of the next stage are read at the week's start: all met
(and no flare-up) moves the runner on by one stage at most; otherwise the pain
rule grows the dose by one step, holds it or steps back.
"""

from __future__ import annotations

import datetime as dt

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.content.models import TriageLevel
from calfcare.core.errors import InputError
from calfcare.core.journey.dosing import NO_CALF_WORK, TOP_LEVEL, heel_drops_planned, older_start
from calfcare.core.journey.escalation import escalate
from calfcare.core.journey.evidence import WEEK, Evidence
from calfcare.core.journey.gates import BALANCE_PCT, gates_for
from calfcare.core.journey.models import Decision, Journey, PainRule
from calfcare.core.journey.pain_rule import RULE_TEXT, Verdict, judge_week
from calfcare.core.journey.stages import USUAL_DAYS, arc_of, next_stage, previous_stage
from calfcare.core.planning.history import History
from calfcare.core.planning.triage import check_red_flags
from calfcare.core.profile import ComplaintKind, Profile

MAX_WEEKS = 60  # replay at most this far back


LOG_WEEKS = 8  # enough log for a runner without a complaint (the dose tops out sooner)


def weeks_of_log(profile: Profile, on: dt.date) -> int:
    """How many weeks of log before ``on`` the journey reads: back to the onset, at most
    ``MAX_WEEKS``."""
    since = profile.complaint.since
    if profile.complaint.kind is ComplaintKind.none or since is None:
        return LOG_WEEKS
    return max(LOG_WEEKS, min(MAX_WEEKS, (on - since).days // 7 + 1))


def check_onset(profile: Profile, start: dt.date) -> None:
    """Refuse a complaint that begins after the week's start: it has not happened yet."""
    since = profile.complaint.since
    if profile.complaint.kind is not ComplaintKind.none and since is not None and since > start:
        raise InputError(
            f"complaint.since: {since} is after the week's start ({start}); "
            f"give the day the pain began, on or before {start}"
        )


def _strength_done(ev: Evidence, first: dt.date, before: dt.date) -> bool:
    """Whether the log shows strength work done (fully or in part) in the week."""
    return any(
        s.kind == "strengthening" and s.status != "skipped"
        for s in ev.sessions.between(first, before)
    )


def _weaker_side(ev: Evidence, on: dt.date) -> str | None:
    test = ev.raise_test(on)
    if test is None or max(test.left, test.right) == 0:
        return None
    gap = abs(test.left - test.right) / max(test.left, test.right) * 100
    if gap <= BALANCE_PCT:
        return None
    return "left" if test.left < test.right else "right"


def _flags(profile: Profile, library: ContentLibrary) -> tuple[list[str], list[tuple[str, str]]]:
    emergency: list[str] = []
    clinician: list[tuple[str, str]] = []
    for flag_id in profile.red_flags:
        flag = library.red_flags[flag_id]
        if flag.level is TriageLevel.emergency:
            emergency.append(flag.why)
        else:
            clinician.append((flag_id, flag.why))
    return emergency, clinician


def journey(
    profile: Profile,
    history: History | None,
    on: dt.date,
    *,
    library: ContentLibrary | None = None,
    causes: set[str] | None = None,
) -> Journey:
    """Where the runner stands on ``on``: stage, gates, time to the next stage, escalation.

    ``causes`` are the active cause ids (they decide whether heel drops were in
    earlier weeks); the week builder passes the ones it ranked.
    """
    lib = library or load_library()
    check_red_flags(profile, lib)
    check_onset(profile, on)
    ev = Evidence.of(profile, history)
    kind = profile.complaint.kind
    arc = arc_of(kind)
    since = profile.complaint.since
    anchor = since if kind is not ComplaintKind.none and since is not None else None
    if anchor is None:
        anchor = min(ev.first_logged() or on, on)
    anchor = max(anchor, on - WEEK * MAX_WEEKS)
    active = causes or set()
    logged = ev.has_log()

    stage, entered, level, week, drop_weeks = arc[0], anchor, 0, 0, 0
    verdict = Verdict(Decision.start, "")
    last_step_back = rising_after = stepped_back = moved_on = False
    weeks = (on - anchor).days // 7
    for back in range(weeks, -1, -1):
        check = on - WEEK * back
        if check <= anchor:
            continue
        worked = stage not in NO_CALF_WORK  # the week just gone held calf strength work
        if heel_drops_planned(stage, level, active, older_start(profile, week)) and _strength_done(
            ev, check - WEEK, check
        ):
            drop_weeks += 1
        verdict = judge_week(ev, check - WEEK) if logged else Verdict(Decision.start, "")
        rising_after = verdict.rising_mornings and last_step_back
        top = TOP_LEVEL[stage]
        gates = gates_for(stage, ev, check, level=level, top=top, decision=verdict.decision)
        following = next_stage(arc, stage)
        stepped_back = moved_on = False
        if verdict.decision is Decision.step_back:
            if level > 0:
                level -= 1
            else:
                earlier = previous_stage(arc, stage)
                if earlier is not stage:
                    stage, entered, level, stepped_back = earlier, check, TOP_LEVEL[earlier], True
        elif following is not None and gates and all(g.met for g in gates):
            stage, entered, level, moved_on = following, check, 0, True
        elif verdict.decision is Decision.progress and not older_start(profile, week):
            # The supported first fortnight of an older beginner is one dose, not three steps.
            level = min(top, level + 1)
        last_step_back = verdict.decision is Decision.step_back
        week += int(worked)

    following = next_stage(arc, stage)
    gates = gates_for(stage, ev, on, level=level, top=TOP_LEVEL[stage], decision=verdict.decision)
    if following is None:
        expected = (0, 0)
    else:
        low, high = USUAL_DAYS[stage]
        in_stage = (on - entered).days
        high = max(high - in_stage, 7)
        expected = (min(max(low - in_stage, 0), high), high)
    emergency, clinician = _flags(profile, lib)
    escalation = escalate(
        ev,
        on,
        emergency_flags=emergency,
        clinician_flags=clinician,
        rising_after_step_back=rising_after,
    )
    return Journey(
        stage=stage,
        since=entered,
        next_stage=following,
        gates=gates if following is not None else [],
        expected_days=expected,
        escalation=escalation,
        pain_rule=PainRule(text=RULE_TEXT, decision=verdict.decision, why=verdict.why),
        level=level,
        week=week,
        eccentric_weeks=drop_weeks,
        weaker_side=_weaker_side(ev, on),
        stepped_back=stepped_back,
        moved_on=moved_on,
        current_pain=ev.current_pain(on)[0],
    )
