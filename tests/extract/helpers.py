"""The setup the event tests share: one sentence through the real extractor, and its events
of one type (tests/extract/test_events.py, test_event_arguments.py, test_event_coref.py,
test_event_dates.py)."""

from __future__ import annotations

import datetime as dt

from kg.records import Document


def run(extractor, text: str, published=dt.date(2024, 3, 15)):
    """The extraction of ``text`` (published on a Friday, 15 March 2024) and its actors'
    names by key."""
    ex = extractor.extract(Document("t", text, published=published))
    names = {a.key: a.name for a in ex.actors}
    return ex, names


def events(ex, names, etype):
    """Each event of ``etype`` with the names of its participants and of its targets."""
    return [
        (e, [names[k] for k in e.participants], [names[k] for k in e.targets]) for e in ex.events if e.type == etype
    ]


def of_type(ex, etype):
    """The events of ``etype``."""
    return [e for e in ex.events if e.type == etype]
