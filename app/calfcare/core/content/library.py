"""Load and cross-check the content library from the TOML files in ``plans/``.

The library is the same at every start, so it is checked once and the checked
form is kept in the cache folder under a hash of ``plans/`` (and of the code
that shapes it): a start with an unchanged library loads that, without reading
TOML or loading pydantic; a changed file or a damaged cache means checking afresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from calfcare.core.assets import asset_dir
from calfcare.core.content.models import (
    Category,
    Cause,
    Citation,
    Disagreement,
    Exercise,
    RedFlag,
    Rule,
    Source,
)
from calfcare.core.paths import cache_dir
from calfcare.core.planning.risk_factors import RISK_FACTORS
from calfcare.core.validated_cache import code_key, load_or_build

M = TypeVar("M")
CACHE_FILE = "content-library.pickle"


class ContentError(ValueError):
    """The content library is malformed: a file, an entry or a reference is wrong."""


@dataclass(frozen=True)
class ContentLibrary:
    """Everything CalfCare advises, keyed by id, in the order the files give it."""

    sources: dict[str, Source]
    exercises: dict[str, Exercise]
    causes: dict[str, Cause]
    red_flags: dict[str, RedFlag]
    rules: dict[str, Rule]
    disagreements: dict[str, Disagreement]

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def in_category(self, category: Category) -> list[Exercise]:
        return [e for e in self.exercises.values() if category in e.categories]

    def section_title(self, citation: Citation) -> str:
        """ "Title, section" for showing a citation to a runner."""
        return f"{self.sources[citation.article].title} — {citation.section}"


def _read(folder: Path, filename: str, table: str) -> list[dict[str, object]]:
    import tomllib  # only when the library is checked afresh

    path = folder / filename
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ContentError(f"{path}: cannot read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from exc
    entries = data.get(table, [])
    if not isinstance(entries, list) or not entries:
        raise ContentError(f"{path}: expected one or more [[{table}]] tables")
    return entries


def _parse(model: type[M], entries: list[dict[str, object]], where: str) -> dict[str, M]:
    from calfcare.core.validation import ValidationError, validate

    out: dict[str, M] = {}
    for index, raw in enumerate(entries):
        key = str(raw.get("id", raw.get("article", f"#{index + 1}")))
        try:
            entry = validate(model, raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            # A dataclass names an unknown key as an "unexpected keyword argument": say it plainly.
            extra = first["type"] == "unexpected_keyword_argument"
            msg = "Extra inputs are not permitted" if extra else first["msg"]
            raise ContentError(f"{where}: entry '{key}', field '{loc}': {msg}") from exc
        if key in out:
            raise ContentError(f"{where}: id '{key}' appears twice")
        out[key] = entry
    return out


def _check_citations(sources: dict[str, Source], owner: str, citations: Iterable[Citation]) -> None:
    for cite in citations:
        source = sources.get(cite.article)
        if source is None:
            raise ContentError(f"{owner}: cites unknown article '{cite.article}'")
        if cite.section not in source.sections:
            raise ContentError(
                f"{owner}: cites section '{cite.section}', "
                f"which article {cite.article} does not have"
            )


def _cross_check(lib: ContentLibrary) -> None:
    src = lib.sources
    for ex in lib.exercises.values():
        _check_citations(src, f"exercise '{ex.id}'", ex.sources)
        for sub in ex.substitutes:
            if sub not in lib.exercises:
                raise ContentError(f"exercise '{ex.id}': unknown substitute '{sub}'")
        for dis in ex.disagreements:
            if dis not in lib.disagreements:
                raise ContentError(f"exercise '{ex.id}': unknown disagreement '{dis}'")
    for cause in lib.causes.values():
        _check_citations(src, f"cause '{cause.id}'", cause.sources)
        for sig in cause.signals:
            if sig.signal not in RISK_FACTORS:
                raise ContentError(f"cause '{cause.id}': unknown signal '{sig.signal}'")
        for item in cause.interventions:
            if item not in lib.exercises:
                raise ContentError(f"cause '{cause.id}': unknown intervention '{item}'")
    for flag in lib.red_flags.values():
        _check_citations(src, f"red flag '{flag.id}'", flag.sources)
    for rule in lib.rules.values():
        _check_citations(src, f"rule '{rule.id}'", rule.sources)
    for disagreement in lib.disagreements.values():
        for pos in disagreement.positions:
            _check_citations(src, f"disagreement '{disagreement.id}'", pos.sources)


def load_library_from(folder: Path) -> ContentLibrary:
    """Load and validate the library in ``folder``; raise ContentError on any fault."""
    sources = _parse(Source, _read(folder, "sources.toml", "source"), "sources.toml")
    lib = ContentLibrary(
        sources=sources,
        exercises=_parse(Exercise, _read(folder, "exercises.toml", "exercise"), "exercises.toml"),
        causes=_parse(Cause, _read(folder, "causes.toml", "cause"), "causes.toml"),
        red_flags=_parse(RedFlag, _read(folder, "red_flags.toml", "red_flag"), "red_flags.toml"),
        rules=_parse(Rule, _read(folder, "rules.toml", "rule"), "rules.toml"),
        disagreements=_parse(
            Disagreement, _read(folder, "rules.toml", "disagreement"), "rules.toml"
        ),
    )
    _cross_check(lib)
    return lib


def library_key(folder: Path) -> bytes:
    """A hash of every file in ``folder`` and of what shapes the checked library."""
    files: list[bytes] = []
    for path in sorted(folder.iterdir()):
        if path.is_file():
            files += [path.name.encode(), path.read_bytes()]
    return code_key([Path(__file__).with_name("models.py"), Path(__file__)], files)


def load_checked_library(folder: Path, cache_file: Path) -> ContentLibrary:
    """The library in ``folder``, from ``cache_file`` when it was checked in this form before."""
    return load_or_build(
        cache_file, library_key(folder), ContentLibrary, lambda: load_library_from(folder)
    )


@cache
def load_library() -> ContentLibrary:
    """The shipped library, loaded once per process (from the cache when unchanged)."""
    return load_checked_library(asset_dir("plans"), cache_dir() / CACHE_FILE)
