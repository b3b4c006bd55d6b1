"""Plain records: what extraction finds, with character offsets into the article text.

No spaCy and no rdflib here. The extractor produces an :class:`Extraction`; ``kg.rdf``
turns it into triples. Every offset is into ``Document.text`` exactly as given (before any
cleaning), ``text[start:end]`` being the mention.

Keys (``Actor.key``, ``Event.key`` ...) are local to one extraction; the RDF layer turns
them into global IRIs (actors by canonical name, the rest by article and offsets).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from kg.rules import table

ACTOR_TYPES = ("person", "organization", "country", "group")
#: the event types, in the order of the registry (``data/rules/events.json``'s
#: ``event_types``, with their PLOVER and CAMEO matches): a new type is a data change
EVENT_TYPES: tuple[str, ...] = tuple(table("event_types"))
CLAIM_KINDS = ("attribution", "denial", "accusation")
POLARITIES = ("asserted", "denied")


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str = ""
    published: _dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Role:
    """A title an actor holds, in the body ``of`` (an actor key, or None)."""

    title: str
    of: str | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Actor:
    key: str
    name: str
    type: str  # one of ACTOR_TYPES
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None  # e.g. "Q159", from the gazetteer
    country: str | None = None  # key of the country an organisation belongs to, when known


@dataclass(frozen=True)
class Event:
    key: str
    type: str  # one of EVENT_TYPES
    label: str
    start: _dt.date | None = None
    end: _dt.date | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()  # trigger phrases
    date_text: str | None = None  # the expression the dates were resolved from


@dataclass(frozen=True)
class Statement:
    key: str
    speaker: str  # actor key
    text: str
    direct: bool
    span: Span  # the quoted words / reported clause
    event: str | None = None  # event key
    cue: str | None = None  # the reporting verb or phrase ("said", "according to")


@dataclass(frozen=True)
class Claim:
    key: str
    claimant: str  # actor key
    kind: str  # one of CLAIM_KINDS
    agent: str  # actor key
    polarity: str  # one of POLARITIES
    span: Span  # the sentence or clause the claim rests on
    event: str | None = None
    statement: str | None = None  # statement key


@dataclass(frozen=True)
class Extraction:
    document: Document
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor_version: str = ""
    warnings: tuple[str, ...] = field(default=())
