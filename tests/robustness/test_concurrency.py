"""Concurrency: while articles are being ingested, the server keeps answering queries.

The embedded store can be opened by one process only, so ingestion runs through the
server, as it would in production: one client POSTs articles one after another while
other clients query ``/sparql``, ``/entities?q=`` and ``/paths`` on the same ``kg serve``
(a real process on 127.0.0.1). Every request must succeed, within a bounded time, and no
reader may ever see an article graph part-way through its write: each graph a reader
counts has exactly the number of triples its POST reported, or that a later POST gave it
when it re-resolved the graph (``rejoined``: a person it named by surname only was named
in full).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

import httpx
import pytest

from tests.robustness.helpers import TOKEN, kg_server, small_articles

ARTICLES = 40
# Bounds on any single read while writes go on. The server extracts with spaCy in the
# same process (GIL), and store calls are serialised, so a read can wait behind one
# extraction step and one write; well under the 10 s query limit, loose enough for a
# loaded 2-core CI machine.
MAX_READ_SECONDS = 5.0
P95_READ_SECONDS = 1.5

GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
ARTICLE_COUNT = (
    "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/geokg/ontology#Article> }"
)
JSON = {"Accept": "application/sparql-results+json"}


def graph_of(doc_id: str) -> str:
    return f"https://w3id.org/geokg/graph/{doc_id}"


def count_of(client: httpx.Client, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    r = client.get("/sparql", params={"query": query}, headers=JSON)
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.slow
def test_queries_are_answered_while_articles_are_posted(tmp_path):
    articles = small_articles(ARTICLES, seed=11)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    lock = threading.Lock()
    reads: list[tuple[str, int, float]] = []  # (what, status, seconds)
    seen_sizes: dict[str, set[int]] = defaultdict(set)
    seen_counts: dict[int, list[int]] = defaultdict(list)  # reader -> article counts in order
    posted: dict[str, set[int]] = defaultdict(set)
    post_statuses: list[int] = []
    readers_started = threading.Barrier(4)  # three readers and the poster
    done = threading.Event()
    failures: list[BaseException] = []

    with kg_server(tmp_path / "kg") as base:
        warm = httpx.post(base + "/articles", json=articles[0], headers=auth, timeout=300)
        assert warm.status_code == 201, warm.text  # loads spaCy in the server: not measured
        posted[warm.json()["graph"]].add(warm.json()["triples"])
        record = httpx.get(f"{base}/articles/{articles[0]['id']}", timeout=60).json()
        ends = [a["id"] for a in record["actors"]][:2]  # two actors the graph surely has
        assert len(ends) == 2, record["actors"]

        def reader(k: int) -> None:
            try:
                with httpx.Client(base_url=base, timeout=30) as client:
                    first = True
                    while first or not done.is_set():
                        for what, call in calls(client, k):
                            t0 = time.perf_counter()
                            r = call()
                            took = time.perf_counter() - t0
                            with lock:
                                reads.append((what, r.status_code, took))
                            if r.status_code == 200 and what == "sparql graph sizes":
                                rows = r.json()["results"]["bindings"]
                                with lock:
                                    for row in rows:
                                        seen_sizes[row["g"]["value"]].add(int(row["n"]["value"]))
                            if r.status_code == 200 and what == "sparql article count":
                                n = int(r.json()["results"]["bindings"][0]["n"]["value"])
                                seen_counts[k].append(n)
                        if first:
                            first = False
                            readers_started.wait(60)
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                failures.append(exc)
                readers_started.abort()

        def calls(client: httpx.Client, k: int):
            if k < 2:
                return [
                    ("sparql graph sizes", lambda: client.get("/sparql", params={"query": GRAPH_SIZES}, headers=JSON)),
                    ("sparql article count", lambda: client.get("/sparql", params={"query": ARTICLE_COUNT}, headers=JSON)),
                ]  # fmt: skip
            return [
                ("lookup", lambda: client.get("/entities", params={"q": "rus"})),
                ("paths", lambda: client.get("/paths", params={"source": ends[0], "target": ends[1]})),
                ("articles", lambda: client.get("/articles", params={"limit": 200})),
            ]  # fmt: skip

        threads = [threading.Thread(target=reader, args=(k,), daemon=True) for k in range(3)]
        for t in threads:
            t.start()
        try:
            readers_started.wait(120)  # every reader has been answered once: now write
        except threading.BrokenBarrierError:
            raise AssertionError(f"a reader failed before writing began: {failures!r}") from None
        started = time.perf_counter()
        with httpx.Client(base_url=base, timeout=120, headers=auth) as client:
            for a in articles[1:]:
                r = client.post("/articles", json=a)
                post_statuses.append(r.status_code)
                if r.status_code == 201:
                    posted[r.json()["graph"]].add(r.json()["triples"])
                    for other in r.json()["rejoined"]:  # this one writer: stable until the next POST
                        posted[graph_of(other)].add(count_of(client, graph_of(other)))
        writing = time.perf_counter() - started
        done.set()
        for t in threads:
            t.join(60)
        assert not failures, failures
        final = httpx.get(base + "/sparql", params={"query": ARTICLE_COUNT}, headers=JSON).json()

    assert post_statuses == [201] * (ARTICLES - 1)
    errors = [(w, s) for w, s, _ in reads if s != 200]
    assert not errors, errors[:10]
    assert int(final["results"]["bindings"][0]["n"]["value"]) == ARTICLES
    # the reads did overlap the writes
    assert len(reads) >= 3 * ARTICLES, (len(reads), writing)
    # never part of a graph: every size a reader counted is the size the POST reported
    partial = {g: sizes - posted[g] for g, sizes in seen_sizes.items() if not sizes <= posted[g]}
    assert not partial, partial
    assert len(seen_sizes) > 1
    # a reader never sees the number of articles go down
    for k, counts in seen_counts.items():
        assert counts == sorted(counts), (k, counts)
    durations = sorted(took for _, _, took in reads)
    p95 = durations[int(0.95 * (len(durations) - 1))]
    assert durations[-1] < MAX_READ_SECONDS, durations[-5:]
    assert p95 < P95_READ_SECONDS, (p95, durations[-5:])
    print(
        f"{len(reads)} reads during {writing:.1f} s of writing {ARTICLES - 1} articles: "
        f"median {durations[len(durations) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {durations[-1] * 1000:.0f} ms"
    )
