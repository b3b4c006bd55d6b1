"""The web explorer's reads in kg.query: the event index answers the timeline exactly as
kg.query.events does, described events match, articles come latest first, and
an article's spans sit at their offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import query
from kg.errors import InputError, NotFoundError
from kg.store.oxigraph import OxigraphStore
from tests import kgworld
from tests.web.test_pages import HOSTILE_ID, _store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    location = tmp_path_factory.mktemp("explore") / "store"
    _store(location)
    s = OxigraphStore(location)
    yield s
    s.close()


@pytest.fixture(scope="module")
def index(store):
    return query.EventIndex.from_store(store)


@pytest.mark.parametrize(
    ("type", "start", "end"),
    [
        (None, None, None),
        ("cyberattack", None, None),
        (None, "2022-01-14", None),
        (None, None, "2022-01-14"),
        (None, "2022-01-14", "2022-01-15"),
        ("meeting", "2022-01-01", "2022-12-31"),
        (None, "2022-03-01", "2022-01-01"),
    ],
)
def test_index_timeline_is_the_query_timeline(store, index, type, start, end):
    s = dt.date.fromisoformat(start) if start else None
    e = dt.date.fromisoformat(end) if end else None
    expected = query.events(store, type, s, e, None, 50, 0)
    total, found = index.timeline(type, s, e, 50, 0)
    assert total == expected["total"]
    assert [x.id for x in found] == [x["id"] for x in expected["items"]]
    described = query.describe_events(store, [x.id for x in found])
    for got, want in zip(described, expected["items"]):
        for key in ("id", "label", "type", "place", "participants", "targets"):
            assert got[key] == want[key], key


def test_index_pages(index):
    total, everything = index.timeline(limit=50)
    pages = [index.timeline(limit=2, offset=o)[1] for o in range(0, total, 2)]
    assert [x for p in pages for x in p] == everything


def test_latest_and_contested(index):
    latest = index.latest(10)
    starts = [e.start for e in latest]
    assert starts == sorted(starts, reverse=True) and None not in starts
    contested = {e.id for e in index.contested(10)}
    assert kgworld.iri("event", "kyiv-talks/161") in contested  # blamed on Russia, denied
    assert all(e.asserted and e.denied for e in index.contested(10))


def test_describe_refuses_ids_that_are_not_the_graphs():
    with pytest.raises(InputError):
        query.describe_events(None, ["https://w3id.org/geokg/id/event/x> } DROP ALL {"])


def test_articles_latest_first(store, index):
    total, graphs = index.recent_articles(10)
    assert total == 3
    items = query.describe_articles(store, graphs)
    dates = [a["published"] for a in items]
    assert dates == sorted(dates, reverse=True)
    assert items[0]["id"] == HOSTILE_ID
    assert [a["graph"] for a in items] == graphs
    assert index.recent_articles(1, 1)[1] == graphs[1:2]


def test_article_view_spans_are_the_text(store):
    view = query.article_view(store, "kyiv-talks")
    assert view["text"] == kgworld.KYIV_TEXT
    assert {s["kind"] for s in view["spans"]} == {"actor", "event", "statement", "claim"}
    for s in view["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(view["text"])
    with pytest.raises(NotFoundError):
        query.article_view(store, "no-such-article")


def test_published_dates(store):
    assert query.published_dates(store, ["kyiv-talks", "nope"]) == {
        "kyiv-talks": "2022-02-10",
        "nope": None,
    }
