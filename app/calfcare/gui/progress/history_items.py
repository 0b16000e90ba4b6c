"""The rows under a day in the progress history, and how each reads in the runner's words.

No Qt here: ``history_model`` builds its rows with ``day_items`` and shows
them with ``item_title``, ``item_detail`` and ``day_summary``; the details pane
and the edit and undo texts use the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfcare.core.log import (
    DayLog,
    Entry,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)
from calfcare.core.planning.models import SessionKind
from calfcare.core.units import shown
from calfcare.core.week_text import KIND_WORDS

PAIN_WHEN_WORDS = {
    "during": "Pain during the run",
    "after": "Pain after",
    "morning": "Morning pain",
}


@dataclass(frozen=True)
class StepGroup:
    """The exercise steps of one day, shown as one row (the player wrote them)."""

    steps: list[StepEntry]


Item = Entry | StepGroup


def day_items(day: DayLog) -> list[Item]:
    items: list[Item] = [*day.sessions, *day.runs, *day.pain, *day.raise_tests, *day.shoes]
    if day.steps:
        items.append(StepGroup(day.steps))
    return items


def session_words(kind: str) -> str:
    try:
        return KIND_WORDS[SessionKind(kind)]
    except ValueError:
        return kind


def item_title(item: Item, units: str) -> str:
    """One line naming an entry in the runner's words."""
    if isinstance(item, StepGroup):
        n = len(item.steps)
        return f"{n} exercise step{'s' if n != 1 else ''}"
    if isinstance(item, SessionEntry):
        return f"{session_words(item.kind)} session: {item.status}"
    if isinstance(item, RunEntry):
        imported = " (imported)" if item.imported else ""
        return (
            f"Run{imported}: {shown(item.metres, units)} {units} in {round(item.minutes, 1):g} min"
        )
    if isinstance(item, PainEntry):
        return f"{PAIN_WHEN_WORDS.get(item.when, item.when)}: {item.score}/10"
    if isinstance(item, RaiseTestEntry):
        return f"Calf raises: left {item.left}, right {item.right}"
    if isinstance(item, ShoesEntry):
        return f"New shoes: {item.name} ({shown(item.start_metres, units)} {units} already)"
    return item.table


def item_detail(item: Item) -> str:
    if isinstance(item, StepGroup):
        return ", ".join(sorted({s.exercise.replace("_", " ") for s in item.steps}))
    if isinstance(item, RunEntry) and (item.shoes or item.source):
        shoes = f"in {item.shoes}" if item.shoes else ""
        source = f"from {item.source}" if item.source else ""
        return " · ".join(p for p in (shoes, source, item.note) if p)
    if isinstance(item, ShoesEntry):
        return "retired" if item.retired else ""
    return str(getattr(item, "note", ""))


def day_summary(day: DayLog, units: str) -> str:
    """A short line for a day row: what happened, at a glance."""
    parts: list[str] = []
    done = sum(1 for s in day.sessions if s.status == "done")
    if day.sessions:
        parts.append(f"{done}/{len(day.sessions)} sessions done")
    if day.runs:
        parts.append(f"ran {shown(sum(r.metres for r in day.runs), units)} {units}")
    if day.pain:
        parts.append(f"pain up to {max(p.score for p in day.pain)}/10")
    if day.raise_tests:
        parts.append("raise test")
    if day.steps and not day.sessions:
        parts.append(f"{len(day.steps)} steps")
    return " · ".join(parts)
