"""Pairwise precision and recall of cross-article actor and event merging on a labelled set.

    .venv/bin/python bench/resolution_eval.py [ARTICLES_DIR] [--gold GOLD_JSON] [-v] [--reverse]
                                              [--shuffle SEED]

The articles (default ``tests/link/articles``) go through the real pipeline
(``kg.ingest.ingest_documents``: extractor, RDF mapping, resolution, store) into a throwaway
store, in file-name order (``--reverse``: the other way round; linking should not depend on
the order the articles come in; ``--shuffle SEED``: an order shuffled with that seed, as
articles arrive in no order at all). The gold file (default ``tests/link/gold_clusters.json``)
names, per cluster, the surface forms each article uses for it. Each (cluster, article,
surface) is an item; it is found in the graph as the actor (or event) whose mention covers
that surface's first (or ``#n``-th) whole-word occurrence in the article.

Scored: pairs of items from *different* articles (within one article, merging is the
extractor's job, not resolution's). A pair is predicted same when both items land on one
node, gold same when they are in one cluster. Precision and recall are over the items the
extractor found; items it did not find at all are counted apart ("not extracted") and give
the end-to-end recall, which also counts the gold pairs they take part in as missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from kg.rdf import graph_iri
from kg.store import Store, open_store

ARTICLES = ROOT / "tests" / "link" / "articles"
GOLD = ROOT / "tests" / "link" / "gold_clusters.json"

_MENTIONS = """
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?x ?kind ?s ?e WHERE { GRAPH ?g {
  ?x kg:mentionedIn ?m . ?m kg:startOffset ?s ; kg:endOffset ?e .
  { ?x kg:actorType ?t . BIND("actors" AS ?kind) } UNION { ?x a kg:Event . BIND("events" AS ?kind) }
} }"""
_BODY = """
PREFIX kg: <https://w3id.org/geokg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?body WHERE { GRAPH ?g { ?a a kg:Article ; schema:articleBody ?body } }"""


@dataclass(frozen=True)
class Item:
    cluster: str
    doc: str
    surface: str
    node: str | None  # the IRI it landed on; None when the extractor did not find it


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    recall_end_to_end: float
    tp: int
    fp: int
    fn: int
    items: int
    not_extracted: int
    false_merges: tuple[tuple[Item, Item], ...]
    missed_merges: tuple[tuple[Item, Item], ...]

    def line(self, name: str) -> str:
        return (
            f"{name:<7} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(pairs: {self.tp} right, {self.fp} wrong merges, {self.fn} missed; "
            f"{self.items} items, {self.not_extracted} not extracted; "
            f"end-to-end recall {self.recall_end_to_end:.3f})"
        )


def build_store(
    articles: Path = ARTICLES,
    *,
    extractor=None,
    location=None,
    reverse: bool = False,
    shuffle: int | None = None,
) -> Store:
    """The labelled articles ingested, in file-name order (or its reverse, or shuffled with the
    seed ``shuffle``), into a new store."""
    from kg.ingest import ingest_documents, read_paths

    if extractor is None:
        from kg.extract import Extractor

        extractor = Extractor()
    store = open_store(location)
    sources = list(read_paths([articles]))
    if reverse:
        sources.reverse()
    if shuffle is not None:
        random.Random(shuffle).shuffle(sources)
    summary = ingest_documents(store, sources, extractor=extractor)
    if not summary.ok:
        raise RuntimeError("; ".join(r.error or "" for r in summary.failures))
    return store


def locate(store: Store, gold: dict, kind: str) -> list[Item]:
    """Every gold item of ``kind`` (``actors`` or ``events``) with the node it landed on."""
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for r in store.select(_MENTIONS).dicts():
        if str(r["kind"]) == kind:
            mentions.setdefault(str(r["g"]), []).append((int(r["s"]), int(r["e"]), str(r["x"])))
    bodies = {str(r["g"]): str(r["body"]) for r in store.select(_BODY).dicts()}
    items = []
    for cluster, by_doc in gold[kind].items():
        for doc, surfaces in by_doc.items():
            g = graph_iri(doc)
            if g not in bodies:
                raise KeyError(f"gold names article {doc!r}, which is not in the store")
            for surface in surfaces:
                node = _node(bodies[g], mentions.get(g, []), surface, only_named=kind == "events")
                items.append(Item(cluster, doc, surface, node))
    return items


def _node(body: str, mentions: list[tuple[int, int, str]], surface: str, only_named: bool = False) -> str | None:
    """The node whose mention covers the surface's occurrence. An actor's name may be tried at
    later occurrences (the same name is the same actor); an event's word only at the one the
    gold names (its first, or ``#n``-th; a first occurrence in the headline also stands for the
    first in the body): "the meeting" later in an article may be another meeting, and landing
    there would score the extractor on an event the gold did not mean."""
    text, _, nth = surface.partition("#")
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body)]
    if not spans:
        raise KeyError(f"{surface!r} does not occur in the article")
    if nth:
        if not nth.isdigit() or not 0 < int(nth) <= len(spans):
            raise KeyError(f"{surface!r}: the article has {len(spans)} occurrence(s) of {text!r}")
        spans = [spans[int(nth) - 1]]
    elif only_named:
        # the occurrence the gold names; one in the headline also stands for the first one
        # in the body below it (the extractor reads no events from a headline)
        lead = body.lstrip()
        headline_end = len(body) - len(lead) + len(lead.split("\n", 1)[0])
        below = [sp for sp in spans if sp[0] > headline_end]
        spans = spans[:1] + below[:1] if spans[0][1] <= headline_end else spans[:1]
    # an occurrence that is a mention of its own comes before one inside a longer name
    # ("Rwanda" the country, not the "Rwanda" of "Rwanda Defence Force" named earlier)
    exact = [(s, e) for s, e in spans if any(ms == s and me == e for ms, me, _ in mentions)]
    inside = [(s, e) for s, e in spans if any(ms <= s and me >= e and (ms, me) != (s, e) for ms, me, _ in mentions)]
    if exact and inside:
        spans = exact + [sp for sp in spans if sp not in exact]
    for s, e in spans:
        # the mention that covers most of the surface and least else ("Ukraine's foreign
        # ministry" is the ministry, not the "Ukraine" inside it)
        hits = [
            (min(e, me) - max(s, ms), -(me - ms), x) for ms, me, x in mentions if ms < e and me > s
        ]
        if hits:
            return max(hits)[2]
    return None


def pairwise(items: list[Item]) -> Score:
    found = [i for i in items if i.node is not None]
    tp = fp = fn = 0
    false_merges, missed = [], []
    for a, b in itertools.combinations(found, 2):
        if a.doc == b.doc:
            continue
        same_gold, same_pred = a.cluster == b.cluster, a.node == b.node
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            false_merges.append((a, b))
        elif same_gold:
            fn += 1
            missed.append((a, b))
    gold_pairs_all = sum(
        1 for a, b in itertools.combinations(items, 2) if a.doc != b.doc and a.cluster == b.cluster
    )
    return Score(
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        recall_end_to_end=tp / gold_pairs_all if gold_pairs_all else 1.0,
        tp=tp,
        fp=fp,
        fn=fn,
        items=len(items),
        not_extracted=len(items) - len(found),
        false_merges=tuple(false_merges),
        missed_merges=tuple(missed),
    )


def evaluate(store: Store, gold: dict) -> dict[str, Score]:
    return {kind: pairwise(locate(store, gold, kind)) for kind in ("actors", "events")}


def _short(iri: str | None) -> str:
    return "-" if iri is None else iri.split("/id/", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every item and error")
    parser.add_argument(
        "--reverse", action="store_true", help="ingest the articles in reverse file-name order"
    )
    parser.add_argument(
        "--shuffle", type=int, metavar="SEED", help="ingest the articles in an order shuffled with SEED"
    )
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    store = build_store(args.articles, reverse=args.reverse, shuffle=args.shuffle)
    try:
        scores = evaluate(store, gold)
        if args.verbose:
            for kind in ("actors", "events"):
                for item in locate(store, gold, kind):
                    print(
                        f"  {kind[:-1]:<6} {item.cluster:<40} {item.doc[:24]:<24} "
                        f"{item.surface!r:<28} -> {_short(item.node)}"
                    )
                for a, b in scores[kind].false_merges:
                    print(
                        f"  WRONG MERGE {a.cluster}/{a.doc}:{a.surface!r} ~ "
                        f"{b.cluster}/{b.doc}:{b.surface!r} on {_short(a.node)}"
                    )
                for a, b in scores[kind].missed_merges:
                    print(
                        f"  MISSED {a.cluster}: {a.doc}:{a.surface!r} -> {_short(a.node)} / "
                        f"{b.doc}:{b.surface!r} -> {_short(b.node)}"
                    )
        print(
            f"resolution on {args.articles} ({len(store.graphs())} articles"
            f"{', reverse order' if args.reverse else ''}"
            f"{f', shuffled with seed {args.shuffle}' if args.shuffle is not None else ''}), "
            "pairwise over cross-article pairs:"
        )
        for kind in ("actors", "events"):
            print(scores[kind].line(kind))
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
