"""The notebook reads the graph only through the read library (``kg.query``), as the API,
the web pages and the CLI do: no SPARQL of its own, no prefix prologue, no store read
method called on the store it opens. Its code cells are parsed, not run (fast)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))

# the Store contract's reads: each has a kg.query function over it (store_stats for the
# counts, the read functions for the rest)
STORE_READS = frozenset(
    {"select", "ask", "construct", "query_serialized", "query_capped", "count", "graphs",
     "has_graph", "triples_in", "dump"}
)  # fmt: skip
STORE_OPENERS = frozenset({"open_store", "OxigraphStore", "RemoteStore", "WorkerStore"})
PREFIX_LINE = re.compile(r"\bPREFIX\s+[\w-]*:\s*<", re.IGNORECASE)
SPARQL_QUERY = re.compile(
    r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b.*?\bWHERE\s*\{|\bGRAPH\s+\?\w+\s*\{",
    re.IGNORECASE | re.DOTALL,
)


def _called_name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def hand_written_reads(source: str) -> list[str]:
    """What in ``source`` (the notebook's code, cells joined) reads the graph other than
    through ``kg.query``: a PREFIX prologue or a SPARQL query in a string, the library's
    ``PROLOGUE`` taken to write one, or a store read method called on an opened store."""
    tree = ast.parse(source)
    stores = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            if _called_name(node.value) in STORE_OPENERS:
                stores |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if PREFIX_LINE.search(node.value):
                found.append(f"line {node.lineno}: a PREFIX prologue")
            elif SPARQL_QUERY.search(node.value):
                found.append(f"line {node.lineno}: SPARQL {node.value.strip()[:40]!r}")
        elif isinstance(node, (ast.Name, ast.Attribute)):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in ("PROLOGUE", "PREFIXES"):
                found.append(f"line {node.lineno}: {name}, to write a query of its own")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if (
                isinstance(owner, ast.Name)
                and owner.id in stores
                and node.func.attr in STORE_READS
            ):
                found.append(f"line {node.lineno}: {owner.id}.{node.func.attr}(...)")
    return found


def code_of(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "code")


def test_there_is_a_notebook() -> None:
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_notebook_reads_through_kg_query(path: Path) -> None:
    assert hand_written_reads(code_of(path)) == []


def test_the_check_finds_hand_written_reads() -> None:
    """What the notebook did before it read through kg.query is caught, each way."""
    old = '''
from kg import query
from kg.store import open_store
kg_store = open_store(None)
PREFIXES = query.PROLOGUE
rows = kg_store.select(PREFIXES + """SELECT ?a WHERE { GRAPH ?g { ?a kg:actorType ?t } }""")
own = kg_store.select("PREFIX kg: <https://w3id.org/geokg/ontology#>\\nASK {}")
print(kg_store.count(), len(kg_store.graphs()))
kg_store.close()
'''
    found = hand_written_reads(old)
    assert any("PREFIX prologue" in f for f in found)
    assert any("SPARQL 'SELECT ?a" in f for f in found)
    assert any("PROLOGUE" in f for f in found)
    calls = [f.split(": ", 1)[1] for f in found if f.endswith("(...)")]
    assert calls == ["kg_store.select(...)"] * 2 + ["kg_store.count(...)", "kg_store.graphs(...)"]
    # the read library's calls and a list's own methods are no hand-written reads
    assert hand_written_reads(
        "from kg import query\nfrom kg.store import open_store\ns = open_store(None)\n"
        "query.claims(s, limit=10)\n[1, 2].count(1)\ns.close()\n"
    ) == []
