"""Helpers for the API tests: a real uvicorn on 127.0.0.1, the store prefill (the W3C test
data as named graphs and a graph big enough to make a cross product explode), problem checks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.store.oxigraph import OxigraphStore
from tests.paths import W3C  # tests/w3c: copied into the repo under the W3C licence
from tests.server_process import free_port

W3C_MISSING = f"the W3C test data is not at {W3C}"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
UT = "http://www.w3.org/2009/sparql/tests/test-update#"
QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"

EXPLOSION_GRAPH = "urn:x-test:explosion"
EXPLOSION_TRIPLES = 3000
# four independent ?s ?p ?o patterns over 3,000 triples: 8e13 rows to count
EXPLOSIVE_QUERY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextmanager
def running(app) -> Iterator[str]:
    """Serve ``app`` with a real uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def w3c_graph_name(path: Path) -> str:
    """The graph a W3C result-format data file is loaded into."""
    return f"urn:x-w3c:{path.parent.name}/{path.name}"


def protocol_graphs() -> dict[str, Path]:
    """Graph name → data file, from the ``ut:graphData`` of the protocol manifest."""
    manifest = W3C / "sparql11-protocol" / "manifest.ttl"
    g = Graph().parse(manifest, format="turtle")
    out = {}
    for node in g.objects(None, URIRef(UT + "graphData")):
        data = g.value(node, URIRef(UT + "graph"))
        label = g.value(node, RDFS.label)
        out[str(label)] = Path(str(data).removeprefix("file://"))
    return out


def prefill(location: Path) -> None:
    store = OxigraphStore(location)
    try:
        ns = "urn:x-test:"
        store.replace_graph(
            EXPLOSION_GRAPH,
            [
                (URIRef(f"{ns}s{i}"), URIRef(f"{ns}p{i % 11}"), URIRef(f"{ns}o{i % 97}"))
                for i in range(EXPLOSION_TRIPLES)
            ],
        )
        if not W3C.is_dir():
            return
        for name, path in protocol_graphs().items():
            store.replace_graph(name, list(Graph().parse(path, format="nt")))
        for folder in ("sparql11-json-res", "sparql11-csv-tsv-res"):
            for path in sorted((W3C / folder).glob("data*.ttl")):
                store.replace_graph(
                    w3c_graph_name(path), list(Graph().parse(path, format="turtle"))
                )
    finally:
        store.close()


def assert_problem(response: httpx.Response, status: int) -> dict:
    """``response`` is an RFC 9457 problem with this status; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["type"]
    assert isinstance(body.get("detail"), str) and body["detail"]
    return body
