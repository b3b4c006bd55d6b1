"""Events: the timeline (``GET /events``), one event with its attribution picture (``GET
/events/{id}``), and the claims about who did what (``GET /claims``).
"""

from __future__ import annotations

from datetime import date

from rdflib.term import Literal

from kg.coref import is_precise  # a precise date is what event coreference counts as one
from kg.errors import InputError, NotFoundError
from kg.query.items import (
    _CLAIM_DETAILS,
    _EVENT_ARGS,
    _EVENT_DETAILS,
    _MENTION_DETAILS,
    _STATEMENT_DETAILS,
    _claim_item,
    _each,
    _event_summary,
    _mention_item,
    _section,
    _statement_item,
)
from kg.query.terms import (
    _check_page,
    _count,
    _date_term,
    _dedupe,
    _ref,
    _select,
    iri_term,
)
from kg.records import EVENT_TYPES, POLARITIES
from kg.store import Store, Term
from kg.vocab import ET

def events(
    store: Store,
    type: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    actor: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict:
    """A timeline: events ordered by start date (undated ones last), optionally of one
    ``type``, involving ``actor`` (participant, target or any ``sem:hasActor``), or whose
    interval (one day when only one date is known) overlaps ``[start, end]``; a date
    filter leaves undated events out, and ``start`` after ``end`` leaves everything out."""
    _check_page(limit, offset)
    b: dict[str, Term] = {}
    core = []  # the most selective pattern first: Oxigraph joins in the order given
    if actor is not None:
        b["actor"] = iri_term(actor)
        core.append(
            "{ ?ev kg:participant ?actor } UNION { ?ev kg:target ?actor } "
            "UNION { ?ev sem:hasActor ?actor }"
        )
    if type is not None:
        if type not in EVENT_TYPES:
            raise InputError(f"unknown event type {type!r}; use one of {', '.join(EVENT_TYPES)}")
        b["etype"] = ET[type]
        core.append("?ev kg:eventType ?etype .")
    if not core:
        core.append("?ev a kg:Event .")
    dated = [
        (
            "OPTIONAL { ?ev sem:hasBeginTimeStamp ?start0 } "
            "OPTIONAL { ?ev sem:hasEndTimeStamp ?end0 } "
            "BIND(COALESCE(?start0, ?end0) AS ?s0) BIND(COALESCE(?end0, ?start0) AS ?e0)"
        )
    ]
    lo, hi = _date_term(start, "from"), _date_term(end, "to")
    if lo is not None and hi is not None and lo.toPython() > hi.toPython():
        return {"total": 0, "limit": limit, "offset": offset, "items": []}  # an empty interval
    if lo is not None:
        b["from"] = lo
        dated.append("FILTER(BOUND(?e0) && ?e0 >= ?from)")
    if hi is not None:
        b["to"] = hi
        dated.append("FILTER(BOUND(?s0) && ?s0 <= ?to)")
    where = "\n".join(core + dated)
    total = _count(store, where if len(dated) > 1 else "\n".join(core), "ev", b)
    order = "(!BOUND(?s0)) ?s0 ?ev"
    _, rows = _section(store, where, "ev", _EVENT_DETAILS, order, b, limit, offset, "?s0", total)
    by_id: dict[str, dict] = {}
    for r in rows:
        if str(r["ev"]) not in by_id:
            by_id[str(r["ev"])] = {**_event_summary(r), "participants": [], "targets": []}
    if by_id:
        _, args = _section(store, where, "ev", _EVENT_ARGS, order, b, limit, offset, "?s0", total)
        for r in args:
            item = by_id.get(str(r["ev"]))
            x = _ref(r["x"], r.get("xl"))
            if item is not None and all(p["id"] != x["id"] for p in item[str(r["role"])]):
                item[str(r["role"])].append(x)
        for item in by_id.values():
            item["participants"].sort(key=lambda x: x["id"])
            item["targets"].sort(key=lambda x: x["id"])
    return {"total": total, "limit": limit, "offset": offset, "items": list(by_id.values())}


def _merged_reports(node: str, rows: list[dict]) -> dict:
    """An event node as its articles report it: one report per article (label, dates, place)
    and the merged picture. Dates: the span of the precise reports ("the night of January
    13-14" and "January 14" give 13-14), the vague ones ("last week") only when nothing more
    precise was said. Label, place and ``article``: the report of the article that named the
    node (its IRI), else the first by article id."""
    reports: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: str(r["g"])):
        rep = _event_summary(r)
        if rep["article"] not in reports:
            reports[rep["article"]] = rep
        elif reports[rep["article"]]["place"] is None:
            reports[rep["article"]]["place"] = rep["place"]
    items = list(reports.values())
    naming = next((x for x in items if f"/{x['article']}/" in node), items[0])
    dated = [x for x in items if x["start"]]
    precise = [
        x for x in dated
        if is_precise(date.fromisoformat(x["start"]), date.fromisoformat(x["end"] or x["start"]))
    ]
    use = precise or dated
    out = dict(naming)
    out["id"] = node
    if use:
        out["start"] = min(x["start"] for x in use)
        out["end"] = max(x["end"] or x["start"] for x in use)
        if len(use) > 1 or use[0] is not naming:
            out["date_text"] = "; ".join(
                sorted({x["date_text"] for x in use if x["date_text"]})
            ) or None
    out["place"] = naming["place"] or next((x["place"] for x in items if x["place"]), None)
    out["reports"] = [{k: v for k, v in x.items() if k != "id"} for x in items]
    return out


def event(store: Store, iri: str) -> dict:
    """One event with its attribution picture: the claims about it grouped by the agent
    they name, each agent with who asserts and who denies it was responsible, every claim
    with its claimant, the statement it rests on and its source article and offsets."""
    node = iri_term(iri)
    b = {"n": node}
    rows = _select(store, "SELECT * WHERE { " + _EVENT_DETAILS + " }", {"ev": node})
    if not rows:
        raise NotFoundError(f"no event {iri}")
    out = _merged_reports(str(node), rows)
    out["participants"], out["targets"] = [], []
    args = _select(store, "SELECT * WHERE { " + _EVENT_ARGS + " } ORDER BY ?x", {"ev": node})
    for r in _dedupe(({**r, "k": (str(r["role"]), str(r["x"]))} for r in args), "k"):
        out[str(r["role"])].append(_ref(r["x"], r.get("xl")))
    mentions = _select(store, _each("?n kg:mentionedIn ?m .", _MENTION_DETAILS, "?s ?m"), b)
    out["mentions"] = [_mention_item(r) for r in _dedupe(mentions, "m")]
    statements = _select(store, _each("?st kg:atEvent ?n .", _STATEMENT_DETAILS, "?st"), b)
    out["statements"] = [_statement_item(r) for r in _dedupe(statements, "st")]
    claim_rows = _select(store, _each("?c kg:aboutEvent ?n .", _CLAIM_DETAILS, "?agent ?c"), b)
    claims_ = [_claim_item(r) for r in _dedupe(claim_rows, "c")]
    groups: dict[str, dict] = {}
    for c in claims_:
        g = groups.setdefault(c["agent"]["id"], {"agent": c["agent"], "asserted": [], "denied": []})
        g["denied" if c["polarity"] == "denied" else "asserted"].append(c)
    out["attribution"] = list(groups.values())
    out["claims"] = claims_
    return out


# -- claims -----------------------------------------------------------------------------


def claims(
    store: Store,
    claimant: str | None = None,
    agent: str | None = None,
    event: str | None = None,
    polarity: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict:
    """Claims filtered by claimant, agent, event and polarity, in a stable order (by claim
    IRI: article, then position in it), paged with the exact total."""
    _check_page(limit, offset)
    b: dict[str, Term] = {}
    core = []  # the most selective pattern first
    if event is not None:
        b["event"] = iri_term(event)
        core.append("?c kg:aboutEvent ?event .")
    if claimant is not None:
        b["claimant"] = iri_term(claimant)
        core.append("?c kg:claimant ?claimant .")
    if agent is not None:
        b["agent"] = iri_term(agent)
        core.append("?c kg:agent ?agent .")
    if polarity is not None:
        if polarity not in POLARITIES:
            raise InputError(f"unknown polarity {polarity!r}; use one of {', '.join(POLARITIES)}")
        b["polarity"] = Literal(polarity)
        core.append("?c kg:polarity ?polarity .")
    if not core:
        core.append("?c a kg:Claim .")
    total, rows = _section(store, " ".join(core), "c", _CLAIM_DETAILS, "?c", b, limit, offset)
    items = [_claim_item(r) for r in _dedupe(rows, "c")]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


