"""No import cycle anywhere in worksheets/, and no worksheet module imports another one.

Read from the source with ast, so imports inside functions and under TYPE_CHECKING count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "worksheets"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _resolve(module: str, path: Path, node: ast.ImportFrom, known: dict[str, Path]) -> list[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    if node.level:
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
    else:
        target = node.module or ""
    found = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known]
    return found or ([target] if target in known else [])


def imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports."""
    known = _modules()
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                edges.update(_resolve(module, path, node, known))
            elif isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names if alias.name in known)
        graph[module] = edges - {module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle found by a depth-first walk, each as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


class TestImportGraph:
    def test_the_walk_sees_the_package(self) -> None:
        """The graph holds the engine's known edges, so an empty cycle list means something."""
        graph = imports()
        assert "worksheets.sheet" in graph["worksheets.library.checkin"]
        assert "worksheets.library.my_path" in graph["worksheets.registry"]
        assert "worksheets.messages" in graph["worksheets.fields"]

    def test_the_walk_finds_a_cycle_when_there_is_one(self) -> None:
        assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]

    def test_no_import_cycle_in_worksheets(self) -> None:
        assert cycles(imports()) == []

    def test_no_worksheet_imports_another(self) -> None:
        """What a worksheet needs from others is handed to it (see registry.py), not imported."""
        graph = imports()
        library = {m for m in graph if m.startswith("worksheets.library.")}
        siblings = {(m, n) for m in library for n in graph[m] if n in library}
        assert siblings == set()
