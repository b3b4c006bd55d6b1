"""Actor resolution and event coreference rules, on hand-built extractions through the real
pipeline (RDF mapping, resolution, embedded store): merges that must happen, look-alikes that
must stay apart, the evidence of each merge, idempotent re-ingest and clean deletion."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib.term import Literal, URIRef

from kg import vocab as v
from kg.rdf import BASE, article_iri, graph_iri
from kg.query.articles import article_record
from kg.resolution import consolidate
from kg.store import open_store
from kg.validate import validate_store
from tests.resolution.helpers import Article, ingest

KG, OWL, RDFS = v.KG, v.OWL, v.RDFS
D = dt.date


def A(local: str) -> URIRef:
    return URIRef(BASE + "id/actor/" + local)


@pytest.fixture(params=["embedded", "remote"])
def store(request):
    """An empty store: in memory, or a real Oxigraph server through the remote store."""
    if request.param == "embedded":
        s = open_store(None)
    else:
        server = request.getfixturevalue("oxigraph_server")
        server.clear()
        s = open_store(server.url)
    yield s
    s.close()


def actor_of(store, doc_id: str, phrase: str) -> str:
    """The actor IRI of the article's mention whose words are ``phrase``."""
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?x WHERE { GRAPH ?g { ?x kg:actorType ?k ; kg:mentionedIn ?m . "
        "?m kg:anchorText ?t } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    assert rows, f"no actor mention {phrase!r} in {doc_id}"
    return str(rows[0]["x"])


def evidence(store, doc_id: str, phrase: str) -> set[str]:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?why WHERE { GRAPH ?g { ?m kg:anchorText ?t ; kg:resolvedBy ?why } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    return {str(r["why"]) for r in rows}


def event_of(store, doc_id: str, phrase: str) -> str:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?x WHERE { GRAPH ?g { ?x a kg:Event ; kg:mentionedIn ?m . "
        "?m kg:anchorText ?t } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    assert rows, f"no event mention {phrase!r} in {doc_id}"
    return str(rows[0]["x"])


def conforms(store) -> None:
    bad = {g: r.results for g, r in validate_store(store).items() if not r.conforms}
    assert not bad


# -- people --------------------------------------------------------------------------------


def kyiv_with_tkachenko() -> Article:
    a = Article(
        "kyiv", "Yuriy Tkachenko, a deputy minister, said the sites were back.\n", D(2022, 1, 14)
    )
    return a.actor(
        "t",
        "Yuriy Tkachenko",
        "person",
        "Yuriy Tkachenko",
        aliases=("deputy minister",),
        roles=(("deputy minister", None),),
    )


def test_surname_only_joins_the_one_person_with_that_surname(store) -> None:
    later = Article(
        "later", "Tkachenko told reporters the attack was prepared for months.\n", D(2022, 1, 16)
    ).actor("t", "Tkachenko", "person", "Tkachenko")
    ingest(store, kyiv_with_tkachenko(), later)
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert "store:surname-of:Yuriy Tkachenko" in evidence(store, "later", "Tkachenko")
    # the article's record names the node by its canonical name, the article's as alias
    record = article_record(store, "later")
    assert record["actors"][0]["id"] == str(A("yuriy-tkachenko"))
    assert record["actors"][0]["name"] == "Yuriy Tkachenko"
    assert "Tkachenko" in record["actors"][0]["aliases"]
    conforms(store)


def test_two_people_sharing_a_surname_stay_apart_unless_a_title_decides(store) -> None:
    igor = Article(
        "igor", "Igor Tkachenko, a researcher, said the malware was new.\n", D(2022, 1, 15)
    ).actor("i", "Igor Tkachenko", "person", "Igor Tkachenko")
    bare = Article("bare", "Tkachenko said more attacks would follow.\n", D(2022, 1, 17))
    bare.actor("t", "Tkachenko", "person", "Tkachenko")
    titled = Article(
        "titled", "Deputy Minister Tkachenko said the sites were restored.\n", D(2022, 1, 17)
    )
    titled.actor(
        "t",
        "Tkachenko",
        "person",
        "Tkachenko",
        aliases=("Deputy Minister",),
        roles=(("Deputy Minister", None),),
    )
    ingest(store, kyiv_with_tkachenko(), igor, bare, titled)
    assert actor_of(store, "igor", "Igor Tkachenko") == str(A("igor-tkachenko"))
    # two candidates, nothing to choose: apart, and the evidence says why
    assert actor_of(store, "bare", "Tkachenko") == str(A("tkachenko"))
    assert evidence(store, "bare", "Tkachenko") >= {
        "store:ambiguous-surname:Igor Tkachenko|Yuriy Tkachenko"
    }
    # the title is shared with one of them only
    assert actor_of(store, "titled", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert any(
        w.startswith("store:surname-of:Yuriy Tkachenko;title:")
        for w in evidence(store, "titled", "Tkachenko")
    )


def test_transliterated_first_names_merge_other_first_names_do_not(store) -> None:
    first = Article("a", "Serhiy Demchenko of the security council spoke.\n", D(2022, 1, 15))
    first.actor("p", "Serhiy Demchenko", "person", "Serhiy Demchenko")
    variant = Article("b", "Sergei Demchenko said hackers were behind it.\n", D(2022, 1, 16))
    variant.actor("p", "Sergei Demchenko", "person", "Sergei Demchenko")
    other = Article("c", "Olena Demchenko, a lawmaker, called for sanctions.\n", D(2022, 1, 16))
    other.actor("p", "Olena Demchenko", "person", "Olena Demchenko")
    ingest(store, first, variant, other)
    assert actor_of(store, "b", "Sergei Demchenko") == str(A("serhiy-demchenko"))
    assert "store:name-variant:Serhiy Demchenko" in evidence(store, "b", "Sergei Demchenko")
    assert actor_of(store, "c", "Olena Demchenko") == str(A("olena-demchenko"))


# -- places, bodies ------------------------------------------------------------------------


def test_georgia_the_us_state_is_not_georgia_the_country(store) -> None:
    country = Article(
        "tbilisi", "TBILISI - Georgia will join NATO, the Georgian minister said.\n", D(2022, 1, 13)
    )
    country.actor("g", "Georgia", "country", "Georgia", wikidata="Q230")
    state = Article(
        "atlanta",
        "ATLANTA - Hackers hit the state of Georgia's election office, "
        "Georgia Governor Brian Kemp said.\n",
        D(2022, 1, 14),
    )
    state.actor("g", "Georgia", "country", "Georgia", ("Georgia", 2), wikidata="Q230")
    state.actor("k", "Brian Kemp", "person", "Brian Kemp", roles=(("Governor", "g"),))
    ingest(store, country, state)
    assert actor_of(store, "tbilisi", "Georgia") == str(A("georgia"))
    assert actor_of(store, "atlanta", "Georgia") == str(A("georgia-u-s-state"))
    g = graph_iri("atlanta")
    triples = set(store.triples_in(g))
    assert (
        A("georgia-u-s-state"),
        OWL.sameAs,
        URIRef("http://www.wikidata.org/entity/Q1428"),
    ) in triples
    assert (A("georgia-u-s-state"), KG.actorType, Literal("organization")) in triples
    assert not any(s == A("georgia") for s, _, _ in triples)
    assert any(
        w.startswith("context:US state (state of Georgia")
        for w in evidence(store, "atlanta", "Georgia")
    )
    conforms(store)


def test_two_countries_foreign_ministries_stay_apart_and_names_of_one_join(store) -> None:
    one = Article("one", "Iran's foreign ministry rejected the claim.\n", D(2024, 1, 5))
    one.actor("ir", "Iran", "country", "Iran", wikidata="Q794")
    one.actor(
        "m", "Iran's foreign ministry", "organization", "Iran's foreign ministry", country="ir"
    )
    two = Article(
        "two", "Russia's foreign ministry and the Iranian foreign ministry agreed.\n", D(2024, 1, 6)
    )
    two.actor("ru", "Russia", "country", "Russia", wikidata="Q159")
    two.actor("m1", "foreign ministry", "organization", "Russia's foreign ministry", country="ru")
    two.actor("m2", "Iranian foreign ministry", "organization", "Iranian foreign ministry")
    ingest(store, one, two)
    iran = actor_of(store, "one", "Iran's foreign ministry")
    assert iran == str(A("ministry-of-foreign-affairs-of-iran"))  # the gazetteer's entry
    assert actor_of(store, "two", "Iranian foreign ministry") == iran
    assert actor_of(store, "two", "Russia's foreign ministry") == str(
        A("ministry-of-foreign-affairs-of-russia")
    )
    assert "gazetteer:Ministry of Foreign Affairs of Iran" in evidence(
        store, "one", "Iran's foreign ministry"
    )
    conforms(store)


def test_a_body_named_only_by_its_function_is_scoped_to_its_article(store) -> None:
    one = Article("one", "The Ministry of Defence said the drill was over.\n", D(2023, 9, 20))
    one.actor("m", "Ministry of Defence", "organization", "Ministry of Defence")
    two = Article("two", "The Ministry of Defence denied the report.\n", D(2023, 9, 21))
    two.actor("m", "Ministry of Defence", "organization", "Ministry of Defence")
    ingest(store, one, two)
    a, b = (
        actor_of(store, "one", "Ministry of Defence"),
        actor_of(store, "two", "Ministry of Defence"),
    )
    assert a != b
    assert a == str(A("ministry-of-defence--article-one"))
    assert "scoped:generic name, country unknown" in evidence(store, "one", "Ministry of Defence")


# -- events --------------------------------------------------------------------------------


def attack_report(
    doc_id: str,
    published: dt.date,
    start: dt.date,
    end: dt.date,
    target: str = "Ukraine",
    qid: str = "Q212",
) -> Article:
    a = Article(
        doc_id, f"Hackers hit government websites in {target}, officials said.\n", published
    )
    a.actor("t", target, "country", target, wikidata=qid)
    return a.event(
        "e",
        "cyberattack",
        f"hacking of websites in {target}",
        "hit",
        start=start,
        end=end,
        targets=("t",),
    )


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


# -- the life cycle ------------------------------------------------------------------------


def corpus() -> list[Article]:
    later = Article(
        "later", "Tkachenko told reporters the attack was prepared for months.\n", D(2022, 1, 16)
    ).actor("t", "Tkachenko", "person", "Tkachenko")
    return [
        kyiv_with_tkachenko(),
        attack_report("a1", D(2022, 1, 14), D(2022, 1, 13), D(2022, 1, 14)),
        attack_report("a2", D(2022, 1, 15), D(2022, 1, 14), D(2022, 1, 14)),
        attack_report("a3", D(2022, 1, 17), D(2022, 1, 10), D(2022, 1, 16)),
        later,
    ]


def test_reingesting_changes_nothing_and_deleting_leaves_the_others(store) -> None:
    articles = corpus()
    assert ingest(store, *articles) == ["created"] * len(articles)
    count = store.count()
    assert ingest(store, *articles) == ["unchanged"] * len(articles)
    assert store.count() == count
    node = event_of(store, "a1", "hit")
    sizes = {a.doc_id: store.count(graph_iri(a.doc_id)) for a in articles}
    # the article that named the event goes; the others still report it, unchanged
    assert store.delete_graph(graph_iri("a1"))
    assert {d: store.count(graph_iri(d)) for d in sizes if d != "a1"} == {
        d: n for d, n in sizes.items() if d != "a1"
    }
    assert event_of(store, "a2", "hit") == event_of(store, "a3", "hit") == node
    # nothing of a1 is left: no mention, no evidence, no statement points at it
    assert not store.ask(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> ASK { ?x kg:sourceArticle ?a }",
        {"a": article_iri("a1")},
    )
    conforms(store)
    # and ingesting it again puts it back on the same node
    assert ingest(store, articles[1]) == ["created"]
    assert event_of(store, "a1", "hit") == node


def test_a_surname_stored_before_its_full_name_joins_it_when_the_full_name_arrives(store) -> None:
    from kg.ingest import store_document
    from tests.resolution.helpers import Canned

    first, *_, later = corpus()
    canned = Canned(first, later)
    assert store_document(store, later.document(), canned).rejoined == ()
    assert actor_of(store, "later", "Tkachenko") == str(A("tkachenko"))
    # the full name arrives: the earlier article is re-resolved at once
    written = store_document(store, first.document(), canned)
    assert written.rejoined == ("later",)
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert "store:surname-of:Yuriy Tkachenko" in evidence(store, "later", "Tkachenko")
    assert consolidate(store) == {}  # the same graph as ingesting in the other order
    conforms(store)


def test_both_orders_give_the_same_store() -> None:
    first, *_, later = corpus()
    quads = []
    for order in ((first, later), (later, first)):
        s = open_store(None)
        ingest(s, *order)
        graphs = (graph_iri("later"), graph_iri(first.doc_id))
        quads.append({(g, t) for g in graphs for t in s.triples_in(g)})
        s.close()
    assert quads[0] == quads[1]


def test_deleting_the_full_name_takes_back_the_merge_it_made_possible(store) -> None:
    from kg.ingest import delete_article

    first, *_, later = corpus()
    ingest(store, first, later)
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert delete_article(store, first.doc_id) == ("later",)
    assert actor_of(store, "later", "Tkachenko") == str(A("tkachenko"))
    assert delete_article(store, first.doc_id) is None  # gone already
    conforms(store)


def test_deleting_one_of_two_full_names_keeps_the_merge(store) -> None:
    from kg.ingest import delete_article

    first, *_, later = corpus()
    again = kyiv_with_tkachenko()
    again.doc_id = "kyiv-again"
    ingest(store, first, again, later)
    assert delete_article(store, first.doc_id) == ()
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))


def test_consolidate_resolves_graphs_written_without_resolution(store) -> None:
    """A store written another way (an older geokg, a bulk load of mapped triples) is
    brought in line by consolidate."""
    from kg.rdf import extraction_to_triples

    first, *_, later = corpus()
    for a in (first, later):
        graph, triples = extraction_to_triples(a.extraction())
        store.replace_graph(graph, triples)
    assert actor_of(store, "later", "Tkachenko") == str(A("tkachenko"))
    assert set(consolidate(store)) == {first.doc_id, "later"}  # evidence added to both
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert consolidate(store) == {}  # nothing left to do
    conforms(store)


def test_consolidating_a_resolved_store_changes_nothing(store) -> None:
    """Resolving stored triples again is a fixed point: scoped bodies, the US state, merged
    events and merged people stay as they are."""
    generic = Article(
        "generic", "The Ministry of Defence said the drill was over.\n", D(2023, 9, 20)
    )
    generic.actor("m", "Ministry of Defence", "organization", "Ministry of Defence")
    state = Article(
        "atlanta", "ATLANTA - Hackers hit the state of Georgia's election office.\n", D(2022, 1, 14)
    )
    state.actor("g", "Georgia", "country", "Georgia", wikidata="Q230")
    ingest(store, *corpus(), generic, state)
    count = store.count()
    assert consolidate(store) == {}
    assert store.count() == count


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


def evidence_of_event(store, doc_id: str) -> set[str]:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?why WHERE { GRAPH ?g { ?x a kg:Event ; kg:mentionedIn ?m . "
        "?m kg:resolvedBy ?why } }",
        {"g": URIRef(graph_iri(doc_id))},
    ).dicts()
    return {str(r["why"]) for r in rows}


def test_a_month_long_report_is_still_a_candidate_for_a_dated_one(store) -> None:
    """Candidates are looked up by the begin dates that can overlap (a VALUES list of days,
    kg.coref.MAX_SPAN_DAYS back): a 'last month' report begun four weeks earlier is found."""
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
