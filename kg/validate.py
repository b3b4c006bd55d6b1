"""SHACL validation of article graphs (pyshacl), with ``ontology/shapes.ttl``.

Validation runs per article graph. The data graph is that article's triples plus the
ontology and the event-type scheme, so the shapes see class hierarchies and the scheme's
``skos:inScheme`` without either being copied into every article in the store. (pyshacl's
own ``ont_graph`` mixing copies only RDFS/OWL axioms, not the SKOS facts, hence this.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from pyshacl import validate as _pyshacl_validate
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.rdf import graph_iri
from kg.resources import ontology_file
from kg.store import Store, Triple

__all__ = ["ARTICLE_GRAPH_PREFIX", "Report", "validate_store", "validate_triples"]

ARTICLE_GRAPH_PREFIX = graph_iri("")  # the IRI scheme is kg.rdf's


@dataclass(frozen=True)
class Report:
    """``results`` holds one readable line per violation, sorted; ``text`` is pyshacl's own
    report for when the lines are not enough."""

    conforms: bool
    results: list[str] = field(default_factory=list)
    text: str = ""


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shapes, parsed once per process (lazily: nothing is read at import)."""
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology and the event-type scheme, which the shapes rely on."""
    g = Graph()
    for name in ("geokg.ttl", "event-types.ttl"):
        g.parse(ontology_file(name), format="turtle")
    return g


def validate_triples(triples: Iterable[Triple]) -> Report:
    """Validate one article graph's triples against the shapes."""
    data = Graph()
    for t in ontology_graph():
        data.add(t)
    for t in triples:
        data.add(t)
    conforms, results, text = _pyshacl_validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    return Report(bool(conforms), _messages(results), str(text))


def validate_store(store: Store) -> dict[str, Report]:
    """A report for every article graph in the store (graphs under ``BASE + "graph/"``;
    anything else, such as a loaded copy of the ontology, is not an article)."""
    return {
        g: validate_triples(store.triples_in(g))
        for g in store.graphs()
        if g.startswith(ARTICLE_GRAPH_PREFIX)
    }


def _messages(results: Graph) -> list[str]:
    lines = []
    for r in results.subjects(SH.resultSeverity, None):
        message = results.value(r, SH.resultMessage)
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        detail = [f"focus {focus}"]
        if path is not None:
            detail.append(f"path {_show_path(results, path)}")
        if value is not None:
            detail.append(f"value {value.n3()}")
        lines.append(f"{message or 'constraint violated'} ({'; '.join(detail)})")
    return sorted(lines)


def _show_path(results: Graph, path: Node) -> str:
    """``<p>`` for a predicate path, ``^<p>`` for an inverse one (not a blank node id)."""
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + inverse.n3()
    return path.n3()
