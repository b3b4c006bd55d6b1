"""Mojibake (UTF-8 read as Latin-1 / Windows-1252) is repaired, with a map to the original."""

import unicodedata

from kg.mojibake import repair, repair_spans

ONCE = "Jos\u00c3\u00a9 Ib\u00c3\u00a1\u00c3\u00b1ez"  # "José Ibáñez" decoded once as Latin-1
TWICE = "Ib\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez"  # ... and once more


def test_once_and_twice_encoded_names_are_repaired():
    assert repair(ONCE) == "Jos\u00e9 Ib\u00e1\u00f1ez"
    assert repair(TWICE) == "Ib\u00e1\u00f1ez"
    assert repair("\u00e2\u20ac\u0153Yes\u00e2\u20ac\u009d") == "\u201cYes\u201d"  # cp1252 quotes


def test_decomposed_mojibake_is_repaired():
    assert repair(unicodedata.normalize("NFD", TWICE)) == "Ib\u00e1\u00f1ez"


def test_text_that_is_no_mojibake_is_left_alone():
    for text in ("Pe\u00f1a said", "Z\u00fcrich and Lod\u00e9", "a lone \u00c3 here", "caf\u00e9 \u00c2 bar", "plain"):
        assert repair(text) == text


def test_each_repaired_character_spans_its_original_characters():
    text, spans = repair_spans("Mr " + TWICE + " said")
    assert text == "Mr Ib\u00e1\u00f1ez said"
    assert spans[5] == (5, 9) and spans[6] == (9, 13) and spans[7] == (13, 14)
