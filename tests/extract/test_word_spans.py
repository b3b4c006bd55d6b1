"""The trigger words and title words of the rules data, marked by the pipeline's
``kg_triggers`` and ``kg_titles`` components in ``doc.spans`` where a user can look at them,
and read from there by the event and title rules."""

from __future__ import annotations

import json
import shutil

import pytest
import spacy

from kg import rules
from kg.extract.components import (
    TITLES_KEY,
    TITLE_LISTS,
    TRIGGERS_KEY,
    TRIGGER_TABLES,
    title_word,
    titles_component,
    trigger_words,
    triggers_component,
    word_spans,
)
from kg.extract.nlp import load_model


def marks(doc, key: str) -> list[tuple[str, str, str, str]]:
    return [(s.text, s.label_, s.id_, s.kb_id_) for s in doc.spans[key]]


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.fixture
def edited_rules(tmp_path, monkeypatch):
    """A copy of data/rules that a test may edit, read instead of the real one until the
    test ends."""
    folder = tmp_path / "rules"
    shutil.copytree(rules.rules_dir(), folder)
    caches = (rules._files, rules._index, rules.lexicon, rules.table, rules.patterns)

    def clear():
        for fn in caches:
            fn.cache_clear()

    monkeypatch.setattr(rules, "rules_dir", lambda: folder)
    clear()
    yield folder
    monkeypatch.undo()
    clear()


def add_entry(folder, stem: str, kind: str, name: str, word: str, value=None) -> None:
    path = folder / f"{stem}.json"
    data = json.loads(path.read_text())
    body = data[kind][name]
    if kind == "lexicons":
        body["words"].append(word)
    else:
        body["entries"][word] = value
    path.write_text(json.dumps(data))


def test_every_list_the_components_read_is_in_the_rules_data():
    for name in TRIGGER_TABLES:
        assert isinstance(rules.table(name), dict), name
    for name in TITLE_LISTS:
        assert name in rules.all_names()["lexicons"] or isinstance(rules.table(name), dict), name


def test_triggers_without_a_model():
    """The component needs no parse: on a blank pipeline it marks words by their lower-case
    form (a blank pipeline has no lemmas)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_triggers")
    doc = nlp("The Talks and a press conference.")
    assert ("Talks", "meeting", "event_nouns", "talks") in marks(doc, TRIGGERS_KEY)
    assert ("conference", "interview", "event_compounds", "press conference") in marks(doc, TRIGGERS_KEY)
    assert trigger_words(doc[1], "event_nouns") == {"talks": "meeting"}
    assert trigger_words(doc[0], "event_nouns") == {}


@pytest.mark.slow
def test_a_user_can_inspect_the_trigger_words(extractor):
    doc = extractor.nlp(
        "Border guards from Valdoria and Kestria exchanged fire near the Morrow Pass on Sunday, "
        "a day after the two governments held talks."
    )
    found = marks(doc, TRIGGERS_KEY)
    assert ("exchanged", "armed_attack", "event_verb_objects", "exchange fire") in found
    assert ("talks", "meeting", "event_nouns", "talks") in found
    assert ("talks", "meeting", "event_nouns", "talk") in found  # by its lemma too
    assert ("held", "election", "event_verb_objects", "hold election") in found  # a candidate: the rules decide
    assert {s.id_ for s in doc.spans[TRIGGERS_KEY]} <= set(TRIGGER_TABLES)
    assert not [s for s in doc.spans[TRIGGERS_KEY] if s.text in ("Border", "guards", "Sunday")]


@pytest.mark.slow
def test_a_word_added_to_the_data_adds_a_trigger_span(extractor, edited_rules):
    text = "The envoys of Valdoria and Kestria began a parley in Sarnow on Monday."
    before = extractor.nlp(text)
    assert not [s for s in before.spans[TRIGGERS_KEY] if s.text == "parley"]
    add_entry(edited_rules, "events", "tables", "event_nouns", "parley", "meeting")
    component = triggers_component(extractor.nlp.vocab)
    after = component(before.copy())
    assert ("parley", "meeting", "event_nouns", "parley") in marks(after, TRIGGERS_KEY)
    assert trigger_words(word(after, "parley"), "event_nouns") == {"parley": "meeting"}


@pytest.mark.slow
def test_a_user_can_inspect_the_title_words(extractor):
    doc = extractor.nlp("Deputy Foreign Minister Alma Verhoek met Gen. Tobias Renn in Sarnow.")
    found = marks(doc, TITLES_KEY)
    assert ("Minister", "head", "title_heads", "minister") in found
    assert ("Foreign", "modifier", "title_modifiers", "foreign") in found
    assert ("Gen.", "abbreviation", "title_abbreviations", "gen.") in found
    assert title_word(doc[2], "title_heads") and not title_word(doc[3], "title_heads")


@pytest.mark.slow
def test_a_word_added_to_the_data_adds_a_title_span(extractor, edited_rules):
    text = "The university's registrar Dmytro Hallas said the records had been freed."
    doc = extractor.nlp(text)
    assert not [s for s in doc.spans[TITLES_KEY] if s.text == "registrar"]
    add_entry(edited_rules, "lexicon", "lexicons", "title_heads", "registrar")
    after = titles_component(extractor.nlp.vocab)(doc.copy())
    assert ("registrar", "head", "title_heads", "registrar") in marks(after, TITLES_KEY)


@pytest.mark.slow
def test_word_spans_without_the_components(extractor):
    """A document parsed by a bare model gets the same span groups on demand."""

    nlp = load_model()
    assert TRIGGERS_KEY not in nlp.pipe_names
    text = "Senator Ruth Calloway said the rebels had opened fire on a supply convoy during the ceasefire talks."
    bare_doc, piped_doc = nlp(text), extractor.nlp(text)
    for key in (TRIGGERS_KEY, TITLES_KEY):
        bare = [(s.start, s.label_, s.id_, s.kb_id_) for s in word_spans(bare_doc, key)]
        assert bare == [(s.start, s.label_, s.id_, s.kb_id_) for s in piped_doc.spans[key]]
        assert bare
    assert title_word(bare_doc[0], "title_heads")
    assert trigger_words(word(bare_doc, "opened"), "event_verb_objects") == {"open fire": "armed_attack"}
