"""The W3C result-format tests (tests/w3c/sparql11-json-res, sparql11-csv-tsv-res),
through the real server.

Each test's data file is a graph of the store, named as the default graph with
``default-graph-uri``. Each query runs twice: as written (no LIMIT, so the server pulls
rows up to the row cap and serialises them itself) and with ``LIMIT 1000`` appended
(within the cap, so Oxigraph serialises the whole result): both writers must conform.

Comparison is semantic: JSON parsed; CSV/TSV with line endings normalised (the copies
have LF where the spec says CRLF); variables as a set (``SELECT *`` leaves their order
open; Oxigraph gives ``?o ?p ?s``); blank nodes up to renaming; numbers by value, since
Oxigraph keeps numeric literals as values, not lexical forms (``"1.0E6"^^xsd:double``
comes back as ``1000000``, ``"5"^^xsd:decimal`` as ``5``).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.plugins.parsers.ntriples import W3CNTriplesParser
from rdflib.term import BNode

from kg.sparql_policy import query_form
from tests.api.server import W3C, W3C_MISSING, w3c_graph_name

MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
ACCEPT = {
    ".srj": "application/sparql-results+json",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
}


def _cases():
    cases = []
    for folder in ("sparql11-json-res", "sparql11-csv-tsv-res"):
        manifest = W3C / folder / "manifest.ttl"
        if not manifest.is_file():
            return [
                pytest.param(None, None, None, None, marks=pytest.mark.skip(reason=W3C_MISSING))
            ]
        g = Graph().parse(manifest, format="turtle")
        root = next(g.subjects(RDF.type, URIRef(MF + "Manifest")))
        for entry in Collection(g, g.value(root, URIRef(MF + "entries"))):
            action = g.value(entry, URIRef(MF + "action"))
            paths = [
                Path(str(g.value(action, URIRef(QT + k))).removeprefix("file://"))
                for k in ("query", "data")
            ]
            result = Path(str(g.value(entry, URIRef(MF + "result"))).removeprefix("file://"))
            name = str(entry).rsplit("#", 1)[-1]
            for way in ("capped", "oxigraph"):
                cases.append(pytest.param(*paths, result, way, id=f"{name}-{way}"))
    return cases


def _canonical(variables: list[str], rows: list[list], is_bnode) -> tuple[list[str], list]:
    """Variables as a sorted list (SELECT * leaves their order open), rows as tuples in
    that order, blank nodes renamed in order of appearance (equal up to renaming)."""
    order = sorted(range(len(variables)), key=lambda i: variables[i])
    names: dict = {}
    out = []
    for row in rows:
        new = []
        for i in order:
            cell = row[i] if i < len(row) else None
            if cell is not None and is_bnode(cell):
                cell = names.setdefault(str(cell), f"_:b{len(names)}")
            new.append(cell)
        out.append(tuple(new))
    return sorted(variables), out


def _json_rows(doc: dict) -> tuple[list[str], list]:
    variables = doc["head"]["vars"]
    rows = []
    for binding in doc["results"]["bindings"]:
        row = []
        for v in variables:
            term = binding.get(v)
            if term is not None:
                term = dict(term)
                if term.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
                    del term["datatype"]  # the same literal in RDF 1.1
                if term["type"] == "typed-literal":
                    term["type"] = "literal"
                term = tuple(sorted(term.items()))
            row.append(term)
        rows.append(row)
    return _canonical(variables, rows, lambda t: dict(t)["type"] == "bnode")


def _csv_cell(cell: str):
    if cell == "":
        return None
    try:
        return ("number", Decimal(cell))
    except ArithmeticError:
        return cell


def _tsv_term(cell: str):
    if cell == "":
        return None
    if cell.startswith("_:"):
        return BNode(cell[2:])
    if cell in ("true", "false"):
        return Literal(cell == "true")
    if cell[0] not in "<\"'":
        return ("number", Decimal(cell))
    parser = W3CNTriplesParser()
    parser.line = cell
    term = parser.object()
    if isinstance(term, Literal) and term.datatype is not None:
        try:
            return ("number", Decimal(str(term)))  # typed numbers by value
        except ArithmeticError:
            pass
    return term


def compare(expected_path: Path, response: httpx.Response) -> None:
    expected = expected_path.read_text(encoding="utf-8")
    actual = response.text
    suffix = expected_path.suffix
    if suffix == ".srj":
        exp, act = json.loads(expected), response.json()
        if "boolean" in exp:
            assert act["boolean"] is exp["boolean"]
            return
        assert _json_rows(act) == _json_rows(exp)
        return
    norm = lambda text: text.replace("\r\n", "\n").rstrip("\n")
    if suffix == ".csv":
        assert "\r\n" in actual  # the spec's line ending
        parse = lambda text: list(csv.reader(io.StringIO(norm(text))))
        exp_rows, act_rows = parse(expected), parse(actual)
        canon = lambda rows: _canonical(
            rows[0],
            [[_csv_cell(c) for c in r] for r in rows[1:]],
            lambda c: isinstance(c, str) and c.startswith("_:"),
        )
        assert canon(act_rows) == canon(exp_rows)
        return
    exp_lines, act_lines = norm(expected).split("\n"), norm(actual).split("\n")
    canon = lambda lines: _canonical(
        [v.removeprefix("?") for v in lines[0].split("\t")],
        [[_tsv_term(c) for c in line.split("\t")] for line in lines[1:]],
        lambda t: isinstance(t, BNode),
    )
    assert canon(act_lines) == canon(exp_lines)


@pytest.mark.parametrize("query_path,data_path,result_path,way", _cases())
def test_result_format(client, query_path, data_path, result_path, way) -> None:
    query = query_path.read_text(encoding="utf-8")
    if way == "oxigraph" and query_form(query) == "SELECT":
        query += "\nLIMIT 1000"
    response = client.get(
        "/sparql",
        params={"query": query, "default-graph-uri": w3c_graph_name(data_path)},
        headers={"Accept": ACCEPT[result_path.suffix]},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == ACCEPT[result_path.suffix]
    compare(result_path, response)
