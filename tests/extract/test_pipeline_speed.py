"""The fast paths of extraction give exactly what the slow ones gave.

- ``kg_gazetteer`` (``kg.extract.nlp.GazetteerRuler``, a phrase matcher plus case checks)
  sets the same ``doc.ents`` as spaCy's ``EntityRuler`` given ``gazetteer_patterns`` with
  ``overwrite_ents``: spans, labels, ids, and which pattern wins when two match the same
  tokens.
- ``Extractor.extract_many`` (texts parsed in batches by ``nlp.pipe``) gives the records
  ``extract`` gives, one by one; a document that fails, fails alone.
- The in-process pool of ``kg.ingest`` extracts in batches and stores the same graph.

Behaviour tests only: the speed itself is measured by ``bench/extract_bench.py``."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

import kg.extract
from kg.errors import ExtractionError, InputError
from kg.extract import MAX_CHARS
from kg.extract.clean import clean
from kg.extract.nlp import GazetteerRuler, gazetteer_patterns
from kg.ingest import InProcess, extract_document, ingest_documents
from kg.records import Document, Extraction
from kg.store import open_store

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def ents(doc: Doc) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def tokens(doc: Doc) -> list[tuple]:
    return [(t.ent_iob_, t.ent_type_, t.ent_id_) for t in doc]


def assert_same(ruler: EntityRuler, fast: GazetteerRuler, doc: Doc) -> None:
    """The ruler's matches in its Matcher's order, and the entities each sets."""
    assert fast.matcher_order(doc) == list(ruler.matcher(doc)), doc.text[:80]
    slow_doc, fast_doc = ruler(doc.copy()), fast(doc.copy())
    assert ents(fast_doc) == ents(slow_doc), doc.text[:80]
    assert tokens(fast_doc) == tokens(slow_doc), doc.text[:80]


# -- the component on its own (a blank pipeline: no model needed) ----------------------

PATTERNS = [
    {"label": "GPE", "pattern": [{"ORTH": "US"}], "id": "United States"},
    {"label": "GPE", "pattern": [{"LOWER": "united", "IS_TITLE": True}, {"LOWER": "states"}], "id": "United States"},
    {"label": "GPE", "pattern": [{"LOWER": "united", "IS_TITLE": True}, {"LOWER": "states"}, {"LOWER": "of"}, {"LOWER": "america"}], "id": "United States"},
    {"label": "GPE", "pattern": [{"ORTH": "America"}], "id": "United States"},
    {"label": "GPE", "pattern": [{"ORTH": "Georgia"}], "id": "Georgia"},
    {"label": "ORG", "pattern": [{"LOWER": "the", "IS_TITLE": True}, {"LOWER": "hill"}], "id": "The Hill"},
    {"label": "ORG", "pattern": [{"LOWER": "bank", "IS_TITLE": True}, {"LOWER": "of"}, {"LOWER": "america"}], "id": "Bank of America"},
    {"label": "ORG", "pattern": [{"LOWER": "new", "IS_TITLE": True}, {"ORTH": "NATO"}, {"LOWER": "force"}], "id": "NNF"},
    {"label": "ORG", "pattern": [{"ORTH": "NATO"}], "id": "NATO"},
    {"label": "ORG", "pattern": [{"LOWER": "foreign"}, {"LOWER": "ministry"}], "id": "MFA"},
    {"label": "ORG", "pattern": [{"LOWER": "fancy", "IS_TITLE": True}, {"LOWER": "bear"}], "id": "APT28"},
    {"label": "ORG", "pattern": [{"ORTH": "APT28"}], "id": "APT28"},
    {"label": "ORG", "pattern": [{"ORTH": "UNC2452"}], "id": "APT29"},
    {"label": "ORG", "pattern": [{"ORTH": "G7"}], "id": "Group of Seven"},
    {"label": "PERSON", "pattern": [{"LOWER": "states"}, {"LOWER": "of"}], "id": "overlap"},
    {"label": "ORG", "pattern": [{"LOWER": "XYZ"}], "id": "never"},  # LOWER is never upper case
    {"label": "ORG", "pattern": [{"TEXT": "Hill"}]},  # no id: the label alone
    {"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^(?:APT|UNC|TA|FIN|DEV-|TEMP\.|UAC-|UAT-|STORM-|G)\d{1,5}$"}}], "id": ""},
]  # fmt: skip

SOUP = (
    "US us Us uS United united UNITED States states STATES of Of America america AMERICA "
    "Georgia georgia GEORGIA The the THE Hill hill Bank bank New new NATO nato Nato force "
    "foreign Foreign ministry Fancy fancy Bear bear APT28 apt28 Apt28 APT2 UNC2452 DEV-0586 "
    "G7 g7 G20 TA453 XYZ xyz said , . \n"
)
WORDS = SOUP.split(" ")


def blank_pair(overwrite: bool = True):
    nlp = spacy.blank("en")
    ruler = EntityRuler(nlp, overwrite_ents=overwrite)
    ruler.add_patterns(PATTERNS)
    fast = GazetteerRuler(nlp, overwrite_ents=overwrite)
    fast.add_patterns(PATTERNS)
    return nlp, ruler, fast


def with_model_ents(doc: Doc, rng: random.Random) -> Doc:
    """Entities as a model might have left them, for the ruler to overwrite (or not)."""
    spans, i = [], 0
    while i < len(doc):
        n = rng.randint(1, 3)
        if rng.random() < 0.3 and i + n <= len(doc):
            spans.append(Span(doc, i, i + n, label=rng.choice(["PERSON", "ORG", "GPE", "NORP"])))
            i += n
        else:
            i += 1
    doc.ents = spans
    return doc


@pytest.mark.parametrize("overwrite", [True, False])
def test_same_entities_as_entity_ruler_on_random_token_soup(overwrite):
    nlp, ruler, fast = blank_pair(overwrite)
    rng = random.Random(11)
    for _ in range(400):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 40))]
        doc = with_model_ents(Doc(nlp.vocab, words=words), rng)
        assert_same(ruler, fast, doc)


def test_acronyms_case_and_ties_on_hand_picked_texts():
    nlp, ruler, fast = blank_pair()
    texts = [
        "The US told us that Us and uS are not the US .",
        "Georgia , georgia and GEORGIA : only one is a country .",
        "The Hill said the hill of The Hill was THE HILL .",
        "United States of America , united States , UNITED STATES , United States of",
        "Bank of America and America and Bank of america and bank of America",
        "A New NATO force , a new NATO force , a New Nato force and NATO itself .",
        "APT28 ( Fancy Bear ) , apt28 , UNC2452 , DEV-0586 , G7 , G20 and TA453 .",
        "XYZ xyz",
    ]
    for text in texts:
        doc = Doc(nlp.vocab, words=text.split(" "))
        assert_same(ruler, fast, doc)
        assert_same(ruler, fast, with_model_ents(doc.copy(), random.Random(len(text))))
    doc = fast(Doc(nlp.vocab, words=["APT28", "and", "G20", "met", "the", "US"]))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("APT28", "ORG"),
        ("G20", "ORG"),
        ("US", "GPE"),
    ]
    # "G20" is only a group code: the regex pattern's empty id
    assert doc.ents[1].ent_id_ == ""
    doc = fast(Doc(nlp.vocab, words=["us", "and", "Georgia", "'s", "georgia"]))
    assert [e.text for e in doc.ents] == ["Georgia"]


def test_unsupported_patterns_are_refused():
    nlp = spacy.blank("en")
    fast = GazetteerRuler(nlp)
    for pattern in (
        "a phrase",
        [{"POS": "PROPN"}],
        [{"IS_TITLE": True}],
        [{"LOWER": "a"}, {"TEXT": {"REGEX": "x"}}],
        [{"LOWER": {"IN": ["a", "b"]}}],
        [{"LOWER": "a", "OP": "?"}],
    ):
        with pytest.raises(ValueError):
            fast.add_patterns([{"label": "ORG", "pattern": pattern}])


# -- the component in the real pipeline, against an EntityRuler of the same patterns ---

TRICKY = [
    "US officials told us on Monday that the US and the U.S. Army would respond.",
    "Georgia's foreign minister met the Georgia state governor; georgia is lower case.",
    "The Hill reported that the hill near Tbilisi was shelled. THE HILL newsletter agreed.",
    "The United States of America and the United States, not united states, signed.",
    (
        "Fancy Bear, also known as APT28, and UNC2452 (APT29) hit targets; DEV-0586 and "
        "TA453 too. APT28's tools resembled those of G7 partners and G20 members. apt28 no."
    ),
    (
        "Russian Federation troops entered the Republic of the Congo, said the Kingdom of "
        "the Netherlands and the Democratic Republic of the Congo."
    ),
    "The Dukes and the dukes; Lazarus Group and Lazarus; Stardust Chollima.",
    "NATO and the EU met in Brussels with the UN Security Council and the OSCE.",
]


@pytest.fixture(scope="module")
def model_pair(extractor):
    """The pipeline up to ``ner``, the real component, and an EntityRuler beside it."""
    nlp = extractor.nlp
    ruler = EntityRuler(nlp, "kg_gazetteer_reference", overwrite_ents=True)
    ruler.add_patterns(gazetteer_patterns(nlp, extractor.gazetteer))
    return nlp, ruler, nlp.get_pipe("kg_gazetteer")


@pytest.mark.slow
def test_the_pipeline_uses_the_fast_component_after_ner(extractor):
    names = extractor.nlp.pipe_names
    assert names.index("kg_gazetteer") == names.index("ner") + 1
    component = extractor.nlp.get_pipe("kg_gazetteer")
    assert isinstance(component, GazetteerRuler)
    assert len(component) == len(gazetteer_patterns(extractor.nlp, extractor.gazetteer))


@pytest.mark.slow
def test_same_entities_as_entity_ruler_on_articles(model_pair):
    nlp, ruler, fast = model_pair
    texts = TRICKY + [
        clean(f.read_text(encoding="utf-8")).text for f in sorted(ARTICLES.glob("*.txt"))
    ]
    with nlp.select_pipes(disable=["kg_gazetteer"]):
        parsed = list(nlp.pipe(texts))
    ties = 0
    for doc in parsed:
        assert_same(ruler, fast, doc)
        spans = [(s, e) for _, s, e in ruler.matcher(doc)]
        ties += len(spans) - len(set(spans))
    assert ties  # "APT28": a gazetteer entry and a group code on the same token
    # and the whole pipeline sets what the component sets on the parsed doc
    for text, doc in zip(texts[: len(TRICKY)], parsed, strict=False):
        assert ents(nlp(text)) == ents(fast(doc.copy()))


# -- extract_many -----------------------------------------------------------------------

PUBLISHED = dt.date(2023, 3, 15)


def articles() -> list[Document]:
    docs = [
        Document(f.stem, f.read_text(encoding="utf-8"), published=PUBLISHED)
        for f in sorted(ARTICLES.glob("*.txt"))
    ]
    docs += [Document(f"tricky-{i}", text, published=PUBLISHED) for i, text in enumerate(TRICKY)]
    return docs


def outcome(extractor, doc: Document) -> Extraction | Exception:
    try:
        return extractor.extract(doc)
    except Exception as exc:  # noqa: BLE001 - compared with what extract_many returns
        return exc


def assert_same_outcomes(got: list, expected: list) -> None:
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        if isinstance(e, Exception):
            assert type(g) is type(e) and str(g) == str(e)
            assert type(g.__cause__) is type(e.__cause__)
        else:
            assert g == e


@pytest.mark.slow
def test_extract_many_gives_what_extract_gives_one_by_one(extractor):
    docs = articles()
    docs[3:3] = [
        Document("blank", "  \n\t "),
        Document("not-text", 12345),  # type: ignore[arg-type]
        Document("too-long", "x" * (MAX_CHARS + 1)),
    ]
    expected = [outcome(extractor, d) for d in docs]
    assert isinstance(expected[4], InputError) and isinstance(expected[5], InputError)
    assert expected[3].warnings == ("empty text",)
    for batch_size in (1, 4, 64):
        assert_same_outcomes(list(extractor.extract_many(docs, batch_size=batch_size)), expected)
    assert list(extractor.extract_many([])) == []


@pytest.mark.slow
def test_a_document_failing_in_a_batch_fails_alone(extractor, monkeypatch):
    docs = articles()[:6]
    docs[2] = Document("bad-clean", "CLEAN-BOOM " + docs[2].text)
    docs[4] = Document("bad-rules", "RULES-BOOM " + docs[4].text)
    clean_, find_dates = kg.extract.clean, kg.extract.find_dates

    def bad_clean(text):
        if text.startswith("CLEAN-BOOM"):
            raise RuntimeError("cleaning broke")
        return clean_(text)

    def bad_dates(text, published):
        if text.startswith("RULES-BOOM"):
            raise KeyError("dates broke")
        return find_dates(text, published)

    monkeypatch.setattr(kg.extract, "clean", bad_clean)
    monkeypatch.setattr(kg.extract, "find_dates", bad_dates)
    expected = [outcome(extractor, d) for d in docs]
    got = list(extractor.extract_many(docs, batch_size=6))
    assert_same_outcomes(got, expected)
    assert [type(g).__name__ for g in got] == ["Extraction", "Extraction", "ExtractionError",
                                               "Extraction", "ExtractionError", "Extraction"]  # fmt: skip
    assert str(got[2]) == "extraction failed on article bad-clean: RuntimeError: cleaning broke"
    assert str(got[4]) == "extraction failed on article bad-rules: KeyError: 'dates broke'"


@pytest.mark.slow
def test_a_batch_spacy_fails_on_is_parsed_again_text_by_text(extractor, monkeypatch):
    docs = articles()[:5]
    expected = [outcome(extractor, d) for d in docs]
    nlp = extractor.nlp

    class PipeBreaks:
        """The pipeline, whose ``pipe`` fails half-way through a batch."""

        def __call__(self, text):
            return nlp(text)

        def pipe(self, texts, **kwargs):
            for n, doc in enumerate(nlp.pipe(texts, **kwargs)):
                if n == 2:
                    raise MemoryError("out of memory in the middle of a batch")
                yield doc

    monkeypatch.setattr(extractor, "nlp", PipeBreaks())
    assert_same_outcomes(list(extractor.extract_many(docs)), expected)


# -- the in-process pool ------------------------------------------------------------------


def ingest(docs, pool) -> tuple[list, list[bytes]]:
    store = open_store(None)
    try:
        summary = ingest_documents(store, docs, pool=pool)
        results = [
            (r.origin, r.doc_id, r.status, r.triples, r.error, r.warnings) for r in summary.results
        ]
        return results, sorted(store.dump().splitlines())
    finally:
        store.close()


class OneByOne:
    """The extractor without ``extract_many``: the pool goes one document at a time."""

    def __init__(self, extractor) -> None:
        self.extract = extractor.extract


@pytest.mark.slow
def test_in_process_pool_batches_and_stores_the_same_graph(extractor, monkeypatch):
    docs = articles()
    docs[5:5] = [Document("not-text", None), Document("blank", " ")]  # type: ignore[arg-type]
    docs.append(Document(docs[0].id, docs[0].text))  # an id seen before: refused, no extraction
    one_pool = InProcess(OneByOne(extractor))
    assert one_pool.window == 0
    expected = ingest(docs, one_pool)
    calls = []
    extract_many = extractor.extract_many
    monkeypatch.setattr(
        extractor, "extract_many", lambda batch: calls.append(len(batch)) or extract_many(batch)
    )
    pool = InProcess(extractor, batch_size=4)
    assert pool.window == 4
    got = ingest(docs, pool)
    assert got == expected
    assert calls and max(calls) == 4 and sum(calls) == len(docs) - 1
    statuses = [r[2] for r in got[0]]
    assert statuses[5] == "failed" and statuses[6] == "created" and statuses[-1] == "failed"
    assert got[0][5][4] == "not-text: article text must be a string"


class FakeExtractor:
    """Records without spaCy: ``boom`` raises a bug, ``bad`` an input error."""

    def __init__(self, many_breaks_at: int | None = None) -> None:
        self.many_breaks_at = many_breaks_at
        self.batches: list[list[str]] = []

    def extract(self, doc: Document) -> Extraction:
        if doc.id.startswith("boom"):
            raise ZeroDivisionError("a bug")
        if doc.id.startswith("bad"):
            raise InputError(f"{doc.id}: bad input")
        return Extraction(doc, extractor_version="fake", warnings=(f"w-{doc.id}",))

    def extract_many(self, docs):
        self.batches.append([d.id for d in docs])
        for n, doc in enumerate(docs):
            if n == self.many_breaks_at:
                raise RuntimeError("extract_many itself broke")
            try:
                yield self.extract(doc)
            except Exception as exc:  # noqa: BLE001 - per document, as Extractor does
                yield exc


@pytest.mark.parametrize("breaks_at", [None, 0, 2])
def test_in_process_pool_keeps_failures_to_their_article(breaks_at):
    ids = ["a", "b", "boom-1", "c", "bad-1", "d", "e", "f", "boom-2", "g"]
    docs = [Document(i, f"Text of {i}.") for i in ids]
    expected = ingest(docs, InProcess(OneByOne(FakeExtractor())))
    fake = FakeExtractor(breaks_at)
    got = ingest(docs, InProcess(fake, batch_size=3))
    assert got == expected
    assert fake.batches == [["a", "b", "boom-1"], ["c", "bad-1", "d"], ["e", "f", "boom-2"], ["g"]]
    errors = {r[1]: r[4] for r in got[0] if r[2] == "failed"}
    assert errors == {
        "boom-1": "boom-1: extracting 'boom-1' failed: ZeroDivisionError: a bug",
        "bad-1": "bad-1: bad-1: bad input",
        "boom-2": "boom-2: extracting 'boom-2' failed: ZeroDivisionError: a bug",
    }


def test_a_batch_result_raises_what_extract_document_raises():
    fake = FakeExtractor()
    pool = InProcess(fake, batch_size=8)
    futures = [pool.submit(Document(i, "x")) for i in ("a", "boom", "bad")]
    assert futures[0].result().document.id == "a"
    for future, doc_id in zip(futures[1:], ("boom", "bad"), strict=True):
        with pytest.raises((ExtractionError, InputError)) as got:
            future.result()
        with pytest.raises(type(got.value)) as want:
            extract_document(Document(doc_id, "x"), fake)
        assert str(got.value) == str(want.value)
    # a batch that has started takes no more documents: the next one starts a new batch
    assert pool.submit(Document("z", "x")).result().document.id == "z"
    assert fake.batches == [["a", "boom", "bad"], ["z"]]
