"""spaCy components that run the rules' token patterns and write what they find to ``doc.spans``.

Every ``data/rules/*.json`` file may carry ``patterns`` (spaCy ``Matcher`` token patterns,
each with an ``id``, a ``label`` and a test sentence). The ``kg_rule_spans`` component runs
them all in one ``Matcher`` per file and writes each file's matches to
``doc.spans["kg_<file>"]``: the span's ``label_`` is the pattern's label, its ``id_`` the
pattern's id. The extraction rules read those span groups instead of running matchers of
their own, so a phrasing added to a data file reaches the rules without code, and a user can
inspect every match of a parsed document::

    nlp = kg.extract.nlp.build_pipeline(gazetteer)
    doc = nlp("Moscow dismissed the accusations as absurd.")
    [(s.text, s.label_, s.id_) for s in doc.spans["kg_claims"]]

:func:`rule_spans` gives a rule the span group of one file, running the patterns on the
spot for a document parsed by a pipeline without the component (a bare model in a test).

The word lists get the same treatment. ``kg_triggers`` marks every token whose lower-case
form or lemma is a trigger word of the event tables (``TRIGGER_TABLES``: the word of
``event_nouns``, the head noun of an ``event_compounds`` entry, the verb of an
``event_verb_objects`` entry ...) in ``doc.spans["kg_triggers"]``: one span per token and
entry, ``label_`` the candidate event type, ``id_`` the table, ``kb_id_`` the entry.
``kg_titles`` marks the words of the title lists (``TITLE_LISTS``) in
``doc.spans["kg_titles"]``, ``label_`` the word's part in a title (``head``, ``modifier``
...). The event rules read candidates with :func:`trigger_words` and the title rules with
:func:`title_word`; what the context makes of a candidate stays their Python predicates::

    doc = nlp("The two governments held talks in Geneva.")
    [(s.text, s.label_, s.id_, s.kb_id_) for s in doc.spans["kg_triggers"]]
    # ('held', 'election', 'event_verb_objects', 'hold election'), ('talks', 'meeting', ...)

:func:`word_spans` gives those two span groups, marking the words on the spot for a document
parsed without the components, as :func:`rule_spans` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, SpanGroup, Token
from spacy.vocab import Vocab

from kg.rules import RulesError, all_names, lexicon, pattern_files, patterns, table

SPANS_PREFIX = "kg_"


def span_key(stem: str) -> str:
    """The ``doc.spans`` key of one rules file's matches: ``claims`` -> ``kg_claims``."""
    return SPANS_PREFIX + stem


class RuleSpans:
    """Runs the token patterns of the rules files named in ``files`` (every file that has
    patterns when ``files`` is empty) and writes one span group per file."""

    def __init__(self, vocab: Vocab, name: str = "kg_rule_spans", files: list[str] | None = None):
        self.name = name
        self.files = tuple(files) if files else pattern_files()
        # per file: a Matcher for token patterns, a DependencyMatcher for those whose
        # "kind" is "dependency" (a match then spans its first to its last token, or is its
        # anchor token alone when the pattern's "span" is "anchor": 'pointed' of 'pointed out')
        self.matchers: dict[str, tuple[Matcher, DependencyMatcher | None]] = {}
        self.anchored: set[str] = set()
        for stem in self.files:
            tokens, deps = Matcher(vocab), None
            for item in patterns(stem):
                if item.get("kind") == "dependency":
                    deps = deps or DependencyMatcher(vocab)
                    deps.add(item["id"], [item["pattern"]])
                    if item.get("span") == "anchor":
                        self.anchored.add(item["id"])
                else:
                    tokens.add(item["id"], [item["pattern"]])
            self.matchers[stem] = (tokens, deps)
        self.labels = {item["id"]: item.get("label", "") for stem in self.files for item in patterns(stem)}

    def __call__(self, doc: Doc) -> Doc:
        for stem, matcher in self.matchers.items():
            doc.spans[span_key(stem)] = self.spans(doc, matcher)
        return doc

    def spans(self, doc: Doc, matchers: tuple[Matcher, DependencyMatcher | None]) -> SpanGroup:
        tokens, deps = matchers
        found = [self._span(doc, match_id, start, end) for match_id, start, end in tokens(doc)]
        if deps is not None:
            for match_id, token_ids in deps(doc):
                if doc.vocab.strings[match_id] in self.anchored:
                    found.append(self._span(doc, match_id, token_ids[0], token_ids[0] + 1))
                else:
                    found.append(self._span(doc, match_id, min(token_ids), max(token_ids) + 1))
        return SpanGroup(doc, name=self.name, spans=found)

    def _span(self, doc: Doc, match_id: int, start: int, end: int) -> Span:
        pattern_id = doc.vocab.strings[match_id]
        return Span(doc, start, end, label=self.labels[pattern_id], span_id=pattern_id)


@Language.factory("kg_rule_spans", assigns=["doc.spans"], default_config={"files": []})
def make_rule_spans(nlp: Language, name: str, files: list[str]) -> RuleSpans:
    return RuleSpans(nlp.vocab, name=name, files=files)


# (vocab id, component) -> (the vocab, kept alive so its id is not reused; the component
# run for documents parsed without it)
_fallback: dict[tuple[int, str], tuple[Vocab, object]] = {}


def _fallback_component(vocab: Vocab, name: str, make):
    """The component ``name`` built once per vocab by ``make(vocab)``, for documents a bare
    model parsed (tests): ``rule_spans`` and ``word_spans`` run it on the spot."""
    entry = _fallback.get((id(vocab), name))
    if entry is None or entry[0] is not vocab:
        entry = _fallback[id(vocab), name] = (vocab, make(vocab))
    return entry[1]


def rule_spans(doc: Doc, stem: str) -> SpanGroup:
    """The matches of one rules file in ``doc``: the ``kg_rule_spans`` component's span group,
    or the same patterns run now when the document was parsed without the component."""
    key = span_key(stem)
    if key not in doc.spans:
        component = _fallback_component(doc.vocab, "kg_rule_spans", RuleSpans)
        doc.spans[key] = component.spans(doc, component.matchers[stem])
    return doc.spans[key]


def rule_labels_at(doc: Doc, stem: str) -> dict[int, set[str]]:
    """The matches of one rules file by the token they start at: token index -> labels
    (indexed once per document, as the word lists below are)."""
    return _indexed(doc, span_key(stem), lambda: _labels_by_start(rule_spans(doc, stem)))


def _labels_by_start(group: SpanGroup) -> dict[int, set[str]]:
    index: dict[int, set[str]] = {}
    for span in group:
        index.setdefault(span.start, set()).add(span.label_)
    return index


# -- word lists as span groups: trigger words and title words ----------------------------
#
# The event rules and the title rules used to look their words up in the rules tables
# themselves. The two components below mark the words instead, once per document, where a
# user can see them; the rules read the marks through trigger_words() and title_word().

TRIGGERS_KEY = "kg_triggers"
TITLES_KEY = "kg_titles"

# how a table's key names the token it marks: "word" the key is the word (its lower-case
# form or lemma); "head" a two-word noun trigger marks its head noun, the last word
# ("press conference") or the first of "X of Y" ("state of emergency"); "verb" a verb
# phrase marks its verb, the first word ("open fire", "take to street")
TRIGGER_TABLES = {
    "event_nouns": "word",
    "event_compounds": "head",
    "event_verbs": "word",
    "event_verb_objects": "verb",
    "event_verb_prep_objects": "verb",
    "event_vessel_verbs": "word",
    "event_armed_verbs": "word",
    "event_mobilise_verbs": "word",
    "event_act_verbs": "word",
}
# a title list -> the part its words play in a title, the label of their spans
TITLE_LISTS = {
    "title_heads": "head",
    "title_modifiers": "modifier",
    "title_abbreviations": "abbreviation",
    "title_suffixes": "suffix",
}


def _marked_word(key: str, how: str) -> str:
    """The word of a table key that a span marks (see TRIGGER_TABLES)."""
    if how == "word":
        return key
    words = key.split()
    if how == "head":
        return words[0] if len(words) > 2 and words[1] == "of" else words[-1]
    if how == "verb":
        return words[0]
    raise ValueError(f"unknown kind of trigger table {how!r}")


class WordSpans:
    """Marks every token whose lower-case form or lemma is a word of the named lists
    (``kg.rules`` lexicons or tables) and writes them to ``doc.spans[key]``: one span of
    one token per list entry the token is or heads, whose ``id_`` is the list's name, whose
    ``kb_id_`` is the entry (the word, or the whole key of a multi-word entry) and whose
    ``label_`` is what the entry says (an event type) or, for a lexicon, the label given
    for the list. Which entries apply in context stays with the rules."""

    def __init__(self, vocab: Vocab, name: str, key: str, lists: dict[str, tuple[str, str | None]]):
        """``lists``: list name -> (how its keys name the token, see TRIGGER_TABLES; the
        label of its spans, or None for a table's values)."""
        self.name = name
        self.key = key
        strings = vocab.strings
        # the hash of a lower-case word -> [(list, entry, label) as hashes], in list order,
        # then entry order
        self.by_word: dict[int, list[tuple[int, int, int]]] = {}
        for source, (how, label) in lists.items():
            for entry, value in _entries(source).items():
                if label is None:
                    value = value["type"] if isinstance(value, dict) else value
                word = strings.add(_marked_word(entry, how).lower())
                hashes = (strings.add(source), strings.add(entry), strings.add(str(label if label is not None else value)))
                self.by_word.setdefault(word, []).append(hashes)
        self._lower: dict[int, int] = {}  # lemma hash -> the hash of its lower case

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = self.spans(doc)
        return doc

    def spans(self, doc: Doc) -> SpanGroup:
        by_word, lower = self.by_word, self._lower
        found = []
        for i, (low, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            lemma_low = lower.get(lemma)
            if lemma_low is None:
                lemma_low = lower[lemma] = doc.vocab.strings.add(doc.vocab.strings[lemma].lower())
            hits = by_word.get(low)
            if lemma_low != low and lemma_low in by_word:
                hits = (hits or []) + by_word[lemma_low]
            if not hits:
                continue
            seen = set()
            for source, entry, label in hits:
                if (source, entry) not in seen:
                    seen.add((source, entry))
                    found.append(Span(doc, i, i + 1, label=label, kb_id=entry, span_id=source))
        return SpanGroup(doc, name=self.key, spans=found)


def _entries(name: str) -> dict:
    """A lexicon's words (each to None) or a table's entries, by name."""
    if name in all_names()["lexicons"]:
        return dict.fromkeys(sorted(lexicon(name)))
    entries = table(name)
    if not isinstance(entries, dict):
        raise RulesError(f"table {name!r} maps no words: it cannot mark tokens")
    return entries


def triggers_component(vocab: Vocab, name: str = "kg_triggers", tables: dict[str, str] | None = None) -> WordSpans:
    """Event trigger words: each span's label the candidate event type, its id the table."""
    tables = TRIGGER_TABLES if tables is None else tables
    return WordSpans(vocab, name, TRIGGERS_KEY, {t: (how, None) for t, how in tables.items()})


def titles_component(vocab: Vocab, name: str = "kg_titles", lists: dict[str, str] | None = None) -> WordSpans:
    """Title words: each span's label the part the word plays in a title, its id the list."""
    lists = TITLE_LISTS if lists is None else lists
    return WordSpans(vocab, name, TITLES_KEY, {n: ("word", part) for n, part in lists.items()})


@Language.factory("kg_triggers", assigns=["doc.spans"], default_config={"tables": TRIGGER_TABLES})
def make_triggers(nlp: Language, name: str, tables: dict[str, str]) -> WordSpans:
    return triggers_component(nlp.vocab, name, tables)


@Language.factory("kg_titles", assigns=["doc.spans"], default_config={"lists": TITLE_LISTS})
def make_titles(nlp: Language, name: str, lists: dict[str, str]) -> WordSpans:
    return titles_component(nlp.vocab, name, lists)


_WORD_COMPONENTS = {TRIGGERS_KEY: triggers_component, TITLES_KEY: titles_component}
# doc -> span key -> that span group indexed by token; built once per document
_doc_index: WeakKeyDictionary = WeakKeyDictionary()
_NONE: Mapping = MappingProxyType({})


def word_spans(doc: Doc, key: str) -> SpanGroup:
    """``doc.spans[key]`` of ``kg_triggers`` or ``kg_titles``, marked now when the document
    was parsed without the component (a bare model in a test)."""
    if key not in doc.spans:
        doc.spans[key] = _fallback_component(doc.vocab, key, _WORD_COMPONENTS[key]).spans(doc)
    return doc.spans[key]


def _indexed(doc: Doc, key: str, build):
    """The index ``build()`` makes of the span group ``key``, kept with the document."""
    by_key = _doc_index.get(doc)
    if by_key is None:
        by_key = _doc_index[doc] = {}
    index = by_key.get(key)
    if index is None:
        index = by_key[key] = build()
    return index


def _words_at(doc: Doc, key: str) -> dict[int, dict[str, dict[str, str]]]:
    """The span group ``key`` of ``doc`` by token: token index -> list -> {entry: label}."""

    def build() -> dict[int, dict[str, dict[str, str]]]:
        index: dict[int, dict[str, dict[str, str]]] = {}
        for span in word_spans(doc, key):
            index.setdefault(span.start, {}).setdefault(span.id_, {})[span.kb_id_] = span.label_
        return index

    return _indexed(doc, key, build)


def trigger_words(tok: Token, table: str) -> Mapping[str, str]:
    """The entries of the trigger table ``table`` (``"event_nouns"``) that ``tok`` is, by its
    lower-case form or lemma, or heads (a two-word or verb-phrase entry), each with its
    event type: read from ``doc.spans["kg_triggers"]``. Empty when it is none; whether it
    names an event here is the event rules' to decide."""
    return _words_at(tok.doc, TRIGGERS_KEY).get(tok.i, _NONE).get(table, _NONE)


def title_word(tok: Token, name: str, *, lemma: bool = False) -> bool:
    """``tok``'s lower-case form (or, with ``lemma``, its lemma too) is a word of the title
    list ``name`` (``"title_heads"``): read from ``doc.spans["kg_titles"]``."""
    words = _words_at(tok.doc, TITLES_KEY).get(tok.i, _NONE).get(name, _NONE)
    return tok.lower_ in words or lemma and tok.lemma_.lower() in words
