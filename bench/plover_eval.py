"""Event types on single news sentences, one per PLOVER category (bench/plover_sentences.jsonl).

Each line: ``category`` (PLOVER), ``type`` (the geokg type expected, or null where geokg
should report no event: verbal conflict such as ACCUSE or REJECT) and ``text``, one
sentence with no publication date. The sentences are written for this bench (invented
names and places), never taken from PLOVER's gold records or any article.

    .venv/bin/python bench/plover_eval.py            # recall and typed precision per category
    .venv/bin/python bench/plover_eval.py --explain  # and each sentence that fails

Recall: sentences with an event of the expected type. Typed precision: events of the
expected type over all events found in the sentences of a category (a sentence expecting
none counts every event it gets as a false one).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from kg.records import Document

BENCH = Path(__file__).resolve().parent / "plover_sentences.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", type=Path, default=BENCH)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args(argv)
    from kg.extract import Extractor

    extractor = Extractor()
    rows = [json.loads(line) for line in args.file.read_text().splitlines() if line.strip()]
    per = defaultdict(lambda: [0, 0, 0, 0])  # sentences, found, right events, all events
    for i, row in enumerate(rows):
        ext = extractor.extract(Document(id=f"s{i}", text=row["text"]))
        types = [e.type for e in ext.events]
        right = sum(t == row["type"] for t in types)
        c = per[row["category"]]
        c[0] += 1
        c[1] += bool(right) if row["type"] else not types
        c[2] += right
        c[3] += len(types)
        ok = (right > 0 and right == len(types)) if row["type"] else not types
        if args.explain and not ok:
            print(f"{row['category']:9} want {row['type']!s:17} got {types}: {row['text']}")
    tot = [0, 0, 0, 0]
    print(f"{'category':10} {'n':>3} {'recall':>7} {'typed P':>8}")
    for cat, c in sorted(per.items()):
        tot = [a + b for a, b in zip(tot, c)]
        p = f"{c[2] / c[3]:.2f}" if c[3] else "-"
        print(f"{cat:10} {c[0]:3} {c[1] / c[0]:7.2f} {p:>8}")
    print(f"{'all':10} {tot[0]:3} {tot[1] / tot[0]:7.2f} {tot[2] / max(tot[3], 1):8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
