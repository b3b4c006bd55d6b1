"""The Store contract, on a real on-disk Oxigraph store in tmp_path."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, QuerySyntaxError, StoreError, StoreLockedError
from kg.store import open_store

EX = "https://example.org/"
G1, G2 = EX + "graph/one", EX + "graph/two"
P = URIRef(EX + "p")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # not rdflib.XSD: pytest probes
# module attributes and a DefinedNamespace warns about each unknown one


def t(s: str, o) -> tuple:
    return (URIRef(EX + s), P, o if not isinstance(o, str) else Literal(o))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kg")
    yield s
    s.close()


def test_replace_graph_swaps_the_whole_graph_and_leaves_others(store):
    store.replace_graph(G1, [t("a", "1"), t("b", "2")])
    store.replace_graph(G2, [t("z", "9")])
    assert store.replace_graph(G1, [t("c", "3")]) == 1
    assert set(store.triples_in(G1)) == {t("c", "3")}
    assert set(store.triples_in(G2)) == {t("z", "9")}
    assert store.count() == 2 and store.count(G1) == 1


def test_replace_graph_counts_distinct_triples(store):
    assert store.replace_graph(G1, [t("a", "1"), t("a", "1"), t("b", "2")]) == 2


def test_replace_with_nothing_empties_the_graph(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G1, [])
    assert store.triples_in(G1) == []


def test_delete_graph_and_graphs(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")])
    assert store.graphs() == [G1, G2]
    assert store.delete_graph(G1) is True
    assert store.delete_graph(G1) is False
    assert not store.has_graph(G1) and store.has_graph(G2)
    assert store.graphs() == [G2]
    assert store.count() == 1


def test_terms_round_trip(store):
    triples = {
        t("date", Literal("2022-01-16", datatype=XSD_DATE)),
        t("int", Literal(7)),
        t("lang", Literal("Москва", lang="ru")),
        t("iri", URIRef("http://www.wikidata.org/entity/Q159")),
        t("plain", 'she said "no" {} <> \\ \n and left'),
    }
    store.replace_graph(G1, triples)
    assert set(store.triples_in(G1)) == triples


def test_bindings_are_bound_not_formatted(store):
    nasty = 'He said "stop" } ; DROP ALL ; { ?x ?y ?z } # \\ \' '
    store.replace_graph(G1, [t("a", nasty), t("b", "other")])
    # Oxigraph substitutes only variables the query projects, hence ``?s ?v``.
    result = store.select("SELECT ?s ?v WHERE { ?s ?p ?v }", {"v": Literal(nasty)})
    assert result.dicts() == [{"s": URIRef(EX + "a"), "v": Literal(nasty)}]
    assert store.ask("ASK { ?s ?p ?v }", {"v": Literal(nasty)})
    assert store.count() == 2  # nothing was dropped


def test_queries_see_the_union_of_graphs(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")])
    rows = store.select("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s").rows
    assert [r[0] for r in rows] == [URIRef(EX + "a"), URIRef(EX + "b")]
    only = store.select("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G2]).rows
    assert only == [(URIRef(EX + "b"),)]


def test_select_leaves_unbound_variables_out(store):
    store.replace_graph(G1, [t("a", "1")])
    result = store.select("SELECT ?s ?missing WHERE { ?s ?p ?o OPTIONAL { ?s <urn:x> ?missing } }")
    assert result.variables == ("s", "missing")
    assert result.dicts() == [{"s": URIRef(EX + "a")}]


def test_construct_and_serialized_results(store):
    store.replace_graph(G1, [t("a", "1")])
    assert store.construct("CONSTRUCT WHERE { ?s ?p ?o }") == [t("a", "1")]
    kind, body = store.query_serialized(
        "SELECT ?o WHERE { ?s ?p ?o }", "application/sparql-results+json"
    )
    assert kind == "select"
    assert json.loads(body)["results"]["bindings"][0]["o"]["value"] == "1"
    kind, body = store.query_serialized("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert kind == "graph" and b"example.org/a" in body


def test_syntax_error_maps_to_query_syntax_error(store):
    with pytest.raises(QuerySyntaxError):
        store.select("SELEC ?x WHERE { ?x ?y ?z }")


def test_wrong_query_form_maps_to_query_error(store):
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.ask("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.query_serialized("SELECT * WHERE { ?s ?p ?o }", "text/turtle")


def test_data_survives_close_and_reopen(tmp_path):
    s = open_store(tmp_path / "kg")
    s.replace_graph(G1, [t("a", "1")])
    s.close()
    s = open_store(tmp_path / "kg")
    try:
        assert set(s.triples_in(G1)) == {t("a", "1")}
    finally:
        s.close()


def test_second_open_of_a_locked_store_raises(store, tmp_path):
    with pytest.raises(StoreLockedError, match="in use by another process"):
        open_store(tmp_path / "kg")


def test_another_process_gets_store_locked_error(store, tmp_path):
    code = (
        "import sys\n"
        "from kg.errors import StoreLockedError\n"
        "from kg.store import open_store\n"
        "try:\n"
        f"    open_store({str(tmp_path / 'kg')!r})\n"
        "except StoreLockedError as e:\n"
        "    print('locked:', e); sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    assert "in use by another process" in proc.stdout


def test_read_only_open_of_a_closed_store(tmp_path):
    # Not beside a live writer: pyoxigraph documents that as undefined behaviour (and it
    # does fail now and then with a RocksDB "Corruption" error).
    s = open_store(tmp_path / "kg")
    s.replace_graph(G1, [t("a", "1")])
    s.close()
    reader = open_store(tmp_path / "kg", read_only=True)
    try:
        assert reader.graphs() == [G1]
    finally:
        reader.close()


def test_read_only_open_of_a_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "nothing-here", read_only=True)


def test_memory_store():
    s = open_store(None)
    s.replace_graph(G1, [t("a", "1")])
    assert s.count() == 1
    assert open_store(":memory:").count() == 0  # each one is its own
