"""The pain-monitoring rule: how last week's log decides progress, hold or step back.

CalfCare's addition, after Silbernagel K.G. et al., 2007 (see ``plans/rules.toml``,
rule ``pain_monitoring``): pain during a session up to 5/10 is acceptable if it
has settled by the following morning and the week's morning scores are not rising.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calfcare.core.journey.evidence import WEEK, Evidence
from calfcare.core.journey.models import Decision

ACCEPTABLE_PAIN = 5  # during or after a session, if settled by the following morning
SETTLED_PAIN = 3  # a next-morning score at or below this counts as settled
QUIET_PAIN = 3  # session pain at or below this needs no next-morning check
MOSTLY_DONE = 0.75  # share of the week's sessions done for it to count as a good week

RULE_TEXT = (
    "How much pain is all right: during or after a session, pain up to 5/10 is acceptable "
    "if it has settled to 3/10 or less by the following morning and your morning scores are not "
    "rising over the week. More pain than that, or morning scores that climb, means the "
    "plan holds or steps back. Log your pain during or after sessions and each morning: "
    "that is what moves the plan on."
)


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    why: str
    rising_mornings: bool = False


def _settled_next_morning(ev: Evidence, day: dt.date) -> bool | None:
    """True if the morning after ``day`` was scored 3/10 or less; None if not scored."""
    nxt = day + dt.timedelta(days=1)
    scores = [p.score for p in ev.mornings.between(nxt, nxt + dt.timedelta(days=1))]
    if not scores:
        return None
    return max(scores) <= SETTLED_PAIN


def judge_week(ev: Evidence, first: dt.date) -> Verdict:
    """How the week starting ``first`` went, from its sessions and pain scores."""
    end = first + WEEK
    session_scores = [p for p in ev.pain.between(first, end) if p.when != "morning"]
    mornings = ev.mornings.between(first, end)
    worst = max((p.score for p in session_scores), default=0)
    if worst > ACCEPTABLE_PAIN:
        return Verdict(Decision.step_back, f"pain reached {worst}/10 during or after a session")
    if len(mornings) >= 2 and mornings[-1].score > mornings[0].score:
        return Verdict(
            Decision.step_back,
            f"your morning pain rose from {mornings[0].score} to {mornings[-1].score}",
            rising_mornings=True,
        )
    for score in session_scores:
        if score.score > QUIET_PAIN and not _settled_next_morning(ev, score.date):
            return Verdict(
                Decision.hold,
                f"pain reached {score.score}/10 and was not logged as settled "
                "by the following morning",
            )
    sessions = ev.sessions.between(first, end)
    if not sessions:
        return Verdict(Decision.hold, "no sessions were logged")
    done = sum(
        1.0 if s.status == "done" else 0.5 if s.status == "partial" else 0.0 for s in sessions
    )
    share = done / len(sessions)
    if share < MOSTLY_DONE:
        return Verdict(Decision.hold, f"{share:.0%} of last week's sessions were done")
    if not session_scores:
        return Verdict(Decision.progress, f"you did {share:.0%} of your sessions")
    return Verdict(
        Decision.progress,
        f"you did {share:.0%} of your sessions with pain at {worst}/10 or less, "
        "settled by the following morning",
    )
