"""``calfcare log import``: runs from watch files into the log, one line per activity."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from calfcare.core.errors import InputError

if TYPE_CHECKING:
    from calfcare.core.log import Log


def import_runs(log: Log, paths: list[Path], shoes: str | None, units: str) -> int:
    """Import every activity file in ``paths``; 0 when all were read, 2 when any was not."""
    from calfcare.core.activities.importing import Outcome, Result, Tally, read_file, store
    from calfcare.core.activities.sources import find_activity_files

    if shoes is not None and log.find_shoes(shoes) is None:
        raise InputError(f"shoes: no pair named {shoes!r} (add the pair first)")
    found = find_activity_files(paths)
    tally = Tally()
    for path, why in found.problems:
        outcome = Outcome(Result.failed, path, reason=why)
        tally.add(outcome)
        print(outcome.line(units))
    for activity_file in found.files:
        for outcome in store(log, read_file(activity_file), shoes):
            tally.add(outcome)
            print(outcome.line(units))
    if not found.files and not found.problems:
        print("no .fit, .tcx or .gpx files found")
    print(tally.summary())
    return 2 if tally.failed else 0
