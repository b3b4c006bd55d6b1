"""kg.query.paths: the networkx projection, its paths and neighbours, keeping it in step."""

from __future__ import annotations

import dataclasses
import threading

import networkx as nx
import pytest

from kg.errors import NotFoundError
from kg.query.paths import Projection
from kg.rdf import extraction_to_triples, graph_iri
from tests import kgworld
from tests.kgworld import GRID, KYIV, LAVROV, RUSSIA, SANDWORM, SBU, TALKS, UKRAINE, ZELENSKYY

KG = "https://w3id.org/geokg/ontology#"
G_KYIV, G_SANDWORM = graph_iri("kyiv-talks"), graph_iri("sandworm")


def edge_set(proj: Projection):
    return {(u, v, k) for u, v, k in proj.graph.edges(keys=True)}


def node_set(proj: Projection):
    return {(n, d["kind"], d["label"], d["type"]) for n, d in proj.graph.nodes(data=True)}


@pytest.fixture
def proj(store):
    return Projection.from_store(store)


def test_projection_nodes_and_edges(proj):
    assert proj.builds == 1
    assert proj.node(LAVROV).label == "Sergei Lavrov"
    assert proj.node(LAVROV).type == "person"
    assert proj.node(GRID).type == "cyberattack" and proj.node(GRID).kind == "event"
    assert proj.node(KYIV).kind == "place"
    # both spellings of Zelenskyy's name: one node, the smallest label
    assert proj.node(ZELENSKYY).label == "Volodymyr Zelenskyy"
    preds = {(e.source, e.target): e.predicate for e in proj.edges_of(G_SANDWORM)}
    assert preds[(SBU, SANDWORM)] == KG + "agent"
    assert preds[(SANDWORM, GRID)] == KG + "aboutEvent"
    assert preds[(SANDWORM, RUSSIA)] == KG + "memberOfCountry"
    assert preds[(GRID, UKRAINE)] == KG + "target"
    assert preds[(ZELENSKYY, GRID)] == KG + "atEvent"
    # sem:hasActor duplicates kg:participant/target and is left out
    assert all(not e.predicate.endswith("/hasActor") for e in proj.edges_of(G_KYIV))
    # and the search index came with it
    assert proj.names.search("sergei lav")["items"][0]["id"] == LAVROV
    # self-claims (Russia denies Russia did it) make no loop
    assert not proj.graph.has_edge(RUSSIA, RUSSIA)


def test_edges_carry_provenance(proj):
    claim = next(e for e in proj.edges_of(G_SANDWORM) if e.predicate == KG + "agent")
    assert (claim.article, claim.graph) == ("sandworm", G_SANDWORM)
    assert claim.via == kgworld.iri("claim", "sandworm/0-55-0")
    assert (claim.polarity, claim.claim_kind, claim.claimant) == ("asserted", "attribution", SBU)
    assert kgworld.SANDWORM_TEXT[claim.start : claim.end].startswith("The SBU said")
    target = next(e for e in proj.edges_of(G_SANDWORM) if e.predicate == KG + "target")
    # an event's edges point at the event's first mention
    assert kgworld.SANDWORM_TEXT[target.start : target.end] == "attacked the power grid"
    role = next(
        e for e in proj.edges_of(G_KYIV) if e.predicate == KG + "roleOf" and e.source == LAVROV
    )
    assert (role.source, role.target, role.title) == (LAVROV, RUSSIA, "foreign minister")
    assert role.via == kgworld.iri("role", "sergei-lavrov/foreign-minister/russia")
    assert role.article == "kyiv-talks" and role.start is None  # the role has no span here


def test_k_shortest_paths(proj):
    paths = proj.k_shortest_paths(LAVROV, SANDWORM, max_hops=4, k=3)
    assert [p.hops for p in paths] == sorted(p.hops for p in paths)
    first = paths[0]
    assert [n.id for n in first.nodes] == [LAVROV, RUSSIA, SANDWORM]
    role_step, member_step = first.steps
    (e1,) = role_step.edges
    assert (e1.predicate, e1.source, e1.target) == (KG + "roleOf", LAVROV, RUSSIA)
    (e2,) = member_step.edges
    # walked against its direction: Sandworm → Russia
    assert (e2.predicate, e2.source, e2.target) == (KG + "memberOfCountry", SANDWORM, RUSSIA)
    assert member_step.source == RUSSIA and member_step.target == SANDWORM
    assert len(paths) == 3
    for p in paths:
        ids = [n.id for n in p.nodes]
        assert len(ids) == len(set(ids))  # simple
        assert ids[0] == LAVROV and ids[-1] == SANDWORM
        assert p.hops <= 4
        for step in p.steps:
            assert step.edges and step.edge_count >= len(step.edges)
            for e in step.edges:
                assert {e.source, e.target} == {step.source, step.target}
                assert e.article in ("kyiv-talks", "sandworm")
    assert len({tuple(n.id for n in p.nodes) for p in paths}) == 3


def test_paths_respect_the_hop_bound_and_k(proj):
    assert proj.k_shortest_paths(LAVROV, SANDWORM, max_hops=1, k=3) == []
    assert len(proj.k_shortest_paths(LAVROV, SANDWORM, max_hops=2, k=10)) == 1
    many = proj.k_shortest_paths(LAVROV, SANDWORM, max_hops=6, k=10)
    assert 3 < len(many) <= 10 and all(p.hops <= 6 for p in many)
    assert proj.k_shortest_paths(LAVROV, SANDWORM, max_hops=6, k=1)[0].hops == 2
    assert proj.k_shortest_paths(LAVROV, LAVROV) == []
    with pytest.raises(NotFoundError):
        proj.k_shortest_paths(LAVROV, kgworld.iri("actor", "nobody"))


def test_paths_agree_with_networkx(proj):
    """Every simple path of at most 4 hops, by networkx, shortest first: ours are the
    first k of them."""
    und = nx.Graph(proj.graph.to_undirected())
    ref = sorted(
        (tuple(p) for p in nx.all_simple_paths(und, LAVROV, GRID, cutoff=4)),
        key=lambda p: (len(p), p),
    )
    ours = [tuple(n.id for n in p.nodes) for p in proj.k_shortest_paths(LAVROV, GRID, 4, 10)]
    assert len(ours) == min(10, len(ref))
    assert [len(p) for p in ours] == [len(p) for p in ref[: len(ours)]]
    assert set(ours) <= set(ref)


def test_neighbors(proj):
    hood = proj.neighbors(SANDWORM, depth=1)
    assert {n.id for n, _ in hood.nodes} == {SBU, RUSSIA, GRID}
    assert all(d == 1 for _, d in hood.nodes)
    assert {(e.source, e.target) for e in hood.edges} == {
        (SBU, SANDWORM), (SANDWORM, RUSSIA), (SANDWORM, GRID)
    }  # fmt: skip
    deeper = proj.neighbors(SANDWORM, depth=2)
    dist = {n.id: d for n, d in deeper.nodes}
    assert dist[RUSSIA] == 1 and dist[UKRAINE] == 2 and dist[LAVROV] == 2
    small = proj.neighbors(SANDWORM, depth=2, limit=2)
    assert len(small.nodes) == 2 and small.truncated
    with pytest.raises(NotFoundError):
        proj.neighbors(kgworld.iri("actor", "nobody"))


def test_add_and_remove_article_touch_only_that_article(empty_store):
    store = empty_store
    kgworld.fill(store, "kyiv-talks")
    proj = Projection.from_store(store)
    before_edges, before_nodes = edge_set(proj), node_set(proj)
    assert SANDWORM not in proj

    (g2,) = kgworld.fill(store, "sandworm")
    proj.add_article(g2)
    assert proj.builds == 1  # no rebuild
    assert [n.id for n in proj.k_shortest_paths(LAVROV, SANDWORM)[0].nodes] == [
        LAVROV,
        RUSSIA,
        SANDWORM,
    ]
    assert edge_set(proj) == edge_set(Projection.from_store(store))
    assert node_set(proj) == node_set(Projection.from_store(store))

    store.delete_graph(g2)
    proj.remove_article(g2)
    assert proj.builds == 1
    assert SANDWORM not in proj and GRID not in proj
    assert RUSSIA in proj  # still described by the other article
    assert edge_set(proj) == before_edges
    assert node_set(proj) == node_set(Projection.from_store(store)) == before_nodes
    assert proj.stats()["updates"] == 2


def test_replacing_an_article_swaps_its_edges(store, proj):
    ex = kgworld.sandworm()
    ex = dataclasses.replace(ex, claims=ex.claims[1:])  # the SBU's attribution is gone
    graph, triples = extraction_to_triples(ex)
    store.replace_graph(graph, triples)
    proj.add_article(graph)
    assert not proj.graph.has_edge(SBU, SANDWORM)
    assert proj.graph.has_edge(SANDWORM, RUSSIA)
    assert edge_set(proj) == edge_set(Projection.from_store(store))
    proj.add_article(graph)  # again: idempotent
    assert edge_set(proj) == edge_set(Projection.from_store(store))


def test_readers_and_writers_in_threads(store, proj):
    errors = []
    stop = threading.Event()

    def read():
        while not stop.is_set():
            try:
                proj.k_shortest_paths(LAVROV, UKRAINE, 4, 3)
                proj.neighbors(RUSSIA, 2)
            except NotFoundError:
                pass
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for t in readers:
        t.start()
    graph, triples = extraction_to_triples(kgworld.sandworm())
    for _ in range(30):
        store.delete_graph(graph)
        proj.remove_article(graph)
        store.replace_graph(graph, triples)
        proj.add_article(graph)
    stop.set()
    for t in readers:
        t.join()
    assert errors == []
    assert edge_set(proj) == edge_set(Projection.from_store(store))
