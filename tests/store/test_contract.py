"""The Store contract, one suite for every store: ``store`` (tests/store/conftest.py) is
the embedded store on disk (opened here, or in a worker process), and the remote store on
a real Oxigraph server writing by Graph Store PUT and by SPARQL Update."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import QueryError, QuerySyntaxError
from kg.store import Dataset, Store

EX = "https://example.org/"
# the predicate of every test triple: queries name it where a store's default graph may
# hold triples of its own (Virtuoso's schema graphs)
PQ = f"<{EX}p>"
G1, G2 = EX + "graph/one", EX + "graph/two"
P = URIRef(EX + "p")
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")  # not rdflib.XSD: pytest probes
# module attributes and a DefinedNamespace warns about each unknown one

HOSTILE = [
    'He said "stop" } ; DROP ALL ; { ?x ?y ?z } # \\ \' ',
    "line one\nline two\r\n\ttabbed } ; CLEAR ALL",
    '""" closing a long string """ } }',
    "\\u0022 } ; DROP ALL #",
    "> <urn:x> } INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "'single' and '''triple''' quotes",
    "",
]


def t(s: str, o) -> tuple:
    return (URIRef(EX + s), P, o if isinstance(o, (URIRef, Literal, BNode)) else Literal(o))


def test_replace_graph_swaps_the_whole_graph_and_leaves_others(store):
    store.replace_graph(G1, [t("a", "1"), t("b", "2")])
    store.replace_graph(G2, [t("z", "9")])
    assert store.replace_graph(G1, [t("c", "3")]) == 1
    assert set(store.triples_in(G1)) == {t("c", "3")}
    assert set(store.triples_in(G2)) == {t("z", "9")}
    assert store.count() == 2 and store.count(G1) == 1


def test_replace_graph_counts_distinct_triples(store):
    assert store.replace_graph(G1, [t("a", "1"), t("a", "1"), t("b", "2")]) == 2


def test_replace_graphs_writes_each_graph_and_leaves_others(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")])
    G3 = EX + "graph/three"
    store.replace_graph(G3, [t("k", "7")])
    assert store.replace_graphs({G1: [t("c", "3"), t("c", "3")], G2: []}) == 1
    assert set(store.triples_in(G1)) == {t("c", "3")}
    assert not store.has_graph(G2)
    assert set(store.triples_in(G3)) == {t("k", "7")}


def test_replace_with_nothing_empties_the_graph(store):
    store.replace_graph(G1, [t("a", "1")])
    assert store.replace_graph(G1, []) == 0
    assert store.triples_in(G1) == []
    assert not store.has_graph(G1) and store.graphs() == []


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
        *(t(f"hostile{i}", text) for i, text in enumerate(HOSTILE)),
    }
    store.replace_graph(G1, triples)
    assert set(store.triples_in(G1)) == triples


def test_blank_nodes_are_stored(store):
    node = BNode()
    store.replace_graph(G1, [(URIRef(EX + "a"), P, node), (node, P, Literal("x"))])
    rows = store.select(f"SELECT ?o WHERE {{ ?a {PQ} ?b . ?b {PQ} ?o }}").rows
    assert rows == [(Literal("x"),)]


def test_bindings_are_bound_not_formatted(store):
    nasty = HOSTILE[0]
    store.replace_graph(G1, [t("a", nasty), t("b", "other")])
    # Oxigraph substitutes only variables the query projects, hence ``?s ?v``.
    result = store.select("SELECT ?s ?v WHERE { ?s ?p ?v }", {"v": Literal(nasty)})
    assert result.dicts() == [{"s": URIRef(EX + "a"), "v": Literal(nasty)}]
    assert store.ask("ASK { ?s ?p ?v }", {"v": Literal(nasty)})
    assert store.count() == 2  # nothing was dropped


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_literals_bind_to_themselves(store, text):
    store.replace_graph(G1, [t("a", text), t("b", text + "x")])
    rows = store.select(f"SELECT ?s ?v WHERE {{ ?s {PQ} ?v }}", {"v": Literal(text)}).rows
    assert rows == [(URIRef(EX + "a"), Literal(text))]
    assert store.count() == 2 and store.graphs() == [G1]


def test_bound_terms_of_every_kind(store):
    date = Literal("2022-01-16", datatype=XSD_DATE)
    store.replace_graph(
        G1, [t("a", Literal("Москва", lang="ru")), t("b", date), t("c", URIRef(EX + "x"))]
    )
    for value, subject in [
        (Literal("Москва", lang="ru"), "a"),
        (date, "b"),
        (URIRef(EX + "x"), "c"),
    ]:
        rows = store.select("SELECT ?s ?v WHERE { ?s ?p ?v }", {"v": value}).rows
        assert rows == [(URIRef(EX + subject), value)]
    assert not store.ask("ASK { ?s ?p ?v }", {"v": Literal("Москва", lang="en")})


@pytest.mark.parametrize(
    "iri",
    ["https://example.org/a> } ; DROP ALL ; <urn:x", "https://example.org/a b", "not an iri"],
)
def test_a_bound_iri_that_is_not_one_is_refused(store, iri):
    store.replace_graph(G1, [t("a", "1")])
    with pytest.raises(QueryError):
        store.select("SELECT ?s WHERE { ?s ?p ?o }", {"s": URIRef(iri)})
    assert store.count() == 1


def test_a_binding_reaches_a_subquery_that_projects_it(store):
    store.replace_graph(G1, [t("a", "1"), t("b", "2"), t("c", "3")])
    # Without the binding inside, the subquery would keep "3" (the last) and the join
    # would then find nothing.
    sparql = "SELECT ?s ?v WHERE { { SELECT ?s ?v WHERE { ?s ?p ?v } ORDER BY DESC(?v) LIMIT 1 } }"
    rows = store.select(sparql, {"v": Literal("1")}).rows
    assert rows == [(URIRef(EX + "a"), Literal("1"))]


def test_a_bound_variable_must_be_projected(store):
    with pytest.raises(QueryError):
        store.select("SELECT ?s WHERE { ?s ?p ?v }", {"v": Literal("1")})


def test_bindings_in_construct(store):
    store.replace_graph(G1, [t("a", "1"), t("b", "2")])
    got = store.construct(f"CONSTRUCT WHERE {{ ?s {PQ} ?v }}", {"v": Literal("2")})
    assert got == [t("b", "2")]
    got = store.construct("CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }", {"s": URIRef(EX + "a")})
    assert got == [t("a", "1")]


def is_virtuoso(store) -> bool:
    return getattr(getattr(store, "config", None), "preset", None) == "virtuoso"


def test_queries_see_the_union_of_graphs(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")])
    # (Virtuoso's default graph also holds its own graphs: its schema, the LDP vocabulary)
    ours = f"FILTER(STRSTARTS(STR(?s), {json.dumps(EX)}))"
    rows = store.select(f"SELECT ?s WHERE {{ ?s ?p ?o {ours} }} ORDER BY ?s").rows
    assert [r[0] for r in rows] == [URIRef(EX + "a"), URIRef(EX + "b")]
    only = store.select("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G2]).rows
    assert only == [(URIRef(EX + "b"),)]
    if not is_virtuoso(store):  # Virtuoso: the default graph always is every graph
        assert store.select("SELECT ?s WHERE { ?s ?p ?o }", union=False).rows == []
    named = store.select(
        "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }", default_graphs=[], named_graphs=[G1]
    ).rows
    assert named == [(URIRef(G1), URIRef(EX + "a"))]


def test_a_dataset_value_is_the_same_as_its_arguments(store):
    assert isinstance(store, Store)
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", "2")])
    query = "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
    dataset = Dataset(union=False, default_graphs=(), named_graphs=(G2,))
    expected = [(URIRef(G2), URIRef(EX + "b"))]
    assert store.select(query, dataset=dataset).rows == expected
    assert store.select(query, union=False, default_graphs=[], named_graphs=[G2]).rows == expected
    kind, body = store.query_serialized(query, "application/sparql-results+json", dataset=dataset)
    assert kind == "select" and len(json.loads(body)["results"]["bindings"]) == 1
    with pytest.raises(TypeError):  # one way or the other, not both
        store.select(query, dataset=dataset, named_graphs=[G1])


@pytest.mark.parametrize(
    "graphs", [G1, [G1, "not an iri"], [f"{EX}a b"], [f"{EX}a>"]], ids=["str", "rel", "sp", "gt"]
)
def test_a_dataset_with_a_bad_graph_name_is_refused(store, graphs):
    with pytest.raises(QueryError):
        store.select("SELECT * WHERE { ?s ?p ?o }", default_graphs=graphs)
    with pytest.raises(QueryError):
        store.query_serialized("ASK {}", "application/sparql-results+json", named_graphs=graphs)


def test_query_capped(store):
    """Every store answers ``query_capped``; one that cannot cut (a remote server) answers
    all of it, not truncated."""
    store.replace_graph(G1, [t(f"s{i}", str(i)) for i in range(5)])
    query = f"SELECT ?s WHERE {{ ?s {PQ} ?o }}"
    media = "application/sparql-results+json"
    kind, body, truncated = store.query_capped(query, media, 3)
    rows = json.loads(body)["results"]["bindings"]
    assert kind == "select" and (len(rows), truncated) in ((3, True), (5, False))
    kind, body, truncated = store.query_capped(query, media, 10, default_graphs=[G2])
    assert kind == "select" and json.loads(body)["results"]["bindings"] == [] and not truncated
    kind, body, truncated = store.query_capped(f"ASK {{ ?s {PQ} ?o }}", media)
    assert kind == "ask" and json.loads(body)["boolean"] is True and not truncated


def test_select_leaves_unbound_variables_out(store):
    store.replace_graph(G1, [t("a", "1")])
    result = store.select(
        f"SELECT ?s ?missing WHERE {{ ?s {PQ} ?o OPTIONAL {{ ?s <urn:x> ?missing }} }}"
    )
    assert result.variables == ("s", "missing")
    assert result.dicts() == [{"s": URIRef(EX + "a")}]


def test_construct_and_serialized_results(store):
    store.replace_graph(G1, [t("a", "1")])
    assert store.construct(f"CONSTRUCT WHERE {{ ?s {PQ} ?o }}") == [t("a", "1")]
    kind, body = store.query_serialized(
        f"SELECT ?o WHERE {{ ?s {PQ} ?o }}", "application/sparql-results+json"
    )
    assert kind == "select"
    assert json.loads(body)["results"]["bindings"][0]["o"]["value"] == "1"
    kind, body = store.query_serialized(f"ASK {{ ?s {PQ} ?o }}", "application/sparql-results+json")
    assert kind == "ask" and json.loads(body)["boolean"] is True
    kind, body = store.query_serialized(f"SELECT ?o WHERE {{ ?s {PQ} ?o }}", "text/csv")
    # CSV may quote any field (Virtuoso quotes them all): compare the values
    assert kind == "select"
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["o"], ["1"]]
    kind, body = store.query_serialized(f"CONSTRUCT WHERE {{ ?s {PQ} ?o }}", "text/turtle")
    # Turtle may abbreviate IRIs with prefixes of its own (Virtuoso's ns0:): parse it
    assert kind == "graph" and set(Graph().parse(data=body, format="turtle")) == {t("a", "1")}
    kind, body = store.query_serialized(f"CONSTRUCT WHERE {{ ?s {PQ} ?o }}", "application/n-quads")
    # one triple, whatever the whitespace (Virtuoso separates terms with tabs)
    assert kind == "graph" and set(Graph().parse(data=body, format="nt")) == {t("a", "1")}


def test_syntax_error_maps_to_query_syntax_error(store):
    with pytest.raises(QuerySyntaxError):
        store.select("SELEC ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QuerySyntaxError):
        store.select("SELECT ?x WHERE { ?x ?y ?z ")


def test_wrong_query_form_maps_to_query_error(store):
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.ask("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.construct("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.query_serialized("SELECT * WHERE { ?s ?p ?o }", "text/turtle")
    with pytest.raises(QueryError):
        store.query_serialized("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv")


def test_dump_holds_every_graph(store):
    store.replace_graph(G1, [t("a", "1")])
    store.replace_graph(G2, [t("b", 'two "2"\n')])
    lines = sorted(store.dump().decode().splitlines())
    assert lines == [
        f'<{EX}a> <{EX}p> "1" <{G1}> .',
        f'<{EX}b> <{EX}p> "two \\"2\\"\\n" <{G2}> .',
    ]


def test_a_reader_never_sees_half_a_graph(store):
    """Replace a 2,000-triple graph over and over while two readers count it: every count
    is a whole graph, whatever the moment."""
    n = 2000

    def version(v: int) -> list:
        return [t(f"s{i}", f"{v}") for i in range(n)]

    store.replace_graph(G1, version(0))
    counts: set[int] = set()
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            while not done.is_set():
                counts.add(store.count(G1))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(2)]
    for r in readers:
        r.start()
    try:
        for v in range(1, 6):
            store.replace_graph(G1, version(v))
    finally:
        done.set()
        for r in readers:
            r.join(30)
    assert not errors
    assert counts == {n}
    assert {str(o) for _, _, o in store.triples_in(G1)} == {"5"}


@pytest.mark.parametrize(
    "query, expected",
    [
        (f"SELECT ?s WHERE {{ ?s {PQ} <thing> }}", "s0"),  # relative to the base IRI
        (f"BASE <sub/> SELECT ?s WHERE {{ ?s {PQ} <thing> }}", "s1"),  # a relative BASE
        (f"BASE <{EX}other/> SELECT ?s WHERE {{ ?s {PQ} <thing> }}", "s2"),  # an absolute one
        (f"PREFIX r: <sub/> SELECT ?s WHERE {{ ?s {PQ} r:thing }}", "s1"),  # a relative PREFIX
    ],
    ids=["plain", "relative-base", "absolute-base", "relative-prefix"],
)
def test_relative_iris_resolve_against_the_base_iri(store, query, expected):
    """``query_capped``'s ``base_iri`` (the API's endpoint IRI) resolves a query's relative
    IRIs the same way on every store, with or without a BASE of the query's own."""
    base = EX + "base/"
    objects = [URIRef(base + "thing"), URIRef(base + "sub/thing"), URIRef(EX + "other/thing")]
    store.replace_graph(G1, [t(f"s{i}", o) for i, o in enumerate(objects)])
    media = "application/sparql-results+json"
    _, body, _ = store.query_capped(query, media, 10, base_iri=base)
    rows = json.loads(body)["results"]["bindings"]
    assert [r["s"]["value"] for r in rows] == [EX + expected]
