"""The event-type scheme: one concept per kg.records.EVENT_TYPES value, documented, and
mapped to PLOVER and CAMEO exactly as the table below says."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.term import URIRef

from kg import vocab as v
from kg.records import EVENT_TYPES
from kg.resources import ontology_file

SKOS, RDF, ET = v.SKOS, v.RDF, v.ET
PLOVER_SCHEME = URIRef(str(v.PLOVER))
PLOVER_CONTEXTS = URIRef(str(v.PLOVER) + "context/")
CAMEO_SCHEME = URIRef(str(v.CAMEO))
CODE_SCHEMES = {PLOVER_SCHEME, PLOVER_CONTEXTS, CAMEO_SCHEME}
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)


def P(code: str) -> URIRef:  # noqa: N802
    return v.PLOVER[code]


def C(code: str) -> URIRef:  # noqa: N802
    return v.CAMEO[code]


def CTX(code: str) -> URIRef:  # noqa: N802
    return URIRef(str(v.PLOVER) + "context/" + code)


close, broad, related = SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch

# The mapping table, stated once: a change to event-types.ttl must change it deliberately.
EXPECTED = {
    "meeting": {(close, P("CONSULT")), (close, C("04"))},
    "cyberattack": {(close, C("176")), (related, CTX("cyber"))},
    "armed_attack": {(close, P("ASSAULT")), (close, C("18")), (close, C("19"))},
    "military_activity": {(close, P("MOBILIZE")), (close, C("15"))},
    "sanction": {(close, C("163")), (broad, P("SANCTION")), (broad, C("16"))},
    "agreement": {(close, P("AGREE")), (close, C("057")), (related, P("SUPPORT"))},
    "protest": {(close, P("PROTEST")), (close, C("14"))},
    "election": {(related, CTX("election"))},
    "interview": {(related, C("01"))},
    "other": set(),
}


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return Graph().parse(ontology_file("event-types.ttl"), format="turtle")


def test_scheme_holds_exactly_the_record_event_types(scheme: Graph) -> None:
    concepts = set(scheme.subjects(SKOS.inScheme, v.EVENT_TYPE_SCHEME))
    assert concepts == {ET[t] for t in EVENT_TYPES}
    assert (v.EVENT_TYPE_SCHEME, RDF.type, SKOS.ConceptScheme) in scheme
    assert (v.EVENT_TYPE_SCHEME, RDF.type, v.KG.EventTypeScheme) in scheme
    assert set(scheme.objects(v.EVENT_TYPE_SCHEME, SKOS.hasTopConcept)) == concepts


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_concept_is_documented(scheme: Graph, name: str) -> None:
    c = ET[name]
    assert (c, RDF.type, SKOS.Concept) in scheme
    assert (c, SKOS.topConceptOf, v.EVENT_TYPE_SCHEME) in scheme
    assert str(scheme.value(c, SKOS.notation)) == name
    assert scheme.value(c, SKOS.prefLabel) is not None
    assert len(str(scheme.value(c, SKOS.definition) or "")) > 20


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_mappings_are_as_stated(scheme: Graph, name: str) -> None:
    found = {(p, o) for p in MAPPINGS for o in scheme.objects(ET[name], p)}
    assert found == EXPECTED[name]


def test_every_type_but_other_maps_to_plover_or_cameo() -> None:
    for name in EVENT_TYPES:
        assert bool(EXPECTED[name]) == (name != "other"), name


def test_no_exact_matches_are_claimed(scheme: Graph) -> None:
    """No two of these categories are defined identically; exactMatch would say they are
    (and is transitive)."""
    assert list(scheme.subject_objects(SKOS.exactMatch)) == []


def test_weak_or_missing_mappings_say_why(scheme: Graph) -> None:
    for name, pairs in EXPECTED.items():
        if not pairs or any(rel != close for rel, _ in pairs):
            assert scheme.value(ET[name], SKOS.scopeNote) is not None, name


def test_every_mapped_code_is_a_documented_concept(scheme: Graph) -> None:
    targets = {code for pairs in EXPECTED.values() for _, code in pairs}
    for code in targets:
        assert (code, RDF.type, SKOS.Concept) in scheme, code
        assert scheme.value(code, SKOS.inScheme) in CODE_SCHEMES, code
        assert scheme.value(code, SKOS.notation) is not None, code
        assert scheme.value(code, SKOS.prefLabel) is not None, code


def test_code_notations_match_their_iris(scheme: Graph) -> None:
    for scheme_iri in CODE_SCHEMES:
        for code in scheme.subjects(SKOS.inScheme, scheme_iri):
            assert str(code) == str(scheme_iri) + str(scheme.value(code, SKOS.notation))


def test_cameo_sub_codes_have_their_root_as_broader(scheme: Graph) -> None:
    for code in scheme.subjects(SKOS.inScheme, CAMEO_SCHEME):
        notation = str(scheme.value(code, SKOS.notation))
        if len(notation) > 2:
            assert scheme.value(code, SKOS.broader) == C(notation[:2])


def test_code_schemes_say_their_iris_are_not_official(scheme: Graph) -> None:
    for scheme_iri in CODE_SCHEMES:
        comment = str(scheme.value(scheme_iri, v.RDFS.comment) or "")
        assert "geokg" in comment and ("publishes none" in comment or "minted" in comment)
