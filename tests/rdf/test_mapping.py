"""extraction_to_triples: the triples the vocabulary promises, no blank nodes, stable IRIs,
idempotent re-ingest, SHACL-conformant output, and loud failures on broken records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from rdflib import Dataset, Graph
from rdflib.term import BNode, Literal, URIRef

from kg import vocab as v
from kg.errors import ExtractionError
from kg.rdf import (
    BASE,
    claim_iri,
    event_iri,
    extraction_to_triples,
    graph_iri,
    mention_iri,
    serialize,
    statement_iri,
    surname,
)
from kg.records import Actor, Span
from kg.store import open_store
from kg.validate import validate_triples
from tests.fixtures import DOC_ID, TEXT, VERSION, extraction, span

# through the module: pytest probes module globals and warn-mode XSD would warn
KG, RDF, RDFS, OWL = v.KG, v.RDF, v.RDFS, v.OWL
ART = URIRef(BASE + "id/article/" + DOC_ID)


def A(local: str) -> URIRef:  # noqa: N802
    return URIRef(BASE + "id/actor/" + local)


@pytest.fixture(scope="module")
def mapped() -> tuple[str, list]:
    return extraction_to_triples(extraction())


@pytest.fixture(scope="module")
def graph(mapped) -> Graph:
    g = Graph()
    for t in mapped[1]:
        g.add(t)
    return g


def test_graph_name_and_no_duplicates(mapped) -> None:
    name, triples = mapped
    assert name == graph_iri(DOC_ID)
    assert len(triples) == len(set(triples))


def test_no_blank_nodes_anywhere(mapped) -> None:
    assert not any(isinstance(term, BNode) for t in mapped[1] for term in t)


def test_article_node(graph: Graph) -> None:
    assert (ART, RDF.type, KG.Article) in graph
    assert (ART, v.SCHEMA.identifier, Literal(DOC_ID)) in graph
    assert (ART, v.SCHEMA.datePublished, Literal("2023-03-06", datatype=v.XSD.date)) in graph
    assert (ART, v.SCHEMA.articleBody, Literal(TEXT)) in graph
    assert (ART, KG.extractorVersion, Literal(VERSION)) in graph
    assert graph.value(ART, v.SCHEMA.headline).startswith("Estonia blames")


def test_actors(graph: Graph) -> None:
    lind, estonia, mfa = A("kaja-lind"), A("estonia"), A("ministry-of-foreign-affairs--estonia")
    assert {(lind, RDF.type, KG.Actor), (lind, RDF.type, KG.Person)} <= set(graph)
    assert (lind, RDFS.label, Literal("Kaja Lind")) in graph
    assert (lind, KG.actorType, Literal("person")) in graph
    assert set(graph.objects(lind, KG.alias)) == {Literal("Lind"), Literal("Foreign Minister")}
    assert (estonia, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q191")) in graph
    assert (mfa, KG.memberOfCountry, estonia) in graph
    assert (A("estonian-information-system-authority"), KG.memberOfCountry, estonia) in graph
    assert (A("frost-lynx"), RDF.type, KG.Group) in graph
    # a person's family name, the index surname-only mentions in other articles look up
    assert set(graph.objects(lind, KG.surname)) == {Literal("Lind")}
    assert not set(graph.objects(estonia, KG.surname))


@pytest.mark.parametrize(
    "name,family",
    [("Dmitry Peskov", "Peskov"), ("Wendy R. Sherman", "Sherman"), ("Robert Smith Jr.", "Smith"),
     ("Peskov", None), ("Robert de niro", None), ("", None)],
)
def test_surname_is_the_last_capitalised_word_of_a_full_name(name, family) -> None:
    assert surname(name) == family


def test_roles(graph: Graph) -> None:
    role = URIRef(BASE + "id/role/kaja-lind/foreign-minister/estonia")
    assert (A("kaja-lind"), KG.hasRole, role) in graph
    assert (role, RDF.type, KG.RoleAssignment) in graph
    assert (role, KG.holder, A("kaja-lind")) in graph
    assert (role, KG.roleTitle, Literal("Foreign Minister")) in graph
    assert (role, KG.roleOf, A("estonia")) in graph
    m = graph.value(role, KG.mentionedIn)
    assert graph.value(m, KG.anchorText) == Literal("Foreign Minister")


def test_mentions(graph: Graph) -> None:
    s = span("Kaja Lind")
    m = mention_iri(DOC_ID, s.start, s.end)
    assert (A("kaja-lind"), KG.mentionedIn, m) in graph
    assert (m, RDF.type, KG.Mention) in graph
    assert (m, KG.sourceArticle, ART) in graph
    assert (m, v.PROV.wasDerivedFrom, ART) in graph
    assert (m, KG.startOffset, Literal(s.start, datatype=v.XSD.integer)) in graph
    assert (m, KG.endOffset, Literal(s.end, datatype=v.XSD.integer)) in graph
    assert (m, KG.anchorText, Literal("Kaja Lind")) in graph
    assert (m, KG.extractorVersion, Literal(VERSION)) in graph


def test_dated_event_has_sem_timestamps_and_an_owl_time_interval(graph: Graph) -> None:
    e = event_iri(DOC_ID, span("cyberattack").start)
    d2, d3 = (Literal(d, datatype=v.XSD.date) for d in ("2023-03-02", "2023-03-03"))
    assert (e, RDF.type, KG.Event) in graph
    assert (e, KG.eventType, v.ET.cyberattack) in graph
    assert (e, v.SEM.hasBeginTimeStamp, d2) in graph
    assert (e, v.SEM.hasEndTimeStamp, d3) in graph
    assert (e, KG.dateText, Literal("March 2-3")) in graph
    interval = URIRef(f"{e}/time")
    begin, end = URIRef(f"{interval}/begin"), URIRef(f"{interval}/end")
    assert {
        (e, v.TIME.hasTime, interval),
        (interval, RDF.type, v.TIME.Interval),
        (interval, v.TIME.hasBeginning, begin),
        (interval, v.TIME.hasEnd, end),
        (begin, RDF.type, v.TIME.Instant),
        (begin, v.TIME.inXSDDate, d2),
        (end, v.TIME.inXSDDate, d3),
    } <= set(graph)
    place = URIRef(BASE + "id/place/estonia")
    assert (e, v.SEM.hasPlace, place) in graph
    assert (place, RDFS.label, Literal("Estonia")) in graph
    assert (e, KG.target, A("estonia")) in graph
    assert (e, v.SEM.hasActor, A("estonia")) in graph
    assert len(list(graph.objects(e, KG.mentionedIn))) == 4


def test_undated_event_has_no_time_nodes(graph: Graph) -> None:
    e = event_iri(DOC_ID, span("told reporters").start)
    assert (e, KG.eventType, v.ET.interview) in graph
    assert graph.value(e, v.TIME.hasTime) is None
    assert graph.value(e, v.SEM.hasBeginTimeStamp) is None
    assert (e, KG.participant, A("kaja-lind")) in graph


def test_statements(graph: Graph) -> None:
    quote = span("This attack was planned and executed by Frost Lynx")
    s = statement_iri(DOC_ID, quote.start, quote.end)
    assert {(s, RDF.type, KG.Statement), (s, RDF.type, KG.DirectQuote)} <= set(graph)
    assert (s, KG.speaker, A("kaja-lind")) in graph
    assert (s, v.PROV.wasAttributedTo, A("kaja-lind")) in graph
    assert (s, KG.text, Literal(quote.text)) in graph
    assert (s, v.SCHEMA.text, Literal(quote.text)) in graph
    assert (s, KG.direct, Literal(True)) in graph
    assert (s, KG.cue, Literal("told")) in graph
    assert (s, KG.atEvent, event_iri(DOC_ID, span("told reporters").start)) in graph
    reported = [x for x in graph.subjects(RDF.type, KG.ReportedSpeech)]
    assert len(reported) == 3
    assert all(graph.value(x, KG.direct) == Literal(False) for x in reported)


def test_claims_including_two_on_one_span(graph: Graph) -> None:
    clause = extraction().claims[0].span
    c0, c1 = claim_iri(DOC_ID, clause.start, clause.end, 0), claim_iri(DOC_ID, clause.start, clause.end, 1)
    assert (c0, KG.agent, A("frost-lynx")) in graph
    assert (c1, KG.agent, A("russia")) in graph
    for c in (c0, c1):
        assert {(c, RDF.type, KG.Claim), (c, RDF.type, KG.AttributionClaim)} <= set(graph)
        assert (c, KG.claimant, A("ministry-of-foreign-affairs--estonia")) in graph
        assert (c, KG.polarity, Literal("asserted")) in graph
        assert (c, KG.basedOn, statement_iri(DOC_ID, clause.start, clause.end)) in graph
        assert (c, KG.aboutEvent, event_iri(DOC_ID, span("cyberattack").start)) in graph
    denials = list(graph.subjects(RDF.type, KG.DenialClaim))
    assert len(denials) == 1
    assert graph.value(denials[0], KG.claimKind) == Literal("denial")
    assert graph.value(denials[0], KG.polarity) == Literal("denied")
    assert graph.value(denials[0], KG.claimant) == A("pavel-orlov")


def test_every_kg_term_is_in_the_vocabulary(mapped) -> None:
    kg_ns = str(KG._NS)
    for t in mapped[1]:
        for term in t:
            if str(term).startswith(kg_ns):
                assert str(term)[len(kg_ns) :] in KG.__annotations__


def test_graph_conforms_to_the_shapes(mapped) -> None:
    report = validate_triples(mapped[1])
    assert report.conforms, report.results


# -- determinism and idempotence --------------------------------------------------------


def rekeyed(ex):
    """The same extraction with other keys and actors, events and statements reordered:
    IRIs must not depend on either."""
    key = {a.key: f"k{i}" for i, a in enumerate(ex.actors)}
    ev = {e.key: f"e{i}" for i, e in enumerate(ex.events)}
    st = {s.key: f"s{i}" for i, s in enumerate(ex.statements)}
    actors = tuple(
        dataclasses.replace(
            a,
            key=key[a.key],
            country=key.get(a.country) if a.country else None,
            roles=tuple(dataclasses.replace(r, of=key.get(r.of)) for r in a.roles),
        )
        for a in reversed(ex.actors)
    )
    events = tuple(
        dataclasses.replace(
            e,
            key=ev[e.key],
            participants=tuple(key[p] for p in e.participants),
            targets=tuple(key[t] for t in e.targets),
        )
        for e in reversed(ex.events)
    )
    statements = tuple(
        dataclasses.replace(
            s, key=st[s.key], speaker=key[s.speaker], event=ev.get(s.event) if s.event else None
        )
        for s in reversed(ex.statements)
    )
    claims = tuple(
        dataclasses.replace(
            c,
            claimant=key[c.claimant],
            agent=key[c.agent],
            event=ev.get(c.event) if c.event else None,
            statement=st.get(c.statement) if c.statement else None,
        )
        for c in ex.claims  # claim order numbers same-span claims, so it stays
    )
    return dataclasses.replace(ex, actors=actors, events=events, statements=statements, claims=claims)


def test_mapping_is_deterministic(mapped) -> None:
    assert extraction_to_triples(extraction()) == mapped


def test_iris_do_not_depend_on_keys_or_order(mapped) -> None:
    name, triples = extraction_to_triples(rekeyed(extraction()))
    assert name == mapped[0]
    assert set(triples) == set(mapped[1])


def test_reingest_replaces_the_graph_and_changes_nothing(mapped) -> None:
    store = open_store(None)
    other = dataclasses.replace(
        extraction(), document=dataclasses.replace(extraction().document, id="other-article")
    )
    store.replace_graph(*extraction_to_triples(other))
    first = store.replace_graph(*mapped)
    total = store.count()
    before = set(store.triples_in(mapped[0]))
    again = store.replace_graph(*extraction_to_triples(extraction()))
    assert again == first == len(mapped[1])
    assert store.count() == total
    assert set(store.triples_in(mapped[0])) == before
    assert store.count(graph_iri("other-article")) == len(extraction_to_triples(other)[1])


def test_store_round_trips_every_term(mapped) -> None:
    """Datatypes (xsd:date, nonNegativeInteger, boolean, anyURI) survive the store."""
    store = open_store(None)
    store.replace_graph(*mapped)
    assert set(store.triples_in(mapped[0])) == set(mapped[1])


# -- records that break the contract ----------------------------------------------------


def broken(**changes):
    return dataclasses.replace(extraction(), **changes)


def test_unknown_actor_key_is_an_error() -> None:
    ex = extraction()
    bad = dataclasses.replace(ex.statements[0], speaker="nobody")
    with pytest.raises(ExtractionError, match="nobody"):
        extraction_to_triples(broken(statements=(bad, *ex.statements[1:])))


def test_unknown_event_key_is_an_error() -> None:
    ex = extraction()
    bad = dataclasses.replace(ex.claims[0], event="no-such-event")
    with pytest.raises(ExtractionError, match="no-such-event"):
        extraction_to_triples(broken(claims=(bad, *ex.claims[1:])))


def test_event_without_mention_is_an_error() -> None:
    ex = extraction()
    bad = dataclasses.replace(ex.events[0], mentions=())
    with pytest.raises(ExtractionError, match="no mention"):
        extraction_to_triples(broken(events=(bad, *ex.events[1:])))


def test_two_events_on_one_first_mention_is_an_error() -> None:
    ex = extraction()
    twin = dataclasses.replace(ex.events[0], key="twin", type="other", label="twin")
    with pytest.raises(ExtractionError, match="twin"):
        extraction_to_triples(broken(events=(*ex.events, twin)))


def test_span_outside_the_text_is_an_error() -> None:
    ex = extraction()
    bad = dataclasses.replace(ex.actors[0], mentions=(Span(len(TEXT), len(TEXT) + 5, "x"),))
    with pytest.raises(ExtractionError, match="outside the text"):
        extraction_to_triples(broken(actors=(bad, *ex.actors[1:])))


def test_bad_wikidata_id_is_an_error() -> None:
    ex = extraction()
    bad = dataclasses.replace(ex.actors[0], wikidata="wd:Q191")
    with pytest.raises(ExtractionError, match="QID"):
        extraction_to_triples(broken(actors=(bad, *ex.actors[1:])))


def test_unknown_types_are_errors() -> None:
    ex = extraction()
    with pytest.raises(ExtractionError, match="coup"):
        bad = dataclasses.replace(ex.events[0], type="coup")
        extraction_to_triples(broken(events=(bad, *ex.events[1:])))
    with pytest.raises(ExtractionError, match="state"):
        bad_actor = dataclasses.replace(ex.actors[0], type="state")
        extraction_to_triples(broken(actors=(bad_actor, *ex.actors[1:])))


def test_actors_with_one_name_merge_into_one_node() -> None:
    """Two records whose names slug alike are one IRI: one label, the other name an alias."""
    ex = extraction()
    dup = Actor("nato2", "Nato", "organization", aliases=("the alliance",))
    _, triples = extraction_to_triples(broken(actors=(*ex.actors, dup)))
    g = Graph()
    for t in triples:
        g.add(t)
    assert list(g.objects(A("nato"), RDFS.label)) == [Literal("NATO")]
    assert {Literal("Nato"), Literal("the alliance")} <= set(g.objects(A("nato"), KG.alias))
    assert validate_triples(triples).conforms


def test_titles_that_slug_alike_are_one_role() -> None:
    ex = extraction()
    lind = next(a for a in ex.actors if a.key == "lind")
    twice = dataclasses.replace(
        lind, roles=(*lind.roles, dataclasses.replace(lind.roles[0], title="foreign minister"))
    )
    _, triples = extraction_to_triples(
        broken(actors=tuple(twice if a.key == "lind" else a for a in ex.actors))
    )
    role = URIRef(BASE + "id/role/kaja-lind/foreign-minister/estonia")
    assert [o for s, p, o in triples if s == role and p == KG.roleTitle] == [
        Literal("Foreign Minister")
    ]
    assert validate_triples(triples).conforms


def test_anchor_text_is_cut_from_the_article() -> None:
    ex = extraction()
    s = span("Kaja Lind")
    lind = next(a for a in ex.actors if a.key == "lind")
    sloppy = dataclasses.replace(lind, mentions=(Span(s.start, s.end, "kaja  lind"),))
    _, triples = extraction_to_triples(
        broken(actors=tuple(sloppy if a.key == "lind" else a for a in ex.actors))
    )
    m = mention_iri(DOC_ID, s.start, s.end)
    assert (m, KG.anchorText, Literal("Kaja Lind")) in triples


def test_optional_document_fields() -> None:
    ex = extraction()
    doc = dataclasses.replace(ex.document, published=None, url=None, title="")
    _, triples = extraction_to_triples(broken(document=doc))
    preds = {p for s, p, o in triples if s == ART}
    assert v.SCHEMA.datePublished not in preds and v.SCHEMA.url not in preds
    assert (ART, v.SCHEMA.headline, Literal("")) in triples
    assert validate_triples(triples).conforms


# -- serialisation ----------------------------------------------------------------------


def test_turtle_parses_back_to_the_same_triples(mapped) -> None:
    text = serialize(extraction(), "turtle")
    assert "@prefix kg: <https://w3id.org/geokg/ontology#>" in text
    assert "kg:speaker" in text
    assert set(Graph().parse(data=text, format="turtle")) == set(mapped[1])


@pytest.mark.parametrize(("fmt", "parser"), [("nquads", "nquads"), ("jsonld", "json-ld"), ("trig", "trig")])
def test_dataset_formats_keep_the_named_graph(mapped, fmt: str, parser: str) -> None:
    ds = Dataset()
    ds.parse(data=serialize(extraction(), fmt), format=parser)
    named = ds.graph(URIRef(mapped[0]))
    assert set(named) == set(mapped[1])


def test_jsonld_is_compacted_with_the_project_prefixes() -> None:
    doc = json.loads(serialize(extraction(), "jsonld"))
    assert doc["@context"]["kg"] == str(KG._NS)
    assert "kg:speaker" in json.dumps(doc)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="xml"):
        serialize(extraction(), "xml")


def test_dates_are_xsd_dates(mapped) -> None:
    dates = [o for _, p, o in mapped[1] if p in (v.SEM.hasBeginTimeStamp, v.TIME.inXSDDate)]
    assert dates and all(o.datatype == v.XSD.date for o in dates)
    assert all(isinstance(o.toPython(), dt.date) for o in dates)
