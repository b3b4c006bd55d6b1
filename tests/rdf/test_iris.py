"""IRIs exactly as docs/design.md specifies them."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.records import Actor, Document, Extraction
from kg.rdf import (
    BASE,
    actor_iri,
    article_iri,
    claim_iri,
    event_iri,
    graph_iri,
    mention_iri,
    place_iri,
    role_iri,
    slug,
    statement_iri,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministry of Foreign Affairs", "ministry-of-foreign-affairs"),
        ("Zürich", "zurich"),
        ("  --A & B--  ", "a-b"),
        ("Côte d'Ivoire", "cote-d-ivoire"),
        ("UNC1151", "unc1151"),
        ("Russia-NATO Council", "russia-nato-council"),
        ("Jos\u00c3\u00a9 Ib\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez", "jose-ibanez"),  # mojibake, once and twice
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_slug_of_a_name_without_ascii_is_stable_and_distinct() -> None:
    assert slug("Кремль") == slug("Кремль") != slug("Москва")
    assert slug("Кремль").startswith("u-")


def test_document_iris() -> None:
    assert BASE == "https://w3id.org/geokg/"
    assert str(article_iri("peskov-cnn")) == BASE + "id/article/peskov-cnn"
    assert graph_iri("peskov-cnn") == BASE + "graph/peskov-cnn"
    assert str(event_iri("peskov-cnn", 120)) == BASE + "id/event/peskov-cnn/120"
    assert str(statement_iri("peskov-cnn", 5, 40)) == BASE + "id/statement/peskov-cnn/5-40"
    assert str(claim_iri("peskov-cnn", 5, 40, 1)) == BASE + "id/claim/peskov-cnn/5-40-1"
    assert str(mention_iri("peskov-cnn", 5, 9)) == BASE + "id/mention/peskov-cnn/5-9"
    assert str(place_iri("Geneva")) == BASE + "id/place/geneva"


def test_doc_ids_are_percent_encoded_whole() -> None:
    """A "/" in an id is encoded so one article's IRIs never look like another's sub-paths."""
    assert str(article_iri("a b/c")) == BASE + "id/article/a%20b%2Fc"
    assert graph_iri("a b/c") == BASE + "graph/a%20b%2Fc"


def extraction_with(*actors: Actor) -> Extraction:
    return Extraction(Document("d", "text"), actors=actors)


ARMENIA = Actor("am", "Armenia", "country")
UKRAINE = Actor("ua", "Ukraine", "country")
US = Actor("us", "United States", "country", aliases=("US", "USA"))


@pytest.mark.parametrize(
    ("org", "country", "local"),
    [
        ("ministry of foreign affairs", ARMENIA, "ministry-of-foreign-affairs--armenia"),
        ("Ministry of Foreign Affairs of Armenia", ARMENIA, "ministry-of-foreign-affairs-of-armenia"),
        ("Ukrainian Ministry of Culture", UKRAINE, "ukrainian-ministry-of-culture"),
        ("Cabinet of Ministers", UKRAINE, "cabinet-of-ministers--ukraine"),
        ("US State Department", US, "us-state-department"),
        ("State Department", US, "state-department--united-states"),
    ],
)
def test_organisation_gets_its_country_suffix_unless_its_name_says_it(
    org: str, country: Actor, local: str
) -> None:
    actor = Actor("o", org, "organization", country=country.key)
    assert str(actor_iri(actor, extraction_with(actor, country))) == BASE + "id/actor/" + local


def test_two_countries_foreign_ministries_stay_apart() -> None:
    am = Actor("o1", "foreign ministry", "organization", country="am")
    ua = Actor("o2", "foreign ministry", "organization", country="ua")
    ex = extraction_with(am, ua, ARMENIA, UKRAINE)
    assert actor_iri(am, ex) != actor_iri(ua, ex)


def test_only_organisations_take_the_suffix() -> None:
    person = Actor("p", "Nikol Pashinyan", "person", country="am")
    assert str(actor_iri(person, extraction_with(person, ARMENIA))) == BASE + "id/actor/nikol-pashinyan"
    plain = Actor("o", "NATO", "organization")
    assert str(actor_iri(plain, extraction_with(plain))) == BASE + "id/actor/nato"


def test_role_iri_uses_actor_slugs_including_the_country_suffix() -> None:
    holder = BASE + "id/actor/ararat-mirzoyan"
    of = BASE + "id/actor/ministry-of-foreign-affairs--armenia"
    assert str(role_iri(URIRef(holder), "Foreign Minister", URIRef(of))) == (
        BASE + "id/role/ararat-mirzoyan/foreign-minister/ministry-of-foreign-affairs--armenia"
    )
    assert str(role_iri(URIRef(holder), "Foreign Minister")) == (
        BASE + "id/role/ararat-mirzoyan/foreign-minister"
    )
