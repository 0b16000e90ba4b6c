"""``calfcare log``, ``backup`` and ``restore`` on the command line, and their exit-2 lines."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.log import Log, PainEntry, RunEntry, WriterLock
from calfcare.core.paths import app_paths

from support import LOG_PAIN, REPO


def _run(home: Path, *words: str) -> int:
    return main(["--data-dir", str(home), *words])


def test_log_pain_run_shoes_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert (
        _run(home, "log", "shoes", "--name", "Blue", "--distance", "40", "--started", "2026-10-01")
        == 0
    )
    assert (
        _run(
            home,
            "log",
            "run",
            "--date",
            "2026-11-20",
            "--distance",
            "6.5",
            "--minutes",
            "38",
            "--shoes",
            "Blue",
            "--note",
            "hills",
        )
        == 0
    )
    assert _run(home, "log", "pain", "--date", "2026-11-20", "--when", "after", "--score", "3") == 0
    out = capsys.readouterr().out
    assert "logged pain 3/10 (after) on 2026-11-20" in out
    with Log.open(app_paths(home)) as log:
        assert log.entries(RunEntry)[0].shoes == "Blue"
        assert log.entries(PainEntry)[0].score == 3

    csv_file = tmp_path / "log.csv"
    assert _run(home, "log", "export", "--format", "csv", "-o", str(csv_file)) == 0
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text())))
    assert [r["type"] for r in rows] == ["shoes", "runs", "pain"]
    assert rows[1]["metres"] == "6500.0"
    assert rows[1]["note"] == "hills"
    json_file = tmp_path / "log.json"
    assert _run(home, "log", "export", "--format", "json", "-o", str(json_file)) == 0
    assert json.loads(json_file.read_text())["entries"]["pain"][0]["when"] == "after"


def test_calfcare_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFCARE_HOME", str(tmp_path / "env-home"))
    assert main(["log", "pain", "--date", "2026-11-20", "--when", "morning", "--score", "0"]) == 0
    assert (tmp_path / "env-home" / "data" / "log.sqlite3").is_file()


def test_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert (
        _run(home, "log", "pain", "--date", "2026-11-20", "--when", "during", "--score", "5") == 0
    )
    backup = tmp_path / "backup.json"
    assert _run(home, "backup", "-o", str(backup)) == 0
    assert json.loads(backup.read_text())["log"]["pain"][0]["score"] == 5
    assert (
        _run(home, "log", "pain", "--date", "2026-11-21", "--when", "during", "--score", "6") == 0
    )
    assert _run(home, "restore", str(backup)) == 0
    assert "restored 1 log entries" in capsys.readouterr().out
    with Log.open(app_paths(home)) as log:
        assert [p.score for p in log.entries(PainEntry)] == [5]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            ["log", "pain", "--date", "2026-11-20", "--when", "after", "--score", "11"],
            "calfcare log: score: must be a whole number from 0 to 10 (got 11)",
        ),
        (
            ["log", "pain", "--date", "2026-11-20", "--when", "later", "--score", "1"],
            "argument --when",
        ),
        (
            ["log", "pain", "--date", "2026-13-01", "--when", "after", "--score", "1"],
            "argument --date",
        ),
        (
            ["log", "pain", "--date", "2026-11-20", "--when", "after", "--score", "x"],
            "argument --score",
        ),
        (
            [
                "log",
                "pain",
                "--date",
                "2026-11-20",
                "--when",
                "after",
                "--score",
                "3",
                "--note",
                "x" * 3000,
            ],
            "note: at most 2000",
        ),
        (
            ["log", "run", "--date", "2026-11-20", "--distance", "-3", "--minutes", "20"],
            "calfcare log: distance: must be a number from 0",
        ),
        (
            ["log", "run", "--date", "2026-11-20", "--distance", "3", "--minutes", "-1"],
            "minutes: must be",
        ),
        (
            [
                "log",
                "run",
                "--date",
                "2026-11-20",
                "--distance",
                "3",
                "--minutes",
                "20",
                "--shoes",
                "Red",
            ],
            "shoes: no pair named 'Red'",
        ),
        (["log", "export", "--format", "xml"], "argument --format"),
        (["log"], "required"),
        (["restore", "{home}/missing.json"], "missing.json: no such file"),
        (["restore", "{bad}"], "malformed JSON"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], expected: str
) -> None:
    home = tmp_path / "home"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "calfcare-backup", "version": 1, "log": {')
    words = [w.replace("{home}", str(home)).replace("{bad}", str(bad)) for w in words]
    with pytest.raises(SystemExit) as info:
        sys.exit(_run(home, *words))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_writes_wait_for_the_app_and_say_it_has_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    paths = app_paths(home).ensure()
    backup = tmp_path / "backup.json"
    assert _run(home, "backup", "-o", str(backup)) == 0
    with WriterLock(paths.data_dir, "CalfCare app") as app:
        assert app.acquire()
        for words in (
            LOG_PAIN,
            ["restore", str(backup)],
        ):
            assert _run(home, *words) == 2
            err = capsys.readouterr().err
            assert "in use by CalfCare app (process" in err
            assert len(err.strip().splitlines()) == 1
        assert _run(home, "log", "export", "--format", "json") == 0  # reading needs no lock


def test_a_corrupt_log_is_reported_by_a_real_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / "data"
    data.mkdir(parents=True)
    (data / "log.sqlite3").write_bytes(b"\x00garbage\x01" * 400)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "calfcare",
            "--data-dir",
            str(home),
            *LOG_PAIN,
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(REPO / "app"), "PATH": ""},
    )
    assert result.returncode == 0
    kept = next(data.glob("log.corrupt-*.sqlite3"))
    assert "corrupt" in result.stderr
    assert str(kept) in result.stderr
    assert kept.read_bytes() == b"\x00garbage\x01" * 400
    assert "Traceback" not in result.stderr
