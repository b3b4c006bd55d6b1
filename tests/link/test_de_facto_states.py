"""De facto states (a breakaway region that calls itself a republic, recognised by few or
no states) are actors in the news: they are recognised, they detain, fine and hand people
over, they send delegations. The gazetteer lists them as countries, so each is one actor
however an article names it ("Abkhazia", "the Republic of Abkhazia"; a parent state's
name for it, "the Tskhinvali region"). Articles written for these tests."""

from __future__ import annotations

import pytest
from rdflib.term import URIRef

from kg.ingest import ingest_documents, read_paths
from kg.link.gazetteer import default_gazetteer
from kg.store import open_store


@pytest.mark.parametrize(
    "written, name",
    [
        ("Abkhazia", "Abkhazia"),
        ("the Republic of Abkhazia", "Abkhazia"),
        ("Transnistria", "Transnistria"),
        ("Pridnestrovian Moldavian Republic", "Transnistria"),
        ("Somaliland", "Somaliland"),
        ("Turkish Republic of Northern Cyprus", "Northern Cyprus"),
        ("Republic of South Ossetia", "South Ossetia"),
        ("Tskhinvali region", "South Ossetia"),
    ],
)
def test_a_de_facto_state_is_a_country_entry(written, name) -> None:
    entry = default_gazetteer().lookup(written)
    assert entry is not None and entry.name == name and entry.type == "country"


WIRE = """Guards hold fisherman near Nabakevi

March 2 (Test Wire) - Guards of the breakaway region of Abkhazia detained a Georgian \
fisherman near the village of Nabakevi on Monday, officials in Tbilisi said. Russia \
recognised Abkhazia as an independent state in 2008.
"""

STATEMENT = """Statement on the detention near Nabakevi

3 March 2027

The State Security Committee of the Republic of Abkhazia said the fisherman had crossed \
the state border. The Republic of Abkhazia will fine him under its law, the committee said.
"""


@pytest.mark.slow
def test_a_de_facto_state_is_one_actor_across_articles(extractor, tmp_path) -> None:
    (tmp_path / "ds-01-wire-2027-03-02.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "ds-02-statement-2027-03-03.txt").write_text(STATEMENT, encoding="utf-8")
    store = open_store(None)
    summary = ingest_documents(store, list(read_paths([tmp_path])), extractor=extractor)
    assert summary.ok
    rows = store.select(
        """PREFIX kg: <https://w3id.org/geokg/ontology#>
        SELECT DISTINCT ?x ?g ?t WHERE { GRAPH ?g { ?x kg:actorType ?t } }""",
        {"x": URIRef("https://w3id.org/geokg/id/actor/abkhazia")},
    ).dicts()
    assert len({str(r["g"]) for r in rows}) == 2  # one node, named in both articles
    assert {str(r["t"]) for r in rows} == {"country"}
