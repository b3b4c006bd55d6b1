"""The SKOS scheme of event types, ``ontology/event-types.ttl``, written from the registry.

An event type is defined in one place, the registry ``event_types`` of
``data/rules/events.json``: ``kg.records.EVENT_TYPES`` is its keys, and this module writes
from it the scheme's concepts (label, other labels, definition, scope note) and their
mappings to PLOVER and CAMEO, with the PLOVER and CAMEO codes they map to described from
``event_type_codes``. After editing either table, ``python -m kg.event_types`` rewrites the
file; ``tests/ontology/test_event_types.py`` fails while the committed file and the registry
disagree. The file is written as text, not serialised by rdflib, so that it keeps its order
and its comments and a change to the registry shows as a readable diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.resources import ontology_file
from kg.rules import RulesError, table
from kg.vocab import CAMEO, ET, PLOVER

#: The code schemes a registry entry may map to: the prefix the registry writes a code with
#: -> (the Turtle prefix, the scheme's IRI, the scheme's own description).
CODE_SCHEMES: dict[str, tuple[str, str, str]] = {
    "plover": (
        "plover",
        str(PLOVER),
        """
#################################################################
# PLOVER (stand-in IRIs; only the categories geokg maps to)
#################################################################

<https://w3id.org/geokg/plover/>
    a skos:ConceptScheme ;
    skos:prefLabel "PLOVER event categories (geokg stand-in IRIs)"@en ;
    rdfs:comment "Political Language Ontology for Verifiable Event Records, Open Event Data Alliance, draft 0.7b1 (2021). IRIs minted by geokg; PLOVER publishes none."@en ;
    dcterms:source <https://github.com/openeventdata/PLOVER> .
""",
    ),
    "plover-context": (
        "pctx",
        str(PLOVER) + "context/",
        """
<https://w3id.org/geokg/plover/context/>
    a skos:ConceptScheme ;
    skos:prefLabel "PLOVER context codes (geokg stand-in IRIs)"@en ;
    rdfs:comment "PLOVER's context field values, which qualify an event of any category. IRIs minted by geokg."@en ;
    dcterms:source <https://github.com/openeventdata/PLOVER> .
""",
    ),
    "cameo": (
        "cameo",
        str(CAMEO),
        """
#################################################################
# CAMEO (stand-in IRIs; only the codes geokg maps to, and their parents)
#################################################################

<https://w3id.org/geokg/cameo/>
    a skos:ConceptScheme ;
    skos:prefLabel "CAMEO event codes (geokg stand-in IRIs)"@en ;
    rdfs:comment "Conflict and Mediation Event Observations, codebook 1.1b3 (2012). IRIs minted by geokg; CAMEO publishes none."@en ;
    dcterms:source <https://github.com/openeventdata/PLOVER/tree/master/cameo> .
""",
    ),
}

#: The registry's kinds of match -> the SKOS mapping property (exactMatch is never claimed).
MATCHES = {"close": "closeMatch", "broad": "broadMatch", "narrow": "narrowMatch", "related": "relatedMatch"}

_SCHEME = f"<{ET}>"

_HEAD = f"""\
# geokg event types as a SKOS concept scheme, with mappings to PLOVER and CAMEO.
#
# Written by `python -m kg.event_types` from the registry of event types (`event_types` and
# `event_type_codes` in data/rules/events.json): edit the registry, then run it.
#
# PLOVER and CAMEO publish no IRIs for their categories, so geokg mints stand-ins:
#   https://w3id.org/geokg/plover/<CATEGORY>          PLOVER event categories
#   https://w3id.org/geokg/plover/context/<context>   PLOVER context codes
#   https://w3id.org/geokg/cameo/<code>               CAMEO event codes
# each a skos:Concept carrying the code as skos:notation. They are not official identifiers
# of either project; replace them if the Open Event Data Alliance ever publishes some.
#
# Sources: PLOVER manual, draft 0.7b1 (2021), and its CAMEO2PLOVER-2021 conversion table
# (github.com/openeventdata/PLOVER); CAMEO codebook 1.1b3 (Gerner, Schrodt, Yilmaz 2012).
#
# Mapping properties are used for what they say: exactMatch is never claimed (no two of these
# categories are defined identically); closeMatch where the two can stand in for each other
# in most retrieval; broadMatch / narrowMatch where one plainly contains the other;
# relatedMatch where there is only an association (PLOVER codes cyber operations and
# elections as contexts, not event categories). skos:scopeNote says why, concept by concept.

@prefix et:     <{ET}> .
@prefix plover: <{PLOVER}> .
@prefix pctx:   <{PLOVER}context/> .
@prefix cameo:  <{CAMEO}> .
@prefix kg:     <https://w3id.org/geokg/ontology#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

#################################################################
# The geokg scheme
#################################################################
"""


def scheme_turtle(types: dict[str, dict] | None = None, codes: dict[str, dict] | None = None) -> str:
    """The whole of ``ontology/event-types.ttl`` for the registry (by default the one in
    ``data/rules/events.json``)."""
    types = table("event_types") if types is None else types
    codes = table("event_type_codes") if codes is None else codes
    _check_codes(types, codes)
    tops = _wrap([f"et:{name}" for name in types], indent=8)
    parts = [
        _HEAD,
        f"{_SCHEME}\n"
        "    a skos:ConceptScheme , kg:EventTypeScheme ;\n"
        '    skos:prefLabel "geokg event types"@en ;\n'
        '    rdfs:label "geokg event types"@en ;\n'
        "    skos:definition \"The event types geokg's extractor assigns (the registry event_types of "
        'data/rules/events.json, kg/records.py EVENT_TYPES), mapped to PLOVER and CAMEO."@en ;\n'
        f"    skos:hasTopConcept {tops} .\n",
    ]
    parts += [_concept(name, entry) for name, entry in types.items()]
    for scheme, (_, _, head) in CODE_SCHEMES.items():
        parts.append(head)
        parts += [_code(code, entry) for code, entry in codes.items() if code.split(":")[0] == scheme]
    return "\n".join(p.rstrip("\n") + "\n" for p in parts)


def write_scheme(path: Path | None = None) -> Path:
    """Rewrite ``ontology/event-types.ttl`` from the registry."""
    path = path or ontology_file("event-types.ttl")
    path.write_text(scheme_turtle(), encoding="utf-8")
    return path


def _concept(name: str, entry: dict) -> str:
    lines = [
        f"et:{name} a skos:Concept , sem:EventType ;",
        f"skos:inScheme {_SCHEME} ;",
        f"skos:topConceptOf {_SCHEME} ;",
        f"skos:notation {_literal(name)} ;",
        f"skos:prefLabel {_literal(entry['label'])}@en ;",
    ]
    if entry.get("alt_labels"):
        lines.append(f"skos:altLabel {' , '.join(_literal(a) + '@en' for a in entry['alt_labels'])} ;")
    lines.append(f"skos:definition {_literal(entry['definition'])}@en ;")
    for kind, prop in MATCHES.items():
        if entry.get("matches", {}).get(kind):
            lines.append(f"skos:{prop} {' , '.join(_qname(c) for c in entry['matches'][kind])} ;")
    if entry.get("note"):
        lines.append(f"skos:scopeNote {_literal(entry['note'])}@en ;")
    return _block(lines)


def _code(code: str, entry: dict) -> str:
    scheme, notation = code.split(":", 1)
    iri = CODE_SCHEMES[scheme][1]
    lines = [f"{_qname(code)} a skos:Concept ;", f"skos:inScheme <{iri}> ;"]
    if scheme == "cameo":  # a CAMEO code's first two digits are its root category
        root = len(notation) == 2
        lines.append(f"skos:topConceptOf <{iri}> ;" if root else f"skos:broader cameo:{notation[:2]} ;")
    lines += [f"skos:notation {_literal(notation)} ;", f"skos:prefLabel {_literal(entry['label'])}@en ;"]
    if entry.get("definition"):
        lines.append(f"skos:definition {_literal(entry['definition'])}@en ;")
    return _block(lines)


def _check_codes(types: dict[str, dict], codes: dict[str, dict]) -> None:
    """Every code a type maps to, and every CAMEO sub-code's root, is described."""
    for code in codes:
        if code.split(":")[0] not in CODE_SCHEMES:
            raise RulesError(f"event_type_codes: {code!r} is of none of {sorted(CODE_SCHEMES)}")
    for name, entry in types.items():
        for kind, found in entry.get("matches", {}).items():
            if kind not in MATCHES:
                raise RulesError(f"event_types: {name!r} has a match {kind!r}, not one of {sorted(MATCHES)}")
            missing = [c for c in found if c not in codes]
            if missing:
                raise RulesError(f"event_types: {name!r} maps to {missing}, not in event_type_codes")
    for code in codes:
        scheme, notation = code.split(":", 1)
        if scheme == "cameo" and len(notation) > 2 and f"cameo:{notation[:2]}" not in codes:
            raise RulesError(f"event_type_codes: {code!r} needs its root cameo:{notation[:2]}")


def _qname(code: str) -> str:
    scheme, notation = code.split(":", 1)
    return f"{CODE_SCHEMES[scheme][0]}:{notation}"


def _literal(text: str) -> str:
    """A Turtle string: JSON's escapes (quotes, backslashes, control characters) are Turtle's."""
    return json.dumps(text, ensure_ascii=False)


def _block(lines: list[str]) -> str:
    body = "\n".join([lines[0]] + ["    " + line for line in lines[1:]])
    return body[: -len(" ;")] + " .\n"


def _wrap(items: list[str], indent: int, width: int = 90) -> str:
    lines, line = [], ""
    for item in items:
        piece = f"{item} ,"
        if line and len(line) + 1 + len(piece) > width - indent:
            lines.append(line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    lines.append(line)
    return ("\n" + " " * indent).join(lines)[: -len(" ,")]


if __name__ == "__main__":  # python -m kg.event_types: rewrite the scheme from the registry
    print(write_scheme())
