"""Events real news names in passing: interviews dated by their programme, a recording
participle or a 'last week' told just before; primary contests and election seasons;
changes of office; sanctions a legislature passes or takes up; aircraft shot down. Every
sentence is written for these tests; none comes from an article."""

from __future__ import annotations

import datetime as dt

from kg.records import Document

SUNDAY = dt.date(2016, 5, 15)


def _events(extractor, text: str, published=SUNDAY):
    ex = extractor.extract(Document("t", text, published=published))
    return [(e.type, e.start, e.end) for e in ex.events]


def test_an_interview_on_a_sunday_programme_whose_name_holds_the_outlet(extractor):
    """event_sunday_programmes: 'with "Fox News Sunday"' names the outlet inside the programme."""
    text = 'Governor Lena Ostrova criticised the tariff plan.\n\n"We cannot accept it," Ostrova said in an interview with "Fox News Sunday."'
    assert ("interview", SUNDAY, SUNDAY) in _events(extractor, text)


def test_an_interview_dated_by_its_recording_participle(extractor):
    """event_recording_verbs: 'told the network in the interview, taped Saturday'."""
    text = (
        "Senator Lisa Harmon criticised the trade deal.\n\n"
        '"We cannot accept this agreement," Harmon said in an interview with a radio station.\n\n'
        '"The farmers will pay for it," Harmon told Fox in the interview, taped Saturday.'
    )
    saturday = dt.date(2016, 5, 14)
    assert ("interview", saturday, saturday) in _events(extractor, text)


def test_remarks_to_reporters_take_the_week_told_just_before(extractor):
    """An undated 'told reporters' borrows a 'last week' of the sentence before, as it does a day."""
    text = (
        "Mayor Tomas Ferrin spoke about the port.\n\n"
        "Ferrin last week urged Borduria to reopen the harbour. "
        '"Open it, and we will talk," Ferrin told reporters.'
    )
    found = [e for e in _events(extractor, text) if e[0] == "interview"]
    assert found and found[0][1] == dt.date(2016, 5, 2)


def test_a_primary_contest_and_an_election_season_are_elections(extractor):
    """event_compounds: 'primary contest', 'election season'; two mentions of one season are one."""
    text = (
        "Governor Ellen Marsh spoke on tariffs.\n\n"
        "Marsh, who is trailing in the Democratic presidential primary contest, spoke in Dayton. "
        "Building support for the bill will be hard during an election season, Senator Paul Ridley said. "
        "Ridley added that votes are rare in an election season."
    )
    assert [e[0] for e in _events(extractor, text)].count("election") == 2


def test_a_change_of_office_is_an_event_of_type_other(extractor):
    """event_succeeding_verbs and event_taking_office_verbs; 'replaced its old servers' is none."""
    text = (
        "Ruritania reshuffles its diplomats.\n\n"
        "Tomas Varga, Ruritania's ambassador to Berlin, will be replaced by Ilona Kovach. "
        "Peter Lang, an aide to the president, will take over as the senior official for Asia.\n\n"
        "Last year Mira Holt replaced Anton Bek as defence minister.\n\n"
        "The company replaced its old servers in May."
    )
    found = _events(extractor, text)
    assert [e[0] for e in found].count("other") == 3
    assert ("other", dt.date(2015, 1, 1), dt.date(2015, 12, 31)) in found


def test_sanctions_a_legislature_passes_or_takes_up(extractor):
    """event_legislative_documents: 'passed measures to step up sanctions', 'a bill that would
    impose sanctions'; a wish to impose them is none."""
    text = (
        "Lawmakers move on sanctions.\n\n"
        "In the Senate, lawmakers this week passed a set of measures to step up sanctions against Ruritania. "
        "Senator Ann Lowry introduced a bill that would impose new sanctions on Borduria. "
        "Lowry wants to impose sanctions on Syldavia."
    )
    assert [e[0] for e in _events(extractor, text)].count("sanction") == 2


def test_an_aircraft_shot_down_is_an_armed_attack(extractor):
    """event_verb_objects 'shoot bomber', 'shoot drone'."""
    text = (
        "Tensions rise over the border.\n\n"
        "In March, Syldavian forces shot down a Bordurian drone over the lake. "
        "The war in Carpathia has gone on for a decade."
    )
    found = [e for e in _events(extractor, text) if e[0] == "armed_attack"]
    assert ("armed_attack", dt.date(2016, 3, 1), dt.date(2016, 3, 31)) in found


def test_wire_style_weekdays_that_date_an_appearance(extractor):
    """date_weekday_appearance_nouns and date_weekday_told_verbs: 'in a Thursday interview',
    'told MSNBC Monday'; 'told Fox News Sunday' is the programme, dated as one."""
    cases = [
        ('"The levy is dead," Senator Maria Kolb said in a Thursday interview with CNN.', dt.date(2016, 5, 12)),
        ('"The levy is dead," Senator Maria Kolb told MSNBC Monday.', dt.date(2016, 5, 9)),
        ('"The levy is dead," Senator Maria Kolb told Fox News Sunday.', SUNDAY),
    ]
    for sentence, day in cases:
        found = [e for e in _events(extractor, "Levy fight goes on.\n\n" + sentence) if e[0] == "interview"]
        assert found and found[0][1] == day, sentence


def test_a_monday_meeting_alone_is_no_date(extractor):
    from kg.extract.dates import find_dates

    assert find_dates("The council holds a Monday meeting on budgets.", SUNDAY) == []


def test_speaking_on_a_sunday_programme_is_an_interview(extractor):
    """A participle clause of an appearance verb: 'said, speaking on "Fox News Sunday."'"""
    text = 'Levy fight goes on.\n\n"We will not back down," Senator Maria Kolb said, speaking on "Fox News Sunday."'
    assert ("interview", SUNDAY, SUNDAY) in _events(extractor, text)


def test_remarks_to_reporters_take_the_day_of_the_occasion_told_just_before(extractor):
    """'was careful when asked about it after the hearing. "...," she told reporters': the
    dated hearing the sentence before names is the occasion of the remarks."""
    text = (
        "Senators question the spy chief.\n\n"
        "The Senate Intelligence Committee held a hearing on Tuesday on foreign interference. "
        "Several members pressed the director on the leaks. Others asked about the budget.\n\n"
        "Senator Clara Ridley was careful when asked about the remarks after the hearing. "
        '"I will not referee a debate," she told reporters.'
    )
    tuesday = dt.date(2016, 9, 27)
    assert ("interview", tuesday, tuesday) in _events(extractor, text, published=dt.date(2016, 9, 28))


def test_a_named_address_to_a_legislature_is_an_event(extractor):
    """event_named_addresses: 'Tuesday night's State of the Union address' (type other), dated
    by the possessive day on its name."""
    text = (
        "Sailors held in the gulf.\n\n"
        "Senator Ana Riordan blamed the navy of Borduria for a provocation timed to Tuesday night's State of the Union address."
    )
    tuesday = dt.date(2016, 1, 12)
    assert ("other", tuesday, tuesday) in _events(extractor, text, published=dt.date(2016, 1, 14))
