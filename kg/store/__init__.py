"""The store: one contract (:class:`~kg.store.base.Store`, in ``kg/store/base.py``), the
embedded Oxigraph implementation behind it (``kg.store.oxigraph``), a remote one for any
SPARQL 1.1 server (``kg.store.remote``), chosen by ``open_store``, and the worker-process
one the service uses (``kg.store.worker``: the embedded store in a child process that is
killed at the time limit).

Terms cross this boundary as rdflib terms (``URIRef``, ``Literal``, ``BNode``) so that no
pyoxigraph type leaks out of ``kg/store/``; pyoxigraph's API moves between versions. A
query's dataset (default graph, named graphs, union) is one :class:`Dataset` value.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import (
    UNION,
    Dataset,
    SelectResult,
    Store,
    Term,
    Triple,
    as_dataset,
    convert_rows,
)
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore

__all__ = [
    "DEFAULT_LOCATION",
    "UNION",
    "Dataset",
    "SelectResult",
    "Store",
    "Term",
    "Triple",
    "as_dataset",
    "convert_rows",
    "is_remote",
    "open_store",
]

DEFAULT_LOCATION = ".kg"

_FROM_ENV = object()


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
        return RemoteStore(str(location), read_only=read_only)
    if location is None or str(location) == ":memory:":
        return OxigraphStore(None)
    return OxigraphStore(Path(location), read_only=read_only)
