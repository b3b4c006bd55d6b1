"""An article as geokg shows it: the SCHEMA.md record read back from the store, or its named
graph as Turtle, JSON-LD or N-Quads (``kg extract``, ``kg show``, the API's article routes)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from rdflib import Graph

from kg.errors import InputError, NotFoundError
from kg.ingest.pipeline import SupportsExtract, store_document
from kg.rdf import graph_iri
from kg.query.articles import article_record
from kg.records import Document
from kg.store import Store, Triple, open_store
from kg.vocab import PREFIXES

RECORD_FORMATS = ("json", "turtle", "jsonld", "nquads")


def extract_to_record(doc: Document, extractor: SupportsExtract, fmt: str = "json") -> str:
    """``kg extract``: run the whole pipeline into a throwaway in-memory store and read the
    article back from it, so what is printed is what the graph holds, not the records."""
    store = open_store(None)
    try:
        store_document(store, doc, extractor)
        return render_article(store, doc.id, fmt)
    finally:
        store.close()


def render_article(store: Store, doc_id: str, fmt: str = "json") -> str:
    """An article as the SCHEMA.md record (``json``, by SPARQL) or its named graph as
    ``turtle``, ``jsonld`` or ``nquads``."""
    if fmt not in RECORD_FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(RECORD_FORMATS)}")
    graph = str(graph_iri(doc_id))
    if not store.has_graph(graph):
        raise NotFoundError(f"no article {doc_id!r} in the store")
    if fmt == "json":
        return json.dumps(article_record(store, doc_id), ensure_ascii=False, indent=2)
    return serialize_triples(store.triples_in(graph), fmt, graph=graph)


def serialize_triples(triples: Iterable[Triple], fmt: str, *, graph: str | None = None) -> str:
    """Triples as Turtle / JSON-LD (with the project's prefixes) or N-Quads in ``graph``."""
    if fmt == "nquads":
        # N-Triples with the graph name put before each final dot: one line per triple.
        g = Graph()
        for t in triples:
            g.add(t)
        name = f" <{graph}> ." if graph else " ."
        lines = g.serialize(format="nt").splitlines()
        return "\n".join(sorted(line[:-2] + name for line in lines if line.endswith(" ."))) + "\n"
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for t in triples:
        g.add(t)
    if fmt == "jsonld":
        return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True, indent=2)
    if fmt == "turtle":
        return g.serialize(format="turtle")
    raise InputError(f"unknown RDF format {fmt!r}; use turtle, jsonld or nquads")
