"""bench/resolution_eval.py finds a gold item where its gold file says it is."""

from __future__ import annotations

from bench.resolution_eval import _node

BODY = "Envoys met in Varno on Monday. A second meeting, in Tolsk on Friday, was cut short. The meeting in Tolsk ended early."
FIRST = BODY.index("meeting")
SECOND = BODY.index("meeting", FIRST + 1)


def test_an_event_word_is_looked_up_only_where_the_gold_says():
    only_second = [(SECOND, SECOND + len("meeting"), "tolsk-meeting")]
    assert _node(BODY, only_second, "meeting", only_named=True) is None
    assert _node(BODY, only_second, "meeting#2", only_named=True) == "tolsk-meeting"


def test_an_actor_name_may_be_found_at_a_later_occurrence():
    second_tolsk = BODY.index("Tolsk", BODY.index("Tolsk") + 1)
    mentions = [(second_tolsk, second_tolsk + len("Tolsk"), "tolsk")]
    assert _node(BODY, mentions, "Tolsk") == "tolsk"


def test_an_event_word_in_the_headline_stands_for_its_first_in_the_body():
    body = "Tolsk meeting cut short\n\nEnvoys held a meeting in Tolsk on Friday. Another meeting is due."
    first_below = body.index("meeting", body.index("\n"))
    later = body.index("meeting", first_below + 1)
    assert _node(body, [(first_below, first_below + 7, "friday-meeting")], "meeting", only_named=True) == "friday-meeting"
    assert _node(body, [(later, later + 7, "due-meeting")], "meeting", only_named=True) is None
