"""In-article event coreference (kg/extract/events.py): one event per happening, however
often it is told; two happenings the text keeps apart stay two. And a body's named mission
or office is an actor of its own (kg/extract/actors.py). Every sentence is written for
these tests (none comes from an evaluation article)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import of_type, run

slow = pytest.mark.slow


@slow
def test_the_happenings_own_day_beats_the_day_it_was_blamed_on(extractor):
    ex, _ = run(
        extractor,
        "Armenia and Azerbaijan blamed each other on Thursday for a clash on the border that killed four "
        "soldiers. The fighting broke out on the night of March 11-12 near the village of Tegh.",
    )
    [clash] = of_type(ex, "armed_attack")
    assert (clash.start, clash.end) == (dt.date(2024, 3, 11), dt.date(2024, 3, 12))


@slow
def test_a_day_told_later_joins_an_attack_dated_by_its_condemnation(extractor):
    ex, _ = run(
        extractor,
        "Georgia condemned on Friday the attack on a police post near Gali. The attack took place on Tuesday, "
        "when gunmen opened fire on the post.",
    )
    [attack] = of_type(ex, "armed_attack")
    assert attack.start == dt.date(2024, 3, 12)


@slow
def test_a_separate_attack_on_another_day_stays_apart(extractor):
    ex, _ = run(extractor, "Poland blamed Russia on Thursday for a cyberattack on its railways. A separate attack on Monday hit the grid.")
    # the day of "blamed" is the blaming's, not the cyberattack's (which stays undated)
    starts = [e.start for e in of_type(ex, "cyberattack")]
    assert len(starts) == 2 and dt.date(2024, 3, 11) in starts


@slow
def test_the_summit_a_speaker_spoke_at_is_the_summit_told_before(extractor):
    ex, names = run(
        extractor,
        'EU leaders opened a two-day summit in Lisbon on Thursday. "We will not back down," Commission President '
        "Petra Lund told reporters at the summit on Friday.",
    )
    [summit] = of_type(ex, "meeting")
    assert "European Union" in [names[k] for k in summit.participants]
    [remarks] = of_type(ex, "interview")
    assert remarks.start == dt.date(2024, 3, 15)


@slow
def test_another_speakers_briefing_is_another_event(extractor):
    ex, names = run(
        extractor,
        "The State Department spokesman, Tom Reyes, held a press briefing on Tuesday. In Beijing, foreign ministry "
        "spokesman Li Wen said at his regular briefing that China opposed the patrols.",
    )
    briefings = of_type(ex, "interview")
    assert len(briefings) == 2
    assert not any({"Tom Reyes", "Li Wen"} <= {names[k] for k in e.participants} for e in briefings)


@slow
def test_a_round_in_apposition_is_the_talks_it_renames(extractor):
    ex, _ = run(
        extractor,
        "Officials from India and Nepal held talks in Kathmandu on Tuesday. The talks, the second round this year, "
        "ended without a deal.",
    )
    assert len(of_type(ex, "meeting")) == 1


@slow
def test_the_previous_and_a_further_round_are_other_meetings(extractor):
    ex, _ = run(
        extractor,
        "Officials from India and Nepal held talks in Kathmandu on Tuesday. The previous round of talks, held in "
        "Delhi in January, ended without a deal. A further round is due in May.",
    )
    starts = sorted(e.start for e in of_type(ex, "meeting"))
    assert starts == [dt.date(2024, 1, 1), dt.date(2024, 3, 12), dt.date(2024, 5, 1)]


@slow
def test_an_earlier_attack_told_with_nothing_of_its_own_adds_no_event(extractor):
    ex, _ = run(extractor, "Gunmen attacked a checkpoint in Tarsk on Monday. The assault on Wednesday came two days after the earlier attack.")
    assert sorted(e.start for e in of_type(ex, "armed_attack")) == [dt.date(2024, 3, 11), dt.date(2024, 3, 13)]


@slow
def test_fighting_predicated_of_the_clashes_is_the_clashes(extractor):
    ex, _ = run(
        extractor,
        "Gunmen and soldiers clashed in Tarsk on Monday, killing six. Mayor Ivan Petrov said the clashes were the "
        "third outbreak of fighting in the city this year.",
    )
    [clash] = of_type(ex, "armed_attack")
    assert clash.start == dt.date(2024, 3, 11)


@slow
@pytest.mark.parametrize(
    "text, n",
    [
        # a clause that places the attack tells another one than the bombing told before
        ("The Belgian prime minister expressed his sympathy over the Lyon bombing on Monday. The Dutch premier offered "
         "his own condolences for the attack in which a gunman killed two soldiers at a barracks near Utrecht.", 2),
        ("Mourners laid flowers for the victims of the bombing. Since the violent assaults that killed 90 people in "
         "Lisbon last October, few cities have been more heavily guarded.", 2),
        # a clause that only tells the toll, or whose doers were told before, tells the same one
        ("A suicide bomber struck a market in Kabul on Tuesday. Officials said the blast that killed 14 people was "
         "the deadliest this year.", 1),
        ("Gunmen stormed a hotel in Bamako on Friday, killing 20 guests. The attack in which the gunmen killed the "
         "guests in Bamako lasted nine hours.", 1),
        ("A car bomb exploded outside a police station in Mosul on Sunday. The minister condemned the bombing that "
         "killed nine officers in Mosul.", 1),
        # a town naming the attack tells it apart from one held elsewhere, not from one held there
        ("Gunmen opened fire at a mall in Denver on Wednesday, killing 12 people. Others recalled the Orlando massacre.", 2),
        ("A gunman killed 49 people at a nightclub in Orlando on Sunday. The Orlando massacre shocked the nation.", 1),
        ("He learned that 20 pupils had been murdered in Newtown. The senator, who led a filibuster in June after "
         "the Orlando massacre, wants new gun laws.", 2),
        # a country naming it names who struck, not where
        ("US jets struck a depot near Raqqa on Monday. The U.S. strike killed 20 fighters.", 1),
    ],
)
def test_a_place_told_with_an_attack_says_which_attack_it_is(extractor, text, n):
    assert len(of_type(run(extractor, text)[0], "armed_attack")) == n


@slow
def test_a_bodys_named_mission_or_office_is_its_own_actor(extractor):
    ex, _ = run(
        extractor,
        "The United Nations Support Mission in Haiti (UNSMIH) said on Tuesday it was deeply concerned. The EU "
        "Monitoring Mission said patrols continued near Gori. The UN Office for Project Services said it would help. "
        "The European Union and the United Nations welcomed the statements.",
    )
    by_name = {a.name: a for a in ex.actors}
    assert {"UN Support Mission in Haiti", "EU Monitoring Mission", "UN Office for Project Services"} <= set(by_name)
    assert "UNSMIH" in by_name["UN Support Mission in Haiti"].aliases
    assert "UNSMIH" not in by_name["United Nations"].aliases


@slow
def test_a_lead_repeated_after_its_abstract_tells_the_same_happenings(extractor):
    lead = "Even the week after a Republican debate, the candidate dominating the news was Governor Ellen Marsh, who toured the farm states"
    ex, _ = run(extractor, f"Marsh gains ground.\n\nABSTRACT.\n\n{lead}.\n\nFULL TEXT.\n\n{lead} to defend her tax plan.")
    assert len([e for e in ex.events if "debate" in e.label.lower()]) == 1


@slow
def test_a_happening_named_twice_in_the_same_words_is_one(extractor):
    ex, _ = run(
        extractor,
        "Governor Ellen Marsh gained ground after a televised debate, polls showed. Donors who watched a televised "
        "debate in Des Moines said she had won it.",
    )
    assert len([e for e in ex.events if "debate" in e.label.lower()]) == 1


@slow
def test_a_hosts_meetings_with_different_counterparts_stay_apart(extractor):
    # the rule "same type, one shared participant" with "a minister counts as his country"
    # merged the summit, the trilateral and the bilateral into one meeting
    ex, names = run(
        extractor,
        "While making final preparations for her energy summit, President Alina Voss of Estonia spent Tuesday "
        "discussing the Baltic grid.\n\nVoss, who welcomed the visiting leaders to Kadriorg Palace for a dinner, "
        "held private meetings earlier in the day with the top officials from Finland, Latvia and Poland.\n\n"
        "Voss held a joint meeting in the morning with Finnish Prime Minister Petteri Orpo and Latvian Prime "
        "Minister Evika Silina.\n\nThe grid also topped the agenda when Voss met in the afternoon with Polish "
        "President Andrzej Duda.",
    )
    sides = [{names[k] for k in m.participants} for m in of_type(ex, "meeting")]
    assert any({"Petteri Orpo", "Evika Silina"} <= s for s in sides), sides
    assert any("Andrzej Duda" in s for s in sides), sides
    assert not any({"Evika Silina", "Andrzej Duda"} & s and {"Poland", "Finland"} & s for s in sides), sides
    assert not any({"Evika Silina", "Andrzej Duda"} <= s for s in sides), sides


@slow
def test_the_meeting_told_again_and_one_more_side_still_join(extractor):
    ex, _ = run(
        extractor,
        "Foreign Minister Ilse Brandt of Austria met Hungarian Foreign Minister Tamas Kovacs in Vienna on Tuesday. "
        "The meeting lasted three hours. The talks, which Slovak envoy Marek Hudec also joined, focused on gas transit.",
    )
    assert len(of_type(ex, "meeting")) == 1


@slow
def test_one_undated_happening_named_again_in_the_same_words_is_one_event(extractor):
    ex, _ = run(
        extractor,
        "After Republican debate, a governor steals the show.\n\n"
        "A day after a Republican debate in which he did not take part, Governor Lyle Brenner drew the largest "
        "crowd of the week in Ohio.\n\nA day after a Republican debate in which he did not take part, Governor "
        "Lyle Brenner drew the largest crowd of the week in Ohio, where he spoke for an hour.\n\n"
        "Brenner told reporters that the debate had been dull.",
    )
    assert len([e for e in ex.events if "debate" in e.label.lower()]) == 1



def test_a_counterpart_named_once_by_its_envoy_and_once_as_its_country_is_one_side():
    # "talks with the envoy who led X's delegation" and "talks between the host's and X's
    # officials": one side named two ways, not a host meeting two counterparts
    from kg.extract.events import RawEvent, _other_counterparts

    def meeting(*sides):
        return RawEvent("e", "meeting", "talk", [(0, 5)], "talks", participants=list(sides))

    office = {"orlov": "russia", "duda": "poland"}

    def serves(k, keys):
        return office.get(k) in keys

    by_envoy, by_country = meeting("united-states", "orlov"), meeting("united-states", "russia")
    assert _other_counterparts(by_envoy, by_country)  # read without offices: two counterparts
    assert not _other_counterparts(by_envoy, by_country, serves)
    assert _other_counterparts(meeting("estonia", "orlov"), meeting("estonia", "duda"), serves)
    assert not _other_counterparts(meeting("estonia", "finland"), meeting("estonia", "finland", "poland"), serves)


@slow
def test_a_dated_telling_with_no_side_and_an_undated_one_with_its_sides_are_one(extractor):
    # the day in one sentence, who did it in the next, with another verb of the same family
    ex, names = run(
        extractor,
        "Border news.\n\nTwo shepherds from the village of Dorvi were apprehended last Tuesday near the river. "
        "According to the border service, the men were detained by a patrol of the Azerbaijani army and "
        "taken to a base in Kessin.",
    )
    [held] = of_type(ex, "other")
    assert held.start == dt.date(2024, 3, 12)
    assert {m.text for m in held.mentions} == {"apprehended", "detained"}
    assert [names[k] for k in held.participants] == ["Azerbaijani army"]


@slow
def test_a_recap_told_before_the_dated_release_is_that_release(extractor):
    # a live blog's recap opens with the release, undated; "freed this morning" dates it
    ex, names = run(
        extractor,
        "Sailors home.\n\nQuick recap: Eritrea released the 12 Yemeni Navy sailors it held overnight off the "
        "Hanish islands, and the navy says the crews are safe.\n\nThe sailors were picked up on Tuesday "
        "afternoon near the islands. They were freed this morning, officials in Sanaa said.",
    )
    [release] = of_type(ex, "other")
    assert release.start == dt.date(2024, 3, 15)
    assert {m.text for m in release.mentions} == {"released", "freed"}
    assert "Eritrea" in [names[k] for k in release.participants]


@slow
def test_the_country_of_the_village_the_detained_come_from_is_not_a_target(extractor):
    ex, names = run(
        extractor,
        "Border news.\n\nTwo residents of the Armenian village of Verin Dzor were detained by Azerbaijani "
        "soldiers on Tuesday, the ministry said.",
    )
    [held] = of_type(ex, "other")
    assert "Armenia" not in [names[k] for k in held.targets]
    # the villages themselves shelled: their country is struck
    ex, names = run(extractor, "Border news.\n\nAzerbaijani artillery shelled Armenian villages near Verin Dzor on Tuesday.")
    [shelling] = of_type(ex, "armed_attack")
    assert "Armenia" in [names[k] for k in shelling.targets]


def test_an_election_or_meeting_told_with_its_sides_joins_no_other_dated_one() -> None:
    # "Maria Lenz won her primary" (undated, her race) is not "the August 30 primary" of
    # another race that names no one; a detention told the same two ways is one (no spaCy)
    from kg.extract.events import EventFinder, RawEvent

    class Finder:
        _tally = staticmethod(lambda i: False)
        doc = [type("Tok", (), {"tag_": "NN"})()] * 5
        _fold = EventFinder._fold
        _absorb = staticmethod(EventFinder._absorb)

        def __init__(self, events):
            self.events, self.by_token = events, {}

    def pair(etype, lemma):
        undated = RawEvent("e1", etype, lemma, [(0, 5)], "x", participants=["a1"], token_ids=[1])
        dated = RawEvent("e2", etype, lemma, [(9, 14)], "y", begin=dt.date(2016, 8, 30), token_ids=[3])
        finder = Finder([undated, dated])
        EventFinder._merge_sided(finder)
        return finder.events

    for etype, lemma in (("election", "primary"), ("meeting", "meeting"), ("interview", "interview"), ("protest", "rally"), ("agreement", "agreement")):
        assert len(pair(etype, lemma)) == 2
    [held] = pair("other", "detain")
    assert held.participants == ["a1"] and held.begin == dt.date(2016, 8, 30)
