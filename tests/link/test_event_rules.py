"""The event coreference predicates of kg.link.events on hand-built events and nodes (no
store, no spaCy): places a report names together, near event types, and the choice among
several nodes that fit a vague date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from rdflib.term import URIRef

from kg.link import events as ev
from kg.rdf import BASE
from kg.vocab import ET
from tests.link.helpers import Article, event_of, evidence, ingest

D = dt.date
G1, G2 = URIRef(f"{BASE}graph/first"), URIRef(f"{BASE}graph/second")


def actor(name: str) -> URIRef:
    return URIRef(f"{BASE}id/actor/{name}")


def place(name: str) -> URIRef:
    return URIRef(f"{BASE}id/place/{name}")


def event(etype="armed_attack", begin=D(2031, 4, 8), end=None, *, sentence="", **args) -> ev._Event:
    words = frozenset(ev._content_words(sentence))
    return ev._Event(
        iri=URIRef(f"{BASE}id/event/second/10"),
        type=ET[etype],
        begin=begin,
        end=end or begin,
        words=set(words),
        sentences=[words],
        **args,
    )


def node(begin=D(2031, 4, 8), end=None, *, sentence="", near=False, **args) -> ev._Profile:
    words = frozenset(ev._content_words(sentence))
    return ev._Profile(
        URIRef(f"{BASE}id/event/first/20"),
        dates={G1: (begin, end or begin)},
        words=set(words),
        sentences=[words],
        near=near,
        **args,
    )


# -- places at other granularity -------------------------------------------------------


def test_a_town_and_its_province_named_together_by_one_report_are_one_place() -> None:
    # "the strike on the pumping station at Varnitsa, in Ostrel province" (first report);
    # "the strike on Varnitsa" (second)
    first = node(
        places={place("ostrel")},
        sentence="Rockets hit the pumping station at Varnitsa, in Ostrel province, on Tuesday.",
    )
    second = event(places={place("varnitsa")}, sentence="The strike on Varnitsa cut water.")
    m = ev._match(second, first)
    assert m is not None and m.shared == [("place", place("varnitsa"))] and m.precise


def test_places_no_report_names_together_still_conflict() -> None:
    first = node(places={place("ostrel")}, sentence="Rockets hit a depot in Ostrel on Tuesday.")
    second = event(
        places={place("varnitsa")}, sentence="Rockets also hit the market in Varnitsa on Tuesday."
    )
    assert ev._match(second, first) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mourners recalled the Varnitsa shooting", {"varnitsa"}),
        ("after Sunday's Port Elsa bombing", {"port-elsa", "elsa", "sunday-s-port-elsa"}),
        ("a day after the U.S. strike", {"u-s"}),
        ("after the Varnitsa market bombing", {"varnitsa"}),
        ("Korvenia said the attack", set()),  # a speaker, then words that say nothing of it
        ("Gunmen fired on a market in Varnitsa. Talks", set()),  # the sentence before
        ("the attack", set()),
    ],
)
def test_a_trigger_is_named_after_the_capitalised_words_right_before_it(text, named) -> None:
    at = text.rindex(" ") + 1
    assert {ev._local(p) for p in ev._named_after(text, at)} == named


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Like the Dorlan shooting", {"dorlan"}),
        ("Drones struck", set()),  # the capital a sentence begins with
        ("after Sunday's Port Elsa bombing", set()),
        ("a day after the U.S. strike", {"u-s"}),
    ],
)
def test_a_name_that_can_conflict_follows_the(text, called) -> None:
    at = text.rindex(" ") + 1
    assert {ev._local(p) for p in ev._named_after(text, at, after_the=True)} == called


def _shooting(doc_id: str, published: dt.date, text: str, trigger: str, **kw) -> Article:
    a = Article(doc_id, text, published)
    return a.event("e", "armed_attack", "Shooting", trigger, start=D(2031, 4, 6), **kw)


@pytest.mark.parametrize("reverse", [False, True])
def test_a_report_naming_the_event_after_its_town_joins_the_event_there(store, reverse) -> None:
    # "the Varnitsa shooting" names the town where another report says the gunman fired;
    # the shooting in Orsk that Sunday is another event
    wire = _shooting(
        "wire", D(2031, 4, 7), "A gunman opened fire at a market in Varnitsa on Sunday.\n",
        "opened fire", location="Varnitsa",
    )
    orsk = _shooting(
        "orsk", D(2031, 4, 7), "Police in Orsk said a guard was shot on Sunday.\n", "shot",
        location="Orsk",
    )
    later = _shooting(
        "later", D(2031, 4, 9), "Flags flew low after the Varnitsa shooting on Sunday.\n",
        "shooting",
    )
    ingest(store, *([later, orsk, wire] if reverse else [wire, orsk, later]))
    assert event_of(store, "later", "shooting") == event_of(store, "wire", "opened fire")
    assert event_of(store, "orsk", "shot") != event_of(store, "wire", "opened fire")
    if not reverse:
        (why,) = [w for w in evidence(store, "later", "shooting") if w.startswith("same-event:")]
        assert "shared place:varnitsa" in why


@pytest.mark.parametrize("reverse", [False, True])
def test_a_report_naming_an_attack_after_another_town_stays_apart(store, reverse) -> None:
    # a comment piece tells the Varnitsa shooting and compares it with "the Dorlan shooting",
    # an earlier attack of that kind: the words of their sentence are one story, the name
    # another place
    wire = _shooting(
        "wire", D(2031, 4, 7), "A gunman opened fire at a market in Varnitsa on Sunday, killing six traders.\n",
        "opened fire", location="Varnitsa",
    )
    comment = Article(
        "comment", "Like the Dorlan shooting, the killing of six traders at the Varnitsa market was the work of one gunman.\n",
        D(2031, 4, 10),
    )
    comment.event("e", "armed_attack", "Shooting", "shooting")
    ingest(store, *([comment, wire] if reverse else [wire, comment]))
    assert event_of(store, "comment", "shooting") != event_of(store, "wire", "opened fire")


@pytest.mark.parametrize(
    ("named", "actors", "elsewhere"),
    [
        ({"dorlan"}, set(), True),  # "the Dorlan shooting", the node in Varnitsa
        ({"varnitsa"}, set(), False),  # the node's own place
        ({"sunday-s-varnitsa", "varnitsa"}, set(), False),
        ({"korvan"}, {"korvan"}, False),  # "the Korvan attack": an actor of a report
        ({"friday"}, set(), False),  # "the Friday attacks": a day, not a place
        ({"russian"}, set(), False),  # "the Russian strike": a demonym
        ({"russia"}, set(), False),  # a country the gazetteer knows: the town may lie in it
    ],
)
def test_a_trigger_named_after_another_place_is_another_event(named, actors, elsewhere) -> None:
    gaz = ev.default_gazetteer()
    runs = {place(n) for n in named}
    assert ev._named_elsewhere(runs, {place("varnitsa")}, {actor(a) for a in actors}, gaz) is elsewhere
    assert not ev._named_elsewhere(runs, set(), set(), gaz)  # the other report names no place
    assert not ev._named_elsewhere(runs, {place("russia")}, set(), gaz)  # a town of that country


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"war"}, {"raid"}, True),
        ({"civil war", "conflict"}, {"strike", "attack"}, True),
        ({"wars"}, {"war"}, False),
        ({"raid", "fighting"}, {"strike"}, False),  # a clash may be one happening
        (set(), {"war"}, False),
    ],
)
def test_a_war_and_a_happening_in_it_are_two_events(a, b, apart) -> None:
    assert ev._a_war_and_a_happening_in_it(a, b) is apart
    assert ev._a_war_and_a_happening_in_it(b, a) is apart


@pytest.mark.parametrize("reverse", [False, True])
def test_a_strike_joins_the_raid_not_the_war_one_sentence_tells_with_it(store, reverse) -> None:
    # the analysis names the raid and the war in one sentence, with the town and the
    # country: the wire's strike in the town is the raid, whichever is stored first
    analysis = Article(
        "analysis", "Last Tuesday's raid on the fuel depot in Port Elsa was a reminder that "
        "the war in Marvania is fought from the air.\n", D(2031, 4, 13),
    )
    analysis.event("r", "armed_attack", "Raid", "raid", start=D(2031, 4, 8))
    analysis.event("w", "armed_attack", "War", "war", location="Marvania")
    wire = Article("wire", "Drones struck the fuel depot in Port Elsa on Tuesday.\n", D(2031, 4, 8))
    wire.event("s", "armed_attack", "Strike", "struck", start=D(2031, 4, 8), location="Port Elsa")
    ingest(store, *([analysis, wire] if reverse else [wire, analysis]))
    assert event_of(store, "wire", "struck") == event_of(store, "analysis", "raid")
    assert event_of(store, "analysis", "war") != event_of(store, "analysis", "raid")


@pytest.mark.parametrize(
    ("text", "lies_in"),
    [
        ("Guards held two men near the Moldovan village of Malvesk.", {"malvesk": {"moldova"}}),
        ("Shots were heard in Malvesk, Moldova, at dawn.", {"malvesk": {"moldova"}}),
        ("In Malvesk, Moldova", {"in-malvesk": {"moldova"}, "malvesk": {"moldova"}}),
        ("the Moldovan side of Malvesk", {}),  # "side" is no settlement
        ("Chisinau, Moldova", {}),  # the gazetteer knows where a capital is
    ],
)
def test_an_article_says_which_country_a_village_lies_in(text, lies_in) -> None:
    assert ev._lies_in(text, ev.default_gazetteer()) == lies_in


def test_a_village_lies_in_its_country_not_in_another_nor_is_it_another_village() -> None:
    gaz, malvesk = ev.default_gazetteer(), place("malvesk")
    said = {"malvesk": {"moldova"}}
    assert ev._in_the_country({malvesk}, {place("moldova")}, said, gaz) == [malvesk]
    assert ev._in_the_country({malvesk}, {place("romania")}, said, gaz) == []
    two = {**said, "orhei": {"moldova"}}
    assert ev._in_the_country({malvesk}, {place("orhei")}, two, gaz) == []


@pytest.mark.parametrize("reverse", [False, True])
def test_a_detention_near_a_village_and_on_its_country_s_soil_are_one_event(store, reverse) -> None:
    wire = Article(
        "wire",
        "Border guards detained two herders near the Moldovan village of Malvesk on Sunday.\n",
        D(2031, 5, 5),
    )
    wire.event("d", "other", "Detention", "detained", start=D(2031, 5, 4), location="Malvesk")
    protest = Article(
        "protest", "The government protested the detention of two herders in Moldova on Sunday.\n",
        D(2031, 5, 6),
    )
    protest.event("d", "other", "Detention", "detention", start=D(2031, 5, 4), location="Moldova")
    ingest(store, *([protest, wire] if reverse else [wire, protest]))
    assert event_of(store, "protest", "detention") == event_of(store, "wire", "detained")


# -- near event types ------------------------------------------------------------------


def test_near_types_come_from_the_rules_data() -> None:
    assert ev.near_types(ET["armed_attack"]) == (ET["military_activity"],)
    assert ev.near_types(ET["military_activity"]) == (ET["armed_attack"],)
    assert ev.near_types(ET["sanction"]) == ()


def test_a_near_type_joins_on_the_same_day_with_a_shared_target() -> None:
    # "the incursion into Korvenia" (military_activity) and "the attack on Korvenia"
    korvenia = actor("korvenia")
    first = node(targets={korvenia}, near=True)
    m = ev._match(event(targets={korvenia}), first)
    assert m is not None and m.precise


def test_a_near_type_needs_more_than_a_place_or_a_vague_date() -> None:
    korvenia, town = actor("korvenia"), place("ostrel")
    assert ev._match(event(places={town}), node(places={town}, near=True)) is None
    week = event(begin=D(2031, 4, 7), end=D(2031, 4, 13), targets={korvenia})
    assert ev._match(week, node(targets={korvenia}, near=True)) is None
    # the same pair of one type merges on the place alone
    assert ev._match(event(places={town}), node(places={town})) is not None


# -- several nodes fit a vague date ----------------------------------------------------


def _m(shared, precise=False, words=()) -> ev._Match:
    e = event(begin=D(2031, 4, 7), end=D(2031, 4, 13))
    return ev._Match(e, node(), list(shared), precise, (G1, e.begin, e.end), words=list(words))


def test_of_the_nodes_that_fit_a_vague_date_the_only_one_sharing_an_argument_wins() -> None:
    # "last week's talks in Selvara between the two governments": the Selvara talks, not a
    # meeting later in the month that shares only the words of its sentence
    argued = _m([("place", place("selvara"))])
    weak = _m([], words=["prisoner", "principle"])
    assert ev._fitting([argued, weak]) == [argued]


def test_two_nodes_sharing_arguments_with_a_vague_date_stay_apart() -> None:
    a, b = _m([("place", place("selvara"))]), _m([("participant", actor("korvenia"))])
    assert ev._fitting([a, b]) == []
    assert ev._fitting([_m([], words=["a1", "b1"]), _m([], words=["c1", "d1"])]) == []


# -- targets named at other granularity ------------------------------------------------


def test_a_body_of_a_country_and_the_country_are_one_target() -> None:
    # "hackers hit the National Bank of Lithuania" and "the cyberattack on Lithuania"
    gaz = ev.default_gazetteer()
    bank, lithuania = actor("national-bank-of-lithuania"), actor("lithuania")
    assert ev._actor_country(bank, gaz) == "lithuania"
    assert ev._shared_targets({bank}, {lithuania}, gaz) == [bank]
    assert ev._shared_targets({bank}, {actor("latvia")}, gaz) == []
    assert ev._actor_country(actor("bank-of-the-south"), gaz) is None


# -- an undated report stored before the report that dates the event --------------------


def _undated(doc_id: str, published: dt.date, text: str, role: str = "targets"):
    a = Article(doc_id, text, published)
    a.actor("t", "Korvenia", "country", "Korvenia")
    return a.event("e", "cyberattack", "hacking", "hit", **{role: ("t",)})


def _dated(doc_id: str, published: dt.date, day: dt.date):
    a = Article(doc_id, "Hackers hit the grid operator of Korvenia, officials said.\n", published)
    a.actor("t", "Korvenia", "country", "Korvenia")
    return a.event("e", "cyberattack", "hacking", "hit", start=day, targets=("t",))


def test_a_dated_report_joins_an_undated_one_stored_before_it(store) -> None:
    first = _undated("first", D(2031, 4, 10), "Hackers hit servers in Korvenia.\n")
    later = _dated("later", D(2031, 4, 12), D(2031, 4, 8))
    ingest(store, first, later)
    assert event_of(store, "later", "hit") == event_of(store, "first", "hit")
    (why,) = [w for w in evidence(store, "later", "hit") if w.startswith("same-event:")]
    assert "undated report" in why and "shared target:korvenia" in why


def test_a_dated_report_and_an_undated_one_stay_apart_when_too_far_or_roles_differ(store) -> None:
    old = _undated("old", D(2031, 4, 10), "Hackers hit servers in Korvenia.\n")
    later = _dated("later", D(2031, 5, 2), D(2031, 5, 1))  # published 3 weeks after the report
    doer = _undated("doer", D(2031, 5, 2), "Korvenia hit servers.\n", "participants")
    ingest(store, old, doer, later)
    assert event_of(store, "later", "hit") not in (event_of(store, "old", "hit"), event_of(store, "doer", "hit"))


def test_sentence_words_alone_need_a_day_on_one_side() -> None:
    # "the two sides will meet again later this month to discuss prisoners" and "last week's
    # talks on prisoners in principle": no actor, no place, no day on either side
    said = "The two sides agreed in principle on prisoners and will meet again this month."
    vague = event("meeting", D(2031, 4, 1), D(2031, 4, 30), sentence=said)
    week = node(D(2031, 4, 7), D(2031, 4, 13), sentence="Last week's talks agreed in principle on prisoners.")
    assert ev._match(vague, week) is None
    day = node(D(2031, 4, 9), sentence="Wednesday's talks agreed in principle on prisoners.")
    assert ev._match(vague, day) is not None


def test_sentence_words_alone_need_the_same_day_when_both_give_one() -> None:
    # "the minister briefed the ambassadors in Varde on Wednesday" is not "Thursday's
    # session" that a report dated to the day and another to the week
    session = ev._Profile(
        URIRef(f"{BASE}id/event/first/20"),
        dates={G1: (D(2031, 4, 7), D(2031, 4, 13)), G2: (D(2031, 4, 10), D(2031, 4, 10))},
        words={"foreign", "korvenia", "session"},
        sentences=[frozenset({"foreign", "korvenia", "session"})],
    )
    briefing = event("meeting", D(2031, 4, 9), sentence="Korvenia's foreign minister briefed envoys.")
    assert ev._match(briefing, session) is None
    same_day = event("meeting", D(2031, 4, 10), sentence="Korvenia's foreign minister briefed envoys.")
    assert ev._match(same_day, session) is not None
    # with a shared argument, a day of slack still joins (an overnight strike)
    korvenia = actor("korvenia")
    argued = event("meeting", D(2031, 4, 9), participants={korvenia}, sentence="Envoys met.")
    assert ev._match(argued, replace(session, participants={korvenia})) is not None


def test_a_vague_date_and_sentence_words_alone_need_three_words() -> None:
    day = node(D(2031, 4, 9), sentence="Hackers crippled the payment system of the central bank on Wednesday.")
    told = event("cyberattack", D(2031, 4, 1), D(2031, 4, 30), sentence="Hackers crippled the payment system.")
    assert ev._match(told, day) is not None  # hacker, crippled, payment, system
    few = event("cyberattack", D(2031, 4, 1), D(2031, 4, 30), sentence="The outage hit the payment system.")
    assert ev._match(few, day) is None  # payment, system


def test_of_weak_matches_the_only_one_on_the_same_day_wins() -> None:
    same_day = _m([], precise=True, words=["delegation", "qatari"])
    window = _m([], words=["delegation", "qatari", "capital"])
    assert ev._fitting([same_day, window]) == [same_day]
    assert ev._fitting([same_day, _m([], precise=True, words=["x1", "y1"])]) == []


def test_of_weak_matches_on_the_same_day_the_one_told_clearly_most_wins() -> None:
    # "an emergency session of the Varde commission will take place on Thursday": the
    # commission's session in Varde (its reports say emergency, varde, commission), not the
    # ministers' meeting in another capital that Thursday (the report's "foreign", "ministry")
    session = _m([], precise=True, words=["commission", "emergency", "varde"])
    ministers = _m([], precise=True, words=["foreign", "ministry"])
    window = _m([], words=["commission", "emergency", "varde"])  # a vague date counts less
    assert ev._fitting([window, ministers, session]) == [session]
    # as many words on both sides, or fewer than three: no telling them apart
    assert ev._fitting([session, _m([], precise=True, words=["a1", "b1", "c1"])]) == []
    assert ev._fitting([_m([], precise=True, words=["a1", "b1"]), ministers]) == []
    # a shared argument still decides before words do
    argued = _m([("place", place("varde"))], precise=True)
    assert ev._fitting([argued, session]) == [argued]


def test_of_weak_matches_on_the_same_day_one_told_with_the_same_noun_counts_a_word_more() -> None:
    session = replace(_m([], precise=True, words=["emergency", "tarn"]), same_noun=True)
    ministers = _m([], precise=True, words=["foreign", "korvenia"])
    assert session.told == 3 and ministers.told == 2
    assert ev._fitting([ministers, session]) == [session]
    assert sorted([ministers, session], key=lambda m: m.rank)[0] is session


@pytest.mark.parametrize("reverse", [False, True])
def test_an_announced_session_joins_the_session_not_that_day_s_meeting(store, reverse) -> None:
    # the bulletin's words are shared as much with each of the brief's two Thursday
    # meetings (emergency, tarn / korvenia, foreign); the brief tells one as a session too
    bulletin = Article(
        "bulletin", "Monitors confirmed an emergency session at Tarn on Thursday, where "
        "Korvenia's foreign ministry will raise the fences.\n", D(2031, 4, 7),
    )
    bulletin.event("s", "meeting", "Session", "session", start=D(2031, 4, 10))
    brief = Article(
        "brief", "Korvenia's foreign minister was absent from the meeting in Selm on Thursday.\n"
        "Thursday's emergency session at Tarn ran for five hours.\n", D(2031, 4, 12),
    )
    brief.event("m", "meeting", "Meeting", "meeting", start=D(2031, 4, 10), location="Selm")
    brief.event("s", "meeting", "Session", "session", start=D(2031, 4, 10))
    ingest(store, *([brief, bulletin] if reverse else [bulletin, brief]))
    assert event_of(store, "bulletin", "session") == event_of(store, "brief", "session")
    assert event_of(store, "brief", "meeting") != event_of(store, "brief", "session")


def test_auxiliaries_and_number_words_say_nothing_about_which_event() -> None:
    # shared "are" and "two" once made two unrelated reports look alike
    assert ev._content_words("The two sides are still talking, and both said so again.") == {"side", "talking"}


def test_units_of_time_say_nothing_about_which_event() -> None:
    # "days" is too short for the plural rule that makes "drones" "drone"
    assert ev._content_words("Two days after the raid, hours of talks") == {"raid"}


# -- a mention that names nothing reads its paragraph ------------------------------------


def test_paragraph_words_run_from_the_paragraph_start_to_the_end_of_the_sentence() -> None:
    text = (
        "Officials met in Dorvan.\nAnton Vey and Ardo Pell crossed back at the Tarn bridge. "
        "Their arrest had angered the capital. Nobody commented.\nA fence went up in Selm."
    )
    words = ev._paragraph_words(text, text.index("arrest"))
    assert {"anton", "vey", "pell", "tarn", "bridge", "arrest", "angered", "capital"} <= words
    assert not words & {"dorvan", "nobody", "commented", "fence", "selm"}


def _herders(doc_id: str, published: dt.date, text: str, trigger: str, day: dt.date, **kw):
    return Article(doc_id, text, published).event("e", "other", "Detention", trigger, start=day, **kw)


@pytest.mark.parametrize("reverse", [False, True])
def test_a_report_that_names_nothing_joins_by_the_words_of_its_paragraph(store, reverse) -> None:
    # "Their arrest on Sunday night": who and where are in the sentences before it; in
    # either order (the words count from either side)
    first = _herders(
        "wire", D(2031, 6, 2),
        "Border guards detained the herders Anton Vey and Ardo Pell near Malvesk on Sunday night.\n",
        "detained", D(2031, 6, 1), location="Malvesk",
    )
    brief = _herders(
        "brief", D(2031, 6, 6),
        "1. Malvesk herders home. Anton Vey and Ardo Pell crossed back at the Tarn bridge "
        "yesterday. Their arrest on Sunday night had angered the capital.\n",
        "arrest", D(2031, 6, 1),
    )
    ingest(store, *([brief, first] if reverse else [first, brief]))
    assert event_of(store, "brief", "arrest") == event_of(store, "wire", "detained")


def test_words_of_another_paragraph_or_only_of_both_paragraphs_do_not_count(store) -> None:
    first = _herders(
        "wire", D(2031, 6, 2),
        "Border guards detained the herders Anton Vey and Ardo Pell near Malvesk on Sunday night.\n",
        "detained", D(2031, 6, 1), location="Malvesk",
    )
    apart = _herders(
        "apart", D(2031, 6, 6),
        "Anton Vey and Ardo Pell crossed back at the Tarn bridge yesterday.\n\n"
        "Their arrest on Sunday night had angered the capital.\n",
        "arrest", D(2031, 6, 1),
    )
    ingest(store, first, apart)
    assert event_of(store, "apart", "arrest") != event_of(store, "wire", "detained")
    # a word neither report's own sentence says: not a sign they tell one event
    e = event("other", sentence="Their arrest angered the capital.", para_words={"anton", "vey", "arrest", "angered", "capital"})
    n = node(sentence="The crossing reopened.", para_words={"anton", "vey", "crossing", "reopened"})
    assert ev._match(e, n) is None


def test_a_paragraph_does_not_join_a_detention_on_another_day() -> None:
    # the look-alike: a second detention near the same village days later
    e = event("other", D(2031, 6, 7), sentence="Their arrest angered the capital.", para_words={"malvesk", "herder", "arrest", "angered", "capital"})
    n = node(D(2031, 6, 1), sentence="Guards detained herders near Malvesk.", para_words={"guard", "detained", "herder", "malvesk"})
    assert ev._match(e, n) is None


def test_a_report_that_names_its_actors_does_not_read_its_paragraph(store) -> None:
    # the report names who was held: its own sentence says what it is about
    first = _herders(
        "wire", D(2031, 6, 2),
        "Border guards detained the herders Anton Vey and Ardo Pell near Malvesk on Sunday night.\n",
        "detained", D(2031, 6, 1), location="Malvesk",
    )
    named = Article(
        "named", "1. Malvesk herders home. Anton Vey and Ardo Pell crossed back at the Tarn bridge "
        "yesterday. The arrest of two Orsk traders on Sunday night had angered the capital.\n",
        D(2031, 6, 6),
    )
    named.actor("o", "Orsk", "country", "Orsk")
    named.event("e", "other", "Detention", "arrest", start=D(2031, 6, 1), targets=("o",))
    ingest(store, first, named)
    assert event_of(store, "named", "arrest") != event_of(store, "wire", "detained")
