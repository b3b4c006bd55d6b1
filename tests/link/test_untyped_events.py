"""Cross-article rules for reports real news gives without a date or a type (kg.link.events):
two undated reports of one happening, untyped reports told with other trigger words, and a
place one report makes an actor acted upon. Every merge is checked in both orders."""

from __future__ import annotations

import datetime as dt

from kg.link.events import triggers_agree
from kg.store import open_store
from tests.link.helpers import Article, actor_of, event_of, evidence, ingest

D = dt.date


def _both_orders(*articles: Article):
    """The stores the articles make in the order given and in the reverse order."""
    for order in (articles, tuple(reversed(articles))):
        store = open_store(None)
        ingest(store, *order)
        yield store


def _leak(doc_id: str, published: dt.date, text: str, trigger: str) -> Article:
    a = Article(doc_id, text, published)
    a.actor("w", "Saltmarsh", "group", "Saltmarsh")
    a.actor("p", "Verdant League", "organization", "Verdant League")
    return a.event("e", "other", "Saltmarsh leak of Verdant League files", trigger, participants=("w",), targets=("p",))


def test_two_undated_reports_with_the_same_actors_in_the_same_roles_are_one_event() -> None:
    first = _leak(
        "first", D(2031, 5, 2), "Donors were angry after Saltmarsh published the Verdant League files.\n", "published"
    )
    second = _leak(
        "second", D(2031, 5, 6), "The release of Verdant League files by Saltmarsh shook the party.\n", "release"
    )
    for store in _both_orders(first, second):
        assert event_of(store, "first", "published") == event_of(store, "second", "release")
        store.close()


def test_undated_reports_a_month_apart_or_with_one_actor_only_stay_apart() -> None:
    first = _leak(
        "first", D(2031, 5, 2), "Donors were angry after Saltmarsh published the Verdant League files.\n", "published"
    )
    later = _leak(
        "later", D(2031, 6, 20), "The release of Verdant League files by Saltmarsh shook the party.\n", "release"
    )
    for store in _both_orders(first, later):
        assert event_of(store, "first", "published") != event_of(store, "later", "release")
        store.close()
    one = Article("one", "Saltmarsh released more files, its spokesman said.\n", D(2031, 5, 4))
    one.actor("w", "Saltmarsh", "group", "Saltmarsh")
    one.event("e", "other", "Saltmarsh release", "released", participants=("w",))
    for store in _both_orders(first, one):
        assert event_of(store, "first", "published") != event_of(store, "one", "released")
        store.close()


def test_untyped_reports_told_as_other_happenings_stay_apart_on_shared_words() -> None:
    """'The resignation' and 'the release' share the story's words, not the happening."""
    quit_ = Article(
        "quit",
        "Verdant League chair Ilsa Moor said on Sunday she would resign over the leaked party files.\n",
        D(2031, 5, 3),
    )
    quit_.actor("m", "Ilsa Moor", "person", "Ilsa Moor")
    quit_.event("e", "other", "Ilsa Moor resignation", "resign", start=D(2031, 5, 2), participants=("m",))
    leak = Article(
        "leak",
        "Saltmarsh said the release of the party files of the Verdant League chair was in the public interest.\n",
        D(2031, 5, 4),
    )
    leak.actor("w", "Saltmarsh", "group", "Saltmarsh")
    leak.event("e", "other", "Saltmarsh release of files", "release", participants=("w",))
    for store in _both_orders(quit_, leak):
        assert event_of(store, "quit", "resign") != event_of(store, "leak", "release")
        store.close()


def test_trigger_words_agree_by_stem_or_by_a_row_of_kinds() -> None:
    assert triggers_agree({"resign"}, {"resignation"})
    assert triggers_agree({"arrested"}, {"detention"})
    assert triggers_agree({"stepped down"}, {"resigned"})
    assert triggers_agree({"leaked"}, {"release"})
    assert not triggers_agree({"resign"}, {"released"})
    assert not triggers_agree({"detained"}, {"leak"})


def test_a_village_one_report_makes_a_target_is_the_place_of_the_other() -> None:
    """'The seizure of the Dunmore men' (an undated look back) is the detention another
    report places at Dunmore, though the extractor made the village an actor acted upon."""
    wire = Article(
        "wire",
        "Border guards detained two shepherds near Dunmore on Sunday, the mission said.\n",
        D(2031, 4, 14),
    )
    wire.actor("g", "border guards", "group", "Border guards")
    wire.actor("s", "Ola Brenn", "person")
    wire.event(
        "e", "other", "detention of shepherds", "detained",
        start=D(2031, 4, 13), participants=("g",), targets=("s",), location="Dunmore",
    )
    review = Article(
        "review",
        "Ministers called the seizure of the Dunmore men an act of force by the occupying border guards.\n",
        D(2031, 4, 20),
    )
    review.actor("v", "Dunmore", "organization", "Dunmore")
    review.event("e", "other", "seizure of Dunmore", "seizure", targets=("v",))
    for store in _both_orders(wire, review):
        assert event_of(store, "review", "seizure") == event_of(store, "wire", "detained")
        store.close()


# -- a body the gazetteer ships with its country ------------------------------------------


def test_a_shipped_body_in_an_article_naming_no_country_is_its_home_countrys() -> None:
    """One article names Germany and so the extractor places the Bundestag there
    (``bundestag--germany``); another names no country at all: the same parliament. An
    article that names another country is not decided by this rule."""
    placed = Article("placed", "Germany's Bundestag voted on the Ostrava treaty on Friday.\n", D(2031, 3, 8))
    placed.actor("g", "Germany", "country", "Germany", wikidata="Q183")
    placed.actor("b", "Bundestag", "organization", "Bundestag", country="g")
    plain = Article("plain", "Deputies of the Bundestag debated until midnight, Mila Haan said.\n", D(2031, 3, 9))
    plain.actor("b", "Bundestag", "organization", "Bundestag")
    abroad = Article("abroad", "Peru watched the Bundestag vote closely, Tomas Quispe said.\n", D(2031, 3, 9))
    abroad.actor("p", "Peru", "country", "Peru", wikidata="Q419")
    abroad.actor("b", "Bundestag", "organization", "Bundestag")
    for store in _both_orders(placed, plain, abroad):
        assert actor_of(store, "plain", "Bundestag") == actor_of(store, "placed", "Bundestag")
        assert actor_of(store, "placed", "Bundestag").endswith("/bundestag--germany")
        assert "gazetteer-home:Germany" in evidence(store, "plain", "Bundestag")
        assert actor_of(store, "abroad", "Bundestag").endswith("/bundestag")
        store.close()


def test_undated_untyped_reports_with_a_shared_actor_still_need_agreeing_triggers() -> None:
    """'The capture of the nomination' and 'a sweeping indictment of the elites', both by
    one candidate and neither dated, are two happenings."""
    nominee = Article("nominee", "Lena Darrow's capture of the Torvald Party nomination was formal.\n", D(2031, 7, 21))
    nominee.actor("d", "Lena Darrow", "person", "Lena Darrow")
    nominee.event("e", "other", "Lena Darrow capture of nomination", "capture", participants=("d",))
    speech = Article(
        "speech", "Lena Darrow accepted the Torvald Party nomination with an indictment of the elites.\n", D(2031, 7, 22)
    )
    speech.actor("d", "Lena Darrow", "person", "Lena Darrow")
    speech.event("e", "other", "Lena Darrow indictment", "indictment", participants=("d",))
    for store in _both_orders(nominee, speech):
        assert event_of(store, "nominee", "capture") != event_of(store, "speech", "indictment")
        store.close()
