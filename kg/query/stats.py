"""Counts over the store: articles, triples, graphs, actors and events by type,
statements, claims (``kg stats``)."""

from __future__ import annotations

from kg.query.terms import _rows
from kg.store import Store

_COUNTS = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }",
    "statements": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . "
    "VALUES ?c { kg:Statement kg:DirectQuote kg:ReportedSpeech } }",
    "claims": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a ?k . "
    "VALUES ?k { kg:Claim kg:AttributionClaim kg:DenialClaim kg:AccusationClaim } }",
}
_GROUPED = {
    "actors": "SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x kg:actorType ?k } "
    "GROUP BY ?k ORDER BY ?k",
    "events": "SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a kg:Event ; kg:eventType ?t . "
    'BIND(STRAFTER(STR(?t), "event-type/") AS ?k) } GROUP BY ?k ORDER BY ?k',
}


def store_stats(store: Store) -> dict:
    """Counts over the ``kg:`` vocabulary: articles, triples, actors and events by type,
    statements, claims."""
    stats: dict = {"triples": store.count(), "graphs": len(store.graphs())}
    for name, query in _COUNTS.items():
        row = _rows(store, query)[0]
        stats[name] = int(row[0]) if row[0] is not None else 0
    for name, query in _GROUPED.items():
        stats[name] = {str(k): int(n) for k, n in _rows(store, query) if k is not None}
    return stats
