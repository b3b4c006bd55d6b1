"""Score the extractor on the dev set's two parts: the articles rules are tuned on, and the
ones kept for measuring only (bench/dev_split.json); and on the two blind-written sets in the
repo: bench/fresh (read to find patterns) and bench/unseen (measured only).

    .venv/bin/python bench/dev_eval.py                 # tune, measure and all: three tables
    .venv/bin/python bench/dev_eval.py --part tune --explain   # what was missed, tune part only
    .venv/bin/python bench/dev_eval.py --part fresh --part unseen   # the blind-written sets

``--explain`` is refused for the measure part and for bench/unseen: their texts and gold are
not to be read while rules are written. The scorer is ``../shared/eval/score.py``; each part is scored by running
it on a temporary folder of links to that part's articles.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLIT = Path(__file__).resolve().parent / "dev_split.json"
BLIND = {"fresh": ROOT / "bench" / "fresh", "unseen": ROOT / "bench" / "unseen"}
READABLE = ("tune", "fresh")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval", help="the eval folder")
    ap.add_argument("--part", choices=("tune", "measure", "all", *BLIND), action="append")
    ap.add_argument("--cmd", default=f"{ROOT / '.venv' / 'bin' / 'kg'} extract")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    scorer = args.eval / "score.py"
    if not scorer.is_file():
        print(f"dev_eval: no scorer at {scorer} (the eval folder lives outside the repo)", file=sys.stderr)
        return 2
    split = json.loads(SPLIT.read_text())
    names = {"tune": split["tune"], "measure": split["measure"], "all": split["tune"] + split["measure"]}
    folder = {part: args.eval / "dev" for part in names}
    for part, where in BLIND.items():
        names[part] = sorted(p.name[: -len(".gold.json")] for p in where.glob("*.gold.json"))
        folder[part] = where
    parts = args.part or ["tune", "measure", "all"]
    if args.explain and any(p not in READABLE for p in parts):
        print("dev_eval: --explain is for the parts rules are written from (--part tune, --part fresh)", file=sys.stderr)
        return 2
    for part in parts:
        with tempfile.TemporaryDirectory() as tmp:
            for name in names[part]:
                for suffix in (".txt", ".gold.json"):
                    (Path(tmp) / (name + suffix)).symlink_to((folder[part] / (name + suffix)).resolve())
            cmd = [sys.executable, str(scorer), "run", tmp, "--cmd", args.cmd]
            cmd += ["--explain"] if args.explain else []
            cmd += ["--json"] if args.json else []
            out = subprocess.run(cmd, capture_output=True, text=True)
            where = f"rotation {split['rotation']}" if part not in BLIND else f"bench/{part}"
            print(f"== {part} ({len(names[part])} articles, {where})")
            print(out.stdout.rstrip())
            if out.returncode:
                print(out.stderr.rstrip(), file=sys.stderr)
                return out.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
