"""A small hand-built world for the query, graph and API tests: two articles' extractions
written out as records, so no spaCy is needed, and a fake extractor that returns them.

``tests`` is a package, so test modules in any layer can ``from tests import kgworld``.

World
-----
``kyiv-talks`` (2022-02-10): Sergei Lavrov (foreign minister of Russia) and Volodymyr
Zelenskyy meet in Kyiv; Zelenskyy speaks at the talks; Ukraine's government blames Russia
for the January cyberattack on government websites; Dmitry Peskov (for Russia) denies it.

``sandworm`` (2022-01-20): the SBU attributes a power-grid cyberattack to Sandworm, a group
of Russia's; Russia denies involvement; Zélenskyy (spelt so) comments; France is named
only to give an accented alias ("the Élysée").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kg.rdf import extraction_to_triples
from kg.records import Actor, Claim, Document, Event, Extraction, Role, Span, Statement

VERSION = "world-1"

KYIV_TEXT = (
    "Sergei Lavrov met Volodymyr Zelenskyy in Kyiv on February 10 for talks. "
    '"We want peace," Zelenskyy said at the talks. '
    "Ukraine's government blamed Russia for the cyberattack on government websites on "
    "January 13-14. Kremlin spokesman Dmitry Peskov denied that Moscow was involved."
)

SANDWORM_TEXT = (
    "The SBU said the Sandworm group attacked the power grid on January 15. "
    "Russia denied any role in the cyberattack. "
    "Volodymyr Zélenskyy called it an act of war."
)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def kyiv_talks() -> Extraction:
    t = KYIV_TEXT
    doc = Document("kyiv-talks", t, "Lavrov and Zelenskyy meet in Kyiv", dt.date(2022, 2, 10))
    actors = (
        Actor("lavrov", "Sergei Lavrov", "person", aliases=("Lavrov",),
              roles=(Role("foreign minister", "russia"),),
              mentions=(_span(t, "Sergei Lavrov"),), wikidata="Q155"),
        Actor("zelenskyy", "Volodymyr Zelenskyy", "person", aliases=("Zelenskyy",),
              roles=(Role("president", "ukraine"),),
              mentions=(_span(t, "Volodymyr Zelenskyy"), _span(t, "Zelenskyy", 1))),
        Actor("russia", "Russia", "country", aliases=("Moscow", "the Kremlin"),
              mentions=(_span(t, "Russia"), _span(t, "Moscow")), wikidata="Q159"),
        Actor("ukraine", "Ukraine", "country", aliases=("Kyiv",),
              mentions=(_span(t, "Ukraine"),), wikidata="Q212"),
        Actor("peskov", "Dmitry Peskov", "person", aliases=("Peskov", "Kremlin spokesman"),
              roles=(Role("spokesman", "russia"),), mentions=(_span(t, "Dmitry Peskov"),)),
    )  # fmt: skip
    events = (
        Event("talks", "meeting", "talks in Kyiv", dt.date(2022, 2, 10), dt.date(2022, 2, 10),
              location="Kyiv", participants=("lavrov", "zelenskyy"),
              mentions=(_span(t, "talks"),), date_text="February 10"),
        Event("hack", "cyberattack", "cyberattack on government websites",
              dt.date(2022, 1, 13), dt.date(2022, 1, 14), targets=("ukraine",),
              mentions=(_span(t, "cyberattack"),), date_text="January 13-14"),
    )  # fmt: skip
    statements = (
        Statement("s1", "zelenskyy", "We want peace", True, _span(t, "We want peace"),
                  event="talks", cue="said"),
        Statement("s2", "peskov", "that Moscow was involved", False,
                  _span(t, "that Moscow was involved"), cue="denied"),
    )  # fmt: skip
    claims = (
        Claim("c1", "ukraine", "attribution", "russia", "asserted",
              _span(t, "Ukraine's government blamed Russia for the cyberattack"), event="hack"),
        Claim("c2", "peskov", "denial", "russia", "denied",
              _span(t, "Dmitry Peskov denied that Moscow was involved"), event="hack",
              statement="s2"),
    )  # fmt: skip
    return Extraction(doc, actors, events, statements, claims, extractor_version=VERSION)


def sandworm() -> Extraction:
    t = SANDWORM_TEXT
    doc = Document("sandworm", t, "SBU blames Sandworm", dt.date(2022, 1, 20))
    actors = (
        Actor("sbu", "SBU", "organization", mentions=(_span(t, "SBU"),), country="ukraine"),
        Actor("sandworm", "Sandworm", "group", mentions=(_span(t, "Sandworm"),),
              country="russia"),
        Actor("russia", "Russia", "country", mentions=(_span(t, "Russia"),), wikidata="Q159"),
        Actor("ukraine", "Ukraine", "country", wikidata="Q212"),
        Actor("zelenskyy", "Volodymyr Zélenskyy", "person",
              mentions=(_span(t, "Volodymyr Zélenskyy"),)),
        Actor("france", "France", "country", aliases=("the Élysée",)),
    )  # fmt: skip
    events = (
        Event("grid", "cyberattack", "attack on the power grid", dt.date(2022, 1, 15),
              targets=("ukraine",), mentions=(_span(t, "attacked the power grid"),),
              date_text="January 15"),
    )  # fmt: skip
    statements = (
        Statement("s1", "zelenskyy", "an act of war", False, _span(t, "an act of war"),
                  event="grid", cue="called"),
    )  # fmt: skip
    claims = (
        Claim("c1", "sbu", "attribution", "sandworm", "asserted",
              _span(t, "The SBU said the Sandworm group attacked the power grid"), event="grid"),
        Claim("c2", "russia", "denial", "russia", "denied",
              _span(t, "Russia denied any role in the cyberattack"), event="grid"),
    )  # fmt: skip
    return Extraction(doc, actors, events, statements, claims, extractor_version=VERSION)


WORLD = {"kyiv-talks": kyiv_talks, "sandworm": sandworm}


def fill(store, *names: str) -> list[str]:
    """Store the named articles (all by default); returns their graph IRIs."""
    graphs = []
    for name in names or tuple(WORLD):
        graph, triples = extraction_to_triples(WORLD[name]())
        store.replace_graph(graph, triples)
        graphs.append(graph)
    return graphs


def iri(kind: str, local: str) -> str:
    return f"https://w3id.org/geokg/id/{kind}/{local}"


# the world's nodes that the read tests (tests/query, tests/api) look up
RUSSIA = iri("actor", "russia")
UKRAINE = iri("actor", "ukraine")
LAVROV = iri("actor", "sergei-lavrov")
ZELENSKYY = iri("actor", "volodymyr-zelenskyy")
PESKOV = iri("actor", "dmitry-peskov")
SANDWORM = iri("actor", "sandworm")
SBU = iri("actor", "sbu--ukraine")
FRANCE = iri("actor", "france")
TALKS = iri("event", "kyiv-talks/65")
HACK = iri("event", "kyiv-talks/161")
GRID = iri("event", "sandworm/32")
KYIV = iri("place", "kyiv")


def ids(page):
    """The ids of a page of items (a read's or a route's ``{"items": [...]}``), in order."""
    return [item["id"] for item in page["items"]]


class WorldExtractor:
    """Returns the world's extraction for a document whose text is one of the world's
    texts (under the document's own id and title), and an empty one otherwise."""

    version = VERSION

    def __init__(self) -> None:
        self.calls: list[str] = []

    def extract(self, doc: Document) -> Extraction:
        self.calls.append(doc.id)
        for make in WORLD.values():
            ex = make()
            if ex.document.text == doc.text:
                return replace(ex, document=doc)
        return Extraction(doc, extractor_version=VERSION)
