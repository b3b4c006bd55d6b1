"""Events: the timeline (``GET /events``), one event with its attribution picture (``GET
/events/{id}``), the claims about who did what (``GET /claims``), and for the web
explorer an in-memory index of the events (:class:`EventIndex`: the timeline without an
actor, the latest and the most contested events) and events described by id.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

from rdflib.term import Literal, URIRef

from kg.link.events import is_precise  # a precise date is what event coreference counts as one
from kg.errors import InputError, NotFoundError
from kg.query.items import (
    _CLAIM_BODY,
    _CLAIM_DETAILS,
    _EVENT_ARGS_BODY,
    _EVENT_BODY,
    _EVENT_ARGS,
    _EVENT_DETAILS,
    _MENTION_DETAILS,
    _STATEMENT_DETAILS,
    _claim_item,
    _each,
    _event_summary,
    _in_graph,
    _mention_item,
    _section,
    _statement_item,
)
from kg.query.articles import published_dates
from kg.query.terms import (
    _as_date,
    _check_page,
    _count,
    _date,
    _date_term,
    _dedupe,
    _event_type,
    _int,
    _ref,
    _s,
    _select,
    _values,
    graph_doc_id,
    iri_term,
)
from kg.records import EVENT_TYPES, POLARITIES
from kg.store import Store, Term
from kg.vocab import ET

def _add_arguments(by_id: dict[str, dict], rows: Iterable[dict]) -> None:
    """``_EVENT_ARGS`` rows into the ``participants`` and ``targets`` of the events of
    ``by_id`` (each actor once per list, in the order of the rows)."""
    for r in rows:
        item = by_id.get(str(r["ev"]))
        x = _ref(r["x"], r.get("xl"))
        if item is not None and all(p["id"] != x["id"] for p in item[str(r["role"])]):
            item[str(r["role"])].append(x)


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
        _add_arguments(by_id, args)
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
    use = _dated(items, lambda x: (x["start"], x["end"]))
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


_EVENT_CLAIMS = (
    "SELECT * WHERE {"
    + _in_graph("\n    ?c kg:aboutEvent ?n .", _CLAIM_BODY)
    + "} ORDER BY ?agent ?c"
)


def _event_claims(store: Store, node: URIRef) -> list[dict]:
    """The claims about one event, each once, as :data:`_CLAIM_BODY` describes them from
    the article that makes them: the one read of them for :func:`event` and
    :func:`attribution_picture`."""
    return _dedupe(_select(store, _EVENT_CLAIMS, {"n": node}), "c")


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
    _add_arguments({str(node): out}, args)
    mentions = _select(store, _each("?n kg:mentionedIn ?m .", _MENTION_DETAILS, "?s ?m"), b)
    out["mentions"] = [_mention_item(r) for r in _dedupe(mentions, "m")]
    statements = _select(store, _each("?st kg:atEvent ?n .", _STATEMENT_DETAILS, "?st"), b)
    out["statements"] = [_statement_item(r) for r in _dedupe(statements, "st")]
    claims_ = [_claim_item(r) for r in _event_claims(store, node)]
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


# -- dates merged over the articles that report an event --------------------------------


def _dated(reports: list, span: Callable[[Any], tuple[str | None, str | None]]) -> list:
    """The reports whose dates count for the event: the precise ones (a range of at most
    ``kg.link.events.VAGUE_DAYS``, what event coreference counts as one) when there are any, so
    "last week" in one article does not stretch "the night of January 13-14" in another;
    else every dated one."""
    dated = [r for r in reports if span(r)[0]]
    precise = [
        r
        for r in dated
        if is_precise(date.fromisoformat(span(r)[0]), date.fromisoformat(span(r)[1] or span(r)[0]))
    ]
    return precise or dated


def merge_dates(spans: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """One interval from what several articles say of an event's dates (ISO ``(begin,
    end)`` pairs): the span of the ones that count (:func:`_dated`)."""
    use = _dated(list(spans), lambda s: s)
    if not use:
        return None, None
    return min(b for b, _ in use), max(e or b for b, e in use)


# -- the attribution picture, across every article (``kg claims``, the notebook) ----------

_FIND = """
SELECT ?needle ?event (SAMPLE(?label) AS ?name) (MIN(?begin) AS ?from)
       (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  GRAPH ?g { ?event a kg:Event ; rdfs:label ?label . OPTIONAL { ?event sem:hasBeginTimeStamp ?begin } }
  GRAPH ?h { ?event rdfs:label ?l2 }
  FILTER(CONTAINS(LCASE(?l2), ?needle))
}
GROUP BY ?needle ?event
ORDER BY DESC(?articles) ?from ?event"""


def _last_part(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def attribution_picture(store: Store, event_iri: str) -> dict[str, Any]:
    """Everything the store's articles claim about who is responsible for one event, read
    as :func:`event` reads it (the event's reports and claims), arranged for reading.

    Returns ``{"event", "labels", "type", "begin", "end", "articles", "agents", "claims"}``:
    ``articles`` lists each reporting article (id, published); ``claims`` each claim in date
    order (claimant, agent, kind, polarity, article, published, offsets, the words it rests
    on and the statement it was read from); ``agents`` each agent with the claims asserting
    and denying its responsibility and whether it is ``contested`` (both)."""
    node = URIRef(event_iri)
    rows = [
        r
        for r in _select(store, "SELECT * WHERE { " + _EVENT_DETAILS + " }", {"ev": node})
        if r.get("evLabel") is not None and r.get("etype") is not None
    ]
    if not rows:
        raise NotFoundError(f"no event {event_iri} in the store")
    rows.sort(key=lambda r: str(r["g"]))
    claim_rows = _event_claims(store, node)
    reporting = sorted({graph_doc_id(r["g"]) for r in rows})
    published = published_dates(store, [*reporting, *(graph_doc_id(r["g"]) for r in claim_rows)])
    begin, end = merge_dates((_date(r.get("start")), _date(r.get("end"))) for r in rows)
    claims = []
    for r in claim_rows:
        article = graph_doc_id(r["g"])
        claims.append(
            {
                "claim": str(r["c"]),
                "claimant": str(r["claimant"]),
                "claimant_name": _s(r.get("claimantLabel")) or _last_part(str(r["claimant"])),
                "agent": str(r["agent"]),
                "agent_name": _s(r.get("agentLabel")) or _last_part(str(r["agent"])),
                "kind": _s(r.get("kind")),
                "polarity": _s(r.get("polarity")),
                "article": article,
                "published": published[article],
                "start": _int(r.get("s")),
                "end": _int(r.get("e")),
                "text": _s(r.get("anchor")),
                "statement": _s(r.get("st")),
                "statement_text": _s(r.get("stText")),
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
        "labels": sorted({str(r["evLabel"]) for r in rows}),
        "type": _event_type(rows[0]["etype"]),
        "begin": begin,
        "end": end,
        "articles": [{"id": doc, "published": published[doc]} for doc in reporting],
        "agents": sorted(agents.values(), key=lambda a: (not a["contested"], a["name"])),
        "claims": claims,
    }


def find_events(store: Store, text: str) -> list[dict[str, Any]]:
    """Events any of whose labels contains ``text`` (case-insensitive), the most reported
    first, each with how many articles report it and how many claims are about it."""
    needle = " ".join(text.split()).lower()
    if not needle:
        raise InputError("give some words of the event's label, or its IRI")
    out = []
    for r in _select(store, _FIND, {"needle": Literal(needle)}):
        iri = str(r["event"])
        out.append(
            {
                "event": iri,
                "label": _s(r.get("name")),
                "begin": _s(r.get("from")),
                "articles": int(r["articles"]),
                "claims": _count(store, "?c kg:aboutEvent ?event .", "c", {"event": URIRef(iri)}),
            }
        )
    return out


# the events of an actor (``?x`` bound) or of all, with what the same article says of them
_TIMELINE = "SELECT * WHERE {" + _in_graph(_EVENT_ARGS_BODY, _EVENT_BODY) + "}"


def timeline(store: Store, actor_iri: str | None = None) -> list[dict[str, Any]]:
    """Events in date order (undated last), one row per event and actor role
    (``participant`` or ``target``): for one actor or every actor. Labels, places and
    dates are merged over the articles that report the event in that role (the dates as
    :func:`merge_dates` does)."""
    bindings = {"x": URIRef(actor_iri)} if actor_iri else None
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in _select(store, _TIMELINE, bindings):
        if r.get("evLabel") is None or r.get("etype") is None:
            continue
        key = (str(r["ev"]), str(r["x"]), str(r["role"]).removesuffix("s"))
        row = merged.setdefault(
            key,
            {
                "event": key[0],
                "actor": key[1],
                "role": key[2],
                "type": _event_type(r["etype"]),
                "labels": set(),
                "places": set(),
                "articles": set(),
                "spans": set(),
            },
        )
        row["labels"].add(str(r["evLabel"]))
        row["articles"].add(str(r["g"]))
        if r.get("placeLabel") is not None:
            row["places"].add(str(r["placeLabel"]))
        row["spans"].add((_date(r.get("start")), _date(r.get("end"))))
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
    """The attribution picture as text, for ``kg claims`` and the notebook."""
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


# -- the event index: every event's type, dates and claim counts, in memory -------------

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
        """``(total, page)`` as :func:`events` orders and filters without an actor:
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


def describe_events(store: Store, iris: list[str], index: EventIndex | None = None) -> list[dict]:
    """The events, in the order given, as :func:`events` describes them (summary,
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
    _add_arguments(by_id, _select(store, each.format(values, _EVENT_ARGS, "?ev ?x")))
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
