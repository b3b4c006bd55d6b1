"""The blind-written sets in bench/ (fresh: read to find patterns; unseen: measured only)
hold gold records a scorer can trust: the SCHEMA's shape, ids that resolve, no alias shared
by two actors, direct quotes that are the article's words. Checked without reading what the
extractor makes of them; needs nothing outside the repository."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kg.records import EVENT_TYPES

BENCH = Path(__file__).resolve().parents[2] / "bench"
GOLDS = sorted(p for where in ("fresh", "unseen") for p in (BENCH / where).glob("*.gold.json"))
ACTOR_TYPES = {"person", "organization", "country", "group"}
CLAIM_KINDS = {"attribution", "denial", "accusation"}


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _date(value) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def test_both_sets_are_there():
    names = {p.parent.name for p in GOLDS}
    assert names == {"fresh", "unseen"}
    for gold in GOLDS:
        assert gold.with_name(gold.name.replace(".gold.json", ".txt")).is_file(), gold


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_record_is_well_formed(gold: Path):
    rec = json.loads(gold.read_text())
    text = _norm(gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text())
    assert dt.date.fromisoformat(rec["document"]["published"])
    actors = {a["id"]: a for a in rec["actors"]}
    events = {e["id"]: e for e in rec["events"]}
    assert len(actors) == len(rec["actors"]) and len(events) == len(rec["events"])
    seen: dict[str, str] = {}
    for a in rec["actors"]:
        assert a["type"] in ACTOR_TYPES, a
        for name in {_norm(n).removeprefix("the ") for n in [a["name"], *a.get("aliases", [])]}:
            assert seen.setdefault(name, a["id"]) == a["id"], f"{name!r} names {seen[name]} and {a['id']}"
        for role in a.get("roles", []):
            assert role["title"] and role.get("of") in {None, *actors}, role
    for e in rec["events"]:
        assert e["type"] in EVENT_TYPES, e
        assert _date(e.get("start")) and _date(e.get("end")), e
        assert set(e.get("participants", [])) | set(e.get("targets", [])) <= set(actors), e
    for s in rec["statements"]:
        assert s["speaker"] in actors and s.get("event") in {None, *events}, s
        if s["direct"]:
            assert _norm(s["text"]) in text, s["text"]
    for c in rec["claims"]:
        assert c["kind"] in CLAIM_KINDS and c["polarity"] in {"asserted", "denied"}, c
        assert c["claimant"] in actors and c.get("agent") in {None, *actors}, c
        assert c.get("event") in {None, *events}, c


WEEKS = sorted((BENCH / where / "week") for where in ("fresh", "unseen"))


def test_both_blind_weeks_are_there():
    for week in WEEKS:
        assert len(list(week.glob("*_clusters.json"))) == 1, week
        assert len(list(week.glob("w*.txt"))) >= 5, week


@pytest.mark.parametrize("week", WEEKS, ids=lambda p: f"{p.parent.name}/week")
def test_a_blind_week_names_surfaces_its_articles_hold(week: Path):
    """Each gold item (cluster, article, surface) is found the way bench/resolution_eval.py
    looks for it: the surface's first (or ``#n``-th) whole-word occurrence in that article."""
    (gold_file,) = week.glob("*_clusters.json")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert set(gold) >= {"actors", "events"}
    for kind in ("actors", "events"):
        claimed: dict[tuple[str, str], str] = {}
        for cluster, by_article in gold[kind].items():
            for stem, surfaces in by_article.items():
                body = (week / f"{stem}.txt").read_text(encoding="utf-8")
                for surface in surfaces:
                    text, _, nth = surface.partition("#")
                    hits = re.findall(rf"(?<!\w){re.escape(text)}(?!\w)", body)
                    assert len(hits) >= int(nth or 1), f"{stem}: {surface!r} ({cluster})"
                    owner = claimed.setdefault((stem, surface), cluster)
                    assert owner == cluster, f"{stem}: {surface!r} is in {owner} and {cluster}"
