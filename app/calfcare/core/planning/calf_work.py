"""Calf strength for a week: double-leg, then single-leg and soleus, the raise test, heel drops.

What each stage and dose step asks for, and what the causes may not add yet.
"""

from __future__ import annotations

from calfcare.core.content.models import Dosage
from calfcare.core.journey.dosing import heel_drops_planned
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.models import Phase
from calfcare.core.planning.sessions import SUPPORT_NOTE, Context, Want
from calfcare.core.profile import Experience

RAISE_TEST = Want(
    "calf_raise_test",
    notes=("Count each leg's raises in a row and log both numbers: they decide what comes next.",),
)
ECCENTRIC_TEMPO = "up on both feet, 3 s down on one"
CALF_TEMPO = "2 s up, 2 s down"


OLDER_HOLD = frozenset({"single_leg_calf_raise", "eccentric_heel_drop", "calf_raise_test"})
ECCENTRIC_FIRST_WEEK_SESSIONS = 2  # heel drops in at most two sessions their first week
RUN_PHASES = (Phase.return_to_running, Phase.build, Phase.full_training)


def _eccentric(ctx: Context) -> Want:
    """Heel drops brought in slowly: their first week stays under the rule's cap per session."""
    cap = int(ctx.library.rule("eccentric_first_week_reps").low)
    if ctx.adaptation.first_drop_week:
        reps, sets = min(10, cap // 2), 2
        note = (
            f"First week of heel drops: at most {cap} lowering reps a side per session, in two "
            "sessions this week; a little soreness after the first ones is expected."
        )
    else:
        # Grows with the weeks of heel drops so far, so a new stage does not cut it back.
        sets, reps = 3, min(15, 8 + 2 * ctx.adaptation.drop_weeks)
        note = "Keep the lowering slow; stop at any sharp pain in the calf or Achilles."
    dose = Dosage(
        sets=sets, reps=reps, per_side=True, rep_seconds=5, rest_seconds=60, tempo=ECCENTRIC_TEMPO
    )
    return Want("eccentric_heel_drop", dose, (note,))


def _single(reps: int) -> Want:
    return Want(
        "single_leg_calf_raise",
        Dosage(sets=3, reps=reps, per_side=True, rep_seconds=4, rest_seconds=60, tempo=CALF_TEMPO),
    )


def _double(sets: int, reps: int, notes: tuple[str, ...] = ()) -> Want:
    return Want(
        "calf_raise",
        Dosage(sets=sets, reps=reps, rep_seconds=4, rest_seconds=45, tempo=CALF_TEMPO),
        notes,
    )


def _soleus() -> Want:
    return Want("bent_knee_calf_raise")


def uses_single_leg(ctx: Context, phase: Phase) -> bool:
    """Whether this week's calf work is single-leg (and so a raise test may follow it)."""
    adaptation, profile = ctx.adaptation, ctx.profile
    if adaptation.older:
        return False
    if phase is Phase.strengthening:
        return adaptation.level >= 1
    if phase in RUN_PHASES:
        return True
    return profile.experience is Experience.regular or adaptation.level >= 1


def calf_work(ctx: Context, phase: Phase, active: set[str]) -> list[Want]:
    """Calf strength for this stage and level: double-leg first, then single-leg, then more.

    Each good logged week adds a level (see the journey), working toward 3 sets
    of 25 single-leg raises (002); heel drops come in low (first week capped).
    """
    adaptation, library = ctx.adaptation, ctx.library
    level = adaptation.level
    goal = int(library.rule("single_leg_raise_reps").low)
    if adaptation.older:
        return [_double(2, 10, (SUPPORT_NOTE,))]
    single = uses_single_leg(ctx, phase)
    if phase is Phase.strengthening:
        if level == 0:
            return [_double(3, 15)]
        wants = [_single(min(goal, 5 + 5 * level)), _soleus()]
    elif phase is Phase.return_to_running:
        wants = [_single(min(goal, 15 + 5 * level)), _soleus()]
    elif phase in RUN_PHASES:
        wants = [_single(goal), _soleus()]
    elif single:
        wants = [_single(min(goal, 10 + 5 * level))]
    else:
        wants = [Want("calf_raise")]
    weaker = adaptation.weaker_side
    if weaker and single:
        wants.append(
            Want(
                "single_leg_calf_raise",
                Dosage(sets=1, reps=min(goal, 10 + 5 * level), rep_seconds=4, tempo=CALF_TEMPO),
                (f"One extra set on your {weaker} leg only, to even out the two sides.",),
                repeat=True,
            )
        )
    if heel_drops_planned(adaptation.stage, level, active, adaptation.older):
        wants.append(_eccentric(ctx))
    return wants


def wants_raise_test(ctx: Context, phase: Phase) -> bool:
    """The maximal raise test only once single-leg work is a week old, never in week one."""
    adaptation = ctx.adaptation
    if adaptation.older or not uses_single_leg(ctx, phase):
        return False
    if adaptation.stage is Stage.load:
        return adaptation.level >= 2
    if phase is Phase.return_to_running:
        return True
    return adaptation.weaker_side is not None and (
        ctx.profile.experience is Experience.regular or adaptation.level >= 2
    )


def held_back(ctx: Context, phase: Phase, active: set[str]) -> frozenset[str]:
    """Exercises the causes may not add this week: not yet single-leg, not yet heel drops."""
    adaptation = ctx.adaptation
    if adaptation.older:
        return OLDER_HOLD
    held: set[str] = set()
    if not uses_single_leg(ctx, phase):
        held |= {"single_leg_calf_raise", "calf_raise_test"}
    if not heel_drops_planned(adaptation.stage, adaptation.level, active, adaptation.older):
        held.add("eccentric_heel_drop")
    return frozenset(held)
