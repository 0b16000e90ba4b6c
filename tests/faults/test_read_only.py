"""A data folder on a read-only file system (root cannot write there either): commands stop
with one line, and the app starts without the log and says why."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from calfcare.cli.main import main

from full_disk import Mount
from support import LOG_PAIN, started_without_log


@pytest.fixture
def read_only_home(small_disk: Mount) -> Path:
    disk = small_disk("2m")
    home = disk / "home"
    assert main(["--data-dir", str(home), *LOG_PAIN]) == 0
    assert main(["profile", "--example", "-o", str(home / "config" / "profile.json")]) == 0
    done = subprocess.run(
        ["mount", "-o", "remount,ro", str(disk)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here ({done.stderr.decode().strip()})")
    return home


@pytest.mark.parametrize("words", [LOG_PAIN, ["log", "export"], ["backup", "-o", "{tmp}/b.json"]])
def test_commands_stop_with_one_line(
    read_only_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    capsys.readouterr()
    words = [w.replace("{tmp}", str(tmp_path)) for w in words]
    code = main(["--data-dir", str(read_only_home), *words])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert str(read_only_home / "data") in err
    assert "Traceback" not in err


def test_the_app_runs_without_the_log_and_says_why(
    read_only_home: Path, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = started_without_log(qapp, read_only_home)
    assert code == 0
    assert any("Read-only file system" in text and "log" in text for text in said), said
