"""Events: trigger words, their dates, places, participants and targets, merged per article.

A trigger is a noun or verb from the lexicon ("talks", "session", "shelling", "hacker
attack", "met", "briefed"). Its date is a date expression attached to it or to the verb that
governs it ("On January 10, negotiations were held"), else the nearest date in the sentence
that no other trigger claims. Participants come from "between X and Y", "with X", "of X, Y
and Z" and the subject of the governing verb; targets from "on/against X" and the objects of
attack verbs. Mentions of the same type are merged when they are anaphoric ("the attack",
"the talks") or share a place or an actor and their dates agree; "a separate call" never is.

The event types (with their PLOVER and CAMEO matches), the trigger words of each type and
the cue lists live in data/rules/events.json: adding a trigger or a type is a data change
(plus a test in tests/extract/test_events.py). Python keeps the predicates: which clause
a word sits in, whether it is realised, hypothetical, generic or a back-reference, and who
its participants and targets are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorTable, armed_forces_of, strip_np
from kg.extract.components import trigger_words
from kg.extract.dates import DateMention, ahead, behind
from kg.extract.references import subject_of
from kg.extract.lexicon import CYBER_WORDS, GROUP_NOUNS, MILITARY_WORDS, SPEECH_VERBS, TITLE_HEADS
from kg.rules import lexicon, table

# The trigger words of each event type and the cue lists are data: data/rules/events.json.
EVENT_TYPES: dict[str, dict] = table("event_types")
RELATIVE_DAYS: dict[str, int] = table("event_relative_days")

FAMILIES = [set(row) for row in table("event_families")]
_ANAPHORIC = lexicon("event_anaphoric_determiners")
_NOUN_GOVERNORS = {noun: frozenset(verbs) for noun, verbs in table("event_noun_governors").items()}
_NOUN_MODIFIERS = {noun: frozenset(words) for noun, words in table("event_noun_modifiers").items()}
_NOT_SAME = lexicon("event_not_same")
_GENERIC = lexicon("event_generic_modifiers")
_SEQUENCE = lexicon("event_sequence_modifiers")
_HYPOTHETICAL = lexicon("event_hypothetical_governors")
_SYSTEMS = lexicon("event_cyber_systems")
_AFFECTED = lexicon("event_cyber_affected")
_STRIKERS = lexicon("event_strikers")
_GUEST_VERBS = lexicon("event_guest_verbs")
_REMOVAL_VERBS = lexicon("event_removal_verbs")
_COURT_OWNERS = lexicon("event_court_owners")
_SCUFFLE_VERBS = lexicon("event_scuffle_verbs")
_ASSEMBLY_VERBS = lexicon("event_assembly_verbs")
_STRUCK = lexicon("event_struck")
_NOT_STRUCK = lexicon("event_not_struck")
_ATTACK_VERBS = lexicon("event_attack_verbs")
_FIRED = lexicon("event_fired_weapons")
_MEDIA = lexicon("event_media")
_AUDIENCES = lexicon("event_address_audiences")
_DECLARED = lexicon("event_declared")
_REALISING = lexicon("event_realising_verbs")
_SEQUENCE_VERBS = lexicon("event_sequence_verbs")
_TARGET_TYPES = lexicon("event_target_types")
_DISPUTE = lexicon("event_dispute_cues")
_DISPUTE_MARKS = _DISPUTE | lexicon("event_dispute_modifiers")  # "the alleged strike" as "claiming that ... struck"
_CYBER_BIAS_STEMS = lexicon("event_cyber_bias_stems")
_ARMED_BIAS_STEMS = lexicon("event_armed_bias_stems")
_CYBER_DOERS = lexicon("event_cyber_doers")
_SHOOTING_AGENTS = lexicon("event_shooting_agents")
_FLYING_SUBJECTS = lexicon("event_flying_subjects")
_HALTED_OBJECTS = lexicon("event_halted_objects")
_GERUND_VERBS = lexicon("event_gerund_verbs")
_ASPECT_HEADS = lexicon("event_aspect_heads")
_SCHEDULING_HEADS = lexicon("event_scheduling_heads")
_SCHEDULED = _ASPECT_HEADS | _SCHEDULING_HEADS
_MODAL_PREDICATES = lexicon("event_modal_predicates")
_BACKREF_HEADS = lexicon("event_backref_heads")
_BODY_HEADS = lexicon("event_body_heads")
_RENAMING = lexicon("event_renaming_nouns")
_FINDING_DOCS = lexicon("event_finding_documents")
_SCHEDULING = lexicon("event_scheduling_verbs")
_ROUTINE = lexicon("event_routine_nouns")
_MEDIA_NAMES = lexicon("event_media_name_words")
_SUNDAY_PROGRAMMES = lexicon("event_sunday_programmes")
_RECORDING = lexicon("event_recording_verbs")
_FINDING_VERBS = lexicon("event_finding_verbs")
_ON_AIR_VERBS = lexicon("speech_verbs") | lexicon("event_appearance_verbs")
_PLEAS = lexicon("event_plea_words")
_STATUS_PARTICIPLES = lexicon("event_status_participles")
_LIFTING = lexicon("event_lifting_words")
_APPOINTING = lexicon("event_appointing_verbs")
_SUCCEEDING = lexicon("event_succeeding_verbs")
_LEGISLATIVE_DOCS = lexicon("event_legislative_documents")
_NAMED_ADDRESSES = lexicon("event_named_addresses")
_TAKING_OFFICE = lexicon("event_taking_office_verbs")
_ELECTED = lexicon("event_elected_verbs")
_AGREEMENT_NAMES = lexicon("event_agreement_name_heads")
_SIGNING = lexicon("event_signing_verbs")
_FOR_TARGET = lexicon("event_for_target_nouns")
_OF_TARGET = lexicon("event_of_target_nouns")
_INQUIRY_NOUNS = lexicon("event_inquiry_nouns")
_TOPIC_HEADS = lexicon("event_topic_heads")
_SERIES_HEADS = lexicon("event_series_heads")
_HALTING = lexicon("event_halting_verbs")
_CHARACTER_MODIFIERS = lexicon("event_character_modifiers")
_UNDERGO = lexicon("event_undergo_verbs")
_HABITUAL = lexicon("event_habitual_cues")
_LEADER_TITLES = lexicon("event_leader_titles")
_SIDED_TYPES = lexicon("event_sided_types")
_CYBER_AGENTS = lexicon("event_cyber_agents")
_CYBER_IF_BIASED = lexicon("event_cyber_agents_if_cyber")
_CALL_MEANS = lexicon("event_call_means")
_OCCASION_PREPS = lexicon("event_occasion_preps")
_SAME_DAY_PREPS = lexicon("event_setting_preps")
_SIDES_PREPS = lexicon("event_sides_preps")
_NORMS = lexicon("event_norm_predicates")
_DATE_RELATIVES = lexicon("event_date_relatives")
_TOPIC_VERBS = lexicon("event_topic_verbs")
_TIME_OF_DAY = lexicon("event_time_of_day_nouns")
_RELEASE_VERBS = lexicon("event_release_verbs")
_PASSAGE_NOUNS = lexicon("event_passage_nouns")
_TESTIFY_VERBS = lexicon("event_testify_verbs")
_WITNESS_VERBS = lexicon("event_witness_verbs")
_QUESTIONING = lexicon("event_questioning_verbs")
_RELEASE_NOUNS = lexicon("event_release_nouns")
_UNDER_VERBS = lexicon("event_under_verbs")
_SPEECH_NOUNS = lexicon("event_speech_nouns")
_SPEECH_GIVING = lexicon("event_speech_giving_verbs")
_NOT_SPEECHES = lexicon("event_not_speech_modifiers")
_PRIVATE_DEALS = lexicon("event_private_deal_modifiers")
_INQUIRY_VERBS = lexicon("event_inquiry_verbs")
_PRESUPPOSING_PREPS = lexicon("event_presupposing_preps")
_FOUGHT_IN = lexicon("event_fought_in_nouns")
_PRIMARY_KEYS = lexicon("event_primary_nouns")
_NOMINEE_TITLES = lexicon("event_nominee_titles")
_CANDIDATE_TITLES = lexicon("candidacy_titles")
_OFFICE_WORDS = lexicon("event_office_words")
_RACE_APART = lexicon("event_race_apart_words")
_PARTY_WORDS = lexicon("event_party_words")
_PAST_TITLE_WORDS = lexicon("event_past_title_words")
_LEAK_NOUNS = lexicon("event_leak_nouns")
_DESIGNATING = lexicon("event_designation_verbs")
_OCCASION_NOUNS = lexicon("event_occasion_nouns")
_MEDICAL_ATTACKS = lexicon("event_medical_attack_modifiers")
_VERBAL_TARGETS = lexicon("claim_verbal_targets")
_VERBAL_PARTNERS = lexicon("event_verbal_attack_partners")
_HARM_WORDS = lexicon("event_launch_harm_words")
_DESIGNATION_CONTEXT = lexicon("event_designation_context")
_LEAKED_PAPERS = lexicon("event_leaked_papers")
_DETAINEES = lexicon("event_detainees")
_ERGATIVE = lexicon("event_ergative_verbs")
_HEARING_NOUNS = lexicon("event_hearing_nouns")
_LEGISLATORS = lexicon("event_legislator_nouns")
_BODY_NAME_HEADS = lexicon("event_body_name_heads")
_BROKEN_INTO = lexicon("event_cyber_systems") | lexicon("event_cyber_accounts")
_CYBER_TOOLS = lexicon("event_cyber_tools")
_KINDLESS_ATTACKS = lexicon("event_kindless_attack_nouns")
_CYBER_PHRASES = lexicon("cyber_phrases")
_ONSET = lexicon("event_onset_verbs")
_ENVOY_TITLES = lexicon("event_envoy_titles")
_WAR_NOUNS = lexicon("event_war_nouns")
_FIGURATIVE_WARS = lexicon("event_figurative_war_modifiers")
_WAR_SIDE_PREPS = lexicon("event_war_side_preps")
_RULING_NOUNS = lexicon("event_ruling_nouns")
_RULING_VERBS = lexicon("event_ruling_verbs")
_RACE_NOUNS = lexicon("event_race_nouns")
_RACE_MOVES = lexicon("event_race_moves")
_RACE_PRIZES = lexicon("event_race_prizes")
_ONGOING_DAYS = 62  # how long after its onset a later mention may still be the same happening
_MEDIATING = lexicon("event_mediating_verbs")
_COMMITMENT_VERBS = lexicon("event_commitment_verbs")
_COMMITMENT_ACTS = lexicon("event_commitment_acts")
_COMMITMENT_OBJECTS = lexicon("event_commitment_objects")
_COMMITTING_BODIES = lexicon("event_committing_bodies")
_COMMITTING_TITLES = lexicon("event_committing_titles")
_OBSTRUCT_VERBS = lexicon("event_obstruct_verbs")
_MASSING = lexicon("event_massing_verbs")
_SIGNING = lexicon("event_signing_verbs")
_PROTESTER_NOUNS = lexicon("event_protester_nouns")
_VESSELS = lexicon("event_vessels")
# the lists the argument rules read (participants and targets)
_MILITARY_NOUNS = lexicon("event_military_nouns")
_NAVAL_NOUNS = lexicon("event_naval_nouns")
_AIR_NOUNS = lexicon("event_air_nouns")
_STATE_ASSETS = lexicon("event_state_asset_nouns")
_LED_VERBS = lexicon("event_led_verbs")
_HIT_PARTICIPLES = lexicon("event_hit_participles")
_TARGET_NOUNS = lexicon("event_target_nouns")
_DELEGATION_NOUNS = lexicon("event_delegation_nouns")
_SIDE_NOUNS = lexicon("event_side_nouns")
_REPRESENT_VERBS = lexicon("event_represent_verbs")
_SUMMONING = lexicon("event_summoning_verbs")
_PAIR_NOUNS = lexicon("event_pair_nouns")
_PAIR_PERSON_NOUNS = lexicon("event_pair_person_nouns")
_COUNT_MEETING_NOUNS = lexicon("event_count_meeting_nouns")
_OWNER_PRONOUNS = {"his": "person", "her": "person", "its": "body", "their": "plural"}
_TRAVEL_VERBS = lexicon("event_travel_verbs")
_ACCUSED = lexicon("event_accused_participles")
_SETTLEMENTS = lexicon("event_settlement_nouns")
_DELEGATION_VERBS = lexicon("event_delegation_verbs")
_ELECTION_VERBS = lexicon("event_election_verbs")
_VICTIM_PASSIVES = lexicon("event_victim_passives")
_HELD_VERBS = lexicon("event_custody_verbs") | _STATUS_PARTICIPLES | _VICTIM_PASSIVES
_GERUND_TIME_PREPS = lexicon("event_gerund_time_preps")
_RIVAL_VERBS = lexicon("event_rival_verbs")
_CONTEST_VERBS = lexicon("event_contest_verbs") | _RIVAL_VERBS | _RACE_MOVES
_CONTEST_RESULTS = lexicon("event_contest_results")
ARMED_VERBS: dict[str, dict] = table("event_armed_verbs")
_ARMED_AGENTS = lexicon("event_armed_agents") | _STRIKERS
_PHYSICAL = lexicon("event_physical_targets") | _STRUCK
_FORCES = lexicon("event_forces")
_PROTESTERS = lexicon("event_protesters")
_PROTEST_VERBS = lexicon("event_protest_verbs")
_COLLECTIVE = lexicon("event_collective_protesters")
_WITH_TARGET = lexicon("event_with_target_nouns")
_PARTNER_OBJECT = lexicon("event_partner_object_verbs")
_WITH_PARTNER = lexicon("event_with_partner_verbs")
_PLACE_PREPS = lexicon("event_place_preps")
_CAMPAIGN = lexicon("event_campaign_modifiers")
_COMMENT_VERBS = lexicon("event_comment_verbs")
_DISCUSSING = lexicon("event_discussing_verbs")
_DEBATE_KINDS = lexicon("event_debate_modifiers")
_LABOUR = lexicon("event_labour_strikers")
_PARTIES = lexicon("event_agreeing_parties")
_ARMED_CONTEXT = lexicon("event_armed_context_nouns")
_HOST_OBJECTS = lexicon("event_host_objects")
_OCCURRENCE = lexicon("event_occurrence_verbs")
_VICTIMS = lexicon("event_victims")
_NOT_VIOLENCE = lexicon("event_not_violence")
_DISCUSSION = lexicon("event_discussion_verbs")
_MODALS = lexicon("event_modal_auxiliaries")
_CALL_LEMMAS = lexicon("event_call_lemmas")
_SEPARATE = lexicon("event_separate_words")
_ADDRESS_VERBS = lexicon("event_address_verbs")
_MET_OBLIGATIONS = lexicon("event_met_obligations")
_NEGATED_REALISERS = lexicon("event_negated_realisers")
_NEGATABLE_TYPES = lexicon("event_negatable_types")
_GATHERINGS = lexicon("event_named_gatherings")
_GATHERING_PREPS = lexicon("event_gathering_preps")
_GATHERING_PARTS = lexicon("event_gathering_parts")
_SETTING_PREPS = lexicon("event_setting_preps")
_GATHERING_VERBS = lexicon("event_gathering_verbs")
_VOTING_BODIES = lexicon("event_voting_bodies")
_VOTE_KINDS = lexicon("event_vote_kinds")
_ELECTION_VOTES = lexicon("event_election_vote_kinds")
_ARMED_ATTACK_KINDS = lexicon("event_armed_attack_kinds")
_ABSENCE_PREPS = lexicon("event_absence_preps")
_STATE_NOUNS = lexicon("event_state_nouns")
_ROUND_NOUNS = lexicon("event_round_nouns")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_LAUNCH_TARGET_PREPS = lexicon("event_launch_target_preps")
_LAUNCH_HARM = lexicon("event_launch_harm_words")
ACT_VERBS: dict[str, dict] = table("event_act_verbs")
_PUBLISH_VERBS = lexicon("message_publish_verbs")
_MESSAGE_NOUNS = lexicon("statement_nouns")
_ACT_LIGHT_OBJECTS = lexicon("event_act_light_objects")
_ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP")
_PERSON_PRONOUNS = ("he", "she", "him", "her")  # not 'they' ("the benefits they have paid into")
_MISTAKEN_SURNAME_ENTS = ("ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT")  # tags the tagger gives lone surnames
_NOT_PERSON_ENTS = ("GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "ORG", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART")


@dataclass
class RawEvent:
    key: str
    type: str
    lemma: str
    triggers: list[tuple[int, int]]
    label: str
    begin: dt.date | None = None
    end: dt.date | None = None
    date_text: str | None = None
    location: str | None = None
    participants: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    token_ids: list[int] = field(default_factory=list)
    distinct: bool = False  # "a separate call", "the next mission": never folded into another
    place_target: str | None = None  # the country of its place, taken as its target for want of one named
    open_end: bool = False  # its date is its onset ("the talks opened on Monday"): it went on after
    name: str | None = None  # a named gathering's name ("Munich Security Conference"): another name, another event
    borrowed: bool = False  # its day is that of the clause telling it ("blamed on Thursday for a clash"), not its own
    kind_words: frozenset[str] = frozenset()  # the words that say which one ("Democratic" of "a Democratic debate")
    several: bool = False  # "held meetings with A, B and C": a summary of several, no other mention folds into it

    def family(self) -> set[str]:
        return next((f for f in FAMILIES if self.lemma in f), {self.lemma})


def _trigger_type(tok: Token, cyber_bias: bool) -> tuple[str, str] | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    gathering = _named_gathering(tok)
    if _signed_name(tok):
        return "agreement", "agreement"  # "the Asmara Declaration they signed in May 2019"
    if tok.ent_type_ in ("ORG", "LAW", "PERSON", "GPE", "FAC", "WORK_OF_ART", "NORP") and not gathering:
        return None  # "the Collective Security Treaty", "NATO-Russia Council"
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            return None  # "meeting point", "ransomware attack" (the head is the trigger)
        if _body_name(tok):
            return None  # "agents of the Border Patrol": an agency
        if any(
            c.lower_ in _GENERIC and not (c.lower_ in _SEQUENCE and _one_of_a_series(tok))
            for c in tok.children if c.dep_ in ("det", "amod", "compound", "nummod")
        ):
            return None  # "several earlier rounds", "no escalation", "in almost every speech": not one event
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.is_title and tok.head.head.pos_ == "PROPN" or tok.head.head.lemma_.lower() in _BODY_HEADS
        ):
            return None  # "the Bureau of Investigation", "a Commission of Inquiry", "a board of inquiry": a body
        compound = _compound_key(tok)
        nouns = trigger_words(tok, "event_nouns")  # doc.spans["kg_triggers"]
        key = compound or (low if low in nouns else lemma)
        etype = trigger_words(tok, "event_compounds").get(compound) if compound else nouns.get(key)
        if gathering:
            key, etype = lemma, "meeting"  # "at the Munich Security Conference"
        if etype is None and lemma in _RELEASE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_detainees(o) for o in c.children if o.dep_ == "pobj") for c in tok.children
        ):
            key, etype = "release", "other"  # "the release of the crew", "an exchange of detained persons"
        if etype is None and _occasion_noun(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.tag_ == "NN":
            key, etype = lemma, "meeting"  # "stressed those worries on Sunday at a university forum in Beijing"
        if etype is None and lemma in _LEAK_NOUNS and tok.tag_ == "NN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in _LEAKED_PAPERS for o in c.children if o.dep_ == "pobj")
            for c in tok.children
        ):
            key, etype = lemma, "other"  # "the online publication of the party's emails by X"
        if etype is None and _war_told(tok):
            key, etype = "war", "armed_attack"  # "the 2008 war with Georgia", "a war between A and B that began in 2020"
        if etype is None and _electoral_race(tok):
            key, etype = "race", "election"  # "called on him to drop out of the race", "the race for the White House"
        if etype is None and lemma in _PASSAGE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_words(o) & _VESSELS for o in c.children if o.dep_ == "pobj") for c in tok.children
        ):
            key, etype = lemma, "military_activity"  # "Tuesday's transit of the destroyer"
        if etype is None:
            return None
        if compound and etype == "election" and key.endswith(("campaign", "race")) and any(c.dep_ == "poss" for c in tok.children):
            return None  # "Trump's presidential campaign": a candidate's effort, not the election ("the presidential race")
        if etype == "sanction" and _lifted(tok):
            etype = "other"  # "lifted sanctions on X", "the easing of the embargo": an end of sanctions
        if key == "strike" and etype == "armed_attack" and _labour_strike(tok):
            etype = "protest"  # "workers went on strike", "the miners' strike", "a strike by teachers"
        if etype == "agreement" and any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PRIVATE_DEALS for c in tok.children):
            return None  # "his plea agreement" (the plea in court, told by its own trigger), "a non-disclosure agreement"
        if key in _ARMED_CONTEXT and not _armed_sentence(tok):
            return None  # "a legal battle", "a clash between the two candidates"
        if compound:
            key = lemma if lemma in nouns else key  # its family is the head's
        elif key in ("address", "speech") and _named_address(tok):
            etype = "other"  # "in his final State of the Union address": a named address to a legislature
        elif key in ("address", "speech"):
            if not any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ in _AUDIENCES for g in c.children) for c in tok.children) and not _delivered_speech(tok):
                return None  # an address or speech to the nation, or one given; not a street address
        elif key == "letter" and _written_character(tok):
            return None  # "in all capital letters", "the letter of the law": no letter sent
        elif key == "reward" and tok.head.lemma_ not in _NOUN_GOVERNORS[key]:
            return None  # "offered a reward"; not "the reward"
        elif key == "debate" and not any(c.dep_ in ("amod", "compound") and c.lower_ in _DEBATE_KINDS for c in tok.children):
            return None  # "the presidential debate", "a televised debate"; not "the debate over immigration"
        elif key == "rally" and _campaign_rally(tok):
            etype = "other"  # "held a campaign rally in Ohio": no protest
        elif key in ("patrol", "blockade", "incursion") and tok.dep_ == "compound":
            return None
        if key in _ROUTINE and tok.tag_ == "NNS" and not compound and not any(
            t.ent_type_ in ("DATE", "TIME") for t in (tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok).subtree
        ):
            return None  # "Guyana has doubled its patrols", "its patrols off the coast are lawful": an activity, not one event
        if key in _RENAMING and not compound and not any(
            c.dep_ == "prep" and c.lower_ in _SIDES_PREPS or c.lower_ == "such" for c in tok.children
        ):
            return None  # "an encounter that Velm called a threat": the approach told before it
        if key == "call" and not any(c.lower_ in _NOUN_MODIFIERS[key] for c in tok.lefts):
            return None  # "a phone call"; not "a call for calm"
        if key == "session" and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children):
            return None
        if key in ("mission", "declaration") and not compound and tok.head.lemma_ not in _NOUN_GOVERNORS[key]:
            return None  # "sent a mission", "issued a declaration"
        if key == "appeal":
            return None
        if key == "round" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _FIRED for c in tok.children):
            return None  # "a mortar round", "an artillery round": a shell, not a round of talks
        if key == "round" and any(
            c.dep_ == "prep" and c.lower_ == "of" and not any(o.lemma_.lower() in _ROUND_NOUNS for o in c.children)
            for c in tok.children
        ):
            return None  # "a fresh round of comparisons", "another round of checks"
        if low == "talk" and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
            return None  # "talk of a split", "tough talk": the meeting is 'talks'
        if key == "discussions" and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children) and not (
            tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB"
        ):
            return None  # "held discussions with X", "arrived for discussions"; not "discussions of the plan"
        if key in ("exercise", "exercises") and not compound and any(
            c.dep_ == "prep" and c.lower_ == "in" and not any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in c.children)
            for c in tok.children
        ):
            return None  # "an exercise in futility", "a disastrous exercise in regime change"
        if key in ("breach", "intrusion") and not {t.lower_ for t in tok.sent} & CYBER_WORDS:
            return None  # "a breach of Yemen's sovereignty", "of the ceasefire"
        if key == "vote" and tok.head.lemma_ == "hold" and _body_votes(tok.head):
            etype = "other"  # "the Senate will hold votes on the bills": a body's votes, no election
        elif key == "vote" and tok.head.lemma_ not in ("hold", "cast"):
            if _body_vote(tok):
                etype = "other"  # "the Senate vote", "approved the budget in a vote": a body's decision
            elif not any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and (c.ent_type_ == "DATE" or c.lower_ in _ELECTION_VOTES)
                for c in tok.children
            ):
                return None  # "the black vote", "a vote of thanks"; but "before the Nov. 8 vote": the election
        first = tok
        while first.dep_ == "conj" and first.head != first and first.head.ent_type_ not in ("DATE", "TIME"):
            first = first.head  # "arms control and military exercises": as the first conjunct
        if first.dep_ == "pobj" and first.head.lower_ in _ABSENCE_PREPS:
            return None  # "passed without incident", "approved without a vote"
        if key in _STATE_NOUNS and first.dep_ == "pobj" and not any(
            c.dep_ in ("det", "poss", "nummod", "compound") for c in tok.children
        ):
            return None  # "in agreement with", "out of genuine agreement": a state, not a deal
        gov = first.head if first.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else None
        if gov is not None and gov.dep_ == "prep":
            gov = gov.head
        if gov is not None and (gov.lemma_ in _HYPOTHETICAL or gov.lemma_ == "call" and first.dep_ != "dobj") and not _planned_for(gov, first) and not (
            first.dep_ == "pobj" and first.head.lower_ in _PRESUPPOSING_PREPS
        ):
            # ("called for a ban following the shooting": the shooting happened)
            return None  # "fear an invasion", "prevent a war": not something that happened
        if first.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in _MODAL_PREDICATES for c in first.head.children):
            return None  # "talks were possible", "a deal is unlikely"
        # "passed measures to step up sanctions on X", "a bill that would impose sanctions":
        # sanctions a legislature enacts or takes up are told as one, not as a wish
        legislated = etype == "sanction" and gov is not None and _legislated(gov)
        if (first.dep_ == "dobj" or etype == "sanction" and first.dep_ == "pobj" and first.head.lower_ == "with") and gov is not None and gov.pos_ == "VERB" and not legislated and _unrealised(gov) and gov.head.lemma_.lower() not in ("agree", "decide") and not _inquired(first, gov, etype) and not (
            etype == "agreement" and first.dep_ == "dobj" and _promised_signing(gov)
        ) and not (
            etype == "election" and any(c.dep_ in ("nmod", "compound") and c.ent_type_ == "DATE" and c.i < first.i for c in first.children)
        ):
            return None  # "vowed to impose sanctions", "plans to hold talks"; not "agreed to hold talks",
            # nor "to influence the Nov. 8 election" (an election with its own day is scheduled)
        if gov is not None and not legislated and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in gov.children) and not _reported_future(gov) and not (
            etype == "agreement" and first.dep_ == "dobj" and _promised_signing(gov)
        ):
            return None  # "an attack on Ukraine would be met with sanctions", "talks may resume"
        if etype in _NEGATABLE_TYPES and _negated(tok, first, gov):
            return None  # "did not impose sanctions", "the talks were never held"; not "did not carry out the attack" (a denial)
        if first.dep_ in ("nsubj", "nsubjpass") and gov is not None and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in gov.children
        ):
            return None  # "sanctions if the talks fail": a condition, not a happening
        if first.dep_ == "pobj" and first.head.lower_ in ("on", "about", "over", "around", "regarding", "concerning") and first.head.head.pos_ == "NOUN" and not (
            (first.head.lower_ == "over" or etype in ("attack", "armed_attack", "cyberattack", "other")) and _is_anaphoric(first) and key != "incident"
        ) and not (etype in ("attack", "armed_attack", "cyberattack") and _told_happening(first)):
            return None  # "discussions on arms control and military exercises": a topic; but
            # "expelled diplomats over the attack", "questions about the killing": one told;
            # "accusations over an attack on Friday that killed six": its own day or deed
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _TOPIC_HEADS:
            return None  # "the size and scope of military exercises"
        if etype == "agreement" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "toward", "towards", "for") and not (
            tok.head.head.lemma_.lower() in ("agree", "settle") and tok.head.lower_ == "on"
        ):
            return None  # "work on a peace treaty": not yet an event; but "agreed on a truce"
        if etype == "operation":
            if not any(c.lower_ in _NOUN_MODIFIERS["operation"] for c in tok.lefts):
                return None  # "a military operation"; not "the operation of the plant"
            etype = "armed_attack"
        if etype == "attack" and any(c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_ATTACK_KINDS for c in tok.children):
            etype = "armed_attack"  # "a machete attack", in an article about hacking too
        if etype == "attack" and (
            any(c.dep_ in ("amod", "compound") and c.lower_ in _MEDICAL_ATTACKS for c in tok.children) or _verbal_attack(tok)
        ):
            return None  # "died of a heart attack"; "her attack on Sanders in the debate"
        if etype == "attack":
            etype = _attack_type(tok, cyber_bias)
            if etype is None:
                return None
        if key == "briefing" and tok.head.lemma_ in ("at", "in", "during") or key == "briefing":
            etype = "interview"
        return etype, key
    if tok.pos_ == "VERB" and lemma in _DESIGNATING and tok.tag_ != "VBG" and tok.dep_ not in ("amod", "acl", "relcl"):
        # "OFAC designated 16 entities ...", "Treasury designated two officials": a listing
        # for sanctions, told as such in its sentence (not "designated as Confidential")
        if any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and (
            {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
        ) & _DESIGNATION_CONTEXT and not _unrealised(tok):
            return "sanction", "designate"
        return None
    if tok.pos_ == "VERB":
        # ("the attackers" are hackers only in an article about hacking: in one about
        # fighting, "the attackers had fired from the river bank" are gunmen)
        agents = [
            c for c in tok.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in _CYBER_AGENTS and (cyber_bias or c.lemma_.lower() not in _CYBER_IF_BIASED)
        ]
        if agents and (
            any(c.lemma_ in _CYBER_DOERS for c in agents)
            or any(c.dep_ == "dobj" for c in tok.children)
        ) and not any(c.dep_ == "neg" for c in tok.children) and not _unrealised(tok) and not (
            # "the attackers would not be facing gunfire": attackers of a shooting
            any(c.dep_ == "nsubj" and c.lemma_.lower() in _SHOOTING_AGENTS for c in tok.children)
            and not {t.lower_ for t in tok.sent} & CYBER_WORDS
        ):
            # "hackers locked up data", "attackers breached", "the malware wiped computers";
            # not "the malware appeared" nor "hackers could salt the files" (a possibility)
            return "cyberattack", "hack"  # "hackers locked up data", "attackers breached"
        if lemma == "break" and any(c.lower_ == "into" and not list(c.children) for c in tok.children) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _BROKEN_INTO for c in tok.children
        ) and not _unrealised(tok) and not any(c.dep_ == "neg" for c in tok.children):
            return "cyberattack", "hack"  # "his email account had been broken into": no agent named
        if lemma in lexicon("event_purpose_protest_verbs") and tok.dep_ == "advcl" and tok.head.tag_ == "VBD" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
        ) and not _unrealised(tok.head):
            return "protest", "protest"  # "farmers blocked roads to protest fuel prices": they did
        if lemma in _PROTEST_VERBS and _protest_frame(tok):
            return "protest", "protest"  # "thousands rallied", "students marched", "workers walked out"
        if lemma in _OBSTRUCT_VERBS and _obstruction(tok):
            return "protest", "protest"  # "protesters blocked the highway", "demonstrators occupied the square"
        if lemma in _COMMITMENT_VERBS and _commitment(tok):
            return "agreement", lemma  # "Ostrevia pledged to cut its exports", "offered to mediate"
        frame = _frame_trigger(tok)
        if frame is not None:
            return frame or None  # "rebels attacked a convoy", "sent warships", "took to the streets"
        if lemma in lexicon("event_speaking_verbs") and tok.tag_ != "VBG" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") and any(g.ent_type_ == "PERSON" for g in c.subtree)
            for c in tok.children
        ):
            return "meeting", "call"  # "Blinken spoke to Aliyev on Tuesday"
        if lemma == "tell" and any(c.lower_ in ("reporters", "journalists") for c in tok.children):
            return "interview", "interview"
        if lemma == "tell" and any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG" and c.i > tok.i and not _named_gathering(c) for c in tok.children
        ) and not any(c.dep_ == "ccomp" for c in tok.children if c.i < tok.i):
            return "interview", "interview"  # "the minister told Reuters" (not "told the X Forum": spoke at it)
        if lemma == "tell" and tok.tag_ == "VBD" and any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG" and c.i > tok.i and c.lower_ in _MEDIA_NAMES
            and not _own_outlet(c) for c in tok.children
        ):
            return "interview", "interview"  # '"...," Senator Ames told The Washington Post on Tuesday'
        if lemma == "tell" and tok.tag_ == "VBD" and any(c.dep_ in ("dobj", "dative") and c.i > tok.i and _quoted_title(c) for c in tok.children):
            return "interview", "interview"  # 'the senator told "Fox and Friends" on Monday': a programme
        participial = tok.tag_ == "VBG" and tok.dep_ == "advcl" and not any(c.dep_ in ("mark", "aux") for c in tok.children)
        if lemma in _ON_AIR_VERBS and (tok.tag_ != "VBG" or participial) and _on_air(tok) is not None and not _unrealised(tok):
            return "interview", "interview"  # 'Senator Ames said Sunday on NBC\'s "Meet the Press"', 'appeared on CNN', 'speaking on CNN'

        if any(
            c.lower_ == "by" and any(g.lower_ in _CALL_MEANS for g in c.children) for c in tok.children
        ) and not _unrealised(tok):
            return "meeting", "call"  # "spoke by phone", "discussed the situation by telephone"
        vessel_verbs = trigger_words(tok, "event_vessel_verbs")
        if lemma in vessel_verbs and tok.tag_ != "VBG" or lemma in vessel_verbs and tok.dep_ == "pcomp":
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _VESSELS for c in tok.children) and not _unrealised(tok):
                return vessel_verbs[lemma], lemma  # "seized three navy ships", "rammed a tugboat"
        if lemma == "speak" and tok.tag_ == "VBG" and tok.dep_ == "advcl" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "to") for c in tok.children
        ):
            return "interview", "interview"
        if lemma in ("fire", "launch") and tok.tag_ != "VBG" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FIRED for c in tok.children
        ) and not _unrealised(tok):
            if any(c.lower_ == "test" for c in tok.children) or tok.i > 1 and tok.doc[tok.i - 2].lower_ == "test":
                return "military_activity", "test"  # "test-fired a ballistic missile": a weapons test
            if _untargeted_launch(tok):
                return "military_activity", "test"  # "Dalmir launched a ballistic missile from its east coast"
            return "armed_attack", "fire"  # "troops fired mortars at Indian posts"
        if lemma in ("tell", "give") and any(
            c.dep_ in ("dobj", "dative") and c.i > tok.i and c.lemma_.lower() in _MEDIA and c.ent_type_ not in ("PERSON",)
            for c in tok.children
        ) and not any(c.dep_ == "ccomp" for c in tok.children if c.i < tok.i):
            if lemma == "tell" or any(c.dep_ == "dobj" and c.lemma_ == "interview" for c in tok.children):
                return "interview", "interview"  # "told a US television network", "told the newspaper"
        if lemma == "address":
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _AUDIENCES for c in tok.children) and not _unrealised(tok):
                return "interview", "address"  # "addressed the nation"
            return None
        if lemma in ("declare", "proclaim", "impose") and tok.tag_ != "VBG":
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DECLARED for c in tok.children) and not _unrealised(tok):
                return "other", "declare"  # "declared independence", "a state of emergency was declared"
            if lemma != "impose":
                return None  # 'impose' goes on to event_verb_objects: "imposed a ban on flights"
        if lemma in _APPOINTING and tok.tag_ != "VBG" and tok.dep_ != "amod" and _appointed(tok) and not _unrealised(tok):
            return "other", lemma  # "was nominated by the president in 2011", "the Senate confirmed him"
        if lemma in _SUCCEEDING and tok.tag_ != "VBG" and tok.dep_ not in ("amod", "acl") and _appointed(tok) and not _unrealised(tok) and any(
            t.ent_type_ == "PERSON" for c in tok.children if c.dep_ in ("nsubj", "agent") for t in ([c] if c.dep_ == "nsubj" else c.children)
        ):
            return "other", lemma  # "X replaced Y as ambassador", "Y will be replaced by X": a change in office
        if tok.tag_ != "VBG" and any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in _TAKING_OFFICE for c in tok.children
        ) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) and not _unrealised(tok):
            return "other", lemma  # "X will take over as the ministry's top official for Asia"
        if lemma in _ELECTED and tok.tag_ == "VBN" and _appointed(tok) and not _unrealised(tok) and not any(
            c.dep_ == "neg" for c in tok.children
        ) and any(t.ent_type_ == "DATE" for c in tok.children if c.dep_ not in ("nsubjpass", "nsubj") for t in c.subtree):
            return "election", "elect"  # "she was elected to the Senate in 2012": that election, with its year
        if lemma == "plead" and tok.tag_ != "VBG" and any(c.lower_ in _PLEAS for c in tok.children) and not _unrealised(tok):
            return "other", "plea"  # "pleaded guilty in May to wire fraud": a plea in court
        if lemma == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children) and not _unrealised(tok):
            return "other", "inauguration"  # "was sworn in on Friday"
        if lemma in ("strike", "hit") and tok.tag_ != "VBG":
            # "British and U.S. forces struck Houthi targets": a strike by armed forces, not
            # "struck a deal" or "hit a record"
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if obj is None or obj.lemma_.lower() in _NOT_STRUCK:
                return None
            # the striker is the subject, or the agent of a passive ("was struck by a missile")
            by = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
            armed = {t.lemma_.lower() for t in [*(subj.subtree if subj is not None else ()), *by]} & _STRIKERS
            if armed or obj.lemma_.lower() in _STRUCK:
                return "armed_attack", "strike"
            return None
        if lemma in _TESTIFY_VERBS and tok.tag_ != "VBG" and not any(c.dep_ == "neg" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in ("before", "to") and any(_words(o) & _LEGISLATORS for o in c.children if o.dep_ == "pobj")
            for c in tok.children
        ):
            return "meeting", "hearing"  # "testified before the committee", "is scheduled to appear before the panel"
        if lemma in _RELEASE_VERBS and tok.tag_ != "VBG" and not _unrealised(tok) and not any(c.dep_ == "neg" for c in tok.children):
            if any(_detainees(o, pronouns=True) for o in _patients(tok)):
                return "other", "release"  # "released the ten sailors", "the crews were freed on Wednesday"
        verb_objects = trigger_words(tok, "event_verb_objects")
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBN") and tok.head.pos_ == "NOUN" and not trigger_words(tok.head, "event_nouns"):
            # "a rocket Dalmir tested in October", "a report released on Tuesday": the noun it modifies
            objects = [tok.head]
        for c in objects:
            # the object, or the noun after its 'of' ("posted a handful of the messages")
            objs = [c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
            for o in objs:
                if f"{lemma} {o.lemma_.lower()}" in verb_objects and not _unrealised(tok) and not (
                    o.lemma_.lower() in _FINDING_DOCS and not _tells_findings(o)
                ) and not (o is not c and o.lemma_.lower() in _LEGISLATIVE_DOCS and c.tag_ == "NNS"):
                    # "took control of", "opened fire"; not "passed hundreds of bills" (a record, no one act)
                    return verb_objects[f"{lemma} {o.lemma_.lower()}"], lemma
        if lemma == "vote" and _body_votes(tok) and not _unrealised(tok) and tok.tag_ != "VBG":
            return "other", "vote"  # "the Senate voted 68-32", "lawmakers voted to approve the bill": a vote of a body is of type other
        etype = trigger_words(tok, "event_verbs").get(lemma)
        if etype is None:
            act = trigger_words(tok, "event_act_verbs").get(lemma)
            return (act, lemma) if act is not None and _act_told(tok) else None  # "she retired in 2013", "was deported"
        if etype == "meeting" and tok.dep_ == "amod":
            return None  # "a negotiated settlement": a kind of outcome, no talks told
        if lemma == "meet" and _no_meeting(tok):
            return None  # "met the deadline", "was met with criticism", "Meet the candidates"
        if lemma == "meet" and tok.dep_ == "relcl" and not (
            tok.head.ent_type_ in _ACTOR_ENTS or _words(tok.head) & _HOST_OBJECTS
        ):
            return None  # "people he met at the consulate": whom, not a meeting told
        if lemma == "visit" and not any(
            c.dep_ == "dobj" and c.ent_type_ in ("GPE", "ORG", "PERSON") for c in tok.children
        ) or lemma == "visit" and tok.tag_ == "VBG":
            return None  # "visited Kyiv", "visited the Pentagon"; not "visited the site"
        if lemma in _GUEST_VERBS and not _hosted_guest(tok):
            return None  # "hosted his Argentine counterpart", "received the Kenyan president"; not "received a letter"
        if lemma == "agree" and not _agreement_frame(tok):
            return None  # "the two sides agreed to a truce"; not "he agreed that it was hard"
        if lemma in _REMOVAL_VERBS and not any(
            c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in TITLE_HEADS) for c in tok.children
        ):
            return None  # "dismissed the accusations": no one removed from office
        if lemma == "poison" and not any(
            o.ent_type_ == "PERSON" or _words(o) & _VICTIMS or o.lower_ in ("him", "her", "them") for o in _patients(tok)
        ):
            return None  # "Navalny was poisoned", "poisoned a defector"; not "poisoned the talks"
        if lemma == "charge" and not _charged(tok):
            return None  # "was charged with fraud", "charged him with espionage"; not "charged that", "charged a fee"
        if _unrealised(tok):
            return None
        if etype in _NEGATABLE_TYPES and _negated_verb(tok):
            return None  # "the ministers did not meet", "has not visited Velm"; not "did not carry out the attack" (a denial)
        if lemma == "fly" and not any(c.dep_ == "nsubj" and c.lemma_ in _FLYING_SUBJECTS for c in tok.children):
            return None
        if lemma == "halt" and not any(c.lemma_ in _HALTED_OBJECTS for c in tok.subtree):
            return None
        if lemma in _GERUND_VERBS and tok.tag_ == "VBG":
            return None
        if etype == "other" and (tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") or tok.dep_ == "amod"):
            return None  # "the detained journalist"
        if lemma in _STATUS_PARTICIPLES and tok.dep_ in ("acl", "conj") and tok.tag_ == "VBN" and not any(
            t.ent_type_ in ("DATE", "TIME") and (t.is_title or t.is_digit and len(t.text) == 4 or t.lower_ in ("yesterday", "today", "last", "this"))
            for t in tok.subtree
        ) and (tok.dep_ == "acl" or tok.head.dep_ == "acl"):
            return None  # "seven men charged with or convicted of smuggling": who they are
        if lemma == "hack" and tok.dep_ == "amod":
            return None
        return etype, lemma
    return None


def _detainees(tok: Token, pronouns: bool = False) -> bool:
    """People held captive: a person named, a word of event_detainees ('the sailors',
    'prisoners', 'detained persons'), with its conjuncts; with ``pronouns``, a personal
    pronoun too ('They were freed this morning')."""
    for t in [tok, *tok.conjuncts]:
        if t.ent_type_ == "PERSON" or _words(t) & _DETAINEES:
            return True
        if pronouns and t.lower_ in ("they", "them", "he", "him", "she", "her"):
            return True
    return False


def _one_of_a_series(tok: Token) -> bool:
    """'the previous round', 'a further meeting': a singular noun with its article counts
    one happening among others ('previous rounds', 'earlier attacks' are no one event)."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "its", "their", "this", "that") for c in tok.children)


def _on_air(verb: Token) -> Token | None:
    """The broadcaster of a media appearance told by a speech verb's 'on' phrase: 'said
    Sunday on NBC's "Meet the Press"', '"...," she said on CNN', 'appeared on Fox News'
    (event_media_name_words, the last word of an ORG name within the phrase's first words);
    not 'said on Twitter' (a channel, no outlet) nor 'said on Monday'."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "on":
            continue
        subtree = {t.i for t in c.subtree}
        for t in doc[c.i + 1 : min(c.i + 4, len(doc))]:
            last = t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"
            if not last:  # 'speaking on "Fox News Sunday"': a programme whose name goes on from the outlet's
                named = doc.text[doc[_name_start(t)].idx : doc[_name_start(t)].idx + 40]
                last = any(named.startswith(name) for name in _SUNDAY_PROGRAMMES)
            if t.i in subtree and t.ent_type_ == "ORG" and t.lower_ in _MEDIA_NAMES and last:
                return t
    return None


def _appointed(verb: Token) -> bool:
    """A person put into office by the verb: its object or passive subject is a person (or
    'who' on one); for 'confirm', a legislature or its members confirm (subject or 'by')."""
    people = []
    patients = _patients(verb) or (_patients(verb.head) if verb.dep_ == "conj" else [])  # "was nominated ... and confirmed"
    for o in patients:
        if o.lower_ in ("who", "whom"):
            rel = o.head
            while rel.dep_ == "conj" and rel.head != rel:
                rel = rel.head
            o = rel.head if rel.dep_ == "relcl" else o  # "X, who was nominated ...": X
        if o.ent_type_ == "PERSON" or o.lower_ in ("him", "her"):
            people.append(o)
    if not people:
        return False
    if verb.lemma_.lower() != "confirm":
        return True
    confirmers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    return any(_words(c) & _VOTING_BODIES for c in confirmers)


def _act_told(verb: Token) -> bool:
    """'She retired in 2013', 'the centre had hired two lobbying firms', 'X was deported to
    Y': a verb of event_act_verbs told as done (:func:`_done`) by or to a named actor
    (:func:`_named_party`), in no light use ('paid tribute', 'adopted a tough tone'). Where
    the verb needs a person, only a person acted upon makes it one ('fired the director';
    not 'fired a missile', told by the weapon rules)."""
    entry = ACT_VERBS.get(verb.lemma_.lower())
    if entry is None or not _done(verb):
        return False
    patients = _patients(verb) or ([verb.head] if verb.dep_ == "acl" else [])  # "a firm hired by the party"
    patients += [c for c in verb.children if c.dep_ == "dative"]  # "paid the firm $1 million"
    if any(o.lemma_.lower() in _ACT_LIGHT_OBJECTS for o in patients):
        return False
    if any(o.lemma_.lower() in _FINDING_DOCS for o in patients):
        return False  # "published a report": a happening only when its findings are told (event_verb_objects)
    if verb.lemma_.lower() in _PUBLISH_VERBS and any(o.lemma_.lower() in _MESSAGE_NOUNS for o in patients):
        return False  # "said in a video posted on Telegram", "released a statement": what carries words said, no act told
    if any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "ccomp" for c in verb.children):
        return False  # "approved of the plan": a judgement; "tweeted that X should go": a saying
    if verb.lemma_.lower() in SPEECH_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return False  # '"I will," she tweeted': a cue of the words quoted, not a posting
    if entry["needs"] == "person":
        return any(_named_party(o, person=True) for o in patients)
    doers = [c for c in verb.children if c.dep_ == "nsubj"] or [s for s in [_direct_subject(verb)] if s is not None]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(_named_party(t, qualified=True) for t in _with_conjuncts(doers)) or any(_named_party(t) for t in patients)


def _done(verb: Token) -> bool:
    """A verb told as done: the simple past ('hired'), the perfect or the passive ('has
    hired', 'was hired'), or a participle joined to one ('was arrested and deported') or
    naming who did it ('a firm hired by the party'); not a plan, a condition, a modal, a
    negation or a question ('plans to hire', 'if he resigned', 'would pay', 'did not pay',
    'Did he pay?')."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound") or verb.sent.text.rstrip().endswith("?"):
        return False
    if _unrealised(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return any(c.tag_ != "VB" for c in auxes)  # not the subjunctive "recommended that X be charged"
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.tag_ in ("VBD", "VBN"):
        return _done(verb.head)
    return verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)


def _named_party(tok: Token, person: bool = False, qualified: bool = False) -> bool:
    """A named actor (a person, body, country or people), a title that stands for one ('the
    director') or a personal pronoun the resolver can give a name; with ``person``, a person
    alone; with ``qualified`` (a doer), also a phrase a name owns or qualifies ('Trump's
    campaign', 'the Mexican government'; not the thing acted upon: 'Trump biographies were
    published'). 'Who' and 'which' stand for their antecedent."""
    if tok.lower_ in ("who", "whom", "which", "that") and tok.head.dep_ == "relcl":
        tok = _who_antecedent(tok.head)  # "X, a veteran of the agency who retired in 2013": X
    if tok.lower_ in _PERSON_PRONOUNS:
        return True
    if person:
        return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in TITLE_HEADS
    return tok.ent_type_ in _ACTOR_ENTS or tok.lemma_.lower() in TITLE_HEADS or qualified and any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in _ACTOR_ENTS for c in tok.children
    )


def _charged(verb: Token) -> bool:
    """'was charged in 2014', 'prosecutors charged him with fraud': an accusation brought in
    a court, told by the passive or by the offence in a 'with' phrase; not 'critics charged
    that the vote was rigged' (a claim) nor 'the company charged a fee'."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _inquired(noun: Token, gov: Token, etype: str) -> bool:
    """'hired a firm to investigate the breaches', 'refused to condemn the attack': a definite
    attack that an infinitive looks into or speaks of happened, and one it halts ('urged
    them to halt the bombing of the city') goes on, whatever the infinitive's own status
    (not 'vowed to launch an attack')."""
    definite = any(c.dep_ == "det" and c.lower_ in _ANAPHORIC or c.dep_ == "poss" for c in noun.children)
    return definite and etype in ("attack", "armed_attack", "cyberattack") and gov.lemma_.lower() in _INQUIRY_VERBS | _COMMENT_VERBS | _HALTING


def _written_character(tok: Token) -> bool:
    """'in all capital letters' (event_character_modifiers), 'the letter of the law', 'letters
    A through I': a letter of the alphabet or of a text's wording, not one sent."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _CHARACTER_MODIFIERS for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children) for o in c.children) for c in tok.children):
        return True
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).is_upper and len(tok.nbor(1)) == 1


def _occasion_noun(tok: Token) -> bool:
    """A noun of event_occasion_nouns, alone ('a forum', 'a fundraiser') or with its
    modifier ('a CNN town hall')."""
    lemma = tok.lemma_.lower()
    return lemma in _OCCASION_NOUNS or any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in _OCCASION_NOUNS for c in tok.children)


def _quoted_title(tok: Token) -> bool:
    """A capitalised name opened by a quotation mark: the title of a programme or paper told
    to ('told "Fox and Friends"', 'told "Good Morning America"'), no person."""
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].tag_ == "``" and first.text[:1].isupper() and tok.text[:1].isupper()


def _delivered_speech(noun: Token) -> bool:
    """'said in a speech on Monday', 'during an address in Ohio', 'gave a speech at the
    university': a speech given, at which statements were made (an interview); not 'free
    speech', 'hate speech' nor 'his home address'."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _NOT_SPEECHES for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in SPEECH_VERBS and not _unrealised(head.head)
    return noun.dep_ == "dobj" and head.lemma_.lower() in _SPEECH_GIVING and not _unrealised(head)


def _named_address(tok: Token) -> bool:
    """'State of the Union address', 'the Queen's Speech': an address or speech whose name
    (event_named_addresses, lower case) the words before it complete."""
    before = tok.doc.text[max(0, tok.idx - 40) : tok.idx].lower().rstrip()
    return any(before.endswith(name) for name in _NAMED_ADDRESSES)


def _legislated(verb: Token) -> bool:
    """The verb is the content of a legislative text (event_legislative_documents) that a
    verb takes up: 'passed measures to step up sanctions', 'introduced a bill that would
    impose sanctions', 'legislation imposing sanctions'; not 'a bill to impose sanctions'
    told as something only wished for ('wants a bill ...': event_hypothetical_governors)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in _LEGISLATIVE_DOCS:
        return False
    doc_noun = verb.head
    while doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "of" and doc_noun.head.head.pos_ == "NOUN":
        doc_noun = doc_noun.head.head  # "a set of measures"
    holder = doc_noun.head if doc_noun.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") else None
    return holder is None or holder.lemma_ not in _HYPOTHETICAL


def _lifted(tok: Token) -> bool:
    """A sanction noun that a verb or noun of event_lifting_words ends or eases: 'lifted
    sanctions on X', 'sanctions were eased', 'the lifting of the embargo', 'began lifting
    sanctions'."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "lifted the embargo and sanctions"
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _LIFTING:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _LIFTING


def _outlet(verb: Token) -> Token | None:
    """The news outlet a speech verb's interview was given to: its 'on' phrase (:func:`_on_air`)
    or its object ('told CBS\'s "Face the Nation"', 'told The Daily Herald')."""
    found = _on_air(verb)
    if found is not None:
        return found
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and c.i > verb.i:
            for t in c.subtree:
                if t.ent_type_ == "ORG" and t.lower_ in _MEDIA_NAMES and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"):
                    return t
    return None


def _sunday_programme(tok: Token) -> bool:
    """The appearance told by ``tok`` was on a weekly Sunday programme named after its
    outlet: 'said on NBC's "Meet the Press"', 'told CBS's Face the Nation', 'in an interview
    on ABC's This Week' (event_sunday_programmes, matched in title case)."""
    outlet = _outlet(tok) if tok.pos_ == "VERB" else None
    if outlet is None and tok.pos_ == "NOUN":
        outlet = next((
            t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "with", "to")
            for t in c.subtree if t.ent_type_ == "ORG" and t.lower_ in _MEDIA_NAMES
        ), None)
    if outlet is None:
        return False
    after = re.sub(r"^(?:['’]s)?[\s\"“'‘]*", "", tok.doc.text[outlet.idx + len(outlet.text) : outlet.idx + len(outlet.text) + 40])
    first = _name_start(outlet)  # 'with "Fox News Sunday"': the programme's name holds the outlet's
    named = tok.doc.text[tok.doc[first].idx : tok.doc[first].idx + 40]
    return any(after.startswith(name) or named.startswith(name) for name in _SUNDAY_PROGRAMMES)


def _named_gathering(tok: Token) -> bool:
    """'spoke at the Munich Security Conference', 'attended the World Economic Forum', 'on
    the sidelines of the G20 Summit': a named gathering (an organisation to the tagger) told
    as the occasion of something, or held, opened, attended, is a meeting. Not the name as a
    body ('a spokesman for the Forum', 'the Conference said') nor a longer name ('the
    Conference on Disarmament')."""
    if tok.ent_type_ not in ("ORG", "EVENT", "FAC") or tok.lemma_.lower() not in _GATHERINGS:
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return False  # the name goes on
    if not any(c.dep_ in ("compound", "amod", "nmod") and c.ent_iob_ in ("B", "I") for c in tok.children):
        return False  # a name, not "the Conference" alone
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _GATHERING_PREPS:
        if head.lower_ == "of":
            return head.head.lemma_.lower() in _GATHERING_PARTS or head.head.lower_ in _GATHERING_PARTS
        return head.lower_ in ("at", "during") or head.head.pos_ in ("VERB", "AUX")
    return tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.pos_ == "VERB" and head.lemma_.lower() in _GATHERING_VERBS


def _name_start(tok: Token) -> int:
    """Where the named entity ending at ``tok`` begins."""
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _body_votes(verb: Token) -> bool:
    """'The Senate voted 68-32', '98 senators voted last year to ...', 'Senate Democrats
    voted': a legislature or party body votes (one event); not a voter's ballot ('he voted
    for her')."""
    subj = _direct_subject(verb)
    if subj is None:
        return False
    words = {subj.lemma_.lower(), subj.lower_} | {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod")}
    words |= {o.lower_ for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for o in c.children}
    return bool(words & _VOTING_BODIES)


def _body_vote(tok: Token) -> bool:
    """The noun 'vote' as one vote of a body: 'a parliamentary vote', 'the Senate's vote',
    'approved the budget in a vote on Tuesday'; not 'the black vote', 'a vote for change'."""
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ in _VOTE_KINDS | _VOTING_BODIES for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB"


def _negated(tok: Token, first: Token, gov: Token | None) -> bool:
    """'did not impose sanctions', 'the talks were never held', 'the summit did not take
    place', 'a meeting that never happened': a negated realisation tells no event."""
    if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in _NEGATED_REALISERS and any(
        c.dep_ == "neg" for c in gov.children
    ):
        if first.dep_ in ("dobj", "nsubjpass"):
            return True
        if first.dep_ == "nsubj" and gov.lemma_.lower() in _OCCURRENCE:
            return True  # "did not take place", "never happened"; not "the sanctions did not work"
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in _NEGATED_REALISERS
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in c.children)
        for c in tok.children
    )


def _negated_verb(verb: Token) -> bool:
    """'did not meet', 'never sanctioned Velm', 'has not visited': a verb trigger told as not
    done (the verb's own negation, as :func:`_negated` reads that of a realising verb); not
    'did not meet until Tuesday' (they met, later) nor 'not only met ... but'."""
    neg = [c for c in verb.children if c.dep_ == "neg"]
    if not neg or any(n.i + 1 < len(verb.doc) and verb.doc[n.i + 1].lower_ == "only" for n in neg):
        return False
    return not any(t.lower_ == "until" for c in verb.children for t in (c, *c.children) if t.dep_ in ("prep", "mark"))


def _no_meeting(verb: Token) -> bool:
    """'met the deadline', 'will meet its pledge', 'was met with criticism', 'make ends
    meet': a goal or a reaction met (event_met_obligations); 'Meet the candidates', a
    headline's imperative: no meeting told."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in _MET_OBLIGATIONS:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in _MET_OBLIGATIONS for g in c.children):
            return True
    start = verb.sent.start
    while start < verb.i and verb.doc[start].is_punct:
        start += 1
    return verb.tag_ == "VB" and verb.i == start and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)


def _war_onset(tok: Token) -> tuple[str, str] | None:
    """'The war between federal forces and the rebels erupted on 4 May 2021', 'civil war
    broke out in 2011': a war whose outbreak is told is an armed happening."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return None
    words = {tok.lemma_.lower()} | {f"{c.lower_} {tok.lower_}" for c in tok.children if c.dep_ in ("amod", "compound")}
    if not words & _WAR_NOUNS or tok.head.lemma_.lower() not in _ONSET or _unrealised(tok.head):
        return None
    if any(c.dep_ == "neg" for c in tok.head.children):
        return None
    return "armed_attack", "war"


def _electoral_race(tok: Token) -> bool:
    """'dropped out of the race', 'she should get out of this race for the Presidency',
    'entered the Republican race': 'the race' (event_race_nouns) is an election when a
    candidate's move governs it (event_race_moves: entering, staying in, leaving, winning
    it) or when it is run for an office (event_race_prizes). Alone, or as 'the arms race',
    'a race against time', 'the race to build ...', it names no election."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _RACE_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _OFFICE_WORDS for c in tok.children):
        return False  # "the arms race", "the space race"
    if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("to", "against"):
        return False  # "the race to the bottom", "a race against time" (wherever the parser hangs the phrase)
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ in _RACE_PRIZES for o in c.children if o.dep_ == "pobj")
        for c in tok.children
    ):
        return True
    gov = tok.head
    while gov.dep_ in ("prep", "prt", "pcomp") and gov.head != gov:
        gov = gov.head  # "drop out of the race": the verb over 'out of'
    return tok.dep_ in ("dobj", "pobj") and gov.pos_ == "VERB" and gov.lemma_.lower() in _RACE_MOVES


def _war_told(tok: Token) -> bool:
    """'the 2008 war with Georgia', "Russia's war against Ukraine", 'the war in Syria', 'the
    civil war that broke out in 2011': a war noun (event_war_nouns) told as one happening,
    with a named side of its own or its outbreak dated. Alone ('the war', 'after the 2008
    war'), undated with 'a' ('wants a war with Iran') or figurative ('a trade war', 'the war
    of words', 'the war on drugs') it names none; a named war ('the Vietnam War') is history."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.ent_type_ == "EVENT" or tok.lemma_.lower() not in _WAR_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in _FIGURATIVE_WARS for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a war of words", "a war of attrition"
    # its outbreak told with a date ('the civil war that broke out in 2011'); a year alone
    # ('after the 2008 war') names no side a later report of it could be linked by
    dated = any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ONSET and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in tok.children
    )
    # a side named: a country or people, or an armed group warred against ('the war against
    # ISIS'; not 'a conflict with the White House'), or the country it is fought in
    sided = any(
        c.dep_ == "prep" and c.lower_ in _WAR_SIDE_PREPS | {"in"} and any(
            o.ent_type_ in ("GPE", "NORP") or o.ent_type_ == "ORG" and c.lower_ in ("against", "on")
            for o in c.children if o.dep_ == "pobj"
        ) or c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")
        for c in tok.children
    )
    if not dated and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False  # "wants a war with Iran": an undated war with an indefinite article is none told
    return dated or sided


def _signed_name(tok: Token) -> bool:
    """'the Asmara Declaration they signed in May 2019', 'signed the Nairobi Accord in 2014',
    'the Minsk agreements, signed in 2015': the name of an agreement (its last word one of
    event_agreement_name_heads) told as signed (event_signing_verbs) is the signing; the
    name alone ('under the Nairobi Accord') tells none."""
    if tok.lemma_.lower() not in _AGREEMENT_NAMES and tok.lower_ not in _AGREEMENT_NAMES or not tok.is_title:
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return False  # a name: "the Nairobi Accord", not "the Accord" opening a sentence
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title and tok.doc[tok.i + 1].dep_ == "compound":
        return False  # a word inside a longer name
    verbs = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    if tok.dep_ in ("dobj", "nsubjpass"):
        verbs.append(tok.head)
    return any(
        v.pos_ == "VERB" and v.lemma_.lower() in _SIGNING and v.tag_ in ("VBD", "VBN") and not _unrealised(v)
        and not any(c.dep_ == "neg" for c in v.children)
        for v in verbs
    )


def _struggle(tok: Token) -> bool:
    """'far from the perfect champion in fighting against his worst flaws': a gerund of
    struggle against something, in a sentence with no armed matter, is figurative (not
    'fled the fighting near Gao')."""
    return (
        tok.lower_ == "fighting"
        and any(c.dep_ == "prep" and c.lower_ in ("against", "for") for c in tok.children)
        and not _armed_sentence(tok)
    )


def _faculty(tok: Token) -> bool:
    """'You question my judgment', 'sound judgement', 'their professional judgment': a
    faculty, not a ruling; a ruling is given by a body ('the court's judgment', 'a judgment
    of the tribunal') or held by a verb of ruling ('delivered its judgment')."""
    if tok.lemma_.lower() not in _RULING_NOUNS and tok.lower_ not in _RULING_NOUNS:
        return False
    if tok.head.lemma_.lower() in _RULING_VERBS:
        return False
    for c in tok.children:
        if c.ent_type_ in ("ORG", "GPE") or c.dep_ == "prep" and any(o.ent_type_ in ("ORG", "GPE") for o in c.children):
            return False
    return not any(c.dep_ == "poss" and c.lower_ in _COURT_OWNERS for c in tok.children)


def _deployed_thing(tok: Token) -> bool:
    """'the encryption deployed by Apple', 'the deployed software': a participle of 'deploy'
    on a noun that names no force or weapon (event_forces, event_fired_weapons) sends none."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "deploy" or tok.dep_ not in ("acl", "amod"):
        return False
    return not (_words(tok.head) & (_FORCES | _FIRED) or _armed_forces_count(tok.head))


def _deployed_code(tok: Token) -> bool:
    """'the malware had been developed and deployed by the military', 'deployed ransomware':
    malicious code put to use is (part of) a cyberattack, not a deployment of forces."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "deploy":
        return False
    verb = tok
    patients = _patients(verb)
    while not patients and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "developed and deployed": the object they share
        patients = _patients(verb)
    return any(p.lemma_.lower() in _CYBER_TOOLS for p in patients)


def _kindless(tok: Token) -> bool:
    """'the attack', not 'the drone strike' or 'the cyber attack': an attack noun whose words
    name no kind of attack (no compound, no modifier of the cyber or military word lists)."""
    if tok.lemma_.lower() not in _KINDLESS_ATTACKS:
        return False
    for child in tok.children:
        if child.dep_ == "compound":
            return False
        if child.dep_ == "amod" and child.lemma_.lower() in CYBER_WORDS | MILITARY_WORDS:
            return False
    return True


def _compound_key(tok: Token) -> str | None:
    """'press conference', 'resupply mission', 'state of emergency': a two-word trigger of
    the compound table (modifier + head lemma, or head + 'of' + object)."""
    lemma = tok.lemma_.lower()
    compounds = trigger_words(tok, "event_compounds")  # doc.spans["kg_triggers"]
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod"):
            key = f"{c.lower_} {lemma}"
            if key in compounds:
                return key
            key = f"{c.lower_} {tok.lower_}"
            if key in compounds:
                return key
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                key = f"{lemma} of {o.lower_}"
                if o.dep_ == "pobj" and key in compounds:
                    return key
    return None


def _words(tok: Token) -> set[str]:
    """The head word of a phrase with its modifiers, as lemmas and lower-case forms: 'a
    suicide bomber', 'an army convoy', 'armed men'."""
    out = {tok.lower_, tok.lemma_.lower()}
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            out |= {c.lower_, c.lemma_.lower()}
    return out


def _with_conjuncts(toks) -> list[Token]:
    return [x for t in toks for x in [t, *(c for c in t.children if c.dep_ == "conj")]]


def _agents(verb: Token) -> list[Token]:
    """Who does what a verb says: its subject (or that of the verb it is coordinated with), the
    object of its 'by' phrase, and its 'with' partner ('clashed with insurgents')."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _ERGATIVE:
        subj = [verb.head]  # "a device detonated under a car", read as a participle: the device went off
    if not subj:
        s = _direct_subject(verb)
        subj = [s] if s is not None else []
    for c in verb.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with":
            subj += [o for o in c.children if o.dep_ == "pobj"]
    return _with_conjuncts(subj)


def _patients(verb: Token) -> list[Token]:
    return _with_conjuncts([c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")])


def _armed(tok: Token) -> bool:
    """'rebels', 'Israeli aircraft', 'a suicide bomber', 'armed men', 'tens of thousands of troops'."""
    words = _words(tok)
    if words & _ARMED_AGENTS or "armed" in words:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_words(o) & _ARMED_AGENTS for o in c.children) for c in tok.children)


def _frame_trigger(tok: Token) -> tuple[str, str] | tuple[()] | None:
    """Verbs that name an event only in a frame of their arguments (data/rules/events.json):
    an armed agent or a physical target for 'attack', 'storm', 'clash', 'kill' ...; a force as
    the object of 'send', 'move', 'mass' ...; a preposition and its object ('took to the
    streets', 'put its forces on alert'). () when the verb is one of these but its frame is
    not there (no other rule reads it then); None when the verb is none of these."""
    lemma = tok.lemma_.lower()
    armed, mobilise = trigger_words(tok, "event_armed_verbs"), trigger_words(tok, "event_mobilise_verbs")
    told = lemma in trigger_words(tok, "event_verbs") or lemma in trigger_words(tok, "event_vessel_verbs")
    if tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound"):
        return () if lemma in armed or lemma in mobilise else None
    for c in tok.children:
        if c.dep_ == "prep":
            for o in c.children:
                key = f"{lemma} {c.lower_} {o.lemma_.lower()}"
                if o.dep_ == "pobj" and key in trigger_words(tok, "event_verb_prep_objects") and not _unrealised(tok):
                    return trigger_words(tok, "event_verb_prep_objects")[key], lemma
    if lemma in armed:
        entry = ARMED_VERBS[lemma]
        if _unrealised(tok) or tok.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in tok.children):
            return None if told else ()  # "killing 12 people" after the shelling
        if any(c.dep_ == "neg" for c in tok.children):
            return None if told else ()
        agents = _agents(tok)
        if lemma in _SCUFFLE_VERBS and any(
            _words(a) & _PROTESTERS and a.tag_ in ("NNS", "NNPS") for a in agents if a.dep_ == "nsubj"
        ):
            return "protest", "protest"  # "protesters clashed with police": a violent protest (a riot)
        if entry["needs"] != "target" and any(_armed(a) for a in agents):
            return entry["type"], lemma
        if entry["needs"] == "agent_or_victims" and not agents and not any(t.lemma_.lower() in _NOT_VIOLENCE for t in tok.subtree):
            if any(o.dep_ == "nsubjpass" and _words(o) & _VICTIMS for o in _patients(tok)):
                return entry["type"], lemma  # "three protesters were killed in Khartoum"
        if entry["needs"] in ("agent_or_target", "target") and not any(a.ent_type_ == "PERSON" for a in agents):
            for o in _patients(tok):
                if entry["needs"] == "target" and o.lemma_.lower() in _VESSELS:
                    break  # "seized three ships": the vessel rule's
                if o.lemma_.lower() in _PHYSICAL or o.ent_type_ in ("GPE", "FAC", "LOC") and not o.dep_ == "nsubjpass":
                    return entry["type"], lemma  # "attacked an army convoy", "stormed the Capitol"
        return None if told else ()  # "the journalist was kidnapped": other
    if lemma in mobilise:
        if _unrealised(tok) or tok.tag_ == "VBG" and tok.dep_ != "ROOT" or any(c.dep_ == "neg" for c in tok.children):
            return ()
        if any(_words(o) & _FORCES or _armed_forces_count(o) for o in _patients(tok)):
            return mobilise[lemma], lemma  # "sent warships", "massed tanks", "moved 5,000 troops"
        if lemma in _MASSING and not _patients(tok) and any(
            _words(a) & _FORCES or _armed_forces_count(a) for a in _with_conjuncts([c for c in tok.children if c.dep_ == "nsubj"])
        ):
            return mobilise[lemma], lemma  # "troops massed near the frontier"
        return ()
    if lemma in _DISCUSSION and _discussion(tok):
        return "meeting", "talk"  # "discussed the crisis with Erdogan", "Xi and Putin conferred"
    return None


def _untargeted_launch(verb: Token) -> bool:
    """A state that fires or launches a missile at nothing and hits nothing tests it ('Dalmir
    launched a ballistic missile from near its east coast on Tuesday'): no target phrase on
    the verb or its object, a country as the subject, no one struck in the sentence."""
    subj = _direct_subject(verb)  # "conducted a nuclear test and launched a missile": the state did both
    if subj is None or subj.ent_type_ != "GPE":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(
        p.dep_ == "prep" and p.lower_ in _LAUNCH_TARGET_PREPS and any(o.ent_type_ not in ("DATE", "TIME") for o in p.children if o.dep_ == "pobj")
        for t in [verb, *objs]
        for p in t.children
    ):
        return False  # ("on Tuesday" is its day, not its target)
    return not any(t.lemma_.lower() in _LAUNCH_HARM for t in verb.sent)


def _discussion(verb: Token) -> bool:
    """A discussion between named sides: a named 'with' partner, or conjoined named subjects."""
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "compound") or _unrealised(verb) or verb.dep_ in ("relcl", "acl"):
        return False
    named = ("PERSON", "GPE", "ORG", "NORP")
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]  # "discussed the crisis with X", however parsed
    for c in [c for h in heads for c in h.children]:
        if c.dep_ == "prep" and c.lower_ == "with" and any(o.ent_type_ in named or _words(o) & _HOST_OBJECTS for o in c.children):
            return True
        if c.dep_ == "nsubj" and c.ent_type_ in named and any(x.dep_ == "conj" and x.ent_type_ in named for x in c.children) and not any(
            d.dep_ == "prep" and d.lower_ in ("in", "during", "by", "over") for d in verb.children
        ):
            return True  # "Xi and Putin conferred"; not "discussed the crisis in a telephone call" (the call is the event)
    return False


def _armed_forces_count(tok: Token) -> bool:
    """'thousands of soldiers', 'two battalions of marines'."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_words(o) & _FORCES for o in c.children) for c in tok.children)


def _protest_frame(verb: Token) -> bool:
    """'Thousands rallied', 'tens of thousands of people marched', 'workers walked out': a
    protest verb with protesters as subject; not 'stock markets rallied', nor 'supporters
    rallied behind the candidate'."""
    if verb.lemma_.lower() == "walk" and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("behind", "around", "to") for c in verb.children) or _unrealised(verb):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "compound"):
        return False
    if any(c.dep_ == "ccomp" or c.dep_ == "dobj" and verb.lemma_.lower() == "demonstrate" for c in verb.children):
        return False  # "they demonstrated that ...", "demonstrated their resolve"
    if verb.lemma_.lower() != "walk" and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return True  # "rallied against the law"
    for s in _with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"]):
        if s.tag_ == "NN" and s.lemma_.lower() not in _COLLECTIVE and not any(c.dep_ == "conj" for c in s.children):
            continue  # "the journalist walked out after a short visit": one person leaving
        if _words(s) & _PROTESTERS or s.ent_type_ == "NORP" and s.tag_ in ("NNS", "NNPS") and verb.lemma_.lower() not in _ASSEMBLY_VERBS:
            return True  # "Kurds demonstrated in Diyarbakir"
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(_words(o) & _PROTESTERS for o in c.children) for c in s.children):
            return True
    return False


def _promised_signing(verb: Token) -> bool:
    """'Norland said it would sign the accord', 'Vestland will ratify the treaty': a promise to
    sign or ratify, which PLOVER codes AGREE; not 'could sign', 'would not sign', 'would sign
    if ...', nor a 'would' that no one reports ('a deal they would sign in a better world')."""
    if verb.lemma_.lower() not in _SIGNING:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & {"will", "would"} or aux & {"could", "might", "may", "should", "must"}:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in verb.children):
        return False
    if "will" in aux:
        return True
    up = verb
    while up.dep_ in ("conj", "xcomp") and up.head != up:
        up = up.head
    return up.dep_ == "ccomp" and up.head.lemma_.lower() in SPEECH_VERBS


def _obstruction(verb: Token) -> bool:
    """'Protesters blocked the main highway', 'demonstrators occupied the square': protesters
    named as such obstruct a place (PLOVER PROTEST, obstruct); not 'Democrats blocked the bill'."""
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "compound") or _unrealised(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(_words(s) & _PROTESTER_NOUNS for s in _with_conjuncts([c for c in verb.children if c.dep_ == "nsubj"]))


def _commitment(verb: Token) -> bool:
    """'Ostrevia pledged to cut its coal exports', 'the foreign minister vowed to work with X',
    'the government offered to mediate', 'Lusaria has committed to providing funds', 'pledged
    $50 million in aid': a state, body or office-holder commits itself to a cooperative act,
    which PLOVER codes AGREE; not 'vowed to retaliate' (no cooperative act), 'did not promise
    to help', nor a candidate's 'promised to cut taxes' (no state, body or office named)."""
    if verb.tag_ == "VBG" or verb.dep_ in ("amod", "acl", "relcl", "xcomp") or _unrealised(verb):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    acts += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]
    cooperative = any(
        a.lemma_.lower() in _COMMITMENT_ACTS and not any(c.dep_ == "neg" for c in a.children) for a in _with_conjuncts(acts)
    ) or any(
        t.lemma_.lower() in _COMMITMENT_OBJECTS for c in verb.children if c.dep_ == "dobj" for t in c.subtree
    )
    if not cooperative:
        return False
    for s in _with_conjuncts([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]):
        if s.ent_type_ in ("GPE", "NORP", "ORG") or s.lemma_.lower() in _COMMITTING_BODIES or s.lower_ in _COMMITTING_BODIES:
            return True  # "Ostrevia pledged", "the government vowed", "NATO offered"
        if any(t.lower_ in _COMMITTING_TITLES for t in s.subtree if t.i <= s.i):
            return True  # "Prime Minister X promised", "the Kestrel foreign minister vowed"
    return False


def _campaign_rally(tok: Token) -> bool:
    """'a campaign rally', 'Trump held a rally in Ohio', 'spoke at a rally': a political
    rally a candidate or leader holds or speaks at, not a protest."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _CAMPAIGN for c in tok.children):
        return True
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if gov is None or gov.pos_ != "VERB":
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.ent_type_ == "PERSON"


def _labour_strike(tok: Token) -> bool:
    """'Workers went on strike', 'the miners' strike', 'a strike by teachers': a strike by
    workers (a protest), not an armed strike."""
    if tok.head.lower_ == "on" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("go", "be", "remain", "stay", "come"):
        return True
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and _words(c) & (_LABOUR | _PROTESTERS):
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and any(_words(o) & (_LABOUR | _PROTESTERS) for o in c.children):
            return True
    return False


def _armed_sentence(tok: Token) -> bool:
    """The sentence names an armed agent or a military matter."""
    return any(t.lemma_.lower() in _ARMED_AGENTS or t.lower_ in MILITARY_WORDS or t.lemma_.lower() in MILITARY_WORDS for t in tok.sent)


def _hosted_guest(verb: Token) -> bool:
    """'hosted his Argentine counterpart', 'received the Kenyan president': a person, a
    delegation or a country received; not 'received a letter', 'hosted a dinner'."""
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "compound") or _unrealised(verb):
        return False
    for o in _patients(verb):
        if o.ent_type_ in ("PERSON", "GPE", "NORP") or _words(o) & _HOST_OBJECTS:
            return not (o.dep_ == "nsubjpass" and verb.lemma_ == "receive" and o.ent_type_ != "PERSON")
    return False


def _agreement_frame(verb: Token) -> bool:
    """'Serbia and Kosovo agreed to normalise relations', 'the two sides agreed on a truce',
    'Iran agreed with the agency to ...': parties agreeing on a course of action; not 'he
    agreed that the talks were hard', nor 'the agenda agreed in Brussels' (the agenda is the
    thing) nor 'at which the leaders had agreed' (told of the meeting)."""
    if verb.dep_ in ("relcl", "acl", "amod") or verb.tag_ == "VBG" or _unrealised(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ in ("xcomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("on", "to", "upon") for c in verb.children):
        return False  # "agreed that ...": an opinion shared
    if any(t != verb and trigger_words(t, "event_nouns").get(t.lower_, trigger_words(t, "event_nouns").get(t.lemma_.lower())) == "agreement" and t.pos_ == "NOUN" for t in verb.subtree):
        return False  # "agreed to lay down their arms under a ceasefire": the ceasefire is the event
    for x in verb.children:
        if x.dep_ != "xcomp":
            continue
        told = [x] + [o for o in x.children if o.dep_ in ("dobj", "nsubjpass")]
        if any(trigger_words(t, "event_verbs").get(t.lemma_.lower(), "agreement") != "agreement" and t.pos_ == "VERB"
               or t.pos_ == "NOUN" and trigger_words(t, "event_nouns").get(t.lemma_.lower(), trigger_words(t, "event_nouns").get(t.lower_, "agreement")) != "agreement" for t in told):
            return False  # "agreed to hold talks", "agreed to meet": the talks are the event
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for o in c.children) for c in verb.children):
        return True
    for s in [c for c in verb.children if c.dep_ == "nsubj"]:
        if any(c.dep_ == "conj" for c in s.children) or _words(s) & _PARTIES and s.tag_ in ("NNS", "NNPS", "CD"):
            return True
        if s.ent_type_ in ("GPE", "ORG", "NORP"):
            return True  # "Iran agreed to admit the inspectors": a state or body commits itself
        if any(c.dep_ == "nummod" and c.lower_ in ("two", "three", "both") for c in s.children) or s.lower_ in ("both", "they"):
            return True
    return False


def _joined(cands) -> dict[int, int]:
    """Two triggers of one type that tell one happening: a verb whose subject is the event
    ('the shelling killed 12'), a verb coordinated with or subordinate to a trigger and
    sharing its subject ('raided the village and burned houses'), a noun that is the object
    of the verb ('agreed on a truce'): joined index -> the trigger it joins."""
    types = {tok.i: etype for tok, etype, _ in cands}
    out = {}
    for tok, etype, _ in cands:
        if tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and types.get(subj.i) == etype:
                out[tok.i] = subj.i
            elif subj is None and tok.dep_ in ("conj", "advcl", "xcomp") and types.get(tok.head.i) == etype and not (
                etype == "other" and tok.dep_ == "conj" and tok.lemma_ != tok.head.lemma_
            ):  # "was nominated ... and confirmed ...": two steps, two events of type other
                out[tok.i] = tok.head.i
        elif etype in ("cyberattack", "armed_attack"):
            continue  # attacks told twice in a clause are merged by their own rules (_same_event)
        elif tok.dep_ == "dobj" and types.get(tok.head.i) == etype and tok.head.pos_ == "VERB":
            out[tok.i] = tok.head.i
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "upon") and types.get(tok.head.head.i) == etype and tok.head.head.pos_ == "VERB":
            out[tok.i] = tok.head.head.i
    return out


def _hosts(cands) -> dict[int, int]:
    """Noun triggers that are the means or the occasion of a trigger verb of the same type
    ('in royal decrees ..., the king dismissed', 'addressed the nation in a televised
    speech', 'struck the camp in an air raid'): noun index -> verb index."""
    verbs = {tok.i: etype for tok, etype, _ in cands if tok.pos_ == "VERB"}
    out = {}
    for tok, etype, _ in cands:
        told = next((c for c in tok.children if _restrictive_clause(c) and verbs.get(c.i) == etype), None)
        if tok.pos_ == "NOUN" and told is not None:
            out[tok.i] = told.i  # "the attack in which a gunman killed two soldiers": one happening
            continue
        if tok.pos_ == "VERB" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            continue
        if tok.head.lower_ not in ("in", "by", "through", "during", "with", "via"):
            continue
        verb = tok.head.head
        if verbs.get(verb.i) == etype:
            out[tok.i] = verb.i
    return out


def _body_name(tok: Token) -> bool:
    """The capitalised head of a proper name that names a body ('the Border Patrol', 'a
    Highway Patrol car'), not the happening its word names in lower case ('a border patrol')."""
    return tok.lemma_.lower() in _BODY_NAME_HEADS and tok.is_title and any(
        c.dep_ == "compound" and c.is_title for c in tok.children
    )


def _restrictive_clause(verb: Token) -> bool:
    """A relative clause that says which happening its noun is ("the attack in which a
    gunman killed two soldiers", "the bombing that killed 30"): set off by no comma, so it
    identifies the noun rather than adding to one already told ("the attack, in which ...")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    first = min(t.i for t in verb.subtree)
    return first > verb.head.i and not any(t.is_punct for t in verb.doc[verb.head.i + 1 : first])


_SCENE_ENTS = ("GPE", "LOC", "FAC", "DATE")  # what places or times a happening


def _says_which(tok: Token, hosted_by: dict[int, int]) -> bool:
    """The trigger is a noun told with a restrictive relative clause of harm done ("the
    assaults that killed 130 in Paris"), or the verb of a clause that tells which
    happening its noun of the same type is (``hosted_by``: "the attack in which a gunman
    killed two soldiers near Utrecht"): a happening told for the first time, not a
    reference back, when the clause gives it a place or a time of its own. Not a clause
    that only tells the toll ("the blast that killed 14 people": the blast told before),
    nor one whose doer is itself one told before ("the attack in which the gunmen killed
    the guests in Bamako")."""
    if tok.pos_ == "NOUN":
        clause = next((c for c in tok.children if _restrictive_clause(c) and c.lemma_.lower() in _HARM_WORDS), None)
    else:
        clause = tok if _restrictive_clause(tok) and tok.i in hosted_by else None
    if clause is None or not any(t.ent_type_ in _SCENE_ENTS for t in clause.subtree):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.tag_ in ("WDT", "WP") or not (
        subj.pos_ == "PRON" or any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC for c in subj.children)
    )


def _occasions(cands) -> dict[int, tuple[int, str]]:
    """A noun trigger of another type that is the occasion of a trigger verb: 'seized three
    vessels in the most serious clash in years' (the seizure is the clash: an armed
    attack), 'in a telephone call last week, X and Y agreed to set up a group' (what they
    agreed to do is told of the call: a meeting). Noun index -> (verb index, the noun's type);
    the verb takes the noun's type."""
    verbs = {tok.i: etype for tok, etype, _ in cands if tok.pos_ == "VERB"}
    out = {}
    for tok, etype, _ in cands:
        if tok.pos_ == "VERB" or tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("in", "during"):
            continue
        verb = tok.head.head
        vtype = verbs.get(verb.i)
        if vtype is None or vtype == etype:
            continue
        if etype == "armed_attack" and vtype == "other" and trigger_words(verb, "event_vessel_verbs"):
            out[tok.i] = (verb.i, etype)  # "seized the ships in a clash"
        elif etype == "meeting" and vtype == "agreement" and verb.lemma_.lower() == "agree" and any(
            c.dep_ == "xcomp" for c in verb.children
        ):
            out[tok.i] = (verb.i, etype)  # "agreed in a call to set up a group"
    return out


def _bare_plural(tok: Token) -> bool:
    """'Sanctions have failed', 'Talks are the only way', 'Drills like these are routine':
    a plural noun with no determiner, possessor, number or named modifier of its own (and,
    as the caller checks, no date, place or actor) names a kind of event, not one (it joins
    an event found before, if any)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or _counted_series(tok):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or c.ent_type_ for c in tok.children)


def _counted_series(tok: Token) -> bool:
    """'a series of intrusions', 'the latest wave of strikes' (event_series_heads): the plural
    after the 'of' of a counted series is the happenings of that series, its determiner
    the series', not a kind of event named bare."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _SERIES_HEADS:
        return False
    return any(c.dep_ in ("det", "poss", "nummod") for c in of.head.children)


def _happening_plural(tok: Token) -> bool:
    """'Riots erupted in the suburbs', 'sanctions were imposed on Friday': a bare plural that
    is the subject of a verb of occurrence, or what a realising verb did, is a happening."""
    gov = tok.head
    if tok.dep_ == "nsubj" and gov.pos_ == "VERB" and gov.lemma_.lower() in _OCCURRENCE:
        return not _unrealised(gov) and gov.tag_ in ("VBD", "VBN", "VBZ")
    if tok.dep_ in ("dobj", "nsubjpass") and gov.pos_ == "VERB" and gov.lemma_.lower() in _REALISING:
        return not _unrealised(gov) and gov.tag_ in ("VBD", "VBN")
    return False


def _habitual(tok: Token) -> bool:
    """'holds exercises every spring', 'the two sides regularly meet': a habit, not a happening;
    'indiscriminate attacks on homes are prohibited', 'strikes on hospitals are illegal': a
    kind of act a norm rules on (event_norm_predicates), not one act."""
    if _bare_plural(tok) and tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.head.lemma_.lower() in _NORMS
        or any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _NORMS for c in tok.head.children)
    ):
        return True
    after = tok.doc[tok.right_edge.i + 1 : tok.right_edge.i + 3]
    if _bare_plural(tok) and len(after) == 2 and after[0].lemma_ == "be" and after[1].lower_ in _NORMS:
        return True  # the same, read off the words when the parse went astray
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABITUAL:
            return True
        if c.dep_ in ("npadvmod", "tmod", "prep") and any(g.lower_ in ("every", "each") and g.dep_ == "det" for g in c.subtree):
            return True  # "every spring", "each year"; not the distributive "to one count each of fraud"
    return False


def _backref(tok: Token) -> bool:
    """'the results of negotiations', 'in the wake of the attack': an event told before."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _BACKREF_HEADS


def _own_outlet(name: Token) -> bool:
    """'she told the BBC' in a report bylined 'By A. Hassan, BBC Somali': the outlet's own
    reporting ('told us'), not an interview."""
    lines = name.doc.text.splitlines()[:6]
    return any(ln.lower().startswith("by ") and name.lower_ in re.findall(r"[\w-]+", ln.lower()) for ln in lines)


_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*$", re.MULTILINE)


def _live_blog(text: str) -> bool:
    """A live blog: entries headed by time stamps on lines of their own ('08:40', '2:09 p.m. ET')."""
    return len(_TIME_STAMP.findall(text)) >= 2


def _planned_for(gov: Token, obj: Token) -> bool:
    """'The subcommittee plans a closed session next week': a happening a body has on its
    schedule, with its day (a scheduled event); not 'plans an offensive' with no day, nor
    'had planned talks last week' (a past plan)."""
    if gov.lemma_.lower() not in _SCHEDULING or obj.dep_ != "dobj" or gov.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "neg" for c in gov.children):
        return False
    return any(t.ent_type_ == "DATE" for t in gov.subtree if t.i > obj.i)


def _tells_findings(doc_noun: Token) -> bool:
    """'A report released on Tuesday concluded that ...', 'published a report that found
    ...': a report whose findings the text tells is a happening; 'published a report on the
    harvest' is routine."""
    verbs = [doc_noun.head] if doc_noun.dep_ == "nsubj" else []
    verbs += [c for c in doc_noun.children if c.dep_ in ("relcl", "acl")]
    return any(v.lemma_.lower() in _FINDING_VERBS for v in verbs)


def _weak(tok: Token, etype: str) -> bool:
    """A noun of type other that only refers back ('the investigation was continuing'):
    it joins an event found before, never makes one."""
    if etype != "other" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    gov = first.head if first.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else None
    if gov is not None and gov.dep_ == "prep":
        gov = gov.head
    return not _realised(tok, first, gov)


def _realised(tok: Token, first: Token, gov: Token | None) -> bool:
    """A noun of type other names a happening when a verb makes it one ('opened an
    investigation', 'issued a decree', 'the coup failed'), when it has a date or a
    possessor of its own, or when it is not a back-reference ('a coup in 2016')."""
    if gov is not None and gov.lemma_.lower() in _REALISING | _UNDERGO and first.dep_ in ("dobj", "nsubjpass", "pobj"):
        return True
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.ent_type_ in ("DATE", "TIME") for c in tok.children):
        return True  # "Prigozhin's mutiny", "the June 23 coup"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "against", "into", "on", "in") for c in tok.children):
        return True  # "the arrest of the journalist", "a probe into the leak"
    if _named_doer(tok):
        return True  # "the ruling by the tribunal", "the memo signed by 51 diplomats"
    return not _is_anaphoric(tok)


def _named_doer(tok: Token) -> bool:
    """'the ruling by the tribunal', 'the memo signed by 51 diplomats', 'the letter that the
    senators sent': a noun whose doer is named with it tells which happening it is."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by" and any(
            o.dep_ == "pobj" and any(t.ent_type_ or t.pos_ == "PROPN" for t in o.subtree) for o in c.children
        ):
            return True
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
            g.dep_ == "agent" or g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP") for g in c.children
        ):
            return True
    return False


def _attack_type(tok: Token, cyber_bias: bool) -> str | None:
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & CYBER_WORDS or _cyber_phrase(tok.sent.text):
        return "cyberattack"
    if words & MILITARY_WORDS:
        return "armed_attack"
    return "cyberattack" if cyber_bias else "armed_attack"


def _attributive_day(span: Span | None) -> bool:
    """A day written before a noun as its modifier: 'the Nov. 8 election', 'the March 4
    attack', 'this week's FBI warnings of intrusions' (no preposition): the day of that noun
    alone."""
    if span is None or span.root.dep_ not in ("nmod", "compound", "amod", "poss") or span.root.head.pos_ != "NOUN":
        return False
    return span.root.head.i >= span.end and not any(t.pos_ == "ADP" for t in span)


def _compared_since(span: Span) -> bool:
    """A date after 'since' that bounds a comparison: 'the deadliest attack since Sept. 11,
    2001', 'the first free election since 1990', 'was the largest since 2011'. It is the day
    of the happening compared with, or where the count starts, not that of any happening the
    sentence tells."""
    doc = span.doc
    since = next((t for t in span if t.lower_ == "since"), None)
    if since is None and span.start > 0 and doc[span.start - 1].lower_ == "since":
        since = doc[span.start - 1]
    return since is not None and since.dep_ == "prep" and _ranked(since.head)


def _ranked(tok: Token) -> bool:
    """A noun with a superlative or an ordinal ('the deadliest attack', 'the first time'), or
    a verb whose attribute or object is one ('was the largest', 'was the worst shooting',
    'carried out the deadliest attack': the parser hangs 'since' on the verb)."""
    for c in tok.children:
        if c.dep_ in ("amod", "attr", "acomp") and (
            c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL"
            or any(a.tag_ == "RBS" for a in c.children)  # "the most serious attack"
        ):
            return True
        if c.dep_ in ("attr", "dobj") and tok.pos_ in ("AUX", "VERB") and _ranked(c):
            return True
    return False


def _since_word(tok: Token) -> Token | None:
    """The 'since' a trigger is told after ('the worst since the shootings in Port Velka',
    'for the first time since rebels seized the port'), if any."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return tok.head
    if tok.pos_ == "VERB":
        return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    return None


def _outside_since(tok: Token, span: Span) -> bool:
    """A date of the clause a trigger told after 'since' is compared with: one written before
    the 'since', or after a comma past the trigger ('closed on Monday for the first time since
    the bombings', '... since the bombings, officials said on Friday'). The happening after
    'since' came before that clause's; a date written right after it is its own ('since the
    invasion of X in January'), however the parser hangs it."""
    since = _since_word(tok)
    if since is None or span.root.i in {t.i for t in tok.subtree}:
        return False
    return span.end <= since.i or any(t.text == "," for t in tok.doc[tok.i : span.start])


def _verbal_attack(tok: Token) -> bool:
    """'Her attack on Sanders in the debate', 'attacks against his record', 'the attacks and
    the insults': an attack noun aimed at a person or a stance (claim_verbal_targets), or
    coordinated with a noun of words that hurt (event_verbal_attack_partners), in a sentence
    with no word of arms, harm or hacking is words, not arms."""
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & (CYBER_WORDS | MILITARY_WORDS | _ARMED_ATTACK_KINDS | (_HARM_WORDS - {"attack"}) | _ARMED_AGENTS):
        return False
    if any(c.lemma_.lower() in _VERBAL_PARTNERS for c in tok.conjuncts):
        return True  # "leave the attacks and the insults to the politicians"
    aimed = [
        o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for o in c.children if o.dep_ == "pobj"
    ]
    personal = any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in tok.children)  # "her attack on Sanders" (an ORG to the tagger)
    return any(
        o.ent_type_ == "PERSON" or o.lemma_.lower() in _VERBAL_TARGETS
        or personal and o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
        for o in aimed
    )


def _cyber_phrase(text: str) -> bool:
    """'a distributed denial-of-service attack': a cyber term the tokenizer splits."""
    low = text.lower()
    return any(p in low for p in _CYBER_PHRASES)


def _one_contest(a: RawEvent, b: RawEvent, said: dict[int, tuple[set[str], set[str]]]) -> bool:
    """Two primary mentions that may be one contest: days that agree, no two states, no two
    parties (``said``: the places and the party words each mention names, by ``id`` of the event)."""
    if a.begin is not None and b.begin is not None and not _dates_agree(a, b):
        return False
    (pa, qa), (pb, qb) = said[id(a)], said[id(b)]
    if pa and pb and not pa & pb:
        return False
    return not (qa and qb and not qa & qb)


def _entity_text(tok: Token) -> str:
    """The name ``tok`` is a word of ('New Hampshire' for 'Hampshire'), else its own text."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


def _counted_from(tok: Token, phrase: str) -> bool:
    """'He arrived the day before the vote', 'the day before voters head to the polls': a
    relative phrase that ends in 'before' or 'after' (event_relative_days) dates the clause
    it hangs on by the happening it introduces; that happening (a trigger under its
    'before', or with it as its mark) is what the day is counted from, not dated by it."""
    last = phrase.rsplit(" ", 1)[-1]
    if last not in ("before", "after"):
        return False
    text = tok.doc.text
    for a in [tok, *tok.ancestors]:
        for t in [a, *(c for c in a.children if c.dep_ == "mark")]:
            end = t.idx + len(last)
            if t.lower_ == last and end >= len(phrase) and text[end - len(phrase) : end].lower() == phrase:
                return True
    return False


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(4):
        if t.head == t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _told_when(date: Span, tok: Token) -> bool:
    """The trigger is told in a 'when' clause hung on the date itself: "in March, when
    hackers broke in", "since January, when it carried out its fourth nuclear test": the
    clause says what happened on that date."""
    return any(
        c.dep_ == "relcl" and (tok == c or tok.head == c and tok.dep_ == "dobj")  # not "when the truce collapsed"
        and any(a.dep_ == "advmod" and a.lower_ in _DATE_RELATIVES for a in c.children)
        for t in date for c in t.children
    )


def _anchor(tok: Token) -> Token:
    """What a date or place phrase hangs on: the head of its preposition."""
    t = tok
    while t.dep_ in ("pobj", "compound", "nummod", "npadvmod", "amod", "det") and t.head != t:
        t = t.head
        if t.dep_ == "prep":
            break
    out = t.head if t.dep_ in ("npadvmod", "tmod", "prep") else t
    if out != tok and out.lemma_.lower() in _TIME_OF_DAY and out.dep_ == "pobj":
        return _anchor(out)  # "began before dawn on Sunday": what the time of day hangs on
    return out


class EventFinder:
    def __init__(
        self, doc: Doc, table: ActorTable, dates: list[DateMention], places, skip_spans, published: dt.date | None = None
    ):
        self.doc = doc
        self.table = table
        # (a comparison's bound dates no happening: "the deadliest attack since 2001")
        self.dates = [
            d for d in dates
            if d.resolved and d.kind != "relative2" and not _compared_since(doc.char_span(d.start, d.end, alignment_mode="expand"))
        ]
        self.places = places
        self.skip = skip_spans
        text = doc.text.lower()
        self.cyber_bias = sum(text.count(w) for w in _CYBER_BIAS_STEMS) > sum(text.count(w) for w in _ARMED_BIAS_STEMS)
        self.published = published
        self.resolver = None  # set by the caller to resolve pronoun subjects
        self.events: list[RawEvent] = []
        self.by_token: dict[int, str] = {}
        self.hosted_by: dict[int, int] = {}  # trigger verb -> the noun trigger it hosts
        self.demonym_states: dict[str, tuple[str, int, int]] = {}  # an army read from a demonym -> its country, the demonym
        self.scene_days: dict[int, tuple] = {}  # "at the summit on Friday": the day of that scene of a longer gathering
        self._pairing = False  # looking back for the two sides 'both sides' stands for

    def run(self) -> list[RawEvent]:
        cands = []
        for tok in self.doc:
            if any(s <= tok.idx < e for s, e in self.skip):
                continue
            tt = _trigger_type(tok, self.cyber_bias)
            if tt and (_deployed_code(tok) or _deployed_thing(tok) or _faculty(tok) or _struggle(tok)):
                continue
            tt = tt or _war_onset(tok)
            if tt:
                cands.append((tok, *tt))
        claimed_dates: dict[int, Token] = {}
        for tok, _, _ in cands:
            if _ranked_class(tok):
                # "in one of the deadliest attacks on the army this year": a class the
                # happening is ranked in; its dates are the class's, no event's
                for d in self.dates:
                    span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
                    if span is not None and span.root.i in {t.i for t in tok.subtree}:
                        claimed_dates[d.start] = tok
        # the class names the happening its sentence tells again (and adds its targets: "on
        # the army"); with no other happening in its sentence it names none
        cands = [
            c for c in cands
            if not _ranked_class(c[0]) or any(o[0].sent == c[0].sent and not _ranked_class(o[0]) for o in cands)
        ]
        anchored: dict[int, DateMention] = {}
        # every (date, trigger) attachment with its rank; the closest attachments are made
        # first, so "blamed on Wednesday for Tuesday's strike" gives the strike Tuesday (held
        # by the trigger itself) before Wednesday (held by the verb that governs it)
        pairs: list[tuple[tuple, int, DateMention, Token]] = []
        for d in self.dates:
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None:
                continue
            anchor = _anchor(span.root)
            attributive = d.kind in ("year_attr", "month_attr") or _attributive_day(span)
            if attributive and span.root.dep_ in ("compound", "nummod", "amod", "npadvmod", "nmod", "poss"):
                anchor = span.root.head  # "ahead of the February election": the noun it modifies
            future = self.published is not None and d.begin > self.published
            for tok, _, _ in cands:
                if tok.sent != anchor.sent:
                    continue
                gov = _governing_verb(tok)
                if future and gov is not None and gov.tag_ in ("VBD", "VBN") and tok.pos_ != "VERB":
                    continue  # "the talks that were discussed ... next week": not the talks' date
                if attributive and anchor != tok and span.root.head != tok:
                    continue  # "the 2008 election", "in his 2014 interview", "the Nov. 8 election": that noun's alone
                subtree = [t.i for t in tok.subtree]
                if _outside_since(tok, span):
                    continue  # "the worst since the shootings in Port Velka, officials said on Friday"
                if anchor == tok or d.kind == "year_attr":
                    rank = (0, 0, 0, 0)
                elif _told_when(span, tok):
                    rank = (0, 1, 0, 0)  # "since January, when it carried out its fourth nuclear test"
                    last = span[-1]
                    if d.kind == "years" and d.end_date is not None and any(c.dep_ == "relcl" and tok in (c, c.head) or c == tok for c in last.children):
                        # "headed it from 2006 until 2011, when X took over": the year the clause hangs on
                        d = DateMention(last.idx, last.idx + len(last.text), last.text, dt.date(d.end_date.year, 1, 1), d.end_date, "year")
                elif anchor.i in subtree:
                    rank = (1, len(subtree), 0, 0)  # the innermost trigger holding the date
                elif gov is not None and anchor == gov:
                    if _topic_of(tok, gov, span):
                        continue  # "blamed each other on Thursday for a clash": the blaming's day
                    if tok.lemma_.lower() in _RACE_NOUNS and gov.lemma_.lower() in _RACE_MOVES:
                        continue  # "entered the race in June": the day of a candidacy, not of the election
                    # of two held by the verb: the more direct, then the nearest before the
                    # date ("followed the largest attack so far, on Tuesday"), then after it
                    after = tok.i > span.start
                    rank = (2, _hops(tok, gov), after, abs(tok.i - span.start))
                elif anchor.dep_ == "poss" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head == anchor.head:
                    rank = (1, len(subtree), 0, 0)  # "Tuesday night's State of the Union address": the name's day
                elif gov is not None and anchor.head == gov and anchor.dep_ in ("advcl", "acl") and anchor.lower_ in _RECORDING:
                    # "told the station in the interview, taped Saturday": the participle
                    # that dates the recording hangs on the speech verb
                    rank = (2, _hops(tok, gov) + 1, tok.i > span.start, abs(tok.i - span.start))
                else:
                    continue
                pairs.append((rank, d.start, d, tok))
        cand_ids = {tok.i for tok, _, _ in cands}
        told_on: set[int] = set()  # triggers dated by a verb that only comments on them
        for rank, start, d, tok in sorted(pairs, key=lambda p: (p[0], p[1], p[3].i)):
            if tok.i not in anchored and start not in claimed_dates:
                anchored[tok.i] = d
                claimed_dates[start] = tok
                if rank[0] == 2 and _governing_verb(tok).lemma_.lower() in _COMMENT_VERBS and _governing_verb(tok).i not in cand_ids:
                    told_on.add(tok.i)
        hosts = _hosts(cands)
        occasions = _occasions(cands)
        for noun, (verb, etype) in occasions.items():
            hosts.setdefault(noun, verb)
        retyped = {verb: etype for verb, etype in occasions.values()}
        cands = [(t, retyped.get(t.i, et), lm) for t, et, lm in cands]
        for joined, into in _joined(cands).items():
            if joined in anchored and into in anchored and anchored[joined].begin != anchored[into].begin and self.doc[joined].dep_ == "conj":
                continue  # "was extradited in 2014 and pleaded guilty in May": each its own day, two happenings
            if joined not in hosts:
                hosts[joined] = into
        for joined in list(hosts):  # a chain of joins ends at one trigger
            into, seen = hosts[joined], {joined}
            while into in hosts and into not in seen:
                seen.add(into)
                into = hosts[into]
            if into in seen:
                del hosts[joined]  # a cycle: neither joins
            else:
                hosts[joined] = into
        # a noun held by a trigger verb of its type comes after it: one happening, whose
        # date and distinctness the noun may carry ("In a separate attack on Wednesday,
        # drones hit ...": the strike is Wednesday's, and not the one told before)
        for noun, verb in hosts.items():
            if noun in anchored and verb not in anchored:
                anchored[verb] = anchored[noun]
        kinds = {t.i: et for t, et, _ in cands}
        for tok, etype, _ in cands:
            # "the presidential election and the constitutional referendum held on Sunday,
            # 20 October": conjoined happenings of one type told with one date share it
            if tok.i not in anchored and tok.pos_ == "NOUN":
                dated = next((c for c in tok.conjuncts if c.i in anchored and kinds.get(c.i) == etype), None)
                if dated is None:
                    dated = _next_conjunct(tok)  # the same, when the parser hangs the second elsewhere
                    dated = dated if dated is not None and dated.i in anchored and kinds.get(dated.i) == etype else None
                if dated is not None:
                    anchored[tok.i] = anchored[dated.i]
        self.hosted_by = {verb: noun for noun, verb in hosts.items()}
        cands = [c for c in cands if c[0].i not in hosts] + [c for c in cands if c[0].i in hosts]
        for tok, etype, lemma in cands:
            date = anchored.get(tok.i)
            if date is None and (not _is_anaphoric(tok) or self._first_of_its_kind(tok, lemma)):
                date = self._nearest_free_date(tok, claimed_dates)
            if date is None and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("after", "when", "as", "while") for c in tok.children
            ):
                date = anchored.get(tok.head.i)  # "halted on Friday after hackers locked up data"
            sent_text = tok.sent.text.lower()
            # (not a sentence-opening connective: "At the same time, Lavrov said ...")
            relative = next((p for p in RELATIVE_DAYS if p in sent_text and not sent_text.startswith(p)), None)
            date = self._days_before(tok) or date  # "voted on Monday, a day after forces seized ..."
            if tok.i not in anchored:  # "struck the depot a day before the talks on Wednesday"
                date = self._days_from(tok, anchored) or date
            ev = self._build(tok, etype, lemma, date)
            ev.borrowed = date is not None and date is anchored.get(tok.i) and tok.i in told_on
            if date is None and relative is None and etype == "armed_attack":
                borrowed = self._victim_date(tok, ev) or self._scene_date(tok)
                if borrowed is not None:  # "the attack on ... his daughter" / "... and his daughter were found on March 4"
                    ev.begin, ev.end, ev.date_text = borrowed.begin, borrowed.end_date, borrowed.text
            if relative is not None and _counted_from(tok, relative):
                relative = None  # "the day before voters head to the polls": the polls are what the day is counted from
            if relative is not None and date is None and (not RELATIVE_DAYS[relative] or not _is_anaphoric(tok)):
                # "opened an investigation the following day": the day after the date
                # mentioned last before it; "the same day": that of the last such event
                shift = dt.timedelta(days=RELATIVE_DAYS[relative])
                fam = ev.family()
                prev = next((e for e in reversed(self.events) if e.begin and e.family() & fam), None) if not shift else None
                if prev is not None:
                    ev.begin, ev.end, ev.date_text = prev.begin, prev.end, relative
                else:
                    before = [d for d in self.dates if d.end <= tok.idx and d.kind != "year" and d.begin == d.end_date]
                    if before:
                        ev.begin = ev.end = before[-1].begin + shift
                        ev.date_text = relative
            host = self.by_token.get(hosts.get(tok.i, -1))
            if host is not None:
                # "In royal decrees published on Friday, the king dismissed ...": the decree
                # is the dismissal; "addressed the nation in a televised speech"
                into = next(e for e in self.events if e.key == host)
                self._absorb(into, ev)
                self.by_token[tok.i] = host
                continue
            backref = _backref(tok)
            generic = _bare_plural(tok) and not (ev.participants or ev.targets or ev.location) and not _happening_plural(tok) and not (
                etype == "sanction" and tok.dep_ == "dobj" and _legislated(tok.head)
            )
            if _habitual(tok):
                continue  # "NATO holds exercises every spring"
            self._retype_told_attack(tok, ev)
            # "the earlier attack", told with no day, place or side of its own: no telling which
            unplaced = _one_of_a_series(tok) and any(c.lower_ in _SEQUENCE for c in tok.children) and not (
                ev.participants or ev.targets or ev.location
            )
            if unplaced and ev.begin is not None:
                # "came two days after the earlier attack": the one happening of its kind told
                # on the day that counts back to is the one meant
                same_day = [e for e in self.events if e.type == ev.type and e.begin is not None and _dates_agree(e, ev)]
                if len(same_day) == 1:
                    self._absorb(same_day[0], ev, with_arguments=False)
                    self.by_token[tok.i] = same_day[0].key
                    continue
            self._merge_or_add(tok, ev, weak=(backref or generic or unplaced or _weak(tok, etype)) and ev.begin is None, backref=backref)
        self._merge_bare()
        self._merge_placed()
        self._merge_sided()
        self._one_race()
        self._one_primary()
        self.affected()
        self.hit_by_mentions()
        self.delegations()
        self.addressed_meetings()
        self.split_calls()
        self.envoys_at_meetings()
        self.meeting_states()
        self.hearing_dates()
        self.hearing_parties()
        self.interviewers()
        self.election_candidates()
        self.occasion_dates()
        for ev in self.events:
            if ev.place_target in ev.targets and len(ev.targets) > 1 and not any(
                self.table.clusters[k].type == "organization" and self.table.clusters[k].country == ev.place_target
                for k in ev.targets if k in self.table.clusters
            ):
                # "struck a site near Balakot" ... "the strike killed Jaish fighters": the
                # group named is the target, not the country the place is in
                ev.targets.remove(ev.place_target)
        return self.events

    def occasion_dates(self) -> None:
        """An undated interview takes its day from the happening it was given at ("told
        reporters at the summit on Friday": the date went to the summit; "after the opening
        session"), else from a day told in the one or two sentences before its own, which
        has none ("X rejected the charges on Tuesday. ... he told reporters in Y"). Any
        other undated happening told at a dated meeting is that meeting's ("the alliance
        also agreed at the summit to ...")."""
        for ev in self.events:
            if ev.begin is not None or not ev.token_ids:
                continue
            tok = self.doc[ev.token_ids[0]]
            preps = _OCCASION_PREPS if ev.type == "interview" else _SAME_DAY_PREPS
            source = None
            # (the verb of a noun trigger: "signed an accord during the visit")
            holders = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]
            for prep in (c for h in holders for c in h.children):
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                for obj in prep.children:
                    descended = False
                    for _ in range(3):  # "near the end of a day of annual meetings": the meetings
                        inner = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
                        if obj.dep_ != "pobj" or obj.i in self.by_token or obj.lemma_.lower() not in _GATHERING_PARTS or inner is None:
                            break
                        obj, descended = inner, True
                    key = self.by_token.get(obj.i) if obj.dep_ == "pobj" else None
                    if key is None and descended and ev.type == "interview":
                        # (a part's 'of' noun told as no event of its own: the one dated meeting)
                        fam = next((f for f in FAMILIES if obj.lemma_.lower() in f), set())
                        met = [e for e in self.events if e.type == "meeting" and e.begin and e.family() & fam]
                        key = met[0].key if len(met) == 1 else None
                    if key is None and obj.dep_ == "pobj" and prep.lower_ == "during":
                        # "during the transit": the one happening told before by that word
                        named = [e for e in self.events if e.lemma == obj.lemma_.lower() and e is not ev]
                        key = named[0].key if len(named) == 1 else None
                    other = next((e for e in self.events if e.key == key and e is not ev and e.begin), None)
                    if other is not None and (other.type == "meeting" or prep.lower_ == "during" and other.begin == other.end):
                        # (or any one-day happening: "jets shadowed the destroyer during the transit")
                        source = self.scene_days.get(obj.i) or (other.begin, other.end, other.date_text)
            if source is None and ev.type == "interview" and self.published is not None and _sunday_programme(tok):
                # 'said on NBC's "Meet the Press"' with no day: the programme airs on Sundays,
                # so the last Sunday on or before publication
                sunday = self.published - dt.timedelta(days=(self.published.weekday() + 1) % 7)
                source = (sunday, sunday, None)
            if source is None and ev.type == "interview":
                sent = tok.sent
                if any(sent.start_char <= d.start < sent.end_char for d in self.dates):
                    continue  # a day of its own sentence that went elsewhere: not a borrowed one
                before = [s for s in self.doc.sents if s.end <= sent.start][-2:]
                days = [
                    d for d in self.dates
                    if before and before[0].start_char <= d.start < before[-1].end_char
                    and d.kind not in ("year", "year_attr", "month_attr")
                    and d.begin is not None and d.end_date is not None and (d.end_date - d.begin).days <= 13  # a day, or "last week"
                    and (self.published is None or d.begin <= self.published)
                ]
                if len(days) > 1:
                    continue  # two days told: no telling which
                if days:
                    source = (days[0].begin, days[0].end_date, days[0].text)
                elif before:
                    # "was careful when asked about it after the hearing. '...,' he told
                    # reporters": the one dated happening the sentence before names as the
                    # occasion of the asking
                    scenes = {
                        self.by_token[t.i] for t in before[-1]
                        if t.dep_ == "pobj" and t.head.lower_ in _OCCASION_PREPS and t.i in self.by_token
                    }
                    dated = [e for e in self.events if e.key in scenes and e is not ev and e.begin and e.begin == e.end]
                    if len(scenes) == 1 and len(dated) == 1:
                        source = (dated[0].begin, dated[0].end, dated[0].date_text)
            if source is None and ev.type == "interview" and self.published is not None and _live_blog(self.doc.text):
                # a time-stamped entry of a live blog tells what was said that day ("Pentagon
                # press secretary X told reporters at the Pentagon ...", "is holding its press
                # conference now"); not a scheduled one
                # ("at his regular briefing": a speaker's own, not one told before)
                if not _future(tok) and (not _is_anaphoric(tok) or any(c.dep_ == "poss" for c in tok.children)):
                    source = (self.published, self.published, None)
            if source is not None:
                ev.begin, ev.end, ev.date_text = source

    def hearing_dates(self) -> None:
        """An undated hearing takes the day on which the article, before it or in its own
        sentence, tells legislators at their work: the day of a clause whose subject, object
        or 'to' / 'before' phrase is senators, lawmakers, a committee ('The commander warned
        senators on Thursday that ...', 'For two hours on Tuesday, senators on the committee
        pressed the director'; later 'The hearing came hours after ...'). Only when one day
        fits, on or before publication."""
        for ev in self.events:
            if ev.begin is not None or not ev.token_ids or ev.lemma not in _HEARING_NOUNS:
                continue
            tok = self.doc[ev.token_ids[0]]
            if _future(tok):
                continue
            found: dict[tuple, DateMention] = {}
            for d in self.dates:
                if d.begin != d.end_date or d.kind in ("year", "year_attr") or d.start > tok.sent.end_char:
                    continue
                if self.published is not None and d.begin > self.published:
                    continue
                span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
                if span is None:
                    continue
                verb = _anchor(span.root)
                if verb.pos_ not in ("VERB", "AUX"):
                    verb = _governing_verb(verb)
                if verb is not None and self._legislators_at(verb):
                    found[(d.begin, d.end_date)] = d
            if len(found) == 1:
                d = next(iter(found.values()))
                ev.begin, ev.end, ev.date_text = d.begin, d.end_date, d.text

    def hearing_parties(self) -> None:
        """The one hearing an article tells, told again by its witnesses' words: who 'told
        the committee', 'testified before the panel', 'warned senators' took part in it, and
        so did the legislative body addressed ('the committee': the one named before). Only
        when the article tells one hearing that is not ahead, and only clauses told in the
        past or the present of reporting, never 'is to appear before the panel next week'."""
        hearings = [
            e for e in self.events if e.lemma in _HEARING_NOUNS and e.token_ids and not _future(self.doc[e.token_ids[0]])
            and not (e.begin is not None and self.published is not None and e.begin > self.published)
        ]
        if len(hearings) != 1:
            return
        ev = hearings[0]
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            lemma = verb.lemma_.lower()
            if lemma not in SPEECH_VERBS and lemma not in _TESTIFY_VERBS and lemma not in _QUESTIONING:
                continue
            if any(s <= verb.idx < e for s, e in self.skip) or _future_marked(verb):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or _words(subj) & _LEGISLATORS:
                continue
            addressed = []
            for c in verb.children:
                heads = [c] if c.dep_ in ("dobj", "dative") else []
                if c.dep_ == "prep" and c.lower_ in ("to", "before"):
                    heads = [o for o in c.children if o.dep_ == "pobj"]
                addressed += [h for h in _with_conjuncts(heads) if _words(h) & _LEGISLATORS]
            parts = self._actors_in_phrase(subj)[:1]
            if lemma in _QUESTIONING and not addressed:
                # "Senator X asked W whether ...": a legislator questioning, and the witness
                # questioned; anyone else questioning a witness already at the hearing
                asked = [k for c in verb.children if c.dep_ in ("dobj", "dative") for k in self._actors_in_phrase(c)]
                asked = [k for k in asked if self.table.clusters[k].type == "person"]
                if any(self._legislator(k) for k in parts):
                    parts += asked
                elif not any(k in ev.participants for k in asked):
                    continue
            elif not addressed and lemma not in _WITNESS_VERBS:
                continue
            parts += [k for h in addressed for k in [self._legislative_body(h)] if k]
            ev.participants = _unique(ev.participants + parts)
            ev.targets = [t for t in ev.targets if t not in ev.participants]

    def interviewers(self) -> None:
        """'X was pressed by ABC's host, Y, about ...', 'Asked by host Y whether ..., X said':
        the named person who questions X takes part in the interview X gave, told last before
        (within a few paragraphs) with X among its participants."""
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _QUESTIONING:
                continue
            if any(s <= verb.idx < e for s, e in self.skip):
                continue
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is None:
                continue
            asker = [k for k in self._actors_in(agent, clauses=False) if self.table.clusters[k].type == "person"][:1]
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None and verb.dep_ == "advcl":
                subj = subject_of(verb.head)  # "Pressed by Y, X said"
            if not asker or subj is None:
                continue
            asked = self._actors_in_phrase(subj)[:1]
            best = None
            for ev in self.events:
                if ev.type != "interview" or not asked or asked[0] not in ev.participants or asker[0] in ev.participants:
                    continue
                for s, _ in ev.triggers:
                    if verb.idx - 1500 <= s < verb.idx and (best is None or s > best[0]):
                        best = (s, ev)
            if best is not None:
                best[1].participants.append(asker[0])

    def election_candidates(self) -> None:
        """'China has become an issue in the presidential race. ... Republican front-runner
        X says ...': the people the article titles as candidates or nominees
        (candidacy_titles) contend in the election it tells, wherever it names them;
        not in an election of another office (event_office_words: a Senate nominee in a
        presidential election), nor in one of a past year, nor a past nominee ('the 2012
        nominee', 'the former candidate')."""
        for ev in self.events:
            if ev.type != "election" or not ev.token_ids:
                continue
            if ev.begin is not None and self.published is not None and ev.begin.year < self.published.year:
                continue
            tok = self.doc[ev.token_ids[0]]
            offices = {t.lower_ for t in tok.subtree if t.i < tok.i} & _OFFICE_WORDS
            # a party's primaries are contested before it has a nominee: no nominee is told as a contender there
            primary = ev.lemma in _PRIMARY_KEYS or tok.lemma_.lower() in _PRIMARY_KEYS
            found = []
            for k, c in self.table.clusters.items():
                if c.type != "person" or k in ev.participants:
                    continue
                for title, of, _ in c.roles:
                    words = set(re.findall(r"[\w-]+", title.lower()))
                    if not words & _CANDIDATE_TITLES or words & _PAST_TITLE_WORDS or re.search(r"\d", title):
                        continue
                    if primary and not words & _CANDIDATE_TITLES - _NOMINEE_TITLES:
                        continue
                    body = self.table.clusters.get(of) if of else None
                    held = (words | set(re.findall(r"[\w-]+", body.name.lower()))) if body is not None else words
                    if offices and held & _OFFICE_WORDS and not offices & held:
                        continue
                    found.append(k)
                    break
            if len(found) <= 3:
                ev.participants += found

    def self_claimed(self, claims) -> None:
        """'The group claimed responsibility for the attack', 'X admitted the hack': a doer
        that claims the happening itself, where no claim in the article names another doer
        of it or denies it, is not disputed (SCHEMA: only disputed responsibility is left to
        the claims) and takes part in it, in whichever sentence the claim is told."""
        by_event: dict[str, list] = {}
        for c in claims:
            if c.event:
                by_event.setdefault(c.event, []).append(c)
        for ev in self.events:
            told = by_event.get(ev.key, [])
            own = {c.agent for c in told if c.kind == "attribution" and c.polarity == "asserted" and c.claimant == c.agent}
            if len(own) != 1 or ev.participants:
                continue
            agent = next(iter(own))
            if any(c.agent != agent or c.polarity != "asserted" for c in told) or agent in ev.targets:
                continue
            ev.participants.append(agent)

    def _legislative_body(self, h: Token) -> str | None:
        """The body a legislators' phrase names: its own name, else for 'the committee',
        'the panel' the body of that kind named before."""
        k = self._at(h)
        if k is None and self.resolver is not None and any(d.dep_ == "det" and d.lower_ == "the" for d in h.children):
            k = self.resolver.token(h)
        return k if k is not None and self.table.clusters[k].type == "organization" else None

    def _legislator(self, key: str) -> bool:
        """A person who holds a legislator's title ('Sen.', 'Senator', 'congresswoman')."""
        c = self.table.clusters[key]
        return c.type == "person" and any(set(t.lower().replace(".", "").split()) & _LEGISLATORS for t, _, _ in c.roles)

    @staticmethod
    def _legislators_at(verb: Token) -> bool:
        """The clause names legislators as its subject, object or addressee."""
        for c in verb.children:
            heads = [c]
            if c.dep_ == "prep" and c.lower_ in ("to", "before"):
                heads = [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
                continue
            if any(_words(h) & _LEGISLATORS for h in _with_conjuncts(heads)):
                return True
        return False

    def _days_before(self, tok: Token) -> DateMention | None:
        """'The parliament voted late on Monday ..., a day after Russian forces seized three
        vessels': a trigger in an 'after' clause or phrase hung on 'a day' / 'two days' happened
        that many days before the date told before the phrase in its sentence; with no such
        date, before the publication day when the clause it qualifies is in the present ('are
        still offline, four days after a ransomware attack'; 'Two days after voters went to
        the polls, the focus has shifted')."""
        t = tok
        for _ in range(4):
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children):
                break
            if t.dep_ == "pobj" and t.head.lower_ == "after" and t.head.dep_ == "prep":
                t = t.head  # "four days after a ransomware attack"
                break
            if t.head == t:
                return None
            t = t.head
        else:
            return None
        # "a day after ..." hangs the clause on 'day', or 'day' on the clause's verb
        noun = next((c for c in t.children if c.dep_ == "npadvmod" and c.i < t.i), t.head)
        if noun.lemma_.lower() not in ("day", "week") or noun.dep_ != "npadvmod":
            return None
        count = next((c for c in noun.children if c.dep_ in ("det", "nummod")), None)
        n = 1 if count is not None and count.lower_ in ("a", "one") else _NUMBER_WORDS.get(count.lower_ if count is not None else "", 0)
        if not n:
            return None
        days = n * (7 if noun.lemma_.lower() == "week" else 1)
        sent = tok.sent
        before = [
            d for d in self.dates
            if sent.start_char <= d.start and d.end <= noun.idx and d.begin is not None and d.begin == d.end_date
        ]
        phrase = f"{noun.doc[noun.left_edge.i : noun.i + 1].text} after"
        if not before:
            main = noun.head if noun.head != t else t.head
            if self.published is None or any(d.start >= sent.start_char and d.end <= sent.end_char for d in self.dates):
                return None
            if not _present(main):
                return None
            when = self.published - dt.timedelta(days=days)
            return DateMention(noun.idx, noun.idx + len(noun.text), phrase, when, when, "relative")
        d = before[-1]
        when = d.begin - dt.timedelta(days=days)
        return DateMention(d.start, d.end, phrase, when, when, "relative")

    def _days_from(self, tok: Token, anchored: dict[int, DateMention]) -> DateMention | None:
        """'Drones struck the depot a day before the talks on Wednesday', 'The attack came two
        days after the talks on Monday': a trigger (or the verb it is the subject of) with a
        'before' / 'after' phrase counted in days or weeks whose object is another trigger
        dated to one day happened that many days before or after it."""
        holders = [tok]
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
            holders.append(tok.head)
        for h in holders:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in ("before", "after"):
                    continue
                noun = next((c for c in p.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
                other = next((c for c in p.children if c.dep_ == "pobj"), None)
                if noun is None or other is None or other.i not in anchored:
                    continue
                count = next((c for c in noun.children if c.dep_ in ("det", "nummod")), None)
                n = 1 if count is not None and count.lower_ in ("a", "one") else _NUMBER_WORDS.get(count.lower_ if count is not None else "", 0)
                d = anchored[other.i]
                if not n or d.begin is None or d.begin != d.end_date:
                    continue
                days = n * (7 if noun.lemma_.lower() == "week" else 1) * (-1 if p.lower_ == "before" else 1)
                when = d.begin + dt.timedelta(days=days)
                return DateMention(d.start, d.end, f"{noun.doc[noun.left_edge.i : p.i + 1].text} {d.text}", when, when, "relative")
        return None

    def _victim_date(self, tok: Token, ev: RawEvent) -> DateMention | None:
        """An attack told without a date takes the date of what befell its victims elsewhere
        in the article: the subject of a passive 'found / attacked / injured / killed ... on
        DATE' that names one of its targets (an actor, or a noun the attack is 'on': 'the
        attack on a former agent and his daughter' ... 'Skripal and his daughter were found
        slumped on a bench on March 4'). Only when one date fits."""
        nouns = {
            c.lemma_.lower()
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children
            if o.dep_ == "pobj"
            for c in [o, *o.conjuncts]
            if c.pos_ == "NOUN"
        }
        keys = set(ev.targets)
        if not nouns and not keys:
            return None

        def tells_victims(span: Span) -> bool:
            verb = _anchor(span.root)
            for _ in range(5):  # 'were found slumped on a bench on the afternoon of March 4'
                if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.head == verb:
                    break
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is None or verb.lemma_.lower() not in _VICTIM_PASSIVES:
                return False
            heads = [subj, *subj.conjuncts]
            named = {self.table.at(t.idx, t.idx + len(t.text)) for h in heads for t in h.subtree} - {None}
            return bool(keys & named or nouns & {h.lemma_.lower() for h in heads})

        return self._one_date_elsewhere([tok.sent], tells_victims)

    @staticmethod
    def _trip_to(tok: Token, prep: Token) -> bool:
        """The 'to' phrase is where a trip made for this meeting goes: the travel verb holds
        the meeting as its purpose ('flew to Doha to meet X') or its 'for' phrase ('will travel
        to Ankara for talks')."""
        verb = prep.head
        if verb.lemma_.lower() not in _TRAVEL_VERBS or verb.pos_ != "VERB":
            return False
        if tok.pos_ == "VERB":
            return tok.dep_ == "advcl" and tok.head == verb and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head == verb

    def _scene_date(self, tok: Token) -> DateMention | None:
        """An attack told without a date 'during the mission' (in its sentence, or in the one
        before when it goes on with 'then') takes the date the article gives that mission
        elsewhere ('... against a resupply mission to the shoal on 5 August', 'sent a patrol on
        5 August'; 'During the mission, ships blocked two boats. A vessel then fired its water
        cannon at one').
        Only when one date fits."""
        sents = [tok.sent]
        verb = _governing_verb(tok) or tok
        if any(c.dep_ == "advmod" and c.lower_ in lexicon("event_sequel_adverbs") for c in verb.children):
            start = tok.sent.start
            if start > 0:
                sents.append(self.doc[start - 1].sent)
        scenes = {
            o.lemma_.lower()
            for sent in sents
            for p in sent
            if p.dep_ == "prep" and p.lower_ in lexicon("event_scene_preps")
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        }
        if not scenes:
            return None

        def holds_scene(span: Span) -> bool:
            anchor = _anchor(span.root)
            # the date's head, or what a verb holding the date did ('sent a patrol on 3 March')
            held = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass"))]
            return bool(scenes & {t.lemma_.lower() for h in held for t in [h, *h.conjuncts]})

        return self._one_date_elsewhere(sents, holds_scene)

    def _one_date_elsewhere(self, sents: list[Span], fits) -> DateMention | None:
        """The one single-day date outside ``sents`` whose span ``fits`` (several mentions
        of the same day count once); None when none or more than one day fits."""
        found: dict[tuple, DateMention] = {}
        for d in self.dates:
            if d.begin != d.end_date:
                continue
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or any(span.sent == s for s in sents):
                continue
            if fits(span):
                found[(d.begin, d.end_date)] = d
        return next(iter(found.values())) if len(found) == 1 else None

    def _merge_bare(self) -> None:
        """An undated mention with no place and no actors ('the results of negotiations')
        joins the one dated event of that type and word, when there is exactly one."""
        for ev in list(self.events):
            if ev.begin or ev.location or ev.participants or ev.targets or ev.distinct:
                continue
            same = [o for o in self.events if o is not ev and o.type == ev.type and o.lemma == ev.lemma and o.begin]
            if not same:  # 'the deal' ... 'the proposals were accepted' ... 'the deal was signed'
                same = [o for o in self.events if o is not ev and o.type == ev.type and self._told_by(o, ev.lemma) and o.begin]
            if len(same) == 1:
                self._fold(ev, same[0])

    def _told_by(self, ev: RawEvent, word: str) -> bool:
        """The event's own word is ``word``, or one of its mentions is ('the proposals were
        accepted' ... 'the deal was signed': the deal)."""
        return ev.lemma == word or any(word in (self.doc[i].lemma_.lower(), self.doc[i].lower_) for i in ev.token_ids)

    def _merge_placed(self) -> None:
        """'talks in Geneva' (a place, no date) and 'Monday's meeting with Ryabkov' (a date,
        no place) in one report: an undated mention with a place joins the one dated event of
        its family whose place is unknown or the same, when exactly one fits. Two dated
        candidates, or a dated one held somewhere else, leave it alone."""
        for ev in list(self.events):
            if ev.begin or not ev.location or ev.distinct:
                continue
            fam = ev.family()
            same = [
                o
                for o in self.events
                if o is not ev and o.type == ev.type and o.begin and o.family() & fam
                and o.location in (None, ev.location)
                and not self._elsewhere(ev.location, o)  # "murdered in Newtown" is not "the Orlando massacre"
                # a press conference somewhere is not a speaker's dated remarks to reporters
                and not (ev.type == "interview" and o.location is None and bool(o.participants) != bool(ev.participants))
                # nor one speaker's televised address another's remarks to reporters in a city
                and not (ev.type == "interview" and o.participants and ev.participants and not set(o.participants) & set(ev.participants))
                # nor, of the many kinds of 'other' happening, one person's change of office another's
                and not (ev.type == "other" and o.participants and ev.participants and not set(o.participants) & set(ev.participants))
            ]
            if len(same) == 1:
                self._fold(ev, same[0])

    def _merge_sided(self) -> None:
        """One happening told twice, once with its day and no side ("two villagers who were
        apprehended last Sunday") and once with its sides and no day ("they were detained by
        a joint patrol of ..."; a recap that opens a live blog, "Iran released the sailors",
        before "they were freed this morning"): the undated telling that names sides joins
        the one dated event of its type and family, when that event names no one and no
        other place. Not an event of a type whose sides tell two apart (``event_sided_types``:
        meetings, interviews, elections, rallies, agreements), nor a plural ("three rulings"), nor a telling in the present perfect
        ("have detained 23 people since January": a tally, not the happening), nor one told
        as distinct or as several."""
        for ev in list(self.events):
            if ev.begin or ev.distinct or ev.several or not (ev.participants or ev.targets):
                continue
            if ev.type in _SIDED_TYPES:
                continue  # who met, spoke, ran, rallied or signed is what tells one from another
            if any(self._tally(i) or self.doc[i].tag_ in ("NNS", "NNPS") for i in ev.token_ids[:1]):
                continue  # "three rulings on ...": several, not the one dated
            fam = ev.family()
            dated = [o for o in self.events if o is not ev and o.type == ev.type and o.begin and o.family() & fam]
            if len(dated) != 1:
                continue
            into = dated[0]
            if into.participants or into.targets or into.distinct or into.several:
                continue
            if into.location and ev.location and into.location != ev.location:
                continue
            self._fold(ev, into)

    def _one_race(self) -> None:
        """'the race for the White House', 'the presidential campaign', 'the general
        election', 'voters go to the polls': the undated mentions of an article's race for
        an office are one happening (SCHEMA: one event per real happening), whichever
        candidates each names. Apart stay a primary or caucus (each state's is its own), a
        re-election, special election or runoff, a past election ('the last election'), one
        held in another place, and one told as distinct or as several. Mentions join only
        those that name the same places ('the Mexican election' is not 'the presidential
        race' of a US report) and, when the races told name two offices ('the presidential
        race', 'Senate races'), the same office. Only the undated mentions join: 'the Nov. 8
        election' (its vote) may be told apart from the race run up to it, and a day told
        says which one a mention is."""
        races: list[tuple[RawEvent, frozenset[str]]] = []
        for ev in self.events:
            if ev.type != "election" or ev.begin is not None or ev.distinct or ev.several or not ev.token_ids:
                continue
            words = self._race_words(ev)
            if not words & _RACE_APART:
                races.append((ev, frozenset(words & _OFFICE_WORDS)))
        by_place: dict[frozenset[str], list[tuple[RawEvent, frozenset[str]]]] = {}
        for ev, office in races:
            by_place.setdefault(frozenset(self._race_places(ev)), []).append((ev, office))
        for members in by_place.values():
            offices = {o for _, o in members if o}
            if len(offices) > 1:  # "the presidential race" and "the Senate race": bare mentions could be either
                groups = [[ev for ev, o in members if o == office] for office in offices]
            else:
                groups = [[ev for ev, _ in members]]
            for group in groups:
                for ev in group[1:]:
                    if ev in self.events and not self._conjoined(ev, group[0]):
                        self._fold(ev, group[0])

    def _one_primary(self) -> None:
        """'the New Hampshire primary', 'Tuesday's first-in-the-nation primary', 'New
        Hampshire's Tuesday primary': the mentions of one primary or caucus are one happening
        (SCHEMA: one event per real happening), whichever candidates each names. Mentions join
        when their days agree (or one has none) and they name no two different states and no
        two different parties ('the Democratic primary' is not the Republican one of the same
        day, 'the Texas primary' not the Virginia one of Super Tuesday). A mention with neither
        day nor state joins only when the article tells a single primary, and not when told as
        another ('a second primary'); a day and a state say which one, whatever the words
        ('the first-in-the-nation primary'). 'The primaries' (a season of them) joins none."""
        prims = [
            ev for ev in self.events
            if ev.type == "election" and not ev.several and ev.token_ids
            and self._race_words(ev) & _PRIMARY_KEYS and self.doc[ev.token_ids[0]].lower_ != "primaries"
        ]
        said = {id(ev): (self._race_places(ev), self._race_words(ev) & _PARTY_WORDS) for ev in prims}
        clusters: list[list[RawEvent]] = []
        loose: list[RawEvent] = []
        for ev in prims:
            if ev.begin is None and not said[id(ev)][0]:
                if not ev.distinct:
                    loose.append(ev)
                continue
            home = next((c for c in clusters if all(_one_contest(o, ev, said) for o in c)), None)
            if home is None:
                clusters.append([ev])
            else:
                home.append(ev)
        if len(clusters) == 1:
            clusters[0] += [ev for ev in loose if all(_one_contest(o, ev, said) for o in clusters[0])]
        elif not clusters and loose:
            clusters = [[ev for ev in loose if all(_one_contest(o, ev, said) for o in loose)]]
        for c in clusters:
            into = next((ev for ev in c if ev.begin is not None), c[0])
            for ev in c:
                if ev is not into and ev in self.events and not self._conjoined(ev, into):
                    self._fold(ev, into)

    def _race_places(self, ev: RawEvent) -> set[str]:
        """The places an election mention names: its location, and the place names and
        demonyms that modify its triggers ('the New Hampshire primary', 'Iowa's caucuses',
        'the Mexican election')."""
        places = {ev.location.lower()} if ev.location else set()
        for i in ev.token_ids:
            for c in self.doc[i].children:
                if c.dep_ in ("compound", "nmod", "poss", "amod") and c.ent_type_ in ("GPE", "NORP"):
                    places.add(_entity_text(c).lower().removesuffix("'s").removesuffix("’s").strip())
        return places

    def _conjoined(self, a: RawEvent, b: RawEvent) -> bool:
        """Two events told as conjuncts ('the presidential election and the constitutional
        referendum', 'the Texas primary and the Virginia primary'): two happenings by
        construction."""
        return any(self.doc[j] in self.doc[i].conjuncts for i in a.token_ids for j in b.token_ids)

    def _race_words(self, ev: RawEvent) -> set[str]:
        """The words an election mention is told with: its triggers and their modifiers
        ('presidential', 'Senate', 'primary'), the 're' of 're-election'."""
        words: set[str] = set()
        for i in ev.token_ids:
            tok = self.doc[i]
            words |= {tok.lower_, tok.lemma_.lower()}
            words |= {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det", "advmod", "npadvmod")}
            if tok.i >= 2 and self.doc[tok.i - 1].text == "-":
                words.add(self.doc[tok.i - 2].lower_)  # "re-election", "pre-election"
        return words

    def _tally(self, i: int) -> bool:
        """The trigger at token ``i`` is told in the present perfect ("have been detained")."""
        tok = self.doc[i]
        return tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in tok.children
        )

    def _fold(self, ev: RawEvent, into: RawEvent) -> None:
        """One event of the list merged into another, its tokens pointing there."""
        self._absorb(into, ev)
        self.events.remove(ev)
        for i, k in list(self.by_token.items()):
            if k == ev.key:
                self.by_token[i] = into.key

    def _first_of_its_kind(self, tok: Token, lemma: str) -> bool:
        """'led to the resignation of the party's chair, Ana Ruiz, in July': a definite noun
        whose 'of' phrase names who did it, with no happening of its family told before,
        names a happening told for the first time, not one referred back to (not as the
        subject: 'the publication of the emails led to ... in July' is the resignation's day)."""
        if tok.pos_ != "NOUN" or tok.dep_ in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ in _ACTOR_ENTS or g.dep_ == "poss" for g in c.subtree)
            for c in tok.children
        ):
            return False
        fam = next((f for f in FAMILIES if lemma in f), {lemma})
        return not any(e.family() & fam for e in self.events)

    def _nearest_free_date(self, tok: Token, claimed) -> DateMention | None:
        sent = tok.sent
        best = None
        for d in self.dates:
            if d.start < sent.start_char or d.end > sent.end_char or d.start in claimed or d.kind in ("year_attr", "month_attr"):
                continue  # ("the 2008 election": a year only for the noun it modifies)
            if _attributive_day(self.doc.char_span(d.start, d.end, alignment_mode="expand")):
                continue  # ("to influence the Nov. 8 election": that noun's day only)
            if _in_other_clause(self.doc, d, tok) or _in_other_clause(self.doc, d, tok, reverse=True):
                continue  # "Rau, whose country took over on January 1, opened a session"
            gov = _governing_verb(tok)
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and _outside_since(tok, span):
                continue  # a happening told after 'since': not the day of the clause it is compared with
            if gov is not None and span is not None and _anchor(span.root) == gov and _topic_of(tok, gov, span):
                continue  # the day of the verb that only speaks of the trigger
            base = tok if tok.pos_ == "VERB" else gov
            at = _anchor(span.root) if span is not None else None
            if base is not None and at is not None and at.pos_ == "VERB" and at != base and at not in base.subtree and base not in at.subtree:
                continue  # "when he began targeting them in 2012 and has been sentenced": another verb's day
            dist = abs(d.start - tok.idx)
            if best is None or dist < best[0]:
                best = (dist, d)
        return best[1] if best else None

    def _build(self, tok: Token, etype: str, lemma: str, date: DateMention | None) -> RawEvent:
        ev = RawEvent("", etype, lemma, [(tok.idx, tok.idx + len(tok.text))], self._label(tok))
        ev.token_ids.append(tok.i)
        if date is not None:
            ev.begin, ev.end, ev.date_text = date.begin, date.end_date, date.text
            if date.kind == "weekday" and self.published and date.begin <= self.published and (
                _scheduled(tok, date) or etype == "election" and _awaited_weekday(tok, date, self.published)
            ):
                # "will meet on Thursday": the coming Thursday, not the last one
                shift = dt.timedelta(days=7 if date.begin < self.published else 0)
                ev.begin, ev.end = date.begin + shift, date.end_date + shift
            elif self.published and (self._scheduled_day(tok, date) or etype == "election" and _nearer_ahead(date, self.published)):
                ev.begin, ev.end = ahead(date, self.published)
            elif self.published and _told_in_the_past(tok):
                ev.begin, ev.end = behind(date, self.published)
        ev.open_end = date is not None and _onset(tok)
        if tok.pos_ == "NOUN":
            ev.kind_words = frozenset(
                c.lemma_.lower() for c in tok.children
                if c.dep_ in ("amod", "compound") and c.ent_type_ not in ("ORDINAL", "DATE", "TIME", "CARDINAL")
                and c.lower_ not in _NOT_SAME and c.lower_ not in _GENERIC
            )
        if _named_gathering(tok):
            ev.name = strip_np(tok.doc[_name_start(tok) : tok.i + 1].text)  # "The X Dialogue" is "the X Dialogue"
        elif etype == "interview" and tok.pos_ == "VERB" and _outlet(tok) is not None:
            outlet = _outlet(tok)  # "told CBS ... said on NBC": two appearances, one per outlet
            ev.name = strip_np(tok.doc[_name_start(outlet) : outlet.i + 1].text)
        elif etype == "interview" and tok.lemma_.lower() == "tell":
            body = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG" and c.i > tok.i), None)
            if body is not None:  # "told the FBI ... told the New York Times": one telling per body told
                ev.name = strip_np(tok.doc[_name_start(body) : body.i + 1].text)
        ev.location = self._location(tok)
        self._arguments(tok, ev)
        if ev.type in ("cyberattack", "armed_attack") and not ev.targets and ev.location and ev.lemma not in _FOUGHT_IN:
            # "a cyberattack on government websites in Moldova": the country attacked (not
            # "the war in Syria": the country a war is fought in is no side of it)
            key = self.table.country_key(ev.location)
            if key is not None and key not in ev.participants:
                ev.targets = [key]
                ev.place_target = key
        return ev

    def _retype_told_attack(self, tok: Token, ev: RawEvent) -> None:
        """'the military had launched the attack': a definite, undated attack that the article
        has told only as the other kind of attack is that one (the military words around it
        make the kind, not a second attack)."""
        kinds = ("cyberattack", "armed_attack")
        if ev.type not in kinds or ev.begin is not None or not _is_anaphoric(tok) or not _kindless(tok):
            return
        other = kinds[1 - kinds.index(ev.type)]
        told = {e.type for e in self.events if e.type in kinds}
        if told == {other}:
            ev.type = other

    def _scheduled_day(self, tok: Token, date: DateMention) -> bool:
        """A yearless day that the future-tense clause of the trigger itself holds ('will
        end before the election on March 31'); not a date held by another clause ('the
        talks, which opened on March 3, will go on'), nor the happening a future one follows
        ('will answer after the talks on January 10')."""
        if date.kind not in ("month_day", "day_month", "month", "month_attr") or not _future(tok):
            return False
        if tok.pos_ != "VERB" and not _future_marked(_clause_verb(tok)):
            return False  # "condemns the attack of 10 February": a present verb schedules only itself
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since", "following"):
            return False  # "expects an answer after the talks on January 10": the talks may be past
        span = self.doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            return False
        anchor = _anchor(span.root)
        if anchor in (tok, _governing_verb(tok)):
            return True
        # "is due to hold hearings on the merits of the case in The Hague in June": a month
        # hung deeper in the trigger's own phrase, not in a clause of its own
        while date.kind == "month" and anchor != tok and anchor.head != anchor and anchor.dep_ in ("pobj", "prep", "compound"):
            anchor = anchor.head
        return anchor == tok

    def _label(self, tok: Token) -> str:
        if tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
            parts = [subj.text if subj is not None else "", tok.text, obj.subtree and " ".join(t.text for t in obj.subtree) if obj is not None else ""]
            return " ".join(p for p in parts if p)[:160]
        toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "det", "punct") or t == tok]
        # not a relative clause, nor a conjoined event ("a meeting ... and a session ...")
        cut = {x.i for r in tok.children if r.dep_ in ("relcl", "acl", "conj", "cc") for x in r.subtree}
        cut |= _other_events(tok)
        words = [t for t in toks if t == tok or t.i not in cut]
        text = " ".join(t.text for t in words[:16])
        return strip_np(text)[:160] or tok.text

    def _location(self, tok: Token) -> str | None:
        gov = _governing_verb(tok)
        fallback = own_place = None
        # the trigger's own phrase, without relative clauses, other clauses or conjoined events
        deps = ("relcl", "acl", "conj") if _named_gathering(tok) else ("relcl", "acl", "conj", "appos")
        # ("the X Dialogue, a regional security forum in Singapore": the apposition is the gathering)
        if tok.pos_ == "VERB":
            deps += ("advcl", "xcomp", "ccomp", "parataxis")
        cut = {x.i for r in tok.children if r.dep_ in deps for x in r.subtree}
        own = {t.i for t in tok.subtree} - cut
        for s, e, name in self.places:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None or span.sent != tok.sent or any(a <= s < b for a, b in self.skip):
                continue
            head = span.root.head
            if head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.lower_ in ("in", "at", "near"):
                head = head.head.head  # "in the Chinese town of Wuzhen", "in the city of Aleppo"
            if head.lower_ == "to" and self._trip_to(tok, head):
                return name  # "will travel to Ankara for talks", "flew to Doha to meet X"
            if head.lower_ not in ("in", "at", "near"):
                continue
            if head.head == tok or head.head == gov:
                return name
            if _under_other_event(head, tok):
                continue  # "expelling diplomats over the attack on a defector in Salisbury": the attack's place
            if head.head.i in own:
                own_place = own_place or name  # "talks ... at the U.S. mission in Geneva"
            elif not any(head.head.i in {x.i for x in c.subtree} for c in tok.children if c.dep_ in deps):
                fallback = fallback or name  # not inside another clause of the verb
        if own_place is not None:
            return own_place
        return fallback if tok.pos_ == "VERB" else None

    def _people_or_all(self, tok: Token) -> list[str]:
        """The people named in a phrase if it names any, else every actor in it: the
        bodies in 'President of Azerbaijan Ilham Aliyev' are titles, not participants."""
        keys = self._actors_in(tok)
        people = [k for k in keys if self.table.clusters[k].type == "person"]
        if not people:
            people = self._name_after_title(tok)
        return people or keys

    def _name_after_title(self, prep: Token) -> list[str]:
        """'with the High Representative of the EU for Foreign Affairs and Security Policy
        Josep Borrell', where the parser cut the name off the title: the person named right
        after a title phrase (only capitalised words between)."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not (obj.lemma_.lower() in TITLE_HEADS or obj.lower_ in TITLE_HEADS):
            return []
        doc = prep.doc
        first = prep.right_edge.i + 1
        if first + 1 < len(doc) and doc[first].text == "," and doc[first + 1].is_title and not obj.is_title:
            first += 1  # "the resignation of the party's chair, Rep. X": the name set beside it
        for i in range(first, min(first + 4, len(doc))):
            t = doc[i]
            k = self.table.at(t.idx, t.idx + len(t.text))
            if k is not None and self.table.clusters[k].type == "person":
                return [k]
            if not t.is_title or t.is_punct or "\n" in doc[i - 1].whitespace_:
                return []  # (the parser may start a sentence at the name: no punctuation
                # between is what counts; words of the title may be a body's)
        return []

    def _at(self, t: Token) -> str | None:
        """The actor a token names: the table's mention there, else, for a lone capitalised
        name the NER did not tag ('talks with Prigozhin', 'Prigozhin accepted'), the one
        person of the article whose name ends so (or holds it)."""
        k = self.table.at(t.idx, t.idx + len(t.text))
        if k is not None or t.pos_ != "PROPN" or not t.is_title:
            return k
        if t.ent_type_ in _NOT_PERSON_ENTS and not (t.ent_type_ == "GPE" and self.table.gaz.lookup(t.text) is None):
            # (a surname the tagger took for a place it is not: 'spoke with Qureshi'); a lone
            # word tagged a body, a law, a work or a product that the actor table left alone is
            # a surname when one person named before ends so ('Tom Maloney ... Maloney said')
            if t.ent_type_ not in _MISTAKEN_SURNAME_ENTS or t.ent_iob_ != "B" or (
                t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I"
            ):
                return None
            k = self.table.resolve_person_name(t.text)
            return k if k is not None and self.table.clusters[k].first < t.idx else None
        if t.dep_ == "compound" or any(c.dep_ == "compound" for c in t.children):
            return None  # part of a longer name the table does not know
        return self.table.resolve_person_name(t.text)

    def _actors_in(self, tok: Token, clauses: bool = True) -> list[str]:
        """The actors a phrase names; with ``clauses`` False, not those only in its relative
        clauses, its places or a description set beside a name ('an amendment that would have funded
        US troops', 'X & Co, a Washington firm'): what the phrase is, not what it says of it."""
        keys = []
        other = _other_events(tok) | _accused_clauses(tok)
        if not clauses:  # (nor the places in it: 'a strike on a command post outside X')
            other |= self._asides(tok) | {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS for t in p.subtree}
        for t in tok.subtree:
            if t.i in other:
                continue
            if _pair_noun(t):
                if not self._pairing:  # (not while looking back for the pair itself)
                    keys += [k for k in self._named_pair(t) if k not in keys]  # "agreed by both armed groups"
                continue
            k = self._at(t)
            if k is not None and self._owner_of_body(t, k):
                continue  # "delegations from Sudan's army": the army, not Sudan
            if k is None and t.ent_type_ == "NORP":
                body = self._at(t.head) if t.dep_ in ("amod", "compound") and t.head.pos_ == "PROPN" else None
                if body is not None and self.table.clusters[body].type in ("organization", "group"):
                    continue  # "vessels of the Chinese Maritime Militia": a word of the body's name
                k = self._state_actor(t) or self._demonym_country(t)
            if k is not None and k not in keys:
                keys.append(k)
        return keys

    def _arguments(self, tok: Token, ev: RawEvent) -> None:
        parts: list[str] = []
        targets: list[str] = []
        attack = ev.type in ("cyberattack", "armed_attack")
        # "X's arrest", "the Y killing" (no 'of' phrase): the genitive or the name before a noun
        # of holding or killing is the one acted upon, as the 'of' phrase would be
        held_genitive = tok.pos_ != "VERB" and ev.lemma in _OF_TARGET and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        for c in tok.children:
            of_target = c.lower_ == "of" and tok.pos_ != "VERB" and (
                ev.lemma in _OF_TARGET or _leaked_papers_of(tok, c)
                # "X's invasion of Y", "the shelling of Y's villages" (not "the attack of X's forces on Y")
                or ev.type == "armed_attack" and not any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in tok.children)
            ) or _looked_into(tok, c, ev.lemma)
            if c.dep_ == "prep" and c.lower_ in ("between", "with", "of", "among") and not of_target:
                # ("the detention of 12 sailors": those held, a target below, take no part)
                if c.lower_ == "with" and tok.lemma_.lower() in _WITH_TARGET:
                    targets += self._actors_in(c)  # "a diplomatic protest with China": lodged with it
                elif not attack or c.lower_ == "between" or c.lower_ == "with" and ev.lemma == "war":
                    # ("the 2008 war with Georgia": the side fought, a party to the war)
                    parts += self._people_or_all(c) + self._between_rest(tok, c)
            if c.dep_ == "prep" and c.lower_ == "before" and ev.lemma in _HEARING_NOUNS:
                parts += self._actors_in(c)[:1]  # "a hearing before the House Judiciary Committee"
            if c.dep_ == "prep" and c.lower_ == "from" and tok.pos_ != "VERB" and ev.type in ("meeting", "interview"):
                parts += self._people_or_all(c)  # "asked for a closed briefing from the Navy", "a call from X"
            if c.dep_ == "prep" and c.lower_ == "by" and tok.pos_ != "VERB" and not _disputed(tok):
                # "attacks by the Houthis", "the seizure of the ships by Russia", "a visit by X":
                # the actor the phrase names, not those in its modifiers ("an Iran-aligned group")
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    k = self._at(o)
                    if k is not None or o.pos_ == "PROPN":
                        parts += [k] if k is not None else self._actors_in_phrase(o)
            if c.dep_ == "prep" and c.lower_ == "for" and tok.lemma_.lower() in _FOR_TARGET:
                targets += self._acted_upon(c)[:2]  # "an arrest warrant for X"
            if c.dep_ == "prep" and (c.lower_ in ("on", "against", "targeting") or (c.lower_ in ("of", "into") and ev.type == "cyberattack")):
                # ("hacked into the committee's computers": the body broken into)
                (targets if ev.type in _TARGET_TYPES else parts).extend(self._actors_in(c, clauses=False))
            if c.dep_ == "prep" and c.lower_ in ("into", "from") and ev.type == "cyberattack":
                targets += self._entered(c)  # ("stole emails from the account of X": its owner)
            if c.dep_ == "prep" and of_target:
                # "the killing of the journalist", "the expulsion of 20 diplomats"; a 'by' the
                # parser hung inside names who did it ("of 20 diplomats by Norway"); "the
                # publication of the party's emails": whose papers were made public, as the
                # object of "published the party's emails" is
                doers = [k for p in c.subtree if p.dep_ == "prep" and p.lower_ == "by" for k in self._actors_in(p)]
                if not _disputed(tok):
                    parts += doers
                held = self._actors_in(c, clauses=False) or (
                    [k for o in c.children if o.dep_ == "pobj" for k in self._acted_upon(o)] if attack else []
                )
                if _looked_into(tok, c, ev.lemma):
                    held = self._looked_into_actors(c)  # ("of Democratic candidate X": X, not the party)
                targets += [k for k in held if k not in doers][:3]
            if c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                # "India-China talks": each name of a hyphened compound
                named = [c] + [t for t in c.subtree if t != c and t.dep_ == "compound" and t.ent_type_ in ("GPE", "NORP")]
                for t in named:
                    k = self.table.at(t.idx, t.idx + len(t.text)) or (
                        self.table.country_key(t.text) if t.ent_type_ == "NORP" else None
                    )
                    if k is None:
                        continue
                    if not self.table.clusters[k].mentions:
                        self.table.mention(k, t.idx, t.idx + len(t.text))  # "a Russian air strike": named only so
                    entry = self.table.gaz.lookup(t.text) if t.ent_type_ == "GPE" and t.dep_ == "compound" else None
                    if entry is not None and entry.type == "country" and t.text != entry.name and t.text in entry.metonyms:
                        ev.location = ev.location or t.text  # "the Vienna session", "the Geneva talks": a place
                        continue
                    if attack and c.dep_ != "poss" and (
                        t.ent_type_ == "NORP" or self.table.clusters[k].type == "group"
                        or ev.type == "armed_attack" and self.table.clusters[k].type == "country"
                    ):
                        # "the Houthi attack", "a Russian strike": who attacked, not the target
                        if not _disputed(tok):
                            parts.append(k)
                        continue
                    if held_genitive and (c.dep_ == "poss" or self.table.clusters[k].type == "person"):
                        targets.append(k)  # "X's arrest", "the Y poisoning": the one held or killed
                        continue
                    (targets if attack and c.dep_ != "poss" else parts).append(k)
            if c.dep_ == "poss" and not c.ent_type_ and c.lower_ not in _OWNER_PRONOUNS and tok.pos_ == "NOUN" and any(
                a.dep_ == "amod" and a.ent_type_ == "NORP" for a in c.children
            ) and not (attack and _disputed(tok)):
                # "the Canadian government's expulsion of ...": the state its demonym names
                (targets if held_genitive else parts).extend(self._actors_in_phrase(c)[:1])
            if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS and tok.pos_ == "NOUN":
                # "Peru and Chile said their talks had failed", "the group said its attack
                # killed 30": the owner the clause's subject names; "his arrest": the one held
                owners = self._pronoun_owner(c)
                if ev.lemma in _OF_TARGET:
                    targets += owners
                elif not (attack and _disputed(tok)):
                    parts += owners
            if c.dep_ in ("relcl", "acl") and c.lemma_ in _ATTACK_VERBS:
                for o in c.children:
                    if o.dep_ == "dobj":
                        targets += self._actors_in(o)[:1]
            if c.dep_ == "relcl" and tok.pos_ != "VERB" and (
                c.lemma_.lower() in _REALISING or ev.type == "agreement" and c.lemma_.lower() in _AGREE_VERBS
            ):
                # an object relative clause: "the sanctions it imposed on X", "the test that Y
                # conducted", "the accord that X and Y reached": its subject did the event, its
                # 'on' phrase is acted upon
                subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ not in ("which", "who", "that") and not (attack and _disputed(tok)):
                    parts += self._actors_in_phrase(subj)[:2]
                    if ev.type in _TARGET_TYPES:
                        targets += [k for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                                    for o in p.children if o.dep_ == "pobj" for k in self._acted_upon(o)[:3]]
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if ev.type == "cyberattack" and tok.dep_ == "dobj" and nxt is not None and nxt.lower_ == "into" and nxt.head == tok.head:
            targets += self._entered(nxt)  # "examining an intrusion into ...": the parser hangs it on the verb
        if tok.dep_ == "dobj":
            # "opened a probe into X": the same, the inquiry's 'into' hung on the verb
            for p in tok.head.children:
                if p.dep_ == "prep" and p.i > tok.i and p.lower_ == "into" and _looked_into(tok, p, ev.lemma):
                    targets += self._looked_into_actors(p)[:3]
        if ev.type == "agreement":
            for c in tok.children:
                if c.dep_ == "acl":  # "the ceasefire agreed ... with the mediation of Russia"
                    parts += self._actors_in(c)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _AGREE_VERBS:
                # the same, parsed with the ceasefire as the subject of "agreed"
                for c in tok.head.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "between", "by"):
                        parts += self._actors_in(c)
        if tok.pos_ == "VERB" and tok.lemma_ == "appeal":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    parts += self._actors_in(c)[:1]
        # (or on the name set beside the trigger: 'the exercise "Sea Guard" conducted by the navy')
        named = [a for n in tok.children if n.dep_ == "appos" for a in n.children if a.dep_ == "acl"]
        for c in [*tok.children, *named]:
            if c.dep_ == "acl" and c.lemma_ in _MEDIATING and not (ev.type in ("cyberattack", "armed_attack") and _disputed(tok)):
                for a in c.children:
                    if a.dep_ == "agent":
                        parts += self._actors_in(a)
        if attack and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            # "A cyberattack knocked dozens of Ukrainian government websites offline"
            for o in tok.head.children:
                if o.dep_ == "dobj":
                    targets += self._acted_upon(o)[:3]
        if tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            shared_passive = subj is None and tok.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in tok.children) and (
                any(c.dep_ == "auxpass" for c in tok.children) or _bare_passive_conjunct(tok)
            )
            if shared_passive and (attack or ev.type in ("other", "sanction")):
                # "X was arrested in 2019 and has been sentenced", "he was on parole ... and
                # has been sentenced": a passive conjunct's shared subject is the one acted upon
                shared = _shared_subject(tok)
                if shared is not None:
                    targets += self._acted_upon(shared)[:3]
            if subj is None and tok.dep_ == "conj" and not shared_passive:
                subj = _direct_subject(tok)  # "intercepted a flotilla and detained its crew"
            if subj is None and tok.dep_ == "conj" and tok.tag_ == "VBD" and not any(c.dep_ == "auxpass" for c in tok.children) and any(
                c.dep_ in ("dobj", "acomp", "prt", "ccomp", "xcomp") for c in tok.children
            ):
                # "X was extradited in 2014 and pleaded guilty in May": the active conjunct's
                # doer is the passive subject of the verb it follows (a complement shows it
                # active: not "was charged in 2014 and extradited this year", a shared passive)
                subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
            if subj is None and tok.dep_ == "pcomp" and tok.head.lower_ == "by":
                subj = _direct_subject(tok.head.head)  # "Moscow retaliated by expelling"
            if subj is None and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in _GERUND_TIME_PREPS:
                # "After meeting with X on Tuesday, Y said ...", "In remarks after meeting X, Y
                # repeated ...": the main clause's subject met
                main = tok.head.head
                if main.pos_ == "NOUN" and main.dep_ == "pobj" and main.head.dep_ == "prep":
                    main = main.head.head
                subj = subject_of(main) if main.pos_ == "VERB" else None
            if subj is None and tok.dep_ == "xcomp":
                # "Swaraj is due to meet Wang Yi", "the minister is set to sign"
                up = tok.head if tok.head.dep_ != "acomp" else tok.head.head
                subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in ("which", "who", "that"):
                rel = tok
                while rel.dep_ == "conj" and rel.head != rel:
                    rel = rel.head
                if rel.dep_ == "relcl":
                    subj = _who_antecedent(rel)  # "X, which has tested a bomb and launched a rocket": X did
            if subj is not None and subj.lower_ in ("two", "both", "they", "leaders", "sides") and tok.dep_ in ("advcl", "relcl", "conj"):
                # "what X told Y when the two met": the two are the head clause's people
                for c in tok.head.children:
                    if c.dep_ in ("nsubj", "dobj", "dative", "pobj"):
                        parts += self._actors_in_phrase(c)
            elif subj is not None and (not attack or not _disputed(tok)):
                parts += self._actors_in_phrase(subj)[:2]
            elif subj is None and tok.dep_ == "advcl" and not attack:
                # "Speaking at the White House on Monday, President Joe Biden said ..."
                head_subj = subject_of(tok.head)
                if head_subj is not None:
                    parts += self._actors_in_phrase(head_subj)
            if tok.lemma_ == "tell":
                for c in tok.children:
                    if c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG":
                        parts += self._actors_in_phrase(c)
                    elif c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _MEDIA and ev.type == "interview":
                        # "told El Tiempo newspaper", "told the Kathimerini daily": the outlet
                        # the name before the media noun names
                        parts += [k for k in self._actors_in(c, clauses=False) if self.table.clusters[k].type == "organization"][:1]
            if ev.type == "meeting":
                parts += self._addressees(tok)
            if tok.lemma_.lower() in _TESTIFY_VERBS and ev.lemma == "hearing":
                for c in tok.children:  # "testified before the committee": the committee sat too
                    if c.dep_ == "prep" and c.lower_ in ("before", "to"):
                        parts += self._people_or_all(c) or [
                            k for o in c.children if o.dep_ == "pobj" for k in [self._legislative_body(o)] if k
                        ]
            if tok.lemma_ in _WITH_PARTNER:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "with"):
                        parts += self._people_or_all(c)
                    if c.dep_ == "dobj" and ev.type == "meeting":  # "discussed the package with X"
                        parts += [k for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for k in self._people_or_all(p)]
            if tok.lemma_ in _PARTNER_OBJECT:
                for c in tok.children:
                    if c.dep_ == "dobj":
                        # "met Foreign Minister X and Y": the people; not a place the object
                        # is told in ("briefed the heads of missions accredited in Armenia")
                        placed = {k for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at") for k in self._actors_in(p)}
                        parts += [k for k in self._people_or_all(c)[:4] if k not in placed]
            if attack or ev.type in ("other", "sanction"):
                targets += self._passive_antecedent(tok)
                for c in tok.children:
                    if c.dep_ == "dobj" and not (tok.lemma_ == "fire" and c.lemma_.lower() in _FIRED):
                        targets += self._acted_upon(c)[:3]
                    if c.dep_ == "nsubjpass":
                        targets += self._acted_upon(c)[:3]  # "the journalist was detained", "Y was struck by X"
                        if tok.lemma_.lower() in _SUMMONING:
                            # "the ambassador was summoned to the foreign ministry": who summoned
                            parts += [k for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for k in self._actors_in(p, clauses=False)][:1]
                    if c.dep_ == "agent" and (not attack or not _disputed(tok)):
                        # (not the places or descriptions beside the agent: 'by X, a Lima-based group')
                        titled = self._titled_agent(c)
                        parts += titled if titled is not None else self._actors_in(c, clauses=False)[:2]
                    if c.dep_ == "prep" and c.lower_ == "at" and attack:
                        targets += self._actors_in(c)[:3]  # "fired mortars at Indian posts"
        else:
            gov = _governing_verb(tok)
            if gov is not None and gov.lemma_.lower() in _UNDERGO and tok.dep_ == "dobj":
                subj = subject_of(gov)  # "the president survived a coup attempt": its target
                if subj is not None:
                    targets += self._acted_upon(subj)[:2]
                gov = None
            if gov is not None and attack and _object_like(tok) and gov.lemma_ in _REALISING and not _disputed(tok):
                subj = _direct_subject(gov)  # "Russia launched a missile strike on Kyiv"
                if subj is not None:
                    parts += self._actors_in_phrase(subj)
            if gov is not None and tok.dep_ == "nsubjpass" and tok.head == gov and gov.lemma_ in _REALISING and gov.lemma_ not in _SEQUENCE_VERBS and not (attack and _disputed(tok)):
                # "the attack was carried out by X", "the exercise was conducted by the navy": the agent
                for a in gov.children:
                    if a.dep_ == "agent":
                        titled = self._titled_agent(a)
                        parts += titled if titled is not None else self._actors_in(a, clauses=False)[:2]
            temporal = tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "since", "following", "until", "ahead", "prior")
            temporal = temporal or _backref(tok)
            if (
                temporal and ev.type == "meeting" and tok.head.lower_ in ("after", "following") and gov is not None
                and gov.dep_ == "advcl" and gov.tag_ == "VBG" and gov.lemma_.lower() in _ON_AIR_VERBS and gov.head.pos_ == "VERB"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)
            ):
                # "Speaking after a cabinet meeting on Tuesday, Minister X said ...": X sat in it
                head_subj = subject_of(gov.head)
                if head_subj is not None:
                    parts += self._actors_in_phrase(head_subj)[:1]
            if gov is not None and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head == gov and (
                gov.lemma_.lower() in _UNDER_VERBS and (attack or ev.type in ("other", "sanction"))
            ):
                # "X, who is under criminal investigation", "the convoy came under attack":
                # the one the state holds is acted upon
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and gov.dep_ == "conj":
                    subj = _shared_subject(gov)  # "X made threats and had been under investigation"
                if subj is not None and subj.lower_ in ("who", "which", "that") and gov.dep_ == "relcl":
                    subj = _who_antecedent(gov)
                if subj is not None and subj.lower_ in ("he", "she"):
                    targets += self._actors_in_phrase(subj)[:1]  # the person the pronoun stands for
                elif subj is not None:
                    targets += self._acted_upon(subj)[:2]
                gov = None
            if gov is not None and ev.type == "armed_attack" and _harmed_in(tok, gov):
                # "X was killed in a police shootout": the one harmed is acted upon; "X and Y
                # killed 14 people in a shooting": who harmed them did it
                subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("who", "that") and gov.dep_ == "relcl":
                    subj = _who_antecedent(gov)
                if subj is not None and (subj.dep_ == "nsubjpass" or not any(c.dep_ == "dobj" for c in gov.children)):
                    targets += self._acted_upon(subj)[:3]
                elif subj is not None and not _disputed(tok):
                    parts += self._actors_in_phrase(subj)[:2]
                gov = None
            if gov is not None and gov.lemma_.lower() in _COMMENT_VERBS and tok.dep_ in ("dobj", "nsubjpass"):
                gov = None  # "Biden praised the meeting", "X condemned the strike": said of it, not in it
            if gov is not None and gov.lemma_.lower() in _DISCUSSING and tok.dep_ in ("dobj", "nsubjpass") and ev.type not in (
                "meeting", "interview", "agreement"
            ):
                gov = None  # "the spokesman addressed the exercise": a topic, not a part in it
            if gov is not None and not attack and not temporal and tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
                subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
                if subj is None and gov.dep_ == "xcomp" and tok.dep_ == "dobj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children):
                    # "the court is due to hold hearings", "X plans to convene talks": the
                    # subject of the verb the object's verb completes
                    up = gov.head if gov.head.dep_ != "acomp" else gov.head.head
                    subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and ev.type == "meeting" and gov.dep_ == "advcl" and gov.tag_ == "VBG" and gov.head.pos_ == "VERB":
                    subj = subject_of(gov.head)  # "Speaking at the summit, X said ...": X took part
                if gov.lemma_ == "be" and tok.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in gov.children):
                    # (a dateline the parser made a second subject is not it)
                    # "When X and Y sat down on Sunday, it was their sixteenth such encounter"
                    when = next((c for c in gov.children if c.dep_ == "advcl" and any(
                        m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)), None)
                    if when is not None:
                        subj = next((c for c in when.children if c.dep_ == "nsubj"), subj)
                if subj is None and gov.dep_ == "conj" and ev.type in ("interview", "meeting") and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during"):
                    subj = _direct_subject(gov)  # "X rejected the report and said at a press conference"
                if subj is not None and trigger_words(subj, "event_nouns"):
                    subj = None  # "the Vienna session followed talks between ...": not a participant
                if subj is not None and subj.lower_ in ("who", "that", "which") and gov.dep_ == "relcl":
                    subj = gov.head  # "Sherman, who led the delegation at Monday's meeting"
                occasion = tok.dep_ == "pobj" and (tok.head.lower_ in ("at", "during") or tok.head.lower_ == "in" and ev.lemma == "debate")
                if subj is not None and (
                    _object_like(tok) or ev.type in ("interview", "meeting") or ev.type == "agreement" and gov.lemma_ in _AGREE_VERBS
                    or occasion and ev.type == "other"  # "Clinton spoke at a rally", "clashed in the debate"
                ):
                    parts += self._actors_in_phrase(subj)  # "the EU adopted a package of sanctions"
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ == "with" and c != tok.head:
                        if tok.lemma_.lower() in _WITH_TARGET:
                            targets += self._actors_in(c)
                        else:
                            parts += self._people_or_all(c)
                if ev.type == "meeting" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head == gov and gov.lemma_.lower() in _SUMMONING:
                    for c in gov.children:  # "the committee summoned X and Y to a hearing": they attend
                        if c.dep_ in ("dobj", "nsubjpass"):
                            parts += self._actors_in_phrase(c)
                if ev.type == "meeting" and occasion:
                    for c in gov.children:
                        if c.dep_ == "dobj" and gov.lemma_.lower() in _REPRESENT_VERBS:
                            parts += self._actors_in_phrase(c)  # "X will represent Kosovo at the talks"
                        if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.lemma_.lower() in _MEDIATING:
                            # "X will attend the meeting in Brussels, facilitated by the EU"
                            parts += [k for a in c.children if a.dep_ == "agent" for k in self._actors_in(a)]
            if gov is not None and not temporal and ev.type in _TARGET_TYPES and _object_like(tok) and gov.pos_ == "VERB":
                # "imposed sanctions on Russian banks", "launched a wave of strikes on X": the
                # 'on' / 'against' phrase of the verb (or of the noun the trigger completes)
                for c in [*gov.children, *(tok.head.head.children if tok.dep_ == "pobj" else ())]:
                    if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                        targets += [k for o in c.children if o.dep_ == "pobj" for k in self._acted_upon(o)[:3]]
            if not parts and ev.type == "meeting" and gov is not None:
                # "negotiations were held ... between the delegations of Russia and the US"
                for t in gov.subtree:
                    if t.lower_ == "between" and t.dep_ == "prep":
                        parts += self._actors_in(t)
            elif not parts and attack and gov is not None and tok.dep_ == "nsubj" and tok.head == gov:
                # "fighting resumed between A and B", "clashes broke out between A's and B's
                # troops": the verb's 'between' phrase names the sides of the fighting
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        parts += [k for o in c.children if o.dep_ == "pobj" for k in self._actors_in_phrase(o)] or self._people_or_all(c)
            if gov is not None and ev.type == "other" and tok.dep_ == "dobj":
                subj = subject_of(gov)
                if subj is not None and subj.lower_ in ("which", "who", "that") and gov.dep_ == "relcl":
                    subj = gov.head  # "the prosecutor's office, which opened an investigation"
                if subj is not None:
                    parts += self._actors_in_phrase(subj)
        parts += self._speakers_at(tok, ev)
        parts += self._led_by(tok)
        parts += self._conjoined_agents(tok, ev)
        parts += self._election_parts(tok, ev)
        parts += self._controller_subject(tok, ev)
        parts = [self._generic_force(k) for k in parts]
        targets = [self._generic_force(k) for k in targets]
        ev.participants = _unique(parts + self._named_members(parts))
        ev.targets = _unique(k for k in targets if k not in ev.participants)

    def _titled_agent(self, agent: Token) -> list[str] | None:
        """'was sentenced on Thursday by a U.S. district judge in Alexandria ... U.S. District
        Judge X said': an agent told only by a title (no name in the phrase) is the person
        who holds that title in the article (read like 'the judge'), not the country its
        modifier names; None when the phrase is no bare title."""
        obj = next((o for o in agent.children if o.dep_ == "pobj"), None)
        if obj is None or self.resolver is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in TITLE_HEADS:
            return None
        if any(t.ent_type_ == "PERSON" for t in obj.subtree) or obj.conjuncts:
            return None
        k = self.resolver.description(obj.doc[obj.left_edge.i : obj.i + 1], obj.idx)
        if k is None or self.table.clusters[k].type != "person":
            return None
        return [k]

    def _speakers_at(self, tok: Token, ev: RawEvent) -> list[str]:
        """'the meeting's opening remarks by X and Y', 'in his speech at the summit', 'X's
        address to the conference': who speaks at a meeting (event_speech_nouns) takes part."""
        if ev.type != "meeting" or tok.pos_ == "VERB":
            return []
        speech = None
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in _SPEECH_NOUNS:
            speech = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "to", "before") and tok.head.head.lemma_.lower() in _SPEECH_NOUNS:
            speech = tok.head.head
        if speech is None:
            return []
        found = []
        for c in speech.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                found += self._people_or_all(c)
            elif c.dep_ == "poss" and c != tok and c.pos_ != "PRON":
                found += self._actors_in_phrase(c)[:1]  # (a named speaker: "his" is read elsewhere)
        return found

    def _passive_antecedent(self, verb: Token) -> list[str]:
        """'X, who was nominated by Y in 2011 and confirmed by Z', 'X, who was arrested in
        March': the passive subject of a relative clause is its pronoun; the one acted upon
        is the name the clause hangs on (a conjunct with no subject of its own shares it)."""
        v = verb
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and v.dep_ == "conj" and (
            v.tag_ == "VBN" or any(c.dep_ == "agent" for c in v.children)  # (the tagger may read "confirmed by" as past)
        ):
            v = v.head  # "nominated by Y and confirmed by Z": one passive subject for both
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ not in ("who", "that", "which"):
            return []
        if v is not verb and not any(c.dep_ == "auxpass" for c in v.children):
            return []
        while v.dep_ == "conj" and v.head != v:
            v = v.head
        if v.dep_ != "relcl":
            return []
        # the name itself, or the person set beside it; not a country the phrase names
        # beside private people ("two citizens of X who were detained")
        head = v.head
        k = self._at(head)
        if k is None:
            k = next((self._at(a) for a in head.children if a.dep_ == "appos" and a.i < v.i), None)
            k = k if k is not None and self.table.clusters[k].type == "person" else None
        return [k] if k is not None else []

    def _named_pair(self, noun: Token) -> list[str]:
        """'both sides', 'the two armed groups', 'the two countries': the two bodies or
        countries last named together before ('clashes between A and B', 'A and B blamed
        each other'), in the noun's sentence or up to five sentences before it."""
        sents = [noun.sent]
        while len(sents) < 6 and sents[-1].start > 0:
            sents.append(self.doc[sents[-1].start - 1].sent)
        self._pairing = True
        try:
            for sent in sents:
                for t in reversed(list(sent)):
                    if t.i >= noun.i or not t.conjuncts or t.dep_ == "conj" or _pair_noun(t):
                        continue
                    keys = self._actors_in_phrase(t)
                    if len(keys) == 2 and all(self.table.clusters[k].type != "person" for k in keys):
                        return keys
            return []
        finally:
            self._pairing = False

    def _pronoun_owner(self, poss: Token) -> list[str]:
        """The actor a possessive pronoun before a trigger stands for: the named subject of
        the clause it is told in, or of the clause that reports it, of the right kind (a
        person for 'his' / 'her', a body for 'its', two or more for 'their'), before it or
        after it ('During his visit to Lima, X said'); none when the
        subject is itself a pronoun or another actor of that kind is named in between
        ('Y, calling out X on the substance of her attack')."""
        want = _OWNER_PRONOUNS[poss.lower_]
        verb, hops = poss.head, 0
        while verb is not None and hops < 4:
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return []
            subj = subject_of(verb)
            if subj is not None and poss.i not in {t.i for t in subj.subtree}:
                if subj.pos_ == "PRON":
                    return []
                keys = [k for k in self._actors_in_phrase(subj) if k in self.table.clusters]
                if want == "plural":
                    return keys if len(keys) >= 2 else []
                keys = [k for k in keys if (self.table.clusters[k].type == "person") == (want == "person")][:1]
                if subj.i < poss.i:
                    between = self.table.mentions_in(subj.right_edge.idx + len(subj.right_edge.text), poss.idx)
                else:  # "During his visit to Lima, X said": the subject after the pronoun
                    between = self.table.mentions_in(poss.idx + len(poss.text), subj.left_edge.idx)
                if any(k not in keys and (self.table.clusters[k].type == "person") == (want == "person") for _, _, k in between):
                    return []
                return keys
            verb, hops = (verb.head if verb.head != verb else None), hops + 1
        return []

    def _between_rest(self, tok: Token, prep: Token) -> list[str]:
        """'The war between federal forces, backed by troops from Eritrea, and Tigrayan forces
        erupted ...': a 'between' phrase of a subject that the parse cut after its first side
        (the rest hung on the noun or the verb) runs up to the verb; its actors are the sides."""
        if prep.lower_ != "between" or tok.dep_ != "nsubj" or any(
            g.dep_ == "conj" for o in prep.children for g in o.children
        ):
            return []
        verb = tok.head
        if verb.i <= prep.i or verb.pos_ not in ("VERB", "AUX"):
            return []
        keys: list[str] = []
        for t in self.doc[prep.i + 1 : verb.i]:
            k = self._at(t)
            if k is None and t.ent_type_ == "NORP":
                k = self._state_actor(t) or self._demonym_country(t)
            if k is not None and k not in keys:
                keys.append(k)
        return keys[1:] if len(keys) > 1 else []

    def _entered(self, into: Token) -> list[str]:
        """'an intrusion into the network of X', 'broke into X's email server': the owners
        of the computer system or account entered (event_cyber_systems, event_cyber_accounts)."""
        keys = []
        for o in into.children:
            if o.dep_ != "pobj" or o.lemma_.lower() not in _BROKEN_INTO:
                continue
            named = self._actors_in(o)
            owner = next((c for c in o.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if not named and owner is not None and self.resolver is not None:
                k = self.resolver.token(owner)  # "the office said intruders got into its server"
                named = [k] if k else []
            keys += named
        return keys[:2]

    def _addressees(self, verb: Token) -> list[str]:
        """'Kovac told Chancellor Lind by telephone that ...', 'urged the prime minister in a
        call': the person a call's verb addresses takes part in the call."""
        keys = []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and c.i > verb.i and c.ent_type_ == "PERSON":
                keys += [k for k in self._actors_in_phrase(c) if self.table.clusters[k].type == "person"][:2]
        return keys

    def _national_title(self, subj: Token) -> str | None:
        """'the Belarusian leader', 'the Turkish president': the person named before who
        holds that title of that country."""
        if subj.tag_ != "NN" or subj.lemma_.lower() not in TITLE_HEADS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            return None
        norp = next((c for c in subj.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")), None)
        country = self.table.country_key(norp.text) if norp is not None else None
        if country is None:
            return None
        head = subj.lemma_.lower()

        def fits(title: str) -> bool:
            t = title.lower()
            return head in t.split() or head == "leader" and t in _LEADER_TITLES

        return self.table.last_holder(country, subj.idx, fits)

    def _owner_of_body(self, t: Token, k: str) -> bool:
        """'Sudan's army', 'Russia's defence ministry': a country whose possessive is part of
        a body the table knows (the body's name holds it, or the body is that country's);
        'the Peru Accountability Monitor': a country's name that is a word of the body's name."""
        if t.dep_ not in ("poss", "compound") or self.table.clusters[k].type != "country":
            return False
        body = self._at(t.head)
        if body is None or body == k or self.table.clusters[body].type not in ("organization", "group"):
            return False
        c = self.table.clusters[body]
        if t.dep_ == "compound":
            return t.text in c.name.split()
        return c.country == k or t.text in c.name

    def _asides(self, tok: Token) -> set[int]:
        """The tokens of a phrase's relative clauses, and of the descriptions it sets beside
        the name of a body ('Kessler & Lamb, a Washington lobbying firm'); not those beside a
        person ('X, the U.S. ambassador': the state he speaks for), nor a description the
        parser ran on into the next name ('X, deputy head of Y, and Z')."""
        out = set()
        for t in tok.subtree:
            if t.dep_ == "appos":
                named = self._at(t.head)
                if named is None or self.table.clusters[named].type == "person" or any(x.dep_ == "conj" for x in t.subtree):
                    continue
            if t.dep_ in ("relcl", "appos"):
                out |= {x.i for x in t.subtree}
        return out

    def _looked_into_actors(self, prep: Token) -> list[str]:
        """Whom an inquiry's 'into' / 'of' phrase looks into: its people if it names any, as
        of the object of an arrest ('of Democratic candidate X' is X, not the party named in
        the title)."""
        return [k for o in prep.children if o.dep_ == "pobj" for k in self._acted_upon(o)]

    def _acted_upon(self, tok: Token) -> list[str]:
        """The actors a phrase names as acted upon: its people if it names any ('dismissed
        General X, deputy head of the Y'), else its bodies and countries, but neither the
        places in it ('a regime in Moscow') nor a nationality ('18 Saudi nationals')."""
        places = {t.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS for t in p.subtree}
        for t in tok.subtree:
            # "the Ambassador of X in Tallinn, Igor Petrov,": a person set beside a place is
            # the title's holder the parser hung there, not a place
            if t.dep_ == "appos" and t.i in places and t.head.ent_type_ in ("GPE", "LOC") and t.ent_type_ == "PERSON":
                places -= {x.i for x in t.subtree}
        places |= self._asides(tok)  # "..., which was run by X", "X & Co, a Washington firm"
        # "firms accused of supplying Iran": whom they are accused of helping is not acted upon
        places |= _accused_clauses(tok)
        places |= _beside_object(tok)
        for t in tok.subtree:
            # "the computer of Chairman X's predecessor, Y": the person set beside the noun is
            # the one acted upon, not the person whose predecessor (wife, son) Y is
            if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.pos_ == "NOUN":
                places |= {x.i for c in t.head.children if c.dep_ == "poss" for x in c.subtree}
        keys = []
        for t in tok.subtree:
            if t.i in places:
                continue
            if t.ent_type_ in ("NORP", "GPE") and t.dep_ == "amod" and t.head.lemma_.lower() in _SETTLEMENTS and t.head.i not in places and not _people_of_place(t.head):
                k = self._demonym_country(t)  # "shelled Armenian villages": the country attacked
                if k is not None and self.table.at(t.idx, t.idx + len(t.text)) is None:
                    if not self.table.clusters[k].mentions:
                        self.table.mention(k, t.idx, t.idx + len(t.text))
                    if k not in keys:
                        keys.append(k)
                    continue
            if t.ent_type_ == "GPE" and t.dep_ in ("amod", "compound") and self.table.at(t.idx, t.idx + len(t.text)) is None:
                k = self._state_actor(t)  # "rammed a Ukrainian tug" (a demonym the tagger took for a place)
                if k is not None and k not in keys:
                    keys.append(k)
                continue
            if t.ent_type_ == "NORP":
                k = self._state_actor(t)  # "expelled 23 Russian diplomats"
                if k is None:
                    k = self.table.at(t.idx, t.idx + len(t.text))  # "Jaish fighters": the group's
                    if k is not None and self.table.clusters[k].type not in ("group", "organization"):
                        k = None  # "18 Saudi nationals": no state acted upon
                if k is not None and k not in keys:
                    keys.append(k)
                continue
            k = self._at(t)
            if k is not None and k not in keys and not self._owner_of_body(t, k):
                keys.append(k)
        if not keys and tok.lower_ in _PERSON_PRONOUNS and self.resolver is not None:
            k = self.resolver.token(tok)
            keys = [k] if k else []
        if not keys and self.resolver is not None and _definite_description(tok) and (
            tok.lemma_.lower() in TITLE_HEADS or tok.lower_ in GROUP_NOUNS or tok.lemma_.lower() in GROUP_NOUNS
        ):
            # "Police detained the minister", "the army attacked the group": the title or
            # the group named before, as a speaker so described would be
            k = self.resolver.token(tok)
            keys = [k] if k else []
        people = [k for k in keys if self.table.clusters[k].type == "person"]
        return people or keys

    def _conjoined_agents(self, tok: Token, ev: RawEvent) -> list[str]:
        """'The accord was signed by X for the government, and by Y for the movement': the
        second 'by' hangs on the verb as a conjunct of the first; its signatory takes part
        too (the bodies they sign for come in through their own 'for' phrase)."""
        verb = tok if tok.pos_ == "VERB" else None
        if verb is None and ev.type == "agreement" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _AGREE_VERBS:
            verb = tok.head
        if verb is None or not any(c.dep_ == "agent" for c in verb.children):
            return []
        if ev.type in ("cyberattack", "armed_attack") and _disputed(tok):
            return []
        found = []
        for c in verb.children:
            if c.dep_ == "conj" and c.lower_ == "by":
                found += self._actors_in(c)
            if c.dep_ == "prep" and c.lower_ == "for" and ev.type == "agreement":
                # "signed by X for the government": the side signed for
                found += self._actors_in(c)
            if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "for"):
                for cj in c.conjuncts:  # "... for the government, and by Y for the front"
                    if cj.lower_ == "by":
                        found += self._actors_in(cj)
        return found

    def _controller_subject(self, tok: Token, ev: RawEvent) -> list[str]:
        """'He intended to raise the issue with X at a summit', 'she plans to meet X at the
        talks': the verb holding the meeting has no subject of its own; the subject of the
        verb it completes ('intended', 'plans') is the one who will be there."""
        if ev.type not in ("meeting", "interview") or tok.pos_ == "VERB" or tok.dep_ != "pobj":
            return []
        if tok.head.lower_ not in ("at", "during", "on"):
            return []
        gov = _governing_verb(tok)
        if gov is None or gov.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            return []
        subj = next((c for c in gov.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        return self._actors_in_phrase(subj)[:2]

    def _election_parts(self, tok: Token, ev: RawEvent) -> list[str]:
        """Who takes part in an election: the voters' country and the contenders.
        'Hungarians vote on Sunday in an election that is expected to hand Viktor Orban a
        fifth term': the subject of the voting verb, and the people its relative clause names."""
        if ev.type != "election":
            return []
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() not in _ELECTED:
                return []
            # "Maria Santos was elected in 2012", "X, who was elected in 2010": the one elected
            people = [tok.head if o.lower_ in ("who", "whom") and tok.dep_ == "relcl" else o for o in _patients(tok)]
            return [k for o in people for k in self._actors_in_phrase(o)]
        found = []
        gov = _governing_verb(tok)
        if gov is not None and gov.lemma_.lower() in _ELECTION_VERBS and tok.dep_ in ("pobj", "dobj"):
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                keys = self._actors_in_phrase(subj)
                if not keys and subj.ent_type_ == "NORP":
                    k = self.table.country_key(subj.text)  # "Hungarians vote"
                    if k is not None:
                        if not self.table.clusters[k].mentions:
                            self.table.mention(k, subj.idx, subj.idx + len(subj.text))
                        keys = [k]
                found += keys
        found += self._contenders(tok, gov)
        for c in tok.children:
            if c.dep_ in ("relcl", "acl"):
                for t in c.subtree:
                    k = self.table.at(t.idx, t.idx + len(t.text))
                    if k is not None and self.table.clusters[k].type == "person" and t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "compound", "appos"):
                        found.append(k)
        return found

    def _contenders(self, tok: Token, gov: Token | None) -> list[str]:
        """'X edged out Y in Tuesday's primary', 'After winning the primary, X said',
        'urged X to drop out of the race', 'X's victory in the caucuses': who contends in an
        election the verb of a contest (event_contest_verbs) or an outcome's owner tells."""
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in _CONTEST_RESULTS:
            result = tok.head.head  # "X's victory in the primary"
            owners = [
                k for c in result.children if c.dep_ == "poss"
                for k in (self._pronoun_owner(c) if c.lower_ in _OWNER_PRONOUNS else self._actors_in_phrase(c))
            ]  # ("her defeat in the 2008 primary": the named subject of her clause, not a guess)
            if owners:
                return owners
        if gov is None or tok.dep_ not in ("pobj", "dobj") or gov.lemma_.lower() not in _CONTEST_VERBS:
            return []
        if any(c.dep_ == "nsubj" for c in gov.children) and gov.lemma_.lower() in _ELECTION_VERBS:
            return []  # (told above: the voters' country or the contender)
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if subj is None and gov.dep_ == "xcomp":
            # "urged X to drop out of the race": the one urged; else the subject it completes
            subj = next((c for c in gov.head.children if c.dep_ == "dobj"), None)
        if subj is None:
            subj = subject_of(gov)  # "After winning the primary, X said ...", "X won and Y lost"
        found = self._actors_in_phrase(subj)[:2] if subj is not None and subj.lower_ not in ("who", "which", "that") else []
        if gov.lemma_.lower() in _RIVAL_VERBS:
            found += [k for c in gov.children if c.dep_ == "dobj" and c != tok for k in self._actors_in_phrase(c)[:2]]
        return [k for k in found if self.table.clusters[k].type in ("person", "organization")]

    def _led_by(self, tok: Token) -> list[str]:
        """'the AU-led talks', 'a Qatar-mediated truce', 'the U.S.-brokered ceasefire': the
        actor before the hyphen takes part (it leads, hosts or brokers the event)."""
        found = []
        for c in tok.children:
            if c.dep_ not in ("amod", "compound"):
                continue
            low = c.lower_
            if c.lemma_.lower() in _LED_VERBS:
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "nmod", "advmod") and x.i < c.i:
                        k = self.table.at(x.idx, x.idx + len(x.text))
                        if k is None and x.ent_type_ in ("NORP", "GPE"):
                            k = self.table.country_key(x.text)
                            if k is not None and not self.table.clusters[k].mentions:
                                self.table.mention(k, x.idx, x.idx + len(x.text))
                        if k is not None:
                            found.append(k)
            elif "-" in low and low.rsplit("-", 1)[1] in {f"{w}d" if w.endswith("e") else f"{w}ed" for w in _LED_VERBS} | {"led"}:
                # one token: "U.S.-brokered"
                name = c.text.rsplit("-", 1)[0]
                entry = self.table.gaz.lookup(name)
                k = self.table.for_entry(entry) if entry is not None and entry.type != "person" else self.table.country_key(name)
                if k is not None:
                    if not self.table.clusters[k].mentions:
                        self.table.mention(k, c.idx, c.idx + len(name))
                    found.append(k)
        return found

    def _demonym_country(self, t: Token) -> str | None:
        """The country a demonym token names: of its whole entity ('South Korean'), else of
        the word alone ('Russian' of an entity 'Russian Su-24')."""
        whole = _demonym(t)
        return (self.table.country_key(whole) if whole != t.text else None) or self.table.country_key(t.text)

    def _state_actor(self, norp: Token) -> str | None:
        """The actor a demonym before a noun stands for: 'Pakistani troops', 'Indian posts'
        are the country's military when the article names that body, else the country;
        'Russian diplomats', 'Iranian government websites' the country. Before other nouns
        ('18 Saudi nationals', 'the French port city of Brest') it names no actor here."""
        head = norp
        while head.dep_ in ("amod", "compound") and head.head != head and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head == norp:
            return None
        country = self._demonym_country(norp)
        if country is None:
            return None
        noun = head.lemma_.lower()
        if noun in _MILITARY_NOUNS or noun in _NAVAL_NOUNS or noun in _AIR_NOUNS:
            key = armed_forces_of(self.table, country, noun) or country
        elif noun in _STATE_ASSETS:
            key = country
        else:
            return None  # ("the French port city of Brest": a place, not an actor)
        if not self.table.clusters[key].mentions:
            self.table.mention(key, norp.idx, norp.idx + len(norp.text))  # named only so
        return key

    def _generic_force(self, key: str) -> str:
        """An actor the article names only as a demonym and a word for forces ('Russian
        forces', 'Pakistani troops') is the country's military when the article names that
        body, else the country: the same side, not a body of its own."""
        c = self.table.clusters.get(key)
        if c is None or c.type not in ("organization", "group"):
            return key
        words = c.name.split()
        if len(words) != 2 or not words[1].islower() or words[1].rstrip("s") not in {w.rstrip("s") for w in _MILITARY_NOUNS}:
            return key  # (a proper name, "the Indian Army", is a body of its own)
        country = self.table.country_key(words[0])
        if country is None or country == key:
            return key
        noun = words[1].lower().rstrip("s")
        mil = armed_forces_of(self.table, country, noun)
        if mil == key:
            return key
        key = mil or country
        if not self.table.clusters[key].mentions:
            if c.mentions:
                self.table.mention(key, *c.mentions[0])
        return key

    def _named_members(self, keys: list[str]) -> list[str]:
        """'the Russia-NATO Council' brings Russia and NATO to its meetings."""
        out = []
        for k in keys:
            c = self.table.clusters.get(k)
            if c is None or c.type != "organization" or "-" not in c.name:
                continue
            for part in re.split(r"[-\s]+", c.name):
                entry = self.table.gaz.lookup(part) if part[:1].isupper() and len(part) > 1 else None
                # a country or an acronym ("NATO"), not a generic word ("Council")
                if entry is not None and entry.name != c.name and (entry.type == "country" or part.isupper()):
                    out.append(self.table.for_entry(entry))
        return out

    def _pair(self, subj: Token) -> list[str]:
        """'the two presidents', 'both leaders', 'the two men': the last two people named
        before who hold that title (any two people for 'men')."""
        if subj.tag_ != "NNS" or not any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subj.children):
            return []
        noun = subj.lemma_.lower()
        if noun not in TITLE_HEADS and noun not in _PAIR_PERSON_NOUNS:
            return []
        found = []
        for c in self.table.clusters.values():
            if c.type != "person":
                continue
            before = [st for st, _ in c.mentions if st < subj.idx]
            if not before:
                continue
            titles = [t.lower() for t, _, _ in c.roles]
            if noun == "leader" and not any(t in _LEADER_TITLES or t.split()[-1] in _LEADER_TITLES for t in titles):
                continue
            if noun not in _PAIR_PERSON_NOUNS and not any(noun in t.split() for t in titles):
                continue
            found.append((max(before), c.key))
        found.sort(reverse=True)
        return [k for _, k in found[:2]] if len(found) >= 2 else []

    def _actors_in_phrase(self, subj: Token) -> list[str]:
        pair = self._pair(subj)
        if pair:
            return pair  # "the two presidents had spoken by phone"
        conj = [] if isinstance(subj, _alone) else _conjuncts(subj)
        if conj:  # "NATO and Russia held talks"
            return _unique(k for t in [subj, *conj] for k in self._actors_in_phrase(_alone(t)))
        k = self._at(subj)
        if k is not None:
            return [k]
        for c in subj.children:
            # "Senator X's predecessor, Y, resigned": the person set beside the head noun
            k = self._at(c) if c.dep_ == "appos" else None
            if k is not None and self.table.clusters[k].type == "person":
                return [k]
        k = self._national_title(subj)
        if k is not None:
            return [k]
        if self.resolver is not None and subj.tag_ == "NN" and subj.lemma_.lower() in TITLE_HEADS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children
        ):
            k = self.resolver.token(subj)  # "the Belarusian leader": the person, not the country
            if k is not None:
                return [k]
        if subj.lower_ in ("he", "she", "it", "his", "her"):
            k = self.resolver.token(subj) if self.resolver is not None else None
            return [k] if k else []
        if subj.lower_ in ("they", "their"):
            return self._they(subj)
        if _pair_noun(subj) and not self._pairing:
            pair = self._named_pair(subj)
            if pair:
                return pair  # "both sides signed the accord": each of the two, not the first alone
        keys = self._actors_in(subj)
        people = [k for k in keys if self.table.clusters[k].type == "person"]
        if not people:
            sides = self._demonym_sides(subj) or self._sides_from(subj)
            if sides:
                return sides  # "Russian and Ukrainian negotiators met": both countries
        if not keys and self.resolver is not None and _definite_description(subj):
            # "the organization had suspended its convoys", "the Special Representative met
            # X": a definite description of an actor named before, read as a speaker would be
            k = self.resolver.token(subj)
            return [k] if k else []
        return (people or keys)[:1]  # "India's Foreign Secretary, Vijay Gokhale": the person

    def _they(self, pron: Token) -> list[str]:
        """'Both sides remain bound by the accord they signed', 'A and B met on Monday. They
        signed an accord': 'they' in a clause under another stands for that clause's plural
        subject; as a sentence's own subject, for the plural subject of the sentence before
        (two or more actors named together, or a pair: 'both sides'). Else nothing."""
        def plural(subj: Token | None) -> list[str]:
            if subj is None or subj.lower_ in ("they", "their", "we", "who", "which", "that"):
                return []
            if not (subj.conjuncts or _pair_noun(subj) or subj.tag_ in ("NNS", "NNPS")):
                return []
            keys = self._actors_in_phrase(subj)
            return keys if len(keys) >= 2 else []

        clause = pron.head if pron.dep_ in ("nsubj", "nsubjpass", "poss") else None
        if clause is None:
            return []
        if pron.dep_ == "poss":
            clause = _governing_verb(pron)
            if clause is None:
                return []
        if clause.dep_ in ("relcl", "advcl", "ccomp", "conj", "acl"):
            up = clause.head if clause.dep_ != "relcl" else _governing_verb(clause.head)
            for _ in range(3):  # ("remain bound by the accord they signed": the subject of 'remain')
                if up is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
                    break
                up = up.head if up.dep_ in ("acomp", "xcomp", "conj", "oprd") else None
            if up is None:
                return []
            return plural(next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None))
        if clause.dep_ != "ROOT" or pron.sent.start == 0:
            return []
        before = pron.doc[pron.sent.start - 1].sent
        return plural(next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None))

    def _demonym_sides(self, subj: Token) -> list[str]:
        """'Indian and Chinese commanders', 'Armenian and Azerbaijani diplomats': a common
        noun whose modifier is a list of demonyms (or country names) stands for each of those
        countries (their armed forces for 'troops', 'soldiers', when the article names them)."""
        if subj.pos_ != "NOUN":
            return []
        found = []
        for m in subj.children:
            if m.dep_ not in ("amod", "compound") or m.ent_type_ not in ("NORP", "GPE") or not m.conjuncts:
                continue
            for t in [m, *m.conjuncts]:
                k = self.table.country_key(t.text)  # (the tagger may miss a later demonym)
                if k is None:
                    k = self.table.at(t.idx, t.idx + len(t.text))
                if k is None or self.table.clusters[k].type != "country":
                    continue
                noun = subj.lemma_.lower()
                if noun in _MILITARY_NOUNS or noun in _NAVAL_NOUNS or noun in _AIR_NOUNS:
                    army = armed_forces_of(self.table, k, noun)
                    if army is not None and army != k:
                        self.demonym_states[army] = (k, t.idx, t.idx + len(t.text))
                    k = army or k
                if not self.table.clusters[k].mentions:
                    self.table.mention(k, t.idx, t.idx + len(t.text))
                found.append(k)
        return _unique(found) if len(found) >= 2 else []

    def _sides_from(self, subj: Token) -> list[str]:
        """'Delegations from A and B met', 'negotiators of A and B held talks': a noun for
        those who stand for a side, whose 'from' / 'of' phrase lists the sides, stands for
        each of them (not only the first named)."""
        if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _SIDE_NOUNS:
            return []
        found = []
        for p in subj.children:
            if p.dep_ != "prep" or p.lower_ not in ("from", "of"):
                continue
            for o in p.children:
                if o.dep_ != "pobj" or not o.conjuncts:
                    continue
                for t in [o, *o.conjuncts]:
                    keys = self._actors_in_phrase(_alone(t))
                    found += [k for k in keys if self.table.clusters[k].type != "person"][:1]
        return _unique(found) if len(found) >= 2 else []

    def _serves(self, key: str, keys: list[str]) -> bool:
        """The person ``key`` holds a title of one of ``keys`` (a minister of a country, a
        spokesman of a body)."""
        c = self.table.clusters.get(key)
        return c is not None and c.type == "person" and any(of in keys for _, of, _ in c.roles if of)

    def _merge_or_add(self, tok: Token, ev: RawEvent, weak: bool = False, backref: bool = False) -> None:
        named = _repeated(tok) or _renamed(tok)
        key = self.by_token.get(named.i) if named is not None else None
        old = next((e for e in self.events if e.key == key and e.type == ev.type), None)
        if old is not None:
            # "The talks, the second round this year, ended ...": the happening named again,
            # its ordinal counting it among others, not telling another one; and a lead
            # sentence repeated after its abstract tells the same happenings again
            self._absorb(old, ev)
            self.by_token[tok.i] = old.key
            return
        # "the clashes are the third outbreak of fighting": a happening named by a definite
        # event noun that is no trigger of its own refers back, whatever ordinal counts it
        renames = named is not None and _is_anaphoric(named) and bool(trigger_words(named, "event_nouns"))
        det = {c.lower_ for c in _modifiers(tok)}
        det |= {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ in _NOT_SAME}  # "meet again on Thursday"
        noun = self.hosted_by.get(tok.i)
        if noun is not None:  # a verb takes the determiners of the noun it hosts
            det |= {c.lower_ for c in self.doc[noun].children if c.dep_ in ("det", "amod")}
        sent = tok.sent
        if "such" in det:
            # "struck a camp, the first such raid in decades": the happening its own clause
            # tells, not another one; it joins an event of its sentence, else starts one
            det -= _NOT_SAME
        if renames:
            det -= _NOT_SAME
        ev.distinct = bool(det & _NOT_SAME)
        # "told reporters at the summit on Friday": the summit told before is the scene of
        # the speech; a speaker there it did not name before makes it no other summit
        # (not "at his regular briefing": a possessive names whose it is)
        setting = tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _SETTING_PREPS and _is_anaphoric(tok) and not any(
            c.dep_ == "poss" for c in tok.children
        )
        serves = (lambda k, keys: True) if setting else self._serves
        # "the attack in which a gunman killed two soldiers": the clause says which attack
        identified = _says_which(tok, self.hosted_by)
        place = self._named_town(tok)
        anaphoric = backref or renames or _is_anaphoric(tok) and not identified or "such" in det
        if ev.type == "meeting" and not anaphoric and _bare_plural(tok) and tok.lemma_.lower() in _COUNT_MEETING_NOUNS and ev.participants:
            ev.several = ev.distinct = True  # "held private meetings with A, B and C": several, told at once
        if not ev.several and not det & _NOT_SAME:
            fits = [
                (n, old)
                for n, old in enumerate(self.events)
                if old.type == ev.type and (_dates_agree(old, ev) or _own_day_before(ev, old))
                and not (old.name and ev.name and old.name != ev.name)  # two conventions told
                and ("such" not in det or any(sent.start_char <= s < sent.end_char for s, _ in old.triggers))
                and not (old.several and not anaphoric)
                and not self._elsewhere(place, old)
                and _same_event(old, ev, det, anaphoric, serves, identified)
            ]
            if not fits and ev.begin is None and tok.pos_ == "NOUN" and _is_anaphoric(tok) and not any(
                c.dep_ == "prep" and c.lower_ in _SIDES_PREPS for c in tok.children
            ):
                # "Delegations sat down on Wednesday for a new round of talks ... The talks,
                # hosted by A and B, are ...": an undated definite mention of the one dated
                # happening of its kind told before is that happening, whoever it adds
                # (its hosts, its mediators); not "the talks between C and D"
                same = [
                    (n, old) for n, old in enumerate(self.events)
                    if old.type == ev.type and old.family() & ev.family() and not self._elsewhere(place, old)
                    # "At his regular briefing he said ...": one speaker's briefing is not another's
                    and not (ev.type == "interview" and old.participants and ev.participants and not _shared(old, ev))
                ]
                if len(same) == 1 and same[0][1].begin is not None:
                    fits = same
            if fits:
                # the best-supported candidate: same dated day and same place beat recency
                n, old = max(fits, key=lambda f: (_support(f[1], ev), f[0]))
                shared = _shared(old, ev)
                # an undated back-reference to an attack keeps its actors out of the main event
                undated_ref = ev.type in ("cyberattack", "armed_attack") and ev.begin is None and not shared and not _own_clause(tok)
                if setting and ev.begin is not None:
                    self.scene_days[tok.i] = (ev.begin, ev.end, ev.date_text)
                if undated_ref and not backref and tok.pos_ == "NOUN" and any(sent.start_char <= s < sent.end_char for s, _ in old.triggers):
                    # "rebels overran a base, killing 30 soldiers in one of the deadliest attacks
                    # on the army": a noun in the sentence that tells the happening names it
                    # again and adds to it (a verb there tells another act: 'after X opened fire')
                    undated_ref = False
                self._absorb(old, ev, with_arguments=not (undated_ref or backref))
                self.by_token[tok.i] = old.key
                return
        if weak:
            return
        ev.key = f"e{len(self.events) + 1}"
        self.events.append(ev)
        self.by_token[tok.i] = ev.key

    def _named_town(self, tok: Token) -> str | None:
        """The town an event noun is named by ('the Benghazi attack', 'the Orlando
        massacre'): a place name modifying it that is no country ('the U.S. strike' names
        who struck)."""
        if tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and c.ent_type_ == "GPE" and not any(
                self.table.clusters[k].type == "country" for k in self._actors_in_phrase(c)
            ):
                return _entity_text(c)
        return None

    def _elsewhere(self, town: str | None, old: RawEvent) -> bool:
        """A mention named by its town ('the Benghazi attack'), or told as held in one, is
        not an event named by another town, nor, when none names it, one held in another
        place ('a mall in Denver'), however definite its article. The towns its mentions
        name come first: 'the Orlando attacks' held in 'Florida' is still 'the Orlando
        killings'."""
        if town is None:
            return False
        named = {t.lower() for t in (self._named_town(self.doc[i]) for i in old.token_ids) if t}
        if named:
            return town.lower() not in named
        if old.location is None:
            return False
        a, b = town.lower(), old.location.lower()
        return a not in b and b not in a

    @staticmethod
    def _absorb(old: RawEvent, ev: RawEvent, with_arguments: bool = True) -> None:
        old.triggers += ev.triggers
        if not with_arguments:
            ev = RawEvent(ev.key, ev.type, ev.lemma, [], ev.label, ev.begin, ev.end, ev.date_text, ev.location)
        old.token_ids += ev.token_ids
        if old.begin is None and ev.begin is not None or _own_day_before(ev, old):
            # "blamed each other on Thursday for a clash ... The fighting broke out on the
            # night of March 9-10": the happening's own day beats the day it was told of
            old.begin, old.end, old.date_text = ev.begin, ev.end, ev.date_text
            old.borrowed, old.open_end = ev.borrowed, old.open_end or ev.open_end
        elif _goes_on_to(old, ev) and ev.end is not None and ev.end > (old.end or old.begin):
            old.end = ev.end  # "the talks opened on October 25 ... on Tuesday the negotiations ..."
        old.location = old.location or ev.location
        old.place_target = old.place_target or ev.place_target
        old.participants = _unique(old.participants + ev.participants)
        old.targets = _unique(t for t in old.targets + ev.targets if t not in old.participants)
        if len(ev.label) > len(old.label) and ev.begin is not None:
            old.label = ev.label

    def affected(self) -> None:
        """'The websites of the Cabinet of Ministers, the ministries of ... were unavailable':
        bodies whose systems were hit are targets of the cyberattack reported just before."""
        for sent in self.doc.sents:
            if not any(t.lemma_ in _AFFECTED for t in sent):
                continue
            found = []
            for t in sent:
                if t.lemma_ in _SYSTEMS and t.dep_ in ("nsubj", "nsubjpass"):
                    for c in t.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            found += self._actors_in(c)
                    found += self._conjoined_owners(t)
            if not found:
                continue
            prior = [e for e in self.events if e.type == "cyberattack" and any(s < sent.start_char for s, _ in e.triggers)]
            if prior:
                ev = max(prior, key=lambda e: max(s for s, _ in e.triggers if s < sent.start_char))
                ev.targets = _unique(ev.targets + [k for k in found if k not in ev.participants])

    def hit_by_mentions(self) -> None:
        """Targets told apart from the attack's own clause. 'Companies disrupted by the
        attack (or by its name: "the NotPetya attack" ... "disrupted by NotPetya")
        included A, B and C'; 'X was crippled by the attack'; 'its main targets were
        Ukraine's energy and government sectors' (the attack told just before)."""
        attacks = [e for e in self.events if e.type in ("cyberattack", "armed_attack")]
        if not attacks:
            return
        names: dict[str, RawEvent] = {}
        for ev in attacks:
            for i in ev.token_ids:
                for c in self.doc[i].children:
                    if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP", "PERSON"):
                        names.setdefault(c.text, ev)  # "the WannaCry attack"
        own = {i for ev in attacks for i in ev.token_ids}
        for t in self.doc:
            ev = None
            if t.i in own:
                ev = next(e for e in attacks if t.i in e.token_ids)
            elif t.text in names:
                ev = names[t.text]
            if ev is not None and t.dep_ == "pobj" and t.head.dep_ == "agent":
                verb = t.head.head
                if verb.lemma_.lower() not in _HIT_PARTICIPLES:
                    continue
                found = []
                for c in verb.children:
                    if c.dep_ == "nsubjpass":
                        found += self._named_hit(c)
                if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
                    noun = verb.head
                    if noun.dep_ == "nsubj" and noun.head.lemma_ in ("include", "be"):
                        for o in noun.head.children:  # "companies hit by it included A, B and C"
                            if o.dep_ in ("dobj", "attr"):
                                found += self._named_hit(o)
                ev.targets = _unique(ev.targets + [k for k in found if k not in ev.participants])
            if t.lemma_.lower() in _TARGET_NOUNS and t.dep_ == "nsubj" and t.head.lemma_ in ("be", "include"):
                if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                    continue
                before = [
                    e for e in attacks
                    if any(s < t.idx for s, _ in e.triggers) and t.sent.start - self.doc[min(e.token_ids)].sent.start < 80
                ]
                if not before:
                    continue
                ev = max(before, key=lambda e: max(s for s, _ in e.triggers if s < t.idx))
                found = []
                for o in t.head.children:
                    if o.dep_ in ("dobj", "attr"):
                        found += self._named_hit(o)
                ev.targets = _unique(ev.targets + [k for k in found if k not in ev.participants])

    def delegations(self) -> None:
        """'The talks opened in Doha on Monday. The panel was led by X, alongside Y and Z.
        The Sudanese delegation included General W': the members of the panels and
        delegations of talks just told (within the next few sentences) take part in them."""
        meetings = [e for e in self.events if e.type == "meeting"]
        if not meetings:
            return
        for t in self.doc:
            if t.lemma_.lower() not in _DELEGATION_NOUNS or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = t.head
            if verb.lemma_.lower() not in _DELEGATION_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            before = [e for e in meetings if any(s < t.idx for s, _ in e.triggers)]
            if not before:
                continue
            ev = max(before, key=lambda e: max(s for s, _ in e.triggers if s < t.idx))
            last = max(s for s, _ in ev.triggers if s < t.idx)
            sents = list(self.doc.sents)
            gap = sum(1 for sn in sents if last < sn.start_char <= t.idx)
            if gap > 3 or any(e is not ev and e.type != "meeting" and any(last < s < t.idx for s, _ in e.triggers) for e in self.events):
                continue  # another happening told in between: not that meeting's delegation
            found = []
            for c in verb.children:
                if c.dep_ in ("agent", "dobj"):
                    keys = self._actors_in(c)
                    found += [k for k in keys if self.table.clusters[k].type == "person"]
            for c in t.children:
                if c.dep_ == "amod" and c.ent_type_ == "NORP":
                    k = self.table.country_key(c.text)  # "the Sudanese delegation"
                    if k is not None and self.table.clusters[k].mentions:
                        found.append(k)
            ev.participants = _unique(ev.participants + found)
            ev.targets = [k for k in ev.targets if k not in ev.participants]

    def addressed_meetings(self) -> None:
        """'The Security Council met on Friday. ... X told the council that ...': a person
        who tells or addresses a body whose meeting was told just before (within the next
        two sentences) takes part in that meeting."""
        meetings = [e for e in self.events if e.type == "meeting"]
        if not meetings:
            return
        sents = list(self.doc.sents)
        for t in self.doc:
            if t.pos_ != "VERB" or t.lemma_.lower() not in _ADDRESS_VERBS:
                continue
            objs = [c for c in t.children if c.dep_ in ("dobj", "dative")]
            bodies = [k for c in objs for k in self._actors_in(c) if self.table.clusters[k].type == "organization"]
            # "told the council": the body of a meeting whose name ends in that word
            heads = {c.lower_ for c in objs if c.tag_ == "NN" and any(d.lower_ == "the" for d in c.children)}
            bodies += [
                k for e in meetings for k in e.participants
                if self.table.clusters[k].type == "organization" and self.table.clusters[k].name.split()[-1].lower() in heads
            ]
            if not bodies:
                continue
            before = [
                (max(s for s, _ in e.triggers if s < t.idx), e) for e in meetings
                if any(k in e.participants for k in bodies) and any(s < t.idx for s, _ in e.triggers)
            ]
            if not before:
                continue
            last, ev = max(before, key=lambda p: p[0])
            if sum(1 for sn in sents if last < sn.start_char <= t.idx) > 2:
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            people = [k for k in self._actors_in_phrase(subj) if self.table.clusters[k].type == "person"]
            ev.participants = _unique(ev.participants + people)

    def meeting_states(self) -> None:
        """'When Indian and Chinese military commanders sat down ...': officers who meet
        across a line meet for their states too; the armies read from the demonyms bring
        their countries into a meeting (not into a clash, where the armies fight)."""
        for ev in self.events:
            if ev.type == "meeting":
                for k in [k for k in ev.participants if k in self.demonym_states]:
                    state, start, end = self.demonym_states[k]
                    if not self.table.clusters[state].mentions:
                        self.table.mention(state, start, end)
                    ev.participants = _unique(ev.participants + [state])

    def envoys_at_meetings(self) -> None:
        """'At an emergency meeting of the Security Council on Monday, X blamed ... [next
        paragraph] Y, Russia's deputy ambassador, insisted ... Z, Ukraine's envoy, noted ...':
        an ambassador or envoy who speaks in the paragraph of a body's meeting or the next
        one, within three sentences of narrative (no new happening told in between), speaks
        at it: the envoy and the state of the envoy's title take part."""
        text = self.doc.text
        firsts = sorted(min(s for s, _ in e.triggers) for e in self.events if e.triggers)
        for ev in self.events:
            if ev.type != "meeting" or not any(self.table.clusters[k].type == "organization" for k in ev.participants):
                continue
            last = max(s for s, _ in ev.triggers)
            end = _paragraph_end(text, _paragraph_end(text, last) + 1)
            told = [sn for sn in self.doc.sents if last < sn.start_char < end and _narrative(sn)]
            if len(told) > 3:
                end = told[3].start_char  # three sentences of narrative at most (quotes not counted)
            for verb in self.doc:
                if not last < verb.idx < end or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
                    continue
                if any(last < f < verb.idx for f in firsts):
                    break  # another happening told in between
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                for k in self._actors_in_phrase(subj) if subj is not None else []:
                    cl = self.table.clusters[k]
                    envoy = [of for title, of, _ in cl.roles if set(title.lower().split()) & _ENVOY_TITLES]
                    if cl.type != "person" or not envoy:
                        continue
                    states = [of for of in envoy if of in self.table.clusters and self.table.clusters[of].type == "country"]
                    ev.participants = _unique(ev.participants + [k] + states[:1])

    def split_calls(self) -> None:
        """'X spoke by telephone with A and with B', 'X held separate calls with A and B':
        one call per partner (each is its own happening), the caller in each."""
        out: list[RawEvent] = []
        for ev in self.events:
            out.append(ev)
            if ev.type != "meeting" or len(ev.token_ids) != 1:
                continue
            tok = self.doc[ev.token_ids[0]]
            if tok.lemma_.lower() not in _CALL_LEMMAS:
                continue
            groups = self._call_partners(tok)
            if len(groups) < 2:
                continue
            partners = {k for _, g in groups for k in g}
            caller = [k for k in ev.participants if k not in partners]
            if not caller:
                continue
            ev.participants = caller + groups[0][1]
            for n, (t, g) in enumerate(groups[1:], 2):
                # (its own mention, the partner's name: each event is told at its own place)
                twin = RawEvent(
                    f"{ev.key}.{n}", ev.type, ev.lemma, [(t.idx, t.idx + len(t.text))], ev.label,
                    ev.begin, ev.end, ev.date_text, ev.location, caller + g, [], [t.i], distinct=True,
                )
                out.append(twin)
        self.events[:] = out

    def _call_partners(self, tok: Token) -> list[tuple[Token, list[str]]]:
        """The partners of a call trigger, one (name token, actors) per separate call: each
        'with' phrase of 'with A and with B', or each name of 'with A and B' when the call
        is said to be separate; [] when it is one call."""
        withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
        if len(withs) != 1:
            return []
        w = withs[0]
        separate = any(c.lower_ in _SEPARATE for c in tok.children if c.dep_ in ("amod", "advmod"))
        if not separate and tok.dep_ in ("dobj", "pobj"):
            separate = any(c.lower_ in _SEPARATE for c in tok.head.children if c.dep_ == "advmod")
        preps = [w, *(c for c in w.conjuncts if c.lower_ == "with")]
        if len(preps) >= 2:
            objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
            groups = [(o, self._actors_in_phrase(o)) for o in objs]
        elif separate:
            obj = next((c for c in w.children if c.dep_ == "pobj"), None)
            if obj is None:
                return []
            groups = [(t, self._actors_in_phrase(_alone(t))) for t in [obj, *_conjuncts(obj)]]
        else:
            return []
        groups = [(t, g) for t, g in groups if g]
        flat = [k for _, g in groups for k in g]
        return groups if len(groups) >= 2 and len(flat) == len(set(flat)) else []

    def _named_hit(self, phrase: Token) -> list[str]:
        """The actors a list of victims names: 'the US drug maker Merck and the shipping
        group Maersk' gives the companies (a country before a company's description is
        its nationality, not a victim); "Ukraine's energy sector" gives Ukraine."""
        keys = []
        for t in phrase.subtree:
            k = self.table.at(t.idx, t.idx + len(t.text))
            if k is None and t.dep_ == "poss" and t.lower_ in ("its", "their") and t.head.lemma_.lower() in _BROKEN_INTO:
                # "the commission said its website was knocked offline by the attack"
                k = self.resolver.token(t) if self.resolver is not None else None
            if k is None:
                continue
            c = self.table.clusters[k]
            if c.type == "country" and t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN":
                continue
            if c.type == "country" and t.ent_type_ == "NORP":
                continue
            if k not in keys:
                keys.append(k)
        return keys

    def _conjoined_owners(self, systems: Token) -> list[str]:
        """'The websites of the Cabinet, the ministries of defence and energy, as well as the
        customs service were down': the parser hangs the later bodies on 'websites' as its
        conjuncts; they are owners of systems hit too (a conjunct that is itself a system
        noun, 'and the servers of X', gives the bodies of its 'of')."""
        found: list[str] = []
        for cj in systems.conjuncts:
            if cj.i < systems.i:
                continue
            found += self._actors_in(cj)
        return found

    def event_at(self, start: int, end: int) -> str | None:
        """The event whose trigger lies in [start, end)."""
        for ev in self.events:
            if any(start <= s and e <= end for s, e in ev.triggers):
                return ev.key
        return None


def _ranked_class(tok: Token) -> bool:
    """A plural trigger after 'one of' with a superlative ('one of the deadliest attacks this
    year', 'one of the largest exercises since 2019'): the class the happening told beside it
    is ranked in, not a happening."""
    return (
        tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one"
        and any(c.tag_ == "JJS" or c.dep_ == "amod" and any(a.lower_ == "most" for a in c.children) for c in tok.children)
    )


def _next_conjunct(tok: Token) -> Token | None:
    """The noun after 'and' / 'or' right after ``tok``, by word order ('the presidential
    election and the constitutional referendum held on Sunday': 'referendum'), with only its
    determiners and modifiers between."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", "or"):
        return None
    for t in doc[tok.i + 2 : min(len(doc), tok.i + 6)]:
        if t.pos_ == "NOUN":
            between = doc[tok.i + 2 : t.i]
            return t if all(b.head == t and b.dep_ in ("det", "amod", "compound", "nummod") for b in between) else None
    return None


def _harmed_in(tok: Token, gov: Token) -> bool:
    """'X was killed in a police shootout', 'wounded during the attack': an attack told as
    the occasion of a harm verb (event_victim_passives) that governs it."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head == gov and (
        gov.lemma_.lower() in _VICTIM_PASSIVES
    )


def _bare_passive_conjunct(verb: Token) -> bool:
    """'X was arrested in 2019 and extradited to Germany': a verb done to a person
    (event_custody_verbs) coordinated with a passive verb, with no subject, auxiliary or
    object of its own, is passive too (the tagger may read it as a past tense)."""
    head = verb.head
    return (
        verb.lemma_.lower() in _HELD_VERBS and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("nsubj", "aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def _present(verb: Token) -> bool:
    """The clause of ``verb`` tells the present: a present-tense verb or auxiliary ('are still
    offline', 'the focus has shifted'), no modal, no past."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.tag_ == "VBD" for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _topic_of(tok: Token, gov: Token, date: Span) -> bool:
    """The trigger is only what the verb that holds the date speaks of, so the date is the
    verb's: a past perfect reported by a verb of speech ('said on Wednesday that jets had
    shadowed the destroyer'); the trigger sits inside the verb's subject behind a preposition other than 'of'
    ('The gang behind the attack claimed responsibility on Wednesday'; 'a wave of strikes hit
    the city on Monday' keeps it), or in the 'for' / 'of' phrase of a verb of blame, after
    the date ('blamed each other on Thursday for a clash', 'accused Kyiv on Monday of the
    attack')."""
    path, t = [], tok
    for _ in range(12):
        if t.head == t or t.head == gov:
            break
        path.append(t)
        t = t.head
    if t.head != gov:
        return False
    if tok is t and tok.dep_ == "ccomp" and gov.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in tok.children
    ):
        return True  # "said this morning that jets had shadowed the destroyer": before the saying
    if t.dep_ in ("nsubj", "nsubjpass") and t != tok:
        return any(p.dep_ == "prep" and p.lower_ != "of" for p in path[1:] + [t] if p.i < tok.i)
    if gov.lemma_.lower() in _TOPIC_VERBS:
        prep = t if t.dep_ == "prep" else next((p for p in path if p.dep_ == "prep"), None)
        return prep is not None and prep.lower_ in ("for", "of", "over") and date.end <= prep.i
    return False


def _object_like(tok: Token) -> bool:
    """The object of its verb, or the 'of' object of that object ('adopted a package of
    sanctions', 'launched a wave of strikes')."""
    if tok.dep_ == "dobj":
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj"


def _looked_into(noun: Token, prep: Token, lemma: str) -> bool:
    """'an investigation into X', 'the probe of Senator Y': the prepositional phrase of an
    inquiry noun names the one looked into, acted upon as the 'of' phrase of an arrest is;
    not when it names another happening ('an inquiry into the attack on X': the attack's
    target is not the inquiry's)."""
    if noun.pos_ == "VERB" or lemma not in _INQUIRY_NOUNS or prep.lower_ not in ("into", "of"):
        return False
    return not any(o.dep_ == "pobj" and trigger_words(o, "event_nouns") for o in prep.children)


def _accused_clauses(tok: Token) -> set[int]:
    """The words of participle clauses that tell what the phrase's people are accused of
    ('firms accused of supplying Iran'): whom they are said to have helped is not acted upon."""
    return {t.i for r in tok.subtree if r.dep_ == "acl" and r.lemma_.lower() in _ACCUSED for t in r.subtree}


def _pair_noun(t: Token) -> bool:
    """'both sides', 'the two armed groups', 'both countries' (event_pair_nouns), not a place
    ('on both sides of the border')."""
    return (
        t.tag_ == "NNS" and t.lemma_.lower() in _PAIR_NOUNS
        and any(c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet") for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
    )


def _beside_object(tok: Token) -> set[int]:
    """Tokens of an object phrase that name others than the thing acted upon: a recipient
    ('approved the sale of jets to Colombia', 'worth ... to X'), a measure ('worth 3 billion
    US dollars') and a maker or doer told by a participle ('radars produced by X')."""
    out: set[int] = set()
    for t in tok.subtree:
        if t == tok:
            continue
        if (
            t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ in ("NOUN", "PROPN", "ADJ")
            or t.dep_ == "npadvmod"
            or t.dep_ == "acl" and any(c.dep_ == "agent" for c in t.children)
        ):
            out |= {x.i for x in t.subtree}
    return out


def _under_other_event(t: Token, tok: Token) -> bool:
    """Between ``t`` and the trigger ``tok`` above it stands another event noun."""
    for _ in range(12):
        if t.head == t or t.head == tok:
            return False
        t = t.head
        if t.pos_ == "NOUN" and trigger_words(t, "event_nouns"):
            return True
    return False


def _other_events(tok: Token) -> set[int]:
    """Token indices of another event conjoined inside ``tok``'s phrase ('... on Wednesday
    and a session of the OSCE in Vienna'), with its 'and'."""
    out: set[int] = set()
    for t in tok.subtree:
        if t != tok and t.dep_ == "conj" and trigger_words(t, "event_nouns"):
            out |= {x.i for x in t.subtree} | {c.i for c in t.head.children if c.dep_ == "cc"}
    return out


def _who_antecedent(rel: Token) -> Token:
    """The noun a relative clause tells of; for 'who', the person of the phrase it closes
    ('X, the head of the Y Agency, who is ...': X, where the parser hangs it on the Agency)."""
    head = rel.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in rel.children):
        h = head
        while h.ent_type_ != "PERSON" and h.dep_ in ("pobj", "prep", "appos", "compound") and h.head != h:
            h = h.head
        if h.ent_type_ == "PERSON":
            return h
    return head


def _in_other_clause(doc: Doc, date: DateMention, tok: Token, reverse: bool = False) -> bool:
    """The date sits in a relative or participial clause that does not hold the trigger
    (``reverse``: the trigger sits in a relative clause that does not hold the date: 'the
    office, which opened an investigation that day, entered the building on October 15')."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    if reverse:
        t = tok
        for _ in range(40):
            if t.dep_ == "relcl" and span.root not in t.subtree:
                return True
            if t.head == t:
                return False
            t = t.head
        return False
    t = span.root
    for _ in range(40):
        if t.dep_ in ("relcl", "acl") and tok not in t.subtree and t.head != tok:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


_AGREE_VERBS = {"agree", "sign", "broker", "reach", "mediate", "conclude"}


def _unrealised(verb: Token) -> bool:
    """'no intention to attack', 'was due to brief', 'vowed to hit back', 'if Russia invaded':
    an infinitive (other than 'began to shell') or a condition, not something that happened."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "should", "must") for c in verb.children):
        return not _reported_future(verb)  # "would not negotiate on the principle"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
        verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"  # "due to brief reporters", misparsed
    )
    head = verb.head
    if infinitive and verb.dep_ == "advcl" and head.pos_ == "VERB" and (_future_marked(head) or _reported_future(head)):
        return False  # "will travel to Minsk next week to meet X": the purpose of a scheduled trip
    if not infinitive or head.lemma_.lower() not in _SCHEDULED:
        return infinitive
    if head.lemma_.lower() in _ASPECT_HEADS:
        return False  # "began to shell": it happened
    # "is due to meet", "is set to sign", "was expected to vote": scheduled, kept; not "set up
    # a task force to fight"
    return not (head.tag_ == "JJ" or head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children))


def _people_of_place(settlement: Token) -> bool:
    """'two residents of the Georgian village of X were detained': the village says where the
    people acted upon come from; its country is not acted upon (as it is in 'shelled Armenian
    villages')."""
    of = settlement.head
    return settlement.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lemma_.lower() not in _SETTLEMENTS


def _conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of a phrase, also those hung on its apposition ("Armenia's Prime
    Minister Nikol Pashinyan and Azerbaijan's President Ilham Aliyev")."""
    heads = [tok] + [a for a in tok.children if a.dep_ == "appos"]
    out = [c for h in heads for c in h.children if c.dep_ == "conj"]
    for c in out:  # "A, B and C": the parser chains the third onto the second
        out += [n for n in c.children if n.dep_ == "conj" and n not in out]
    return out


class _alone:
    """A token seen without its conjuncts (for _actors_in_phrase)."""

    def __init__(self, tok: Token):
        self._tok = tok
        self._cut = {x.i for c in _conjuncts(tok) for x in c.subtree}
        self._cut |= {c.i for h in [tok, *tok.children] for c in h.children if c.dep_ == "cc" and h.head == tok or c.dep_ == "cc" and h == tok}

    def __getattr__(self, name):
        return getattr(self._tok, name)

    @property
    def children(self):
        return [c for c in self._tok.children if c.i not in self._cut]

    @property
    def subtree(self):
        return [t for t in self._tok.subtree if t.i not in self._cut]


def _demonym(t: Token) -> str:
    """The word a demonym token stands in: the whole entity of a demonym of two words
    ('South Korean officials', 'Sri Lankan troops'), else the token."""
    if t.ent_type_ != "NORP" or t.ent_iob_ not in ("B", "I"):
        return t.text
    start = t.i
    while start > 0 and t.doc[start].ent_iob_ == "I" and t.doc[start - 1].ent_type_ == "NORP":
        start -= 1
    end = t.i + 1
    while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
        end += 1
    return t.doc[start:end].text


def _definite_description(tok: Token) -> bool:
    """'the organization', 'the Special Representative', 'the persona': a singular noun
    after 'the' with nothing but its own words (no 'of' phrase, no clause) that names no
    one itself."""
    if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ in ("GPE", "NORP", "DATE", "TIME", "CARDINAL"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ in ("det", "compound", "amod") for c in kids
    )


def _direct_subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it is coordinated with ('struck and
    destroyed'); not a subject borrowed from the main clause of an adverbial clause."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return subj if subj is not None and subj.dep_ == "nsubj" else None
        verb = verb.head
    return None


def _leaked_papers_of(noun: Token, of: Token) -> bool:
    """'the publication of the DNC's emails', 'the leak of ministry documents': a leak noun
    whose 'of' phrase names papers (their owner is acted upon, as a verb's object is)."""
    return noun.pos_ != "VERB" and noun.lemma_.lower() in _LEAK_NOUNS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _LEAKED_PAPERS for o in of.children
    )


def _shared_subject(verb: Token) -> Token | None:
    """The subject, active or passive, a conjunct verb shares with the verb it follows."""
    for _ in range(3):
        if verb.dep_ != "conj" or verb.head == verb:
            return None
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _disputed(tok: Token) -> bool:
    """Who did it is a claim, not a fact: 'claiming that the ministry had struck',
    'allegedly shelled', 'the alleged strike' (participants stay empty, claims carry it)."""
    gov = _governing_verb(tok) if tok.pos_ != "VERB" else tok
    for t in (tok, gov):
        if t is not None and any(c.dep_ in ("advmod", "amod") and c.lemma_.lower() in _DISPUTE_MARKS for c in t.children):
            return True
    t = tok
    for _ in range(12):
        if t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in _DISPUTE:
            return True
    return False


def _own_clause(tok: Token) -> bool:
    """The trigger tells the happening in a clause of its own: a verb with its own subject
    ('jets of the air force struck a camp'), or a noun that is the subject or object of
    the main verb of its sentence ('the raid killed 40', 'X carried out the attack'); its
    actors are the event's even when the clause has no date of its own."""
    if tok.pos_ == "VERB":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ in ("ROOT", "conj")
    return tok.dep_ in ("nsubj", "dobj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.head.pos_ == "VERB"


def _hops(tok: Token, up: Token) -> int:
    n = 0
    while tok != up and tok.head != tok and n < 20:
        tok, n = tok.head, n + 1
    return n


def _support(old: RawEvent, ev: RawEvent) -> int:
    dated = old.begin is not None and ev.begin is not None and _dates_agree(old, ev)
    place = ev.location is not None and ev.location == old.location
    shared = bool(_shared(old, ev))
    return 2 * dated + 2 * place + shared


def _shared(old: RawEvent, ev: RawEvent) -> set[str]:
    """Actors two mentions give the same part: participants of both, or targets of both."""
    return set(old.participants) & set(ev.participants) | set(old.targets) & set(ev.targets)


def _same_event(old: RawEvent, ev: RawEvent, det: set[str], anaphoric: bool, serves=None, identified: bool = False) -> bool:
    """Conservative within-article coreference of two mentions of one type whose dates agree.
    ``serves(k, keys)``: actor k holds office in one of keys (no new side: 'Britain is
    expelling ...' ... 'Prime Minister X announced the expulsions'). ``identified``: a
    restrictive relative clause says which happening ``ev`` is (:func:`_restrictive_clause`),
    so it is not taken for the article's one main incident of its type without a day,
    place or side in common."""
    same_family = bool(old.family() & ev.family())
    shared = _shared(old, ev)
    new_args = {k for k in set(ev.participants) - set(old.participants) if serves is None or not serves(k, old.participants)}
    attack = ev.type in ("cyberattack", "armed_attack")
    if "same" in det:  # "at the same briefing"
        return same_family
    if ev.type in ("meeting", "interview") and not anaphoric and _other_counterparts(old, ev, serves):
        # the host's bilateral with A and his trilateral with B and C: two meetings; a
        # speaker's interview with one outlet and his interview with another: two interviews
        return False
    if attack and not same_family and (ev.lemma in _WAR_NOUNS) != (old.lemma in _WAR_NOUNS):
        return False  # "shot down a bomber" ... "the war in Syria": a war is no one incident of it
    if attack and not anaphoric and (set(old.participants) & set(ev.targets) or set(old.targets) & set(ev.participants)):
        return False  # who struck in one is struck in the other: a strike and the reply to it
    if ev.location and old.location and ev.location != old.location and not anaphoric:
        return False  # "a meeting in Brussels on Wednesday and a session in Vienna on Thursday"
    if ev.type == "interview" and not anaphoric and not shared and bool(old.participants) != bool(ev.participants):
        # "Senator A told reporters Tuesday ... Governor B held a news conference Tuesday":
        # on a busy day of US wire copy a speech event of one speaker and a new one
        # naming nobody are two, unless the second refers back ("the news conference")
        return bool(ev.location is not None and ev.location == old.location)
    return bool(
        (anaphoric and same_family and (not new_args or shared or not old.participants))
        or (ev.location is not None and ev.location == old.location and same_family)
        or (attack and (shared or anaphoric))
        or (same_family and old.begin and old.begin == ev.begin and (shared or not new_args))
        or (same_family and shared)
        # "After Democratic debate, ..." ... "the day after a Democratic debate": one
        # happening named twice in the same words, no side of one missing from the other
        or (ev.lemma == old.lemma and bool(ev.kind_words) and ev.kind_words == old.kind_words
            and not (ev.participants and old.participants and not shared))
        # "during an election season" ... "in an election season when ...": one campaign
        # named twice in the same words, with no day and no candidate to tell two apart
        or (ev.type == "election" and ev.lemma == old.lemma and not (ev.begin or old.begin)
            and not (ev.participants or old.participants))
        # "Trump joined the race in June ... by the time Christie entered the race": one
        # contest, whichever candidate each mention names; not a race for another office
        or (ev.type == "election" and ev.lemma in _RACE_NOUNS and anaphoric and same_family and not (ev.begin or old.begin)
            and not (ev.kind_words and old.kind_words and not ev.kind_words & old.kind_words))
        # one main incident per type: a dated and an undated attack mention are one (a day
        # borrowed from the comment on it is no day of its own)
        or (attack and not identified and (ev.begin is None or ev.borrowed) != (old.begin is None or old.borrowed))
    )


def _other_counterparts(old: RawEvent, ev: RawEvent, serves=None) -> bool:
    """Two meetings that share a side but each name a counterpart the other lacks: 'A held
    a joint meeting with B and C ... A met in the afternoon with D' are two happenings. Only
    the actors each mention names itself count: a later 'the meeting' (anaphoric, kept out by
    the caller) and a mention adding one more side to the same sides ('talks of A and B' ...
    'A, B and C') still join. A counterpart named once as a country and once by its envoy
    is one side ('the US talks with Ryabkov' ... 'US-Russia talks', where Ryabkov led
    Russia's delegation): ``serves(k, keys)`` says k holds office in one of keys."""
    a, b = set(old.participants), set(ev.participants)
    if not a & b:
        return False
    only_a, only_b = a - b, b - a

    def same_side(x: str, y: str) -> bool:
        return serves is not None and (serves(x, [y]) or serves(y, [x]))

    lacks_a = {x for x in only_a if not any(same_side(x, y) for y in only_b)}
    lacks_b = {y for y in only_b if not any(same_side(x, y) for x in only_a)}
    return bool(lacks_a) and bool(lacks_b)


def _scheduled(tok: Token, date: DateMention) -> bool:
    """A weekday that names a coming day: a future verb (:func:`_future`), except that the
    present of a live blog or an analysis does not make a possessive weekday of the event
    itself ahead ("Tuesday's bombardment hangs over the talks" is the last Tuesday; "Friday's
    vote will decide" is still the coming one)."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.idx <= date.start < c.idx + len(c.text) + 3), None)
    possessive = owner is not None and tok.doc.text.startswith("'s", date.end)
    if possessive and _ahead(tok):
        return True
    if not _future(tok):
        return False
    if not possessive:
        return True
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return False  # "will be dominated by Tuesday's transit": the cause, already there
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in verb.children)


def _ahead(tok: Token) -> bool:
    """'before Thursday's talks', 'ahead of Sunday's vote', said in a clause that is not in
    the past: the coming day ('Korvenia shelled the town before Tuesday's talks' is the
    last one)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    elif prep.lower_ not in ("before", "until"):
        return False
    verb = prep.head
    for _ in range(8):
        if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            return False
        if verb.head == verb:
            break
        verb = verb.head
    return True


def _told_in_the_past(tok: Token) -> bool:
    """The trigger is a verb in the simple past ('sued the city in May'), or a participle
    after a past auxiliary ('was struck in May', 'had met in May'), or a noun whose clause
    verb is one ('gave a speech in May', 'was rocked by an attack in May'), other than a verb
    of saying ('said the talks in May would ...' tells nothing of when the talks are)."""
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None or verb.lemma_.lower() in SPEECH_VERBS:
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _future(tok: Token) -> bool:
    """'will meet on Thursday', and the scheduled present of news copy: 'envoys meet in
    Vienna on Thursday', 'the talks open on Monday'."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    if _future_marked(verb):
        return True
    if verb.lemma_.lower() in SPEECH_VERBS:
        return False  # "Peskov says Thursday's meeting ...": the present of reporting, not a schedule
    return verb.pos_ == "VERB" and verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a trigger stands in (the trigger itself when it is one)."""
    verb = tok
    for _ in range(8):  # up through "by a meeting ... on Wednesday and a session ..."
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _future_marked(verb: Token) -> bool:
    """A future the words mark: 'will', 'shall', or 'is due to' / 'is set to', or a
    reported 'would' (:func:`_reported_future`)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    if _reported_future(verb):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() in _SCHEDULING_HEADS
    )  # "is due to meet on Friday", "is set to sign on Monday"


def _reported_future(verb: Token) -> bool:
    """'He said he would meet X in Geneva next week', 'the ministry announced that talks
    would be held on Friday': the 'will' of reported speech, shifted back to 'would', with
    a date in its own clause: a scheduled happening, not a hypothetical one. Not with a
    negation or a condition ('would not meet', 'would retaliate if attacked')."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in verb.children):
        return False
    up = verb
    while up.dep_ in ("conj", "xcomp") and up.head != up:
        up = up.head
    if up.dep_ != "ccomp" or up.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    inner = {t.i for c in verb.children if c.dep_ in ("ccomp", "relcl", "advcl") for t in c.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in inner for t in verb.subtree)


def _modifiers(tok: Token) -> list[Token]:
    """A noun's determiners, possessors and adjectives, but not 'other' of 'other than' ('no
    explanation for the attack other than Russian responsibility': the attack told before)."""
    return [
        c for c in tok.children
        if c.dep_ in ("det", "poss", "amod") and not (c.lower_ == "other" and any(g.lower_ == "than" for g in c.children))
    ]


_REPEAT_CHARS = 40  # how much of a sentence must come again, up to the trigger, to be its repeat


def _repeated(tok: Token) -> Token | None:
    """The same word in an earlier sentence that this one repeats up to the trigger (an
    abstract, then the full text opening with the same lead sentence)."""
    sent, doc = tok.sent, tok.doc
    upto = doc.text[sent.start_char : tok.idx + len(tok.text)]
    if len(upto) < _REPEAT_CHARS and len(sent.text) < _REPEAT_CHARS:
        return None
    for other in doc.sents:
        if other.start >= sent.start:
            return None
        if doc.text.startswith(upto, other.start_char) and doc.text.startswith(sent.text[:_REPEAT_CHARS], other.start_char):
            twin = doc.char_span(other.start_char + len(upto) - len(tok.text), other.start_char + len(upto))
            return twin[0] if twin is not None and len(twin) == 1 else None
    return None


def _renamed(tok: Token) -> Token | None:
    """The trigger noun that ``tok`` names again: the one it stands in apposition to ('The
    talks, the second round this year, ...') or is predicated of ('the clashes were the
    third outbreak of fighting'), also through the noun whose 'of' it fills."""
    t = tok
    if t.pos_ != "NOUN":
        return None
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "the third outbreak of fighting"
    if t.dep_ == "appos" and t.head.pos_ == "NOUN":
        return t.head
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        return next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return None


def _told_happening(tok: Token) -> bool:
    """'an attack on Friday', 'a raid that killed six': a noun with its own day or with a
    past deed in a relative clause tells a happening, even as the topic of another noun."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(g.ent_type_ == "DATE" for g in c.children if g.dep_ == "pobj"):
            return True
        if c.dep_ == "relcl" and c.tag_ == "VBD":
            return True
    return False


def _is_anaphoric(tok: Token) -> bool:
    """'the attack', 'this meeting' refer back; 'the sixteenth such encounter' does not."""
    if _named_gathering(tok):
        return False  # "the Munich Security Conference": the article of a name
    mods = _modifiers(tok)
    det = {c.lower_ for c in mods}
    if any(c.ent_type_ == "ORDINAL" and c.lower_ not in ("latest",) for c in mods):
        return False
    return bool(det & _ANAPHORIC) and not det & _NOT_SAME


def _dates_agree(a: RawEvent, b: RawEvent) -> bool:
    if a.begin is None or b.begin is None:
        return True
    if _goes_on_to(a, b) or _goes_on_to(b, a):
        return True
    return a.begin <= (b.end or b.begin) + dt.timedelta(days=1) and b.begin <= (a.end or a.begin) + dt.timedelta(days=1)


def _own_day_before(ev: RawEvent, old: RawEvent) -> bool:
    """``ev`` carries its own day, earlier than the day ``old`` borrowed from the clause that
    told of it: the day the happening took place, before the day it was talked about."""
    return old.borrowed and not ev.borrowed and ev.begin is not None and old.begin is not None and ev.begin < old.begin


def _onset(tok: Token) -> bool:
    """'the talks opened in Pretoria on October 25', 'fighting broke out on Monday', 'launched
    an offensive on May 1': the trigger's date is where it began."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if tok.pos_ != "VERB" and tok.dep_ not in ("nsubj", "dobj"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ONSET and not _future(verb)


def _narrative(sent: Span) -> bool:
    """A sentence of the narrative: not one that opens inside a quotation, nor a stray mark."""
    words = sent.text.strip()
    return bool(words) and words[0] not in "\"“”'‘" and any(t.is_alpha for t in sent)


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends (a blank line, or the end of the text)."""
    n = text.find("\n\n", pos)
    return len(text) if n < 0 else n


def _nearer_ahead(date: DateMention, published: dt.date) -> bool:
    """The yearless day read forward is nearer publication than the day read back ('the
    Nov. 8 election' in July is this November's: an election is mostly awaited)."""
    forward, _ = ahead(date, published)
    return date.begin is not None and forward is not None and forward != date.begin and (
        forward - published < published - date.begin
    )


def _awaited_weekday(tok: Token, date: DateMention, published: dt.date) -> bool:
    """'leads in Tuesday's primary', in an article of Monday: an election told by its weekday
    is the nearer one, and the coming one is nearer when the last such day is four or more
    days back (an election is mostly awaited); not one a past verb tells ('won Tuesday's
    primary')."""
    return date.begin is not None and (published - date.begin).days >= 4 and not _told_in_the_past(tok)


def _goes_on_to(a: RawEvent, b: RawEvent) -> bool:
    """b is dated within the weeks after a began, and a went on after its onset."""
    return a.open_end and a.begin is not None and b.begin is not None and (
        a.begin <= b.begin <= a.begin + dt.timedelta(days=_ONGOING_DAYS)
    )


def _unique(items) -> list:
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out
