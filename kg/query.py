"""Lookups over the store: entity search, entity and event pages, a timeline, claims.

Plain library code over the :class:`~kg.store.Store` protocol; results are JSON-ready dicts
(IRIs and ISO dates as strings) whose shapes ``api/lookups.py`` mirrors in its models.

How the SPARQL is written, and why:

- every value a caller gives is bound with ``store.select(..., bindings=...)``; the texts
  are constants, or are assembled from constant fragments chosen by code, never from user
  text. A substituted variable must be projected by every ``SELECT`` it passes through
  (Oxigraph applies substitutions only there), hence :func:`_projected`;
- the default graph is the union of the article graphs, where an actor seen in 3,000
  articles has 3,000 copies of its label and type. Joining two of an actor's triples
  there multiplies those copies, so every pattern that describes an item (a claim's
  labels, an event's place) sits inside ``GRAPH ?g`` of the article it comes from: labels
  are the ones that article gives (one per actor per graph, by design), and a row is
  one item;
- lists are paged first (a subquery that orders and cuts the item IRIs) and described
  after, through ``LATERAL`` (Oxigraph's SEP-0006 lateral join), which evaluates the
  description once per page item; a plain join would describe every item in the store
  and then keep the page's. On a store without ``LATERAL`` the fallback is one
  description query per page item;
- the lists of an entity page are not ordered in SPARQL past ``SORTED_MAX`` items:
  Oxigraph compares IRIs by looking up their text, once per comparison, so sorting the
  1,900 mentions of a busy country cost 200 ms (see :func:`_entity_section`); their
  items are read as triples and picked apart in Python (:func:`_pivot`), since a chain
  of OPTIONALs costs Oxigraph a scan per OPTIONAL once there are four.

Search folds case and accents in Python (NFKD, combining marks dropped, casefold) because
SPARQL has none; :class:`NameIndex` holds the folded names with a word index so that a
prefix query touches only the names that can match. ``kg.graph.Projection`` keeps one in
step with ingestion for the API; :func:`search_entities` without an index builds a
throwaway one from the store (correct, slower).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import NamedTuple
from urllib.parse import unquote

from rdflib.namespace import XSD
from rdflib.term import Literal, URIRef

from kg.errors import InputError, NotFoundError
from kg.link.events import is_precise  # a precise date is what event coreference counts as one
from kg.records import ACTOR_TYPES, EVENT_TYPES, POLARITIES
from kg.store import Store, Term
from kg.vocab import BASE, ET, PREFIXES

ID_BASE = BASE + "id/"
GRAPH_BASE = BASE + "graph/"

#: ``type=`` values of :func:`search_entities`
ENTITY_TYPES = ("actor", "event", *ACTOR_TYPES, *EVENT_TYPES)
#: how many items each list of an entity page holds at most (totals are exact)
SECTION_LIMIT = 10

_HEAD = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_KG = PREFIXES["kg"]
_ACTOR_CLASSES = {_KG + c for c in ("Actor", "Person", "Organization", "Country", "Group")}


# -- helpers ----------------------------------------------------------------------------


def _select(store: Store, sparql: str, bindings: Mapping[str, Term] | None = None):
    return store.select(_HEAD + sparql, bindings or None).dicts()


def _projected(bindings: Mapping[str, Term]) -> str:
    return " ".join("?" + name for name in sorted(bindings))


def _s(term) -> str | None:
    return None if term is None else str(term)


def _int(term) -> int | None:
    if term is None:
        return None
    try:
        return int(term.toPython())
    except (TypeError, ValueError, AttributeError):
        return None


def _date(term) -> str | None:
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Literal) else term
    return value.isoformat() if isinstance(value, date) else str(value)


def _bool(term) -> bool | None:
    if term is None:
        return None
    value = term.toPython()
    return value if isinstance(value, bool) else str(value).lower() == "true"


def _event_type(term) -> str | None:
    s = _s(term)
    if s and s.startswith(str(ET)):
        return s[len(str(ET)) :]
    return s


def _ref(iri, label) -> dict | None:
    return None if iri is None else {"id": str(iri), "label": _s(label)}


def graph_doc_id(graph) -> str:
    """The article id of an article's named graph IRI."""
    s = str(graph)
    return unquote(s[len(GRAPH_BASE) :]) if s.startswith(GRAPH_BASE) else s


def _dedupe(rows: Iterable[dict], key: str) -> list[dict]:
    """Rows in order, one per ``key``."""
    seen = set()
    out = []
    for row in rows:
        k = row.get(key)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def _page_clause(limit: int, offset: int) -> str:
    # ints from the caller, made ints here: nothing else reaches the text
    return f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"


def _count(store: Store, core: str, var: str, bindings: Mapping[str, Term]) -> int:
    proj = _projected(bindings)
    group = f"GROUP BY {proj}" if proj else ""
    rows = _select(
        store,
        f"SELECT {proj} (COUNT(DISTINCT ?{var}) AS ?count_) WHERE {{ {core} }} {group}",
        bindings,
    )
    return sum(_int(r.get("count_")) or 0 for r in rows)


def iri_term(iri: str) -> URIRef:
    """A caller's IRI as a term, refusing text that cannot be one."""
    if not iri or any(c in iri for c in '<>"{}|\\^` \n\r\t') or ":" not in iri:
        raise InputError(f"not an IRI: {iri[:80]!r}")
    return URIRef(iri)


def _date_term(value: date | str | None, what: str) -> Literal | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise InputError(f"{what} {value[:40]!r} is not a YYYY-MM-DD date") from None
    return Literal(value.isoformat(), datatype=XSD.date)


def _check_page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise InputError("limit and offset must not be negative")


# -- search -----------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
# Latin letters that NFKD does not decompose but readers take for their base letter
_EXTRA_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: NFKD, combining marks dropped, casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.casefold().translate(_EXTRA_FOLD))


def words(text: str) -> tuple[str, ...]:
    """The folded words of a name or a query."""
    return tuple(_WORD.findall(fold(text)))


def _match_rank(query: tuple[str, ...], name: tuple[str, ...]) -> int | None:
    """How well folded query words match a folded name, lower is better, None for no
    match: 0 the whole name; 1 a phrase prefix at the name's start; 2 a phrase prefix at
    a later word ("lav" in "Sergei Lavrov"); 3 every query word starts a different word
    of the name, in any order ("lavrov sergei")."""
    n = len(query)
    if not n or not name:
        return None
    if name == query:
        return 0
    for i in range(len(name) - n + 1):
        if name[i : i + n - 1] == query[:-1] and name[i + n - 1].startswith(query[-1]):
            return 1 if i == 0 else 2
    free = list(name)
    for word in sorted(query, key=len, reverse=True):
        hit = next((j for j, w in enumerate(free) if w.startswith(word)), None)
        if hit is None:
            return None
        free.pop(hit)
    return 3


class NameRow(NamedTuple):
    """One searchable name of one node, as one or more articles give it."""

    node: str
    kind: str  # actor | event
    sub: str | None  # actor type, or event type notation
    name: str
    is_label: bool


_Q_ACTOR_LABELS = (
    "SELECT ?g ?n ?sub ?name WHERE { GRAPH ?g { ?n kg:actorType ?sub ; rdfs:label ?name } }"
)
_Q_ALIASES = "SELECT ?g ?n ?sub ?name WHERE { GRAPH ?g { ?n kg:actorType ?sub ; kg:alias ?name } }"
_Q_EVENT_LABELS = "SELECT ?g ?n ?sub ?name WHERE { GRAPH ?g { ?n a kg:Event ; kg:eventType ?sub ; rdfs:label ?name } }"


def read_names(store: Store, graph: str | None = None) -> dict[str, list[NameRow]]:
    """The searchable names (actor labels and aliases, event labels) of one article graph,
    or of all, by graph IRI."""
    b = {"g": URIRef(graph)} if graph else None
    out: dict[str, list[NameRow]] = {}
    for sparql, kind, is_label in (
        (_Q_ACTOR_LABELS, "actor", True),
        (_Q_ALIASES, "actor", False),
        (_Q_EVENT_LABELS, "event", True),
    ):
        for r in _select(store, sparql, b):
            sub = _event_type(r["sub"]) if kind == "event" else str(r["sub"])
            out.setdefault(str(r["g"]), []).append(
                NameRow(str(r["n"]), kind, sub, str(r["name"]), is_label)
            )
    return out


def _name(row: NameRow) -> str:
    return row.name


def _type_filter(type: str | None):
    if type is None:
        return lambda r: True
    if type not in ENTITY_TYPES:
        raise InputError(f"unknown type {type!r}; use one of {', '.join(ENTITY_TYPES)}")
    if type in ("actor", "event"):
        return lambda r: r.kind == type
    if type in ACTOR_TYPES:
        return lambda r: r.kind == "actor" and r.sub == type
    return lambda r: r.kind == "event" and r.sub == type


class NameIndex:
    """Folded names, with a sorted word list and word → names postings so a prefix
    finds its candidates by bisection. Kept per article graph (a name counts while one
    graph gives it), so one article's names are swapped without a rebuild. Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._by_graph: dict[str, frozenset[NameRow]] = {}
        self._count: Counter[NameRow] = Counter()
        self._words: dict[NameRow, tuple[str, ...]] = {}
        self._folded: dict[NameRow, str] = {}
        self._postings: dict[str, set[NameRow]] = {}
        self._sorted_words: list[str] = []
        self._node_rows: dict[str, set[NameRow]] = {}
        self._browse: dict[str | None, list[str]] = {}  # type -> nodes by label (cache)

    @classmethod
    def from_store(cls, store: Store) -> NameIndex:
        index = cls()
        for g, rows in read_names(store).items():
            index.set_graph(g, rows)
        return index

    def __len__(self) -> int:
        with self._lock:
            return len(self._node_rows)

    # -- updates
    def set_graph(self, graph: str, rows: Iterable[NameRow]) -> None:
        """The names ``graph`` gives, replacing what it gave before."""
        new = frozenset(rows)
        with self._lock:
            old = self._by_graph.pop(graph, frozenset())
            for row in old - new:
                self._release(row)
            for row in new - old:
                self._hold(row)
            if new:
                self._by_graph[graph] = new
            if old != new:
                self._browse.clear()

    def remove_graph(self, graph: str) -> None:
        self.set_graph(graph, ())

    def update_graph(self, store: Store, graph: str) -> None:
        """Re-read one graph's names from the store (after a write or delete)."""
        self.set_graph(graph, read_names(store, graph).get(graph, []))

    def _hold(self, row: NameRow) -> None:
        self._count[row] += 1
        if self._count[row] > 1:
            return
        folded = fold(row.name)
        ws = tuple(_WORD.findall(folded))
        self._folded[row] = folded
        self._words[row] = ws
        for w in set(ws):
            posting = self._postings.get(w)
            if posting is None:
                posting = self._postings[w] = set()
                bisect.insort(self._sorted_words, w)
            posting.add(row)
        self._node_rows.setdefault(row.node, set()).add(row)

    def _release(self, row: NameRow) -> None:
        self._count[row] -= 1
        if self._count[row] > 0:
            return
        del self._count[row]
        self._folded.pop(row, None)
        for w in set(self._words.pop(row, ())):
            posting = self._postings.get(w)
            if posting is None:
                continue
            posting.discard(row)
            if not posting:
                del self._postings[w]
                i = bisect.bisect_left(self._sorted_words, w)
                if i < len(self._sorted_words) and self._sorted_words[i] == w:
                    del self._sorted_words[i]
        rows = self._node_rows.get(row.node)
        if rows is not None:
            rows.discard(row)
            if not rows:
                del self._node_rows[row.node]

    # -- reading
    def _label_row(self, node: str) -> NameRow | None:
        # two articles may spell a label apart: the smallest, so it is stable
        return min((r for r in self._node_rows[node] if r.is_label), key=_name, default=None)

    def _label(self, node: str) -> str | None:
        row = self._label_row(node)
        return None if row is None else row.name

    def _sort_name(self, node: str, fallback: NameRow | None = None) -> str:
        row = self._label_row(node) or fallback
        return self._folded[row] if row is not None else ""

    def _candidates(self, word: str) -> set[NameRow]:
        lo = bisect.bisect_left(self._sorted_words, word)
        hi = bisect.bisect_left(self._sorted_words, word + "\U0010ffff")
        out: set[NameRow] = set()
        for w in self._sorted_words[lo:hi]:
            out |= self._postings[w]
        return out

    def search(self, q: str | None, type: str | None = None, limit: int = 20, offset: int = 0):
        """See :func:`search_entities`."""
        _check_page(limit, offset)
        keep = _type_filter(type)
        query = words(q) if q else ()
        best: dict[str, tuple[int, int, str]] = {}  # node -> (rank, alias?, matched name)
        with self._lock:
            if not q:
                order = self._browse.get(type)
                if order is None:
                    nodes = [n for n, rows in self._node_rows.items() if any(map(keep, rows))]
                    order = sorted(nodes, key=lambda n: (self._sort_name(n), n))
                    self._browse[type] = order
            else:
                if not query:
                    return {"total": 0, "limit": limit, "offset": offset, "items": []}
                matched: dict[str, NameRow] = {}
                for row in self._candidates(max(query, key=len)):
                    if not keep(row):
                        continue
                    rank = _match_rank(query, self._words[row])
                    if rank is None:
                        continue
                    cand = (rank, 0 if row.is_label else 1, row.name)
                    if row.node not in best or cand < best[row.node]:
                        best[row.node] = cand
                        matched[row.node] = row
                order = sorted(best, key=lambda n: (best[n][0], self._sort_name(n, matched[n]), n))
            items = [self._item(n, best.get(n)) for n in order[offset : offset + limit]]
            return {"total": len(order), "limit": limit, "offset": offset, "items": items}

    def _item(self, node: str, best: tuple[int, int, str] | None) -> dict:
        rows = self._node_rows[node]
        first = min(rows, key=lambda r: (r.kind, r.sub or "", r.name))
        label = self._label(node)
        return {
            "id": node,
            "kind": first.kind,
            "type": first.sub,
            "label": label if label is not None else (best[2] if best else first.name),
            "aliases": sorted({r.name for r in rows if not r.is_label} - {label}),
            "matched": best[2] if best else None,
        }


def search_entities(
    store: Store,
    q: str | None,
    type: str | None = None,
    limit: int = 20,
    offset: int = 0,
    *,
    index: NameIndex | None = None,
) -> dict:
    """Actors and events whose label or an alias matches ``q``: case- and accent-
    insensitive, each query word the start of a word of the name ("kyi" finds Kyiv,
    "sergei lav" finds Sergei Lavrov, "Zélensky" finds Zelenskyy). Best matches first
    (the whole name, then from the name's start, then from a later word, then words in
    any order), then by label. ``q`` empty or None lists everything of ``type``: ``actor``,
    ``event``, an actor type or an event type. With ``index`` the names come from memory;
    without, they are read from the store first."""
    if index is None:
        _type_filter(type)  # refuse an unknown type before reading anything
        index = NameIndex.from_store(store)
    return index.search(q, type, limit, offset)


# -- one entity -------------------------------------------------------------------------

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

# Each DETAILS fragment describes one item from inside its article's graph ``?g``, which
# also names the article. A nested OPTIONAL is written as two flat ones (the second
# repeating the link) because Oxigraph evaluates a nested one over the whole store.
_MENTION_DETAILS = """
  GRAPH ?g {
    ?m a kg:Mention .
    OPTIONAL { ?m kg:startOffset ?s } OPTIONAL { ?m kg:endOffset ?e }
    OPTIONAL { ?m kg:anchorText ?text }
  }"""

_STATEMENT_DETAILS = """
  GRAPH ?g {
    ?st kg:speaker ?speaker .
    OPTIONAL { ?speaker rdfs:label ?speakerLabel }
    OPTIONAL { ?st kg:text ?text } OPTIONAL { ?st kg:direct ?direct }
    OPTIONAL { ?st kg:cue ?cue }
    OPTIONAL { ?st kg:atEvent ?ev } OPTIONAL { ?st kg:atEvent ?ev . ?ev rdfs:label ?evLabel }
    OPTIONAL { ?st kg:startOffset ?s } OPTIONAL { ?st kg:endOffset ?e }
  }"""

_CLAIM_DETAILS = """
  GRAPH ?g {
    ?c kg:claimant ?claimant ; kg:agent ?agent .
    OPTIONAL { ?claimant rdfs:label ?claimantLabel }
    OPTIONAL { ?agent rdfs:label ?agentLabel }
    OPTIONAL { ?c kg:claimKind ?kind } OPTIONAL { ?c kg:polarity ?polarity }
    OPTIONAL { ?c kg:aboutEvent ?ev } OPTIONAL { ?c kg:aboutEvent ?ev . ?ev rdfs:label ?evLabel }
    OPTIONAL { ?c kg:basedOn ?st } OPTIONAL { ?c kg:basedOn ?st . ?st kg:text ?stText }
    OPTIONAL { ?c kg:startOffset ?s } OPTIONAL { ?c kg:endOffset ?e }
    OPTIONAL { ?c kg:anchorText ?anchor }
  }"""

_EVENT_DETAILS = """
  GRAPH ?g {
    ?ev a kg:Event .
    OPTIONAL { ?ev rdfs:label ?evLabel } OPTIONAL { ?ev kg:eventType ?etype }
    OPTIONAL { ?ev sem:hasBeginTimeStamp ?start } OPTIONAL { ?ev sem:hasEndTimeStamp ?end }
    OPTIONAL { ?ev sem:hasPlace ?place }
    OPTIONAL { ?ev sem:hasPlace ?place . ?place rdfs:label ?placeLabel }
    OPTIONAL { ?ev kg:dateText ?dateText }
  }"""

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


# -- events -----------------------------------------------------------------------------

_EVENT_ARGS = """
  GRAPH ?g {
    { ?ev kg:participant ?x . BIND("participants" AS ?role) }
    UNION { ?ev kg:target ?x . BIND("targets" AS ?role) }
    OPTIONAL { ?x rdfs:label ?xl }
  }"""


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


# -- articles ---------------------------------------------------------------------------

_ARTICLE_CORE = "GRAPH ?g { ?a a kg:Article ; schema:identifier ?id }"
_ARTICLE_DETAILS = """
  { SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?g { ?a schema:headline ?title } }
  OPTIONAL { GRAPH ?g { ?a schema:datePublished ?published } }"""


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict:
    """The stored articles by id, paged with the total: id, IRI, graph, title, published
    date and triple count. Counts only the page's graphs (``kg.readback.list_articles``
    counts every graph, which on a large store takes seconds)."""
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
                {
                    "id": str(r["id"]),
                    "iri": str(r["a"]),
                    "graph": str(r["g"]),
                    "title": _s(r.get("title")) or "",
                    "published": _date(r.get("published")),
                    "triples": _int(r.get("triples")) or 0,
                }
            )
    return {"total": total, "limit": limit, "offset": offset, "items": items}
