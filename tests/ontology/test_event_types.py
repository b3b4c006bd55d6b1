"""The event-type scheme: one concept per kg.records.EVENT_TYPES value, documented, and
mapped to PLOVER and CAMEO exactly as the registry (``event_types`` in data/rules/events.json)
says; the committed ontology/event-types.ttl is the one kg.event_types writes from it."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.term import URIRef

from kg import vocab as v
from kg.event_types import MATCHES, scheme_turtle
from kg.records import EVENT_TYPES
from kg.resources import ontology_file
from kg.rules import RulesError, table

SKOS, RDF, ET = v.SKOS, v.RDF, v.ET
PLOVER_SCHEME = URIRef(str(v.PLOVER))
PLOVER_CONTEXTS = URIRef(str(v.PLOVER) + "context/")
CAMEO_SCHEME = URIRef(str(v.CAMEO))
CODE_SCHEMES = {PLOVER_SCHEME, PLOVER_CONTEXTS, CAMEO_SCHEME}
CODE_IRIS = {"plover": PLOVER_SCHEME, "plover-context": PLOVER_CONTEXTS, "cameo": CAMEO_SCHEME}
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
close = SKOS.closeMatch


def C(code: str) -> URIRef:  # noqa: N802
    return v.CAMEO[code]


def _iri(code: str) -> URIRef:
    scheme, notation = code.split(":", 1)
    return URIRef(str(CODE_IRIS[scheme]) + notation)


# The mapping table, read from the registry: what the scheme must say of each type.
EXPECTED = {
    name: {(SKOS[MATCHES[kind]], _iri(c)) for kind, codes in entry["matches"].items() for c in codes}
    for name, entry in table("event_types").items()
}


def test_the_committed_scheme_is_the_one_the_registry_writes() -> None:
    """After a change to event_types or event_type_codes, run `python -m kg.event_types`."""
    assert ontology_file("event-types.ttl").read_text(encoding="utf-8") == scheme_turtle()


@pytest.mark.parametrize(
    "types, codes, message",
    [
        pytest.param(
            {"aid": {"label": "aid", "definition": "Aid sent.", "matches": {"close": ["plover:AID"]}}},
            {},
            "not in event_type_codes",
            id="undescribed_code",
        ),
        pytest.param(
            {"aid": {"label": "aid", "definition": "Aid sent.", "matches": {"exact": ["cameo:07"]}}},
            {"cameo:07": {"label": "Provide aid"}},
            "not one of",
            id="exact_match",
        ),
        pytest.param({}, {"cameo:073": {"label": "Provide humanitarian aid"}}, "needs its root", id="rootless"),
        pytest.param({}, {"acled:battle": {"label": "Battle"}}, "is of none of", id="unknown_scheme"),
    ],
)
def test_a_registry_the_scheme_cannot_state_is_refused(types, codes, message) -> None:
    with pytest.raises(RulesError, match=message):
        scheme_turtle(types, codes)


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
