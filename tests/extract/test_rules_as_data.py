"""Word lists are data (issue #12): the rules read them from ``data/rules/*.json`` through
:mod:`kg.rules`, so editing a file changes what is extracted, and the README names every
list. Each behaviour test edits one list in a copy of the rules folder and runs a sentence
written for it (new names, new places)."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
import shutil
from pathlib import Path

import pytest

from kg import rules
from kg.extract import actors, claims, dates, events, labels, references, statements
from kg.records import Document

PUBLISHED = dt.date(2031, 3, 14)  # a Friday

# the lists moved out of Python literals, by the module that reads them
MOVED = {
    dates: ["date_number_words", "date_relative_directions", "date_weekday_preps"],
    labels: [
        "label_keep_ed_words",
        "label_verb_markers",
        "label_adjective_endings",
        "label_abbreviations",
        "label_complement_determiners",
        "label_complement_links",
        "label_verb_suffixes",
        "label_object_types",
        "label_on_types",
        "label_partner_types",
        "label_partner_preps",
        "label_member_stop_words",
        "label_name_list_words",
    ],
    references: [
        "person_pronouns",
        "body_pronouns",
        "plural_pronouns",
        "people_state_nouns",
        "relative_pronouns",
        "indefinite_determiners",
    ],
    statements: [
        "naming_verb_preps",
        "appeal_on_preps",
        "clause_lead_conjunctions",
        "indefinite_articles",
        "relative_pronouns",
    ],
    actors: [
        "government_titles",
        "public_body_adjectives",
        "non_army_force_words",
        "title_opening_words",
        "office_qualifiers",
        "anyone_candidacy_words",
    ],
    claims: ["claim_pointing_verbs", "relative_pronouns"],
    events: ["event_purpose_protest_verbs", "event_speaking_verbs", "event_sided_types"],
}


def _clear() -> None:
    for fn in (rules._files, rules._index, rules.lexicon, rules.table, rules.patterns):
        fn.cache_clear()


@pytest.fixture
def edit_rules(tmp_path: Path, monkeypatch):
    """``edit(name, change)``: a copy of the rules folder in which the list ``name`` is
    replaced by ``change(old)``, read by kg.rules from then on (until the test ends)."""
    copy = tmp_path / "rules"
    shutil.copytree(rules.rules_dir(), copy)
    monkeypatch.setattr(rules, "rules_dir", lambda: copy)
    _clear()

    def edit(name: str, change) -> None:
        for path in sorted(copy.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for kind, key in (("lexicons", "words"), ("tables", "entries")):
                body = (data.get(kind) or {}).get(name)
                if body is not None:
                    body[key] = change(body[key])
                    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
                    _clear()
                    return
        raise AssertionError(f"no list {name!r} in the rules")

    yield edit
    _clear()


def _without(*words):
    return lambda old: [w for w in old if w not in words]


def test_readme_names_every_list():
    readme = (rules.rules_dir() / "README.md").read_text(encoding="utf-8")
    missing = [
        name for names in rules.all_names().values() for name in names if f"`{name}`" not in readme
    ]
    assert not missing, f"data/rules/README.md does not name {missing}: run `python -m kg.rules`"


def test_lists_that_share_most_words_are_one_list_or_told_apart():
    """Two lexicons with half their words in common (three or more) are a copy that drifts,
    unless the README's 'Lists that look alike' says how their readings differ."""
    readme = (rules.rules_dir() / "README.md").read_text(encoding="utf-8")
    alike = readme.split("## Lists that look alike", 1)[1].split("\n## ", 1)[0]
    names = rules.all_names()["lexicons"]
    untold = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            wa, wb = rules.lexicon(a), rules.lexicon(b)
            common = wa & wb
            if len(common) >= 3 and 2 * len(common) >= len(wa | wb) and not (f"`{a}`" in alike and f"`{b}`" in alike):
                untold.append((a, b))
    assert not untold, f"merge these lists or tell them apart in data/rules/README.md: {untold}"


def test_readme_index_is_made_from_the_files():
    index = rules.names_index()
    assert "### `references.json`" in index
    assert re.search(r"^- `person_pronouns` \(lexicon\): Pronouns", index, re.M)
    assert re.search(r"^- `date_relative_directions` \(table\): ", index, re.M)


@pytest.mark.parametrize(
    ("module", "name"), [(m, n) for m, names in MOVED.items() for n in names], ids=lambda x: getattr(x, "__name__", x)
)
def test_moved_list_is_defined_and_read_by_name(module, name):
    assert rules.lexicon(name) if name in rules.all_names()["lexicons"] else rules.table(name)
    assert f'"{name}"' in inspect.getsource(module), f"{module.__name__} does not read {name}"


# -- a changed file changes behaviour --------------------------------------------------------
def test_weekday_after_a_lead_word(edit_rules):
    text = "Late Thursday, the Velmar council voted to close the port."
    assert [d.begin for d in dates.find_dates(text, PUBLISHED)] == [dt.date(2031, 3, 13)]
    edit_rules("date_weekday_preps", _without("late"))
    assert dates.find_dates(text, PUBLISHED) == []


def test_direction_of_a_relative_date(edit_rules):
    text = "Officials in Orvane expect more rain in the coming days."
    (d,) = dates.find_dates(text, PUBLISHED)
    assert (d.begin, d.end_date) == (PUBLISHED, PUBLISHED + dt.timedelta(days=7))
    edit_rules("date_relative_directions", lambda old: {**old, "coming": -1})
    (d,) = dates.find_dates(text, PUBLISHED)
    assert (d.begin, d.end_date) == (PUBLISHED - dt.timedelta(days=7), PUBLISHED)


def test_abbreviation_keeps_its_full_stop(edit_rules):
    words = [w.text for w in labels._words("Capt. Idris Kova arrived.")]
    assert words[:2] == ["Capt", "."]
    edit_rules("label_abbreviations", lambda old: old + ["Capt"])
    assert [w.text for w in labels._words("Capt. Idris Kova arrived.")][:2] == ["Capt.", "Idris"]


def test_verb_endings_give_lemmas(edit_rules):
    assert "rally" in labels._lemmas("rallied")
    edit_rules("label_verb_suffixes", lambda old: [row for row in old if row != ["ied", "y"]])
    assert "rally" not in labels._lemmas("rallied")


def test_government_title(edit_rules):
    assert actors._government_title("Deputy Premier")
    edit_rules("government_titles", _without("premier"))
    assert not actors._government_title("Deputy Premier")


@pytest.mark.slow
def test_person_pronoun_resolves_to_the_speaker(extractor, edit_rules):
    text = (
        "Ferry terminal opens in Korvath\n\n"
        "Korvath mayor Ilse Brandt opened the new ferry terminal on Monday. "
        '"The boats will run every hour from the spring," she said.\n'
    )

    def speakers():
        ex = extractor.extract(Document("t", text, published=PUBLISHED))
        names = {a.key: a.name for a in ex.actors}
        return [names[s.speaker] for s in ex.statements if s.direct]

    assert speakers() == ["Ilse Brandt"]
    edit_rules("person_pronouns", _without("she"))
    assert speakers() == []


@pytest.mark.slow
def test_protest_in_an_infinitive_of_purpose(extractor, edit_rules):
    text = "Farmers protest in Velmar\n\nFarmers in Velmar blocked roads on Tuesday to protest fuel prices.\n"

    def types():
        return [e.type for e in extractor.extract(Document("t", text, published=PUBLISHED)).events]

    assert "protest" in types()
    edit_rules("event_purpose_protest_verbs", _without("protest"))
    assert "protest" not in types()
