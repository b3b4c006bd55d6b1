"""Hand-built extractions of short articles, for testing resolution without spaCy.

``Article`` computes every span from the text, so offsets cannot drift; ``Canned`` is an
extractor that returns the prepared extraction of a document by id, so tests go through the
real pipeline (``kg.ingest.store_document``: RDF mapping, resolution, store).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib.term import Literal, URIRef

from kg.ingest import store_document
from kg.rdf import BASE, graph_iri
from kg.records import Actor, Claim, Document, Event, Extraction, Role, Span
from kg.validate import validate_store

VERSION = "test-resolution/1"


@dataclass
class Article:
    doc_id: str
    text: str
    published: dt.date | None = None
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def span(self, phrase: str, nth: int = 1) -> Span:
        start = -1
        for _ in range(nth):
            start = self.text.index(phrase, start + 1)
        return Span(start, start + len(phrase), phrase)

    def _spans(self, phrases) -> tuple[Span, ...]:
        out = []
        for p in phrases:
            phrase, nth = (p, 1) if isinstance(p, str) else p
            out.append(self.span(phrase, nth))
        return tuple(out)

    def actor(self, key: str, name: str, type_: str, *mentions, roles=(), **kw) -> Article:
        role_records = tuple(
            Role(title, of, self.span(title) if title in self.text else None) for title, of in roles
        )
        self.actors.append(
            Actor(key, name, type_, mentions=self._spans(mentions), roles=role_records, **kw)
        )
        return self

    def event(
        self,
        key: str,
        type_: str,
        label: str,
        *triggers,
        start: dt.date | None = None,
        end: dt.date | None = None,
        **kw,
    ) -> Article:
        self.events.append(
            Event(
                key,
                type_,
                label,
                start=start,
                end=end or start,
                mentions=self._spans(triggers),
                **kw,
            )
        )
        return self

    def claim(
        self,
        key: str,
        claimant: str,
        kind: str,
        agent: str,
        polarity: str,
        phrase: str,
        event: str | None = None,
    ) -> Article:
        self.claims.append(Claim(key, claimant, kind, agent, polarity, self.span(phrase), event))
        return self

    def document(self) -> Document:
        return Document(
            self.doc_id, self.text, title=self.text.split("\n", 1)[0], published=self.published
        )

    def extraction(self) -> Extraction:
        return Extraction(
            self.document(),
            actors=tuple(self.actors),
            events=tuple(self.events),
            claims=tuple(self.claims),
            extractor_version=VERSION,
        )


class Canned:
    """An extractor that returns the prepared extractions, by document id."""

    version = VERSION

    def __init__(self, *articles: Article) -> None:
        self.by_id = {a.doc_id: a.extraction() for a in articles}

    def extract(self, doc: Document) -> Extraction:
        return self.by_id[doc.id]


def ingest(store, *articles: Article):
    """Store the articles, in the order given, through ``kg.ingest.store_document``."""

    canned = Canned(*articles)
    return [store_document(store, a.document(), canned)[0] for a in articles]


# -- reading the store back, for the linking tests --------------------------------------------


def A(local: str) -> URIRef:
    return URIRef(BASE + "id/actor/" + local)


def actor_of(store, doc_id: str, phrase: str) -> str:
    """The actor IRI of the article's mention whose words are ``phrase``."""
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?x WHERE { GRAPH ?g { ?x kg:actorType ?k ; kg:mentionedIn ?m . "
        "?m kg:anchorText ?t } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    assert rows, f"no actor mention {phrase!r} in {doc_id}"
    return str(rows[0]["x"])


def evidence(store, doc_id: str, phrase: str) -> set[str]:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?why WHERE { GRAPH ?g { ?m kg:anchorText ?t ; kg:resolvedBy ?why } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    return {str(r["why"]) for r in rows}


def event_of(store, doc_id: str, phrase: str) -> str:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?t ?x WHERE { GRAPH ?g { ?x a kg:Event ; kg:mentionedIn ?m . "
        "?m kg:anchorText ?t } }",
        {"g": URIRef(graph_iri(doc_id)), "t": Literal(phrase)},
    ).dicts()
    assert rows, f"no event mention {phrase!r} in {doc_id}"
    return str(rows[0]["x"])


def conforms(store) -> None:
    bad = {g: r.results for g, r in validate_store(store).items() if not r.conforms}
    assert not bad


def evidence_of_event(store, doc_id: str) -> set[str]:
    rows = store.select(
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT ?g ?why WHERE { GRAPH ?g { ?x a kg:Event ; kg:mentionedIn ?m . "
        "?m kg:resolvedBy ?why } }",
        {"g": URIRef(graph_iri(doc_id))},
    ).dicts()
    return {str(r["why"]) for r in rows}


def attack_report(
    doc_id: str,
    published: dt.date,
    start: dt.date,
    end: dt.date,
    target: str = "Ukraine",
    qid: str = "Q212",
) -> Article:
    a = Article(
        doc_id, f"Hackers hit government websites in {target}, officials said.\n", published
    )
    a.actor("t", target, "country", target, wikidata=qid)
    return a.event(
        "e",
        "cyberattack",
        f"hacking of websites in {target}",
        "hit",
        start=start,
        end=end,
        targets=("t",),
    )
