"""The code's floors: core needs no Qt and nothing above it, export only the core, no cycles.

Every import counts, including those inside functions (lazy imports still run); only
``if TYPE_CHECKING:`` blocks are left out of the cycle check, since they never run. The
layer check reads them too: a type from a higher floor is still a dependency on it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import run_python

APP = Path(__file__).resolve().parent.parent / "app"

# Each floor may import the floors listed for it (and itself), nothing else of ours.
FLOORS: dict[str, set[str]] = {
    "core": set(),
    "export": {"core"},
    "cli": {"core", "export"},
    "gui": {"core", "export"},
}
# What each floor may import from outside: the core never touches Qt; export only draws.
QT_ALLOWED: dict[str, tuple[str, ...]] = {
    "core": (),
    "export": ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport", "PySide6.QtSvg"),
    "cli": (),
    "gui": ("PySide6",),
}
# The command line opens the window through this one door, and loads it only then.
CLI_TO_GUI_DOOR = "calfcare.gui.app"


@dataclass(frozen=True)
class Import:
    target: str
    line: int
    type_only: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(APP).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(APP.rglob("*.py"))}


def imports_of(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(sub) for stmt in node.body for sub in ast.walk(stmt))
    found: list[Import] = []
    for node in ast.walk(tree):
        guarded = id(node) in type_only
        if isinstance(node, ast.Import):
            found += [Import(a.name, node.lineno, guarded) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                # "from package import module" depends on the module; else on the package.
                target = full if full in MODULES else node.module
                found.append(Import(target, node.lineno, guarded))
    return found


GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def floor_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "calfcare" and parts[1] in FLOORS else None


def test_every_module_sits_on_a_floor() -> None:
    loose = [
        m for m in MODULES if floor_of(m) is None and m not in {"calfcare", "calfcare.__main__"}
    ]
    assert loose == [], "modules outside core/, export/, cli/ and gui/"


def qt_allowed(floor: str, target: str) -> bool:
    return any(target == p or target.startswith(p + ".") for p in QT_ALLOWED[floor])


@pytest.mark.parametrize("floor", list(FLOORS))
def test_imports_respect_the_floors(floor: str) -> None:
    wrong: list[str] = []
    for module, found in GRAPH.items():
        if floor_of(module) != floor:
            continue
        for imp in found:
            where = f"{MODULES[module].relative_to(APP)}:{imp.line} imports {imp.target}"
            target_floor = floor_of(imp.target)
            if imp.target.startswith("calfcare.") and target_floor is not None:
                allowed = target_floor == floor or target_floor in FLOORS[floor]
                if floor == "cli" and imp.target == CLI_TO_GUI_DOOR and not imp.type_only:
                    allowed = True
                if not allowed:
                    wrong.append(where)
            elif imp.target.split(".")[0] == "PySide6" and not qt_allowed(floor, imp.target):
                wrong.append(where)
    assert wrong == []


def _cycles() -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), counting only imports that run."""
    edges = {
        m: sorted({i.target for i in found if not i.type_only and i.target in MODULES} - {m})
        for m, found in GRAPH.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group: list[str] = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in edges:
        if v not in index:
            visit(v)
    return groups


def test_no_import_cycles() -> None:
    assert _cycles() == []


def test_the_check_sees_a_cycle_and_a_wrong_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks above can fail: a planted cycle and a core module importing Qt are caught."""
    a, b = "calfcare.core.profile", "calfcare.core.wording"
    monkeypatch.setitem(GRAPH, b, [*GRAPH[b], Import(a, 1, type_only=False)])
    monkeypatch.setitem(GRAPH, a, [*GRAPH[a], Import(b, 1, type_only=False)])
    assert [a, b] in _cycles()
    monkeypatch.setitem(GRAPH, b, [Import("PySide6.QtWidgets", 1, type_only=False)])
    with pytest.raises(AssertionError):
        test_imports_respect_the_floors("core")
    monkeypatch.setitem(GRAPH, b, [Import("calfcare.gui.shell.store", 1, type_only=True)])
    with pytest.raises(AssertionError):
        test_imports_respect_the_floors("core")


def test_loading_the_core_and_export_loads_no_qt_widgets() -> None:
    """At run time too: every core module loads without PySide6, every export module without
    QtWidgets (what a command-line PDF or a server would pay for)."""
    core = sorted(m for m in MODULES if floor_of(m) == "core")
    export = sorted(m for m in MODULES if floor_of(m) == "export")
    code = (
        "import importlib, sys\n"
        f"for m in {core!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        f"for m in {export!r}: importlib.import_module(m)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "False"]
