"""kg.query.articles over a real store: the articles page."""

from __future__ import annotations

from kg import query
from kg.query.articles import list_articles


def test_empty_store(empty_store):
    assert query.search_entities(empty_store, "x")["total"] == 0
    assert query.events(empty_store)["total"] == 0
    assert query.claims(empty_store)["items"] == []


def test_articles_page(store):
    page = query.articles(store)
    assert page["total"] == 2
    assert page["items"] == sorted(list_articles(store), key=lambda a: a["id"])
    second = query.articles(store, limit=1, offset=1)
    assert (second["total"], [a["id"] for a in second["items"]]) == (2, ["sandworm"])
    assert query.articles(store, offset=5)["items"] == []
