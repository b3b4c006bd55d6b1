"""Benchmark: median time to serve each page of the web explorer on a graph of ~1M
triples, through a real ``kg serve`` (full HTML, over a keep-alive connection).

    .venv/bin/python bench/web_bench.py                       # build a store in a temp dir
    .venv/bin/python bench/web_bench.py --store .bench-paths  # build once, reuse after

The graph is the one ``bench/paths_bench.py`` builds (``bench/corpus.py``'s synthetic
articles through the real RDF layer, bulk-loaded). Ids are sampled through the JSON API:
ordinary people and organisations, the five busiest countries (thousands of events and
claims: the pages show the first 25 of each list with exact totals), events, articles,
random path pairs. Target: every page's median under 100 ms. The pages without an actor
filter (home, timeline, articles) read ``kg.query.EventIndex``, built in the server's
startup; the first request is timed apart.
"""

from __future__ import annotations

import argparse
import http.client
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from paths_bench import Client, on_store  # noqa: E402
from report import machine, median, percentile, table, times_ms  # noqa: E402
from sparql_bench import server  # noqa: E402

ID_BASE = "https://w3id.org/geokg/id/"
TARGET_MS = 100.0


def _local(iri: str) -> str:
    return quote(iri.removeprefix(ID_BASE), safe="/")


class Pages(Client):
    """GET a page on the keep-alive connection; the body is read whole (as a browser
    would) and must be a 200."""

    def page(self, path: str, **params) -> int:
        url = path + ("?" + urlencode(params) if params else "")
        self.conn.request("GET", url)
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {url}: {response.status} {body[:200]!r}")
        return len(body)


def samples(client: Pages, n: int, seed: int = 13) -> dict[str, list]:
    rng = random.Random(seed)
    persons = [
        i["id"] for i in client.get("/entities", type="person", limit=100, offset=1000)["items"]
    ]
    orgs = [
        i["id"] for i in client.get("/entities", type="organization", limit=50, offset=200)["items"]
    ]
    countries = [i["id"] for i in client.get("/entities", type="country", limit=200)["items"]]
    ranked = sorted(
        countries, key=lambda c: -client.get(f"/entities/{_local(c)}")["events"]["total"]
    )
    events = [i["id"] for i in client.get("/events", limit=100, offset=5000)["items"]]
    total = client.get("/articles", limit=1)["total"]
    articles = [
        a["id"]
        for off in (0, total // 3, 2 * total // 3)
        for a in client.get("/articles", limit=30, offset=off)["items"]
    ]
    nodes = persons + orgs + ranked[:20]
    return {
        "persons": persons,
        "orgs": orgs,
        "hubs": ranked[:5],
        "events": events,
        "articles": articles,
        "pairs": [tuple(rng.sample(nodes, 2)) for _ in range(n)],
        "prefixes": [rng.choice(["ka", "mar", "min", "ale", "gro", "uk", "rus", "fr"]) for _ in range(n)],
    }  # fmt: skip


def run(location: Path, runs: int, warmup: int) -> int:
    print(machine())
    with server(location) as port:
        client = Pages(port)
        start = time.perf_counter()
        size = client.page("/")
        cold_home = (time.perf_counter() - start) * 1000
        s = samples(client, runs)
        cyc = {k: iter(v * (runs + warmup + 2)) for k, v in s.items()}

        def nxt(kind):
            return next(cyc[kind])

        def paths():
            a, b = nxt("pairs")
            return client.page("/ui/paths", source=_local(a), target=_local(b), k=3, max_hops=4)

        pages: dict[str, Callable[[], object]] = {
            "/ (home)": lambda: client.page("/"),
            "/ui/search?q=": lambda: client.page("/ui/search", q=nxt("prefixes")),
            "/ui/entity/{person}": lambda: client.page(f"/ui/entity/{_local(nxt('persons'))}"),
            "/ui/entity/{organization}": lambda: client.page(f"/ui/entity/{_local(nxt('orgs'))}"),
            "/ui/entity/{busiest country}": lambda: client.page(f"/ui/entity/{_local(nxt('hubs'))}"),
            "  + its graph: /entities/{person}/neighbors?limit=40": lambda: client.page(f"/entities/{_local(nxt('persons'))}/neighbors", limit=40),
            "  + its graph: /entities/{busiest country}/neighbors?limit=40": lambda: client.page(f"/entities/{_local(nxt('hubs'))}/neighbors", limit=40),
            "/ui/event/{id}": lambda: client.page(f"/ui/event/{_local(nxt('events'))}"),
            "/ui/timeline (first 100)": lambda: client.page("/ui/timeline"),
            "/ui/timeline?actor=&from=&to=": lambda: client.page("/ui/timeline", actor=_local(nxt("persons")), **{"from": "2021-01-01", "to": "2022-12-31"}),
            "/ui/timeline?type=&from=&to=": lambda: client.page("/ui/timeline", type="protest", **{"from": "2022-01-01", "to": "2022-03-31"}),
            "/ui/paths?k=3&max_hops=4": paths,
            "/ui/article/{id}": lambda: client.page(f"/ui/article/{quote(nxt('articles'), safe='')}"),
            "/ui/articles": lambda: client.page("/ui/articles"),
            "/ui/sparql": lambda: client.page("/ui/sparql"),
        }  # fmt: skip
        ms = {name: times_ms(fn, runs, warmup) for name, fn in pages.items()}
        stats = client.get("/health")
    rows = [
        [name, len(v), median(v), percentile(v, 95),
         "ok" if median(v) < TARGET_MS else "SLOW"]
        for name, v in ms.items()
    ]  # fmt: skip
    rows.insert(0, ["/ (home, first request)", 1, cold_home, cold_home,
                    "ok" if cold_home < TARGET_MS else "SLOW"])  # fmt: skip
    print(f"\nstore at {location} (worker alive: {stats.get('worker_alive')}); home page {size:,} bytes\n")
    print(table(["page", "runs", "median ms", "p95 ms", f"< {TARGET_MS:.0f} ms"], rows))
    slow = [r[0] for r in rows[1:] if r[-1] != "ok"]
    print(f"\n{len(rows) - 1 - len(slow)} of {len(rows) - 1} pages meet the {TARGET_MS:.0f} ms median target"
          + (f"; slow: {', '.join(slow)}" if slow else ""))  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--store", type=Path, help="build the store here once and reuse it")
    args = ap.parse_args(argv)
    return on_store(args.store, args.triples, lambda location: run(location, args.runs, args.warmup))


if __name__ == "__main__":
    sys.exit(main())
