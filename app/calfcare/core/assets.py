"""Find the shipped asset folders (``plans/`` and ``resources/``).

One place answers "where are the plans?" for a source checkout, an
installed wheel (assets copied inside the package) and a PyInstaller bundle
(which unpacks the package, assets included, under ``sys._MEIPASS``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

AssetFolder = Literal["plans", "resources"]


def picture_file(exercise_id: str) -> Path | None:
    """resources/pictures/<exercise_id>.svg when CalfCare ships a drawing of the exercise."""
    path = asset_dir("resources") / "pictures" / f"{exercise_id}.svg"
    return path if path.is_file() else None


def asset_dir(name: AssetFolder) -> Path:
    """Return the folder holding the named assets, wherever CalfCare runs from."""
    # Installed wheel or bundle: the folder sits inside the package.
    packaged = Path(str(resources.files("calfcare"))) / name
    if packaged.is_dir():
        return packaged
    # Source checkout (plain or editable install): app/calfcare/core -> repository root.
    checkout = Path(__file__).resolve().parents[3] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"CalfCare cannot find its '{name}' folder (looked in {packaged} and {checkout})"
    )
