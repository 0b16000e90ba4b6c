"""``calfcare desktop install|uninstall``: the menu entry for venv and pipx installs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.desktop_entry import APP_ID, ICON_SIZES, desktop_entry_text, install

from support import REPO


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_icons_and_listing_pointing_at_this_calfcare(
    data_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = Path(sys.executable).parent / "calfcare"
    assert launcher.is_file()
    monkeypatch.setattr(sys, "argv", [str(launcher), "desktop", "install"])
    assert main(["desktop", "install"]) == 0
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    entry = _entry(desktop)
    assert entry["Exec"] == str(launcher.resolve())
    assert entry["TryExec"] == str(launcher.resolve())
    assert entry["Icon"] == APP_ID
    icons = data_home / "icons" / "hicolor"
    for n in ICON_SIZES:
        assert (icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    metainfo = data_home / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert ET.parse(metainfo).getroot().findtext("id") == APP_ID
    assert str(desktop) in capsys.readouterr().out
    assert main(["desktop", "install"]) == 0  # again: the same files, no error

    assert main(["desktop", "uninstall"]) == 0
    assert not desktop.exists()
    assert not metainfo.exists()
    assert not list(icons.rglob(f"{APP_ID}.*"))
    capsys.readouterr()
    assert main(["desktop", "uninstall"]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_launcher_path_with_spaces_is_quoted_for_the_exec_line() -> None:
    entry = desktop_entry_text(Path("/home/sam/My Apps/venv/bin/calfcare"))
    assert 'Exec="/home/sam/My Apps/venv/bin/calfcare"' in entry.splitlines()
    assert "TryExec=/home/sam/My Apps/venv/bin/calfcare" in entry.splitlines()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_the_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    launcher = Path(sys.executable).parent / "calfcare"
    install(tmp_path, launcher)
    done = subprocess.run(
        ["desktop-file-validate", str(tmp_path / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    problems = [line for line in done.stdout.splitlines() if "hint:" not in line]
    assert done.returncode == 0, done.stdout + done.stderr
    assert not problems


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_installed_listing_passes_appstreamcli(tmp_path: Path) -> None:
    install(tmp_path, Path(sys.executable).parent / "calfcare")
    metainfo = tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml"
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("url[@type='homepage']") == "https://github.com/calfcare/calfcare"
    images = [i.text or "" for i in root.iter("image")]
    assert len(images) == 3
    for url in images:  # each names a screenshot committed in packaging/screenshots
        name = url.rsplit("/", 1)[1]
        assert (REPO / "packaging" / "screenshots" / name).is_file(), name
