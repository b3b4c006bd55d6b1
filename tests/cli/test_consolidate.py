"""`kg ingest`, `kg delete` and `kg consolidate` keep cross-article merges independent of
the order articles come in (people named by surname before their full name), on a real
on-disk store, with canned extractions (the point is the pipeline, not the NLP)."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib.term import URIRef

from kg.cli import main
from kg.rdf import BASE, graph_iri
from kg.store import open_store
from tests.link.helpers import Article, Canned

D = dt.date


def surname_only() -> Article:
    return Article(
        "later", "Tkachenko told reporters the attack was prepared for months.\n", D(2022, 1, 16)
    ).actor("t", "Tkachenko", "person", "Tkachenko")


def full_name(doc_id: str = "kyiv") -> Article:
    return Article(
        doc_id, "Yuriy Tkachenko, a deputy minister, said the sites were back.\n", D(2022, 1, 14)
    ).actor("t", "Yuriy Tkachenko", "person", "Yuriy Tkachenko")


def write(folder, *articles: Article) -> list[str]:
    paths = []
    for a in articles:
        path = folder / f"{a.doc_id}.txt"
        path.write_text(f"---\nid: {a.doc_id}\npublished: {a.published}\n---\n{a.text}")
        paths.append(str(path))
    return paths


@pytest.fixture
def canned(monkeypatch):
    articles = [surname_only(), full_name(), full_name("kyiv-again")]
    monkeypatch.setattr("kg.cli._extractor", lambda: Canned(*articles))
    return articles


def node_of(store_path, doc_id: str) -> set[str]:
    with open_store(store_path) as s:
        rows = s.select(
            "PREFIX kg: <https://w3id.org/geokg/ontology#> "
            'SELECT ?g ?p WHERE { GRAPH ?g { ?p kg:actorType "person" } }',
            {"g": URIRef(graph_iri(doc_id))},
        ).dicts()
    return {str(r["p"]).removeprefix(BASE + "id/actor/") for r in rows}


def test_ingest_rejoins_an_earlier_surname_and_delete_takes_it_back(tmp_path, canned, capsys):
    later, kyiv, _ = write(tmp_path, *canned)
    store = str(tmp_path / "store")
    assert main(["ingest", later, "--store", store]) == 0
    assert node_of(store, "later") == {"tkachenko"}
    capsys.readouterr()
    assert main(["ingest", kyiv, "--store", store]) == 0
    assert "1 earlier article(s) re-resolved" in capsys.readouterr().out
    assert node_of(store, "later") == {"yuriy-tkachenko"}

    assert main(["delete", "kyiv", "--store", store]) == 0
    out = capsys.readouterr().out
    assert "deleted kyiv" in out and "re-resolved 1 article(s)" in out and "later" in out
    assert node_of(store, "later") == {"tkachenko"}


def test_delete_keeps_a_merge_another_article_still_supports(tmp_path, canned, capsys):
    store = str(tmp_path / "store")
    assert main(["ingest", *write(tmp_path, *canned), "--store", store]) == 0
    capsys.readouterr()
    assert main(["delete", "kyiv", "--store", store]) == 0
    assert "re-resolved" not in capsys.readouterr().out
    assert node_of(store, "later") == {"yuriy-tkachenko"}


def test_consolidate_has_nothing_to_do_after_an_ingest_and_refuses_unknown_ids(
    tmp_path, canned, capsys
):
    store = str(tmp_path / "store")
    assert main(["ingest", *write(tmp_path, *canned), "--store", store]) == 0
    capsys.readouterr()
    assert main(["consolidate", "--store", store]) == 0
    assert "0 article(s) changed" in capsys.readouterr().out
    assert main(["consolidate", "nope", "--store", store]) != 0
    assert "no article 'nope'" in capsys.readouterr().err
