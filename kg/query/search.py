"""Entity search: actors and events by their labels and aliases.

Search folds case and accents in Python (NFKD, combining marks dropped, casefold) because
SPARQL has none; :class:`NameIndex` holds the folded names with a word index so that a
prefix query touches only the names that can match. ``kg.query.paths.Projection`` keeps
one in step with ingestion for the API; :func:`search_entities` without an index builds a
throwaway one from the store (correct, slower).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from rdflib.term import URIRef

from kg.errors import InputError
from kg.query.terms import _check_page, _event_type, _select
from kg.records import ACTOR_TYPES, EVENT_TYPES
from kg.store import Store

ENTITY_TYPES = ("actor", "event", *ACTOR_TYPES, *EVENT_TYPES)

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


