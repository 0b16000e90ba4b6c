"""One benchmark figure and whether it met its target."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: float
    ok: bool

    @classmethod
    def at_most(cls, name: str, value: float, unit: str, target: float) -> Result:
        return cls(name, round(value, 4), unit, target, value <= target)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
