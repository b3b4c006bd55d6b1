"""Linking: what the extractor found, tied to the things it stands for.

- :mod:`kg.link.gazetteer`: the gazetteer, canonical actors with their aliases, demonyms
  and metonyms (the extractor resolves names through it);
- :mod:`kg.link.events`: cross-article event coreference, one node for an event however
  many articles report it;
- :mod:`kg.link.entities`: cross-article entity resolution, one IRI per real actor across
  the store, each merge explained (``resolve_article`` is the one call the ingest pipeline
  makes; it runs the event coreference too);
- :mod:`kg.link.lexicon`: the word lists and tables these rules read, data in
  ``data/rules/`` (``link.json``; ``lexicon.json`` for the general vocabulary: the titles
  the extractor reads too, the functions ministries are named by);
- :mod:`kg.link.stored`: an article's earlier decisions read back from its stored graph
  (both rules are sticky).

This package imports nothing itself: the extractor imports the gazetteer without pulling
in the store that the cross-article rules read.
"""
