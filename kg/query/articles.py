"""Articles: the stored articles by id (``GET /articles``, ``kg articles``), the articles
of some named graphs, their publication dates, one article's text with every extracted span
at its offsets (the web explorer's article page), and one article's SCHEMA.md record read
back out of the store (``kg show``, ``GET /articles/{id}``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib.term import URIRef

from kg.errors import NotFoundError
from kg.query.items import _CLAIM_BODY, _EVENT_ARGS, _STATEMENT_BODY, _in_graph
from kg.query.terms import (
    _bool,
    _check_page,
    _count,
    _date,
    _dedupe,
    _event_type,
    _int,
    _page_clause,
    _s,
    _select,
    _values,
    graph_doc_id,
)
from kg.rdf import graph_iri
from kg.store import Store, Term

#: the kinds of span an article page highlights, outermost first when two share a start
SPAN_KINDS = ("claim", "statement", "event", "actor")

_ARTICLE_CORE = "GRAPH ?g { ?a a kg:Article ; schema:identifier ?id }"
# an article as every list shows it: id, graph, title, publication date
_ARTICLE_HEAD = """
  GRAPH ?g {
    ?a a kg:Article ; schema:identifier ?id .
    OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?pub }
  }"""
_ARTICLE_DETAILS = """
  { SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?g { ?a schema:headline ?title } }
  OPTIONAL { GRAPH ?g { ?a schema:datePublished ?pub } }"""


def _article_item(r: dict) -> dict:
    return {
        "id": str(r["id"]),
        "graph": str(r["g"]),
        "title": _s(r.get("title")) or "",
        "published": _date(r.get("pub")),
    }


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict:
    """The stored articles by id, paged with the total: id, IRI, graph, title, published
    date and triple count. Counts only the page's graphs (:func:`list_articles` counts
    every graph, which on a large store takes seconds)."""
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
                {**_article_item(r), "iri": str(r["a"]), "triples": _int(r.get("triples")) or 0}
            )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def list_articles(store: Store) -> list[dict]:
    """Every article in the store by id, unpaged and with no LATERAL (``kg articles``, on
    any SPARQL store): id, IRI, graph, title, published date and triple count."""
    rows = _select(store, _ARTICLE + " ORDER BY ?id ?g")
    return [
        {**_article_item(r), "iri": str(r["a"]), "triples": store.count(str(r["g"]))}
        for r in rows
    ]


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
        by_graph.setdefault(str(r["g"]), _article_item(r))
    return [by_graph[g] for g in graphs if g in by_graph]


_ARTICLE = f"SELECT * WHERE {{ {_ARTICLE_HEAD} }}"


def published_dates(store: Store, article_ids: Iterable[str]) -> dict[str, str | None]:
    """Each article's publication date (one bound query per article: an event page
    names a handful)."""
    out: dict[str, str | None] = {}
    for doc in dict.fromkeys(article_ids):
        rows = _select(store, _ARTICLE, {"g": URIRef(graph_iri(doc))})
        out[doc] = next((_date(r["pub"]) for r in rows if r.get("pub") is not None), None)
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


def _document(store: Store, doc_id: str) -> tuple[URIRef, dict]:
    """The named graph of an article and its :data:`_DOCUMENT` row; ``NotFoundError``
    when the store has no such article."""
    g = URIRef(graph_iri(doc_id))
    if not store.has_graph(str(g)):
        raise NotFoundError(f"no article {doc_id!r} in the store")
    rows = _select(store, _DOCUMENT, {"g": g})
    if not rows:
        raise NotFoundError(f"graph of article {doc_id!r} has no kg:Article")
    return g, rows[0]


def article_view(store: Store, doc_id: str) -> dict:
    """One article as stored: id, title, published, url, its text, and every span
    (``kind`` actor, event, statement or claim; ``node`` the IRI it links to; ``start``/
    ``end`` offsets into the text) sorted by start, longest first."""
    g, r = _document(store, doc_id)
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


# -- one article's record (SCHEMA.md), read back ------------------------------------------
#
# Reading the record from the graph (not from the extractor's objects) is the point: what
# ``kg show`` prints is what the knowledge graph holds. Every query is confined to the
# article's named graph (``?g`` bound), so other articles' labels and aliases for the same
# actor never leak in.

_ACTORS = """
SELECT ?g ?actor (MIN(?label) AS ?name) (MIN(?type) AS ?atype) (MIN(?start) AS ?first)
WHERE { GRAPH ?g {
  ?actor a kg:Actor ; rdfs:label ?label ; kg:actorType ?type .
  OPTIONAL { ?actor kg:mentionedIn/kg:startOffset ?start }
} } GROUP BY ?g ?actor"""

_ALIASES = "SELECT ?g ?actor ?alias WHERE { GRAPH ?g { ?actor a kg:Actor ; kg:alias ?alias } }"

_ROLES = """
SELECT ?g ?actor ?title ?of WHERE { GRAPH ?g {
  ?actor kg:hasRole ?role . ?role kg:roleTitle ?title .
  OPTIONAL { ?role kg:roleOf ?of }
} }"""

_EVENTS = """
SELECT ?g ?event ?concept ?label ?start ?end ?location (MIN(?s) AS ?first)
WHERE { GRAPH ?g {
  ?event a kg:Event ; rdfs:label ?label ; kg:eventType ?concept .
  OPTIONAL { ?event sem:hasBeginTimeStamp ?start }
  OPTIONAL { ?event sem:hasEndTimeStamp ?end }
  OPTIONAL { ?event sem:hasPlace/rdfs:label ?location }
  OPTIONAL { ?event kg:mentionedIn/kg:startOffset ?s }
} } GROUP BY ?g ?event ?concept ?label ?start ?end ?location"""

_ARGUMENTS = f"SELECT * WHERE {{ {_EVENT_ARGS} }}"
_STATEMENTS = "SELECT * WHERE {" + _in_graph("\n    ?st a kg:Statement .", _STATEMENT_BODY) + "}"
_CLAIMS = "SELECT * WHERE {" + _in_graph("\n    ?c a kg:Claim .", _CLAIM_BODY) + "}"


def article_record(store: Store, doc_id: str) -> dict[str, Any]:
    """The record of ``../shared/eval/SCHEMA.md`` for one article. Ids are IRIs (the
    document's id is its own id); lists come in text order so output is stable."""
    graph, doc = _document(store, doc_id)
    g = {"g": graph}
    actors = _actors(store, g)
    order = {a["id"]: i for i, a in enumerate(actors)}
    return {
        "document": {
            "id": _s(doc["id"]),
            "title": _s(doc.get("title")) or "",
            "published": _s(doc.get("published")),
        },
        "actors": actors,
        "events": _events(store, g, order),
        "statements": _statements(store, g),
        "claims": _claims(store, g),
    }


def _actors(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    aliases: dict[str, list[str]] = {}
    for r in _select(store, _ALIASES, g):
        aliases.setdefault(str(r["actor"]), []).append(str(r["alias"]))
    roles: dict[str, list[dict[str, str | None]]] = {}
    for r in _select(store, _ROLES, g):
        roles.setdefault(str(r["actor"]), []).append(
            {"title": str(r["title"]), "of": _s(r.get("of"))}
        )
    rows = _select(store, _ACTORS, g)
    rows.sort(key=lambda r: (_offset(r.get("first")), str(r["name"]), str(r["actor"])))
    return [
        {
            "id": (iri := str(r["actor"])),
            "name": str(r["name"]),
            "type": str(r["atype"]),
            "aliases": sorted(aliases.get(iri, [])),
            "roles": sorted(roles.get(iri, []), key=lambda x: (x["title"], x["of"] or "")),
        }
        for r in rows
    ]


def _events(store: Store, g: dict[str, Term], order: dict[str, int]) -> list[dict[str, Any]]:
    args: dict[str, dict[str, list[str]]] = {}
    for r in _select(store, _ARGUMENTS, g):
        slot = args.setdefault(str(r["ev"]), {"participants": [], "targets": []})
        slot[str(r["role"])].append(str(r["x"]))
    rows = _select(store, _EVENTS, g)
    rows.sort(key=lambda r: (_offset(r.get("first")), str(r["event"])))
    out = []
    for r in rows:
        iri = str(r["event"])
        slot = args.get(iri, {"participants": [], "targets": []})
        out.append(
            {
                "id": iri,
                "type": _event_type(r["concept"]),
                "label": str(r["label"]),
                "start": _s(r.get("start")),
                "end": _s(r.get("end")),
                "location": _s(r.get("location")),
                "participants": _by_text_order(slot["participants"], order),
                "targets": _by_text_order(slot["targets"], order),
            }
        )
    return out


def _in_text_order(store: Store, sparql: str, var: str, g: dict[str, Term]) -> list[dict]:
    """The items ``sparql`` finds in the article, each once, by their offsets in the text."""
    rows = _dedupe(_select(store, sparql, g), var)
    rows.sort(key=lambda r: (_offset(r.get("s")), _offset(r.get("e")), str(r[var])))
    return rows


def _statements(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    return [
        {
            "id": str(r["st"]),
            "speaker": str(r["speaker"]),
            "text": _s(r.get("text")),
            "direct": _bool(r.get("direct")),
            "event": _s(r.get("ev")),
        }
        for r in _in_text_order(store, _STATEMENTS, "st", g)
    ]


def _claims(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    return [
        {
            "id": str(r["c"]),
            "claimant": str(r["claimant"]),
            "kind": _s(r.get("kind")),
            "event": _s(r.get("ev")),
            "agent": str(r["agent"]),
            "polarity": _s(r.get("polarity")),
            "statement": _s(r.get("st")),
        }
        for r in _in_text_order(store, _CLAIMS, "c", g)
    ]


def _by_text_order(iris: list[str], order: dict[str, int]) -> list[str]:
    return sorted(set(iris), key=lambda i: (order.get(i, len(order)), i))


def _offset(term: Term | None) -> int:
    """An offset as a number for sorting; nodes without one sort last."""
    value = _int(term)
    return 1 << 62 if value is None else value
