"""A later round of the same talks ("a second round of talks", "talks resumed", "will meet
again") is a new event related to the earlier one by ``kg:laterRoundOf``, never joined to it;
two articles' reports of one later round, each tied to the same earlier node, are one event,
whatever order they come in. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from rdflib.term import URIRef

from kg import vocab as v
from kg.link.events import _cued_as_later_round
from kg.rdf import graph_iri
from kg.store import open_store
from tests.link.helpers import Article, conforms, event_of, ingest

KG = v.KG
D = dt.date
FIRST, LATER = D(2026, 5, 5), D(2026, 5, 19)


@pytest.mark.parametrize(
    ("sentence", "trigger", "cued"),
    [
        ("The two delegations will meet again later this month.", "meet", True),
        ("Mediators announced a second round of talks for Friday.", "talks", True),
        ("Talks resumed in Lusaka on Monday after a pause.", "Talks", True),
        ("Negotiations will reconvene in Gaborone.", "Negotiations", True),
        ("The talks in Lusaka ended without a deal.", "talks", False),
        ("Again, the envoy said the talks had been useful.", "talks", False),
        ("The envoys met in Lusaka, and observers expect progress again soon.", "met", False),
        ("The envoy again called for talks with the rebels.", "talks", False),
        ("Both sides agreed to resume direct talks next week.", "talks", True),
    ],
)
def test_later_round_cues(sentence: str, trigger: str, cued: bool) -> None:
    start = sentence.index(trigger)
    assert _cued_as_later_round(sentence, start, start + len(trigger)) is cued


def report(doc_id: str, published: dt.date, text: str, first: str, later) -> Article:
    a = Article(doc_id, text, published)
    a.actor("k", "Thandiwe Banda", "person", "Thandiwe Banda")
    a.event(
        "t1", "meeting", "talks in Lusaka", first,
        start=FIRST, participants=("k",), location="Lusaka",
    )
    # one report dates the later round to the day, the other "later this month"
    end = LATER if doc_id == "wire" else D(2026, 5, 31)
    return a.event("t2", "meeting", "talks", later, start=LATER, end=end)


def wire() -> Article:
    return report(
        "wire", D(2026, 5, 6),
        "Envoy Thandiwe Banda opened talks in Lusaka on Tuesday. Mediators set a second "
        "round of negotiations for May 19.\n",
        "talks", "negotiations",
    )


def desk() -> Article:
    return report(
        "desk", D(2026, 5, 7),
        "Thandiwe Banda chaired Tuesday's meeting in Lusaka. The parties will meet again "
        "later this month.\n",
        "meeting", ("meet", 2),  # the first "meet" is in "meeting"
    )


def test_a_later_round_is_a_new_event_tied_to_the_earlier_one(store) -> None:
    ingest(store, wire())
    first, later = event_of(store, "wire", "talks"), event_of(store, "wire", "negotiations")
    assert first != later
    triples = set(store.triples_in(graph_iri("wire")))
    assert (URIRef(later), KG.laterRoundOf, URIRef(first)) in triples
    conforms(store)


@pytest.mark.parametrize("order", list(itertools.permutations(["wire", "desk"])))
def test_two_reports_of_one_later_round_are_one_event(order) -> None:
    made = {"wire": wire, "desk": desk}
    with open_store(None) as store:
        ingest(store, *(made[d]() for d in order))
        first = {event_of(store, "wire", "talks"), event_of(store, "desk", "meeting")}
        later = {event_of(store, "wire", "negotiations"), event_of(store, "desk", "meet")}
        # "meet" is the anchor text of the later round's mention
        assert len(first) == 1 and len(later) == 1 and first != later
        (node,), (earlier,) = later, first
        for doc in ("wire", "desk"):
            assert (URIRef(node), KG.laterRoundOf, URIRef(earlier)) in set(
                store.triples_in(graph_iri(doc))
            )


def test_a_strike_again_is_not_a_round(store) -> None:
    a = Article(
        "strikes", "Drones struck a depot in Kasama on Tuesday and struck again on Thursday.\n",
        D(2026, 5, 8),
    )
    a.event("s1", "armed_attack", "strike", ("struck", 1), start=D(2026, 5, 5))
    a.event("s2", "armed_attack", "strike", ("struck", 2), start=D(2026, 5, 7))
    ingest(store, a)
    assert not [t for t in store.triples_in(graph_iri("strikes")) if t[1] == KG.laterRoundOf]
