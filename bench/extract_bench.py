"""Benchmark: geokg's whole pipeline (extraction, RDF, store) next to bare spaCy, one run.

    .venv/bin/python bench/extract_bench.py [--articles 500] [--batch 20] [--profile]
                                            [--workers 1,2] [--workers-articles 120]

The corpus is ``bench/corpus.py``'s recombination of ``data/articles`` (distinct ids,
people renamed). geokg's side is one call of ``kg.ingest.ingest_documents`` (what
``kg ingest`` runs) into a temporary on-disk store. spaCy's side is ``nlp.pipe`` of the
same model (``kg.extract.nlp.load_model``, no geokg components) over the same texts.
The two are interleaved: after every ``--batch`` articles stored, the bare model parses
those same texts, timed apart and subtracted, so both sides see the same machine load
(the machines are shared and noisy; the ratio is the result, not the seconds).
Target: geokg within 1.5x of bare spaCy.

geokg's time is split by timing wrappers: spaCy inside the extractor (the model plus
geokg's line-break and gazetteer components; ``nlp.pipe`` too, when the in-process pool
extracts in batches with ``extract_many``), the rest of the extractor (rules, in
Python), and RDF, resolution + store (``extraction_to_triples``, cross-article
resolution against the store, the unchanged-check and ``replace_graph`` with its flush). ``--profile`` runs pyinstrument over 60 articles and prints the
functions with the most self time. ``--workers`` times ``kg ingest --workers N`` as a
subprocess when the CLI has that option (otherwise it says so).
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from report import machine, table

KG = Path(sys.executable).with_name("kg")
TARGET = 1.5


class _Timed:
    """Wraps a callable (the extractor's ``nlp``, or ``extract``) and adds up its time."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.seconds = 0.0

    def __call__(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0


class _FlushTimer:
    """Stands in for the pyoxigraph store inside ``OxigraphStore`` to time ``flush``."""

    def __init__(self, inner, flush: _Timed) -> None:
        self._inner, self.flush = inner, flush

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)


class _TimedNLP(_Timed):
    """The extractor's ``nlp``: ``nlp(text)`` and ``nlp.pipe(texts)`` (run to the end
    inside the timer) both count."""

    def pipe(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return list(self.fn.pipe(*args, **kwargs))
        finally:
            self.seconds += time.perf_counter() - t0

    def __getattr__(self, name):
        return getattr(self.fn, name)


class _TimedExtractor:
    """``extract`` timed; and ``extract_many`` when the extractor has it (the in-process
    pool then extracts in batches), each step of its iterator counted in the same total."""

    def __init__(self, extractor) -> None:
        self.extractor = extractor
        self.extract = _Timed(extractor.extract)
        if hasattr(extractor, "extract_many"):
            self.extract_many = self._extract_many

    def _extract_many(self, docs, *args, **kwargs):
        it = iter(self.extractor.extract_many(docs, *args, **kwargs))
        step = _Timed(lambda: next(it, _END))
        try:
            while (item := step()) is not _END:
                yield item
        finally:
            self.extract.seconds += step.seconds


_END = object()


def run_interleaved(docs, batch: int) -> dict:
    from kg.extract import Extractor
    from kg.extract.nlp import load_model
    from kg.ingest import ingest_documents
    from kg.store import open_store

    t0 = time.perf_counter()
    bare = load_model()
    bare_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractor = Extractor()
    kg_load = time.perf_counter() - t0
    # warm both (first calls allocate; not what a long ingest sees)
    warm = corpus.documents(3, seed=99)
    list(bare.pipe([d.text for d in warm]))
    for d in warm:
        extractor.extract(d)

    spacy_in_kg = _TimedNLP(extractor.nlp)
    extractor.nlp = spacy_in_kg
    timed = _TimedExtractor(extractor)
    texts = [d.text for d in docs]
    state = {"done": 0, "bare": 0.0, "tokens": 0, "failed": 0}
    segment = max(batch, len(docs) // 5 // batch * batch)
    snapshots: list[dict] = []

    def snapshot() -> dict:
        return {
            "done": state["done"], "wall": time.perf_counter(), "bare": state["bare"],
            "spacy": spacy_in_kg.seconds, "extract": timed.extract.seconds,
            "resolve": resolve.seconds,
            "flush": flush.seconds if flush is not None else float("nan"),
        }  # fmt: skip

    def on_result(result) -> None:
        state["done"] += 1
        state["failed"] += not result.ok
        done = state["done"]
        if done % batch == 0 or done == len(docs):
            chunk = texts[done - ((done - 1) % batch) - 1 : done]
            t = time.perf_counter()
            state["tokens"] += sum(len(doc) for doc in bare.pipe(chunk))
            state["bare"] += time.perf_counter() - t
        if done % segment == 0 or done == len(docs):
            snapshots.append(snapshot())

    from kg.ingest import pipeline  # the names the pipeline calls are timed where it looks them up

    as_stored = _Timed(pipeline.as_stored)
    resolve = _Timed(pipeline.resolve_article)  # cross-article resolution
    with tempfile.TemporaryDirectory(prefix="kg-extract-bench-") as tmp:
        store = open_store(Path(tmp) / "store")
        flush = None
        if hasattr(store, "_store"):  # the embedded store: time its per-write flush
            flush = _Timed(store._store.flush)
            store._store = _FlushTimer(store._store, flush)
        pipeline.as_stored = as_stored
        pipeline.resolve_article = resolve
        try:
            snapshots.append(snapshot())
            t0 = time.perf_counter()
            summary = ingest_documents(store, docs, extractor=timed, on_result=on_result)
            total = time.perf_counter() - t0
        finally:
            pipeline.as_stored = as_stored.fn
            pipeline.resolve_article = resolve.fn
            store.close()
            if flush is not None:
                flush.fn = None  # drop the last reference to the RocksDB handle
    if state["failed"]:
        raise SystemExit(f"{state['failed']} articles failed: {summary.failures[:3]}")
    geokg = total - state["bare"]
    return {
        "articles": len(docs),
        "chars": sum(len(t) for t in texts),
        "tokens": state["tokens"],
        "triples": summary.triples_in_store,
        "bare": state["bare"],
        "geokg": geokg,
        "spacy_in_kg": spacy_in_kg.seconds,
        "rules": timed.extract.seconds - spacy_in_kg.seconds,
        "rdf_store": geokg - timed.extract.seconds,
        "flush": flush.seconds if flush is not None else float("nan"),
        "as_stored": as_stored.seconds,
        "resolve": resolve.seconds,
        "bare_load": bare_load,
        "kg_load": kg_load,
        "segments": _segments(snapshots),
    }


def _segments(snaps: list[dict]) -> list[list]:
    """ms per article in each stretch of the run: does anything grow with the store?"""
    rows = []
    for a, b in itertools.pairwise(snaps):
        n = b["done"] - a["done"]
        if n <= 0:
            continue
        bare = b["bare"] - a["bare"]
        geokg = (b["wall"] - a["wall"]) - bare

        def ms(seconds: float, n: int = n) -> float:
            return 1000 * seconds / n

        rows.append([f"{a['done'] + 1}-{b['done']}", ms(bare), ms(geokg), geokg / bare,
                     ms(b["spacy"] - a["spacy"]), ms(b["extract"] - a["extract"] - b["spacy"] + a["spacy"]),
                     ms(b["resolve"] - a["resolve"]), ms(b["flush"] - a["flush"])])  # fmt: skip
    return rows


def print_results(r: dict) -> bool:
    n, tok = r["articles"], r["tokens"]
    ratio = r["geokg"] / r["bare"]

    def row(name, seconds, whole=True):
        return [name, seconds, n / seconds if whole else "", tok / seconds if whole else "",
                seconds / r["bare"]]  # fmt: skip

    print(
        f"\n{n} articles, {r['chars']:,} characters, {tok:,} spaCy tokens "
        f"({tok / n:.0f} per article); {r['triples']:,} triples stored; "
        f"model load {r['bare_load']:.1f} s bare, {r['kg_load']:.1f} s geokg (not counted)\n"
    )
    print(
        table(
            ["pipeline", "seconds", "articles/s", "tokens/s", "x bare spaCy"],
            [
                row("bare spaCy `nlp.pipe` (en_core_web_sm)", r["bare"]),
                row("geokg `ingest_documents` (whole pipeline)", r["geokg"]),
                row("  of which spaCy in the extractor (+ geokg components)", r["spacy_in_kg"], False),
                row("  of which extraction rules (Python)", r["rules"], False),
                row("  of which RDF, resolution + store", r["rdf_store"], False),
                row("    of which cross-article resolution (`kg.link.entities`)", r["resolve"], False),
                row("    of which `Store.flush` after each write", r["flush"], False),
                row("    of which `as_stored` (scratch store for the unchanged-check)", r["as_stored"], False),
            ],
        )
    )  # fmt: skip
    print("\nthe same run in stretches (ms per article), as the store fills:\n")
    print(table(["articles", "bare spaCy", "geokg", "x bare", "spaCy in geokg", "rules",
                 "resolution", "flush"], r["segments"]))  # fmt: skip
    met = ratio <= TARGET
    verdict = "met" if met else f"NOT met, {ratio - TARGET:.2f} over"
    print(f"\nratio geokg / bare spaCy = {ratio:.2f} (target <= {TARGET}): {verdict}")
    return met


# -- spaCy components ------------------------------------------------------------------


def components(docs) -> None:
    """Seconds per component of geokg's spaCy pipeline over ``docs`` (cleaned as the
    extractor cleans them), and the gazetteer's surface forms matched by a bare
    ``PhraseMatcher`` on LOWER beside geokg's ``kg_gazetteer`` component (a phrase
    matcher plus the case checks and group-code regex of its token patterns)."""
    from spacy.matcher import PhraseMatcher

    from kg.extract import Extractor
    from kg.extract.clean import clean

    extractor = Extractor()
    nlp = extractor.nlp
    texts = [clean(d.text).text for d in docs]
    nlp(texts[0])
    spent: dict[str, float] = {"make_doc (tokenizer)": 0.0}
    made = []
    for t in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(t)
        spent["make_doc (tokenizer)"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
        made.append(nlp.make_doc(t))
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    surfaces = [s for s, _, kind in extractor.gazetteer.surface_forms() if kind != "demonym"]
    for i, s in enumerate(surfaces):
        phrase.add(str(i), [nlp.make_doc(s)])
    t0 = time.perf_counter()
    for d in made:
        phrase(d)
    phrase_s = time.perf_counter() - t0
    total = sum(spent.values())
    rows = [
        [name, secs, 1000 * secs / len(texts), 100 * secs / total] for name, secs in spent.items()
    ]
    rows.append([f"(for comparison: PhraseMatcher on LOWER, {len(surfaces)} surface forms)",
                 phrase_s, 1000 * phrase_s / len(texts), ""])  # fmt: skip
    print(f"\ngeokg's spaCy pipeline, component by component, {len(texts)} articles\n")
    print(table(["component", "seconds", "ms/article", "% of pipeline"], rows))


# -- --workers --------------------------------------------------------------------------


def workers_supported() -> bool:
    proc = subprocess.run(
        [str(KG), "ingest", "--help"], capture_output=True, text=True, check=False
    )
    return "--workers" in proc.stdout


def run_workers(docs, counts: list[int]) -> None:
    """Wall time of ``kg ingest --workers N`` on the same folder (fresh store each), and
    of the bare model's ``nlp.pipe(n_process=N)`` beside it; model loading included in
    both, as a user sees it."""
    print(f"\n`kg ingest --workers N` on {len(docs)} articles (wall time, model load included)\n")
    if not workers_supported():
        print(
            "`kg ingest --workers` is not available in this checkout: only 1 process measured above."
        )
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-workers-bench-") as tmp:
        folder = corpus.write_folder(Path(tmp) / "corpus", docs)
        base = None
        for n in counts:
            store = Path(tmp) / f"store-{n}"
            t0 = time.perf_counter()
            proc = subprocess.run(
                [str(KG), "ingest", str(folder), "--store", str(store), "--workers", str(n)],
                capture_output=True,
                text=True,
                check=False,
            )
            wall = time.perf_counter() - t0
            if proc.returncode != 0:
                print(f"--workers {n} failed (exit {proc.returncode}): {proc.stderr[-500:]}")
                continue
            bare = _bare_pipe_wall([d.text for d in docs], n)
            base = base or wall
            rows.append([n, wall, len(docs) / wall, base / wall, bare, wall / bare])
    print(table(["workers", "kg ingest s", "articles/s", "speed-up", "bare nlp.pipe s",
                 "x bare (same N)"], rows))  # fmt: skip
    print(f"\n{os.cpu_count()} CPUs on this machine.")


def _bare_pipe_wall(texts: list[str], n_process: int) -> float:
    code = (
        "import sys,time;t=time.perf_counter();from kg.extract.nlp import load_model;"
        "nlp=load_model();texts=sys.stdin.read().split('\\x1e');"
        f"list(nlp.pipe(texts, n_process={n_process}, batch_size=16));"
        "print(time.perf_counter()-t)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input="\x1e".join(texts),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return float(proc.stdout.strip().splitlines()[-1])


# -- --profile --------------------------------------------------------------------------


def profile(docs, top: int = 15) -> None:
    """pyinstrument over the pipeline; the functions with the most self time."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("\n--profile needs pyinstrument (.venv/bin/pip install pyinstrument)")
        return
    from kg.extract import Extractor
    from kg.ingest import ingest_documents
    from kg.store import open_store

    extractor = Extractor()
    extractor.extract(docs[0])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        profiler = Profiler(interval=0.002)
        profiler.start()
        ingest_documents(store, docs, extractor=extractor)
        profiler.stop()
        store.close()
    root = profiler.last_session.root_frame()
    total = root.time
    selfs: dict[tuple[str, str], float] = {}

    def walk(frame) -> None:
        # a frame's total_self_time already holds its synthetic "[self]" children
        if frame.is_synthetic:
            return
        key = (frame.function or "?", f"{frame.file_path_short}:{frame.line_no}")
        selfs[key] = selfs.get(key, 0.0) + frame.total_self_time
        for child in frame.children:
            walk(child)

    # time under the thread's root with no Python frame: native code that keeps no Python
    # stack (spaCy's Cython, numpy, RocksDB)
    selfs[("(native code, no Python frame)", "-")] = root.total_self_time
    for child in root.children:
        walk(child)
    rows = [
        [fn, where, secs, 100 * secs / total]
        for (fn, where), secs in sorted(selfs.items(), key=lambda kv: -kv[1])[:top]
    ]
    print(f"\npyinstrument, {len(docs)} articles, {total:.1f} s: functions by self time\n")
    print(table(["function", "where", "self s", "% of run"], rows))
    print("\nby module (time inside, children included, outermost frame per module):\n")
    mods: dict[str, float] = {}
    parts = ("kg/extract/", "kg/link/entities.py", "kg/rdf.py", "kg/ingest/", "kg/store/",
             "spacy/", "thinc/", "rdflib/")  # fmt: skip

    def walk_mod(frame, inside: frozenset) -> None:
        path = frame.file_path or ""
        mod = next((part for part in parts if part in path), None)
        if mod and mod not in inside:
            mods[mod] = mods.get(mod, 0.0) + frame.time
            inside = inside | {mod}
        for child in frame.children:
            walk_mod(child, inside)

    walk_mod(root, frozenset())
    print(table(["module", "seconds", "% of run"],
                [[m, s, 100 * s / total] for m, s in sorted(mods.items(), key=lambda kv: -kv[1])]))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--batch", type=int, default=20, help="articles between bare-spaCy turns")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--profile", action="store_true", help="pyinstrument hotspots (60 articles)")
    ap.add_argument("--components", action="store_true", help="time each spaCy component")
    ap.add_argument("--workers", default="", help="e.g. 1,2: time `kg ingest --workers N`")
    ap.add_argument("--workers-articles", type=int, default=200)
    args = ap.parse_args(argv)

    print("## Extraction: geokg's whole pipeline next to bare spaCy\n")
    print(machine())
    docs = corpus.documents(args.articles, seed=args.seed)
    met = print_results(run_interleaved(docs, args.batch))
    if args.workers:
        counts = [int(x) for x in args.workers.split(",") if x.strip()]
        run_workers(docs[: args.workers_articles], counts)
    if args.components:
        components(docs[:60])
    if args.profile:
        profile(docs[:60])
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
