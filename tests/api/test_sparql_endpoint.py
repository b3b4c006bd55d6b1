"""/sparql beyond the W3C suite: negotiation, datasets, errors, the row cap, the service
description, and the app around it (OpenAPI, /health, problem+json everywhere)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Annotated

import httpx
import pytest
from fastapi import FastAPI, Query
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from api import errors
from api.app import create_app
from api.settings import Settings
from api.sparql import GRAPH_OFFERS, SELECT_OFFERS, negotiate
from tests.api.server import EXPLOSION_GRAPH, assert_problem, prefill, running

SD = "http://www.w3.org/ns/sparql-service-description#"
D1 = "http://kasei.us/2009/09/sparql/data/data1.rdf"
D2 = "http://kasei.us/2009/09/sparql/data/data2.rdf"
D3 = "http://kasei.us/2009/09/sparql/data/data3.rdf"
COUNT_DOCS = "SELECT (COUNT(*) AS ?n) { ?d a <http://xmlns.com/foaf/0.1/Document> }"


def count(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


# -- negotiation --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "accept,expected",
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/csv"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml;q=0.9, */*;q=0.1", "application/sparql-results+xml"),
        ("application/json", "application/sparql-results+json"),
        ("text/html, application/xhtml+xml, */*;q=0.8", "application/sparql-results+json"),
        ("text/turtle", None),
        ("text/csv;q=0", None),
    ],
)
def test_negotiate_select(accept, expected) -> None:
    assert negotiate(accept, SELECT_OFFERS) == expected


def test_negotiate_graph() -> None:
    assert negotiate(None, GRAPH_OFFERS) == "text/turtle"
    assert (
        negotiate("application/ld+json, text/turtle;q=0.9", GRAPH_OFFERS) == "application/ld+json"
    )
    assert (
        negotiate("application/*;q=0.5, application/n-quads", GRAPH_OFFERS) == "application/n-quads"
    )


@pytest.mark.parametrize(
    "accept,media",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_formats(client, accept, media) -> None:
    r = client.get(
        "/sparql",
        params={"query": "SELECT ?d { ?d a ?t } ORDER BY ?d", "default-graph-uri": D1},
        headers={"Accept": accept},
    )
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == media
    assert D1 in r.text
    assert "accept" in r.headers["vary"].lower()


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/n-quads", "nquads"),
        ("application/rdf+xml", "xml"),
    ],
)
@pytest.mark.parametrize("query", ["CONSTRUCT WHERE { ?s ?p ?o }", f"DESCRIBE <{D1}>"])
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's parsers, not ours
def test_graph_formats(client, accept, fmt, query) -> None:
    r = client.get(
        "/sparql", params={"query": query, "default-graph-uri": D1}, headers={"Accept": accept}
    )
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == accept
    g = Graph().parse(data=r.content, format=fmt)
    assert (URIRef(D1), RDF.type, URIRef("http://xmlns.com/foaf/0.1/Document")) in g


def test_not_acceptable(client) -> None:
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert "application/sparql-results+json" in assert_problem(r, 406)["detail"]
    r = client.get(
        "/sparql", params={"query": "CONSTRUCT WHERE {?s ?p ?o}"}, headers={"Accept": "text/csv"}
    )
    assert "text/turtle" in assert_problem(r, 406)["detail"]


# -- the dataset --------------------------------------------------------------------------
def test_default_graph_is_the_union(client) -> None:
    assert count(client.get("/sparql", params={"query": COUNT_DOCS})) == 3


def test_from_is_honoured(client) -> None:
    q = COUNT_DOCS.replace("{", f"FROM <{D1}> FROM <{D2}> {{", 1)
    assert count(client.get("/sparql", params={"query": q})) == 2


def test_from_with_prefixed_name(client) -> None:
    q = "PREFIX k: <http://kasei.us/2009/09/sparql/data/> " + COUNT_DOCS.replace(
        "{", "FROM k:data3.rdf {", 1
    )
    assert count(client.get("/sparql", params={"query": q})) == 1


def test_protocol_dataset_replaces_from(client) -> None:
    q = COUNT_DOCS.replace("{", f"FROM <{D1}> {{", 1)
    r = client.get("/sparql", params={"query": q, "default-graph-uri": [D2, D3]})
    assert count(r) == 2
    # only named graphs given: the default graph is empty
    assert count(client.get("/sparql", params={"query": COUNT_DOCS, "named-graph-uri": D1})) == 0


def test_named_graphs_only_those_named(client) -> None:
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    assert count(client.get("/sparql", params={"query": q, "named-graph-uri": [D1, D2]})) == 2
    assert count(client.get("/sparql", params={"query": q, "default-graph-uri": D1})) == 0


def test_relative_iris_resolve_against_the_endpoint(client, base_url) -> None:
    r = client.get("/sparql", params={"query": "SELECT ?x { BIND(<rel> AS ?x) }"})
    assert r.json()["results"]["bindings"][0]["x"]["value"] == base_url + "/rel"


# -- errors -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "params,status,needle",
    [
        ({"query": "SELECT * {"}, 400, ""),
        ({"query": ""}, 400, "empty"),
        ({"query": ["ASK {}", "ASK {}"]}, 400, "2 queries"),
        ({"query": "ASK {}", "update": "CLEAR ALL"}, 400, "not both"),
        ({"update": "CLEAR ALL"}, 403, "read-only"),
        ({"update": "CLEAR XYZ"}, 400, "does not parse"),
        ({"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}, 403, "read-only"),
        ({"query": "hello"}, 400, "expected SELECT"),
        ({"query": "SELECT ?x { ?x ex:p ?y }"}, 400, ""),
    ],
)
def test_bad_requests(client, params, status, needle) -> None:
    body = assert_problem(client.get("/sparql", params=params), status)
    assert needle in body["detail"]


def test_post_without_a_query(client) -> None:
    r = client.post("/sparql", data={"default-graph-uri": D1})
    assert "no query" in assert_problem(r, 400)["detail"]


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "application/json",
        "multipart/form-data; boundary=x",
        "application/sparql-query; charset=latin-1",
    ],
)
def test_unsupported_media_type(client, content_type) -> None:
    headers = {"content-type": content_type} if content_type else {}
    assert_problem(client.post("/sparql", content=b"ASK {}", headers=headers), 415)


def test_invalid_utf8(client) -> None:
    r = client.post(
        "/sparql", content=b"ASK { \xff }", headers={"content-type": "application/sparql-query"}
    )
    assert_problem(r, 400)


def test_sparql_update_post_is_refused(client) -> None:
    r = client.post(
        "/sparql",
        content=b"INSERT DATA { <a:a> <a:b> <a:c> }",
        headers={"content-type": "application/sparql-update"},
    )
    assert "read-only" in assert_problem(r, 403)["detail"]


def test_not_found_and_method_problems(client) -> None:
    assert_problem(client.get("/no/such/route"), 404)
    r = client.delete("/sparql")
    assert_problem(r, 405)
    assert "GET" in r.headers["allow"]


# -- the row cap --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def capped_url(tmp_path_factory):
    location = tmp_path_factory.mktemp("capped") / "store"
    prefill(location)
    with running(create_app(Settings(store=str(location), max_rows=5))) as url:
        yield url


ALL = f"SELECT ?s ?o {{ GRAPH <{EXPLOSION_GRAPH}> {{ ?s ?p ?o }} }}"


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_truncated_select_stays_valid(capped_url, accept) -> None:
    r = httpx.get(f"{capped_url}/sparql", params={"query": ALL}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["x-kg-truncated"] == "true"
    assert r.headers["x-kg-max-rows"] == "5"
    if accept.endswith("json"):
        doc = r.json()
        assert doc["head"]["vars"] == ["s", "o"] and len(doc["results"]["bindings"]) == 5
    elif accept.endswith("xml"):
        root = ET.fromstring(r.content)
        assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 5
    else:
        assert len(r.text.strip().splitlines()) == 6  # header + 5 rows


def test_truncated_construct(capped_url) -> None:
    q = ALL.replace("SELECT ?s ?o", "CONSTRUCT { ?s ?p ?o } WHERE", 1)
    r = httpx.get(
        f"{capped_url}/sparql", params={"query": q}, headers={"Accept": "application/n-triples"}
    )
    assert r.headers["x-kg-truncated"] == "true"
    assert len(r.text.strip().splitlines()) == 5


@pytest.mark.parametrize(
    "query",
    [
        ALL + " LIMIT 5",
        ALL + " LIMIT 3",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
        f"SELECT * {{ {{ SELECT ?s {{ GRAPH <{EXPLOSION_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 2 }} }}",
    ],
)
def test_not_truncated_within_the_cap(capped_url, query) -> None:
    r = httpx.get(f"{capped_url}/sparql", params={"query": query})
    assert r.status_code == 200
    assert "x-kg-truncated" not in r.headers


def test_a_larger_limit_is_still_capped(capped_url) -> None:
    r = httpx.get(f"{capped_url}/sparql", params={"query": ALL + " LIMIT 100"})
    assert r.headers["x-kg-truncated"] == "true"
    assert len(r.json()["results"]["bindings"]) == 5


# -- service description, OpenAPI, health -------------------------------------------------
def test_service_description(client, base_url) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    service = next(g.subjects(RDF.type, URIRef(SD + "Service")))
    assert g.value(service, URIRef(SD + "endpoint")) == URIRef(base_url + "/sparql")
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g
    formats = {str(o) for o in g.objects(service, URIRef(SD + "resultFormat"))}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Update")) not in g
    r = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    json.loads(r.text)


def test_openapi_and_docs(client) -> None:
    schema = client.get("/openapi.json").json()
    sparql = schema["paths"]["/sparql"]
    assert {"get", "post"} <= set(sparql)
    post_types = set(sparql["post"]["requestBody"]["content"])
    assert post_types == {"application/x-www-form-urlencoded", "application/sparql-query"}
    for path in schema["paths"].values():
        for op in path.values():
            for code, response in op["responses"].items():
                if code[0] in "45":
                    assert set(response["content"]) == {"application/problem+json"}, code
    assert client.get("/docs").status_code == 200


def test_health(client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["worker_alive"] is True


def test_validation_errors_are_problems() -> None:
    """FastAPI's own 422 comes out as problem+json with the offending fields."""
    app = FastAPI()
    errors.install(app)

    @app.get("/n")
    def n(k: Annotated[int, Query()]) -> int:
        return k

    with running(app) as url:
        body = assert_problem(httpx.get(f"{url}/n", params={"k": "x"}), 422)
        assert body["errors"][0]["loc"] == ["query", "k"]
