"""What extraction gives a later report to link with: the date of a retold event. Loads the
spaCy model (slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import find_dates
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


# -- relative dates a retelling uses (kg.extract.dates, no model) -----------------------


def _found(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(d.text, d.begin, d.end_date) for d in find_dates(text, THURSDAY)]


def test_days_ago_is_that_day_and_weeks_ago_the_week_it_names() -> None:
    assert _found("Rockets hit Varnitsa two days ago.") == [
        ("two days ago", dt.date(2031, 4, 8), dt.date(2031, 4, 8))
    ]
    assert _found("the talks 10 days ago") == [("10 days ago", dt.date(2031, 3, 31), dt.date(2031, 3, 31))]
    assert _found("the raid a week ago") == [("a week ago", dt.date(2031, 3, 31), dt.date(2031, 4, 6))]


def test_over_the_weekend_is_the_last_weekend_or_the_one_under_way() -> None:
    assert _found("Drones hit the port over the weekend.") == [
        ("over the weekend", dt.date(2031, 4, 5), dt.date(2031, 4, 6))
    ]
    (sunday,) = find_dates("Drones hit the port over the weekend.", dt.date(2031, 4, 13))
    assert (sunday.begin, sunday.end_date) == (dt.date(2031, 4, 12), dt.date(2031, 4, 13))


def test_a_weekday_with_a_part_of_the_day_is_a_date_without_a_preposition() -> None:
    assert _found("Rebels shelled Ostrel Sunday night.") == [
        ("Sunday night", dt.date(2031, 4, 6), dt.date(2031, 4, 6))
    ]


@slow
def test_ahead_of_a_weekdays_event_is_the_coming_one_unless_told_in_the_past(extractor) -> None:
    ahead = [(dt.date(2031, 4, 15), dt.date(2031, 4, 15))]
    assert _dates(extractor, "Envoys are preparing ahead of Tuesday's talks in Selvara.", "meeting") == ahead
    assert _dates(extractor, "The raids are meant to weaken Ostrel before Tuesday's talks in Selvara.", "meeting") == ahead
    past = [(dt.date(2031, 4, 8), dt.date(2031, 4, 8))]
    assert _dates(extractor, "Korvenia shelled Ostrel before Tuesday's talks in Selvara.", "meeting") == past


def test_earlier_or_later_this_month_is_the_part_before_or_after_publication() -> None:
    assert _found("Hackers hit the bank earlier this month.") == [
        ("earlier this month", dt.date(2031, 4, 1), dt.date(2031, 4, 10))
    ]
    assert _found("The sides will meet again later this month.") == [
        ("later this month", dt.date(2031, 4, 10), dt.date(2031, 4, 30))
    ]
    assert _found("the vote later this week") == [("later this week", dt.date(2031, 4, 10), dt.date(2031, 4, 13))]
    assert _found("the raid earlier this week") == [("earlier this week", dt.date(2031, 4, 7), dt.date(2031, 4, 10))]
