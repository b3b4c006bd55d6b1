"""What only the remote store does: configuration by URL, presets, auth, HTTP failures as
``kg.errors``, pickling for workers; and the library's real queries (kg.query, readback)
giving the same answers on Oxigraph's server as on the embedded store.

HTTP failures the real server will not produce on demand (401, 503, a hang) come from a
small stdlib HTTP server on 127.0.0.1 that answers what each test tells it to."""

from __future__ import annotations

import base64
import http.server
import pickle
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from rdflib import Literal, URIRef

from kg import query
from kg.errors import QueryError, QuerySyntaxError, QueryTimeout, StoreError
from kg.query.articles import article_record, list_articles
from kg.query.stats import store_stats
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import PRESETS, RemoteConfig, RemoteStore
from tests import kgworld
from tests.server_process import free_port

EX = "https://example.org/"
G1 = EX + "graph/one"
P = URIRef(EX + "p")
JSON_EMPTY = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'


# -- configuration ------------------------------------------------------------------------


def test_the_default_preset_is_oxigraph_server():
    c = RemoteConfig.from_url("http://127.0.0.1:7878", env={})
    assert (c.query_url, c.update_url, c.gsp_url) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
        "http://127.0.0.1:7878/store",
    )
    assert c.write == "gsp" and c.union == ("union-default-graph", "")


@pytest.mark.parametrize(
    ("url", "query", "update", "write"),
    [
        ("http://h:3030/ds#fuseki", "http://h:3030/ds/query", "http://h:3030/ds/update", "gsp"),
        (
            "http://h:7200/repositories/kg#graphdb",
            "http://h:7200/repositories/kg",
            "http://h:7200/repositories/kg/statements",
            "update",
        ),
        ("http://h:8890#virtuoso", "http://h:8890/sparql", "http://h:8890/sparql", "update"),
        ("https://c:8182#neptune", "https://c:8182/sparql", "https://c:8182/sparql", "update"),
        ("http://h/sparql#generic", "http://h/sparql", "http://h/sparql", "update"),
    ],
)
def test_presets(url, query, update, write):
    c = RemoteConfig.from_url(url, env={})
    assert (c.query_url, c.update_url, c.write) == (query, update, write)


def test_fragment_options_override_the_preset():
    c = RemoteConfig.from_url(
        "http://h:8890#virtuoso&update=/sparql-auth&auth=digest&timeout=5&union=native", env={}
    )
    assert c.update_url == "http://h:8890/sparql-auth" and c.auth == "digest"
    assert c.timeout == 5.0 and c.union is None and c.form
    c = RemoteConfig.from_url("http://h:3030/ds#fuseki&write=update&gsp=http://other/gsp", env={})
    assert c.write == "update" and c.gsp_url == "http://other/gsp"
    assert c.union == ("default-graph-uri", "urn:x-arq:UnionGraph") and c.separate_default
    c = RemoteConfig.from_url("http://h:3030/ds#fuseki&union=native", env={})
    assert c.union is None and not c.separate_default  # tdb2:unionDefaultGraph true


@pytest.mark.parametrize(
    "url",
    [
        "http://h#nosuchpreset",
        "http://h#oxigraph&colour=blue",
        "http://h#oxigraph&write=sideways",
        "http://h#generic&write=gsp",
        "http://h#oxigraph&timeout=soon",
        "ftp://h/",
    ],
)
def test_bad_configuration_is_a_store_error(url):
    with pytest.raises(StoreError):
        RemoteConfig.from_url(url, env={})


def test_credentials_from_the_url_or_the_environment():
    c = RemoteConfig.from_url("http://al%40ice:p%3Ass@h:1/ds#fuseki", env={"KG_STORE_TOKEN": "t"})
    assert (c.username, c.password, c.token) == ("al@ice", "p:ss", None)
    assert "p:ss" not in repr(c) and "p%3Ass" not in c.location
    c = RemoteConfig.from_url("http://h:1", env={"KG_STORE_TOKEN": "tok"})
    assert (c.username, c.token) == (None, "tok")
    env = {"KG_STORE_USER": "u", "KG_STORE_PASSWORD": "pw"}
    c = RemoteConfig.from_url("http://h:1", env=env)
    assert (c.username, c.password) == ("u", "pw")


def test_open_store_picks_the_remote_store_from_a_url_or_kg_store(monkeypatch):
    s = open_store("http://127.0.0.1:1#fuseki")
    assert isinstance(s, RemoteStore) and s.config.preset == "fuseki"
    s.close()
    monkeypatch.setenv("KG_STORE", "http://127.0.0.1:1")
    s = open_store()
    assert isinstance(s, RemoteStore)
    s.close()
    assert isinstance(open_store(None), OxigraphStore)  # None is still in-memory


def test_every_preset_parses():
    for name in PRESETS:
        assert RemoteConfig.from_url(f"http://h:1/x#{name}", env={}).preset == name


# -- a stub server for failures -------------------------------------------------------------


class Stub:
    """Answers every request with ``status``/``body`` after ``delay`` s; keeps requests."""

    def __init__(self) -> None:
        self.status, self.body, self.ctype, self.delay = 200, JSON_EMPTY, "", 0.0
        self.requests: list[dict] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                stub.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": self.rfile.read(length),
                    }
                )
                time.sleep(stub.delay)
                self.send_response(stub.status)
                self.send_header("Content-Type", stub.ctype or "application/sparql-results+json")
                self.send_header("Content-Length", str(len(stub.body)))
                self.end_headers()
                self.wfile.write(stub.body)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, *args) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:
                pass  # a client that timed out and left: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    s = Stub()
    yield s
    s.close()


def test_connection_refused_is_a_store_error():
    with (
        RemoteStore(f"http://127.0.0.1:{free_port()}") as store,
        pytest.raises(StoreError, match="cannot reach the SPARQL server"),
    ):
        store.graphs()


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_are_a_store_error(stub, status):
    stub.status, stub.body = status, b"go away"
    with RemoteStore(stub.url) as store, pytest.raises(StoreError, match="wants credentials"):
        store.count()
    with (
        RemoteStore(stub.url.replace("//", "//u:wrong@")) as store,
        pytest.raises(StoreError, match=f"refused the credentials \\(HTTP {status}\\)"),
    ):
        store.count()


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_failures_are_store_errors(stub, status):
    stub.status, stub.body, stub.ctype = status, b"database on fire", "text/plain"
    with RemoteStore(stub.url) as store:
        with pytest.raises(StoreError, match=f"HTTP {status}.*database on fire"):
            store.select("SELECT ?s WHERE { ?s ?p ?o }")
        with pytest.raises(StoreError, match=f"HTTP {status}"):
            store.replace_graph(G1, [(URIRef(EX + "a"), P, Literal("1"))])


def test_a_missing_endpoint_names_the_preset(stub):
    stub.status, stub.body, stub.ctype = 404, b"not here", "text/plain"
    with RemoteStore(stub.url + "#fuseki") as store, pytest.raises(StoreError, match="fuseki"):
        store.replace_graph(G1, [(URIRef(EX + "a"), P, Literal("1"))])


def test_a_slow_query_is_a_query_timeout(stub):
    stub.delay = 1.0
    with RemoteStore(stub.url + "#oxigraph&timeout=0.2") as store, pytest.raises(QueryTimeout):
        store.select("SELECT ?s WHERE { ?s ?p ?o }")


def test_basic_auth_from_the_url_and_bearer_from_the_environment(stub, monkeypatch):
    with RemoteStore(stub.url.replace("//", "//al%40ice:s3cret@")) as store:
        store.select("SELECT ?s WHERE { ?s ?p ?o }")
    expected = "Basic " + base64.b64encode(b"al@ice:s3cret").decode()
    assert stub.requests[-1]["headers"]["Authorization"] == expected
    monkeypatch.setenv("KG_STORE_TOKEN", "tok-123")
    with RemoteStore(stub.url) as store:
        store.select("SELECT ?s WHERE { ?s ?p ?o }")
    assert stub.requests[-1]["headers"]["Authorization"] == "Bearer tok-123"


def test_the_query_goes_as_the_protocol_says(stub):
    with RemoteStore(stub.url) as store:
        store.select("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G1])
    req = stub.requests[-1]
    assert req["method"] == "POST" and req["headers"]["Content-Type"].startswith(
        "application/sparql-query"
    )
    assert req["headers"]["Accept"] == "application/sparql-results+json"
    assert parse_qs(urlsplit(req["path"]).query) == {"default-graph-uri": [G1]}
    assert req["body"] == b"SELECT ?s WHERE { ?s ?p ?o }"


def test_form_presets_send_a_form(stub):
    """Virtuoso and Neptune take the query and its dataset as an HTML form."""
    with RemoteStore(stub.url + "#virtuoso&query=/sparql") as store:
        store.select("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G1])
        stub.status, stub.body = 200, b""
        store.replace_graph(G1, [(URIRef(EX + "a"), P, Literal('x"y'))])
    query, update = stub.requests[-2], stub.requests[-1]
    assert query["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(query["body"].decode()) == {
        "query": ["SELECT ?s WHERE { ?s ?p ?o }"],
        "default-graph-uri": [G1],
    }
    (text,) = parse_qs(update["body"].decode())["update"]
    # Virtuoso: CLEAR, as its DROP leaves a graph it did not CREATE
    assert text.startswith(f"CLEAR SILENT GRAPH <{G1}> ;\nINSERT DATA {{ GRAPH <{G1}> {{")
    assert f'<{EX}a> <{EX}p> "x\\"y" .' in text


def test_an_unexpected_answer_is_an_error(stub):
    stub.body, stub.ctype = b"<html>a login page</html>", "text/html"
    with RemoteStore(stub.url) as store, pytest.raises(QueryError, match="text/html"):
        store.select("SELECT ?s WHERE { ?s ?p ?o }")


# -- against the real server ------------------------------------------------------------------


@pytest.fixture
def remote(oxigraph_server):
    oxigraph_server.clear()
    with RemoteStore(oxigraph_server.url) as store:
        yield store


def test_a_pickled_store_reaches_the_same_server(remote):
    remote.replace_graph(G1, [(URIRef(EX + "a"), P, Literal("1"))])
    copy = pickle.loads(pickle.dumps(remote))
    try:
        assert copy.graphs() == [G1] and copy.config == remote.config
    finally:
        copy.close()


def test_read_only_refuses_writes(oxigraph_server):
    with RemoteStore(oxigraph_server.url, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.replace_graph(G1, [])
        with pytest.raises(StoreError, match="read-only"):
            store.delete_graph(G1)


def test_the_server_reports_a_syntax_error_with_its_message(remote):
    with pytest.raises(QuerySyntaxError, match="error at"):
        remote.select("SELECT ?s WHERE { ?s ?p ?o } ORDER")


def test_a_graph_name_that_is_not_an_iri_is_refused(remote):
    with pytest.raises(StoreError):
        remote.replace_graph("https://example.org/g> } DROP ALL {", [])
    with pytest.raises(QueryError):
        remote.triples_in("not an iri")


@pytest.fixture
def both(remote):
    """The hand-built world in the embedded store and on the server."""
    local = open_store(None)
    kgworld.fill(local)
    kgworld.fill(remote)
    yield local, remote
    local.close()


def test_kg_query_answers_the_same_on_both_stores(both):
    """kg.query binds values in paged subqueries with LATERAL: the remote store's VALUES
    must give what Oxigraph's substitutions give."""
    local, remote = both
    russia = kgworld.iri("actor", "russia")
    calls = [
        lambda s: query.search_entities(s, "zelensk"),
        lambda s: query.search_entities(s, None, "person", limit=2, offset=1),
        lambda s: query.entity(s, russia),
        lambda s: query.entity(s, russia, limit=1),
        lambda s: query.events(s),
        lambda s: query.events(s, actor=russia, limit=1),
        lambda s: query.events(s, start="2022-01-14", end="2022-01-20"),
        lambda s: query.claims(s, polarity="denied"),
        lambda s: query.claims(s, agent=russia, limit=1, offset=1),
    ]
    for call in calls:
        assert call(remote) == call(local)


def test_readback_and_stats_are_the_same_on_both_stores(both):
    local, remote = both
    assert list_articles(remote) == list_articles(local)
    for doc_id in ("kyiv-talks", "sandworm"):
        assert article_record(remote, doc_id) == article_record(local, doc_id)
    assert store_stats(remote) == store_stats(local)
