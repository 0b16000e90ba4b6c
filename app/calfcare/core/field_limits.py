"""Field limits declared on plain dataclasses, checked by pydantic only when data comes in.

The models are standard-library dataclasses, so building, copying and loading them
never imports pydantic (about a fifth of a second and 20 MiB at start-up). Their
annotations carry ``Limits`` (the same words as ``pydantic.Field``: ``ge``, ``le``,
``gt``, ``min_length``, ``max_length``, ``pattern``) and, for a field that is tidied
or checked as it comes in, ``after``: a function given the validated value.
``calfcare.core.validation`` turns them into pydantic's checks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Limits:
    """What a field accepts, written into its ``Annotated`` type."""

    def __init__(self, *, after: Callable[[Any], Any] | None = None, **constraints: Any) -> None:
        self.after = after
        self.constraints = constraints

    def __repr__(self) -> str:
        return f"Limits({self.constraints!r})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        # Runs only while pydantic builds a validator (calfcare.core.validation).
        from typing import Annotated

        from pydantic import AfterValidator, Field

        checks: list[object] = [Field(**self.constraints)]
        if self.after is not None:
            checks.append(AfterValidator(self.after))
        return handler(Annotated[(source, *checks)])


def leave_out_of_json(schema: Any, names: frozenset[str]) -> Any:
    """A dataclass's pydantic schema with the fields ``names`` left out when written (for a
    class's own ``__get_pydantic_core_schema__``: pydantic's ``Field(exclude=True)``)."""
    inner = schema
    while inner.get("type") != "dataclass-args":
        inner = inner["schema"]
    for entry in inner["fields"]:
        if entry["name"] in names:
            entry["serialization_exclude"] = True
    return schema
