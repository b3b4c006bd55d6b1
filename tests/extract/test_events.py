"""Events: their types, triggers, arguments, dates and coreference (kg/extract/events.py,
data/rules/events.json). Every sentence is written for these tests (none comes from the
evaluation set); each rule's test fails without that rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.extract.dates import ahead, find_dates
from kg.records import EVENT_TYPES, Document
from kg.resources import data_file
from kg.rules import lexicon, table
from tests.extract.helpers import events, run

slow = pytest.mark.slow


# --- the registry of event types (no spaCy) ---------------------------------------------


def test_every_registered_type_is_described():
    """kg.records.EVENT_TYPES is the registry's keys: each entry is its SKOS concept and
    its PLOVER and CAMEO matches (kg.event_types writes the scheme from them; the ontology
    tests check it)."""
    assert EVENT_TYPES and EVENT_TYPES[-1] == "other"
    for name, entry in table("event_types").items():
        assert set(entry) <= {"label", "alt_labels", "definition", "matches", "note"}, name
        assert isinstance(entry["label"], str) and entry["label"], name
        assert isinstance(entry["definition"], str) and entry["definition"], name
        assert all(isinstance(c, str) for codes in entry["matches"].values() for c in codes), name


def test_every_trigger_has_a_registered_type():
    types = set(EVENT_TYPES) | {"attack", "operation"}  # decided by context
    for name in ("event_nouns", "event_verbs", "event_compounds"):
        bad = {k: v for k, v in table(name).items() if v not in types}
        assert not bad, f"{name}: {bad}"


def test_trigger_tables_live_in_events_json_only():
    lex = json.loads((data_file("rules") / "lexicon.json").read_text())
    assert "event_nouns" not in lex.get("tables", {})
    assert "summit" in table("event_nouns") and "resign" in table("event_verbs")
    assert "claim" in lexicon("event_dispute_cues")


def test_weekday_before_an_explicit_date_is_one_date():
    text = "The convoy was stopped on Saturday, 5 August 2023, near the border."
    found = find_dates(text, dt.date(2023, 8, 9))
    assert len(found) == 1
    assert found[0].begin == dt.date(2023, 8, 5) and found[0].text.startswith("on Saturday")


def test_a_month_named_alone_is_that_whole_month_nearest_publication():
    """SCHEMA: 'in September' in an article of 2016-10-09 is 2016-09-01 to 2016-09-30; a
    month just ahead is this year's ('likely in February' in January), one far ahead last
    year's; lower-case 'in may' and 'May's' are no dates, and a month with a day or a year
    stays the longer date."""
    def one(text, published):
        return [(d.kind, d.begin, d.end_date) for d in find_dates(text, published)]

    assert one("The Ostrian envoy resigned in September after the vote.", dt.date(2016, 10, 9)) == [
        ("month", dt.date(2016, 9, 1), dt.date(2016, 9, 30))
    ]
    assert one("A hearing on the canal treaty is likely in February.", dt.date(2016, 1, 18)) == [
        ("month", dt.date(2016, 2, 1), dt.date(2016, 2, 29))
    ]
    assert one("Dalmir tested a rocket in early November, officials said.", dt.date(2016, 1, 18)) == [
        ("month", dt.date(2015, 11, 1), dt.date(2015, 11, 30))
    ]
    assert one("Talks may resume, and in may be delayed; May's aides said so.", dt.date(2016, 1, 18)) == []
    assert one("Envoys froze the process last December.", dt.date(2025, 5, 15)) == [
        ("month", dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    ]
    assert [k for k, _, _ in one("It began in June 2019 and ended on June 4.", dt.date(2020, 1, 8))] == ["month_year", "month_day"]


# --- extraction (spaCy) -------------------------------------------------------------------


@slow
def test_investigation_opened_is_an_event_of_type_other(extractor):
    ex, names = run(extractor, "The Public Prosecution Service of Portugal opened an investigation into the land deals on Tuesday.")
    [(e, parts, _)] = events(ex, names, "other")
    assert e.start == dt.date(2024, 3, 12)
    assert any("Prosecution" in p for p in parts)


@slow
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        pytest.param(
            "Foreign Minister Ana Sousa said on Tuesday that the investigation was continuing.",
            "other",
            id="a_lone_back_reference_to_an_investigation_is_no_event",
        ),
        pytest.param(
            "Kremlin spokesman Dmitry Peskov dismissed the accusations on Monday.",
            "other",
            id="dismissing_accusations_is_no_event",
        ),
        pytest.param(
            "The Georgia Bureau of Investigation said on Friday it was working with the FBI.",
            "other",
            id="a_bureau_of_investigation_is_a_name",
        ),
        pytest.param(
            "Deputy Foreign Minister Maria Zakharova said on Monday she saw no grounds for new talks.",
            "meeting",
            id="no_grounds_for_talks_is_no_meeting",
        ),
        pytest.param(
            "Deputy Secretary of State Kurt Campbell said on Monday that the sides had discussed limits on the size "
            "of naval exercises and transparency around missile deployments. Military drills need rules, he said.",
            "military_activity",
            id="topics_of_talks_are_no_events",
        ),
        pytest.param("Maria Lind plans to hire a new campaign manager.", "other", id="a_planned_act_is_no_event"),
        pytest.param("Karl Ost paid tribute to the victims on Monday.", "other", id="paying_tribute_is_a_light_use"),
        pytest.param("Did Maria Lind pay the lobbyists?", "other", id="an_act_asked_about_is_no_event"),
        pytest.param(
            "If Karl Ost fled the country, the court would try him in absentia.", "other", id="an_act_in_a_condition_is_no_event"
        ),
        pytest.param("Maria Lind never donated to the party.", "other", id="a_negated_act_is_no_event"),
        pytest.param("The army fired a missile at the town on Monday.", "other", id="firing_a_weapon_is_no_dismissal"),
        pytest.param(
            "Senators asked why the director did not recommend that Maria Lind be prosecuted.",
            "other",
            id="a_subjunctive_act_is_no_event",
        ),
        pytest.param('"I will win," Maria Lind tweeted.', "other", id="a_verb_that_cues_a_quote_is_no_posting"),
        pytest.param(
            "Karl Ost said in a video posted on Telegram that the army had shelled his camp.", "other", id="a_video_posted_carries_words_said"
        ),
        pytest.param("The Velm ministry released a statement on Monday.", "other", id="a_statement_released_is_no_act"),
        pytest.param(
            "Publishers are reviving Trump biographies published decades ago.", "other", id="a_name_on_the_thing_acted_upon_is_no_party"
        ),
    ],
)
def test_no_event_of_the_type(extractor, text, etype):
    """A sentence that tells no event of ``etype``, one construction a row."""
    ex, names = run(extractor, text)
    assert not events(ex, names, etype)


@slow
def test_resignation_and_arrest(extractor):
    ex, names = run(
        extractor,
        "Prime Minister Anna Berg of Sweden resigned on Friday. Opposition leader Tomas Vell was arrested in Minsk on Sunday.",
    )
    found = events(ex, names, "other")
    assert any("Anna Berg" in p for _, p, _ in found)
    assert any("Tomas Vell" in t for _, _, t in found)


@slow
def test_decree_and_dismissal_are_one_event(extractor):
    ex, names = run(
        extractor, "In a decree issued on Monday, President Maria Lind of Finland dismissed Defence Minister Karl Ost."
    )
    [(e, parts, targets)] = events(ex, names, "other")
    assert parts == ["Maria Lind"] and targets == ["Karl Ost"]
    assert e.start == dt.date(2024, 3, 11)


@slow
def test_criminal_case_against_someone(extractor):
    ex, names = run(extractor, "Russia's Investigative Committee opened a criminal case against Alexei Orlov on Friday.")
    [(e, parts, targets)] = events(ex, names, "other")
    assert targets == ["Alexei Orlov"] and parts


@slow
def test_interviews_with_the_media(extractor):
    ex, names = run(
        extractor,
        "Foreign Minister Lena Park of South Korea told a German newspaper on Sunday that talks were possible. "
        "President Viktor Orban addressed the nation on Monday. "
        "Defence Minister Rui Costa told a news conference in Lisbon on Tuesday that the army was ready.",
    )
    found = events(ex, names, "interview")
    assert {p[0] for _, p, _ in found if p} == {"Lena Park", "Viktor Orban", "Rui Costa"}
    assert not events(ex, names, "meeting")


@slow
def test_firing_weapons_at_someone_is_an_armed_attack(extractor):
    ex, names = run(
        extractor, "Venezuela and Guyana traded accusations. Venezuelan troops fired mortars at Guyanese positions on Monday."
    )
    [(e, parts, targets)] = events(ex, names, "armed_attack")
    assert parts == ["Venezuela"] and len(targets) == 1 and targets[0].startswith("Guyan")


@slow
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        pytest.param(
            "The Kurdish militia claimed that the Turkish army had struck its base near Qamishli on Monday.",
            "armed_attack",
            [],
            id="a_claimed_strike_has_no_participants",
        ),
        pytest.param(
            "Japan's Chief Cabinet Secretary, Yoshimasa Hayashi, read out a statement in Tokyo on Tuesday.",
            "interview",
            ["Yoshimasa Hayashi"],
            id="reading_out_a_statement_is_a_media_appearance_of_the_person",
        ),
        pytest.param(
            "Dutch intelligence has concluded that China hacked the networks of the Dutch Ministry of Defence.",
            "cyberattack",
            [],
            id="a_concluded_attribution_leaves_participants_to_claims",
        ),
        pytest.param(
            "North Korea conducted a missile test on Friday.",
            "military_activity",
            ["North Korea"],
            id="weapons_tests_are_military_activity",
        ),
        pytest.param(
            "The talks mediated by the African Union resumed in Nairobi on Monday.",
            "meeting",
            ["African Union"],
            id="talks_mediated_by_a_body",
        ),
        pytest.param(
            "The International Court of Justice issued its ruling on Friday.",
            "other",
            ["International Court of Justice"],
            id="a_court_ruling_is_an_event",
        ),
    ],
)
def test_participants(extractor, text, etype, expected):
    """The participants of the one event of ``etype`` the sentence tells, one construction a row."""
    ex, names = run(extractor, text)
    [(_, parts, _)] = events(ex, names, etype)
    assert parts == expected


@slow
def test_struck_by_forces_of_a_state(extractor):
    ex, names = run(
        extractor, "Israel widened its campaign. Israeli jets struck a Hezbollah weapons depot in southern Lebanon on Monday."
    )
    [(e, parts, targets)] = events(ex, names, "armed_attack")
    assert parts == ["Israel"] and "Hezbollah" in targets


@slow
def test_scheduled_meeting_is_kept_with_both_sides(extractor):
    ex, names = run(extractor, "Chancellor Olaf Scholz is due to meet President Emmanuel Macron in Paris on Friday.", published=dt.date(2024, 3, 13))
    [(e, parts, _)] = events(ex, names, "meeting")
    assert set(parts) == {"Olaf Scholz", "Emmanuel Macron"}
    assert e.start == dt.date(2024, 3, 15)


@slow
def test_a_purpose_infinitive_is_no_event(extractor):
    ex, names = run(extractor, "The European Commission set up a task force to fight disinformation on Monday.")
    assert not ex.events


@slow
def test_sanctions_on_a_country_make_it_a_target(extractor):
    ex, names = run(extractor, "The European Union imposed sanctions on Belarus on Monday.")
    [(e, parts, targets)] = events(ex, names, "sanction")
    assert targets == ["Belarus"] and parts == ["European Union"]


@slow
def test_resupply_mission_is_military_activity(extractor):
    ex, names = run(extractor, "The Vietnamese navy sent a resupply mission to its outposts on Tuesday.")
    assert [e.type for e in ex.events] == ["military_activity"]


@slow
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        pytest.param(
            "NATO and Russia held talks in Brussels on Wednesday. "
            "NATO Secretary General Mark Rutte told a news conference after the talks that differences remained.",
            "meeting",
            {"NATO", "Russia"},
            id="after_the_talks_is_a_back_reference_not_a_new_meeting",
        ),
        pytest.param(
            "Serbia's President Aleksandar Vucic and Kosovo's Prime Minister Albin Kurti met in Ohrid on March 18.",
            "meeting",
            {"Aleksandar Vucic", "Albin Kurti"},
            id="conjoined_people_with_titles_all_take_part",
        ),
        pytest.param(
            "President Cyril Ramaphosa and President Xi Jinping discussed trade by telephone on Tuesday.",
            "meeting",
            {"Cyril Ramaphosa", "Xi Jinping"},
            id="a_call_by_telephone_with_any_verb",
        ),
    ],
)
def test_participants_in_any_order(extractor, text, etype, expected):
    """The participants, in any order, of the one event of ``etype`` the sentence tells, one construction a row."""
    ex, names = run(extractor, text)
    [(_, parts, _)] = events(ex, names, etype)
    assert set(parts) == expected


@slow
def test_taking_control_of_a_town_is_military_activity(extractor):
    ex, names = run(extractor, "Fighters of the Arakan Army took control of the town of Paletwa on Monday.")
    assert [e.type for e in ex.events] == ["military_activity"]
    assert ex.events[0].start == dt.date(2024, 3, 11)


@slow
def test_the_following_day_counts_from_the_date_before(extractor):
    ex, names = run(
        extractor,
        "A car bomb exploded outside a police station in Quetta on March 3. "
        "Pakistan's Federal Investigation Agency opened an investigation the following day.",
    )
    [(e, parts, _)] = events(ex, names, "other")
    assert e.start == dt.date(2024, 3, 4)


@slow
def test_results_of_negotiations_refer_back(extractor):
    ex, names = run(
        extractor,
        "Serbia and Kosovo held talks in Brussels on Monday. "
        "Commenting on the results of negotiations, President Aleksandar Vucic said that little had changed.",
    )
    [(e, parts, _)] = events(ex, names, "meeting")
    assert "Aleksandar Vucic" not in parts


@slow
@pytest.mark.parametrize(
    ("text", "published", "etype", "expected"),
    [
        pytest.param(
            "President Gustavo Petro has called an emergency session of the cabinet for Friday.",
            dt.date(2024, 3, 15),
            "meeting",
            dt.date(2024, 3, 15),
            id="a_meeting_called_for_a_weekday",
        ),
        pytest.param(
            "The army on Thursday blamed rebels for Wednesday's rocket attack on a fuel convoy near Goma.",
            dt.date(2024, 3, 15),
            "armed_attack",
            dt.date(2024, 3, 13),
            id="a_weekday_held_by_the_trigger_beats_the_date_of_the_verb_that_governs_it",
        ),
        # 'will ... the election on February 9' in an article of October: next February.
        pytest.param(
            "The curfew in Kandara will be lifted long before the parliamentary election on February 9.",
            dt.date(2024, 10, 21),
            "election",
            dt.date(2025, 2, 9),
            id="a_scheduled_day_without_a_year_is_read_forward",
        ),
        # 'condemns the attack of 10 February' in an article of 11 February: the attack was the
        # day before, not next year; only a verb's own present ('envoys meet on ...') or a marked
        # future ('will', 'is due to') reads a yearless day forward.
        pytest.param(
            "The ministry condemns the bomb attack of 10 February against the water plant in Arvel.",
            dt.date(2026, 2, 11),
            "armed_attack",
            dt.date(2026, 2, 10),
            id="a_present_verb_does_not_schedule_the_event_it_names",
        ),
        # 'the Nov. 8 election' in an article of July: this November, not last.
        pytest.param(
            "The nominee for the Nov. 8 election said he was joking.",
            dt.date(2024, 7, 20),
            "election",
            dt.date(2024, 11, 8),
            id="an_election_day_without_a_year_is_the_nearer_one",
        ),
        pytest.param(
            "Lind said Brask expected Karvonia to reply in writing after the talks in Oslo on March 2.",
            dt.date(2024, 3, 9),
            "meeting",
            dt.date(2024, 3, 2),
            id="a_happening_that_a_future_one_follows_keeps_its_past_day",
        ),
    ],
)
def test_the_day_of_the_one_event(extractor, text, published, etype, expected):
    """The day of the one event of ``etype`` in a sentence published on ``published``, one construction a row."""
    ex, names = run(extractor, text, published=published)
    [(e, _, _)] = events(ex, names, etype)
    assert e.start == expected


@slow
def test_the_next_mission_stays_its_own_event(extractor):
    ex, names = run(
        extractor,
        "The Philippine navy completed a resupply mission to Scarborough Shoal on Tuesday. "
        "The navy will send the next resupply mission as planned.",
    )
    assert len(events(ex, names, "military_activity")) == 2


@slow
def test_agreeing_to_a_ceasefire_and_signing_a_pact(extractor):
    ex, names = run(
        extractor,
        "Thailand and Cambodia agreed to a ceasefire on Tuesday. "
        "Philippine President Ferdinand Marcos and Japanese Prime Minister Fumio Kishida signed a defence pact in Manila on Friday.",
    )
    found = events(ex, names, "agreement")
    assert [set(p) for _, p, _ in found] == [{"Thailand", "Cambodia"}, {"Ferdinand Marcos", "Fumio Kishida"}]


@slow
def test_arrest_warrant_names_its_target(extractor):
    ex, names = run(extractor, "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu on Thursday.")
    [(e, parts, targets)] = events(ex, names, "other")
    assert targets == ["Benjamin Netanyahu"] and parts == ["International Criminal Court"]


@slow
def test_visiting_a_capital_is_a_meeting(extractor):
    ex, names = run(extractor, "Secretary of State Marco Rubio visited Panama on Sunday. He later visited the canal.")
    [(e, parts, _)] = events(ex, names, "meeting")
    assert parts[0] == "Marco Rubio"


@slow
def test_group_attacks_name_the_group(extractor):
    ex, names = run(extractor, "The Houthis have staged attacks on shipping in the Red Sea. Houthi attacks on ships resumed on Tuesday.")
    found = events(ex, names, "armed_attack")
    assert found and all("Houthis" in p for _, p, _ in found)


@slow
def test_a_coup_is_the_seizure_of_power(extractor):
    ex, names = run(extractor, "The army of Gabon seized power in a coup on August 30, 2023.")
    [(e, parts, _)] = events(ex, names, "other")
    assert e.start == dt.date(2023, 8, 30)


@slow
@pytest.mark.parametrize(
    ("text", "etype", "participants", "targets"),
    [
        pytest.param(
            "President Evariste Ndayishimiye of Burundi survived a coup attempt on July 15.",
            "other",
            [],
            ["Evariste Ndayishimiye"],
            id="surviving_a_coup_attempt_makes_a_target",
        ),
        pytest.param(
            "Former Defence Minister Karl Ost retired from the army in 2013.",
            "other",
            ["Karl Ost"],
            [],
            id="an_act_verb_told_in_the_past_with_a_named_doer",
        ),
        pytest.param(
            "The Velm Policy Institute hired two lobbying firms in Washington in May.",
            "other",
            ["Velm Policy Institute"],
            [],
            id="a_body_hiring_is_an_act_of_the_body",
        ),
        pytest.param(
            "Tomas Vell was deported to Sweden on Tuesday.",
            "other",
            [],
            ["Tomas Vell"],
            id="the_passive_subject_of_an_act_verb_is_its_target",
        ),
        pytest.param(
            "The party fired its treasurer, Karl Ost, last week.",
            "other",
            [],
            ["Karl Ost"],
            id="firing_a_person_is_a_dismissal",
        ),
        pytest.param(
            "Karl Ost, a former diplomat who defected in 2019, said the reform had failed.",
            "other",
            ["Karl Ost"],
            [],
            id="who_in_an_apposition_stands_for_the_named_person",
        ),
        pytest.param(
            "The Mexican government hired a public relations firm in Washington last year.",
            "other",
            ["Mexico"],
            [],
            id="a_body_a_name_qualifies_is_a_named_doer",
        ),
    ],
)
def test_participants_and_targets(extractor, text, etype, participants, targets):
    """The participants and the targets of the one event of ``etype`` the sentence tells, one construction a row."""
    ex, names = run(extractor, text)
    [(_, parts, found)] = events(ex, names, etype)
    assert parts == participants and found == targets


@slow
def test_protest_against_someone_makes_a_target(extractor):
    ex, names = run(extractor, "Thousands of people protested in Bratislava on Saturday against Prime Minister Robert Fico.")
    [(e, parts, targets)] = events(ex, names, "protest")
    assert targets == ["Robert Fico"] and "Robert Fico" not in parts


@slow
def test_meeting_two_ministers_in_a_named_town(extractor):
    ex, names = run(
        extractor,
        "Foreign Minister Penny Wong will meet Chinese Foreign Minister Wang Yi and Indian Foreign Minister "
        "Subrahmanyam Jaishankar in the Malaysian city of Penang on Friday.",
    )
    [(e, parts, _)] = events(ex, names, "meeting")
    assert "Wang Yi" in parts and any("Jaishankar" in p for p in parts), parts
    assert e.location == "Penang"


@slow
def test_at_the_same_time_as_a_date_of_the_early_hours(extractor):
    ex, names = run(
        extractor,
        "The royal court made the announcement in the early hours of Saturday. "
        "In decrees published at the same time, King Abdullah of Jordan dismissed General Yousef Huneiti.",
        published=dt.date(2024, 3, 16),
    )
    [(e, _, targets)] = events(ex, names, "other")
    assert e.start == dt.date(2024, 3, 16) and targets == ["Yousef Huneiti"]


@slow
def test_seizing_and_ramming_vessels(extractor):
    ex, names = run(
        extractor,
        "Iran's Revolutionary Guards seized a Greek tanker in the Gulf of Oman on Friday. "
        "A Chinese coast guard ship rammed a Philippine supply boat on Sunday.",
    )
    assert sorted(e.type for e in ex.events) == ["armed_attack", "other"]


@slow
def test_a_conjoined_or_by_clause_verb_takes_the_subject(extractor):
    ex, names = run(
        extractor,
        "The Israeli navy intercepted the Madleen on Monday and detained its crew. "
        "Russia retaliated by expelling two Estonian diplomats on Tuesday.",
    )
    found = events(ex, names, "other")
    assert any("Russia" in p for _, p, _ in found)


@slow
def test_malware_that_wipes_computers_is_a_cyberattack_but_not_when_it_appears(extractor):
    ex, names = run(extractor, "The malware wiped computers at the shipping company Maersk on Tuesday.")
    assert [e.type for e in ex.events] == ["cyberattack"]
    ex, names = run(extractor, "The malware first appeared on Tuesday.")
    assert not ex.events


@slow
def test_generic_and_habitual_uses_are_no_events(extractor):
    ex, names = run(
        extractor,
        "Sanctions have failed to change the government's behaviour, analysts say. "
        "NATO holds exercises in the Baltic every spring. "
        "Drills like these are routine, the ministry said.",
    )
    assert not ex.events


@slow
def test_the_national_leader_is_the_person_named_before(extractor):
    ex, names = run(
        extractor,
        "Turkish President Recep Tayyip Erdogan arrived in Moscow on Monday. "
        "His office said on Tuesday that the Turkish leader had held talks with Vladimir Putin.",
    )
    [(e, parts, _)] = events(ex, names, "meeting")
    assert len(parts) == 2 and "Vladimir Putin" in parts and any("Erdo" in p for p in parts)


@slow
def test_attacks_by_a_group_and_a_seizure_by_a_state(extractor):
    ex, names = run(
        extractor,
        "Attacks by al-Shabaab on African Union bases continued on Monday. "
        "Ukraine condemned the seizure of its ships by Russia on Sunday.",
    )
    assert any("al-Shabaab" in p for _, p, _ in events(ex, names, "armed_attack"))
    assert any("Russia" in p for _, p, _ in events(ex, names, "other"))


@slow
def test_an_event_still_to_be_done_by_an_infinitive_is_no_event(extractor):
    ex, names = run(
        extractor,
        "The European Union vowed on Monday to impose sanctions on Venezuela. "
        "The leaders agreed to hold talks in Doha next week.",
    )
    assert [e.type for e in ex.events] == ["meeting"]


@slow
def test_at_the_same_time_opening_a_sentence_is_a_connective(extractor):
    ex, names = run(
        extractor,
        "On March 12, a meeting of the EU-China Summit was held in Brussels. "
        "At the same time, Foreign Minister Wang Yi said that issues discussed at the talks in Beijing last week remained open.",
    )
    brussels = [e for e, _, _ in events(ex, names, "meeting") if e.start == dt.date(2024, 3, 12)]
    assert brussels and all(e.location != "Beijing" for e in brussels)


@slow
def test_a_separate_attack_told_as_a_verb_is_its_own_event(extractor):
    ex, names = run(
        extractor,
        "Drones hit water plant\n\nRebels shelled a market in Beni on Tuesday.\n\n"
        "In a separate attack on Wednesday, drones hit a water plant in the Rutshuru area, the governor said.",
        published=dt.date(2024, 3, 15),
    )
    attacks = events(ex, names, "armed_attack")
    assert sorted(e.start for e, _, _ in attacks) == [dt.date(2024, 3, 12), dt.date(2024, 3, 13)]


# --- everyday news verbs and nouns (event_armed_verbs, event_mobilise_verbs, ...) ---------


def test_frame_tables_name_registered_types():
    types = set(EVENT_TYPES)
    assert {v["type"] for v in table("event_armed_verbs").values()} <= types
    assert {v["needs"] for v in table("event_armed_verbs").values()} <= {"agent", "agent_or_target", "agent_or_victims", "target"}
    assert set(table("event_mobilise_verbs").values()) <= types
    assert set(table("event_verb_prep_objects").values()) <= types


def types_of(extractor, text: str) -> list[str]:
    ex, _ = run(extractor, text)
    return [e.type for e in ex.events]


@slow
def test_attack_verbs_need_an_armed_agent_or_a_physical_target(extractor):
    assert types_of(extractor, "Separatist fighters attacked a police checkpoint near Bamenda on Monday.") == ["armed_attack"]
    assert types_of(extractor, "A police checkpoint near Bamenda was stormed on Monday.") == ["armed_attack"]
    assert types_of(extractor, "Governor Ellis attacked the mayor's housing plan on Monday.") == []


@slow
def test_clashing_troops_fight_but_clashing_lawmakers_do_not(extractor):
    assert types_of(extractor, "Government troops clashed with insurgents in the Rif valley on Sunday.") == ["armed_attack"]
    assert types_of(extractor, "Lawmakers clashed over the pension bill on Sunday.") == []
    assert types_of(extractor, "The two candidates fought hard for the nomination.") == []


@slow
def test_a_killing_told_by_its_attack_is_one_event(extractor):
    assert types_of(extractor, "A suicide bomber killed 14 people at a bus station in Quetta on Friday.") == ["armed_attack"]
    assert types_of(extractor, "The shelling of the market in Tarnov killed nine civilians on Friday.") == ["armed_attack"]
    assert types_of(extractor, "A car bomb exploded outside the governor's office in Herat.") == ["armed_attack"]


@slow
def test_sending_forces_is_military_activity(extractor):
    assert types_of(extractor, "Norway sent two frigates into the Barents Sea on Tuesday.") == ["military_activity"]
    assert types_of(extractor, "Tens of thousands of soldiers were moved to the northern frontier.") == ["military_activity"]
    assert types_of(extractor, "Norway sent a letter to the commission on Tuesday.") == ["other"]  # a letter sent, no force
    assert types_of(extractor, "Chile placed its navy on high alert on Tuesday.") == ["military_activity"]


@slow
def test_a_test_firing_is_military_activity(extractor):
    assert types_of(extractor, "The navy test-fired a cruise missile off the coast on Monday.") == ["military_activity"]


@slow
def test_protesters_rallying_and_taking_to_the_streets(extractor):
    assert types_of(extractor, "Thousands of nurses rallied in Lisbon on Saturday.") == ["protest"]
    assert types_of(extractor, "Students took to the streets of Quito on Saturday.") == ["protest"]
    assert types_of(extractor, "Share prices rallied in Lisbon on Saturday.") == []
    assert types_of(extractor, "Party supporters rallied behind the new leader.") == []
    assert types_of(extractor, "The four finalists demonstrated that experience matters.") == []


@slow
def test_a_strike_by_workers_is_a_protest(extractor):
    assert types_of(extractor, "Dock workers went on strike in Rotterdam on Monday.") == ["protest"]
    assert types_of(extractor, "Unions called a general strike in Athens on Monday.") == ["protest"]


@slow
def test_parties_agreeing_make_an_agreement(extractor):
    assert types_of(extractor, "The two sides agreed to exchange prisoners on Thursday.") == ["agreement"]
    assert types_of(extractor, "Chad and Niger agreed on a truce along their border on Thursday.") == ["agreement"]
    assert types_of(extractor, "The minister agreed that the economy was weak.") == []


@slow
def test_hosting_a_counterpart_is_a_meeting(extractor):
    assert types_of(extractor, "President Ruto hosted his Ghanaian counterpart in Nairobi on Monday.") == ["meeting"]
    assert types_of(extractor, "The king received the Spanish foreign minister in Rabat on Monday.") == ["meeting"]
    assert types_of(extractor, "The museum received a donation on Monday.") == []


@slow
def test_a_bare_plural_that_happened_is_an_event(extractor):
    assert types_of(extractor, "Riots erupted in the suburbs of Lyon.") == ["protest"]
    assert types_of(extractor, "Sanctions were imposed on the shipping firm by Canada.") == ["sanction"]
    assert types_of(extractor, "Sanctions rarely work.") == []


@slow
def test_exchanging_fire_and_freezing_assets(extractor):
    assert types_of(extractor, "Border guards of the two countries exchanged fire on Wednesday.") == ["armed_attack"]
    assert types_of(extractor, "Switzerland froze the assets of the former minister on Wednesday.") == ["sanction"]


@slow
def test_a_battle_needs_arms(extractor):
    assert types_of(extractor, "Battles between the militia and the army left 30 dead near Gao.") == ["armed_attack"]
    assert types_of(extractor, "The firm lost a long legal battle with regulators.") == []
    assert types_of(extractor, "Hundreds of thousands fled the fighting near Gao.") == ["armed_attack"]


@slow
def test_violence_against_people_is_an_armed_attack(extractor):
    assert types_of(extractor, "Gunmen kidnapped two engineers near Sokoto on Sunday.") == ["armed_attack"]
    assert types_of(extractor, "Police beat students with batons in Lome on Sunday.") == ["armed_attack"]
    assert types_of(extractor, "The engineer was kidnapped near Sokoto on Sunday.") == ["other"]
    assert types_of(extractor, "Six demonstrators were killed in Lome on Sunday.") == ["armed_attack"]
    assert types_of(extractor, "Six passengers were killed in a bus crash near Lome.") == []


@slow
def test_a_state_agreeing_or_accepting_a_proposal(extractor):
    assert types_of(extractor, "Venezuela agreed to free the detained Colombian soldiers.") == ["agreement"]
    assert types_of(extractor, "The junta accepted the ECOWAS proposal for a transition.") == ["agreement"]
    assert types_of(extractor, "Rebel forces agreed on Monday to withdraw under a ceasefire brokered by Angola.") == ["agreement"]


@slow
def test_cutting_aid_and_banning_imports_are_sanctions(extractor):
    assert types_of(extractor, "Sweden suspended development aid to Mali on Friday.") == ["sanction"]
    assert types_of(extractor, "Russia banned imports of Moldovan wine on Friday.") == ["sanction"]


@slow
def test_telephoning_and_discussing_with_someone_are_meetings(extractor):
    assert types_of(extractor, "Prime Minister Meloni telephoned President Tinubu on Tuesday.") == ["meeting"]
    assert types_of(extractor, "Meloni discussed migration with Tinubu in Rome on Tuesday.") == ["meeting"]
    assert types_of(extractor, "The committee discussed the budget on Tuesday.") == []


@slow
def test_a_nationality_demonstrating_or_a_rally_against_something(extractor):
    assert types_of(extractor, "Armenians marched in Glendale on Sunday.") == ["protest"]
    assert types_of(extractor, "Fishermen rallied against the new quotas in Vigo on Sunday.") == ["protest"]


@slow
def test_talks_that_may_happen_or_fail_are_no_event(extractor):
    assert types_of(extractor, "Negotiations on a new border treaty may resume in the spring.") == []
    assert types_of(extractor, "Ghana threatened to withdraw its envoy if the talks fail.") == []


@slow
def test_protesting_by_doing_something_and_walking_out(extractor):
    assert types_of(extractor, "Truckers blocked the main highway to protest fuel prices on Monday.") == ["protest"]
    assert types_of(extractor, "Nurses walked out of hospitals across Ontario on Monday.") == ["protest"]



@slow
def test_capturing_a_town_is_military_activity_and_shooting_down_still_an_attack(extractor):
    assert types_of(extractor, "Rebel fighters captured the town of Kamina on Tuesday.") == ["military_activity"]
    assert types_of(extractor, "Customs officers seized two tonnes of cocaine in Antwerp.") == []
    assert types_of(extractor, "Iran seized a Liberian-flagged tanker on Tuesday.") == ["other"]
    assert types_of(extractor, "Turkey shot down a Syrian drone on Tuesday.") == ["armed_attack"]


@slow
def test_the_first_such_raid_is_the_strike_its_clause_tells(extractor):
    ex = extractor.extract(
        Document("t", "Jets struck an arms depot near Homs on Tuesday, the first such raid in a decade.", published=dt.date(2024, 3, 15))
    )
    assert [e.type for e in ex.events] == ["armed_attack"]


NERVE_AGENT = (
    "Norway is expelling 15 Russian diplomats over the nerve agent attack on a defector in Bergen. Prime Minister "
    "Jonas Gahr Store announced the expulsions on Monday. Officials saw no explanation for the attack other than "
    "Russian involvement."
)


def _events(extractor, text):
    ex = extractor.extract(Document("t", text, published=dt.date(2024, 3, 15)))
    names = {a.key: a.name for a in ex.actors}
    return [(e.type, e.location, [names[k] for k in e.participants], len(e.mentions)) for e in ex.events]


@slow
def test_diplomats_expelled_over_the_attack_the_attack_is_an_event(extractor):
    """'over the attack' is the cause, not a topic; its place is the attack's, not the
    expulsion's; 'the attack other than ...' is that attack again; the prime minister who
    announced the expulsions is of the country that expels (one expulsion)."""
    assert _events(extractor, NERVE_AGENT) == [
        ("other", None, ["Norway", "Jonas Gahr Store"], 2),
        ("armed_attack", "Bergen", [], 2),
    ]


@slow
def test_a_poisoning_is_an_attack_on_the_person_poisoned(extractor):
    ex = extractor.extract(Document(
        "t", "Opposition leader Oleg Petrov was poisoned in Moscow on Monday. The assassination attempt was the second "
        "this year. A row over the budget poisoned the talks.", published=dt.date(2024, 3, 15)))
    names = {a.key: a.name for a in ex.actors}
    attacks = [(e.type, [names[k] for k in e.targets], len(e.mentions)) for e in ex.events if e.type == "armed_attack"]
    assert attacks == [("armed_attack", ["Oleg Petrov"], 2)]


@slow
def test_workers_walking_out_protest_but_one_journalist_does_not(extractor):
    def types(text):
        return [e.type for e in extractor.extract(Document("t", text, published=dt.date(2024, 3, 15))).events]

    assert types("Hundreds of workers walked out at the plant on Monday.") == ["protest"]
    assert "protest" not in types("The journalist walked out of the building on Monday.")


def _types(extractor, text):
    return [e.type for e in extractor.extract(Document("t", text, published=dt.date(2024, 3, 15))).events]


@slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A cease-fire took effect on Tuesday.", ["agreement"], id="cease-fire"),
        pytest.param("Russia called up 300,000 reservists on Wednesday.", ["military_activity"], id="called-up-reservists"),
        pytest.param("President Emmanuel Macron took office on Tuesday.", ["other"], id="took-office"),
        pytest.param("Protesters clashed with police in Nairobi on Tuesday.", ["protest"], id="protesters-clashed"),
        pytest.param("Senator Mark Kelly held a campaign rally in Ohio on Saturday.", ["other"], id="campaign-rally"),
        pytest.param("The opposition held a rally in Caracas on Saturday.", ["protest"], id="opposition-rally"),
        pytest.param("The first presidential debate took place in Cleveland on Tuesday.", ["other"], id="presidential-debate"),
        pytest.param("The debate over immigration has raged for years.", [], id="a-debate-is-no-event"),
        pytest.param("A Highway Patrol trooper was hurt in Ohio.", [], id="a-patrol-that-names-a-body"),
        pytest.param("Troops began a border patrol along the river on Tuesday.", ["military_activity"], id="a-border-patrol"),
        pytest.param("The Senate will hold votes on the two spending bills next week.", ["other"], id="a-body-holds-votes"),
        pytest.param("Ukraine will hold a vote on a new president in May.", ["election"], id="a-country-holds-a-vote"),
        # event_nouns 'memo', 'letter': a paper signed or sent is a happening; a written character is none
        pytest.param("Forty diplomats signed a memo urging airstrikes on the regime.", ["other"], id="a-memo-signed"),
        pytest.param("Senator Ana Lind sent a letter to the Velm Corporation on Monday.", ["other"], id="a-letter-sent"),
        pytest.param("The mayor wrote the note in all capital letters.", [], id="capital-letters-are-no-letter"),
        pytest.param("Judges in Velm must follow the letter of the law.", [], id="the-letter-of-the-law-is-none"),
        # event_compounds: a military campaign, a surge of troops
        pytest.param("Ostria has waged a military campaign against the rebels since 2015.", ["military_activity"], id="a-military-campaign"),
        pytest.param("The surge of Ostrian troops in Dalmar in 2007 calmed the province.", ["military_activity"], id="a-surge-of-troops"),
        pytest.param("Mr. Lind is getting little attention on the campaign trail.", [], id="a-campaign-trail-is-none"),
        # event_leaked_papers: the release of papers made public
        pytest.param("The release of the party's spreadsheets on Friday alarmed its donors.", ["other"], id="the-release-of-spreadsheets"),
        # event_series_heads: the plural after 'a series of' is that series, not a kind of act
        pytest.param("The Norland hacker Ivo Brant admitted to a series of high-profile intrusions.", ["cyberattack"], id="a-series-of-intrusions"),
        # _named_doer: a definite noun with its doer named is told for the first time
        pytest.param("The ruling by the Velm tribunal angered Ostria.", ["other"], id="a-ruling-by-a-named-court"),
        pytest.param("The ruling angered Ostria.", [], id="a-bare-ruling-refers-back"),
        pytest.param(
            "Karl Ost retired in 2013. He said that after he retired in 2013 he wrote a book.", ["other"], id="an-act-told-twice-is-one-event"
        ),
        # _negated_verb: a verb trigger of a negatable type told as not done is no event
        pytest.param("The foreign ministers of Ostria and Velm did not meet on Monday.", [], id="did-not-meet"),
        pytest.param("Prime Minister Karl Ost has not visited Velm.", [], id="has-not-visited"),
        pytest.param("Ostria did not sanction Velm.", [], id="did-not-sanction"),
        pytest.param("The foreign ministers of Ostria and Velm did not meet until Tuesday.", ["meeting"], id="did-not-meet-until"),
        pytest.param("Ostria not only sanctioned Velm but expelled its envoy.", ["sanction", "other"], id="not-only-sanctioned"),
    ],
)
def test_plover_verb_and_noun_families(extractor, text, expected):
    """Agreeing, mobilising, protesting (PLOVER AGREE, MOBILIZE, PROTEST), taking office,
    and the events of a campaign (rallies and debates are type other)."""
    assert _types(extractor, text) == expected


@slow
def test_people_he_met_tell_whom_not_a_meeting(extractor):
    assert _types(extractor, "He died after a quarrel with people he met at the embassy on Monday.") == []
    assert _types(extractor, "The envoy he met in Geneva on Monday was Wang Yi.") == ["meeting"]


@slow
def test_envoys_who_meet_again_meet_in_another_event(extractor):
    text = (
        "Envoys of Russia and NATO met on Wednesday. The talks lasted four hours. "
        "Envoys of Russia and the West meet again on Thursday in Vienna."
    )
    ex = extractor.extract(Document("t", text, published=dt.date(2024, 3, 13)))
    assert [(e.type, e.start) for e in ex.events] == [("meeting", dt.date(2024, 3, 13)), ("meeting", dt.date(2024, 3, 14))]


@slow
def test_an_undated_attack_takes_the_date_its_victims_were_found(extractor):
    """The attack's sentence has no date; the sentence telling what befell the people it was
    'on' has one: 'X and his brother were found unconscious ... on March 2'."""
    ex, names = run(
        extractor,
        "Poland condemned the poison attack on a retired judge and his brother in Gdansk. "
        "Marek Nowak, 70, and his brother Piotr were found unconscious in their car on March 2. "
        "Investigators said the attack was carefully planned.",
    )
    attacks = [e for e, _, _ in events(ex, names, "armed_attack")]
    assert attacks and all(e.start == dt.date(2024, 3, 2) for e in attacks)


@slow
def test_an_undated_attack_stays_undated_when_its_victims_have_two_dates(extractor):
    ex, names = run(
        extractor,
        "Poland condemned the poison attack on a retired judge and his brother in Gdansk. "
        "The judge's brother was found unconscious on March 2. "
        "Another brother was found on March 5 in Sopot.",
    )
    attacks = [e for e, _, _ in events(ex, names, "armed_attack")]
    assert attacks and all(e.start is None for e in attacks)


@slow
def test_an_undated_attack_during_the_mission_takes_the_missions_date(extractor):
    """'During the patrol, ...' sets the scene told before with its date; 'then' carries it
    to the next sentence."""
    ex, names = run(
        extractor,
        "The Vietnamese navy sent a routine patrol to the Paracel Islands on 3 March. "
        "During the patrol, four Chinese ships shadowed the boats. "
        "A Chinese ship then fired its water cannon at the fishing boat.",
    )
    attacks = [e for e, _, _ in events(ex, names, "armed_attack")]
    assert attacks and all(e.start == dt.date(2024, 3, 3) for e in attacks)


@slow
def test_an_undated_attack_without_a_dated_scene_stays_undated(extractor):
    ex, names = run(
        extractor,
        "The Vietnamese navy sent patrols to the Paracel Islands on 3 March and on 9 March. "
        "During the patrol, four Chinese ships shadowed the boats. "
        "A Chinese ship fired its water cannon at the fishing boat.",
    )
    attacks = [e for e, _, _ in events(ex, names, "armed_attack")]
    assert attacks and all(e.start is None for e in attacks)


@slow
def test_a_denial_of_service_attack_is_a_cyberattack(extractor):
    """'denial-of-service' is five tokens, none of them a cyber word: the phrase makes it one."""
    ex, _ = run(
        extractor,
        "The ministry condemned the distributed denial-of-service attack of 4 May on the servers "
        "of the Arvel tax office.",
    )
    assert [e.type for e in ex.events if e.type in ("cyberattack", "armed_attack")] == ["cyberattack"]


@slow
def test_a_past_day_told_in_another_clause_stays_past(extractor):
    ex, names = run(
        extractor,
        "The talks, which opened in Lusaka on February 9, will resume next month.",
        published=dt.date(2024, 10, 21),
    )
    assert all(e.start is None or e.start.year == 2024 for e in ex.events)


def test_a_yearless_day_read_forward_lands_after_publication():
    pub = dt.date(2024, 10, 21)
    (d,) = find_dates("on March 31", pub)
    assert d.begin == dt.date(2024, 3, 31)
    assert ahead(d, pub) == (dt.date(2025, 3, 31), dt.date(2025, 3, 31))
    (d,) = find_dates("on March 31, 2024", pub)
    assert ahead(d, pub) == (d.begin, d.end_date)  # its own year stands


@slow
def test_deployed_malware_is_no_military_deployment(extractor):
    ex, _ = run(
        extractor,
        "A ransomware attack crippled the port of Valdora on Monday. Investigators said the malware "
        "had been written and deployed by a criminal gang.",
    )
    assert not [e for e in ex.events if e.type == "military_activity"]


@slow
def test_the_attack_told_again_with_military_words_is_the_cyberattack(extractor):
    ex, _ = run(
        extractor,
        "A cyberattack wiped the servers of the Marovian tax office on 3 May. Officials later said "
        "that the army of Karvonia had carried out the attack.",
    )
    assert [e.type for e in ex.events if e.type in ("cyberattack", "armed_attack")] == ["cyberattack"]


@slow
def test_a_drone_strike_told_after_a_cyberattack_stays_an_armed_attack(extractor):
    """Only a kindless 'the attack' is the other kind already told: 'the drone strike' names
    its own kind, even undated and definite in an article about a hack."""
    ex, _ = run(
        extractor,
        "Hackers froze the payment system of the Bank of Veloria on Sunday. The outage came in a "
        "week marked by the drone strike on the port of Carsk, which Veloria blames on Tamaris.",
    )
    assert sorted(e.type for e in ex.events if e.type in ("cyberattack", "armed_attack")) == [
        "armed_attack",
        "cyberattack",
    ]


@slow
def test_talks_dated_by_their_opening_take_in_a_later_day(extractor):
    """'the talks opened ... on March 5' ... 'on Thursday, the negotiations ...': one meeting
    that went on after its onset, not a second one."""
    ex, names = run(
        extractor,
        "The talks opened in Brask last week, on March 5, and were extended beyond Sunday's "
        "deadline. On Thursday, the negotiations reached a critical stage.",
    )
    [(e, _, _)] = events(ex, names, "meeting")
    assert e.start == dt.date(2024, 3, 5) and e.end == dt.date(2024, 3, 14)


@slow
def test_a_year_modifying_the_trigger_dates_it(extractor):
    ex, names = run(extractor, "Senator Hale, who lost the 2008 election to his rival, said the plan would fail.")
    [(e, _, _)] = events(ex, names, "election")
    assert (e.start, e.end) == (dt.date(2008, 1, 1), dt.date(2008, 12, 31))


@slow
def test_figurative_fighting_and_various_rounds_are_no_events(extractor):
    ex, _ = run(
        extractor,
        "But Holt admits he is a poor champion in fighting against the mayor's worst habits. "
        "Senator Holt said he was getting nothing from the agency during various rounds of testimony.",
    )
    assert not ex.events


@slow
def test_backing_a_deal_is_no_part_in_it(extractor):
    ex, names = run(
        extractor,
        "Marovia and Karvonia signed a trade deal in Brask on Monday. Senator Anna Holt backed the deal.",
    )
    [(_, parts, _)] = events(ex, names, "agreement")
    assert "Anna Holt" not in parts


@slow
def test_war_is_an_event_only_when_its_outbreak_is_told(extractor):
    ex, _ = run(extractor, "Marovia cannot afford another war, the minister said. He accused Karvonia of a hybrid war.")
    assert not ex.events


@slow
def test_judgment_as_a_faculty_is_no_event_but_a_court_ruling_is(extractor):
    ex, _ = run(extractor, "A leader needs courage, tempered by experience and sound judgement. You question my judgment and my honesty.")
    assert not ex.events
    ex, _ = run(extractor, "The International Court of Justice delivered its judgment on the border dispute on Tuesday.")
    assert [e.type for e in ex.events] == ["other"]


@slow
def test_a_seizure_told_in_a_clash_is_the_armed_clash(extractor):
    ex, names = run(
        extractor,
        "Marovian coast guard ships seized two Valdorian patrol boats near the Lusk Channel on Sunday in "
        "the worst clash between the two navies in a decade.",
    )
    assert [e.type for e in ex.events] == ["armed_attack"]


@slow
def test_agreeing_to_act_in_a_call_is_the_call(extractor):
    ex, names = run(
        extractor,
        "In a telephone call last week, President Anton Kovac and Chancellor Greta Lind agreed to set up "
        "a joint commission on the dam.",
    )
    [(e, parts, _)] = events(ex, names, "meeting")
    assert not events(ex, names, "agreement")
    assert e.start == dt.date(2024, 3, 4) and set(parts) == {"Anton Kovac", "Greta Lind"}


def test_a_speakers_remarks_and_a_news_conference_naming_nobody_stay_two(extractor):
    """US wire copy dates most remarks ('told reporters Tuesday'): a news conference of the
    same day that names nobody is another speech event, dated or not, unless it refers back
    ('the news conference')."""

    def interviews(text):
        ex = extractor.extract(Document("t", text, published=dt.date(2024, 3, 15)))
        return [(e.location, len(e.participants)) for e in ex.events if e.type == "interview"]

    said = "Senator Alma Reyes told reporters Tuesday that the water bill would pass. "
    assert interviews(said + "An evening news conference in Dallas on Tuesday drew a large crowd of farmers.") == [(None, 1), ("Dallas", 0)]
    assert interviews(said + "Hundreds of farmers came to an evening news conference in Dallas.") == [(None, 1), ("Dallas", 0)]
    assert interviews(said + "Hundreds of farmers came to the news conference.") == [(None, 1)]


@slow
@pytest.mark.parametrize("text, kinds", [
    ("The army said the attackers had fled into the hills near the border.", []),
    ("Intruders breached the port's network on Monday. The attackers then encrypted the cargo records.", ["cyberattack"]),
])
def test_attackers_are_hackers_only_in_a_story_of_hacking(extractor, text, kinds):
    """'the attackers fled' in a story of an ambush is no cyberattack; 'the attackers
    encrypted the records' after a breach is the same intrusion, not a new kind of event."""
    ex, _ = run(extractor, text)
    assert sorted({e.type for e in ex.events}) == kinds


def test_a_year_or_a_month_of_a_year_dates_the_event_it_holds(extractor):
    """SCHEMA: a year alone is that whole year, a month of a year that month ('the junta,
    which seized power in 2019'; 'signed the accord in May 2021')."""
    ex, names = run(extractor, "The strike was a blow to the Corvanian junta, which seized power in 2019 promising order.")
    [(e, _, _)] = events(ex, names, "other")
    assert (e.start, e.end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    ex, names = run(extractor, "Ostria and Dalmir signed a border accord in May 2021 after a decade of disputes.")
    [(e, _, _)] = events(ex, names, "agreement")
    assert (e.start, e.end) == (dt.date(2021, 5, 1), dt.date(2021, 5, 31))


@slow
def test_publishing_stolen_emails_or_documents_is_an_event(extractor):
    """A leak told as 'published / posted / leaked' + the material (emails, documents, files,
    messages), also after a quantity's 'of'; publishing a report is no event."""
    ex, names = run(extractor, "Brightleak on Tuesday published 4,000 emails stolen from the account of an Ostrian minister.")
    [(e, _, _)] = events(ex, names, "other")
    assert e.start == dt.date(2024, 3, 12)
    ex, names = run(extractor, "A group calling itself Red Lantern posted a batch of the documents on a forum in June.")
    [(e, parts, _)] = events(ex, names, "other")
    assert parts == ["Red Lantern"]
    ex, names = run(extractor, "The Ostrian statistics office published a report on the harvest on Monday.")
    assert not events(ex, names, "other")


@slow
def test_the_owner_of_a_computer_system_broken_into_is_the_target(extractor):
    """'an intrusion into the network of X', 'broke into X's payroll system': X is the
    target (also when the parser hangs 'into' on the verb that holds the noun)."""
    ex, names = run(extractor, "Investigators are examining an intrusion into the computer network of the Ostrian Tax Agency on Monday.")
    [(_, _, targets)] = events(ex, names, "cyberattack")
    assert targets == ["Ostrian Tax Agency"]
    ex, names = run(extractor, "Hackers broke into the Dalmir Finance Ministry's payroll system on Monday.")
    [(_, _, targets)] = events(ex, names, "cyberattack")
    assert targets == ["Dalmir Finance Ministry"]


@slow
def test_a_missile_tested_or_launched_at_nothing_is_military_activity(extractor):
    """'tested a cruise missile', 'the rocket Dalmir tested in October' (the noun a relative
    verb modifies is its object), and a state's launch with no target that harms no one, are
    weapons tests; a launch at a place, or one that kills, stays an armed attack."""
    ex, names = run(extractor, "The ministry said the rocket Dalmir tested in October could carry a warhead.")
    [(e, _, _)] = events(ex, names, "military_activity")
    assert e.start == dt.date(2023, 10, 1)
    ex, names = run(extractor, "Pakistan launched a ballistic missile from its southern coast on Tuesday.")
    assert [e.type for e in ex.events] == ["military_activity"]
    ex, names = run(extractor, "Pakistan launched missiles at Varno on Tuesday.")
    assert [e.type for e in ex.events] == ["armed_attack"]
    ex, names = run(extractor, "Pakistan fired a missile on Tuesday that killed six people.")
    assert [e.type for e in ex.events] == ["armed_attack"]


@slow
def test_suspending_a_process_or_convoys_is_an_event(extractor):
    """'suspended the process', 'suspended all relief convoys': a suspension (type other),
    like 'suspended talks'."""
    ex, names = run(extractor, "The talks are the first since the mediators suspended the process last December.")
    [(e, _, _)] = events(ex, names, "other")
    assert e.start == dt.date(2023, 12, 1)
    ex, names = run(extractor, "A spokesman said the agency had suspended all relief convoys in Ostria pending a review.")
    assert len(events(ex, names, "other")) == 1


@slow
def test_attackers_are_hackers_only_in_an_article_about_hacking(extractor):
    """'the attackers had numbered several hundred' in a story of an ambush tells gunmen, no
    cyberattack; 'the attackers encrypted its servers' after hackers broke in is one."""
    ex, names = run(
        extractor,
        "Gunmen ambushed an Ostrian army patrol near Varno on Sunday. The army said the attackers had "
        "numbered several hundred and had come on motorbikes from across the border.",
    )
    assert not events(ex, names, "cyberattack")
    ex, names = run(
        extractor,
        "Hackers broke into the Ostrian tax agency's network on Monday. The agency said the attackers "
        "encrypted its servers and demanded a ransom.",
    )
    assert len(events(ex, names, "cyberattack")) == 1


@slow
def test_an_attack_with_its_own_day_is_told_even_as_a_topic(extractor):
    """'traded accusations over an attack on Thursday on a convoy': a topic noun with its
    own day tells a happening; 'talks over military exercises' stays a topic."""
    ex, names = run(extractor, "Ankara and Tehran traded accusations over an attack on Thursday on a relief convoy east of Zakho.", dt.date(2019, 3, 4))
    [(e, _, _)] = events(ex, names, "armed_attack")
    assert e.start == dt.date(2019, 2, 28)
    ex, names = run(extractor, "Ankara and Tehran held talks over military exercises near the border.", dt.date(2019, 3, 4))
    assert not events(ex, names, "military_activity")


@slow
def test_a_war_with_a_year_or_a_named_side_is_an_event(extractor):
    ex, names = run(extractor, "The 2009 war with Eritrea left the border villages in ruins.")
    [(e, parts, _)] = events(ex, names, "armed_attack")
    assert (e.start, e.end) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert parts == ["Eritrea"]
    ex, names = run(extractor, "The civil war in Moldavia, which began in 2013, has displaced a million people.")
    [(e, _, _)] = events(ex, names, "armed_attack")
    assert e.start == dt.date(2013, 1, 1)


@slow
def test_a_figurative_or_hypothetical_war_is_no_event(extractor):
    for text in (
        "The two retailers are locked in a price war.",
        "Governor Hale waged a war of words with the mayor.",
        "A war with Karvonia would ruin the region, Senator Dunn warned.",
        "Senator Dunn wants lower taxes, a war with Eritrea and a balanced budget.",
        # a year alone names no side a later report could be linked by
        "The monitors have patrolled the line since the 2009 war.",
    ):
        ex, names = run(extractor, text)
        assert not events(ex, names, "armed_attack"), text


@slow
def test_an_annexation_names_its_annexer_and_the_land_taken(extractor):
    ex, names = run(extractor, "Bolivia's 2012 annexation of Ostmark drew sanctions from the European Union.")
    [(e, parts, targets)] = events(ex, names, "military_activity")
    assert e.start == dt.date(2012, 1, 1) and e.end == dt.date(2012, 12, 31)
    assert parts == ["Bolivia"] and targets == ["Ostmark"]
    ex, names = run(extractor, "Any annexation of Ostmark would be illegal, the minister said.")
    assert not events(ex, names, "military_activity")


@slow
def test_a_financial_crisis_told_with_its_start_is_an_event(extractor):
    ex, names = run(extractor, "Banks in Lusatia have lent less since the financial crisis that began in 2008.")
    [(e, _, _)] = events(ex, names, "other")
    assert e.start == dt.date(2008, 1, 1)


@slow
def test_a_resignation_years_ago_is_dated_that_year(extractor):
    ex, names = run(extractor, "Ilse Varga resigned as interior minister two years ago.", published=dt.date(2016, 9, 14))
    [(e, _, _)] = events(ex, names, "other")
    assert (e.start, e.end) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))


@slow
def test_putting_tariffs_on_someone_is_a_sanction(extractor):
    ex, names = run(extractor, "The Trade Ministry of Peru has begun putting steep tariffs on Chilean copper smelters this year.")
    [(e, _, _)] = events(ex, names, "sanction")
    assert e.start == dt.date(2024, 1, 1)
    ex, names = run(extractor, "Senator Ames wants to put tariffs on imports.")
    assert not events(ex, names, "sanction")


@slow
def test_a_dated_election_of_a_person_is_an_election_with_that_person(extractor):
    ex, names = run(extractor, "Maria Santos was elected to the Senate in 2012.")
    [(e, parts, _)] = events(ex, names, "election")
    assert e.start == dt.date(2012, 1, 1) and parts == ["Maria Santos"]
    ex, names = run(extractor, "Maria Santos was elected by voters.")
    assert not events(ex, names, "election")


@slow
def test_a_named_agreement_told_as_signed_is_the_signing(extractor):
    ex, names = run(extractor, "Both sides remain bound by the Asmara Declaration they signed in May 2019.", published=dt.date(2020, 1, 5))
    [(e, _, _)] = events(ex, names, "agreement")
    assert (e.start, e.end) == (dt.date(2019, 5, 1), dt.date(2019, 5, 31))
    ex, names = run(extractor, "Kenya refused to sign the Asmara Declaration.")
    assert not events(ex, names, "agreement")


@slow
def test_a_dated_intervention_in_a_country_is_an_armed_happening(extractor):
    ex, names = run(extractor, "Senator Ames criticized the 2009 intervention in Somalia.")
    [(e, _, _)] = events(ex, names, "armed_attack")
    assert e.start == dt.date(2009, 1, 1) and e.location == "Somalia"
    ex, names = run(extractor, "The bill would curb federal intervention in the affairs of states.")
    assert not ex.events
