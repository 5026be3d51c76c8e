"""The layers of pipeline/, read from the code (ast), not from a running interpreter.

Every import counts: at the top of a module, inside a function, under TYPE_CHECKING, and the
renderers that reports/formats.py names as "pipeline.module:function" strings. Required:
- no import cycle anywhere in pipeline/;
- nothing outside the CLI layer (pipeline.cli, and the pipeline.__main__ entry point) imports it;
- argparse is imported in the CLI layer only;
- the stages below never import the layers above them (store: registry, manifest, reports,
  feed; jobs: run and batch), and store never imports jobs.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PKG = ROOT / "pipeline"
RENDERER = re.compile(r"^(pipeline(?:\.\w+)+):\w+$")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PKG.rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The pipeline module an imported name lands in (a module, or the package holding a name)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(mod: str) -> set[str]:
    path = MODULES[mod]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            # each name lands in its most specific module: `from . import pdf` in pipeline.ingest.pdf,
            # `from . import Deadline` in pipeline.ingest, `from .base import Limits` in pipeline.ingest.base
            names = [f"{prefix}.{a.name}" for a in node.names] if prefix.startswith("pipeline") else [prefix]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and RENDERER.match(node.value):
            names = [RENDERER.match(node.value).group(1)]
        for n in names:
            if n == "argparse" or n.startswith("argparse."):
                out.add("argparse")
            r = _resolve(n) if n.startswith("pipeline") else None
            if r and r != mod:
                out.add(r)
    return out


GRAPH = {m: imports_of(m) for m in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def in_cli(mod: str) -> bool:
    return mod == "pipeline.cli" or mod.startswith("pipeline.cli.") or mod == "pipeline.__main__"


def test_the_graph_is_read():
    # a sanity check of the reader itself: edges it must see (top level, function level, renderer strings)
    assert "pipeline.ingest.base" in GRAPH["pipeline.ingest.pdf"]
    assert "pipeline.store.registry" in GRAPH["pipeline.jobs.batch"]
    assert "pipeline.reports.html" in GRAPH["pipeline.reports.formats"]
    assert "argparse" in GRAPH["pipeline.cli.commands"]
    assert "pipeline.cli.commands" in GRAPH["pipeline.cli"]


def test_no_import_cycle():
    assert _cycles(GRAPH) == []


def test_nothing_below_imports_the_cli():
    offenders = {m: sorted(i for i in deps if in_cli(i)) for m, deps in GRAPH.items() if not in_cli(m)}
    assert {m: d for m, d in offenders.items() if d} == {}


def test_argparse_only_in_the_cli():
    assert sorted(m for m, deps in GRAPH.items() if "argparse" in deps and not in_cli(m)) == []


def test_stages_do_not_import_the_layers_above():
    def layer(m: str) -> int:
        if in_cli(m):
            return 3
        if m.startswith("pipeline.jobs"):
            return 2
        if m.startswith("pipeline.store"):
            return 1
        return 0

    upward = {(m, i) for m, deps in GRAPH.items() for i in deps if i in GRAPH and layer(i) > layer(m)}
    assert sorted(upward) == []
