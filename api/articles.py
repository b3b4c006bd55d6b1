"""Article ingestion and read-back: ``POST/GET/DELETE /articles``.

``POST /articles`` extracts in this process (the spaCy pipeline is loaded once, lazily,
under a lock) and writes the article's named graph through the store in one
``replace_graph``; it is idempotent: 201 when the article is new, 200 ``unchanged`` when
the same text gives the same triples, 200 ``replaced`` when it changed. Writes need the
bearer token and are serialised by one lock, so the status is exact and the projection
(``app.state.graph``) and name index are updated once per write, for that article only.

The body is read here, not by FastAPI, so that its size can be capped while it streams
(413 past ``settings.max_article_bytes``) before anything is parsed.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, TokenDep, read_body
from api.errors import problem_responses
from api.lookups import (
    NOT_FOUND,
    article_changed,
    get_projection,
    init_state,  # re-exported (see __all__): either module can be wired
)
from kg import query
from kg.errors import NotFoundError
from kg.ingest import DEFAULT_MAX_BYTES, delete_article as delete_stored, document_from_record, store_extraction
from kg.rdf import graph_iri
from kg.records import Document
from kg.store import Store

router = APIRouter(tags=["articles"])

# kg.ingest.check_id's rule: 1-200 of A-Z a-z 0-9 . _ - and not only dots
ID_PATTERN = r"^[A-Za-z0-9._-]*[A-Za-z0-9_-][A-Za-z0-9._-]*$"
ID_MAX = 200
MAX_LIMIT = 200
# Whitespace spelled out, not ``\s``: JSON Schema (ECMA-262), pydantic (Rust regex) and
# Python each mean something else by it (U+0085, U+FEFF, U+001C-U+001F), and the document
# must say exactly what the server checks. SPACE is Python's ``str.isspace``, which is
# what kg.ingest's "not blank" means.
SPACE = r"\x09-\x0d\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# an http(s) URL without spaces (by any definition), control characters or <>"{}|\^`
_NOT_IN_URL = r"\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
URL_PATTERN = rf'^https?://[^{_NOT_IN_URL}<>"{{}}|\\^`]+$'
# not blank and no NUL: kg.ingest's checks
TEXT_PATTERN = rf"^[^\x00]*[^\x00{SPACE}][^\x00]*$"


# -- dependencies ------------------------------------------------------------------------


def _settings(request: Request) -> Any:
    return getattr(request.app.state, "settings", None)


_extractor_lock = threading.Lock()
_extractor = None
# One extraction at a time: a spaCy pipeline is not promised to be thread-safe, and under
# the GIL two at once would not be faster anyway.
_extract_lock = threading.Lock()


def get_extractor(request: Request):
    """``app.state.extractor`` when the app (or a test) set one; otherwise the spaCy
    extractor, created on first use by exactly one thread."""
    custom = getattr(request.app.state, "extractor", None)
    if custom is not None:
        return custom
    global _extractor
    if _extractor is None:
        with _extractor_lock:
            if _extractor is None:
                from kg.extract import Extractor  # spaCy: on the first article posted

                _extractor = Extractor()
    return _extractor


def _write_lock(request: Request) -> threading.Lock:
    app = request.app
    lock = getattr(app.state, "article_write_lock", None)
    if lock is None:
        with _extractor_lock:
            lock = getattr(app.state, "article_write_lock", None)
            if lock is None:
                lock = app.state.article_write_lock = threading.Lock()
    return lock


# -- models ------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        None,
        pattern=ID_PATTERN,
        max_length=ID_MAX,
        description="A-Z a-z 0-9 . _ - ; when absent, derived from a hash of the text",
    )
    title: str = Field(max_length=1000)
    published: _dt.date = Field(description="YYYY-MM-DD")
    url: str | None = Field(
        None,
        max_length=2000,
        pattern=URL_PATTERN,
        description="http(s) URL",
    )
    text: str = Field(
        min_length=1,
        pattern=TEXT_PATTERN,
        description="the article text (not blank)",
    )

    # a date and nothing else: pydantic alone would also take 0 or "0" (a Unix time)
    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return value
        raise ValueError("must be a YYYY-MM-DD date")

    @field_validator("title", "url", "text")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        # JSON may carry lone surrogates ("\ud800"); they are not text and no store takes them
        if value is not None and any("\ud800" <= c <= "\udfff" for c in value):
            raise ValueError("contains a lone surrogate code point: not valid Unicode text")
        return value


class ArticleWritten(BaseModel):
    id: str
    graph: str
    status: Literal["created", "replaced", "unchanged"]
    triples: int
    warnings: list[str]
    rejoined: list[str] = Field(
        default_factory=list,
        description="earlier articles re-resolved because this one names in full a person "
        "they named by surname only",
    )


class ArticleSummary(BaseModel):
    id: str
    iri: str
    graph: str
    title: str
    published: _dt.date | None
    triples: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class RecordDocument(_Open):
    id: str
    title: str
    published: _dt.date | None


class RecordActor(_Open):
    id: str
    name: str | None
    type: str | None
    aliases: list[str] = []
    roles: list[dict[str, Any]] = []


class RecordEvent(_Open):
    id: str
    type: str | None
    label: str | None
    start: _dt.date | None = None
    end: _dt.date | None = None
    location: str | None = None
    participants: list[str] = []
    targets: list[str] = []


class RecordStatement(_Open):
    id: str
    speaker: str | None
    text: str | None
    direct: bool | None
    event: str | None = None


class RecordClaim(_Open):
    id: str
    claimant: str | None
    kind: str | None
    event: str | None = None
    agent: str | None
    polarity: str | None
    statement: str | None = None


class ArticleRecord(BaseModel):
    """The record of ``SCHEMA.md`` (shared/eval), read back from the store; ids are IRIs."""

    document: RecordDocument
    actors: list[RecordActor]
    events: list[RecordEvent]
    statements: list[RecordStatement]
    claims: list[RecordClaim]


# -- body --------------------------------------------------------------------------------


def _parse(body: bytes) -> ArticleIn:
    try:
        obj = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body",), "msg": f"not JSON: {exc}", "input": None}]
        ) from None
    try:
        return ArticleIn.model_validate(obj)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        raise RequestValidationError(errors) from None


def default_id(text: str) -> str:
    """An id from the text's content, so a re-post without an id is the same article."""
    return "article-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- routes ------------------------------------------------------------------------------

_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
    }
}


@router.post(
    "/articles",
    response_model=ArticleWritten,
    status_code=201,
    openapi_extra=_BODY_DOC,
    responses={
        200: {"model": ArticleWritten, "description": "the same article again, or replaced"},
        **problem_responses(401, 403, 413, 422, 503),
    },
)
async def post_article(
    request: Request, response: Response, store: StoreDep, _: TokenDep
) -> ArticleWritten:
    """Extract an article and store it as its own named graph (bearer token needed).
    201 ``created``; 200 ``unchanged`` for an identical re-post; 200 ``replaced`` when the
    text (or title, date, url) changed."""
    settings = _settings(request)
    limit = int(getattr(settings, "max_article_bytes", DEFAULT_MAX_BYTES) or DEFAULT_MAX_BYTES)
    article = _parse(await read_body(request, limit))
    result = await run_in_threadpool(_store_article, request, store, article)
    if result.status == "created":
        response.headers["Location"] = f"/articles/{result.id}"
    else:
        response.status_code = 200
    return result


def _store_article(request: Request, store: Store, article: ArticleIn) -> ArticleWritten:
    doc: Document = document_from_record(
        article.model_dump(mode="json"),
        origin="POST /articles",
        default_id=default_id(article.text),
    )
    extractor = get_extractor(request)
    with _extract_lock:  # outside the write lock: the slow part must not block deletes
        extraction = extractor.extract(doc)
    graph = graph_iri(doc.id)
    get_projection(request)  # built before the first write, so the write updates it
    with _write_lock(request):
        # the same path as `kg ingest`: cross-article resolution, then compare-and-write
        status, count, _, rejoined = store_extraction(store, extraction)
        if status != "unchanged":
            article_changed(request.app, graph)
        for other in rejoined:  # earlier articles re-resolved because of this one
            article_changed(request.app, graph_iri(other))
    return ArticleWritten(
        id=doc.id,
        graph=graph,
        status=status,
        triples=count,
        warnings=list(extraction.warnings),
        rejoined=list(rejoined),
    )


@router.get("/articles", response_model=ArticlePage, responses=problem_responses(422, 503))
def list_articles(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ArticlePage:
    """The stored articles, by id, paged (the triple counts are the page's only)."""
    return ArticlePage.model_validate(query.articles(store, limit, offset))


ArticleId = Annotated[str, Path(pattern=ID_PATTERN, max_length=ID_MAX)]


@router.get("/articles/{id}", response_model=ArticleRecord, responses=NOT_FOUND)
def get_article(store: StoreDep, id: ArticleId) -> ArticleRecord:
    """The article's record (SCHEMA.md), read back from the graph."""
    return ArticleRecord.model_validate(query.article_record(store, id))


@router.delete(
    "/articles/{id}",
    status_code=204,
    responses=problem_responses(401, 403, 404, 422, 503),
    response_class=Response,
)
def delete_article(request: Request, store: StoreDep, _: TokenDep, id: ArticleId) -> Response:
    """Remove the article's named graph, and with it everything it contributed."""
    graph = graph_iri(id)
    get_projection(request)
    with _write_lock(request):
        rejoined = delete_stored(store, id)
        if rejoined is None:
            raise NotFoundError(f"no article {id!r} in the store")
        article_changed(request.app, graph, deleted=True)
        for other in rejoined:  # articles whose merges this one made possible
            article_changed(request.app, graph_iri(other))
    return Response(status_code=204)


__all__ = ["default_id", "get_extractor", "init_state", "router"]
