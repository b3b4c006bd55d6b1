"""Fixtures for the store tests: one real Oxigraph server per session, and ``store``, the
same contract tested on the embedded store and on the remote one (through each way of
writing a graph the remote store has)."""

from __future__ import annotations

import pytest

from kg.store import open_store
from tests.oxigraph_server import serve


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` on 127.0.0.1 with a temporary location, for the whole session."""
    yield from serve(tmp_path_factory)


@pytest.fixture(params=["embedded", "remote", "remote-update"])
def store(request, tmp_path):
    """An empty store: on disk in ``tmp_path``, or on the session's Oxigraph server with
    graphs written by Graph Store PUT (the preset's way) or by SPARQL Update."""
    if request.param == "embedded":
        s = open_store(tmp_path / "kg")
    else:
        server = request.getfixturevalue("oxigraph_server")
        server.clear()
        fragment = "#oxigraph&write=update" if request.param == "remote-update" else ""
        s = open_store(server.url + fragment)
    yield s
    s.close()
