"""How each kind of item is read and described, for every list that shows it: the
``GRAPH ?g`` fragments that describe a mention, a statement, a claim or an event from
inside the article that gives it, the dicts made of their rows, and the counted page.

Each DETAILS fragment describes one item from inside its article's graph ``?g``, which
also names the article. A nested OPTIONAL is written as two flat ones (the second
repeating the link) because Oxigraph evaluates a nested one over the whole store.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.query.terms import (
    _bool,
    _count,
    _date,
    _event_type,
    _int,
    _page_clause,
    _projected,
    _ref,
    _s,
    _select,
    graph_doc_id,
)
from kg.store import Store, Term

_MENTION_DETAILS = """
  GRAPH ?g {
    ?m a kg:Mention .
    OPTIONAL { ?m kg:startOffset ?s } OPTIONAL { ?m kg:endOffset ?e }
    OPTIONAL { ?m kg:anchorText ?text }
  }"""


def _in_graph(*bodies: str) -> str:
    """The fragments' patterns joined inside one ``GRAPH ?g``: each item as the article
    that gives it describes it, with no LATERAL (a store without it can run them)."""
    return "\n  GRAPH ?g {" + "".join(bodies) + "  }"


_STATEMENT_BODY = """
    ?st kg:speaker ?speaker .
    OPTIONAL { ?speaker rdfs:label ?speakerLabel }
    OPTIONAL { ?st kg:text ?text } OPTIONAL { ?st kg:direct ?direct }
    OPTIONAL { ?st kg:cue ?cue }
    OPTIONAL { ?st kg:atEvent ?ev } OPTIONAL { ?st kg:atEvent ?ev . ?ev rdfs:label ?evLabel }
    OPTIONAL { ?st kg:startOffset ?s } OPTIONAL { ?st kg:endOffset ?e }
"""
_STATEMENT_DETAILS = _in_graph(_STATEMENT_BODY)

_CLAIM_BODY = """
    ?c kg:claimant ?claimant ; kg:agent ?agent .
    OPTIONAL { ?claimant rdfs:label ?claimantLabel }
    OPTIONAL { ?agent rdfs:label ?agentLabel }
    OPTIONAL { ?c kg:claimKind ?kind } OPTIONAL { ?c kg:polarity ?polarity }
    OPTIONAL { ?c kg:aboutEvent ?ev } OPTIONAL { ?c kg:aboutEvent ?ev . ?ev rdfs:label ?evLabel }
    OPTIONAL { ?c kg:basedOn ?st } OPTIONAL { ?c kg:basedOn ?st . ?st kg:text ?stText }
    OPTIONAL { ?c kg:startOffset ?s } OPTIONAL { ?c kg:endOffset ?e }
    OPTIONAL { ?c kg:anchorText ?anchor }
"""
_CLAIM_DETAILS = _in_graph(_CLAIM_BODY)

_EVENT_BODY = """
    ?ev a kg:Event .
    OPTIONAL { ?ev rdfs:label ?evLabel } OPTIONAL { ?ev kg:eventType ?etype }
    OPTIONAL { ?ev sem:hasBeginTimeStamp ?start } OPTIONAL { ?ev sem:hasEndTimeStamp ?end }
    OPTIONAL { ?ev sem:hasPlace ?place }
    OPTIONAL { ?ev sem:hasPlace ?place . ?place rdfs:label ?placeLabel }
    OPTIONAL { ?ev kg:dateText ?dateText }
"""
_EVENT_DETAILS = _in_graph(_EVENT_BODY)

# an event's arguments, each with the label the same article gives it
_EVENT_ARGS_BODY = """
    { ?ev kg:participant ?x . BIND("participants" AS ?role) }
    UNION { ?ev kg:target ?x . BIND("targets" AS ?role) }
    OPTIONAL { ?x rdfs:label ?xl }
"""
_EVENT_ARGS = _in_graph(_EVENT_ARGS_BODY)


def _mention_item(r: dict) -> dict:
    return {
        "article": graph_doc_id(r["g"]),
        "start": _int(r.get("s")),
        "end": _int(r.get("e")),
        "text": _s(r.get("text")),
    }


def _statement_item(r: dict) -> dict:
    return {
        "id": str(r["st"]),
        "speaker": _ref(r["speaker"], r.get("speakerLabel")),
        "text": _s(r.get("text")),
        "direct": _bool(r.get("direct")),
        "cue": _s(r.get("cue")),
        "event": _ref(r.get("ev"), r.get("evLabel")),
        "article": graph_doc_id(r["g"]),
        "start": _int(r.get("s")),
        "end": _int(r.get("e")),
    }


def _claim_item(r: dict) -> dict:
    statement = None
    if r.get("st") is not None:
        statement = {"id": str(r["st"]), "text": _s(r.get("stText"))}
    return {
        "id": str(r["c"]),
        "claimant": _ref(r["claimant"], r.get("claimantLabel")),
        "agent": _ref(r["agent"], r.get("agentLabel")),
        "kind": _s(r.get("kind")),
        "polarity": _s(r.get("polarity")),
        "event": _ref(r.get("ev"), r.get("evLabel")),
        "statement": statement,
        "text": _s(r.get("anchor")) or (statement or {}).get("text"),
        "article": graph_doc_id(r["g"]),
        "start": _int(r.get("s")),
        "end": _int(r.get("e")),
    }


def _event_summary(r: dict) -> dict:
    return {
        "id": str(r["ev"]),
        "label": _s(r.get("evLabel")),
        "type": _event_type(r.get("etype")),
        "start": _date(r.get("start")),
        "end": _date(r.get("end")),
        "date_text": _s(r.get("dateText")),
        "place": _ref(r.get("place"), r.get("placeLabel")),
        "article": graph_doc_id(r["g"]),
    }


def _section(
    store: Store,
    core: str,
    var: str,
    details: str,
    order: str,
    bindings: Mapping[str, Term],
    limit: int,
    offset: int = 0,
    extra: str = "",
    total: int | None = None,
) -> tuple[int, list[dict]]:
    """A counted page: ``core`` finds the items (``?var``, ordered by ``order``),
    ``details`` describes the page's items; ``extra`` variables are kept from ``core``.
    ``total``, when the caller counted already, saves the count."""
    if total is None:
        total = _count(store, core, var, bindings)
    if total == 0 or limit == 0 or offset >= total:
        return total, []
    proj = _projected(bindings)
    sparql = (
        f"SELECT * WHERE {{ {{ SELECT DISTINCT {proj} ?{var} {extra} WHERE {{ {core} }} "
        f"ORDER BY {order} {_page_clause(limit, offset)} }} LATERAL {{ {details} }} }} "
        f"ORDER BY {order}"
    )
    return total, _select(store, sparql, bindings)


def _each(core: str, details: str, order: str) -> str:
    """Every item ``core`` finds, each described by ``details`` (unpaged: for the few
    claims, statements and mentions of one event)."""
    return f"SELECT * WHERE {{ {core} LATERAL {{ {details} }} }} ORDER BY {order}"


