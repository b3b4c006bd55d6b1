"""A body named with its country before it ('Uruguay's Defence Ministry', 'the Uruguayan
Foreign Ministry'): one function, ``actors._country_body``, decides its name and country.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import actors
from kg.records import Document

pytestmark = pytest.mark.slow


def _bodies(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, country name, written form) of each body the NER tags in ``text``."""
    doc = extractor.nlp(text)
    table = actors.ActorTable(extractor.gazetteer)
    out = []
    for ent in (e for e in doc.ents if e.label_ == "ORG"):
        name, country, written = actors._country_body(ent, actors._extend_org(ent), table)
        out.append((name, table.clusters[country].name if country else None, written))
    return out


def test_possessive_country_before_a_ministry(extractor):
    text = "Uruguay's Defence Ministry and Paraguay's Foreign Ministry traded accusations on Monday."
    assert _bodies(extractor, text) == [
        ("Defence Ministry", "Uruguay", "Uruguay's Defence Ministry"),
        ("Foreign Ministry", "Paraguay", "Paraguay's Foreign Ministry"),
    ]


def test_demonym_inside_the_name_stays_in_it(extractor):
    # the NER takes the demonym into the name: the name keeps it, and the table reads the
    # country from the name when the body is filed
    assert _bodies(extractor, "The Uruguayan Foreign Ministry said the ferries would not run.") == [
        ("Uruguayan Foreign Ministry", None, None)
    ]


def test_two_countries_ministries_stay_two_bodies(extractor):
    text = "Ferry dispute\n\nUruguay's Defence Ministry and Paraguay's Foreign Ministry traded accusations on Monday.\n"
    ex = extractor.extract(Document("t", text, published=dt.date(2031, 3, 14)))
    names = {a.key: a.name for a in ex.actors}
    bodies = {(a.name, names.get(a.country)) for a in ex.actors if a.type == "organization"}
    assert bodies == {("Defence Ministry", "Uruguay"), ("Foreign Ministry", "Paraguay")}
