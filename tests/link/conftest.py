"""The rules run on the embedded store and on a real Oxigraph server through the remote
store, whose bound values arrive as a VALUES block rather than substitutions."""

from __future__ import annotations

import pytest

from kg.store import open_store
from tests.oxigraph_server import serve


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    yield from serve(tmp_path_factory)


@pytest.fixture(params=["embedded", "remote"])
def store(request):
    """An empty store: in memory, or a real Oxigraph server through the remote store."""
    if request.param == "embedded":
        s = open_store(None)
    else:
        server = request.getfixturevalue("oxigraph_server")
        server.clear()
        s = open_store(server.url)
    yield s
    s.close()
