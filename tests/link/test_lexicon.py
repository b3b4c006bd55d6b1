"""The linking rules read their word lists from the rules data (data/rules/link.json, and
lexicon.json where the extractor reads the same list), on first use."""

from __future__ import annotations

import subprocess
import sys

from kg import rules
from kg.link import entities, events, lexicon


def test_link_lists_are_rules_data() -> None:
    assert lexicon.words("link_generic_heads") == rules.lexicon("link_generic_heads")
    assert lexicon.table("link_us_state_homonyms")["Georgia"]["wikidata"] == "Q1428"
    assert "serhiy" in lexicon.table("link_first_name_variants")[0]


def test_titles_are_the_extractors_title_heads() -> None:
    # one list for both: a rank the extractor reads as a title is a title to resolution too
    assert "colonel" in rules.lexicon("title_heads")
    assert entities._is_title("Colonel")
    assert entities._is_title("the deputy foreign minister")
    assert not entities._is_title("Halvorsen")


def test_ministry_functions_are_one_table() -> None:
    assert entities._function("Ministry of External Affairs") == "foreign affairs"
    assert entities._function("foreign ministry") == "foreign affairs"
    assert entities._function("Defense Ministry") == "defence"
    assert entities._function("Ministry of Home Affairs") == "interior"
    assert entities._function("Ministry of Energy") == "energy"


def test_first_name_variants_and_event_words_come_from_the_data() -> None:
    assert entities._first_names_agree("Mykola", "Nikolai")
    assert not entities._first_names_agree("Mykola", "Pavel")
    assert events._content_words("The drones struck the depot on Tuesday") == {"drone", "depot"}


def test_importing_the_link_rules_does_not_load_spacy() -> None:
    # store reads (kg query, the API's lookups) import kg.link.events for VAGUE_DAYS
    code = "import sys, kg.link.events, kg.link.entities; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
