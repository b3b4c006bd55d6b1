"""Fixtures shared by every test layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SHARED, SHARED_MISSING


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "shared: reads ../shared (set on every test using the shared_dir fixture); "
        ".ci/run runs `-m 'not slow or shared'` with the folder hidden",
    )


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if "shared_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)


@pytest.fixture(scope="session")
def extractor():
    """The real extractor, loaded once per session: spaCy takes seconds to load.
    Tests using it are marked ``slow``."""
    # lazy: importing spaCy costs ~1.7 s, and this conftest loads for every run, even of
    # layers that never extract (tests/rdf, tests/api)
    from kg.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository (or ``$KG_SHARED_DIR``): the eval articles and gold
    records. Skips when it is missing, as on a clean clone."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED
