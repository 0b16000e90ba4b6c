"""Finding activity files in what the runner hands over: files, folders, zips, .gz.

A Strava bulk export is a zip holding ``activities/123.fit.gz`` and friends;
Garmin's holds plain ``.fit`` files. Both are searched the same way, and the
file's own name (inside the zip, if so) is what the runner is told about.
"""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from calfcare.core.activities.fit import read_fit
from calfcare.core.activities.gpx import read_gpx
from calfcare.core.activities.model import Activity, UnreadableFile
from calfcare.core.activities.tcx import read_tcx

READERS: dict[str, Callable[[bytes], list[Activity]]] = {
    ".fit": read_fit,
    ".gpx": read_gpx,
    ".tcx": read_tcx,
}
MAX_BYTES = 256 * 1024 * 1024  # one activity file, unpacked: far beyond a 24-hour track


def format_of(name: str) -> tuple[str, bool] | None:
    """(".fit", gzipped) for a name this importer reads; None for any other file."""
    lower = name.lower()
    packed = lower.endswith(".gz")
    if packed:
        lower = lower[:-3]
    suffix = lower[lower.rfind(".") :] if "." in lower else ""
    return (suffix, packed) if suffix in READERS else None


@dataclass(frozen=True)
class ActivityFile:
    """One activity file found; ``load`` gives its bytes (gzip already undone)."""

    name: str
    suffix: str
    load: Callable[[], bytes]

    def read(self) -> list[Activity]:
        """The activities in it; UnreadableFile says why not."""
        try:
            data = self.load()
        except OSError as exc:
            raise UnreadableFile(f"cannot read ({exc.strerror or exc})") from None
        except (zipfile.BadZipFile, gzip.BadGzipFile, EOFError) as exc:
            raise UnreadableFile(f"damaged archive ({exc})") from None
        if len(data) > MAX_BYTES:
            raise UnreadableFile(f"larger than {MAX_BYTES // 2**20} MiB unpacked")
        return READERS[self.suffix](data)


def _limited(stream: IO[bytes] | gzip.GzipFile) -> bytes:
    return stream.read(MAX_BYTES + 1)


def _from_path(path: Path, suffix: str, packed: bool) -> ActivityFile:
    def load() -> bytes:
        if packed:
            with gzip.open(path, "rb") as fh:
                return _limited(fh)
        with open(path, "rb") as fh:
            return _limited(fh)

    return ActivityFile(str(path), suffix, load)


def _from_zip(archive: Path, member: str, suffix: str, packed: bool) -> ActivityFile:
    def load() -> bytes:
        with zipfile.ZipFile(archive) as zf, zf.open(member) as fh:
            if packed:
                with gzip.GzipFile(fileobj=fh) as unpacked:
                    return _limited(unpacked)
            return _limited(fh)

    return ActivityFile(f"{archive}:{member}", suffix, load)


@dataclass(frozen=True)
class Found:
    files: list[ActivityFile]
    problems: list[tuple[str, str]]  # (path, why it is not searched)


def find_activity_files(paths: Iterable[Path]) -> Found:
    """Every activity file in ``paths`` (folders searched through, zips opened), in order."""
    files: list[ActivityFile] = []
    problems: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            for inner in sorted(p for p in path.rglob("*") if p.is_file()):
                _add_file(inner, files, problems, named=False)
        elif path.is_file():
            _add_file(path, files, problems, named=True)
        else:
            problems.append((str(path), "no such file or folder"))
    return Found(files, problems)


def _add_file(
    path: Path, files: list[ActivityFile], problems: list[tuple[str, str]], *, named: bool
) -> None:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                members = sorted(i.filename for i in zf.infolist() if not i.is_dir())
        except (zipfile.BadZipFile, OSError) as exc:
            problems.append((str(path), f"not a readable zip file ({exc})"))
            return
        for member in members:
            found = format_of(member)
            if found is not None:
                files.append(_from_zip(path, member, *found))
        return
    found = format_of(path.name)
    if found is not None:
        files.append(_from_path(path, *found))
    elif named:  # a file named outright must be one we read; in a folder it is skipped
        problems.append((str(path), "not a .fit, .tcx or .gpx file (nor .gz or .zip of them)"))
