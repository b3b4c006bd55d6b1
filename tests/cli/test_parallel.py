"""Extraction in parallel (kg.parallel): worker processes and a real Dask LocalCluster give
the graph a one-process ingest gives, in input order, with failures kept to their article.

The pool tests use a fake extractor built in the workers (tests/parallel_fakes.py); the
ones marked slow run the real spaCy pipeline over data/articles."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.ingest import InProcess, Stored, ingest_documents, read_paths
from kg.parallel import DaskPool, ProcessPool, open_pool, run_one, worker_extractor
from kg.records import Document
from kg.store import open_store
from kg.store.remote import RemoteStore
from tests import kgworld, parallel_fakes

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def docs(*ids: str, text: str = "Russia and Ukraine met in Geneva. Article {}.") -> list:
    return [Document(id=i, text=text.format(i)) for i in ids]


def quads(store) -> set[bytes]:
    return set(store.dump().splitlines())


def serial(documents) -> tuple[list, set[bytes]]:
    store = open_store(None)
    try:
        summary = ingest_documents(store, documents, pool=InProcess(parallel_fakes.fake()))
        return [(r.doc_id, r.status, r.triples) for r in summary.results], quads(store)
    finally:
        store.close()


def test_records_pickle():
    for extraction in (kgworld.kyiv_talks(), kgworld.sandworm()):
        assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_run_one_builds_the_extractor_once_per_process():
    first = run_one(docs("a")[0], parallel_fakes.pid_extractor)
    run_one(docs("b")[0], parallel_fakes.pid_extractor)
    assert first.document.id == "a"
    assert worker_extractor(parallel_fakes.pid_extractor) is worker_extractor(
        parallel_fakes.pid_extractor
    )


@pytest.mark.parametrize("chunk", [1, 3, 8])  # one at a time, chunks, the default
def test_worker_processes_give_the_same_graph_in_input_order(tmp_path, chunk):
    items = docs(*(f"d{i:02}" for i in range(12)), "boom-1", "d12")
    expected_results, expected_quads = serial(items)
    store = open_store(tmp_path / "kg")
    try:
        with ProcessPool(2, factory=parallel_fakes.fake, chunk=chunk) as pool:
            summary = ingest_documents(store, items, pool=pool)
        got = [(r.doc_id, r.status, r.triples) for r in summary.results]
        assert got == expected_results
        assert quads(store) == expected_quads
        (failure,) = summary.failures
        assert failure.error == (
            "boom-1: extracting 'boom-1' failed: RuntimeError: injected failure on boom-1"
        )
    finally:
        store.close()


def test_parallel_writes_need_a_remote_store(tmp_path):
    store = open_store(tmp_path / "kg")
    try:
        with pytest.raises(InputError, match="remote store"):
            open_pool(workers=2, store=store, parallel_writes=True)
    finally:
        store.close()


@pytest.mark.parametrize("chunk", [1, 8])  # the chunk it died in is retried one by one
def test_a_dying_worker_fails_its_article_alone(tmp_path, chunk):
    items = docs("a", "crash-1", "b", "c")
    store = open_store(tmp_path / "kg")
    try:
        with ProcessPool(2, factory=parallel_fakes.fake, attempts=2, chunk=chunk) as pool:
            summary = ingest_documents(store, items, pool=pool)
    finally:
        store.close()
    assert [r.status for r in summary.results] == ["created", "failed", "created", "created"]
    assert "a worker process died 2 times while extracting 'crash-1'" in summary.failures[0].error


def test_workers_write_to_a_remote_store_themselves(oxigraph_server, monkeypatch):
    """With parallel writes nothing but a small ``Stored`` comes back: each worker has its
    own connection to the remote store and writes its articles."""
    oxigraph_server.clear()
    items = docs(*(f"d{i}" for i in range(6)))
    expected_results, expected_quads = serial(items)
    seen = []
    store = RemoteStore(oxigraph_server.url)
    pool = ProcessPool(2, store=store, factory=parallel_fakes.fake, parallel_writes=True)
    with store, pool:
        real_submit = pool.submit

        def spy(doc):
            job = real_submit(doc)
            seen.append(job)
            return job

        monkeypatch.setattr(pool, "submit", spy)
        summary = ingest_documents(store, items, pool=pool)
        assert [(r.doc_id, r.status, r.triples) for r in summary.results] == expected_results
        assert quads(store) == expected_quads
    assert all(isinstance(job.result(), Stored) for job in seen)  # written by the workers


# -- Dask -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_dask_local_cluster_retries_and_isolates_failures(tmp_path):
    marker = tmp_path / "flaky-marker"
    items = [
        *docs("a", "b"),
        Document("flaky-1", f"{marker} Russia spoke."),
        *docs("boom-1", "c"),
    ]
    store = open_store(tmp_path / "kg")
    try:
        with DaskPool("local[2]", factory=parallel_fakes.counted, retries=1) as pool:
            summary = ingest_documents(store, items, pool=pool)
            builds = pool.client.run(parallel_fakes.builds)
    finally:
        store.close()
    assert [r.doc_id for r in summary.results] == ["a", "b", "flaky-1", "boom-1", "c"]
    assert [r.status for r in summary.results] == [
        "created",
        "created",
        "created",  # failed once, then retried on the cluster
        "failed",
        "created",
    ]
    assert "injected failure on boom-1" in summary.failures[0].error
    assert marker.exists()
    assert sorted(builds.values()) == [1, 1]  # one extractor per worker process


# -- the real pipeline: same corpus, same graph -----------------------------------------------


@pytest.fixture(scope="module")
def one_process_graph(extractor) -> tuple[int, set[bytes]]:
    store = open_store(None)
    try:
        summary = ingest_documents(store, read_paths([ARTICLES]), extractor=extractor)
        assert summary.ok
        return store.count(), quads(store)
    finally:
        store.close()


def _ingest_cli(store_dir: Path, *options: str, capsys) -> tuple[int, set[bytes]]:
    code = main(["ingest", str(ARTICLES), "--store", str(store_dir), *options])
    out = capsys.readouterr()
    assert code == 0, out.err
    store = open_store(store_dir)
    try:
        return store.count(), quads(store)
    finally:
        store.close()


@pytest.mark.slow
def test_ingest_with_two_worker_processes_gives_the_same_graph(one_process_graph, tmp_path, capsys):
    assert _ingest_cli(tmp_path / "kg", "--workers", "2", capsys=capsys) == one_process_graph


@pytest.mark.slow
def test_ingest_on_a_dask_cluster_gives_the_same_graph(one_process_graph, tmp_path, capsys):
    # lazy: Dask is the optional `dask` extra (kg.parallel imports it lazily too); the
    # module's other tests must collect and run without it
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        got = _ingest_cli(tmp_path / "kg", "--dask", cluster.scheduler_address, capsys=capsys)
    count, graph = got
    assert count == one_process_graph[0] > 10_000
    assert graph == one_process_graph[1]
