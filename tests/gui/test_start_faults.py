"""The start never hangs: a fault on the way is shown in the window and on stderr, and the
app carries on without the log; Ctrl+C quits as SIGTERM does."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from calfcare.core.log import Log, SessionEntry
from calfcare.core.paths import app_paths
from calfcare.core.profile import save_profile

from support import make_profile, run_python, started_without_log


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CALFCARE_HOME", None)
    return env


def _home_with_a_bad_row(tmp_path: Path) -> Path:
    """A profile, and a run in this week's log that no check would let in (hand-edited)."""
    home = tmp_path / "home"
    paths = app_paths(home).ensure()
    save_profile(make_profile(), paths.profile)
    with Log.open(paths) as log:
        log.connection.execute(
            "INSERT INTO runs (date, metres, minutes) VALUES (?, 50000000, 30)",
            (dt.date.today().isoformat(),),
        )
    return home


def test_a_fault_while_getting_ready_is_shown_and_self_test_fails(tmp_path: Path) -> None:
    home = _home_with_a_bad_row(tmp_path)
    result = run_python("-m", "calfcare", "--self-test", "--data-dir", str(home), env=_env(home))
    assert result.returncode == 1, result.stderr
    assert "calfcare: could not start normally:" in result.stderr
    assert "metres: must be a number from 0 to 2000000 (got 50000000.0)" in result.stderr
    assert "ready" in result.stdout  # it did get a window up, without the log
    assert "Traceback" not in result.stderr


def test_the_window_says_what_went_wrong_and_runs_without_the_log(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home_with_a_bad_row(tmp_path)
    app_paths(home).settings.write_text('{"theme": "plaid"}')  # said too, after the retry
    code, said = started_without_log(qapp, home)
    assert code == 1
    assert any("could not start normally" in text and "metres" in text for text in said)
    assert any("settings could not be read" in text for text in said)
    assert "could not start normally" in capsys.readouterr().err


def test_a_lock_file_that_is_a_folder_starts_without_the_log(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = app_paths(home).ensure()
    save_profile(make_profile(), paths.profile)
    (paths.data_dir / "log.lock").mkdir()
    result = run_python("-m", "calfcare", "--self-test", "--data-dir", str(home), env=_env(home))
    assert result.returncode == 0, result.stderr
    assert "ready" in result.stdout


def test_old_ticks_and_huge_ids_do_not_stop_the_start(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = app_paths(home).ensure()
    save_profile(make_profile(), paths.profile)
    (paths.data_dir / "done.json").write_text(json.dumps({"done": ["9999-12-31#0:rice"]}))
    with Log.open(paths) as log:
        log.connection.execute(
            "INSERT INTO pain (id, date, \"when\", score) VALUES (?, ?, 'after', 2)",
            (2**62, dt.date.today().isoformat()),
        )
    result = run_python("-m", "calfcare", "--self-test", "--data-dir", str(home), env=_env(home))
    assert result.returncode == 0, result.stderr
    with Log.open(paths) as log:
        assert all(s.date.year < 9999 for s in log.entries(SessionEntry))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_and_sigterm_quit_cleanly(tmp_path: Path, number: int) -> None:
    home = tmp_path / "home"
    paths = app_paths(home).ensure()
    save_profile(make_profile(), paths.profile)
    app = subprocess.Popen(
        [sys.executable, "-u", "-c", _WAIT_FOR_READY, str(home)],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "up"
        app.send_signal(number)
        out, err = app.communicate(timeout=30)
    finally:
        app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert "closed" in out  # exec returned and the finally blocks ran: the lock was let go


_WAIT_FOR_READY = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from calfcare.gui import app as gui_app
real_ready = gui_app.NextPaint
def announce(qt_app, done):
    def then():
        done()
        QTimer.singleShot(0, lambda: print("up", flush=True))
    return real_ready(qt_app, then)
gui_app.NextPaint = announce
code = gui_app.run_gui(["calfcare"], home=Path(sys.argv[1]), self_test=False)
print("closed", flush=True)
sys.exit(code)
"""


def test_a_data_folder_that_is_a_file_is_said_in_the_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "data").write_text("not a folder")
    result = run_python("-m", "calfcare", "--self-test", "--data-dir", str(home), env=_env(home))
    assert result.returncode == 1
    assert f"calfcare: could not start: {home / 'data'}: File exists" in result.stderr
    assert "ready" in result.stdout  # the window came up, saying so, and did not hang
    assert "Traceback" not in result.stderr
