"""kg.query.search over a real store: folded, ranked, paged entity search."""

from __future__ import annotations

import pytest

from kg import query
from kg.errors import InputError
from kg.rdf import extraction_to_triples, graph_iri
from tests import kgworld
from tests.kgworld import (
    FRANCE,
    GRID,
    HACK,
    LAVROV,
    PESKOV,
    RUSSIA,
    TALKS,
    UKRAINE,
    ZELENSKYY,
    ids,
)


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
