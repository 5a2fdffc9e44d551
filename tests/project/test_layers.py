"""The package's import graph: data flows down the layers of shared/DESIGN.md, never back up.

Every ``import`` and ``from … import`` in ``factcheck/`` (at module level or inside a
function: a lazy import is still a dependency) is read with :mod:`ast`. Each module
belongs to one layer below; a module may import its own group and any lower layer,
never a higher one nor another group of its own layer, and there is no import loop.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck"

#: Lowest first. A name is a top-level module or subpackage of factcheck.
LAYERS: list[set[str]] = [
    {"errors", "diagnostics", "models", "_yaml", "_gc", "_version", "_progress"},
    {"config", "_files", "corpus", "facts", "_lint_text_codes", "schema"},
    {"normalize"},
    {"loading"},
    {"rules"},
    {"_docs", "checking"},
    {"reporters", "fix", "lint_text", "export", "quiz"},
    {"authoring"},
    {"cli"},
    {"pytest_plugin", "__main__", ""},  # "": the package's own __init__ (its lazy public API)
]


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _exists(name: str) -> bool:
    base = PACKAGE.parent / name.replace(".", "/")
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def import_graph() -> dict[str, set[str]]:
    """module -> the factcheck modules it imports (a ``from x import y`` of a submodule y counts as y)."""
    edges: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.split(".")[0] != "factcheck":
                    continue
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    edges[module].add(sub if _exists(sub) else target)
            elif isinstance(node, ast.Import):
                edges[module].update(a.name for a in node.names if a.name.split(".")[0] == "factcheck")
        edges.setdefault(module, set())
    return edges


def _group(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _layer(group: str) -> int:
    for i, layer in enumerate(LAYERS):
        if group in layer:
            return i
    raise AssertionError(f"factcheck.{group} is in no layer of tests/project/test_layers.py: place it")


def test_every_module_has_a_layer():
    for module in import_graph():
        _layer(_group(module))


def test_no_module_imports_from_a_higher_layer_or_a_sibling_group():
    wrong = []
    for module, targets in import_graph().items():
        mine = _group(module)
        for target in targets:
            theirs = _group(target)
            if theirs == mine:
                continue
            if _layer(theirs) >= _layer(mine):
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_there_is_no_import_loop():
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                loops.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert loops == []


@pytest.mark.parametrize("source, expected", [
    ("from ..rules import registry", "factcheck.rules.registry"),
    ("from .. import checking", "factcheck.checking"),
    ("from ..normalize.names import NameIndex", "factcheck.normalize.names"),
])
def test_the_graph_reader_resolves_relative_imports(tmp_path, monkeypatch, source, expected):
    # the reader itself: a relative import from factcheck/quiz/x.py resolves as Python would
    fake = tmp_path / "factcheck"
    (fake / "quiz").mkdir(parents=True)
    for name in ("__init__.py", "quiz/__init__.py", "checking.py", "rules/__init__.py", "rules/registry.py",
                 "normalize/__init__.py", "normalize/names.py"):
        (fake / name).parent.mkdir(parents=True, exist_ok=True)
        (fake / name).write_text("", encoding="utf-8")
    (fake / "quiz" / "x.py").write_text(source + "\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", fake)
    assert import_graph()["factcheck.quiz.x"] == {expected}
