"""The runner's app settings: a pydantic model saved as JSON next to the profile."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from calfcare.core.storage import keep_aside, write_atomic

SETTINGS_MAX_BYTES = 1024 * 1024
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]  # HH:MM


class Theme(StrEnum):
    system = "system"
    light = "light"
    dark = "dark"


class Paper(StrEnum):
    auto = "auto"  # from the system's locale: Letter in the US and Canada, else A4
    a4 = "a4"
    letter = "letter"


class Settings(BaseModel):
    """App preferences. Units live in the profile, since distances there depend on them."""

    model_config = ConfigDict(extra="ignore")

    theme: Theme = Theme.system
    sound_cues: bool = True
    voice_cues: bool = False
    get_ready_seconds: Annotated[int, Field(strict=True, ge=0, le=30)] = 5
    paper: Paper = Paper.auto
    print_pictures: bool = False
    reminders: bool = True  # the master switch; each kind below has its own
    remind_icing: bool = True
    remind_routine: bool = True
    remind_checkin: bool = True
    routine_time: ClockTime = "08:00"
    checkin_time: ClockTime = "07:30"
    keep_in_tray: bool = False  # closing the window leaves CalfCare in the tray
    reminders_paused_on: dt.date | None = None  # "pause reminders for today", kept on restart
    import_shoes: Annotated[str, Field(max_length=60)] | None = None  # pair for imported runs

    @classmethod
    def load_strict(cls, path: Path) -> Settings:
        """Saved settings, the defaults when there is no file, InputError when unreadable."""
        from calfcare.core.errors import InputError, describe_validation_error
        from calfcare.core.storage import read_limited

        if not path.exists() and not path.is_symlink():
            return cls()
        data = read_limited(path, SETTINGS_MAX_BYTES, "a settings file")
        try:
            return cls.model_validate_json(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a text file (settings are UTF-8 JSON)") from None
        except ValidationError as exc:
            raise InputError(describe_validation_error(exc, source=str(path))) from None

    @classmethod
    def load_noting(cls, path: Path) -> tuple[Settings, str | None]:
        """Saved settings and None, or the defaults and what happened to an unreadable
        file: it is moved aside (never overwritten), so the runner can be told."""
        from calfcare.core.errors import InputError

        try:
            return cls.load_strict(path), None
        except InputError as exc:
            kept = keep_aside(path)
            where = f" It was kept as {kept.name}." if kept else ""
            return cls(), f"Your settings could not be read ({exc}); using the defaults.{where}"

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Saved settings, or the defaults (an unreadable file is moved aside)."""
        return cls.load_noting(path)[0]

    def save(self, path: Path) -> None:
        write_atomic(path, self.model_dump_json(indent=2) + "\n")
