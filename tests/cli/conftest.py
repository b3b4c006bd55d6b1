"""A tiny fake extractor for tests whose point is the pipeline, not the NLP."""

from __future__ import annotations


import pytest

from kg.records import Document, Extraction
from tests.parallel_fakes import fake_records
from tests.oxigraph_server import serve


class FakeExtractor:
    """Capitalised words become organisations; the first sentence is a reported statement
    of the first of them. Deterministic, so the same text gives the same triples.
    ``fail_on`` ids raise, to check that one failure loses no other article."""

    version = "fake-1"

    def __init__(self, fail_on: tuple[str, ...] = ()) -> None:
        self.fail_on = set(fail_on)
        self.calls: list[str] = []

    def extract(self, doc: Document) -> Extraction:
        self.calls.append(doc.id)
        if doc.id in self.fail_on:
            raise RuntimeError(f"injected failure on {doc.id}")
        return fake_records(doc, self.version)


@pytest.fixture
def fake_extractor() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture
def failing_extractor():
    """``failing_extractor("b")``: a fake that raises on the article ``b``. (A fixture, as
    the tests folders are not packages and cannot import from conftest.)"""
    return lambda *ids: FakeExtractor(fail_on=ids)


@pytest.fixture
def use_fake_extractor(monkeypatch) -> FakeExtractor:
    """Make the CLI build the fake instead of loading spaCy."""
    fake = FakeExtractor(fail_on=("boom",))
    monkeypatch.setattr("kg.cli._extractor", lambda: fake)
    return fake


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """``oxigraph serve`` on 127.0.0.1 (a real SPARQL server) for the whole session."""
    yield from serve(tmp_path_factory)
