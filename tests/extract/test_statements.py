"""Statements and their speakers, on sentences written for these tests (none comes from the
evaluation sets): each test is one construction of reported or quoted speech."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import rules
from kg.extract.actors import ActorTable
from kg.extract.references import Resolver, _bare_name
from kg.extract.statements import _name_before, _title, is_cue
from kg.records import Document
from tests.extract.helpers import statements_of

pytestmark = pytest.mark.slow

HEAD = "Fishing talks stall in Lisbon\n\n"

# (speaker name, statement text, direct) of each statement of an article under HEAD
said = partial(statements_of, head=HEAD, published=dt.date(2023, 3, 15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The quotas, Emmanuel Macron said, were unacceptable to the French fleet.",
            [("Emmanuel Macron", "The quotas were unacceptable to the French fleet", False)],
            id="parenthetical_cue_inside_the_clause",
        ),
        pytest.param(
            "The quotas were unacceptable to the French fleet, Emmanuel Macron said, and the government would veto the text.",
            [
                ("Emmanuel Macron", "The quotas were unacceptable to the French fleet and the government would veto the text", False)
            ],
            id="parenthetical_cue_between_coordinated_clauses",
        ),
        pytest.param(
            "Emmanuel Macron said in a statement that the budget would be balanced by June.",
            [("Emmanuel Macron", "the budget would be balanced by June", False)],
            id="that_clause_after_a_prepositional_phrase",
        ),
        pytest.param(
            "Governor Mark Ellis spoke at length. ''The program has become plagued by fraud and abuse,'' he said.",
            [("Mark Ellis", "The program has become plagued by fraud and abuse", True)],
            id="two_apostrophes_are_a_quotation_mark",
        ),
        pytest.param(
            "Governor Mark Ellis spoke at length. ''The skipper asked me, 'Who pays for the nets?''' Ellis said.",
            [("Mark Ellis", "The skipper asked me, 'Who pays for the nets?'", True)],
            id="three_apostrophes_close_a_quote_ending_in_a_nested_one",
        ),
        pytest.param(
            "Governor Mark Ellis spoke at length. ''Will the fleet wait for the treaty?'' Ellis asked.",
            [("Mark Ellis", "Will the fleet wait for the treaty?", True)],
            id="two_apostrophes_end_a_quote_before_its_cue_sentence",
        ),
        pytest.param(
            "Governor Mark Ellis spoke in Brest on Monday. Ellis added:\n\nThe fleet has waited long enough. "
            "We will not sign a treaty that ruins it.",
            [("Mark Ellis", "The fleet has waited long enough. We will not sign a treaty that ruins it.", True)],
            id="block_quote_after_a_cue_ending_its_paragraph",
        ),
        pytest.param(
            "Governor Mark Ellis listed his demands:\n\nThe fleet has waited long enough for a treaty.",
            [],
            id="paragraph_after_a_colon_with_no_speech_cue_is_no_quote",
        ),
        pytest.param(
            "Governor Mark Ellis spoke to Radio Brest on Monday.\n\nPAULA REYES: Will the fleet accept the quotas?"
            "\n\nELLIS: No. The fleet has waited long enough for a fair deal.",
            [
                ("Paula Reyes", "Will the fleet accept the quotas?", True),
                ("Mark Ellis", "No. The fleet has waited long enough for a fair deal.", True),
            ],
            id="transcript_lines_opened_by_the_speakers_name_in_capitals",
        ),
        pytest.param(
            "Governor Mark Ellis met the fleet on Monday.\n\nUPDATE: The talks resumed on Tuesday.\n\n"
            "NOTE: An earlier version misspelled the name of the port.",
            [],
            id="capitalised_labels_that_name_no_person_are_no_transcript",
        ),
        pytest.param(
            "Governor Mark Ellis toured Brest on Monday. A Harlow College poll found that Ellis leads the race by six points.",
            [("Harlow College", "Ellis leads the race by six points", False)],
            id="poll_speaks_through_the_pollster_named_before_it",
        ),
        pytest.param(
            "Governor Mark Ellis toured Brest on Monday. A poll of likely voters found that Ellis leads the race by six points.",
            [],
            id="poll_with_no_pollster_named_gives_nothing",
        ),
        pytest.param(
            "Governor Mark Ellis visited Romania on Monday. A Romanian fisherman said that the port was closed to his boat.",
            [],
            id="a_person_known_by_a_countrys_adjective_is_not_the_country",
        ),
        pytest.param(
            "Prince Tariq bin Nasser of Jordan met Governor Mark Ellis in Brest on Monday. Prince Tariq, the nephew of the "
            "late King Hussein, said that the governor had misled the fleet.",
            [("Tariq bin Nasser", "the governor had misled the fleet", False)],
            id="relative_named_in_the_speakers_apposition_does_not_speak",
        ),
        pytest.param(
            "Governor Mark Ellis spoke in Brest on Monday. The former mayor of Brest said that the quotas would ruin the fleet.",
            [("Mark Ellis", "the quotas would ruin the fleet", False)],
            id="former_title_is_an_epithet_for_the_person_named_before",
        ),
        pytest.param(
            "Governor Mark Ellis spoke in Brest on Monday. The former mayor and current Socialist candidate said that "
            "the quotas would ruin the fleet.",
            [("Mark Ellis", "the quotas would ruin the fleet", False)],
            id="title_coordinated_with_an_epithet_is_an_epithet",
        ),
        pytest.param(
            "Senator Chuck Grassley sent a letter to the Senate leaders on Thursday. "
            "They said the program should be allowed to expire.",
            [],
            id="they_after_a_single_speaker_stays_unresolved",
        ),
        pytest.param(
            'Emmanuel Macron spoke to the fishermen in Brest. "The quotas will not pass. We will veto them in Brussels."',
            [("Emmanuel Macron", "The quotas will not pass. We will veto them in Brussels.", True)],
            id="quote_after_a_sentence_that_introduces_it",
        ),
        pytest.param(
            'Emmanuel Macron visited the harbour in Brest. "The quotas will not pass. We will veto them in Brussels."',
            [],
            id="quote_after_a_sentence_of_another_kind_has_no_speaker",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. Emmanuel Macron ended the meeting by saying "
            "the government would never sign the new quotas.",
            [("Emmanuel Macron", "the government would never sign the new quotas", False)],
            id="gerund_after_a_preposition_has_the_verbs_subject",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. "
            '"The harbour of Brest will never accept these quotas!" French President Emmanuel Macron said as he '
            "left the stage.",
            [("Emmanuel Macron", "The harbour of Brest will never accept these quotas!", True)],
            id="sentence_after_a_quote_opening_with_the_cues_subject",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. Emmanuel Macron said the same thing on Sunday.",
            [],
            id="said_the_same_thing_is_no_statement",
        ),
        pytest.param(
            'The fishermen gathered in the square on Monday. Emmanuel Macron said the plan is "simply unworkable."',
            [("Emmanuel Macron", "the plan is simply unworkable", False)],
            id="short_quote_glued_to_the_clause_is_folded_in",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. Emmanuel Macron said \"it makes me angry\" every time "
            "he sees a trawler tied up in the harbour.",
            [
                ("Emmanuel Macron", "it makes me angry every time he sees a trawler tied up in the harbour", False)
            ],
            id="clause_going_on_after_its_opening_quote",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. Emmanuel Macron said the quotas were unfair "
            "and that the government would veto them in Brussels.",
            [
                ("Emmanuel Macron", "the quotas were unfair and that the government would veto them in Brussels", False)
            ],
            id="coordinated_that_clauses_of_one_verb_are_one_statement",
        ),
        pytest.param(
            "Emmanuel Macron released a video claiming that the quotas would ruin the Breton fleet.",
            [("Emmanuel Macron", "the quotas would ruin the Breton fleet", False)],
            id="participle_on_a_message_speaks_for_who_put_it_out",
        ),
        pytest.param(
            "Emmanuel Macron dismissed reports claiming that the quotas would ruin the Breton fleet.",
            [],
            id="participle_on_a_report_someone_dismissed_is_not_theirs",
        ),
        pytest.param(
            "Soon afterwards Emmanuel Macron announced in a video message that the boats were turning back.",
            [("Emmanuel Macron", "the boats were turning back", False)],
            id="that_clause_after_a_message_read_as_relative",
        ),
        pytest.param(
            "Emmanuel Macron referred in a video message that he posted on Monday to the Breton fleet.",
            [],
            id="relative_clause_on_a_message_is_no_report",
        ),
        pytest.param(
            "Emmanuel Macron said banning trawlers could put thousands of people out of work in Brittany.",
            [("Emmanuel Macron", "banning trawlers could put thousands of people out of work in Brittany", False)],
            id="clause_with_a_gerund_subject",
        ),
        pytest.param(
            "Emmanuel Macron says the obvious answer was to cut the quotas and says he raised the matter in Brussels.",
            [
                ("Emmanuel Macron", "the obvious answer was to cut the quotas", False),
                ("Emmanuel Macron", "he raised the matter in Brussels", False),
            ],
            id="second_report_verb_inside_the_clause_is_its_own_statement",
        ),
        pytest.param(
            'Emmanuel Macron met the "coastal alliance" in Brest on Monday.',
            [],
            id="short_scare_quote_of_no_naming_verb_is_no_statement",
        ),
        pytest.param(
            "Emmanuel Macron visited the harbour in Brest on Monday. The billionaire businessman says running "
            "for president is tough, nasty and mean.",
            [("Emmanuel Macron", "running for president is tough, nasty and mean", False)],
            id="epithet_for_a_person_named_before_speaks_as_that_person",
        ),
        pytest.param(
            "The billionaire businessman says running for president is tough, nasty and mean.",
            [],
            id="epithet_with_no_person_before_stays_unresolved",
        ),
        pytest.param(
            "Senator Mark Ellis toured the harbour in Brest on Monday. The Republican said the quotas would ruin the fleet.",
            [("Mark Ellis", "the quotas would ruin the fleet", False)],
            id="party_member_epithet_speaks_as_the_person_named_before",
        ),
        pytest.param(
            'Senator Mark Ellis toured the harbour on Monday. "The quotas will ruin the fleet," the Maine Democrat said.',
            [("Mark Ellis", "The quotas will ruin the fleet", True)],
            id="party_member_epithet_with_a_state_before_it",
        ),
        pytest.param(
            "Senator Mark Ellis toured the harbour in Brest on Monday. Republicans said the quotas would ruin the fleet.",
            [],
            id="party_members_in_the_plural_are_no_speaker",
        ),
        pytest.param(
            "Senator Mark Ellis toured the harbour in Brest on Monday. The lifelong Republican who wrote his speech "
            "says the quotas would ruin the fleet.",
            [],
            id="epithet_with_a_relative_clause_is_someone_new",
        ),
        pytest.param(
            "Fishermen blocked the harbour in Brest. According to radio host Pierre Dupont, the move reeks of fear and desperation.",
            [("Pierre Dupont", "the move reeks of fear and desperation", False)],
            id="according_to_a_name_the_parser_hung_the_clause_on",
        ),
        pytest.param(
            "According to Pierre Dupont, a radio host in Brest, the blockade of the harbour will last until Friday.",
            [("Pierre Dupont", "the blockade of the harbour will last until Friday", False)],
            id="according_to_a_name_with_an_apposition",
        ),
        pytest.param(
            "Emmanuel Macron called for all Spanish trawlers to leave the Bay of Biscay.",
            [("Emmanuel Macron", "all Spanish trawlers to leave the Bay of Biscay", False)],
            id="called_for_someone_to_act_is_an_appeal",
        ),
        pytest.param(
            "Emmanuel Macron called for an immediate halt to Spanish trawling in the Bay of Biscay.",
            [],
            id="called_for_a_thing_is_no_statement",
        ),
        pytest.param(
            "The plan called for deep cuts to the Spanish quotas in the Bay of Biscay.",
            [],
            id="a_plan_that_called_for_cuts_is_no_speaker",
        ),
        pytest.param(
            "The vote was a blow to Mayor Ilse Brandt, who said she would fight the ruling in court.",
            [("Ilse Brandt", "she would fight the ruling in court", False)],
            id="who_said_speaks_for_the_noun_of_the_relative_clause",
        ),
        pytest.param(
            "Mayor Tomas Varga, who said last week that the bridge was unsafe, closed it on Monday.",
            [("Tomas Varga", "the bridge was unsafe", False)],
            id="who_said_inside_the_subject",
        ),
        pytest.param(
            "In nearby Kessel, the old mill is still open, but it is under pressure from cheap imports, "
            "said the company's chief executive, Tomas Varga.",
            [
                ("Tomas Varga", "In nearby Kessel, the old mill is still open, but it is under pressure from cheap imports", False)
            ],
            id="cue_and_speaker_after_an_unquoted_clause",
        ),
        pytest.param(
            '"A lot of people thought the strike would end in a week, and it has not," added Ilse Brandt, '
            "referring to the dock strike.",
            [("Ilse Brandt", "A lot of people thought the strike would end in a week, and it has not", True)],
            id="name_after_the_cue_read_as_its_object",
        ),
        # 'said that if ...': 'that' opens the reported clause and goes; 'if' belongs to it.
        pytest.param(
            "Mayor Ilse Brandt said that if the ferries stop, the island would starve.",
            [("Ilse Brandt", "if the ferries stop, the island would starve", False)],
            id="reported_clause_keeps_the_conjunction_of_its_own_subordinate_clause",
        ),
        # 'said A, but B': the parser coordinates B with the cue; B goes on with what is said.
        pytest.param(
            "Mayor Ilse Brandt said the ferries would run until May, but the bridge would close in June.",
            [("Ilse Brandt", "the ferries would run until May, but the bridge would close in June", False)],
            id="reported_clause_goes_on_after_but",
        ),
        pytest.param(
            "Mayor Ilse Brandt said the city needs new ferries, but that she would not raise taxes to pay for them.",
            [("Ilse Brandt", "the city needs new ferries, but that she would not raise taxes to pay for them", False)],
            id="reported_clause_goes_on_with_but_that",
        ),
        pytest.param(
            'According to Mayor Ilse Brandt, the city was once a fishing town, but is now "the busiest ferry port on the whole coast."',
            [
                ("Ilse Brandt", "the city was once a fishing town, but is now the busiest ferry port on the whole coast", False)
            ],
            id="according_to_clause_folds_a_partial_quote",
        ),
        # 'X said A and said, "B"': the parser hangs the second 'said' inside the first one's
        # clause; its quote is still X's.
        pytest.param(
            'Mayor Ilse Brandt said the union had called the strike and said, "Who are you going to trust with the ferries?"',
            [
                ("Ilse Brandt", "the union had called the strike", False),
                ("Ilse Brandt", "Who are you going to trust with the ferries?", True),
            ],
            id="second_cue_inside_the_first_clause_quotes_for_the_first_speaker",
        ),
        # 'X put it bluntly: "..."', 'X dismissed the plan: "..."': the lead's subject speaks.
        pytest.param(
            "Harbour engineer Ana Ferreira visited the breakwater on Monday. Ferreira put it bluntly: "
            '"The wall will not survive another winter. Someone has to pay for a new one."',
            [
                ("Ana Ferreira", "The wall will not survive another winter. Someone has to pay for a new one.", True)
            ],
            id="colon_after_a_clause_with_no_speech_verb_introduces_the_quote",
        ),
        # Live-blog style 'Ferreira on the breakwater: "..."'.
        pytest.param(
            "Harbour engineer Ana Ferreira spoke to reporters at noon.\n\n"
            'Ferreira on the breakwater: "We have seen the cracks, and we are in close touch with the port."',
            [("Ana Ferreira", "We have seen the cracks, and we are in close touch with the port.", True)],
            id="colon_after_a_name_and_topic_introduces_the_quote",
        ),
        # 'X was asked whether ...': X was spoken to; no statement of X's.
        pytest.param(
            "Harbour engineer Ana Ferreira was asked whether the ferries would keep sailing in March.",
            [],
            id="passive_cue_gives_no_statement_to_its_addressee",
        ),
        # 'Harbour Commissioner Tove Lindgaard said ...': a name the NER may leave untyped, after
        # a title word, is a person of its own (not the place or body next to it).
        pytest.param(
            "Deputy Commissioner Tove Lindgaard said the breakwater would be rebuilt before winter.",
            [("Tove Lindgaard", "the breakwater would be rebuilt before winter", False)],
            id="untyped_name_after_a_title_speaks_as_a_person",
        ),
        # 'reminds all parties that attacks ... are prohibited': 'that' opens the reported clause.
        pytest.param(
            "The United Nations reminds all parties that attacks on residential areas are prohibited under international law.",
            [("United Nations", "attacks on residential areas are prohibited under international law", False)],
            id="remind_with_that_read_as_a_relative_pronoun",
        ),
        pytest.param(
            "The Nordic Monitoring Group, a Bergen-based research group, tracks air strikes. A report published last "
            "month by the Nordic Monitoring Group concluded that the air force was behind at least 40 strikes on clinics.",
            [("Nordic Monitoring Group", "the air force was behind at least 40 strikes on clinics", False)],
            id="a_report_by_a_named_body_speaks_for_it",
        ),
        # 'A report released by X faulted ... The report said ...', 'According to the report, ...':
        # a definite report with no author of its own is the one named before, and its author speaks.
        pytest.param(
            "A report released on Tuesday by the Senate Harbor Committee faulted the port authority's dredging "
            "contracts.\n\nThe report said that the authority had ignored warnings from its engineers.\n\n"
            "According to the report, the contracts cost the city more than $40 million.",
            [
                ("Senate Harbor Committee", "the authority had ignored warnings from its engineers", False),
                ("Senate Harbor Committee", "the contracts cost the city more than $40 million", False),
            ],
            id="the_report_said_is_the_earlier_reports_authors",
        ),
        pytest.param(
            "The Halvorsen Institute sent a memo to the Maritime Board on Friday. The institute's memo warned of delays.\n\n"
            "The memo said that the new cranes would not arrive before March.",
            [("Halvorsen Institute", "the new cranes would not arrive before March", False)],
            id="the_memo_said_after_a_memo_by_a_named_body",
        ),
        pytest.param(
            "The Coastal Freight Council published a report on Monday detailing the costs of the strike.\n\n"
            "The report said that exports had fallen by a third.",
            [("Coastal Freight Council", "exports had fallen by a third", False)],
            id="the_report_said_after_a_body_published_one",
        ),
        pytest.param(
            "The quays were closed on Sunday. Mayor Anne Kervella sent a letter to the minister on Monday.\n\n"
            '"The quays must stay closed until the inspectors have finished," the letter says.',
            [("Anne Kervella", "The quays must stay closed until the inspectors have finished", True)],
            id="the_letter_says_after_its_author_sent_it",
        ),
        # 'the statement read' (lexicon message_wording_verbs with a message noun as subject)
        # gives the message's wording; 'the mayor read a statement' is no speech.
        pytest.param(
            "The quays were closed on Sunday. The Brest Harbour Authority issued a statement on Monday. "
            '"We will not reopen the quays until the inspectors have finished their work," the statement read.',
            [("Brest Harbour Authority", "We will not reopen the quays until the inspectors have finished their work", True)],
            id="the_statement_read_after_a_quote",
        ),
        pytest.param(
            "The quays were closed on Sunday. The Brest Harbour Authority issued a statement on Monday. "
            'The statement read: "We will not reopen the quays until the inspectors have finished their work."',
            [("Brest Harbour Authority", "We will not reopen the quays until the inspectors have finished their work.", True)],
            id="the_statement_read_before_a_quote",
        ),
        pytest.param(
            "The quays were closed on Sunday. Mayor Anne Kervella read a statement to reporters about the quays on Monday.",
            [],
            id="a_person_reading_a_statement_is_no_cue",
        ),
        # 'the report found that ...' (lexicon finding_verbs with a report noun as subject)
        # reports what the report says; 'police found that ...' is no speech.
        pytest.param(
            "A study by the Aalund Institute mapped the river's floods.\n\nThe study found that the dams had raised "
            "the risk.\n\nFirefighters found that the gate had been forced.",
            [("Aalund Institute", "the dams had raised the risk", False)],
            id="a_report_found_that_speaks_and_a_finding_of_anyone_else_does_not",
        ),
        pytest.param(
            "Ana Ferreira, the harbour engineer, declined to say whether the breakwater would be rebuilt.",
            [],
            id="a_refused_cue_reports_nothing",
        ),
        pytest.param(
            "Maersk said at the time that its ferries continued to sail normally.",
            [("Maersk", "its ferries continued to sail normally", False)],
            id="that_read_as_an_adverb_of_a_relative_clause_opens_the_report",
        ),
        pytest.param(
            "On Friday, the Danish Foreign Ministry and the Norwegian Foreign Ministry went further than before. "
            "In a joint statement, the two ministries said they were confident that the ferry had been sabotaged.",
            [("Danish Foreign Ministry", "they were confident that the ferry had been sabotaged", False)],
            id="the_two_bodies_of_a_joint_statement_speak_as_the_first_named",
        ),
        # 'said Chile had nothing to do with ... and called the report "..."': the naming verb is
        # the speaker's, not the reported clause's subject's, and not part of the clause.
        pytest.param(
            "The Chilean embassy in Lima has rejected the accusations. In a post on its website, the embassy said "
            'Chile had nothing to do with "so-called leaks" and called the report "another fabrication by the Peruvian press".',
            [
                ("Chilean embassy in Lima", "Chile had nothing to do with so-called leaks", False),
                ("Chilean embassy in Lima", "another fabrication by the Peruvian press", True),
            ],
            id="naming_verb_coordinated_inside_the_reported_clause_is_the_reporters",
        ),
        pytest.param(
            "Peru said the air strikes had killed civilians and vowed a response.",
            [("Peru", "the air strikes had killed civilians", False)],
            id="speech_verb_with_an_object_coordinated_inside_the_clause_is_cut",
        ),
        # The NER leaves some names untyped; a first name and surname making up the whole
        # subject of a speech verb is still a speaker.
        pytest.param(
            "Outside the clinic - which resembles a school - Brek Tamoun said he and his neighbours were collecting "
            "blankets for the families.",
            [("Brek Tamoun", "he and his neighbours were collecting blankets for the families", False)],
            id="a_bare_untyped_name_as_the_subject_of_a_cue_is_a_person",
        ),
        pytest.param(
            'Despite his "sharp public manner," defense lawyer Rina Holt wrote, the farmer is a patient '
            "man who was hurt by the loss of his land.",
            [
                ("Rina Holt", "Despite his sharp public manner, the farmer is a patient man who was hurt by the loss of his land", False)
            ],
            id="cue_set_off_after_a_quote_inside_the_clause",
        ),
        pytest.param(
            "Daniel Brooks said on Monday that the mill would stay open.\n\n"
            'Brooks\'s brother asked for a lighter sentence, calling the theft "a moment of sheer despair."',
            [("Daniel Brooks", "the mill would stay open", False)],
            id="a_persons_brother_is_not_that_person",
        ),
        pytest.param(
            "Speaking in Oslo, Foreign Minister Anna Lindqvist repeated that Norway opposed the quotas.",
            [("Anna Lindqvist", "Norway opposed the quotas", False)],
            id="repeated_that_reports",
        ),
        pytest.param(
            '"This is a time of cooperation and common security," Rear Admiral Hu Weiming told reporters.',
            [("Hu Weiming", "This is a time of cooperation and common security", True)],
            id="titled_name_read_as_a_work_of_art_is_a_person",
        ),
    ],
)
def test_statements_said(extractor, text, expected):
    """(speaker, text, direct) of every statement of a sentence, one construction a row."""
    assert said(extractor, text) == expected


def test_partial_quote_folds_into_the_reported_clause(extractor):
    out = said(
        extractor,
        'Emmanuel Macron said the new fishing quotas were "a direct threat to our coastal towns and their future."',
    )
    assert len(out) == 1
    speaker, text, direct = out[0]
    assert speaker == "Emmanuel Macron" and not direct
    assert text.startswith("the new fishing quotas were a direct threat") and "future" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Emmanuel Macron said that "we will never accept quotas written in Brussels by people who never fished."',
            [("Emmanuel Macron", True)],
            id="whole_quote_after_that_stays_a_direct_quote",
        ),
        pytest.param(
            'Emmanuel Macron met the fishermen on Monday. If the quotas stay, "we will close every harbour on the coast '
            'before the end of the year," he said.',
            [("Emmanuel Macron", True)],
            id="quote_after_a_comma_stays_direct",
        ),
        pytest.param(
            "Senators Chuck Grassley and Patrick Leahy sent a letter to the Senate leaders on Thursday. "
            '"The program has become plagued by fraud and abuse and it should be allowed to expire," they wrote.',
            [("Chuck Grassley", True)],
            id="they_after_two_named_speakers_is_the_first_named",
        ),
        pytest.param(
            "Fisheries minister Ana Lindqvist visited the harbour on Monday. "
            '"That is a legitimate concern, because the fishermen are very angry," Lindqvist, 54, told '
            "reporters when asked about the quotas.",
            [("Ana Lindqvist", True)],
            id="surname_after_a_quote_is_the_person_named_before",
        ),
        pytest.param(
            '"Yes, I support the new quotas," Brent Halloway III, founder of the Coastal Research Center, '
            "tells Radio Brest in an exclusive interview.",
            [("Brent Halloway III", True)],
            id="name_the_parser_hangs_on_the_quote_still_speaks",
        ),
        pytest.param(
            "The fishermen gathered in the square on Monday. In a statement to Le Monde, his chief adviser, "
            'Alexis Kohler, said: "The president believes the quotas are unfair. He will say so in Brussels."',
            [("Alexis Kohler", True)],
            id="quote_after_a_cue_whose_name_the_parser_hung_on_a_phrase",
        ),
        pytest.param(
            "Anna Varga campaigned in Brest on Monday. Peter Varga spoke with the fishermen outside the harbour "
            'office before heading inside. At one point, a woman asked him a question and Varga said, "We will not '
            'accept these quotas in any form."',
            [("Peter Varga", True)],
            id="shared_surname_goes_to_the_one_mentioned_last",
        ),
        pytest.param(
            "In a statement on Monday, Emmanuel Macron said:\n\n"
            '"We will never accept quotas written in Brussels by people who have never fished."',
            [("Emmanuel Macron", True)],
            id="quote_in_a_paragraph_of_its_own_after_a_colon",
        ),
        pytest.param(
            "Emmanuel Macron met the fishermen.\n\n"
            "\u201cWe will never accept quotas written by people who never fished,\u201dMacron said. "
            "Pedro Sanchez said,\u201cThe fleet will stay in port until the quotas are withdrawn.\u201d",
            [("Emmanuel Macron", True), ("Pedro Sanchez", True)],
            id="curly_quotes_glued_to_their_neighbours",
        ),
        pytest.param(
            "Emmanuel Macron visited the harbour in Brest on Monday.\n\n"
            '"Commissioner Virginijus Sinkevicius has embarrassed all of Europe with his quotas," he wrote on Twitter.',
            [("Emmanuel Macron", True)],
            id="name_inside_the_quote_is_not_the_pronouns_speaker",
        ),
        pytest.param(
            '"The fleet is in panic mode. Full panic mode," said Ana Costa, a Lisbon-based president of the '
            "Portuguese Fishermen's Association.",
            [("Ana Costa", True)],
            id="name_after_a_two_sentence_quote_speaks",
        ),
        pytest.param(
            "Emmanuel Macron met the fishermen on Monday. Said Macron: \"I don't get the sense they are the least bit "
            'interested in a deal."',
            [("Emmanuel Macron", True)],
            id="said_before_its_speaker_opening_the_sentence",
        ),
    ],
)
def test_speakers_and_directness(extractor, text, expected):
    """(speaker, direct) of every statement of a sentence, one construction a row."""
    assert [(s, d) for s, _, d in said(extractor, text)] == expected


def test_parenthetical_clause_stops_at_the_next_report(extractor):
    out = said(
        extractor,
        "Emmanuel Macron met the fishermen on Monday. The Spanish side, Macron said, had listened carefully, "
        "but he added that he saw no deal before the summer.",
    )
    texts = [t for _, t, _ in out]
    assert "The Spanish side had listened carefully" in texts
    assert "he saw no deal before the summer" in texts


def test_unknown_full_name_with_a_title_speaks_not_its_country(extractor):
    out = said(extractor, "Ana Costa, Portugal's foreign minister, said on Monday the quotas were unacceptable.")
    assert [s for s, _, _ in out] == ["Ana Costa"]


def test_dateline_is_not_the_speaker(extractor):
    out = said(
        extractor,
        "WASHINGTON -- President Barack Obama, dedicating the new museum on Saturday, said it would tell an American story.",
        head="Museum opens.\n\n",
    )
    assert [s for s, _, _ in out] == ["Barack Obama"]


@pytest.mark.parametrize("verb", ["boasted", "testified", "demanded"])
def test_more_cue_verbs(extractor, verb):
    out = said(extractor, f"Emmanuel Macron {verb} that the French fleet would keep its quotas.")
    assert out == [("Emmanuel Macron", "the French fleet would keep its quotas", False)]


def test_title_goes_to_its_latest_holder(extractor):
    out = said(
        extractor,
        "Chilean President Gabriel Boric spoke to Lula by phone. Later, President Javier Milei addressed the "
        'nation in a televised speech. The president said: "Any internal turmoil is a deadly threat to our economy."',
        head="Crisis in the south.\n\n",
    )
    assert [s for s, _, _ in out] == ["Javier Milei"]


def test_says_with_a_clause_read_as_an_object(extractor):
    out = said(
        extractor,
        "The fishermen gathered in the square on Monday. Emmanuel Macron says the fishing lobby that's "
        "blocking the harbours and pressing ministers in the 2023 budget talks appeals to fear.",
    )
    assert len(out) == 1 and out[0][0] == "Emmanuel Macron" and out[0][1].startswith("the fishing lobby")


def test_name_right_before_a_cue_without_subject():
    """'when asked about X, President Y said ...' parsed with Y hung on X: the cue's speaker
    is the name right before it (a parse written out, as the parser's choice varies)."""

    words = ["Asked", "about", "Sanchez", ",", "Emmanuel", "Macron", "said", "he", "agreed", "."]
    heads = [6, 0, 1, 2, 5, 2, 6, 8, 6, 6]
    deps = ["advcl", "prep", "pobj", "punct", "compound", "appos", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert _name_before(doc[6]).text == "Macron"


@pytest.mark.parametrize(
    ("subject", "ent", "expected"),
    [
        pytest.param("Edwards", "B-PERSON", "Edwards", id="surname_tagged_as_a_plural_noun_is_a_name"),
        pytest.param("Officials", "O", None, id="plural_noun_is_no_name"),
    ],
)
def test_bare_name_of_a_surname_the_tagger_read_as_a_plural(subject, ent, expected):
    """'"...," Edwards said.': a surname in -s that the tagger took for a plural common noun
    (NNS) is still the speaker's name when the NER calls it a person's (a parse written out,
    as the tagger's choice varies with the context)."""
    words = [subject, "said", "the", "port", "would", "reopen", "."]
    heads = [1, 1, 3, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "MD", "VB", "."]
    ents = [ent, "O", "O", "O", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)  # (with word shapes: is_title)
    name = _bare_name(doc[0])
    assert (name.text if name is not None else None) == expected

def test_title_of_a_show_in_quotes_is_no_statement(extractor):
    assert _title("Sunday in Politics,") and _title("The Battle of the Atlantic Coast")
    assert not _title("We will veto the quotas.") and not _title("Thank you Brest")
    out = said(
        extractor,
        'The fishermen gathered in the square on Monday. "The Battle of the Atlantic Coast," Emmanuel Macron '
        "said of the film.",
    )
    assert out == []


def test_quote_running_over_two_paragraphs_is_one_statement(extractor):
    out = said(
        extractor,
        'The fishermen gathered in the square on Monday. "We will never accept these quotas," Emmanuel Macron '
        'said. "Brussels must listen to the people who fish.\n\n"Our harbours will stay open and our boats will '
        "keep going to sea all year.",
    )
    assert [(s, d) for s, _, d in out] == [("Emmanuel Macron", True), ("Emmanuel Macron", True)]
    assert "Brussels must listen" in out[1][1] and "all year" in out[1][1]


def test_name_in_apposition_the_parser_hung_elsewhere_speaks(extractor):
    out = said(
        extractor,
        "At a meeting of the fisheries council in Lisbon on Monday, requested by Spain, Ana Costa, Portugal's "
        "minister of the sea, insisted that her country would never accept the quotas.",
    )
    assert [(s, t) for s, t, _ in out] == [("Ana Costa", "her country would never accept the quotas")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Emmanuel Macron met the fishermen. Macron's press office announced on Monday evening that the "
            "president had agreed a new quota with Madrid.",
            ["the president had agreed a new quota with Madrid"],
            id="noun_the_parser_left_without_a_verb_speaks",
        ),
        pytest.param(
            "According to Portugal's fisheries ministry, a Spanish trawler entered the zone on June 25, and Lisbon "
            "raised the matter with Madrid.",
            [
                "a Spanish trawler entered the zone on June 25, and Lisbon raised the matter with Madrid"
            ],
            id="according_to_then_a_clause_opening_with_a",
        ),
        pytest.param(
            "According to the Ministry of Health of the Government of National Unity (GNU), at least nine people "
            "were killed in the shelling.",
            ["at least nine people were killed in the shelling"],
            id="according_to_a_body_with_its_abbreviation",
        ),
        pytest.param(
            "Beijing urges the Dutch side to abide by the treaty, to stop arming the rebels and to stop sending "
            "wrong signals to separatist forces.",
            [
                "the Dutch side to abide by the treaty, to stop arming the rebels and to stop sending wrong signals to separatist forces"
            ],
            id="appeal_runs_over_coordinated_infinitives",
        ),
    ],
)
def test_statement_texts(extractor, text, expected):
    """The text of every statement of a sentence, one construction a row."""
    assert [t for _, t, _ in said(extractor, text)] == expected


def test_cue_of_the_paragraph_before_is_not_the_quotes(extractor):
    out = said(
        extractor,
        "Emmanuel Macron has denied that the quotas had anything to do with his decision to ask for funds.\n\n"
        '"The minister announced the plan days before and was dealing with the fleet on Thursday, not watching '
        'talk shows," government spokesman Olivier Veran told Le Monde.',
    )
    assert ("Olivier Veran", True) in [(s, d) for s, _, d in out]


def test_short_quote_naming_what_the_speaker_called_it(extractor):
    out = said(
        extractor,
        'The French ministry dismissed the claims on Monday, calling the reports "a crude provocation".',
    )
    assert [(t, d) for _, t, d in out] == [("a crude provocation", True)]


def test_adding_hung_on_the_reported_clause_is_the_reporters(extractor):
    out = said(
        extractor,
        'Governor Mark Tallis spoke in Dayton on Monday. Tallis told the crowd that Senator Rita Vance '
        '"had a reckless policy of closing the ports," adding, "She lost all of the farm vote."',
    )
    assert out and {s for s, _, _ in out} == {"Mark Tallis"}


def test_an_impersonal_it_is_fair_to_say_is_no_cue(extractor):
    # "to think" after "it is unrealistic" has no speaker: the quote is the reporter's, not
    # that of "it" (read as the last body named)
    out = said(
        extractor,
        "Governor Mark Tallis spoke in Dayton on Monday.\n\nSpeaker Paul Brandt said it is unrealistic to "
        'think that if the country pulls back, "our oceans are going to save us."',
    )
    assert out and {s for s, _, _ in out} == {"Paul Brandt"}


def test_clause_after_a_phrase_read_as_adverbial(extractor):
    out = said(extractor, "Emmanuel Macron said after the summit he would not accept the new quotas if they were offered.")
    assert [(s, "would not accept the new quotas" in t) for s, t, _ in out] == [("Emmanuel Macron", True)]



def test_parenthetical_cue_hung_on_the_subject(extractor):
    out = said(
        extractor,
        "Emmanuel Macron met the fishermen on Monday. The difference now, he told me on Friday, is that the fleet "
        "is the anchor of the economy.",
    )
    assert [(s, "the fleet is the anchor of the economy" in t) for s, t, _ in out] == [("Emmanuel Macron", True)]


def test_speech_cues_are_a_span_group(extractor):
    """The speech cues are statements.json's patterns, found by the kg_rule_spans component
    and read through is_cue."""

    doc = extractor.nlp("Mayor Ilse Brandt pointed out that the bridge was safe, according to the council.")
    labels = {(s.text, s.label_) for s in doc.spans["kg_statements"]}
    assert {("pointed", "speech_verb"), ("pointed", "phrasal_cue"), ("according to", "according_to")} <= labels
    pointed = next(t for t in doc if t.lower_ == "pointed")
    assert is_cue(pointed, "report_verb") and not is_cue(pointed, "appeal_object")


def test_cue_patterns_read_the_speech_verbs_lexicon():
    item = next(p for p in rules.patterns("statements") if p["id"] == "speech-verb")
    assert item["pattern"][0]["LEMMA"]["IN"] == sorted(rules.lexicon("speech_verbs"))


def test_who_said_of_an_anonymous_group_gives_nothing(extractor):
    assert said(extractor, "The poll counted residents who said they would vote for the Greens in May.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ilse Brandt said in an interview that the ferries would run until May.",
        "Mayor Ilse Brandt wrote on Twitter that the ferries would run until May.",
        "Mayor Ilse Brandt told Radio Kessel that the ferries would run until May.",
        "In a statement, Mayor Ilse Brandt said the ferries would run until May.",
        "Mayor Ilse Brandt insisted the ferries would run until May.",
        "The ferries would run until May, Mayor Ilse Brandt said.",
        "The ferries would run until May, said Mayor Ilse Brandt.",
        "The meeting ended with Mayor Ilse Brandt saying that the ferries would run until May.",
    ],
)
def test_reported_speech_phrasings_of_news(extractor, sentence):
    """The phrasings of reported speech in US news (issue #11) each give one statement."""
    out = [(who, text[:1].lower() + text[1:], direct) for who, text, direct in said(extractor, sentence)]
    assert out == [("Ilse Brandt", "the ferries would run until May", False)]


@pytest.mark.slow
@pytest.mark.parametrize("verb", ["denied", "rejected claims", "blamed Kyiv, saying", "accused the rebels of lying and insisted"])
def test_a_sentence_built_on_a_claim_verb_gives_a_claim_not_a_statement(extractor, verb):
    """SCHEMA.md: sentences built on 'accused', 'blamed', 'denied', 'rejected' give claims,
    not statements; a verb of saying beside them still reports ('insisted', 'saying')."""
    text = f"A convoy was hit near Tessa on Monday. General Ivan Petrov {verb} that Russian jets had been nowhere near it."
    ex = extractor.extract(Document("t", text, published=dt.date(2024, 5, 6)))
    said = [s.text for s in ex.statements]
    if "insisted" in verb or "saying" in verb:
        assert said and "jets" in said[0]
    else:
        assert said == []


@pytest.mark.parametrize(
    "sentence",
    [
        "As Mayor Ilse Brandt said, the ferries would run until May.",
        "The ferries would run until May, as Mayor Ilse Brandt noted on Monday.",
    ],
)
def test_cue_in_an_as_clause(extractor, sentence):
    """'As X said, ...': the clause the as-clause hangs on is what X said."""
    out = [(who, text[:1].lower() + text[1:], direct) for who, text, direct in said(extractor, sentence)]
    assert out == [("Ilse Brandt", "the ferries would run until May", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferries left the harbour as Mayor Ilse Brandt said goodbye to the crews.",
        "The ferry company failed in July, as predicted.",
        "Mayor Ilse Brandt waved to the crowd as she replied.",
        "As many harbour engineers have said, the old ferries are no longer safe.",
    ],
)
def test_as_clause_without_a_report(extractor, sentence):
    """An as-clause with an object of its own, with no speaker, or of time (no comma) reports
    nothing."""
    assert said(extractor, sentence) == []


def test_a_second_report_after_but_is_its_own(extractor):
    out = said(
        extractor,
        "Mayor Ilse Brandt said the ferries would run until May, but Tomas Varga said the bridge would close in June.",
    )
    assert [(who, text) for who, text, _ in out] == [
        ("Ilse Brandt", "the ferries would run until May"),
        ("Tomas Varga", "the bridge would close in June"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'According to Mayor Ilse Brandt: "The ferries will run until May and nobody will stop them."',
        'According to Mayor Ilse Brandt, "The ferries will run until May and nobody will stop them."',
        '"The ferries will run until May and nobody will stop them," according to Mayor Ilse Brandt.',
    ],
)
def test_according_to_credits_a_quote(extractor, sentence):
    """'According to X, "..."': the phrase credits the quote as a speech verb would."""
    out = said(extractor, sentence)
    assert [(who, direct) for who, _, direct in out] == [("Ilse Brandt", True)]
    assert out[0][1].startswith("The ferries will run until May and nobody will stop them")


def test_a_title_with_a_name_in_apposition_is_that_person(extractor):
    """'Its spokesman, Mamadou Sylla, said': the person named, not the spokesman of the
    paragraph before."""
    out = said(
        extractor,
        "Army spokesman Col. Oumar Traoré said the attackers had come from Guinea. The Guinean government "
        "rejected the accusations on Tuesday. Its spokesman, Mamadou Sylla, said Guinea had never served as a base "
        "for attacks on any neighbour.",
    )
    assert ("Mamadou Sylla", "Guinea had never served as a base for attacks on any neighbour", False) in out
    assert not any(s == "Oumar Traoré" and "base" in t for s, t, _ in out)


def test_a_message_that_speaks_is_its_authors(extractor):
    """"The ministry's statement said ...", "A statement from X said ...", "A report published
    by X concluded ...": the author speaks (lexicon statement_nouns)."""
    out = said(
        extractor,
        "Estonia's Foreign Ministry summoned the envoy on Monday. The ministry's statement said that the envoy "
        "had been handed a note of protest.",
    )
    assert out == [("Foreign Ministry", "the envoy had been handed a note of protest", False)]
    out = said(extractor, "A statement from the Estonian Foreign Ministry said that the envoy had been handed a note of protest.")
    assert out == [("Estonian Foreign Ministry", "the envoy had been handed a note of protest", False)]


def test_the_report_said_with_no_named_author_gives_no_statement(extractor):
    """A report of no named author, or a new one with none ('a separate report') between the
    named one and 'the report said', credits nobody."""
    out = said(extractor, "A report circulated among shipping firms said the tolls would rise.\n\nThe report said that fees would double.")
    assert out == []
    out = said(
        extractor,
        "A report by the Senate Harbor Committee faulted the dredging contracts.\n\nA separate report circulated "
        "among shipping firms on Friday criticised the tolls.\n\nThe report said that fees would double.",
    )
    assert out == []


def test_a_message_seen_by_a_newspaper_is_not_the_newspapers(extractor):
    """'a memo seen by the Herald said ...': the agent of a verb of getting hold of a message
    (lexicon message_access_verbs) is not its author."""
    out = said(extractor, "A memo obtained by the Lakeside Courier said the pier would close in May.")
    assert all(s != "Lakeside Courier" for s, _, _ in out)


def test_cue_in_a_relative_clause_reports_about_its_noun(extractor):
    """'a move the Pentagon said made any settlement harder': the noun is the missing subject
    of what is said."""
    out = said(
        extractor,
        "The rebels announced last month that they would form a rival council in the north, a move the Pentagon "
        "said made any settlement harder.",
    )
    assert ("United States Department of Defense", "a move made any settlement harder", False) in out


def test_a_relative_of_the_same_surname_does_not_take_the_surname(extractor):
    # news names a relative by first name after (AP style): "Varga" stays the principal
    out = said(
        extractor,
        "The farmer Daniel Brooks said on Monday that the mill would stay open.\n\n"
        '"We will rebuild it," his wife, Laura Anne Brooks, told reporters.\n\n'
        "A trained engineer, Brooks had no savings. He told the court that he had borrowed from his brothers.",
    )
    assert ("Daniel Brooks", "he had borrowed from his brothers", False) in out
    assert ("Laura Anne Brooks", "We will rebuild it", True) in out


def test_quote_closing_after_the_parsed_clause_stays_in_it(extractor):
    out = said(
        extractor,
        'A long sentence "would send a clear signal that fraud of this kind is never tolerated - '
        'or even worse, a trade to be admired," prosecutor Helen Odum wrote.',
    )
    assert len(out) == 1
    speaker, text, _ = out[0]
    assert speaker == "Helen Odum" and text.endswith("a trade to be admired")


def test_quote_paragraph_goes_on_with_the_last_speaker_of_the_paragraph_before(extractor):
    out = said(
        extractor,
        "The minister Anna Lindqvist spoke at the forum on Monday.\n\n"
        "The fleet would stay in port until the spring, Lindqvist told the forum.\n\n"
        '"Nobody should doubt that we will defend our waters."',
    )
    assert ("Anna Lindqvist", "Nobody should doubt that we will defend our waters.", True) in out


def test_cue_after_a_comma_ending_the_sentence(extractor):
    out = said(
        extractor,
        "The minister Anna Lindqvist spoke at the forum on Monday.\n\n"
        'Ships should keep to the agreed lanes and not use words like "soon" and "later", she told reporters.',
    )
    assert [o[0] for o in out] == ["Anna Lindqvist"]
    assert out[0][1].startswith("Ships should keep to the agreed lanes")


def test_nested_report_with_two_verbs_is_one_statement_each(extractor):
    out = said(
        extractor,
        "Judge Ellen Marsh said Portugal's Justice Ministry requested that the fisherman be sent home at once "
        "to serve his time there and indicated that he would be freed on parole in 2019.",
    )
    assert ("Ellen Marsh", "Portugal's Justice Ministry requested that the fisherman be sent home at once to serve his time there "
            "and indicated that he would be freed on parole in 2019", False) in out
    ministry = [o[1] for o in out if o[0] != "Ellen Marsh"]
    assert "he would be freed on parole in 2019" in ministry


def test_that_clause_of_a_phrase_before_the_cue_is_not_reported(extractor):
    out = said(
        extractor,
        "In an apparent answer to policies backed by opposition leader Marta Holm, including suggestions that the fleet "
        "should be sold to Norway, Defence Minister Karl Ostberg stressed broad support for the navy.",
    )
    assert not [o for o in out if o[0] == "Karl Ostberg" and "fleet should be sold" in o[1]]


def test_a_title_no_one_holds_yet_is_the_speaker_named_next(extractor):
    out = said(
        extractor,
        "The deputy head of Norway's delegation to the forum said the quotas should be cut.\n\n"
        '"This is a time of cooperation and common security," Rear Admiral Hu Weiming told reporters.',
    )
    assert [o[0] for o in out] == ["Hu Weiming", "Hu Weiming"]


def test_a_name_inside_a_quote_is_no_subject_after_its_speaker(extractor):
    """Marsh: '"He is wrong. Smith was radicalized at home." He argued ...': Smith is the
    subject of a sentence in Marsh's words, not of the story's, so 'he' is still Marsh."""
    text = 'Daniel Marsh met John Smith. "He is wrong. Smith was radicalized at home." He argued that the group was weak.'
    doc = extractor.nlp(text)
    table = ActorTable(extractor.gazetteer)
    marsh = table.person("Daniel Marsh", 0, 12)
    smith = table.person("John Smith", 17, 27)
    table.mention(smith, text.index("Smith was"), text.index("Smith was") + 5)
    quote = (text.index("He is"), text.index('."') + 1)
    resolver = Resolver(table)
    resolver.history = [(quote[0], marsh)]
    he = text.index("He argued")
    assert resolver.pronoun("he", he, doc=doc) == smith  # the quote's name read as the story's
    resolver.quotes = [quote]
    assert resolver.pronoun("he", he, doc=doc) == marsh

