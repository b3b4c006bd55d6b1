"""Property tests of the extractor (hypothesis): whatever the text, it does not raise (an
``InputError`` for text over the size limit is fine), every offset points inside the text,
every span's text is the text between its offsets, and the records always make RDF.

Two kinds of text: anything at all (unicode, control characters, empty), and text built
from news-like fragments (names, titles, every kind of quotation mark, reporting verbs,
blame and denial, dates, line breaks) so that the quote, claim and event rules fire.
Example counts stay modest: the extractor runs spaCy on each.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import MAX_CHARS, Extractor
from kg.rdf import extraction_to_triples
from kg.records import Document, Extraction, Span
from kg.validate import validate_triples

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FRAGMENTS = [
    "Sergei Lavrov", "Lavrov", "Foreign Minister", "Dmitry Peskov", "Kremlin spokesman",
    "Joe Biden", "President", "the Kremlin", "Russia", "Ukraine", "NATO", "Iran", "Hamas",
    "the Houthis", "Microsoft", "the Ministry of Foreign Affairs", "U.S.", "Washington",
    " said", " told reporters", " said on Monday", " added", " denied", " accused ",
    " blamed ", " of the attack", " for the cyberattack", " according to ", " claimed responsibility",
    " has nothing to do with", " was behind", " struck ", " met ", " in Geneva", " on January 13",
    " last week", " on Tuesday", '"', "“", "”", "‘", "’", "«", "»", "'", "„", ", ", ". ", "? ",
    ": ", " — ", " - ", "\n", "\n\n", " ", "We have no plans", "It was a provocation",
    "GENEVA, Jan 10 —", "Photo: Reuters", "(", ")", "\u00a0", "\t", "\x0b", "\u200b",
    "don’t", "it’s", "Russia's", "APT28", "UNC1151", "2022", "10",
]  # fmt: skip
_WORDS = ["we", "have", "no", "plans", "to", "attack", "anyone", "Russia", "Ukraine's",
          "the", "talks", "failed", "don’t", "it’s", "won't", "never", "cyberattack", "was",
          "planned", "by", "Moscow", "and", "Kyiv", "\u00a0", "\t", "\x0b", "—", ",", "."]  # fmt: skip
_OPEN_CLOSE = [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ("'", "'")]
_SPEAKERS = ["Sergei Lavrov said", "he said", "Foreign Minister Sergei Lavrov told reporters",
             "said Kremlin spokesman Dmitry Peskov", "the ministry said", "Biden added"]  # fmt: skip


@st.composite
def quote_sentences(draw, words=_WORDS, marks=_OPEN_CLOSE):
    """``"<words>," <speaker>.`` in any quotation marks, sometimes split by the speaker."""
    left, right = draw(st.sampled_from(marks))
    first = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=12)))
    speaker = draw(st.sampled_from(_SPEAKERS))
    if draw(st.booleans()):
        second = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=8)))
        return f"{left}{first},{right} {speaker}, {left}{second}.{right} "
    return f"{left}{first},{right} {speaker}. "


def news(fragments, words, junk) -> st.SearchStrategy[str]:
    return st.lists(
        st.one_of(st.sampled_from(fragments), quote_sentences(words), junk),
        min_size=1,
        max_size=40,
    ).map("".join)


news_like = news(FRAGMENTS, _WORDS, st.text(max_size=6))


# The same in plain ASCII, straight quotes only: none of the characters the cleaner
# rewrites (curly quotes and apostrophes, dashes, NBSP and other spaces, tabs, control
# and zero-width characters), so a quote's text can be held to the article's characters.
def _ascii(text: str) -> bool:
    return all(32 <= ord(c) < 127 or c == "\n" for c in text)


plain_news = st.lists(
    st.one_of(
        st.sampled_from([f for f in FRAGMENTS if _ascii(f)]),
        quote_sentences([w for w in _WORDS if _ascii(w)], [('"', '"')]),
        st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=6),
    ),
    min_size=1,
    max_size=40,
).map("".join)
any_text = st.text(max_size=400)


def spans(ex: Extraction) -> list[tuple[str, Span]]:
    out = []
    for a in ex.actors:
        out += [(f"actor {a.key} mention", m) for m in a.mentions]
        out += [(f"actor {a.key} role", r.span) for r in a.roles if r.span is not None]
    for e in ex.events:
        out += [(f"event {e.key} mention", m) for m in e.mentions]
    out += [(f"statement {s.key}", s.span) for s in ex.statements]
    out += [(f"claim {c.key}", c.span) for c in ex.claims]
    return out


def check(text: str, ex: Extraction) -> None:
    assert ex.document.text == text
    for what, span in spans(ex):
        assert 0 <= span.start <= span.end <= len(text), (what, span, len(text))
        assert span.text == text[span.start : span.end], (what, span)


def run(extractor, text: str) -> Extraction | None:
    try:
        return extractor.extract(Document("prop", text))
    except InputError:
        assert len(text) > 2_000_000, "InputError below the size limit"
        return None


@pytest.mark.slow
@SETTINGS
@given(text=any_text)
@example(text="")
@example(text="\x00\x01\x02\x7f\ufeff\u2028")
@example(text='"')
@example(text="“”")
def test_any_text_gives_sound_records(extractor, text):
    ex = run(extractor, text)
    if ex is not None:
        check(text, ex)


@pytest.mark.slow
@SETTINGS
@given(text=news_like)
@example(text='"We have no plans," Sergei Lavrov said. Russia denied it was behind the attack.')
@example(text="Dmitry Peskov said: “Russia has nothing to do with the cyberattack”")
def test_news_like_text_gives_sound_records(extractor, text):
    ex = run(extractor, text)
    if ex is not None:
        check(text, ex)


@pytest.mark.slow
@SETTINGS
@given(text=st.one_of(news_like, any_text))
@example(text='"  ," Sergei Lavrov said.')
@example(text='"\u00a0," Sergei Lavrov said. ')
def test_records_keep_the_rdf_layer_s_contract(extractor, text):
    """Known keys and types, non-empty spans inside the text, no two events or statements
    on one IRI: ``kg.rdf.extraction_to_triples`` accepts whatever the extractor made."""
    ex = run(extractor, text)
    if ex is not None:
        extraction_to_triples(ex)


@pytest.mark.slow
@SETTINGS
@given(text=news_like)
def test_news_like_records_conform_to_the_shapes(extractor, text):
    ex = run(extractor, text)
    if ex is None:
        return
    triples = extraction_to_triples(ex)[1]
    report = validate_triples(triples)
    assert report.conforms, report.results[:5]


def _words_in_order(words: str, within: str) -> bool:
    """Every word of ``words`` found in ``within``, in order: true of a quote's text when
    the quote is split by its speaker ('"We," he said, "have no plans."')."""
    pos = 0
    for w in words.split():
        found = within.find(w, pos)
        if found < 0:
            return False
        pos = found + len(w)
    return True


@pytest.mark.slow
@SETTINGS
@given(text=plain_news)
@example(text='"We have no plans to attack anyone at all," Sergei Lavrov said.')
@example(text='"We have no plans," Lavrov said, "to attack anyone at all."')
def test_direct_quote_text_is_the_article_s_words(extractor, text):
    """A direct quote's text is a substring of the article; for a quote the speaker splits
    in two, its words appear in order within the quote's span. (Text without the
    characters the cleaner rewrites: see the test below.)"""
    ex = run(extractor, text)
    if ex is None:
        return
    for s in ex.statements:
        if s.direct:
            assert s.text in text or _words_in_order(s.text, s.span.text), (s.text, s.span.text)


@pytest.mark.slow
@SETTINGS
@given(text=news_like)
@example(text="MOSCOW, Jan 3 — “We don’t have any plans to attack anyone,” Foreign Minister "
         "Sergei Lavrov said on Monday.")  # fmt: skip
@example(
    text="“We have\u00a0no plans to attack anyone at all,” Foreign Minister Sergei Lavrov said."
)
def test_direct_quote_text_keeps_the_article_s_characters(extractor, text):
    ex = run(extractor, text)
    if ex is None:
        return
    for s in ex.statements:
        if s.direct:
            assert s.text in text or _words_in_order(s.text, s.span.text), (s.text, s.span.text)


def test_text_over_the_limit_is_an_input_error():
    """Checked before spaCy runs, so this needs no model: a stub stands in for it."""
    stub = Extractor.__new__(Extractor)  # no model loaded: the size check comes first
    stub.version = "stub"
    with pytest.raises(InputError, match="limit"):
        stub.extract(Document("huge", "x" * (MAX_CHARS + 1)))
