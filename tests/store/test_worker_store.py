"""``WorkerStore``: the Store protocol over a child process that is killed at the limit."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from kg import query
from kg.errors import (
    NotFoundError,
    QueryError,
    QuerySyntaxError,
    QueryTimeout,
    StoreError,
    StoreLockedError,
)
from kg.store.oxigraph import OxigraphStore
from kg.store.worker import StoreBusy, WorkerStore, _may_run

EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"
EXPLOSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _triples(n: int, graph_tag: str = "") -> list:
    return [(URIRef(f"{EX}s{graph_tag}{i}"), URIRef(f"{EX}p{i % 7}"), Literal(i)) for i in range(n)]


@pytest.fixture()
def store(tmp_path):
    s = WorkerStore(tmp_path / "kg", query_timeout=1.5, write_timeout=60)
    s.replace_graph(G1, _triples(3000))
    yield s
    s.close()


def test_store_protocol(store) -> None:
    assert store.graphs() == [G1] and store.has_graph(G1) and not store.has_graph(G2)
    assert (
        store.replace_graph(G2, [(URIRef(EX + "a"), URIRef(EX + "b"), Literal("c", lang="en"))])
        == 1
    )
    assert store.count() == 3001 and store.count(G2) == 1
    res = store.select(
        "SELECT ?s ?o WHERE { ?s ?p ?o }", {"s": URIRef(EX + "a")}, default_graphs=[G2]
    )
    assert res.variables == ("s", "o")
    assert res.rows == [(URIRef(EX + "a"), Literal("c", lang="en"))]
    assert store.ask("ASK { ?s ?p ?o }", {"s": URIRef(EX + "a")})
    assert store.construct(f"CONSTRUCT WHERE {{ <{EX}a> ?p ?o }}") == [
        (URIRef(EX + "a"), URIRef(EX + "b"), Literal("c", lang="en"))
    ]
    assert store.triples_in(G2)[0][0] == URIRef(EX + "a")
    kind, body = store.query_serialized("ASK {}", "application/sparql-results+json")
    assert kind == "ask" and b"true" in body
    assert b"<http://example.org/g2>" in store.dump()
    assert store.delete_graph(G2) and not store.delete_graph(G2)


def test_select_terms_cross_the_pipe_as_the_embedded_store_gives_them(store, tmp_path) -> None:
    """SELECT rows cross the pipe as plain values, not pickled rdflib terms: every kind
    of term comes back equal to what the embedded store returns, bound ones included."""
    triples = [
        (URIRef(EX + "a"), URIRef(EX + "p"), Literal("plain")),
        (URIRef(EX + "a"), URIRef(EX + "p"), Literal("fr", lang="fr")),
        (URIRef(EX + "a"), URIRef(EX + "p"), Literal(42)),
        (URIRef(EX + "a"), URIRef(EX + "p"), Literal("2024-02-29", datatype=URIRef(
            "http://www.w3.org/2001/XMLSchema#date"))),
        (URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "b")),
        (URIRef(EX + "a"), URIRef(EX + "p"), BNode("x1")),
    ]  # fmt: skip
    store.replace_graph(G2, triples)
    embedded = OxigraphStore(None)
    embedded.replace_graph(G2, triples)
    q = "SELECT ?s ?o ?missing WHERE { ?s ?p ?o } ORDER BY ?o"
    for bindings in (None, {"s": URIRef(EX + "a")}):
        got = store.select(q, bindings, default_graphs=[G2])
        want = embedded.select(q, bindings, default_graphs=[G2])
        assert got.variables == want.variables
        norm = lambda rows: sorted(  # noqa: E731 - blank node labels are the store's own
            (tuple("_:" if isinstance(t, BNode) else t for t in row) for row in rows), key=repr
        )
        assert norm(got.rows) == norm(want.rows) and len(got.rows) == 6
    embedded.close()


def test_run_read_runs_a_lookup_inside_the_worker(store) -> None:
    """A kg.query lookup runs in the child against its own store, in one call; anything
    else is refused, and the lookup's own errors cross the pipe."""
    store.replace_graph(G2, [(URIRef(EX + "a"), URIRef(EX + "p"), Literal("x"))])
    assert store.run_read(query.articles) == query.articles(store)
    with pytest.raises(NotFoundError):
        store.run_read(query.entity, EX + "nobody")
    with pytest.raises(StoreError, match="may not run"):
        store.run_read(os.getpid)
    assert store.ask("ASK {}")


def test_run_read_takes_the_query_package_and_its_modules_only() -> None:
    def lookup() -> None:
        pass

    for module, ok in [("kg.query", True), ("kg.query.lookups", True), ("kg.queryx", False),
                       ("kg.store.oxigraph", False), ("", False)]:  # fmt: skip
        lookup.__module__ = module
        assert _may_run(lookup) is ok, module


def test_the_child_runs_the_embedded_stores_public_methods_only(store) -> None:
    """The worker is plumbing: a call is the embedded store's public method of that name;
    a private one is refused (and the child lives on)."""
    pid = store.pid
    with pytest.raises(StoreError, match="not a store call"):
        store._call("_run", "ASK {}")
    assert store.pid == pid and store.ask("ASK {}")


def test_async_query_on_the_event_loop(store) -> None:
    """``aquery_capped`` from a coroutine: the answer, the time limit (kill and restart)
    and a cancelled call (the worker is replaced, the lock released, so that a late
    answer is never read as the next call's)."""
    media = "application/sparql-results+json"

    async def scenario() -> int:
        kind, body, cut = await store.aquery_capped("SELECT ?s WHERE { ?s ?p ?o }", media, 5)
        assert (kind, cut) == ("select", True) and body.count(b'"s":') == 5
        pid = store.pid
        with pytest.raises(QueryTimeout):
            await store.aquery_capped(EXPLOSIVE, media)
        assert store.pid != pid and await store.agraphs() == [G1]
        pid = store.pid
        task = asyncio.ensure_future(store.aquery_capped(EXPLOSIVE, media))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return pid

    pid = asyncio.run(scenario())
    deadline = time.monotonic() + 10
    while store._call_lock.locked() and time.monotonic() < deadline:
        time.sleep(0.05)  # the replacement runs in a thread
    assert store.pid != pid and store.ask("ASK { ?s ?p ?o }")


def test_errors_cross_the_pipe(store) -> None:
    with pytest.raises(QuerySyntaxError):
        store.select("SELECT * {")
    with pytest.raises(QueryError):
        store.ask("SELECT * {}")
    assert store.ask("ASK {}")  # the worker survived both


def test_explosive_query_is_killed_and_the_next_answers_at_once(store) -> None:
    pid = store.pid
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="1.5 s"):
        store.query_serialized(EXPLOSIVE, "application/sparql-results+json")
    assert 1.5 <= time.monotonic() - start < 1.5 + 1.5
    assert store.pid != pid and store.restarts == 1
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the old child is gone
    start = time.monotonic()
    assert store.count(G1) == 3000  # reopened on disk, data intact
    # "at once": not queued behind another query limit (1.5 s); the new child's start-up
    # (a process, the imports, the store reopened) is all it waits for, and on a loaded
    # 2-core machine that alone has taken over half a second
    assert time.monotonic() - start < 1.5


@pytest.mark.slow
def test_a_long_write_is_not_cut_by_the_query_limit(tmp_path) -> None:
    s = WorkerStore(tmp_path / "kg", query_timeout=0.2, write_timeout=120)
    try:
        start = time.monotonic()
        assert s.replace_graph(G1, _triples(10_000)) == 10_000
        took = time.monotonic() - start
        assert s.restarts == 0
        if took < 0.2:
            pytest.skip(f"the write took {took:.2f} s, under the query limit: proves nothing")
    finally:
        s.close()


def test_busy_when_too_many_wait(tmp_path) -> None:
    s = WorkerStore(tmp_path / "kg", query_timeout=1.0, max_waiting=1)
    s.replace_graph(G1, _triples(3000))
    outcomes: list[str] = []

    def run():
        try:
            s.query_serialized(EXPLOSIVE, "application/sparql-results+json")
            outcomes.append("ok")
        except QueryTimeout:
            outcomes.append("timeout")
        except StoreBusy:
            outcomes.append("busy")

    try:
        threads = [threading.Thread(target=run) for _ in range(3)]
        for t in threads:
            t.start()
            time.sleep(0.1)
        for t in threads:
            t.join()
        assert sorted(outcomes) == ["busy", "timeout", "timeout"]
    finally:
        s.close()


def test_a_dead_worker_is_replaced(store) -> None:
    os.kill(store.pid, signal.SIGKILL)
    time.sleep(0.1)
    assert store.count(G1) == 3000
    assert store.alive


def test_the_store_is_locked_while_the_worker_owns_it(store) -> None:
    with pytest.raises(StoreLockedError):
        OxigraphStore(store.location)


def test_close_releases_the_store(tmp_path) -> None:
    s = WorkerStore(tmp_path / "kg")
    s.replace_graph(G1, _triples(3))
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError):
        s.graphs()
    direct = OxigraphStore(tmp_path / "kg")
    assert direct.count(G1) == 3
    direct.close()


def test_bulk_load(tmp_path) -> None:
    path = tmp_path / "data.nq"
    path.write_text(f'<{EX}a> <{EX}b> <{EX}c> <{G2}> .\n<{EX}a> <{EX}b> "d" <{G2}> .\n')
    with WorkerStore(tmp_path / "kg") as s:
        assert s.bulk_load_nquads(path) == 2
        assert s.graphs() == [G2]


@pytest.mark.slow
def test_child_exits_when_the_parent_dies(tmp_path) -> None:
    """An orphaned worker would hold the store's lock forever."""
    # the imports below are the child program's own (it runs in a new interpreter)
    script = textwrap.dedent(
        f"""
        import sys, time
        from kg.store.worker import WorkerStore
        s = WorkerStore({str(tmp_path / "kg")!r})
        print(s.pid, flush=True)
        time.sleep(60)
        """
    )
    _kill_parent_and_wait_for_child(script, "worker")
    OxigraphStore(tmp_path / "kg").close()  # and the lock is free


@pytest.mark.slow
def test_exit_with_parent_ends_a_pool_worker_too(tmp_path) -> None:
    """``exit_with_parent``, the one watch of both the store's worker and the ingest
    pools' worker processes (``kg.parallel``): a child whose parent is killed exits."""
    child_code = "import os, time; from kg.store.worker import exit_with_parent; "
    child_code += "exit_with_parent(os.getppid()); print(os.getpid(), flush=True); time.sleep(60)"
    # the imports below are the child program's own (it runs in a new interpreter)
    script = textwrap.dedent(
        f"""
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", {child_code!r}])
        time.sleep(60)
        """
    )
    _kill_parent_and_wait_for_child(script, "child")


# -- a capped result (TSV cut, re-read, rewritten) equals Oxigraph's own ---------------
TRICKY = [
    URIRef(EX + "a"),
    BNode("b1"),
    Literal("plain"),
    Literal('quote " back\\slash\ttab\nnewline, comma'),
    Literal("chat", lang="fr"),
    Literal(42),
    Literal("-3", datatype=URIRef("http://www.w3.org/2001/XMLSchema#negativeInteger")),
    Literal("2.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
    Literal("1.0E6", datatype=URIRef("http://www.w3.org/2001/XMLSchema#double")),
    Literal(True),
    Literal("x<y&z", datatype=URIRef(EX + "custom")),
]
MEDIA = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


def _solutions(body: bytes, fmt) -> list:
    if fmt == ox.QueryResultsFormat.CSV:  # Oxigraph will not read CSV (it is lossy)
        rows = list(csv.reader(io.StringIO(body.decode(), newline="")))
        return [tuple(c or None for c in row) for row in rows]
    res = ox.parse_query_results(body, format=fmt)
    names = [v.value for v in res.variables]
    return [tuple(str(sol[n]) if sol[n] is not None else None for n in names) for sol in res]


@pytest.mark.parametrize("media", list(MEDIA))
def test_capped_results_match_oxigraph(tmp_path, media) -> None:
    triples = [(URIRef(f"{EX}s{i}"), URIRef(EX + "p"), o) for i, o in enumerate(TRICKY)]
    query = f"SELECT ?s ?o ?none {{ ?s <{EX}p> ?o OPTIONAL {{ ?s <{EX}q> ?none }} }} ORDER BY ?s"
    with WorkerStore(tmp_path / "kg") as s:
        s.replace_graph(G1, triples)
        _, ours, truncated = s.query_capped(query, media, 100)
        _, theirs = s.query_serialized(query, media)
    assert not truncated
    assert _solutions(ours, MEDIA[media]) == _solutions(theirs, MEDIA[media])


def _kill_parent_and_wait_for_child(script: str, who: str) -> None:
    """Run ``script`` (it prints its child's pid), kill it, and fail unless the child it
    started exits within 5 s."""
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    pytest.fail(f"the {who} outlived its parent")
