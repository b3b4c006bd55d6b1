"""Embedded Oxigraph store (pyoxigraph), on disk or in memory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from kg.errors import QueryError, QuerySyntaxError, StoreError, StoreLockedError
from kg.store import SelectResult, Term, Triple, convert_rows

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
RESULT_MEDIA_TYPES = tuple(_RESULT_FORMATS)
RDF_MEDIA_TYPES = tuple(_RDF_FORMATS)


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


class OxigraphStore:
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
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ):
        kwargs = {}
        if default_graphs is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif union:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            try:
                kwargs["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
            except (TypeError, ValueError) as exc:  # e.g. an IRI with '>' in it
                raise QueryError(f"cannot bind the values: {exc}") from None
        try:
            return self._store.query(sparql, **kwargs)
        except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> SelectResult:
        res = self._run(
            sparql,
            bindings,
            union=union,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
        )
        if not isinstance(res, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        variables = tuple(v.value for v in res.variables)
        # a bound variable is the value it was bound to: no conversion; the others through a
        # memo, as result rows repeat the same IRIs (converting terms is most of the cost)
        bound = [bindings.get(v) if bindings else None for v in variables]
        try:
            rows = convert_rows(res, bound, from_ox)
        except (OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc
        return SelectResult(variables, rows)

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

    def query_serialized(
        self,
        sparql: str,
        media_type: str,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> tuple[str, bytes]:
        res = self._run(
            sparql, union=union, default_graphs=default_graphs, named_graphs=named_graphs
        )
        try:
            if isinstance(res, ox.QueryTriples):
                fmt = _RDF_FORMATS.get(media_type)
                if fmt is None:
                    raise QueryError(f"cannot serialise a graph result as {media_type}")
                if fmt == ox.RdfFormat.N_QUADS:
                    fmt = ox.RdfFormat.N_TRIPLES  # a CONSTRUCT result has no graph names
                return "graph", res.serialize(format=fmt) or b""
            fmt = _RESULT_FORMATS.get(media_type)
            if fmt is None:
                raise QueryError(f"cannot serialise a query result as {media_type}")
            kind = "ask" if isinstance(res, ox.QueryBoolean) else "select"
            return kind, res.serialize(format=fmt) or b""
        except (OSError, ValueError, RuntimeError) as exc:
            raise _translate(exc) from exc

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

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
