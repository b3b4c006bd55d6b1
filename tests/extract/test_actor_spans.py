"""Actor spans and names on real news text: mojibake, places, bodies named by a person."""

import pytest

from kg.rdf import slug
from tests.extract.helpers import run

# "Ramón Ibáñez" as scraped news sometimes carries it: UTF-8 decoded as Windows-1252 twice
RAMON = "Ram\u00c3\u0083\u00c2\u00b3n Ib\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez"


@pytest.mark.slow
def test_a_name_in_mojibake_is_kept_whole_as_written_with_its_repair_as_alias(extractor):
    ex, _ = run(extractor, f"Chilean Senator {RAMON} said on Tuesday that the copper tariff would hurt exporters.")
    (actor,) = [a for a in ex.actors if a.type == "person"]
    assert actor.name == RAMON
    assert "Ram\u00f3n Ib\u00e1\u00f1ez" in actor.aliases
    assert slug(actor.name) == "ramon-ibanez"
