"""Weeks that protect the calf: urgent care, assessment, a fresh or settling strain, mobility."""

from __future__ import annotations

import datetime as dt

from calfcare.core.planning import sessions as build
from calfcare.core.planning.models import Phase, Session, Triage
from calfcare.core.planning.phase import strain_is_fresh
from calfcare.core.planning.sessions import Context, Want, add, counted_minutes
from calfcare.core.profile import ComplaintKind

# Signs of a possible clot: no icing, rubbing or squeezing the leg until it is checked.
CLOT_FLAGS = frozenset({"one_leg_swelling_warmth_redness", "pain_not_eased_by_stretch_or_massage"})
STRETCH_MINUTES = 6
MOBILITY_REST_DAY = 3  # mid-week
AS_PAIN_ALLOWS = "Walk only as far as the pain allows; stop if it climbs."


def plan_protective(
    ctx: Context, phase: Phase, tri: Triage, dates: list[dt.date], days: list[list[Session]]
) -> None:
    """Urgent care, assessment, acute and settling: rest, and RICE where it is safe."""
    profile = ctx.profile
    clot = bool(CLOT_FLAGS & {r.id for r in tri.reasons})
    for i, date in enumerate(dates):
        if phase is Phase.urgent_care:
            days[i].append(
                build.rest(ctx, "No exercise of any kind until a clinician has checked your leg.")
            )
            continue
        days[i].append(build.rest(ctx, "No running while the calf is protected."))
        if clot or profile.complaint.kind is not ComplaintKind.strain:
            continue
        if strain_is_fresh(profile, date):
            for at in build.ICE_TIMES:
                days[i].append(
                    build.rice(
                        ctx, at, with_ice=True, why="Icing in the first 48 hours limits swelling."
                    )
                )
            continue
        days[i].append(
            build.rice(
                ctx,
                None,
                with_ice=False,
                why="Support and elevation help swelling drain after the first 48 hours.",
            )
        )
        if phase is Phase.acute:
            # Past the first 48 hours active recovery starts, as far as the pain allows (001).
            add(
                days[i],
                build.recovery(
                    ctx,
                    [Want("light_walk", notes=(AS_PAIN_ALLOWS,)), Want("easy_cycling")],
                    min(15, profile.minutes_per_day),
                    "Gentle movement once the sharp pain eases keeps blood flowing.",
                ),
            )


def plan_mobility(ctx: Context, days: list[list[Session]]) -> None:
    """Settle and move: gentle movement most days, with one full rest day."""
    profile = ctx.profile
    for i in range(7):
        if i == MOBILITY_REST_DAY:
            days[i].append(build.rest(ctx, "A full rest day lets the calf repair."))
            continue
        add(
            days[i],
            build.stretching(
                ctx,
                min(STRETCH_MINUTES, profile.minutes_per_day),
                "Gentle stretching brings back length without straining the calf.",
            ),
        )
        left = profile.minutes_per_day - counted_minutes(days[i])
        add(
            days[i],
            build.recovery(
                ctx,
                [
                    Want("light_walk", notes=(AS_PAIN_ALLOWS,)),
                    Want("easy_cycling"),
                    Want("self_massage"),
                ],
                left,
                "Light movement keeps blood flowing while the calf heals.",
            ),
        )
