"""Read-only lookups: entity search and pages, a timeline, claims, neighbours and paths.

Ids in paths and query parameters are either the full IRI (URL-encoded in a path:
``/entities/https%3A%2F%2Fw3id.org%2Fgeokg%2Fid%2Factor%2Frussia``) or the part after
``https://w3id.org/geokg/id/`` (``/entities/actor/russia``, ``?actor=actor/russia``);
responses always give full IRIs. An IRI outside ``https://w3id.org/geokg/id/`` cannot
name a node of the graph and is refused (422) before the store is asked.

The lookups run SPARQL through ``kg.query``; ``/paths`` and ``/neighbors`` read the
networkx projection (``kg.query.paths.Projection``) that :func:`init_state` builds once and
the article routes keep in step; search reads the folded name index the projection keeps
beside its edges.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from api.deps import StoreDep, get_store
from api.errors import ApiProblem, problem_responses
from kg import query
from kg.query.paths import Edge, NodeInfo, Projection
from kg.records import EVENT_TYPES, POLARITIES
from kg.store import Store

router = APIRouter(tags=["lookups"])

ID_BASE = query.ID_BASE
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000
MAX_HOPS = 6
MAX_K = 10
MAX_DEPTH = 3
MAX_ID_LENGTH = 2000

EntityType = Literal[query.ENTITY_TYPES]  # type: ignore[valid-type]
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Polarity = Literal[POLARITIES]  # type: ignore[valid-type]

# -- state: the projection and the name index --------------------------------------------

_state_lock = threading.Lock()


def init_state(app: FastAPI, store: Store) -> None:
    """Build the projection (and with it the name index) once: the app calls this in its
    lifespan, after the store is open; ``app.state.graph`` holds it."""
    with _state_lock:
        if getattr(app.state, "graph", None) is None:
            app.state.graph = Projection.from_store(store)


def article_changed(app: FastAPI, graph_iri: str, *, deleted: bool = False) -> None:
    """Keep the projection and its name index in step after one article was stored,
    replaced or deleted: only that article's edges and names are touched, no rebuild."""
    graph = getattr(app.state, "graph", None)
    if graph is None:
        return  # not built yet: it will read the store as it is when it is
    if deleted:
        graph.remove_article(graph_iri)
    else:
        graph.add_article(graph_iri)


def get_projection(request: Request) -> Projection:
    """The app's projection; built here on first use if the lifespan did not."""
    if getattr(request.app.state, "graph", None) is None:
        init_state(request.app, get_store(request))
    return request.app.state.graph


def _read(store: Store, fn, *args):
    """``fn(store, *args)``, a ``kg.query`` lookup: inside the store worker when there is
    one (its dozen queries then cost one trip down the pipe, not one each), else here."""
    run_read = getattr(store, "run_read", None)
    if run_read is not None:
        return run_read(fn, *args)
    return fn(store, *args)


# -- ids ---------------------------------------------------------------------------------


# What a geokg id can hold after ``https://w3id.org/geokg/id/``: slugs, article ids,
# offsets; RFC 3987 path characters, ASCII only. No ``%``: kg.rdf never escapes (slugs
# and article ids are plain), and a ``%XX`` in a path would be decoded on the way in.
# Every id that matches is an IRI the store accepts, so no caller's text fails a query.
_LOCAL_CHARS = r"[A-Za-z0-9._~!$&'()*+,;=:@/-]+"
ID_PATTERN = "^(?:" + re.escape(ID_BASE) + ")?" + _LOCAL_CHARS + "$"
_ID = re.compile(ID_PATTERN)
ID_DOC = f"a geokg id: the IRI under {ID_BASE}, or the part after it (actor/russia)"


def to_iri(value: str, what: str = "id") -> str:
    """A geokg id, given as its full IRI or as the part after ``https://w3id.org/geokg/id/``,
    as the full IRI. Any other text is a 422; an IRI elsewhere reads as a local part that
    names nothing, so it finds nothing."""
    if len(value) > MAX_ID_LENGTH or not _ID.fullmatch(value):
        raise ApiProblem(
            422,
            f"{what} {value[:80]!r} is not {ID_DOC}",
            slug="bad-id",
        )
    return value if value.startswith(ID_BASE) else ID_BASE + value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII: \d is any Unicode digit


def iso_date(value: str | None, what: str) -> _dt.date | None:
    """``YYYY-MM-DD`` and nothing else (not a timestamp, not a datetime): else 422."""
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ApiProblem(
            422, f"{what} {value[:40]!r} is not a YYYY-MM-DD date", slug="bad-date"
        ) from None


# -- models ------------------------------------------------------------------------------


class Ref(BaseModel):
    id: str
    label: str | None = None


class SearchItem(BaseModel):
    id: str
    kind: Literal["actor", "event"]
    type: str | None = Field(None, description="actor type or event type")
    label: str | None
    aliases: list[str]
    matched: str | None = Field(None, description="the name or alias that matched q")


class SearchPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[SearchItem]


class Mention(BaseModel):
    article: str | None = Field(description="article id")
    start: int | None = Field(description="character offset into the article text")
    end: int | None
    text: str | None = Field(description="the article's text between the offsets")


class StatementRef(BaseModel):
    id: str
    text: str | None


class StatementOut(BaseModel):
    id: str
    speaker: Ref
    text: str | None
    direct: bool | None
    cue: str | None
    event: Ref | None
    article: str | None
    start: int | None
    end: int | None


class ClaimOut(BaseModel):
    id: str
    claimant: Ref
    agent: Ref
    kind: str | None = Field(description="attribution, denial or accusation")
    polarity: str | None = Field(description="asserted or denied")
    event: Ref | None
    statement: StatementRef | None = Field(description="the statement the claim rests on")
    text: str | None = Field(description="the sentence or clause the claim rests on")
    article: str | None
    start: int | None
    end: int | None


class EventReport(BaseModel):
    """An event as one article reports it."""

    label: str | None
    type: str | None
    start: _dt.date | None
    end: _dt.date | None
    date_text: str | None
    place: Ref | None
    article: str | None = Field(description="the article the event was extracted from")


class EventSummary(EventReport):
    id: str


class EntityEvent(EventSummary):
    roles: list[str] = Field(description="participant, target, actor or place")


class RoleOut(BaseModel):
    id: str
    title: str | None
    of: Ref | None
    articles: list[str]


class SectionPage(BaseModel):
    """One page of a list of an entity: ``items`` are ``offset`` to ``offset + limit``
    of ``total``. A list of up to 20 items is sorted (statements, claims and mentions by
    IRI, that is article then position; events by date, undated last; articles by id); a
    longer one comes in the store's own order, stable while the store is unchanged, so
    that the pages tile it (sorting thousands of IRIs is what made a busy country's page
    slow)."""

    total: int = Field(description="items in the whole list")
    limit: int
    offset: int
    next: str | None = Field(
        description="the path (with query) of the next page, or null on the last page"
    )


class StatementSection(SectionPage):
    items: list[StatementOut]


class ClaimSection(SectionPage):
    items: list[ClaimOut]


class EventSection(SectionPage):
    items: list[EntityEvent]


class MentionSection(SectionPage):
    items: list[Mention]


class ArticleSection(SectionPage):
    items: list[str] = Field(description="article ids")


class EntityOut(BaseModel):
    """An actor, event or place. Each list holds its first ``limit`` items (default 10)
    beside its exact ``total``; ``next`` links the next page
    (``/entities/{id}/{statements|claims|events|mentions|articles}``)."""

    id: str
    kind: Literal["actor", "event", "place"]
    types: list[str]
    label: str | None
    names: list[str]
    aliases: list[str]
    actor_type: str | None
    event_type: str | None
    wikidata: str | None
    country: Ref | None
    start: _dt.date | None
    end: _dt.date | None
    date_text: str | None
    place: Ref | None
    roles: list[RoleOut]
    statements: StatementSection
    claims: ClaimSection
    events: EventSection
    mentions: MentionSection
    articles: ArticleSection


class TimelineEvent(EventSummary):
    participants: list[Ref]
    targets: list[Ref]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[TimelineEvent]


class AgentAttribution(BaseModel):
    agent: Ref
    asserted: list[ClaimOut] = Field(description="claims that the agent did it")
    denied: list[ClaimOut] = Field(description="claims that the agent did not")


class EventDetail(EventSummary):
    """An event node with everything its articles say: ``start``/``end`` are the span of
    the precise reports (vague ones such as "last week" only when nothing more precise was
    said), participants and targets the union; ``reports`` has each article's own view."""

    reports: list[EventReport]
    participants: list[Ref]
    targets: list[Ref]
    mentions: list[Mention]
    statements: list[StatementOut]
    attribution: list[AgentAttribution]
    claims: list[ClaimOut]


class ClaimPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ClaimOut]


class NodeOut(BaseModel):
    id: str
    kind: str = Field(description="actor, event, place or other")
    label: str | None
    type: str | None


class EdgeOut(BaseModel):
    """One fact from one article: ``source`` → ``target`` is the fact's own direction."""

    model_config = ConfigDict(populate_by_name=True)

    source: str
    target: str
    predicate: str
    via: str | None = Field(description="the claim, statement or role node behind the edge")
    article: str
    graph: str
    start: int | None
    end: int | None
    polarity: str | None = None
    claim_kind: str | None = None
    claimant: str | None = None
    title: str | None = None
    forward: bool | None = Field(
        None, description="in a path: does the edge point the way the path goes"
    )


class StepOut(BaseModel):
    source: str
    target: str
    edge_count: int = Field(description="facts linking the two nodes; at most 10 are listed")
    edges: list[EdgeOut]


class PathOut(BaseModel):
    hops: int
    nodes: list[NodeOut]
    steps: list[StepOut]


class PathsOut(BaseModel):
    source: NodeOut
    target: NodeOut
    max_hops: int
    k: int
    paths: list[PathOut]


class NeighborNode(NodeOut):
    distance: int


class NeighborsOut(BaseModel):
    center: NodeOut
    depth: int
    nodes: list[NeighborNode]
    edges: list[EdgeOut]
    truncated: bool


ERRORS = problem_responses(422, 503)
NOT_FOUND = problem_responses(404, 422, 503)


def _node(n: NodeInfo) -> NodeOut:
    return NodeOut(id=n.id, kind=n.kind, label=n.label, type=n.type)


def _edge(e: Edge, forward: bool | None = None) -> EdgeOut:
    return EdgeOut(
        source=e.source, target=e.target, predicate=e.predicate, via=e.via, article=e.article,
        graph=e.graph, start=e.start, end=e.end, polarity=e.polarity, claim_kind=e.claim_kind,
        claimant=e.claimant, title=e.title, forward=forward,
    )  # fmt: skip


# -- routes ------------------------------------------------------------------------------

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
IdParam = Annotated[
    str, Path(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH, description=ID_DOC + "; URL-encoded")
]
IdQuery = Annotated[str, Query(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH, description=ID_DOC)]
OptIdQuery = Annotated[
    str | None, Query(pattern=ID_PATTERN, max_length=MAX_ID_LENGTH, description=ID_DOC)
]
_DATE = {"pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "json_schema_extra": {"format": "date"}}


@router.get("/entities", response_model=SearchPage, responses=ERRORS)
def search_entities(
    request: Request,
    store: StoreDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200, description="name or alias prefix, any word; case and accents ignored"
        ),
    ] = None,
    type: Annotated[EntityType | None, Query(description="actor, event, or a subtype")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchPage:
    """Actors and events by name or alias, best matches first, paged with the total."""
    index = get_projection(request).names
    result = query.search_entities(store, q, type, limit, offset, index=index)
    return SearchPage.model_validate(result)


@router.get("/entities/{id:path}/neighbors", response_model=NeighborsOut, responses=NOT_FOUND)
def entity_neighbors(
    request: Request,
    id: IdParam,
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000, description="most nodes returned")] = 100,
) -> NeighborsOut:
    """Nodes within ``depth`` hops of the entity (edges taken both ways), nearest first,
    with the facts that link them."""
    hood = get_projection(request).neighbors(to_iri(id), depth, limit)
    return NeighborsOut(
        center=_node(hood.center),
        depth=hood.depth,
        nodes=[NeighborNode(**_node(n).model_dump(), distance=d) for n, d in hood.nodes],
        edges=[_edge(e) for e in hood.edges],
        truncated=hood.truncated,
    )


SECTION_LIMIT = query.SECTION_LIMIT
SectionLimit = Annotated[
    int,
    Query(ge=0, le=MAX_LIMIT, description=f"items per list, at most {MAX_LIMIT}; 0: totals only"),
]
_SECTION_MODELS: dict[str, type[SectionPage]] = {
    "statements": StatementSection,
    "claims": ClaimSection,
    "events": EventSection,
    "mentions": MentionSection,
    "articles": ArticleSection,
}


def _with_next(request: Request, iri: str, section: str, page: dict) -> dict:
    """``page`` with the path of its next page (or None on the last)."""
    following = page["offset"] + page["limit"]
    nxt = None
    if page["limit"] and following < page["total"]:
        local = quote(iri.removeprefix(ID_BASE), safe="/") if iri.startswith(ID_BASE) else quote(iri, safe="")
        root = request.scope.get("root_path", "")
        nxt = f"{root}/entities/{local}/{section}?limit={page['limit']}&offset={following}"
    return {**page, "next": nxt}


def _section_route(section: str, model: type[SectionPage]) -> None:
    def get_section(
        request: Request,
        store: StoreDep,
        id: IdParam,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> SectionPage:
        iri = to_iri(id)
        page = _read(store, query.entity_section, iri, section, limit, offset)
        return model.model_validate(_with_next(request, iri, section, page))

    get_section.__name__ = f"get_entity_{section}"
    get_section.__doc__ = (
        f"A page of the entity's {section}, in the order of the entity page, with the "
        "total and the path of the next page."
    )
    router.add_api_route(
        f"/entities/{{id:path}}/{section}",
        get_section,
        methods=["GET"],
        response_model=model,
        responses=NOT_FOUND,
        summary=f"Page through an entity's {section}",
    )


for _name, _model in _SECTION_MODELS.items():
    _section_route(_name, _model)


@router.get("/entities/{id:path}", response_model=EntityOut, responses=NOT_FOUND)
def get_entity(
    request: Request, store: StoreDep, id: IdParam, limit: SectionLimit = SECTION_LIMIT
) -> EntityOut:
    """An actor, event or place: types, names, roles, and the first ``limit`` of its
    statements, claims, events, mentions (article and offsets) and articles, each with
    its total and the path of its next page."""
    iri = to_iri(id)
    out = _read(store, query.entity, iri, limit)
    for section in _SECTION_MODELS:
        out[section] = _with_next(request, iri, section, out[section])
    return EntityOut.model_validate(out)


@router.get("/events", response_model=EventPage, responses=ERRORS)
def list_events(
    store: StoreDep,
    type: Annotated[EventType | None, Query()] = None,
    from_: Annotated[str | None, Query(alias="from", description="YYYY-MM-DD", **_DATE)] = None,
    to: Annotated[str | None, Query(description="YYYY-MM-DD", **_DATE)] = None,
    actor: OptIdQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventPage:
    """A timeline ordered by start date (undated events last). ``from``/``to`` keep the
    events whose dates overlap the interval (none when ``from`` is after ``to``)."""
    start, end = iso_date(from_, "from"), iso_date(to, "to")
    result = _read(
        store, query.events, type, start, end, to_iri(actor, "actor") if actor else None,
        limit, offset,
    )  # fmt: skip
    return EventPage.model_validate(result)


@router.get("/events/{id:path}", response_model=EventDetail, responses=NOT_FOUND)
def get_event(store: StoreDep, id: IdParam) -> EventDetail:
    """One event and its attribution picture: per agent, who asserts it did it and who
    denies it, each claim with its statement and source."""
    return EventDetail.model_validate(_read(store, query.event, to_iri(id)))


@router.get("/claims", response_model=ClaimPage, responses=ERRORS)
def list_claims(
    store: StoreDep,
    claimant: OptIdQuery = None,
    agent: OptIdQuery = None,
    event: OptIdQuery = None,
    polarity: Annotated[Polarity | None, Query()] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ClaimPage:
    """Claims (who says who did what), filtered, in article order."""
    result = _read(
        store,
        query.claims,
        to_iri(claimant, "claimant") if claimant else None,
        to_iri(agent, "agent") if agent else None,
        to_iri(event, "event") if event else None,
        polarity,
        limit,
        offset,
    )
    return ClaimPage.model_validate(result)


@router.get("/paths", response_model=PathsOut, responses=NOT_FOUND)
def paths(
    request: Request,
    source: IdQuery,
    target: IdQuery,
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 4,
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 3,
) -> PathsOut:
    """The ``k`` shortest simple paths (at most ``max_hops`` hops) between two actors,
    events or places; edges are followed both ways and reported in their own direction,
    each with its predicate and provenance."""
    graph = get_projection(request)
    s, t = to_iri(source, "source"), to_iri(target, "target")
    found = graph.k_shortest_paths(s, t, max_hops, k)
    return PathsOut(
        source=_node(graph.node(s)),
        target=_node(graph.node(t)),
        max_hops=max_hops,
        k=k,
        paths=[
            PathOut(
                hops=p.hops,
                nodes=[_node(n) for n in p.nodes],
                steps=[
                    StepOut(
                        source=st.source,
                        target=st.target,
                        edge_count=st.edge_count,
                        edges=[_edge(e, e.source == st.source) for e in st.edges],
                    )
                    for st in p.steps
                ],
            )
            for p in found
        ],
    )
