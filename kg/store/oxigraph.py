"""Embedded Oxigraph store (pyoxigraph), on disk or in memory.

Besides the :class:`~kg.store.base.Store` contract it offers what only an embedded store
can: ``query_capped`` that stops evaluation just past the row cap, ``bulk_load_nquads``,
and ``select_plain`` (rows as plain picklable values, which ``kg.store.worker`` sends down
its pipe and :func:`from_plain` turns back into terms).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from kg.errors import QueryError, QuerySyntaxError, StoreError, StoreLockedError
from kg.store.base import UNION, Dataset, SelectResult, Store, Term, Triple, convert_rows

_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# a graph result has no graph names: the quad formats are written as their triple ones
_GRAPH_FORMATS = {
    **_RDF_FORMATS,
    "application/n-quads": ox.RdfFormat.N_TRIPLES,
    "application/trig": ox.RdfFormat.TURTLE,
}
RESULT_MEDIA_TYPES = tuple(_RESULT_FORMATS)
RDF_MEDIA_TYPES = tuple(_RDF_FORMATS)


def _result_format(media_type: str) -> ox.QueryResultsFormat:
    fmt = _RESULT_FORMATS.get(media_type)
    if fmt is None:
        raise QueryError(f"cannot serialise a query result as {media_type}")
    return fmt


def _graph_format(media_type: str) -> ox.RdfFormat:
    fmt = _GRAPH_FORMATS.get(media_type)
    if fmt is None:
        raise QueryError(f"cannot serialise a graph result as {media_type}")
    return fmt


def to_ox(term: Term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def from_ox(term) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"unsupported term from the store: {term!r}")


def _translate(exc: Exception) -> Exception:
    if isinstance(exc, SyntaxError):
        return QuerySyntaxError(str(exc))
    return QueryError(str(exc))


FLUSH_EVERY = 250  # writes between flushes of an on-disk store


class OxigraphStore(Store):
    """The embedded store. ``path=None`` keeps everything in memory.

    Commits are durable without a flush (RocksDB's write-ahead log), but until a flush the
    writes sit in memtables and the log: memory and the replay after a crash grow with
    everything written (1.9 GiB RSS and 11 s of replay after 10k articles, bench/scale_bench).
    So an on-disk store flushes every ``flush_every`` writes (a few ms, amortised)."""

    def __init__(
        self, path: Path | None, *, read_only: bool = False, flush_every: int = FLUSH_EVERY
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.flush_every = flush_every
        self._writes = 0
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreLockedError(
                    f"the store at {path} is in use by another process (is `kg serve` running?)"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: {msg}") from exc

    # -- writes -------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        g = ox.NamedNode(graph)
        lines = []
        seen = set()
        for s, p, o in triples:
            q = f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ."
            if q not in seen:
                seen.add(q)
                lines.append(q)
        # One SPARQL update is one transaction in Oxigraph: readers see the old graph or
        # the new one, and a crash part-way leaves the old one. The commit goes through
        # RocksDB's write-ahead log, so a killed process loses nothing it committed
        # (checked by tests/robustness); a flush per write cost ~85 ms an article, so the
        # flush comes every ``flush_every`` writes instead (see the class docstring).
        update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n}}"
        try:
            self._store.update(update)
        except OSError as exc:
            raise StoreError(f"could not write graph {graph}: {exc}") from exc
        self._wrote()
        return len(lines)

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> int:
        """As ``replace_graph``, for several graphs in one SPARQL update: one transaction."""
        parts, total = [], 0
        for graph, triples in graphs.items():
            g = ox.NamedNode(graph)
            lines = list(
                dict.fromkeys(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)
            )
            total += len(lines)
            parts.append(f"DROP SILENT GRAPH {g}")
            if lines:
                parts.append(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n}}")
        if not parts:
            return 0
        try:
            self._store.update(" ;\n".join(parts))
        except OSError as exc:
            raise StoreError(f"could not write graphs {', '.join(graphs)}: {exc}") from exc
        self._wrote()
        return total

    def _wrote(self) -> None:
        self._writes += 1
        if self.path is not None and self.flush_every and self._writes % self.flush_every == 0:
            try:
                self._store.flush()
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"could not flush the store at {self.path}: {exc}") from exc

    def delete_graph(self, graph: str) -> bool:
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            return False
        try:
            self._store.update(f"DROP GRAPH {g}")
        except OSError as exc:
            raise StoreError(f"could not delete graph {graph}: {exc}") from exc
        self._wrote()
        return True

    # -- reads --------------------------------------------------------------------------
    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def _run(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        dataset: Dataset = UNION,
        base_iri: str | None = None,
    ) -> Any:
        """The query's pyoxigraph result: the one place a :class:`Dataset` becomes
        pyoxigraph's arguments."""
        kwargs: dict[str, Any] = {}
        if base_iri is not None:
            kwargs["base_iri"] = base_iri
        if dataset.default_graphs is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default_graphs]
        elif dataset.union:
            kwargs["use_default_graph_as_union"] = True
        if dataset.named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named_graphs]
        if bindings:
            try:
                kwargs["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
            except (TypeError, ValueError) as exc:  # e.g. an IRI with '>' in it
                raise QueryError(f"cannot bind the values: {exc}") from None
        try:
            return self._store.query(sparql, **kwargs)
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc

    def _solutions(
        self, sparql: str, bindings: Mapping[str, Term] | None, dataset: Dataset, convert, bound
    ) -> tuple[tuple[str, ...], list[tuple]]:
        """A SELECT's variables and rows, each value through ``convert`` (once a distinct
        value); a bound variable's column is ``bound(term)`` for its term (no conversion)."""
        res = self._run(sparql, bindings, dataset)
        if not isinstance(res, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        variables = tuple(v.value for v in res.variables)
        template = [
            bound(bindings[v]) if bindings and v in bindings else None for v in variables
        ]
        try:
            rows = convert_rows(res, template, convert)
        except (OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc
        return variables, rows

    def _select(
        self, sparql: str, bindings: Mapping[str, Term] | None, dataset: Dataset
    ) -> SelectResult:
        # a bound variable is the value it was bound to: no conversion; the others through a
        # memo, as result rows repeat the same IRIs (converting terms is most of the cost)
        variables, rows = self._solutions(sparql, bindings, dataset, from_ox, _same)
        return SelectResult(variables, rows)

    def select_plain(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        dataset: Dataset = UNION,
    ) -> tuple[tuple[str, ...], list[tuple]]:
        """``select`` with the terms as plain values, for a pipe (``kg.store.worker``): an
        IRI is its string, a literal ``(value, datatype or None, language or None)``, a
        blank node ``(id,)``, and a bound variable ``0`` (the caller has its term).
        Pickling rdflib terms made every literal be built twice (here, and again when
        unpickled), the slowest part of a lookup; a repeated term is one object, which
        pickle sends once. :func:`from_plain` reads the answer back."""
        return self._solutions(sparql, bindings, dataset, to_plain, _zero)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        res = self._run(sparql, bindings)
        if not isinstance(res, ox.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(res)

    def construct(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Triple]:
        res = self._run(sparql, bindings)
        if not isinstance(res, ox.QueryTriples):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in res]

    def _query_serialized(
        self, sparql: str, media_type: str, dataset: Dataset
    ) -> tuple[str, bytes]:
        kind, body, _ = self._query_capped(sparql, media_type, None, None, dataset)
        return kind, body

    def _query_capped(
        self, sparql: str, media: str, max_rows: int | None, base_iri: str | None, ds: Dataset
    ) -> tuple[str, bytes, bool]:
        """At most ``max_rows`` solutions (or triples) serialised, and whether it cut,
        evaluation stopping just past the cap so an unbounded result is never
        materialised; every term is still written by Oxigraph, not Python (see
        :func:`_first_rows_as_tsv`)."""
        res = self._run(sparql, None, ds, base_iri)
        try:
            if isinstance(res, ox.QueryBoolean):
                return "ask", res.serialize(format=_result_format(media)) or b"", False
            if isinstance(res, ox.QueryTriples):
                fmt = _graph_format(media)
                if max_rows is None:
                    return "graph", res.serialize(format=fmt) or b"", False
                triples = list(islice(res, max_rows + 1))
                truncated = len(triples) > max_rows
                body = ox.serialize(triples[:max_rows], format=fmt) if triples else b""
                return "graph", body or b"", truncated
            fmt = _result_format(media)
            if max_rows is None:
                return "select", res.serialize(format=fmt) or b"", False
            tsv, truncated = _first_rows_as_tsv(res, max_rows)
            if fmt != ox.QueryResultsFormat.TSV:
                tsv = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(
                    format=fmt
                )
            return "select", tsv or b"", truncated
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc

    # -- building a store ---------------------------------------------------------------
    def bulk_load_nquads(self, path: str | Path) -> int:
        """Load an N-Quads file with Oxigraph's bulk loader (not transactional: for
        building a store, e.g. the benchmarks', not for serving writes), then flush and
        optimise. Returns the store's quad count afterwards."""
        try:
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            self._store.flush()
            self._store.optimize()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"could not bulk-load {path}: {exc}") from exc
        return len(self._store)

    def triples_in(self, graph: str) -> list[Triple]:
        g = ox.NamedNode(graph)
        return [
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
            for q in self._store.quads_for_pattern(None, None, None, g)
        ]

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def dump(self, media_type: str = "application/n-quads") -> bytes:
        fmt = _RDF_FORMATS.get(media_type)
        if fmt is None:
            raise StoreError(f"unknown RDF media type {media_type}")
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            return self._store.dump(format=fmt) or b""
        return self._store.dump(format=fmt, from_graph=ox.DefaultGraph()) or b""

    def close(self) -> None:
        if self._store is not None and not self.read_only and self.path is not None:
            try:
                self._store.flush()
            except (OSError, RuntimeError):
                pass
        self._store = None  # type: ignore[assignment]


# -- the capped SELECT: the first rows, written by Oxigraph --------------------------------
class _EnoughRows(Exception):
    pass


class _LineSink:
    """A file-like that keeps what Oxigraph writes and stops it (by raising) once it has
    more than ``limit`` lines."""

    def __init__(self, limit: int) -> None:
        self.chunks: list[bytes] = []
        self.lines = 0
        self.limit = limit

    def write(self, data) -> int:
        data = bytes(data)
        self.chunks.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _EnoughRows
        return len(data)

    def flush(self) -> None:
        pass


def _first_rows_as_tsv(solutions: ox.QuerySolutions, max_rows: int) -> tuple[bytes, bool]:
    """The header and at most ``max_rows`` rows of ``solutions`` as TSV, and whether there
    were more. In TSV a row is exactly a line (newlines in literals are escaped), so
    counting lines counts rows; evaluation stops a chunk after row ``max_rows + 1``, and
    Oxigraph, not Python, writes every term. The caller re-reads the TSV (losslessly: it
    is N-Triples syntax) to write the requested format."""
    sink = _LineSink(max_rows + 1)  # the header, then max_rows + 1 rows to know if we cut
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except Exception:  # _EnoughRows, however pyoxigraph chooses to pass it on
        if sink.lines <= sink.limit:
            raise  # a real error
    data = b"".join(sink.chunks)
    lines = data[: data.rfind(b"\n") + 1].split(b"\n")[:-1]  # complete lines only
    truncated = len(lines) - 1 > max_rows
    return b"".join(line + b"\n" for line in lines[: max_rows + 1]), truncated


# -- rows as plain values (``select_plain``) and back ------------------------------------
def _same(term: Term) -> Term:
    return term


def _zero(term: Term) -> int:
    return 0


def to_plain(term) -> str | tuple:
    """One pyoxigraph term as a plain value (see ``OxigraphStore.select_plain``)."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        return (term.value, None if term.language or dt == _XSD_STRING else dt, term.language)
    if isinstance(term, ox.BlankNode):
        return (term.value,)
    raise QueryError(f"unsupported term from the store: {term!r}")  # e.g. a triple term


def from_plain(
    variables: tuple[str, ...], rows: list[tuple], bindings: Mapping[str, Term] | None
) -> SelectResult:
    """``select_plain``'s answer as a :class:`SelectResult` of rdflib terms, each distinct
    term built once; a bound variable's column is its term in ``bindings``."""

    def term(value):
        if isinstance(value, str):
            return URIRef(value)
        if len(value) == 3:
            text, dt, lang = value
            return Literal(text, lang=lang) if lang else Literal(text, datatype=dt and URIRef(dt))
        if len(value) == 1:
            return BNode(value[0])
        raise StoreError(f"unsupported term from the store: {value!r}")

    bound = [bindings.get(v) if bindings else None for v in variables]
    return SelectResult(variables, convert_rows(rows, bound, term))
