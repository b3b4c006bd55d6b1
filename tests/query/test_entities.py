"""kg.query.entities over a real store: entity pages and their paged lists."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg import query
from kg.errors import InputError, NotFoundError
from tests import kgworld
from kg.vocab import KG
from tests.kgworld import GRID, KYIV, LAVROV, PESKOV, RUSSIA, SANDWORM, TALKS, ZELENSKYY


def test_entity_of_an_actor(store):
    e = query.entity(store, LAVROV)
    assert e["kind"] == "actor" and e["actor_type"] == "person"
    assert "https://w3id.org/geokg/ontology#Person" in e["types"]
    assert (e["label"], e["aliases"]) == ("Sergei Lavrov", ["Lavrov"])
    assert e["wikidata"] == "http://www.wikidata.org/entity/Q155"
    (role,) = e["roles"]
    assert role["title"] == "foreign minister"
    assert role["of"] == {"id": RUSSIA, "label": "Russia"}
    assert role["articles"] == ["kyiv-talks"]
    assert e["events"]["total"] == 1
    (ev,) = e["events"]["items"]
    assert (ev["id"], ev["roles"], ev["start"], ev["place"]["label"]) == (
        TALKS, ["participant"], "2022-02-10", "Kyiv"
    )  # fmt: skip
    (m,) = e["mentions"]["items"]
    assert kgworld.KYIV_TEXT[m["start"] : m["end"]] == m["text"] == "Sergei Lavrov"
    assert e["articles"] == {"total": 1, "limit": 10, "offset": 0, "items": ["kyiv-talks"]}


def test_entity_claims_as_claimant_or_agent_with_provenance(store):
    e = query.entity(store, RUSSIA)
    assert e["claims"]["total"] == 3
    by_id = {c["id"]: c for c in e["claims"]["items"]}
    denial = by_id[kgworld.iri("claim", "kyiv-talks/232-277-0")]
    assert denial["claimant"] == {"id": PESKOV, "label": "Dmitry Peskov"}
    assert (denial["polarity"], denial["kind"]) == ("denied", "denial")
    assert denial["statement"]["text"] == "that Moscow was involved"
    assert kgworld.KYIV_TEXT[denial["start"] : denial["end"]] == denial["text"]
    assert e["articles"]["items"] == ["kyiv-talks", "sandworm"]
    assert {m["article"] for m in e["mentions"]["items"]} == {"kyiv-talks", "sandworm"}


def test_entity_sections_are_capped_with_exact_totals(store):
    e = query.entity(store, RUSSIA, limit=1)
    assert e["claims"]["total"] == 3 and len(e["claims"]["items"]) == 1
    assert e["mentions"]["total"] == 3 and len(e["mentions"]["items"]) == 1


@pytest.mark.parametrize("sorted_max", [20, 1])
def test_entity_section_pages_tile_the_list(store, monkeypatch, sorted_max):
    """Short lists are sorted and cut in Python; past ``SORTED_MAX`` the store's order is
    cut in SPARQL (no ORDER BY): either way the pages tile the list, in one order."""
    monkeypatch.setattr(query.entities, "SORTED_MAX", sorted_max)
    for section in ("claims", "mentions", "articles", "events"):
        whole = query.entity_section(store, RUSSIA, section, limit=50)
        pages = [query.entity_section(store, RUSSIA, section, 1, i) for i in range(whole["total"])]
        assert [p["items"][0] for p in pages] == whole["items"], section
        assert len({str(i) for i in whole["items"]}) == whole["total"], section
    if sorted_max > 1:
        claims = query.entity_section(store, RUSSIA, "claims")["items"]
        assert [c["id"] for c in claims] == sorted(c["id"] for c in claims)
    with pytest.raises(InputError):
        query.entity_section(store, RUSSIA, "friends")
    with pytest.raises(NotFoundError):
        query.entity_section(store, kgworld.iri("actor", "nobody"), "claims")


def test_entity_statements_as_speaker(store):
    e = query.entity(store, ZELENSKYY)
    assert e["statements"]["total"] == 2
    texts = {s["text"]: s for s in e["statements"]["items"]}
    assert texts["We want peace"]["direct"] is True
    assert texts["We want peace"]["event"]["id"] == TALKS
    assert texts["an act of war"]["article"] == "sandworm"
    assert e["names"] == ["Volodymyr Zelenskyy", "Volodymyr Zélenskyy"]


def test_entity_of_an_event_and_a_place(store):
    e = query.entity(store, GRID)
    assert (e["kind"], e["event_type"], e["start"], e["end"]) == (
        "event",
        "cyberattack",
        "2022-01-15",
        None,
    )
    assert e["claims"]["total"] == 2 and e["statements"]["total"] == 1
    p = query.entity(store, KYIV)
    assert p["kind"] == "place" and p["label"] == "Kyiv"
    assert [ev["id"] for ev in p["events"]["items"]] == [TALKS]


def test_entity_not_found(store):
    with pytest.raises(NotFoundError):
        query.entity(store, kgworld.iri("actor", "nobody"))
    with pytest.raises(NotFoundError):  # a claim is not an entity
        query.entity(store, kgworld.iri("claim", "sandworm/0-55-0"))
    with pytest.raises(InputError):
        query.entity(store, 'https://x/"> } DROP ALL')


# -- timeline ---------------------------------------------------------------------------


# -- every actor; why each mention stands for its node -----------------------------------


def test_actors_the_most_named_first(store):
    actors = query.actors(store)
    assert [(a["label"], a["articles"]) for a in actors[:3]] == [
        ("Russia", 2), ("Ukraine", 2), ("Volodymyr Zelenskyy", 2)
    ]  # fmt: skip
    by_id = {a["id"]: a for a in actors}
    lavrov = {"id": LAVROV, "label": "Sergei Lavrov", "type": "person", "articles": 1}
    assert by_id[LAVROV] == lavrov
    assert by_id[kgworld.iri("actor", "sandworm")]["type"] == "group"
    assert len(actors) == 8 and GRID not in by_id  # actors only


def test_resolutions_read_the_evidence_of_each_mention(store):
    """A mention's ``kg:resolvedBy`` evidence as the article that makes it gives it, for
    one node or all, kept to some rules."""
    graph = query.GRAPH_BASE + "sandworm"
    why = {RUSSIA: "gazetteer:Russia", SANDWORM: "store:name-variant:Sandworm"}
    extra = [
        (o, KG.resolvedBy, Literal(why[str(s)]))
        for s, p, o in store.triples_in(graph)
        if p == KG.mentionedIn and str(s) in why
    ]
    store.replace_graph(graph, [*store.triples_in(graph), *extra])
    (russia,) = query.resolutions(store, RUSSIA)
    assert russia["evidence"] == "gazetteer:Russia" and russia["rule"] == "gazetteer"
    assert (russia["article"], russia["text"]) == ("sandworm", "Russia")
    assert kgworld.SANDWORM_TEXT[russia["start"] : russia["end"]] == "Russia"
    assert {m["id"] for m in query.resolutions(store)} == {RUSSIA, SANDWORM}
    assert [m["id"] for m in query.resolutions(store, rules=["store"])] == [SANDWORM]
    assert query.resolutions(store, LAVROV) == []
    with pytest.raises(InputError):
        query.resolutions(store, "not an iri")
