"""The competency questions (ontology/cq/*.rq) return their expected answers on the fixture
article, loaded into a real in-memory store and queried over the union default graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib.term import URIRef

from kg.rdf import actor_iri, event_iri
from kg.resources import ontology_dir
from tests.fixtures import DOC_ID, extraction, fixture_store, rows_as_strings

QUERIES = sorted((ontology_dir() / "cq").glob("*.rq"))


@pytest.fixture(scope="module")
def store():
    s = fixture_store()
    yield s
    s.close()


def expected(query: Path) -> list[dict[str, str]]:
    return json.loads(query.with_suffix(".expected.json").read_text())


def test_there_are_six_to_ten_questions_each_with_an_answer_file() -> None:
    assert 6 <= len(QUERIES) <= 10
    for q in QUERIES:
        assert q.with_suffix(".expected.json").is_file(), q.name
        assert q.read_text().startswith("# CQ"), f"{q.name} should open with its question"


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_question_returns_its_expected_answer(store, query: Path) -> None:
    rows = rows_as_strings(store.select(query.read_text()))
    assert rows == expected(query)
    assert rows, "a competency question with no answer on the fixture tests nothing"


def actor(key: str) -> URIRef:
    ex = extraction()
    return actor_iri(next(a for a in ex.actors if a.key == key), ex)


def test_denial_is_russia_denied_by_orlov(store) -> None:
    """Stated by hand, so the expected files are not the only witness."""
    rows = rows_as_strings(store.select((ontology_dir() / "cq/cq01-denials.rq").read_text()))
    assert [(r["claimantName"], r["agentName"]) for r in rows] == [("Pavel Orlov", "Russia")]


def test_contested_attribution_is_russia_for_the_cyberattack(store) -> None:
    rows = rows_as_strings(
        store.select((ontology_dir() / "cq/cq05-contested-attribution.rq").read_text())
    )
    assert [(r["event"], r["agent"]) for r in rows] == [
        (str(event_iri(DOC_ID, 81)), str(actor("russia")))
    ]


def test_binding_a_parameter_narrows_the_answer(store) -> None:
    """Questions take their subject as a bound variable (never formatted into the text)."""
    query = (ontology_dir() / "cq/cq03-timeline.rq").read_text()
    rows = rows_as_strings(store.select(query, {"actor": actor("nato")}))
    assert [r["eventLabel"] for r in rows] == ["NATO meeting in Brussels"]
    everyone = rows_as_strings(store.select(query))
    assert len(everyone) > len(rows)


def test_timeline_is_in_date_order_with_undated_last(store) -> None:
    query = (ontology_dir() / "cq/cq03-timeline.rq").read_text()
    rows = rows_as_strings(store.select(query, {"actor": actor("estonia")}))
    assert [r.get("begin") for r in rows] == ["2023-03-02", "2023-03-09"]
    assert [r["role"] for r in rows] == ["target", "participant"]
