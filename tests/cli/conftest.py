"""A tiny fake extractor for tests whose point is the pipeline, not the NLP."""

from __future__ import annotations

import re

import pytest

from kg.records import Actor, Document, Extraction, Span, Statement
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
        mentions: dict[str, list[Span]] = {}
        for m in re.finditer(r"\b[A-Z][a-z]{2,}\b", doc.text):
            mentions.setdefault(m.group(), []).append(Span(m.start(), m.end(), m.group()))
        actors = tuple(
            Actor(key=f"a{i}", name=name, type="organization", mentions=tuple(spans))
            for i, (name, spans) in enumerate(mentions.items())
        )
        statements = ()
        sentence = re.search(r"[^.\n]+", doc.text)
        if actors and sentence:
            span = Span(sentence.start(), sentence.end(), sentence.group())
            statements = (
                Statement(key="s0", speaker="a0", text=span.text, direct=False, span=span),
            )
        return Extraction(doc, actors=actors, statements=statements, extractor_version=self.version)


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
