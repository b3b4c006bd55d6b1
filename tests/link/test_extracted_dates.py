"""What extraction gives a later report to link with: the date of a retold event. Loads the
spaCy model (slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Document

slow = pytest.mark.slow
THURSDAY = dt.date(2031, 4, 10)


def _dates(extractor, text: str, etype: str) -> list[tuple[dt.date | None, dt.date | None]]:
    ex = extractor.extract(Document("t", text, published=THURSDAY))
    return [(e.start, e.end) for e in ex.events if e.type == etype]


@slow
def test_a_possessive_weekday_in_the_present_of_a_live_blog_is_the_last_one(extractor) -> None:
    text = "Tuesday's shelling of the pumping station in Varnitsa hangs over the negotiations."
    assert _dates(extractor, text, "armed_attack") == [(dt.date(2031, 4, 8), dt.date(2031, 4, 8))]


@slow
def test_a_weekday_of_a_scheduled_present_or_a_future_is_still_ahead(extractor) -> None:
    ahead = (dt.date(2031, 4, 15), dt.date(2031, 4, 15))
    assert _dates(extractor, "Envoys of Korvenia and Ostrelia meet in Selvara on Tuesday.", "meeting") == [ahead]
    assert _dates(extractor, "Tuesday's talks in Selvara will decide the border line.", "meeting") == [ahead]
