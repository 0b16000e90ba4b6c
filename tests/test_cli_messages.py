"""Bad input on the command line: one line naming the field or file, exit 2, nothing changed."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.log import Log, PainEntry
from calfcare.core.paths import app_paths
from calfcare.core.profile import example_profile
from calfcare.core.validation import to_json

from support import LOG_PAIN, files_under, run_python


@pytest.fixture
def home(tmp_path: Path) -> Path:
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
    return home


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(to_json(example_profile()))
    return path


def _refused(capsys: pytest.CaptureFixture[str], words: list[str], expected: str) -> str:
    assert main(words) == 2
    captured = capsys.readouterr()
    err = captured.err
    assert expected in err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


def test_a_start_near_year_9999_is_refused(
    profile_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["plan", "--profile", str(profile_file), "--start", "9999-12-27"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--start: must be a day from 1900-01-01 to 2100-12-31 (got 9999-12-27)" in err


@pytest.mark.parametrize("day", ["0001-01-01", "2101-01-01", "1899-12-31"])
def test_log_dates_outside_the_range_are_refused(
    home: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    before = files_under(home)
    with pytest.raises(SystemExit) as info:
        main(
            [
                "--data-dir",
                str(home),
                "log",
                "pain",
                "--date",
                day,
                "--when",
                "after",
                "--score",
                "1",
            ]
        )
    assert info.value.code == 2
    assert "--date: must be a day from 1900-01-01 to 2100-12-31" in capsys.readouterr().err
    assert files_under(home) == before


def test_a_profile_complaint_date_outside_the_range_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(to_json(example_profile()))
    document["complaint"]["since"] = "0001-01-01"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document))
    _refused(
        capsys,
        ["profile", "--check", str(path)],
        "field 'complaint.since': must be a day from 1900-01-01 to 2100-12-31",
    )


def test_bytes_that_are_not_utf8_in_a_note_or_a_name(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(home)
    bad = os.fsdecode(b"caf\xe9")  # how Python hands on a Latin-1 argument
    _refused(
        capsys,
        [
            "--data-dir",
            str(home),
            "log",
            "pain",
            "--date",
            "2026-11-20",
            "--when",
            "after",
            "--score",
            "1",
            "--note",
            bad,
        ],
        "note: not valid UTF-8 text",
    )
    _refused(
        capsys,
        ["--data-dir", str(home), "log", "shoes", "--name", bad],
        "name: not valid UTF-8 text",
    )
    assert files_under(home) == before


def test_a_real_process_with_latin1_bytes_has_no_traceback(home: Path) -> None:
    import subprocess

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "calfcare",
            "--data-dir",
            str(home),
            "log",
            "shoes",
            "--name",
            b"caf\xe9",
        ],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"name: not valid UTF-8 text" in result.stderr


def test_a_lock_file_that_is_a_folder(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = app_paths(home).data_dir / "log.lock"
    lock.unlink()
    lock.mkdir()
    before = files_under(home)
    _refused(
        capsys,
        [
            "--data-dir",
            str(home),
            "log",
            "pain",
            "--date",
            "2026-11-20",
            "--when",
            "after",
            "--score",
            "1",
        ],
        "log.lock: cannot use the lock file (Is a directory)",
    )
    _refused(capsys, ["--data-dir", str(home), "restore", str(home / "nothing.json")], "no such")
    assert files_under(home) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_profile_that_is_a_fifo_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "profile.fifo"
    os.mkfifo(fifo)
    _refused(capsys, ["profile", "--check", str(fifo)], "not a regular file")
    _refused(
        capsys, ["--data-dir", str(tmp_path / "h"), "restore", str(fifo)], "not a regular file"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_as_a_profile_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    _refused(capsys, ["profile", "--check", "/dev/zero"], "/dev/zero: not a regular file")


def test_a_huge_profile_is_refused_without_reading_it_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"name": "' + "x" * (2 * 1024 * 1024) + '"}')
    _refused(capsys, ["profile", "--check", str(big)], "too big for a profile JSON file")


def test_a_profile_with_a_byte_order_mark_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(example_profile()).encode())
    assert main(["profile", "--check", str(path)]) == 0
    assert "a valid profile" in capsys.readouterr().out


def test_a_long_bad_value_is_cut_in_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.json"
    document = json.loads(to_json(example_profile()))
    document["name"] = "N" * 500_000
    path.write_text(json.dumps(document))
    err = _refused(capsys, ["profile", "--check", str(path)], "field 'name'")
    assert len(err) < 400
    assert "characters)" in err


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("weekly_distance",), True),
        (("shoes", "age_months"), True),
        (("shoes", "distance"), True),
        (("complaint", "pain"), True),
    ],
)
def test_true_is_not_a_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: tuple[str, ...], value: bool
) -> None:
    """``true`` would pass as 1 (in range for each of these): it is refused as a number."""
    document = json.loads(to_json(example_profile()))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    file = tmp_path / "p.json"
    file.write_text(json.dumps(document))
    _refused(capsys, ["profile", "--check", str(file)], f"field '{'.'.join(path)}'")


def test_backup_refuses_settings_it_cannot_read(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = app_paths(home).settings
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"get_ready_seconds": "soon"')
    before = files_under(home)
    out = tmp_path / "backup.json"
    _refused(capsys, ["--data-dir", str(home), "backup", "-o", str(out)], "settings.json")
    assert not out.exists()
    assert files_under(home) == before


def test_csv_export_neutralises_formula_cells(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for note in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)"):
        assert (
            main(
                [
                    "--data-dir",
                    str(home),
                    "log",
                    "pain",
                    "--date",
                    "2026-11-21",
                    "--when",
                    "after",
                    "--score",
                    "1",
                    "--note",
                    note,
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main(["--data-dir", str(home), "log", "export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    notes = [r["note"] for r in rows if r["note"]]
    assert notes == ["'=HYPERLINK(1)", "'+1", "'-2", "'@SUM(A1)"]
    with Log.open(app_paths(home)) as log:  # the log itself keeps what was typed
        assert "=HYPERLINK(1)" in {p.note for p in log.entries(PainEntry)}


def test_no_traceback_for_a_fifo_profile_in_a_real_process(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "p.fifo"
    os.mkfifo(fifo)
    result = run_python("-m", "calfcare", "plan", "--profile", str(fifo))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("key", ["\x1e", "a\nb", "k" * 100_000])
def test_an_odd_field_name_stays_on_one_short_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """Found by the fuzz test: a control character in a field name split the message."""
    document = json.loads(to_json(example_profile()))
    document["complaint"][key] = None
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(document))
    err = _refused(capsys, ["profile", "--check", str(path)], "unknown field 'complaint.")
    assert len(err) < 400


@pytest.mark.parametrize(
    "words",
    [
        ["log", "pain", "--date", "2026-11-20", "--when", "after", "--score", "1"],
        ["backup", "-o", "{tmp}/b.json"],
        ["log", "export"],
    ],
)
def test_a_data_folder_that_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    words = [w.replace("{tmp}", str(tmp_path)) for w in words]
    _refused(capsys, ["--data-dir", str(home), *words], f"{home / 'config'}: Not a directory")
    assert home.read_text() == "not a folder"
