"""Event dates told relative to other days and happenings, and event types told by what
happened (kg/extract/events.py, kg/extract/dates.py). Every sentence is written for these
tests (new names, new places; none comes from an article)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import of_type, run

slow = pytest.mark.slow


@slow
def test_a_day_told_before_the_for_phrase_of_a_verb_of_blame_is_the_blamings(extractor):
    """'blamed each other on Tuesday for a clash': Tuesday is the blaming's; the clash keeps
    the night the text gives it."""
    ex, _ = run(
        extractor,
        "Ruritania and Borduria blamed each other on Thursday for a clash near the Velka pass that killed three soldiers. "
        "The fighting broke out on the night of March 11-12, according to Ruritania's army.",
    )
    [e] = of_type(ex, "armed_attack")
    assert (e.start, e.end) == (dt.date(2024, 3, 11), dt.date(2024, 3, 12))


@slow
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # 'The crew behind the attack claimed responsibility on Wednesday': Wednesday is the
        # claim's, not the attack's.
        pytest.param(
            "The crew behind the ransomware attack, which calls itself Redhand, claimed responsibility on its website on Wednesday.",
            "cyberattack",
            id="a_trigger_inside_the_subject_does_not_take_the_verbs_day",
        ),
        pytest.param(
            "VELKOGRAD, March 14 (Wire) - Rebels shelled the airport of Velkograd, killing two guards, officials said.",
            "armed_attack",
            id="a_dateline_day_dates_no_event",
        ),
        pytest.param(
            "Hospitals across Valdoria closed three days after a ransomware attack on the health ministry.",
            "cyberattack",
            id="days_after_a_happening_in_a_past_clause_without_a_day_stay_undated",
        ),
        pytest.param(
            "The navy said on Thursday that Borduran gunboats had seized two Ruritanian trawlers.",
            "other",
            id="a_past_perfect_reported_on_a_day_is_not_of_that_day",
        ),
        pytest.param(
            "It was the deadliest ambush on Borduran soil since Sept. 9, 2011, the army said.",
            "armed_attack",
            id="the_bound_of_a_comparison_after_since_dates_no_event",
        ),
        pytest.param(
            "It was the most serious raid on the garrison since March, officials said.",
            "armed_attack",
            id="the_bound_of_a_comparison_with_most_dates_no_event",
        ),
        pytest.param(
            "Investigators asked how two men carried out the deadliest bombing in Velkograd since Oct. 4, 2012.",
            "armed_attack",
            id="the_bound_of_a_comparison_hung_on_the_verb_dates_no_event",
        ),
        pytest.param(
            "Ruritania tightened its border controls on Monday for the first time since the bombings in Velkograd.",
            "armed_attack",
            id="a_happening_told_after_since_takes_no_day_of_the_clause",
        ),
        pytest.param(
            "The guards were doubled on Friday, the first such step since rebels shelled the depot at Velkograd.",
            "armed_attack",
            id="a_clause_after_since_takes_no_day_of_the_main_clause",
        ),
    ],
)
def test_the_one_event_stays_undated(extractor, text, etype):
    """The one event of ``etype`` the sentence tells takes no day from it, one construction a row."""
    ex, _ = run(extractor, text)
    [e] = of_type(ex, etype)
    assert e.start is None


@slow
def test_days_after_a_happening_in_a_present_clause_count_back_from_publication(extractor):
    """'are still closed, three days after a ransomware attack': the attack was three days
    before the report; 'Two days after X voted ..., the talk has turned': the vote too."""
    ex, _ = run(
        extractor,
        "Hospitals across Valdoria are still closed, three days after a ransomware attack on the health ministry.",
    )
    [e] = of_type(ex, "cyberattack")
    assert e.start == dt.date(2024, 3, 12)
    ex, _ = run(
        extractor,
        "Two days after Valdorians voted in the parliamentary election, the talk has turned to the coalition.",
    )
    [e] = of_type(ex, "election")
    assert e.start == dt.date(2024, 3, 13)


@slow
def test_an_undated_hearing_takes_the_day_legislators_are_told_at_work(extractor):
    """'warned senators on Wednesday ...' then 'The hearing came ...': the hearing is
    Wednesday's."""
    ex, _ = run(
        extractor,
        "Admiral Lena Ostrova warned senators on Wednesday that Borduria's navy was growing faster than expected. "
        "The hearing came as the Pentagon weighed new deployments.",
    )
    [e] = [e for e in of_type(ex, "meeting") if "hearing" in e.label.lower()]
    assert e.start == dt.date(2024, 3, 13)
    ex, _ = run(
        extractor,
        "For three hours on Tuesday, lawmakers on the Ruritanian defence committee pressed the army chief. "
        "The hearing ended without a vote.",
    )
    [e] = [e for e in of_type(ex, "meeting") if "hearing" in e.label.lower()]
    assert e.start == dt.date(2024, 3, 12)


@slow
def test_an_undated_hearing_stays_undated_without_legislators_at_work(extractor):
    ex, _ = run(
        extractor,
        "The Borduran navy tested a cruise missile on Wednesday. The hearing came as the Pentagon weighed new deployments.",
    )
    [e] = [e for e in of_type(ex, "meeting") if "hearing" in e.label.lower()]
    assert e.start is None


@slow
def test_a_month_or_year_modifying_the_trigger_dates_it_after_a_preposition(extractor):
    """'ahead of the February election': the month is the election's, not the leak's."""
    ex, _ = run(extractor, "Hackers leaked voter rolls of Dalmatia ahead of the February election.", dt.date(2024, 7, 4))
    [e] = of_type(ex, "election")
    assert (e.start, e.end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    ex, _ = run(extractor, "Hackers leaked voter rolls of Dalmatia ahead of the 2023 election.", dt.date(2024, 7, 4))
    [e] = of_type(ex, "election")
    assert e.start == dt.date(2023, 1, 1)


@slow
def test_a_device_that_detonated_is_an_armed_attack_with_its_day(extractor):
    """'an explosive device detonated under a truck' (read as a participle of 'device'): the
    attack, dated; 'the incident' after it is the same."""
    ex, _ = run(
        extractor,
        "On the night of 9-10 March, an explosive device detonated under a truck of the Ruritanian army near the town of Velka. "
        "Borduria denied any role in the incident.",
    )
    [e] = of_type(ex, "armed_attack")
    assert (e.start, e.end) == (dt.date(2024, 3, 9), dt.date(2024, 3, 10))


@slow
def test_releases_and_exchanges_of_captives_are_events(extractor):
    ex, _ = run(extractor, "Iran released the five Ruritanian sailors on Thursday.")
    [e] = of_type(ex, "other")
    assert e.start == dt.date(2024, 3, 14)
    ex, _ = run(extractor, "The 12 fishermen were freed on Wednesday morning, the coast guard said.")
    [e] = of_type(ex, "other")
    assert e.start == dt.date(2024, 3, 13)
    ex, _ = run(extractor, "On 11 March, Ruritania and Borduria carried out an exchange of detained persons at the Velka crossing.")
    [e] = of_type(ex, "other")
    assert e.start == dt.date(2024, 3, 11)
    ex, _ = run(extractor, "Five Ruritanian soldiers were apprehended near the border on Monday.")
    [e] = of_type(ex, "other")
    assert e.start == dt.date(2024, 3, 11)


@slow
def test_releasing_a_report_or_a_video_of_captives_is_no_release(extractor):
    ex, _ = run(extractor, "Borduria released a video of the detained sailors on Monday. The ministry released its annual report.")
    assert of_type(ex, "other") == []


@slow
def test_days_before_or_after_another_dated_happening(extractor):
    """'struck the depot a day before the talks on Wednesday': Tuesday; 'The attack came two
    days after the talks on Monday': Wednesday."""
    ex, _ = run(extractor, "Ruritanian drones struck a fuel depot in Velka a day before the talks in Geneva on Wednesday.")
    [e] = of_type(ex, "armed_attack")
    assert e.start == dt.date(2024, 3, 12)
    ex, _ = run(extractor, "The attack on the depot came two days after the talks in Geneva on Monday.")
    [e] = of_type(ex, "armed_attack")
    assert e.start == dt.date(2024, 3, 13)


@slow
def test_conjoined_happenings_share_a_day_when_the_parser_splits_them(extractor):
    """'interference ... in the presidential election and the constitutional referendum held
    on Sunday, 20 October': the parser joins the referendum to 'interference'; by word order
    the two happenings are conjoined and share the day."""
    ex, _ = run(
        extractor,
        "The ministry condemned interference of Ruritania in the presidential election and the constitutional referendum held on Sunday, 20 October.",
        dt.date(2024, 10, 22),
    )
    assert sorted(e.start for e in of_type(ex, "election")) == [dt.date(2024, 10, 20)] * 2


@slow
def test_testifying_before_legislators_is_a_hearing(extractor):
    """'testified before the Senate Armed Services Committee on Tuesday' is a hearing with the
    witness and the committee; 'The hearing' after it is the same; a scheduled one is ahead."""
    ex, names = run(
        extractor,
        "Admiral Lena Ostrova testified before the Senate Armed Services Committee on Tuesday. The hearing lasted three hours.",
    )
    [e] = of_type(ex, "meeting")
    assert e.start == dt.date(2024, 3, 12)
    assert {names[k] for k in e.participants} == {"Lena Ostrova", "Senate Armed Services Committee"}
    ex, _ = run(extractor, "Ostrova is scheduled to appear before the House Oversight Committee next week.")
    [e] = of_type(ex, "meeting")
    assert (e.start, e.end) == (dt.date(2024, 3, 18), dt.date(2024, 3, 24))


@slow
def test_testifying_elsewhere_is_no_hearing(extractor):
    ex, _ = run(extractor, "Ostrova testified at the trial of Karl Venn on Monday. She appeared on television on Tuesday.")
    assert of_type(ex, "meeting") == []


@slow
def test_a_day_after_a_time_of_day_dates_the_happening(extractor):
    """'began before dawn on Sunday': Sunday is the assault's, not the dawn's."""
    ex, _ = run(extractor, "Rebels attacked the army camp at Velka. The assault on the camp began before dawn on Sunday.")
    [e] = of_type(ex, "armed_attack")
    assert e.start == dt.date(2024, 3, 10)


@slow
def test_a_ranked_class_is_no_happening_and_its_span_dates_none(extractor):
    """'in one of the deadliest attacks this year': this year is the class's; the assault told
    later with its own day is the happening."""
    ex, _ = run(
        extractor,
        "Rebels have overrun an army base near Velka, in one of the deadliest attacks on the army this year. "
        "The assault on the base began on Sunday.",
    )
    [e] = of_type(ex, "armed_attack")
    assert e.start == dt.date(2024, 3, 10)


@slow
def test_a_transit_of_a_warship_and_what_happened_during_it(extractor):
    """"Tuesday's transit of the destroyer" is a military activity of the last Tuesday, also
    as the cause of a coming briefing; jets that 'shadowed the destroyer during the transit'
    did so that day."""
    ex, _ = run(
        extractor,
        "The briefing on Friday will be dominated by Tuesday's transit of the destroyer USS Kestrel near the reef. "
        "Two Chinese jets shadowed the destroyer during the transit.",
    )
    assert sorted(e.start for e in of_type(ex, "military_activity")) == [dt.date(2024, 3, 12)] * 2


@slow
def test_a_day_of_a_conjoined_verb_is_not_the_triggers(extractor):
    """'... when he began selling the data in 2019 and has been sentenced to five years':
    the year is the selling's (a verb of its own), the sentence has no day in the text."""
    ex, _ = run(
        extractor,
        "Tomas Relk was on parole for fraud in Latvia when he began selling stolen card data "
        "in 2019 and has been sentenced to five years in prison there.",
    )
    assert [(e.type, e.start) for e in of_type(ex, "other")] == [("other", None)]


@slow
def test_a_day_written_before_its_noun_is_that_nouns(extractor):
    """'to sway the Nov. 3 election': the day is the election's alone (never the hacking's),
    and an election with its own day is scheduled whatever is done to it."""
    ex, _ = run(
        extractor,
        "Hackers stole the party's emails to sway the Nov. 3 election.",
        published=dt.date(2024, 7, 30),
    )
    assert sorted(((e.type, e.start) for e in ex.events), key=str) == sorted(
        [("cyberattack", None), ("election", dt.date(2024, 11, 3))], key=str
    )


@slow
def test_a_possessive_day_of_another_noun_dates_no_trigger(extractor):
    """'this week's police warnings of ...': the week is the warnings' (no trigger), not the
    day of the attacks the sentence names; 'Tuesday's attack' keeps its day."""
    ex, _ = run(
        extractor,
        "The judge cited rising cyberattacks on hospitals in recent years, including this week's "
        "police warnings of breaches at clinics.",
    )
    assert all(e.start is None for e in ex.events)
    ex, _ = run(extractor, "Tuesday's attack on the depot killed two soldiers.")
    assert [(e.type, e.start) for e in ex.events] == [("armed_attack", dt.date(2024, 3, 12))]


@slow
def test_a_briefing_near_the_end_of_a_day_of_talks_is_on_the_talks_day(extractor):
    """event_occasion_preps 'near', through event_gathering_parts ('the end of a day of
    meetings'): the briefing shares the day of the talks told before."""
    ex, _ = run(
        extractor,
        "Talks between the two finance ministers opened in Vilnius on Monday.\n\n"
        "Prices fell in May and rose in April, a survey said.\n\n"
        "Minister Aron Belk told a news briefing near the end of a day of annual meetings in Vilnius.",
        published=dt.date(2024, 3, 12),
    )
    assert [(e.type, e.start) for e in of_type(ex, "interview")] == [("interview", dt.date(2024, 3, 11))]


@slow
@pytest.mark.parametrize(
    ("text", "etype", "dates"),
    [
        # a past verb tells what happened: a yearless month or day ahead of publication
        # (15 March 2024) is last year's, not the nearest
        pytest.param("Lena Ortiz sued the city of Velkograd in May.", "other",
                     (dt.date(2023, 5, 1), dt.date(2023, 5, 31)), id="a_past_verb_in_a_month_ahead_is_last_years"),
        pytest.param("Lena Ortiz sued the city of Velkograd on May 3.", "other",
                     (dt.date(2023, 5, 3), dt.date(2023, 5, 3)), id="a_past_verb_on_a_day_ahead_is_last_years"),
        pytest.param("Governor Tom Hale gave a speech in Iowa in April.", "interview",
                     (dt.date(2023, 4, 1), dt.date(2023, 4, 30)), id="a_noun_of_a_past_verb_in_a_month_ahead_is_last_years"),
        # a participle after a past auxiliary is as past ('was shelled', 'had met')
        pytest.param("The ferry terminal of Velkograd was shelled in July.", "armed_attack",
                     (dt.date(2023, 7, 1), dt.date(2023, 7, 31)), id="a_past_passive_in_a_month_ahead_is_last_years"),
        pytest.param("Lena Ortiz and Tom Hale had met in Velkograd in June.", "meeting",
                     (dt.date(2023, 6, 1), dt.date(2023, 6, 30)), id="a_past_perfect_in_a_month_ahead_is_last_years"),
        # already past, or with its own year: as written
        pytest.param("Lena Ortiz sued the city of Velkograd in February.", "other",
                     (dt.date(2024, 2, 1), dt.date(2024, 2, 29)), id="a_past_month_stays"),
        pytest.param("Lena Ortiz sued the city of Velkograd in May 2024.", "other",
                     (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), id="a_month_with_its_year_stays"),
        # a happening after 'since' keeps the date written right after it, wherever it hangs
        pytest.param("Bread prices in Velkograd have risen since the invasion of Borduria in January.", "armed_attack",
                     (dt.date(2024, 1, 1), dt.date(2024, 1, 31)), id="a_happening_after_since_keeps_its_own_date"),
    ],
)
def test_a_yearless_date_of_a_past_verb_is_read_back(extractor, text, etype, dates):
    ex, _ = run(extractor, text)
    [e] = of_type(ex, etype)
    assert (e.start, e.end) == dates
