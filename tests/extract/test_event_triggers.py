"""Event triggers and false events (kg/extract/events.py, data/rules/events.json): the
happenings news tells with a verb and its object or a two-word noun, and the nouns that
name a body or rename a happening told nearby. Every sentence is written for these tests
(none comes from an evaluation article); each rule's test fails without that rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Document

slow = pytest.mark.slow


def run(extractor, text: str, published=dt.date(2024, 3, 15)):
    ex = extractor.extract(Document("t", text, published=published))
    names = {a.key: a.name for a in ex.actors}
    return [(e, [names[k] for k in e.participants], [names[k] for k in e.targets]) for e in ex.events]


def of_type(found, etype):
    return [f for f in found if f[0].type == etype]


@slow
def test_summoning_an_envoy_is_an_event_of_type_other(extractor):
    found = run(extractor, "The foreign ministry of Norland summoned Vestland's chargé d'affaires in Velm on Tuesday.")
    assert [e.start for e, _, _ in of_type(found, "other")] == [dt.date(2024, 3, 12)]
    found = run(extractor, "On Monday, the Ambassador of Vestland in Velm, Piet Aros, was summoned to the ministry.")
    [(e, _, targets)] = of_type(found, "other")
    assert e.start == dt.date(2024, 3, 11) and targets == ["Piet Aros"]


@slow
def test_lodging_representations_and_approving_a_sale(extractor):
    found = run(extractor, "Spokesperson Lin Hao said Beijing lodged stern representations with Vestland on Monday.")
    assert [e.start for e, _, _ in of_type(found, "other")] == [dt.date(2024, 3, 11)]
    found = run(extractor, "The State Department approved the sale of 40 fighter jets to Norland on Tuesday.")
    [(e, parts, _)] = of_type(found, "other")
    assert e.start == dt.date(2024, 3, 12) and parts


@slow
def test_a_report_released_or_published_is_an_event(extractor):
    found = run(extractor, "A report published last month by the Velm Policy Group found that the strikes had doubled.")
    [(e, parts, _)] = of_type(found, "other")
    assert (e.start, e.end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29)) and parts == ["Velm Policy Group"]
    found = run(extractor, "A report by the Norland Audit Office, released on Tuesday, concluded that the funds were lost.")
    assert [e.start for e, _, _ in of_type(found, "other")] == [dt.date(2024, 3, 12)]


@slow
def test_a_board_of_inquiry_is_a_body_not_an_event(extractor):
    found = run(extractor, "The navy set up a board of inquiry. Officials in Velm dismissed the board of inquiry as a sham.")
    assert not of_type(found, "other")


@slow
def test_prisoner_exchange_televised_remarks_and_hearings(extractor):
    found = run(extractor, "The release of the sailors coincided with a prisoner swap brokered by Qatar.")
    # (the release is an event of its own too: releases of captives are `other`)
    assert any("swap" in e.label.lower() for e, _, _ in of_type(found, "other"))
    found = run(extractor, "General Piet Aros rejected that account in televised remarks on Wednesday.")
    [(e, parts, _)] = of_type(found, "interview")
    assert e.start == dt.date(2024, 3, 13) and parts == ["Piet Aros"]
    found = run(extractor, "The Senate Armed Services Committee held a hearing on the budget on Tuesday.")
    [(e, parts, _)] = of_type(found, "meeting")
    assert e.start == dt.date(2024, 3, 12) and parts


@slow
def test_an_encounter_renaming_a_happening_is_no_meeting(extractor):
    found = run(
        extractor,
        "A Norland navy boat approached a drilling ship in early February, an encounter that Velm called a threat. "
        "Two jets shadowed the frigate and the encounter was safe, the ministry said.",
    )
    assert not of_type(found, "meeting")
    found = run(extractor, "Foreign Minister Ana Sousa had a brief encounter with Foreign Minister Piet Aros on Tuesday.")
    [(e, parts, _)] = of_type(found, "meeting")
    assert set(parts) == {"Ana Sousa", "Piet Aros"}


@slow
def test_a_dated_or_presidential_vote_is_an_election(extractor):
    found = run(extractor, "The agency offered help to every county before the Nov. 8 vote.", published=dt.date(2016, 9, 1))
    [(e, _, _)] = of_type(found, "election")
    assert e.start == dt.date(2016, 11, 8)
    assert not of_type(run(extractor, "Analysts said the rural vote would decide the race."), "election")


@slow
def test_conjoined_happenings_of_one_type_share_their_date(extractor):
    found = run(extractor, "Observers praised the parliamentary election and the local referendum held on Sunday.")
    assert [e.start for e, _, _ in of_type(found, "election")] == [dt.date(2024, 3, 10)] * 2


@slow
def test_a_month_of_a_scheduled_happening_is_the_coming_one(extractor):
    found = run(extractor, "The tribunal is due to hold hearings on the merits of the case in The Hague in June.", published=dt.date(2026, 3, 10))
    [(e, _, _)] = of_type(found, "meeting")
    assert (e.start, e.end) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    found = run(extractor, "The two presidents met in Velm in June.", published=dt.date(2026, 3, 10))
    assert [e.start for e, _, _ in of_type(found, "meeting")] == [dt.date(2025, 6, 1)]


@slow
def test_two_speakers_media_appearances_stay_two(extractor):
    found = run(
        extractor,
        "Government spokesman Ali Sow spoke in a televised address on Monday evening. "
        "The Norlandic government rejected his accusations. Its spokesman, Piet Aros, said Norland had done nothing. "
        '"We will not be made a scapegoat," he told reporters in Velm.',
    )
    assert sorted(parts for _, parts, _ in of_type(found, "interview")) == [["Ali Sow"], ["Piet Aros"]]


@slow
def test_telling_a_news_outlet_after_a_quote_is_an_interview(extractor):
    found = run(extractor, '"I wrote things I would phrase differently," Senator Lena Ames told The Huffington Post on Tuesday.')
    [(e, parts, _)] = of_type(found, "interview")
    assert e.start == dt.date(2024, 3, 12) and "Lena Ames" in parts
    found = run(extractor, '"It is over," Senator Lena Ames told the Security Council on Tuesday.')
    assert not of_type(found, "interview")
    found = run(extractor, 'Siege ends\nBy Amina Yusuf, CNN, Velm\n\n"We were told it was safe," she told CNN.')
    assert not of_type(found, "interview")


@slow
def test_undated_plural_patrols_are_an_activity_not_an_event(extractor):
    assert not run(extractor, "For now, Norland has doubled its patrols on the river.")
    found = run(extractor, "The two navies held joint patrols in the strait on Tuesday.")
    assert [e.start for e, _, _ in of_type(found, "military_activity")] == [dt.date(2024, 3, 12)]



@slow
def test_a_session_a_body_plans_for_a_day_is_scheduled(extractor):
    found = run(extractor, "The subcommittee plans a closed session with intelligence officials next week.")
    [(e, _, _)] = of_type(found, "meeting")
    assert (e.start, e.end) == (dt.date(2024, 3, 18), dt.date(2024, 3, 24))
    assert not run(extractor, "Norland plans an offensive against the rebels.")


@slow
def test_remarks_in_a_live_blog_entry_are_of_its_day(extractor):
    entry = "Defence spokesman Piet Aros told reporters at the ministry that the boats had drifted."
    blog = f"Live: Norland frees sailors\nUpdated March 15, 2024\n\n10:05\n\nThe crews are safe.\n\n10:40\n\n{entry}"
    [(e, parts, _)] = of_type(run(extractor, blog), "interview")
    assert e.start == dt.date(2024, 3, 15) and parts == ["Piet Aros"]
    [(e, _, _)] = of_type(run(extractor, entry), "interview")
    assert e.start is None
