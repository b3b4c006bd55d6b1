"""Statements and speakers on real news: geokg's statements against PolNeAR's attributions.

PolNeAR (github.com/networkdynamics/PolNeAR) is 1,008 US political news articles of 2016 in
which every attribution is annotated, BRAT standoff: ``T`` lines are spans (``Source``,
``Cue``, ``Content``; a span may be discontinuous, ``a b;c d``) and each ``E`` line ties one
attribution's parts together (``Attribution-no-source`` when there is no source). Fetch it
outside the repository (nothing fetched is committed) and point CORPUS at it::

    .venv/bin/python bench/polnear_eval.py /tmp/polnear --split dev
    .venv/bin/python bench/polnear_eval.py /tmp/polnear --split train --limit 200 --explain 20

Only the ``train`` and ``dev`` splits are read; ``test`` is held out and refused. An article
annotated by several annotators is read in the first annotator's version (sorted by id).
Each article is given to ``Extractor.extract_many`` as it is (first line = headline),
published on the date in its file name.

How it counts
-------------
Tokens are the ``\\w+`` runs of the article; a span's tokens are those whose characters lie
inside it (a discontinuous gold content takes the tokens of all its pieces).

- **Pairs.** A gold attribution (its content) and a predicted statement (its ``span``) are
  a candidate pair when they share a token; pairs are taken one-to-one, greedily, best
  pair Dice (2*shared/(|gold|+|pred|)) first, ties broken by offsets (deterministic).
- **Content P/R/F1 (soft, per attribution).** P = sum over matched pairs of
  shared/|pred|, divided by the number of predicted statements; R = sum of shared/|gold|
  divided by the number of gold attributions; F1 their harmonic mean. An unmatched
  prediction costs P one whole statement, an unmatched gold attribution costs R one.
- **Speaker accuracy.** Over matched pairs whose gold source is a *named* source (the
  source has a capitalised word whose lower-case form never occurs in the article, so
  "Trump" is a name and "Officials" or "The" are not), the share where our speaker is the
  same: one of the speaker actor's mentions overlaps the gold source span, or the
  source's names include the speaker's surname (last word of its name) or one of its
  aliases whole.

PolNeAR and SCHEMA.md differ
----------------------------
PolNeAR marks every attribution: thoughts and beliefs ("believes", "thinks"), polls and
documents that "show", anonymous sources ("a source said"), claim verbs ("accused",
"denied"), and a quote split by its attribution ("A," he said, "B.") as one attribution
with a discontinuous content. SCHEMA.md gives a statement only for speech, none for an
anonymous source, claims (not statements) for accusations and denials, and two statements
for a split quote. The bench scores three views:

- ``all``: every PolNeAR attribution, every statement of ours (what PolNeAR marks);
- ``speech``: gold attributions whose cue is a speech cue (``SPEECH_CUES``: the verbs of
  the statements lexicon as it was when the bench was written, "according to", or a
  cue-less quote), predictions matched to gold outside the
  view left out (neither credited nor charged);
- ``named``: ``speech`` with a named source (the SCHEMA-like view: no anonymous sources).

After matching, a split quote's second half (SCHEMA's two statements, PolNeAR's one
attribution with a discontinuous content) joins the first: an unmatched prediction lying at
least 80% inside a discontinuous gold content that is matched to a prediction of the same
speaker is merged into that prediction (counted once, its tokens added).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("train", "dev")
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
# The speech view's cue lemmas: fixed here (the speech_verbs lexicon of 2026-12-06 and
# "according"), so that the view does not move when the extractor's lexicon grows.
SPEECH_CUES = frozenset(
    [
        "accuse", "acknowledge", "add", "admit", "allege", "announce", "answer", "argue", "assert",
        "believe", "blame", "call", "caution", "claim", "comment", "complain", "concede",
        "conclude", "confirm", "contend", "declare", "deny", "disclose", "dismiss", "emphasise",
        "emphasize", "estimate", "explain", "express", "highlight", "indicate", "insist",
        "maintain", "mention", "note", "observe", "pledge", "point", "post", "predict", "promise",
        "recall", "reiterate", "reject", "remark", "reply", "report", "respond", "reveal", "say",
        "state", "stress", "suggest", "tell", "think", "told", "tweet", "underline", "urge", "vow",
        "warn", "write",
        "according",
    ]
)
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak", "thought": "think"}


# -- the corpus --------------------------------------------------------------------------
@dataclass
class Gold:
    spans: list[tuple[int, int]]  # content pieces
    source: tuple[int, int] | None
    source_text: str
    cue: str
    cue_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Article:
    name: str
    text: str
    published: _dt.date | None
    gold: list[Gold]


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for piece in field_.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str) -> list[Gold]:
    """The attributions of one BRAT standoff file (attributions without content skipped)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(where), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for ev in events:
        content = [s for role in ("Content", "Content2") if role in ev for s in spans[ev[role]][1]]
        if not content:
            continue
        src = spans.get(ev.get("Source", ""))
        cue = spans.get(ev.get("Cue", ""))
        out.append(
            Gold(
                spans=sorted(content),
                source=(src[1][0][0], src[1][-1][1]) if src else None,
                source_text=src[2] if src else "",
                cue=cue[2] if cue else "",
                cue_spans=cue[1] if cue else [],
            )
        )
    return out


def corpus_dir(path: Path) -> Path:
    return path / "data" if (path / "data").is_dir() else path


def load(corpus: Path, split: str, limit: int | None = None) -> list[Article]:
    if split not in SPLITS:
        raise SystemExit(f"polnear_eval: split {split!r} is refused: only {' and '.join(SPLITS)} may be read (test is held out)")
    base = corpus_dir(corpus) / split
    if not (base / "text").is_dir():
        raise SystemExit(f"polnear_eval: no {base}/text (fetch PolNeAR and give its folder as CORPUS)")
    arts = []
    for txt in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        m = _DATE.search(txt.name)
        published = _dt.date.fromisoformat(m.group(1)) if m else None
        arts.append(Article(txt.stem, txt.read_text(encoding="utf-8"), published, parse_ann(anns[0].read_text(encoding="utf-8"))))
        if limit and len(arts) >= limit:
            break
    return arts


# -- scoring -----------------------------------------------------------------------------
@dataclass
class Pred:
    start: int
    end: int
    speaker: str  # actor key
    names: tuple[str, ...] = ()  # the speaker's name and aliases
    mentions: tuple[tuple[int, int], ...] = ()  # the speaker's mention spans
    direct: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  # pieces, set by join

    def __post_init__(self):
        if not self.spans:
            self.spans = [(self.start, self.end)]


def tokens(text: str, spans) -> frozenset[int]:
    """Start offsets of the word tokens lying inside the spans."""
    out = set()
    for s, e in spans:
        for m in _WORD.finditer(text, s, e):
            out.add(m.start())
    return frozenset(out)


def match(gold_toks: list[frozenset[int]], pred_toks: list[frozenset[int]]) -> list[tuple[int, int, int]]:
    """One-to-one pairs (gold index, pred index, shared tokens), best Dice first."""
    cands = []
    for i, g in enumerate(gold_toks):
        for j, p in enumerate(pred_toks):
            o = len(g & p)
            if o:
                cands.append((-2 * o / (len(g) + len(p)), i, j, o))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j, o in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, o))
    return pairs


def prf(pairs, gold_toks, pred_toks, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = sum(o / len(pred_toks[j]) for _, j, o in pairs) / n_pred if n_pred else 0.0
    r = sum(o / len(gold_toks[i]) for i, _, o in pairs) / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def is_named(source_text: str, article: str) -> bool:
    """A source with a proper name: a capitalised word never written in lower case in the
    article ('Trump', 'the White House'; not 'He', 'Officials', 'The campaign')."""
    words = set(_WORD.findall(article))
    for w in _WORD.findall(source_text):
        if w[:1].isupper() and w.lower() not in words and w not in ("I", "Mr", "Mrs", "Ms", "Dr"):
            return True
    return False


def same_speaker(gold: Gold, pred: Pred, article: str) -> bool:
    if gold.source is None:
        return False
    gs, ge = gold.source
    if any(s < ge and gs < e for s, e in pred.mentions):
        return True
    src = {w.lower() for w in _WORD.findall(gold.source_text)}
    low = gold.source_text.lower()
    for name in pred.names:
        words = _WORD.findall(name.lower())
        if words and (words[-1] in src or re.search(r"\b" + re.escape(name.lower()) + r"\b", low)):
            return True
    return False


def cue_lemmas(cue: str) -> set[str]:
    out = set()
    for w in _WORD.findall(cue.lower()):
        out |= {w, _IRREGULAR.get(w, w), w[:-1], w[:-2], w[:-3], w[:-1] + "e" if w.endswith("d") else w, w[:-2] + "e", w[:-3] + "e", w[:-3] + "y"}
    return out


def speech_cue(gold: Gold, speech_words: frozenset[str]) -> bool:
    low = gold.cue.lower()
    if not low.strip() or "according" in low:
        return True
    return bool(cue_lemmas(gold.cue) & speech_words)


def absorb_split_quotes(pairs, gold: list[Gold], gold_toks, preds: list[Pred], pred_toks):
    """A split quote ("A," he said, "B.") is two statements here and one attribution with a
    discontinuous content in PolNeAR: an unmatched prediction lying (at least 80%) inside a
    discontinuous gold content already matched to a prediction of the same speaker joins that
    prediction. Returns (pairs, preds, pred_toks) with the joined predictions merged."""
    by_gold = {i: j for i, j, _ in pairs}
    matched = {j for _, j, _ in pairs}
    merged_into: dict[int, int] = {}
    toks = list(pred_toks)
    for j, p in enumerate(preds):
        if j in matched:
            continue
        for i, g in enumerate(gold):
            j0 = by_gold.get(i)
            if j0 is None or len(g.spans) < 2 or preds[j0].speaker != p.speaker:
                continue
            if len(pred_toks[j] & gold_toks[i]) >= 0.8 * len(pred_toks[j]):
                merged_into[j] = j0
                toks[j0] = toks[j0] | pred_toks[j]
                break
    if not merged_into:
        return pairs, preds, pred_toks
    keep = [j for j in range(len(preds)) if j not in merged_into]
    index = {j: k for k, j in enumerate(keep)}
    new_pairs = [(i, index[j], len(gold_toks[i] & toks[j])) for i, j, _ in pairs]
    return new_pairs, [preds[j] for j in keep], [toks[j] for j in keep]


@dataclass
class Tally:
    p_sum: float = 0.0
    r_sum: float = 0.0
    n_pred: int = 0
    n_gold: int = 0
    matched: int = 0
    named: int = 0
    named_ok: int = 0

    def row(self, label: str) -> str:
        p = self.p_sum / self.n_pred if self.n_pred else 0.0
        r = self.r_sum / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.named_ok / self.named if self.named else 0.0
        return (
            f"{label:<8} {self.n_gold:>6} {self.n_pred:>6} {self.matched:>7}  {p:6.3f} {r:6.3f} {f:6.3f}"
            f"   {acc:6.3f} ({self.named_ok}/{self.named})"
        )


def score_article(
    art: Article,
    preds: list[Pred],
    speech_words: frozenset[str],
    tallies: dict[str, Tally],
    misses: dict[str, list],
    view_of_misses: str = "all",
):
    """Tally the article's attributions in each view; ``misses`` collects the missed and
    wrongly attributed gold attributions of ``view_of_misses`` and every spurious one."""
    text = art.text
    gold_toks = [tokens(text, g.spans) for g in art.gold]
    pred_toks = [tokens(text, p.spans) for p in preds]
    keep_g = [i for i, t in enumerate(gold_toks) if t]
    keep_p = [j for j, t in enumerate(pred_toks) if t]
    gold = [art.gold[i] for i in keep_g]
    gold_toks = [gold_toks[i] for i in keep_g]
    preds = [preds[j] for j in keep_p]
    pred_toks = [pred_toks[j] for j in keep_p]
    pairs = match(gold_toks, pred_toks)
    pairs, preds, pred_toks = absorb_split_quotes(pairs, gold, gold_toks, preds, pred_toks)
    by_pred = {j: (i, o) for i, j, o in pairs}
    by_gold = {i: (j, o) for i, j, o in pairs}
    named = [g.source is not None and is_named(g.source_text, text) for g in gold]
    views = {
        "all": [True] * len(gold),
        "speech": [speech_cue(g, speech_words) for g in gold],
    }
    views["named"] = [a and b for a, b in zip(views["speech"], named)]
    for view, inview in views.items():
        t = tallies[view]
        t.n_gold += sum(inview)
        for j in range(len(preds)):
            if j in by_pred and not inview[by_pred[j][0]]:
                continue  # matched to a gold attribution outside the view
            t.n_pred += 1
        for i, j, o in pairs:
            if not inview[i]:
                continue
            t.matched += 1
            t.p_sum += o / len(pred_toks[j])
            t.r_sum += o / len(gold_toks[i])
            if named[i]:
                t.named += 1
                t.named_ok += same_speaker(gold[i], preds[j], text)
    for i, g in enumerate(gold):
        if not views[view_of_misses][i]:
            continue
        if i not in by_gold:
            misses["missed"].append((art.name, g, None, text))
        elif named[i] and not same_speaker(g, preds[by_gold[i][0]], text):
            misses["speaker"].append((art.name, g, preds[by_gold[i][0]], text))
    for j, p in enumerate(preds):
        if j not in by_pred:
            misses["spurious"].append((art.name, None, p, text))


def _snip(text: str, spans, n: int = 160) -> str:
    s = " | ".join(text[a:b] for a, b in spans).replace("\n", " ")
    return s if len(s) <= n else s[: n - 3] + "..."


def explain(misses: dict[str, list], n: int) -> None:
    for kind in ("missed", "speaker", "spurious"):
        items = misses[kind]
        print(f"\n-- {kind}: {len(items)} (first {min(n, len(items))})")
        for name, g, p, text in items[:n]:
            print(f"* {name}")
            if g is not None:
                print(f"  gold  [{g.source_text or '-'}] <{g.cue}> {_snip(text, g.spans)}")
            if p is not None:
                print(f"  ours  [{p.names[0] if p.names else p.speaker}] {_snip(text, p.spans)}")


def predictions(extraction) -> list[Pred]:
    actors = {a.key: a for a in extraction.actors}
    out = []
    for st in extraction.statements:
        a = actors.get(st.speaker)
        names = (a.name, *a.aliases) if a is not None else ()
        mentions = tuple((m.start, m.end) for m in a.mentions) if a is not None else ()
        out.append(Pred(st.span.start, st.span.end, st.speaker, names, mentions, st.direct))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the fetched PolNeAR folder (or its data/ folder)")
    ap.add_argument("--split", default="dev", help="train or dev (test is refused)")
    ap.add_argument("--limit", type=int, default=None, help="the first N articles (sorted by name)")
    ap.add_argument("--explain", type=int, default=0, metavar="N", help="show N misses of each kind")
    ap.add_argument(
        "--view", choices=("all", "speech", "named"), default="all",
        help="the view whose missed and misattributed gold attributions --explain shows",
    )
    args = ap.parse_args(argv)
    if args.split not in SPLITS:
        print(f"polnear_eval: split {args.split!r} is refused: PolNeAR's test split is held out; use train or dev", file=sys.stderr)
        return 2
    if "test" in corpus_dir(args.corpus).resolve().parts[-1:]:
        print("polnear_eval: CORPUS points into the held-out test split", file=sys.stderr)
        return 2
    from kg.extract import Extractor
    from kg.records import Document

    arts = load(args.corpus, args.split, args.limit)
    t0 = time.perf_counter()
    ex = Extractor()
    docs = [Document(id=a.name, text=a.text, published=a.published) for a in arts]
    tallies = {v: Tally() for v in ("all", "speech", "named")}
    misses: dict[str, list] = {"missed": [], "speaker": [], "spurious": []}
    failed = 0
    for art, res in zip(arts, ex.extract_many(docs), strict=True):
        if isinstance(res, Exception):
            failed += 1
            preds = []
        else:
            preds = predictions(res)
        score_article(art, preds, SPEECH_CUES, tallies, misses, args.view)
    secs = time.perf_counter() - t0
    print(f"PolNeAR {args.split}: {len(arts)} articles, {failed} failed, {secs:.0f} s")
    print(f"{'view':<8} {'gold':>6} {'pred':>6} {'matched':>7}  {'P':>6} {'R':>6} {'F1':>6}   speaker accuracy (named)")
    for view, t in tallies.items():
        print(t.row(view))
    if args.explain:
        explain(misses, args.explain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
