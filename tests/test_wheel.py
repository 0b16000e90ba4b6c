"""The wheel carries plans/ and resources/ and runs from outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest


@pytest.mark.slow
def test_installed_wheel_plans_from_another_folder(tmp_path: Path, built_wheel: Path) -> None:
    wheel = built_wheel
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Dependencies come from the test environment; CalfCare itself only from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    example = subprocess.run(
        [py, "-I", "-m", "calfcare", "profile", "--example"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (work / "me.json").write_text(example)
    result = subprocess.run(
        [py, "-I", "-m", "calfcare", "plan", "--profile", "me.json", "--start", "2026-11-23"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "Mon 23 Nov" in result.stdout
    where = subprocess.run(
        [py, "-I", "-c", "from calfcare.core.assets import asset_dir; print(asset_dir('plans'))"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert where.startswith(str(site)), where
    to_pdf = ["plan", "--profile", "me.json", "--format", "pdf", "-o", "week.pdf"]
    pdf = subprocess.run(
        [py, "-I", "-m", "calfcare", *to_pdf],
        cwd=work,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        capture_output=True,
        text=True,
    )
    assert pdf.returncode == 0, pdf.stderr
    assert b"/CalfCarePrintSans-Regular" in (work / "week.pdf").read_bytes()  # fonts shipped
