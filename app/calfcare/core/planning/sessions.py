"""Build one session at a time (warm-up, stretching, strength, recovery, RICE, rest).

Each builder fills a session from a priority list of exercises, within the
minutes it is given, using only equipment the runner has.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Category, Dosage, Equipment
from calfcare.core.planning.adapt import Adaptation, Decision
from calfcare.core.planning.items import Choice, choose, make_item, session_minutes
from calfcare.core.planning.models import COUNTED_KINDS, Item, Session, SessionKind
from calfcare.core.profile import Profile


@dataclass(frozen=True)
class Want:
    """An exercise the session would like, with an optional dosage for this context."""

    exercise_id: str
    dosage: Dosage | None = None
    notes: tuple[str, ...] = ()
    repeat: bool = False  # may appear again in the same session (an extra set for one leg)


@dataclass
class Context:
    """What every builder needs to know about this runner and this week."""

    library: ContentLibrary
    profile: Profile
    interventions: dict[Category, list[str]] = field(default_factory=dict)
    side_note: str | None = None
    gentle: bool = False
    adaptation: Adaptation = field(default_factory=lambda: Adaptation(Decision.start, 0))

    def wants(self, exercise_id: str) -> bool:
        return any(exercise_id in ids for ids in self.interventions.values())

    def extra(self, category: Category) -> list[Want]:
        return [Want(i) for i in self.interventions.get(category, [])]


def fill(
    ctx: Context, wants: list[Want], budget_minutes: int, max_items: int = 8
) -> tuple[list[Item], float]:
    """Add wanted exercises in order while the session still fits its minutes."""
    budget = budget_minutes * 60.0
    items: list[Item] = []
    used = 0.0
    seen: set[str] = set()
    for want in wants:
        if len(items) >= max_items:
            break
        choice = choose(ctx.library, want.exercise_id, ctx.profile)
        if choice is None or (choice.exercise.id in seen and not want.repeat):
            continue
        replaced = choice.exercise.id != want.exercise_id
        dose = choice.exercise.dosage if replaced or want.dosage is None else want.dosage
        while used + dose.seconds() > budget and (dose.sets or 1) > 1:
            dose = replace(dose, sets=(dose.sets or 1) - 1)
        if used + dose.seconds() > budget:
            continue
        notes = list(want.notes)
        if ctx.side_note and dose.per_side and not any(ctx.side_note in i.notes for i in items):
            notes.append(ctx.side_note)  # once a session is enough
        if ctx.gentle and Category.stretching in choice.exercise.categories:
            notes.append("Gentle: stop at a mild pull and ease off if it hurts.")
        items.append(make_item(choice, dosage=dose, notes=notes))
        used += dose.seconds()
        seen.add(choice.exercise.id)
    return items, used


def _session(kind: SessionKind, items: list[Item], seconds: float, why: str) -> Session | None:
    if not items:
        return None
    return Session(kind=kind, minutes=max(1, session_minutes(seconds)), why=why, items=items)


WARMUP_FIRST = ("brisk_walk", "leg_swings", "calf_raise")
WARMUP_REST = (
    "glute_bridge",
    "dynamic_calf_stretch",
    "walking_lunges",
    "side_leg_lift",
    "butt_kicks",
    "ankle_circles",
    "monster_walk",
    "inchworms",
    "skipping",
    "jumping_jacks",
)
WARMUP_CALF_RAISE = Dosage(sets=1, reps=12, rep_seconds=3, tempo="steady, both feet")
SUPPORT_NOTE = "Rest a hand on a wall or a chair back for balance."


def warmup(ctx: Context, minutes: int, why: str) -> Session | None:
    # Glute activation the causes call for comes right after the basics (003); the long
    # hip flexor hold goes after the run instead, where it has room.
    activation = [
        w for w in ctx.extra(Category.activation) if w.exercise_id != "hip_flexor_stretch"
    ]
    support = (SUPPORT_NOTE,) if ctx.adaptation.older else ()
    wants = (
        [
            Want(e, WARMUP_CALF_RAISE, support) if e == "calf_raise" else Want(e)
            for e in WARMUP_FIRST
        ]
        + activation
        + ctx.extra(Category.warmup)
        + [Want(e) for e in WARMUP_REST]
    )
    items, used = fill(ctx, wants, minutes, max_items=7)
    return _session(SessionKind.warmup, items, used, why)


STRETCH_ORDER = (
    "seated_towel_calf_stretch",
    "runners_stretch",
    "downward_dog",
    "ankle_circles",
)


def stretching(ctx: Context, minutes: int, why: str) -> Session | None:
    wants = (
        [Want("standing_calf_stretch")]
        + ctx.extra(Category.stretching)
        + [Want(e) for e in STRETCH_ORDER]
    )
    if not ctx.gentle:
        # Deeper stretches only once the calf is past the gentle stage.
        wants.insert(2, Want("heel_drop_stretch"))
    items, used = fill(ctx, wants, minutes)
    return _session(SessionKind.stretching, items, used, why)


STRENGTH_GLUTE_BRIDGE = Dosage(sets=3, hold_seconds=30, rest_seconds=30)
STRENGTH_SIDE_LEG_LIFT = Dosage(sets=2, reps=8, per_side=True, rep_seconds=3, rest_seconds=30)


def strengthening(
    ctx: Context,
    calf_work: list[Want],
    minutes: int,
    why: str,
    skip: frozenset[str] = frozenset(),
) -> Session | None:
    """Calf work first, then glutes and what the causes add; ``skip`` keeps ids out."""
    glutes = [
        Want("glute_bridge", STRENGTH_GLUTE_BRIDGE),
        Want("side_leg_lift", STRENGTH_SIDE_LEG_LIFT),
        Want("monster_walk"),
    ]
    extra = [w for w in ctx.extra(Category.strengthening) if w.exercise_id not in skip]
    wants = calf_work + glutes + extra
    items, used = fill(ctx, wants, minutes)
    return _session(SessionKind.strengthening, items, used, why)


def recovery(ctx: Context, wants: list[Want], minutes: int, why: str) -> Session | None:
    items, used = fill(ctx, wants + ctx.extra(Category.recovery), minutes)
    return _session(SessionKind.recovery, items, used, why)


ICE_TIMES = ("08:00", "10:30", "13:00", "15:30", "18:00", "20:30")  # 2.5 h apart while awake


def rice(ctx: Context, at: str | None, *, with_ice: bool, why: str) -> Session:
    """An icing (or, past 48 h, support and elevation) session; passive, so not budgeted."""
    lib, profile = ctx.library, ctx.profile
    items: list[Item] = []
    if with_ice:
        ice = lib.exercise("ice")
        item = make_item(choose(lib, "ice", profile) or Choice(ice))
        if not profile.has(Equipment.ice_pack):
            item.equipment = []
            item.notes.append(
                "No ice pack listed: a bag of frozen peas wrapped in a thin cloth works."
            )
        items.append(item)
    if profile.has(Equipment.elastic_bandage) or profile.has(Equipment.compression_sleeve):
        comp = make_item(Choice(lib.exercise("compression")))
        if not profile.has(Equipment.elastic_bandage):
            comp.equipment = [Equipment.compression_sleeve]
            comp.notes.append("Using your compression sleeve in place of a bandage.")
        items.append(comp)
    items.append(make_item(Choice(lib.exercise("elevation"))))
    # Ice, support and elevation happen at the same time.
    seconds = max((i.minutes or 0) * 60 for i in items)
    return Session(
        kind=SessionKind.rice, at=at, minutes=session_minutes(seconds), why=why, items=items
    )


def rest(ctx: Context, why: str, notes: list[str] | None = None) -> Session:
    item = make_item(Choice(ctx.library.exercise("rest")), notes=notes or [])
    return Session(kind=SessionKind.rest, minutes=0, why=why, items=[item])


def education(
    ctx: Context, ids: list[str], notes: dict[str, list[str]], why: str
) -> Session | None:
    items = [
        make_item(Choice(ctx.library.exercise(i)), notes=notes.get(i, []))
        for i in dict.fromkeys(ids)
    ]
    if not items:
        return None
    return Session(kind=SessionKind.education, minutes=len(items), why=why, items=items)


def add(day: list[Session], session: Session | None) -> None:
    """Append ``session`` to the day when the builder produced one."""
    if session is not None:
        day.append(session)


def counted_minutes(day: list[Session]) -> int:
    """Minutes the day already spends on what ``minutes_per_day`` caps."""
    return sum(s.minutes for s in day if s.kind in COUNTED_KINDS)
