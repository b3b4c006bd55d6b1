"""The read library: every read of the knowledge graph that the API, the web pages, the
CLI and the notebook show, written once.

================  ==========================================================================
module            reads
================  ==========================================================================
``terms``         the SPARQL prefix prologue, the IRI scheme read back, result terms as values
``search``        entity search over folded names (:class:`NameIndex`)
``items``         how a mention, statement, claim or event is described, in every list
``entities``      one actor, event or place and its lists (:func:`entity`), every actor
                  (:func:`actors`), why each mention stands for its node (:func:`resolutions`)
``events``        the timeline, one event and its attribution picture, claims, the
                  explorer's event index
``articles``      the stored articles, one article's text and spans, its record read back
``paths``         paths and neighbourhoods over a networkx projection of the store
``stats``         counts of articles, triples, actors and events by type (``kg stats``)
``results``       a caller's own SPARQL (``kg query``): its form, its results as text
================  ==========================================================================

Plain library code over the :class:`~kg.store.Store` protocol; results are JSON-ready dicts
(IRIs and ISO dates as strings) whose shapes ``api/lookups.py`` mirrors in its models.

How the SPARQL is written, and why:

- every value a caller gives is bound with ``store.select(..., bindings=...)``; the texts
  are constants, or are assembled from constant fragments chosen by code, never from user
  text. A substituted variable must be projected by every ``SELECT`` it passes through
  (Oxigraph applies substitutions only there), hence ``terms._projected``;
- the default graph is the union of the article graphs, where an actor seen in 3,000
  articles has 3,000 copies of its label and type. Joining two of an actor's triples
  there multiplies those copies, so every pattern that describes an item (a claim's
  labels, an event's place) sits inside ``GRAPH ?g`` of the article it comes from: labels
  are the ones that article gives (one per actor per graph, by design), and a row is
  one item;
- lists are paged first (a subquery that orders and cuts the item IRIs) and described
  after, through ``LATERAL`` (Oxigraph's SEP-0006 lateral join), which evaluates the
  description once per page item; a plain join would describe every item in the store
  and then keep the page's. On a store without ``LATERAL`` the fallback is one
  description query per page item;
- the lists of an entity page are not ordered in SPARQL past ``SORTED_MAX`` items:
  Oxigraph compares IRIs by looking up their text, once per comparison, so sorting the
  1,900 mentions of a busy country cost 200 ms (see ``entities._entity_section``);
  their items are read as triples and picked apart in Python (``entities._pivot``),
  since a chain of OPTIONALs costs Oxigraph a scan per OPTIONAL once there are four;
- what ``kg show``, ``kg articles`` and ``kg claims`` read (one article, all articles,
  one event's claims) is written without ``LATERAL`` (``items._in_graph``), so the CLI
  works on any SPARQL 1.1 store.
"""

from __future__ import annotations

from kg.query.articles import (
    SPAN_KINDS,
    article_record,
    article_view,
    articles,
    describe_articles,
    list_articles,
    published_dates,
)
from kg.query.entities import (
    SECTION_LIMIT,
    SECTIONS,
    SORTED_MAX,
    actors,
    entity,
    entity_section,
    resolutions,
)
from kg.query.events import (
    EventIndex,
    IndexedEvent,
    attribution_picture,
    claims,
    describe_events,
    event,
    events,
    find_events,
    format_picture,
    merge_dates,
    timeline,
)
from kg.query.search import (
    ENTITY_TYPES,
    NameIndex,
    NameRow,
    fold,
    read_names,
    search_entities,
    words,
)
from kg.query.stats import store_stats
from kg.query.terms import GRAPH_BASE, ID_BASE, PROLOGUE, graph_doc_id, iri_term, kind_from_iri

__all__ = [
    "ENTITY_TYPES",
    "GRAPH_BASE",
    "ID_BASE",
    "PROLOGUE",
    "SECTIONS",
    "SECTION_LIMIT",
    "SORTED_MAX",
    "SPAN_KINDS",
    "EventIndex",
    "IndexedEvent",
    "NameIndex",
    "NameRow",
    "actors",
    "article_record",
    "article_view",
    "articles",
    "attribution_picture",
    "claims",
    "describe_articles",
    "describe_events",
    "entity",
    "entity_section",
    "event",
    "events",
    "find_events",
    "fold",
    "format_picture",
    "graph_doc_id",
    "iri_term",
    "kind_from_iri",
    "list_articles",
    "merge_dates",
    "published_dates",
    "read_names",
    "resolutions",
    "search_entities",
    "store_stats",
    "timeline",
    "words",
]

# ``kg.query.events`` and ``kg.query.articles`` name both a module and its main function;
# as attributes of the package they are the functions (the API's ``query.events(...)``):
# import from the modules with ``from kg.query.events import ...``.
#
# The lookups the API runs inside the store worker (``store.run_read``) are admitted by
# module: ``kg.query`` and its submodules (``kg.store.worker.READ_MODULES``).
