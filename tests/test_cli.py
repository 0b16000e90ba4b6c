"""The command line: outputs, and bad input that exits 2 with one clear line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.profile import save_profile

from support import make_profile


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    save_profile(make_profile(age=45), path)
    return path


def test_plan_json_has_the_documented_shape(profile_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.json"
    assert (
        main(
            [
                "plan",
                "--profile",
                str(profile_file),
                "--start",
                "2026-11-23",
                "--format",
                "json",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    week = json.loads(out.read_text())
    assert week["start"] == "2026-11-23"
    assert set(week["triage"]) == {"level", "reasons"}
    assert week["phase"] == "prevention"
    assert {"id", "explanation", "sources"} <= set(week["causes"][0])
    assert len(week["days"]) == 7
    day = week["days"][1]
    assert {"date", "running_day", "sessions"} <= set(day)
    session = day["sessions"][0]
    assert {"kind", "at", "minutes", "items"} <= set(session)
    item = session["items"][0]
    expected = {
        "exercise",
        "sets",
        "reps",
        "hold_seconds",
        "minutes",
        "distance",
        "per_side",
        "side",
        "tempo",
        "equipment",
        "notes",
        "sources",
    }
    assert expected <= set(item)
    assert set(item["sources"][0]) == {"article", "section"}


def test_plan_text_reads_like_a_week(
    profile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "--profile", str(profile_file), "--start", "2026-11-23"]) == 0
    text = capsys.readouterr().out
    for expected in ("Mon 23 Nov", "Sun 29 Nov", "Warm-up", "Sources:"):
        assert expected in text
    assert "does not replace a doctor" in " ".join(text.split())


def test_listings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises"]) == 0
    assert "single_leg_calf_raise" in capsys.readouterr().out
    assert main(["sources"]) == 0
    assert "004_f6e169889c1b2dbe" in capsys.readouterr().out
    assert main(["profile", "--example"]) == 0
    assert json.loads(capsys.readouterr().out)["age"] == 44


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["plan", "--profile", "missing.json"], "missing.json: no such file"),
        (["plan", "--profile", "{bad}", "--start", "2026-02-30"], "argument --start"),
        (["plan", "--profile", "{bad}"], "field 'age'"),
        (["plan", "--profile", "{good}", "--format", "pdf-ish"], "argument --format"),
        (["plan"], "--profile"),
        (["plan", "--profile", "{flag}"], "red_flags: unknown red flag 'itchy'"),
        (["profile", "--check", "{flag}"], "red_flags: unknown red flag 'itchy'"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path,
    profile_file: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"age": 500, "experience": "new"}))
    flag = tmp_path / "flag.json"
    flag.write_text(json.dumps({"age": 30, "experience": "new", "red_flags": ["itchy"]}))
    names = {"{bad}": bad, "{good}": profile_file, "{flag}": flag}
    args = [names.get(a, a) if a in names else a for a in args]
    args = [str(a) for a in args]
    with pytest.raises(SystemExit) as info:
        sys.exit(main(args))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"age": 30, "experience": "new", "units": "furlongs"}')
    result = subprocess.run(
        [sys.executable, "-m", "calfcare", "plan", "--profile", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"calfcare plan: {bad}: field 'units': Input should be 'km' or 'mi' (got 'furlongs')"
    )


def test_no_display_gives_a_clear_note(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 1
    assert "no display" in capsys.readouterr().err
