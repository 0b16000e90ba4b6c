"""Done marks: saved atomically, read back, and an unreadable file set aside."""

from __future__ import annotations

import json
from pathlib import Path

from calfcare.done_marks import DoneMarks, session_key
from calfcare.planning.models import SessionKind

from support import MONDAY


def test_starts_empty_without_a_file(tmp_path: Path) -> None:
    marks = DoneMarks.in_folder(tmp_path)
    assert not marks.is_done(MONDAY, 0, SessionKind.warmup)
    assert marks.problem is None
    assert not (tmp_path / "done.json").exists()


def test_ticks_survive_a_reload(tmp_path: Path) -> None:
    marks = DoneMarks.in_folder(tmp_path)
    marks.set_done(MONDAY, 1, SessionKind.strengthening, True)
    marks.set_done(MONDAY, 2, SessionKind.stretching, True)
    marks.set_done(MONDAY, 2, SessionKind.stretching, False)

    again = DoneMarks.in_folder(tmp_path)
    assert again.is_done(MONDAY, 1, SessionKind.strengthening)
    assert not again.is_done(MONDAY, 2, SessionKind.stretching)
    assert again.done_on(MONDAY) == {"2026-11-23#1:strengthening"}
    saved = json.loads((tmp_path / "done.json").read_text(encoding="utf-8"))
    assert saved == {"version": 1, "done": ["2026-11-23#1:strengthening"]}


def test_a_different_session_in_the_same_place_is_not_done(tmp_path: Path) -> None:
    marks = DoneMarks.in_folder(tmp_path)
    marks.set_done(MONDAY, 0, SessionKind.warmup, True)
    assert not marks.is_done(MONDAY, 0, SessionKind.rest)
    assert session_key(MONDAY, 0, SessionKind.warmup) == "2026-11-23#0:warmup"


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    marks = DoneMarks.in_folder(tmp_path)
    marks.set_done(MONDAY, 0, SessionKind.run, True)
    assert [p.name for p in tmp_path.iterdir()] == ["done.json"]


def test_unreadable_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "done.json"
    path.write_text("{not json", encoding="utf-8")
    marks = DoneMarks(path)
    assert not marks.is_done(MONDAY, 0, SessionKind.run)
    assert marks.problem is not None
    assert "could not be read" in marks.problem
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("done.json.unreadable-")]
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == "{not json"

    marks.set_done(MONDAY, 0, SessionKind.run, True)
    assert DoneMarks(path).is_done(MONDAY, 0, SessionKind.run)


def test_wrong_shape_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "done.json"
    path.write_text(json.dumps({"done": [1, 2]}), encoding="utf-8")
    marks = DoneMarks(path)
    assert marks.problem is not None
    assert not path.exists()
