"""The web explorer: server-side pages (Jinja2) over the read layer the API uses.

``install(app)`` adds the pages (``/`` and ``/ui/...``), the vendored static files
(``/ui/static/...``, shipped in the wheel) and the security headers. The pages call the
same functions as the JSON routes (``kg.query``, its ``kg.query.paths``
projection included); interaction that needs the browser (type-ahead, graphs, the
SPARQL editor, the ingest form) is small JavaScript that talks to the JSON API.

Safe by default: every page carries a strict Content-Security-Policy (scripts, styles and
connections only from this origin, no inline script or style, no frames), every text is
escaped by Jinja2's autoescape (article text is untrusted), and nothing writes without the
bearer token: the ingest form exists only when ``KG_API_TOKEN`` is set, and it posts to the
token-guarded ``POST /articles`` with the token the user types.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from api.web.pages import STATIC_DIR, init_state, router
from api.web.security import SecurityHeadersMiddleware

__all__ = ["install", "router", "STATIC_DIR"]


def install(app: FastAPI) -> None:
    """Add the explorer's pages, static files and security headers to ``app``."""
    app.include_router(router)
    app.mount("/ui/static", StaticFiles(directory=STATIC_DIR), name="ui-static")
    app.add_middleware(SecurityHeadersMiddleware)
    app.state.router_inits.append(init_state)  # the event index, after the projection
