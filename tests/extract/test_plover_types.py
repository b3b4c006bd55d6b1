"""Event types on single sentences of PLOVER's categories (kg/extract/events.py,
data/rules/events.json): commitments to cooperate (AGREE), protesters obstructing a place
(PROTEST), forces massing (MOBILIZE), sieges, blasts and crowd-control fire (ASSAULT), bans
imposed (SANCTION). The sentences stand alone, with no publication date, as an event coder
reads them. Every sentence is written for these tests (invented names and places; none
comes from an evaluation article or PLOVER's records)."""

from __future__ import annotations

import pytest

from kg.records import Document

slow = pytest.mark.slow


def types(extractor, text: str) -> list[str]:
    return [e.type for e in extractor.extract(Document("t", text)).events]


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Norland pledged to reopen the border crossing at Kolm under the new compact.",
        "The Vestland foreign minister vowed to work with Norland to end arms smuggling.",
        "The government of Ardenia offered to mediate between the two factions.",
        "Prime Minister Tomas Ekberg promised to sign the fisheries pact before the summer.",
        "The European Union pledged 40 million euros in aid for the flood victims.",
    ],
)
def test_a_state_committing_itself_to_cooperate_is_an_agreement(extractor, text):
    assert "agreement" in types(extractor, text)


@slow
@pytest.mark.parametrize(
    "text",
    [
        "Norland vowed to retaliate against any incursion.",
        "The senator promised to cut taxes for the middle class.",
        "Vestland did not pledge to withdraw its troops.",
        "Voters hope the candidate will promise to support farmers.",
    ],
)
def test_threats_and_campaign_promises_are_no_agreement(extractor, text):
    assert "agreement" not in types(extractor, text)


@slow
def test_protesters_obstructing_a_road_is_a_protest(extractor):
    assert types(extractor, "Protesters blocked the main road into Velm for a second day.") == ["protest"]
    assert types(extractor, "Taxi drivers staged a sit-in outside the ministry in Velm.") == ["protest"]
    assert "protest" not in types(extractor, "Opposition lawmakers blocked the budget bill in the senate.")


@slow
def test_troops_massing_is_a_military_activity(extractor):
    assert types(extractor, "Ardenian troops massed near the frontier town of Kolm.") == ["military_activity"]
    assert types(extractor, "Vestland held military drills near its border with Norland.") == ["military_activity"]
    assert "military_activity" not in types(extractor, "Fans massed outside the stadium in Kolm.")


@slow
def test_sieges_blasts_and_crowd_control_fire_are_armed_attacks(extractor):
    assert "armed_attack" in types(extractor, "The army lifted its week-long siege of the town of Kolm.")
    assert types(extractor, "A suicide bomber blew himself up outside a police station in Kolm.") == ["armed_attack"]
    assert "armed_attack" in types(extractor, "Police fired tear gas at protesters in central Velm.")
    found = types(extractor, "Six soldiers were killed when an artillery round hit their post near Kolm.")
    assert "meeting" not in found and "armed_attack" in found


@slow
def test_imposing_a_ban_is_a_sanction(extractor):
    assert "sanction" in types(extractor, "Vestland imposed a ban on flights from Norland on Monday.")
    assert "sanction" in types(extractor, "The bloc slapped tariffs on steel from Ardenia.")


@slow
def test_a_promise_to_sign_is_an_agreement(extractor):
    assert types(extractor, "Norland said it would sign the fisheries accord with Vestland.") == ["agreement"]
    assert types(extractor, "Ardenia will ratify the border treaty.") == ["agreement"]
    assert types(extractor, "Norland said it would not sign the fisheries accord.") == []
    assert types(extractor, "Norland said it would sign the accord if Vestland withdrew its ships.") == []
    assert types(extractor, "Norland could sign the accord.") == []


@slow
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norland halted all trade with Vestland on Monday.", "sanction"),
        ("The central bank froze the accounts of three Ardenian firms.", "sanction"),
        ("Vestland cut off gas supplies to Norland.", "sanction"),
        ("Ardenia announced a boycott of the games in Velm.", "protest"),
        ("Norland closed its embassy in Velm.", "other"),
        ("Vestland downgraded diplomatic relations with Norland.", "other"),
        ("Vestland withdrew from the regional trade bloc.", "other"),
        ("Norland revoked the licences of two foreign broadcasters.", "other"),
    ],
)
def test_reductions_of_relations_are_events(extractor, text, etype):
    # a boycott is a protest (PLOVER PROTEST, mode boycott), not a sanction
    assert types(extractor, text) == [etype]


@slow
def test_reductions_wished_for_are_no_events(extractor):
    assert types(extractor, "The senator wants to close the border with Ardenia.") == []
    assert types(extractor, "Consumers called for a boycott of the brand.") == []


@slow
def test_pounding_and_blowing_up_by_armed_agents_are_armed_attacks(extractor):
    assert types(extractor, "Ardenian forces pounded rebel-held districts of Kolm with rockets.") == ["armed_attack"]
    assert types(extractor, "Artillery bombarded the town of Kolm.") == ["armed_attack"]
    assert types(extractor, "Militants blew up a bridge near Kolm.") == ["armed_attack"]
    assert types(extractor, "The senator pounded his rival over the budget.") == []


@slow
def test_offering_to_host_talks_is_an_agreement(extractor):
    assert "agreement" in types(extractor, "The government of Norland offered to host the next round of peace talks.")
