"""kg.query.results: a caller's own SPARQL, its form read by the one lexer, its results as
text."""

from __future__ import annotations

from kg.query.results import align, format_table, query_form


def test_query_form():
    assert query_form("PREFIX ex: <http://e.org/select#>\n# ASK\nDESCRIBE <x>") == "describe"
    assert query_form('select * { ?s ?p "CONSTRUCT" }') == "select"
    assert query_form("nonsense") == "select"
    assert query_form("PREFIX select: <http://e.org/>\nASK { select:a ?p ?o }") == "ask"
    assert query_form("INSERT DATA { <a> <b> <c> }") == "select"  # the store refuses it


def test_format_table():
    results = {
        "head": {"vars": ["s", "n"]},
        "results": {"bindings": [
            {"s": {"type": "uri", "value": "http://e.org/a"}, "n": {"type": "literal", "value": "1"}},
            {"s": {"type": "bnode", "value": "b0"}},
        ]},
    }  # fmt: skip
    assert format_table(results).splitlines() == [
        "s                 n",
        "----------------  -",
        "<http://e.org/a>  1",
        "_:b0",
        "(2 rows)",
    ]
    assert format_table({"boolean": True}) == "true"
    assert align(["a"], []) == "a\n-"
