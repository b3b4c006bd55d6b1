"""Benchmark: how ingestion rate, store size and memory grow from 1k to 10k+ articles.

    .venv/bin/python bench/scale_bench.py [--articles 10000] [--checkpoints 1000,2000,5000,10000]
                                          [--store DIR]   # keep the store (query_load_bench reuses it)

Each article is an ``Extraction`` record from ``bench/corpus.py``'s templates over a large
actor list (gazetteer countries, 8,000 people, 1,500 organisations, 200 groups, Zipf-like
popularity, spans pointing at the words they name), turned into its named graph by the real
RDF layer (``kg.rdf.extraction_to_triples``) and written with ``Store.replace_graph`` into
an on-disk Oxigraph store, one article (one transaction) at a time, as ``kg ingest`` and
``POST /articles`` write. spaCy is left out on purpose: its cost per article does not depend
on the store (``extract_bench.py`` measures it).

At each checkpoint it prints the rate over the last segment (articles/s, triples/s, and the
split between generating records, RDF and the store), the store's size on disk, and this
process's resident memory (current and peak, from /proc; the store's RocksDB memory is
native, so tracemalloc would not see it). Growth is linear when the per-article time and
bytes per triple stay flat from one segment to the next.

The records skip one step of ``kg ingest``: cross-article resolution (``kg.link.entities``),
which reads the store before each write. Its cost is probed at each checkpoint instead:
``--probe`` real articles (recombined texts extracted by spaCy in a child process) are
resolved against the store as it is then, without writing; the column is their median.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from report import du_mib, machine, rss_mib, table


def probe_articles(n: int) -> list[tuple[str, list]]:
    """(id, triples) of ``n`` real articles (``corpus.documents``, extracted by spaCy),
    made in a child process so that the model's memory stays out of this one's RSS."""
    if n <= 0:
        return []
    code = (
        "import pickle, sys; sys.path.insert(0, sys.argv[1]); import corpus; "
        "from kg.extract import Extractor; from kg.rdf import extraction_to_triples; "
        "ex = Extractor(); out = [(d.id, extraction_to_triples(ex.extract(d))[1]) "
        f"for d in corpus.documents({n}, seed=4242)]; "
        "sys.stdout.buffer.write(pickle.dumps(out))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).resolve().parent)],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr.decode()[-2000:])
    return [(f"probe-{doc_id}", triples) for doc_id, triples in pickle.loads(proc.stdout)]


def resolution_ms(store, probe: list[tuple[str, list]]) -> float:
    """Median ms of ``kg.link.entities.resolve_article`` (cross-article resolution, the step
    ``kg ingest`` runs between RDF and the write) for each probe article against the
    store as it is now; nothing is written."""
    try:
        from kg.link.entities import resolve_article
    except ImportError:
        return float("nan")
    times = []
    for doc_id, triples in probe:
        t0 = time.perf_counter()
        resolve_article(store, doc_id, triples)
        times.append(1000 * (time.perf_counter() - t0))
    return sorted(times)[len(times) // 2] if times else float("nan")


def build(
    location: Path, articles: int, checkpoints: list[int], seed: int = 7, probe: int = 0
) -> list[dict]:
    """Ingest ``articles`` synthetic articles into a new store at ``location``; one
    measurement per checkpoint (with the resolution probe when ``probe`` > 0)."""
    from kg.rdf import extraction_to_triples
    from kg.store import open_store

    probes = probe_articles(probe)
    world = corpus.World(seed=seed)
    store = open_store(location)
    flush = _FlushClock(store)
    rows: list[dict] = []
    gen = rdf = write = 0.0
    triples = 0
    last = {"n": 0, "gen": 0.0, "rdf": 0.0, "write": 0.0, "triples": 0, "flush": 0.0,
            "cpu": time.process_time(), "wall": time.perf_counter()}  # fmt: skip
    marks = sorted({c for c in checkpoints if c <= articles} | {articles})
    try:
        for n in range(articles):
            t0 = time.perf_counter()
            ex = corpus.extraction(world, n)
            t1 = time.perf_counter()
            graph, made = extraction_to_triples(ex)
            t2 = time.perf_counter()
            triples += store.replace_graph(graph, made)
            t3 = time.perf_counter()
            gen, rdf, write = gen + t1 - t0, rdf + t2 - t1, write + t3 - t2
            if n + 1 in marks:
                k = n + 1
                seg_n = k - last["n"]
                seg_gen, seg_rdf, seg_write = (
                    gen - last["gen"],
                    rdf - last["rdf"],
                    write - last["write"],
                )
                seg_pipeline = seg_rdf + seg_write
                cpu_now, wall_now = time.process_time(), time.perf_counter()
                # CPU of every thread of this process (RocksDB's included) over the segment's
                # wall time: less sensitive than wall time to other load on a shared machine
                seg_cpu = (cpu_now - last["cpu"]) * seg_pipeline / (wall_now - last["wall"])
                current, peak = rss_mib()
                t_count = time.perf_counter()
                in_store = store.count()
                count_s = time.perf_counter() - t_count
                size = du_mib(location)
                resolve_ms = resolution_ms(store, probes) if probes else float("nan")
                rows.append({
                    "articles": k, "triples": in_store, "written": triples,
                    "seg": f"{last['n'] + 1:,}-{k:,}",
                    "seg_articles_s": seg_n / seg_pipeline,
                    "seg_triples_s": (triples - last["triples"]) / seg_pipeline,
                    "ms_article": 1000 * seg_pipeline / seg_n,
                    "ms_gen": 1000 * seg_gen / seg_n, "ms_rdf": 1000 * seg_rdf / seg_n,
                    "ms_write": 1000 * seg_write / seg_n,
                    "ms_flush": 1000 * (flush.seconds - last["flush"]) / seg_n,
                    "cpu_ms": 1000 * seg_cpu / seg_n,
                    "total_s": rdf + write, "size_mib": size,
                    "bytes_triple": size * 2**20 / max(1, in_store),
                    "rss": current, "peak": peak, "count_s": count_s, "resolve_ms": resolve_ms,
                })  # fmt: skip
                print(
                    f"  {k:>7,} articles  {in_store:>10,} triples  {size:8.1f} MiB  "
                    f"{seg_n / seg_pipeline:6.1f} articles/s in the last segment  "
                    f"RSS {current:.0f} MiB (peak {peak:.0f})",
                    flush=True,
                )
                last = {"n": k, "gen": gen, "rdf": rdf, "write": write, "triples": triples,
                        "flush": flush.seconds, "cpu": time.process_time(),
                        "wall": time.perf_counter()}  # fmt: skip
    finally:
        store.close()
        flush.release()
    rows[-1]["size_closed_mib"] = du_mib(location)
    return rows


class _FlushClock:
    """Times ``flush`` inside the embedded store (``OxigraphStore`` flushes every
    ``FLUSH_EVERY`` writes, and on close) by standing in for its pyoxigraph handle; a no-op
    for another store."""

    def __init__(self, store) -> None:
        self.seconds = 0.0
        self._inner = getattr(store, "_store", None)
        if self._inner is not None:
            store._store = self

    def flush(self) -> None:
        t0 = time.perf_counter()
        try:
            self._inner.flush()
        finally:
            self.seconds += time.perf_counter() - t0

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)

    def release(self) -> None:
        self._inner = None  # the store is closed: let RocksDB go


def check_sample(location: Path, graphs: int = 20) -> str:
    """SHACL over a spread of the stored graphs: the synthetic records must make graphs
    the shapes accept, or the figures describe something geokg would never store."""
    from kg.store import open_store
    from kg.validate import validate_triples

    store = open_store(location)
    try:
        names = store.graphs()
        step = max(1, len(names) // graphs)
        picked = names[::step][:graphs]
        bad = [g for g in picked if not validate_triples(store.triples_in(g)).conforms]
    finally:
        store.close()
    if bad:
        return f"SHACL: {len(bad)} of {len(picked)} sampled graphs do NOT conform: {bad[:3]}"
    return f"SHACL: all {len(picked)} sampled article graphs conform"


def print_rows(rows: list[dict]) -> None:
    print(
        table(
            ["articles", "triples", "segment", "articles/s", "triples/s", "ms/article", "CPU ms/article",
             "RDF ms", "store ms", "of which flush ms", "store MiB", "bytes/triple", "RSS MiB", "peak RSS MiB",
             "resolution ms (probe)"],
            [[r["articles"], r["triples"], r["seg"], r["seg_articles_s"], r["seg_triples_s"],
              r["ms_article"], r["cpu_ms"], r["ms_rdf"], r["ms_write"], r["ms_flush"], r["size_mib"], r["bytes_triple"],
              r["rss"], r["peak"], r["resolve_ms"]] for r in rows],
        )
    )  # fmt: skip
    first, last = rows[0], rows[-1]
    growth = last["ms_article"] / first["ms_article"]
    cpu_growth = last["cpu_ms"] / first["cpu_ms"]
    size_growth = last["bytes_triple"] / first["bytes_triple"]
    print(
        f"\nper article, last segment / first: wall {growth:.2f}, CPU {cpu_growth:.2f}; bytes per triple, last / first: "
        f"{size_growth:.2f}; peak RSS {first['peak']:.0f} -> {last['peak']:.0f} MiB for "
        f"{first['articles']:,} -> {last['articles']:,} articles. Record generation (not "
        f"counted above) {last['ms_gen']:.1f} ms/article. Store after close: "
        f"{last.get('size_closed_mib', float('nan')):.1f} MiB. `store.count()` at "
        f"{last['triples']:,} triples took {last['count_s']:.2f} s."
    )
    if last["resolve_ms"] == last["resolve_ms"]:  # not NaN: the probe ran
        print(
            f"cross-article resolution of one real article (probe median): "
            f"{first['resolve_ms']:.0f} ms at {first['articles']:,} articles, "
            f"{last['resolve_ms']:.0f} ms at {last['articles']:,} "
            f"({last['resolve_ms'] / first['resolve_ms']:.1f}x for "
            f"{last['articles'] / first['articles']:.0f}x the articles)"
        )
    verdict = "linear" if cpu_growth <= 1.5 and size_growth <= 1.5 else "NOT linear"
    print(
        f"CPU time and size per article over the run: {verdict} (threshold: 1.5x drift; wall "
        "time is reported but not judged: other work on a shared machine moves it)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--checkpoints", default="1000,2000,5000,10000")
    ap.add_argument("--store", type=Path, help="build the store here and keep it (must not exist)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--probe",
        type=int,
        default=20,
        help="real articles whose cross-article resolution is timed at each checkpoint (0: none)",
    )
    args = ap.parse_args(argv)
    checkpoints = [int(x) for x in args.checkpoints.split(",") if x.strip()]

    print("## Scale: ingestion rate, store size and memory from 1k to 10k articles\n")
    print(machine() + "\n")
    tmp = None
    location = args.store
    if location is None:
        tmp = tempfile.mkdtemp(prefix="kg-scale-bench-")
        location = Path(tmp) / "store"
    elif location.exists() and any(location.iterdir()):
        raise SystemExit(f"{location} exists and is not empty; give a new folder")
    try:
        t0 = time.perf_counter()
        rows = build(location, args.articles, checkpoints, args.seed, args.probe)
        print(f"\nbuilt in {time.perf_counter() - t0:.0f} s; {check_sample(location)}\n")
        print_rows(rows)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
