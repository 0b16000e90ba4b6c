"""``-o`` follows the usual conventions for every kind of file it may be given."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.profile import example_profile
from calfcare.core.validation import to_json

from support import run_python


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(to_json(example_profile()))
    return path


def _plan(profile: Path, out: str, fmt: str = "text") -> int:
    return main(
        ["plan", "--profile", str(profile), "--start", "2026-11-23", "--format", fmt, "-o", out]
    )


def test_dash_is_standard_output(
    profile_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _plan(profile_file, "-", "ics") == 0
    assert capsys.readouterr().out.startswith("BEGIN:VCALENDAR")
    assert not Path("-").exists()


def test_a_pdf_to_standard_output(
    qapp: object, profile_file: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _plan(profile_file, "-", "pdf") == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"%PDF-")
    assert out.rstrip().endswith(b"%%EOF")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_written_directly(profile_file: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert _plan(profile_file, str(fifo), "json") == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got
    assert got[0].startswith(b"{")


def test_a_device_node_stays_a_device(profile_file: Path, tmp_path: Path) -> None:
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    except (PermissionError, AttributeError, OSError) as exc:
        pytest.skip(f"cannot make a device node here ({exc})")
    assert _plan(profile_file, str(node)) == 0
    assert stat.S_ISCHR(node.stat().st_mode)


def test_a_symlink_target_is_replaced_and_the_link_kept(profile_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert _plan(profile_file, str(link)) == 0
    assert link.is_symlink()
    assert "Monday" in target.read_text()


def test_an_existing_file_keeps_its_mode(profile_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.txt"
    out.write_text("old")
    out.chmod(0o644)
    assert _plan(profile_file, str(out)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_new_file_gets_the_umask_mode(profile_file: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert _plan(profile_file, str(tmp_path / "new.html"), "html") == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.html").stat().st_mode) == 0o640


def test_a_missing_folder_is_an_error(
    profile_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "week.txt"
    assert _plan(profile_file, str(out)) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not out.parent.exists()


def test_a_folder_is_not_a_file(
    profile_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _plan(profile_file, str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_dev_stdout_into_a_pipe() -> None:
    result = run_python("-m", "calfcare", "profile", "--example", "-o", "/dev/stdout")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "Sam"
