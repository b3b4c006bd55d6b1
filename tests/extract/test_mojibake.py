"""Mojibake (UTF-8 read as Latin-1 or Windows-1252, once or twice, also in decomposed form)
is repaired by the cleaner, with offsets kept into the original text; words written for
these tests."""

from __future__ import annotations

import unicodedata

from kg.extract.clean import clean


def _mangle(text: str, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode("latin-1")
    return text


def test_mojibake_once_and_twice_is_repaired_with_its_offsets():
    for times in (1, 2):
        raw = f"Mayor {_mangle('Iñaki Peñalver', times)} of {_mangle('Logroño', times)} said so."
        c = clean(raw)
        assert c.text == "Mayor Iñaki Peñalver of Logroño said so."
        i = c.text.index("Peñalver")
        s, e = c.orig(i, i + len("Peñalver"))
        assert raw[s:e] == _mangle("Peñalver", times)


def test_decomposed_mojibake_is_repaired():
    raw = unicodedata.normalize("NFD", f"Envoy {_mangle('Tomás Ibáñez', 2)} arrived.")
    assert clean(raw).text == "Envoy Tomás Ibáñez arrived."


def test_accented_text_is_left_alone():
    for text in ("Café Élysée in São Paulo", unicodedata.normalize("NFD", "Peñé Ñandú"), "Düsseldorf «Ça»"):
        assert unicodedata.normalize("NFC", clean(text).text) == unicodedata.normalize("NFC", text.replace("«", '"').replace("»", '"'))
