"""The sample corpus in data/articles through the real pipeline: idempotent, valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.ingest import ingest_documents, read_paths
from kg.store import open_store
from kg.validate import validate_store

pytestmark = pytest.mark.slow

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def test_ingesting_the_sample_corpus_twice_changes_nothing_and_every_graph_conforms(extractor, tmp_path):
    store = open_store(tmp_path / "kg")
    try:
        first = ingest_documents(store, read_paths([ARTICLES]), extractor=extractor)
        assert first.failed == 0, first.failures
        assert first.created >= 8
        count = store.count()
        second = ingest_documents(store, read_paths([ARTICLES]), extractor=extractor)
        assert second.unchanged == first.created and second.created == 0
        assert store.count() == count
        reports = validate_store(store)
        assert len(reports) == first.created
        bad = {g: r.text for g, r in reports.items() if not r.conforms}
        assert not bad
    finally:
        store.close()


def test_the_same_actor_in_two_articles_is_one_node(extractor, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("kg.cli._extractor", lambda: extractor)
    store = str(tmp_path / "kg")
    assert main(["ingest", str(ARTICLES), "--store", store]) == 0
    capsys.readouterr()
    assert main(["query", "PREFIX kg: <https://w3id.org/geokg/ontology#> "
                 "SELECT ?a (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a kg:actorType \"country\" } } "
                 "GROUP BY ?a HAVING (COUNT(DISTINCT ?g) > 3)", "--store", store, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "https://w3id.org/geokg/id/actor/russia" in out
