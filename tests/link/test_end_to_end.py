"""Cross-article resolution through the real pipeline (spaCy extractor included).

On the sample corpus (data/articles) plus the dev articles (../shared/eval/dev, when present):
each recurring actor and event is one node, and look-alikes stay apart. On the labelled set
(tests/link/articles + gold_clusters.json): the pairwise precision and recall that
bench/resolution_eval.py prints stay at or above the target.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from rdflib.term import Literal, URIRef

from kg import query
from kg.ingest import ingest_documents, read_paths, read_text_file, render_article
from kg.link.entities import _first_names_agree
from kg.rdf import BASE, graph_iri
from kg.store import open_store
from kg.validate import validate_store
from tests.paths import SHARED

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
LABELLED = Path(__file__).resolve().parent / "articles"
GOLD = Path(__file__).resolve().parent / "gold_clusters.json"
DEV = SHARED / "eval" / "dev"
TARGET = 0.9  # the target for pairwise precision and recall, actors and events

PREFIXES = """
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX et: <https://w3id.org/geokg/event-type/>
"""


def A(local: str) -> str:
    return BASE + "id/actor/" + local


def _eval_module():
    """bench/resolution_eval.py (bench is a folder of scripts, not a package)."""
    if "resolution_eval" not in sys.modules:
        path = ROOT / "bench" / "resolution_eval.py"
        spec = importlib.util.spec_from_file_location("resolution_eval", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["resolution_eval"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["resolution_eval"]


def dev_sources() -> list:
    """The dev articles with their publication dates (from the gold records), or none."""
    if not DEV.is_dir():
        return []
    out = []
    for f in sorted(DEV.glob("*.txt")):
        gold = json.loads((DEV / f"{f.stem}.gold.json").read_text(encoding="utf-8"))
        out.append(read_text_file(f, published=gold["document"]["published"]))
    return out


def need_dev() -> None:
    if not DEV.is_dir():
        pytest.skip(f"the dev articles are not at {DEV} (eval data lives outside the repo)")


@pytest.fixture(scope="module")
def corpus(extractor, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("corpus") / "kg")
    sources = list(read_paths([ARTICLES])) + dev_sources()
    first = ingest_documents(store, sources, extractor=extractor)
    assert first.ok, first.failures
    yield store, sources
    store.close()


@pytest.fixture(scope="module")
def labelled(extractor, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("labelled") / "kg")
    summary = ingest_documents(store, read_paths([LABELLED]), extractor=extractor)
    assert summary.ok, summary.failures
    yield store
    store.close()


def nodes_named(store, name: str) -> set[str]:
    """Actor nodes with ``name`` as label, alias or the words of a mention."""
    q = (
        PREFIXES
        + """SELECT DISTINCT ?name ?a WHERE { ?a kg:actorType ?t .
      { ?a rdfs:label ?name } UNION { ?a kg:alias ?name } UNION { ?a kg:mentionedIn/kg:anchorText ?name } }"""
    )
    return {str(r["a"]) for r in store.select(q, {"name": Literal(name)}).dicts()}


def events_in(store, doc: str, etype: str, day: str, arg: str) -> set[str]:
    """Events of one article of a type, dated over ``day``, with ``arg`` ("actor:russia",
    "place:geneva") as a participant, target or place."""
    kind, local = arg.split(":")
    q = (
        PREFIXES
        + """SELECT DISTINCT ?g ?type ?day ?arg ?e WHERE { GRAPH ?g {
      ?e kg:eventType ?type ; sem:hasBeginTimeStamp ?b .
      { ?e sem:hasActor ?arg } UNION { ?e sem:hasPlace ?arg }
      OPTIONAL { ?e sem:hasEndTimeStamp ?en }
      FILTER(?b <= ?day && COALESCE(?en, ?b) >= ?day) } }"""
    )
    rows = store.select(
        q,
        {
            "g": URIRef(graph_iri(doc)),
            "type": URIRef(BASE + "event-type/" + etype),
            "day": Literal(day, datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")),
            "arg": URIRef(f"{BASE}id/{kind}/{local}"),
        },
    ).dicts()
    return {str(r["e"]) for r in rows}


# -- the sample corpus and the dev articles --------------------------------------------------

RECURRING_NAMES = [
    # each name, however spelled, is one node across all the articles
    ("Dmitry Peskov", "Peskov", "Kremlin spokesman"),
    ("Ukraine", "Kyiv", "Kiev"),
    ("United States", "Washington", "US", "U.S.", "Americans"),
    ("NATO", "alliance"),
    ("Russia", "Moscow"),
    ("Sergei Ryabkov",),
    ("Wendy Sherman",),
    ("NATO-Russia Council",),
]


@pytest.mark.parametrize("names", RECURRING_NAMES, ids=[n[0] for n in RECURRING_NAMES])
def test_each_recurring_actor_is_one_node(corpus, names) -> None:
    store, _ = corpus
    found = set().union(*(nodes_named(store, n) for n in names))
    assert len(found) == 1, found
    graphs = store.select(
        PREFIXES
        + "SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a kg:actorType ?t } } GROUP BY ?a",
        {"a": URIRef(found.pop())},
    ).dicts()
    assert int(graphs[0]["n"]) >= 2


def test_peskov_is_one_node_in_every_article_that_names_him(corpus) -> None:
    need_dev()
    store, _ = corpus
    docs = store.select(
        PREFIXES
        + "SELECT ?a (GROUP_CONCAT(DISTINCT STR(?g)) AS ?gs) WHERE { GRAPH ?g { ?a kg:actorType ?t } } GROUP BY ?a",
        {"a": URIRef(A("dmitry-peskov"))},
    ).dicts()[0]["gs"]
    for doc in (
        "peskov-cnn",
        "colonial-ransomware",
        "ua-cyberattack-kremlin-denial-2022-01-17",
        "geneva-talks-sherman-2022-01-11",
    ):
        assert graph_iri(doc) in str(docs).split()


EVENT_CLUSTERS = [
    # (what, type, a day it covers, a participant, target or place, the articles reporting it)
    (
        "the 13-14 January 2022 cyberattack on Ukraine",
        "cyberattack",
        "2022-01-13",
        "actor:ukraine",
        ["ua-cyberattack-sbu-2022-01-14", "ua-cyberattack-kremlin-denial-2022-01-17", "peskov-cnn"],
    ),
    (
        "the 10 January 2022 Geneva talks",
        "meeting",
        "2022-01-10",
        "place:geneva",
        [
            "geneva-talks-ryabkov-2022-01-10",
            "geneva-talks-sherman-2022-01-11",  # "talks in Geneva" + "Monday's meeting"
            "osce-permanent-council-2022-01-13",
            "peskov-cnn",
        ],
    ),
    (
        "the 12 January 2022 NATO-Russia Council",
        "meeting",
        "2022-01-12",
        "actor:nato-russia-council",
        [
            "geneva-talks-ryabkov-2022-01-10",
            "nato-russia-council-2022-01-12",
            "osce-permanent-council-2022-01-13",
            "peskov-cnn",
        ],
    ),
    (
        "the May 2021 Colonial Pipeline ransomware attack",
        "cyberattack",
        "2021-05-07",
        "actor:colonial-pipeline",
        ["colonial-ransom-recovered-2021-06-08", "colonial-ransomware"],
    ),
]


@pytest.mark.parametrize(
    "what,etype,day,arg,docs", EVENT_CLUSTERS, ids=[c[0] for c in EVENT_CLUSTERS]
)
def test_each_recurring_event_is_one_node_with_a_mention_per_article(
    corpus, what, etype, day, arg, docs
) -> None:
    store, _ = corpus
    if any(d in ("peskov-cnn", "colonial-ransomware") for d in docs):
        need_dev()
    found = {d: events_in(store, d, etype, day, arg) for d in docs}
    assert all(found.values()), f"{what}: not found in {[d for d, e in found.items() if not e]}"
    nodes = set().union(*found.values())
    assert len(nodes) == 1, f"{what}: {found}"
    node = URIRef(nodes.pop())
    mentioned = store.select(
        PREFIXES
        + "SELECT ?e (GROUP_CONCAT(DISTINCT STR(?g)) AS ?gs) WHERE { GRAPH ?g { ?e kg:mentionedIn ?m } } GROUP BY ?e",
        {"e": node},
    ).dicts()[0]["gs"]
    assert {graph_iri(d) for d in docs} <= set(str(mentioned).split())


def test_two_countries_bodies_never_share_a_node(corpus) -> None:
    """No organisation node is said, by any two articles, to belong to two countries."""
    store, _ = corpus
    rows = store.select(
        PREFIXES
        + """SELECT ?o (COUNT(DISTINCT ?c) AS ?n) WHERE {
      ?o kg:actorType "organization" ; kg:memberOfCountry ?c } GROUP BY ?o HAVING (COUNT(DISTINCT ?c) > 1)"""
    )
    assert not rows.rows


def test_people_on_one_node_share_a_first_name(corpus) -> None:
    """Two people sharing a surname stay apart: every person node's full names agree."""
    store, _ = corpus
    rows = store.select(
        PREFIXES + 'SELECT DISTINCT ?p ?l WHERE { ?p kg:actorType "person" ; rdfs:label ?l }'
    )
    names: dict[str, set[str]] = {}
    for p, label in rows.rows:
        if len(str(label).split()) > 1:
            names.setdefault(str(p), set()).add(str(label).split()[0])
    for p, firsts in names.items():
        first = min(firsts)
        assert all(_first_names_agree(first, f) for f in firsts), (p, firsts)


def test_a_council_is_never_its_meeting(corpus) -> None:
    store, _ = corpus
    assert not store.ask(PREFIXES + "ASK { ?x a kg:Event ; kg:actorType ?t }")
    assert nodes_named(store, "NATO-Russia Council") == {A("nato-russia-council")}


def test_every_event_node_has_one_type(corpus) -> None:
    store, _ = corpus
    rows = store.select(
        PREFIXES
        + """SELECT ?e WHERE { ?e kg:eventType ?t }
      GROUP BY ?e HAVING (COUNT(DISTINCT ?t) > 1)"""
    )
    assert not rows.rows


def test_the_corpus_conforms_and_reingesting_it_changes_nothing(corpus, extractor) -> None:
    store, sources = corpus
    bad = {g: r.results for g, r in validate_store(store).items() if not r.conforms}
    assert not bad
    count = store.count()
    again = ingest_documents(store, sources, extractor=extractor)
    assert again.unchanged == len(sources) and store.count() == count


def test_gazetteer_actors_link_to_wikidata(corpus) -> None:
    store, _ = corpus
    for local, qid in (
        ("russia", "Q159"),
        ("ukraine", "Q212"),
        ("united-states", "Q30"),
        ("nato", "Q7184"),
    ):
        assert store.ask(
            "PREFIX owl: <http://www.w3.org/2002/07/owl#> ASK { ?a owl:sameAs ?q }",
            {"a": URIRef(A(local)), "q": URIRef("http://www.wikidata.org/entity/" + qid)},
        )


# -- the labelled set ------------------------------------------------------------------------


def test_labelled_set_pairwise_precision_and_recall_meet_the_target(labelled) -> None:
    ev = _eval_module()
    scores = ev.evaluate(labelled, json.loads(GOLD.read_text(encoding="utf-8")))
    report = "\n".join(scores[k].line(k) for k in ("actors", "events"))
    # measured when written (``.venv/bin/python bench/resolution_eval.py``):
    #   actors precision 0.993 recall 0.979 (one title-only mention, "the Kremlin's spokesman",
    #   lands on the Kremlin); events precision 1.000 recall 1.000
    for kind in ("actors", "events"):
        assert scores[kind].precision >= TARGET, report
        assert scores[kind].recall >= TARGET, report


def test_labelled_look_alikes_stay_apart(labelled) -> None:
    def node(doc: str, surface: str, kind: str = "actors") -> str:
        ev = _eval_module()
        gold = {kind: {"x": {doc: [surface]}}}
        (item,) = ev.locate(labelled, gold, kind)
        assert item.node is not None, (doc, surface)
        return item.node

    # Georgia the country and Georgia the US state
    assert node("rs07-georgia-tbilisi-2022-01-13", "Georgia") == A("georgia")
    assert node("rs08-georgia-state-ransomware-2022-01-14", "Georgia") == A("georgia-u-s-state")
    # three countries' foreign ministries
    ministries = {
        node("rs01-kyiv-websites-2022-01-14", "Ukraine's foreign ministry"),
        node("rs02-kremlin-denial-2022-01-15", "Russia's foreign ministry"),
        node("rs07-georgia-tbilisi-2022-01-13", "Georgia's foreign ministry"),
    }
    assert len(ministries) == 3
    # two people named Kovalenko, two named Tkachenko
    assert node("rs09-kyiv-briefing-2022-01-17", "Kovalenko") == A("anna-kovalenko")
    assert node("rs03-washington-support-2022-01-16", "Igor Kovalenko") == A("igor-kovalenko")
    assert node("rs03-washington-support-2022-01-16", "Tkachenko") == A("yuriy-tkachenko")
    assert node("rs09-kyiv-briefing-2022-01-17", "Serhiy Tkachenko") == A("serhiy-tkachenko")
    # three cyberattacks around 14 January 2022: Ukraine, a US state, Lithuania
    attacks = {
        node("rs01-kyiv-websites-2022-01-14", "cyberattack", "events"),
        node("rs08-georgia-state-ransomware-2022-01-14", "attack", "events"),
        node("rs10-vilnius-ddos-2022-01-14", "attack", "events"),
    }
    assert len(attacks) == 3
    # the NATO-Russia Council and its meeting
    council = node("rs06-nato-council-2022-01-12", "NATO-Russia Council#2")
    meeting = node("rs06-nato-council-2022-01-12", "meeting", "events")
    assert council == A("nato-russia-council") and meeting != council


def test_records_name_the_same_actor_by_the_same_id(labelled) -> None:
    """`kg show` ids are the global IRIs: Peskov, named in full in one article and by his
    surname only in another, has one id in both records."""
    rs02 = json.loads(render_article(labelled, "rs02-kremlin-denial-2022-01-15"))
    rs03 = json.loads(render_article(labelled, "rs03-washington-support-2022-01-16"))
    ids2 = {a["name"]: a["id"] for a in rs02["actors"]}
    ids3 = {a["name"]: a["id"] for a in rs03["actors"]}
    assert ids2["Dmitry Peskov"] == ids3["Dmitry Peskov"] == A("dmitry-peskov")
    assert ids2["Russia"] == ids3["Russia"] == A("russia")
    # so are events: the cyberattack both report has one id
    ev2 = {e["id"] for e in rs02["events"] if e["type"] == "cyberattack"}
    ev3 = {e["id"] for e in rs03["events"] if e["type"] == "cyberattack"}
    assert ev2 == ev3 and len(ev2) == 1


def test_an_event_node_merges_its_reports_dates(corpus) -> None:
    """kg.query.event (GET /events/{id}): one report per article, dates merged as the span
    of the precise reports, participants and targets the union."""

    store, _ = corpus
    docs = ["ua-cyberattack-sbu-2022-01-14", "ua-cyberattack-kremlin-denial-2022-01-17"]
    (node,) = set().union(*(events_in(store, d, "cyberattack", "2022-01-13", "actor:ukraine") for d in docs))
    ev = query.event(store, node)
    reports = {r["article"]: r for r in ev["reports"]}
    assert set(docs) <= set(reports)
    precise = [r for r in reports.values() if r["start"] and r["end"] and
               (dt.date.fromisoformat(r["end"]) - dt.date.fromisoformat(r["start"])).days <= 3]
    assert precise, reports
    assert ev["start"] == min(r["start"] for r in precise) == "2022-01-13"
    assert ev["end"] == max(r["end"] for r in precise) == "2022-01-14"
    assert reports["ua-cyberattack-kremlin-denial-2022-01-17"]["date_text"] == "last week"
    assert str(A("ukraine")) in {t["id"] for t in ev["targets"]}


# -- a week of news: each event told two to four times, in other words ------------------------

WEEK = Path(__file__).resolve().parent / "week"


@pytest.fixture(scope="module")
def week(extractor, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("week") / "kg")
    summary = ingest_documents(store, read_paths([WEEK]), extractor=extractor)
    assert summary.ok, summary.failures
    yield store
    store.close()


def test_a_week_of_reports_merges_each_event_and_keeps_look_alikes_apart(week) -> None:
    """Reports that date an event differently (the night, the morning after, "earlier this
    week", none), place it at a city or its country, and name other arguments still make one
    node; a second drone attack the next day and another meeting the same day stay apart.
    Measured when written: events precision 1.000 recall 1.000 (0.000 before the sentence
    words, the day of slack and the capital-in-its-country rule)."""
    ev = _eval_module()
    scores = ev.evaluate(week, json.loads((WEEK / "week_clusters.json").read_text(encoding="utf-8")))
    report = "\n".join(scores[k].line(k) for k in ("actors", "events"))
    assert scores["events"].precision == 1.0, report
    assert scores["events"].recall >= 0.75, report
    assert scores["actors"].precision == 1.0, report
