"""Cross-article actor resolution: one IRI per real actor across the store, each merge explained.

``kg.rdf`` already gives an actor the IRI of its canonical name, so whatever the extractor
resolves through the gazetteer ("Kyiv", "Kiev", "the Ukrainian side" -> Ukraine; "the US",
"Washington", "the Americans" -> United States; "the alliance" -> NATO) is one node in every
article. What names alone cannot do is done here, on the article's triples, just before they
are stored (:func:`resolve_article`, the one call the ingest pipeline makes, in
``kg.ingest.store_extraction``):

Rules on the article alone (no store needed, so ``kg extract`` applies them too)
- **US-state homonyms**: "Georgia" found as the country but read, in an article with no sign
  of the country (no "Tbilisi", no "Georgian"), in US-state context ("state of Georgia",
  "Georgia Governor", "Atlanta, Georgia") becomes ``id/actor/georgia-u-s-state`` (Q1428).
- **Ministries by function and country**: "Iran's foreign ministry", "foreign ministry" of
  Iran and "Ministry of Foreign Affairs of Iran" are one ministry: the gazetteer's entry if it
  has one, else ``ministry-of-<function>--<country>``.
- **A shipped body in an article that names no country** ("the Democratic National
  Committee", which the gazetteer places in the United States) is its home country's body,
  ``<slug>--<country>``, as the extractor names it where the article names the country.
- **Generic names without a country** ("the Ministry of Defence", "Security Council",
  "Cabinet of Ministers") cannot be told apart across articles, so they are scoped to the
  article: ``<slug>--article-<article id>``. Two countries' foreign ministries never merge.

Rules against the store (other articles' graphs only)
- **surname only**: a person named only "Peskov" is the one person in the store whose full
  name ends in "Peskov"; with two candidates ("Anna" and "Igor Kovalenko") a role title shared
  with exactly one of them decides, otherwise they stay apart.
- **name variants**: "Serhiy Demedyuk" is "Sergei Demedyuk" (same surname, first names that
  are transliterations of each other or an initial); "Anna" and "Igor Kovalenko" are not.
- **a shipped name, another country's body**: a body whose name the gazetteer gives to a
  country the article never names ("the National Cyber Security Centre" in a story about
  Lithuania; the shipped entry is Britain's) is the one body of that name another article
  placed in a country this article names ("Lithuania's National Cyber Security Centre").
- **acronym only**: a body or group an article names only by an acronym that is no gazetteer
  name ("the RSF") is the one organisation or group another article introduced with that
  acronym ("the Rapid Support Forces (RSF)"); with two such bodies it stays apart.

One type per actor node, store-wide: the extractor may type one name differently in two
articles (or twice in one). A node's type is the gazetteer's when its label is a gazetteer
entry, else a rule's (US state), else the type most of its mentions in the whole store were
given (ties: country, person, organization, group). Each mention typed otherwise keeps its
own type as ``kg:resolvedBy "retyped:<type>"``, so the decision can be made again from the
same evidence: an article arriving that changes the majority re-resolves the articles that
carry the node with the old type (:func:`affected_by_write`), and so does a deletion
(:func:`affected_by_delete`). Every graph therefore gives a node the same single type.

Evidence: every actor mention gets ``kg:resolvedBy "rule:value"`` saying why it stands for
its node ("gazetteer:Russia", "demonym:Ukraine", "surname-of:Dmitry Peskov", "title:Kremlin
spokesman", "store:name-variant:Sergei Demedyuk" ...). It lives in the article's graph, so
deleting the article takes its evidence and its contribution to the node with it.

Order and re-ingest: rules against the store look at what is already there, so the first
article that names someone fully fixes the node later surname-only mentions join (a "Peskov"
ingested before any "Dmitry Peskov" stays ``peskov`` until :func:`consolidate` runs).
Re-ingesting an unchanged article keeps its earlier decisions when they still hold
(``sticky``), so a second ingest of a corpus changes nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rdflib.term import Literal, URIRef

from kg.link import lexicon
from kg.link.events import resolve_events
from kg.link.gazetteer import Entry, Gazetteer, default_gazetteer
from kg.link.stored import Decisions, previous_decisions
from kg.rdf import ACTOR_NS, GRAPH_NS, RETYPED, ROLE_NS, graph_iri, slug, surname
from kg.store import Store, Term
from kg.vocab import ACTOR_CLASS, KG, OWL, RDF, RDFS, SCHEMA, WD, prologue

Triple = tuple[URIRef, URIRef, Term]

__all__ = [
    "ACTOR_NS",
    "actors_of",
    "affected_by_delete",
    "affected_by_write",
    "consolidate",
    "decide_type",
    "mention_evidence",
    "persons_of",
    "resolve_actors",
    "resolve_article",
]


_PREFIXES = prologue("kg", "rdfs")

_ARTICLE_IDS = (
    _PREFIXES
    + prologue("schema")
    + """SELECT DISTINCT ?id WHERE { GRAPH ?g { ?a a kg:Article ; schema:identifier ?id } }"""
)

# -- the pipeline entry point --------------------------------------------------------------


def resolve_article(
    store: Store,
    doc_id: str,
    triples: Sequence[Triple],
    *,
    gazetteer: Gazetteer | None = None,
    sticky: bool = True,
) -> list[Triple]:
    """Actors, then events (``kg.link.events``), of one article resolved against the store: the
    article's triples with IRIs rewritten to the nodes they join and evidence added."""
    resolved = resolve_actors(store, doc_id, triples, gazetteer=gazetteer, sticky=sticky)
    return resolve_events(store, doc_id, resolved, sticky=sticky)


def consolidate(store: Store, doc_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Re-resolve stored articles against everything else in the store (in id order, or the
    order given), replacing a graph only when resolution changes it. For merges that the
    ingest order missed (a surname-only mention ingested before the full name; articles
    ingested in parallel). Returns {article id: triple count} of the graphs it rewrote."""
    if doc_ids is None:
        rows = store.select(_ARTICLE_IDS).dicts()
        doc_ids = sorted({str(r["id"]) for r in rows})
    changed: dict[str, int] = {}
    for doc_id in doc_ids:
        graph = graph_iri(doc_id)
        old = store.triples_in(graph)
        # decide afresh from the article's own names, not from the merges made last time
        new = resolve_article(store, doc_id, _unjoin(old), sticky=False)
        if set(new) != set(old):
            changed[doc_id] = store.replace_graph(graph, new)
    return changed


_OWN_NAME = ("name", "surname-of", "name-part-of", "gazetteer")  # in-article evidence naming the actor


def _unjoin(triples: Sequence[Triple]) -> list[Triple]:
    """A stored article's triples as they were before the store rules joined its actors to
    other articles' nodes: each person (or body named by an acronym) whose mentions carry
    ``store:`` evidence gets back the name its own mentions' evidence records
    ("name:Tkachenko", "name:RSF") and the IRI of that name; every ``store:`` evidence is
    dropped, to be decided again."""
    t = _Triples(triples)
    iri_map: dict[URIRef, URIRef] = {}
    names: dict[URIRef, str] = {}
    for iri in t.subjects_of_type(KG.Actor):
        whys = [str(w) for m in t.values(iri, KG.mentionedIn) for w in t.values(m, KG.resolvedBy)]
        if not any(w.startswith("store:") and not w.startswith("store:ambiguous") for w in whys):
            continue
        own = {w.split(":", 1)[1] for w in whys if w.split(":", 1)[0] in _OWN_NAME}
        if len(own) != 1:
            continue  # nothing says what the article called them: leave the node
        name = own.pop()
        if URIRef(ACTOR_NS + slug(name)) != iri:
            iri_map[iri] = URIRef(ACTOR_NS + slug(name))
            names[iri] = name
    m = _mapper(iri_map)
    out: list[Triple] = []
    for s, p, o in t.triples:
        if p == KG.resolvedBy and str(o).startswith("store:"):
            continue
        if s in names:
            if p == RDFS.label:
                o = Literal(names[s])
            elif p == KG.surname or (p == KG.alias and str(o) == names[s]):
                continue  # the surname goes with the name (resolution writes it again)
        out.append((m(s), p, m(o)))
    return list(dict.fromkeys(out))


# -- order independence: the articles a write or a delete may change --------------------------

# unmerged surname-only people of other articles ("Peskov" stored before any "Dmitry
# Peskov"), except those left apart as ambiguous: more candidates never settle that
_SURNAME_ONLY = (
    _PREFIXES
    + prologue("schema")
    + """SELECT DISTINCT ?self ?surname ?id WHERE {
  GRAPH ?g {
    ?p rdfs:label ?surname ; kg:actorType ?type .
    ?art a kg:Article ; schema:identifier ?id .
    FILTER NOT EXISTS {
      ?p kg:mentionedIn ?m . ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "store:ambiguous"))
    }
  }
  FILTER(?g != ?self && ?type = "person")
}"""
)

_PERSONS_IN = (
    _PREFIXES
    + """SELECT DISTINCT ?self ?p WHERE { GRAPH ?self { ?p kg:actorType "person" } }"""
)

# does an article still name the person in full on its own (not by joining it)?
_STILL_NAMED = (
    _PREFIXES
    + """ASK { GRAPH ?g {
  ?p kg:surname ?s .
  FILTER NOT EXISTS {
    ?p kg:mentionedIn ?m . ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "store:"))
  }
} }"""
)

# articles whose mentions joined ?p by a store rule
_JOINED = (
    _PREFIXES
    + prologue("schema")
    + """SELECT DISTINCT ?p ?id WHERE {
  GRAPH ?g {
    ?p kg:mentionedIn ?m . ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "store:"))
    ?art a kg:Article ; schema:identifier ?id .
  }
}"""
)


# the fragments the body queries share: the node ?x of graph ?g was not joined by a store
# rule (its article's own word: a body joined to the place it is posted to keeps its own
# words, its acronym among them), and ?g is another article's graph naming a body or group
_ON_ITS_OWN_WORD = """    FILTER NOT EXISTS {
      ?x kg:mentionedIn ?m . ?m kg:resolvedBy ?why
      FILTER(STRSTARTS(?why, "store:") && !STRSTARTS(?why, "store:posted-body:"))
    }
"""
_OTHER_BODIES = """  }
  FILTER(?g != ?self && (?type = "organization" || ?type = "group"))
}"""

# bodies and groups of other articles labelled ?l (an acronym, a body's name) that no store
# rule joined yet
_UNJOINED_BODIES = (
    _PREFIXES
    + prologue("schema")
    + """SELECT DISTINCT ?self ?l ?id WHERE {
  GRAPH ?g {
    ?x rdfs:label ?l ; kg:actorType ?type .
    ?art a kg:Article ; schema:identifier ?id .
"""
    + _ON_ITS_OWN_WORD
    + _OTHER_BODIES
)

# bodies of other articles, on their own word, whose name is ?prefix and the place they are
# posted to ("EU Monitoring Mission in Georgia" for the prefix "EU Monitoring Mission in ")
_POSTED_BODIES = (
    _PREFIXES
    + """SELECT DISTINCT ?self ?prefix ?x ?l WHERE {
  GRAPH ?g {
    ?x rdfs:label ?l ; kg:actorType ?type .
"""
    + _ON_ITS_OWN_WORD
    + """  }
  FILTER(?g != ?self && ?type = "organization" && STRSTARTS(?l, ?prefix))
}"""
)

# the types a node's mentions were given, in the graphs other than ?self: the node's type in
# each graph, or the mention's own one ("retyped:...") where the node was typed otherwise
_TYPE_EVIDENCE = (
    _PREFIXES
    + """SELECT ?self ?x ?t ?why (COUNT(?m) AS ?n) WHERE {
  GRAPH ?g {
    ?x kg:actorType ?t ; kg:mentionedIn ?m .
    OPTIONAL { ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "retyped:")) }
  }
  FILTER(?g != ?self)
} GROUP BY ?self ?x ?t ?why"""
)

# does another graph give ?x a type other than ?type?
_OTHER_TYPE = (
    _PREFIXES
    + """SELECT ?self ?x ?type ?t WHERE {
  GRAPH ?g { ?x kg:actorType ?t } FILTER(?g != ?self && ?t != ?type)
} LIMIT 1"""
)

_A_LABEL = _PREFIXES + """SELECT ?x ?l WHERE { GRAPH ?g { ?x rdfs:label ?l } } LIMIT 1"""

# articles that give ?x another type than ?type
_TYPED_OTHERWISE = (
    _PREFIXES
    + prologue("schema")
    + """SELECT DISTINCT ?self ?x ?type ?id WHERE {
  GRAPH ?g { ?x kg:actorType ?t . ?art a kg:Article ; schema:identifier ?id . }
  FILTER(?g != ?self && ?t != ?type)
}"""
)

_ACTORS_IN = (
    _PREFIXES
    + """SELECT DISTINCT ?self ?x ?t WHERE { GRAPH ?self { ?x kg:actorType ?t } }"""
)

# ties are broken in this order (a fixed order, so the decision does not depend on the
# order the articles came in)
_TYPE_ORDER = ("country", "person", "organization", "group")


def decide_type(
    counts: Counter, gazetteer_type: str | None = None, rule_type: str | None = None
) -> str:
    """The one type of an actor node: the gazetteer's, else a rule's, else the type most of
    its mentions (``counts``: type -> mentions) were given."""
    if gazetteer_type in _TYPE_ORDER:
        return gazetteer_type
    if rule_type in _TYPE_ORDER:
        return rule_type
    ranked = sorted(_TYPE_ORDER, key=lambda t: (-counts.get(t, 0), _TYPE_ORDER.index(t)))
    return ranked[0]


def _type_counts(store: Store, node: URIRef, self_graph: URIRef) -> Counter:
    counts: Counter = Counter()
    for r in store.select(_TYPE_EVIDENCE, {"self": self_graph, "x": node}).dicts():
        why = r.get("why")
        own = str(why)[len(RETYPED) :] if why is not None else str(r["t"])
        counts[own] += int(r["n"])
    return counts


def _gazetteer_type(label: str | None, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.get(label) if label else None
    return entry.type if entry is not None else None


def _retyped_elsewhere(store: Store, node: URIRef, node_type: str, self_graph: URIRef) -> set[str]:
    bound = {"self": self_graph, "x": node, "type": Literal(node_type)}
    if not store.select(_OTHER_TYPE, bound).rows:
        return set()  # the usual case, one index lookup per graph of the node
    return {str(r["id"]) for r in store.select(_TYPED_OTHERWISE, bound).dicts()}


def actors_of(store: Store, doc_id: str) -> list[URIRef]:
    """The actor nodes of a stored article (read before deleting it)."""
    rows = store.select(_ACTORS_IN, {"self": URIRef(graph_iri(doc_id))}).dicts()
    return sorted({r["x"] for r in rows})


def affected_by_write(
    store: Store, doc_id: str, triples: Iterable[Triple], gazetteer: Gazetteer | None = None
) -> list[str]:
    """Other stored articles whose resolution may change now that ``doc_id``'s triples are
    in the store: those with a surname-only person ("Peskov") whose surname a full name
    of this article ("Dmitry Peskov") now gives, and those that type one of its actor
    nodes otherwise than this article's evidence now decides. :func:`consolidate` them to
    make the result independent of the order the articles came in."""
    self_graph = URIRef(graph_iri(doc_id))
    triples = list(triples)
    families = sorted({str(o) for _, p, o in triples if p == KG.surname})
    out: set[str] = set()
    for family in families:
        rows = store.select(_SURNAME_ONLY, {"self": self_graph, "surname": Literal(family)})
        out.update(str(r["id"]) for r in rows.dicts())
    # bodies other articles name only by an acronym this article introduces
    for acronym in sorted({str(o) for _, p, o in triples if p == KG.alias and _is_acronym(str(o))}):
        rows = store.select(_UNJOINED_BODIES, {"self": self_graph, "l": Literal(acronym)})
        out.update(str(r["id"]) for r in rows.dicts())
    # bodies other articles name without the place this article posts them to ("the EU
    # Monitoring Mission" where this one writes "... in Georgia"): decided again, to join it
    actor_labels = {
        str(o) for s, p, o in triples if p == RDFS.label and str(s).startswith(ACTOR_NS)
    }
    for label in sorted(actor_labels):
        stem = _posted_stem(label)
        if stem is not None:
            rows = store.select(_UNJOINED_BODIES, {"self": self_graph, "l": Literal(stem[0])})
            out.update(str(r["id"]) for r in rows.dicts())
    # bodies of the same name as a body this article places in a country, where another
    # article names none of that name's shipped country: only names the gazetteer ships
    # with a country can be such homonyms (see _homonym_body), so only they are looked up
    gaz = gazetteer or default_gazetteer()
    homed = {s for s, p, _ in triples if p == KG.memberOfCountry}
    labels = {str(o) for s, p, o in triples if p == RDFS.label and s in homed}
    for label in sorted(label for label in labels if _shipped_with_country(gaz, label)):
        rows = store.select(_UNJOINED_BODIES, {"self": self_graph, "l": Literal(label)})
        out.update(str(r["id"]) for r in rows.dicts())
    # the type this article's evidence settled for each of its actors, where other
    # articles still give the node another one
    for node, _, node_type in sorted({t for t in triples if t[1] == KG.actorType}):
        out |= _retyped_elsewhere(store, node, str(node_type), self_graph)
    return sorted(out)


def persons_of(store: Store, doc_id: str) -> list[URIRef]:
    """The person nodes of a stored article (read before deleting it)."""
    rows = store.select(_PERSONS_IN, {"self": URIRef(graph_iri(doc_id))}).dicts()
    return [r["p"] for r in rows]


def affected_by_delete(
    store: Store,
    persons: Iterable[URIRef],
    actors: Iterable[URIRef] = (),
    *,
    gazetteer: Gazetteer | None = None,
) -> list[str]:
    """Stored articles whose mentions joined one of ``persons`` (the nodes of an article
    just deleted) by a store rule, when no remaining article names that person in full:
    the full name they joined went with the deleted article, so they are re-resolved; so
    are those whose bodies joined one of ``actors`` by its acronym. And those that type one of ``actors`` (all its actor nodes) otherwise than the evidence
    left in the store now decides."""
    out: set[str] = set()
    persons = list(persons)
    for p in persons:
        if store.ask(_STILL_NAMED, {"p": p}):
            continue
        out.update(str(r["id"]) for r in store.select(_JOINED, {"p": p}).dicts())
    gaz = gazetteer or default_gazetteer()
    nowhere = URIRef(GRAPH_NS)  # no article's graph: count every graph
    actors = list(actors)
    for x in actors:
        if x not in persons:
            # a body other articles joined by its acronym: decided again without this one
            out.update(str(r["id"]) for r in store.select(_JOINED, {"p": x}).dicts())
    for x in actors:
        counts = _type_counts(store, x, nowhere)
        if not counts:
            continue  # the node went with the article
        rows = store.select(_A_LABEL, {"x": x}).dicts()
        label = str(rows[0]["l"]) if rows else None
        rule = _rule_types().get(str(x))
        node_type = decide_type(counts, _gazetteer_type(label, gaz), rule)
        out |= _retyped_elsewhere(store, x, node_type, nowhere)
    return sorted(out)


# -- reading one article's actors out of its triples ---------------------------------------


@dataclass
class _Actor:
    iri: URIRef
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    sameas: list[URIRef] = field(default_factory=list)
    country: URIRef | None = None
    mentions: list[tuple[URIRef, str]] = field(default_factory=list)  # (mention, anchor)
    titles: list[str] = field(default_factory=list)  # role titles

    @property
    def local(self) -> str:
        return str(self.iri)[len(ACTOR_NS) :]


@dataclass
class _Decision:
    """Where an actor of this article goes, and why."""

    iri: URIRef
    evidence: str
    label: str | None = None  # a new canonical label; the article's own becomes an alias
    type: str | None = None  # a new actor type
    sameas: URIRef | None = None  # replaces the article's owl:sameAs
    country: URIRef | None = None  # a kg:memberOfCountry to add
    drop_country: bool = False


class _Triples:
    """One article's triples, indexed by subject."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.triples = list(dict.fromkeys(triples))
        self.by_subject: dict[URIRef, list[tuple[URIRef, Term]]] = {}
        for s, p, o in self.triples:
            self.by_subject.setdefault(s, []).append((p, o))

    def values(self, s: Term, p: URIRef) -> list[Term]:
        return [o for pp, o in self.by_subject.get(s, ()) if pp == p]

    def value(self, s: Term, p: URIRef) -> Term | None:
        vals = self.values(s, p)
        return vals[0] if vals else None

    def subjects_of_type(self, cls: URIRef) -> list[URIRef]:
        return [s for s, p, o in self.triples if p == RDF.type and o == cls]

    def article_text(self) -> str:
        for s in self.subjects_of_type(KG.Article):
            body = self.value(s, SCHEMA.articleBody)
            if body is not None:
                return str(body)
        return ""


def _actors(t: _Triples) -> list[_Actor]:
    out = []
    for iri in t.subjects_of_type(KG.Actor):
        if not str(iri).startswith(ACTOR_NS):
            continue
        label = t.value(iri, RDFS.label)
        atype = t.value(iri, KG.actorType)
        if label is None or atype is None:
            continue
        mentions = []
        for m in t.values(iri, KG.mentionedIn):
            anchor = t.value(m, KG.anchorText)
            start = t.value(m, KG.startOffset)
            mentions.append((int(start) if start is not None else 0, m, str(anchor or "")))
        titles = []
        for role in t.values(iri, KG.hasRole):
            title = t.value(role, KG.roleTitle)
            if title is not None:
                titles.append(str(title))
        country = t.value(iri, KG.memberOfCountry)
        out.append(
            _Actor(
                iri=iri,
                label=str(label),
                type=str(atype),
                aliases=[str(a) for a in t.values(iri, KG.alias)],
                sameas=[o for o in t.values(iri, OWL.sameAs) if isinstance(o, URIRef)],
                country=country if isinstance(country, URIRef) else None,
                mentions=[(m, a) for _, m, a in sorted(mentions)],
                titles=titles,
            )
        )
    return out


# -- normalising names ---------------------------------------------------------------------


def _norm(text: str) -> str:
    """Casefolded, curly quotes straightened, possessives and a leading "the" dropped."""
    s = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    s = " ".join(s.split())
    return s.removeprefix("the ")


def _is_title(text: str) -> bool:
    """Does ``text`` hold a title word (the extractor's ``title_heads``)? A person labelled
    by one alone ("King", "Major") is taken for the title, not a surname."""
    heads = lexicon.words("title_heads")
    return any(w in heads for w in _norm(text).replace("-", " ").split())


def mention_evidence(
    label: str,
    atype: str,
    anchor: str,
    titles: Sequence[str],
    aliases: Sequence[str],
    gazetteer: Gazetteer,
) -> str:
    """Why, within its article, a mention with text ``anchor`` stands for the actor
    ``label``: ``gazetteer:``, ``demonym:``, ``name:``, ``surname-of:``, ``title:`` or
    ``alias:`` (the extractor's own in-article coreference)."""
    a = _norm(anchor)
    entry = gazetteer.get(label)
    if entry is not None:
        if gazetteer.lookup(anchor) is entry:
            return f"gazetteer:{entry.name}"
        first = anchor.replace("\u2019", "'").split()
        first = [w for w in first if w.lower() != "the"]
        if first and gazetteer.by_demonym(first[0]) is entry:
            return f"demonym:{entry.name}"
    if a == _norm(label):
        return f"name:{label}"
    words = label.split()
    if atype == "person" and len(words) > 1 and a in (_norm(words[-1]), _norm(" ".join(words[1:]))):
        return f"surname-of:{label}"
    if atype == "person" and len(words) > 1 and a in {_norm(w) for w in words}:
        return f"name-part-of:{label}"  # "Zhao" for Zhao Lijian: family names come first too
    for t in [*titles, *(al for al in aliases if _is_title(al))]:
        nt = _norm(t)
        if a == nt or (_is_title(anchor) and (a.endswith(" " + nt) or nt.endswith(" " + a))):
            return f"title:{' '.join(anchor.split())}"
    if _is_title(anchor):
        return f"title:{' '.join(anchor.split())}"
    return f"alias:{' '.join(anchor.split())}"


# -- rules on the article alone ------------------------------------------------------------


def _us_states() -> dict[str, dict]:
    """Country names that are also US states -> {label, wikidata, cities} of the state."""
    return lexicon.table("link_us_state_homonyms")


@functools.cache
def _rule_types() -> dict[str, str]:
    """Nodes a rule types, whatever their mentions were typed as (a US state is an
    organization)."""
    return {ACTOR_NS + slug(s["label"]): "organization" for s in _us_states().values()}


_STATE_CONTEXT = (
    r"\b(?:(?:U\.S\.|US|American) )?state of {n}\b",
    (
        r"\b{n}(?:'s)? (?:[Gg]overnor|[Gg]ov\.|[Ss]ecretary of [Ss]tate|[Ss]tate [Ss]enate|"
        r"[Ss]tate [Ll]egislature|[Gg]eneral [Aa]ssembly|[Aa]ttorney [Gg]eneral|"
        r"[Bb]ureau of [Ii]nvestigation|[Nn]ational [Gg]uard|state)\b"
    ),
    r"\b[Gg]overnor of {n}\b",
    r"\b(?:{cities}), {n}\b",
    r"\b[A-Z][a-z]+ County, {n}\b",
    r"\b{n}(?:'s)? [A-Z][a-z]+ County\b",
    r"\b{n}, (?:U\.S\.|USA|United States)\b",
)


def _state_cue(name: str, text: str) -> str | None:
    cities = "|".join(re.escape(c) for c in _us_states()[name]["cities"]) or "(?!)"
    for pattern in _STATE_CONTEXT:
        m = re.search(pattern.format(n=re.escape(name), cities=cities), text)
        if m:
            return " ".join(m.group(0).split())
    return None


def _us_state(
    actor: _Actor, text: str, gazetteer: Gazetteer, us: URIRef | None
) -> _Decision | None:
    """A "Georgia" the extractor took for the country, in an article about the US state."""
    if actor.type != "country" or actor.label not in _us_states():
        return None
    entry = gazetteer.get(actor.label)
    country_signs = [actor.label + "n"]  # the demonym: "Georgian"
    if entry is not None:
        country_signs += list(entry.metonyms) + list(entry.demonyms)
    if any(re.search(rf"\b{re.escape(s)}\b", text) for s in country_signs):
        return None  # the country is (also) meant: leave the extractor's reading alone
    cue = _state_cue(actor.label, text)
    if cue is None:
        return None
    state = _us_states()[actor.label]
    label, qid = state["label"], state["wikidata"]
    return _Decision(
        iri=URIRef(ACTOR_NS + slug(label)),
        evidence=f"context:US state ({cue})",
        label=label,
        type="organization",
        sameas=WD[qid],
        country=us,
        drop_country=True,
    )


_MINISTRY = re.compile(
    r"^(?:ministry|department) (?:of|for) (?P<x>.+)$|^(?P<y>.+) (?:ministry|department)$"
)


def _function(name: str) -> str | None:
    """The function of a ministry name with its country words already removed:
    "foreign ministry" / "ministry of foreign affairs" -> "foreign affairs"."""
    m = _MINISTRY.match(_norm(name).replace("-", " ").strip())
    if not m:
        return None
    x = (m.group("x") or m.group("y") or "").strip()
    synonyms = lexicon.table("ministry_functions")
    x = synonyms.get(x, x).removeprefix("the ")
    return synonyms.get(x, x) or None


def _strip_country(name: str, country: Entry) -> str | None:
    """``name`` without the words that say its country, or None when they are not there:
    "Iran's foreign ministry", "Iranian Foreign Ministry", "Ministry of Foreign Affairs of
    (the Islamic Republic of) Iran" -> the ministry words."""
    forms = sorted({country.name, *country.aliases, *country.metonyms}, key=len, reverse=True)
    dems = sorted(set(country.demonyms), key=len, reverse=True)
    s = " ".join(name.replace("\u2019", "'").split())
    for f in forms:
        for pat in (rf"^(?:the )?{re.escape(f)}'s? ", rf" of (?:the )?{re.escape(f)}$"):
            out = re.sub(pat, " ", s, flags=re.IGNORECASE)
            if out != s:
                return out.strip()
    for d in dems:
        out = re.sub(rf"^(?:the )?{re.escape(d)} ", "", s, flags=re.IGNORECASE)
        if out != s:
            return out.strip()
    return None


@functools.lru_cache(maxsize=4)
def _ministry_index(gazetteer: Gazetteer) -> dict[tuple[str, str], Entry]:
    """(country name, function) -> the gazetteer's ministry entry."""
    index: dict[tuple[str, str], Entry] = {}
    for e in gazetteer:
        if e.type != "organization" or e.country is None:
            continue
        country = gazetteer.get(e.country)
        if country is None:
            continue
        for form in (e.name, *e.aliases):
            bare = _strip_country(form, country)
            fn = _function(bare if bare is not None else form)
            if fn is not None:
                index.setdefault((country.name, fn), e)
    return index


def _country_of(
    actor: _Actor, labels: dict[URIRef, str], gazetteer: Gazetteer
) -> tuple[Entry, str] | None:
    """The country an organisation belongs to, by kg:memberOfCountry or by its name, and the
    name with the country's words removed."""
    if actor.country is not None and actor.country in labels:
        entry = gazetteer.country(labels[actor.country])
        if entry is not None:
            bare = _strip_country(actor.label, entry)
            return entry, bare if bare is not None else actor.label
    m = re.match(r"^(?:the )?(?P<c>.+?)(?:'s|\u2019s) (?P<rest>.+)$", actor.label, re.IGNORECASE)
    candidates = []
    if m:
        candidates.append(m.group("c"))
    m = re.match(r"^(?P<rest>.+) of (?:the )?(?P<c>[A-Z].+)$", actor.label)
    if m:
        candidates.append(m.group("c"))
    first = actor.label.split()[0] if actor.label.split() else ""
    for c in candidates:
        entry = gazetteer.country(c)
        if entry is not None:
            bare = _strip_country(actor.label, entry)
            if bare is not None:
                return entry, bare
    entry = gazetteer.by_demonym(first)
    if entry is not None and entry.type == "country":
        bare = _strip_country(actor.label, entry)
        if bare is not None:
            return entry, bare
    return None


def _ministry(actor: _Actor, labels: dict[URIRef, str], gazetteer: Gazetteer) -> _Decision | None:
    """One ministry per (country, function), whatever the article calls it."""
    if actor.type != "organization":
        return None
    found = _country_of(actor, labels, gazetteer)
    if found is None:
        return None
    country, bare = found
    fn = _function(bare)
    if fn is None:
        return None
    entry = _ministry_index(gazetteer).get((country.name, fn))
    if entry is not None:
        iri = URIRef(ACTOR_NS + slug(entry.name))
        if iri == actor.iri:
            return None
        return _Decision(iri, f"gazetteer:{entry.name}", label=entry.name)
    if "ministry" not in _norm(bare).split():
        return None  # "... Department" outside the gazetteer: too many kinds to guess at
    iri = URIRef(f"{ACTOR_NS}ministry-of-{slug(fn)}--{slug(country.name)}")
    if iri == actor.iri:
        return None
    return _Decision(iri, f"synonym:ministry of {fn} of {country.name}")


def _generic(actor: _Actor, gazetteer: Gazetteer, doc_id: str) -> _Decision | None:
    """A body named only by its function, country unknown: scoped to the article."""
    suffix = f"--article-{slug(doc_id)}"
    if actor.type != "organization" or actor.country is not None or actor.sameas:
        return None
    if actor.local.endswith(suffix):
        return None  # scoped already (stored triples being resolved again)
    if gazetteer.get(actor.label) is not None or gazetteer.lookup(actor.label) is not None:
        return None
    name = set(_norm(actor.label).replace("-", " ").split())
    heads = lexicon.words("link_generic_heads")
    if not name or not name <= heads | lexicon.words("link_generic_words") or not name & heads:
        return None
    return _Decision(
        URIRef(f"{ACTOR_NS}{actor.local}{suffix}"),
        "scoped:generic name, country unknown",
    )


def _home_body(actor: _Actor, gazetteer: Gazetteer) -> _Decision | None:
    """A body the gazetteer ships with its country ("Democratic National Committee": the
    United States), named in an article that names no country at all: the body of its
    home country, as an article that names the country makes it
    (``democratic-national-committee--united-states``, ``kg.rdf.actor_iri``). Only the
    extractor's country makes that IRI, and it reads the country from the article's own
    actors: a story that never writes "United States" would otherwise keep its own node.
    An article that names another country is :func:`_homonym_body`'s to decide."""
    if actor.type != "organization" or actor.country is not None:
        return None
    if actor.local != slug(actor.label):
        return None
    entry = gazetteer.get(actor.label)
    home = gazetteer.country(entry.country) if entry is not None and entry.country else None
    if home is None or home.type != "country":
        return None
    if re.search(rf"\b{re.escape(home.name)}\b", actor.label):
        return None  # the name says its country: kg.rdf adds no suffix
    return _Decision(
        URIRef(f"{ACTOR_NS}{actor.local}--{slug(home.name)}"),
        f"gazetteer-home:{home.name}",
    )


# -- rules against the store ---------------------------------------------------------------


@functools.cache
def _variant_of() -> dict[str, frozenset[str]]:
    """First name -> its transliterations (``link_first_name_variants``); an initial matches
    any name it starts."""
    groups = lexicon.table("link_first_name_variants")
    return {n: frozenset(group) for group in groups for n in group}


# Bound values sit outside every inner group, filters included: a remote store binds them
# with a VALUES block at the top of the WHERE clause, which an inner FILTER cannot see.
# Values are bound with pyoxigraph's substitutions, which its planner does not count as
# bound: a constant pattern such as `kg:actorType "person"` would be joined first and scan
# every person (150 ms on a 10k-article store, 1 ms this way), so type tests are FILTERs.
_PERSONS_BY_ALIAS = (
    _PREFIXES
    + """
SELECT ?self ?surname ?p ?l WHERE {
  GRAPH ?g { ?p kg:alias ?surname ; rdfs:label ?l ; kg:actorType ?type }
  FILTER(?g != ?self && ?type = "person")
}"""
)

_PERSONS_BY_SURNAME = (
    _PREFIXES
    + """
SELECT ?self ?surname ?p ?l WHERE {
  GRAPH ?g { ?p kg:surname ?surname ; rdfs:label ?l }
  FILTER(?g != ?self)
}"""
)

_PERSON_TITLES = (
    _PREFIXES
    + """
SELECT ?self ?p ?t WHERE {
  GRAPH ?g { { ?p kg:hasRole/kg:roleTitle ?t } UNION { ?p kg:alias ?t } }
  FILTER(?g != ?self)
}"""
)

# bodies and groups that another article names with ?alias (an acronym it introduced), on
# that article's own word: a node the other article joined by a store rule is no evidence
_BODIES_BY_ALIAS = (
    _PREFIXES
    + """
SELECT ?self ?alias ?x ?l ?type WHERE {
  GRAPH ?g {
    ?x kg:alias ?alias ; rdfs:label ?l ; kg:actorType ?type .
"""
    + _ON_ITS_OWN_WORD
    + _OTHER_BODIES
)

# bodies of other articles named ?l and placed in a country, on that article's own word
_BODIES_BY_NAME = (
    _PREFIXES
    + """
SELECT ?self ?l ?x ?c WHERE {
  GRAPH ?g {
    ?x rdfs:label ?l ; kg:memberOfCountry ?c ; kg:actorType ?type .
"""
    + _ON_ITS_OWN_WORD
    + """  }
  FILTER(?g != ?self && ?type = "organization")
}"""
)

_KNOWN = (
    _PREFIXES
    + """
SELECT ?self ?x WHERE { GRAPH ?g { ?x kg:actorType ?t } FILTER(?g != ?self) } LIMIT 1"""
)

# the article's actor mentions and their store evidence as stored now (for a sticky re-ingest)
_PREVIOUS = (
    _PREFIXES
    + """
SELECT ?self ?m ?node ?why WHERE { GRAPH ?self {
  ?node kg:actorType ?t ; kg:mentionedIn ?m .
  OPTIONAL { ?m kg:resolvedBy ?why FILTER(STRSTARTS(?why, "store:")) }
} }"""
)


def _first_names_agree(a: str, b: str) -> bool:
    a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return b in _variant_of().get(a, ())


def _surname(label: str) -> str:
    return surname(label) or (label.split()[-1] if label.split() else "")


class _StoreRules:
    """Person lookups against the other articles' graphs (values bound, never formatted)."""

    def __init__(self, store: Store, doc_id: str) -> None:
        self.store = store
        self.self_graph = URIRef(graph_iri(doc_id))

    def known(self, iri: URIRef) -> bool:
        rows = self.store.select(_KNOWN, {"self": self.self_graph, "x": iri}).rows
        return bool(rows)

    def previous(self) -> Decisions:
        """Mention -> (actor IRI, store evidence) in the article's graph as stored now, so
        that re-ingesting the article repeats its earlier decisions."""
        return previous_decisions(self.store, _PREVIOUS, self.self_graph)

    def by_surname(self, family: str) -> dict[URIRef, str]:
        """Persons of other articles whose name ends in ``surname`` or who have it as an
        alias: IRI -> label (the smallest, for a stable choice)."""
        # as written (names are capitalised), so both are index lookups on a bound literal:
        # an exact alias, and the kg:surname every full-named person carries
        bound = {"self": self.self_graph, "surname": Literal(family)}
        rows = self.store.select(_PERSONS_BY_ALIAS, bound).dicts()
        rows += self.store.select(_PERSONS_BY_SURNAME, bound).dicts()
        out: dict[URIRef, str] = {}
        for r in rows:
            iri, label = r["p"], str(r["l"])
            if len(label.split()) < 2:
                continue  # another surname-only node: nothing to learn from it
            if iri not in out or label < out[iri]:
                out[iri] = label
        return out

    def by_acronym(self, acronym: str) -> dict[URIRef, str]:
        """Organisations and groups of other articles that have ``acronym`` as an alias
        (and a longer name as label): IRI -> label."""
        bound = {"self": self.self_graph, "alias": Literal(acronym)}
        out: dict[URIRef, str] = {}
        for r in self.store.select(_BODIES_BY_ALIAS, bound).dicts():
            iri, label = r["x"], str(r["l"])
            if _is_acronym(label):
                continue
            if iri not in out or label < out[iri]:
                out[iri] = label
        return out

    def bodies_named(self, label: str) -> list[tuple[URIRef, URIRef]]:
        """(node, country) of the organisations other articles name ``label`` and place in
        a country."""
        bound = {"self": self.self_graph, "l": Literal(label)}
        return sorted({(r["x"], r["c"]) for r in self.store.select(_BODIES_BY_NAME, bound).dicts()})

    def titles(self, iri: URIRef) -> list[str]:
        rows = self.store.select(_PERSON_TITLES, {"self": self.self_graph, "p": iri}).dicts()
        return [str(r["t"]) for r in rows if _is_title(str(r["t"]))]


def _title_words(titles: Iterable[str]) -> set[str]:
    heads = lexicon.words("title_heads")
    return {w for t in titles for w in _norm(t).replace("-", " ").split() if w in heads}


def _person(actor: _Actor, rules: _StoreRules) -> tuple[_Decision | None, str | None]:
    """(decision, note): a merge with a person another article introduced, or None and,
    when there were candidates that could not be told apart, a note saying so."""
    words = actor.label.split()
    if not words or (len(words) > 1 and rules.known(actor.iri)):
        return None, None  # a full name other articles use too: that is the node
    family = _surname(actor.label)
    if not family[:1].isupper() or _is_title(family):
        return None, None
    found = {iri: label for iri, label in rules.by_surname(family).items() if iri != actor.iri}
    if not found:
        return None, None
    if len(words) == 1:
        if len(found) == 1:
            ((iri, label),) = found.items()
            return _Decision(iri, f"store:surname-of:{label}", label=label), None
        mine = _title_words([*actor.titles, *(a for a in actor.aliases if _is_title(a))])
        shared = {iri: mine & _title_words(rules.titles(iri)) for iri in found}
        fits = [iri for iri, words_ in shared.items() if words_]
        if len(fits) == 1:
            iri = fits[0]
            why = f"store:surname-of:{found[iri]};title:{' '.join(sorted(shared[iri]))}"
            return _Decision(iri, why, label=found[iri]), None
        return None, f"store:ambiguous-surname:{'|'.join(sorted(set(found.values())))}"
    fits = [
        iri
        for iri, label in found.items()
        if len(label.split()) > 1 and _first_names_agree(words[0], label.split()[0])
    ]
    if len(fits) == 1:
        iri = fits[0]
        return _Decision(iri, f"store:name-variant:{found[iri]}", label=found[iri]), None
    return None, None


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]*(?:-[A-Z0-9]+)*$")


def _is_acronym(label: str) -> bool:
    """'RSF', 'NTF-WPS', 'APT28': capitals (and digits), at least two letters."""
    return 2 <= len(label) <= 10 and bool(_ACRONYM.match(label)) and sum(c.isalpha() for c in label) >= 2


def _acronym(actor: _Actor, rules: _StoreRules, gazetteer: Gazetteer) -> _Decision | None:
    """A body or group this article names only by an acronym ("the RSF"): the one
    organisation or group of the store that another article named with that acronym
    ("the Rapid Support Forces (RSF)")."""
    if actor.type not in ("organization", "group") or not _is_acronym(actor.label):
        return None
    if any(_norm(a) != _norm(actor.label) for a in actor.aliases):
        return None  # the article names it otherwise too: that name decides
    if gazetteer.get(actor.label) is not None or gazetteer.lookup(actor.label) is not None:
        return None  # the gazetteer's own acronym ("NATO") names its own entry
    found = {iri: label for iri, label in rules.by_acronym(actor.label).items() if iri != actor.iri}
    if len(found) != 1:
        return None  # none, or two bodies of that acronym: no telling which
    ((iri, label),) = found.items()
    return _Decision(iri, f"store:acronym-of:{label}", label=label)


_POSTED = re.compile(r"(?P<stem>.+?) in (?:the )?(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*)")


def _posted_stem(label: str) -> tuple[str, str] | None:
    """'EU Monitoring Mission in Georgia' -> ('EU Monitoring Mission', 'Georgia'): a body
    posted to a place (a mission, an office, an embassy: link_posted_body_heads), named with
    the place it serves."""
    m = _POSTED.fullmatch(label)
    if m is None or not _is_post(m["stem"]):
        return None
    return m["stem"], m["place"]


def _is_post(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].casefold() in lexicon.words("link_posted_body_heads")


def _posted_body(actor: _Actor, rules: _StoreRules, text: str) -> _Decision | None:
    """A body posted to a place that this article names without the place ("the EU
    Monitoring Mission") and another article with it ("the European Union Monitoring
    Mission in Georgia"): the one such body of the store whose place this article names
    too. Two posts of that body in the store (its missions in two countries), or a place
    this article never writes, and the mention stays its own node."""
    if actor.type != "organization" or not _is_post(actor.label):
        return None
    rows = rules.store.select(
        _POSTED_BODIES, {"self": rules.self_graph, "prefix": Literal(actor.label + " in ")}
    ).dicts()
    found = {
        r["x"]: (str(r["l"]), posted)
        for r in rows
        if r["x"] != actor.iri and (posted := _posted_stem(str(r["l"]))) is not None
    }
    if len(found) != 1:
        return None
    ((iri, (label, (_, place))),) = found.items()
    if not re.search(rf"\b{re.escape(place)}\b", text):
        return None
    return _Decision(iri, f"store:posted-body:{label}", label=label)


def _shipped_with_country(gazetteer: Gazetteer, label: str) -> bool:
    """``label`` is a gazetteer entry's name, the entry places it in a country, and the name
    does not say which ("National Cyber Security Centre", not "Ministry of Foreign Affairs of
    Japan"): only such a name can be another country's body of the same name. (Looking up
    every article that names Japan's foreign ministry, each time another one does, made
    ingestion quadratic in the articles naming a country's ministry.)"""
    entry = gazetteer.get(label)
    if entry is None or not entry.country:
        return False
    home = gazetteer.country(entry.country)
    return home is not None and not re.search(rf"\b{re.escape(home.name)}\b", label)


def _homonym_body(
    actor: _Actor, countries: dict[URIRef, str], rules: _StoreRules, gazetteer: Gazetteer
) -> _Decision | None:
    """A body the gazetteer places in a country this article never names ("the National
    Cyber Security Centre" in a story about Lithuania, where the shipped entry is Britain's):
    the one body of that name another article placed in a country this article names
    ("Lithuania's National Cyber Security Centre")."""
    if actor.type != "organization" or (actor.country is not None and actor.local != slug(actor.label)):
        return None  # placed in its country by the article's own words ("--lithuania")
    entry = gazetteer.get(actor.label)
    home = gazetteer.country(entry.country) if entry is not None and entry.country else None
    if home is None or home.name in countries.values():
        return None
    found = {x: c for x, c in rules.bodies_named(actor.label) if x != actor.iri and c in countries}
    if len(set(found)) != 1:
        return None
    ((iri, country),) = found.items()
    return _Decision(
        iri,
        f"store:same-name-body-of:{countries[country]}",
        label=actor.label,
        country=country,
        drop_country=True,
    )


def _sticky(
    actor: _Actor, rules: _StoreRules, previous: Decisions
) -> tuple[bool, _Decision | None, str | None]:
    """(applies, decision, note) repeating what the article's stored graph decided for this
    actor, if it decided anything and that still holds."""
    before = {previous[m] for m, _ in actor.mentions if m in previous}
    iris = {iri for iri, _ in before}
    if len(iris) != 1:
        return False, None, None
    kept = iris.pop()
    why = next((w for _, w in sorted(before, key=lambda x: x[1] or "") if w), None)
    if kept == actor.iri:
        return True, None, why  # apart last time (perhaps ambiguous): apart now
    if why is None:
        return False, None, None
    label = rules.by_surname(_surname(actor.label)).get(kept)
    if label is None:
        return False, None, None  # the node it joined is gone: decide afresh
    return True, _Decision(kept, why, label=label), None


# -- putting it together -------------------------------------------------------------------


def resolve_actors(
    store: Store,
    doc_id: str,
    triples: Sequence[Triple],
    *,
    gazetteer: Gazetteer | None = None,
    sticky: bool = True,
) -> list[Triple]:
    """The article's triples with actor (and role) IRIs rewritten to the nodes they resolve
    to, and a ``kg:resolvedBy`` on every actor mention."""
    gaz = gazetteer or default_gazetteer()
    t = _Triples(triples)
    actors = _actors(t)
    if not actors:
        return t.triples
    text = t.article_text()
    labels = {a.iri: a.label for a in actors}
    us = next((a.iri for a in actors if a.type == "country" and a.label == "United States"), None)

    decisions: dict[URIRef, _Decision] = {}
    notes: dict[URIRef, str] = {}
    named_countries = any(a.type == "country" and a.mentions for a in actors)
    for a in actors:
        d = (
            _us_state(a, text, gaz, us)
            or _ministry(a, labels, gaz)
            or _generic(a, gaz, doc_id)
            or (None if named_countries else _home_body(a, gaz))
        )
        if d is not None:
            decisions[a.iri] = d

    rules = _StoreRules(store, doc_id)
    previous = rules.previous() if sticky else {}
    countries = {a.iri: a.label for a in actors if a.type == "country" and a.mentions}
    for a in actors:
        if a.type in ("organization", "group") and a.iri not in decisions:
            decision = (
                _acronym(a, rules, gaz)
                or _homonym_body(a, countries, rules, gaz)
                or _posted_body(a, rules, text)
            )
            if decision is not None:
                decisions[a.iri] = decision
        if a.type != "person" or a.iri in decisions:
            continue
        applies, decision, note = _sticky(a, rules, previous) if previous else (False, None, None)
        if not applies:
            decision, note = _person(a, rules)
        if decision is not None:
            decisions[a.iri] = decision
        elif note is not None:
            notes[a.iri] = note
    return _apply(t, actors, decisions, notes, gaz, store, rules.self_graph)


def _mapper(iri_map: dict[URIRef, URIRef]):
    """Term -> term with actor IRIs replaced, and role IRIs (which embed the holder's and
    the body's local names) rewritten to match."""
    local_map = {str(k)[len(ACTOR_NS) :]: str(v)[len(ACTOR_NS) :] for k, v in iri_map.items()}

    def m(term: Term) -> Term:
        if isinstance(term, URIRef):
            if term in iri_map:
                return iri_map[term]
            if str(term).startswith(ROLE_NS) and local_map:
                parts = str(term)[len(ROLE_NS) :].split("/")
                parts[0] = local_map.get(parts[0], parts[0])
                if len(parts) > 2:
                    parts[2] = local_map.get(parts[2], parts[2])
                return URIRef(ROLE_NS + "/".join(parts))
        return term

    return m


def _own_type(t: _Triples, mention: URIRef, default: str) -> str:
    """The type the extractor gave a mention: its ``retyped:`` evidence, else its node's."""
    for why in t.values(mention, KG.resolvedBy):
        if str(why).startswith(RETYPED):
            return str(why)[len(RETYPED) :]
    return default


def _node_types(
    t: _Triples,
    actors: list[_Actor],
    decisions: dict[URIRef, _Decision],
    gaz: Gazetteer,
    store: Store,
    self_graph: URIRef,
) -> tuple[dict[URIRef, str], dict[URIRef, str]]:
    """(node -> its one type, mention -> the type the extractor gave it), for the nodes the
    article's actors land on: the gazetteer's type, a rule's, or the type most mentions got
    in the whole store (this article's and the other graphs')."""
    groups: dict[URIRef, list[_Actor]] = {}
    for a in actors:
        d = decisions.get(a.iri)
        groups.setdefault(d.iri if d else a.iri, []).append(a)
    node_type: dict[URIRef, str] = {}
    own: dict[URIRef, str] = {}
    for node, members in groups.items():
        counts: Counter = Counter()
        rule = _rule_types().get(str(node))
        label = None
        for a in members:
            d = decisions.get(a.iri)
            if d is not None and d.type:
                rule = rule or d.type
            label = label or (d.label if d is not None and d.label else a.label)
            for m, _ in a.mentions:
                own[m] = d.type if d is not None and d.type else _own_type(t, m, a.type)
                counts[own[m]] += 1
            if not a.mentions:
                counts[d.type if d is not None and d.type else a.type] += 1
        fixed = _gazetteer_type(label, gaz) or rule
        if fixed is None and len(counts) == 1:
            # the article agrees with itself: only another graph typing the node otherwise
            # (then every mention counts) can overturn it; a common name ("Donald Trump",
            # thousands of mentions) is one index lookup per graph, not per mention
            (only,) = counts
            bound = {"self": self_graph, "x": node, "type": Literal(only)}
            if not store.select(_OTHER_TYPE, bound).rows:
                node_type[node] = only
                continue
        if fixed is None:
            counts.update(_type_counts(store, node, self_graph))
        node_type[node] = decide_type(counts, _gazetteer_type(label, gaz), rule)
    return node_type, own


def _apply(
    t: _Triples,
    actors: list[_Actor],
    decisions: dict[URIRef, _Decision],
    notes: dict[URIRef, str],
    gaz: Gazetteer,
    store: Store,
    self_graph: URIRef,
) -> list[Triple]:
    # one type per node, decided from every mention of it in the store (never two)
    node_type, own = _node_types(t, actors, decisions, gaz, store, self_graph)
    iri_map = {a.iri: d.iri for a, d in ((a, decisions.get(a.iri)) for a in actors) if d}
    m = _mapper(iri_map)

    by_iri = {a.iri: a for a in actors}
    out: list[Triple] = []
    labelled: set[URIRef] = set()
    titled: set[URIRef] = set()
    for s, p, o in t.triples:
        actor = by_iri.get(s)
        d = decisions.get(s) if actor is not None else None
        if actor is not None and p == RDFS.label:
            new = m(s)
            label = d.label if d is not None and d.label else str(o)
            if new in labelled:
                out.append((new, KG.alias, Literal(str(o))))
                continue
            labelled.add(new)
            out.append((new, RDFS.label, Literal(label)))
            if node_type[new] == "person" and surname(label):
                out.append((new, KG.surname, Literal(surname(label))))
            if label != str(o):
                out.append((new, KG.alias, Literal(str(o))))
            continue
        if actor is not None and p == KG.surname:
            continue  # written with the label, for a person
        if actor is not None and p == RDF.type and o in ACTOR_CLASS.values():
            out.append((m(s), RDF.type, ACTOR_CLASS[node_type[m(s)]]))
            continue
        if actor is not None and p == KG.actorType:
            out.append((m(s), KG.actorType, Literal(node_type[m(s)])))
            continue
        if p == KG.resolvedBy and str(o).startswith(RETYPED):
            continue  # written again below, against the type decided now
        if d is not None and d.sameas is not None and p == OWL.sameAs:
            continue
        if d is not None and d.drop_country and p == KG.memberOfCountry:
            continue
        if p == KG.memberOfCountry and node_type.get(m(o), "country") != "country":
            continue  # it is no longer a country ("Georgia's elections office", US state)
        if p == KG.roleTitle:
            role = m(s)
            if role in titled:
                continue
            titled.add(role)
        out.append((m(s), p, m(o)))
    for a in actors:
        d = decisions.get(a.iri)
        new = d.iri if d else a.iri
        if d is not None and d.sameas is not None:
            out.append((new, OWL.sameAs, d.sameas))
        if d is not None and d.country is not None and d.country != new:
            country = iri_map.get(d.country, d.country)
            if node_type.get(country, "country") == "country":
                out.append((new, KG.memberOfCountry, country))
        for mention, anchor in a.mentions:
            if not any(not str(w).startswith(RETYPED) for w in t.values(mention, KG.resolvedBy)):
                # stored triples keep what they say
                why = mention_evidence(a.label, a.type, anchor, a.titles, a.aliases, gaz)
                out.append((mention, KG.resolvedBy, Literal(why)))
            if d is not None:
                out.append((mention, KG.resolvedBy, Literal(d.evidence)))
            elif a.iri in notes:
                out.append((mention, KG.resolvedBy, Literal(notes[a.iri])))
            if own.get(mention, node_type[new]) != node_type[new]:
                out.append((mention, KG.resolvedBy, Literal(RETYPED + own[mention])))
    labels = {(s, o) for s, p, o in out if p == RDFS.label}
    # an alias equal to the node's label says nothing
    return [tr for tr in dict.fromkeys(out) if not (tr[1] == KG.alias and (tr[0], tr[2]) in labels)]
