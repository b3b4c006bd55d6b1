"""A monitoring mission named in full in one article ('the EU Border Mission (EUBM)') and
only by its acronym in another ('supervised by the EUBM') is one actor, of its own, not
the EU; the full name written with the organisation's name ('the European Union Border
Mission') is that actor too. Articles written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest
from rdflib.term import URIRef

from kg.ingest import ingest_documents, read_paths
from kg.store import open_store

pytestmark = pytest.mark.slow

FULL = """Monitors report shots near Dorvak

May 4 (Test Wire) - The EU Border Mission (EUBM) said on Monday that its patrol had heard \
shots near Dorvak. The European Union said it was concerned.
"""

SHORT = """Weekly notes

5 May 2031

The handover of the two herders was supervised by the EUBM. The EUBM said its patrols \
would stay near Dorvak.
"""

LONG = """Statement on Dorvak

6 May 2031

The Ministry thanks the European Union Border Mission for its work near Dorvak.
"""


@pytest.mark.parametrize("reverse", [False, True])
def test_a_mission_and_its_acronym_are_one_actor_across_articles(extractor, tmp_path, reverse) -> None:
    for name, text in (("mb-01-wire-2031-05-04", FULL), ("mb-02-notes-2031-05-05", SHORT), ("mb-03-statement-2031-05-06", LONG)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    sources = list(read_paths([tmp_path]))
    if reverse:
        sources.reverse()
    store = open_store(None)
    assert ingest_documents(store, sources, extractor=extractor).ok
    rows = store.select(
        """PREFIX kg: <https://w3id.org/geokg/ontology#>
        SELECT DISTINCT ?x ?g WHERE { GRAPH ?g { ?x kg:mentionedIn ?m } }""",
        {"x": URIRef("https://w3id.org/geokg/id/actor/eu-border-mission")},
    ).dicts()
    assert len({str(r["g"]) for r in rows}) == 3
