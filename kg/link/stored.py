"""An article's earlier linking decisions, read back from its graph as stored.

Both linking rules are sticky: re-ingesting an article repeats what its stored graph
decided, when that still holds, so a second ingest of a corpus changes nothing
(:mod:`kg.link.entities` for actors, :mod:`kg.link.events` for events). Each asks its own
query for the mentions of its nodes; this reads the answer the same way for both.
"""

from __future__ import annotations

from rdflib.term import URIRef

from kg.store import Store

Decisions = dict[URIRef, tuple[URIRef, str | None]]


def previous_decisions(store: Store, query: str, graph: URIRef) -> Decisions:
    """Mention -> (node IRI, evidence) in ``graph`` as stored now. ``query`` binds ``?self``
    (the graph) and selects ``?m`` (a mention), ``?node`` (what it stands for) and, where the
    mention has one, ``?why`` (the evidence of a merge); a mention with evidence wins over
    the same mention without."""
    out: Decisions = {}
    for r in store.select(query, {"self": graph}).dicts():
        why = str(r["why"]) if "why" in r else None
        if r["m"] not in out or why is not None:
            out[r["m"]] = (r["node"], why)
    return out
