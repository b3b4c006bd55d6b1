"""Readable event labels (kg.extract.labels) on hand-made records: no spaCy, no model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from rdflib import Literal

from kg.extract.labels import actor_display_name, event_label, format_dates
from kg.ingest import extract_to_record
from kg.rdf import extraction_to_triples
from kg.records import Actor, Document, Event, Role, Span
from kg.vocab import KG, RDFS
from tests.fixtures import extraction


def _doc(text: str) -> Document:
    return Document(id="t", text=text, published=dt.date(2025, 3, 20))


def _span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def _actor(
    key: str,
    name: str,
    type_: str,
    text: str = "",
    *,
    aliases=(),
    roles=(),
    country=None,
    wikidata=None,
    mention: str | None = None,
) -> Actor:
    mentions = ()
    if text and (mention or name) in text:
        mentions = (_span(text, mention or name),)
    return Actor(key, name, type_, tuple(aliases), tuple(roles), mentions, wikidata, country)


def _event(text: str, etype: str, trigger: str, phrase: str | None = None, **kw) -> Event:
    return Event(
        key="e1",
        type=etype,
        label=phrase if phrase is not None else trigger,
        mentions=(_span(text, trigger),),
        **kw,
    )


def _label(text, etype, trigger, actors=(), phrase=None, **kw):
    event = _event(text, etype, trigger, phrase, **kw)
    return event_label(event, {a.key: a for a in actors}, _doc(text))


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (dt.date(2025, 3, 4), None, "4 Mar 2025"),
        (dt.date(2025, 3, 4), dt.date(2025, 3, 4), "4 Mar 2025"),
        (dt.date(2025, 3, 4), dt.date(2025, 3, 5), "4-5 Mar 2025"),
        (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "Feb 2024"),
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "2023"),
        (dt.date(2010, 1, 1), dt.date(2013, 12, 31), "2010\u20132013"),
        (dt.date(2025, 3, 30), dt.date(2025, 4, 2), "30 Mar \u2013 2 Apr 2025"),
        (dt.date(2024, 12, 30), dt.date(2025, 1, 2), "30 Dec 2024 \u2013 2 Jan 2025"),
        (None, None, ""),
    ],
)
def test_dates_read_as_a_headline_writes_them(start, end, shown):
    assert format_dates(start, end) == shown


# -- display names ---------------------------------------------------------------------------
def test_a_person_is_shown_by_the_surname_the_article_uses_alone():
    text = "Finance Minister Marta Kowalczyk arrived. Kowalczyk said little."
    a = _actor("a1", "Marta Kowalczyk", "person", text, mention="Kowalczyk")
    assert actor_display_name(a) == "Kowalczyk"
    # never named alone: the full name
    assert (
        actor_display_name(_actor("a2", "Tomas Berg", "person", "Tomas Berg spoke."))
        == "Tomas Berg"
    )


def test_a_family_name_written_first_is_the_one_shown():
    a = _actor("a1", "Li Qiang", "person", aliases=("Li",))
    assert actor_display_name(a) == "Li"


def test_bodies_and_countries_are_shown_by_their_acronym_or_shorter_form():
    assert (
        actor_display_name(
            _actor(
                "o", "African Union Peace and Security Council", "organization", aliases=("AUPSC",)
            )
        )
        == "AUPSC"
    )
    assert (
        actor_display_name(_actor("c", "United Kingdom", "country", aliases=("U.K.", "Britain")))
        == "UK"
    )
    assert (
        actor_display_name(
            _actor(
                "b",
                "United Nations General Assembly",
                "organization",
                aliases=("UN General Assembly",),
            )
        )
        == "UN General Assembly"
    )
    assert actor_display_name(_actor("n", "Mali", "country", aliases=("Bamako",))) == "Mali"


# -- the trigger's own phrase ----------------------------------------------------------------
def test_a_noun_trigger_keeps_its_modifiers_and_complement_and_drops_time_words():
    text = (
        "Officials confirmed last week's ransomware attack on Nordhavn Port, the second this year."
    )
    label = _label(
        text,
        "cyberattack",
        "attack",
        phrase="last week 's ransomware attack on Nordhavn Port second",
        start=dt.date(2025, 3, 10),
        end=dt.date(2025, 3, 16),
    )
    assert label == "Ransomware attack on Nordhavn Port, 10-16 Mar 2025"


def test_no_spacing_artefacts_and_no_trailing_clause():
    text = "The drone attack on fuel depots near Kherson, which officials blamed on militias, continued."
    label = _label(
        text, "armed_attack", "attack", phrase="drone attack on fuel depots near Kherson"
    )
    assert label == "Drone attack on fuel depots"
    assert " 's" not in label and "which" not in label


def test_ranking_words_are_dropped_from_modifiers():
    text = "It was the largest such naval blockade in a decade."
    assert (
        _label(text, "military_activity", "blockade", phrase="largest such naval blockade")
        == "Naval blockade"
    )


def test_a_verb_before_the_trigger_is_not_a_modifier():
    text = "Estonia suffered cyberattacks over the weekend."
    assert _label(text, "cyberattack", "cyberattacks", phrase="cyberattacks") == "Cyberattacks"


def test_a_verb_trigger_is_nominalised_with_its_object():
    text = "Canadian jets struck a militia depot in Syria on Monday."
    canada = _actor("c", "Canada", "country", text, mention="Canadian")
    label = _label(
        text,
        "armed_attack",
        "struck",
        [canada],
        phrase="jets struck a militia depot",
        participants=("c",),
        location="Syria",
        start=dt.date(2025, 3, 17),
    )
    assert label == "Canada strike on militia depot in Syria, 17 Mar 2025"


def test_an_irregular_verb_of_meeting_becomes_talks_between_its_participants():
    text = "Kowalczyk met Tanaka in Oslo on Tuesday."
    a = _actor("a", "Marta Kowalczyk", "person", text, mention="Kowalczyk")
    b = _actor("b", "Hiro Tanaka", "person", text, mention="Tanaka")
    label = _label(
        text,
        "meeting",
        "met",
        [a, b],
        phrase="Kowalczyk met Tanaka",
        participants=("a", "b"),
        location="Oslo",
        start=dt.date(2025, 3, 18),
    )
    assert label == "Kowalczyk\u2013Tanaka meeting in Oslo, 18 Mar 2025"


def test_told_reporters_is_remarks_to_reporters():
    text = "Tanaka told reporters the talks were useful."
    b = _actor("b", "Hiro Tanaka", "person", text, mention="Tanaka")
    assert (
        _label(text, "interview", "told", [b], phrase="Tanaka told reporters", participants=("b",))
        == "Tanaka remarks to reporters"
    )


def test_an_unknown_verb_falls_back_to_the_type_noun():
    text = "Protesters thronged the square in Tbilisi."
    assert (
        _label(text, "protest", "thronged", phrase="Protesters thronged square", location="Tbilisi")
        == "Protest in Tbilisi"
    )


# -- actors by type --------------------------------------------------------------------------
def test_a_session_of_one_body_is_named_after_the_body():
    text = "The African Union Peace and Security Council held an emergency session on Friday."
    body = _actor(
        "o", "African Union Peace and Security Council", "organization", text, aliases=("AUPSC",)
    )
    chair = _actor("p", "Amara Diallo", "person")
    label = _label(
        text,
        "meeting",
        "session",
        [body, chair],
        phrase="emergency session",
        participants=("o", "p"),
    )
    assert label == "Emergency session of AUPSC"


def test_a_country_drops_out_when_its_minister_takes_part():
    text = "The call between Kowalczyk and Tanaka lasted an hour."
    a = _actor("a", "Marta Kowalczyk", "person", text, mention="Kowalczyk")
    b = _actor("b", "Hiro Tanaka", "person", text, mention="Tanaka", roles=())

    b = Actor(b.key, b.name, b.type, b.aliases, (Role("Foreign Minister", "j"),), b.mentions)
    japan = _actor("j", "Japan", "country")
    label = _label(
        text, "meeting", "call", [a, b, japan], phrase="call", participants=("a", "b", "j")
    )
    assert label == "Kowalczyk\u2013Tanaka call"


def test_an_interview_names_the_speaker_and_the_outlet():
    text = "In an interview with Radio Meridian, Kowalczyk said the talks would go on."
    a = _actor("a", "Marta Kowalczyk", "person", text, mention="Kowalczyk")
    radio = _actor("r", "Radio Meridian", "organization", text, wikidata="Q1")
    label = _label(
        text,
        "interview",
        "interview",
        [a, radio],
        phrase="interview with Radio Meridian",
        participants=("r", "a"),
    )
    assert label == "Kowalczyk interview with Radio Meridian"


def test_sanctions_name_who_imposes_them_and_on_whom():
    text = "The new measures were announced by Canada."
    canada = _actor("c", "Canada", "country", text)
    target = _actor("v", "Valtek Holdings", "organization")
    label = _label(
        text,
        "sanction",
        "measures",
        [canada, target],
        phrase="new measures",
        participants=("c",),
        targets=("v",),
    )
    assert label == "Canada measures on Valtek Holdings"


def test_a_place_already_named_is_not_repeated():
    text = "The cyberattack on Moldova took down tax services."
    moldova = _actor("m", "Moldova", "country", text)
    label = _label(
        text,
        "cyberattack",
        "cyberattack",
        [moldova],
        phrase="cyberattack on Moldova",
        targets=("m",),
        location="Moldova",
    )
    assert label == "Cyberattack on Moldova"


def test_labels_are_deterministic_and_never_empty():
    text = "Something happened."
    event = _event(text, "other", "happened", phrase="Something happened")
    assert event_label(event, {}, _doc(text)) == event_label(event, {}, _doc(text)) == "Event"
    no_mentions = Event(key="e1", type="meeting", label="talks")
    assert event_label(no_mentions, {}, _doc(text)) == "Meeting"


# -- through the graph -----------------------------------------------------------------------
def test_the_graph_holds_the_new_label_and_the_trigger_words_as_mention_text():
    """``kg extract --format json`` reads the label back from the store; the words the
    article used stay on the event's mentions (kg:anchorText)."""

    ex = extraction()
    actors = {a.key: a for a in ex.actors}
    events = tuple(
        dataclasses.replace(e, label=event_label(e, actors, ex.document)) for e in ex.events
    )
    ex = dataclasses.replace(ex, events=events)
    labels = {e.key: e.label for e in events}
    assert labels["attack"] == "Cyberattack on the national power grid in Estonia, 2-3 Mar 2023"
    assert labels["natomeeting"] == "Meeting of NATO in Brussels, 9 Mar 2023"

    _, triples = extraction_to_triples(ex)
    anchors = {str(o) for s, p, o in triples if p == KG.anchorText}
    for e in events:
        assert next(s for s, p, o in triples if p == RDFS.label and o == Literal(e.label))
        for m in e.mentions:
            assert m.text in anchors  # the trigger text, as the article wrote it

    class _Fixed:
        version = ex.extractor_version

        def extract(self, doc):
            return ex

        def extract_many(self, docs):
            return [ex for _ in docs]

    record = json.loads(extract_to_record(ex.document, _Fixed()))
    assert sorted(e["label"] for e in record["events"]) == sorted(labels.values())


def test_a_bare_attack_typed_as_a_cyberattack_reads_cyberattack():
    text = "The attack on Latvia's tax portal began at dawn."
    assert _label(text, "cyberattack", "attack", phrase="attack on tax portal") == (
        "Cyberattack on Latvia's tax portal"
    )
    # with its own modifier the article's words stay
    text = "The ransomware attack on Latvia's tax portal began at dawn."
    assert _label(text, "cyberattack", "attack", phrase="ransomware attack on tax portal") == (
        "Ransomware attack on Latvia's tax portal"
    )


def test_the_trigger_that_says_most_heads_the_label():
    """A verb with its object beats a noun whose complement says nothing ('on the country');
    the parser's own trigger (the event's phrase) wins a tie."""
    text = (
        "Danish jets struck a militia radar site near Hodeidah. The strikes on the country "
        "were the first this year."
    )
    event = Event(
        key="e1",
        type="armed_attack",
        label="jets struck a militia radar site",
        mentions=(_span(text, "struck"), _span(text, "strikes")),
    )
    assert event_label(event, {}, _doc(text)) == "Strike on militia radar site"


def test_an_unknown_verb_keeps_no_object_and_a_verb_is_no_modifier():
    text = (
        "Intruders reached the billing network. Officials want to discuss ransomware with allies."
    )
    event = Event(
        key="e1",
        type="cyberattack",
        label="Intruders reached billing network",
        mentions=(_span(text, "reached"), _span(text, "ransomware")),
    )
    assert event_label(event, {}, _doc(text)) == "Ransomware"


def test_a_place_before_the_trigger_is_left_to_the_place_slot():
    text = "The Nairobi talks ended without a deal."
    label = _label(text, "meeting", "talks", phrase="Nairobi talks", location="Nairobi")
    assert label == "Talks in Nairobi"


def test_a_body_session_keeps_its_topic_and_fighting_takes_no_target():
    text = "The Arctic Council held an emergency session on the oil spill on Friday."
    body = _actor("o", "Arctic Council", "organization", text)
    label = _label(
        text, "meeting", "session", [body], phrase="emergency session", participants=("o",)
    )
    assert label == "Emergency session of Arctic Council on the oil spill"
    text = "The fighting in Goma must stop, the envoy said."
    drc = _actor("c", "DR Congo", "country")
    label = _label(
        text, "armed_attack", "fighting", [drc], phrase="fighting", targets=("c",), location="Goma"
    )
    assert label == "Fighting in Goma"


def test_an_agreement_names_its_parties_only_when_there_are_two():
    text = "The ceasefire brokered by Qatar held overnight."
    qatar = _actor("q", "Qatar", "country", text)
    assert _label(text, "agreement", "ceasefire", [qatar], participants=("q",)) == "Ceasefire"
    a, b = _actor("a", "Armenia", "country"), _actor("z", "Azerbaijan", "country")
    label = _label(text, "agreement", "ceasefire", [a, b], participants=("a", "z"))
    assert label == "Armenia\u2013Azerbaijan ceasefire"


def test_a_weapon_fired_is_not_a_target():
    text = "The destroyer fired cruise missiles at dawn."
    assert _label(text, "armed_attack", "fired", phrase="destroyer fired cruise missiles") == (
        "Firing of cruise missiles"
    )


def test_read_out_is_a_statement():
    text = "Foreign Secretary Ana Ortiz read a statement to the media in Lima."
    a = _actor("a", "Ana Ortiz", "person", text, aliases=("Ortiz",))
    label = _label(
        text,
        "interview",
        "read",
        [a],
        phrase="Ortiz read statement",
        participants=("a",),
        location="Lima",
    )
    assert label == "Ortiz statement in Lima"


def test_a_meeting_of_a_body_s_members_and_a_group_before_its_attacks():
    text = "The meeting of AU defence ministers in Kigali ended early."
    au = _actor("u", "African Union", "organization", text, aliases=("AU",), mention="AU")
    label = _label(
        text,
        "meeting",
        "meeting",
        [au],
        phrase="meeting of AU defence ministers",
        participants=("u",),
        location="Kigali",
    )
    assert label == "Meeting of AU defence ministers in Kigali"
    text = "The rebels fired rockets at the port."
    m23 = _actor("g", "Mai-Mais", "group", aliases=("Mai-Mai",))
    label = _label(text, "armed_attack", "rockets", [m23], phrase="rockets", participants=("g",))
    assert label == "Mai-Mai rockets at the port"
