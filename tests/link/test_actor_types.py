"""One type per actor node, store-wide (kg.link.entities): the same name typed a person in one
article and an organization in another lands on one node with one type in every graph,
decided from all its mentions (the gazetteer first), and decided again when articles come
or go. Every graph validates. Fake extractions: names and types are given, no spaCy."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rdflib.term import Literal, URIRef

from kg.ingest import delete_article, store_extraction
from kg.link.entities import consolidate, decide_type
from kg.rdf import BASE, RETYPED, graph_iri
from kg.records import Actor, Document, Extraction, Span
from kg.store import open_store
from kg.validate import validate_store
from kg.vocab import KG

VERSION = "fake-types-1"


def extraction(doc_id: str, text: str, types: dict[str, str]) -> Extraction:
    """Each name of ``types`` found in ``text`` is one actor of that type, with a mention
    wherever the name occurs as a whole word."""
    actors = []
    for i, (name, atype) in enumerate(types.items()):
        spans = tuple(
            Span(m.start(), m.end(), m.group())
            for m in re.finditer(rf"\b{re.escape(name)}\b(?! [A-Z])", text)
        )
        if spans:
            actors.append(Actor(key=f"a{i}", name=name, type=atype, mentions=spans))
    return Extraction(
        Document(doc_id, text, title=doc_id), actors=tuple(actors), extractor_version=VERSION
    )


# "Orsolya Brandt" is a person in two articles (four mentions), the name of a foundation
# in a third (one mention)
PERSON_1 = extraction(
    "brandt-visit",
    "Orsolya Brandt arrived in Tallinn on Monday. Orsolya Brandt met the mayor.",
    {"Orsolya Brandt": "person"},
)
PERSON_2 = extraction(
    "brandt-speech",
    "Orsolya Brandt spoke in Riga. Later Orsolya Brandt left for Vilnius.",
    {"Orsolya Brandt": "person"},
)
ORG = extraction(
    "brandt-grant",
    "A grant from Orsolya Brandt went to three schools in Tartu.",
    {"Orsolya Brandt": "organization"},
)

NODE = URIRef(BASE + "id/actor/orsolya-brandt")


def types_of(store, node: URIRef) -> dict[str, set[str]]:
    """Article graph -> the kg:actorType values it gives ``node``."""
    out: dict[str, set[str]] = {}
    for g in store.graphs():
        for s, p, o in store.triples_in(g):
            if s == node and p == KG.actorType:
                out.setdefault(g, set()).add(str(o))
    return out


def retyped(store, doc_id: str) -> Counter:
    return Counter(
        str(o)
        for _, p, o in store.triples_in(graph_iri(doc_id))
        if p == KG.resolvedBy and str(o).startswith(RETYPED)
    )


def assert_valid(store) -> None:
    reports = validate_store(store)
    bad = {g: r.results for g, r in reports.items() if not r.conforms}
    assert not bad, bad


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kg")
    yield s
    s.close()


@pytest.mark.parametrize(
    "order", [(PERSON_1, PERSON_2, ORG), (ORG, PERSON_1, PERSON_2), (PERSON_1, ORG, PERSON_2)]
)
def test_one_name_typed_two_ways_is_one_type_in_every_graph(store, order) -> None:
    for ex in order:
        store_extraction(store, ex)
    assert_valid(store)
    assert types_of(store, NODE) == {
        str(graph_iri(d)): {"person"} for d in ("brandt-visit", "brandt-speech", "brandt-grant")
    }
    # the article that said "organization" keeps that as evidence on its mention
    assert retyped(store, "brandt-grant") == Counter({RETYPED + "organization": 1})
    assert not retyped(store, "brandt-visit")


def test_the_majority_changes_when_an_article_arrives(store) -> None:
    store_extraction(store, ORG)
    assert set().union(*types_of(store, NODE).values()) == {"organization"}
    stored = store_extraction(store, PERSON_1)  # two person mentions outweigh one
    assert "brandt-grant" in stored.rejoined
    assert set().union(*types_of(store, NODE).values()) == {"person"}
    assert_valid(store)


def test_deleting_articles_decides_the_type_again(store) -> None:
    for ex in (PERSON_1, PERSON_2, ORG):
        store_extraction(store, ex)
    assert delete_article(store, "brandt-visit") is not None
    assert_valid(store)
    assert set().union(*types_of(store, NODE).values()) == {"person"}  # 2 against 1
    rejoined = delete_article(store, "brandt-speech")
    assert rejoined == ("brandt-grant",)
    assert_valid(store)
    assert types_of(store, NODE) == {str(graph_iri("brandt-grant")): {"organization"}}
    assert not retyped(store, "brandt-grant")  # its own type again: nothing to record


def test_consolidate_changes_nothing_once_types_agree(store) -> None:
    for ex in (PERSON_1, ORG, PERSON_2):
        store_extraction(store, ex)
    assert consolidate(store) == {}


def test_reingesting_an_article_leaves_it_unchanged(store) -> None:
    for ex in (PERSON_1, ORG, PERSON_2):
        store_extraction(store, ex)
    assert store_extraction(store, ORG).status == "unchanged"


def test_a_surname_joining_a_person_that_this_article_calls_an_organization(store) -> None:
    """The case seen in real news: one article names "Idris Kawalec" (a person there); the
    next calls the full name an organization once, and "Kawalec" (a person) four times.
    "Kawalec" joins the person of the first article, the full name is the same node: one
    node, one type, not one of each."""
    store_extraction(
        store,
        extraction(
            "kawalec-1",
            "Idris Kawalec was charged on Friday in Gdansk.",
            {"Idris Kawalec": "person"},
        ),
    )
    second = extraction(
        "kawalec-2",
        "Investigators say Idris Kawalec wired money. Kawalec denied it. Kawalec's lawyer "
        "said Kawalec had never met the others, and Kawalec will appeal.",
        {"Idris Kawalec": "organization", "Kawalec": "person"},
    )
    store_extraction(store, second)
    assert_valid(store)
    node = URIRef(BASE + "id/actor/idris-kawalec")
    assert set().union(*types_of(store, node).values()) == {"person"}
    labels = [
        o for s, p, o in store.triples_in(graph_iri("kawalec-2")) if s == node and p == KG.surname
    ]
    assert labels == [Literal("Kawalec")]


def test_the_gazetteer_type_comes_first(store) -> None:
    """Whatever the mentions were typed, a gazetteer name keeps the gazetteer's type."""
    ex = extraction(
        "alliance-misread",
        "NATO said on Tuesday that NATO would respond; Estonia agreed.",
        {"NATO": "person", "Estonia": "person"},
    )
    store_extraction(store, ex)
    assert_valid(store)
    assert types_of(store, URIRef(BASE + "id/actor/nato")) == {
        str(graph_iri("alliance-misread")): {"organization"}
    }
    assert types_of(store, URIRef(BASE + "id/actor/estonia")) == {
        str(graph_iri("alliance-misread")): {"country"}
    }


def test_a_country_node_retyped_loses_the_members_that_pointed_at_it(store) -> None:
    """kg:memberOfCountry must point to a kg:Country: when a node stops being one (most of
    its mentions say otherwise), the organizations that belonged to it let go of it."""
    for n in range(2):
        store_extraction(
            store,
            extraction(
                f"velmora-person-{n}",
                "Velmora spoke first. Velmora then left.",
                {"Velmora": "person"},
            ),
        )
    text = "Velmora and the Velmora Water Board signed."
    ex = extraction("velmora-country", text, {"Velmora": "country"})
    board = Actor(
        key="b",
        name="Velmora Water Board",
        type="organization",
        mentions=(Span(text.index("Velmora Water"), text.index(" signed"), "Velmora Water Board"),),
        country=ex.actors[0].key,
    )
    ex = Extraction(ex.document, actors=(*ex.actors, board), extractor_version=VERSION)
    store_extraction(store, ex)
    assert_valid(store)
    assert set().union(*types_of(store, URIRef(BASE + "id/actor/velmora")).values()) == {
        "person"
    }


def test_decide_type() -> None:
    assert decide_type(Counter(person=3, organization=1)) == "person"
    assert decide_type(Counter(person=1, organization=3)) == "organization"
    # ties in a fixed order, so the order articles came in does not matter
    assert decide_type(Counter(person=2, organization=2)) == "person"
    assert decide_type(Counter(group=2, country=2)) == "country"
    assert decide_type(Counter(person=5), gazetteer_type="organization") == "organization"
    assert decide_type(Counter(country=5), rule_type="organization") == "organization"
