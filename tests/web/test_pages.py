"""The explorer's pages over HTTP (in-process TestClient): every page answers, hostile
article text is escaped everywhere it shows, the CSP is set, and nothing is writable
without the token. The store holds the hand-built world (tests/kgworld.py) and one
hostile article whose title, text, names and quotes are markup."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.web import STATIC_DIR
from api.web.pages import highlight
from kg.rdf import extraction_to_triples
from kg.records import Actor, Claim, Document, Event, Extraction, Span, Statement
from kg.store.oxigraph import OxigraphStore
from tests import kgworld

EVIL_NAME = "<img src=x onerror=alert(1)>Mallory"
EVIL_TITLE = '<script>alert("title")</script> Hostile & "quoted" headline'
EVIL_QUOTE = "</q><script>alert('quote')</script>"
EVIL_TEXT = (
    f"{EVIL_NAME} said that {EVIL_QUOTE} on Monday. "
    "The <b>cyberattack</b> on Ruritania was denied by Mallory."
)
HOSTILE_ID = "hostile-1"
RAW = ("<script>alert", "<img src=x", "<b>cyberattack", "</q><script")
RUSSIA = "actor/russia"
HACK = "event/kyiv-talks/161"


def _span(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = EVIL_TEXT.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def hostile() -> Extraction:
    doc = Document(HOSTILE_ID, EVIL_TEXT, EVIL_TITLE, dt.date(2024, 2, 2))
    actors = (
        Actor("mallory", EVIL_NAME, "person", aliases=("Mallory",),
              mentions=(_span(EVIL_NAME), _span("Mallory", 1))),
        Actor("ruritania", "Ruritania", "country", mentions=(_span("Ruritania"),)),
    )  # fmt: skip
    events = (
        Event("hack", "cyberattack", "<b>cyberattack</b> on Ruritania",
              start=dt.date(2024, 2, 1), targets=("ruritania",),
              mentions=(_span("<b>cyberattack</b>"),)),
    )  # fmt: skip
    said = _span(EVIL_QUOTE)
    statements = (Statement("s1", "mallory", EVIL_QUOTE, direct=True, span=said, cue="said"),)
    claims = (
        Claim("c1", "mallory", "denial", "mallory", "denied",
              _span("The <b>cyberattack</b> on Ruritania was denied by Mallory."),
              event="hack", statement="s1"),
    )  # fmt: skip
    return Extraction(doc, actors, events, statements, claims, extractor_version="hostile-1")


def _store(location: Path) -> None:
    store = OxigraphStore(location)
    try:
        kgworld.fill(store)
        graph, triples = extraction_to_triples(hostile())
        store.replace_graph(graph, triples)
    finally:
        store.close()


@pytest.fixture(scope="module")
def location(tmp_path_factory) -> Path:
    loc = tmp_path_factory.mktemp("web") / "store"
    _store(loc)
    return loc


@pytest.fixture(scope="module")
def client(location):
    with TestClient(create_app(Settings(store=str(location)))) as c:
        yield c


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    loc = tmp_path_factory.mktemp("web-token") / "store"  # one server per store
    _store(loc)
    settings = Settings(store=str(loc), api_token="s3cret")
    with TestClient(create_app(settings)) as c:
        yield c


def _no_raw_markup(html: str) -> None:
    for bad in RAW:
        assert bad not in html, f"unescaped {bad!r} in the page"


def _hostile_event_id(client) -> str:
    body = client.get("/entities", params={"q": "ruritania", "type": "event"}).json()
    (item,) = body["items"]
    return item["id"].removeprefix("https://w3id.org/geokg/id/")


PAGES = [
    "/",
    "/ui/search?q=lavrov",
    "/ui/search?q=",
    f"/ui/entity/{RUSSIA}",
    "/ui/entity/place/kyiv",
    f"/ui/event/{HACK}",
    "/ui/timeline",
    f"/ui/timeline?actor={RUSSIA}&from=2022-01-01&to=2022-12-31&type=cyberattack",
    "/ui/paths",
    f"/ui/paths?source={RUSSIA}&target=actor/ukraine&k=3&max_hops=4",
    "/ui/article/kyiv-talks",
    "/ui/articles",
    "/ui/sparql",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_answers_html_under_the_csp(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    # no inline script or style anywhere: the CSP would block it
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", r.text)
    assert " style=" not in r.text and "<style" not in r.text
    assert not re.search(r"\son[a-z]+=", r.text)


def test_api_routes_keep_their_own_headers(client):
    r = client.get("/health")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in r.headers  # /docs loads Swagger UI's assets
    assert client.get("/docs").status_code == 200


def test_home_lists_contested_latest_and_articles(client):
    html = client.get("/").text
    assert "Most contested events" in html and "Latest events" in html
    # the world's January cyberattack is both blamed on Russia and denied
    assert f'href="/ui/event/{HACK}"' in html
    assert 'href="/ui/article/kyiv-talks"' in html
    _no_raw_markup(html)


def test_search_finds_and_links(client):
    html = client.get("/ui/search", params={"q": "sergei lav"}).text
    assert 'href="/ui/entity/actor/sergei-lavrov"' in html
    html = client.get("/ui/search", params={"q": "mallory"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;Mallory" in html
    _no_raw_markup(html)


def test_actor_page(client):
    html = client.get(f"/ui/entity/{RUSSIA}").text
    assert "<h1>Russia</h1>" in html
    assert "Claims about it" in html
    assert f'data-neighbours="/entities/{RUSSIA}/neighbors?limit=40"' in html
    assert "/ui/static/vendor/cytoscape/cytoscape.min.js" in html
    # a statement links to the article at its offsets
    assert re.search(r'href="/ui/article/[a-z-]+#c\d+-\d+"', html)


def test_event_page_has_the_attribution_picture(client):
    html = client.get(f"/ui/event/{HACK}").text
    assert "Attribution" in html and "contested" in html
    assert 'href="/ui/entity/actor/dmitry-peskov"' in html
    assert "Each article" in html


def test_an_event_id_on_the_entity_route_redirects(client):
    r = client.get(f"/ui/entity/{HACK}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/ui/event/{HACK}"


def test_hostile_text_is_escaped_everywhere(client):
    ev = _hostile_event_id(client)
    pages = [
        f"/ui/article/{HOSTILE_ID}",
        "/ui/entity/actor/img-src-x-onerror-alert-1-mallory",
        f"/ui/event/{ev}",
        "/ui/articles",
        "/",
        "/ui/timeline",
        "/ui/search?q=mallory",
        "/ui/paths?source=actor/ruritania&target=actor/img-src-x-onerror-alert-1-mallory",
    ]
    mallory = client.get("/entities", params={"q": "mallory"}).json()["items"][0]["id"]
    assert mallory.endswith("/actor/img-src-x-onerror-alert-1-mallory"), mallory
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        _no_raw_markup(r.text)
    article = client.get(f"/ui/article/{HOSTILE_ID}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in article
    assert "&lt;/q&gt;&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;" in article
    paths = client.get(pages[-1]).text
    data = re.search(r'<script type="application/json" id="paths-data">(.*?)</script>', paths, re.S)
    assert data and "<" not in data.group(1)  # tojson escapes <, > and &


def test_article_spans_sit_at_their_offsets(client):
    html = client.get("/ui/article/kyiv-talks").text
    assert '<a href="/ui/entity/actor/sergei-lavrov" class="hl hl-actor"' in html
    text = re.sub(r"<[^>]+>", "", html.split('id="article-text">', 1)[1].split("</div>", 1)[0])
    text = re.sub(r"[§✕⚑]", "", text)
    assert text.replace("&#34;", '"').replace("&#39;", "'") == kgworld.KYIV_TEXT


def test_highlight_nests_and_cuts_crossing_spans():
    text = "abcdefghij"
    spans = [
        {"kind": "statement", "id": "s", "node": "https://w3id.org/geokg/id/actor/x",
         "label": "X", "start": 0, "end": 6},
        {"kind": "actor", "id": "m", "node": "https://w3id.org/geokg/id/actor/y",
         "label": "Y", "start": 4, "end": 8},
    ]  # fmt: skip
    html = str(highlight(text, spans))
    assert re.sub(r"<[^>]+>|§", "", html) == text
    assert html.count("<span") == html.count("</span>")
    assert html.count("<a ") == html.count("</a>")
    # the actor crosses the statement's end: it is cut in two, both link to Y
    assert html.count('href="/ui/entity/actor/y"') == 2


def test_timeline_filters(client):
    html = client.get(
        "/ui/timeline",
        params={"actor": "actor/ukraine", "type": "cyberattack", "from": "2022-01-01"},
    ).text
    assert f'href="/ui/event/{HACK}"' in html
    assert "kyiv-talks/65" not in html  # the talks are a meeting
    assert "zoom in" in html
    r = client.get("/ui/timeline", params={"from": "2022-13-01"})
    assert r.status_code == 422 and "YYYY-MM-DD" in r.text


def test_paths_page(client):
    html = client.get(
        "/ui/paths", params={"source": RUSSIA, "target": "actor/ukraine", "k": 2}
    ).text
    assert "shortest path" in html and 'id="paths-graph"' in html
    assert "pred" in html and 'class="src"' in html
    # the form keeps the ids, so changing k or the hops re-runs the same pair
    assert 'name="source" id="p-source" value="actor/russia"' in html


def test_sparql_page_lists_the_competency_questions(client):
    html = client.get("/ui/sparql").text
    assert "cq01-denials" in html and "cq09-claim-evidence" in html
    assert "/ui/static/sparql.js" in html


def test_errors_are_pages(client):
    r = client.get("/ui/entity/actor/nobody-at-all")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text
    r = client.get("/ui/entity/" + quote("actor/<x>", safe="/"))
    assert r.status_code == 422
    assert "<x>" not in r.text
    assert client.get("/ui/article/no-such-article").status_code == 404


def test_without_token_nothing_is_writable(client):
    home = client.get("/").text
    assert "/ui/ingest" not in home and "read-only" in home
    r = client.get("/ui/ingest")
    assert r.status_code == 403 and "KG_API_TOKEN" in r.text
    assert 'id="ingest"' not in r.text
    assert client.post("/ui/ingest").status_code == 405
    r = client.post("/articles", json={"title": "t", "published": "2024-01-01", "text": "x"})
    assert r.status_code == 403


def test_with_token_the_form_is_offered_and_posting_still_needs_it(writable):
    assert 'href="/ui/ingest"' in writable.get("/").text
    html = writable.get("/ui/ingest").text
    assert 'id="ingest"' in html and 'type="password"' in html
    r = writable.post("/articles", json={"title": "t", "published": "2024-01-01", "text": "x"})
    assert r.status_code == 401  # the page adds no credential of its own


def test_static_files_and_licences_ship(client):
    r = client.get("/ui/static/vendor/cytoscape/cytoscape.min.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert (STATIC_DIR / "vendor" / "cytoscape" / "LICENSE").is_file()
    assert client.get("/ui/static/../pages.py").status_code == 404
    for name in ("app.css", "app.js", "graph.js", "sparql.js", "ingest.js"):
        assert client.get(f"/ui/static/{name}").status_code == 200


def test_a_written_article_reaches_the_lists(writable):
    """After a write the event index is rebuilt in the background; the pages answer from
    the previous one meanwhile, then list the new article."""
    writable.app.state.extractor = kgworld.WorldExtractor()
    body = {"id": "sandworm-again", "title": "Grid attack, again", "published": "2024-05-05",
            "text": kgworld.SANDWORM_TEXT}  # fmt: skip
    r = writable.post("/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    deadline = time.monotonic() + 20
    while True:
        html = writable.get("/ui/articles").text
        assert writable.get("/").status_code == 200
        if 'href="/ui/article/sandworm-again"' in html:
            break
        assert time.monotonic() < deadline, "the new article never reached /ui/articles"
        time.sleep(0.1)
    assert "Grid attack, again" in writable.get("/").text


def test_names_typed_without_a_suggestion_are_resolved(client):
    html = client.get("/ui/timeline", params={"actor_label": "ukrai"}).text
    assert 'value="actor/ukraine"' in html
    html = client.get("/ui/paths", params={"source_label": "lavrov", "target_label": "zelensk"}).text
    assert "shortest path" in html and 'value="actor/sergei-lavrov"' in html
