"""The rules two extraction modules share, each one function in the actor layer
(kg/extract/actors.py) that the others ask: a name without its article (``strip_np``, for
actors and named events) and a state's armed forces (``armed_forces_of``, for event
participants and for claims). Every sentence is written for these tests (none comes from
an article)."""

from __future__ import annotations

import pytest

from kg.extract.actors import strip_np
from tests.extract.helpers import events, run

slow = pytest.mark.slow


def test_a_name_opening_a_sentence_loses_its_article_as_it_does_inside_one():
    """'The Kestrel Bay Dialogue' at a sentence's start names what 'the Kestrel Bay
    Dialogue' names later; the name itself is kept as written."""
    assert strip_np("The Kestrel Bay Dialogue") == strip_np("the Kestrel Bay Dialogue") == "Kestrel Bay Dialogue"
    assert strip_np("Kestrel Bay Dialogue") == "Kestrel Bay Dialogue"
    assert strip_np("Theodora Bay Forum") == "Theodora Bay Forum"  # a word, not an article


@slow
def test_a_named_gathering_told_twice_is_one_event(extractor):
    ex, names = run(
        extractor,
        "The Kestrel Bay Dialogue opened in Villa Serrano on Monday. Defence ministers from Bolivia "
        "and Paraguay met at the Kestrel Bay Dialogue on Tuesday.",
    )
    assert len(events(ex, names, "meeting")) == 1


@slow
def test_a_states_soldiers_are_its_army_and_its_warships_its_navy(extractor):
    """Event participants: a demonym before a word for troops is the state's forces as a
    whole, before a word for ships its navy, when the article names them."""
    alert = "The Paraguayan Navy and the Paraguayan Army were put on alert on Monday. "
    ex, names = run(extractor, alert + "On Tuesday, Bolivian and Paraguayan soldiers exchanged fire near Puerto Busch.")
    [(_, parts, _)] = events(ex, names, "armed_attack")
    assert "Paraguayan Army" in parts and "Paraguayan Navy" not in parts
    ex, names = run(extractor, alert + "On Tuesday, Bolivian and Paraguayan warships exchanged fire near Puerto Busch.")
    [(_, parts, _)] = events(ex, names, "armed_attack")
    assert "Paraguayan Navy" in parts and "Paraguayan Army" not in parts


@slow
def test_its_soldiers_in_a_denial_are_the_states_army_not_its_navy(extractor):
    """Claims: 'Paraguay said its soldiers had not fired' denies for the Paraguayan Army,
    the forces as a whole, though the article also names the Paraguayan Navy."""
    ex, names = run(
        extractor,
        "A mortar round hit a clinic in the Bolivian town of Villa Serrano on Tuesday. Bolivia blamed the "
        "Paraguayan Navy and the Paraguayan Army for the attack. Paraguay said its soldiers had not fired on the town.",
    )
    denials = {(names[c.claimant], names[c.agent]) for c in ex.claims if c.kind == "denial"}
    assert denials == {("Paraguay", "Paraguayan Army")}
