"""The store contract: :class:`Store`, which the embedded store (``kg.store.oxigraph``), the
remote SPARQL store (``kg.store.remote``) and the worker-process store
(``kg.store.worker``) implement, and the values that cross it.

The public methods with dataset arguments (``select``, ``query_serialized``,
``query_capped``) are written once, here: each turns its arguments into one
:class:`Dataset`, checked once, and hands it to the adapter's hook (``_select``,
``_query_serialized``, ``_query_capped``). An adapter reads the dataset in one place: the
embedded store as pyoxigraph's ``default_graph`` / ``named_graphs`` /
``use_default_graph_as_union``, the remote store as the protocol's ``default-graph-uri`` /
``named-graph-uri`` (or its server's union parameter); the worker store sends it down its
pipe as it is.

Errors are ``kg.errors``' tree only (``StoreError`` and below, ``QueryError`` and below).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

from rdflib.term import BNode, Literal, URIRef
from typing_extensions import Self

from kg.errors import QueryError
from kg.store.sparql_text import iri

Term = Union[URIRef, Literal, BNode]
Triple = tuple[Term, Term, Term]


@dataclass(frozen=True)
class SelectResult:
    variables: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]

    def dicts(self) -> list[dict[str, Term]]:
        """Rows as dicts, unbound variables left out."""
        return [
            {v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows
        ]

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a query runs over.

    - ``default_graphs`` given: the default graph is the merge of those graphs (an empty
      tuple: an empty default graph), whatever ``union`` says;
    - else ``union`` (the default): the default graph is the union of every graph;
    - else the store's own default graph, and the query's ``FROM`` / ``FROM NAMED``.

    ``named_graphs`` given: ``GRAPH`` sees those graphs only. Graph names are absolute
    IRIs, checked when the value is made (:class:`~kg.errors.QueryError` otherwise); the
    value is frozen and picklable, so it crosses the worker's pipe as it is."""

    union: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "union", bool(self.union))
        for name in ("default_graphs", "named_graphs"):
            graphs = getattr(self, name)
            if graphs is None:
                continue
            if isinstance(graphs, (str, bytes)):
                raise QueryError(f"{name} is a list of graph IRIs, not one string")
            graphs = tuple(graphs)
            for g in graphs:
                try:
                    iri(g)
                except ValueError as exc:
                    raise QueryError(f"{name}: {exc}") from None
            object.__setattr__(self, name, graphs)

    @property
    def union_default(self) -> bool:
        """Whether the default graph is the union of every graph."""
        return self.default_graphs is None and self.union


UNION = Dataset()  # the default: queries see the union of all graphs


def as_dataset(
    dataset: Dataset | None = None,
    *,
    union: bool = True,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> Dataset:
    """The one :class:`Dataset` of a call: ``dataset`` if given (then the other arguments
    must be left as they are), else one made of ``union`` / ``default_graphs`` /
    ``named_graphs``."""
    if dataset is not None:
        if not isinstance(dataset, Dataset):
            raise TypeError(f"dataset must be a Dataset, not {type(dataset).__name__}")
        if union is not True or default_graphs is not None or named_graphs is not None:
            raise TypeError("give either dataset= or union/default_graphs/named_graphs")
        return dataset
    if union is True and default_graphs is None and named_graphs is None:
        return UNION
    return Dataset(union, default_graphs, named_graphs)  # type: ignore[arg-type]


def convert_rows(
    solutions: Iterable[Any],
    template: Sequence[Any],
    convert: Callable[[Any], Any],
    unhashable: Callable[[Any], Any] | None = None,
) -> list[tuple]:
    """Result rows as tuples: each starts as ``template`` (a bound variable's term, else
    None) and takes ``convert(value)`` at the other positions, each distinct value
    converted once (result rows repeat the same IRIs). A value that cannot be hashed goes
    through ``unhashable`` (default ``convert``) every time."""
    free = [i for i, t in enumerate(template) if t is None]
    memo: dict = {}
    rows = []
    for sol in solutions:
        row = list(template)
        for i in free:
            value = sol[i]
            if value is None:
                continue
            try:
                row[i] = memo[value]
            except KeyError:
                row[i] = memo[value] = convert(value)
            except TypeError:
                row[i] = (unhashable or convert)(value)
        rows.append(tuple(row))
    return rows


class Store(ABC):
    """What geokg needs from a quad store.

    Semantics every implementation keeps:

    - an article is one named graph; ``replace_graph`` swaps it as a whole in one
      transaction, so a reader sees either the old graph or the new one, never half of
      either;
    - queries see the union of all graphs as their default graph unless told otherwise
      (:class:`Dataset`);
    - values are bound with ``bindings`` (SPARQL substitutions), never formatted into the
      text; a top-level SELECT must project every bound variable, and a sub-SELECT sees a
      binding only if it projects the variable (Oxigraph's rule, which the remote store
      copies).
    """

    # -- writes -------------------------------------------------------------------------
    @abstractmethod
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        """Replace the named graph's content as one transaction; returns the triple count."""

    @abstractmethod
    def delete_graph(self, graph: str) -> bool:
        """Drop the named graph; False when there was none."""

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> int:
        """Replace several named graphs' content; returns the triple count written. The
        embedded store does it as one transaction (a merge of two stored nodes rewrites
        every graph that names one: all of them or none); this default, for a store that
        cannot, writes them one graph (one transaction) at a time."""
        return sum(self.replace_graph(g, triples) for g, triples in graphs.items())

    # -- reads --------------------------------------------------------------------------
    @abstractmethod
    def has_graph(self, graph: str) -> bool: ...

    @abstractmethod
    def graphs(self) -> list[str]: ...

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        dataset: Dataset | None = None,
    ) -> SelectResult:
        """Run a SELECT over the dataset (``dataset=``, or the three arguments that make
        one); unbound values are None in the rows."""
        ds = as_dataset(
            dataset, union=union, default_graphs=default_graphs, named_graphs=named_graphs
        )
        return self._select(sparql, bindings, ds)

    @abstractmethod
    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool: ...

    @abstractmethod
    def construct(
        self, sparql: str, bindings: Mapping[str, Term] | None = None
    ) -> list[Triple]: ...

    def query_serialized(
        self,
        sparql: str,
        media_type: str,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        dataset: Dataset | None = None,
    ) -> tuple[str, bytes]:
        """Run any query and serialise its result in ``media_type``; returns (kind, body)
        where kind is ``select``, ``ask`` or ``graph``."""
        ds = as_dataset(
            dataset, union=union, default_graphs=default_graphs, named_graphs=named_graphs
        )
        return self._query_serialized(sparql, media_type, ds)

    def query_capped(
        self,
        sparql: str,
        media_type: str,
        max_rows: int | None = None,
        *,
        base_iri: str | None = None,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        dataset: Dataset | None = None,
    ) -> tuple[str, bytes, bool]:
        """Like ``query_serialized``, returning (kind, body, truncated): at most
        ``max_rows`` solutions (or triples), pulled lazily, so a huge result costs
        ``max_rows + 1`` of them; ``max_rows=None`` serialises all of it. ``base_iri``
        resolves the query's relative IRIs, the same way on every store (the remote one
        writes it into the query as its ``BASE``). A store that cannot cut a result (a
        remote server, which has its own limits) answers all of it, ``truncated``
        False."""
        ds = as_dataset(
            dataset, union=union, default_graphs=default_graphs, named_graphs=named_graphs
        )
        return self._query_capped(sparql, media_type, max_rows, base_iri, ds)

    @abstractmethod
    def triples_in(self, graph: str) -> list[Triple]: ...

    @abstractmethod
    def count(self, graph: str | None = None) -> int: ...

    @abstractmethod
    def dump(self, media_type: str = "application/n-quads") -> bytes: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the adapters' hooks: the dataset arrives as one checked value -------------------
    @abstractmethod
    def _select(
        self, sparql: str, bindings: Mapping[str, Term] | None, dataset: Dataset
    ) -> SelectResult: ...

    @abstractmethod
    def _query_serialized(
        self, sparql: str, media_type: str, dataset: Dataset
    ) -> tuple[str, bytes]: ...

    def _query_capped(
        self, sparql: str, media: str, max_rows: int | None, base_iri: str | None, ds: Dataset
    ) -> tuple[str, bytes, bool]:
        kind, body = self._query_serialized(sparql, media, ds)
        return kind, body, False
