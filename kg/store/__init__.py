"""The store: one small protocol, the embedded Oxigraph implementation behind it, and a
remote one for any SPARQL 1.1 server (``kg.store.remote``), chosen by ``open_store``.

Terms cross this boundary as rdflib terms (``URIRef``, ``Literal``, ``BNode``) so that no
pyoxigraph type leaks out of ``kg/store/``; pyoxigraph's API moves between versions.

Semantics every implementation keeps:
- an article is one named graph; ``replace_graph`` swaps it as a whole in one transaction,
  so a reader sees either the old graph or the new one, never half of either;
- queries see the union of all graphs as their default graph unless told otherwise;
- values are bound with ``bindings`` (SPARQL substitutions), never formatted into the text;
  a top-level SELECT must project every bound variable, and a sub-SELECT sees a binding
  only if it projects the variable (Oxigraph's rule, which the remote store copies).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Union

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


_FROM_ENV = object()


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


def is_remote(location: object) -> bool:
    """Whether ``location`` is the URL of a SPARQL server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def open_store(
    location: str | Path | None = _FROM_ENV,  # type: ignore[assignment]
    *,
    read_only: bool = False,
) -> Store:
    """Open the store at ``location``: an ``http(s)://`` URL for a SPARQL 1.1 server
    (:class:`~kg.store.remote.RemoteStore`, configured by the URL), a folder for the
    embedded store, ``None`` or ``":memory:"`` for a throwaway in-memory one. Without a
    location: ``$KG_STORE``, else ``./.kg``."""
    if location is _FROM_ENV:
        location = os.environ.get("KG_STORE") or DEFAULT_LOCATION
    if is_remote(location):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only)
    from kg.store.oxigraph import OxigraphStore

    if location is None or str(location) == ":memory:":
        return OxigraphStore(None)
    return OxigraphStore(Path(location), read_only=read_only)
