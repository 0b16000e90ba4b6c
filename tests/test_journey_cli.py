"""A 12-week recovery run headless through the command line: log, then plan, week by week."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from calfcare.cli.main import main
from calfcare.core.log.store import log_path
from calfcare.core.paths import app_paths
from calfcare.core.validation import to_json

from journeys import STRAIN_ARC
from support import MONDAY, make_profile

EXERCISE = {"warmup", "run", "stretching", "strengthening", "recovery", "rest", "rice"}


def _profile_file(tmp_path: Path, pain: int = 3) -> Path:
    profile = make_profile(
        complaint={"kind": "strain", "side": "left", "since": MONDAY.isoformat(), "pain": pain}
    )
    path = tmp_path / "profile.json"
    path.write_text(to_json(profile), encoding="utf-8")
    return path


def _calfcare(home: Path, *words: str) -> int:
    return main(["--data-dir", str(home), *words])


def _plan(home: Path, profile: Path, start: dt.date, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    assert (
        _calfcare(
            home, "plan", "--profile", str(profile), "--start", str(start), "--format", "json"
        )
        == 0
    )
    return json.loads(capsys.readouterr().out)


def _log_week(home: Path, week: Any, morning: int) -> None:
    for day in week["days"]:
        kinds = {s["kind"] for s in day["sessions"]} & EXERCISE
        for kind in sorted(kinds):
            assert _calfcare(home, "log", "session", "--date", day["date"], "--kind", kind) == 0
        items = [i["exercise"] for s in day["sessions"] for i in s["items"]]
        if "calf_raise_test" in items:
            assert (
                _calfcare(
                    home, "log", "raises", "--date", day["date"], "--left", "27", "--right", "26"
                )
                == 0
            )
    for day in (week["days"][0], week["days"][-1]):
        assert (
            _calfcare(
                home,
                "log",
                "pain",
                "--date",
                day["date"],
                "--when",
                "morning",
                "--score",
                str(morning),
            )
            == 0
        )


def test_a_good_recovery_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, profile = tmp_path / "home", _profile_file(tmp_path)
    stages: list[str] = []
    for n in range(12):
        week = _plan(home, profile, MONDAY + dt.timedelta(days=7 * n), capsys)
        stages.append(week["journey"]["stage"])
        assert week["journey"]["escalation"] is None
        _log_week(home, week, morning=max(1, 3 - n))
    index = [[s.value for s in STRAIN_ARC].index(s) for s in stages]
    assert all(b - a <= 1 for a, b in itertools.pairwise(index)), stages
    assert 3 <= stages.index("return_to_running") <= 6, stages


def test_a_plateau_escalates_and_logging_nothing_never_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, profile = tmp_path / "home", _profile_file(tmp_path, pain=5)
    weeks = [_plan(home, profile, MONDAY + dt.timedelta(days=7 * n), capsys) for n in range(3)]
    assert weeks[2]["journey"]["escalation"]["level"] == "see_clinician"
    quiet = _profile_file(tmp_path, pain=1)
    for n in range(12):
        week = _plan(home, quiet, MONDAY + dt.timedelta(days=7 * n), capsys)
        assert week["journey"]["stage"] != "return_to_running"
        assert all(s["kind"] != "run" for d in week["days"] for s in d["sessions"])


def test_plan_reads_the_log_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, profile = tmp_path / "home", _profile_file(tmp_path, pain=1)
    start = MONDAY + dt.timedelta(days=21)
    assert (
        _calfcare(
            home,
            "log",
            "raises",
            "--date",
            str(start - dt.timedelta(days=2)),
            "--left",
            "28",
            "--right",
            "27",
        )
        == 0
    )
    assert _plan(home, profile, start, capsys)["journey"]["stage"] == "return_to_running"
    capsys.readouterr()
    args = [
        "plan",
        "--profile",
        str(profile),
        "--start",
        str(start),
        "--format",
        "json",
        "--no-log",
    ]
    assert _calfcare(home, *args) == 0
    assert json.loads(capsys.readouterr().out)["journey"]["stage"] == "load"


def test_plan_weeks_projects_consecutive_weeks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, profile = tmp_path / "home", _profile_file(tmp_path)
    args = [
        "plan",
        "--profile",
        str(profile),
        "--start",
        str(MONDAY),
        "--format",
        "json",
        "--weeks",
        "4",
    ]
    assert _calfcare(home, *args) == 0
    weeks = json.loads(capsys.readouterr().out)
    assert [w["start"] for w in weeks] == [str(MONDAY + dt.timedelta(days=7 * n)) for n in range(4)]
    assert [w["journey"]["stage"] for w in weeks] == ["protect", "settle", "load", "load"]
    assert not log_path(app_paths(home)).exists()  # planning without a log creates none
    assert (
        _calfcare(home, "plan", "--profile", str(profile), "--start", str(MONDAY), "--weeks", "2")
        == 0
    )
    text = capsys.readouterr().out
    assert text.count("CalfCare week from") == 2


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["--weeks", "0"], "--weeks: give a number of weeks from 1 to 12 (got 0)"),
        (["--weeks", "13"], "--weeks: give a number of weeks from 1 to 12 (got 13)"),
        (["--weeks", "2", "--format", "ics"], "--weeks: more than one week works with"),
        (["--start", "2026-11-20"], "complaint.since: 2026-11-23 is after the week's start"),
    ],
)
def test_plan_refusals_exit_2_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    profile = _profile_file(tmp_path)
    args = [
        "plan",
        "--profile",
        str(profile),
        *(["--start", str(MONDAY)] if "--start" not in words else []),
        *words,
    ]
    assert _calfcare(tmp_path / "home", *args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["session", "--date", "2026-11-20", "--kind", "lifting"], "kind: must be one of"),
        (
            ["session", "--date", "2026-11-20", "--kind", "run", "--status", "maybe"],
            "status: must be one of",
        ),
        (
            ["raises", "--date", "2026-11-20", "--left", "-1", "--right", "20"],
            "left: must be a whole number",
        ),
        (["raises", "--date", "2026-13-01", "--left", "1", "--right", "20"], "argument --date"),
    ],
)
def test_log_session_and_raises_refuse_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    if "2026-13-01" in words:  # argparse refuses it before the command runs
        with pytest.raises(SystemExit) as stop:
            _calfcare(tmp_path / "home", "log", *words)
        assert stop.value.code == 2
    else:
        assert _calfcare(tmp_path / "home", "log", *words) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (
            ["plan", "--profile", "p.json", "--weeks", "abc"],
            "--weeks: must be a whole number, from 1 to 12",
        ),
        (
            ["log", "raises", "--date", "2026-11-20", "--left", "x", "--right", "20"],
            "--left: must be a whole number, from 0 to 500",
        ),
        (
            ["log", "pain", "--date", "2026-11-20", "--when", "morning", "--score", "4.5"],
            "--score: must be a whole number, from 0 to 10",
        ),
    ],
)
def test_a_number_that_is_not_whole_is_refused_saying_what_is_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stop:  # argparse refuses it before the command runs
        _calfcare(tmp_path / "home", *words)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_flare_up_steps_back_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, profile = tmp_path / "home", _profile_file(tmp_path)
    weeks = []
    for n in range(8):
        week = _plan(home, profile, MONDAY + dt.timedelta(days=7 * n), capsys)
        weeks.append(week)
        if n == 6:  # mornings climb from 1 to 4 over the week
            for day, score in zip(week["days"], (1, 2, 3, 4), strict=False):
                words = ["--date", day["date"], "--when", "morning", "--score", str(score)]
                assert _calfcare(home, "log", "pain", *words) == 0
            for day in week["days"]:
                assert (
                    _calfcare(home, "log", "session", "--date", day["date"], "--kind", "rest") == 0
                )
        else:
            _log_week(home, week, morning=max(1, 3 - n))
    after = weeks[7]  # planned once the week of the flare-up was logged
    assert after["journey"]["pain_rule"]["decision"] == "step_back"
    assert "morning pain rose from 1 to 4" in after["journey"]["pain_rule"]["why"]
    assert any("Stepping back" in n["text"] for n in after["notes"])


def test_an_emergency_never_holds_exercise_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = make_profile(
        complaint={"kind": "strain", "side": "left", "since": MONDAY.isoformat(), "pain": 3},
        red_flags=["chest_pain_or_breathless"],
    )
    path = tmp_path / "profile.json"
    path.write_text(to_json(profile), encoding="utf-8")
    home = tmp_path / "home"
    args = ["plan", "--profile", str(path), "--start", str(MONDAY), "--format", "json"]
    capsys.readouterr()
    assert _calfcare(home, *args, "--weeks", "12") == 0
    for week in json.loads(capsys.readouterr().out):
        assert week["phase"] == "urgent_care"
        assert week["journey"]["escalation"]["level"] == "emergency"
        kinds = {s["kind"] for d in week["days"] for s in d["sessions"]}
        assert kinds <= {"education", "rest"}
