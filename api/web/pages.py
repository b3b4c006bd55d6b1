"""The explorer's pages. Each route reads through the same functions as the JSON API and
renders one Jinja2 template; errors become an HTML page with the status the API would give.
"""

from __future__ import annotations

import datetime as _dt
import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deps import get_settings, get_store
from api.errors import status_for
from api.lookups import MAX_HOPS, MAX_K, get_projection, iso_date, to_iri
from kg import query
from kg.errors import KGError
from kg.records import EVENT_TYPES
from kg.resources import ontology_dir
from kg.vocab import PREFIXES

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
ID_BASE = query.ID_BASE
SECTION = 25  # items per list on an actor page (totals are exact; more via the API)
TIMELINE_PAGE = 50
NEIGHBOURS = 40  # nodes in an actor's neighbourhood graph

router = APIRouter(include_in_schema=False)

_SAFE = "/:@!$&'()*+,;=-._~"


def local(iri: str | None) -> str:
    """The part of a geokg IRI after ``/id/`` (what page URLs carry)."""
    if not iri:
        return ""
    return iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else iri


def node_url(iri: str | None) -> str | None:
    """The explorer page of a node: events have theirs, actors and places the entity page."""
    part = local(iri)
    if not iri or not iri.startswith(ID_BASE):
        return None
    if part.startswith("event/"):
        return "/ui/event/" + quote(part, safe=_SAFE)
    if part.startswith(("actor/", "place/")):
        return "/ui/entity/" + quote(part, safe=_SAFE)
    return None


def article_url(doc_id: str | None, start: int | None = None, end: int | None = None,
                kind: str = "c") -> str | None:  # fmt: skip
    if not doc_id:
        return None
    url = "/ui/article/" + quote(doc_id, safe="")
    if start is not None and end is not None:
        url += f"#{kind}{int(start)}-{int(end)}"
    return url


def _kind_label(value: str | None) -> str:
    return (value or "").replace("_", " ")


def _api_path(iri: str) -> str:
    return quote(local(iri), safe=_SAFE)


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=select_autoescape(("html", "svg"), default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals.update(
    node_url=node_url,
    article_url=article_url,
    local=local,
    api_path=_api_path,
    event_types=EVENT_TYPES,
)
_env.filters["kind"] = _kind_label


def _static_version() -> str:
    newest = max((p.stat().st_mtime for p in STATIC_DIR.rglob("*") if p.is_file()), default=0)
    return str(int(newest))


_env.globals["static_v"] = _static_version()


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    settings = get_settings(request)
    ctx.setdefault("writable", settings.token() is not None)
    ctx["path"] = request.url.path
    html = _env.get_template(template).render(**ctx)
    return HTMLResponse(html, status_code=status)


def page(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Errors as an HTML page with the API's status (404 for an unknown node, 422 for a
    bad id or date, 503 when the store is busy)."""

    @functools.wraps(fn)
    def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(request, *args, **kwargs)
        except (KGError, StarletteHTTPException) as exc:
            if isinstance(exc, StarletteHTTPException):
                status, title = exc.status_code, getattr(exc, "title", None) or "Error"
                detail = exc.detail if isinstance(exc.detail, str) else None
            else:
                status, _, title, _ = status_for(exc)
                detail = str(exc)
            if status >= 500 and not isinstance(exc, StarletteHTTPException):
                title = title or "Store unavailable"
            return render(request, "error.html", status=status, title=title, detail=detail,
                          status_code=status)  # fmt: skip

    return wrapper


# -- the event index (timeline, latest, contested) ---------------------------------------


class _IndexHolder:
    """The app's :class:`kg.query.EventIndex`, tagged with the projection's version
    (``builds``, ``updates``) it was read at. Built in the lifespan; after an article is
    written or deleted it is rebuilt in a background thread while the previous one keeps
    answering (a rebuild reads every event: about a second on a million triples)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: tuple[int, int] | None = None
        self.index: query.EventIndex | None = None
        self.building = False
        self.stats: dict[str, int] = {}

    def build(self, store, key, graph=None) -> query.EventIndex:
        index = query.EventIndex.from_store(store)
        # counting a networkx multigraph's edges walks all of them: once per version
        stats = graph.stats() if graph is not None else {}
        with self.lock:
            self.index, self.key, self.building, self.stats = index, key, False, stats
        return index


def _holder(app) -> _IndexHolder:
    holder = getattr(app.state, "web_events", None)
    if holder is None:
        holder = app.state.web_events = _IndexHolder()
    return holder


def _version(app) -> tuple[int, int]:
    graph = getattr(app.state, "graph", None)
    return (graph.builds, graph.updates) if graph is not None else (0, 0)


def init_state(app, store) -> None:
    """Build the event index at startup (the app's lifespan runs this after the
    projection is built)."""
    _holder(app).build(store, _version(app), getattr(app.state, "graph", None))


def event_index(request: Request) -> query.EventIndex:
    app = request.app
    get_projection(request)
    holder = _holder(app)
    key = _version(app)
    with holder.lock:
        index, stale = holder.index, holder.key != key
        start = index is not None and stale and not holder.building
        if start:
            holder.building = True
    graph = app.state.graph
    if index is None:
        return holder.build(get_store(request), key, graph)
    if start:
        store = get_store(request)

        def rebuild() -> None:
            try:
                holder.build(store, key, graph)
            except Exception:  # the old index keeps answering; the next request retries
                with holder.lock:
                    holder.building = False

        threading.Thread(target=rebuild, name="web-event-index", daemon=True).start()
    return index


def _articles(store, index: query.EventIndex, limit: int, offset: int) -> dict[str, Any]:
    total, graphs = index.recent_articles(limit, offset)
    items = query.describe_articles(store, graphs)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _home_lists(request: Request) -> dict[str, Any]:
    store = get_store(request)
    index = event_index(request)
    return {
        "latest": query.describe_events(store, [e.id for e in index.latest(8)], index),
        "contested": query.describe_events(store, [e.id for e in index.contested(8)], index),
        "articles": _articles(store, index, 12, 0),
        "stats": _holder(request.app).stats,
    }


# -- pages -------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
@page
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", **_home_lists(request))


@router.get("/ui", response_class=HTMLResponse)
def ui_root() -> RedirectResponse:
    return RedirectResponse("/", status_code=307)


@router.get("/ui/search", response_class=HTMLResponse)
@page
def search(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    result = {"total": 0, "items": [], "limit": 50, "offset": offset}
    if q.strip():
        result = query.search_entities(
            get_store(request), q, None, 50, offset, index=get_projection(request).names
        )
    return render(request, "search.html", q=q, result=result)


@router.get("/ui/entity/{id:path}", response_class=HTMLResponse)
@page
def entity_page(request: Request, id: str) -> HTMLResponse:
    iri = to_iri(id)
    if local(iri).startswith("event/"):
        return RedirectResponse(node_url(iri) or "/", status_code=307)
    ent = query.entity(get_store(request), iri, limit=SECTION)
    if ent["kind"] == "event":
        return RedirectResponse(node_url(iri) or "/", status_code=307)
    claims_by = [c for c in ent["claims"]["items"] if c["claimant"]["id"] == iri]
    claims_about = [c for c in ent["claims"]["items"] if c["claimant"]["id"] != iri]
    strip = _timeline_strip(ent["events"]["items"])
    return render(
        request, "entity.html", e=ent, claims_by=claims_by, claims_about=claims_about,
        strip=strip, neighbours=NEIGHBOURS, section=SECTION,
    )  # fmt: skip


@router.get("/ui/event/{id:path}", response_class=HTMLResponse)
@page
def event_page(request: Request, id: str) -> HTMLResponse:
    iri = to_iri(id)
    store = get_store(request)
    ev = query.event(store, iri)
    published = query.published_dates(
        store, [r["article"] for r in ev["reports"]] + [c["article"] for c in ev["claims"]]
    )
    agents = []
    for group in ev["attribution"]:
        sides = [("asserts", c) for c in group["asserted"]]
        sides += [("denies", c) for c in group["denied"]]
        sides.sort(key=lambda sc: (published.get(sc[1]["article"]) or "9999", sc[1]["article"],
                                   sc[1]["start"] or 0))  # fmt: skip
        agents.append({**group, "claims": sides,
                       "contested": bool(group["asserted"] and group["denied"])})  # fmt: skip
    agents.sort(key=lambda a: (not a["contested"], a["agent"]["label"] or a["agent"]["id"]))
    return render(request, "event.html", ev=ev, agents=agents, published=published)


def _resolve(request: Request, label: str, type: str | None = None) -> str:
    """The best match for a name typed without picking a suggestion (its id after
    ``/id/``), or "" when nothing matches."""
    if not label.strip():
        return ""
    found = get_projection(request).names.search(label, type, 1, 0)
    return local(found["items"][0]["id"]) if found["items"] else ""


def _parse_date(value: str | None, what: str) -> _dt.date | None:
    return iso_date(value or None, what)


@router.get("/ui/timeline", response_class=HTMLResponse)
@page
def timeline_page(
    request: Request,
    type: Annotated[str, Query(max_length=40)] = "",
    actor: Annotated[str, Query(max_length=2000)] = "",
    actor_label: Annotated[str, Query(max_length=300)] = "",
    from_: Annotated[str, Query(alias="from", max_length=10)] = "",
    to: Annotated[str, Query(max_length=10)] = "",
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HTMLResponse:
    start, end = _parse_date(from_, "from"), _parse_date(to, "to")
    actor = actor or _resolve(request, actor_label, "actor")
    actor_iri = to_iri(actor, "actor") if actor else None
    if type and type not in EVENT_TYPES:
        type = ""
    store = get_store(request)
    if actor_iri:  # the store finds an actor's events at once
        result = query.events(store, type or None, start, end, actor_iri, TIMELINE_PAGE, offset)
    else:  # a type and dates alone would sort every event: the index has them in order
        index = event_index(request)
        total, found = index.timeline(type or None, start, end, TIMELINE_PAGE, offset)
        items = query.describe_events(store, [e.id for e in found], index)
        result = {"total": total, "limit": TIMELINE_PAGE, "offset": offset, "items": items}
    if actor_iri and not actor_label:
        try:
            actor_label = get_projection(request).node(actor_iri).label or local(actor_iri)
        except KGError:
            actor_label = local(actor_iri)
    strip = _timeline_strip(result["items"], start, end, width=1000)
    params = {"type": type, "actor": actor, "actor_label": actor_label}
    zoom = _zoom_links(strip, params) if strip else {}
    return render(
        request, "timeline.html", result=result, strip=strip, zoom=zoom, type=type,
        actor=actor, actor_label=actor_label, from_=from_, to=to, offset=offset,
        page_size=TIMELINE_PAGE, page_params=urlencode({**params, "from": from_, "to": to}),
    )  # fmt: skip


@router.get("/ui/paths", response_class=HTMLResponse)
@page
def paths_page(
    request: Request,
    source: Annotated[str, Query(max_length=2000)] = "",
    target: Annotated[str, Query(max_length=2000)] = "",
    source_label: Annotated[str, Query(max_length=300)] = "",
    target_label: Annotated[str, Query(max_length=300)] = "",
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 3,
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 4,
) -> HTMLResponse:
    found = None
    graph_data = None
    source = source or _resolve(request, source_label)
    target = target or _resolve(request, target_label)
    if source and target:
        proj = get_projection(request)
        s, t = to_iri(source, "source"), to_iri(target, "target")
        paths = proj.k_shortest_paths(s, t, max_hops, k)
        source_label = proj.node(s).label or local(s)
        target_label = proj.node(t).label or local(t)
        found = paths
        graph_data = _paths_graph(paths, s, t)
    return render(
        request, "paths.html", source=source, target=target, source_label=source_label,
        target_label=target_label, k=k, max_hops=max_hops, paths=found, graph_data=graph_data,
        max_k=MAX_K, max_hops_limit=MAX_HOPS,
    )  # fmt: skip


@router.get("/ui/article/{id}", response_class=HTMLResponse)
@page
def article_page(request: Request, id: str) -> HTMLResponse:
    view = query.article_view(get_store(request), id)
    body = highlight(view["text"], view["spans"])
    counts: dict[str, int] = {}
    nodes: dict[str, dict[str, dict]] = {"actor": {}, "event": {}}
    for s in view["spans"]:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        if s["kind"] in nodes:
            n = nodes[s["kind"]].setdefault(
                s["node"], {"id": s["node"], "label": s["label"], "count": 0, "first": s}
            )
            n["count"] += 1
    actors = sorted(nodes["actor"].values(), key=lambda n: (-n["count"], n["label"] or ""))
    events = sorted(nodes["event"].values(), key=lambda n: n["first"]["start"])
    claims = sorted((s for s in view["spans"] if s["kind"] == "claim"), key=lambda s: s["start"])
    return render(request, "article.html", a=view, body=body, counts=counts, actors=actors,
                  events=events, claims=claims)  # fmt: skip


@router.get("/ui/articles", response_class=HTMLResponse)
@page
def articles_page(
    request: Request, offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0
) -> HTMLResponse:
    result = _articles(get_store(request), event_index(request), 50, offset)
    return render(request, "articles.html", result=result)


def _examples() -> list[dict[str, str]]:
    out = []
    for path in sorted((ontology_dir() / "cq").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = next((ln for ln in text.splitlines() if ln.startswith("#")), "# " + path.stem)
        out.append({"name": path.stem, "title": first.lstrip("# ").strip(), "query": text})
    return out


@router.get("/ui/sparql", response_class=HTMLResponse)
@page
def sparql_page(request: Request) -> HTMLResponse:
    settings = get_settings(request)
    examples = _examples()
    return render(
        request, "sparql.html", examples=examples, prefixes=PREFIXES,
        data={"examples": examples, "prefixes": PREFIXES},
        max_rows=settings.max_rows, timeout=settings.query_timeout,
    )  # fmt: skip


@router.get("/ui/ingest", response_class=HTMLResponse)
@page
def ingest_page(request: Request) -> HTMLResponse:
    if get_settings(request).token() is None:
        return render(
            request, "error.html", status=403, status_code=403, title="Writes disabled",
            detail="This server was started without KG_API_TOKEN: it is read-only, and "
            "articles cannot be added from the browser.",
        )  # fmt: skip
    return render(request, "ingest.html", today=_dt.date.today().isoformat())


# -- helpers: timeline strips, paths graph, article highlighting ------------------------


def _timeline_strip(
    items: list[dict],
    lo: _dt.date | None = None,
    hi: _dt.date | None = None,
    width: int = 640,
) -> dict | None:
    """Dated events placed on an axis (SVG coordinates): lanes by event type, one tick per
    month or year. None when nothing is dated."""
    dated = [i for i in items if i.get("start")]
    if not dated:
        return None
    starts = [_dt.date.fromisoformat(i["start"]) for i in dated]
    ends = [_dt.date.fromisoformat(i.get("end") or i["start"]) for i in dated]
    lo = lo or min(starts)
    hi = hi or max(ends)
    if hi <= lo:
        lo, hi = lo - _dt.timedelta(days=3), hi + _dt.timedelta(days=3)
    span = (hi - lo).days or 1
    left, right = 110, width - 20
    types = sorted({i.get("type") or "other" for i in dated})
    lane_h = 22

    def x(d: _dt.date) -> float:
        return round(left + (right - left) * ((d - lo).days / span), 1)

    marks = []
    for item, s, e in zip(dated, starts, ends):
        if e < lo or s > hi:
            continue
        s, e = max(s, lo), min(e, hi)
        lane = types.index(item.get("type") or "other")
        x1, x2 = x(s), x(e)
        marks.append({
            "x": x1, "w": max(6.0, round(x2 - x1, 1)), "y": 26 + lane * lane_h,
            "lane": lane, "item": item,
        })  # fmt: skip
    ticks = []
    if span > 800:
        d = _dt.date(lo.year + 1, 1, 1)
        step = "year"
    else:
        d = _dt.date(lo.year + (lo.month // 12), lo.month % 12 + 1, 1)
        step = "month" if span > 40 else "week"
        if step == "week":
            d = lo + _dt.timedelta(days=(7 - lo.weekday()) % 7)
    while d <= hi and len(ticks) < 40:
        fmt = {"year": "%Y", "month": "%b %Y", "week": "%d %b"}[step]
        label = d.strftime(fmt)
        ticks.append({"x": x(d), "label": label})
        if step == "year":
            d = _dt.date(d.year + 1, 1, 1)
        elif step == "month":
            d = _dt.date(d.year + (d.month // 12), d.month % 12 + 1, 1)
        else:
            d = d + _dt.timedelta(days=7)
    height = 40 + len(types) * lane_h
    return {
        "width": width, "height": height, "left": left, "right": right, "marks": marks,
        "ticks": ticks, "lanes": [{"y": 26 + n * lane_h, "type": t} for n, t in enumerate(types)],
        "lo": lo.isoformat(), "hi": hi.isoformat(), "axis_y": height - 12,
    }  # fmt: skip


def _zoom_links(strip: dict, params: dict[str, str]) -> dict[str, str]:
    lo, hi = _dt.date.fromisoformat(strip["lo"]), _dt.date.fromisoformat(strip["hi"])
    span = max(2, (hi - lo).days)
    mid = lo + _dt.timedelta(days=span // 2)

    def link(a: _dt.date, b: _dt.date) -> str:
        return "/ui/timeline?" + urlencode({**params, "from": a.isoformat(), "to": b.isoformat()})

    quarter = _dt.timedelta(days=max(1, span // 4))
    half = _dt.timedelta(days=max(1, span // 2))
    return {
        "in": link(mid - quarter, mid + quarter),
        "out": link(lo - half, hi + half),
        "earlier": link(lo - half, hi - half),
        "later": link(lo + half, hi + half),
        "all": "/ui/timeline?" + urlencode(params),
    }


def _paths_graph(paths, source: str, target: str) -> dict:
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str], dict] = {}
    for p in paths:
        for n in p.nodes:
            nodes.setdefault(n.id, {
                "id": n.id, "label": n.label or local(n.id), "kind": n.kind,
                "url": node_url(n.id),
                "end": "source" if n.id == source else ("target" if n.id == target else ""),
            })  # fmt: skip
        for st in p.steps:
            key = (st.source, st.target)
            if key in edges or (st.target, st.source) in edges:
                continue
            first = st.edges[0] if st.edges else None
            label = first.predicate.split("#")[-1].split("/")[-1] if first else ""
            if st.edge_count > 1:
                label += f" +{st.edge_count - 1}"
            edges[key] = {"source": st.source, "target": st.target, "label": label}
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def predicate_name(iri: str) -> str:
    return iri.split("#")[-1].rsplit("/", 1)[-1]


_env.filters["pred"] = predicate_name


def highlight(text: str, spans: list[dict]) -> Markup:
    """The text as HTML with every span marked up at its offsets, nested: claims and
    statements around the actor and event mentions inside them. A span that crosses
    another is cut into pieces. Mentions are links to their node; statements and claims
    carry an anchor (``#c<start>-<end>``) and a small link to their node. All text is
    escaped here."""
    bounds = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    order = {id(s): n for n, s in enumerate(spans)}  # spans come sorted: outer first
    out: list[str] = []
    stack: list[dict] = []
    anchored: set[str] = set()
    active: list[dict] = []
    by_start: dict[int, list[dict]] = {}
    for s in spans:
        by_start.setdefault(s["start"], []).append(s)

    def open_tag(s: dict, first: bool) -> str:
        kind = s["kind"]
        cls = f"hl hl-{kind}"
        if kind == "claim" and s.get("polarity"):
            cls += f" hl-{s['polarity']}"
        title = _span_title(s)
        attrs = f' class="{cls}" title="{escape(title)}"'
        anchor = f"{'m' if kind in ('actor', 'event') else 'c'}{s['start']}-{s['end']}"
        if first and anchor not in anchored:
            anchored.add(anchor)
            attrs += f' id="{anchor}"'
        url = node_url(s["node"])
        inside_link = any(o["kind"] in ("actor", "event") for o in stack)
        if kind in ("actor", "event") and url and not inside_link:
            return f'<a href="{escape(url)}"{attrs}>'
        tag = f"<span{attrs}>"
        if first and kind in ("statement", "claim") and url and not inside_link:
            sign = "§" if kind == "statement" else "✕" if s.get("polarity") == "denied" else "⚑"
            tag += f'<a class="hl-go" href="{escape(url)}" title="{escape(title)}">{sign}</a>'
        return tag

    def close_tag(s: dict) -> str:
        url = node_url(s["node"])
        inside_link = any(o["kind"] in ("actor", "event") for o in stack[:-1])
        if s["kind"] in ("actor", "event") and url and not inside_link:
            return "</a>"
        return "</span>"

    started: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s["end"] > a] + by_start.get(a, [])
        active.sort(key=lambda s: order[id(s)])
        # keep the common prefix of the open stack, close the rest, open the new
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(close_tag(stack[-1]))
            stack.pop()
        for s in active[keep:]:
            first = id(s) not in started
            started.add(id(s))
            out.append(open_tag(s, first))
            stack.append(s)
        out.append(str(escape(text[a:b])))
    while stack:
        out.append(close_tag(stack[-1]))
        stack.pop()
    return Markup("".join(out))


def _span_title(s: dict) -> str:
    label = s.get("label") or local(s["node"])
    if s["kind"] == "actor":
        return f"actor: {label}"
    if s["kind"] == "event":
        return f"event: {label}"
    if s["kind"] == "statement":
        return f"statement by {label}"
    who = s.get("agent") or "?"
    verb = "denies" if s.get("polarity") == "denied" else "asserts"
    return f"{s.get('claim_kind') or 'claim'}: {verb} {who} responsible"
