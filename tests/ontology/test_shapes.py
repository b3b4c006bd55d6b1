"""Each SHACL shape accepts a valid example and rejects an invalid one with its message.

``VALID`` is one small article graph with an instance of every shape's target; each case
below breaks it in one place (a textual replacement, checked to apply exactly once) and
names the shape and the message that must come back.
"""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kg import vocab as v
from kg.resources import ontology_file
from kg.validate import Report, validate_triples

KGSH = "https://w3id.org/geokg/shapes#"

PREFIXES = """
@prefix kg: <https://w3id.org/geokg/ontology#> .
@prefix et: <https://w3id.org/geokg/event-type/> .
@prefix ex: <https://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix schema: <https://schema.org/> .
@prefix time: <http://www.w3.org/2006/time#> .
"""

VALID = PREFIXES + """
ex:art a kg:Article ; schema:identifier "doc-1" ; schema:headline "Headline" ;
    schema:datePublished "2023-03-06"^^xsd:date ; schema:articleBody "Body text." ;
    kg:extractorVersion "v1" .

ex:lind a kg:Actor , kg:Person ; rdfs:label "Kaja Lind" ; kg:actorType "person" ;
    kg:alias "Lind" ; kg:surname "Lind" ; kg:hasRole ex:role ; kg:mentionedIn ex:m1 .
ex:estonia a kg:Actor , kg:Country ; rdfs:label "Estonia" ; kg:actorType "country" ;
    owl:sameAs <http://www.wikidata.org/entity/Q191> .
ex:mfa a kg:Actor , kg:Organization ; rdfs:label "ministry of foreign affairs" ;
    kg:actorType "organization" ; kg:memberOfCountry ex:estonia .
ex:frost a kg:Actor , kg:Group ; rdfs:label "Frost Lynx" ; kg:actorType "group" .

ex:role a kg:RoleAssignment ; kg:holder ex:lind ; kg:roleTitle "Foreign Minister" ;
    kg:roleOf ex:estonia .

ex:m1 a kg:Mention ; kg:sourceArticle ex:art ; kg:anchorText "Lind" ; kg:extractorVersion "v1" ;
    kg:resolvedBy "surname-of:Kaja Lind" ;
    kg:startOffset "0"^^xsd:integer ; kg:endOffset "4"^^xsd:integer .
ex:m2 a kg:Mention ; kg:sourceArticle ex:art ; kg:anchorText "attack" ; kg:extractorVersion "v1" ;
    kg:startOffset "10"^^xsd:integer ; kg:endOffset "16"^^xsd:integer .

ex:ev a kg:Event ; rdfs:label "cyberattack on the grid" ; kg:eventType et:cyberattack ;
    sem:hasBeginTimeStamp "2023-03-02"^^xsd:date ; sem:hasEndTimeStamp "2023-03-03"^^xsd:date ;
    time:hasTime ex:ev-time ; sem:hasPlace ex:tallinn ; kg:target ex:estonia ;
    sem:hasActor ex:estonia ; kg:dateText "March 2-3" ; kg:mentionedIn ex:m2 ;
    kg:sameEventAs <https://w3id.org/geokg/id/event/doc-2/118> .
ex:ev-time a time:Interval ; time:hasBeginning ex:ev-begin ; time:hasEnd ex:ev-end .
ex:ev-begin a time:Instant ; time:inXSDDate "2023-03-02"^^xsd:date .
ex:ev-end a time:Instant ; time:inXSDDate "2023-03-03"^^xsd:date .
ex:tallinn a kg:Place ; rdfs:label "Tallinn" .

ex:s1 a kg:Statement , kg:DirectQuote ; kg:speaker ex:lind ; kg:text "It was Frost Lynx" ;
    kg:direct true ; kg:cue "said" ; kg:atEvent ex:ev ;
    kg:sourceArticle ex:art ; kg:anchorText "It was Frost Lynx" ; kg:extractorVersion "v1" ;
    kg:startOffset "20"^^xsd:integer ; kg:endOffset "37"^^xsd:integer .
ex:s2 a kg:Statement , kg:ReportedSpeech ; kg:speaker ex:mfa ; kg:text "Moscow was behind it" ;
    kg:direct false ;
    kg:sourceArticle ex:art ; kg:anchorText "Moscow was behind it" ; kg:extractorVersion "v1" ;
    kg:startOffset "40"^^xsd:integer ; kg:endOffset "60"^^xsd:integer .

ex:c1 a kg:Claim , kg:AttributionClaim ; kg:claimant ex:lind ; kg:agent ex:frost ;
    kg:claimKind "attribution" ; kg:polarity "asserted" ; kg:aboutEvent ex:ev ; kg:basedOn ex:s1 ;
    kg:sourceArticle ex:art ; kg:extractorVersion "v1" ;
    kg:startOffset "20"^^xsd:integer ; kg:endOffset "37"^^xsd:integer .
ex:c2 a kg:Claim , kg:DenialClaim ; kg:claimant ex:estonia ; kg:agent ex:estonia ;
    kg:claimKind "denial" ; kg:polarity "denied" ;
    kg:sourceArticle ex:art ; kg:extractorVersion "v1" ;
    kg:startOffset "61"^^xsd:integer ; kg:endOffset "70"^^xsd:integer .
ex:c3 a kg:Claim , kg:AccusationClaim ; kg:claimant ex:mfa ; kg:agent ex:frost ;
    kg:claimKind "accusation" ; kg:polarity "asserted" ;
    kg:sourceArticle ex:art ; kg:extractorVersion "v1" ;
    kg:startOffset "71"^^xsd:integer ; kg:endOffset "80"^^xsd:integer .
"""

# (case id, shape, old text, new text, message fragment that must be reported)
CASES = [
    ("article-no-identifier", "ArticleShape",
     'schema:identifier "doc-1" ;', "", "exactly one non-empty schema:identifier"),
    ("article-date-not-a-date", "ArticleShape",
     '"2023-03-06"^^xsd:date ; schema:articleBody', '"6 March 2023" ; schema:articleBody',
     "schema:datePublished is optional"),
    ("actor-no-label", "ActorShape",
     'rdfs:label "Frost Lynx" ;', "", "at least one non-empty rdfs:label"),
    ("actor-type-unknown", "ActorShape",
     'kg:actorType "group"', 'kg:actorType "militia"', "exactly one kg:actorType"),
    ("actor-two-classes", "ActorShape",
     "ex:frost a kg:Actor , kg:Group", "ex:frost a kg:Actor , kg:Group , kg:Organization",
     "exactly one of the classes"),
    ("actor-sameas-not-wikidata", "ActorShape",
     "<http://www.wikidata.org/entity/Q191>", "<http://dbpedia.org/resource/Estonia>",
     "Wikidata entity IRI"),
    ("person-two-surnames", "ActorShape",
     'kg:surname "Lind" ;', 'kg:surname "Lind" , "Kaja" ;', "one non-empty plain string"),
    ("member-of-non-country", "ActorShape",
     "kg:memberOfCountry ex:estonia", "kg:memberOfCountry ex:frost",
     "kg:memberOfCountry must point to a kg:Country"),
    ("person-type-mismatch", "PersonShape",
     'kg:actorType "person"', 'kg:actorType "organization"',
     'A kg:Person must have kg:actorType "person"'),
    ("organization-type-mismatch", "OrganizationShape",
     'kg:actorType "organization" ; kg:memberOfCountry', 'kg:actorType "group" ; kg:memberOfCountry',
     'A kg:Organization must have kg:actorType "organization"'),
    ("country-type-mismatch", "CountryShape",
     'kg:actorType "country"', 'kg:actorType "person"',
     'A kg:Country must have kg:actorType "country"'),
    ("group-type-mismatch", "GroupShape",
     'kg:actorType "group"', 'kg:actorType "country"', 'A kg:Group must have kg:actorType "group"'),
    ("role-no-title", "RoleAssignmentShape",
     'kg:roleTitle "Foreign Minister" ;', "", "exactly one non-empty kg:roleTitle"),
    ("role-holder-disagrees", "RoleAssignmentShape",
     "kg:holder ex:lind", "kg:holder ex:mfa", "must be exactly its kg:holder"),
    ("event-type-outside-scheme", "EventShape",
     "kg:eventType et:cyberattack", "kg:eventType et:coup", "a concept of the scheme"),
    ("event-type-concept-not-in-scheme", "EventTypeConceptShape",
     "kg:eventType et:cyberattack", "kg:eventType et:coup", "must be a concept in"),
    ("event-ends-before-it-begins", "EventShape",
     'sem:hasEndTimeStamp "2023-03-03"^^xsd:date', 'sem:hasEndTimeStamp "2023-03-01"^^xsd:date',
     "not after sem:hasEndTimeStamp"),
    ("event-without-mention", "EventShape",
     'kg:dateText "March 2-3" ; kg:mentionedIn ex:m2 ;', 'kg:dateText "March 2-3" ;',
     "at least one kg:mentionedIn"),
    ("event-same-as-a-non-event", "EventShape",
     "kg:sameEventAs <https://w3id.org/geokg/id/event/doc-2/118>", "kg:sameEventAs ex:tallinn",
     "kg:sameEventAs must point to a geokg event IRI"),
    ("place-without-label", "PlaceShape",
     'ex:tallinn a kg:Place ; rdfs:label "Tallinn" .', "ex:tallinn a kg:Place .",
     "A place needs a non-empty rdfs:label"),
    ("interval-two-beginnings", "IntervalShape",
     "time:hasBeginning ex:ev-begin ;", "time:hasBeginning ex:ev-begin , ex:ev-end ;",
     "at most one time:hasBeginning"),
    ("instant-without-date", "InstantShape",
     'ex:ev-begin a time:Instant ; time:inXSDDate "2023-03-02"^^xsd:date .',
     "ex:ev-begin a time:Instant .", "exactly one time:inXSDDate"),
    ("statement-start-after-end", "ProvenanceShape",
     'kg:startOffset "40"^^xsd:integer ; kg:endOffset "60"',
     'kg:startOffset "60"^^xsd:integer ; kg:endOffset "40"',
     "a non-negative integer below kg:endOffset"),
    ("statement-negative-offset", "ProvenanceShape",
     'kg:startOffset "20"^^xsd:integer ; kg:endOffset "37"^^xsd:integer .\n'
     "ex:s2",
     'kg:startOffset "-1"^^xsd:integer ; kg:endOffset "37"^^xsd:integer .\nex:s2',
     "a non-negative integer below kg:endOffset"),
    ("statement-without-version", "ProvenanceShape",
     'kg:anchorText "Moscow was behind it" ; kg:extractorVersion "v1" ;',
     'kg:anchorText "Moscow was behind it" ;', "non-empty kg:extractorVersion"),
    ("claim-without-article", "ProvenanceShape",
     'kg:claimKind "denial" ; kg:polarity "denied" ;\n    kg:sourceArticle ex:art ;',
     'kg:claimKind "denial" ; kg:polarity "denied" ;', "exactly one kg:sourceArticle"),
    ("statement-without-speaker", "StatementShape",
     "kg:speaker ex:mfa ;", "", "exactly one kg:speaker"),
    ("statement-direct-not-boolean", "StatementShape",
     "kg:direct false ;", 'kg:direct "no" ;', "exactly one kg:direct boolean"),
    ("statement-empty-text", "StatementShape",
     'kg:text "It was Frost Lynx"', 'kg:text ""', "non-empty kg:text"),
    ("direct-quote-marked-indirect", "DirectQuoteShape",
     "kg:direct true ;", "kg:direct false ;", "A kg:DirectQuote must have kg:direct true"),
    ("reported-speech-marked-direct", "ReportedSpeechShape",
     "kg:direct false ;", "kg:direct true ;", "A kg:ReportedSpeech must have kg:direct false"),
    ("claim-without-agent", "ClaimShape",
     "kg:agent ex:frost ;\n    kg:claimKind \"attribution\"", 'kg:claimKind "attribution"',
     "exactly one kg:agent"),
    ("claim-polarity-unknown", "ClaimShape",
     'kg:polarity "denied"', 'kg:polarity "maybe"', "kg:polarity: asserted or denied"),
    ("claim-speaker-not-actor", "ClaimShape",
     "kg:claimant ex:mfa", "kg:claimant ex:tallinn", "exactly one kg:claimant, a kg:Actor"),
    ("attribution-kind-mismatch", "AttributionClaimShape",
     'kg:claimKind "attribution"', 'kg:claimKind "accusation"',
     'A kg:AttributionClaim must have kg:claimKind "attribution"'),
    ("denial-kind-mismatch", "DenialClaimShape",
     'kg:claimKind "denial"', 'kg:claimKind "attribution"',
     'A kg:DenialClaim must have kg:claimKind "denial"'),
    ("accusation-kind-mismatch", "AccusationClaimShape",
     'kg:claimKind "accusation"', 'kg:claimKind "denial"',
     'A kg:AccusationClaim must have kg:claimKind "accusation"'),
    ("mention-unreferenced", "MentionShape",
     'kg:surname "Lind" ; kg:hasRole ex:role ; kg:mentionedIn ex:m1 .',
     'kg:surname "Lind" ; kg:hasRole ex:role .', "must be the kg:mentionedIn of some"),
    ("mention-without-anchor", "MentionShape",
     'kg:anchorText "attack" ;', "", "needs its kg:anchorText"),
    ("mention-resolved-by-nothing", "MentionShape",
     'kg:resolvedBy "surname-of:Kaja Lind"', 'kg:resolvedBy ""', "kg:resolvedBy values are"),
]


def check(turtle: str) -> Report:
    return validate_triples(Graph().parse(data=turtle, format="turtle"))


def break_valid(old: str, new: str) -> str:
    assert VALID.count(old) == 1, f"case text must occur exactly once in VALID: {old!r}"
    return VALID.replace(old, new)


def test_valid_example_conforms() -> None:
    report = check(VALID)
    assert report.conforms, report.results


@pytest.mark.parametrize(("case", "shape", "old", "new", "message"), CASES, ids=[c[0] for c in CASES])
def test_invalid_example_is_rejected_with_its_message(
    case: str, shape: str, old: str, new: str, message: str
) -> None:
    report = check(break_valid(old, new))
    assert not report.conforms
    assert any(message in line for line in report.results), report.results


def shape_names() -> set[str]:
    g = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    return {str(s)[len(KGSH) :] for s in g.subjects(v.RDF.type, SH.NodeShape)}


def test_every_shape_has_an_invalid_example() -> None:
    assert shape_names() - {c[1] for c in CASES} == set()


def test_valid_example_instantiates_every_targeted_class() -> None:
    """So "the valid example conforms" says something about every targeting shape."""
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    data = Graph().parse(data=VALID, format="turtle")
    for target in set(shapes.objects(None, SH.targetClass)):
        assert any(data.subjects(v.RDF.type, target)), f"no {target} in VALID"


def test_every_property_shape_has_a_message() -> None:
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    for node in shapes.subjects(SH.path, None):
        assert shapes.value(node, SH.message) is not None, f"property shape {node} has no message"


def test_report_lines_name_the_focus_node() -> None:
    report = check(break_valid("kg:speaker ex:mfa ;", ""))
    line = next(x for x in report.results if "kg:speaker" in x)
    assert "focus https://example.org/s2" in line
    assert "path <https://w3id.org/geokg/ontology#speaker>" in line


def test_report_shows_inverse_paths_readably() -> None:
    report = check(break_valid("kg:holder ex:lind", "kg:holder ex:mfa"))
    assert any("path ^<https://w3id.org/geokg/ontology#hasRole>" in x for x in report.results)
