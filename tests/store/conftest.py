"""Fixtures for the store tests: one real Oxigraph server per session, and ``store``, the
same contract tested on the embedded store, on the worker-process store (the embedded one
in a child process, as the service uses it) and on the remote one (through each way of
writing a graph the remote store has)."""

from __future__ import annotations

import pytest

from kg.store import open_store
from kg.store.worker import WorkerStore
from tests.oxigraph_server import serve
from tests.virtuoso_server import serve as serve_virtuoso


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` on 127.0.0.1 with a temporary location, for the whole session."""
    yield from serve(tmp_path_factory)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """Virtuoso on 127.0.0.1 with a throwaway database, for the whole session (skips when
    it is not installed)."""
    yield from serve_virtuoso(tmp_path_factory)


@pytest.fixture(
    params=[
        "embedded",
        "worker",
        "remote",
        "remote-update",
        pytest.param("virtuoso", marks=pytest.mark.slow),
    ]
)
def store(request, tmp_path):
    """An empty store: on disk in ``tmp_path`` (opened here, or by a worker process), or on
    the session's Oxigraph server with
    graphs written by Graph Store PUT (the preset's way) or by SPARQL Update, or on a
    Virtuoso server through its preset."""
    if request.param == "embedded":
        s = open_store(tmp_path / "kg")
    elif request.param == "worker":
        s = WorkerStore(tmp_path / "kg")
    elif request.param == "virtuoso":
        server = request.getfixturevalue("virtuoso_server")
        server.clear()
        s = open_store(server.url + "#virtuoso")
    else:
        server = request.getfixturevalue("oxigraph_server")
        server.clear()
        fragment = "#oxigraph&write=update" if request.param == "remote-update" else ""
        s = open_store(server.url + fragment)
    yield s
    s.close()
