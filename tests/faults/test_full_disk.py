"""The command line on a real full disk: exit 2 with "No space left on device", the old
file kept, nothing half-written left behind, the log as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.log import Log, PainEntry
from calfcare.core.paths import app_paths
from calfcare.core.profile import example_profile
from calfcare.core.validation import to_json

from full_disk import Mount, fill
from support import LOG_PAIN, files_under

DAY = "2026-11-20"


def _one_line(err: str, expected: str) -> None:
    assert expected in err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(to_json(example_profile()))
    return path


@pytest.mark.parametrize("fmt", ["pdf", "html", "ics", "json", "text"])
def test_a_full_disk_keeps_the_old_output(
    qapp: object,  # the PDF is drawn by Qt: the GUI tests' application, made first
    small_disk: Mount,
    profile_file: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    disk = small_disk("256k")
    out = disk / f"week.{fmt}"
    words = ["plan", "--profile", str(profile_file), "--start", "2026-11-23", "--format", fmt]
    assert main([*words, "-o", str(out)]) == 0
    good = out.read_bytes()
    fill(disk)
    capsys.readouterr()
    assert main([*words, "--start", "2026-11-30", "-o", str(out)]) == 2
    _one_line(capsys.readouterr().err, "No space left on device")
    assert out.read_bytes() == good
    assert sorted(p.name for p in disk.iterdir()) == ["filler", out.name]


def _home_on(disk: Path) -> Path:
    home = disk / "home"
    assert (
        main(["--data-dir", str(home), "log", "shoes", "--name", "Blue", "--started", "2026-10-01"])
        == 0
    )
    for n in range(5):
        assert (
            main(
                [
                    "--data-dir",
                    str(home),
                    "log",
                    "pain",
                    "--date",
                    DAY,
                    "--when",
                    "after",
                    "--score",
                    str(n),
                ]
            )
            == 0
        )
    return home


@pytest.mark.parametrize(
    "command", [["backup", "-o", "{disk}/backup.json"], ["log", "export", "-o", "{disk}/log.csv"]]
)
def test_backup_and_export_onto_a_full_disk(
    small_disk: Mount, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    home = tmp_path / "home"
    assert (
        main(
            [
                "--data-dir",
                str(home),
                *LOG_PAIN,
            ]
        )
        == 0
    )
    disk = small_disk("64k")
    fill(disk)
    before = files_under(home, leave_out=("filler",))
    capsys.readouterr()
    words = [w.replace("{disk}", str(disk)) for w in command]
    assert main(["--data-dir", str(home), *words]) == 2
    _one_line(capsys.readouterr().err, "No space left on device")
    assert [p.name for p in disk.iterdir()] == ["filler"]
    assert files_under(home, leave_out=("filler",)) == before


def test_restore_onto_a_full_disk_changes_nothing_and_leaves_nothing(
    small_disk: Mount, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = small_disk("1m")
    home = _home_on(disk)
    backup = tmp_path / "backup.json"
    assert main(["--data-dir", str(home), "backup", "-o", str(backup)]) == 0
    document = json.loads(backup.read_text())
    document["log"]["pain"] = [  # a bigger log than the disk has room for
        {"id": n, "date": DAY, "when": "after", "score": 1, "note": "x" * 1900}
        for n in range(1, 600)
    ]
    backup.write_text(json.dumps(document))
    fill(disk)
    before = files_under(home, leave_out=("filler",))
    capsys.readouterr()
    assert main(["--data-dir", str(home), "restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert "cannot restore" in err
    _one_line(err, "full")
    assert files_under(home, leave_out=("filler",)) == before
    leftovers = [p.name for p in home.rglob("*") if p.name.endswith((".restoring", ".tmp"))]
    assert leftovers == []
    (disk / "filler").unlink()
    with Log.open(app_paths(home), daily_backup=False) as log:
        assert [p.score for p in log.entries(PainEntry)] == [0, 1, 2, 3, 4]


def test_logging_onto_a_full_disk_keeps_every_committed_entry(
    small_disk: Mount, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = small_disk("1m")
    home = _home_on(disk)
    fill(disk)
    capsys.readouterr()
    codes = [
        main(
            [
                "--data-dir",
                str(home),
                "log",
                "pain",
                "--date",
                DAY,
                "--when",
                "during",
                "--score",
                "7",
                "--note",
                "n" * 1900,
            ]
        )
        for _ in range(40)
    ]
    assert set(codes) <= {0, 2}
    assert 2 in codes
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (disk / "filler").unlink()  # room again: everything reported as logged is there
    with sqlite3.connect(app_paths(home).data_dir / "log.sqlite3") as conn:
        during = conn.execute("SELECT count(*) FROM pain WHERE \"when\" = 'during'").fetchone()[0]
        after = conn.execute("SELECT count(*) FROM pain WHERE \"when\" = 'after'").fetchone()[0]
    conn.close()
    assert after == 5
    assert during == codes.count(0)
