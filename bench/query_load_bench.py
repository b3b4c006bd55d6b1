"""Benchmark: query latency (median, p99) through HTTP and directly, and throughput under
concurrent clients, on the scale benchmark's graph.

    .venv/bin/python bench/query_load_bench.py --store DIR      # a store scale_bench.py kept
    .venv/bin/python bench/query_load_bench.py --articles 10000 # build one first (temp)
        [--requests 200] [--budget 6] [--clients 16] [--seconds 10] [--max-waiting default,16]

The server is ``kg serve`` as users run it (``api.app.serve``: uvicorn, one worker, the
store in its worker process) in a subprocess on 127.0.0.1; the script waits for
``/health`` to answer, which happens only once the app's startup (opening the store,
building the path projection and the name index) is over. "Direct" is the same work in
this process through the library on the same store opened read-only (nothing writes
during the run): ``OxigraphStore.query_serialized`` for SPARQL (pyoxigraph plus writing
the SPARQL JSON a client receives), ``NameIndex.search`` for ``/entities?q=``,
``Projection.k_shortest_paths`` for ``/paths``. Direct and HTTP samples alternate request
by request so both see the same machine load; each query gets at most ``--requests``
samples a side and stops early after ``--budget`` seconds (the row says how many). Two more
rows ask for the most mentioned actor by label, written plainly and per graph: the default
graph is the union of the article graphs, so the plain join meets the actor's label and
type once per article that names it, and multiplies them.

Then ``--clients`` threads, each with its own keep-alive httpx client, send a mix
(SPARQL 50 %: the selective queries, the label lookup in its per-graph form; lookups 25 %;
paths 25 %) for ``--seconds`` seconds; every response is
counted by status, and the latency percentiles are those seen under that load. The
server runs with its default settings, and again with each other ``--max-waiting``
value given (``KG_MAX_CONCURRENT_QUERIES``: callers that may queue for the store while
one runs; more get 503 at once).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import machine, median, percentile, table


def _prefixes() -> str:
    """The prefixes of the queries, from ``kg.vocab`` so that they follow the ontology."""
    from kg.vocab import KG, SEM

    return (
        f"PREFIX kg: <{KG}>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f"PREFIX sem: <{SEM}>\n"
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    )


PREFIXES = _prefixes()
JSON = "application/sparql-results+json"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Typical questions, each a function of a sampled actor (IRI, label) so that no two
# consecutive requests are the same query text. DISTINCT where a fact recurs per article:
# the default graph is the union of the article graphs, so an actor's label and type come
# once per article that names it.
SPARQL = {
    "actor by exact label": lambda iri, label: (
        PREFIXES
        + f"SELECT DISTINCT ?a ?type WHERE {{ ?a rdfs:label {_lit(label)} ; kg:actorType ?type }}"
    ),
    "actor by exact label, per graph": lambda iri, label: (
        PREFIXES + "SELECT DISTINCT ?a ?type WHERE { GRAPH ?g "
        f"{{ ?a rdfs:label {_lit(label)} ; kg:actorType ?type }} }}"
    ),
    "one hop from an actor": lambda iri, label: (
        f"SELECT DISTINCT ?p ?o WHERE {{ <{iri}> ?p ?o }} LIMIT 200"
    ),
    "statements by a speaker": lambda iri, label: (
        PREFIXES + f"SELECT ?s ?text WHERE {{ ?s kg:speaker <{iri}> ; kg:text ?text }} LIMIT 50"
    ),
    "claims naming an agent": lambda iri, label: (
        PREFIXES
        + f"SELECT ?c ?claimant ?kind WHERE {{ ?c kg:agent <{iri}> ; kg:claimant ?claimant ; "
        "kg:claimKind ?kind } LIMIT 50"
    ),
    "actor's events in a year": lambda iri, label: (
        PREFIXES + f"SELECT ?e ?type ?d WHERE {{ ?e kg:participant <{iri}> ; kg:eventType ?type ; "
        'sem:hasBeginTimeStamp ?d FILTER(?d >= "2021-01-01"^^xsd:date && ?d < "2022-01-01"^^xsd:date) '
        "} ORDER BY ?d LIMIT 50"
    ),
    "co-participants (2 hops)": lambda iri, label: (
        PREFIXES
        + f"SELECT ?other (COUNT(?e) AS ?n) WHERE {{ ?e kg:participant <{iri}> ; kg:participant ?other "
        f"FILTER(?other != <{iri}>) }} GROUP BY ?other ORDER BY DESC(?n) LIMIT 20"
    ),
    "events by type (whole graph)": lambda iri, label: (
        PREFIXES
        + "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event ; kg:eventType ?type } "
        "GROUP BY ?type ORDER BY DESC(?n)"
    ),
}


# -- the server ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(location: Path, max_waiting: int | None, start_timeout: float = 900):
    """``kg serve`` in a subprocess; yields (base URL, seconds until /health answered)."""
    import httpx

    port = _free_port()
    overrides = "" if max_waiting is None else f", max_concurrent_queries={max_waiting}"
    code = f"from api.app import serve; serve({str(location)!r}, '127.0.0.1', {port}{overrides})"
    env = {k: v for k, v in os.environ.items() if k != "KG_API_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None:
                raise SystemExit(f"the server exited: {proc.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                raise SystemExit("the server did not answer /health in time")
            time.sleep(0.2)  # polling a real signal (/health), not waiting blind
        yield base, time.perf_counter() - t0
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


# -- samples ------------------------------------------------------------------------------


class Samples:
    """Actors to ask about, name prefixes to search, node pairs for /paths: drawn from the
    store, seeded. Half the people asked about are among the 300 most mentioned (people
    ask about prominent actors more often), half from the long tail, plus countries."""

    def __init__(self, store, rng: random.Random) -> None:
        def actors(kind: str) -> list[tuple[str, str]]:
            # one sub-select per fact, each linear in the store: joining type, label and
            # mention triples directly would multiply them per graph (a country named in
            # 5,000 articles would make 5,000^3 rows)
            rows = store.select(
                PREFIXES + "SELECT ?a ?label ?n WHERE { "
                f"{{ SELECT DISTINCT ?a WHERE {{ ?a kg:actorType {_lit(kind)} }} }} "
                "{ SELECT ?a (COUNT(?m) AS ?n) WHERE { ?a kg:mentionedIn ?m } GROUP BY ?a } "
                "{ SELECT ?a (MIN(?l) AS ?label) WHERE { ?a rdfs:label ?l } GROUP BY ?a } "
                "} ORDER BY DESC(?n) ?a"
            ).rows
            return [(str(a), str(label)) for a, label, _ in rows]

        persons = actors("person")
        countries = actors("country")
        if len(persons) < 20 or len(countries) < 5:
            raise SystemExit("the store has too few actors: build it with scale_bench.py")
        self.hub = countries[0]  # the most mentioned actor: the worst case of some queries
        top, tail = persons[:300], persons[300:] or persons
        self.actors = (
            rng.sample(top, min(150, len(top)))
            + rng.sample(tail, min(150, len(tail)))
            + rng.sample(countries, min(30, len(countries)))
        )
        rng.shuffle(self.actors)
        self.prefixes = []
        for _, label in rng.sample(persons, min(300, len(persons))):
            words = label.split()
            self.prefixes.append(
                rng.choice([words[-1][:4], words[0][:3] + " " + words[-1][:2], words[-1]])
            )
        nodes = [a for a, _ in self.actors]
        self.pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(600)]

    @staticmethod
    def cycle(items: list):
        state = {"i": 0}
        lock = threading.Lock()

        def nxt():
            with lock:
                state["i"] += 1
                return items[state["i"] % len(items)]

        return nxt


def _rows(body: bytes) -> int:
    import json

    return len(json.loads(body)["results"]["bindings"])


# -- latency ------------------------------------------------------------------------------


def _sample(
    direct: Callable[[int], object],
    http: Callable[[int], object],
    n: int,
    budget: float,
    least: int = 20,
) -> tuple[list[float], list[float]]:
    direct(0), http(0)  # warm
    d_times, h_times = [], []
    stop = time.perf_counter() + budget
    for i in range(1, n + 1):
        t0 = time.perf_counter()
        direct(i)
        t1 = time.perf_counter()
        http(i)
        t2 = time.perf_counter()
        d_times.append((t1 - t0) * 1000)
        h_times.append((t2 - t1) * 1000)
        if t2 > stop and i >= least:
            break
    return d_times, h_times


def latency(base: str, store, proj, names, samples: Samples, n: int, budget: float) -> list[list]:
    import httpx

    rows = []
    client = httpx.Client(base_url=base, timeout=120, headers={"Accept": JSON})

    def get(path: str, **params) -> httpx.Response:
        r = client.get(path, params=params)
        if r.status_code != 200:
            raise SystemExit(f"GET {path} {params}: HTTP {r.status_code}: {r.text[:300]}")
        return r

    for name, make in SPARQL.items():
        queries = [make(*samples.actors[i % len(samples.actors)]) for i in range(n + 1)]
        d, h = _sample(
            lambda i, queries=queries: store.query_serialized(queries[i], JSON),
            lambda i, queries=queries: get("/sparql", query=queries[i]).content,
            n,
            budget,
        )
        # results per query (median over the first 20 actors): a query that finds nothing
        # would time nothing, e.g. after a change of vocabulary
        found = median([_rows(store.query_serialized(q, JSON)[1]) for q in queries[:20]])
        rows.append([f"SPARQL: {name}", found, len(d), median(d), percentile(d, 99), median(h),
                     percentile(h, 99)])  # fmt: skip
    hub_iri, hub_label = samples.hub
    for name in ("actor by exact label", "actor by exact label, per graph"):
        query = SPARQL[name](hub_iri, hub_label)
        d, h = _sample(
            lambda i, query=query: store.query_serialized(query, JSON),
            lambda i, query=query: get("/sparql", query=query).content,
            n,
            budget,
            least=3,
        )
        found = _rows(store.query_serialized(query, JSON)[1])
        rows.append([f"SPARQL: {name}, the most mentioned actor", found, len(d), median(d),
                     percentile(d, 99), median(h), percentile(h, 99)])  # fmt: skip
    prefixes, pairs = samples.prefixes, samples.pairs
    d, h = _sample(
        lambda i: names.search(prefixes[i % len(prefixes)], None, 20, 0),
        lambda i: get("/entities", q=prefixes[i % len(prefixes)]).content,
        n,
        budget,
    )
    found = median([len(names.search(q, None, 20, 0)["items"]) for q in prefixes[:20]])
    rows.append(
        [
            "`/entities?q=` (name search)",
            found,
            len(d),
            median(d),
            percentile(d, 99),
            median(h),
            percentile(h, 99),
        ]
    )
    local = lambda iri: iri.split("/id/", 1)[1]
    d, h = _sample(
        lambda i: proj.k_shortest_paths(*pairs[i % len(pairs)], 4, 3),
        lambda i: get("/paths", source=local(pairs[i % len(pairs)][0]),
                      target=local(pairs[i % len(pairs)][1]), max_hops=4, k=3).content,
        n,
        budget,
    )  # fmt: skip
    found = median([len(proj.k_shortest_paths(s, t, 4, 3)) for s, t in pairs[:20]])
    rows.append(
        [
            "`/paths` (max_hops=4, k=3)",
            found,
            len(d),
            median(d),
            percentile(d, 99),
            median(h),
            percentile(h, 99),
        ]
    )
    client.close()
    return rows


# -- load ---------------------------------------------------------------------------------


def load(base: str, samples: Samples, clients: int, seconds: float, seed: int) -> dict:
    """``clients`` threads hammering a mix for ``seconds``; bounded by the deadline."""
    import httpx

    light = ["actor by exact label, per graph", "one hop from an actor", "statements by a speaker",
             "claims naming an agent", "actor's events in a year", "co-participants (2 hops)"]  # fmt: skip
    nxt_actor = Samples.cycle(samples.actors)
    nxt_prefix = Samples.cycle(samples.prefixes)
    nxt_pair = Samples.cycle(samples.pairs)
    local = lambda iri: iri.split("/id/", 1)[1]
    lock = threading.Lock()
    results: list[tuple[str, int, float]] = []
    start_gate = threading.Barrier(clients + 1)
    deadline_box: dict[str, float] = {}

    def worker(k: int) -> None:
        rng = random.Random(seed + k)
        mine: list[tuple[str, int, float]] = []
        with httpx.Client(base_url=base, timeout=60, headers={"Accept": JSON}) as client:
            start_gate.wait()
            deadline = deadline_box["t"]
            while time.monotonic() < deadline:
                roll = rng.random()
                if roll < 0.5:
                    kind = "sparql"
                    params = {"query": SPARQL[rng.choice(light)](*nxt_actor())}
                    path = "/sparql"
                elif roll < 0.75:
                    kind, path, params = "lookup", "/entities", {"q": nxt_prefix()}
                else:
                    s, t = nxt_pair()
                    kind, path = "paths", "/paths"
                    params = {"source": local(s), "target": local(t), "max_hops": 4, "k": 3}
                t0 = time.perf_counter()
                try:
                    status = client.get(path, params=params).status_code
                except httpx.HTTPError as exc:
                    status = -1
                    mine.append((kind + f" ({type(exc).__name__})", status, 0.0))
                    continue
                mine.append((kind, status, (time.perf_counter() - t0) * 1000))
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    deadline_box["t"] = time.monotonic() + seconds
    t0 = time.perf_counter()
    start_gate.wait()
    for t in threads:
        t.join(seconds + 120)
    wall = time.perf_counter() - t0
    return {"results": results, "wall": wall, "clients": clients}


def print_load(run: dict, title: str) -> None:
    res = run["results"]
    statuses = Counter(s for _, s, _ in res)
    ok = [ms for _, s, ms in res if s == 200]
    print(f"\n{title}: {len(res):,} requests in {run['wall']:.1f} s = {len(res) / run['wall']:.0f} req/s; "
          f"status counts {dict(sorted(statuses.items()))}\n")  # fmt: skip
    rows = []
    for kind in ("sparql", "lookup", "paths"):
        mine = [(s, ms) for k, s, ms in res if k == kind]
        good = [ms for s, ms in mine if s == 200]
        errors = sum(1 for s, _ in mine if s != 200)
        rows.append(
            [kind, len(mine), len(mine) / run["wall"], errors, median(good), percentile(good, 99)]
        )
    rows.append(
        [
            "all",
            len(res),
            len(res) / run["wall"],
            len(res) - len(ok),
            median(ok),
            percentile(ok, 99),
        ]
    )
    print(table(["requests", "count", "req/s", "errors (non-200)", "median ms", "p99 ms"], rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="a store built by scale_bench.py --store")
    ap.add_argument("--articles", type=int, default=10_000, help="without --store: build this many")
    ap.add_argument("--requests", type=int, default=200, help="samples per query and side, at most")
    ap.add_argument(
        "--budget", type=float, default=6.0, help="seconds per query before stopping early"
    )
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument(
        "--max-waiting",
        default="default",
        help="server's max_concurrent_queries for the load runs, comma-separated; "
        "'default' is the server's own (e.g. default,16: one load run each)",
    )
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)

    print("## Queries: latency through HTTP and directly, and throughput under load\n")
    print(machine() + "\n")
    tmp = None
    location = args.store
    if location is None:
        import scale_bench

        tmp = tempfile.mkdtemp(prefix="kg-query-bench-")
        location = Path(tmp) / "store"
        print(f"building a store of {args.articles:,} articles with scale_bench.build ...")
        scale_bench.build(location, args.articles, [])
    try:
        return run(location, args)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def run(location: Path, args) -> int:
    rng = random.Random(args.seed)
    configs = [None if x.strip() == "default" else int(x) for x in args.max_waiting.split(",")]
    samples = None
    for n, max_waiting in enumerate(configs):
        with server(location, max_waiting) as (base, started):
            if n == 0:  # latency once, on the first configuration
                samples = _latency_section(location, base, started, args, rng)
            setting = (
                "the server's default settings"
                if max_waiting is None
                else f"max_concurrent_queries={max_waiting}"
            )
            run_ = load(base, samples, args.clients, args.seconds, args.seed)
            print_load(run_, f"{args.clients} concurrent clients for {args.seconds:g} s, {setting}")
    return 0


def _latency_section(location: Path, base: str, started: float, args, rng) -> Samples:
    from kg import query
    from kg.query.paths import Projection
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(location, read_only=True)
    try:
        t0 = time.perf_counter()
        proj = Projection.from_store(store)
        t1 = time.perf_counter()
        names = query.NameIndex.from_store(store)
        t2 = time.perf_counter()
        triples, graphs = store.count(), len(store.graphs())
        samples = Samples(store, rng)
        print(
            f"store {location}: {triples:,} triples in {graphs:,} article graphs. Server "
            f"ready (/health) {started:.1f} s after launch (its startup builds the path "
            f"projection and the name index); here the projection took {t1 - t0:.1f} s and "
            f"the name index {t2 - t1:.1f} s.\n"
        )
        rows = latency(base, store, proj, names, samples, args.requests, args.budget)
        print(f"latency, one request at a time (direct and HTTP alternating; at most "
              f"{args.requests} samples a side, fewer past {args.budget:g} s per query)\n")  # fmt: skip
        print(table(["query", "results", "samples", "direct median ms", "direct p99 ms",
                     "HTTP median ms", "HTTP p99 ms"], rows))  # fmt: skip
    finally:
        store.close()
    return samples


if __name__ == "__main__":
    sys.exit(main())
