"""Run CalfCare's benchmarks: ``python benchmarks/run.py [NAME...]``.

Each ``bench_<name>.py`` beside this file has a ``run()`` that returns result
rows. The table goes to the screen and every row to ``benchmarks/results.json``
as ``{name, value, unit, target, ok}``. Exit status 1 if a row misses its target.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "app"))

from result import Result  # noqa: E402


def available() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(
            f"run.py: unknown benchmark {unknown[0]!r} (have: {', '.join(available())})",
            file=sys.stderr,
        )
        return 2
    rows: list[Result] = []
    for name in names:
        module = importlib.import_module(f"bench_{name}")
        rows.extend(module.run())
    width = max(len(r.name) for r in rows)
    print(f"{'name':{width}}  {'value':>10}  {'unit':6}  {'target':>8}  ok")
    for r in rows:
        ok = "yes" if r.ok else "NO"
        print(f"{r.name:{width}}  {r.value:10.3f}  {r.unit:6}  {r.target:8g}  {ok}")
    out = HERE / "results.json"
    previous = json.loads(out.read_text()) if out.exists() else []
    keep = [p for p in previous if p.get("name") not in {r.name for r in rows}]
    out.write_text(json.dumps(keep + [r.as_dict() for r in rows], indent=2) + "\n")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
