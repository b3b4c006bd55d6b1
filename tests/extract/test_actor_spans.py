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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Gunmen attacked a patrol on the Mellow River. Smugglers along the Mellow have long crossed "
         "freely, said analyst Tara Quist.", "Mellow", "Tara Quist"),
        ("Troops massed near the Ostrel crossing on Monday. Ostrel has been closed since Tuesday, said "
         "Omar Feld, a customs official.", "Ostrel", "Omar Feld"),
    ],
)
def test_a_name_the_article_uses_as_a_place_is_no_actor_where_the_ner_reads_it_otherwise(extractor, text, place, person):
    """One sense per article: a river, a crossing or a township named once as such is not a
    person or body where the NER reads the bare name as one."""
    _, names = run(extractor, text)
    assert place not in names.values()
    assert person in names.values()


@pytest.mark.slow
def test_a_presidents_administration_is_an_organisation_and_the_administration_its_alias(extractor):
    ex, names = run(
        extractor,
        "Senator Clara Voss said the deal was a mistake by the Halvorsen administration. "
        "The administration has defended the accord.",
    )
    (body,) = [a for a in ex.actors if a.name == "Halvorsen administration"]
    assert body.type == "organization" and "the administration" in body.aliases
    assert not any(a.type == "person" and "Halvorsen" in a.name for a in ex.actors)


@pytest.mark.slow
def test_the_acronym_of_a_law_names_no_actor_and_a_comma_or_acronym_is_a_bodys_alias(extractor):
    _, names = run(
        extractor,
        "The bill would renew the Caspian Trade Restrictions Act, or CTRA, which expires in December. "
        "Senator Clara Voss said Congress could pass a renewal of the CTRA later.",
    )
    assert "CTRA" not in names.values() and "Caspian Trade Restrictions Act" not in names.values()
    ex, _ = run(extractor, "The Baltic Maritime Agency, or BMA, said on Monday that the port was closed. The BMA added that ships would wait.")
    (body,) = [a for a in ex.actors if a.name == "Baltic Maritime Agency"]
    assert "BMA" in body.aliases


@pytest.mark.slow
def test_a_networks_first_word_alone_is_the_network_not_a_person(extractor):
    ex, _ = run(
        extractor,
        '"The talks failed," Clara Voss said in an interview with Kestrel News on Sunday. '
        "Voss told Kestrel that she would run again.",
    )
    assert [(a.name, a.type) for a in ex.actors if "Kestrel" in a.name] == [("Kestrel News", "organization")]


@pytest.mark.slow
def test_to_win_the_white_house_names_the_office_not_the_body(extractor):
    _, names = run(
        extractor,
        "Asked whether the envoy wanted Senator Clara Voss to win the White House, Tomas Halvorsen said he did not know.",
    )
    assert "White House" not in names.values()
    _, names = run(extractor, "The White House said on Monday that Clara Voss would visit Oslo.")
    assert "White House" in names.values()


def test_a_capitalised_word_opening_a_list_of_lower_case_words_is_a_common_word():
    import spacy

    from kg.extract.actors import _heads_lower_list

    nlp = spacy.blank("en")
    assert _heads_lower_list(nlp("Intercommunal, interfaith and interregional clashes continue.")[0])
    assert not _heads_lower_list(nlp("Kestrel, a shipping firm, said it would appeal.")[0])
    assert not _heads_lower_list(nlp("Norvia, Estland and Kurlandia signed the pact.")[0])


@pytest.mark.slow
def test_an_embassy_is_named_with_its_city_and_its_short_name_is_the_same_body(extractor):
    ex, _ = run(
        extractor,
        "Norway's embassy in Santiago said on Wednesday that the claims were false. "
        "The embassy added that Norway's embassy had not been contacted.",
    )
    bodies = [a for a in ex.actors if a.type == "organization"]
    assert [a.name for a in bodies] == ["Norway's embassy in Santiago"]
    assert "Norway's embassy" in bodies[0].aliases


@pytest.mark.slow
def test_a_chamber_is_not_the_short_name_of_its_committee(extractor):
    _, names = run(extractor, "Senator Clara Voss, who chairs the Senate Energy Committee, said the bill would fail in the Senate.")
    assert {"Senate Energy Committee", "Senate"} <= set(names.values())


def test_a_body_at_a_university_read_as_one_name_is_two_bodies():
    import spacy
    from spacy.tokens import Span

    from kg.extract.actors import ActorTable, _hosted_bodies
    from kg.link.gazetteer import default_gazetteer

    doc = spacy.blank("en")("She taught at the Kestrel School at Norvale University for years.")
    table = ActorTable(default_gazetteer())
    assert _hosted_bodies(Span(doc, 3, 9, label="ORG"), table)
    names = {c.name: set(c.aliases) for c in table.clusters.values()}
    assert names == {"Kestrel School": {"Kestrel School at Norvale University"}, "Norvale University": set()}
    assert not _hosted_bodies(Span(doc, 4, 6, label="ORG"), ActorTable(default_gazetteer()))


@pytest.mark.slow
def test_a_countrys_central_bank_written_in_lower_case_is_its_shipped_entry(extractor):
    _, names = run(extractor, "Economists and Russia's central bank have contested that view, Tomas Halvorsen said.")
    assert "Central Bank of Russia" in names.values()


@pytest.mark.slow
def test_a_state_senator_is_a_person_not_a_place(extractor):
    _, names = run(extractor, "State Senator Omar Kettle said the plan had failed.")
    assert "Omar Kettle" in names.values()


@pytest.mark.slow
@pytest.mark.parametrize("title", ["Assemblyman", "Comptroller"])
def test_a_state_or_city_office_before_a_name_is_a_title_not_part_of_the_name(extractor, title):
    ex, _ = run(extractor, f"{title} Omar Kettle said the fund had lost money.")
    (person,) = [a for a in ex.actors if a.type == "person"]
    assert person.name == "Omar Kettle" and title in person.aliases


@pytest.mark.slow
def test_a_bodys_short_name_and_a_party_base_are_no_places(extractor):
    _, names = run(
        extractor,
        "Shares of Kestrel Pharmaceuticals fell on Monday. Investors in Kestrel lost money, and Kestrel "
        "said its board would meet, said Omar Kettle.",
    )
    assert "Kestrel Pharmaceuticals" in names.values()
    _, names = run(extractor, "Trump fires up the G.O.P. base. The G.O.P. misjudged its voters, said Omar Kettle.")
    assert any(n.startswith("G.O.P") for n in names.values())


def test_a_name_after_a_courtesy_title_is_a_person_whatever_place_shares_it():
    import spacy
    from spacy.tokens import Span

    from kg.extract.actors import _used_as_place

    doc = spacy.blank("en")("Hikers reached Marlow. Mr. Marlow said the trail would reopen near Marlow.")
    assert not _used_as_place(Span(doc, 5, 6, label="PERSON"), {"marlow"}, set())
    assert _used_as_place(Span(doc, 12, 13, label="ORG"), {"marlow"}, set())
