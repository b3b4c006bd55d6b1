"""Benchmark: median latency of ``/paths`` and of the lookup routes on a graph of ~1M
triples, through a real server and straight on the library, in one run.

    .venv/bin/python bench/paths_bench.py                  # build a store in a temp dir
    .venv/bin/python bench/paths_bench.py --store .bench-paths   # build once, reuse after

The graph is ``bench/corpus.py``'s synthetic articles (Zipf-popular gazetteer countries,
thousands of generated people, organisations and groups) turned into triples by the real
RDF layer (``kg.rdf.extraction_to_triples``), one named graph per article, written as
N-Quads and bulk-loaded by the store worker. HTTP timings are GETs on a keep-alive
connection to ``kg serve`` in another process (``bench/sparql_bench.py``'s server):
uvicorn, the store worker's pipe, the networkx projection built at startup. Library
timings are the same calls on ``kg.query.paths`` / ``kg.query`` in this process, over the
store opened read-only beside the server. Targets: ``/paths`` median under 10 ms; every lookup
route (the busiest country's page included) median under 20 ms and p95 under 50 ms over
HTTP (issue 13).
"""

from __future__ import annotations

import argparse
import itertools
import http.client
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import corpus
from report import machine, median, percentile, table, times_ms
from sparql_bench import server

ID_BASE = "https://w3id.org/geokg/id/"


def _nq(term) -> str:
    """A term in N-Quads syntax (rdflib's ``n3()`` writes long literals in triple quotes)."""
    from rdflib.term import Literal

    if not isinstance(term, Literal):
        return term.n3()
    text = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is not None:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def build_store(location: Path, triples: int) -> int:
    """Synthetic articles until ``triples`` are written; bulk-loaded into ``location``."""
    from kg.rdf import extraction_to_triples
    from kg.store.worker import WorkerStore

    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "paths.nq"
        start = time.perf_counter()
        written = articles = 0
        world = corpus.World(seed=7)
        with nq.open("w", encoding="utf-8") as out:
            while written < triples:
                (ex,) = corpus.extractions(1, start=articles, world=world)
                graph, ts = extraction_to_triples(ex)
                g = f"<{graph}>"
                out.writelines(f"{_nq(s)} {_nq(p)} {_nq(o)} {g} .\n" for s, p, o in ts)
                written += len(ts)
                articles += 1
        print(f"wrote {written:,} quads in {articles:,} article graphs "
              f"({time.perf_counter() - start:.1f} s)")  # fmt: skip
        start = time.perf_counter()
        with WorkerStore(location, write_timeout=3600) as store:
            total = store.bulk_load_nquads(nq)
        print(f"bulk-loaded into {location} ({time.perf_counter() - start:.1f} s)")
    return total


class Client:
    """GET on one keep-alive connection; JSON back, or an error for anything but 200."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)

    def get(self, path: str, **params) -> dict:
        url = path + ("?" + urlencode(params) if params else "")
        self.conn.request("GET", url)
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {url}: {response.status} {body[:200]!r}")
        return json.loads(body)


def _local(iri: str) -> str:
    return quote(iri.removeprefix(ID_BASE), safe="/")


def samples(client: Client, n: int, seed: int = 11) -> dict[str, list]:
    """Ids to ask about: ordinary people, the busiest countries, events; path pairs."""
    rng = random.Random(seed)
    persons = [
        i["id"] for i in client.get("/entities", type="person", limit=200, offset=1000)["items"]
    ]
    orgs = [
        i["id"]
        for i in client.get("/entities", type="organization", limit=100, offset=200)["items"]
    ]
    countries = [i["id"] for i in client.get("/entities", type="country", limit=200)["items"]]
    events = [i["id"] for i in client.get("/events", limit=200, offset=5000)["items"]]
    ranked = sorted(
        countries, key=lambda c: -client.get(f"/entities/{_local(c)}")["events"]["total"]
    )
    nodes = persons + orgs + events + ranked[:20]
    return {
        "persons": persons,
        "hubs": ranked[:5],
        "events": events,
        "pairs": [tuple(rng.sample(nodes, 2)) for _ in range(n)],
        "prefixes": [rng.choice(["ka", "mar", "min", "ale", "gro", "uk", "rus", "fr"]) for _ in range(n)],
    }  # fmt: skip


def run(location: Path, runs: int, warmup: int) -> bool:
    from kg import query
    from kg.query.paths import Projection
    from kg.store.oxigraph import OxigraphStore

    print(machine())
    with server(location) as port:
        client = Client(port)
        s = samples(client, runs)
        cyc = {k: itertools.cycle(v) for k, v in s.items()}

        def nxt(kind):
            return next(cyc[kind])

        found: list[int] = []

        def paths_http():
            a, b = nxt("pairs")
            body = client.get("/paths", source=_local(a), target=_local(b), max_hops=4, k=3)
            found.append(len(body["paths"]))

        routes: dict[str, Callable[[], object]] = {
            "/paths?max_hops=4&k=3": paths_http,
            "/entities?q= (prefix search)": lambda: client.get("/entities", q=nxt("prefixes")),
            "/entities/{person}": lambda: client.get(f"/entities/{_local(nxt('persons'))}"),
            "/entities/{busiest country}": lambda: client.get(f"/entities/{_local(nxt('hubs'))}"),
            "/entities/{person}/neighbors": lambda: client.get(f"/entities/{_local(nxt('persons'))}/neighbors"),
            "/events?actor=&from=&to=": lambda: client.get("/events", actor=_local(nxt("persons")), **{"from": "2021-01-01", "to": "2022-12-31"}),
            "/events/{id}": lambda: client.get(f"/events/{_local(nxt('events'))}"),
            "/claims?agent={person}": lambda: client.get("/claims", agent=_local(nxt("persons"))),
        }  # fmt: skip
        http_ms = {name: times_ms(fn, runs, warmup) for name, fn in routes.items()}

    store = OxigraphStore(location, read_only=True)
    try:
        start = time.perf_counter()
        proj = Projection.from_store(store)
        build_s = time.perf_counter() - start
        cyc = {k: itertools.cycle(v) for k, v in s.items()}
        lib: dict[str, Callable[[], object]] = {
            "/paths?max_hops=4&k=3": lambda: proj.k_shortest_paths(*nxt("pairs"), 4, 3),
            "/entities?q= (prefix search)": lambda: proj.names.search(nxt("prefixes")),
            "/entities/{person}": lambda: query.entity(store, nxt("persons")),
            "/entities/{busiest country}": lambda: query.entity(store, nxt("hubs")),
            "/entities/{person}/neighbors": lambda: proj.neighbors(nxt("persons")),
            "/events?actor=&from=&to=": lambda: query.events(store, actor=nxt("persons"), start="2021-01-01", end="2022-12-31"),
            "/events/{id}": lambda: query.event(store, nxt("events")),
            "/claims?agent={person}": lambda: query.claims(store, agent=nxt("persons")),
        }  # fmt: skip
        lib_ms = {name: times_ms(fn, runs, warmup) for name, fn in lib.items()}
        stats = proj.stats()
        triples = store.count()
    finally:
        store.close()

    print(
        f"\nstore: {triples:,} triples in {stats['articles']:,} articles; projection "
        f"{stats['nodes']:,} nodes, {stats['edges']:,} edges, built in {build_s:.1f} s; "
        f"/paths: {sum(1 for f in found if f)} of {len(found)} random pairs connected within 4 hops\n"
    )  # fmt: skip
    rows = [
        [name, len(http_ms[name]), median(http_ms[name]), percentile(http_ms[name], 95),
         median(lib_ms[name]), percentile(lib_ms[name], 95)]
        for name in routes
    ]  # fmt: skip
    print(table(["route", "runs", "HTTP median ms", "HTTP p95 ms", "library median ms",
                 "library p95 ms"], rows))  # fmt: skip
    target = median(http_ms["/paths?max_hops=4&k=3"])
    print(
        f"\n/paths median {target:.2f} ms: {'meets' if target < 10 else 'MISSES'} the 10 ms target"
    )
    missed = [
        name for name in routes
        if median(http_ms[name]) >= 20 or percentile(http_ms[name], 95) >= 50
    ]  # fmt: skip
    print(
        "every route: HTTP median < 20 ms and p95 < 50 ms: "
        + ("met" if not missed else "MISSED by " + ", ".join(missed))
    )
    return not missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--store", type=Path, help="build the store here once and reuse it")
    args = ap.parse_args(argv)
    met = on_store(args.store, args.triples, lambda location: run(location, args.runs, args.warmup))
    return 0 if met else 1


def on_store(store: Path | None, triples: int, fn):
    """``fn(location)`` on the bench graph: built at ``store`` once and reused after, or
    built in a temporary folder for this run."""
    if store is not None:
        if not store.exists():
            build_store(store, triples)
        return fn(store)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        location = Path(tmp) / "store"
        build_store(location, triples)
        return fn(location)


if __name__ == "__main__":
    sys.exit(main())
