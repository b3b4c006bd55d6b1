"""Dependencies shared by the routers: settings, the store, the write token, body limits.

Routers reach the store only through ``StoreDep`` (``get_store``): the app opens one
``WorkerStore`` in its lifespan and keeps it on ``app.state``.

Write routes depend on ``require_token``:
- no ``KG_API_TOKEN`` configured → 403 ``writes-disabled`` for everyone: the routes exist
  (they are in the OpenAPI document), the server is just not taking writes; 404 would
  hide that and send people looking for a typo;
- a token configured, and the request's ``Authorization: Bearer`` missing or wrong →
  401 with ``WWW-Authenticate: Bearer``.

Request bodies are capped twice: ``BodyLimitMiddleware`` caps every request (per path
prefix), answering 413 on a too-large ``Content-Length`` before reading and stopping a
streamed (chunked) body as soon as it passes the cap; ``limited_body`` does the same for
a route that reads its body itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.errors import ApiProblem, problem_response
from api.settings import Settings
from kg.store import Store

# After a body passes its cap we keep reading (and dropping) up to this much more before
# answering, so that an ordinary client gets its 413 instead of a reset connection.
DRAIN_BYTES = 16 * 1024 * 1024


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise ApiProblem(503, "the store is not open", slug="store-unavailable")
    return store


# The dependencies are coroutines: FastAPI runs a plain ``def`` dependency in its thread
# pool, two thread hops a request for a dictionary lookup.
async def settings_dep(request: Request) -> Settings:
    return get_settings(request)


async def store_dep(request: Request) -> Store:
    return get_store(request)


SettingsDep = Annotated[Settings, Depends(settings_dep)]
StoreDep = Annotated[Store, Depends(store_dep)]

_bearer = HTTPBearer(auto_error=False, description="the KG_API_TOKEN the server was started with")


async def require_token(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Let a write through only with the configured bearer token (see the module doc)."""
    expected = settings.token()
    if expected is None:
        raise ApiProblem(
            403,
            "write routes are disabled: the server was started without KG_API_TOKEN",
            slug="writes-disabled",
            title="Writes disabled",
        )
    if credentials is None:
        raise ApiProblem(
            401,
            "this route needs an 'Authorization: Bearer <token>' header",
            slug="unauthorized",
            headers={"WWW-Authenticate": 'Bearer realm="geokg"'},
        )
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiProblem(
            401,
            "the bearer token is not valid",
            slug="unauthorized",
            headers={"WWW-Authenticate": 'Bearer realm="geokg", error="invalid_token"'},
        )


TokenDep = Annotated[None, Depends(require_token)]


def too_large(limit: int) -> ApiProblem:
    return ApiProblem(
        413,
        f"the request body is larger than the {limit} bytes this route accepts",
        slug="body-too-large",
        title="Request body too large",
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or ``ApiProblem(413)`` as soon as it passes ``limit`` bytes,
    whether announced by ``Content-Length`` or streamed in chunks."""
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def limited_body(setting: str) -> Callable[[Request], Awaitable[bytes]]:
    """A dependency returning the body capped at ``Settings.<setting>`` bytes, e.g.
    ``body: Annotated[bytes, Depends(limited_body("max_article_bytes"))]``."""

    async def body(request: Request) -> bytes:
        return await read_body(request, getattr(get_settings(request), setting))

    return body


class BodyLimitMiddleware:
    """Cap every request body: ``limits`` maps path prefixes to byte caps (longest prefix
    wins), ``default`` applies elsewhere. Pure ASGI, so streaming stays streaming."""

    def __init__(self, app, *, default: int, limits: Mapping[str, int] | None = None) -> None:
        self.app = app
        self.default = default
        self.limits = sorted((limits or {}).items(), key=lambda kv: -len(kv[0]))

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.limits:
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return limit
        return self.default

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        length = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit():
                length = int(value)
        if length is not None and length > limit:
            if length <= limit + DRAIN_BYTES:
                await _drain(receive, DRAIN_BYTES + limit)
            problem = too_large(limit)
            response = problem_response(
                413, problem.detail, slug=problem.slug, title=problem.title, instance=scope["path"]
            )
            await response(scope, receive, send)
            return

        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if message.get("more_body", False):
                        await _drain(receive, DRAIN_BYTES)
                    raise too_large(limit)
            return message

        await self.app(scope, limited_receive, send)


async def _drain(receive, budget: int) -> None:
    while budget > 0:
        message = await receive()
        if message["type"] != "http.request":
            return
        budget -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return
