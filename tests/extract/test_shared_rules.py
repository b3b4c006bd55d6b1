"""The rules two extraction modules share, each one function in the actor layer
(kg/extract/actors.py) that the others ask: a name without its article (``strip_np``, for
actors and named events). Every sentence is written for these tests (none comes from an
article)."""

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
