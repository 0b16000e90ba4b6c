"""Where CalfCare keeps the runner's files.

platformdirs picks the usual folders; ``CALFCARE_HOME`` (or ``--data-dir``)
puts config and data in one folder instead, for tests and portable installs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

APP_NAME = "CalfCare"
HOME_ENV = "CALFCARE_HOME"
CACHE_ENV = "CALFCARE_CACHE"  # where checked data is cached (tests point it at a temp folder)
LOCK_NAME = "log.lock"  # the progress log's writer lock, in the data folder


class AppPaths(NamedTuple):
    """The two folders (a NamedTuple: dataclasses would cost the first paint ~2 ms)."""

    config_dir: Path
    data_dir: Path

    @property
    def profile(self) -> Path:
        return self.config_dir / "profile.json"

    @property
    def settings(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_lock(self) -> Path:
        """The progress log's writer lock: one process writes at a time."""
        return self.data_dir / LOCK_NAME

    @property
    def qt_settings(self) -> Path:
        """Window geometry and layout (QSettings, INI format)."""
        return self.config_dir / "window.ini"

    def ensure(self) -> AppPaths:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(home: Path | str | None = None) -> AppPaths:
    """The folders to use: ``home`` if given, else ``$CALFCARE_HOME``, else the platform's."""
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(config_dir=root / "config", data_dir=root / "data")
    import platformdirs  # only when no home is given

    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
    )


def cache_dir() -> Path:
    """Where checked data is cached: ``$CALFCARE_CACHE``, else ``$CALFCARE_HOME/cache``, else
    the platform's cache folder. Anything in it can be deleted; it is rebuilt."""
    chosen = os.environ.get(CACHE_ENV) or None
    if chosen is not None:
        return Path(chosen).expanduser().resolve()
    home = os.environ.get(HOME_ENV) or None
    if home is not None:
        return Path(home).expanduser().resolve() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
