"""One actor, event or place as the graph describes it (``GET /entities/{id}``, the web
entity page), with its lists (statements, claims, events, mentions, articles) paged one by
one.

The lists are not ordered in SPARQL past ``SORTED_MAX`` items: Oxigraph compares IRIs by
looking up their text, once per comparison, so sorting the 1,900 mentions of a busy
country cost 200 ms (see :func:`_entity_section`); their items are read as triples and
picked apart in Python (:func:`_pivot`), since a chain of OPTIONALs costs Oxigraph a scan
per OPTIONAL once there are four.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib.term import URIRef

from kg.errors import InputError, NotFoundError
from kg.query.items import _claim_item, _event_summary, _mention_item, _statement_item
from kg.query.terms import (
    _check_page,
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
    iri_term,
)
from kg.store import Store, Term
from kg.vocab import PREFIXES

#: how many items each list of an entity page holds at most (totals are exact)
SECTION_LIMIT = 10
_KG = PREFIXES["kg"]
_ACTOR_CLASSES = {_KG + c for c in ("Actor", "Person", "Organization", "Country", "Group")}

_Q_KIND = "SELECT DISTINCT ?n ?t ?atype WHERE { { ?n a ?t } UNION { ?n kg:actorType ?atype } }"

# One UNION branch per predicate: each is an index range of the node's triples with that
# predicate. ``VALUES ?p { ... } ?n ?p ?o`` reads every triple of the node instead (a
# country seen in 1,300 articles has 8,600: 14 ms against 3 ms).
_PROP_NAMES = (
    "rdf:type", "rdfs:label", "kg:alias", "kg:actorType", "owl:sameAs", "kg:memberOfCountry",
    "kg:eventType", "sem:hasBeginTimeStamp", "sem:hasEndTimeStamp", "kg:dateText",
    "sem:hasPlace",
)  # fmt: skip
_Q_PROPS = (
    "SELECT DISTINCT ?n ?p ?o WHERE {\n  "
    + "\n  UNION ".join(f"{{ ?n {p} ?o BIND({p} AS ?p) }}" for p in _PROP_NAMES)
    + "\n}"
)

# the labels of the nodes a node links to (its country, its place), as each article gives
_Q_LINK_LABELS = """
SELECT DISTINCT ?n ?o ?ol WHERE {
  VALUES ?p { kg:memberOfCountry sem:hasPlace }
  GRAPH ?g { ?n ?p ?o . ?o rdfs:label ?ol }
} ORDER BY ?o ?ol"""

# A node's roles: the articles that give each, then each role described once, from one
# of them (a role's IRI is global, its title and "of" the same everywhere), as triples:
# OPTIONALs chained on the role cost Oxigraph a scan each once there are four.
_Q_ROLE_ARTICLES = "SELECT DISTINCT ?n ?r ?g WHERE { GRAPH ?g { ?n kg:hasRole ?r } }"
_Q_ROLES = """
SELECT ?n ?r ?p_ ?o_ ?ol_ WHERE {
  { SELECT ?n ?r (SAMPLE(?g0) AS ?g) WHERE { GRAPH ?g0 { ?n kg:hasRole ?r } } GROUP BY ?n ?r }
  LATERAL { OPTIONAL { GRAPH ?g {
    ?r ?p_ ?o_ FILTER(?p_ IN (kg:roleTitle, kg:roleOf)) OPTIONAL { ?o_ rdfs:label ?ol_ }
  } } }
}"""

def _kind(types: Iterable[str], is_actor: bool) -> str | None:
    types = set(types)
    if is_actor or _ACTOR_CLASSES & types:
        return "actor"
    if _KG + "Event" in types:
        return "event"
    if _KG + "Place" in types:
        return "place"
    return None


def _kind_of(store: Store, node: URIRef) -> tuple[str | None, list[str]]:
    rows = _select(store, _Q_KIND, {"n": node})
    types = sorted({str(r["t"]) for r in rows if "t" in r})
    return _kind(types, any("atype" in r for r in rows)), types


#: the lists of an entity page, each paged on its own (``entity_section``)
SECTIONS = ("statements", "claims", "events", "mentions", "articles")
#: a list with at most this many items comes sorted (by IRI: article, then position;
#: events by date; articles by id); a longer one in the store's order (see ``entity``)
SORTED_MAX = 20

# What each list holds, by the kind of the entity: the pattern finding ``?var`` for ``?n``.
_SECTION_CORES: dict[tuple[str, str], tuple[str, str]] = {
    ("actor", "statements"): ("?st kg:speaker ?n .", "st"),
    ("event", "statements"): ("?st kg:atEvent ?n .", "st"),
    ("actor", "claims"): ("{ ?c kg:claimant ?n } UNION { ?c kg:agent ?n }", "c"),
    ("event", "claims"): ("?c kg:aboutEvent ?n .", "c"),
    ("actor", "events"): ("?ev kg:participant|kg:target|sem:hasActor ?n .", "ev"),
    ("place", "events"): ("?ev sem:hasPlace ?n .", "ev"),
    **{(kind, "mentions"): ("?n kg:mentionedIn ?m .", "m") for kind in ("actor", "event", "place")},
    # every actor, event and place has one label in each article that describes it
    **{(kind, "articles"): ("GRAPH ?g { ?n rdfs:label ?l }", "g") for kind in ("actor", "event", "place")},
}  # fmt: skip

# How a page's items are described: every triple of the item in its article's graph, with
# the label (or text) of what it points to, then picked apart in Python. The same as the
# DETAILS fragments above, but a chain of ten OPTIONALs costs Oxigraph 0.4-3 ms an item
# where this costs 0.1 ms.
_PIVOT = (
    "GRAPH ?g {{ ?{var} ?p_ ?o_ FILTER(?p_ IN ({keep})) "
    "OPTIONAL {{ ?o_ rdfs:label ?ol_ }} OPTIONAL {{ ?o_ kg:text ?ot_ }} }}"
)
_K, _S, _R = PREFIXES["kg"], PREFIXES["sem"], PREFIXES["rdfs"]
_RDF_TYPE = PREFIXES["rdf"] + "type"
# per list: predicate -> (field, field for the label of the object, "ol_" or "ot_");
# the fields an item must have in a graph; the class it must have there
_PIVOT_FIELDS: dict[str, tuple[dict[str, tuple[str, ...]], tuple[str, ...], str | None]] = {
    "statements": (
        {_K + "speaker": ("speaker", "speakerLabel", "ol_"), _K + "text": ("text",),
         _K + "direct": ("direct",), _K + "cue": ("cue",),
         _K + "atEvent": ("ev", "evLabel", "ol_"), _K + "startOffset": ("s",),
         _K + "endOffset": ("e",)},
        ("speaker",), None,
    ),
    "claims": (
        {_K + "claimant": ("claimant", "claimantLabel", "ol_"),
         _K + "agent": ("agent", "agentLabel", "ol_"), _K + "claimKind": ("kind",),
         _K + "polarity": ("polarity",), _K + "aboutEvent": ("ev", "evLabel", "ol_"),
         _K + "basedOn": ("st", "stText", "ot_"), _K + "startOffset": ("s",),
         _K + "endOffset": ("e",), _K + "anchorText": ("anchor",)},
        ("claimant", "agent"), None,
    ),
    "events": (
        {_R + "label": ("evLabel",), _K + "eventType": ("etype",),
         _S + "hasBeginTimeStamp": ("start",), _S + "hasEndTimeStamp": ("end",),
         _S + "hasPlace": ("place", "placeLabel", "ol_"), _K + "dateText": ("dateText",)},
        (), _K + "Event",
    ),
    "mentions": (
        {_K + "startOffset": ("s",), _K + "endOffset": ("e",), _K + "anchorText": ("text",)},
        (), _K + "Mention",
    ),
}  # fmt: skip
_ROLE_OF = {_K + "participant": "participant", _K + "target": "target", _S + "hasActor": "actor"}
_ROLE_ORDER = ("participant", "target", "actor", "place")


def _pivot_pattern(section: str, var: str) -> str:
    """The triples of the item that its list reads (a FILTER on ids: an event's links to
    other actors are most of its triples, and each would be spelled out)."""
    fields, _, cls = _PIVOT_FIELDS[section]
    # for events, the links that give the entity's role too (which of them point to the
    # entity is checked in Python: ``?o_ = ?n`` in the FILTER made Oxigraph 5x slower)
    roles = _ROLE_OF if section == "events" else {}
    keep = ", ".join(f"<{p}>" for p in (*fields, *([_RDF_TYPE] if cls else []), *roles))
    return _PIVOT.format(var=var, keep=keep)


def _pivot(section: str, var: str, node: str, kind: str, rows: list[dict]) -> list[list[dict]]:
    """The pivot rows of a page turned into, per item in order of first appearance, the
    rows the DETAILS fragments would give (one per article graph that describes it)."""
    fields, required, cls = _PIVOT_FIELDS[section]
    items: dict[str, dict[str, dict]] = {}
    roles: dict[str, set[str]] = {}
    for r in rows:
        item, g, p = str(r[var]), str(r["g"]), str(r["p_"])
        row = items.setdefault(item, {}).setdefault(g, {var: r[var], "g": r["g"], "n": node})
        if p == _RDF_TYPE:
            if str(r["o_"]) == cls:
                row["_typed"] = True
        elif p in fields:
            names = fields[p]
            if names[0] not in row:
                row[names[0]] = r["o_"]
                if len(names) > 1 and r.get(names[2]) is not None:
                    row[names[1]] = r[names[2]]
        if section == "events" and p in _ROLE_OF and str(r["o_"]) == node:
            roles.setdefault(item, set()).add(_ROLE_OF[p])
    out = []
    for item, by_graph in items.items():
        kept = [
            row
            for _, row in sorted(by_graph.items())
            if all(f in row for f in required) and (cls is None or row.get("_typed"))
        ]
        if not kept:
            continue
        if section == "events":
            got = roles.get(item, set()) if kind == "actor" else {"place"}
            if got & {"participant", "target"}:
                got.discard("actor")  # sem:hasActor says no more than the specific role
            for row in kept:
                row["roles"] = [x for x in _ROLE_ORDER if x in got]
        out.append(kept)
    return out


def _event_entry(rows: list[dict]) -> dict:
    return {**_event_summary(rows[0]), "roles": rows[0]["roles"]}


_ITEM_OF = {
    "statements": lambda rows: _statement_item(rows[0]),
    "claims": lambda rows: _claim_item(rows[0]),
    "events": _event_entry,
    "mentions": lambda rows: _mention_item(rows[0]),
    "articles": lambda rows: graph_doc_id(rows[0]["g"]),
}


def _sort_key(section: str, var: str, rows: list[dict]) -> tuple:
    if section == "events":
        starts = [_date(r["start"]) for r in rows if r.get("start") is not None]
        return (not starts, min(starts, default=""), str(rows[0][var]))
    return (str(rows[0][var]),)


def _entity_section(
    store: Store, kind: str, section: str, b: Mapping[str, Term], limit: int, offset: int
) -> dict:
    """One list of an entity page: ``{total, limit, offset, items}``.

    The total is a ``COUNT(DISTINCT)`` in SPARQL. A list of at most ``SORTED_MAX`` items
    is read whole, sorted and cut in Python. A longer one is cut in SPARQL without
    ``ORDER BY``, in the store's own order: ordering needs every item's IRI spelled out
    (Oxigraph keeps them as ids and looks the text up for each comparison), which for the
    1,900 mentions of a busy country takes 200 ms; unordered, a page costs what its own
    items cost. That order is stable while the store is unchanged, so pages tile the
    list."""
    empty = {"total": 0, "limit": limit, "offset": offset, "items": []}
    spec = _SECTION_CORES.get((kind, section))
    if spec is None:
        return empty
    core, var = spec
    total = _count(store, core, var, b)
    if total == 0 or limit == 0 or offset >= total:
        return {**empty, "total": total}
    proj = _projected(b)
    whole = total <= SORTED_MAX
    page = "" if whole else _page_clause(limit, offset)
    items = f"SELECT DISTINCT {proj} ?{var} WHERE {{ {core} }} {page}"
    if section == "articles":
        groups = [[r] for r in _select(store, items, b)]
    else:
        sparql = f"SELECT * WHERE {{ {{ {items} }} LATERAL {{ {_pivot_pattern(section, var)} }} }}"
        groups = _pivot(section, var, str(b["n"]), kind, _select(store, sparql, b))
    if whole:
        groups.sort(key=lambda rows: _sort_key(section, var, rows))
        groups = groups[offset : offset + limit]
    make = _ITEM_OF[section]
    return {**empty, "total": total, "items": [make(g) for g in groups]}


def entity(store: Store, iri: str, limit: int = SECTION_LIMIT) -> dict:
    """An actor, event or place with what the graph says about it: types, names, roles,
    statements (as speaker, or made at the event), claims (as claimant or agent, or about
    the event), events (as participant or target, or held at the place), the mentions
    that are its provenance, and the articles. Each list is ``{total, limit, offset,
    items}`` with at most ``limit`` items (the first page: :func:`entity_section` gives
    the others); a list of up to ``SORTED_MAX`` items is sorted, a longer one comes in
    the store's order (see :func:`_entity_section`). Raises :class:`NotFoundError` for
    anything else."""
    _check_page(limit, 0)
    node = iri_term(iri)
    b = {"n": node}
    vals: dict[str, list[dict]] = {}
    for r in _select(store, _Q_PROPS, b):
        vals.setdefault(str(r["p"]), []).append(r)

    def values(ns: str, p: str) -> list[str]:
        return sorted({str(r["o"]) for r in vals.get(PREFIXES[ns] + p, [])})

    types = values("rdf", "type")
    kind = _kind(types, bool(vals.get(PREFIXES["kg"] + "actorType")))
    if kind is None:
        raise NotFoundError(f"no actor, event or place {iri}")
    link_labels: dict[str, str] = {}
    if vals.get(PREFIXES["kg"] + "memberOfCountry") or vals.get(PREFIXES["sem"] + "hasPlace"):
        for r in _select(store, _Q_LINK_LABELS, b):
            link_labels.setdefault(str(r["o"]), str(r["ol"]))  # the smallest, stably

    def first_ref(ns: str, p: str) -> dict | None:
        iri = next(iter(values(ns, p)), None)
        return None if iri is None else {"id": iri, "label": link_labels.get(iri)}

    def first(ns: str, p: str) -> str | None:
        return next(iter(values(ns, p)), None)

    labels = values("rdfs", "label")
    out: dict = {
        "id": iri,
        "kind": kind,
        "types": types,
        "label": labels[0] if labels else None,
        "names": labels,
        "aliases": sorted(set(values("kg", "alias")) - set(labels)),
        "actor_type": first("kg", "actorType"),
        "event_type": _event_type(first("kg", "eventType")),
        "wikidata": first("owl", "sameAs"),
        "country": first_ref("kg", "memberOfCountry"),
        "start": first("sem", "hasBeginTimeStamp"),
        "end": first("sem", "hasEndTimeStamp"),
        "date_text": first("kg", "dateText"),
        "place": first_ref("sem", "hasPlace"),
    }

    roles: dict[str, dict] = {}
    title, of = _K + "roleTitle", _K + "roleOf"
    for r in _select(store, _Q_ROLES, b):
        role = roles.setdefault(
            str(r["r"]), {"id": str(r["r"]), "title": None, "of": None, "articles": []}
        )
        p = str(r.get("p_"))
        if p == title and role["title"] is None:
            role["title"] = str(r["o_"])
        elif p == of and role["of"] is None:
            role["of"] = _ref(r["o_"], r.get("ol_"))
    for r in _select(store, _Q_ROLE_ARTICLES, b):
        if str(r["r"]) in roles:
            roles[str(r["r"])]["articles"].append(graph_doc_id(r["g"]))
    for role in roles.values():
        role["articles"].sort()
    roles = dict(sorted(roles.items()))
    out["roles"] = list(roles.values())
    for section in SECTIONS:
        out[section] = _entity_section(store, kind, section, b, limit, 0)
    return out


# -- every actor, and why each mention stands for its node ----------------------------

# one row per actor: its smallest label, its type (one per actor: the linker settles it)
# and the articles whose graphs describe it (each gives it one label)
_Q_ACTORS = """
SELECT ?a (MIN(?l) AS ?label) (MIN(?t) AS ?type) (COUNT(DISTINCT ?g) AS ?articles)
WHERE { GRAPH ?g { ?a kg:actorType ?t ; rdfs:label ?l } }
GROUP BY ?a"""

# a mention's evidence, from the article that makes it (``?n`` bound: one node's mentions)
_Q_RESOLUTIONS = """
SELECT ?n ?g ?why ?text ?s ?e WHERE {
  GRAPH ?g {
    ?n kg:mentionedIn ?m . ?m kg:resolvedBy ?why .
    OPTIONAL { ?m kg:anchorText ?text }
    OPTIONAL { ?m kg:startOffset ?s } OPTIONAL { ?m kg:endOffset ?e }
  }
}"""


def actors(store: Store) -> list[dict]:
    """Every actor of the store: ``{id, label, type, articles}``, ``articles`` the number
    of articles that name it (an actor is one IRI however many articles name it), the
    most named first, then by label. The label is the smallest any article gives."""
    out = [
        {
            "id": str(r["a"]),
            "label": _s(r.get("label")),
            "type": _s(r.get("type")),
            "articles": _int(r.get("articles")) or 0,
        }
        for r in _select(store, _Q_ACTORS)
    ]
    out.sort(key=lambda a: (-a["articles"], a["label"] or "", a["id"]))
    return out


def resolutions(
    store: Store, iri: str | None = None, rules: Iterable[str] | None = None
) -> list[dict]:
    """Why each mention stands for its node: the ``kg:resolvedBy`` evidence the linker
    wrote (``"rule:value"``: ``gazetteer:Russia``, ``surname-of:Dmitry Peskov``,
    ``store:...``, ``same-event:...``), one item per mention and evidence: ``{id, article,
    start, end, text, evidence, rule}``. ``iri`` keeps one node's mentions; ``rules`` keeps
    the evidence of those rules (the part before the first colon). In article order."""
    b = {"n": iri_term(iri)} if iri is not None else None
    keep = None if rules is None else set(rules)
    out = []
    for r in _select(store, _Q_RESOLUTIONS, b):
        why = str(r["why"])
        rule = why.split(":", 1)[0]
        if keep is not None and rule not in keep:
            continue
        out.append({"id": str(r["n"]), **_mention_item(r), "evidence": why, "rule": rule})
    out.sort(key=lambda m: (m["article"], m["start"] or 0, m["id"], m["evidence"]))
    return out


def entity_section(store: Store, iri: str, section: str, limit: int = 50, offset: int = 0) -> dict:
    """One list of an entity page (``statements``, ``claims``, ``events``, ``mentions``
    or ``articles``), paged: ``{total, limit, offset, items}``, in the order of
    :func:`entity`. Raises :class:`NotFoundError` when ``iri`` is no actor, event or
    place."""
    _check_page(limit, offset)
    if section not in SECTIONS:
        raise InputError(f"unknown section {section!r}; use one of {', '.join(SECTIONS)}")
    node = iri_term(iri)
    kind, _ = _kind_of(store, node)
    if kind is None:
        raise NotFoundError(f"no actor, event or place {iri}")
    return _entity_section(store, kind, section, {"n": node}, limit, offset)


