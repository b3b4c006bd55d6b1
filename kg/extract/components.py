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
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.vocab import Vocab

from kg.rules import pattern_files, patterns

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


# vocab id -> (the vocab, kept alive so its id is not reused; the component for it)
_fallback: dict[int, tuple[Vocab, RuleSpans]] = {}


def rule_spans(doc: Doc, stem: str) -> SpanGroup:
    """The matches of one rules file in ``doc``: the ``kg_rule_spans`` component's span group,
    or the same patterns run now when the document was parsed without the component."""
    key = span_key(stem)
    if key not in doc.spans:
        entry = _fallback.get(id(doc.vocab))
        if entry is None or entry[0] is not doc.vocab:
            entry = _fallback[id(doc.vocab)] = (doc.vocab, RuleSpans(doc.vocab))
        component = entry[1]
        doc.spans[key] = component.spans(doc, component.matchers[stem])
    return doc.spans[key]
