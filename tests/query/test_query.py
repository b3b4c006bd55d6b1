"""kg.query over a real store: search, entity pages, the timeline, events, claims."""

from __future__ import annotations

import pytest

from kg import query
from kg.errors import InputError, NotFoundError
from kg.rdf import extraction_to_triples, graph_iri
from tests import kgworld

RUSSIA = kgworld.iri("actor", "russia")
UKRAINE = kgworld.iri("actor", "ukraine")
LAVROV = kgworld.iri("actor", "sergei-lavrov")
ZELENSKYY = kgworld.iri("actor", "volodymyr-zelenskyy")
PESKOV = kgworld.iri("actor", "dmitry-peskov")
SANDWORM = kgworld.iri("actor", "sandworm")
SBU = kgworld.iri("actor", "sbu--ukraine")
FRANCE = kgworld.iri("actor", "france")
TALKS = kgworld.iri("event", "kyiv-talks/65")
HACK = kgworld.iri("event", "kyiv-talks/161")
GRID = kgworld.iri("event", "sandworm/32")
KYIV = kgworld.iri("place", "kyiv")


def ids(page):
    return [item["id"] for item in page["items"]]


# -- search -----------------------------------------------------------------------------


def test_fold_drops_case_and_accents():
    assert query.fold("Zélenskyy") == "zelenskyy"
    assert query.fold("KYÏV") == "kyiv"
    assert query.fold("Łukasz Straße") == "lukasz strasse"


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("kyi", {UKRAINE, TALKS}),  # an alias (Kyiv for Ukraine) and a word of an event label
        ("KYI", {UKRAINE, TALKS}),
        ("sergei lav", {LAVROV}),  # a phrase prefix across two words
        ("Sergei Lavrov", {LAVROV}),
        ("lavrov sergei", {LAVROV}),  # words in another order still match
        ("lav", {LAVROV}),
        ("Zélensky", {ZELENSKYY}),  # accent in the query, none in the name
        ("zelenskyy", {ZELENSKYY}),
        ("elysee", {FRANCE}),  # accent in the name ("the Élysée"), none in the query
        ("ÉLYSÉE", {FRANCE}),
    ],
)
def test_search_is_a_case_and_accent_insensitive_word_prefix(store, q, expected):
    assert set(ids(query.search_entities(store, q))) == expected


def test_search_does_not_match_inside_words(store):
    assert query.search_entities(store, "avrov")["total"] == 0
    assert query.search_entities(store, "sergei x")["total"] == 0


def test_search_ranks_whole_and_leading_matches_first(store):
    # "russia" is Russia's whole name; it is only a word inside nothing else
    assert ids(query.search_entities(store, "russia"))[0] == RUSSIA
    page = query.search_entities(store, "kremlin")
    assert set(ids(page)) == {RUSSIA, PESKOV}
    # "Kremlin spokesman" starts with the word; "the Kremlin" has it second
    assert ids(page) == [PESKOV, RUSSIA]
    assert page["items"][1]["matched"] == "the Kremlin"


def test_search_items_carry_kind_type_label_and_aliases(store):
    (item,) = query.search_entities(store, "sergei lav")["items"]
    assert item == {
        "id": LAVROV,
        "kind": "actor",
        "type": "person",
        "label": "Sergei Lavrov",
        "aliases": ["Lavrov"],
        "matched": "Sergei Lavrov",
    }
    (ev,) = query.search_entities(store, "power grid")["items"]
    assert (ev["kind"], ev["type"], ev["label"]) == (
        "event",
        "cyberattack",
        "attack on the power grid",
    )


def test_two_spellings_of_one_label_give_one_item_with_the_smallest(store):
    page = query.search_entities(store, "volodymyr")
    assert ids(page) == [ZELENSKYY]
    assert page["items"][0]["label"] == "Volodymyr Zelenskyy"


def test_search_type_filter(store):
    assert set(ids(query.search_entities(store, None, type="country"))) == {RUSSIA, UKRAINE, FRANCE}
    assert set(ids(query.search_entities(store, "", type="cyberattack"))) == {HACK, GRID}
    assert set(ids(query.search_entities(store, "kyi", type="event"))) == {TALKS}
    assert set(ids(query.search_entities(store, "kyi", type="actor"))) == {UKRAINE}
    with pytest.raises(InputError):
        query.search_entities(store, "x", type="planet")


def test_search_pages_cover_everything_once_with_the_total(store):
    everything = query.search_entities(store, None, limit=100)
    total = everything["total"]
    assert total == len(everything["items"]) == 11  # 8 actors + 3 events
    seen = []
    for offset in range(0, total + 3, 3):
        page = query.search_entities(store, None, limit=3, offset=offset)
        assert page["total"] == total
        assert (page["limit"], page["offset"]) == (3, offset)
        seen += ids(page)
    assert seen == ids(everything)


def test_search_text_is_never_sparql(store):
    for q in ['") } UNION { ?n ?p ?o', "'; DROP ALL", "?n", "\\u0022"]:
        assert query.search_entities(store, q)["total"] == 0
    assert query.search_entities(store, "!!!")["total"] == 0


def test_name_index_matches_the_store_and_follows_articles(store):
    index = query.NameIndex.from_store(store)
    for q in ("kyi", "sergei lav", "zélensky", None, "elysee"):
        assert index.search(q, limit=50) == query.search_entities(store, q, limit=50)
    assert query.search_entities(store, "sandworm", index=index)["total"] == 1
    store.delete_graph(graph_iri("sandworm"))
    index.remove_graph(graph_iri("sandworm"))
    assert index.search("sandworm")["total"] == 0
    assert index.search("elysee")["total"] == 0
    assert index.search("zelensky")["items"][0]["label"] == "Volodymyr Zelenskyy"
    graph, triples = extraction_to_triples(kgworld.sandworm())
    store.replace_graph(graph, triples)
    index.update_graph(store, graph)
    assert index.search(None, limit=50) == query.search_entities(store, None, limit=50)


# -- entity -----------------------------------------------------------------------------


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
    monkeypatch.setattr(query, "SORTED_MAX", sorted_max)
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


def test_events_timeline_is_ordered_by_start(store):
    page = query.events(store)
    assert ids(page) == [HACK, GRID, TALKS]
    assert page["total"] == 3
    talks = page["items"][2]
    assert talks["participants"] == [
        {"id": LAVROV, "label": "Sergei Lavrov"},
        {"id": ZELENSKYY, "label": "Volodymyr Zelenskyy"},
    ]
    assert (talks["article"], talks["type"], talks["place"]["id"]) == (
        "kyiv-talks",
        "meeting",
        KYIV,
    )
    assert page["items"][0]["targets"] == [{"id": UKRAINE, "label": "Ukraine"}]


def test_events_interval_overlap(store):
    assert ids(query.events(store, start="2022-01-14", end="2022-01-14")) == [HACK]
    assert ids(query.events(store, start="2022-01-14")) == [HACK, GRID, TALKS]
    assert ids(query.events(store, start="2022-01-15")) == [GRID, TALKS]
    assert ids(query.events(store, end="2022-01-12")) == []
    assert ids(query.events(store, start="2022-01-16", end="2022-02-09")) == []
    with pytest.raises(InputError):
        query.events(store, start="2022-13-01")
    assert query.events(store, start="2022-02-01", end="2022-01-01")["total"] == 0


def test_events_by_type_and_actor_and_pages(store):
    assert ids(query.events(store, type="cyberattack")) == [HACK, GRID]
    assert ids(query.events(store, actor=UKRAINE)) == [HACK, GRID]
    assert ids(query.events(store, actor=LAVROV, type="meeting")) == [TALKS]
    assert ids(query.events(store, actor=LAVROV, type="cyberattack")) == []
    page = query.events(store, limit=1, offset=1)
    assert (page["total"], ids(page)) == (3, [GRID])


# -- one event --------------------------------------------------------------------------


def test_event_attribution_picture(store):
    ev = query.event(store, HACK)
    assert (ev["label"], ev["start"], ev["end"]) == (
        "cyberattack on government websites",
        "2022-01-13",
        "2022-01-14",
    )
    (group,) = ev["attribution"]
    assert group["agent"] == {"id": RUSSIA, "label": "Russia"}
    (asserted,) = group["asserted"]
    (denied,) = group["denied"]
    assert asserted["claimant"]["id"] == UKRAINE and asserted["kind"] == "attribution"
    assert denied["claimant"]["id"] == PESKOV
    assert denied["statement"]["text"] == "that Moscow was involved"
    for claim in (asserted, denied):
        assert claim["article"] == "kyiv-talks"
        assert kgworld.KYIV_TEXT[claim["start"] : claim["end"]] == claim["text"]
    assert ev["article"] == "kyiv-talks"
    assert ev["targets"] == [{"id": UKRAINE, "label": "Ukraine"}]


def test_event_two_agents(store):
    ev = query.event(store, GRID)
    groups = {g["agent"]["id"]: g for g in ev["attribution"]}
    assert set(groups) == {SANDWORM, RUSSIA}
    assert [c["claimant"]["id"] for c in groups[SANDWORM]["asserted"]] == [SBU]
    assert [c["claimant"]["id"] for c in groups[RUSSIA]["denied"]] == [RUSSIA]
    assert [s["text"] for s in ev["statements"]] == ["an act of war"]


def test_event_not_found(store):
    with pytest.raises(NotFoundError):
        query.event(store, LAVROV)


# -- claims -----------------------------------------------------------------------------


def test_claims_filters(store):
    assert query.claims(store)["total"] == 4
    assert [c["agent"]["id"] for c in query.claims(store, claimant=UKRAINE)["items"]] == [RUSSIA]
    assert query.claims(store, agent=RUSSIA, polarity="denied")["total"] == 2
    assert query.claims(store, agent=RUSSIA, polarity="asserted")["total"] == 1
    assert query.claims(store, event=GRID)["total"] == 2
    assert query.claims(store, claimant=SBU, agent=SANDWORM, event=GRID)["total"] == 1
    assert query.claims(store, claimant=kgworld.iri("actor", "nobody"))["total"] == 0
    with pytest.raises(InputError):
        query.claims(store, polarity="maybe")


def test_claims_paging(store):
    everything = ids(query.claims(store, limit=10))
    pages = [query.claims(store, limit=3, offset=o) for o in (0, 3)]
    assert [p["total"] for p in pages] == [4, 4]
    assert ids(pages[0]) + ids(pages[1]) == everything


def test_empty_store(empty_store):
    assert query.search_entities(empty_store, "x")["total"] == 0
    assert query.events(empty_store)["total"] == 0
    assert query.claims(empty_store)["items"] == []


def test_articles_page(store):
    from kg.readback import list_articles

    page = query.articles(store)
    assert page["total"] == 2
    assert page["items"] == sorted(list_articles(store), key=lambda a: a["id"])
    second = query.articles(store, limit=1, offset=1)
    assert (second["total"], [a["id"] for a in second["items"]]) == (2, ["sandworm"])
    assert query.articles(store, offset=5)["items"] == []
