"""The per-article pipeline: extract → RDF → resolve → store, one named graph per article.

:func:`ingest_documents` runs each document through the extractor, turns the extraction into
one named graph and swaps it into the store with ``Store.replace_graph`` (one transaction),
so a failure leaves nothing half-written and loses no other article. Re-ingesting the same
text finds the same triples and reports ``unchanged``. The two steps are
:func:`extract_document` (text → records, the slow part) and :func:`store_extraction`
(records → graph → store); a pool from ``kg.parallel`` runs the first in other processes
while this one runs the second, in input order.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.term import BNode

from kg.errors import ExtractionError, KGError
from kg.ingest.inputs import Source
from kg.link.entities import (
    actors_of,
    affected_by_delete,
    affected_by_write,
    consolidate,
    persons_of,
    resolve_article,
)
from kg.link.events import merge_stored
from kg.rdf import extraction_to_triples, graph_iri
from kg.records import Document, Extraction
from kg.store import Store, Triple, open_store

log = logging.getLogger(__name__)


class SupportsExtract(Protocol):
    """What the pipeline needs from an extractor; ``kg.extract.Extractor`` is one."""

    def extract(self, doc: Document) -> Extraction: ...


@dataclass(frozen=True)
class Result:
    """What happened to one input: ``created``, ``replaced``, ``unchanged`` or ``failed``."""

    origin: str
    doc_id: str | None
    status: str
    triples: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    rejoined: tuple[str, ...] = ()  # earlier articles re-resolved because of this one

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class Summary:
    """Per-input results of one ingest run, and the store's size at its end."""

    results: list[Result] = field(default_factory=list)
    triples_in_store: int = 0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def replaced(self) -> int:
        return self.count("replaced")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return self.failed == 0


def ingest_documents(
    store: Store,
    docs: Iterable[Document | Source],
    *,
    extractor: SupportsExtract | None = None,
    on_result: Callable[[Result], None] | None = None,
    pool: ExtractionPool | None = None,
) -> Summary:
    """Extract, convert and store each document as its own named graph.

    Each article is isolated: whatever one raises is recorded against its id and the next
    goes on; ``replace_graph`` is one transaction, so a failed article leaves its previous
    graph (or none) in place. Two inputs with the same id in one run are an error for the
    second, which would otherwise silently replace the first.

    ``pool`` (``kg.parallel``: processes or a Dask cluster) extracts in parallel instead
    of ``extractor``; results still come in input order, and whatever a worker returns as
    an extraction is stored here, by this one writer.
    """
    if pool is None:
        if extractor is None:
            raise TypeError("ingest_documents needs an extractor or a pool")
        pool = InProcess(extractor)
    summary = Summary()
    seen: dict[str, str] = {}
    pending: deque[tuple[Source, Result | FutureLike]] = deque()

    def finish() -> None:
        source, job = pending.popleft()
        result = job if isinstance(job, Result) else _finish(store, source, job)
        summary.results.append(result)
        if on_result is not None:
            on_result(result)

    for item in docs:
        source = item if isinstance(item, Source) else Source(item.id, document=item)
        refused = _refuse(source, seen)
        pending.append((source, refused or pool.submit(source.document)))
        while len(pending) > pool.window:
            finish()
    while pending:
        finish()
    summary.triples_in_store = store.count()
    return summary


class FutureLike(Protocol):
    def result(self) -> Extraction | Stored: ...


class ExtractionPool(Protocol):
    """Where extraction runs: ``submit`` returns a future of the document's
    :class:`~kg.records.Extraction` (which the caller stores) or, when the workers write
    to the store themselves, of :class:`Stored`. ``window`` is how many documents may be
    in flight before the oldest is waited for."""

    window: int

    def submit(self, doc: Document) -> FutureLike: ...


class Stored(NamedTuple):
    """What writing one article did (:func:`store_extraction`; a worker that wrote the
    article itself sends it back): its status, triple count, the extractor's warnings, and
    the ids of earlier articles re-resolved because of it."""

    status: str
    triples: int
    warnings: tuple[str, ...]
    rejoined: tuple[str, ...] = ()


class _Now:
    def __init__(self, fn: Callable[[], Extraction]) -> None:
        self._fn = fn

    def result(self) -> Extraction:
        return self._fn()


class InProcess:
    """Extraction in this process: the default. With an extractor that has
    ``extract_many`` (``kg.extract.Extractor``), documents go in batches of ``batch_size``:
    the first result asked of a batch extracts all of it (one ``nlp.pipe`` over the
    texts), and ``window`` lets a whole batch be submitted before its first result is
    needed. Results still come one per document, in order, each failure its own
    (``extract_document``'s errors). Other extractors go one document at a time."""

    def __init__(self, extractor: SupportsExtract, batch_size: int = 16) -> None:
        self.extractor = extractor
        self.batch_size = batch_size if hasattr(extractor, "extract_many") else 1
        self.window = self.batch_size if self.batch_size > 1 else 0
        self._batch: _Batch | None = None

    def submit(self, doc: Document) -> FutureLike:
        if self.batch_size <= 1:
            return _Now(lambda: extract_document(doc, self.extractor))
        batch = self._batch
        if batch is None or batch.started or len(batch.docs) >= self.batch_size:
            batch = self._batch = _Batch(self.extractor)
        return batch.add(doc)


class _Batch:
    """Documents submitted together to an ``InProcess`` pool, extracted together on the
    first ``result()`` asked of any of them."""

    def __init__(self, extractor) -> None:
        self.extractor = extractor
        self.docs: list[Document] = []
        self.outcomes: dict[int, Extraction | BaseException] = {}
        self.started = False

    def add(self, doc: Document) -> InGroup:
        self.docs.append(doc)
        return InGroup(self, len(self.docs) - 1)

    def run(self) -> None:
        self.started = True
        self.outcomes = dict(enumerate(extract_outcomes(self.extractor, self.docs)))
        self.docs = []

    def result(self, i: int) -> Extraction:
        if not self.started:
            self.run()
        outcome = self.outcomes.pop(i)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class InGroup:
    """One document's future in a group extracted together (a batch here, a chunk sent to a
    worker process by ``kg.parallel``): its result is the group's result for its index."""

    def __init__(self, group, index: int) -> None:
        self._group, self._index = group, index

    def result(self):
        return self._group.result(self._index)


def _refuse(source: Source, seen: dict[str, str]) -> Result | None:
    """The result of a source that will not be extracted (unreadable, or an id seen
    before in this run); None for one that will."""
    doc = source.document
    if doc is None:
        return Result(source.origin, None, "failed", error=source.error, warnings=source.warnings)
    if doc.id in seen:
        message = f"{source.origin}: id {doc.id!r} was already read from {seen[doc.id]} in this run"
        return Result(source.origin, doc.id, "failed", error=message, warnings=source.warnings)
    seen[doc.id] = source.origin
    return None


def _finish(store: Store, source: Source, job: FutureLike) -> Result:
    doc = source.document
    assert doc is not None
    try:
        outcome = job.result()
        if isinstance(outcome, Extraction):
            outcome = store_extraction(store, outcome)
    except Exception as exc:  # one article must not sink the batch
        log.debug("ingesting %s failed", doc.id, exc_info=True)
        message = f"{source.origin}: {describe_error(exc)}"
        return Result(source.origin, doc.id, "failed", error=message, warnings=source.warnings)
    return Result(
        source.origin,
        doc.id,
        outcome.status,
        outcome.triples,
        warnings=source.warnings + tuple(outcome.warnings),
        rejoined=tuple(getattr(outcome, "rejoined", ())),
    )


def store_document(store: Store, doc: Document, extractor: SupportsExtract) -> Stored:
    """One article into the store: returns (status, triple count, extractor warnings).
    An article whose graph already holds exactly these triples is not rewritten."""
    return store_extraction(store, extract_document(doc, extractor))


def extract_document(doc: Document, extractor: SupportsExtract) -> Extraction:
    """The extractor's records for ``doc``; its own bugs become ``ExtractionError``."""
    try:
        return extractor.extract(doc)
    except Exception as exc:
        raise _named(doc, exc) from exc


def _named(doc: Document, exc: Exception) -> Exception:
    """An extractor's own bug named as such (``ExtractionError``); geokg's errors as they are."""
    if isinstance(exc, KGError):
        return exc
    error = ExtractionError(f"extracting {doc.id!r} failed: {describe_error(exc)}")
    error.__cause__ = exc
    return error


def extract_outcomes(extractor: SupportsExtract, docs: Sequence[Document]) -> list:
    """For each document, its ``Extraction`` or the error ``extract_document`` would raise:
    parsed together (``extract_many``, one ``nlp.pipe``) when the extractor can, and one by
    one for the rest if that breaks part-way."""
    outcomes: list = []
    if hasattr(extractor, "extract_many"):
        try:
            outcomes.extend(extractor.extract_many(docs))
        except Exception:  # the rest one by one below, each its own result
            log.debug("extract_many failed; extracting the rest one at a time", exc_info=True)
    for doc in docs[len(outcomes) :]:
        try:
            outcomes.append(extractor.extract(doc))
        except Exception as exc:  # noqa: BLE001 - that document's own result
            outcomes.append(exc)
    return [_named(d, o) if isinstance(o, Exception) else o for d, o in zip(docs, outcomes)]


def store_extraction(store: Store, extraction: Extraction) -> Stored:
    """The second half of :func:`store_document`: records → triples → the article's
    graph, run by whoever writes to the store (this process, or a worker writing to a
    remote store). Earlier articles whose surname-only people this article names in full
    are re-resolved after the write (``rejoined``), so the graph does not depend on the
    order the articles came in; so are those that named an event node this article shows
    is one with another (``kg.link.events.merge_stored``)."""
    doc = extraction.document
    graph, made = extraction_to_triples(extraction)
    triples = resolve_article(store, doc.id, list(made))  # kg.link.entities: cross-article merges
    warnings = tuple(extraction.warnings)
    status = "created"
    if store.has_graph(graph):
        # only an existing graph needs the comparison (and its scratch store)
        new = as_stored(graph, triples)
        status = "unchanged" if same_triples(set(store.triples_in(graph)), new) else "replaced"
    count = len(new) if status == "unchanged" else store.replace_graph(graph, triples)
    # an unchanged article too: a run killed between its write and this re-resolution left
    # the earlier articles behind, and the check is a few index lookups
    rejoined = list(consolidate(store, affected_by_write(store, doc.id, triples)))
    # two stored event nodes this article shows are one happening (kg.link.events)
    rejoined += [d for d in merge_stored(store, doc.id) if d != doc.id and d not in rejoined]
    return Stored(status, count, warnings, tuple(rejoined))


def delete_article(store: Store, doc_id: str) -> tuple[str, ...] | None:
    """Remove an article's graph; None when there was none. Articles whose people joined a
    full name only this article gave are re-resolved (their ids are returned), so a
    deletion takes back the merges it made possible; so are those whose actors' type it
    decided (kg.link.entities types each node from all its mentions)."""
    persons, actors = persons_of(store, doc_id), actors_of(store, doc_id)
    if not store.delete_graph(str(graph_iri(doc_id))):
        return None
    return tuple(consolidate(store, affected_by_delete(store, persons, actors)))


def as_stored(graph: str, triples: Iterable[Triple]) -> set[Triple]:
    """The triples as a store gives them back. Oxigraph normalises literals on the way in
    (``"5"^^xsd:nonNegativeInteger`` comes back as ``"5"^^xsd:integer``; oxigraph#526), so
    comparing with what ``kg.rdf`` made would always see a change; a throwaway in-memory
    store applies exactly the same normalisation without this module knowing its rules."""
    scratch = open_store(None)
    try:
        scratch.replace_graph(graph, triples)
        return set(scratch.triples_in(graph))
    finally:
        scratch.close()


def same_triples(old: set[Triple], new: set[Triple]) -> bool:
    """Set equality, or graph isomorphism when blank nodes are involved: a blank node comes
    back from the store under another label."""
    if old == new:
        return True
    if len(old) != len(new) or not any(isinstance(t, BNode) for tr in new for t in tr):
        return False
    a, b = Graph(), Graph()
    for t in old:
        a.add(t)
    for t in new:
        b.add(t)
    return isomorphic(a, b)


def describe_error(exc: BaseException) -> str:
    """Our own errors carry a message for people; anything else also names its type."""
    if isinstance(exc, KGError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
