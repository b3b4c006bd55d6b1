"""Fixtures shared by every test layer."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def extractor():
    """The real extractor, loaded once per session: spaCy takes seconds to load.
    Tests using it are marked ``slow``."""
    from kg.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``/work/shared`` beside the repository: the eval articles and gold records."""
    path = Path(__file__).resolve().parents[1].parent / "shared"
    if not path.is_dir():
        pytest.skip(f"the shared folder {path} is not here (eval data lives outside the repo)")
    return path
