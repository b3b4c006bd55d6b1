"""Articles: the stored articles by id (``GET /articles``), the articles of some named
graphs, their publication dates, and one article's text with every extracted span at its
offsets (the web explorer's article page).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib.term import URIRef

from kg.errors import NotFoundError
from kg.query.terms import (
    _check_page,
    _count,
    _date,
    _dedupe,
    _int,
    _page_clause,
    _s,
    _select,
    _values,
    graph_doc_id,
)
from kg.rdf import graph_iri
from kg.store import Store

#: the kinds of span an article page highlights, outermost first when two share a start
SPAN_KINDS = ("claim", "statement", "event", "actor")

_ARTICLE_CORE = "GRAPH ?g { ?a a kg:Article ; schema:identifier ?id }"
_ARTICLE_DETAILS = """
  { SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?g { ?a schema:headline ?title } }
  OPTIONAL { GRAPH ?g { ?a schema:datePublished ?published } }"""


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict:
    """The stored articles by id, paged with the total: id, IRI, graph, title, published
    date and triple count. Counts only the page's graphs (``kg.readback.list_articles``
    counts every graph, which on a large store takes seconds)."""
    _check_page(limit, offset)
    total = _count(store, _ARTICLE_CORE, "g", {})
    items = []
    if total and limit and offset < total:
        rows = _select(
            store,
            f"SELECT * WHERE {{ {{ SELECT ?g ?a ?id WHERE {{ {_ARTICLE_CORE} }} "
            f"ORDER BY ?id ?g {_page_clause(limit, offset)} }} "
            f"LATERAL {{ {_ARTICLE_DETAILS} }} }} ORDER BY ?id ?g",
        )
        for r in _dedupe(rows, "g"):
            items.append(
                {
                    "id": str(r["id"]),
                    "iri": str(r["a"]),
                    "graph": str(r["g"]),
                    "title": _s(r.get("title")) or "",
                    "published": _date(r.get("published")),
                    "triples": _int(r.get("triples")) or 0,
                }
            )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


_ARTICLE_HEAD = """
  GRAPH ?g {
    ?a a kg:Article ; schema:identifier ?id .
    OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?pub }
  }"""


def describe_articles(store: Store, graphs: list[str]) -> list[dict]:
    """The articles of these named graphs, in the order given: id, graph, title,
    published (no triple counts: :func:`articles` has them, at a cost)."""
    if not graphs:
        return []
    rows = _select(
        store,
        f"SELECT * WHERE {{ {{ {_values('g', graphs)} }} LATERAL {{ {_ARTICLE_HEAD} }} }}",
    )
    by_graph = {}
    for r in rows:
        by_graph.setdefault(str(r["g"]), {
            "id": str(r["id"]), "graph": str(r["g"]), "title": _s(r.get("title")) or "",
            "published": _date(r.get("pub")),
        })  # fmt: skip
    return [by_graph[g] for g in graphs if g in by_graph]


_PUBLISHED = "SELECT ?g ?pub WHERE { GRAPH ?g { ?a a kg:Article ; schema:datePublished ?pub } }"


def published_dates(store: Store, article_ids: Iterable[str]) -> dict[str, str | None]:
    """Each article's publication date (one bound query per article: an event page
    names a handful)."""
    out: dict[str, str | None] = {}
    for doc in dict.fromkeys(article_ids):
        rows = _select(store, _PUBLISHED, {"g": URIRef(graph_iri(doc))})
        out[doc] = _date(rows[0].get("pub")) if rows else None
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
    { ?node a kg:Actor . BIND("actor" AS ?kind) }
    UNION { ?node a kg:Event . BIND("event" AS ?kind) }
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
