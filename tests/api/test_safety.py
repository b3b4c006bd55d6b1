"""What makes the endpoint safe to expose: nothing is fetched for a query, a runaway query
is stopped at the limit and the next one answers at once, waiting is bounded, bodies are
capped (413) whether announced or streamed."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel

from api import errors
from api.app import create_app
from api.deps import BodyLimitMiddleware
from api.settings import Settings
from tests.api.server import EXPLOSIVE_QUERY, assert_problem, prefill, running


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def _record(self) -> None:
        type(self).seen.append(f"{self.command} {self.path}")
        body = b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _record

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request it gets."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    # it does record: otherwise "it saw nothing" would prove nothing
    httpx.get(url + "/probe")
    assert _Recorder.seen == ["GET /probe"]
    _Recorder.seen.clear()
    yield url, _Recorder.seen
    server.shutdown()


def _refused_queries(url: str) -> list[tuple[str, dict]]:
    return [
        ("SERVICE", {"query": f"SELECT * {{ SERVICE <{url}/service> {{ ?s ?p ?o }} }}"}),
        (
            "SERVICE SILENT",
            {"query": f"SELECT * {{ SERVICE SILENT <{url}/silent> {{ ?s ?p ?o }} }}"},
        ),
        (
            "SERVICE ?var",
            {"query": f"SELECT * {{ VALUES ?e {{ <{url}/var> }} SERVICE ?e {{ ?s ?p ?o }} }}"},
        ),
        ("service, lower case", {"query": f"ASK {{ service <{url}/lower> {{ }} }}"}),
        (
            "SERVICE with a prefixed name",
            {"query": f"PREFIX x: <{url}/> SELECT * {{ SERVICE x:pname {{ ?s ?p ?o }} }}"},
        ),
        (
            "SERVICE after a comment and in a subquery",
            {"query": f"SELECT * {{ # }}\n {{ SELECT * {{ SERVICE <{url}/sub> {{}} }} }} }}"},
        ),
        ("FROM a URL", {"query": f"SELECT * FROM <{url}/from> {{ ?s ?p ?o }}"}),
        ("FROM NAMED a URL", {"query": f"SELECT * FROM NAMED <{url}/named> {{ ?s ?p ?o }}"}),
        ("FROM a file", {"query": "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"}),
        ("FROM NAMED a file", {"query": "ASK FROM NAMED <file:///etc/hostname> { }"}),
        ("default-graph-uri a URL", {"query": "ASK {}", "default-graph-uri": f"{url}/dg"}),
        ("named-graph-uri a URL", {"query": "ASK {}", "named-graph-uri": f"{url}/ng"}),
        (
            "default-graph-uri a file",
            {"query": "ASK {}", "default-graph-uri": "file:///etc/passwd"},
        ),
        ("LOAD", {"update": f"LOAD <{url}/load>"}),
        ("LOAD a file", {"update": "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>"}),
        ("LOAD as a query", {"query": f"LOAD <{url}/load-as-query>"}),
    ]


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_nothing_is_fetched(client, listener, how) -> None:
    url, seen = listener
    for label, params in _refused_queries(url):
        if how == "get":
            r = client.get("/sparql", params=params)
        elif how == "form":
            r = client.post("/sparql", data=params)
        else:
            text = params.get("query") or params["update"]
            kind = "query" if "query" in params else "update"
            rest = {k: v for k, v in params.items() if k not in ("query", "update")}
            r = client.post(
                "/sparql",
                params=rest,
                content=text.encode(),
                headers={"content-type": f"application/sparql-{kind}"},
            )
        body = assert_problem(r, 403)
        assert body["type"].endswith("/query-refused"), label
    time.sleep(0.2)  # anything fetched in the background would have arrived by now
    assert seen == []


def test_refusal_messages_say_why(client, listener) -> None:
    url, _ = listener
    detail = lambda p: assert_problem(client.get("/sparql", params=p), 403)["detail"]
    assert "SERVICE" in detail({"query": f"ASK {{ SERVICE <{url}/x> {{}} }}"})
    assert "not a graph in this store" in detail({"query": "ASK FROM <file:///etc/passwd> {}"})
    assert "LOAD" in detail({"update": f"LOAD <{url}/x>"})


def test_words_that_only_look_like_keywords_are_fine(client) -> None:
    """The policy reads tokens: 'service' in an IRI, a string, a variable or a comment is
    no SERVICE, and 'from' in them is no FROM."""
    q = (
        "PREFIX a: <http://example.org/federal-security-service/> "
        'SELECT ?service ?from { BIND(a:service AS ?service) BIND("SERVICE <x> FROM <y>" AS ?from) '
        "# SERVICE <http://example.org/> {}\n"
        "FILTER(?service != <http://example.org/service>) }"
    )
    r = client.get("/sparql", params={"query": q})
    assert r.status_code == 200, r.text
    assert "federal-security-service/service" in r.text


# -- the time limit -----------------------------------------------------------------------
@pytest.mark.slow
def test_explosive_query_is_stopped_and_the_next_answers_at_once(client, settings) -> None:
    assert settings.query_timeout == 2.0
    start = time.monotonic()
    r = client.get("/sparql", params={"query": EXPLOSIVE_QUERY})
    took = time.monotonic() - start
    body = assert_problem(r, 503)
    assert body["type"].endswith("/query-timeout")
    assert "2 s" in body["detail"]
    assert r.headers["retry-after"] == "1"
    assert 2.0 <= took < 2.0 + 1.5, took  # stopped at the limit (plus the worker restart)

    start = time.monotonic()
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
    assert r.status_code == 200
    assert time.monotonic() - start < 1.0
    health = client.get("/health").json()
    assert health["worker_alive"] and health["worker_restarts"] >= 1


@pytest.mark.slow
def test_waiting_is_bounded(tmp_path) -> None:
    """One query runs, ``max_concurrent_queries`` wait, the rest get 503 busy at once."""
    prefill(tmp_path / "store")
    settings = Settings(store=str(tmp_path / "store"), query_timeout=1.0, max_concurrent_queries=1)
    with running(create_app(settings)) as url:

        def ask(_):
            start = time.monotonic()
            r = httpx.get(f"{url}/sparql", params={"query": EXPLOSIVE_QUERY}, timeout=30)
            return r, time.monotonic() - start

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(ask, range(4)))
        statuses = sorted(r.json()["type"].rsplit("/", 1)[-1] for r, _ in results)
        assert statuses.count("query-timeout") == 2  # the running one and the one waiting
        assert statuses.count("busy") == 2
        for r, took in results:
            assert r.status_code == 503
            if r.json()["type"].endswith("/busy"):
                assert took < 0.9 and r.headers["retry-after"] == "1"
        assert httpx.get(f"{url}/sparql", params={"query": "ASK {}"}).status_code == 200


# -- body limits --------------------------------------------------------------------------
def _query_of(size: int) -> bytes:
    return b"ASK {} #" + b"x" * (size - 8)


def test_query_body_at_the_limit_is_fine(client, settings) -> None:
    body = _query_of(settings.max_query_bytes)
    r = client.post("/sparql", content=body, headers={"content-type": "application/sparql-query"})
    assert r.status_code == 200, r.text[:300]


def test_oversize_body_with_content_length(client, settings) -> None:
    body = _query_of(settings.max_query_bytes + 1)
    r = client.post("/sparql", content=body, headers={"content-type": "application/sparql-query"})
    assert "bytes" in assert_problem(r, 413)["detail"]
    form = {"query": "ASK {} #" + "x" * settings.max_query_bytes}
    assert_problem(client.post("/sparql", data=form), 413)


def test_oversize_streamed_body(client, settings) -> None:
    def chunks():
        for _ in range(settings.max_query_bytes // 65536 + 2):
            yield b"#" + b"x" * 65535

    r = client.post(
        "/sparql",
        content=chunks(),
        headers={"content-type": "application/sparql-query"},
    )
    assert r.request.headers["transfer-encoding"] == "chunked"
    assert_problem(r, 413)
    assert client.get("/health").status_code == 200  # the server is fine afterwards


def test_streamed_request_is_really_chunked(client) -> None:
    r = client.post(
        "/sparql",
        content=iter([b"ASK ", b"{}"]),
        headers={"content-type": "application/sparql-query"},
    )
    assert r.request.headers["transfer-encoding"] == "chunked"
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_other_routes_are_capped_at_the_article_limit(client, settings) -> None:
    """The middleware caps every path, not only /sparql (elsewhere: max_article_bytes)."""
    body = b"x" * (settings.max_article_bytes + 1)
    assert_problem(client.post("/health", content=body), 413)


class Doc(BaseModel):
    text: str


def test_middleware_stops_a_streamed_body_that_fastapi_parses() -> None:
    """A JSON body parsed by FastAPI itself (as POST /articles does) is cut at the cap
    too, chunked or not, and answered 413 as problem+json."""
    app = FastAPI()
    errors.install(app)
    app.add_middleware(BodyLimitMiddleware, default=1000)

    @app.post("/doc")
    def doc(d: Doc) -> int:
        return len(d.text)

    big = json.dumps({"text": "x" * 5000}).encode()
    with running(app) as url:
        assert httpx.post(f"{url}/doc", json={"text": "ok"}).json() == 2
        assert_problem(httpx.post(f"{url}/doc", content=big), 413)
        chunked = httpx.post(
            f"{url}/doc",
            content=iter([big[i : i + 512] for i in range(0, len(big), 512)]),
            headers={"content-type": "application/json"},
        )
        assert chunked.request.headers["transfer-encoding"] == "chunked"
        assert_problem(chunked, 413)
