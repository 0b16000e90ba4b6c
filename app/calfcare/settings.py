"""The runner's app settings: a pydantic model saved as JSON next to the profile."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from calfcare.storage import keep_aside, write_atomic


class Theme(StrEnum):
    system = "system"
    light = "light"
    dark = "dark"


class Settings(BaseModel):
    """App preferences. Units live in the profile, since distances there depend on them."""

    model_config = ConfigDict(extra="ignore")

    theme: Theme = Theme.system
    sound_cues: bool = True
    voice_cues: bool = False
    reminders: bool = True
    get_ready_seconds: Annotated[int, Field(ge=0, le=30)] = 5

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Saved settings, or the defaults when the file is missing.

        An unreadable file is moved aside (never overwritten) and defaults are used.
        """
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError):
            keep_aside(path)
            return cls()
        try:
            return cls.model_validate_json(text)
        except ValidationError:
            keep_aside(path)
            return cls()

    def save(self, path: Path) -> None:
        write_atomic(path, self.model_dump_json(indent=2) + "\n")
