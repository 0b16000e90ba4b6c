"""The README's benchmark tables and the benchmarks name the same figures."""

from __future__ import annotations

import re

from support import REPO

RESULT_NAME = re.compile(r'Result(?:\.at_most)?\(\s*"([a-z0-9_]+)"')
TABLE_HEADER = re.compile(r"^\| (name|benchmark) \| what \|")


def measured() -> set[str]:
    """Every figure a benchmark reports (the first argument of each Result)."""
    return {
        name
        for path in (REPO / "benchmarks").glob("bench_*.py")
        for name in RESULT_NAME.findall(path.read_text(encoding="utf-8"))
    }


def described() -> set[str]:
    """The first cell of each row of the README's benchmark tables."""
    names: set[str] = set()
    in_table = False
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        if TABLE_HEADER.match(line):
            in_table = True
            continue
        if in_table and not line.startswith("|"):
            in_table = False
        if in_table and (cell := re.match(r"^\| `([a-z0-9_]+)` \|", line)):
            names.add(cell.group(1))
    return names


def test_every_figure_is_in_the_readme_and_every_row_is_measured() -> None:
    figures, rows = measured(), described()
    assert len(figures) > 20  # the pattern finds them: this can fail
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name in figures if f"`{name}`" not in readme)
    assert missing == [], "figures the README does not describe"
    stale = sorted(rows - figures)
    assert stale == [], "README rows no benchmark reports"
