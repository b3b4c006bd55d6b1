"""The FastAPI application: ``create_app`` wires the routers, and ``serve`` runs it.

The app only assembles: each router lives in its own module and reaches the store
through ``api.deps``. The store is one ``WorkerStore`` opened in the lifespan: it owns
the on-disk Oxigraph in a child process (one writer per store), so the service runs as
one uvicorn worker; concurrency comes from the worker's queue, not from processes.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from fastapi import APIRouter, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from api import articles, errors, lookups, sparql, web
from api.deps import BodyLimitMiddleware, SettingsDep
from api.settings import Settings
from kg.store import Store, is_remote, open_store
from kg.store.worker import WorkerStore

log = logging.getLogger("api")

health_router = APIRouter(tags=["service"])


@health_router.get("/health", summary="Is the service up, and its store worker alive?")
def health(request: Request, settings: SettingsDep) -> dict[str, Any]:
    store = getattr(request.app.state, "store", None)
    alive = bool(getattr(store, "alive", store is not None))
    return {
        "status": "ok" if alive else "degraded",
        "store": settings.store,
        "worker_alive": alive,
        "worker_restarts": getattr(store, "restarts", 0),
    }


def _open_store(settings: Settings) -> Store:
    """A remote SPARQL server is used as it is (it has its own time limits); the embedded
    store is owned by a killable worker process."""
    if is_remote(str(settings.store)):
        return open_store(str(settings.store))
    return WorkerStore(
        settings.store,
        query_timeout=settings.query_timeout,
        write_timeout=settings.write_timeout,
        max_waiting=settings.max_concurrent_queries,
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    """The service over the store at ``settings.store`` (default: settings from ``KG_*``)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = await run_in_threadpool(_open_store, settings)
        app.state.store = store
        for init in dict.fromkeys(app.state.router_inits):  # e.g. api.lookups.init_state
            try:
                await run_in_threadpool(init, app, store)
            except Exception:  # the routers build their state lazily on first use too
                log.warning("startup of %s failed; it will be retried on use", init, exc_info=True)
        try:
            yield
        finally:
            app.state.store = None
            await run_in_threadpool(store.close)

    app = FastAPI(
        title="geokg",
        version="0.1.0",
        description=(
            "A knowledge graph of geopolitical news: a read-only SPARQL 1.1 endpoint, "
            "entity and event lookups, paths, and article ingestion. Errors are RFC 9457 "
            "problem+json."
        ),
        lifespan=lifespan,
        docs_url="/docs",
    )
    app.state.settings = settings
    app.state.store = None
    app.state.router_inits = []
    errors.install(app)
    app.add_middleware(
        BodyLimitMiddleware,
        default=settings.max_article_bytes,
        limits={"/sparql": settings.max_query_bytes},
    )

    app.include_router(sparql.router)
    for module in (lookups, articles):
        app.include_router(module.router)
        if callable(getattr(module, "init_state", None)):
            app.state.router_inits.append(module.init_state)
    app.include_router(health_router)
    web.install(app)  # the explorer's pages, static files and security headers
    return app


def serve(
    store_location: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    **settings_overrides: Any,
) -> None:
    """Run the service with uvicorn (one worker: one process owns the store)."""
    settings = Settings(store=str(store_location), host=host, port=port, **settings_overrides)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, workers=1)
