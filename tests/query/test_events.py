"""kg.query.events over a real store: the timeline, one event, claims."""

from __future__ import annotations

import pytest

from kg import query
from kg.errors import InputError, NotFoundError
from tests import kgworld
from tests.kgworld import (
    GRID,
    HACK,
    KYIV,
    LAVROV,
    PESKOV,
    RUSSIA,
    SANDWORM,
    SBU,
    TALKS,
    UKRAINE,
    ZELENSKYY,
    ids,
)


def test_events_timeline_is_ordered_by_start(store):
    page = query.events(store)
    assert ids(page) == [HACK, GRID, TALKS]
    assert page["total"] == 3
    talks = page["items"][2]
    assert talks["participants"] == [
        {"id": LAVROV, "label": "Sergei Lavrov"},
        {"id": ZELENSKYY, "label": "Volodymyr Zelenskyy"},
    ]
    assert (talks["article"], talks["type"], talks["place"]["id"]) == (
        "kyiv-talks",
        "meeting",
        KYIV,
    )
    assert page["items"][0]["targets"] == [{"id": UKRAINE, "label": "Ukraine"}]


def test_events_interval_overlap(store):
    assert ids(query.events(store, start="2022-01-14", end="2022-01-14")) == [HACK]
    assert ids(query.events(store, start="2022-01-14")) == [HACK, GRID, TALKS]
    assert ids(query.events(store, start="2022-01-15")) == [GRID, TALKS]
    assert ids(query.events(store, end="2022-01-12")) == []
    assert ids(query.events(store, start="2022-01-16", end="2022-02-09")) == []
    with pytest.raises(InputError):
        query.events(store, start="2022-13-01")
    assert query.events(store, start="2022-02-01", end="2022-01-01")["total"] == 0


def test_events_by_type_and_actor_and_pages(store):
    assert ids(query.events(store, type="cyberattack")) == [HACK, GRID]
    assert ids(query.events(store, actor=UKRAINE)) == [HACK, GRID]
    assert ids(query.events(store, actor=LAVROV, type="meeting")) == [TALKS]
    assert ids(query.events(store, actor=LAVROV, type="cyberattack")) == []
    page = query.events(store, limit=1, offset=1)
    assert (page["total"], ids(page)) == (3, [GRID])


# -- one event --------------------------------------------------------------------------


def test_event_attribution_picture(store):
    ev = query.event(store, HACK)
    assert (ev["label"], ev["start"], ev["end"]) == (
        "cyberattack on government websites",
        "2022-01-13",
        "2022-01-14",
    )
    (group,) = ev["attribution"]
    assert group["agent"] == {"id": RUSSIA, "label": "Russia"}
    (asserted,) = group["asserted"]
    (denied,) = group["denied"]
    assert asserted["claimant"]["id"] == UKRAINE and asserted["kind"] == "attribution"
    assert denied["claimant"]["id"] == PESKOV
    assert denied["statement"]["text"] == "that Moscow was involved"
    for claim in (asserted, denied):
        assert claim["article"] == "kyiv-talks"
        assert kgworld.KYIV_TEXT[claim["start"] : claim["end"]] == claim["text"]
    assert ev["article"] == "kyiv-talks"
    assert ev["targets"] == [{"id": UKRAINE, "label": "Ukraine"}]


def test_event_two_agents(store):
    ev = query.event(store, GRID)
    groups = {g["agent"]["id"]: g for g in ev["attribution"]}
    assert set(groups) == {SANDWORM, RUSSIA}
    assert [c["claimant"]["id"] for c in groups[SANDWORM]["asserted"]] == [SBU]
    assert [c["claimant"]["id"] for c in groups[RUSSIA]["denied"]] == [RUSSIA]
    assert [s["text"] for s in ev["statements"]] == ["an act of war"]


def test_event_not_found(store):
    with pytest.raises(NotFoundError):
        query.event(store, LAVROV)


# -- claims -----------------------------------------------------------------------------


def test_claims_filters(store):
    assert query.claims(store)["total"] == 4
    assert [c["agent"]["id"] for c in query.claims(store, claimant=UKRAINE)["items"]] == [RUSSIA]
    assert query.claims(store, agent=RUSSIA, polarity="denied")["total"] == 2
    assert query.claims(store, agent=RUSSIA, polarity="asserted")["total"] == 1
    assert query.claims(store, event=GRID)["total"] == 2
    assert query.claims(store, claimant=SBU, agent=SANDWORM, event=GRID)["total"] == 1
    assert query.claims(store, claimant=kgworld.iri("actor", "nobody"))["total"] == 0
    with pytest.raises(InputError):
        query.claims(store, polarity="maybe")


def test_claims_paging(store):
    everything = ids(query.claims(store, limit=10))
    pages = [query.claims(store, limit=3, offset=o) for o in (0, 3)]
    assert [p["total"] for p in pages] == [4, 4]
    assert ids(pages[0]) + ids(pages[1]) == everything
