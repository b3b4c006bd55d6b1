"""Benchmark: five typical queries through ``/sparql`` on a real uvicorn, next to the same
queries on pyoxigraph directly, in one run, on a synthetic graph of ~1M triples.

    .venv/bin/python bench/sparql_bench.py                 # build a store in a temp dir
    .venv/bin/python bench/sparql_bench.py --store .bench  # build once, reuse after

The graph uses the vocabulary of docs/design.md (articles as named graphs; actors,
mentions, events, statements, claims), written as N-Quads and bulk-loaded by the store
worker. Direct timings are pyoxigraph's ``Store.query`` plus serialising the result as
SPARQL JSON (what a client of the endpoint receives). HTTP timings are a GET on a
keep-alive ``http.client`` connection to ``kg serve`` in another process: uvicorn, the
policy check, the worker pipe, the row cap, the body read in full. The two are sampled
alternately, query by query, so that both see the same machine load (the direct side
opens the store read-only beside the server, which is safe since nothing writes).
Target: HTTP median <= 1.2 x direct median + 1 ms (issue 13; Oxigraph's own server adds
about 0.4 ms).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

BASE = "https://w3id.org/geokg/"
KG = BASE + "ontology#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
SCHEMA = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
EVENT_TYPES = [
    "cyberattack",
    "armed-clash",
    "sanction",
    "negotiation",
    "protest",
    "election",
    "arrest",
    "diplomatic-visit",
    "agreement",
    "statement",
]
ACTOR_KINDS = [
    ("Person", "person"),
    ("Organization", "organization"),
    ("Country", "country"),
    ("Group", "group"),
]
TRIPLES_PER_ARTICLE = 188  # what the generator below writes per article
N_ACTORS = 2000
N_PLACES = 300

PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX sem: <{SEM}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <{XSD}>
"""
ACTOR = BASE + "id/actor/actor-42"
QUERIES = {
    "lookup by label": PREFIXES
    + 'SELECT DISTINCT ?a ?type WHERE { ?a rdfs:label "Actor 1234" ; a ?type }',
    "one-hop": f"SELECT DISTINCT ?p ?o WHERE {{ <{ACTOR}> ?p ?o }}",
    "two-hop join": PREFIXES
    + f"SELECT DISTINCT ?other WHERE {{ ?e kg:participant <{ACTOR}> . ?e kg:participant ?other "
    f"FILTER(?other != <{ACTOR}>) }}",
    "count by type": PREFIXES
    + "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a kg:Event ; kg:eventType ?type } "
    "GROUP BY ?type ORDER BY DESC(?n)",
    "timeline": PREFIXES
    + "SELECT ?e ?date ?label WHERE { ?e a kg:Event ; sem:hasBeginTimeStamp ?date ; "
    'rdfs:label ?label FILTER(?date >= "2023-03-01"^^xsd:date && ?date < "2023-04-01"^^xsd:date) }'
    " ORDER BY ?date LIMIT 100",
}


# -- the synthetic graph ------------------------------------------------------------------
def _lit(value: str, dt: str | None = None) -> str:
    text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{text}^^<{XSD}{dt}>" if dt else text


def article_quads(a: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """The quads of synthetic article number ``a``: one named graph."""
    doc = f"a{a:06d}"
    g = f"<{BASE}graph/{doc}>"
    art = f"<{BASE}id/article/{doc}>"
    quads: list[tuple[str, str, str]] = []

    def add(s: str, p: str, o: str) -> None:
        quads.append((s, p, o))

    day = 1 + a % 365
    date = time.strftime("%Y-%m-%d", time.gmtime(1672531200 + day * 86400))
    add(art, f"<{RDF_TYPE}>", f"<{KG}Article>")
    add(art, f"<{SCHEMA}identifier>", _lit(doc))
    add(art, f"<{SCHEMA}headline>", _lit(f"Headline of article {a}"))
    add(art, f"<{SCHEMA}datePublished>", _lit(date, "date"))
    add(art, f"<{SCHEMA}url>", _lit(f"https://news.example/{doc}"))
    add(art, f"<{SCHEMA}articleBody>", _lit(f"Body text of article {a}. " * 5))
    offset = 0

    def mention(node: str, text: str) -> None:
        nonlocal offset
        m = f"<{BASE}id/mention/{doc}/{offset}-{offset + len(text)}>"
        add(node, f"<{KG}mentionedIn>", m)
        add(m, f"<{RDF_TYPE}>", f"<{KG}Mention>")
        add(m, f"<{KG}sourceArticle>", art)
        add(m, f"<{KG}startOffset>", _lit(str(offset), "nonNegativeInteger"))
        add(m, f"<{KG}endOffset>", _lit(str(offset + len(text)), "nonNegativeInteger"))
        add(m, f"<{KG}anchorText>", _lit(text))
        offset += len(text) + 17

    actors = rng.sample(range(N_ACTORS), 8)
    if a % 50 == 0 and 42 not in actors:
        actors[0] = 42  # the actor the queries ask about: in ~2% of the articles
    actor_iris = []
    for n in actors:
        iri = f"<{BASE}id/actor/actor-{n}>"
        actor_iris.append(iri)
        cls, kind = ACTOR_KINDS[n % 4]
        add(iri, f"<{RDF_TYPE}>", f"<{KG}Actor>")
        add(iri, f"<{RDF_TYPE}>", f"<{KG}{cls}>")
        add(iri, f"<{RDFS_LABEL}>", _lit(f"Actor {n}"))
        add(iri, f"<{KG}actorType>", _lit(kind))
        add(iri, f"<{KG}alias>", _lit(f"A{n}"))
        mention(iri, f"Actor {n}")
    events = []
    for e in range(3):
        ev = f"<{BASE}id/event/{doc}/{e * 100}>"
        events.append(ev)
        etype = EVENT_TYPES[(a + e) % len(EVENT_TYPES)]
        place = f"<{BASE}id/place/place-{rng.randrange(N_PLACES)}>"
        add(ev, f"<{RDF_TYPE}>", f"<{KG}Event>")
        add(ev, f"<{KG}eventType>", f"<{BASE}event-type/{etype}>")
        add(ev, f"<{RDFS_LABEL}>", _lit(f"{etype} {a}-{e}"))
        add(ev, f"<{SEM}hasBeginTimeStamp>", _lit(date, "date"))
        add(ev, f"<{SEM}hasPlace>", place)
        add(ev, f"<{KG}participant>", actor_iris[e])
        add(ev, f"<{KG}participant>", actor_iris[e + 3])
        add(ev, f"<{KG}target>", actor_iris[e + 4])
        mention(ev, f"{etype} event")
    statements = []
    for s in range(3):
        st = f"<{BASE}id/statement/{doc}/{s * 200}-{s * 200 + 80}>"
        statements.append(st)
        add(st, f"<{RDF_TYPE}>", f"<{KG}Statement>")
        add(st, f"<{RDF_TYPE}>", f"<{KG}DirectQuote>")
        add(st, f"<{KG}speaker>", actor_iris[s])
        add(st, f"<{KG}text>", _lit(f"We said thing {s} in article {a}."))
        add(st, f"<{KG}direct>", _lit("true", "boolean"))
        add(st, f"<{KG}atEvent>", events[s])
        add(st, f"<{KG}sourceArticle>", art)
        add(st, f"<{KG}startOffset>", _lit(str(s * 200), "nonNegativeInteger"))
        add(st, f"<{KG}endOffset>", _lit(str(s * 200 + 80), "nonNegativeInteger"))
        add(st, f"<{KG}cue>", _lit("said"))
    for c in range(2):
        cl = f"<{BASE}id/claim/{doc}/{c * 200}-{c * 200 + 80}-0>"
        kind = ("attribution", "denial")[c]
        add(cl, f"<{RDF_TYPE}>", f"<{KG}Claim>")
        add(cl, f"<{RDF_TYPE}>", f"<{KG}{kind.title()}Claim>")
        add(cl, f"<{KG}claimant>", actor_iris[c])
        add(cl, f"<{KG}agent>", actor_iris[c + 5])
        add(cl, f"<{KG}claimKind>", _lit(kind))
        add(cl, f"<{KG}polarity>", _lit(("asserted", "denied")[c]))
        add(cl, f"<{KG}aboutEvent>", events[c])
        add(cl, f"<{KG}basedOn>", statements[c])
        add(cl, f"<{KG}sourceArticle>", art)
        add(cl, f"<{KG}startOffset>", _lit(str(c * 200), "nonNegativeInteger"))
        add(cl, f"<{KG}endOffset>", _lit(str(c * 200 + 80), "nonNegativeInteger"))
    return [(s, p, o, g) for s, p, o in quads]


def write_nquads(path: Path, n_articles: int, seed: int = 7) -> int:
    """Write ``n_articles`` article graphs; returns the number of quads written."""
    rng = random.Random(seed)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for a in range(n_articles):
            quads = article_quads(a, rng)
            out.writelines(f"{s} {p} {o} {g} .\n" for s, p, o, g in quads)
            count += len(quads)
    return count


def build_store(location: Path, triples: int) -> int:
    from kg.store.worker import WorkerStore

    n_articles = max(1, triples // TRIPLES_PER_ARTICLE)
    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "bench.nq"
        start = time.perf_counter()
        written = write_nquads(nq, n_articles)
        print(
            f"wrote {written:,} quads in {n_articles:,} article graphs "
            f"({time.perf_counter() - start:.1f} s)"
        )
        start = time.perf_counter()
        with WorkerStore(location, write_timeout=3600) as store:
            total = store.bulk_load_nquads(nq)
        print(f"bulk-loaded into {location} ({time.perf_counter() - start:.1f} s)")
    return total


# -- timing -------------------------------------------------------------------------------
def _rows(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(location: Path) -> Iterator[int]:
    """``kg serve`` (exactly what it runs, access log and all) in a subprocess; yields
    its port once /health answers."""
    port = _free_port()
    code = f"from api.app import serve; serve({str(location)!r}, '127.0.0.1', {port}, query_timeout=120)"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    conn.close()
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        yield port
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def measure(location: Path, runs: int, warmup: int) -> dict[str, dict[str, float]]:
    """Median ms per query, direct and through HTTP, sampled alternately so that both see
    the same machine load. The direct side opens the store read-only beside the server's
    worker: safe here because nothing writes during the run."""
    import pyoxigraph as ox

    results = {}
    with server(location) as port:
        store = ox.Store.read_only(str(location))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        headers = {"Accept": "application/sparql-results+json"}
        for query in QUERIES.values():  # both sides open the store cold: warm them first
            for _ in range(warmup):
                store.query(query, use_default_graph_as_union=True).serialize(
                    format=ox.QueryResultsFormat.JSON
                )
                conn.request("GET", "/sparql?" + urlencode({"query": query}), headers=headers)
                conn.getresponse().read()
        for name, query in QUERIES.items():
            path = "/sparql?" + urlencode({"query": query})
            direct, over_http = [], []
            for i in range(warmup + runs):
                start = time.perf_counter()
                res = store.query(query, use_default_graph_as_union=True)
                body = res.serialize(format=ox.QueryResultsFormat.JSON)
                took_direct = time.perf_counter() - start

                start = time.perf_counter()
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                http_body = response.read()
                took_http = time.perf_counter() - start
                if response.status != 200:
                    raise SystemExit(f"{name}: HTTP {response.status}: {http_body[:300]!r}")
                if i >= warmup:
                    direct.append(took_direct)
                    over_http.append(took_http)
            results[name] = {
                "direct": statistics.median(direct) * 1000,
                "http": statistics.median(over_http) * 1000,
                "rows": _rows(body),
                "http_rows": _rows(http_body),
            }
        conn.close()
        del store
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="store folder to build or reuse")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args(argv)

    tmp = None
    location = args.store
    if location is None:
        tmp = tempfile.mkdtemp(prefix="kg-bench-")
        location = Path(tmp) / "store"
    try:
        if location.exists() and any(location.iterdir()):
            print(f"reusing the store at {location}")
        else:
            build_store(location, args.triples)
        results = measure(location, args.runs, args.warmup)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(
        f"median of {args.runs} runs per query (after {args.warmup} warm-up runs); "
        "target: HTTP <= 1.2 x direct + 1 ms"
    )
    header = (
        f"{'query':<16} {'rows':>5} {'direct ms':>10} {'HTTP ms':>9} {'ratio':>6} "
        f"{'budget ms':>10}  ok"
    )
    print(header)
    print("-" * len(header))
    all_ok = True
    for name in QUERIES:
        r = results[name]
        d, h, rows = r["direct"], r["http"], r["rows"]
        assert rows == r["http_rows"], (name, r)
        budget = 1.2 * d + 1.0
        ok = h <= budget
        all_ok &= ok
        print(
            f"{name:<16} {rows:>5} {d:>10.2f} {h:>9.2f} {h / d:>6.2f} {budget:>10.2f}  "
            f"{'yes' if ok else 'NO'}"
        )
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
