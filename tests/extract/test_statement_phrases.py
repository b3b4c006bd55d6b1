"""Statements said in a phrase rather than a clause ('called the plan a disaster', 'dismissed
the remarks as campaign talk', 'vowed to block the bill'), and speakers named by a title of
their country ('the Kazakh leader said'), on sentences written for these tests (none comes
from an evaluation set)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extract.helpers import statements_of

pytestmark = pytest.mark.slow

HEAD = "Port dispute deepens in Tarnow\n\n"

# (speaker name, statement text, direct) of each statement of an article under HEAD
said = partial(statements_of, head=HEAD, published=dt.date(2016, 5, 4))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'Governor Ana Lopez has repeatedly targeted the island, calling its fishermen "pirates" and thieves.',
            [("Ana Lopez", "its fishermen pirates and thieves", False)],
            id="what_the_speaker_called_something_with_a_scare_quote_folded",
        ),
        pytest.param(
            "Senator Ruth Hale met the growers on Monday. She called the proposal a disaster for farmers.",
            [("Ruth Hale", "the proposal a disaster for farmers", False)],
            id="called_an_object_a_name",
        ),
        pytest.param(
            "Governor Ana Lopez called Senator Ruth Hale on Monday. Hale was called a traitor by her rivals.",
            [],
            id="a_call_that_names_nothing_is_no_statement",
        ),
        pytest.param(
            "Last year, Mayor Piotr Ostrowski played down the governor's remarks as campaign talk. "
            "Governor Ana Lopez dismissed the audit as a political stunt.",
            [
                ("Piotr Ostrowski", "the governor's remarks as campaign talk", False),
                ("Ana Lopez", "the audit as a political stunt", False),
            ],
            id="dismissed_as",
        ),
        pytest.param(
            'Mayor Piotr Ostrowski called the audit "a stunt by people who never ran a port".',
            [("Piotr Ostrowski", "a stunt by people who never ran a port", True)],
            id="a_name_quoted_whole_after_a_speech_verb_stays_the_quote",
        ),
        pytest.param(
            'Last year, Mayor Piotr Ostrowski played down the governor\'s remarks as "just part of the campaign".',
            [("Piotr Ostrowski", "the governor's remarks as just part of the campaign", False)],
            id="a_quoted_name_after_a_verb_of_no_speech_is_folded",
        ),
        pytest.param(
            "Senator Ruth Hale noted that Governor Ana Lopez had promised to build two new piers.",
            [("Ruth Hale", "Governor Ana Lopez had promised to build two new piers", False)],
            id="a_promise_reported_by_another_is_the_reporters_words",
        ),
        pytest.param(
            "Using a crude image to describe the mayors as lining their pockets, Governor Ana Lopez left the hall.",
            [],
            id="described_as_a_manner_is_no_statement",
        ),
        pytest.param(
            "Senator Ruth Hale has vowed to block the nomination. Governor Ana Lopez threatened to close the port "
            "unless the council pays.",
            [
                ("Ruth Hale", "to block the nomination", False),
                ("Ana Lopez", "to close the port unless the council pays", False),
            ],
            id="vowed_to_and_threatened_to",
        ),
        pytest.param(
            "The storm threatened to derail the talks in Tarnow.",
            [],
            id="a_thing_that_threatens_says_nothing",
        ),
        pytest.param(
            "Mayor Piotr Ostrowski spoke for an hour. He went out of his way to say that the harbour had never been busier.",
            [("Piotr Ostrowski", "the harbour had never been busier", False)],
            id="infinitive_on_a_noun_has_the_verbs_subject",
        ),
        pytest.param(
            "President Arman Zhakenov of Kazakhstan held his annual news conference on Thursday.\n\n"
            '"There is no doubt that he is a very capable and honest man," the Kazakh leader said.',
            [("Arman Zhakenov", "There is no doubt that he is a very capable and honest man", True)],
            id="the_leader_of_a_country_is_the_person_not_the_country",
        ),
        pytest.param(
            "Senator Ruth Hale stressed bipartisan support for the new harbour. Governor Ana Lopez also warned the "
            "council against new levies on fishermen. Mayor Piotr Ostrowski admitted to misleading the council over "
            "the costs.",
            [
                ("Ruth Hale", "bipartisan support for the new harbour", False),
                ("Ana Lopez", "the council against new levies on fishermen", False),
                ("Piotr Ostrowski", "misleading the council over the costs", False),
            ],
            id="the_object_of_a_speech_verb_is_what_is_said",
        ),
        pytest.param(
            "Senator Ruth Hale stressed this. Governor Ana Lopez warned the council. Hale told reporters nothing.",
            [],
            id="a_short_or_said_object_is_no_statement",
        ),
        pytest.param(
            "A tug drifted into the ferry lane in March, a near-miss that Governor Ana Lopez called a danger to the "
            "island's ferries.",
            [("Ana Lopez", "a near-miss a danger to the island's ferries", False)],
            id="what_a_relative_clause_calls_its_noun",
        ),
        pytest.param(
            "Governor Ana Lopez dismissed the allegation as a fabrication by her rivals.",
            [],
            id="dismissing_an_allegation_is_a_denial_not_a_statement",
        ),
    ],
)
def test_what_is_said(extractor, body, expected):
    """(speaker, statement text, direct) of each statement the body tells, one construction a row."""
    assert said(extractor, body) == expected


def test_the_leader_is_not_a_lesser_title_holder_of_that_country(extractor):
    out = said(
        extractor,
        "President Arman Zhakenov of Kazakhstan and Vice President Dana Omarova of Kazakhstan visited Almaty.\n\n"
        '"The new bridge will open before the winter," the Kazakh leader said.',
    )
    assert [s for s, _, _ in out] == ["Arman Zhakenov"]
