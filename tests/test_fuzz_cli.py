"""Hypothesis against the command line: profiles, log commands and restore files.

Whatever comes in: no traceback, exit 0 or 2 only, and on exit 2 the data folder is
byte for byte what it was (the lock file's owner line aside: it records who last ran).
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfcare.cli.main import main
from calfcare.core.profile import example_profile
from calfcare.core.validation import to_json

from support import files_under

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DAY = "2026-11-20"

# Values that have broken parsers before: extremes, wrong types, odd text.
odd_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", " ", "\ufeff", "<b>x</b>", "=1+1", "9999-12-31", "0001-01-01", "1e309", "NaN", "-0"]
    ),
    st.text(max_size=3).map(lambda t: t + "\udce9"),  # bytes that were not UTF-8
    st.integers(min_value=1, max_value=4).map(lambda n: "x" * (10**n * 7)),
)
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    odd_text.filter(lambda t: "\udce9" not in t),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _run(words: list[str]) -> tuple[int, str]:
    """Exit status and stderr of one command, in this process (a traceback fails the test)."""
    err = io.StringIO()
    out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(words)
        except SystemExit as exc:  # argparse's own refusals
            code = int(exc.code or 0)
    return code, err.getvalue()


def _checked(home: Path, words: list[str]) -> int:
    before = files_under(home)
    code, err = _run(["--data-dir", str(home), *words])
    assert code in (0, 2), (words, err)
    assert "Traceback" not in err
    if code == 2:
        assert err.strip(), words
        assert len(err.strip().splitlines()) == 1, err
        assert len(err) < 1000, err[:200]  # a long value is cut, never echoed whole
        assert files_under(home) == before, words
    return code


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("fuzz") / "home"
    for words in (
        ["log", "shoes", "--name", "Blue", "--started", "2026-10-01"],
        ["log", "run", "--date", DAY, "--distance", "5", "--minutes", "30", "--shoes", "Blue"],
        ["log", "pain", "--date", DAY, "--when", "after", "--score", "3", "--note", "ok"],
    ):
        assert _run(["--data-dir", str(home), *words])[0] == 0
    return home


@contextlib.contextmanager
def _copy(template: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        shutil.copytree(template, home)
        yield home


@st.composite
def profiles(draw: st.DrawFn) -> bytes:
    """A good profile with one field (maybe nested) replaced, or odd bytes."""
    document: dict[str, Any] = json.loads(to_json(example_profile()))
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=200))
    if choice == 1:
        document["complaint"][draw(st.sampled_from(sorted(document["complaint"])))] = draw(
            json_value
        )
    else:
        document[draw(st.sampled_from([*sorted(document), "extra"]))] = draw(json_value)
    text = json.dumps(document)
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + text.encode()


@FUZZ
@given(data=profiles(), fmt=st.sampled_from(["text", "json", "ics", "html"]))
def test_fuzzed_profiles(template: Path, data: bytes, fmt: str) -> None:
    with _copy(template) as home:
        profile = home / "p.json"
        profile.write_bytes(data)
        _checked(home, ["profile", "--check", str(profile)])
        _checked(
            home, ["plan", "--profile", str(profile), "--start", "2026-11-23", "--format", fmt]
        )


log_words = st.one_of(
    st.tuples(
        st.just("pain"),
        st.fixed_dictionaries(
            {
                "--date": odd_text | st.just(DAY),
                "--when": st.sampled_from(["after", "x"]),
                "--score": odd_text | st.integers(-3, 13).map(str),
                "--note": odd_text,
            }
        ),
    ),
    st.tuples(
        st.just("run"),
        st.fixed_dictionaries(
            {
                "--date": odd_text | st.just(DAY),
                "--distance": odd_text | st.floats().map(str),
                "--minutes": odd_text | st.just("30"),
                "--shoes": odd_text | st.just("Blue"),
                "--note": odd_text,
            }
        ),
    ),
    st.tuples(
        st.just("shoes"),
        st.fixed_dictionaries(
            {
                "--name": odd_text,
                "--distance": odd_text | st.just("10"),
                "--started": odd_text | st.just(DAY),
            }
        ),
    ),
)


@FUZZ
@given(command=log_words)
def test_fuzzed_log_commands(template: Path, command: tuple[str, dict[str, str]]) -> None:
    kind, options = command
    words = ["log", kind]
    for name, value in options.items():
        words.append(f"{name}={value}")  # "=": a value may start with "-"
    with _copy(template) as home:
        _checked(home, words)


@st.composite
def backups(draw: st.DrawFn, good: str) -> bytes:
    """A real backup with one value replaced somewhere, cut short, or nested deep."""
    document: dict[str, Any] = json.loads(good)
    choice = draw(st.integers(0, 4))
    if choice == 0:
        return good.encode()[: draw(st.integers(0, len(good)))]
    if choice == 1:
        depth = draw(st.integers(1, 50_000))
        return ("[" * depth + "]" * depth).encode()
    if choice == 2:
        table = draw(st.sampled_from(sorted(document["log"])))
        rows = document["log"][table]
        if rows:
            row = rows[0]
            row[draw(st.sampled_from([*sorted(row), "extra"]))] = draw(json_value)
        else:
            document["log"][table] = draw(json_value)
    elif choice == 3:
        document[draw(st.sampled_from([*sorted(document), "extra"]))] = draw(json_value)
    else:
        section = draw(st.sampled_from(["profile", "settings"]))
        if isinstance(document[section], dict):
            key = draw(st.sampled_from([*sorted(document[section]), "extra"]))
            document[section][key] = draw(json_value)
    return json.dumps(document).encode()


@FUZZ
@given(data=st.data())
def test_fuzzed_restore_files(template: Path, data: st.DataObject) -> None:
    with _copy(template) as home:
        code, _ = _run(["--data-dir", str(home), "backup", "-o", str(home.parent / "good.json")])
        assert code == 0
        good = (home.parent / "good.json").read_text()
        bad = home.parent / "restore-me.json"
        bad.write_bytes(data.draw(backups(good)))
        _checked(home, ["restore", str(bad)])
