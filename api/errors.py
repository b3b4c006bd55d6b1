"""Every error the service answers is an RFC 9457 ``application/problem+json`` body
(``type``, ``title``, ``status``, ``detail``, ``instance``), mapped here in one place.

``kg.errors`` → HTTP:

    QuerySyntaxError         400  the query or update does not parse
    QueryRefused             403  refused by policy: SERVICE, LOAD, any update, a dataset
                                  naming a graph not in the store. The SPARQL 1.1 Protocol
                                  leaves refusals open ("QueryRequestRefused", which 1.0
                                  mapped to 500); a 5xx would say the server failed, so we
                                  answer 403: understood, and not allowed here.
    QueryTimeout             503  ran past the time limit and was stopped (Retry-After)
    QueryError (other)       400  the query could not be run as asked
    StoreBusy                503  too many callers waiting (Retry-After)
    StoreLockedError         503  another process holds the store
    StoreError (other)       503  the store could not be read or written
    NotFoundError            404
    InputError               422  the article input is unusable
    ExtractionError          422  the extractor could not handle this document
    ValidationError          422  a graph does not conform to the shapes
    KGError (other)          500

plus FastAPI's request validation (422, with an ``errors`` member), Starlette's HTTP
errors (404; 405 with an ``Allow`` that lists every method of the path ...) and anything
unexpected (500, no internals shown).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from kg import errors as kge

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://w3id.org/geokg/problems/"
log = logging.getLogger("api")


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field("about:blank", description="a URI naming the kind of problem")
    title: str = Field(..., description="short summary of the kind of problem")
    status: int = Field(..., description="the HTTP status code")
    detail: str | None = Field(None, description="what went wrong with this request")
    instance: str | None = Field(None, description="the request path")


class ApiProblem(StarletteHTTPException):
    """An HTTP error raised by the API itself, with a problem type. Being an
    ``HTTPException`` it passes through FastAPI's body reading untouched (413)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.slug = slug
        self.title = title


# (status, slug, title, extra headers) for each kg.errors class; most specific first
_KG_MAP: list[tuple[type[Exception], int, str, str, dict[str, str]]] = [
    (kge.QuerySyntaxError, 400, "query-syntax", "Query syntax error", {}),
    (kge.QueryRefused, 403, "query-refused", "Query refused", {}),
    (kge.QueryTimeout, 503, "query-timeout", "Query timed out", {"Retry-After": "1"}),
    (kge.QueryError, 400, "query-error", "Query could not be run", {}),
    (kge.StoreBusy, 503, "busy", "Store busy", {"Retry-After": "1"}),
    (kge.StoreLockedError, 503, "store-locked", "Store locked", {"Retry-After": "5"}),
    (kge.StoreError, 503, "store-unavailable", "Store unavailable", {}),
    (kge.NotFoundError, 404, "not-found", "Not found", {}),
    (kge.InputError, 422, "bad-input", "Unusable input", {}),
    (kge.ExtractionError, 422, "extraction-failed", "Extraction failed", {}),
    (kge.ValidationError, 422, "shape-violation", "Graph does not conform", {}),
    (kge.KGError, 500, "internal", "Internal error", {}),
]


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    slug: str | None = None,
    title: str | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + slug if slug else "about:blank",
        "title": title or phrase,
        "status": status,
    }
    if detail is not None:
        body["detail"] = detail
    if instance is not None:
        body["instance"] = instance
    body.update(extensions)
    return JSONResponse(
        jsonable_encoder(body), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE
    )


def status_for(exc: Exception) -> tuple[int, str, str, dict[str, str]]:
    for cls, status, slug, title, headers in _KG_MAP:
        if isinstance(exc, cls):
            return status, slug, title, headers
    return 500, "internal", "Internal error", {}


async def _kg_error(request: Request, exc: Exception) -> JSONResponse:
    status, slug, title, headers = status_for(exc)
    if status >= 500 and not isinstance(exc, (kge.QueryTimeout, kge.StoreError)):
        log.error("unexpected %s on %s", type(exc).__name__, request.url.path, exc_info=exc)
    return problem_response(
        status, str(exc), slug=slug, title=title, instance=request.url.path, headers=headers
    )


# the order methods are listed in ``Allow``
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT")


def allowed_methods(request: Request) -> list[str]:
    """Every method a route of the app serves at the request's path. Starlette's 405 names
    only the methods of the first route whose path matched, and FastAPI makes one route
    per method, so ``OPTIONS /articles`` would answer ``Allow: POST`` without ``GET``.
    Each method is tried against the routes' own ``matches`` (which also walks included
    routers) on a copy of the request's scope."""
    allowed = []
    for method in _METHOD_ORDER:
        probe = {**request.scope, "method": method}
        if isinstance(probe.get("fastapi"), dict):  # FastAPI's routers note state here
            probe["fastapi"] = dict(probe["fastapi"])
        if any(route.matches(probe)[0] is Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else None
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        allowed = allowed_methods(request) or [
            m.strip() for m in headers.get("Allow", "").split(",") if m.strip()
        ]
        headers["Allow"] = ", ".join(allowed)
        detail = f"{request.method} is not allowed on {request.url.path}; use {headers['Allow']}"
    return problem_response(
        exc.status_code,
        detail,
        slug=getattr(exc, "slug", None),
        title=getattr(exc, "title", None),
        instance=request.url.path,
        headers=headers or None,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
    return problem_response(
        422,
        f"the request is not valid: {where}",
        slug="invalid-request",
        title="Invalid request",
        instance=request.url.path,
        errors=errors,
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled %s on %s", type(exc).__name__, request.url.path, exc_info=exc)
    return problem_response(
        500, "an unexpected error; it has been logged", slug="internal", instance=request.url.path
    )


def install(app: FastAPI) -> None:
    """Register the handlers and make the OpenAPI document say problem+json for errors."""
    app.add_exception_handler(kge.KGError, _kg_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
    _problem_openapi(app)


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries for routes: each code answered with problem+json."""
    return {
        code: {
            "description": HTTPStatus(code).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for code in codes
    }


def _problem_openapi(app: FastAPI) -> None:
    """Error responses in the OpenAPI document are problem+json, whoever wrote the route:
    FastAPI's default 422 says application/json, which is not what we send."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = Problem.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        ref = {"$ref": "#/components/schemas/Problem"}
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                responses = operation["responses"]
                for code, response in responses.items():
                    if code[:1] in ("4", "5"):
                        response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": ref}}
                responses.setdefault(
                    "500",
                    {
                        "description": "Internal error",
                        "content": {PROBLEM_MEDIA_TYPE: {"schema": ref}},
                    },
                )
        for unused in ("HTTPValidationError", "ValidationError"):
            if not _referenced(schema, f"#/components/schemas/{unused}"):
                components.pop(unused, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _referenced(node: Any, ref: str) -> bool:
    if isinstance(node, dict):
        if node.get("$ref") == ref:
            return True
        return any(_referenced(v, ref) for v in node.values())
    if isinstance(node, list):
        return any(_referenced(v, ref) for v in node)
    return False
