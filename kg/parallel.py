"""Extraction in parallel: worker processes on this machine (``kg ingest --workers N``) or a
Dask distributed cluster (``kg ingest --dask ADDRESS`` or ``--dask local[N]``).

Both are pools for :func:`kg.ingest.ingest_documents`: documents go out and come back in
input order as records (``Extraction``: plain frozen dataclasses, which pickle), and this
process stores them, one writer, in input order. That is what the embedded store needs
(one process holds it), and it keeps cross-article resolution (``kg.link.entities``, which
resolves each article against what the store already holds) exactly as in a one-process
run, so the graph is the same whatever the pool.

With ``parallel_writes`` (``--parallel-writes``) and a remote store, each worker opens its
own connection (a :class:`~kg.store.remote.RemoteConfig` pickles) and writes its articles
itself; only a small :class:`~kg.ingest.Stored` comes back, so this process is no longer
the bottleneck of a large cluster. The price: articles are resolved against the store in
the order they finish, so a merge that depends on order (a surname-only mention before
the full name) can differ from a one-process run; ``kg.link.entities.consolidate`` re-resolves
them afterwards.

Each worker process loads the spaCy model once: the extractor is built by a picklable
factory (a module-level function) on first use and kept for the life of the process; a
Dask cluster also builds it as each worker starts (a worker plugin), so the first
articles do not wait for it.

Failures: an article whose extraction raises comes back as that error (its own result;
the others go on). A worker process that dies (out of memory, a crash in a native
library) breaks a ``ProcessPoolExecutor``: the pool is restarted and each article that
was in flight is tried again, alone, up to ``attempts`` times. On Dask the scheduler
reschedules the tasks of a dead worker itself, and ``retries`` re-runs a task that
raised.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from typing_extensions import Self

from kg.errors import ExtractionError, InputError
from kg.ingest import (
    FutureLike,
    InGroup,
    Stored,
    SupportsExtract,
    extract_document,
    extract_outcomes,
    store_extraction,
)
from kg.records import Document, Extraction
from kg.store import Store
from kg.store.remote import RemoteStore
from kg.store.worker import exit_with_parent

log = logging.getLogger(__name__)

ExtractorFactory = Callable[[], SupportsExtract]
_LOCAL = re.compile(r"local(?:\[(\d+)\])?")


def default_extractor() -> SupportsExtract:
    """The real extractor (spaCy): the factory the workers use unless told otherwise."""
    from kg.extract import Extractor  # spaCy: loaded in the workers, not by every `kg` command

    return Extractor()


# -- inside a worker process --------------------------------------------------------------

_extractors: dict[Any, SupportsExtract] = {}
_stores: dict[Any, Store] = {}
_lock = threading.Lock()  # a Dask worker may run tasks in several threads
_extract_lock = threading.Lock()


def worker_extractor(factory: ExtractorFactory) -> SupportsExtract:
    """This process's extractor from ``factory``, built on first use."""
    with _lock:
        if factory not in _extractors:
            _extractors[factory] = factory()
        return _extractors[factory]


def _worker_store(config) -> Store:
    """The worker's own connection to the remote store (one per process and server)."""
    with _lock:
        if config not in _stores:
            _stores[config] = RemoteStore(config)
        return _stores[config]


def run_one(doc: Document, factory: ExtractorFactory, target=None) -> Extraction | Stored:
    """One article in a worker: its records; or, with ``target`` (a remote store's
    configuration), the article written there by this worker."""
    extractor = worker_extractor(factory)
    with _extract_lock:  # a spaCy pipeline is not made for threads: one at a time
        extraction = extract_document(doc, extractor)
    if target is None:
        return extraction
    return store_extraction(_worker_store(target), extraction)


def run_many(docs: list[Document], factory: ExtractorFactory, target=None) -> list:
    """Several articles in a worker, parsed together: for each, its records, its
    ``Stored`` (with ``target``), or the exception it raised."""
    extractor = worker_extractor(factory)
    with _extract_lock:
        outcomes = extract_outcomes(extractor, docs)
    if target is None:
        return outcomes
    out: list = []
    for outcome in outcomes:
        if not isinstance(outcome, Exception):
            try:
                outcome = store_extraction(_worker_store(target), outcome)
            except Exception as exc:  # noqa: BLE001 - that document's own result
                outcome = exc
        out.append(outcome)
    return out


def _init_process(factory: ExtractorFactory) -> None:
    exit_with_parent(os.getppid())  # a worker whose parent was killed does not live on
    try:
        worker_extractor(factory)  # load the model as the process starts
    except Exception:  # each article then reports the real error itself
        log.debug("building the extractor failed", exc_info=True)


def write_target(store: Store | None, parallel_writes: bool):
    """What workers need to write to ``store`` themselves: a remote store's picklable
    configuration (each worker reaches the server over HTTP); None when this process
    writes."""
    if not parallel_writes:
        return None
    if not isinstance(store, RemoteStore):
        raise InputError("parallel writes need a remote store (--store http://...)")
    return store.config


# -- processes on this machine ------------------------------------------------------------


class _ProcessJob:
    def __init__(self, pool: ProcessPool, doc: Document) -> None:
        self.pool, self.doc, self.attempts = pool, doc, 1
        self.future, self.generation = pool._submit(doc)

    def result(self) -> Extraction | Stored:
        while True:
            try:
                return self.future.result()
            except BrokenProcessPool:
                if self.attempts >= self.pool.attempts:
                    raise ExtractionError(
                        f"a worker process died {self.attempts} times while extracting "
                        f"{self.doc.id!r} (out of memory, or a crash in a native library?)"
                    ) from None
                self.attempts += 1
                self.pool._restart(self.generation)
                # tried again alone: the caller waits for this one before the next
                self.future, self.generation = self.pool._submit(self.doc)


class _Chunk:
    """Articles sent to one worker together. Sent when full, or when a result of one of
    them is asked for; a worker that dies on it gets each article retried alone
    (``_ProcessJob``), so one article that kills its process fails alone."""

    def __init__(self, pool: ProcessPool) -> None:
        self.pool = pool
        self.docs: list[Document] = []
        self.sent = False
        self.future = None
        self.generation = 0
        self.outcomes: list | None = None

    def add(self, doc: Document) -> InGroup:
        self.docs.append(doc)
        if len(self.docs) >= self.pool.chunk:
            self.send()
        return InGroup(self, len(self.docs) - 1)

    def send(self) -> None:
        if self.sent:
            return
        self.sent = True
        self.future, self.generation = self.pool._submit(self.docs, run=run_many)

    def result(self, i: int):
        self.send()
        if self.outcomes is None:
            try:
                self.outcomes = self.future.result()
            except BrokenProcessPool:
                self.pool._restart(self.generation)
                self.outcomes = [_ProcessJob(self.pool, doc) for doc in self.docs]
        outcome = self.outcomes[i]
        if isinstance(outcome, _ProcessJob):
            return outcome.result()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class ProcessPool:
    """``workers`` processes (``spawn``ed: nothing of this process's open store or
    threads is inherited), each with its own extractor."""

    def __init__(
        self,
        workers: int,
        *,
        store: Store | None = None,
        factory: ExtractorFactory = default_extractor,
        attempts: int = 3,
        parallel_writes: bool = False,
        chunk: int = 8,
    ) -> None:
        if workers < 1:
            raise InputError(f"--workers must be at least 1, not {workers}")
        self.workers = workers
        # articles go to a worker `chunk` at a time (parsed with one nlp.pipe there), and
        # two chunks a process are in flight: one running, one queued
        self.chunk = max(1, chunk)
        self.window = 2 * workers * self.chunk
        self._chunk: _Chunk | None = None
        self.factory = factory
        self.attempts = attempts
        self.target = write_target(store, parallel_writes)
        self.generation = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_process,
            initargs=(self.factory,),
        )

    def _submit(self, work, *, run=run_one):
        """(future, pool generation) of ``run(work, factory, target)`` in a worker."""
        try:
            future = self._executor.submit(run, work, self.factory, self.target)
        except BrokenProcessPool:
            self._restart(self.generation)
            future = self._executor.submit(run, work, self.factory, self.target)
        return future, self.generation

    def _restart(self, generation: int) -> None:
        if generation != self.generation:
            return  # another job already restarted it
        log.warning("a worker process died; restarting the pool")
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new_executor()
        self.generation += 1

    def submit(self, doc: Document) -> FutureLike:
        if self.chunk <= 1:
            return _ProcessJob(self, doc)
        chunk = self._chunk
        if chunk is None or chunk.sent or len(chunk.docs) >= self.chunk:
            chunk = self._chunk = _Chunk(self)
        return chunk.add(doc)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- a Dask cluster -----------------------------------------------------------------------


def _load_plugin(factory: ExtractorFactory):
    from distributed.diagnostics.plugin import WorkerPlugin  # the optional dask extra

    class LoadExtractor(WorkerPlugin):
        """Builds the extractor as each worker starts (and as workers join later)."""

        name = "geokg-extractor"

        def __init__(self, factory: ExtractorFactory) -> None:
            self.factory = factory

        def setup(self, worker) -> None:
            worker_extractor(self.factory)

    return LoadExtractor(factory)


class DaskPool:
    """Tasks on a Dask cluster: ``address`` is a scheduler (``tcp://host:8786``) or
    ``local[N]`` for a ``LocalCluster`` of N single-threaded worker processes here."""

    def __init__(
        self,
        address: str,
        *,
        store: Store | None = None,
        factory: ExtractorFactory = default_extractor,
        retries: int = 2,
        warm: bool = True,
        parallel_writes: bool = False,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise InputError("--dask needs the dask extra: pip install 'geokg[dask]'") from exc
        self.cluster = None
        local = _LOCAL.fullmatch(address.strip())
        if local:
            n = int(local.group(1) or multiprocessing.cpu_count())
            if n < 1:
                raise InputError(f"--dask {address}: at least one worker is needed")
            self.cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self.factory = factory
        self.retries = retries
        self.target = write_target(store, parallel_writes)
        if warm:
            self.client.register_plugin(_load_plugin(factory))
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = 4 * workers

    def submit(self, doc: Document):
        key = f"geokg-{doc.id[:80]}-{uuid.uuid4().hex[:8]}"
        return self.client.submit(
            run_one, doc, self.factory, self.target, key=key, retries=self.retries, pure=False
        )

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_pool(
    *,
    workers: int = 1,
    dask: str | None = None,
    store: Store | None = None,
    factory: ExtractorFactory = default_extractor,
    retries: int = 2,
    parallel_writes: bool = False,
) -> ProcessPool | DaskPool | None:
    """The pool the ``kg ingest`` options ask for; None for the plain one-process run."""
    if parallel_writes:
        write_target(store, parallel_writes)  # refuse an embedded store before starting
    if dask is not None:
        return DaskPool(
            dask, store=store, factory=factory, retries=retries, parallel_writes=parallel_writes
        )
    if workers > 1 or parallel_writes:
        return ProcessPool(workers, store=store, factory=factory, parallel_writes=parallel_writes)
    return None
