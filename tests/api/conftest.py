"""Fixtures of the API tests: one real server for the session over a prefilled store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from tests.api.server import W3C, W3C_MISSING, prefill, running


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    location = tmp_path_factory.mktemp("kg") / "store"
    prefill(location)
    return Settings(store=str(location), query_timeout=2.0, max_concurrent_queries=4)


@pytest.fixture(scope="session")
def base_url(settings: Settings) -> Iterator[str]:
    with running(create_app(settings)) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def w3c() -> Path:
    if not W3C.is_dir():
        pytest.skip(W3C_MISSING)
    return W3C
