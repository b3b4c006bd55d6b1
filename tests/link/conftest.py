"""The rules run on the embedded store and on a real Oxigraph server through the remote
store, whose bound values arrive as a VALUES block rather than substitutions."""

from __future__ import annotations

import pytest

from tests.oxigraph_server import serve


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    yield from serve(tmp_path_factory)
