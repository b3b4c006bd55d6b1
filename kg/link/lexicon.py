"""The linking rules' word lists and tables: the rules data of ``data/rules/`` (``link.json``,
and ``lexicon.json`` for the general vocabulary: the titles the extractor reads too, the
functions ministries are named by), through the one loader, :mod:`kg.rules` (which loads no
spaCy: the reads of the store import the linking rules, ``kg.query.events`` imports
``kg.link.events`` for ``is_precise``). Each list is read on first use.
"""

from __future__ import annotations

from kg.rules import lexicon as words, table

__all__ = ["table", "words"]
