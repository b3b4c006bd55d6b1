"""Terms written as SPARQL, and values bound into query text (kg.store.sparql_text)."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from kg.store.sparql_text import bind_values, query_form, term, with_base

XSD_INT = URIRef("http://www.w3.org/2001/XMLSchema#integer")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (URIRef("https://example.org/a?b=c#d"), "<https://example.org/a?b=c#d>"),
        (Literal('a "b" \\ c\nd\re\tf'), '"a \\"b\\" \\\\ c\\nd\\re\\tf"'),
        (Literal("Москва", lang="ru"), '"Москва"@ru'),
        (Literal(7), f'"7"^^<{XSD_INT}>'),
        (Literal("x", datatype=URIRef("http://www.w3.org/2001/XMLSchema#string")), '"x"'),
    ],
)
def test_terms(value, text):
    assert term(value) == text


@pytest.mark.parametrize(
    "value",
    [
        URIRef("https://example.org/a> . <urn:x"),
        URIRef("https://example.org/a b"),
        URIRef("https://example.org/{x}"),
        URIRef("relative/path"),
        Literal("x", datatype=URIRef("urn:x> } DROP ALL { <urn:y")),
        Literal("lone \ud800 surrogate"),
        BNode(),
    ],
)
def test_terms_that_could_break_out_are_refused(value):
    with pytest.raises(ValueError):
        term(value)


def test_blank_nodes_for_writing_get_safe_labels():
    assert term(BNode("b1"), allow_bnode=True) == "_:b1"
    label = term(BNode("not safe!"), allow_bnode=True)
    assert label.startswith("_:b") and " " not in label and "!" not in label


@pytest.mark.parametrize(
    ("sparql", "form"),
    [
        ("PREFIX select: <urn:x>\n# ASK\nCONSTRUCT WHERE { ?s ?p ?o }", "construct"),
        ('SELECT ("ASK {" AS ?x) {}', "select"),
        ("prefix : <urn:> describe :x", "describe"),
        ("SELEC ?x {}", None),
    ],
)
def test_query_form(sparql, form):
    assert query_form(sparql) == form


V = {"v": Literal("1")}


def test_values_go_at_the_top_of_the_where_group():
    got = bind_values("SELECT ?s ?v WHERE { ?s ?p ?v }", V)
    assert got == 'SELECT ?s ?v WHERE { VALUES (?v) { ("1") }  ?s ?p ?v }'


def test_braces_in_strings_iris_and_comments_are_not_groups():
    sparql = (
        "PREFIX ex: <urn:x>\n"
        'SELECT ?v ("}{" AS ?x) # a { comment\n'
        "FROM <urn:g> WHERE { ?s ?p ?v FILTER(?v != '{') }"
    )
    got = bind_values(sparql, V)
    assert got.endswith("WHERE { VALUES (?v) { (\"1\") }  ?s ?p ?v FILTER(?v != '{') }")


def test_only_subqueries_that_project_the_variable_see_it():
    sparql = (
        "SELECT ?v ?n WHERE { { SELECT ?v WHERE { ?s ?p ?v } LIMIT 1 } "
        "{ SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?v } } }"
    )
    got = bind_values(sparql, V)
    assert got.count("VALUES") == 2
    assert "{ SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?v } }" in got


def test_construct_where_is_expanded_to_hold_the_values():
    got = bind_values("CONSTRUCT WHERE { ?s ?p ?v }", V)
    assert got == 'CONSTRUCT { ?s ?p ?v } WHERE { VALUES (?v) { ("1") }  ?s ?p ?v }'
    got = bind_values("CONSTRUCT { ?s ?p ?v } WHERE { ?s ?p ?v }", V)
    assert got == 'CONSTRUCT { ?s ?p ?v } WHERE { VALUES (?v) { ("1") }  ?s ?p ?v }'


def test_ask_and_describe():
    assert bind_values("ASK { ?s ?p ?v }", V) == 'ASK { VALUES (?v) { ("1") }  ?s ?p ?v }'
    with pytest.raises(ValueError, match="without a WHERE"):
        bind_values("DESCRIBE <urn:x>", V)


@pytest.mark.parametrize(
    "bindings",
    [{"v} ; DROP ALL ; {": Literal("1")}, {"": Literal("1")}],
)
def test_variable_names_are_checked(bindings):
    with pytest.raises(ValueError, match="not a variable name"):
        bind_values("SELECT * WHERE { ?s ?p ?v }", bindings)


def test_an_unprojected_variable_is_refused_as_oxigraph_does():
    with pytest.raises(ValueError, match="does not project"):
        bind_values("SELECT ?s WHERE { ?s ?p ?v }", V)
    assert "VALUES" in bind_values("SELECT * WHERE { ?s ?p ?v }", V)


def test_the_base_iri_goes_first_and_a_bad_one_is_refused():
    base = "https://x.org/a/"
    assert with_base("SELECT * {}", base) == "BASE <https://x.org/a/>\nSELECT * {}"
    # a relative BASE of the query's own is resolved in place (one BASE: Virtuoso wants it)
    assert with_base("# c\nPREFIX p: <q#> BASE <sub/> SELECT * {}", base) == (
        "# c\nPREFIX p: <q#> BASE <https://x.org/a/sub/> SELECT * {}"
    )
    absolute = "BASE <http://y.org/> SELECT * { <s> ?p 'BASE <z>' }"
    assert with_base(absolute, base) == absolute
    for bad in ("relative/", "https://x.org/a b", "https://x.org/> SELECT"):
        with pytest.raises(ValueError):
            with_base("SELECT * {}", bad)
