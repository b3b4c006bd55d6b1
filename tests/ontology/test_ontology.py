"""The ontology parses, is documented, is aligned as docs/design.md says, and kg.vocab.KG
lists exactly the terms it declares."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph
from rdflib.collection import Collection
from rdflib.term import URIRef

from kg import vocab as v
from kg.records import ACTOR_TYPES, CLAIM_KINDS, POLARITIES
from kg.resources import ontology_dir, ontology_file

# namespaces through the module, not as globals: pytest's collection probes module globals
# and rdflib's warn-mode namespaces (TIME, XSD) would warn about the probe
KG, OWL, PROV, RDF, RDFS, SKOS = v.KG, v.OWL, v.PROV, v.RDF, v.RDFS, v.SKOS
ONTOLOGY, SCHEMA, SEM = v.ONTOLOGY, v.SCHEMA, v.SEM

KG_NS = str(KG._NS)
DECLARING = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("geokg.ttl"), format="turtle")


def declared(g: Graph) -> set[str]:
    """Local names of the kg: terms the ontology declares as classes or properties."""
    return {
        str(s)[len(KG_NS) :]
        for kind in DECLARING
        for s in g.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def vocab_terms() -> set[str]:
    """The terms KG declares: its own annotations (``_NS``, ``_fail`` are assignments)."""
    return {name for name in KG.__annotations__ if not name.startswith("_")}


@pytest.mark.parametrize("name", ["geokg.ttl", "event-types.ttl", "shapes.ttl"])
def test_turtle_files_parse(name: str) -> None:
    g = Graph().parse(ontology_file(name), format="turtle")
    assert len(g) > 50


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert str(ONTOLOGY) == "https://w3id.org/geokg/ontology"
    assert KG_NS == "https://w3id.org/geokg/ontology#"


def test_vocab_lists_exactly_the_declared_terms(ontology: Graph) -> None:
    in_ttl, in_code = declared(ontology), vocab_terms()
    assert in_code - in_ttl == set(), "in kg/vocab.py KG but not declared in geokg.ttl"
    assert in_ttl - in_code == set(), "declared in geokg.ttl but missing from kg/vocab.py KG"


def test_kg_namespace_is_closed() -> None:
    assert KG.speaker == URIRef(KG_NS + "speaker")
    with pytest.raises(AttributeError):
        KG.speeker  # noqa: B018


def kg_terms_used_in(text: str) -> set[str]:
    full = set(re.findall(re.escape(KG_NS) + r"([A-Za-z_]\w*)", text))
    prefixed = set(re.findall(r"(?<![\w:])kg:([A-Za-z_]\w*)", text))
    return full | prefixed


def test_every_kg_term_used_anywhere_is_declared(ontology: Graph) -> None:
    """A kg: term in the shapes, the scheme or a competency question that the ontology does
    not declare is a typo or a missing declaration."""
    known = declared(ontology)
    folder = ontology_dir()
    for path in [*folder.glob("*.ttl"), *(folder / "cq").glob("*.rq")]:
        unknown = kg_terms_used_in(path.read_text()) - known
        assert unknown == set(), f"{path.name} uses undeclared kg: terms {sorted(unknown)}"


def test_every_term_has_label_comment_and_is_defined_by(ontology: Graph) -> None:
    for name in declared(ontology):
        term = KG[name]
        assert ontology.value(term, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"
        assert (term, RDFS.isDefinedBy, ONTOLOGY) in ontology, f"kg:{name} not isDefinedBy"


def test_every_property_has_domain_and_range(ontology: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for p in ontology.subjects(RDF.type, kind):
            assert ontology.value(p, RDFS.domain) is not None, f"{p} has no domain"
            assert ontology.value(p, RDFS.range) is not None, f"{p} has no range"


SUBCLASS = [
    (KG.Article, SCHEMA.NewsArticle),
    (KG.Article, PROV.Entity),
    (KG.Actor, SEM.Actor),
    (KG.Actor, PROV.Agent),
    (KG.Person, KG.Actor),
    (KG.Person, SCHEMA.Person),
    (KG.Organization, KG.Actor),
    (KG.Organization, SCHEMA.Organization),
    (KG.Country, KG.Actor),
    (KG.Country, SCHEMA.Country),
    (KG.Group, KG.Actor),
    (KG.Group, SCHEMA.Organization),
    (KG.Event, SEM.Event),
    (KG.Place, SEM.Place),
    (KG.Statement, PROV.Entity),
    (KG.DirectQuote, KG.Statement),
    (KG.DirectQuote, SCHEMA.Quotation),
    (KG.ReportedSpeech, KG.Statement),
    (KG.Claim, SCHEMA.Claim),
    (KG.Claim, PROV.Entity),
    (KG.AttributionClaim, KG.Claim),
    (KG.DenialClaim, KG.Claim),
    (KG.AccusationClaim, KG.Claim),
    (KG.EventTypeScheme, SKOS.ConceptScheme),
]

SUBPROPERTY = [
    (KG.sourceArticle, PROV.wasDerivedFrom),
    (KG.participant, SEM.hasActor),
    (KG.target, SEM.hasActor),
    (KG.speaker, PROV.wasAttributedTo),
    (KG.text, SCHEMA.text),
]

RANGES = [
    (KG.sourceArticle, KG.Article),
    (KG.startOffset, v.XSD.nonNegativeInteger),
    (KG.endOffset, v.XSD.nonNegativeInteger),
    (KG.anchorText, v.XSD.string),
    (KG.extractorVersion, v.XSD.string),
    (KG.alias, v.XSD.string),
    (KG.memberOfCountry, KG.Country),
    (KG.hasRole, KG.RoleAssignment),
    (KG.mentionedIn, KG.Mention),
    (KG.eventType, SKOS.Concept),
    (KG.speaker, KG.Actor),
    (KG.direct, v.XSD.boolean),
    (KG.atEvent, KG.Event),
    (KG.claimant, KG.Actor),
    (KG.agent, KG.Actor),
    (KG.aboutEvent, KG.Event),
    (KG.basedOn, KG.Statement),
]


@pytest.mark.parametrize(("sub", "sup"), SUBCLASS)
def test_class_alignment(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(("sub", "sup"), SUBPROPERTY)
def test_property_alignment(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in ontology


@pytest.mark.parametrize(("prop", "rng"), RANGES)
def test_ranges(ontology: Graph, prop: URIRef, rng: URIRef) -> None:
    assert (prop, RDFS.range, rng) in ontology


def test_enumerated_literals_match_records(ontology: Graph) -> None:
    """kg:actorType, kg:claimKind and kg:polarity ranges list exactly kg.records' values."""
    for prop, values in (
        (KG.actorType, ACTOR_TYPES),
        (KG.claimKind, CLAIM_KINDS),
        (KG.polarity, POLARITIES),
    ):
        datatype = ontology.value(prop, RDFS.range)
        items = Collection(ontology, ontology.value(datatype, OWL.oneOf))
        assert tuple(str(i) for i in items) == values


def test_namespaces() -> None:
    assert str(v.TIME) == "http://www.w3.org/2006/time#"
    assert str(SEM) == "http://semanticweb.cs.vu.nl/2009/11/sem/"
    assert str(SCHEMA) == "https://schema.org/"
    assert str(v.WD) == "http://www.wikidata.org/entity/"
    assert str(v.ET) == "https://w3id.org/geokg/event-type/"
    assert v.BASE == "https://w3id.org/geokg/"
