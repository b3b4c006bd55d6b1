"""The attribution picture of an event across articles (kg.query.events, ``kg claims``) and
timelines with dates merged over the articles that report an event."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.cli import main
from kg.errors import NotFoundError
from kg.query.events import attribution_picture, find_events, merge_dates, timeline
from kg.rdf import BASE
from kg.store import open_store
from tests.link.helpers import Article, ingest

D = dt.date
UKRAINE = BASE + "id/actor/ukraine"
RUSSIA = BASE + "id/actor/russia"


def kyiv() -> Article:
    a = Article(
        "kyiv",
        "Hackers hit Ukraine overnight. Ukraine blamed Russia for the attack.\n",
        D(2022, 1, 14),
    )
    a.actor("ua", "Ukraine", "country", "Ukraine", ("Ukraine", 2), wikidata="Q212")
    a.actor("ru", "Russia", "country", "Russia", wikidata="Q159")
    a.event(
        "e",
        "cyberattack",
        "hacking of Ukrainian websites",
        "hit",
        ("attack", 1),
        start=D(2022, 1, 13),
        end=D(2022, 1, 14),
        targets=("ua",),
    )
    return a.claim(
        "c1",
        "ua",
        "attribution",
        "ru",
        "asserted",
        "Ukraine blamed Russia for the attack.",
        event="e",
    )


def moscow() -> Article:
    a = Article(
        "moscow",
        "Dmitry Peskov said Russia had nothing to do with the attack on Ukraine last week.\n",
        D(2022, 1, 17),
    )
    a.actor("p", "Dmitry Peskov", "person", "Dmitry Peskov")
    a.actor("ru", "Russia", "country", "Russia", wikidata="Q159")
    a.actor("ua", "Ukraine", "country", "Ukraine", wikidata="Q212")
    a.event(
        "e",
        "cyberattack",
        "attack on Ukraine",
        "attack",
        start=D(2022, 1, 10),
        end=D(2022, 1, 16),
        targets=("ua",),
    )
    return a.claim(
        "c1",
        "p",
        "denial",
        "ru",
        "denied",
        "Russia had nothing to do with the attack on Ukraine",
        event="e",
    )


@pytest.fixture
def store():
    s = open_store(None)
    ingest(s, kyiv(), moscow())
    yield s
    s.close()


def test_the_picture_gathers_claims_of_every_article_about_the_event(store) -> None:
    (found,) = [e for e in find_events(store, "ATTACK ON") if e["claims"]]
    assert found["articles"] == 2 and found["claims"] == 2
    p = attribution_picture(store, found["event"])
    assert [a["id"] for a in p["articles"]] == ["kyiv", "moscow"]
    # "last week" does not stretch the night of January 13-14
    assert (p["begin"], p["end"]) == ("2022-01-13", "2022-01-14")
    (agent,) = p["agents"]
    assert agent["agent"] == RUSSIA and agent["contested"]
    (asserted,), (denied,) = agent["asserted_by"], agent["denied_by"]
    assert (asserted["claimant_name"], asserted["published"], asserted["article"]) == (
        "Ukraine",
        "2022-01-14",
        "kyiv",
    )
    assert (denied["claimant_name"], denied["published"], denied["kind"]) == (
        "Dmitry Peskov",
        "2022-01-17",
        "denial",
    )
    text = "Dmitry Peskov said Russia had nothing to do with the attack on Ukraine last week.\n"
    assert text[denied["start"] : denied["end"]] == denied["text"]
    assert [c["published"] for c in p["claims"]] == ["2022-01-14", "2022-01-17"]


def test_an_unknown_event_is_not_found(store) -> None:
    with pytest.raises(NotFoundError):
        attribution_picture(store, BASE + "id/event/nowhere/1")


def test_timeline_of_an_actor_merges_the_dates_of_all_reports(store) -> None:
    rows = timeline(store, UKRAINE)
    assert [(r["role"], r["begin"], r["end"], r["articles"]) for r in rows] == [
        ("target", "2022-01-13", "2022-01-14", 2)
    ]


def test_merge_dates_prefers_precise_reports() -> None:
    assert merge_dates([("2022-01-10", "2022-01-16"), ("2022-01-13", "2022-01-14")]) == (
        "2022-01-13",
        "2022-01-14",
    )
    assert merge_dates([("2022-01-10", "2022-01-16")]) == ("2022-01-10", "2022-01-16")
    assert merge_dates([(None, None)]) == (None, None)


def test_kg_claims_prints_who_asserts_and_who_denies(tmp_path, capsys) -> None:
    location = tmp_path / "kg"
    s = open_store(location)
    ingest(s, kyiv(), moscow())
    s.close()
    assert main(["claims", "hacking", "--store", str(location)]) == 0
    out = capsys.readouterr().out
    assert "responsible: Russia  [CONTESTED]" in out
    assert "2022-01-14  Ukraine asserts (attribution)  [kyiv " in out
    assert "2022-01-17  Dmitry Peskov denies (denial)  [moscow " in out
    assert main(["claims", "hacking", "--store", str(location), "--format", "json"]) == 0
    picture = json.loads(capsys.readouterr().out)
    assert picture["agents"][0]["contested"] is True
    assert main(["claims", "no such words", "--store", str(location)]) == 1
    assert "no event whose label contains" in capsys.readouterr().err
