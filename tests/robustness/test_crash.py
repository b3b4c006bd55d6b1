"""Crash safety: ``kg ingest`` killed with SIGKILL at random points, again and again.

After each kill the store must open; every article graph in it must be whole (as many
triples as a clean ingest gives it at some point: an earlier article's graph grows when a
later one names its surname-only person in full, see ``kg.ingest.store_extraction``) or
absent; ``kg validate`` must pass;
and the final re-run must complete with exactly the clean run's triples (no duplicates).

Where to kill is chosen from real progress, not from a guessed delay: ``kg ingest`` runs
on a pseudo-terminal so that its progress bar is on, the test reads "N/200" off it, and
SIGKILLs once N reaches a seeded random target, after a further random delay of up to
about one article's work (so the kill lands anywhere in extraction, RDF or the write). The
store is kept from one kill to the next, as after real crashes, and each target lies past
the articles already stored, so every kill interrupts new writes; once all are stored, the
next kill starts again from an empty store.

``KG_KILL_LOOPS`` sets the number of kills (default 3, as in CI; run more locally, e.g.
``KG_KILL_LOOPS=20``); ``KG_KILL_SEED`` the seed.
"""

from __future__ import annotations

import fcntl
import os
import pty
import random
import re
import select
import shutil
import signal
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.ingest import ingest_documents, read_paths
from kg.rdf import graph_iri
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore
from tests.robustness.helpers import KG, graph_counts, run_kg, small_articles, write_articles

ARTICLES = 200
LOOPS = int(os.environ.get("KG_KILL_LOOPS", "3"))
SEED = int(os.environ.get("KG_KILL_SEED", "20240611"))
_PROGRESS = re.compile(rb"(\d+)/(\d+)")


def ingest_and_kill(
    corpus: Path,
    store: Path,
    target: int,
    delay: float,
    *,
    extra: tuple[str, ...] = (),
    before_kill=None,
    timeout: float = 600,
):
    """Run ``kg ingest`` on a pty; SIGKILL it ``delay`` seconds after its progress bar
    reaches ``target``. Returns (progress seen at the kill, whether it was killed).
    ``before_kill(pid)`` is called just before the kill."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # tqdm needs a width
    proc = subprocess.Popen(
        [str(KG), "ingest", str(corpus), "--store", str(store), *extra],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    seen, killed = 0, False
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the pty: it is exiting
                break
            found = _PROGRESS.findall(chunk)
            if found:
                seen = int(found[-1][0])
            if seen >= target:
                time.sleep(delay)  # the random kill point past the progress signal
                if before_kill is not None:
                    before_kill(proc.pid)
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
        else:
            if proc.poll() is None:
                proc.kill()
                raise AssertionError(f"kg ingest made no progress to {target} in {timeout} s")
    finally:
        if proc.poll() is None and not killed:
            proc.kill()
        proc.wait()
        os.close(master)
    if killed:
        assert proc.returncode == -signal.SIGKILL, proc.returncode
    return seen, killed


def _check_whole_or_absent(store: Path, expected: dict[str, int | set[int]]) -> int:
    """``expected``: per graph, its triple count, or every count a clean run gives it."""
    counts = graph_counts(store)  # opening it at all is the first check
    unknown = set(counts) - set(expected)
    assert not unknown, f"graphs no clean run makes: {sorted(unknown)[:5]}"
    valid = {g: n if isinstance(n, set) else {n} for g, n in expected.items()}
    partial = {g: (n, sorted(valid[g])) for g, n in counts.items() if n not in valid[g]}
    assert not partial, f"half-written graphs (found, expected): {partial}"
    return len(counts)


def clean_run(corpus: Path, store: Path, extractor) -> dict[str, set[int]]:
    """Ingest ``corpus`` into a new store as ``kg ingest`` does (in-process, batched);
    every triple count each article graph has along the way: its own write, and each
    re-resolution a later article's write makes (``Result.rejoined``)."""
    seen: dict[str, set[int]] = {}
    with open_store(store) as s:

        def note(r) -> None:
            assert r.ok, r.error
            for doc_id in (r.doc_id, *r.rejoined):
                g = str(graph_iri(doc_id))
                seen.setdefault(g, set()).add(s.count(g))

        ingest_documents(s, read_paths([corpus]), extractor=extractor, on_result=note)
    return seen


@pytest.mark.slow
def test_sigkill_during_ingest_leaves_each_article_whole_or_absent(tmp_path, extractor):
    corpus = write_articles(tmp_path / "corpus", small_articles(ARTICLES, seed=3))

    clean = tmp_path / "clean"
    along_the_way = clean_run(corpus, clean, extractor)
    expected = graph_counts(clean)
    assert len(expected) == ARTICLES
    clean_total = sum(expected.values())

    rng = random.Random(SEED)
    store = tmp_path / "killed"
    history = []
    present = 0
    for loop in range(LOOPS):
        if present >= ARTICLES - 1:  # nothing left to interrupt: crash a fresh store again
            shutil.rmtree(store)
            present = 0
        # past the graphs already there, so the kill lands while new ones are written
        target = rng.randint(present + 1, ARTICLES - 1)
        delay = rng.uniform(0.0, 0.3)
        seen, killed = ingest_and_kill(corpus, store, target, delay)
        present = _check_whole_or_absent(store, along_the_way)
        history.append((target, round(delay, 3), seen, killed, present))
        validate = run_kg("validate", "--store", store)
        assert validate.returncode == 0, (loop, history, validate.stdout[-2000:])
        assert f"{present} of {present} article graphs conform" in validate.stdout

    print("kills (target, delay s, progress seen, killed, graphs present):", history)
    # the kills did land part-way: some graphs written, not all
    assert any(killed and 0 < present < ARTICLES for *_, killed, present in history), history

    proc = run_kg("ingest", corpus, "--store", store)
    assert proc.returncode == 0, proc.stderr
    assert f"{ARTICLES} ok (" in proc.stdout and ", 0 failed" in proc.stdout, proc.stdout
    assert f"{clean_total} triples in store" in proc.stdout, (proc.stdout, clean_total)
    final = graph_counts(store)
    assert final == expected
    validate = run_kg("validate", "--store", store)
    assert validate.returncode == 0, validate.stdout[-2000:]


def test_the_check_catches_a_half_written_graph(tmp_path):
    """The check above can fail: a graph missing one triple, or one no clean run makes."""
    g = "https://w3id.org/geokg/graph/x"
    triples = [(URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)) for i in range(5)]
    store = OxigraphStore(tmp_path / "kg")
    store.replace_graph(g, triples[:4])
    store.close()
    with pytest.raises(AssertionError, match="half-written"):
        _check_whole_or_absent(tmp_path / "kg", {g: 5})
    with pytest.raises(AssertionError, match="no clean run makes"):
        _check_whole_or_absent(tmp_path / "kg", {})
    assert _check_whole_or_absent(tmp_path / "kg", {g: 4}) == 1
    assert _check_whole_or_absent(tmp_path / "kg", {g: {4, 7}}) == 1  # a count along the way


def _children(pid: int) -> set[int]:
    """Direct children of ``pid``, from /proc (Linux)."""
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.slow
def test_sigkill_of_a_parallel_ingest_leaves_no_worker_behind(tmp_path, extractor):
    corpus = write_articles(tmp_path / "corpus", small_articles(60, seed=4))
    children: set[int] = set()

    def note_children(pid: int) -> None:
        children.update(_children(pid))

    try:
        _, killed = ingest_and_kill(
            corpus, tmp_path / "kg", 5, 0.0, extra=("--workers", "2"), before_kill=note_children
        )
        assert killed
        assert children, "no worker processes were seen"
        deadline = time.monotonic() + 20
        while any(map(_alive, children)) and time.monotonic() < deadline:
            time.sleep(0.2)  # polling the processes' own state in /proc
        left = sorted(c for c in children if _alive(c))
        assert not left, f"worker processes still running 20 s after the kill: {left}"
    finally:
        for c in children:  # ours: started by the kg ingest this test ran
            if _alive(c):
                os.kill(c, signal.SIGKILL)
    # the store is still whole-or-absent after a parallel ingest was killed
    clean = tmp_path / "clean"
    _check_whole_or_absent(tmp_path / "kg", clean_run(corpus, clean, extractor))
