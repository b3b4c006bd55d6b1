"""Extractors for the tests of ``kg.parallel``, built in worker processes by factories that
pickle by reference (module-level functions), so the pools can be tested without spaCy.

``fake()`` turns capitalised words into organisations and the first sentence into a
statement (deterministic). An article whose id starts with ``boom`` raises; ``crash``
kills the worker process outright, as an out-of-memory kill would; ``flaky`` raises the
first time it is seen on this machine (a marker file named in its text), then works."""

from __future__ import annotations

import os
import re
from pathlib import Path

from kg.records import Actor, Document, Extraction, Span, Statement


class FakeExtractor:
    version = "fake-parallel-1"

    def extract(self, doc: Document) -> Extraction:
        if doc.id.startswith("boom"):
            raise RuntimeError(f"injected failure on {doc.id}")
        if doc.id.startswith("crash"):
            os._exit(17)
        if doc.id.startswith("flaky"):
            marker = Path(doc.text.split()[0])
            if not marker.exists():
                marker.write_text("seen")
                raise RuntimeError(f"flaky failure on {doc.id}")
        return fake_records(doc, self.version)


def fake_records(doc: Document, version: str) -> Extraction:
    """Capitalised words become organisations; the first sentence is a reported statement
    of the first of them. Deterministic, so the same text gives the same triples."""
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
    return Extraction(doc, actors=actors, statements=statements, extractor_version=version)


def fake() -> FakeExtractor:
    return FakeExtractor()


def pid_extractor() -> FakeExtractor:
    """A fake that remembers which process built it (to count model loads)."""
    extractor = FakeExtractor()
    extractor.built_in = os.getpid()  # type: ignore[attr-defined]
    return extractor


BUILT = 0


def counted() -> FakeExtractor:
    """A fake that counts how often it was built in this process (see :func:`builds`)."""
    global BUILT
    BUILT += 1
    return FakeExtractor()


def builds() -> int:
    return BUILT
