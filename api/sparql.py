"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint.

- Queries by ``GET ?query=``, ``POST`` form (``application/x-www-form-urlencoded``,
  ``query=``) and ``POST application/sparql-query``; ``default-graph-uri`` /
  ``named-graph-uri`` (repeatable) set the dataset, which then replaces any ``FROM``.
  Without either, the default graph is the union of all graphs (one per article).
- Results by ``Accept`` (q-values honoured): SELECT/ASK as SPARQL JSON (default), XML,
  CSV, TSV (CSV/TSV for SELECT only); CONSTRUCT/DESCRIBE as Turtle (default),
  N-Triples, JSON-LD, N-Quads, RDF/XML. 406 when nothing offered is acceptable.
- Read-only: updates (``update=``, ``application/sparql-update``) are refused (403),
  as are SERVICE and datasets naming graphs not in the store (``kg.sparql_policy``);
  400 for a missing, repeated or malformed query; 415 for any other POST body type or a
  charset other than UTF-8.
- At most ``max_rows`` rows (triples for graph results): past it the answer is cut, still
  a valid document, with ``X-KG-Truncated: true``. Rows are pulled lazily in the worker;
  a SELECT whose outermost LIMIT is within the cap skips the count and is serialised
  by Oxigraph directly.
- ``GET /sparql`` without a query returns the service description (Turtle).

Speed: the routes are coroutines, so a query costs no thread hop. The policy (a
tokenizer, tens of microseconds) and the negotiation run on the event loop; the query goes
down the worker store's pipe from the loop (``WorkerStore.aquery_capped``), which wakes
when the answer is readable. The worker serialises the result to the response bytes
itself. Only what may block goes to the thread pool: the update check (rdflib parses
it), the service description, the store's graphs when a request names some, and a store
other than the worker (a remote SPARQL server).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from rdflib import Graph
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, get_settings, get_store, limited_body
from api.errors import ApiProblem, problem_responses
from api.settings import Settings
from kg.sparql_policy import QueryInfo, check_query, check_update
from kg.store import Store
from kg.store.worker import WorkerStore

router = APIRouter(tags=["sparql"])

JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
JSONLD = "application/ld+json"
NQUADS = "application/n-quads"
RDFXML = "application/rdf+xml"

# (media range the client may name, media type we then send); order = our preference
SELECT_OFFERS = [
    (JSON_RESULTS, JSON_RESULTS),
    (XML_RESULTS, XML_RESULTS),
    (CSV, CSV),
    (TSV, TSV),
    ("application/json", JSON_RESULTS),
    ("application/xml", XML_RESULTS),
    ("text/xml", XML_RESULTS),
]
ASK_OFFERS = [o for o in SELECT_OFFERS if o[1] in (JSON_RESULTS, XML_RESULTS)]
GRAPH_OFFERS = [
    (TURTLE, TURTLE),
    (NTRIPLES, NTRIPLES),
    (JSONLD, JSONLD),
    (NQUADS, NQUADS),
    (RDFXML, RDFXML),
    ("application/json", JSONLD),
]
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


# -- content negotiation ------------------------------------------------------------------
def parse_media_type(value: str) -> tuple[str, dict[str, str]]:
    """``'text/csv; charset=UTF-8'`` → ``('text/csv', {'charset': 'UTF-8'})``."""
    media, *params = value.split(";")
    parsed = {}
    for param in params:
        name, _, val = param.partition("=")
        parsed[name.strip().lower()] = val.strip().strip('"')
    return media.strip().lower(), parsed


def negotiate(accept: str | None, offers: Sequence[tuple[str, str]]) -> str | None:
    """The media type to send, per RFC 9110 proactive negotiation: each offer gets the q
    of the most specific range matching it; the highest q wins, ties go to the earlier
    offer. ``None`` when nothing is acceptable."""
    if accept is None or not accept.strip():
        return offers[0][1]
    ranges = []
    for item in accept.split(","):
        if not item.strip():
            continue
        media, params = parse_media_type(item)
        try:
            q = float(params.get("q", "1"))
        except ValueError:
            q = 0.0
        kind, _, sub = media.partition("/")
        ranges.append((kind, sub or "*", q))
    best, best_q = None, 0.0
    for match, produce in offers:
        kind, _, sub = match.partition("/")
        q, specificity = None, -1
        for rkind, rsub, rq in ranges:
            if (rkind, rsub) == (kind, sub):
                s = 2
            elif rkind == kind and rsub == "*":
                s = 1
            elif rkind == "*":
                s = 0
            else:
                continue
            if s > specificity:
                q, specificity = rq, s
        if q is not None and q > best_q:
            best, best_q = produce, q
    return best


# -- the routes ---------------------------------------------------------------------------
_DATASET_DOC = {
    "default-graph-uri": "a graph of the store to use as (part of) the default graph",
    "named-graph-uri": "a graph of the store to make available to GRAPH",
}
_RDF_TERM = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {
        "type": {"enum": ["uri", "literal", "bnode", "triple"]},
        "value": {"type": ["string", "object"], "description": "an object for a triple term"},
        "xml:lang": {"type": "string"},
        "datatype": {"type": "string"},
    },
}
_JSON_RESULTS_SCHEMA = {
    "type": "object",
    "description": "SPARQL 1.1 Query Results JSON: bindings (SELECT) or a boolean (ASK)",
    "required": ["head"],
    "properties": {
        "head": {
            "type": "object",
            "properties": {
                "vars": {"type": "array", "items": {"type": "string"}},
                "link": {"type": "array", "items": {"type": "string"}},
            },
        },
        "results": {
            "type": "object",
            "required": ["bindings"],
            "properties": {
                "bindings": {
                    "type": "array",
                    "items": {"type": "object", "additionalProperties": _RDF_TERM},
                }
            },
        },
        "boolean": {"type": "boolean"},
    },
    "oneOf": [{"required": ["results"]}, {"required": ["boolean"]}],
}
# JSON bodies get a JSON schema (a client or schemathesis parses them and checks); the
# rest are text
_RESULT_SCHEMAS = {
    JSON_RESULTS: _JSON_RESULTS_SCHEMA,
    JSONLD: {"type": ["object", "array"], "description": "JSON-LD"},
}
_RESULT_CONTENT = {
    media: {"schema": _RESULT_SCHEMAS.get(media, {"type": "string"})}
    for media in (JSON_RESULTS, XML_RESULTS, CSV, TSV, TURTLE, NTRIPLES, JSONLD, NQUADS, RDFXML)
}
_RESPONSES = {
    200: {
        "description": "the query result, in the negotiated format",
        "content": _RESULT_CONTENT,
        "headers": {
            "X-KG-Truncated": {
                "description": "'true' when the result was cut at the row cap",
                "schema": {"type": "string"},
            }
        },
    },
    **problem_responses(400, 403, 406, 413, 415, 503),
}
# The handlers read the parameters raw, in order and with repeats (the protocol says
# what a repeated ``query`` means), so they are documented here, not declared.
# ``sparql-query`` is this API's own string format: the text of a SPARQL 1.1 query.
QUERY_FORMAT = "sparql-query"
_QUERY_SCHEMA = {"type": "string", "minLength": 1, "format": QUERY_FORMAT}
_DATASET_PARAMS = [
    {
        "name": name,
        "in": "query",
        "required": False,
        "description": doc + " (repeatable)",
        "schema": {"type": "array", "items": {"type": "string"}},
        "style": "form",
        "explode": True,
    }
    for name, doc in _DATASET_DOC.items()
]
_QUERY_PARAM = {
    "name": "query",
    "in": "query",
    "required": False,
    "description": "the SPARQL query; without one, the answer is the service description",
    "schema": _QUERY_SCHEMA,
}


@router.get(
    "/sparql",
    summary="Run a SPARQL query (or, without one, get the service description)",
    responses=_RESPONSES,
    response_class=Response,
    openapi_extra={"parameters": [_QUERY_PARAM, *_DATASET_PARAMS]},
)
async def sparql_get(request: Request) -> Response:
    # the store and settings straight from the app: FastAPI's dependency solving is a
    # tenth of this route's own time, for two attribute reads
    store, settings = get_store(request), get_settings(request)
    params = request.query_params.multi_items()
    names = {name for name, _ in params}
    if "query" not in names and "update" not in names:
        return await run_in_threadpool(service_description, request, settings)
    return await _dispatch(request, store, settings, params)


@router.post(
    "/sparql",
    summary="Run a SPARQL query sent as a form or as application/sparql-query",
    responses=_RESPONSES,
    response_class=Response,
    openapi_extra={
        "parameters": _DATASET_PARAMS,
        "requestBody": {
            "required": True,
            "content": {
                FORM: {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "query": _QUERY_SCHEMA,
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                        "required": ["query"],
                    }
                },
                SPARQL_QUERY: {"schema": _QUERY_SCHEMA},
            },
        },
    },
)
async def sparql_post(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    body: Annotated[bytes, Depends(limited_body("max_query_bytes"))],
) -> Response:
    media, params = parse_media_type(request.headers.get("content-type", ""))
    charset = params.get("charset", "utf-8").lower()
    if media in (FORM, SPARQL_QUERY, SPARQL_UPDATE) and charset not in ("utf-8", "utf8"):
        raise ApiProblem(
            415, f"only UTF-8 is accepted, not {charset}", slug="unsupported-media-type"
        )
    url_params = request.query_params.multi_items()
    if media == FORM:
        try:
            form = parse_qsl(
                body.decode("utf-8"), keep_blank_values=True, encoding="utf-8", errors="strict"
            )
        except UnicodeDecodeError:
            raise ApiProblem(400, "the form is not valid UTF-8", slug="bad-request") from None
        return await _dispatch(request, store, settings, [*url_params, *form])
    if media in (SPARQL_QUERY, SPARQL_UPDATE):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiProblem(400, "the body is not valid UTF-8", slug="bad-request") from None
        field = "query" if media == SPARQL_QUERY else "update"
        return await _dispatch(request, store, settings, [*url_params, (field, text)])
    raise ApiProblem(
        415,
        f"POST /sparql takes {FORM} or {SPARQL_QUERY}, not {media or 'a body without a type'}",
        slug="unsupported-media-type",
    )


async def _dispatch(
    request: Request, store: Store, settings: Settings, params: list[tuple[str, str]]
) -> Response:
    queries = [v for k, v in params if k == "query"]
    updates = [v for k, v in params if k == "update"]
    if queries and updates:
        raise ApiProblem(400, "a request holds a query or an update, not both", slug="bad-request")
    if updates:
        if len(updates) > 1:
            raise ApiProblem(400, "more than one update in the request", slug="bad-request")
        # raises: the endpoint is read-only (rdflib parses it to say why: off the loop)
        await run_in_threadpool(check_update, updates[0])
    if len(queries) != 1:
        what = "no query" if not queries else f"{len(queries)} queries"
        raise ApiProblem(400, f"the request holds {what}; send exactly one", slug="bad-request")
    if not queries[0].strip():
        raise ApiProblem(400, "the query is empty", slug="bad-request")
    return await run_query(
        request,
        store,
        settings,
        queries[0],
        [v for k, v in params if k == "default-graph-uri"],
        [v for k, v in params if k == "named-graph-uri"],
    )


class _NeedGraphs(Exception):
    """The policy asked for the store's graphs: the request names some."""


def _no_graphs() -> set[str]:
    raise _NeedGraphs


async def run_query(
    request: Request,
    store: Store,
    settings: Settings,
    query: str,
    default_graph_uris: list[str],
    named_graph_uris: list[str],
) -> Response:
    """Check, negotiate, run and answer one query. Everything runs on the event loop
    (the policy is a tokenizer: tens of microseconds) except the store call: the worker
    store is awaited on its pipe, any other store runs in the thread pool."""
    base_iri = endpoint_iri(request)  # the protocol lets the service define BASE

    def check(graphs) -> QueryInfo:
        return check_query(
            query,
            graphs,
            default_graph_uris=default_graph_uris,
            named_graph_uris=named_graph_uris,
            base_iri=base_iri,
        )

    try:
        info = check(_no_graphs)  # the store's graphs are read only when a request names one
    except _NeedGraphs:
        info = check(set(await _store_graphs(store)))
    offers = {"SELECT": SELECT_OFFERS, "ASK": ASK_OFFERS}.get(info.form, GRAPH_OFFERS)
    media = negotiate(request.headers.get("accept"), offers)
    if media is None:
        can = ", ".join(dict.fromkeys(p for _, p in offers))
        raise ApiProblem(406, f"a {info.form} result can be sent as {can}", slug="not-acceptable")
    if default_graph_uris or named_graph_uris:
        # the protocol's dataset replaces the query's FROM; what it leaves out is empty
        dataset = {
            "union": False,
            "default_graphs": default_graph_uris,
            "named_graphs": named_graph_uris,
        }
    else:
        dataset = {"union": not info.has_dataset_clause}
    # A SELECT whose outermost LIMIT is within the cap needs no counting: Oxigraph
    # serialises it whole. Anything else is pulled row by row up to the cap.
    max_rows: int | None = settings.max_rows
    if info.form == "ASK" or (
        info.form == "SELECT" and info.limit is not None and info.limit <= settings.max_rows
    ):
        max_rows = None
    if isinstance(store, WorkerStore):  # awaited on its pipe
        _, body, truncated = await store.aquery_capped(
            query, media, max_rows, base_iri=base_iri, **dataset
        )
    else:  # every store has query_capped (the contract): one that cannot cut answers all
        _, body, truncated = await run_in_threadpool(
            partial(store.query_capped, query, media, max_rows, base_iri=base_iri, **dataset)
        )
    headers = {"Vary": "Accept"}
    if truncated:
        headers["X-KG-Truncated"] = "true"
        headers["X-KG-Max-Rows"] = str(settings.max_rows)
    return Response(body, media_type=media, headers=headers)


async def _store_graphs(store: Store) -> list[str]:
    if isinstance(store, WorkerStore):
        return await store.agraphs()
    return await run_in_threadpool(store.graphs)


# -- the service description --------------------------------------------------------------
_FORMATS = [
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "N-Quads",
    "RDF_XML",
]


def endpoint_iri(request: Request) -> str:
    return str(request.url.replace(query="", fragment="")).replace(">", "%3E")


def service_description(request: Request, settings: Settings) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, as Turtle (or N-Triples or
    JSON-LD when asked)."""
    endpoint = endpoint_iri(request)
    comment = (
        "geokg read-only SPARQL endpoint. The default graph is the union of all graphs "
        "(one per article) unless default-graph-uri / FROM name graphs of the store. "
        "Refused: updates, LOAD, SERVICE, and datasets naming graphs not in the store. "
        f"Limits: {settings.query_timeout:g} s per query, {settings.max_rows} rows per "
        f"answer (X-KG-Truncated), {settings.max_query_bytes} bytes per request."
    )
    turtle = (
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
        "@prefix formats: <http://www.w3.org/ns/formats/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n\n"
        "[] a sd:Service ;\n"
        f"  sd:endpoint <{endpoint}> ;\n"
        "  sd:supportedLanguage sd:SPARQL11Query ;\n"
        f"  sd:resultFormat {', '.join('formats:' + f for f in _FORMATS)} ;\n"
        "  sd:feature sd:UnionDefaultGraph ;\n"
        "  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;\n"
        "  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] ;\n"
        f"  rdfs:comment {_turtle_string(comment)} .\n"
    )
    offers = [
        (TURTLE, TURTLE),
        (NTRIPLES, NTRIPLES),
        (JSONLD, JSONLD),
        ("application/json", JSONLD),
    ]
    media = negotiate(request.headers.get("accept"), offers)
    if media is None:
        raise ApiProblem(
            406,
            "the service description can be sent as Turtle, N-Triples or JSON-LD",
            slug="not-acceptable",
        )
    body = turtle.encode()
    if media != TURTLE:
        fmt = {NTRIPLES: "nt", JSONLD: "json-ld"}[media]
        body = Graph().parse(data=turtle, format="turtle").serialize(format=fmt).encode()
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def _turtle_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
