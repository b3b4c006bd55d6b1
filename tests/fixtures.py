"""A hand-written extraction of a short (fictional) article, shared by tests/rdf and
tests/ontology.

The article has what the RDF layer must carry: an attribution and a denial of the same
event (so attribution is contested), a direct and a reported statement, roles, an
organisation that takes its country's suffix and one whose name already says it, a dated
range, a dated point, an undated event, places, participants and targets, a statement
made at an event, and two claims on one span.
Offsets are computed from the text by ``span`` so they cannot drift from it.
"""

from __future__ import annotations

import datetime as dt

from rdflib import Graph

from kg.rdf import extraction_to_triples
from kg.records import Actor, Claim, Document, Event, Extraction, Role, Span, Statement
from kg.resources import ontology_file
from kg.store import open_store
from kg.vocab import EVENT_TYPE_SCHEME

DOC_ID = "estonia-grid-attack"
PUBLISHED = dt.date(2023, 3, 6)
VERSION = "test-fixture/1"

TEXT = (
    "TALLINN, March 6 - Estonia's ministry of foreign affairs said on Monday that the "
    "cyberattack on the national power grid on March 2-3 was carried out by Frost Lynx, a "
    "hacker group working for Russian military intelligence.\n\n"
    '"This attack was planned and executed by Frost Lynx," Foreign Minister Kaja Lind told '
    "reporters in Tallinn. Lind said Estonia would raise the attack with its allies at a "
    "NATO meeting in Brussels on March 9.\n\n"
    "Kremlin spokesman Pavel Orlov rejected the accusation. Orlov said that Russia had "
    "nothing to do with the attack on the Estonian grid.\n\n"
    "The Estonian Information System Authority said the outage left 40,000 homes without "
    "power for nine hours.\n"
)


def span(phrase: str, nth: int = 1) -> Span:
    """The ``nth`` occurrence of ``phrase`` in the article, as a Span."""
    start = -1
    for _ in range(nth):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def extraction() -> Extraction:
    """The fixture extraction (a function, so nothing is built at import)."""
    doc = Document(
        id=DOC_ID,
        text=TEXT,
        title="Estonia blames Russian military hackers for grid attack; Moscow denies it",
        published=PUBLISHED,
        url="https://example.org/news/estonia-grid-attack",
    )
    actors = (
        Actor("estonia", "Estonia", "country", aliases=("Republic of Estonia",), wikidata="Q191",
              mentions=(span("Estonia"), span("Estonia", 2))),
        Actor("mfa", "ministry of foreign affairs", "organization",
              aliases=("Estonian foreign ministry",), country="estonia",
              mentions=(span("ministry of foreign affairs"),)),
        Actor("frost", "Frost Lynx", "group", aliases=("Frost Lynx hacker group",),
              mentions=(span("Frost Lynx"), span("Frost Lynx", 2))),
        Actor("russia", "Russia", "country", aliases=("Moscow",), wikidata="Q159",
              mentions=(span("Russian military intelligence"), span("Russia", 2))),
        Actor("lind", "Kaja Lind", "person", aliases=("Lind", "Foreign Minister"),
              roles=(Role("Foreign Minister", of="estonia", span=span("Foreign Minister")),),
              mentions=(span("Kaja Lind"), span("Lind", 2))),
        Actor("nato", "NATO", "organization", wikidata="Q7184", mentions=(span("NATO"),)),
        Actor("kremlin", "Kremlin", "organization", aliases=("the Kremlin",),
              mentions=(span("Kremlin"),)),
        Actor("orlov", "Pavel Orlov", "person", aliases=("Orlov", "Kremlin spokesman"),
              roles=(Role("spokesman", of="kremlin", span=span("Kremlin spokesman")),),
              mentions=(span("Pavel Orlov"), span("Orlov", 2))),
        Actor("ria", "Estonian Information System Authority", "organization",
              country="estonia", mentions=(span("Estonian Information System Authority"),)),
    )
    events = (
        Event("attack", "cyberattack", "cyberattack on Estonia's national power grid",
              start=dt.date(2023, 3, 2), end=dt.date(2023, 3, 3), location="Estonia",
              targets=("estonia",), date_text="March 2-3",
              mentions=(span("cyberattack"), span("attack", 2), span("attack", 3),
                        span("attack", 4))),
        Event("natomeeting", "meeting", "NATO meeting in Brussels",
              start=dt.date(2023, 3, 9), end=dt.date(2023, 3, 9), location="Brussels",
              participants=("estonia", "nato"), date_text="March 9",
              mentions=(span("NATO meeting"),)),
        Event("briefing", "interview", "Kaja Lind's remarks to reporters in Tallinn",
              location="Tallinn", participants=("lind",), mentions=(span("told reporters"),)),
    )
    reported_mfa = span(
        "the cyberattack on the national power grid on March 2-3 was carried out by Frost "
        "Lynx, a hacker group working for Russian military intelligence"
    )
    statements = (
        Statement("s1", "mfa", reported_mfa.text, direct=False, span=reported_mfa, cue="said"),
        Statement("s2", "lind", "This attack was planned and executed by Frost Lynx",
                  direct=True, span=span("This attack was planned and executed by Frost Lynx"),
                  event="briefing", cue="told"),
        Statement("s3", "lind", "Estonia would raise the attack with its allies at a NATO "
                  "meeting in Brussels on March 9", direct=False,
                  span=span("Estonia would raise the attack with its allies at a NATO "
                            "meeting in Brussels on March 9"), cue="said"),
        Statement("s4", "orlov", "Russia had nothing to do with the attack on the Estonian grid",
                  direct=False,
                  span=span("Russia had nothing to do with the attack on the Estonian grid"),
                  cue="said"),
    )
    claims = (
        Claim("c1", "mfa", "attribution", "frost", "asserted", reported_mfa,
              event="attack", statement="s1"),
        Claim("c2", "mfa", "attribution", "russia", "asserted", reported_mfa,
              event="attack", statement="s1"),
        Claim("c3", "lind", "attribution", "frost", "asserted", statements[1].span,
              event="attack", statement="s2"),
        Claim("c4", "orlov", "denial", "russia", "denied",
              span("Orlov said that Russia had nothing to do with the attack on the "
                   "Estonian grid."), event="attack", statement="s4"),
    )
    return Extraction(doc, actors, events, statements, claims, extractor_version=VERSION)


def gold_record() -> dict:
    """The fixture as a SCHEMA.md record keyed by extraction keys (what a gold file for this
    article would say), for scoring the read-back record against."""
    ex = extraction()
    return {
        "document": {"id": DOC_ID, "title": ex.document.title, "published": "2023-03-06"},
        "actors": [
            {"id": a.key, "name": a.name, "type": a.type, "aliases": list(a.aliases),
             "roles": [{"title": r.title, "of": r.of} for r in a.roles]}
            for a in ex.actors
        ],
        "events": [
            {"id": e.key, "type": e.type, "label": e.label,
             "start": e.start.isoformat() if e.start else None,
             "end": e.end.isoformat() if e.end else None, "location": e.location,
             "participants": list(e.participants), "targets": list(e.targets)}
            for e in ex.events
        ],
        "statements": [
            {"id": s.key, "speaker": s.speaker, "text": s.text, "direct": s.direct,
             "event": s.event}
            for s in ex.statements
        ],
        "claims": [
            {"id": c.key, "claimant": c.claimant, "kind": c.kind, "event": c.event,
             "agent": c.agent, "polarity": c.polarity, "statement": c.statement}
            for c in ex.claims
        ],
    }


def fixture_store():
    """A real in-memory store holding the fixture article's graph and, in a graph of its
    own, the event-type scheme (competency question 8 follows its SKOS mappings)."""
    store = open_store(None)
    store.replace_graph(*extraction_to_triples(extraction()))
    scheme = Graph().parse(ontology_file("event-types.ttl"), format="turtle")
    store.replace_graph(str(EVENT_TYPE_SCHEME), list(scheme))
    return store


def rows_as_strings(result) -> list[dict[str, str]]:
    """A SELECT result as the ``*.expected.json`` files hold it: a list of rows, each a dict
    of variable -> the term's string (IRI or lexical form), unbound variables left out."""
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]
