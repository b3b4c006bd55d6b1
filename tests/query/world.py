"""The IRIs of the hand-built world (tests/kgworld.py) that the read tests look up."""

from __future__ import annotations

from tests import kgworld

RUSSIA = kgworld.iri("actor", "russia")
UKRAINE = kgworld.iri("actor", "ukraine")
LAVROV = kgworld.iri("actor", "sergei-lavrov")
ZELENSKYY = kgworld.iri("actor", "volodymyr-zelenskyy")
PESKOV = kgworld.iri("actor", "dmitry-peskov")
SANDWORM = kgworld.iri("actor", "sandworm")
SBU = kgworld.iri("actor", "sbu--ukraine")
FRANCE = kgworld.iri("actor", "france")
TALKS = kgworld.iri("event", "kyiv-talks/65")
HACK = kgworld.iri("event", "kyiv-talks/161")
GRID = kgworld.iri("event", "sandworm/32")
KYIV = kgworld.iri("place", "kyiv")


def ids(page):
    return [item["id"] for item in page["items"]]
