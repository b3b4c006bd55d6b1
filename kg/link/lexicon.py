"""The linking rules' word lists and tables: the rules data of ``data/rules/`` (``link.json``,
and ``lexicon.json`` for what the extractor reads too: titles, ministry functions), through
the one loader, :mod:`kg.extract.rules`.

Read on first use, not at import: importing :mod:`kg.extract` loads spaCy, which reads of
the store (``kg query``, the API's lookups import :data:`kg.link.events.VAGUE_DAYS`) do not
need.
"""

from __future__ import annotations

from typing import Any


def words(name: str) -> frozenset[str]:
    """A word list by name (``kg.extract.rules.lexicon``)."""
    from kg.extract.rules import lexicon

    return lexicon(name)


def table(name: str) -> Any:
    """A table by name: a dict, or a tuple of rows (``kg.extract.rules.table``)."""
    from kg.extract import rules

    return rules.table(name)
