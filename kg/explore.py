"""Reads the web explorer needs beside :mod:`kg.query`: an in-memory index of the events
(the timeline without an actor, the latest and the most contested events), events
described by id, articles by publication date, and one article's text with every
extracted span at its offsets.

Same rules as :mod:`kg.query` (values bound, never formatted into the text; descriptions
inside ``GRAPH ?g`` of the article that gives them); results are JSON-ready dicts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from rdflib.term import Literal, URIRef

from kg.errors import InputError, NotFoundError
from kg.query.items import _EVENT_ARGS, _EVENT_DETAILS, _event_summary
from kg.query.terms import _check_page, _date, _event_type, _ref, _s, _select, graph_doc_id
from kg.rdf import graph_iri
from kg.store import Store

__all__ = [
    "EventIndex",
    "SPAN_KINDS",
    "article_view",
    "describe_events",
    "describe_articles",
    "published_dates",
]

#: the kinds of span an article page highlights, outermost first when two share a start
SPAN_KINDS = ("claim", "statement", "event", "actor")

# -- the event index: every event's type, dates and claim counts, in memory --------------

_Q_TYPES = "SELECT ?ev ?t WHERE { GRAPH ?g { ?ev kg:eventType ?t } }"
_Q_BEGINS = "SELECT ?ev ?d WHERE { GRAPH ?g { ?ev sem:hasBeginTimeStamp ?d } }"
_Q_ENDS = "SELECT ?ev ?d WHERE { GRAPH ?g { ?ev sem:hasEndTimeStamp ?d } }"
_Q_ARTICLES = """
SELECT ?g ?pub WHERE { GRAPH ?g { ?a a kg:Article . OPTIONAL { ?a schema:datePublished ?pub } } }"""
_Q_POLARITIES = """
SELECT ?ev ?p (COUNT(DISTINCT ?c) AS ?n)
WHERE { GRAPH ?g { ?c kg:aboutEvent ?ev ; kg:polarity ?p } }
GROUP BY ?ev ?p"""


class IndexedEvent(NamedTuple):
    id: str
    type: str | None
    start: date | None  # the earliest begin any article gives
    end: date | None  # the latest end (or begin) any article gives
    asserted: int
    denied: int


class EventIndex:
    """Every event with its type, its dates over all articles and how many claims assert
    and deny who did it, and every article's publication date: five flat scans of the
    store, kept in memory, so that the timeline's type and date filters, the latest events,
    the most contested ones and the latest articles are list operations instead of
    store-wide sorts (on a million triples, a sort over every
    event's optional dates takes most of a second). Build it again after a write."""

    def __init__(
        self, events: Iterable[IndexedEvent], articles: Iterable[tuple[str, date | None]] = ()
    ) -> None:
        self.events = {e.id: e for e in events}
        # article graphs, the latest published first (undated last)
        self.articles = sorted(
            articles, key=lambda a: (a[1] is None, -(a[1].toordinal() if a[1] else 0), a[0])
        )
        dated = [e for e in self.events.values() if e.start is not None]
        dated.sort(key=lambda e: (e.start, e.id))
        self._dated = dated
        self._starts = [e.start for e in dated]
        undated = [e for e in self.events.values() if e.start is None]
        self._undated = sorted(undated, key=lambda e: e.id)
        # the longest any event lasts: how far before ``from`` a start may lie and overlap
        self._longest = max(((e.end or e.start) - e.start for e in dated), default=timedelta(0))

    @classmethod
    def from_store(cls, store: Store) -> EventIndex:
        types: dict[str, str | None] = {}
        for r in _select(store, _Q_TYPES):
            types.setdefault(str(r["ev"]), _event_type(r["t"]))
        begins: dict[str, date] = {}
        ends: dict[str, date] = {}
        for query_, into, pick in ((_Q_BEGINS, begins, min), (_Q_ENDS, ends, max)):
            for r in _select(store, query_):
                d = _as_date(r["d"])
                if d is not None:
                    ev = str(r["ev"])
                    into[ev] = pick(into[ev], d) if ev in into else d
        counts: dict[str, dict[str, int]] = {}
        for r in _select(store, _Q_POLARITIES):
            counts.setdefault(str(r["ev"]), {})[str(r["p"])] = int(r["n"].toPython())
        out = []
        for ev, t in types.items():
            start = begins.get(ev)
            end = max(ends.get(ev) or start, start) if start is not None else None
            c = counts.get(ev, {})
            out.append(IndexedEvent(ev, t, start, end, c.get("asserted", 0), c.get("denied", 0)))
        articles: dict[str, date | None] = {}
        for r in _select(store, _Q_ARTICLES):
            g = str(r["g"])
            articles[g] = articles.get(g) or (_as_date(r["pub"]) if r.get("pub") else None)
        return cls(out, articles.items())

    def __len__(self) -> int:
        return len(self.events)

    def timeline(
        self,
        type: str | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[IndexedEvent]]:
        """``(total, page)`` as :func:`kg.query.events` orders and filters without an actor:
        by start date (undated last, and left out by a date filter), keeping the events
        whose interval overlaps ``[start, end]``."""
        _check_page(limit, offset)
        if start is not None and end is not None and start > end:
            return 0, []
        lo = 0
        if start is not None:
            lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = len(self._dated) if end is None else bisect.bisect_right(self._starts, end)
        found = [
            e for e in self._dated[lo:hi]
            if (type is None or e.type == type) and (start is None or (e.end or e.start) >= start)
        ]  # fmt: skip
        if start is None and end is None:
            found += [e for e in self._undated if type is None or e.type == type]
        return len(found), found[offset : offset + limit]

    def recent_articles(self, limit: int = 50, offset: int = 0) -> tuple[int, list[str]]:
        """``(total, graph IRIs)``: the articles, the latest published first."""
        _check_page(limit, offset)
        return len(self.articles), [g for g, _ in self.articles[offset : offset + limit]]

    def latest(self, limit: int = 10) -> list[IndexedEvent]:
        return list(reversed(self._dated[-limit:])) if limit > 0 else []

    def contested(self, limit: int = 10) -> list[IndexedEvent]:
        both = [e for e in self.events.values() if e.asserted and e.denied]
        both.sort(key=lambda e: (-(e.asserted + e.denied), e.id))
        return both[:limit]


def _as_date(term) -> date | None:
    value = term.toPython() if isinstance(term, Literal) else None
    return value if isinstance(value, date) else None


# IRIs written into a VALUES block: only ones that look like the graph's own ids (no
# character that could end the IRI or start SPARQL syntax). They come from the store via
# the index, not from a caller, and are checked all the same.
_SAFE_IRI = re.compile(r"https://w3id\.org/geokg/(?:id|graph)/[A-Za-z0-9._~!$&'()*+,;=:@/-]+")


def _values(var: str, iris: Iterable[str]) -> str:
    checked = []
    for iri in iris:
        if not _SAFE_IRI.fullmatch(iri):
            raise InputError(f"not a geokg id: {iri[:80]!r}")
        checked.append(f"<{iri}>")
    return f"VALUES ?{var} {{ {' '.join(checked)} }}"


def describe_events(store: Store, iris: list[str], index: EventIndex | None = None) -> list[dict]:
    """The events, in the order given, as :func:`kg.query.events` describes them (summary,
    participants, targets): one description and one arguments query for all of them. With
    ``index`` the dates are the merged ones of the index (the earliest begin, the latest
    end), as the timeline placed them."""
    if not iris:
        return []
    values = _values("ev", iris)
    each = "SELECT * WHERE {{ {{ {} }} LATERAL {{ {} }} }} ORDER BY {}"
    rows = _select(store, each.format(values, _EVENT_DETAILS, "?ev ?g"))
    by_id: dict[str, dict] = {}
    for r in rows:
        item = by_id.get(str(r["ev"]))
        if item is None:
            by_id[str(r["ev"])] = {**_event_summary(r), "participants": [], "targets": []}
        elif item["place"] is None and r.get("place") is not None:
            item["place"] = _ref(r.get("place"), r.get("placeLabel"))
    for r in _select(store, each.format(values, _EVENT_ARGS, "?ev ?x")):
        item = by_id.get(str(r["ev"]))
        x = _ref(r["x"], r.get("xl"))
        if item is not None and all(p["id"] != x["id"] for p in item[str(r["role"])]):
            item[str(r["role"])].append(x)
    out = []
    for iri in iris:
        item = by_id.get(iri)
        if item is None:
            continue
        known = index.events.get(iri) if index is not None else None
        if known is not None:
            item["start"] = known.start.isoformat() if known.start else None
            item["end"] = known.end.isoformat() if known.end else None
            item["asserted"], item["denied"] = known.asserted, known.denied
        out.append(item)
    return out


# -- articles ----------------------------------------------------------------------------

_ARTICLE_HEAD = """
  GRAPH ?g {
    ?a a kg:Article ; schema:identifier ?id .
    OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?pub }
  }"""


def describe_articles(store: Store, graphs: list[str]) -> list[dict]:
    """The articles of these named graphs, in the order given: id, graph, title,
    published (no triple counts: ``kg.query.articles`` has them, at a cost)."""
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
