"""Linking: what the extractor found, tied to the things it stands for.

- :mod:`kg.link.gazetteer`: the gazetteer, canonical actors with their aliases, demonyms
  and metonyms (the extractor resolves names through it);
- :mod:`kg.link.events`: cross-article event coreference, one node for an event however
  many articles report it;
- :mod:`kg.link.entities`: cross-article entity resolution, one IRI per real actor across
  the store, each merge explained (``resolve_article`` is the one call the ingest pipeline
  makes; it runs the event coreference too).

The word lists these rules read are data, in ``data/rules/`` (``kg.extract.rules``), shared
with the extractor where both read the same thing (titles, ministry functions).

This package imports nothing itself: the extractor imports the gazetteer without pulling
in the store that the cross-article rules read.
"""
