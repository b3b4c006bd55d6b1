"""article_record reads the SCHEMA.md record back out of a real store, and the scorer in
../shared/eval accepts it."""

from __future__ import annotations

import dataclasses
import importlib.util

import pytest

from kg.errors import NotFoundError
from kg.query.articles import article_record, list_articles
from kg.rdf import BASE, extraction_to_triples, graph_iri
from kg.records import Actor
from kg.store import open_store
from kg.validate import validate_store
from kg.vocab import KG
from tests.fixtures import DOC_ID, extraction, fixture_store, gold_record
from tests.paths import SHARED

SCORE_PY = SHARED / "eval" / "score.py"


def A(local: str) -> str:  # noqa: N802
    return BASE + "id/actor/" + local


def E(start: int) -> str:  # noqa: N802
    return f"{BASE}id/event/{DOC_ID}/{start}"


def S(span: str) -> str:  # noqa: N802
    return f"{BASE}id/statement/{DOC_ID}/{span}"


def C(span: str) -> str:  # noqa: N802
    return f"{BASE}id/claim/{DOC_ID}/{span}"


MFA = A("ministry-of-foreign-affairs--estonia")
MFA_CLAUSE = (
    "the cyberattack on the national power grid on March 2-3 was carried out by Frost Lynx, "
    "a hacker group working for Russian military intelligence"
)

EXPECTED = {
    "document": {
        "id": DOC_ID,
        "title": "Estonia blames Russian military hackers for grid attack; Moscow denies it",
        "published": "2023-03-06",
    },
    "actors": [  # by first mention
        {"id": A("estonia"), "name": "Estonia", "type": "country",
         "aliases": ["Republic of Estonia"], "roles": []},
        {"id": MFA, "name": "ministry of foreign affairs", "type": "organization",
         "aliases": ["Estonian foreign ministry"], "roles": []},
        {"id": A("frost-lynx"), "name": "Frost Lynx", "type": "group",
         "aliases": ["Frost Lynx hacker group"], "roles": []},
        {"id": A("russia"), "name": "Russia", "type": "country", "aliases": ["Moscow"],
         "roles": []},
        {"id": A("kaja-lind"), "name": "Kaja Lind", "type": "person",
         "aliases": ["Foreign Minister", "Lind"],
         "roles": [{"title": "Foreign Minister", "of": A("estonia")}]},
        {"id": A("nato"), "name": "NATO", "type": "organization", "aliases": [], "roles": []},
        {"id": A("kremlin"), "name": "Kremlin", "type": "organization",
         "aliases": ["the Kremlin"], "roles": []},
        {"id": A("pavel-orlov"), "name": "Pavel Orlov", "type": "person",
         "aliases": ["Kremlin spokesman", "Orlov"],
         "roles": [{"title": "spokesman", "of": A("kremlin")}]},
        {"id": A("estonian-information-system-authority"),
         "name": "Estonian Information System Authority", "type": "organization",
         "aliases": [], "roles": []},
    ],
    "events": [  # by first mention
        {"id": E(81), "type": "cyberattack", "label": "cyberattack on Estonia's national power grid",
         "start": "2023-03-02", "end": "2023-03-03", "location": "Estonia",
         "participants": [], "targets": [A("estonia")]},
        {"id": E(304), "type": "interview", "label": "Kaja Lind's remarks to reporters in Tallinn",
         "start": None, "end": None, "location": "Tallinn",
         "participants": [A("kaja-lind")], "targets": []},
        {"id": E(393), "type": "meeting", "label": "NATO meeting in Brussels",
         "start": "2023-03-09", "end": "2023-03-09", "location": "Brussels",
         "participants": [A("estonia"), A("nato")], "targets": []},
    ],
    "statements": [  # by offset
        {"id": S("77-220"), "speaker": MFA, "text": MFA_CLAUSE, "direct": False, "event": None},
        {"id": S("224-274"), "speaker": A("kaja-lind"),
         "text": "This attack was planned and executed by Frost Lynx", "direct": True,
         "event": E(304)},
        {"id": S("341-428"), "speaker": A("kaja-lind"),
         "text": "Estonia would raise the attack with its allies at a NATO meeting in Brussels "
                 "on March 9", "direct": False, "event": None},
        {"id": S("502-563"), "speaker": A("pavel-orlov"),
         "text": "Russia had nothing to do with the attack on the Estonian grid",
         "direct": False, "event": None},
    ],
    "claims": [  # by offset
        {"id": C("77-220-0"), "claimant": MFA, "kind": "attribution", "event": E(81),
         "agent": A("frost-lynx"), "polarity": "asserted", "statement": S("77-220")},
        {"id": C("77-220-1"), "claimant": MFA, "kind": "attribution", "event": E(81),
         "agent": A("russia"), "polarity": "asserted", "statement": S("77-220")},
        {"id": C("224-274-0"), "claimant": A("kaja-lind"), "kind": "attribution", "event": E(81),
         "agent": A("frost-lynx"), "polarity": "asserted", "statement": S("224-274")},
        {"id": C("486-564-0"), "claimant": A("pavel-orlov"), "kind": "denial", "event": E(81),
         "agent": A("russia"), "polarity": "denied", "statement": S("502-563")},
    ],
}

SCHEMA_KEYS = {
    "document": {"id", "title", "published"},
    "actors": {"id", "name", "type", "aliases", "roles"},
    "events": {"id", "type", "label", "start", "end", "location", "participants", "targets"},
    "statements": {"id", "speaker", "text", "direct", "event"},
    "claims": {"id", "claimant", "kind", "event", "agent", "polarity", "statement"},
}


@pytest.fixture(scope="module")
def store():
    s = fixture_store()
    yield s
    s.close()


@pytest.fixture(scope="module")
def record(store) -> dict:
    return article_record(store, DOC_ID)


def test_record_round_trips_the_fixture(record: dict) -> None:
    assert record == EXPECTED


def test_record_has_the_schema_shape(record: dict) -> None:
    assert set(record) == set(SCHEMA_KEYS)
    assert set(record["document"]) == SCHEMA_KEYS["document"]
    for kind in ("actors", "events", "statements", "claims"):
        assert record[kind], kind
        for item in record[kind]:
            assert set(item) == SCHEMA_KEYS[kind], (kind, item)
    for actor in record["actors"]:
        for role in actor["roles"]:
            assert set(role) == {"title", "of"}


def test_unknown_article_is_not_found(store) -> None:
    with pytest.raises(NotFoundError, match="no-such-article"):
        article_record(store, "no-such-article")


def test_record_sees_only_its_own_graph() -> None:
    """Another article's aliases for the same actor stay in that article's record."""
    store = open_store(None)
    ex = extraction()
    store.replace_graph(*extraction_to_triples(ex))
    doc = dataclasses.replace(ex.document, id="second", text="Moscow answered.", title="Second")
    other = dataclasses.replace(
        ex,
        document=doc,
        actors=(Actor("ru", "Russia", "country", aliases=("the Russian Federation",)),),
        events=(), statements=(), claims=(),
    )
    store.replace_graph(*extraction_to_triples(other))
    first = article_record(store, DOC_ID)
    russia = next(a for a in first["actors"] if a["id"] == A("russia"))
    assert russia["aliases"] == ["Moscow"]
    second = article_record(store, "second")
    assert second["actors"] == [
        {"id": A("russia"), "name": "Russia", "type": "country",
         "aliases": ["the Russian Federation"], "roles": []}
    ]
    assert second["events"] == second["statements"] == second["claims"] == []


def test_record_is_stable_across_reingest(store, record: dict) -> None:
    store.replace_graph(*extraction_to_triples(extraction()))
    assert article_record(store, DOC_ID) == record


def test_list_articles(store) -> None:
    (row,) = list_articles(store)
    assert row["id"] == DOC_ID
    assert row["iri"] == BASE + "id/article/" + DOC_ID
    assert row["graph"] == graph_iri(DOC_ID)
    assert row["published"] == "2023-03-06"
    assert row["title"].startswith("Estonia blames")
    assert row["triples"] == store.count(graph_iri(DOC_ID)) > 0


def test_validate_store_checks_article_graphs_only(store) -> None:
    reports = validate_store(store)
    assert list(reports) == [graph_iri(DOC_ID)]  # the event-type scheme graph is skipped
    assert reports[graph_iri(DOC_ID)].conforms, reports[graph_iri(DOC_ID)].results


def test_validate_store_reports_a_broken_graph() -> None:
    s = open_store(None)
    name, triples = extraction_to_triples(extraction())
    s.replace_graph(name, [t for t in triples if t[1] != KG.extractorVersion])
    report = validate_store(s)[name]
    assert not report.conforms
    assert any("kg:extractorVersion" in line for line in report.results)


# -- scoring (../shared/eval/score.py) --------------------------------------------------


def scorer_class():
    if not SCORE_PY.is_file():
        pytest.skip(f"the scorer is not at {SCORE_PY} (../shared is not part of a clone): scoring skipped")
    spec = importlib.util.spec_from_file_location("geokg_eval_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Scorer


def scores(gold: dict, pred: dict) -> dict:
    scorer = scorer_class()()
    scorer.add(gold, pred, "fixture")
    return scorer.table()


def test_record_scores_f1_one_against_itself(record: dict) -> None:
    table = scores(record, record)
    assert table["all"]["f1"] == 1.0
    for kind, row in table.items():
        assert row["gold"] > 0, f"the fixture should exercise {kind}"
        assert row["f1"] == 1.0, (kind, row)


def test_record_scores_f1_one_against_the_fixture_as_gold(record: dict) -> None:
    """Ids differ (keys vs IRIs); everything the scorer aligns on must survive the store."""
    table = scores(gold_record(), record)
    assert table["all"]["f1"] == 1.0, table
