"""Dataclass methods compiled once and kept: same classes, damaged files never run."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfcare.core.dataclass_code import HEADER, MAX_BYTES, CompiledCode

SOURCE = """
from dataclasses import dataclass, field

@dataclass(frozen=True, kw_only=True)
class Stage:
    name: str
    days: int = 7
    gates: tuple[str, ...] = field(default_factory=tuple)
"""


def define() -> type:
    """A fresh frozen class from the same source, as a module would define it."""
    scope: dict[str, object] = {"__name__": "stages"}
    exec(compile(SOURCE, "stages.py", "exec", dont_inherit=True), scope)
    stage = scope["Stage"]
    assert isinstance(stage, type)
    return stage


@contextmanager
def installed(path: Path) -> Iterator[CompiledCode]:
    code = CompiledCode(path)
    code.install()
    try:
        yield code
    finally:
        code.uninstall()


def behaviour(stage: type) -> tuple[object, ...]:
    one, same, other = stage(name="load"), stage(name="load"), stage(name="run", days=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.days = 1  # type: ignore[attr-defined]
    return (
        repr(one),
        one == same,
        one == other,
        hash(one) == hash(same),
        [f.name for f in dataclasses.fields(stage)],
        dataclasses.replace(one, days=9).days,
    )


def test_a_second_start_compiles_nothing_and_gets_the_same_class(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "code"
    plain = behaviour(define())
    with installed(path) as first:
        assert behaviour(define()) == plain
    assert first.compiled > 0  # __init__, __repr__, __eq__, __hash__, __setattr__, ...
    assert first.save()
    assert path.read_bytes().startswith(HEADER)
    with installed(path) as second:
        assert behaviour(define()) == plain
    assert second.compiled == 0
    assert not hasattr(dataclasses, "exec")  # uninstalled: the builtin again


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "code"
    with installed(path) as code:
        define()
    code.save()
    written = path.stat().st_mtime_ns
    with installed(path) as again:
        define()
    assert again.save()
    assert path.stat().st_mtime_ns == written


def test_another_python_s_code_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "code"
    with installed(path) as code:
        define()
    code.save()
    path.write_bytes(path.read_bytes().replace(b"code 1 3.", b"code 1 9.", 1))
    with installed(path) as again:
        define()
    assert again.compiled > 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_damaged_file_is_never_run_only_compiled_afresh(
    tmp_path: Path, data: st.DataObject
) -> None:
    path = tmp_path / "code"
    if not path.exists():
        with installed(path) as code:
            define()
        code.save()
    sound = path.read_bytes()
    at = data.draw(st.integers(min_value=0, max_value=len(sound) - 1), label="byte")
    flip = data.draw(st.integers(min_value=1, max_value=255), label="xor")
    cut = data.draw(st.booleans(), label="cut short instead")
    damaged = sound[:at] if cut else sound[:at] + bytes([sound[at] ^ flip]) + sound[at + 1 :]
    path.write_bytes(damaged)
    try:
        with installed(path) as again:
            stage = define()
        assert again.known == {}  # nothing was taken from the damaged file...
        assert behaviour(stage) == behaviour(define())  # ...and the class is whole
    finally:
        path.write_bytes(sound)


def test_a_huge_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "code"
    with path.open("wb") as file:
        file.write(HEADER)
        file.truncate(MAX_BYTES + 4096)  # sparse: big, but costs no disk
    with installed(path) as code:
        define()
    assert code.known == {}
    assert code.compiled > 0


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    with installed(blocker / "code") as code:
        define()
    assert code.save() is False
