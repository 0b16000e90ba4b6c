"""What the calendar files already handed out said, so a changed plan updates cleanly.

RFC 5545 tells a calendar that an event it holds has changed by a higher
SEQUENCE under the same UID, and when by LAST-MODIFIED. The ledger keeps, for
each UID exported, a fingerprint of the event, its sequence and when it last
changed; an event that is the same as last time keeps both, a changed one gets
the next sequence and now. A session that has left the plan is sent once more
as cancelled, so the calendar removes it instead of keeping a stale event.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from calfcare.core.storage import write_atomic

LEDGER_NAME = "calendar-events.json"


@dataclass(frozen=True)
class Issued:
    fingerprint: str
    sequence: int
    modified: dt.datetime
    day: dt.date
    cancelled: bool = False


class EventLedger:
    """Read from and saved to ``path`` (in the data folder); no file is an empty ledger."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.issued: dict[str, Issued] = {}
        if path is not None:
            self.issued = _read(path)

    def stamp(self, uid: str, fingerprint: str, day: dt.date, now: dt.datetime) -> Issued:
        """The sequence and last change for this event as it is now; remembered."""
        before = self.issued.get(uid)
        if before is not None and before.fingerprint == fingerprint and not before.cancelled:
            return before
        sequence = 0 if before is None else before.sequence + 1
        now_issued = Issued(fingerprint, sequence, now, day)
        self.issued[uid] = now_issued
        return now_issued

    def cancel_missing(
        self, first: dt.date, last: dt.date, present: set[str], now: dt.datetime
    ) -> dict[str, Issued]:
        """Events once issued for days ``first`` to ``last`` that the plan no longer holds."""
        gone: dict[str, Issued] = {}
        for uid, issued in list(self.issued.items()):
            if first <= issued.day <= last and uid not in present:
                if not issued.cancelled:
                    self.issued[uid] = Issued(
                        "cancelled", issued.sequence + 1, now, issued.day, cancelled=True
                    )
                gone[uid] = self.issued[uid]
        return gone

    def save(self) -> None:
        if self.path is None:
            return
        document = {
            uid: {
                "fingerprint": i.fingerprint,
                "sequence": i.sequence,
                "modified": i.modified.isoformat(),
                "day": i.day.isoformat(),
                "cancelled": i.cancelled,
            }
            for uid, i in sorted(self.issued.items())
        }
        write_atomic(self.path, json.dumps(document, indent=1) + "\n")


def _read(path: Path) -> dict[str, Issued]:
    """The ledger on disk; a missing or unreadable one starts again (sequences from 0)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return {
            uid: Issued(
                fingerprint=str(row["fingerprint"]),
                sequence=int(row["sequence"]),
                modified=dt.datetime.fromisoformat(row["modified"]),
                day=dt.date.fromisoformat(row["day"]),
                cancelled=bool(row.get("cancelled", False)),
            )
            for uid, row in document.items()
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}
