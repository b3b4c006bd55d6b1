"""The lookup routes over HTTP: a real uvicorn on 127.0.0.1 serving ``create_app`` over a
store filled with the hand-built world (tests/kgworld.py)."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from kg.store.oxigraph import OxigraphStore
from tests import kgworld
from tests.api.server import assert_problem, running
from tests.kgworld import GRID, HACK, LAVROV, RUSSIA, SANDWORM, SBU, TALKS, UKRAINE, ZELENSKYY, ids

KG = "https://w3id.org/geokg/ontology#"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    location = tmp_path_factory.mktemp("lookups") / "store"
    store = OxigraphStore(location)
    kgworld.fill(store)
    store.close()
    return create_app(Settings(store=str(location), query_timeout=10.0))


@pytest.fixture(scope="module")
def http(app):
    with running(app) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


# -- /entities --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("kyi", {UKRAINE, TALKS}),
        ("sergei lav", {LAVROV}),
        ("SERGEI LAV", {LAVROV}),
        ("Zélensky", {ZELENSKYY}),
        ("zelenskyy", {ZELENSKYY}),
        ("elysee", {kgworld.iri("actor", "france")}),
        ("avrov", set()),
    ],
)
def test_search(http, q, expected):
    r = http.get("/entities", params={"q": q})
    assert r.status_code == 200, r.text
    assert set(ids(r.json())) == expected


def test_search_pages_and_types(http):
    everything = http.get("/entities", params={"limit": 200}).json()
    assert everything["total"] == 11
    pages = [http.get("/entities", params={"limit": 4, "offset": o}).json() for o in (0, 4, 8)]
    assert [p["total"] for p in pages] == [11, 11, 11]
    assert [i for p in pages for i in ids(p)] == ids(everything)
    persons = http.get("/entities", params={"type": "person"}).json()
    assert {i["type"] for i in persons["items"]} == {"person"}
    assert persons["total"] == 3
    (ev,) = http.get("/entities", params={"q": "power", "type": "event"}).json()["items"]
    assert (ev["id"], ev["type"]) == (GRID, "cyberattack")


@pytest.mark.parametrize(
    "params",
    [{"limit": 201}, {"limit": 0}, {"offset": -1}, {"type": "planet"}, {"q": "x" * 201}],
)
def test_search_validation_is_422_problem(http, params):
    assert_problem(http.get("/entities", params=params), 422)


# -- /entities/{id} ---------------------------------------------------------------------


def test_entity_by_local_id_and_by_full_iri(http):
    local = http.get("/entities/actor/sergei-lavrov")
    assert local.status_code == 200, local.text
    full = http.get("/entities/" + quote(LAVROV, safe=""))
    assert full.status_code == 200
    assert local.json() == full.json()
    e = local.json()
    assert (e["id"], e["kind"], e["label"], e["actor_type"]) == (
        LAVROV,
        "actor",
        "Sergei Lavrov",
        "person",
    )
    assert e["roles"][0]["of"] == {"id": RUSSIA, "label": "Russia"}
    assert e["events"]["items"][0]["id"] == TALKS
    (m,) = e["mentions"]["items"]
    assert kgworld.KYIV_TEXT[m["start"] : m["end"]] == "Sergei Lavrov"


def test_entity_claims_and_provenance(http):
    e = http.get("/entities/actor/russia").json()
    assert e["claims"]["total"] == 3
    for c in e["claims"]["items"]:
        text = kgworld.KYIV_TEXT if c["article"] == "kyiv-talks" else kgworld.SANDWORM_TEXT
        assert text[c["start"] : c["end"]] == c["text"]
    assert e["articles"] == {
        "total": 2, "limit": 10, "offset": 0, "next": None, "items": ["kyiv-talks", "sandworm"]
    }  # fmt: skip


def test_entity_lists_are_paged_with_a_next_link(http):
    """Each list of an entity page holds its first ``limit`` items beside the exact total;
    ``next`` leads through the rest, and the pages tile the list."""
    whole = http.get("/entities/actor/russia").json()
    capped = http.get("/entities/actor/russia", params={"limit": 1}).json()
    for section in ("claims", "mentions", "articles"):
        page = capped[section]
        assert (page["total"], page["limit"], page["offset"]) == (3 if section != "articles" else 2, 1, 0)
        seen = list(page["items"])
        while page["next"]:
            assert page["next"].startswith(f"/entities/actor/russia/{section}?limit=1&offset=")
            page = http.get(page["next"]).json()
            assert len(page["items"]) == 1
            seen += page["items"]
        assert seen == whole[section]["items"], section
    totals = http.get("/entities/actor/russia", params={"limit": 0}).json()
    assert totals["claims"] == {"total": 3, "limit": 0, "offset": 0, "next": None, "items": []}


def test_entity_section_routes(http):
    page = http.get("/entities/actor/russia/claims", params={"offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"], page["next"]) == (3, 50, 1, None)
    whole = http.get("/entities/actor/russia").json()["claims"]["items"]
    assert page["items"] == whole[1:]
    assert http.get("/entities/actor/sergei-lavrov/events").json()["items"][0]["id"] == TALKS
    full = http.get("/entities/" + quote(GRID, safe="") + "/statements").json()
    assert full["total"] == 1
    # a place has no statements: an empty list, not an error
    assert http.get("/entities/place/kyiv/statements").json()["total"] == 0
    assert_problem(http.get("/entities/actor/nobody/claims"), 404)
    assert_problem(http.get("/entities/actor/russia/claims", params={"limit": 0}), 422)
    assert_problem(http.get("/entities/actor/russia", params={"limit": 201}), 422)
    # an event id ending in a number is still an entity, not a list
    assert http.get("/entities/event/sandworm/32").json()["kind"] == "event"


def test_entity_event_and_place(http):
    assert http.get("/entities/event/sandworm/32").json()["kind"] == "event"
    assert http.get("/entities/place/kyiv").json()["events"]["items"][0]["id"] == TALKS


def test_entity_not_found_and_bad_ids(http):
    assert_problem(http.get("/entities/actor/nobody"), 404)
    assert_problem(http.get("/entities/claim/sandworm/0-55-0"), 404)  # not an entity
    for bad in ('actor/x"y', "actor/a b", "actor/%zz", "actor/%41", "actor/\u00e9", "actor/\x00",
                "http://[::1]/", "actor/a#b", "actor/<x>"):  # fmt: skip
        assert_problem(http.get("/entities/" + quote(bad, safe="")), 422)
        assert_problem(http.get("/claims", params={"agent": bad}), 422)
        assert_problem(http.get("/paths", params={"source": bad, "target": "actor/russia"}), 422)
    # an IRI outside the graph's namespace reads as a local part that names nothing
    for foreign in ("https://example.org/x", "https://x:abc/"):
        assert_problem(http.get("/entities/" + quote(foreign, safe="")), 404)
        assert http.get("/claims", params={"agent": foreign}).json()["total"] == 0
        assert_problem(
            http.get("/paths", params={"source": foreign, "target": "actor/russia"}), 404
        )


def test_neighbors(http):
    r = http.get("/entities/actor/sandworm/neighbors")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["center"]["id"] == SANDWORM
    assert {n["id"] for n in body["nodes"]} == {SBU, RUSSIA, GRID}
    assert all(e["article"] == "sandworm" for e in body["edges"])
    deeper = http.get(f"/entities/{quote(SANDWORM, safe='')}/neighbors", params={"depth": 2}).json()
    assert LAVROV in {n["id"] for n in deeper["nodes"]}
    assert_problem(http.get("/entities/actor/sandworm/neighbors", params={"depth": 4}), 422)
    assert_problem(http.get("/entities/actor/nobody/neighbors"), 404)


# -- /events ----------------------------------------------------------------------------


def test_timeline(http):
    body = http.get("/events").json()
    assert ids(body) == [HACK, GRID, TALKS]
    assert ids(http.get("/events", params={"from": "2022-01-14", "to": "2022-01-14"}).json()) == [
        HACK
    ]
    assert ids(http.get("/events", params={"from": "2022-01-15"}).json()) == [GRID, TALKS]
    assert (
        http.get("/events", params={"from": "2022-02-01", "to": "2022-01-01"}).json()["total"] == 0
    )
    assert ids(http.get("/events", params={"actor": "actor/ukraine"}).json()) == [HACK, GRID]
    assert ids(http.get("/events", params={"actor": LAVROV, "type": "meeting"}).json()) == [TALKS]
    page = http.get("/events", params={"limit": 1, "offset": 2}).json()
    assert (page["total"], ids(page)) == (3, [TALKS])
    assert body["items"][2]["participants"][0] == {"id": LAVROV, "label": "Sergei Lavrov"}


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2022-13-01"},
        {"to": "yesterday"},
        {"to": "0"},  # not a Unix time either
        {"from": "2022-02-30"},
        {"type": "picnic"},
        {"limit": 500},
    ],
)
def test_timeline_validation(http, params):
    assert_problem(http.get("/events", params=params), 422)


def test_event_attribution(http):
    r = http.get("/events/event/kyiv-talks/161")
    assert r.status_code == 200, r.text
    ev = r.json()
    (group,) = ev["attribution"]
    assert group["agent"]["id"] == RUSSIA
    assert [c["claimant"]["id"] for c in group["asserted"]] == [UKRAINE]
    (denial,) = group["denied"]
    assert denial["claimant"]["label"] == "Dmitry Peskov"
    assert denial["statement"]["text"] == "that Moscow was involved"
    assert (denial["article"], kgworld.KYIV_TEXT[denial["start"] : denial["end"]]) == (
        "kyiv-talks", denial["text"]
    )  # fmt: skip
    assert_problem(http.get("/events/actor/russia"), 404)


# -- /claims ----------------------------------------------------------------------------


def test_claims(http):
    assert http.get("/claims").json()["total"] == 4
    denied = http.get("/claims", params={"agent": "actor/russia", "polarity": "denied"}).json()
    assert denied["total"] == 2
    assert {c["claimant"]["id"] for c in denied["items"]} == {
        kgworld.iri("actor", "dmitry-peskov"),
        RUSSIA,
    }
    by_event = http.get("/claims", params={"event": "event/sandworm/32", "claimant": SBU}).json()
    assert [c["agent"]["id"] for c in by_event["items"]] == [SANDWORM]
    page = http.get("/claims", params={"limit": 3, "offset": 3}).json()
    assert (page["total"], len(page["items"])) == (4, 1)
    assert_problem(http.get("/claims", params={"polarity": "maybe"}), 422)


# -- /paths -----------------------------------------------------------------------------


def test_paths_with_predicates_and_provenance(http):
    r = http.get("/paths", params={"source": "actor/sergei-lavrov", "target": "actor/sandworm"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["source"]["label"], body["target"]["label"]) == ("Sergei Lavrov", "Sandworm")
    assert (body["max_hops"], body["k"]) == (4, 3)
    assert len(body["paths"]) == 3
    first = body["paths"][0]
    assert first["hops"] == 2
    assert [n["id"] for n in first["nodes"]] == [LAVROV, RUSSIA, SANDWORM]
    role, member = (s["edges"][0] for s in first["steps"])
    assert (role["predicate"], role["forward"], role["article"]) == (
        KG + "roleOf",
        True,
        "kyiv-talks",
    )
    assert role["title"] == "foreign minister"
    assert (member["predicate"], member["forward"]) == (KG + "memberOfCountry", False)
    assert (member["source"], member["target"]) == (SANDWORM, RUSSIA)
    for path in body["paths"]:
        for step in path["steps"]:
            for e in step["edges"]:
                assert e["article"] in ("kyiv-talks", "sandworm")
                assert e["graph"].endswith("/graph/" + e["article"])
    # a claim edge carries the claim, its claimant, polarity and offsets
    r = http.get("/paths", params={"source": SBU, "target": "actor/sandworm", "k": 1})
    (edge,) = r.json()["paths"][0]["steps"][0]["edges"]
    assert (edge["predicate"], edge["polarity"], edge["claimant"]) == (
        KG + "agent",
        "asserted",
        SBU,
    )
    assert kgworld.SANDWORM_TEXT[edge["start"] : edge["end"]].startswith("The SBU said")


def test_paths_bounds(http):
    p = {"source": "actor/sergei-lavrov", "target": "actor/sandworm"}
    assert http.get("/paths", params={**p, "max_hops": 1}).json()["paths"] == []
    assert len(http.get("/paths", params={**p, "k": 1}).json()["paths"]) == 1
    assert_problem(http.get("/paths", params={**p, "max_hops": 7}), 422)
    assert_problem(http.get("/paths", params={**p, "k": 11}), 422)
    assert_problem(http.get("/paths", params={**p, "k": 0}), 422)
    assert_problem(http.get("/paths", params={"source": "actor/sergei-lavrov"}), 422)
    assert_problem(http.get("/paths", params={**p, "target": "actor/nobody"}), 404)


def test_openapi_describes_every_lookup(http):
    spec = http.get("/openapi.json").json()
    for path in (
        "/entities", "/entities/{id}", "/entities/{id}/neighbors", "/events",
        "/events/{id}", "/claims", "/paths", "/entities/{id}/claims", "/entities/{id}/mentions",
    ):  # fmt: skip
        op = spec["paths"][path]["get"]
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok, path
        assert "application/problem+json" in op["responses"]["422"]["content"]
    for name in ("PathsOut", "EdgeOut", "EntityOut", "EventDetail", "ClaimPage", "SearchPage"):
        assert name in spec["components"]["schemas"]
