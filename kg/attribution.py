"""The attribution picture of an event across all articles, and timelines of events.

Once ``kg.coref`` has made one node of an event however many articles report it, the claims
every article makes about it hang off that node: who says which agent is responsible, who
denies it, when (the article's publication date) and where (article, offsets, words). No
event coder keeps this (PLOVER drops denials, GDELT has no claim layer); here it is one
function, :func:`attribution_picture`, read by SPARQL with bound values only.

:func:`find_events` looks events up by words of their labels (for ``kg claims "cyberattack"``)
and :func:`timeline` lists events in date order, for one actor or all, merging what every
article says of an event's dates into one interval (the earliest begin, the latest end).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rdflib.term import Literal, URIRef

from kg.errors import InputError, NotFoundError
from kg.link.events import VAGUE_DAYS
from kg.store import Store, Term

__all__ = [
    "attribution_picture",
    "find_events",
    "format_picture",
    "merge_dates",
    "name_of",
    "timeline",
]

_PREFIXES = """\
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
"""
_EVENT_TYPE_NS = "https://w3id.org/geokg/event-type/"

# pyoxigraph substitutes only projected variables: every bound one is in the SELECT
_EVENT = (
    _PREFIXES
    + """
SELECT ?event ?g ?doc ?pub ?label ?type ?begin ?end WHERE { GRAPH ?g {
  ?event a kg:Event ; rdfs:label ?label ; kg:eventType ?type .
  OPTIONAL { ?event sem:hasBeginTimeStamp ?begin }
  OPTIONAL { ?event sem:hasEndTimeStamp ?end }
  ?art a kg:Article ; schema:identifier ?doc .
  OPTIONAL { ?art schema:datePublished ?pub }
} }"""
)

_CLAIMS = (
    _PREFIXES
    + """
SELECT ?event ?claim ?g ?doc ?pub ?claimant ?cname ?agent ?aname ?kind ?polarity
       ?start ?end ?words ?statement ?said
WHERE { GRAPH ?g {
  ?claim kg:aboutEvent ?event ; kg:claimant ?claimant ; kg:agent ?agent ;
         kg:claimKind ?kind ; kg:polarity ?polarity ; kg:startOffset ?start ;
         kg:endOffset ?end ; kg:sourceArticle ?art .
  ?art schema:identifier ?doc .
  OPTIONAL { ?art schema:datePublished ?pub }
  OPTIONAL { ?claim kg:anchorText ?words }
  OPTIONAL { ?claimant rdfs:label ?cname }
  OPTIONAL { ?agent rdfs:label ?aname }
  OPTIONAL { ?claim kg:basedOn ?statement . ?statement kg:text ?said }
} }"""
)

_FIND = (
    _PREFIXES
    + """
SELECT ?needle ?event (SAMPLE(?label) AS ?name) (MIN(?begin) AS ?from)
       (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  GRAPH ?g { ?event a kg:Event ; rdfs:label ?label . OPTIONAL { ?event sem:hasBeginTimeStamp ?begin } }
  GRAPH ?h { ?event rdfs:label ?l2 }
  FILTER(CONTAINS(LCASE(?l2), ?needle))
}
GROUP BY ?needle ?event
ORDER BY DESC(?articles) ?from ?event"""
)

_COUNT_CLAIMS = (
    _PREFIXES
    + """
SELECT ?event (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c kg:aboutEvent ?event } GROUP BY ?event"""
)

_TIMELINE = (
    _PREFIXES
    + """
SELECT ?event ?role ?actor ?g ?label ?type ?begin ?end ?place WHERE {
  GRAPH ?g {
    { ?event kg:participant ?actor . BIND("participant" AS ?role) }
    UNION { ?event kg:target ?actor . BIND("target" AS ?role) }
    ?event rdfs:label ?label ; kg:eventType ?type .
    OPTIONAL { ?event sem:hasBeginTimeStamp ?begin }
    OPTIONAL { ?event sem:hasEndTimeStamp ?end }
    OPTIONAL { ?event sem:hasPlace/rdfs:label ?place }
  }
}"""
)

_NAME = _PREFIXES + "SELECT ?x (MIN(?l) AS ?name) WHERE { ?x rdfs:label ?l } GROUP BY ?x"


def _s(term: Term | None) -> str | None:
    return None if term is None else str(term)


def _type(term: Term | None) -> str | None:
    return None if term is None else str(term).removeprefix(_EVENT_TYPE_NS)


def merge_dates(spans: list[tuple[str, str | None]]) -> tuple[str | None, str | None]:
    """One interval from what several articles say of an event's dates: the span of the
    precise reports (at most ``kg.coref.VAGUE_DAYS`` long) when there are any, so "last
    week" in one article does not stretch "the night of January 13-14" in another; else
    the span of them all."""
    spans = [(b, e or b) for b, e in spans if b]
    if not spans:
        return None, None
    precise = [
        (b, e)
        for b, e in spans
        if (date.fromisoformat(e) - date.fromisoformat(b)).days <= VAGUE_DAYS
    ]
    use = precise or spans
    return min(b for b, _ in use), max(e for _, e in use)


def name_of(store: Store, iri: str) -> str:
    """The smallest label any article gives the node (stable), or the IRI's last part."""
    rows = store.select(_NAME, {"x": URIRef(iri)}).dicts()
    return str(rows[0]["name"]) if rows and "name" in rows[0] else iri.rsplit("/", 1)[-1]


def attribution_picture(store: Store, event_iri: str) -> dict[str, Any]:
    """Everything the store's articles claim about who is responsible for one event.

    Returns ``{"event", "labels", "type", "begin", "end", "articles", "agents", "claims"}``:
    ``articles`` lists each reporting article (id, published); ``claims`` each claim in date
    order (claimant, agent, kind, polarity, article, published, offsets, the words it rests
    on and the statement it was read from); ``agents`` each agent with the claims asserting
    and denying its responsibility and whether it is ``contested`` (both)."""
    event = URIRef(event_iri)
    rows = store.select(_EVENT, {"event": event}).dicts()
    if not rows:
        raise NotFoundError(f"no event {event_iri} in the store")
    articles = {str(r["doc"]): _s(r.get("pub")) for r in rows}
    begin, end = merge_dates([(_s(r.get("begin")), _s(r.get("end"))) for r in rows])
    claims = []
    for r in store.select(_CLAIMS, {"event": event}).dicts():
        claims.append(
            {
                "claim": str(r["claim"]),
                "claimant": str(r["claimant"]),
                "claimant_name": _s(r.get("cname")) or str(r["claimant"]).rsplit("/", 1)[-1],
                "agent": str(r["agent"]),
                "agent_name": _s(r.get("aname")) or str(r["agent"]).rsplit("/", 1)[-1],
                "kind": str(r["kind"]),
                "polarity": str(r["polarity"]),
                "article": str(r["doc"]),
                "published": _s(r.get("pub")),
                "start": int(r["start"]),
                "end": int(r["end"]),
                "text": _s(r.get("words")),
                "statement": _s(r.get("statement")),
                "statement_text": _s(r.get("said")),
            }
        )
    claims.sort(key=lambda c: (c["published"] or "9999", c["article"], c["start"], c["claim"]))
    agents: dict[str, dict[str, Any]] = {}
    for c in claims:
        a = agents.setdefault(
            c["agent"],
            {"agent": c["agent"], "name": c["agent_name"], "asserted_by": [], "denied_by": []},
        )
        a["asserted_by" if c["polarity"] == "asserted" else "denied_by"].append(c)
    for a in agents.values():
        a["contested"] = bool(a["asserted_by"] and a["denied_by"])
    return {
        "event": event_iri,
        "labels": sorted({str(r["label"]) for r in rows}),
        "type": _type(rows[0]["type"]),
        "begin": begin,
        "end": end,
        "articles": [{"id": k, "published": v} for k, v in sorted(articles.items())],
        "agents": sorted(agents.values(), key=lambda a: (not a["contested"], a["name"])),
        "claims": claims,
    }


def find_events(store: Store, text: str) -> list[dict[str, Any]]:
    """Events any of whose labels contains ``text`` (case-insensitive), the most reported
    first, each with how many articles report it and how many claims are about it."""
    needle = " ".join(text.split()).lower()
    if not needle:
        raise InputError("give some words of the event's label, or its IRI")
    rows = store.select(_FIND, {"needle": Literal(needle)}).dicts()
    out = []
    for r in rows:
        iri = str(r["event"])
        n = store.select(_COUNT_CLAIMS, {"event": URIRef(iri)}).dicts()
        out.append(
            {
                "event": iri,
                "label": _s(r.get("name")),
                "begin": _s(r.get("from")),
                "articles": int(r["articles"]),
                "claims": int(n[0]["n"]) if n else 0,
            }
        )
    return out


def timeline(store: Store, actor_iri: str | None = None) -> list[dict[str, Any]]:
    """Events in date order (undated last), one row per event and actor role: for one
    actor (bind ``actor_iri``) or every actor. Dates are merged over the articles that
    report the event: the earliest begin and the latest end."""
    bindings = {"actor": URIRef(actor_iri)} if actor_iri else None
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in store.select(_TIMELINE, bindings).dicts():
        key = (str(r["event"]), str(r["actor"]), str(r["role"]))
        row = merged.setdefault(
            key,
            {
                "event": key[0],
                "actor": key[1],
                "role": key[2],
                "type": _type(r["type"]),
                "labels": set(),
                "places": set(),
                "articles": set(),
                "spans": set(),
            },
        )
        row["labels"].add(str(r["label"]))
        row["articles"].add(str(r["g"]))
        if "place" in r:
            row["places"].add(str(r["place"]))
        row["spans"].add((_s(r.get("begin")), _s(r.get("end"))))
    out = []
    for row in merged.values():
        row["begin"], row["end"] = merge_dates(sorted(row.pop("spans"), key=str))
        row["label"] = min(row["labels"], key=lambda s: (len(s), s))
        row["labels"] = sorted(row["labels"])
        row["places"] = sorted(row["places"])
        row["articles"] = len(row["articles"])
        out.append(row)
    out.sort(
        key=lambda r: (r["begin"] is None, r["begin"] or "", r["event"], r["actor"], r["role"])
    )
    return out


def format_picture(picture: dict[str, Any]) -> str:
    """The attribution picture as text, for ``kg claims``."""
    p = picture
    dates = " to ".join(dict.fromkeys(d for d in (p["begin"], p["end"]) if d)) or "undated"
    label = min(p["labels"], key=lambda s: (len(s), s)) if p["labels"] else p["event"]
    lines = [
        f"{label} ({p['type']}, {dates})",
        f"  {p['event']}",
        f"  reported in {len(p['articles'])} article(s): "
        + ", ".join(f"{a['id']} ({a['published'] or 'undated'})" for a in p["articles"]),
    ]
    if not p["claims"]:
        lines.append("  no one is reported to claim or deny responsibility")
        return "\n".join(lines)
    for a in p["agents"]:
        state = "CONTESTED" if a["contested"] else ("asserted" if a["asserted_by"] else "denied")
        lines.append(f"  responsible: {a['name']}  [{state}]")
        for side, claims in (("asserts", a["asserted_by"]), ("denies", a["denied_by"])):
            for c in claims:
                words = " ".join((c["statement_text"] or c["text"] or "").split())
                words = words if len(words) <= 160 else words[:157] + "..."
                lines.append(
                    f"    {c['published'] or '????-??-??'}  {c['claimant_name']} {side} "
                    f"({c['kind']})  [{c['article']} {c['start']}-{c['end']}]"
                )
                if words:
                    lines.append(f'        "{words}"')
    return "\n".join(lines)
