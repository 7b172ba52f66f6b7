#!/usr/bin/env python3
"""No import circles anywhere in the tree (issue 25): each Rust crate's top-level modules (a
`crate::x` reference, doc comments included, is an import of `x`) and the Python package's
modules (`from helserett.x import`, `from helserett import x`) form a graph without a cycle.
Prints every cycle found and exits 1 if there is one.

Usage: check-import-cycles.py
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATES = ["kernel/src", "ffi/src", "cli/src", "python/src", "benches/src"]
PACKAGE = ROOT / "python" / "python" / "helserett"


def rust_graph(src: pathlib.Path) -> dict:
    graph: dict = {}
    for f in src.rglob("*.rs"):
        top = f.relative_to(src).parts[0].removesuffix(".rs")
        if top in ("lib", "main", "bin"):
            continue
        edges = graph.setdefault(top, set())
        for m in re.finditer(r"crate::([a-z_0-9]+)", f.read_text("utf-8")):
            if m.group(1) != top:
                edges.add(m.group(1))
    return graph


def python_graph(pkg: pathlib.Path) -> dict:
    graph: dict = {}
    names = {f.stem for f in pkg.glob("*.py")} | {"_kernel"}
    for f in pkg.glob("*.py"):
        edges = graph.setdefault(f.stem, set())
        text = f.read_text("utf-8")
        for m in re.finditer(r"from helserett\.([a-z_0-9]+) import", text):
            edges.add(m.group(1))
        for m in re.finditer(r"from helserett import ([a-z_0-9, ]+)", text):
            edges.update(n.strip() for n in m.group(1).split(",") if n.strip() in names)
        edges.discard(f.stem)
    return graph


def cycles(graph: dict) -> list:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict = {}
    low: dict = {}
    stack: list = []
    on: set = set()
    out: list = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
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

    sys.setrecursionlimit(10_000)
    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    found = [(c, cyc) for c in CRATES for cyc in cycles(rust_graph(ROOT / c))]
    found += [("python/python/helserett", cyc) for cyc in cycles(python_graph(PACKAGE))]
    for where, cyc in found:
        print(f"import circle in {where}: {' <-> '.join(cyc)}")
    print(f"import circles: {len(found)} ({len(CRATES)} crates and the Python package read)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
