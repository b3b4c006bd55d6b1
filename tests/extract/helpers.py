"""The setup the event and statement tests share: one sentence through the real extractor,
and its events of one type (tests/extract/test_events.py, test_event_arguments.py,
test_event_coref.py, test_event_dates.py) or its statements (test_statements.py,
test_statement_phrases.py)."""

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


def statements_of(extractor, body: str, *, head: str, published: dt.date) -> list[tuple[str, str, bool]]:
    """(speaker name, statement text, direct) of each statement of an article of headline
    ``head`` and text ``body``, in text order."""
    ex = extractor.extract(Document("t", head + body, published=published))
    names = {a.key: a.name for a in ex.actors}
    return [(names[s.speaker], s.text, s.direct) for s in ex.statements]
