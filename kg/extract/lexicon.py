"""The word lists the rules use, read from ``data/rules/`` (see :mod:`kg.rules`).

Kept as module attributes so the rules read as before; the words themselves are data.
"""

from __future__ import annotations

from kg.rules import lexicon, table

_LEXICONS = {
    "SPEECH_VERBS": "speech_verbs",
    "TITLE_HEADS": "title_heads",
    "TITLE_MODIFIERS": "title_modifiers",
    "ORG_HEADS": "org_heads",
    "GROUP_NOUNS": "group_nouns",
    "COMPANY_NOUNS": "company_nouns",
    "CYBER_WORDS": "cyber_words",
    "MILITARY_WORDS": "military_words",
}
_TABLES = {"EVENT_NOUNS": "event_nouns", "EVENT_VERBS": "event_verbs"}


def __getattr__(name: str):
    if name in _LEXICONS:
        return lexicon(_LEXICONS[name])
    if name in _TABLES:
        return table(_TABLES[name])
    if name == "REPORT_VERBS":
        return lexicon("speech_verbs") - lexicon("speech_verbs_not_reporting")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
