"""Benchmark: a real corpus end to end. Ingests a folder of ``.txt`` files or a ``.jsonl`` of
articles into a fresh temporary store (what ``kg ingest`` runs: ``kg.ingest.ingest_documents``
with the real extractor, in this process), then validates every article graph with SHACL
(what ``kg validate`` runs). Prints:

- throughput: articles stored per second of ingest (model load excluded, reported apart);
- peak resident memory of the process during the ingest;
- failures, each with its error;
- SHACL conformance: article graphs that conform / all, with the first violations;
- actor nodes given two types by different graphs (the store-wide type rule says none).

    .venv/bin/python bench/corpus_ingest.py PATH [--limit N] [--store DIR] [--workers N]

PATH is a folder (``.txt`` / ``.jsonl`` under it) or one ``.jsonl`` file of
``{"id", "title", "published", "text"}`` lines. ``--store`` keeps the store (default: a
temporary folder, removed at the end). ``--workers N`` extracts in N processes
(``kg ingest --workers N``). Exit status 1 when an article failed or a graph does not
conform.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_TWO_TYPES = """PREFIX kg: <https://w3id.org/geokg/ontology#>
SELECT ?x (GROUP_CONCAT(DISTINCT ?t; separator=",") AS ?types) WHERE {
  GRAPH ?g { ?x kg:actorType ?t }
} GROUP BY ?x HAVING (COUNT(DISTINCT ?t) > 1)"""


def peak_rss_mb() -> float:
    """Peak resident set of this process and its waited-for children (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", type=Path, help="a folder of articles or a .jsonl file")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--store", type=Path, default=None, help="keep the store here")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes")
    ap.add_argument("--show", type=int, default=5, help="failures / violations to print")
    args = ap.parse_args(argv)

    from kg.extract import Extractor
    from kg.ingest import ingest_documents, read_paths
    from kg.store import open_store
    from kg.validate import validate_store

    tmp = None
    if args.store is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-corpus-")
        location = Path(tmp.name) / "kg"
    else:
        location = args.store

    t0 = time.perf_counter()
    extractor = Extractor()
    load_s = time.perf_counter() - t0

    sources = read_paths([args.path])
    if args.limit is not None:
        sources = itertools.islice(sources, args.limit)

    store = open_store(location)
    pool = None
    try:
        if args.workers > 1:
            from kg.parallel import open_pool

            pool = open_pool(workers=args.workers)
        done = [0]

        def progress(result) -> None:
            done[0] += 1
            if done[0] % 50 == 0:
                rate = done[0] / (time.perf_counter() - t1)
                print(f"  {done[0]} articles, {rate:.2f}/s", file=sys.stderr, flush=True)

        t1 = time.perf_counter()
        if pool is not None:
            with pool:
                summary = ingest_documents(store, sources, pool=pool, on_result=progress)
        else:
            summary = ingest_documents(store, sources, extractor=extractor, on_result=progress)
        ingest_s = time.perf_counter() - t1
        rss = peak_rss_mb()

        t2 = time.perf_counter()
        reports = validate_store(store)
        validate_s = time.perf_counter() - t2
        two_types = store.select(_TWO_TYPES).dicts()
        triples = summary.triples_in_store
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()

    stored = len(summary.results) - summary.failed
    rejoined = sorted({d for r in summary.results for d in r.rejoined})
    conform = sum(1 for r in reports.values() if r.conforms)
    print(f"corpus      {args.path} ({len(summary.results)} inputs)")
    print(f"model load  {load_s:.1f} s")
    print(
        f"ingest      {ingest_s:.1f} s, {stored / ingest_s if ingest_s else 0:.2f} articles/s "
        f"({summary.created} created, {summary.replaced} replaced, {summary.unchanged} "
        f"unchanged; {len(rejoined)} earlier articles re-resolved), {triples} triples"
    )
    print(f"peak RSS    {rss:.0f} MB")
    print(f"failures    {summary.failed}")
    for r in [r for r in summary.results if not r.ok][: args.show]:
        print(f"  {r.origin}: {r.error}")
    print(f"SHACL       {conform} / {len(reports)} article graphs conform ({validate_s:.1f} s)")
    for g, r in [(g, r) for g, r in sorted(reports.items()) if not r.conforms][: args.show]:
        print(f"  {g}:")
        for line in r.results[:3]:
            print(f"    {line}")
    print(f"two types   {len(two_types)} actor nodes typed differently by different graphs")
    for row in two_types[: args.show]:
        print(f"  {row['x']}: {row['types']}")
    ok = summary.failed == 0 and conform == len(reports) and not two_types
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
