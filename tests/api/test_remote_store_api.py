"""The API unchanged on a remote SPARQL store: a real Oxigraph server on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from kg.store import open_store
from tests.api.server import running
from tests.kgworld import fill
from tests.oxigraph_server import serve

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    yield from serve(tmp_path_factory)


def test_sparql_lookups_and_records_on_a_remote_store(oxigraph_server):
    store = open_store(oxigraph_server.url)
    try:
        graphs = fill(store)
    finally:
        store.close()
    app = create_app(Settings(store=oxigraph_server.url))
    with running(app) as base:
        r = httpx.get(
            base + "/sparql",
            params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(graphs)
        found = httpx.get(base + "/entities", params={"q": "kyi"}, timeout=30)
        assert found.status_code == 200, found.text
        assert found.json()["items"], found.json()
        listed = httpx.get(base + "/articles", timeout=30)
        assert listed.status_code == 200 and len(listed.json()["items"]) == len(graphs)
        refused = httpx.get(base + "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}, timeout=30)
        assert refused.status_code == 403
