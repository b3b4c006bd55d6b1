"""Merging stored event nodes (``kg.link.events.merge_stored``): a later report that shows two
nodes already in the store are one happening joins them, whatever order the reports came in;
look-alikes that a report tells apart, or whose reports conflict, stay apart; the merge is
explained, idempotent, and one write on a real Oxigraph store on disk."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from rdflib.term import URIRef

from kg import vocab as v
from kg.cli import main
from kg.ingest import store_document
from kg.link.events import MERGED, merge_stored
from kg.rdf import BASE, graph_iri
from kg.store import open_store
from tests.link.helpers import Article, Canned, conforms, event_of, evidence, ingest

KG = v.KG
D = dt.date
TUESDAY = D(2026, 3, 10)


def envoy() -> Article:
    a = Article("envoy", "Envoy Lindiwe Dube attended the talks on Tuesday.\n", D(2026, 3, 10))
    a.actor("d", "Lindiwe Dube", "person", "Lindiwe Dube")
    return a.event("m", "meeting", "talks", "talks", start=TUESDAY, participants=("d",))


def venue() -> Article:
    a = Article("venue", "Negotiations opened in Windhoek on Tuesday.\n", D(2026, 3, 11))
    return a.event(
        "m", "meeting", "negotiations in Windhoek", "Negotiations",
        start=TUESDAY, location="Windhoek",
    )


def wrap() -> Article:
    a = Article(
        "wrap",
        "Envoy Lindiwe Dube joined the negotiations in Windhoek on Tuesday.\n",
        D(2026, 3, 12),
    )
    a.actor("d", "Lindiwe Dube", "person", "Lindiwe Dube")
    return a.event(
        "m", "meeting", "negotiations in Windhoek", "negotiations",
        start=TUESDAY, participants=("d",), location="Windhoek",
    )


NODES = {"envoy": "talks", "venue": "Negotiations", "wrap": "negotiations"}


def nodes(store) -> set[str]:
    return {event_of(store, doc, phrase) for doc, phrase in NODES.items()}


def test_two_reports_that_share_nothing_stay_apart(store) -> None:
    ingest(store, envoy(), venue())
    assert event_of(store, "envoy", "talks") != event_of(store, "venue", "Negotiations")


def echo(a: Article, doc_id: str) -> Article:
    """Another report of the same event, worded the same."""
    return replace(a, doc_id=doc_id)


def test_a_third_report_that_fits_both_stored_nodes_merges_them(store) -> None:
    # each node reported twice (so neither is one article's alone to decide again): the
    # third report merges the two stored nodes
    ingest(store, envoy(), echo(envoy(), "envoy-2"), venue(), echo(venue(), "venue-2"), wrap())
    (node,) = nodes(store)
    assert event_of(store, "envoy-2", "talks") == event_of(store, "venue-2", "Negotiations") == node
    # the node that was merged is named nowhere any more, and the article that named it
    # says which IRI it had; its mention says why
    first = envoy().span("talks").start
    gone = {f"{BASE}id/event/envoy/{first}", f"{BASE}id/event/venue/0"} - {node}
    (old,) = gone
    named = [
        (s, p, o)
        for g in store.graphs()
        for s, p, o in store.triples_in(g)
        if any(isinstance(x, URIRef) and str(x).startswith(old) for x in (s, o))
    ]
    assert [p for _, p, _ in named] == [KG.sameEventAs]  # its intervals were renamed too
    owner = old.split("/id/event/", 1)[1].split("/", 1)[0]
    assert (URIRef(node), KG.sameEventAs, URIRef(old)) in set(store.triples_in(graph_iri(owner)))
    phrase = NODES[owner]
    (why,) = [w for w in evidence(store, owner, phrase) if MERGED in w]
    assert why.startswith("same-event:") and "wrap reports the meeting 2026-03-10/2026-03-10" in why
    conforms(store)


@pytest.mark.parametrize("order", list(itertools.permutations(["envoy", "venue", "wrap"])))
def test_the_merge_does_not_depend_on_the_order_of_the_reports(order) -> None:
    made = {"envoy": envoy, "venue": venue, "wrap": wrap}
    with open_store(None) as store:
        ingest(store, *(made[d]() for d in order))
        assert len(nodes(store)) == 1


def test_a_merge_is_one_write_idempotent_and_kept_on_reingest(tmp_path) -> None:
    location = tmp_path / "store"
    articles = [envoy(), venue(), wrap()]
    canned = Canned(*articles)
    with open_store(location) as store:
        results = [store_document(store, a.document(), canned) for a in articles]
        # the article that named the merged node was rewritten (the kept one was not)
        assert len(results[2].rejoined) == 1 and results[2].rejoined[0] in ("envoy", "venue")
        before = {g: set(store.triples_in(g)) for g in store.graphs()}
    with open_store(location) as store:  # on disk: the merge was committed
        assert {g: set(store.triples_in(g)) for g in store.graphs()} == before
        assert merge_stored(store, "wrap") == []  # nothing left to merge
        for a in articles:  # a second ingest repeats every decision, the merge included
            assert store_document(store, a.document(), canned).status == "unchanged"
        assert {g: set(store.triples_in(g)) for g in store.graphs()} == before
        assert len(nodes(store)) == 1


def attack(doc_id: str, text: str, published: dt.date, *targets: tuple[str, str, str]) -> Article:
    a = Article(doc_id, text, published)
    for key, name, qid in targets:
        a.actor(key, name, "country", name, wikidata=qid)
    return a.event(
        "e", "cyberattack", "hacking", "hacked",
        start=D(2026, 3, 9), targets=tuple(k for k, _, _ in targets),
    )


def test_nodes_whose_reports_name_other_targets_stay_apart(store) -> None:
    # a round-up that names both victims fits each attack, but the report of one names only
    # Estonia and the report of the other only Latvia: two attacks, not one
    monday = D(2026, 3, 9)
    one = attack(
        "tallinn", "Intruders hacked ministries in Estonia on Monday.\n", monday,
        ("x", "Estonia", "Q191"),
    )
    two = attack(
        "riga", "Intruders hacked ministries in Latvia on Monday.\n", monday,
        ("y", "Latvia", "Q211"),
    )
    both = attack(
        "roundup", "Intruders hacked ministries in Estonia and Latvia on Monday.\n",
        D(2026, 3, 10),
        ("x", "Estonia", "Q191"), ("y", "Latvia", "Q211"),
    )
    ingest(store, one, two, both)
    assert event_of(store, "tallinn", "hacked") != event_of(store, "riga", "hacked")


def test_nodes_an_article_reports_as_two_stay_apart(store) -> None:
    # one article reports both meetings as two: a third that fits both does not join them
    a = Article(
        "pair",
        "Envoy Lindiwe Dube held talks on Tuesday. "
        "Separately, negotiations opened in Windhoek on Tuesday.\n",
        D(2026, 3, 10),
    )
    a.actor("d", "Lindiwe Dube", "person", "Lindiwe Dube")
    a.event("m1", "meeting", "talks", "talks", start=TUESDAY, participants=("d",))
    a.event(
        "m2", "meeting", "negotiations in Windhoek", "negotiations",
        start=TUESDAY, location="Windhoek",
    )
    ingest(store, a, wrap())
    assert event_of(store, "pair", "talks") != event_of(store, "pair", "negotiations")


def test_kg_consolidate_merges_nodes_a_store_written_without_merging_kept_apart(
    tmp_path, monkeypatch, capsys
) -> None:
    # as parallel writers can leave it: each article resolved, no merge after the write
    location = tmp_path / "store"
    monkeypatch.setattr("kg.ingest.pipeline.merge_stored", lambda store, doc_id: [])
    with open_store(location) as store:
        ingest(store, envoy(), venue(), wrap())
        assert len(nodes(store)) == 2
    monkeypatch.undo()
    assert main(["consolidate", "--store", str(location)]) == 0
    assert "0 article(s) changed" not in capsys.readouterr().out
    with open_store(location) as store:
        assert len(nodes(store)) == 1


# -- a vague report stored first is decided again once dated reports join each other --------

WEDNESDAY = D(2026, 3, 11)


def review() -> Article:
    a = Article(
        "review",
        "The Northern Liberation Front carried out a drone strike last week, the governor said.\n",
        D(2026, 3, 16),
    )
    a.actor("f", "Northern Liberation Front", "group", "Northern Liberation Front")
    return a.event(
        "s", "armed_attack", "drone strike", "drone strike",
        start=D(2026, 3, 9), end=D(2026, 3, 15), participants=("f",),
    )


def burned() -> Article:
    a = Article(
        "burned", "A fuel depot in Kasama burned after a raid on Wednesday.\n", D(2026, 3, 11)
    )
    return a.event("s", "armed_attack", "raid", "raid", start=WEDNESDAY, location="Kasama")


def claimed() -> Article:
    a = Article(
        "claimed",
        "The Northern Liberation Front struck a fuel depot in Kasama on Wednesday.\n",
        D(2026, 3, 12),
    )
    a.actor("f", "Northern Liberation Front", "group", "Northern Liberation Front")
    return a.event(
        "s", "armed_attack", "strike", "struck",
        start=WEDNESDAY, participants=("f",), location="Kasama",
    )


@pytest.mark.parametrize("order", list(itertools.permutations(["review", "burned", "claimed"])))
def test_a_vague_report_joins_the_reports_dated_to_the_day_in_any_order(order) -> None:
    # "last week" shares the group with one dated report and nothing with the other: coming
    # last it joins them as the only strike that fits; stored first it is decided again
    made = {"review": review, "burned": burned, "claimed": claimed}
    with open_store(None) as store:
        ingest(store, *(made[d]() for d in order))
        found = {
            event_of(store, "review", "drone strike"),
            event_of(store, "burned", "raid"),
            event_of(store, "claimed", "struck"),
        }
        assert len(found) == 1


def briefing_month() -> Article:
    a = Article(
        "month", "Minister Rania Haddad briefed reporters on the water talks in Amman in March.\n",
        D(2026, 3, 31),
    )
    return a.event(
        "b", "interview", "briefing on the water talks", "briefed",
        start=D(2026, 3, 1), end=D(2026, 3, 31), location="Amman",
    )


def briefing_day() -> Article:
    # no actor and no place: it joins the March briefing on its sentence's words alone, as
    # the only briefing that fits
    a = Article("day", "Haddad briefed reporters on the water talks on Monday.\n", D(2026, 3, 25))
    return a.event("b", "interview", "briefing on the water talks", "briefed", start=D(2026, 3, 23))


def briefing_other_day() -> Article:
    # shares the place with the March report, so it joins that node too, with another day
    a = Article(
        "other", "Haddad briefed reporters on the water talks in Amman on Tuesday.\n",
        D(2026, 3, 12),
    )
    return a.event(
        "b", "interview", "briefing on the water talks", "briefed",
        start=D(2026, 3, 10), location="Amman",
    )


def test_a_resumed_ingest_keeps_what_a_run_straight_through_decided(tmp_path) -> None:
    # a report joins a node as the only one that fits; a later report gives that node
    # another day, so that, decided afresh, the first would no longer join it. A write never
    # unjoins an earlier article, so neither may re-ingesting it: a run killed after some
    # articles and resumed (which re-ingests those) must leave the graph a straight run does
    articles = [briefing_month(), briefing_day(), briefing_other_day()]
    canned = Canned(*articles)
    with open_store(None) as straight:
        for a in articles:
            store_document(straight, a.document(), canned)
        day = event_of(straight, "day", "briefed")
        assert day == event_of(straight, "month", "briefed")  # it joined
        expected = {g: set(straight.triples_in(g)) for g in straight.graphs()}
    location = tmp_path / "store"
    with open_store(location) as store:
        for a in articles:  # the run that was killed
            store_document(store, a.document(), canned)
    with open_store(location) as store:  # resumed: every article again
        assert [store_document(store, a.document(), canned).status for a in articles] == [
            "unchanged"
        ] * 3
        assert {g: set(store.triples_in(g)) for g in store.graphs()} == expected
        conforms(store)


def test_an_event_told_otherwise_on_reingest_is_decided_afresh() -> None:
    # the sticky decision holds only while the article tells the event as it did: the same
    # article re-ingested with another day for it (a correction) is matched again, and the
    # day another report gives the node now tells it apart
    articles = [briefing_month(), briefing_day(), briefing_other_day()]
    with open_store(None) as store:
        ingest(store, *articles)
        corrected = briefing_day()
        corrected.events[0] = replace(corrected.events[0], start=D(2026, 3, 24), end=D(2026, 3, 24))
        store_document(store, corrected.document(), Canned(corrected))
        assert event_of(store, "day", "briefed") != event_of(store, "month", "briefed")
