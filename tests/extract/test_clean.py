"""Cleaning web artefacts keeps a faithful map back to the original characters."""

from kg.extract.clean import clean


def _roundtrip(original: str, cleaned) -> None:
    for start in range(0, len(cleaned.text), 7):
        end = min(len(cleaned.text), start + 5)
        s, e = cleaned.orig(start, end)
        assert 0 <= s <= e <= len(original)


def test_curly_quotes_and_guillemets_become_straight_quotes():
    text = "He said \u201cno\u201d and \u00abnever\u00bb, it\u2019s done."
    c = clean(text)
    assert c.text == "He said \"no\" and \"never\", it's done."
    _roundtrip(text, c)


def test_photo_credit_line_is_recognised_with_its_credit():
    text = "Title line\nDmitry Peskov. Photo: Ramil Sitdikov / RIA Novosti\nBody text here."
    c = clean(text)
    assert [cap.credit for cap in c.captions] == ["Ramil Sitdikov / RIA Novosti"]


def test_glued_pull_quote_credit_is_split_and_offsets_still_map():
    text = (
        "Headline\nSome body sentence that is long enough to matter here.\n"
        "We are used to the fact that they blame us for everything, even the weather\n"
        "Dmitry PeskovPress Secretary of the President of Russia\nMore body."
    )
    c = clean(text)
    assert "Dmitry Peskov, Press Secretary" in c.text
    (pq,) = c.pull_quotes
    assert c.text[pq.name_start : pq.name_end] == "Dmitry Peskov"
    s, e = c.orig(pq.name_start, pq.name_end)
    assert text[s:e] == "Dmitry Peskov"
    s, e = c.orig(pq.title_start, pq.title_end)
    assert text[s:e] == "Press Secretary of the President of Russia"


def test_headings_are_short_unpunctuated_lines():
    text = "Headline of the story\nFirst paragraph ends here.\nVarious tracks\nSecond paragraph."
    c = clean(text)
    assert [c.text[s:e] for s, e in c.headings] == ["Various tracks"]


def test_dateline_dash_becomes_a_line_break_of_the_same_length():
    text = "Headline\nWASHINGTON, May 11 \u2014 The FBI has blamed a gang."
    c = clean(text)
    assert len(c.text) == len(text)
    assert "May 11 \n The FBI" in c.text


def test_control_characters_and_empty_text():
    assert clean("").text == ""
    c = clean("a\x00b\x07c")
    assert c.text == "a b c"


def test_photo_in_a_sentence_is_no_caption():
    text = "Head\n\nA fisherman asked for a photo and Macron said he was glad to oblige the crowd.\n"
    assert clean(text).captions == []
    assert clean("Boats in Brest.\nPhoto: Anne Roy / AFP\n").captions[0].credit == "Anne Roy / AFP"


def test_mojibake_is_repaired_for_the_parser_and_maps_back_to_the_whole_word():
    text = "Senator Ram\u00c3\u0083\u00c2\u00b3n Ib\u00c3\u00a1\u00c3\u00b1ez spoke."
    c = clean(text)
    assert c.text == "Senator Ram\u00f3n Ib\u00e1\u00f1ez spoke."
    start = c.text.index("Ram")
    end = c.text.index(" spoke")
    s, e = c.orig(start, end)
    assert text[s:e] == "Ram\u00c3\u0083\u00c2\u00b3n Ib\u00c3\u00a1\u00c3\u00b1ez"
    assert c.as_written("Ram\u00f3n Ib\u00e1\u00f1ez") == text[s:e]
    assert c.as_written("Senator") == "Senator"
    _roundtrip(text, c)
