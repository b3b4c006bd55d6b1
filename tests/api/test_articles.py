"""The article routes over HTTP (real uvicorn on 127.0.0.1): ingestion with its status
codes, the token, the body cap, read-back, deletion, and the projection kept in step.

The fast tests use a fake extractor that returns the hand-built world's records for the
world's texts (tests/kgworld.py); one slow test runs the real spaCy extractor.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import pytest

from api.app import create_app
from api.articles import ArticleIn
from api.settings import Settings
from kg.query.paths import Projection
from kg.store.oxigraph import OxigraphStore
from tests import kgworld
from tests.api.server import assert_problem, running
from tests.cli.test_consolidate import full_name, surname_only
from tests.kgworld import LAVROV, RUSSIA, SANDWORM
from tests.link.helpers import Canned

TOKEN = "t0ken-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MAX_BYTES = 4096
G_SANDWORM = "https://w3id.org/geokg/graph/sandworm"

SANDWORM_POST = {
    "id": "sandworm",
    "title": "SBU blames Sandworm",
    "published": "2022-01-20",
    "text": kgworld.SANDWORM_TEXT,
}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    location = tmp_path_factory.mktemp("articles") / "store"
    store = OxigraphStore(location)
    kgworld.fill(store, "kyiv-talks")
    store.close()
    app = create_app(Settings(store=str(location), api_token=TOKEN, max_article_bytes=MAX_BYTES))
    app.state.extractor = kgworld.WorldExtractor()
    return app


@pytest.fixture(scope="module")
def http(app):
    with running(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def builds(app):
    """Count full projection builds from here on (the lifespan built it once already)."""
    calls = []
    original = Projection.rebuild

    def counting(self):
        calls.append(self)
        return original(self)

    Projection.rebuild = counting  # type: ignore[method-assign]
    yield calls
    Projection.rebuild = original  # type: ignore[method-assign]


def post(http, body, headers=AUTH, **kw):
    return http.post("/articles", json=body, headers=headers, **kw)


def test_writes_need_the_token(http):
    assert_problem(post(http, SANDWORM_POST, headers={}), 401)
    assert_problem(post(http, SANDWORM_POST, headers={"Authorization": "Bearer nope"}), 401)
    assert_problem(http.delete("/articles/kyiv-talks"), 401)
    assert_problem(http.delete("/articles/kyiv-talks", headers={"Authorization": "Bearer x"}), 401)
    assert http.get("/articles/kyiv-talks").status_code == 200  # untouched


def test_oversize_body_is_413(http):
    big = {**SANDWORM_POST, "text": "x" * (MAX_BYTES + 1)}
    assert_problem(post(http, big), 413)

    def chunks():  # no Content-Length: the cap must hold while the body streams
        payload = json.dumps(big).encode()
        for i in range(0, len(payload), 1000):
            yield payload[i : i + 1000]

    r = http.post(
        "/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
    )
    assert_problem(r, 413)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"title": "t", "published": "2022-01-20"}).encode(),  # no text
        json.dumps({**SANDWORM_POST, "published": "20 January 2022"}).encode(),
        json.dumps({**SANDWORM_POST, "id": "../etc/passwd"}).encode(),
        json.dumps({**SANDWORM_POST, "text": "   "}).encode(),
        json.dumps({**SANDWORM_POST, "url": "ftp://example.org/x"}).encode(),
        json.dumps({**SANDWORM_POST, "colour": "red"}).encode(),
        b'{"title": "t", "published": "2022-01-20", "text": "lone \\ud800 surrogate"}',
        json.dumps({**SANDWORM_POST, "published": "2022-02-30"}).encode(),
    ],
)
def test_bad_bodies_are_422(http, body):
    r = http.post("/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert_problem(r, 422)


# Characters on which the regex engines' ``\s`` differ: Python and pydantic (Rust) call
# U+0085 a space and JSON Schema (ECMA-262) does not; ECMA-262 calls U+FEFF one and the
# others do not. The server must decide as its document says (schemathesis found both).
@pytest.mark.parametrize(
    ("field", "value", "accepted"),
    [
        ("text", "\x85", False),  # blank to Python: kg.ingest would refuse it
        ("text", "\x1c\u3000", False),
        ("text", "\ufeff", True),  # not blank to Python
        ("url", "http://example.org/\x85", False),
        ("url", "http://example.org/\ufeff", False),
        ("url", "http://example.org/\u00e9t\u00e9", True),
    ],
)
def test_whitespace_means_what_the_document_says(http, field, value, accepted):
    schema = ArticleIn.model_json_schema()["properties"][field]
    assert bool(re.fullmatch(schema.get("pattern") or schema["anyOf"][0]["pattern"], value)) is (
        accepted
    )
    r = post(http, {**SANDWORM_POST, "id": "ws-test", field: value})
    if accepted:
        assert r.status_code in (200, 201), r.text
        assert http.delete("/articles/ws-test", headers=AUTH).status_code == 204
    else:
        assert_problem(r, 422)


def patterns(node) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from patterns(value)


def test_no_pattern_in_the_document_depends_on_the_regex_engine(http):
    r"""``\s``, ``\d``, ``\w`` and ``\b`` mean one thing to JSON Schema (ECMA-262) and
    another to pydantic (Rust regex) and Python: the patterns spell their classes out."""
    found = list(patterns(http.get("/openapi.json").json()))
    assert len(found) >= 4
    for pattern in found:
        assert not re.search(r"(?<!\\)(?:\\\\)*\\[sSdDwWbB]", pattern), pattern


def test_create_then_identical_repost_then_replace(http, app, builds):
    before = app.state.graph.stats()
    assert SANDWORM not in app.state.graph
    assert_problem(
        http.get("/paths", params={"source": "actor/sergei-lavrov", "target": "actor/sandworm"}),
        404,
    )

    r = post(http, SANDWORM_POST)
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["id"], body["status"], body["graph"]) == ("sandworm", "created", G_SANDWORM)
    assert body["triples"] > 0
    assert r.headers["location"] == "/articles/sandworm"

    # the projection followed the write: a path that did not exist, with provenance
    paths = http.get(
        "/paths", params={"source": "actor/sergei-lavrov", "target": "actor/sandworm"}
    ).json()["paths"]
    assert [n["id"] for n in paths[0]["nodes"]] == [LAVROV, RUSSIA, SANDWORM]
    assert paths[0]["steps"][1]["edges"][0]["article"] == "sandworm"
    # ...and so did the search index
    assert http.get("/entities", params={"q": "sandw"}).json()["total"] == 1

    again = post(http, SANDWORM_POST)
    assert again.status_code == 200, again.text
    assert again.json()["status"] == "unchanged"
    assert again.json()["triples"] == body["triples"]

    changed = post(http, {**SANDWORM_POST, "title": "The SBU blames Sandworm"})
    assert changed.status_code == 200
    assert changed.json()["status"] == "replaced"
    record = http.get("/articles/sandworm").json()
    assert record["document"]["title"] == "The SBU blames Sandworm"

    stats = app.state.graph.stats()
    assert builds == []  # kept in step, never rebuilt
    assert stats["builds"] == before["builds"] == 1
    assert stats["updates"] == before["updates"] + 2  # created, replaced (not unchanged)
    assert stats["articles"] == before["articles"] + 1


def test_read_back(http):
    listing = http.get("/articles").json()
    assert [a["id"] for a in listing["items"]] == ["kyiv-talks", "sandworm"]
    assert listing["total"] == 2
    assert all(a["triples"] > 0 for a in listing["items"])
    page = http.get("/articles", params={"limit": 1, "offset": 1}).json()
    assert (page["total"], [a["id"] for a in page["items"]]) == (2, ["sandworm"])
    record = http.get("/articles/sandworm").json()
    assert record["document"]["id"] == "sandworm"
    assert {a["name"] for a in record["actors"]} >= {"SBU", "Sandworm", "Russia"}
    (claim,) = [c for c in record["claims"] if c["kind"] == "attribution"]
    assert claim["agent"] == SANDWORM
    assert_problem(http.get("/articles/nothing-here"), 404)
    assert_problem(http.get("/articles/bad%20id"), 422)


def test_delete(http, app, builds):
    before = app.state.graph.stats()
    r = http.delete("/articles/sandworm", headers=AUTH)
    assert r.status_code == 204 and r.content == b""
    assert_problem(http.get("/articles/sandworm"), 404)
    assert_problem(http.delete("/articles/sandworm", headers=AUTH), 404)
    # the projection dropped exactly that article's edges
    assert SANDWORM not in app.state.graph
    assert RUSSIA in app.state.graph
    assert_problem(
        http.get("/paths", params={"source": "actor/sergei-lavrov", "target": "actor/sandworm"}),
        404,
    )
    assert http.get("/entities", params={"q": "sandw"}).json()["total"] == 0
    assert http.get("/paths", params={"source": LAVROV, "target": "actor/ukraine"}).json()["paths"]
    stats = app.state.graph.stats()
    assert builds == [] and stats["builds"] == 1
    assert stats["updates"] == before["updates"] + 1
    assert stats["articles"] == before["articles"] - 1


def test_post_without_an_id_gets_one_from_the_text(http):
    body = {k: v for k, v in SANDWORM_POST.items() if k != "id"}
    first = post(http, body)
    assert first.status_code == 201, first.text
    doc_id = first.json()["id"]
    assert doc_id.startswith("article-")
    second = post(http, body)
    assert (second.status_code, second.json()["id"], second.json()["status"]) == (
        200,
        doc_id,
        "unchanged",
    )
    assert http.delete(f"/articles/{doc_id}", headers=AUTH).status_code == 204


def test_writes_are_off_without_a_token(tmp_path):
    location = tmp_path / "store"
    OxigraphStore(location).close()
    app = create_app(Settings(store=str(location)))
    app.state.extractor = kgworld.WorldExtractor()
    with running(app) as url:
        assert_problem(httpx.post(f"{url}/articles", json=SANDWORM_POST, headers=AUTH), 403)
        assert_problem(httpx.delete(f"{url}/articles/sandworm", headers=AUTH), 403)
        assert httpx.get(f"{url}/articles").json()["total"] == 0


def test_openapi_documents_the_article_routes(http):
    spec = http.get("/openapi.json").json()
    post_op = spec["paths"]["/articles"]["post"]
    schema = post_op["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["required"]) == {"title", "published", "text"}
    assert {"201", "200", "401", "403", "413", "422"} <= set(post_op["responses"])
    assert "204" in spec["paths"]["/articles/{id}"]["delete"]["responses"]


@pytest.mark.slow
def test_post_with_the_real_extractor(tmp_path):
    """The spaCy pipeline in the API process: loaded once, lazily; the record read back."""
    location = tmp_path / "store"
    OxigraphStore(location).close()
    app = create_app(Settings(store=str(location), api_token=TOKEN))
    text = (
        "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken "
        'in Geneva on Friday. "We did not threaten anyone," Lavrov told reporters after '
        "the talks. Ukraine's security service blamed Russia for a cyberattack on "
        "government websites; the Kremlin denied any involvement."
    )
    article = {
        "id": "geneva",
        "title": "Lavrov meets Blinken",
        "published": "2022-01-21",
        "text": text,
    }
    with running(app) as url, httpx.Client(base_url=url, timeout=300) as client:
        r = client.post("/articles", json=article, headers=AUTH)
        assert r.status_code == 201, r.text
        assert client.post("/articles", json=article, headers=AUTH).json()["status"] == "unchanged"
        record = client.get("/articles/geneva").json()
        names = {a["name"] for a in record["actors"]}
        assert any("Lavrov" in n for n in names), names
        hits = client.get("/entities", params={"q": "lavr"}).json()
        assert hits["total"] >= 1
        assert app.state.graph.stats()["builds"] == 1


def test_a_post_and_a_delete_re_resolve_the_articles_they_affect(tmp_path):
    """A surname posted before its full name joins it when the full name is posted, and
    goes back when that article is deleted; the projection follows both times."""
    later, kyiv = surname_only(), full_name()
    app = create_app(Settings(store=str(tmp_path / "store"), api_token=TOKEN))
    app.state.extractor = Canned(later, kyiv)
    full = "https://w3id.org/geokg/id/actor/yuriy-tkachenko"
    short = "https://w3id.org/geokg/id/actor/tkachenko"
    with running(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        for a in (later, kyiv):
            body = {"id": a.doc_id, "title": "t", "text": a.text, "published": str(a.published)}
            assert post(http, body).status_code == 201
        assert short not in app.state.graph and full in app.state.graph
        mentioned = http.get("/entities/actor/yuriy-tkachenko").json()
        assert "later" in json.dumps(mentioned)
        assert http.delete("/articles/kyiv", headers=AUTH).status_code == 204
        assert short in app.state.graph and full not in app.state.graph
        assert http.get("/entities/actor/tkachenko").status_code == 200
