"""The SCHEMA.md record of one article, read back out of the store by SPARQL.

Reading the record from the graph (not from the extractor's objects) is the point: what
``kg show`` prints is what the knowledge graph holds. Every query is confined to the
article's named graph (``GRAPH ?g`` with ``?g`` bound), so other articles' labels and aliases
for the same actor never leak in. Values are bound, never formatted into the query text.
"""

from __future__ import annotations

from typing import Any

from rdflib.term import Literal, URIRef

from kg.errors import NotFoundError
from kg.rdf import graph_iri
from kg.store import Store, Term
from kg.vocab import ET

__all__ = ["article_record", "list_articles"]

_PREFIXES = """\
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# pyoxigraph only substitutes variables that are projected, hence ?g in every SELECT.
_DOCUMENT = _PREFIXES + """
SELECT ?g ?id ?title ?published WHERE { GRAPH ?g {
  ?article a kg:Article ; schema:identifier ?id .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?published }
} } LIMIT 1"""

_ACTORS = _PREFIXES + """
SELECT ?g ?actor (MIN(?label) AS ?name) (MIN(?type) AS ?atype) (MIN(?start) AS ?first)
WHERE { GRAPH ?g {
  ?actor a kg:Actor ; rdfs:label ?label ; kg:actorType ?type .
  OPTIONAL { ?actor kg:mentionedIn/kg:startOffset ?start }
} } GROUP BY ?g ?actor"""

_ALIASES = _PREFIXES + """
SELECT ?g ?actor ?alias WHERE { GRAPH ?g { ?actor a kg:Actor ; kg:alias ?alias } }"""

_ROLES = _PREFIXES + """
SELECT ?g ?actor ?title ?of WHERE { GRAPH ?g {
  ?actor kg:hasRole ?role . ?role kg:roleTitle ?title .
  OPTIONAL { ?role kg:roleOf ?of }
} }"""

_EVENTS = _PREFIXES + """
SELECT ?g ?event ?concept ?label ?start ?end ?location (MIN(?s) AS ?first)
WHERE { GRAPH ?g {
  ?event a kg:Event ; rdfs:label ?label ; kg:eventType ?concept .
  OPTIONAL { ?event sem:hasBeginTimeStamp ?start }
  OPTIONAL { ?event sem:hasEndTimeStamp ?end }
  OPTIONAL { ?event sem:hasPlace/rdfs:label ?location }
  OPTIONAL { ?event kg:mentionedIn/kg:startOffset ?s }
} } GROUP BY ?g ?event ?concept ?label ?start ?end ?location"""

_ARGUMENTS = _PREFIXES + """
SELECT ?g ?event ?role ?actor WHERE { GRAPH ?g {
  { ?event kg:participant ?actor . BIND("participants" AS ?role) }
  UNION
  { ?event kg:target ?actor . BIND("targets" AS ?role) }
} }"""

_STATEMENTS = _PREFIXES + """
SELECT ?g ?st ?speaker ?text ?direct ?event ?start ?end WHERE { GRAPH ?g {
  ?st a kg:Statement ; kg:speaker ?speaker ; kg:text ?text ; kg:direct ?direct ;
      kg:startOffset ?start ; kg:endOffset ?end .
  OPTIONAL { ?st kg:atEvent ?event }
} }"""

_CLAIMS = _PREFIXES + """
SELECT ?g ?claim ?claimant ?kind ?event ?agent ?polarity ?statement ?start ?end
WHERE { GRAPH ?g {
  ?claim a kg:Claim ; kg:claimant ?claimant ; kg:claimKind ?kind ; kg:agent ?agent ;
         kg:polarity ?polarity ; kg:startOffset ?start ; kg:endOffset ?end .
  OPTIONAL { ?claim kg:aboutEvent ?event }
  OPTIONAL { ?claim kg:basedOn ?statement }
} }"""

_ARTICLES = _PREFIXES + """
SELECT ?g ?article ?id ?title ?published WHERE { GRAPH ?g {
  ?article a kg:Article ; schema:identifier ?id .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?published }
} } ORDER BY ?id ?g"""

_ET = str(ET)


def article_record(store: Store, doc_id: str) -> dict[str, Any]:
    """The record of ``../shared/eval/SCHEMA.md`` for one article. Ids are IRIs (the
    document's id is its own id); lists come in text order so output is stable."""
    g = {"g": URIRef(graph_iri(doc_id))}
    if not store.has_graph(str(g["g"])):
        raise NotFoundError(f"no article {doc_id!r} in the store")
    rows = store.select(_DOCUMENT, g).dicts()
    if not rows:
        raise NotFoundError(f"graph of article {doc_id!r} has no kg:Article")
    actors = _actors(store, g)
    order = {a["id"]: i for i, a in enumerate(actors)}
    return {
        "document": {
            "id": _s(rows[0]["id"]),
            "title": _s(rows[0].get("title")) or "",
            "published": _s(rows[0].get("published")),
        },
        "actors": actors,
        "events": _events(store, g, order),
        "statements": _statements(store, g),
        "claims": _claims(store, g),
    }


def list_articles(store: Store) -> list[dict[str, Any]]:
    """Every article in the store: id, IRI, graph, title, published date and triple count."""
    out = []
    for row in store.select(_ARTICLES).dicts():
        graph = str(row["g"])
        out.append(
            {
                "id": _s(row["id"]),
                "iri": str(row["article"]),
                "graph": graph,
                "title": _s(row.get("title")) or "",
                "published": _s(row.get("published")),
                "triples": store.count(graph),
            }
        )
    return out


def _actors(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    aliases: dict[str, list[str]] = {}
    for r in store.select(_ALIASES, g).dicts():
        aliases.setdefault(str(r["actor"]), []).append(str(r["alias"]))
    roles: dict[str, list[dict[str, str | None]]] = {}
    for r in store.select(_ROLES, g).dicts():
        roles.setdefault(str(r["actor"]), []).append(
            {"title": str(r["title"]), "of": _s(r.get("of"))}
        )
    rows = store.select(_ACTORS, g).dicts()
    rows.sort(key=lambda r: (_int(r.get("first")), str(r["name"]), str(r["actor"])))
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
    for r in store.select(_ARGUMENTS, g).dicts():
        slot = args.setdefault(str(r["event"]), {"participants": [], "targets": []})
        slot[str(r["role"])].append(str(r["actor"]))
    rows = store.select(_EVENTS, g).dicts()
    rows.sort(key=lambda r: (_int(r.get("first")), str(r["event"])))
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


def _statements(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    rows = store.select(_STATEMENTS, g).dicts()
    rows.sort(key=lambda r: (_int(r["start"]), _int(r["end"]), str(r["st"])))
    return [
        {
            "id": str(r["st"]),
            "speaker": str(r["speaker"]),
            "text": str(r["text"]),
            "direct": bool(r["direct"].toPython()),
            "event": _s(r.get("event")),
        }
        for r in rows
    ]


def _claims(store: Store, g: dict[str, Term]) -> list[dict[str, Any]]:
    rows = store.select(_CLAIMS, g).dicts()
    rows.sort(key=lambda r: (_int(r["start"]), _int(r["end"]), str(r["claim"])))
    return [
        {
            "id": str(r["claim"]),
            "claimant": str(r["claimant"]),
            "kind": str(r["kind"]),
            "event": _s(r.get("event")),
            "agent": str(r["agent"]),
            "polarity": str(r["polarity"]),
            "statement": _s(r.get("statement")),
        }
        for r in rows
    ]


def _event_type(concept: Term) -> str:
    """The concept's local name (``.../event-type/cyberattack`` -> ``cyberattack``)."""
    iri = str(concept)
    return iri[len(_ET) :] if iri.startswith(_ET) else iri


def _by_text_order(iris: list[str], order: dict[str, int]) -> list[str]:
    return sorted(set(iris), key=lambda i: (order.get(i, len(order)), i))


def _s(term: Term | None) -> str | None:
    return None if term is None else str(term)


def _int(term: Term | None) -> int:
    """Offsets as numbers for sorting; nodes without one sort last."""
    if isinstance(term, Literal):
        try:
            return int(term)
        except ValueError:
            pass
    return 1 << 62
