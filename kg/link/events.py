"""Event coreference across articles: one node for an event however many articles report it.

``kg.rdf`` names an event after the article and the offset of its first mention, so the
13-14 January 2022 cyberattack on Ukraine would be one node per article that reports it.
:func:`resolve_events` runs on an article's triples just before they are stored (after
``kg.link.entities`` has given actors their global IRIs) and rewrites each event of the article
that reports an event already in the store to that event's IRI.

Why a store lookup and not a content-based IRI (a hash of type, date and arguments): reports
of one event disagree on exactly what such a hash would be made of. One article dates the
attack "the night of January 13-14", another "last week"; one names Ukraine as the target,
another the Cabinet of Ministers and Ukraine; one says the talks were in Geneva, another
names the delegations. Equality of any canonical key splits those; similarity needs
something to compare against, which is the store. The price is that the IRI an event ends
up with depends on which article was stored first (the first report names it), which is
harmless for an identifier and is kept stable: re-ingesting an article repeats its earlier
decisions (``sticky``), and an event that other articles joined keeps its IRI when the
article that named it is deleted.

The rules are conservative; an event joins a node from another article only if
- the type is the same, or near it (``link_near_event_types`` in ``data/rules/link.json``:
  "the incursion" and "the strike") with the same day and a shared participant or target;
- both are dated and the dates overlap; an event its article gives no date is taken to
  lie in the ``RECENT_DAYS`` before the article's publication ("the attack" in a report),
  and then needs a shared actor in the same role (participant or target: "the EU
  sanctions" joins the sanctions the EU imposed three days before) or three shared content
  words of the sentences that report them, and to be the only node of its type that fits;
  the same holds the other way, for a dated report of an event only undated reports told
  before it (the reports may be stored in any order);
- dates overlap with a day of slack (reports of an overnight strike date it by the night or
  the morning), but only an exact overlap makes a match precise, and a match on sentence
  words alone needs it when both sides give a day (a minister's briefing on Wednesday is
  not Thursday's session);
- nothing conflicts: when both name targets, they share one (a country and a body named
  after it count as one: "Lithuania" and "Lithuanian Railways"); when both name places, they
  share one, a city and the country it is the capital or seat of counting as one ("talks
  in Riyadh" and "the meeting in Saudi Arabia", by the gazetteer's metonyms), and so do
  two places one sentence of a report names together ("the airport of Goma, in North
  Kivu": the text says how places nest where the gazetteer, which knows countries, cannot),
  and so do a place and the country a report's article says it lies in ("the Georgian
  village of Khurvaleti", "Khurvaleti, Georgia"; the country itself, not another village);
  a body "of" a country is that country as a target;
- a place one report names its trigger after ("the Orlando massacre", "the Paris attacks":
  the capitalised words right before it) is shared with the other report's place of that
  name (or country, for a capital); it adds a shared place, and is no conflict as such
  ("the Trump meeting" names no place), except that when the two share no argument, only
  words of their sentences, a report that names its trigger after another name right
  after "the" ("the San Bernardino shooting"), one that is no actor of either report and
  none the gazetteer knows, beside a node placed elsewhere (Orlando, not only in a
  country) tells an earlier attack of that kind, not this one (for the types of
  ``link_place_named_event_types``: "the Democratic primary" names a party);
- they share at least one participant, target or place, or else (a weaker sign, for
  reports whose arguments the extractor missed: "the cyberattack on its government
  websites") two content words of the sentences that report them ("drone", "depot",
  "Belgorod": the event's own label is made from its arguments, so it adds nothing), which
  needs a day on one side, and three words when the event's date is vague; a word counts
  when one report's own sentence says it and the other's sentence does, or the paragraph
  before it when that report names no one and no place (it refers back: "Anton Vey and Ardo
  Pell crossed back ... Their arrest on Sunday night", "the last regular session");
- and, when either date is vague (a range of more than three days, such as "last week") or
  only sentence words are shared, that node is the only one that fits (or the only one that
  shares an argument, or the only one on the same day); otherwise the best fit wins (most
  shared arguments, then most shared sentence words, a trigger noun the two reports share
  counting as one more: "an emergency session" and "Thursday's session", not the "meeting"
  of ministers that day; then the node most articles report).
- a report that tells a war ("the war in eastern Congo": all its triggers are
  ``event_war_nouns``) and one that tells a happening ("the raid on the depot") are two
  events, though their type, their weeks and their sentence may be one;
- an event of an untyped type (``link_untyped_event_types``: "other") that shares no
  participant or target with the node, or that neither gives a date, joins it only when
  their trigger words agree (one
  stem, or one row of ``link_trigger_families``): "the resignation" and "the release of the
  emails" share the story's words, not the happening;
- two reports that both give no date ("the release of the emails by WikiLeaks" twice, in
  articles published within ``RECENT_DAYS`` of each other) need the same actors in the same
  roles, or one of them and three words of their sentences;
- a target one report names as the other's place is that place ("the seizure of the
  Khurvaleti men" and "detained near Khurvaleti").
Each node takes at most one event of an article, and each event joins at most one node.
So two attacks on the same day stay apart unless they share a target, and the NATO-Russia
Council (an actor) never merges with its meeting (an event).

Evidence, in the merging article's graph: ``<node> kg:sameEventAs <article-local IRI>`` and,
on each of the article's mentions of the event, ``kg:resolvedBy "same-event: ..."`` naming
the type, the two date ranges, the shared arguments and the article that reported it first.

Two more rules keep the result independent of the order the reports come in:
- a later round of the same talks ("a second round of talks", "talks resumed", "will meet
  again": ``link_later_round_cues_before`` / ``_after`` next to the trigger of an event of
  a ``link_later_round_event_types`` type) is a new event, ``kg:laterRoundOf`` the earlier
  event of its type in the same article; the earlier ones are resolved first, so it points
  to their node, and two reports of later rounds of one node share that as an argument
  (``round``);
- :func:`merge_stored`, after each write, decides again the articles whose own event no
  other article joined and that the article's event is compatible with (a "last week"
  report stored before the dated ones, which join each other and not it), then merges two
  stored nodes that the article's event shows are one (it is one node and fits the other
  as a report joins one), rewriting every graph that names the merged node in one write,
  and decides again the events of those graphs that the store had kept apart.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rdflib.term import Literal, URIRef

from kg.link import lexicon
from kg.link.gazetteer import Gazetteer, default_gazetteer
from kg.link.stored import Decisions, previous_decisions
from kg.rdf import EVENT_NS, GRAPH_NS, graph_iri, instant_iri, interval_iri, named_by, place_iri, slug
from kg.store import Store, Term
from kg.vocab import KG, RDF, RDFS, SCHEMA, SEM, TIME, prologue

Triple = tuple[URIRef, URIRef, Term]

__all__ = ["MERGED", "VAGUE_DAYS", "is_precise", "merge_stored", "resolve_events"]

VAGUE_DAYS = 3  # a date range longer than this ("last week", "last month") is vague
RECENT_DAYS = 14  # an undated event of a news report: within this many days before it
_PARAGRAPH_REACH = 600  # characters back from a mention that its paragraph is read from

_PREFIXES = prologue("kg", "sem", "rdfs", "schema")

# events of one type, in other articles, whose dates overlap [?lo, ?hi]. The begin dates
# that can overlap are listed as VALUES (every day from MAX_SPAN_DAYS before ?lo to ?hi):
# each is an index lookup, so the cost follows the events of those days, not every event
# of the type in the store (a FILTER on a range scans them all: 20-30 ms at 10k articles).
MAX_SPAN_DAYS = 62  # longer than any interval the extractor dates an event with ("last month")
_CANDIDATES = (
    _PREFIXES
    + """
SELECT DISTINCT ?self ?type ?lo ?hi ?e WHERE {
  VALUES ?b { %s }
  GRAPH ?g {
    ?e sem:hasBeginTimeStamp ?b ; kg:eventType ?type .
    OPTIONAL { ?e sem:hasEndTimeStamp ?en }
  }
  FILTER(?g != ?self && ?b <= ?hi && COALESCE(?en, ?b) >= ?lo)
}"""
)


def _candidates_query(lo: _dt.date, hi: _dt.date) -> str:
    first = lo - _dt.timedelta(days=MAX_SPAN_DAYS)
    days = ((hi - first).days + 1) if hi >= first else 0
    values = " ".join(
        f'"{(first + _dt.timedelta(days=i)).isoformat()}"^^<{_XSD_DATE}>' for i in range(days)
    )
    return _CANDIDATES % values

# events of one type, in other articles published on the given days, that no article dates
# (a report's "the talks", stored before the report that dates them)
_UNDATED = (
    _PREFIXES
    + """
SELECT DISTINCT ?self ?type ?e ?g ?p WHERE {
  VALUES ?p { %s }
  GRAPH ?g {
    ?art schema:datePublished ?p .
    ?e a kg:Event ; kg:eventType ?type .
    FILTER NOT EXISTS { ?e sem:hasBeginTimeStamp ?b }
  }
  FILTER(?g != ?self)
}"""
)


def _days(first: _dt.date, last: _dt.date) -> str:
    return " ".join(
        f'"{(first + _dt.timedelta(days=i)).isoformat()}"^^<{_XSD_DATE}>'
        for i in range((last - first).days + 1)
    )


# what other articles say about one event
_PROFILE = (
    _PREFIXES
    + """
SELECT ?self ?e ?g ?rel ?x WHERE {
  GRAPH ?g {
    { ?e kg:participant ?x . BIND("participant" AS ?rel) }
    UNION { ?e kg:target ?x . BIND("target" AS ?rel) }
    UNION { ?e sem:hasPlace ?x . BIND("place" AS ?rel) }
    UNION { ?e kg:laterRoundOf ?x . BIND("round" AS ?rel) }
    UNION { ?e sem:hasBeginTimeStamp ?x . BIND("begin" AS ?rel) }
    UNION { ?e sem:hasEndTimeStamp ?x . BIND("end" AS ?rel) }
    UNION { ?e kg:mentionedIn ?m . ?m kg:startOffset ?so ; kg:endOffset ?eo ;
              kg:sourceArticle ?art .
            ?art schema:articleBody ?body .
            BIND(IF(?so > %(reach)d, ?so - %(reach)d, 0) AS ?from)
            BIND(CONCAT(STR(?so - ?from), "+", STR(?eo - ?so), "|",
                        SUBSTR(?body, ?from + 1, %(width)d)) AS ?x)
            BIND("context" AS ?rel) }
  }
  FILTER(?g != ?self)
}"""
) % {"reach": _PARAGRAPH_REACH + 100, "width": _PARAGRAPH_REACH + 500}

# the article's events and their evidence as stored now (for a sticky re-ingest)
_PREVIOUS = (
    _PREFIXES
    + """
SELECT ?self ?node ?m ?why WHERE { GRAPH ?self {
  ?node a kg:Event ; kg:mentionedIn ?m .
  OPTIONAL { ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "same-event:")) }
} }"""
)


@dataclass
class _Event:
    iri: URIRef
    type: URIRef
    begin: _dt.date | None
    end: _dt.date | None
    participants: set[URIRef] = field(default_factory=set)
    targets: set[URIRef] = field(default_factory=set)
    places: set[URIRef] = field(default_factory=set)
    mentions: list[URIRef] = field(default_factory=list)
    interval: URIRef | None = None
    words: set[str] = field(default_factory=set)  # content words of its sentences
    sentences: list[frozenset[str]] = field(default_factory=list)  # ... one set per mention
    # ... with the paragraphs before them, when it names no one and no place (else empty)
    para_words: set[str] = field(default_factory=set)
    undated: bool = False  # begin/end are the RECENT_DAYS before publication, not a date
    later_of: set[URIRef] = field(default_factory=set)  # the earlier round it continues
    spans: list[tuple[int, int]] = field(default_factory=list)  # its mentions' offsets
    triggers: set[str] = field(default_factory=set)  # its mentions' words, lower case
    named: set[URIRef] = field(default_factory=set)  # places its triggers are named after
    called: set[URIRef] = field(default_factory=set)  # ... right after "the" (_named_elsewhere)
    # place slug -> the countries its article says it lies in ("the Georgian village of X")
    lies_in: dict[str, set[str]] = field(default_factory=dict)

    @property
    def precise(self) -> bool:
        return is_precise(self.begin, self.end)


@dataclass
class _Profile:
    """An event as the other articles report it: its dates per article and the union of
    the arguments they give."""

    iri: URIRef
    dates: dict[URIRef, tuple[_dt.date, _dt.date]] = field(default_factory=dict)
    participants: set[URIRef] = field(default_factory=set)
    targets: set[URIRef] = field(default_factory=set)
    places: set[URIRef] = field(default_factory=set)
    rounds: set[URIRef] = field(default_factory=set)  # the earlier rounds it continues
    words: set[str] = field(default_factory=set)
    sentences: list[frozenset[str]] = field(default_factory=list)
    # words with the paragraphs before them, of the reports that name no one and no place
    para_words: set[str] = field(default_factory=set)
    near: bool = False  # of a near type, not the event's own (``link_near_event_types``)
    undated: bool = False  # no report dates it: dates are the RECENT_DAYS before each report
    # each report's own targets and places: graph -> ("target" | "place") -> IRIs
    told: dict[URIRef, dict[str, set[URIRef]]] = field(default_factory=dict)
    triggers: set[str] = field(default_factory=set)  # its reports' mention words, lower case
    named: set[URIRef] = field(default_factory=set)  # places its reports' triggers are named after
    called: set[URIRef] = field(default_factory=set)  # ... right after "the" (_named_elsewhere)
    lies_in: dict[str, set[str]] = field(default_factory=dict)  # as _Event's, from its reports


@dataclass
class _Match:
    event: _Event
    node: _Profile
    shared: list[tuple[str, URIRef]]
    precise: bool
    against: tuple[URIRef, _dt.date, _dt.date]  # (graph, begin, end) it overlapped
    words: list[str] = field(default_factory=list)  # shared sentence words, when no argument is
    same_noun: bool = False  # their trigger words agree (:func:`triggers_agree`)

    @property
    def weak(self) -> bool:
        """Only sentence words are shared: enough only when no other event fits."""
        return not self.shared

    @property
    def told(self) -> int:
        """How much of its story the event shares with the node: the shared sentence words,
        and one more when both tell it with one noun ("an emergency session ..." and
        "Thursday's emergency session", not the ministers' "monthly meeting" that day)."""
        return len(self.words) + int(self.same_noun)

    @property
    def rank(self) -> tuple[int, int, int, str]:
        """Sort key, best first: most shared arguments (precise dates count one more), then
        most of the story told alike, then the node most articles report, then the IRI, only
        to break ties stably."""
        return (
            -(len(self.shared) + int(self.precise)),
            -self.told,
            -len(self.node.dates),
            str(self.node.iri),
        )


_CONTEXT_WORDS = 2  # shared content words of the sentences that stand in for a shared argument
_UNDATED_WORDS = 3  # ... for an undated report, which has no date to agree on
# reports of one event differ by a day (time zones; "overnight" dated by the night or the
# morning): a day apart still overlaps, but only an exact overlap counts as precise
_SLACK = _dt.timedelta(days=1)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s|\n")


def _content_words(text: str) -> set[str]:
    """Words that say which event it is, not what kind or when; a plural counts as its
    singular ("drones" and "drone")."""
    not_content = lexicon.words("link_not_content_words")
    out = set()
    for w in re.findall(r"[a-z][a-z-]+", str(text).lower()):
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if len(w) > 2 and w not in not_content:
            out.add(w)
    return out


def _sentence_words(text: str, at: int) -> set[str]:
    """Content words of the sentence of ``text`` that holds the character ``at``."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, max(0, at)):
        start = m.end()
    return _words_to_sentence_end(text, start, at)


def _words_to_sentence_end(text: str, start: int, at: int) -> set[str]:
    """Content words of ``text`` from ``start`` to the end of the sentence holding ``at``."""
    m = _SENTENCE_END.search(text, at)
    return _content_words(text[start : m.start() + 1 if m else len(text)])


def _paragraph_words(text: str, at: int) -> set[str]:
    """Content words of the paragraph of ``text`` that holds the character ``at``, from its
    start (at most ``_PARAGRAPH_REACH`` characters back) to the end of the sentence of
    ``at``: what a mention that names nothing itself refers back to ("Anton Vey and Ardo
    Pell crossed back at the Tarn bridge ... Their arrest on Sunday night had angered ...",
    "The joint commission ... last met in Dorvan in May. Officials said they would ask for
    an emergency session")."""
    start = text.rfind("\n", 0, max(0, at)) + 1
    if start < at - _PARAGRAPH_REACH:
        cut = at - _PARAGRAPH_REACH
        space = text.find(" ", cut, at)
        start = space + 1 if space >= 0 else cut
    return _words_to_sentence_end(text, start, at)


# one to four capitalised words ("U.S." and "St." but not "Orlando." that ends a sentence),
# then at most two lower-case content words of what was hit ("the Orlando nightclub shooting")
_NAME_BEFORE = re.compile(
    r"((?:(?:[A-Z](?:\.[A-Z])+\.?|St\.|[A-Z][\w'-]*)[ \t]+){1,4})((?:[a-z]+[ \t]+){0,2})$"
)


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")


def _named_after(text: str, at: int, *, after_the: bool = False) -> set[URIRef]:
    """The places a trigger at ``at`` may be named after: the capitalised words right before
    it ("the Orlando massacre", "Sunday's San Bernardino shooting", "the Paris attacks", or
    before one or two nouns of what was hit: "the Orlando nightclub attack"), as
    place IRIs, one per run of those words that ends at the trigger ("San Bernardino",
    "Bernardino"). Only compared with the places the other report names, never a conflict
    ("the Trump meeting" names no place any report gives). ``after_the``: only a run that
    follows "the" ("the Dorlan shooting"), not the capital a sentence begins with ("Drones
    struck"), for :func:`_named_elsewhere`, where a name makes a conflict."""
    m = _NAME_BEFORE.search(text, max(0, at - 80), at)
    if m is None or any(not _content_words(w) for w in m.group(2).split()):
        return set()  # "Ukraine said the attack": a name, then words that say nothing of it
    if after_the and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) is None:
        return set()
    words = m.group(1).split()
    return {place_iri(" ".join(words[i:])) for i in range(len(words))}


def _named_elsewhere(
    named: set[URIRef], places: set[Term], actors: set[Term], gaz: Gazetteer
) -> bool:
    """Is a report's trigger named after a place that is none of the ``places`` the other
    report gives? "the San Bernardino shooting", beside a node whose reports put the
    shooting in Orlando, is an earlier attack of that kind, however many words of the
    story the two sentences share. Not when the name is an actor of either report ("the
    Trump meeting", "the ISIS attack"), a name the gazetteer knows (a country, a body, a
    person: "the Syria strike" may lie in a city of it), a demonym ("the Russian strike")
    or no content word ("the Friday attacks"); nor when the other report gives only countries
    ("the Menaka massacre" and "the attack in Mali": the town may lie in it)."""
    if not named or not places or _shared_places(places, named, gaz):
        return False
    if all((entry := gaz.lookup(_local(p).replace("-", " "))) and entry.type == "country" for p in places):
        return False  # "the Menaka massacre" and the attack in Mali: a town of that country
    names = {_local(a) for a in actors}
    for run in named:
        local = _local(run)
        words = local.replace("-", " ")
        if local in names or gaz.lookup(words) is not None or not _content_words(words):
            return False
        if any(gaz.by_demonym(w) is not None for w in words.split()):
            return False
    return True


def is_precise(begin: _dt.date | None, end: _dt.date | None) -> bool:
    """A date range of at most ``VAGUE_DAYS`` ("January 13-14"), not "last week"."""
    if begin is None:
        return False
    return ((end or begin) - begin).days <= VAGUE_DAYS


def _date(term: Term | None) -> _dt.date | None:
    if term is None:
        return None
    try:
        return _dt.date.fromisoformat(str(term))
    except ValueError:
        return None


def _events(triples: Sequence[Triple]) -> list[_Event]:
    by_subject: dict[Term, dict[URIRef, list[Term]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
    body = next((str(o) for _, p, o in triples if p == SCHEMA.articleBody), "")
    lies_in = _lies_in(body, default_gazetteer())
    out = []
    for s, props in by_subject.items():
        if KG.Event not in props.get(RDF.type, ()) or not isinstance(s, URIRef):
            continue
        types = props.get(KG.eventType)
        if not types:
            continue
        begin = _date(next(iter(props.get(SEM.hasBeginTimeStamp, ())), None))
        end = _date(next(iter(props.get(SEM.hasEndTimeStamp, ())), None)) or begin
        starts = [
            int(o)
            for m in props.get(KG.mentionedIn, ())
            for o in by_subject.get(m, {}).get(KG.startOffset, ())
        ]
        sentences = [frozenset(_sentence_words(body, o)) for o in starts]
        spans = [
            (int(a), int(b))
            for m in props.get(KG.mentionedIn, ())
            for a in by_subject.get(m, {}).get(KG.startOffset, ())
            for b in by_subject.get(m, {}).get(KG.endOffset, ())
        ]
        out.append(
            _Event(
                iri=s,
                type=types[0],
                begin=begin,
                end=end,
                participants=set(props.get(KG.participant, ())),
                targets=set(props.get(KG.target, ())),
                places=set(props.get(SEM.hasPlace, ())),
                mentions=list(props.get(KG.mentionedIn, ())),
                later_of=set(props.get(KG.laterRoundOf, ())),
                spans=spans,
                triggers={body[a:b].lower() for a, b in spans},
                named=set().union(*(_named_after(body, a) for a, _ in spans)),
                called=set().union(*(_named_after(body, a, after_the=True) for a, _ in spans)),
                lies_in=lies_in,
                interval=next(iter(props.get(TIME.hasTime, ())), None),
                words=set().union(*sentences),
                sentences=sentences,
                # a report that names no one and no place refers back to its paragraph
                para_words=set()
                if props.get(KG.participant) or props.get(KG.target) or props.get(SEM.hasPlace)
                else set().union(*(_paragraph_words(body, o) for o in starts)),
            )
        )
    return sorted(out, key=lambda e: str(e.iri))


def _dated_events(triples: Sequence[Triple]) -> list[_Event]:
    """The article's events, an undated one given the ``RECENT_DAYS`` before publication."""
    events = _events(triples)
    published = next((_date(o) for _, p, o in triples if p == SCHEMA.datePublished), None)
    if published is not None:
        for e in events:
            if e.begin is None:  # a report's undated event: a recent one
                e.begin, e.end = published - _dt.timedelta(days=RECENT_DAYS), published
                e.undated = True
    return events


class _Lookup:
    def __init__(self, store: Store, doc_id: str) -> None:
        self.store = store
        self.self_graph = URIRef(graph_iri(doc_id))
        self._profiles: dict[URIRef, _Profile] = {}

    def candidates(self, e: _Event) -> list[_Profile]:
        """Events of other articles whose dates overlap, of the event's type or of a type
        near it (those flagged ``near``: a profile is one per node, so the flag is set on a
        copy)."""
        if e.begin is None:
            return []
        lo, hi = e.begin - _SLACK, (e.end or e.begin) + _SLACK
        out: dict[URIRef, _Profile] = {}
        for etype in (e.type, *near_types(e.type)):
            rows = self.store.select(
                _candidates_query(lo, hi),
                {
                    "self": self.self_graph,
                    "type": etype,
                    "lo": Literal(lo.isoformat(), datatype=_XSD_DATE),
                    "hi": Literal(hi.isoformat(), datatype=_XSD_DATE),
                },
            ).dicts()
            for r in rows:
                if r["e"] not in out:
                    prof = self.profile(r["e"])
                    out[r["e"]] = prof if etype == e.type else replace(prof, near=True)
        return list(out.values()) + [p for p in self.undated(e) if p.iri not in out]

    def undated(self, e: _Event) -> list[_Profile]:
        """Events of the type that no article dates, reported by an article published in the
        ``RECENT_DAYS`` after the event's dates: each report's own window, as an undated
        event of the article being stored is given. For an undated event too (its dates are
        its own window): two undated reports have no date to agree on, so :func:`_match`
        asks them for the same actors instead."""
        if e.begin is None:
            return []
        end = min(e.end or e.begin, e.begin + _dt.timedelta(days=MAX_SPAN_DAYS))
        first, last = e.begin - _SLACK, end + _SLACK + _dt.timedelta(days=RECENT_DAYS)
        rows = self.store.select(
            _UNDATED % _days(first, last), {"self": self.self_graph, "type": e.type}
        ).dicts()
        windows: dict[URIRef, dict[URIRef, tuple[_dt.date, _dt.date]]] = {}
        for r in rows:
            pub = _date(r["p"])
            if pub is not None:
                windows.setdefault(r["e"], {})[r["g"]] = (
                    pub - _dt.timedelta(days=RECENT_DAYS),
                    pub,
                )
        out = []
        for iri, dates in windows.items():
            prof = self.profile(iri)
            if not prof.dates:  # dated by some report: the dated query finds it, or it is too far
                out.append(replace(prof, dates=dates, undated=True))
        return out

    def profile(self, iri: URIRef) -> _Profile:
        if iri in self._profiles:
            return self._profiles[iri]
        prof = _Profile(iri)
        begins: dict[URIRef, _dt.date] = {}
        ends: dict[URIRef, _dt.date] = {}
        rows = self.store.select(_PROFILE, {"self": self.self_graph, "e": iri}).dicts()
        paragraphs: dict[URIRef, set[str]] = {}
        for r in rows:
            rel, x, g = str(r["rel"]), r["x"], r["g"]
            if rel == "begin" and (d := _date(x)) is not None:
                begins[g] = d
            elif rel == "end" and (d := _date(x)) is not None:
                ends[g] = d
            elif rel in ("participant", "target", "place", "round"):
                getattr(prof, rel + "s").add(x)
                prof.told.setdefault(g, {}).setdefault(rel, set()).add(x)
            elif rel == "context":
                head, _, window = str(x).partition("|")
                at, _, width = head.partition("+")
                prof.triggers.add(window[int(at) : int(at) + int(width or 0)].lower())
                prof.named |= _named_after(window, int(at))
                prof.called |= _named_after(window, int(at), after_the=True)
                for place, countries in _lies_in(window, default_gazetteer()).items():
                    prof.lies_in.setdefault(place, set()).update(countries)
                said = frozenset(_sentence_words(window, int(at)))
                prof.words |= said
                prof.sentences.append(said)
                paragraphs.setdefault(g, set()).update(_paragraph_words(window, int(at)))
        for g, b in begins.items():
            prof.dates[g] = (b, ends.get(g, b))
        for g, words in paragraphs.items():
            if g not in prof.told:  # a report that names no one and no place
                prof.para_words |= words
        self._profiles[iri] = prof
        return prof

    def previous(self) -> Decisions:
        """Mention -> (event IRI, same-event evidence) in the article's graph as stored."""
        return previous_decisions(self.store, _PREVIOUS, self.self_graph)


_XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


@functools.lru_cache(maxsize=4096)
def _place_keys(place: Term, gaz: Gazetteer) -> frozenset[str]:
    """A place and the country it stands in, as slugs: ``place/riyadh`` is {riyadh,
    saudi-arabia} (a capital is its country's metonym in the gazetteer); a place the
    gazetteer does not know is only itself. Cached: every candidate pair asks again."""
    local = _local(place)
    entry = gaz.lookup(local.replace("-", " "))
    if entry is None:
        return frozenset({local})
    country = entry.name if entry.type == "country" else entry.country
    return frozenset({local, slug(country)} if country else {local})


@functools.lru_cache(maxsize=4096)
def _actor_country(actor: Term, gaz: Gazetteer) -> str | None:
    """The country an actor is, or is named after, as a slug: ``actor/lithuania`` is
    lithuania; ``actor/lithuanian-railways`` (its first word a demonym or a country name)
    and ``actor/national-bank-of-lithuania`` (a body "of" the country) are lithuania too;
    anything else None."""
    local = _local(actor)
    entry = gaz.lookup(local.replace("-", " "))
    if entry is not None and entry.type == "country":
        return slug(entry.name)
    if "-" not in local:
        return None
    first = local.split("-", 1)[0]
    entry = gaz.by_demonym(first) or gaz.country(first)
    if (entry is None or entry.type != "country") and "-of-" in local:
        entry = gaz.country(local.rsplit("-of-", 1)[1].replace("-", " "))
    if entry is None or entry.type != "country":
        return None
    return slug(entry.name)


def _shared_targets(a: set[Term], b: set[Term], gaz: Gazetteer) -> list[Term]:
    """The targets of ``a`` that are, or belong to, a target of ``b``: a country and a body
    named after it ("Lithuania" and "Lithuanian Railways": one report names the victim, the
    other its country) count as one target when one side is the country itself."""
    countries_b = {_actor_country(y, gaz) for y in b}
    out = []
    for x in a:
        if x in b:
            out.append(x)
            continue
        cx = _actor_country(x, gaz)
        # one side is the country itself, the other that country or a body named after it
        if cx is not None and (cx in countries_b) and (_local(x) == cx or any(_local(y) == cx for y in b)):
            out.append(x)
    return sorted(out, key=str)


@functools.lru_cache(maxsize=64)
def near_types(etype: URIRef) -> tuple[URIRef, ...]:
    """The event types a report of ``etype`` may also have been typed as
    (``link_near_event_types``: "the incursion" and "the strike" over one border village):
    the same IRI namespace, another local name."""
    ns, _, local = str(etype).rpartition("/")
    out: list[str] = []
    for row in lexicon.table("link_near_event_types"):
        if local in row:
            out.extend(t for t in row if t != local and t not in out)
    return tuple(URIRef(f"{ns}/{t}") for t in out)


def _place_words(place: Term) -> frozenset[str]:
    return frozenset(_content_words(_local(place).replace("-", " ")))


def _places_told_together(
    a: set[Term], b: set[Term], sentences: Sequence[frozenset[str]]
) -> list[Term]:
    """The places of ``a`` that a sentence reporting the event names together with a place
    of ``b``: one report says "the depot at Goma airport", another "the attack in North
    Kivu", and a third "the airport of Goma, in North Kivu" (the text says how the places
    nest when the gazetteer, which knows countries and their capitals, does not)."""
    out = []
    for p in a:
        wp = _place_words(p)
        if not wp:
            continue
        for q in b:
            wq = _place_words(q)
            if wq and wq != wp and any(wp | wq <= s for s in sentences):
                out.append(p)
                break
    return sorted(out, key=str)


_NAME = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}"
_OF_PLACE = re.compile(rf"\b([A-Z][a-z]+) ([a-z]+) of ({_NAME})")  # "the Georgian village of X"
_PLACE_COMMA = re.compile(rf"\b({_NAME}), ({_NAME})")  # "Khurvaleti, Georgia"


def _lies_in(text: str, gaz: Gazetteer) -> dict[str, set[str]]:
    """Place slug -> the countries ``text`` says the place lies in: "the Georgian village of
    Khurvaleti" (a demonym, then one of ``event_settlement_nouns``), "Khurvaleti, Georgia"
    (a name, a comma, a country the gazetteer knows). The gazetteer knows countries and their
    capitals, not villages; an article that names a village says where it is."""
    settlements = lexicon.words("event_settlement_nouns")
    out: dict[str, set[str]] = {}
    for m in _OF_PLACE.finditer(text):
        country = gaz.by_demonym(m.group(1))
        if m.group(2) in settlements and country is not None and country.type == "country":
            out.setdefault(slug(m.group(3)), set()).add(slug(country.name))
    for m in _PLACE_COMMA.finditer(text):
        country = gaz.country(m.group(2))
        if country is not None and gaz.lookup(m.group(1)) is None:
            words = m.group(1).split()  # "In Gori, Georgia": the name is a run that ends there
            for i in range(len(words)):
                out.setdefault(slug(" ".join(words[i:])), set()).add(slug(country.name))
    return out


def _in_the_country(
    a: set[Term], b: set[Term], lies_in: dict[str, set[str]], gaz: Gazetteer
) -> list[Term]:
    """The places of ``a`` that a report's article says lie in a country that is a place of
    ``b``: "near Khurvaleti" and "on Georgian soil", one article calling it "the Georgian
    village of Khurvaleti". A country, not another place in it: two villages of one country
    are two places."""
    countries = {c for q in b if (c := _actor_country(q, gaz)) is not None and _local(q) == c}
    return sorted((p for p in a if lies_in.get(_local(p), set()) & countries), key=str)


def _shared_places(a: set[Term], b: set[Term], gaz: Gazetteer) -> list[Term]:
    """The places of ``a`` that are, or lie in the same country as, a place of ``b``."""
    keys_b = set().union(*(_place_keys(p, gaz) for p in b)) if b else set()
    return sorted((p for p in a if p in b or _place_keys(p, gaz) & keys_b), key=str)


def _stem(word: str) -> str:
    """A trigger word without the endings of its inflections and nominalisations:
    "resignation" and "resigned" are "resign", "released" and "release" "releas"."""
    for end in ("ations", "ation", "ions", "ion", "ing", "ed", "es", "e", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def triggers_agree(a: set[str], b: set[str]) -> bool:
    """Do two reports' trigger words name one kind of happening? One word stem ("resign",
    "resignation"), or stems of one row of ``link_trigger_families`` ("detained" and "the
    arrest", "leaked" and "the release"). For events of an untyped type
    (``link_untyped_event_types``), whose type says nothing of what happened."""
    words_a = {w for t in a for w in re.findall(r"[a-z]+", t)}
    words_b = {w for t in b for w in re.findall(r"[a-z]+", t)}
    if {_stem(w) for w in words_a} & {_stem(w) for w in words_b}:
        return True
    for row in lexicon.table("link_trigger_families"):
        if any(w.startswith(r) for w in words_a for r in row) and any(
            w.startswith(r) for w in words_b for r in row
        ):
            return True
    return False


def _names_a_war(triggers: set[str]) -> bool:
    """Are all of a report's trigger words nouns of open war (``event_war_nouns``, the list
    the extractor makes war events of: "the war", "the conflict")?"""
    war = lexicon.words("event_war_nouns")
    return bool(triggers) and all(t in war or t.removesuffix("s") in war for t in triggers)


def _a_war_and_a_happening_in_it(a: set[str], b: set[str]) -> bool:
    """One report tells a war ("the war in eastern Congo") and the other a happening of it
    ("Tuesday's raid on the depot"): two events, though one sentence may tell both and an
    undated war's weeks hold the day of the raid."""
    return _names_a_war(a) != _names_a_war(b) and bool(a) and bool(b)


def _as_places(
    targets: set[Term], places: set[Term], other_places: set[Term]
) -> tuple[set[Term], set[Term]]:
    """A report's targets and places, a target that is named as the other report's place
    counted as that place: "the seizure of the Marrow men" makes the village an actor acted
    upon where another report says the men were detained "near Marrow"; a village or town
    is where it happened, whichever role a report gives its name."""
    by_name = {_local(p): p for p in other_places}
    moved = {t: by_name[_local(t)] for t in targets if _local(t) in by_name}
    if not moved:
        return targets, places
    return targets - set(moved), places | set(moved.values())


def _match(e: _Event, node: _Profile, gaz: Gazetteer | None = None) -> _Match | None:
    """Do ``e`` and the node pass the rules? None when they do not."""
    gaz = gaz or default_gazetteer()
    if e.begin is None:
        return None
    end = e.end or e.begin
    overlapping = [
        (g, b, en)
        for g, (b, en) in node.dates.items()
        if b <= end + _SLACK and en >= e.begin - _SLACK
    ]
    if not overlapping:
        return None
    exact = [o for o in overlapping if o[1] <= end and o[2] >= e.begin]
    if _a_war_and_a_happening_in_it(e.triggers, node.triggers):
        return None
    e_targets, e_places = _as_places(e.targets, e.places, node.places)
    node_targets, node_places = _as_places(node.targets, node.places, e.places)
    targets = _shared_targets(e_targets, node_targets, gaz)
    if e_targets and node_targets and not targets:
        return None
    places = _shared_places(e_places, node_places, gaz)
    if e_places and node_places and not places:
        places = _places_told_together(e_places, node_places, [*e.sentences, *node.sentences])
        lies_in = {
            k: e.lies_in.get(k, set()) | node.lies_in.get(k, set())
            for k in {*e.lies_in, *node.lies_in}
        }
        places = places or [
            *_in_the_country(e_places, node_places, lies_in, gaz),
            *_in_the_country(node_places, e_places, lies_in, gaz),
        ]
        if not places:
            return None
    # "the Orlando massacre" and "the shooting at a nightclub in Orlando": the place one
    # report names its trigger after is a place the other gives
    places = sorted(
        {
            *places,
            *_shared_places(node_places, e.named, gaz),
            *_shared_places(e_places, node.named, gaz),
        },
        key=str,
    )
    shared = sorted(
        [("round", x) for x in e.later_of & node.rounds]  # later rounds of one earlier event
        + [("participant", x) for x in e.participants & node.participants]
        + [("target", x) for x in targets]
        + [("place", x) for x in places]
    )
    # a word one report's own sentence says and the other's paragraph, when that report names
    # no one and no place (it refers back: "Their arrest", "the last regular session")
    words = sorted((e.words & (node.para_words | node.words)) | ((e.para_words | e.words) & node.words))
    if not shared and len(words) < _CONTEXT_WORDS:
        return None
    actors = e.participants | e.targets | node.participants | node.targets
    if not shared and _local(e.type) in lexicon.words("link_place_named_event_types") and (
        (not e_places and _named_elsewhere(e.called, node_places, actors, gaz))
        or (not node_places and _named_elsewhere(node.called, e_places, actors, gaz))
    ):
        return None  # the story's words, and one report names it after another place
    if (
        str(e.type).rsplit("/", 1)[-1] in lexicon.words("link_untyped_event_types")
        and (
            not any(kind in ("participant", "target", "round") for kind, _ in shared)
            or (e.undated and node.undated)  # no date either: "the indictment", "the capture"
        )
        and e.triggers
        and node.triggers
        and not triggers_agree(e.triggers, node.triggers)
    ):
        return None  # untyped, no actor shared, and told as another kind of happening
    if not shared and not (e.precise or any(is_precise(b, en) for b, en in node.dates.values())):
        return None  # sentence words alone, and no report gives a day: "meet again this month"
    if not shared and e.precise and not any(
        is_precise(b, en) and b <= end and en >= e.begin for _, b, en in exact
    ) and any(is_precise(b, en) for b, en in node.dates.values()):
        return None  # sentence words alone, and both give a day but another: another meeting
    if not shared and not e.precise and len(words) < _UNDATED_WORDS:
        return None  # a vague date says as little as none: its story, as an undated report's
    if (e.undated or node.undated) and all(kind == "place" for kind, _ in shared) and len(words) < _UNDATED_WORDS:
        return None  # no date of its own: a shared actor in the same role, or its story
    if e.undated and node.undated:
        # no report dates it: the same actors in the same roles ("WikiLeaks' release of the
        # committee's emails" twice), or one of them and its story
        actors = [x for kind, x in shared if kind in ("participant", "target")]
        if not actors or (len(actors) < 2 and len(words) < _UNDATED_WORDS):
            return None
    precise_ones = [o for o in exact if is_precise(o[1], o[2])]
    precise = e.precise and bool(precise_ones)
    if node.near and not (precise and any(kind != "place" for kind, _ in shared)):
        return None  # another type: only on the same day with a shared actor
    against = min(precise_ones or overlapping, key=lambda o: (o[1], o[2], str(o[0])))
    return _Match(
        e,
        node,
        shared,
        precise,
        against,
        words=words if not shared or e.undated or node.undated else [],
        same_noun=bool(e.triggers and node.triggers and triggers_agree(e.triggers, node.triggers)),
    )


def _local(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def _arg(x: URIRef) -> str:
    """An argument as evidence names it: an actor or place by its slug, an event (an
    earlier round) by its path."""
    return str(x).removeprefix(EVENT_NS) if str(x).startswith(EVENT_NS) else _local(x)


def _doc(graph: URIRef) -> str:
    g = str(graph)
    return g.removeprefix(GRAPH_NS)


def _evidence(m: _Match) -> str:
    e, (g, b, en) = m.event, m.against
    shared = ", ".join(f"{kind}:{_arg(x)}" for kind, x in m.shared)
    if (e.undated or m.node.undated) and m.words:
        shared += "; sentence words " + ", ".join(m.words)
    if m.weak:
        shared = "sentence words " + ", ".join(m.words) + " (the only event that fits)"
    first = min(_doc(x) for x in m.node.dates)
    before = f" the {RECENT_DAYS} days before an undated report," if m.node.undated else ""
    return (
        f"{_told(e)}{before} {b}/{en} as reported in {_doc(g)}; "
        f"shared {shared}; first reported in {first}"
    )


def _told(e: _Event) -> str:
    """How the evidence of a match begins: the event as its article tells it (its type and
    its dates), which a re-ingest compares to see that the article still tells it so."""
    kind = str(e.type).rsplit("/", 1)[-1]
    when = f"undated, reported within {RECENT_DAYS} days of" if e.undated else f"{e.begin}/{e.end} overlaps"
    return f"same-event:{kind} {when}"


def _fitting(matches: Sequence[_Match]) -> list[_Match]:
    """The matches of one event worth proposing: those with a precise date and a shared
    argument; else the one match there is (a vague date or only sentence words: when one
    event fits); else the only match that shares an actor or place ("last week's talks in
    the capital": of the meetings that fit the week, the only one held there, the others
    sharing only sentence words); else the only one on the same day (a report that names
    no actor of "Thursday's negotiations", beside a meeting no report dates)."""
    strong = [m for m in matches if m.precise and not m.weak]
    if strong:
        return strong
    if len(matches) == 1:
        return list(matches)
    for kind in ([m for m in matches if not m.weak], [m for m in matches if m.precise]):
        if len(kind) == 1:
            return kind
    # of the meetings of that day that a report tells in words only, the one whose reports
    # tell the most of its story ("an emergency session of the mechanism"), when it tells
    # clearly more than any other ("the meeting of ministers in another capital")
    same_day = [m for m in matches if m.precise] or list(matches)
    if len(same_day) > 1 and all(m.weak for m in same_day):
        ranked = sorted(same_day, key=lambda m: -m.told)
        if ranked[0].told >= _UNDATED_WORDS and ranked[0].told > ranked[1].told:
            return ranked[:1]
    return []


def resolve_events(
    store: Store, doc_id: str, triples: Sequence[Triple], *, sticky: bool = True
) -> list[Triple]:
    """The article's triples with the events it shares with other articles rewritten to the
    existing nodes, plus ``kg:sameEventAs`` and ``kg:resolvedBy`` evidence."""
    events = _dated_events(triples)
    if not events:
        return list(triples)
    lookup = _Lookup(store, doc_id)
    previous = lookup.previous() if sticky else {}
    own = {e.iri for e in events}

    chosen: dict[URIRef, tuple[URIRef, str]] = {}  # event -> (node, evidence)
    taken: set[URIRef] = set(own)
    body = next((str(o) for _, p, o in triples if p == SCHEMA.articleBody), "")
    rounds = _later_rounds(events, body)
    # the earlier rounds first: a later round is matched by the node its earlier round joined
    first = [e for e in events if e.iri not in rounds]
    _choose(lookup, first, own, previous, sticky, chosen, taken)
    for e in events:
        if e.iri in rounds:
            earlier = rounds[e.iri]
            e.later_of = {chosen[earlier][0] if earlier in chosen else earlier}
    _choose(lookup, [e for e in events if e.iri in rounds], own, previous, sticky, chosen, taken)
    told = [(e2, KG.laterRoundOf, e1) for e2, e1 in sorted(rounds.items())]
    if not chosen:
        return list(dict.fromkeys([*triples, *told]))
    return _rewrite([*triples, *told], events, chosen, doc_id)


def _choose(
    lookup: _Lookup,
    events: Sequence[_Event],
    own: set[URIRef],
    previous: Decisions,
    sticky: bool,
    chosen: dict[URIRef, tuple[URIRef, str]],
    taken: set[URIRef],
) -> None:
    """The nodes ``events`` join, into ``chosen`` (event -> (node, evidence)); a node in
    ``taken`` (one an event of the article joined, or the article's own) takes no other."""
    proposals: list[_Match] = []
    for e in events:
        nodes = lookup.candidates(e)
        if any(n.iri == e.iri for n in nodes):
            continue  # other articles joined this article's own event: it is the node
        matches = [m for n in nodes if n.iri not in own and (m := _match(e, n))]
        before = {previous[m] for m in e.mentions if m in previous}
        if sticky and len({iri for iri, _ in before}) == 1:
            kept = next(iter(before))[0]
            why = next((w for _, w in sorted(before, key=str) if w), None)
            if kept == e.iri:
                continue  # apart last time: apart now
            again = next((m for m in matches if m.node.iri == kept), None)
            if again is None and why is not None and (MERGED in why or why.startswith(_told(e) + " ")):
                # joined by a stored merge (``merge_stored``), or the article tells the event
                # as it did when it joined: kept while the node is there. Reports stored
                # since may make it fit no more ("another day"), but a write never unjoins
                # an earlier article, so the graph a re-ingest leaves must not either (a run
                # killed and resumed re-ingests what it had stored: it would differ from one
                # run straight through)
                again = next((n for n in nodes if n.iri == kept), None)
            if again is not None and why is not None and kept not in taken:
                chosen[e.iri] = (kept, why)
                taken.add(kept)
                continue
        proposals.extend(_fitting(matches))
    for m in sorted(proposals, key=lambda m: m.rank):
        if m.event.iri in chosen or m.node.iri in taken:
            continue
        chosen[m.event.iri] = (m.node.iri, _evidence(m))
        taken.add(m.node.iri)


_ROUND_GAP = (3, 2)  # words at most between a later-round cue and the trigger: before, after
_CLAUSE_END = re.compile(r"[,;:.!?()\n]")


@functools.lru_cache(maxsize=4)
def _cue_pattern(cues: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _cued_as_later_round(body: str, start: int, end: int) -> bool:
    """Does a later-round cue stand next to the trigger ``body[start:end]``, in its clause:
    a ``link_later_round_cues_before`` word at most three words before it ("a second round
    of talks", "resumed direct talks"), or a ``link_later_round_cues_after`` word at most two
    words after it ("talks resumed", "will meet again")?"""
    cue_before = _cue_pattern(frozenset(lexicon.words("link_later_round_cues_before")))
    cue_after = _cue_pattern(frozenset(lexicon.words("link_later_round_cues_after")))
    before = _CLAUSE_END.split(body[max(0, start - 80) : start])[-1]
    after = _CLAUSE_END.split(body[end : end + 80])[0]
    gap_before, gap_after = _ROUND_GAP
    return any(
        len(before[m.end() :].split()) <= gap_before for m in cue_before.finditer(before)
    ) or any(len(after[: m.start()].split()) <= gap_after for m in cue_after.finditer(after))


def _later_rounds(events: Sequence[_Event], body: str) -> dict[URIRef, URIRef]:
    """Later round -> the earlier event it continues, within one article: an event of a
    type that comes in rounds (``link_later_round_event_types``: talks, not strikes) whose
    first mention is cued as a repetition, and the event of its type the article reports
    before it (dated no later; a dated one before one the article gives no date, then a day
    before a vague range, then the latest). A stored graph says it already
    (``kg:laterRoundOf``), with the earlier event's node."""
    types = lexicon.words("link_later_round_event_types")
    out: dict[URIRef, URIRef] = {}
    cued = set()
    for e in events:
        if e.later_of:
            out[e.iri] = sorted(e.later_of)[0]
        elif e.spans and str(e.type).rsplit("/", 1)[-1] in types:
            start, end = min(e.spans)
            if _cued_as_later_round(body, start, end):
                cued.add(e.iri)
    for e in events:
        if e.iri not in cued or e.begin is None:
            continue
        earlier = [
            x
            for x in events
            if x.type == e.type
            and x.iri not in cued
            and x.iri not in out
            and x.begin is not None
            and x.begin <= e.begin
            and (x.end or x.begin) <= (e.end or e.begin)
        ]
        if earlier:
            best = max(
                earlier,
                key=lambda x: (not x.undated, x.precise, x.end or x.begin, x.begin, str(x.iri)),
            )
            out[e.iri] = best.iri
    return out


def _rewrite(
    triples: Sequence[Triple],
    events: list[_Event],
    chosen: dict[URIRef, tuple[URIRef, str]],
    doc_id: str,
) -> list[Triple]:
    iri_map: dict[Term, URIRef] = {}
    extra: list[Triple] = []
    for e in events:
        if e.iri not in chosen:
            continue
        node, why = chosen[e.iri]
        iri_map[e.iri] = node
        if e.interval is not None:
            # the article's own view of the dates: an interval of the node, named for it
            interval = interval_iri(node, doc_id)
            iri_map[e.interval] = interval
            for s, p, o in triples:
                if s == e.interval and p in (TIME.hasBeginning, TIME.hasEnd):
                    iri_map[o] = instant_iri(interval, "begin" if p == TIME.hasBeginning else "end")
        extra.append((node, KG.sameEventAs, e.iri))
        for m in e.mentions:
            extra.append((m, KG.resolvedBy, Literal(why)))
    out = [(iri_map.get(s, s), p, iri_map.get(o, o)) for s, p, o in triples]
    return list(dict.fromkeys(out + extra))


# -- merging stored nodes ------------------------------------------------------------------

MERGED = "stored merge"  # the evidence of a merge of two stored nodes says so

# the graphs that name an event node (describe it, or a statement or claim is about it)
_HOLDERS = (
    _PREFIXES
    + """SELECT DISTINCT ?e ?g WHERE { GRAPH ?g { { ?e ?p ?o } UNION { ?s ?q ?e } } }"""
)


def _holders(store: Store, node: URIRef) -> list[str]:
    return sorted({str(r["g"]) for r in store.select(_HOLDERS, {"e": node}).dicts()})


def _one_happening(a: _Profile, b: _Profile, gaz: Gazetteer) -> bool:
    """May two stored nodes, each as all its reports give it, be one happening? Both dated
    to a day by some report, every such day of one within a day of every such day of the
    other and one exactly shared; no report of one names targets or places that conflict
    with those a report of the other names (the rules of :func:`_match`, report by report)."""
    days_a = [d for d in a.dates.values() if is_precise(*d)]
    days_b = [d for d in b.dates.values() if is_precise(*d)]
    if not days_a or not days_b:
        return False
    pairs = [(x, y) for x in days_a for y in days_b]
    if not all(x[0] <= y[1] + _SLACK and y[0] <= x[1] + _SLACK for x, y in pairs):
        return False
    if not any(x[0] <= y[1] and y[0] <= x[1] for x, y in pairs):
        return False
    return _no_conflict(a, b, gaz)


def _no_conflict(a: _Profile, b: _Profile, gaz: Gazetteer) -> bool:
    """No report of one node names targets or places that conflict with those a report of
    the other names (the rules of :func:`_match`, report by report: the union of a node's
    reports would hide that one says Estonia and another Latvia)."""
    said = [*a.sentences, *b.sentences]
    for ta in a.told.values():
        for tb in b.told.values():  # no report of one conflicts with a report of the other
            # a target one node's reports name as a place is that place (:func:`_as_places`)
            tx, px = _as_places(ta.get("target", set()), ta.get("place", set()), b.places)
            ty, py = _as_places(tb.get("target", set()), tb.get("place", set()), a.places)
            x, y = tx, ty
            if x and y and not _shared_targets(x, y, gaz):
                return False
            x, y = px, py
            if x and y and not _shared_places(x, y, gaz) and not _places_told_together(x, y, said):
                return False
    return True


def _bridge(store: Store, doc_id: str, gaz: Gazetteer) -> tuple[URIRef, URIRef, str] | None:
    """Two stored nodes the article's graph shows are one: an event of the article that is
    one node (it joined it, or others joined it) and fits another node of the same type as
    :func:`resolve_events` joins one (a day exactly shared, a shared argument), when no
    report of either conflicts with the other and no article reports both apart. The pair
    (node kept, node merged into it) and the evidence; None when there is none."""
    triples = store.triples_in(graph_iri(doc_id))
    lookup = _Lookup(store, doc_id)
    whole = _Lookup(store, doc_id)
    whole.self_graph = URIRef(GRAPH_NS)  # no article's graph: the profile of all the reports
    for e in _dated_events(triples):
        nodes = lookup.candidates(e)
        here = next((n for n in nodes if n.iri == e.iri), None)
        if here is None or here.near or e.undated:
            continue  # its own event that no other article reports: resolve_events' call
        if not named_by(e.iri, doc_id):
            # it joined another article's node: only on the signs it needs to join a second
            own = _match(e, here, gaz)
            if own is None or not own.precise or own.weak:
                continue
        for n in sorted(nodes, key=lambda n: str(n.iri)):
            if n.iri == e.iri or n.near or n.undated:
                continue
            m = _match(e, n, gaz)
            if m is None or not m.precise or m.weak:
                continue
            held_e, held_n = _holders(store, e.iri), _holders(store, n.iri)
            if set(held_e) & set(held_n):
                continue  # an article reports them as two
            if not _one_happening(whole.profile(e.iri), whole.profile(n.iri), gaz):
                continue
            # the node more articles report is kept (fewer graphs rewritten), then the first IRI
            keep, drop = sorted(
                [(e.iri, held_e), (n.iri, held_n)], key=lambda x: (-len(x[1]), str(x[0]))
            )
            shared = ", ".join(f"{kind}:{_arg(x)}" for kind, x in m.shared)
            kind = str(e.type).rsplit("/", 1)[-1]
            why = (
                f"{MERGED} of {str(drop[0]).removeprefix(EVENT_NS)} into "
                f"{str(keep[0]).removeprefix(EVENT_NS)}: {doc_id} reports the {kind} "
                f"{e.begin}/{e.end} as both (shared {shared} with the other)"
            )
            return keep[0], drop[0], why
    return None


def _merged_graph(
    triples: Sequence[Triple], drop: URIRef, keep: URIRef, why: str
) -> list[Triple]:
    """One graph's triples with node ``drop`` become ``keep``: its intervals named as a
    joining article's (``keep/time/<doc>``), each mention of it given the evidence (after its
    own same-event evidence, when it joined ``drop``), and, in the article that named
    ``drop``, ``keep kg:sameEventAs drop`` as a joining article says of its own IRI."""
    doc = next((str(o) for _, p, o in triples if p == SCHEMA.identifier), "")
    time_ns = str(interval_iri(drop))

    def m(t: Term) -> Term:
        if t == drop:
            return keep
        if isinstance(t, URIRef) and (str(t) == time_ns or str(t).startswith(time_ns + "/")):
            rest = str(t)[len(time_ns) :]
            if rest in ("", "/begin", "/end"):  # the interval of the article that named it
                return URIRef(f"{interval_iri(keep, doc)}{rest}")
            return URIRef(f"{interval_iri(keep)}{rest}")  # a joining article's, renamed alike
        return t

    mentions = {o for s, p, o in triples if s == drop and p == KG.mentionedIn}
    joined = {
        s
        for s, p, o in triples
        if s in mentions and p == KG.resolvedBy and str(o).startswith("same-event:")
    }
    out: list[Triple] = []
    for s, p, o in triples:
        if s in joined and p == KG.resolvedBy and str(o).startswith("same-event:"):
            o = Literal(f"{o}; then {why}")
        out.append((m(s), p, m(o)))
    out.extend((x, KG.resolvedBy, Literal(f"same-event:{why}")) for x in sorted(mentions - joined))
    if named_by(drop, doc):
        out.append((keep, KG.sameEventAs, drop))
    return list(dict.fromkeys(out))


def _decide_again(store: Store, doc_id: str, gaz: Gazetteer) -> list[str]:
    """Articles whose own event no other article joined, and that the article's event is
    compatible with (:func:`_match`) once it is a node two articles report, decided again
    now that the article is stored, as if they came after it, and rewritten only if that
    event now joins the article's node: a report of "last week's strike" stored first is
    the one node of its kind until two reports dated to the day join each other; coming
    last it would join them as the only node that fits, so it does now. Returns the ids of
    the articles rewritten."""
    triples = store.triples_in(graph_iri(doc_id))
    lookup = _Lookup(store, doc_id)
    whole = _Lookup(store, doc_id)
    whole.self_graph = URIRef(GRAPH_NS)  # no article's graph: the profile of all the reports
    lonely: dict[str, set[tuple[URIRef, URIRef]]] = {}  # graph -> (node, its lone event)
    for e in _dated_events(triples):
        if len(_holders(store, e.iri)) < 2:
            continue  # news only when the article's event joined another report (or was joined)
        told = whole.profile(e.iri)
        # the node as all its reports tell it, on the dates each gives: the lone event,
        # decided again, meets all of them (whichever report was stored last)
        all_told = [
            replace(
                e,
                begin=b,
                end=en,
                undated=False,
                participants=e.participants | told.participants,
                targets=e.targets | told.targets,
                places=e.places | told.places,
                words=e.words | told.words,
            )
            for b, en in sorted(set(told.dates.values()))
        ]
        for n in lookup.candidates(e):
            if n.iri == e.iri or n.near:
                continue
            if _match(e, n, gaz) is None and not any(
                (m := _match(x, n, gaz)) is not None and not m.weak for x in all_told
            ):
                continue  # the node as all tell it: only on a shared argument, not words
            if not _no_conflict(told, whole.profile(n.iri), gaz):
                continue
            held = _holders(store, n.iri)
            if len(held) == 1 and str(n.iri).startswith(f"{EVENT_NS}{_doc(URIRef(held[0]))}/"):
                lonely.setdefault(held[0], set()).add((e.iri, n.iri))
    out = []
    for g, pairs in sorted(lonely.items()):
        old = store.triples_in(g)
        d = next((str(o) for _, p, o in old if p == SCHEMA.identifier), _doc(URIRef(g)))
        # another event of the article may hold the node on weaker signs (its sentence words
        # only): decided afresh with it, as if the article came now, the lone event may fit
        # better ("the seizure of the men" at the village, beside "the detention" in words)
        new = resolve_events(store, d, _unjoin_events(old, {n for n, _ in pairs}), sticky=False)
        # only the news: its lone event now joins the article's node (nothing else changes)
        if any((node, KG.sameEventAs, own) in new for node, own in pairs):
            store.replace_graph(g, new)
            out.append(d)
    return out


def _unjoin_events(triples: Sequence[Triple], nodes: set[URIRef]) -> list[Triple]:
    """An article's triples with its events that joined one of ``nodes`` back on their own
    IRIs (``<node> kg:sameEventAs <own>``), their intervals named as ``kg.rdf`` names them
    (``<own>/time``) and their same-event evidence dropped: the article as it was before it
    joined them, to be decided again."""
    back = {
        s: o
        for s, p, o in triples
        if p == KG.sameEventAs and s in nodes and isinstance(o, URIRef)
    }
    if not back:
        return list(triples)
    doc = next((str(o) for _, p, o in triples if p == SCHEMA.identifier), "")
    renamed: dict[Term, Term] = {}
    for node, own in back.items():
        renamed[node] = own
        interval = interval_iri(node, doc)
        renamed[interval] = interval_iri(own)
        for part in ("begin", "end"):
            renamed[instant_iri(interval, part)] = instant_iri(interval_iri(own), part)
    mentions = {o for s, p, o in triples if s in back and p == KG.mentionedIn}
    out = []
    for s, p, o in triples:
        if p == KG.sameEventAs and s in back:
            continue
        if s in mentions and p == KG.resolvedBy and str(o).startswith("same-event:"):
            continue
        out.append((renamed.get(s, s), p, renamed.get(o, o)))
    return out


def merge_stored(store: Store, doc_id: str, *, gazetteer: Gazetteer | None = None) -> list[str]:
    """Merge the stored nodes the article's graph, as stored, shows are one happening: its
    event is one node and fits another as well (a third report names a participant of each
    of two reports that named none in common; a report dated to the day joins two that were
    dated apart). Run after the article is written (``kg.ingest.store_extraction``). The
    node more articles report is kept; every graph that names the other is rewritten, all in
    one write (``Store.replace_graphs``: one transaction on the embedded store), and its
    mentions carry the evidence. Rules as :func:`resolve_events`' (precise dates, a shared
    argument, no conflict), checked across every report of both nodes. Returns the ids of
    the articles rewritten. Idempotent: a merged node is named nowhere any more. First, the
    articles whose lone event the article's event is compatible with are decided again
    (:func:`_decide_again`), as if they came after it."""
    gaz = gazetteer or default_gazetteer()
    rewritten: list[str] = _decide_again(store, doc_id, gaz)
    for _ in range(16):  # each step removes a node; bounded for safety
        step = _bridge(store, doc_id, gaz)
        if step is None:
            break
        keep, drop, why = step
        graphs = {
            g: _merged_graph(store.triples_in(g), drop, keep, why) for g in _holders(store, drop)
        }
        store.replace_graphs(graphs)
        for g in graphs:
            d = next((str(o) for _, p, o in graphs[g] if p == SCHEMA.identifier), _doc(URIRef(g)))
            if d not in rewritten:
                rewritten.append(d)
            # its events the store kept apart may fit now (a later round of the merged node
            # meets another report of that round): decided again, as a new report would be
            old = graphs[g]
            new = resolve_events(store, d, old, sticky=False)
            if set(new) != set(old):
                store.replace_graph(g, new)
    return rewritten
