"""Records to RDF: deterministic IRIs and the triples of one article's named graph.

Everything here follows docs/design.md. IRIs depend only on the article id, canonical names
and offsets, never on extraction keys or run order, and no blank node is ever made: so
re-ingesting an article rebuilds exactly the same graph, and ``replace_graph`` changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import quote

from rdflib import Dataset, Graph
from rdflib.term import Literal, URIRef

from kg.errors import ExtractionError
from kg.mojibake import repair
from kg.records import (
    ACTOR_TYPES,
    CLAIM_KINDS,
    EVENT_TYPES,
    POLARITIES,
    Actor,
    Claim,
    Event,
    Extraction,
    Role,
    Span,
    Statement,
)
from kg.vocab import (
    ACTOR_CLASS,
    BASE,
    CLAIM_CLASS,
    ET,
    KG,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SEM,
    TIME,
    WD,
    XSD,
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]

__all__ = [
    "ACTOR_NS",
    "BASE",
    "EVENT_NS",
    "FORMATS",
    "GRAPH_NS",
    "RETYPED",
    "ROLE_NS",
    "actor_iri",
    "article_iri",
    "bind_prefixes",
    "claim_iri",
    "event_iri",
    "extraction_to_triples",
    "graph_iri",
    "mention_iri",
    "place_iri",
    "role_iri",
    "serialize",
    "slug",
    "surname",
    "statement_iri",
]

_QID = re.compile(r"^Q[1-9][0-9]*$")

# kg:resolvedBy "retyped:<type>" on a mention: the extractor typed it so, but its node has
# another type (one type per actor node; kg.link.entities decides it from all the evidence)
RETYPED = "retyped:"


# -- IRIs -------------------------------------------------------------------------------

# the namespaces of the IRI scheme (docs/design.md), here once: kg.link reads them too
ACTOR_NS = f"{BASE}id/actor/"
ROLE_NS = f"{BASE}id/role/"
EVENT_NS = f"{BASE}id/event/"
GRAPH_NS = f"{BASE}graph/"


_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: str) -> str | None:
    """A person's family name as written: the last capitalised word of a name of two or
    more words ("Dmitry Peskov" -> "Peskov", "Robert Smith Jr." -> "Smith"); None for a
    one-word name, which is itself what a surname-only mention looks like."""
    words = [w for w in name.split() if w.casefold() not in _NAME_SUFFIXES]
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return words[-1]


def slug(text: str) -> str:
    """NFKD, ASCII, lower case, runs of non-alphanumerics to ``-``, trimmed.

    A name with no ASCII letter or digit at all (say, in Cyrillic) would slug to nothing and
    collide with every other such name, so it gets ``u-`` and a short hash of the name instead.
    """
    # a name written in mojibake slugs as its repair ("PeÃ±a" -> "pena", not "peaa")
    ascii_ = unicodedata.normalize("NFKD", repair(text)).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")
    if s:
        return s
    return "u-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:12]


def _q(doc_id: str) -> str:
    # safe="" so a "/" in an id cannot make one IRI look like another's sub-path
    return quote(doc_id, safe="")


def article_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}id/article/{_q(doc_id)}")


def graph_iri(doc_id: str) -> str:
    """The article's named graph (a plain string: it names a graph in the store)."""
    return f"{GRAPH_NS}{_q(doc_id)}"


def event_iri(doc_id: str, first_start: int) -> URIRef:
    return URIRef(f"{EVENT_NS}{_q(doc_id)}/{first_start}")


def named_by(event: URIRef, doc_id: str) -> bool:
    """Whether article ``doc_id`` named the event (its IRI is one of :func:`event_iri`'s for
    the article), not one it joined that another article named (``kg.link.events``)."""
    return str(event).startswith(f"{EVENT_NS}{_q(doc_id)}/")


def interval_iri(event: URIRef, doc_id: str | None = None) -> URIRef:
    """The OWL-Time interval of an event's dates, hung off its IRI (no blank nodes):
    ``<event>/time`` as the article that named the event dates it, ``<event>/time/<doc>`` as
    ``doc_id``, an article that joined the event (``kg.link.events``), dates it, so each
    report keeps its own dates on the one node."""
    interval = f"{event}/time"
    return URIRef(interval if doc_id is None else f"{interval}/{_q(doc_id)}")


def instant_iri(interval: URIRef, bound: str) -> URIRef:
    """The interval's ``begin`` or ``end`` instant."""
    return URIRef(f"{interval}/{bound}")


def statement_iri(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{BASE}id/statement/{_q(doc_id)}/{start}-{end}")


def claim_iri(doc_id: str, start: int, end: int, n: int) -> URIRef:
    """``n`` numbers, from 0 in extraction order, the claims that rest on the same span."""
    return URIRef(f"{BASE}id/claim/{_q(doc_id)}/{start}-{end}-{n}")


def mention_iri(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{BASE}id/mention/{_q(doc_id)}/{start}-{end}")


def place_iri(name: str) -> URIRef:
    return URIRef(f"{BASE}id/place/{slug(name)}")


def role_iri(holder: URIRef, title: str, of: URIRef | None = None) -> URIRef:
    """``holder`` and ``of`` are actor IRIs: their last segment is the actor's slug, country
    suffix included, so two countries' foreign ministers stay apart."""
    iri = f"{ROLE_NS}{_local(holder)}/{slug(title)}"
    return URIRef(iri + f"/{_local(of)}" if of is not None else iri)


def _local(actor: URIRef) -> str:
    return str(actor).rsplit("/", 1)[-1]


def actor_iri(actor: Actor, extraction: Extraction) -> URIRef:
    """``id/actor/<slug(name)>``; an organisation that belongs to a country and whose name
    does not say so gets ``--<country slug>`` appended ("ministry of foreign affairs" of
    Armenia is ``ministry-of-foreign-affairs--armenia``)."""
    base = slug(actor.name)
    if actor.type != "organization" or actor.country is None:
        return URIRef(f"{ACTOR_NS}{base}")
    country = _actor_by_key(extraction, actor.country, f"actor {actor.key!r} country")
    if _names_country(actor.name, country):
        return URIRef(f"{ACTOR_NS}{base}")
    return URIRef(f"{ACTOR_NS}{base}--{slug(country.name)}")


def _names_country(name: str, country: Actor) -> bool:
    """Does ``name`` already say which country it belongs to? True when it contains the
    country's name or an alias as whole words, or a word that starts with the stem of a
    one-word name ("Ukrainian" for Ukraine, "Russian" for Russia). Irregular demonyms
    ("French") count only when they are among the country's aliases."""
    words = slug(name).split("-")
    padded = f"-{slug(name)}-"
    for candidate in (country.name, *country.aliases):
        s = slug(candidate)
        if f"-{s}-" in padded:
            return True
        if "-" not in s and len(s) >= 5 and any(w.startswith(s[:-1]) for w in words):
            return True
    return False


def _actor_by_key(ex: Extraction, key: str, what: str) -> Actor:
    for a in ex.actors:
        if a.key == key:
            return a
    raise ExtractionError(f"{ex.document.id}: {what} refers to unknown actor key {key!r}")


# -- triples ----------------------------------------------------------------------------


def extraction_to_triples(ex: Extraction) -> tuple[str, list[Triple]]:
    """The article's named graph IRI and every triple extracted from it, deduplicated, in a
    stable order. Raises ``ExtractionError`` for records that break the contract (unknown
    keys or types, spans outside the text, two events or statements on one IRI)."""
    return graph_iri(ex.document.id), list(dict.fromkeys(_Mapper(ex).triples()))


class _Mapper:
    """One extraction's key -> IRI tables, and the triples built from them."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.doc_id = ex.document.id
        self.article = article_iri(self.doc_id)
        self.version = Literal(ex.extractor_version)
        self.actors = {a.key: actor_iri(a, ex) for a in ex.actors}
        self.events = self._event_iris()
        self.statements = self._statement_iris()

    # -- lookups
    def actor(self, key: str, what: str) -> URIRef:
        if key not in self.actors:
            raise ExtractionError(f"{self.doc_id}: {what} refers to unknown actor key {key!r}")
        return self.actors[key]

    def event(self, key: str, what: str) -> URIRef:
        if key not in self.events:
            raise ExtractionError(f"{self.doc_id}: {what} refers to unknown event key {key!r}")
        return self.events[key]

    def statement(self, key: str, what: str) -> URIRef:
        if key not in self.statements:
            raise ExtractionError(
                f"{self.doc_id}: {what} refers to unknown statement key {key!r}"
            )
        return self.statements[key]

    def _event_iris(self) -> dict[str, URIRef]:
        out: dict[str, URIRef] = {}
        for e in self.ex.events:
            if not e.mentions:
                raise ExtractionError(
                    f"{self.doc_id}: event {e.key!r} has no mention; its IRI is made from "
                    "the first mention's offset"
                )
            out[e.key] = event_iri(self.doc_id, min(m.start for m in e.mentions))
        _no_collisions(self.doc_id, "events", out)
        return out

    def _statement_iris(self) -> dict[str, URIRef]:
        out = {
            s.key: statement_iri(self.doc_id, s.span.start, s.span.end)
            for s in self.ex.statements
        }
        _no_collisions(self.doc_id, "statements", out)
        return out

    # -- triples
    def triples(self) -> Iterator[Triple]:
        yield from self.article_triples()
        merged: dict[URIRef, list[Actor]] = {}
        for a in self.ex.actors:
            merged.setdefault(self.actors[a.key], []).append(a)
        for iri, same in merged.items():
            yield from self.actor_triples(iri, same)
        for e in self.ex.events:
            yield from self.event_triples(e)
        for s in self.ex.statements:
            yield from self.statement_triples(s)
        seen: dict[tuple[int, int], int] = {}
        for c in self.ex.claims:
            n = seen.get((c.span.start, c.span.end), 0)
            seen[(c.span.start, c.span.end)] = n + 1
            yield from self.claim_triples(c, n)

    def article_triples(self) -> Iterator[Triple]:
        d, a = self.ex.document, self.article
        yield a, RDF.type, KG.Article
        yield a, SCHEMA.identifier, Literal(d.id)
        yield a, SCHEMA.headline, Literal(d.title)
        yield a, SCHEMA.articleBody, Literal(d.text)
        yield a, KG.extractorVersion, self.version
        if d.published is not None:
            yield a, SCHEMA.datePublished, Literal(d.published.isoformat(), datatype=XSD.date)
        if d.url:
            yield a, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI)

    def actor_triples(self, iri: URIRef, same: list[Actor]) -> Iterator[Triple]:
        """Actors whose names slug alike are one IRI: the first one's name and type win,
        the others' names become aliases, so the graph keeps one label and one type. A
        mention of one typed otherwise says so (``kg:resolvedBy "retyped:<its type>"``):
        ``kg.link.entities`` weighs every mention's own type to type the node store-wide."""
        first = same[0]
        if first.type not in ACTOR_TYPES:
            raise ExtractionError(f"{self.doc_id}: actor {first.key!r} has type {first.type!r}")
        roles: set[URIRef] = set()
        yield iri, RDF.type, KG.Actor
        yield iri, RDF.type, ACTOR_CLASS[first.type]
        yield iri, RDFS.label, Literal(first.name)
        yield iri, KG.actorType, Literal(first.type)
        if first.type == "person" and surname(first.name):
            yield iri, KG.surname, Literal(surname(first.name))
        for a in same:
            for alias in (a.name, *a.aliases):
                if alias and alias != first.name:
                    yield iri, KG.alias, Literal(alias)
            if a.wikidata:
                yield iri, OWL.sameAs, self.wikidata(a)
            if a.country is not None and a.country != a.key:
                yield iri, KG.memberOfCountry, self.actor(a.country, f"actor {a.key!r} country")
            for m in a.mentions:
                yield from self.mention(iri, m)
                if a.type != first.type and a.type in ACTOR_TYPES:
                    # the node keeps one type; the mention keeps what the extractor said, as
                    # evidence for the store-wide type (kg.link.entities decides it)
                    yield mention_iri(self.doc_id, m.start, m.end), KG.resolvedBy, Literal(
                        RETYPED + a.type
                    )
            for r in a.roles:
                yield from self.role_triples(iri, a, r, roles)

    def wikidata(self, a: Actor) -> URIRef:
        qid = a.wikidata.strip() if a.wikidata else ""
        if not _QID.match(qid):
            raise ExtractionError(
                f"{self.doc_id}: actor {a.key!r} wikidata id {a.wikidata!r} is not a QID like Q159"
            )
        return WD[qid]

    def role_triples(
        self, holder: URIRef, a: Actor, r: Role, seen: set[URIRef]
    ) -> Iterator[Triple]:
        """Titles that slug alike ("Foreign Minister", "foreign minister") are one role:
        the first title wins, so the role keeps one kg:roleTitle; later spans still count."""
        of = self.actor(r.of, f"role {r.title!r} of actor {a.key!r}") if r.of else None
        role = role_iri(holder, r.title, of)
        if r.span is not None:
            yield from self.mention(role, r.span)
        if role in seen:
            return
        seen.add(role)
        yield holder, KG.hasRole, role
        yield role, RDF.type, KG.RoleAssignment
        yield role, KG.holder, holder
        yield role, KG.roleTitle, Literal(r.title)
        if of is not None:
            yield role, KG.roleOf, of

    def event_triples(self, e: Event) -> Iterator[Triple]:
        if e.type not in EVENT_TYPES:
            raise ExtractionError(f"{self.doc_id}: event {e.key!r} has type {e.type!r}")
        iri = self.events[e.key]
        yield iri, RDF.type, KG.Event
        yield iri, RDFS.label, Literal(e.label)
        yield iri, KG.eventType, ET[e.type]
        if e.date_text:
            yield iri, KG.dateText, Literal(e.date_text)
        yield from self.event_time(iri, e)
        if e.location:
            place = place_iri(e.location)
            yield iri, SEM.hasPlace, place
            yield place, RDF.type, KG.Place
            yield place, RDFS.label, Literal(e.location)
        for prop, keys in ((KG.participant, e.participants), (KG.target, e.targets)):
            for key in keys:
                actor = self.actor(key, f"event {e.key!r}")
                yield iri, prop, actor
                yield iri, SEM.hasActor, actor
        for m in e.mentions:
            yield from self.mention(iri, m)

    def event_time(self, iri: URIRef, e: Event) -> Iterator[Triple]:
        """SEM timestamps for simple queries, and the same dates as an OWL-Time interval
        whose nodes hang off the event's IRI (no blank nodes)."""
        if e.start is None and e.end is None:
            return
        interval = interval_iri(iri)
        yield iri, TIME.hasTime, interval
        yield interval, RDF.type, TIME.Interval
        for day, sem_prop, time_prop, name in (
            (e.start, SEM.hasBeginTimeStamp, TIME.hasBeginning, "begin"),
            (e.end, SEM.hasEndTimeStamp, TIME.hasEnd, "end"),
        ):
            if day is None:
                continue
            value = Literal(day.isoformat(), datatype=XSD.date)
            instant = instant_iri(interval, name)
            yield iri, sem_prop, value
            yield interval, time_prop, instant
            yield instant, RDF.type, TIME.Instant
            yield instant, TIME.inXSDDate, value

    def statement_triples(self, s: Statement) -> Iterator[Triple]:
        iri = self.statements[s.key]
        yield iri, RDF.type, KG.Statement
        yield iri, RDF.type, KG.DirectQuote if s.direct else KG.ReportedSpeech
        speaker = self.actor(s.speaker, f"statement {s.key!r}")
        yield iri, KG.speaker, speaker
        yield iri, PROV.wasAttributedTo, speaker
        yield iri, KG.text, Literal(s.text)
        yield iri, SCHEMA.text, Literal(s.text)
        yield iri, KG.direct, Literal(bool(s.direct))
        if s.event is not None:
            yield iri, KG.atEvent, self.event(s.event, f"statement {s.key!r}")
        if s.cue:
            yield iri, KG.cue, Literal(s.cue)
        yield from self.provenance(iri, s.span)

    def claim_triples(self, c: Claim, n: int) -> Iterator[Triple]:
        if c.kind not in CLAIM_KINDS or c.polarity not in POLARITIES:
            raise ExtractionError(
                f"{self.doc_id}: claim {c.key!r} has kind {c.kind!r}, polarity {c.polarity!r}"
            )
        iri = claim_iri(self.doc_id, c.span.start, c.span.end, n)
        yield iri, RDF.type, KG.Claim
        yield iri, RDF.type, CLAIM_CLASS[c.kind]
        yield iri, KG.claimant, self.actor(c.claimant, f"claim {c.key!r} claimant")
        yield iri, KG.agent, self.actor(c.agent, f"claim {c.key!r} agent")
        yield iri, KG.claimKind, Literal(c.kind)
        yield iri, KG.polarity, Literal(c.polarity)
        if c.event is not None:
            yield iri, KG.aboutEvent, self.event(c.event, f"claim {c.key!r}")
        if c.statement is not None:
            yield iri, KG.basedOn, self.statement(c.statement, f"claim {c.key!r}")
        yield from self.provenance(iri, c.span)

    def mention(self, subject: URIRef, span: Span) -> Iterator[Triple]:
        m = mention_iri(self.doc_id, span.start, span.end)
        yield subject, KG.mentionedIn, m
        yield m, RDF.type, KG.Mention
        yield from self.provenance(m, span)

    def provenance(self, iri: URIRef, span: Span) -> Iterator[Triple]:
        """Where in which article, and by which extractor. The anchor text is cut from the
        article itself, so it is right even if ``span.text`` was normalised."""
        text = self.ex.document.text
        if not 0 <= span.start < span.end <= len(text):
            raise ExtractionError(
                f"{self.doc_id}: span {span.start}-{span.end} is empty or outside the text "
                f"(length {len(text)})"
            )
        yield iri, KG.sourceArticle, self.article
        yield iri, PROV.wasDerivedFrom, self.article
        # xsd:integer, not nonNegativeInteger: Oxigraph normalises derived integer types to
        # xsd:integer on load (oxigraph#526), and what we emit should be what the store holds
        yield iri, KG.startOffset, Literal(span.start, datatype=XSD.integer)
        yield iri, KG.endOffset, Literal(span.end, datatype=XSD.integer)
        yield iri, KG.anchorText, Literal(text[span.start : span.end])
        yield iri, KG.extractorVersion, self.version


def _no_collisions(doc_id: str, what: str, iris: dict[str, URIRef]) -> None:
    """Two records on one IRI would silently merge into one node; refuse instead."""
    seen: dict[URIRef, str] = {}
    for key, iri in iris.items():
        if iri in seen:
            raise ExtractionError(
                f"{doc_id}: {what} {seen[iri]!r} and {key!r} both map to {iri} "
                "(same first mention / span); merge them in the extractor"
            )
        seen[iri] = key


# -- serialisation ----------------------------------------------------------------------

FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "nquads": "nquads", "trig": "trig"}


def bind_prefixes(g: Graph) -> None:
    """The project's prefixes, so serialisations read ``kg:speaker`` not full IRIs."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def serialize(ex: Extraction, fmt: str = "turtle") -> str:
    """The article's graph as ``turtle`` (its triples), or ``jsonld`` / ``nquads`` / ``trig``
    (a dataset with the article's named graph)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    name, triples = extraction_to_triples(ex)
    if fmt == "turtle":
        g = Graph()
        bind_prefixes(g)
        _add(g, triples)
        return g.serialize(format="turtle")
    ds = Dataset()
    bind_prefixes(ds)
    _add(ds.graph(URIRef(name)), triples)
    if fmt == "jsonld":
        return ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    return ds.serialize(format=FORMATS[fmt])


def _add(g: Graph, triples: Iterable[Triple]) -> None:
    for t in triples:
        g.add(t)
