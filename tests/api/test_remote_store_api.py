"""The API unchanged on a remote SPARQL store: a real Oxigraph server on 127.0.0.1, and a
real Virtuoso (its preset) when it is installed."""

from __future__ import annotations

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from kg.store import open_store
from tests.api.server import running
from tests.kgworld import fill
from tests.oxigraph_server import serve
from tests.virtuoso_server import serve as serve_virtuoso

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    yield from serve(tmp_path_factory)


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    yield from serve_virtuoso(tmp_path_factory)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def store_url(request) -> str:
    if request.param == "virtuoso":
        return request.getfixturevalue("virtuoso_server").url + "#virtuoso"
    return request.getfixturevalue("oxigraph_server").url


def test_sparql_lookups_and_records_on_a_remote_store(store_url):
    store = open_store(store_url)
    try:
        graphs = fill(store)
    finally:
        store.close()
    app = create_app(Settings(store=store_url))
    with running(app) as base:
        r = httpx.get(
            base + "/sparql",
            params={
                "query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a ?class } "
                "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/geokg/graph/')) }"
            },
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(graphs)
        # a relative IRI resolves against the endpoint's IRI, as on the embedded store
        relative = httpx.get(
            base + "/sparql",
            params={"query": "SELECT ?x WHERE { BIND(<graph/x> AS ?x) }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        assert relative.status_code == 200, relative.text
        assert relative.json()["results"]["bindings"] == [
            {"x": {"type": "uri", "value": base + "/graph/x"}}
        ]
        found = httpx.get(base + "/entities", params={"q": "kyi"}, timeout=30)
        assert found.status_code == 200, found.text
        assert found.json()["items"], found.json()
        refused = httpx.get(base + "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}, timeout=30)
        assert refused.status_code == 403
        listed = httpx.get(base + "/articles", timeout=30)
        if store_url.endswith("#virtuoso"):
            # a documented limit (README, Limits): kg.query pages lists with LATERAL
            # (Oxigraph's SEP-0006), which Virtuoso 7.2 lacks; the answer is a clear 400
            # problem naming it, never a 500
            assert listed.status_code == 400, listed.text
            assert listed.headers["content-type"].startswith("application/problem+json")
            assert "LATERAL" in listed.json()["detail"]
            return
        assert listed.status_code == 200, listed.text
        assert len(listed.json()["items"]) == len(graphs)
