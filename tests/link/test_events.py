"""Event coreference rules (kg.link.events), on hand-built extractions through the real
pipeline (RDF mapping, linking, store): reports of one event that must merge, look-alikes
that must stay apart, and the evidence of each merge."""

from __future__ import annotations

import datetime as dt

from rdflib.term import URIRef

from kg import vocab as v
from kg.rdf import BASE, graph_iri
from kg.store import open_store
from tests.link.helpers import (
    A,
    Article,
    actor_of,
    attack_report,
    conforms,
    event_of,
    evidence,
    evidence_of_event,
    ingest,
)

KG = v.KG
D = dt.date


# -- events --------------------------------------------------------------------------------


def test_the_same_attack_reported_twice_is_one_event_with_evidence(store) -> None:
    first = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    second = attack_report("moscow", D(2022, 1, 15), D(2022, 1, 14), D(2022, 1, 14))
    ingest(store, first, second)
    node = event_of(store, "kyiv", "hit")
    assert event_of(store, "moscow", "hit") == node
    triples = set(store.triples_in(graph_iri("moscow")))
    local = URIRef(f"{BASE}id/event/moscow/8")
    assert (URIRef(node), KG.sameEventAs, local) in triples
    (why,) = [w for w in evidence(store, "moscow", "hit") if w.startswith("same-event:")]
    assert "2022-01-14/2022-01-14 overlaps 2022-01-13/2022-01-14" in why
    assert "shared target:ukraine" in why and "first reported in kyiv" in why
    # one node, a mention in each article, each article's dates as its own interval
    mentions = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> SELECT ?e (COUNT(DISTINCT ?m) AS ?n) "
        "WHERE { ?e kg:mentionedIn ?m } GROUP BY ?e",
        {"e": URIRef(node)},
    ).dicts()
    assert int(mentions[0]["n"]) == 2
    conforms(store)


def test_attacks_of_the_same_type_on_the_same_day_stay_apart(store) -> None:
    ukraine = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    lithuania = attack_report(
        "vilnius", D(2022, 1, 14), D(2022, 1, 14), D(2022, 1, 14), target="Lithuania", qid="Q37"
    )
    ingest(store, ukraine, lithuania)
    assert event_of(store, "kyiv", "hit") != event_of(store, "vilnius", "hit")


def test_a_vague_date_merges_only_when_one_event_fits(store) -> None:
    kyiv = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    week = attack_report("week", D(2022, 1, 17), D(2022, 1, 10), D(2022, 1, 16))
    ingest(store, kyiv, week)
    assert event_of(store, "week", "hit") == event_of(store, "kyiv", "hit")
    store2 = open_store(None)
    try:
        other = attack_report("other", D(2022, 1, 12), D(2022, 1, 11), D(2022, 1, 11))
        ingest(store2, kyiv, other, week)  # two attacks on Ukraine fit "last week"
        assert event_of(store2, "week", "hit") not in (
            event_of(store2, "kyiv", "hit"),
            event_of(store2, "other", "hit"),
        )
    finally:
        store2.close()


def _undated_report(doc_id: str, published: dt.date, text: str, role: str = "targets") -> Article:
    undated = Article(doc_id, text, published)
    undated.actor("t", "Ukraine", "country", "Ukraine", wikidata="Q212")
    return undated.event("e", "cyberattack", "hacking", "hit", **{role: ("t",)})


def test_an_undated_report_joins_the_one_recent_event_with_its_target(store) -> None:
    dated = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    undated = _undated_report("undated", D(2022, 1, 15), "Hackers hit servers in Ukraine.\n")
    ingest(store, dated, undated)
    assert event_of(store, "undated", "hit") == event_of(store, "kyiv", "hit")


def test_an_undated_report_stays_apart_when_two_events_fit_or_roles_differ(store) -> None:
    kyiv = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    other = attack_report("other", D(2022, 1, 10), D(2022, 1, 9), D(2022, 1, 9))
    undated = _undated_report("undated", D(2022, 1, 15), "Hackers hit servers in Ukraine.\n")
    ingest(store, kyiv, other, undated)
    assert event_of(store, "undated", "hit") not in (
        event_of(store, "kyiv", "hit"),
        event_of(store, "other", "hit"),
    )
    store2 = open_store(None)
    try:
        doer = _undated_report("doer", D(2022, 1, 15), "Ukraine hit servers.\n", "participants")
        ingest(store2, kyiv, doer)  # Ukraine hacked, not hacking
        assert event_of(store2, "doer", "hit") != event_of(store2, "kyiv", "hit")
    finally:
        store2.close()


def test_an_undated_report_too_old_for_the_event_stays_apart(store) -> None:
    dated = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14))
    late = _undated_report("late", D(2022, 2, 20), "Hackers hit servers in Ukraine.\n")
    ingest(store, dated, late)
    assert event_of(store, "late", "hit") != event_of(store, "kyiv", "hit")


def test_reports_a_day_apart_are_one_event(store) -> None:
    night = attack_report("night", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 13))
    morning = attack_report("morning", D(2022, 1, 15), D(2022, 1, 14), D(2022, 1, 14))
    ingest(store, night, morning)
    assert event_of(store, "morning", "hit") == event_of(store, "night", "hit")


def test_a_council_and_its_meeting_are_different_nodes(store) -> None:
    text = "NATO and Russia met at the NATO-Russia Council in Brussels on Wednesday.\n"
    one = Article("brussels", text, D(2022, 1, 12))
    one.actor("nrc", "NATO-Russia Council", "organization", "NATO-Russia Council")
    one.actor("ru", "Russia", "country", "Russia", wikidata="Q159")
    one.event(
        "m",
        "meeting",
        "meeting of the NATO-Russia Council",
        "met",
        start=D(2022, 1, 12),
        participants=("nrc", "ru"),
        location="Brussels",
    )
    two = Article(
        "moscow", "Russian envoys met the NATO-Russia Council on Wednesday.\n", D(2022, 1, 13)
    )
    two.actor("nrc", "NATO-Russia Council", "organization", "NATO-Russia Council")
    two.event("m", "meeting", "meeting", "met", start=D(2022, 1, 12), participants=("nrc",))
    ingest(store, one, two)
    meeting = event_of(store, "brussels", "met")
    assert event_of(store, "moscow", "met") == meeting
    council = actor_of(store, "moscow", "NATO-Russia Council")
    assert council == str(A("nato-russia-council")) != meeting
    types = {str(o) for _, p, o in store.triples_in(graph_iri("moscow")) if p == v.RDF.type}
    assert str(KG.Event) in types and str(KG.Organization) in types


def _two_target_report(doc_id: str, published: dt.date, start=None, targets=("Ukraine", "Cabinet")):
    text = "Hackers hit the websites of Ukraine and of the Cabinet, officials said.\n"
    a = Article(doc_id, text, published)
    keys = []
    if "Ukraine" in targets:
        a.actor("u", "Ukraine", "country", "Ukraine", wikidata="Q212")
        keys.append("u")
    if "Cabinet" in targets:
        a.actor("c", "Cabinet of Ministers of Ukraine", "organization", "Cabinet")
        keys.append("c")
    return a.event("e", "cyberattack", "hacking of websites", "hit", start=start, end=start,
                   targets=tuple(keys))


def test_an_undated_report_joins_a_recent_event_it_shares_two_actors_with(store) -> None:
    dated = _two_target_report("dated", D(2022, 1, 14), start=D(2022, 1, 14))
    undated = _two_target_report("undated", D(2022, 1, 20))
    ingest(store, dated, undated)
    assert event_of(store, "undated", "hit") == event_of(store, "dated", "hit")
    why = " ".join(w for w in evidence_of_event(store, "undated"))
    assert "undated, reported within 14 days" in why


def test_an_undated_report_a_month_later_stays_apart(store) -> None:
    dated = _two_target_report("dated", D(2022, 1, 14), start=D(2022, 1, 14))
    undated = _two_target_report("undated", D(2022, 2, 20))
    ingest(store, dated, undated)
    assert event_of(store, "undated", "hit") != event_of(store, "dated", "hit")


def test_a_month_long_report_is_still_a_candidate_for_a_dated_one(store) -> None:
    """Candidates are looked up by the begin dates that can overlap (a VALUES list of days,
    kg.link.events.MAX_SPAN_DAYS back): a 'last month' report begun four weeks earlier is found."""
    month = attack_report("month", D(2022, 1, 3), D(2021, 12, 1), D(2021, 12, 31))
    day = attack_report("day", D(2022, 1, 4), D(2021, 12, 29), D(2021, 12, 29))
    ingest(store, month, day)
    assert event_of(store, "day", "hit") == event_of(store, "month", "hit")


def test_talks_in_a_capital_and_in_its_country_are_one_meeting(store) -> None:
    riyadh = Article("riyadh", "Envoys held talks in Riyadh on Wednesday.\n", D(2025, 3, 5))
    riyadh.event("m", "meeting", "talks in Riyadh", "talks", start=D(2025, 3, 5), location="Riyadh")
    saudi = Article("saudi", "Wednesday's meeting in Saudi Arabia was frank.\n", D(2025, 3, 7))
    saudi.event(
        "m", "meeting", "meeting in Saudi Arabia", "meeting", start=D(2025, 3, 5),
        location="Saudi Arabia",
    )
    ingest(store, riyadh, saudi)
    assert event_of(store, "saudi", "meeting") == event_of(store, "riyadh", "talks")
    store2 = open_store(None)
    try:  # Riyadh is not in Qatar: the places conflict
        doha = Article("doha", "Wednesday's meeting in Qatar was frank.\n", D(2025, 3, 7))
        doha.event("m", "meeting", "meeting in Qatar", "meeting", start=D(2025, 3, 5), location="Qatar")
        ingest(store2, riyadh, doha)
        assert event_of(store2, "doha", "meeting") != event_of(store2, "riyadh", "talks")
    finally:
        store2.close()


def test_undated_reports_of_one_story_merge_on_the_words_of_their_sentences(store) -> None:
    night = Article(
        "night",
        "A drone attack set a fuel depot on fire in the Belgorod region overnight.\n",
        D(2025, 3, 4),
    )
    night.event("a", "armed_attack", "drone attack", "attack", start=D(2025, 3, 3), end=D(2025, 3, 4))
    later = Article(
        "later", "The talks were overshadowed by the drone strike on the Belgorod fuel depot.\n",
        D(2025, 3, 7),
    )
    later.event("a", "armed_attack", "drone strike", "strike")
    elsewhere = Article(
        "elsewhere", "Drones hit a power substation in the Kursk region, officials said.\n",
        D(2025, 3, 7),
    )
    elsewhere.event("a", "armed_attack", "drone strike", "hit")
    ingest(store, night, later, elsewhere)
    assert event_of(store, "later", "strike") == event_of(store, "night", "attack")
    # one shared word ("drone") is not a story
    assert event_of(store, "elsewhere", "hit") != event_of(store, "night", "attack")


def _railway_report(doc_id: str, body: str) -> Article:
    a = Article(doc_id, f"Hackers hit the ticket systems of {body}, the company said.\n", D(2022, 1, 15))
    a.actor("t", body, "organization", body)
    return a.event("e", "cyberattack", f"hacking of {body}", "hit", start=D(2022, 1, 14), end=D(2022, 1, 14), targets=("t",))


def test_a_country_and_a_body_named_after_it_are_one_target(store) -> None:
    """One report names the victim ('Ukrainian Railways'), another its country ('Ukraine'):
    the same attack; a body named after another country stays apart."""
    country = attack_report("kyiv", D(2022, 1, 14), D(2022, 1, 14), D(2022, 1, 14))
    ingest(store, country, _railway_report("rail", "Ukrainian Railways"), _railway_report("pkp", "Polish Railways"))
    assert event_of(store, "rail", "hit") == event_of(store, "kyiv", "hit")
    assert event_of(store, "pkp", "hit") != event_of(store, "kyiv", "hit")
