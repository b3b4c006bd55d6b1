"""Entity resolution rules (kg.link.entities), on hand-built extractions through the real
pipeline (RDF mapping, linking, store): people, places and bodies that must merge, look-alikes
that must stay apart, the evidence of each merge; and the life cycle of an article's links
(actors and events): idempotent re-ingest, clean deletion, consolidation."""

from __future__ import annotations

import datetime as dt

from rdflib.term import Literal, URIRef

from kg import vocab as v
from kg.ingest import delete_article, store_document
from kg.link.entities import affected_by_write, consolidate
from kg.query.articles import article_record
from kg.rdf import article_iri, extraction_to_triples, graph_iri
from kg.store import open_store
from tests.link.helpers import (
    A,
    Article,
    Canned,
    actor_of,
    attack_report,
    conforms,
    event_of,
    evidence,
    ingest,
)

KG, OWL = v.KG, v.OWL
D = dt.date


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


def militia_introduced() -> Article:
    a = Article(
        "intro",
        "The Northern Defence Brigades (NDB) shelled the port, the army said.\n",
        D(2025, 3, 1),
    )
    return a.actor(
        "n",
        "Northern Defence Brigades",
        "group",
        "Northern Defence Brigades",
        "NDB",
        aliases=("NDB",),
    )


def militia_by_acronym(doc_id: str = "short") -> Article:
    a = Article(doc_id, "The NDB said it would hold the port.\n", D(2025, 3, 2))
    return a.actor("n", "NDB", "organization", "NDB")


def test_an_acronym_alone_joins_the_body_another_article_introduced_with_it(store) -> None:
    ingest(store, militia_introduced(), militia_by_acronym())
    assert actor_of(store, "short", "NDB") == str(A("northern-defence-brigades"))
    assert "store:acronym-of:Northern Defence Brigades" in evidence(store, "short", "NDB")
    record = article_record(store, "short")
    assert record["actors"][0]["name"] == "Northern Defence Brigades"
    assert "NDB" in record["actors"][0]["aliases"]
    assert record["actors"][0]["type"] == "group"  # two mentions of three say so
    conforms(store)


def test_an_acronym_two_stored_bodies_share_stays_apart(store) -> None:
    other = Article(
        "other", "The National Drought Board (NDB) warned of shortages.\n", D(2025, 3, 1)
    )
    other.actor(
        "b", "National Drought Board", "organization", "National Drought Board", "NDB",
        aliases=("NDB",),
    )
    ingest(store, militia_introduced(), other, militia_by_acronym())
    assert actor_of(store, "short", "NDB") == str(A("ndb"))


def test_an_acronym_stored_before_its_full_name_joins_it_and_a_delete_takes_it_back(store) -> None:
    intro, short = militia_introduced(), militia_by_acronym()
    canned = Canned(intro, short)
    store_document(store, short.document(), canned)
    assert actor_of(store, "short", "NDB") == str(A("ndb"))
    assert store_document(store, intro.document(), canned).rejoined == ("short",)
    assert actor_of(store, "short", "NDB") == str(A("northern-defence-brigades"))
    assert consolidate(store) == {}
    one_order = {t for t in store.triples_in(graph_iri("short"))}
    again = open_store(None)
    ingest(again, intro, short)
    assert {t for t in again.triples_in(graph_iri("short"))} == one_order
    again.close()
    # a joined article is no evidence for another acronym-only one once the full name goes
    ingest(store, militia_by_acronym("short2"))
    assert actor_of(store, "short2", "NDB") == str(A("northern-defence-brigades"))
    assert set(delete_article(store, "intro")) == {"short", "short2"}
    assert actor_of(store, "short", "NDB") == actor_of(store, "short2", "NDB") == str(A("ndb"))
    conforms(store)


def lithuanian_centre() -> Article:
    a = Article(
        "lt", "Lithuania's National Cyber Security Centre said it was investigating.\n", D(2025, 6, 9)
    )
    a.actor("lt", "Lithuania", "country", "Lithuania", wikidata="Q37")
    return a.actor(
        "c", "National Cyber Security Centre", "organization", "National Cyber Security Centre",
        country="lt",
    )


def unqualified_centre(doc_id: str, country: str, qid: str) -> Article:
    a = Article(
        doc_id,
        f"{country} blamed hackers. The National Cyber Security Centre said the attack was over.\n",
        D(2025, 6, 11),
    )
    a.actor("k", country, "country", country, wikidata=qid)
    return a.actor("c", "National Cyber Security Centre", "organization", "National Cyber Security Centre")


def test_a_shipped_name_in_a_story_about_another_country_joins_that_countrys_body(store) -> None:
    ingest(store, lithuanian_centre(), unqualified_centre("later", "Lithuania", "Q37"))
    node = str(A("national-cyber-security-centre--lithuania"))
    assert actor_of(store, "lt", "National Cyber Security Centre") == node
    assert actor_of(store, "later", "National Cyber Security Centre") == node
    assert "store:same-name-body-of:Lithuania" in evidence(store, "later", "National Cyber Security Centre")
    assert consolidate(store) == {}
    conforms(store)  # one country per body


def test_a_shipped_name_stays_the_shipped_body_where_no_named_country_has_one(store) -> None:
    ingest(store, lithuanian_centre(), unqualified_centre("ee", "Estonia", "Q191"))
    assert actor_of(store, "ee", "National Cyber Security Centre") == str(A("national-cyber-security-centre"))


def test_a_shipped_name_stored_first_joins_when_the_countrys_body_arrives(store) -> None:
    first, later = lithuanian_centre(), unqualified_centre("later", "Lithuania", "Q37")
    canned = Canned(first, later)
    store_document(store, later.document(), canned)
    assert store_document(store, first.document(), canned).rejoined == ("later",)
    assert actor_of(store, "later", "National Cyber Security Centre") == str(
        A("national-cyber-security-centre--lithuania")
    )
    assert consolidate(store) == {}


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
    first, *_, later = corpus()
    ingest(store, first, later)
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))
    assert delete_article(store, first.doc_id) == ("later",)
    assert actor_of(store, "later", "Tkachenko") == str(A("tkachenko"))
    assert delete_article(store, first.doc_id) is None  # gone already
    conforms(store)


def test_deleting_one_of_two_full_names_keeps_the_merge(store) -> None:
    first, *_, later = corpus()
    again = kyiv_with_tkachenko()
    again.doc_id = "kyiv-again"
    ingest(store, first, again, later)
    assert delete_article(store, first.doc_id) == ()
    assert actor_of(store, "later", "Tkachenko") == str(A("yuriy-tkachenko"))


def test_consolidate_resolves_graphs_written_without_resolution(store) -> None:
    """A store written another way (an older geokg, a bulk load of mapped triples) is
    brought in line by consolidate."""

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


def test_a_body_placed_in_a_country_rejoins_no_article_unless_its_name_is_shipped(store) -> None:
    """Only a name the gazetteer gives a country, and one that does not say which, can be
    another country's homonym: a write of "Yemen's foreign ministry" must not re-resolve every article that has a body of that
    label (re-resolving them re-links their events in an order-dependent way)."""

    def ministry(doc_id: str, country: str, qid: str, day: int) -> Article:
        a = Article(doc_id, f"{country}'s foreign ministry denied any involvement.\n", D(2022, 5, day))
        a.actor("k", country, "country", country, wikidata=qid)
        return a.actor("m", "foreign ministry", "organization", "foreign ministry", country="k")

    # the same body in two articles ("Ministry of Foreign Affairs of Yemen" in both)
    first, later = ministry("ye", "Yemen", "Q805", 1), ministry("ye2", "Yemen", "Q805", 2)
    canned = Canned(first, later)
    assert store_document(store, first.document(), canned).rejoined == ()
    assert store_document(store, later.document(), canned).rejoined == ()
    assert affected_by_write(store, "ye2", list(store.triples_in(graph_iri("ye2")))) == []
    # nor a shipped name that says its country ("Ministry of Foreign Affairs of Armenia"):
    # no other country's body has that name (looking such names up made ingest quadratic
    # in the articles naming a country's ministry)
    first, later = ministry("am", "Armenia", "Q399", 3), ministry("am2", "Armenia", "Q399", 4)
    ingest(store, first, later)
    assert actor_of(store, "am2", "foreign ministry") == actor_of(store, "am", "foreign ministry")
    assert affected_by_write(store, "am2", list(store.triples_in(graph_iri("am2")))) == []
    # a name the gazetteer ships with a country is looked up
    ingest(store, lithuanian_centre())
    assert affected_by_write(store, "lt", list(store.triples_in(graph_iri("lt")))) == []


# -- a body posted to a place, named with the place and without it ------------------------


def mission_posted(doc_id: str = "posted", place: str = "Moldova") -> Article:
    name = f"EU Observer Mission in {place}"
    a = Article(doc_id, f"The {name} said its patrols saw no troops.\n", D(2030, 5, 2))
    return a.actor("m", name, "organization", name)


def mission_unposted(
    doc_id: str = "bare", text: str = "The EU Observer Mission said Moldova's border was calm.\n"
) -> Article:
    a = Article(doc_id, text, D(2030, 5, 3))
    return a.actor("m", "EU Observer Mission", "organization", "EU Observer Mission")


def test_a_mission_named_without_its_place_joins_the_one_stored_post_the_article_names(store) -> None:
    ingest(store, mission_posted(), mission_unposted())
    assert actor_of(store, "bare", "EU Observer Mission") == str(A("eu-observer-mission-in-moldova"))
    assert "store:posted-body:EU Observer Mission in Moldova" in evidence(store, "bare", "EU Observer Mission")
    conforms(store)


def test_the_posted_mission_stored_after_the_bare_name_takes_it_in(store) -> None:
    ingest(store, mission_unposted(), mission_posted())
    assert actor_of(store, "bare", "EU Observer Mission") == str(A("eu-observer-mission-in-moldova"))
    assert tuple(delete_article(store, "posted")) == ("bare",)
    assert actor_of(store, "bare", "EU Observer Mission") == str(A("eu-observer-mission"))


def test_a_mission_with_two_stored_posts_or_a_place_unnamed_stays_its_own(store) -> None:
    ingest(store, mission_posted(), mission_posted("posted2", "Armenia"), mission_unposted())
    assert actor_of(store, "bare", "EU Observer Mission") == str(A("eu-observer-mission"))
    other = open_store(None)
    ingest(other, mission_posted(), mission_unposted(text="The EU Observer Mission said the border was calm.\n"))
    assert actor_of(other, "bare", "EU Observer Mission") == str(A("eu-observer-mission"))
    other.close()


def test_a_body_that_is_no_post_is_not_joined_to_a_longer_name(store) -> None:
    long = Article("long", "The Council of Elders in Moldova met.\n", D(2030, 5, 2)).actor(
        "c", "Council of Elders in Moldova", "organization", "Council of Elders in Moldova"
    )
    bare = Article("short", "The Council of Elders said Moldova would vote.\n", D(2030, 5, 3)).actor(
        "c", "Council of Elders", "organization", "Council of Elders"
    )
    ingest(store, long, bare)
    assert actor_of(store, "short", "Council of Elders") == str(A("council-of-elders"))
