"""Turning what was read from activity files into runs in the log, and saying what happened.

Reading (slow, safe in a worker thread) and storing (one short transaction a
run, on the thread that owns the log) are separate steps: ``read_file`` gives
a ``FileRead``, ``store`` writes it and returns one ``Outcome`` per activity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath

from calfcare.core.activities.model import RUNNING, Activity, UnreadableFile
from calfcare.core.activities.sources import ActivityFile
from calfcare.core.log.records import MAX_METRES, MAX_MINUTES, RunEntry
from calfcare.core.log.store import Log
from calfcare.core.units import shown


class Result(StrEnum):
    imported = "imported"
    duplicate = "duplicate"
    other_sport = "other sport"
    failed = "failed"


@dataclass(frozen=True)
class FileRead:
    """One file's activities, or why it could not be read."""

    name: str
    activities: tuple[Activity, ...] = ()
    problem: str | None = None


@dataclass(frozen=True)
class Outcome:
    result: Result
    name: str  # the file
    run: RunEntry | None = None
    sport: str = ""
    reason: str = ""

    def line(self, units: str) -> str:
        """One line for the runner, distance in ``units``."""
        if self.result is Result.failed:
            return f"unreadable: {self.name}: {self.reason}"
        if self.run is None:
            return f"{self.result}: {self.name}"
        when = f"{self.run.date}" + (f" {self.run.start:%H:%M}" if self.run.start else "")
        if self.result is Result.other_sport:
            return f"skipped, not a run ({self.sport}): {self.name}, {when}"
        if self.result is Result.duplicate:
            return f"skipped as a duplicate (already in the log): {self.name}, {when}"
        return (
            f"imported: {when}, {shown(self.run.metres, units)} {units}, "
            f"{round(self.run.minutes, 1):g} min, from {self.name}"
        )


@dataclass
class Tally:
    """The summary at the end of an import."""

    counts: Counter[Result] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.result] += 1
        if outcome.result is Result.failed:
            self.failed.append(f"{outcome.name}: {outcome.reason}")

    def summary(self) -> str:
        c = self.counts
        text = (
            f"{_count(c[Result.imported], 'run')} imported, "
            f"{_count(c[Result.duplicate], 'duplicate')}, "
            f"{_count(c[Result.other_sport], 'other sport')}"
        )
        if self.failed:
            text += f"; {_count(len(self.failed), 'file')} could not be read"
        return text


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def read_file(found: ActivityFile) -> FileRead:
    try:
        return FileRead(found.name, tuple(found.read()))
    except UnreadableFile as exc:
        return FileRead(found.name, problem=str(exc))


def as_run(activity: Activity, name: str, shoes: str | None) -> RunEntry:
    start = activity.local_start()
    return RunEntry.parse(
        {
            "date": start.date(),
            "metres": activity.metres,
            "minutes": activity.seconds / 60,
            "shoes": shoes,
            "start": start,
            "source": PurePath(name.rsplit(":", 1)[-1]).name[:255],
            "import_key": activity.key(),
        }
    )


def _problem(activity: Activity) -> str | None:
    if not 0 <= activity.metres <= MAX_METRES:
        return f"a distance of {activity.metres:.0f} m is outside what a run can be"
    if not 0 < activity.seconds <= MAX_MINUTES * 60:
        return f"a duration of {activity.seconds:.0f} s is outside what a run can be"
    return None


def store(log: Log, read: FileRead, shoes: str | None = None) -> list[Outcome]:
    """Write the runs of one file, each in its own transaction; an Outcome per activity."""
    if read.problem is not None:
        return [Outcome(Result.failed, read.name, reason=read.problem)]
    outcomes = []
    for activity in read.activities:
        problem = _problem(activity)
        if problem is not None:
            outcomes.append(Outcome(Result.failed, read.name, reason=problem))
            continue
        run = as_run(activity, read.name, shoes if activity.sport == RUNNING else None)
        if activity.sport != RUNNING:
            outcomes.append(Outcome(Result.other_sport, read.name, run, activity.sport))
            continue
        stored = log.add_imported_run(run)
        result = Result.imported if stored is not None else Result.duplicate
        outcomes.append(Outcome(result, read.name, stored or run, activity.sport))
    return outcomes
