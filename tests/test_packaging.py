"""Desktop integration: icons, the .desktop and metainfo files, and what the wheel installs."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from calfcare import __version__

from support import REPO

APP_ID = "io.github.calfcare.CalfCare"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _pyproject() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text())


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png.is_file(), f"run python packaging/make_icons.py ({png} is missing)"
    assert _png_size(png) == (size, size)


def test_svg_icon_is_square_svg() -> None:
    root = ET.parse(ICONS / "calfcare.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_metainfo_release_is_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("./releases/release")
    assert releases, "metainfo has no <release>"
    assert releases[0].get("version") == __version__, (
        "the newest <release> in the metainfo must be calfcare.__version__ "
        "(app/calfcare/__init__.py is the one place the version is set)"
    )


def test_metainfo_names_the_app_and_its_launcher() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating") is not None
    assert root.findtext("project_license") == _pyproject()["project"]["license"]  # type: ignore[index]


def test_desktop_file_starts_a_declared_script_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    scripts = _pyproject()["project"]["scripts"]  # type: ignore[index]
    assert entry["Exec"].split()[0] in scripts  # type: ignore[operator]


def test_gui_script_is_the_same_entry_point() -> None:
    project = _pyproject()["project"]
    assert project["gui-scripts"]["calfcare-gui"] == project["scripts"]["calfcare"]  # type: ignore[index]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    problems = [line for line in result.stdout.splitlines() if "hint:" not in line]
    assert result.returncode == 0, result.stdout + result.stderr
    assert not problems, problems


# ---- the built wheel -------------------------------------------------------------------


@pytest.fixture
def wheel(built_wheel: Path) -> Path:
    return built_wheel


@pytest.mark.slow
def test_wheel_carries_desktop_files_as_shared_data(wheel: Path) -> None:
    data = f"calfcare-{__version__}.data/data/share"
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"{data}/applications/{APP_ID}.desktop",
        f"{data}/metainfo/{APP_ID}.metainfo.xml",
        f"{data}/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"{data}/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES),
    }
    assert expected <= names, sorted(expected - names)
    entry_points = zipfile.ZipFile(wheel).read(f"calfcare-{__version__}.dist-info/entry_points.txt")
    assert b"[gui_scripts]\ncalfcare-gui = calfcare.cli.main:main" in entry_points


@pytest.mark.slow
def test_installed_wheel_starts_from_its_menu_entry(wheel: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "env"
    venv.create(prefix, with_pip=False)
    py = prefix / "bin" / "python"
    site = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # Dependencies come from the test environment; CalfCare itself only from the wheel.
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    share = prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "bin" / "calfcare-gui").is_file()

    # Start it as the menu would: the Exec line's command, found on PATH.
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(desktop, encoding="utf-8")
    command = parser["Desktop Entry"]["Exec"].split()
    found = shutil.which(command[0], path=str(prefix / "bin"))
    assert found is not None, f"{command[0]} is not installed in {prefix / 'bin'}"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CALFCARE_HOME": str(tmp_path / "home"),
        "PATH": f"{prefix / 'bin'}{os.pathsep}{os.environ['PATH']}",
    }
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [found, *command[1:], "--self-test"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert any(line.startswith("ready ") for line in result.stdout.splitlines()), result.stdout

    # In a venv no menu reads share/: `calfcare desktop install` writes the entry where
    # menus look, starting this venv's calfcare, from files the wheel carries.
    xdg = tmp_path / "xdg"
    env["XDG_DATA_HOME"] = str(xdg)
    calfcare = prefix / "bin" / "calfcare"
    done = subprocess.run(
        [calfcare, "desktop", "install"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    installed = configparser.ConfigParser(interpolation=None)
    installed.read(xdg / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    assert installed["Desktop Entry"]["Exec"] == str(calfcare.resolve())
    assert (xdg / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


# ---- licence, project links, what stays out -------------------------------------------

DEV_SCRIPTS = ("pictures/draw.py", "sounds/make_sounds.py", "fonts/make_fonts.py")


@pytest.mark.slow
def test_wheel_carries_the_licence_and_links_but_not_the_dev_scripts(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    info = f"calfcare-{__version__}.dist-info"
    licence = archive.read(f"{info}/licenses/LICENSE").decode()
    assert licence.startswith("MIT License")
    assert licence == (REPO / "LICENSE").read_text()
    metadata = archive.read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Project-URL: Homepage, https://github.com/calfcare/calfcare" in metadata
    assert "Project-URL: Issues, " in metadata
    for script in DEV_SCRIPTS:
        assert (REPO / "resources" / script).is_file()  # still in the repository
        assert f"calfcare/resources/{script}" not in names
    assert "calfcare/resources/pictures/calf_raise.svg" in names  # what they made still ships
    assert "calfcare/resources/fonts/CalfCarePrintSans-Regular.ttf" in names


@pytest.mark.slow
def test_sdist_carries_the_licence(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--no-isolation",
            "-o",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("calfcare-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = set(tar.getnames())
    assert f"calfcare-{__version__}/LICENSE" in names
    assert f"calfcare-{__version__}/resources/pictures/draw.py" in names  # for developers
