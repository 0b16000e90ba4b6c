"""The menu entry, icon and software-centre listing under the user's XDG data folder.

A wheel puts them under its install prefix's ``share/``, which menus read for
``pip install --user`` or a system prefix but not inside a venv or pipx. So
``calfcare desktop install`` writes them where every freedesktop menu looks
(``$XDG_DATA_HOME``, else ``~/.local/share``), with the entry's Exec pointing
at the calfcare that runs the command; ``uninstall`` removes exactly those files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from calfcare.core.assets import asset_dir
from calfcare.core.storage import write_atomic

APP_ID = "io.github.calfcare.CalfCare"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """$XDG_DATA_HOME if set to an absolute path (as the spec says), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def packaging_file(name: str) -> Path:
    """A file from ``packaging/``: inside the installed package, or in a checkout."""
    packaged = asset_dir("resources") / "desktop" / name
    if packaged.is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "packaging" / name
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"CalfCare cannot find its {name} (looked in {packaged}, {checkout})")


def running_launcher() -> Path:
    """The calfcare command that is running now, as an absolute path."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if started is not None and started.name.startswith("calfcare") and started.is_file():
        return started.resolve()
    beside = Path(sys.executable).parent / "calfcare"  # `python -m calfcare` in a venv
    if beside.is_file():
        return beside
    found = shutil.which("calfcare")
    if found is None:
        raise FileNotFoundError("cannot tell where the calfcare command is installed")
    return Path(found).resolve()


def _exec_quoted(path: Path) -> str:
    """A path as a desktop entry's Exec wants it: quoted when it holds a reserved character."""
    text = str(path)
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`"):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


def desktop_entry_text(launcher: Path) -> str:
    """The packaged entry with Exec (and TryExec) pointing at ``launcher``."""
    lines = []
    for line in packaging_file(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            lines += [f"TryExec={launcher}", f"Exec={_exec_quoted(launcher)}"]
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Placed:
    """Where each file goes under ``root`` (the XDG data folder)."""

    root: Path

    @property
    def desktop(self) -> Path:
        return self.root / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.root / "metainfo" / f"{APP_ID}.metainfo.xml"

    def icons(self) -> dict[Path, Path]:
        """Installed icon -> shipped icon."""
        shipped = asset_dir("resources") / "icons"
        hicolor = self.root / "icons" / "hicolor"
        out = {hicolor / "scalable" / "apps" / f"{APP_ID}.svg": shipped / "calfcare.svg"}
        for n in ICON_SIZES:
            name = f"{n}x{n}/apps/{APP_ID}.png"
            out[hicolor / name] = shipped / "hicolor" / name
        return out

    def all(self) -> list[Path]:
        return [self.desktop, self.metainfo, *self.icons()]


def install(root: Path | None = None, launcher: Path | None = None) -> list[Path]:
    """Write the entry, listing and icons; returns what was written. Safe to run again."""
    placed = Placed(root or data_home())
    launcher = launcher or running_launcher()
    written = []
    for target, source in placed.icons().items():
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, source.read_bytes())
            written.append(target)
    placed.metainfo.parent.mkdir(parents=True, exist_ok=True)
    metainfo = packaging_file(f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    write_atomic(placed.metainfo, metainfo)
    written.append(placed.metainfo)
    placed.desktop.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(placed.desktop, desktop_entry_text(launcher))  # last: menus see it whole
    written.append(placed.desktop)
    _refresh_menus(placed.desktop.parent)
    return written


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote; returns what was there."""
    placed = Placed(root or data_home())
    removed = []
    for path in placed.all():
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_menus(placed.desktop.parent)
    return removed


def _refresh_menus(applications: Path) -> None:
    # Menus watch the folder themselves; the cache is a courtesy where the tool exists.
    tool = shutil.which("update-desktop-database")
    if tool is not None and applications.is_dir():
        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True)
