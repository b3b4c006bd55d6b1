"""Run every benchmark of issue 5 with sizes that fit in 15 minutes on a 2-core machine,
and print their tables (Markdown, ready for docs/benchmarks.md).

    .venv/bin/python bench/run_all.py            # what `make bench` runs
    .venv/bin/python bench/run_all.py --quick    # small sizes, a couple of minutes: a smoke run
    .venv/bin/python bench/run_all.py --out results.md   # also write the tables to a file
    .venv/bin/python bench/run_all.py --profile          # plus pyinstrument (if installed)

1. ``extract_bench.py``: 500 articles through the whole pipeline next to bare spaCy, the
   spaCy components one by one, ``kg ingest --workers 1,2`` on 200 of them (when the CLI
   has ``--workers``), and with ``--profile`` pyinstrument's hotspots;
2. ``scale_bench.py``: 10,000 articles (about 2.8M triples) into one store, measured at
   1k, 2k, 5k and 10k; the store is kept for
3. ``query_load_bench.py``: latency through HTTP and directly, then 16 clients for 10 s
   with the server's default settings and with ``max_concurrent_queries=16``.

Each runs in its own process, one after the other (never side by side: the machine has two
cores), so the memory figures are each benchmark's own. Exit status: 0 when every script
ran, whether or not a target was met (the tables say which).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from report import machine

FULL = {
    "extract": ["--articles", "500", "--batch", "20", "--components",
                "--workers", "1,2", "--workers-articles", "200"],
    "scale": ["--articles", "10000", "--checkpoints", "1000,2000,5000,10000"],
    "query": ["--requests", "150", "--budget", "4", "--clients", "16", "--seconds", "10",
              "--max-waiting", "default,16"],
}  # fmt: skip
QUICK = {
    "extract": ["--articles", "40", "--batch", "10", "--components",
                "--workers", "1,2", "--workers-articles", "20"],
    "scale": ["--articles", "1000", "--checkpoints", "100,200,500,1000"],
    "query": ["--requests", "30", "--budget", "2", "--clients", "16", "--seconds", "3",
              "--max-waiting", "default,16"],
}  # fmt: skip


def run(script: str, args: list[str], out: list[str]) -> tuple[int, float]:
    """Run one benchmark, echoing its output as it comes; returns (exit code, seconds)."""
    cmd = [sys.executable, str(HERE / script), *args]
    print(f"\n$ {' '.join(['python', f'bench/{script}', *args])}\n", flush=True)
    out.append(f"\n<!-- bench/{script} {' '.join(args)} -->\n")
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            out.append(line)
    return proc.returncode, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    ap.add_argument("--out", type=Path, help="also write everything printed to this file")
    ap.add_argument(
        "--profile", action="store_true", help="add pyinstrument hotspots (needs pyinstrument)"
    )
    args = ap.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    extract_args = list(sizes["extract"])
    if args.profile:
        if importlib.util.find_spec("pyinstrument") is None:
            raise SystemExit("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")
        extract_args.append("--profile")

    started = time.strftime("%Y-%m-%d %H:%M %Z")
    out: list[str] = [f"# geokg benchmarks, {started}\n\n{machine()}\n"]
    print(out[0])
    t_all = time.perf_counter()
    times: dict[str, tuple[int, float]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-all-"))
    try:
        times["extract_bench"] = run("extract_bench.py", extract_args, out)
        store = tmp / "store"
        times["scale_bench"] = run("scale_bench.py", [*sizes["scale"], "--store", str(store)], out)
        if store.is_dir():
            times["query_load_bench"] = run(
                "query_load_bench.py", [*sizes["query"], "--store", str(store)], out
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    total = time.perf_counter() - t_all

    summary = ["\n## Run time\n", "| benchmark | exit | minutes |", "| --- | ---: | ---: |"]
    summary += [f"| {name} | {code} | {secs / 60:.1f} |" for name, (code, secs) in times.items()]
    summary.append(f"| **all** | | **{total / 60:.1f}** |")
    verdict = "within" if total <= 15 * 60 else "OVER"
    summary.append(f"\nwhole run {total / 60:.1f} min: {verdict} the 15-minute budget")
    text = "\n".join(summary) + "\n"
    print(text)
    out.append(text)
    if args.out:
        args.out.write_text("".join(out), encoding="utf-8")
    # a script that crashed is a failure; a target missed is a result (the tables say so)
    crashed = [n for n, (code, _) in times.items() if code not in (0, 1)]
    return 1 if crashed or len(times) < 3 else 0


if __name__ == "__main__":
    sys.exit(main())
