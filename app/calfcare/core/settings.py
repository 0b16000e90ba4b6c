"""The runner's app settings: a frozen dataclass saved as JSON next to the profile.

The file is checked (by pydantic) when it has changed since it was last checked;
an unchanged one loads from the cache folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar

from calfcare.core.field_limits import Limits
from calfcare.core.storage import keep_aside, write_atomic

SETTINGS_MAX_BYTES = 1024 * 1024
ClockTime = Annotated[str, Limits(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]  # HH:MM


class Theme(StrEnum):
    system = "system"
    light = "light"
    dark = "dark"


class Paper(StrEnum):
    auto = "auto"  # from the system's locale: Letter in the US and Canada, else A4
    a4 = "a4"
    letter = "letter"


def _sane_day(day: dt.date | None) -> dt.date | None:
    from calfcare.core.dates import out_of_range

    problem = None if day is None else out_of_range(day, "reminders_paused_on")
    if problem is not None:
        raise ValueError(problem.removeprefix("reminders_paused_on: "))
    return day


@dataclass(frozen=True, kw_only=True)
class Settings:
    """App preferences. Units live in the profile, since distances there depend on them."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "ignore"}

    theme: Theme = Theme.system
    sound_cues: bool = True
    voice_cues: bool = False
    get_ready_seconds: Annotated[int, Limits(strict=True, ge=0, le=30)] = 5
    paper: Paper = Paper.auto
    print_pictures: bool = False
    reminders: bool = True  # the master switch; each kind below has its own
    remind_icing: bool = True
    remind_routine: bool = True
    remind_checkin: bool = True
    routine_time: ClockTime = "08:00"
    checkin_time: ClockTime = "07:30"
    keep_in_tray: bool = False  # closing the window leaves CalfCare in the tray
    reminders_paused_on: Annotated[dt.date | None, Limits(after=_sane_day)] = (
        None  # "pause reminders for today", kept on restart
    )
    import_shoes: Annotated[str, Limits(max_length=60)] | None = None  # pair for imported runs

    @classmethod
    def load_strict(cls, path: Path, *, cache_file: Path | None = None) -> Settings:
        """Saved settings, the defaults when there is no file, InputError when unreadable.

        With ``cache_file``, a file checked before in the same bytes loads from there.
        """
        from calfcare.core.storage import read_limited

        if not path.exists() and not path.is_symlink():
            return cls()
        data = read_limited(path, SETTINGS_MAX_BYTES, "a settings file")
        if cache_file is None:
            return cls._checked(path, data)
        from calfcare.core.validated_cache import load_or_build

        return load_or_build(cache_file, _key(data), Settings, lambda: cls._checked(path, data))

    @classmethod
    def _checked(cls, path: Path, data: bytes) -> Settings:
        from calfcare.core.errors import InputError, describe_validation_error
        from calfcare.core.validation import ValidationError, validate_json

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a text file (settings are UTF-8 JSON)") from None
        try:
            return validate_json(cls, text)
        except ValidationError as exc:
            raise InputError(describe_validation_error(exc, source=str(path))) from None

    @classmethod
    def load_noting(
        cls, path: Path, *, cache_file: Path | None = None
    ) -> tuple[Settings, str | None]:
        """Saved settings and None, or the defaults and what happened to an unreadable
        file: it is moved aside (never overwritten), so the runner can be told."""
        from calfcare.core.errors import InputError

        try:
            return cls.load_strict(path, cache_file=cache_file), None
        except InputError as exc:
            kept = keep_aside(path)
            where = f" It was kept as {kept.name}." if kept else ""
            return cls(), f"Your settings could not be read ({exc}); using the defaults.{where}"

    @classmethod
    def load(cls, path: Path, *, cache_file: Path | None = None) -> Settings:
        """Saved settings, or the defaults (an unreadable file is moved aside)."""
        return cls.load_noting(path, cache_file=cache_file)[0]

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (field name to value) made."""
        return replace(self, **changes)

    def save(self, path: Path) -> None:
        from calfcare.core.validation import to_json

        write_atomic(path, to_json(self, indent=2) + "\n")


def _key(text: bytes) -> bytes:
    from calfcare.core.validated_cache import code_key

    return code_key([Path(__file__)], [text])
