"""Reads the web explorer needs beside :mod:`kg.query`: the latest and the most contested
events, and one article's text with every extracted span at its offsets.

Same rules as :mod:`kg.query` (values bound, never formatted into the text; descriptions
inside ``GRAPH ?g`` of the article that gives them); results are JSON-ready dicts.
"""

from __future__ import annotations

from rdflib.term import URIRef

from kg.errors import NotFoundError
from kg.query import (
    _EVENT_DETAILS,
    _check_page,
    _dedupe,
    _event_summary,
    _page_clause,
    _select,
    graph_doc_id,
)
from kg.rdf import graph_iri
from kg.store import Store

__all__ = ["article_view", "contested_events", "latest_events", "SPAN_KINDS"]

#: the kinds of span an article page highlights, outermost first when two share a start
SPAN_KINDS = ("claim", "statement", "event", "actor")

_LATEST = """
SELECT ?ev ?s0 WHERE { ?ev a kg:Event ; sem:hasBeginTimeStamp ?s0 }
ORDER BY DESC(?s0) ?ev"""


def latest_events(store: Store, limit: int = 10) -> list[dict]:
    """The events with the latest start dates (one row per event: the report of the first
    article by id that dates it)."""
    _check_page(limit, 0)
    rows = _select(
        store,
        f"SELECT * WHERE {{ {{ SELECT DISTINCT ?ev ?s0 WHERE {{ {{ {_LATEST} }} }} "
        f"ORDER BY DESC(?s0) ?ev {_page_clause(limit * 3, 0)} }} "
        f"LATERAL {{ {_EVENT_DETAILS} }} }} ORDER BY DESC(?s0) ?ev ?g",
    )
    out = [_event_summary(r) for r in _dedupe(rows, "ev")]
    return out[:limit]


_CONTESTED = """
SELECT ?ev (COUNT(DISTINCT ?a) AS ?asserted) (COUNT(DISTINCT ?d) AS ?denied) WHERE {
  ?d kg:aboutEvent ?ev ; kg:polarity "denied" .
  ?a kg:aboutEvent ?ev ; kg:polarity "asserted" .
} GROUP BY ?ev"""


def contested_events(store: Store, limit: int = 10) -> list[dict]:
    """Events with both claims that someone did it and denials, the most claims first,
    each with its counts of asserting and denying claims."""
    _check_page(limit, 0)
    rows = _select(
        store,
        f"SELECT * WHERE {{ {{ SELECT ?ev ?asserted ?denied WHERE {{ {{ {_CONTESTED} }} }} "
        f"ORDER BY DESC(?asserted + ?denied) ?ev {_page_clause(limit, 0)} }} "
        f"LATERAL {{ {_EVENT_DETAILS} }} }} ORDER BY DESC(?asserted + ?denied) ?ev ?g",
    )
    out = []
    for r in _dedupe(rows, "ev"):
        item = _event_summary(r)
        item["asserted"] = int(r["asserted"].toPython())
        item["denied"] = int(r["denied"].toPython())
        out.append(item)
    return out


_DOCUMENT = """
SELECT ?g ?id ?title ?published ?url ?text WHERE { GRAPH ?g {
  ?a a kg:Article ; schema:identifier ?id .
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:articleBody ?text }
} } LIMIT 1"""

# every span of the article: the mentions of its actors and events, its statements and
# claims, each with the node a reader goes to (the actor, the event, the speaker, the event
# the claim is about or else its agent)
_SPANS = """
SELECT ?g ?kind ?x ?node ?label ?s ?e ?polarity ?ckind ?who ?whoLabel WHERE { GRAPH ?g {
  {
    ?node kg:mentionedIn ?x . ?x kg:startOffset ?s ; kg:endOffset ?e .
    OPTIONAL { ?node rdfs:label ?label }
    { ?node a kg:Actor . BIND("actor" AS ?kind) } UNION { ?node a kg:Event . BIND("event" AS ?kind) }
  } UNION {
    ?x a kg:Statement ; kg:speaker ?node ; kg:startOffset ?s ; kg:endOffset ?e .
    OPTIONAL { ?node rdfs:label ?label }
    BIND("statement" AS ?kind)
  } UNION {
    ?x a kg:Claim ; kg:agent ?who ; kg:startOffset ?s ; kg:endOffset ?e .
    OPTIONAL { ?x kg:aboutEvent ?ev }
    BIND(COALESCE(?ev, ?who) AS ?node)
    OPTIONAL { ?x kg:polarity ?polarity } OPTIONAL { ?x kg:claimKind ?ckind }
    OPTIONAL { ?who rdfs:label ?whoLabel } OPTIONAL { ?node rdfs:label ?label }
    BIND("claim" AS ?kind)
  }
} }"""


def article_view(store: Store, doc_id: str) -> dict:
    """One article as stored: id, title, published, url, its text, and every span
    (``kind`` actor, event, statement or claim; ``node`` the IRI it links to; ``start``/
    ``end`` offsets into the text) sorted by start, longest first."""
    g = URIRef(graph_iri(doc_id))
    if not store.has_graph(str(g)):
        raise NotFoundError(f"no article {doc_id!r} in the store")
    rows = _select(store, _DOCUMENT, {"g": g})
    if not rows:
        raise NotFoundError(f"graph of article {doc_id!r} has no kg:Article")
    r = rows[0]
    text = str(r.get("text") or "")
    spans = []
    seen = set()
    for s in _select(store, _SPANS, {"g": g}):
        start, end = int(s["s"].toPython()), int(s["e"].toPython())
        key = (str(s["kind"]), str(s["x"]), str(s["node"]))
        if key in seen or not 0 <= start < end <= len(text):
            continue
        seen.add(key)
        spans.append(
            {
                "kind": key[0],
                "id": key[1],
                "node": key[2],
                "label": None if s.get("label") is None else str(s["label"]),
                "start": start,
                "end": end,
                "polarity": None if s.get("polarity") is None else str(s["polarity"]),
                "claim_kind": None if s.get("ckind") is None else str(s["ckind"]),
                "agent": None if s.get("whoLabel") is None else str(s["whoLabel"]),
            }
        )
    spans.sort(key=lambda x: (x["start"], -x["end"], SPAN_KINDS.index(x["kind"]), x["id"]))
    return {
        "id": str(r["id"]),
        "graph": str(g),
        "title": str(r.get("title") or ""),
        "published": None if r.get("published") is None else str(r["published"]),
        "url": None if r.get("url") is None else str(r["url"]),
        "text": text,
        "spans": spans,
        "article": graph_doc_id(g),
    }
