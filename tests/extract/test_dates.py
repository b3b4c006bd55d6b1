"""Date expressions resolve deterministically against the publication date."""

import datetime as dt

import pytest

from kg.extract.dates import behind, find_dates

PUB = dt.date(2022, 1, 16)  # a Sunday


@pytest.mark.parametrize(
    "text, begin, end",
    [
        ("On January 10, talks were held", dt.date(2022, 1, 10), dt.date(2022, 1, 10)),
        ("on the night of January 13-14", dt.date(2022, 1, 13), dt.date(2022, 1, 14)),
        ("on 14 September 2022", dt.date(2022, 9, 14), dt.date(2022, 9, 14)),
        ("on June 15, 2020", dt.date(2020, 6, 15), dt.date(2020, 6, 15)),
        ("the answer comes next week", dt.date(2022, 1, 17), dt.date(2022, 1, 23)),
        # published on a Sunday: the previous week and the one just ending
        ("drills were held last week", dt.date(2022, 1, 3), dt.date(2022, 1, 15)),
        ("he said on Tuesday", dt.date(2022, 1, 11), dt.date(2022, 1, 11)),
        ("it happened last month", dt.date(2021, 12, 1), dt.date(2021, 12, 31)),
        ("as reported yesterday", dt.date(2022, 1, 15), dt.date(2022, 1, 15)),
        ("the envoy told a briefing in Lusaka this afternoon", PUB, PUB),
        ("the minister landed this morning", PUB, PUB),
        ("in March 2014", dt.date(2014, 3, 1), dt.date(2014, 3, 31)),
        ("on 2022-01-05", dt.date(2022, 1, 5), dt.date(2022, 1, 5)),
    ],
)
def test_resolution(text, begin, end):
    (d,) = [d for d in find_dates(text, PUB) if d.resolved]
    assert (d.begin, d.end_date) == (begin, end)
    assert text[d.start : d.end] == d.text


def test_same_weekday_as_publication_is_that_day():
    (d,) = find_dates("said on Sunday", PUB)
    assert d.begin == PUB


def test_month_day_near_new_year_goes_to_the_previous_year():
    (d,) = find_dates("on December 28", dt.date(2022, 1, 3))
    assert d.begin == dt.date(2021, 12, 28)


def test_without_publication_date_only_explicit_years_resolve():
    found = {d.text: d.begin for d in find_dates("on January 10 and on June 15, 2020, last week", None)}
    assert found["January 10"] is None
    assert found["June 15, 2020"] == dt.date(2020, 6, 15)
    assert found["last week"] is None


def test_a_bare_weekday_in_a_name_is_not_a_date():
    assert find_dates("Bloody Sunday Inquiry", PUB) == []


def test_impossible_dates_do_not_crash():
    (d,) = find_dates("on February 30", PUB)
    assert d.begin is None


@pytest.mark.parametrize(
    "text",
    [
        "A coast guard ship fired at the supply boat Unaizah May 2, which turned back.",
        "The navy escorted the Unaizah May 1 to the shoal.",
        "The tanker May 4 was seized.",
        "It was a letter from Prime Minister Theresa May 10 days before the vote.",
        "The talks may 2 ways go.",
        "Protesters march 5 km to the square.",
    ],
)
def test_month_word_inside_a_name_or_as_a_word_is_no_date(text):
    assert [d for d in find_dates(text, PUB) if d.kind in ("month_day", "month_year")] == []


@pytest.mark.parametrize(
    "text, begin",
    [
        ("Since May 2, the talks have stalled.", dt.date(2021, 5, 2)),
        ("The May 2 meeting was cancelled.", dt.date(2021, 5, 2)),
        ("They met in Geneva May 2 and agreed.", dt.date(2021, 5, 2)),
        ("WASHINGTON March 15 (Reuters) - The envoy left.", dt.date(2022, 3, 15)),
    ],
)
def test_month_word_after_a_lead_word_or_a_place_is_a_date(text, begin):
    (d,) = [d for d in find_dates(text, PUB) if d.kind == "month_day"]
    assert d.begin == begin


def test_the_person_may_is_no_date():
    assert [d.text for d in find_dates("On Monday, May had said it was likely.", PUB)] == ["Monday"]


def test_a_day_in_apposition_to_its_week_is_that_day():
    """'opened last week, on January 5': the day, not the whole week."""
    (d,) = find_dates("the talks opened in Lusaka last week, on January 5, and went on", PUB)
    assert (d.begin, d.end_date) == (dt.date(2022, 1, 5), dt.date(2022, 1, 5))
    # a day outside the span is no apposition: both stay
    assert len(find_dates("last week, on December 2, 2021", PUB)) == 2


def test_a_day_followed_by_its_year_word_is_that_year():
    (d,) = find_dates("the parliament banned the party on March 3 last year", PUB)
    assert d.begin == d.end_date == dt.date(2021, 3, 3)
    (d,) = find_dates("fighting resumed on 9 January this year", PUB)
    assert d.begin == dt.date(2022, 1, 9)


def test_a_bare_weekday_after_a_verb_or_noun_is_a_date():
    """US wire style: 'said Wednesday', 'told reporters Thursday'."""
    (d,) = find_dates("Senator Ross told reporters Thursday that the bill would pass", PUB)
    assert d.begin == dt.date(2022, 1, 13)
    (d,) = find_dates("the governor said Wednesday", PUB)
    assert d.begin == dt.date(2022, 1, 12)
    # after a determiner it is a modifier, not a date of its own
    assert find_dates("a Monday deadline", PUB) == [] and find_dates("the Tuesday vote", PUB) == []


def test_a_year_modifying_a_noun_is_that_year():
    (d,) = find_dates("Senator Hale, who lost the 2008 election to his rival", PUB)
    assert (d.begin, d.end_date) == (dt.date(2008, 1, 1), dt.date(2008, 12, 31))
    assert find_dates("the 2008 Olympics", PUB) == []  # a name, not a noun phrase of ours


def test_a_month_modifying_a_noun_is_that_month():
    """'the February election', 'Borduria's October offensive': the coming month up to five
    months ahead, else the last one; not 'the May government' (a name, or the word)."""
    pub = dt.date(2024, 7, 4)
    [d] = find_dates("Hackers struck ahead of the February election.", pub)
    assert (d.kind, d.begin, d.end_date) == ("month_attr", dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    [d] = find_dates("Borduria's October offensive stalled.", dt.date(2024, 3, 4))
    assert (d.begin, d.end_date) == (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    [d] = find_dates("Both parties are courting donors before the November election.", pub)
    assert (d.begin, d.end_date) == (dt.date(2024, 11, 1), dt.date(2024, 11, 30))
    assert find_dates("Ministers in the May government resigned.", pub) == []


def test_a_list_or_range_of_years_is_one_span_first_to_last():
    """'in 2015, 2016 and 2019' (hacks told over years), 'between 2003 and 2005', 'from 2011
    to 2013': one date from the first year's start to the last one's end."""
    for text, y1, y2 in [
        ("the servers were breached in 2015, 2016 and 2019", 2015, 2019),
        ("prices fell between 2003 and 2005", 2003, 2005),
        ("she led the agency from 2011 to 2013", 2011, 2013),
    ]:
        [d] = find_dates(text, PUB)
        assert (d.begin, d.end_date) == (dt.date(y1, 1, 1), dt.date(y2, 12, 31))
    [d] = find_dates("the plant opened in 2009", PUB)
    assert (d.begin, d.end_date) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))


def test_a_programme_named_this_week_is_no_date():
    """'on NBC's "This Week"', 'told NBC's This Week': the title case after a possessive or a
    quotation mark names a programme; 'This week, ...' opening a sentence is still a date."""
    assert find_dates("Senator Ola Brandt said on NBC's \"This Week\" that the bill was dead.", PUB) == []
    assert find_dates("Governor Ines Vale told CBS's This Week that she would veto it.", PUB) == []
    (d,) = find_dates("This week, the council met twice.", PUB)
    assert d.begin == dt.date(2022, 1, 10)


@pytest.mark.parametrize(
    "text, published, begin",
    [
        # up to five months ahead: the coming one (the party congress in spring, the vote ahead)
        ("The party will choose its leader at a congress in July.", dt.date(2023, 4, 12), dt.date(2023, 7, 1)),
        ("Turnout is expected to be low in November.", dt.date(2023, 6, 30), dt.date(2023, 11, 1)),
        ("The mission is due to end in February.", dt.date(2023, 10, 2), dt.date(2024, 2, 1)),
        # six months or more ahead: the last one
        ("The ferry sank in October.", dt.date(2023, 4, 12), dt.date(2022, 10, 1)),
        ("in September", dt.date(2016, 10, 9), dt.date(2016, 9, 1)),
    ],
)
def test_a_month_named_alone_is_the_coming_one_up_to_five_months_ahead(text, published, begin):
    (d,) = find_dates(text, published)
    assert d.begin == begin


def test_since_a_month_is_the_one_begun_by_publication():
    """'since January' in a November article is that year's January, though the coming
    January is nearer: what began 'since' a month began before the report."""
    (d,) = find_dates("The patrols have doubled since January.", dt.date(2023, 11, 20))
    assert (d.begin, d.end_date) == (dt.date(2023, 1, 1), dt.date(2023, 1, 31))
    (d,) = find_dates("Prices have risen since December.", dt.date(2024, 1, 8))
    assert d.begin == dt.date(2023, 12, 1)


def test_a_year_opening_a_sentence_is_a_date():
    """'In 2019, ...', 'Since 2014, ...', 'Between 2010 and 2013 ...' capitalised."""
    (d,) = find_dates("In 2019, the envoy met the rebels.", PUB)
    assert (d.begin, d.end_date) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    (d,) = find_dates("Between 2010 and 2013 hackers broke into the bank.", PUB)
    assert (d.begin, d.end_date) == (dt.date(2010, 1, 1), dt.date(2013, 12, 31))


@pytest.mark.parametrize(
    "text, begin, end",
    [
        # published 2022-01-16: "two years ago" is all of 2020, "three months ago" October 2021
        ("she left the ministry two years ago", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("the pact lapsed a year ago", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("he was named envoy three months ago", dt.date(2021, 10, 1), dt.date(2021, 10, 31)),
    ],
)
def test_years_and_months_ago_are_that_whole_year_or_month(text, begin, end):
    (d,) = find_dates(text, PUB)
    assert (d.begin, d.end_date) == (begin, end)


@pytest.mark.parametrize(
    "text, published, begin, end",
    [
        ("the border was closed in the summer of 2014", PUB, dt.date(2014, 6, 1), dt.date(2014, 8, 31)),
        ("talks stalled in late spring 2019", PUB, dt.date(2019, 3, 1), dt.date(2019, 5, 31)),
        ("the strike began in the winter of 2012", PUB, dt.date(2012, 12, 1), dt.date(2013, 2, 28)),
        ("the vote is due this fall", dt.date(2016, 6, 3), dt.date(2016, 9, 1), dt.date(2016, 11, 30)),
        # "last summer", written in September: the summer of the year before
        ("the envoys met last summer", dt.date(2016, 9, 14), dt.date(2015, 6, 1), dt.date(2015, 8, 31)),
        # "this winter" in January: the one begun in December
        ("protests grew this winter", PUB, dt.date(2021, 12, 1), dt.date(2022, 2, 28)),
    ],
)
def test_a_season_with_its_year_or_last_or_this_is_its_months(text, published, begin, end):
    (d,) = find_dates(text, published)
    assert (d.begin, d.end_date) == (begin, end)


@pytest.mark.parametrize("text", ["Since the fall of Ostrava, the front has held.", "Prices fall 2016 percent", "a spring offensive"])
def test_a_season_word_without_year_or_last_this_is_no_date(text):
    assert not find_dates(text, PUB)


def test_a_year_on_a_noun_opening_a_sentence_is_a_date():
    (d,) = find_dates("The 2011 uprising toppled the regime.", PUB)
    assert (d.begin, d.end_date, d.text) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31), "2011")


@pytest.mark.parametrize("text, year", [("talks resumed in early 2015", 2015), ("the blockade has held since mid-2014", 2014), ("in late 2013", 2013)])
def test_early_mid_or_late_in_a_year_is_that_whole_year(text, year):
    (d,) = find_dates(text, PUB)
    assert (d.begin, d.end_date) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize(
    "text, begin, end",
    [
        # in an article of 16 January 2022, a yearless month or day ahead is last year's
        ("in February", dt.date(2021, 2, 1), dt.date(2021, 2, 28)),
        ("on February 3", dt.date(2021, 2, 3), dt.date(2021, 2, 3)),
        # already past, or with its own year: as written
        ("in January", dt.date(2022, 1, 1), dt.date(2022, 1, 31)),
        ("in February 2022", dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
    ],
)
def test_behind_reads_a_yearless_date_back(text, begin, end):
    (d,) = [d for d in find_dates(text, PUB) if d.resolved]
    assert behind(d, PUB) == (begin, end)
