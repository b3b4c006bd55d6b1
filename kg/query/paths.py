"""Paths and neighbourhoods: a networkx projection of the store (the entity graph, not to
be confused with the store's named graphs, one per article).

SPARQL is good at lookups and poor at "how are A and B connected"; this module keeps the
entity-level skeleton of the graph in memory: nodes are actors, events and places, and
each edge is one fact from one article, labelled with its predicate and provenance:

============================  ======================  ===================================
edge                          predicate               via / provenance
============================  ======================  ===================================
event → actor                 ``kg:participant``      the event's first mention
event → actor                 ``kg:target``           the event's first mention
event → place                 ``sem:hasPlace``        the event's first mention
actor → country               ``kg:memberOfCountry``  the article
holder → body                 ``kg:roleOf``           the role node, its title (mention)
claimant → agent              ``kg:agent``            the claim node, its offsets
agent → event                 ``kg:aboutEvent``       the claim node, its offsets
speaker → event               ``kg:atEvent``          the statement node, its offsets
============================  ======================  ===================================

(``sem:hasActor`` is left out: ``kg.rdf`` writes it only beside ``kg:participant`` or
``kg:target``, so it would double every event edge.)

So a claim "Ukraine's SBU blamed Sandworm for the attack" becomes SBU → Sandworm and
Sandworm → attack, both carrying the claim, its claimant and polarity.

The projection is built once from the store (:meth:`Projection.rebuild`) and then kept in
step article by article (:meth:`add_article`, :meth:`remove_article`), which touch only
the edges of that article's named graph. It also holds the search index of names
(:class:`kg.query.search.NameIndex`), read with the nodes and kept in step the same way. Every
public method takes one lock, so readers never see half an update. Path search treats edges as undirected for reachability and
reports each edge with its real direction.
"""

from __future__ import annotations

import heapq
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx
from rdflib.term import URIRef

from kg.errors import NotFoundError
from kg.query.search import NameIndex, NameRow, read_names
from kg.query.terms import _int, _rows, _s, graph_doc_id, kind_from_iri
from kg.store import Store
from kg.vocab import PREFIXES

KG = PREFIXES["kg"]

#: Bounds that keep one request cheap whatever the graph looks like.
MAX_EDGES_PER_STEP = 10

# One query per shape of edge, each in ``GRAPH ?g``: simple patterns keep Oxigraph fast on
# a large store, and ``?g`` bound makes each of them read one article.
_Q_PLACES = "SELECT ?g ?n ?name WHERE { GRAPH ?g { ?n a kg:Place ; rdfs:label ?name } }"
_Q_PLAIN = """
SELECT ?g ?s ?p ?o WHERE {
  VALUES ?p { kg:participant kg:target sem:hasPlace kg:memberOfCountry }
  GRAPH ?g { ?s ?p ?o }
}"""
_Q_ROLES = """
SELECT ?g ?s ?via ?o ?title WHERE {
  GRAPH ?g { ?s kg:hasRole ?via . ?via kg:roleOf ?o . OPTIONAL { ?via kg:roleTitle ?title } }
}"""
_Q_CLAIMS = """
SELECT ?g ?via ?s ?o ?ev ?polarity ?kind ?start ?end WHERE {
  GRAPH ?g {
    ?via kg:claimant ?s ; kg:agent ?o .
    OPTIONAL { ?via kg:aboutEvent ?ev } OPTIONAL { ?via kg:polarity ?polarity }
    OPTIONAL { ?via kg:claimKind ?kind }
    OPTIONAL { ?via kg:startOffset ?start } OPTIONAL { ?via kg:endOffset ?end }
  }
}"""
_Q_STATEMENTS = """
SELECT ?g ?via ?s ?o ?start ?end WHERE {
  GRAPH ?g {
    ?via kg:speaker ?s ; kg:atEvent ?o .
    OPTIONAL { ?via kg:startOffset ?start } OPTIONAL { ?via kg:endOffset ?end }
  }
}"""
_Q_FIRST_MENTIONS = """
SELECT ?g ?x ?start ?end WHERE {
  VALUES ?class { kg:Event kg:RoleAssignment }
  GRAPH ?g { ?x a ?class ; kg:mentionedIn ?m . ?m kg:startOffset ?start ; kg:endOffset ?end }
}"""


@dataclass(frozen=True)
class NodeInfo:
    id: str
    kind: str  # actor | event | place | other
    label: str | None
    type: str | None  # the actor type or the event type's notation


@dataclass(frozen=True)
class Edge:
    """One fact from one article, between two projected nodes, in its real direction."""

    source: str
    target: str
    predicate: str
    graph: str
    article: str
    via: str | None = None
    start: int | None = None
    end: int | None = None
    polarity: str | None = None
    claim_kind: str | None = None
    claimant: str | None = None
    title: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.graph, self.predicate, self.via or "")


@dataclass(frozen=True)
class Step:
    """One hop of a path: ``source`` → ``target`` in path order; ``edges`` are the facts that
    link the two (each with its own direction), at most :data:`MAX_EDGES_PER_STEP` of
    ``edge_count``."""

    source: str
    target: str
    edges: tuple[Edge, ...]
    edge_count: int


@dataclass(frozen=True)
class Path:
    nodes: tuple[NodeInfo, ...]
    steps: tuple[Step, ...]

    @property
    def hops(self) -> int:
        return len(self.steps)


@dataclass(frozen=True)
class Neighborhood:
    center: NodeInfo
    depth: int
    nodes: tuple[tuple[NodeInfo, int], ...]  # (node, distance)
    edges: tuple[Edge, ...]
    truncated: bool


@dataclass
class _NodeState:
    # graph -> (kind, label, sub) as that article describes the node
    described: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)


class Projection:
    """The entity graph of the store: a ``networkx.MultiDiGraph`` plus an undirected
    adjacency (neighbour → number of edges) used by the searches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.graph = nx.MultiDiGraph()
        self.names = NameIndex()  # the searchable names, kept in step with the edges
        self.builds = 0  # full rebuilds since creation; updates are counted apart
        self.updates = 0
        self._adj: dict[str, dict[str, int]] = {}
        self._nodes: dict[str, _NodeState] = {}
        self._edges_by_graph: dict[str, list[tuple[str, str, tuple]]] = {}
        self._nodes_by_graph: dict[str, set[str]] = {}
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()  # one update at a time, store read included

    @classmethod
    def from_store(cls, store: Store) -> Projection:
        proj = cls(store)
        proj.rebuild()
        return proj

    # -- building and keeping in step -------------------------------------------------
    def rebuild(self) -> None:
        """Read every article graph from the store; replaces whatever was held."""
        with self._write_lock:
            names, nodes, edges = self._read(None)
            with self._lock:
                self.graph = nx.MultiDiGraph()
                self.names = NameIndex()
                self._adj = {}
                self._nodes = {}
                self._edges_by_graph = {}
                self._nodes_by_graph = {}
                for g in sorted(set(nodes) | set(edges)):
                    self._apply(
                        g, names.get(g, []), nodes.get(g, []), edges.get(g, []), refresh=False
                    )
                for n in self.graph:
                    self._refresh_attrs(n)
                self.builds += 1

    def add_article(self, graph_iri: str) -> None:
        """Bring one article's edges in step with the store (after a create or replace)."""
        graph_iri = str(graph_iri)
        with self._write_lock:
            names, nodes, edges = self._read(graph_iri)
            with self._lock:
                self._drop(graph_iri)
                self._apply(
                    graph_iri,
                    names.get(graph_iri, []),
                    nodes.get(graph_iri, []),
                    edges.get(graph_iri, []),
                )
                self.updates += 1

    def remove_article(self, graph_iri: str) -> None:
        """Forget one article's edges (after a delete); other articles' are untouched."""
        graph_iri = str(graph_iri)
        with self._write_lock, self._lock:
            self._drop(graph_iri)
            self.updates += 1

    def _select(self, sparql: str, bindings):
        return _rows(self.store, sparql, bindings)

    def _read(self, graph_iri: str | None):
        """(names by graph, nodes by graph, edges by graph) of one graph or all."""
        b = {"g": URIRef(graph_iri)} if graph_iri else None
        names = read_names(self.store, graph_iri)
        nodes: dict[str, list[tuple[str, str, str | None, str | None]]] = {}
        for g, rows in names.items():
            nodes[g] = [(r.node, r.kind, r.name, r.sub) for r in rows if r.is_label]
        for g, n, name in self._select(_Q_PLACES, b):
            nodes.setdefault(str(g), []).append((str(n), "place", _s(name), None))

        # an event's (a role's) first mention in its article: the offsets of its edges
        first_mention: dict[tuple[str, str], tuple[int, int | None]] = {}
        for g, x, start, end in self._select(_Q_FIRST_MENTIONS, b):
            s = _int(start)
            key = (str(g), str(x))
            if s is not None and (key not in first_mention or s < first_mention[key][0]):
                first_mention[key] = (s, _int(end))

        edges: dict[str, list[Edge]] = {}

        def add(g, s, p, o, **kw) -> None:
            g, s, o = str(g), str(s), str(o)
            if s != o:
                edges.setdefault(g, []).append(
                    Edge(source=s, target=o, predicate=p, graph=g, article=graph_doc_id(g), **kw)
                )

        for g, s, p, o in self._select(_Q_PLAIN, b):
            if not isinstance(o, URIRef):
                continue
            start, end = first_mention.get((str(g), str(s)), (None, None))
            add(g, s, str(p), o, start=start, end=end)
        for g, s, via, o, title in self._select(_Q_ROLES, b):
            start, end = first_mention.get((str(g), str(via)), (None, None))
            add(g, s, KG + "roleOf", o, via=str(via), title=_s(title), start=start, end=end)
        for g, via, s, o, ev, polarity, kind, start, end in self._select(_Q_CLAIMS, b):
            kw = {
                "via": _s(via),
                "start": _int(start),
                "end": _int(end),
                "polarity": _s(polarity),
                "claim_kind": _s(kind),
                "claimant": _s(s),
            }
            add(g, s, KG + "agent", o, **kw)
            if ev is not None:
                add(g, o, KG + "aboutEvent", ev, **kw)
        for g, via, s, o, start, end in self._select(_Q_STATEMENTS, b):
            add(g, s, KG + "atEvent", o, via=_s(via), start=_int(start), end=_int(end))
        return names, nodes, edges

    def _apply(
        self, g: str, names: list[NameRow], nodes, edges: Iterable[Edge], refresh: bool = True
    ) -> None:
        self.names.set_graph(g, names)
        for n, kind, label, sub in nodes:
            state = self._nodes.setdefault(n, _NodeState())
            old = state.described.get(g)
            # a node described twice in one graph (two labels): keep the first label
            if old is None or (old[1] is None and label is not None):
                state.described[g] = (kind, label, sub)
            self._nodes_by_graph.setdefault(g, set()).add(n)
            self._ensure_node(n)
        keys = []
        for e in edges:
            if self.graph.has_edge(e.source, e.target, e.key):
                continue  # the same fact twice (OPTIONAL rows): keep one
            self._ensure_node(e.source)
            self._ensure_node(e.target)
            self.graph.add_edge(e.source, e.target, key=e.key, edge=e)
            self._link(e.source, e.target, +1)
            keys.append((e.source, e.target, e.key))
        if keys:
            self._edges_by_graph[g] = keys
        if refresh:
            for n, *_ in nodes:
                self._refresh_attrs(n)

    def _drop(self, g: str) -> None:
        self.names.remove_graph(g)
        touched = set()
        for u, v, key in self._edges_by_graph.pop(g, []):
            if self.graph.has_edge(u, v, key):
                self.graph.remove_edge(u, v, key)
                self._link(u, v, -1)
            touched.update((u, v))
        touched.update(self._nodes_by_graph.pop(g, ()))
        for n in touched:
            state = self._nodes.get(n)
            if state is not None:
                state.described.pop(g, None)
            self._refresh_attrs(n)
            if (state is None or not state.described) and self.graph.degree(n) == 0:
                self.graph.remove_node(n)
                self._adj.pop(n, None)
                self._nodes.pop(n, None)

    def _ensure_node(self, n: str) -> None:
        if n not in self.graph:
            self.graph.add_node(n, kind=kind_from_iri(n), label=None, type=None)
            self._adj.setdefault(n, {})

    def _refresh_attrs(self, n: str) -> None:
        if n not in self.graph:
            return
        state = self._nodes.get(n)
        attrs = self.graph.nodes[n]
        if state and state.described:
            kind, _, sub = state.described[min(state.described)]
            # two articles may spell the label apart: the smallest, as the lookups show
            labels = [d[1] for d in state.described.values() if d[1] is not None]
            attrs.update(kind=kind, label=min(labels, default=None), type=sub)
        else:
            attrs.update(kind=kind_from_iri(n), label=None, type=None)

    def _link(self, u: str, v: str, delta: int) -> None:
        for a, b in ((u, v), (v, u)):
            nbrs = self._adj.setdefault(a, {})
            count = nbrs.get(b, 0) + delta
            if count > 0:
                nbrs[b] = count
            else:
                nbrs.pop(b, None)

    # -- reading ----------------------------------------------------------------------
    def __contains__(self, iri: str) -> bool:
        with self._lock:
            return iri in self.graph

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "nodes": self.graph.number_of_nodes(),
                "edges": self.graph.number_of_edges(),
                "articles": len(set(self._edges_by_graph) | set(self._nodes_by_graph)),
                "builds": self.builds,
                "updates": self.updates,
            }

    def node(self, iri: str) -> NodeInfo:
        with self._lock:
            return self._info(iri)

    def _info(self, iri: str) -> NodeInfo:
        if iri not in self.graph:
            raise NotFoundError(f"no actor, event or place {iri} in the graph")
        a = self.graph.nodes[iri]
        return NodeInfo(iri, a["kind"], a["label"], a["type"])

    def edges_of(self, graph_iri: str) -> list[Edge]:
        """The edges one article contributed (for tests and debugging)."""
        with self._lock:
            return [
                self.graph.edges[u, v, k]["edge"]
                for u, v, k in self._edges_by_graph.get(str(graph_iri), [])
            ]

    def _between(self, u: str, v: str) -> Iterator[Edge]:
        """Edges u→v then v→u, in a stable order."""
        for a, b in ((u, v), (v, u)):
            data = self.graph.succ.get(a, {}).get(b)
            if data:
                for key in sorted(data):
                    yield data[key]["edge"]

    def k_shortest_paths(
        self, source: str, target: str, max_hops: int = 4, k: int = 3
    ) -> list[Path]:
        """Up to ``k`` simple paths of at most ``max_hops`` hops, shortest first (ties in a
        stable order). Paths are node sequences over the undirected view; each step lists
        the facts (edges) linking its two nodes, in their real direction.

        Yen's algorithm over a bounded bidirectional breadth-first search: no search looks
        further than the hops left, so a far-away or unreachable target costs at most the
        two balls of radius ``max_hops / 2`` around the ends.
        """
        if max_hops < 1 or k < 1:
            return []
        with self._lock:
            for n in (source, target):
                if n not in self.graph:
                    raise NotFoundError(f"no actor, event or place {n} in the graph")
            if source == target:
                return []
            paths = _yen(self._adj, source, target, max_hops, k)
            return [self._path(p) for p in paths]

    def _path(self, nodes: list[str]) -> Path:
        steps = []
        for u, v in pairwise(nodes):
            edges = []
            count = 0
            for e in self._between(u, v):
                count += 1
                if len(edges) < MAX_EDGES_PER_STEP:
                    edges.append(e)
            steps.append(Step(u, v, tuple(edges), count))
        return Path(tuple(self._info(n) for n in nodes), tuple(steps))

    def neighbors(self, iri: str, depth: int = 1, limit: int = 100) -> Neighborhood:
        """Nodes within ``depth`` hops (undirected), nearest first, at most ``limit`` of
        them; and the edges from each expanded node to the nodes kept, at most
        ``MAX_EDGES_PER_STEP`` per pair and ``4 * limit`` in all."""
        with self._lock:
            center = self._info(iri)
            dist = {iri: 0}
            order: list[str] = []
            queue = deque([iri])
            truncated = False
            while queue:
                u = queue.popleft()
                if dist[u] >= depth:
                    continue
                for v in sorted(self._adj.get(u, {})):
                    if v in dist:
                        continue
                    if len(order) >= limit:
                        truncated = True
                        break
                    dist[v] = dist[u] + 1
                    order.append(v)
                    queue.append(v)
                if truncated:
                    break
            kept = set(order) | {iri}
            edges: list[Edge] = []
            seen_pairs = set()
            max_edges = 4 * limit
            for u in [iri, *order]:
                if dist[u] >= depth:
                    continue
                for v in sorted(self._adj.get(u, {})):
                    pair = (u, v) if u < v else (v, u)
                    if v not in kept or pair in seen_pairs:
                        continue
                    seen_pairs.add(pair)
                    for n, e in enumerate(self._between(u, v)):
                        if n >= MAX_EDGES_PER_STEP or len(edges) >= max_edges:
                            truncated = True
                            break
                        edges.append(e)
            nodes = tuple((self._info(n), dist[n]) for n in order)
            return Neighborhood(center, depth, nodes, tuple(edges), truncated)


# -- search -----------------------------------------------------------------------------


def _bidirectional(
    adj: dict[str, dict[str, int]],
    source: str,
    target: str,
    bound: int,
    ignore_nodes: set[str],
    ignore_edges: set[tuple[str, str]],
) -> list[str] | None:
    """A shortest path of at most ``bound`` hops, or None; expands the smaller frontier a
    whole level at a time and never goes deeper than ``bound`` in total."""
    if source == target:
        return [source]
    if source in ignore_nodes or target in ignore_nodes or bound < 1:
        return None
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    fwd, bwd = [source], [target]
    depth = 0  # levels expanded on both sides together
    while fwd and bwd and depth < bound:
        forward = len(fwd) <= len(bwd)
        frontier, mine, other = (fwd, pred, succ) if forward else (bwd, succ, pred)
        nxt = []
        for v in frontier:
            for w in adj.get(v, ()):
                if w in ignore_nodes:
                    continue
                if ((v, w) if forward else (w, v)) in ignore_edges:
                    continue
                if w not in mine:
                    mine[w] = v
                    nxt.append(w)
                if w in other:
                    return _join(pred, succ, w)
        depth += 1
        if forward:
            fwd = nxt
        else:
            bwd = nxt
    return None


def _join(pred: dict, succ: dict, w: str) -> list[str]:
    left = []
    n = w
    while n is not None:
        left.append(n)
        n = pred[n]
    left.reverse()
    n = succ[w]
    while n is not None:
        left.append(n)
        n = succ[n]
    return left


def _yen(adj, source: str, target: str, max_hops: int, k: int) -> list[list[str]]:
    first = _bidirectional(adj, source, target, max_hops, set(), set())
    if first is None:
        return []
    found = [first]
    seen = {tuple(first)}
    candidates: list[tuple[int, tuple[str, ...]]] = []
    while len(found) < k:
        last = found[-1]
        for i in range(len(last) - 1):
            spur, root = last[i], last[: i + 1]
            ignore_edges = set()
            for p in found:
                if len(p) > i + 1 and p[: i + 1] == root:
                    ignore_edges.add((p[i], p[i + 1]))
                    ignore_edges.add((p[i + 1], p[i]))
            spur_path = _bidirectional(
                adj, spur, target, max_hops - i, set(root[:-1]), ignore_edges
            )
            if spur_path is None:
                continue
            cand = tuple(root[:-1] + spur_path)
            if cand not in seen:
                seen.add(cand)
                heapq.heappush(candidates, (len(cand), cand))
        if not candidates:
            break
        found.append(list(heapq.heappop(candidates)[1]))
    return found
