"""A real in-memory Oxigraph store filled from the hand-built world (no spaCy)."""

from __future__ import annotations

import pytest

from kg.store import open_store
from tests import kgworld


@pytest.fixture
def store():
    s = open_store(None)
    kgworld.fill(s)
    yield s
    s.close()


@pytest.fixture
def empty_store():
    s = open_store(None)
    yield s
    s.close()
