"""The store: one small protocol, and the embedded Oxigraph implementation behind it.

Terms cross this boundary as rdflib terms (``URIRef``, ``Literal``, ``BNode``) so that no
pyoxigraph type leaks out of ``kg/store/``; pyoxigraph's API moves between versions.

Semantics every implementation keeps:
- an article is one named graph; ``replace_graph`` swaps it as a whole in one transaction,
  so a reader sees either the old graph or the new one, never half of either;
- queries see the union of all graphs as their default graph unless told otherwise;
- values are bound with ``bindings`` (SPARQL substitutions), never formatted into the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Union

from rdflib.term import BNode, Literal, URIRef

Term = Union[URIRef, Literal, BNode]
Triple = tuple[Term, Term, Term]

DEFAULT_LOCATION = ".kg"


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


class Store(Protocol):
    """What geokg needs from a quad store."""

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        """Replace the named graph's content as one transaction; returns the triple count."""

    def delete_graph(self, graph: str) -> bool:
        """Drop the named graph; False when there was none."""

    def has_graph(self, graph: str) -> bool: ...

    def graphs(self) -> list[str]: ...

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> SelectResult: ...

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool: ...

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
    ) -> tuple[str, bytes]:
        """Run any query and serialise its result in ``media_type``; returns (kind, body)
        where kind is ``select``, ``ask`` or ``graph``."""

    def triples_in(self, graph: str) -> list[Triple]: ...

    def count(self, graph: str | None = None) -> int: ...

    def dump(self, media_type: str = "application/n-quads") -> bytes: ...

    def close(self) -> None: ...


def open_store(location: str | Path | None = DEFAULT_LOCATION, *, read_only: bool = False) -> Store:
    """Open the store at ``location``: a folder for the embedded store, ``None`` or
    ``":memory:"`` for a throwaway in-memory one."""
    from kg.store.oxigraph import OxigraphStore

    if location is None or str(location) == ":memory:":
        return OxigraphStore(None)
    return OxigraphStore(Path(location), read_only=read_only)
