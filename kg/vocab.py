"""The RDF vocabulary as code: geokg's own ontology terms and the namespaces it uses.

``KG`` is a closed ``DefinedNamespace`` (``_fail = True``): a typo such as ``KG.speeker``
raises instead of minting a term nobody declared. ``tests/ontology`` keeps its term list in
step with ``ontology/geokg.ttl``.
"""

from __future__ import annotations

from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

BASE = "https://w3id.org/geokg/"
ONTOLOGY = URIRef(BASE + "ontology")

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ET = Namespace(BASE + "event-type/")  # the SKOS scheme of event types; ``URIRef(ET)`` is the scheme
PLOVER = Namespace(BASE + "plover/")  # geokg's stand-in IRIs: PLOVER has no official ones
CAMEO = Namespace(BASE + "cameo/")  # likewise for CAMEO codes

EVENT_TYPE_SCHEME = URIRef(str(ET))


class KG(DefinedNamespace):
    """geokg ontology terms (``ontology/geokg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Article: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    RoleAssignment: URIRef
    Event: URIRef
    EventTypeScheme: URIRef
    Place: URIRef
    Statement: URIRef
    DirectQuote: URIRef
    ReportedSpeech: URIRef
    Claim: URIRef
    AttributionClaim: URIRef
    DenialClaim: URIRef
    AccusationClaim: URIRef
    Mention: URIRef

    # provenance (statements, claims, mentions)
    sourceArticle: URIRef
    startOffset: URIRef
    endOffset: URIRef
    anchorText: URIRef
    extractorVersion: URIRef
    resolvedBy: URIRef  # why a mention stands for its node (entity and event resolution)

    # actors and roles
    alias: URIRef
    surname: URIRef  # a person's family name as written: the index surname resolution uses
    actorType: URIRef
    memberOfCountry: URIRef
    hasRole: URIRef
    mentionedIn: URIRef
    holder: URIRef
    roleTitle: URIRef
    roleOf: URIRef

    # events
    eventType: URIRef
    participant: URIRef
    target: URIRef
    dateText: URIRef
    sameEventAs: URIRef  # an article-local event IRI merged into this event
    laterRoundOf: URIRef  # the earlier event this one continues (a later round of talks)

    # statements
    speaker: URIRef
    text: URIRef
    direct: URIRef
    atEvent: URIRef
    cue: URIRef

    # claims
    claimant: URIRef
    agent: URIRef
    claimKind: URIRef
    polarity: URIRef
    aboutEvent: URIRef
    basedOn: URIRef


# actor type / claim kind literal -> the matching class
ACTOR_CLASS = {
    "person": KG.Person,
    "organization": KG.Organization,
    "country": KG.Country,
    "group": KG.Group,
}
CLAIM_CLASS = {
    "attribution": KG.AttributionClaim,
    "denial": KG.DenialClaim,
    "accusation": KG.AccusationClaim,
}

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "time": str(TIME),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
    "et": str(ET),
    "plover": str(PLOVER),
    "cameo": str(CAMEO),
}


def prologue(*names: str) -> str:
    """The SPARQL ``PREFIX`` lines of the named prefixes of :data:`PREFIXES` (all of them when
    none is named): every query of geokg declares its prefixes from here."""
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in names or PREFIXES)

__all__ = [
    "ACTOR_CLASS",
    "BASE",
    "CAMEO",
    "CLAIM_CLASS",
    "ET",
    "EVENT_TYPE_SCHEME",
    "KG",
    "ONTOLOGY",
    "OWL",
    "PLOVER",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SEM",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
    "prologue",
]
