"""The linking rules' word lists and tables: the rules data of ``data/rules/`` (``link.json``,
and ``lexicon.json`` for the general vocabulary: the titles the extractor reads too, the
functions ministries are named by), through the one loader, :mod:`kg.extract.rules`.

Read on first use, not at import: importing :mod:`kg.extract` loads spaCy, which the reads
of the store do not need (``kg.query.events`` imports ``kg.link.events`` for
``is_precise`` and ``VAGUE_DAYS``).
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
