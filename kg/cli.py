"""``kg``: the command line, a few lines per command over the library.

Exit codes: 0 ok; 1 a command failed (an article failed to ingest, a graph does not
conform, the store is locked, ...); 2 bad input or usage. Errors print as
``kg: error: <message>`` on stderr; a traceback only with ``KG_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import unquote

from tqdm import tqdm

from kg import __version__
from kg.errors import InputError, KGError, NotFoundError, StoreError
from kg.ingest import (
    DEFAULT_MAX_BYTES,
    RECORD_FORMATS,
    count_inputs,
    delete_article,
    document_from_bytes,
    extract_outcomes,
    extract_to_record,
    ingest_documents,
    input_files,
    parse_date,
    read_paths,
    read_text_file,
    render_article,
)
from kg.link.entities import consolidate
from kg.link.events import merge_stored
from kg.parallel import open_pool
from kg.query.articles import list_articles
from kg.query.events import attribution_picture, find_events, format_picture
from kg.query.results import align, run_query
from kg.query.stats import store_stats
from kg.rdf import graph_iri
from kg.store import DEFAULT_LOCATION, Store, is_remote, open_store
from kg.store.remote import RemoteConfig

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2

# -- commands -------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    if args.file == "-":
        data = sys.stdin.buffer.read(args.max_bytes + 1)
        source = document_from_bytes(
            data,
            origin="<stdin>",
            default_id="stdin",
            doc_id=args.id,
            published=args.published,
            max_bytes=args.max_bytes,
        )
    elif Path(args.file).is_dir():
        raise InputError(f"{args.file}: is a folder; `kg extract` takes one file")
    else:
        source = read_text_file(
            Path(args.file), doc_id=args.id, published=args.published, max_bytes=args.max_bytes
        )
    if source.document is None:
        raise InputError(source.error or f"{source.origin}: unreadable")
    _warn(source.warnings)
    print(extract_to_record(source.document, _extractor(), args.format))
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    files = input_files(args.paths)
    if not files:
        raise InputError(f"no .txt or .jsonl files under {', '.join(args.paths)}")
    with _open(args.store, create=True) as store:
        # --workers N: processes here; --dask: a cluster. Either way this process reads the
        # inputs, keeps their order and writes, unless --parallel-writes lets the workers
        # write to a remote store themselves.
        pool = open_pool(
            workers=args.workers,
            dask=args.dask,
            store=store,
            retries=args.retries,
            parallel_writes=args.parallel_writes,
        )
        with (
            pool or nullcontext(),
            tqdm(
                total=count_inputs(files),
                unit="article",
                file=sys.stderr,
                disable=not sys.stderr.isatty(),
            ) as bar,
        ):
            sources = read_paths(args.paths, published=args.published, max_bytes=args.max_bytes)
            summary = ingest_documents(
                store,
                sources,
                extractor=_LazyExtractor(),
                pool=pool,
                on_result=lambda r: bar.update(1),
            )
    for r in summary.results:
        _warn(r.warnings)
    if summary.failures and len(summary.results) > 1:
        print(f"kg: {summary.failed} of {len(summary.results)} inputs failed:", file=sys.stderr)
    for r in summary.failures:
        print(f"kg: error: {r.error}", file=sys.stderr)
    rejoined = sorted({d for r in summary.results for d in r.rejoined})
    print(
        f"{len(summary.results) - summary.failed} ok ({summary.created} created, "
        f"{summary.replaced} replaced, {summary.unchanged} unchanged), {summary.failed} failed; "
        + (f"{len(rejoined)} earlier article(s) re-resolved; " if rejoined else "")
        + f"{summary.triples_in_store} triples in store {_shown(args.store)}"
    )
    return EXIT_OK if summary.ok else EXIT_FAILED


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        print(render_article(store, args.article_id, args.format))
    return EXIT_OK


def cmd_articles(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        articles = list_articles(store)
    rows = [
        [a["id"], a.get("published") or "", str(a.get("triples", "")), a.get("title") or ""]
        for a in articles
    ]
    print(align(["id", "published", "triples", "title"], rows))
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        rejoined = delete_article(store, args.article_id)
        if rejoined is None:
            raise NotFoundError(f"no article {args.article_id!r} in the store at {args.store}")
    print(f"deleted {args.article_id}")
    if rejoined:
        print(f"re-resolved {len(rejoined)} article(s) whose merges it made possible: {', '.join(rejoined)}")
    return EXIT_OK


def cmd_consolidate(args: argparse.Namespace) -> int:

    with _open(args.store) as store:
        for doc_id in args.article_ids:
            if not store.has_graph(str(graph_iri(doc_id))):
                raise NotFoundError(f"no article {doc_id!r} in the store at {args.store}")
        changed = consolidate(store, args.article_ids or None)
        # then the event nodes each article shows are one (kg.link.events.merge_stored)
        prefix = graph_iri("")
        ids = args.article_ids or sorted(
            unquote(g.removeprefix(prefix)) for g in store.graphs() if g.startswith(prefix)
        )
        merged = sorted({d for doc_id in ids for d in merge_stored(store, doc_id)})
    for doc_id, count in changed.items():
        print(f"re-resolved {doc_id} ({count} triples)")
    for doc_id in merged:
        print(f"merged event nodes in {doc_id}")
    print(f"{len(set(changed) | set(merged))} article(s) changed")
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    sparql = args.sparql
    if sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query file {sparql[1:]}: {exc}") from None
    with _open(args.store) as store:
        print(run_query(store, sparql, args.format).rstrip("\n"))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args.store) as store:
        stats = store_stats(store)
    for key in ("articles", "triples", "statements", "claims"):
        print(f"{key:<12}{stats[key]}")
    for key in ("actors", "events"):
        print(f"{key:<12}{sum(stats[key].values())}")
        for kind, n in stats[key].items():
            print(f"  {kind:<22}{n}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_store  # pyshacl: loaded only by the command that needs it

    with _open(args.store) as store:
        reports = validate_store(store)
    bad = {g: r for g, r in reports.items() if not r.conforms}
    for graph, report in bad.items():
        print(f"{graph} does not conform:")
        for line in report.results or [report.text.rstrip()]:
            print(f"  {line}")
    print(f"{len(reports) - len(bad)} of {len(reports)} article graphs conform")
    return EXIT_FAILED if bad else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from api.app import serve  # the CLI sits above the API layer; FastAPI only for serve
    except ImportError as exc:
        raise KGError(f"the API is not available: {exc}") from None
    # Open and close the store first: a locked or unreadable store is then one line from
    # us, not a traceback from inside uvicorn's startup.
    open_store(args.store).close()
    try:
        serve(str(args.store), args.host, args.port)
    except SystemExit as exc:  # uvicorn exits 3 when the app fails to start
        return int(exc.code or 0) and EXIT_FAILED
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    """``kg claims EVENT``: who says who is responsible for an event, across all articles."""
    with _open(args.store) as store:
        if args.event.startswith(("http://", "https://")):
            iris = [args.event]
        else:
            found = find_events(store, args.event)
            if not found:
                raise NotFoundError(f"no event whose label contains {args.event!r}")
            iris = [e["event"] for e in found if e["claims"]][: args.limit] or [found[0]["event"]]
        pictures = [attribution_picture(store, iri) for iri in iris]
    if args.format == "json":
        print(
            json.dumps(pictures if len(pictures) > 1 else pictures[0], indent=2, ensure_ascii=False)
        )
    else:
        print("\n\n".join(format_picture(p) for p in pictures))
    return EXIT_OK


# -- plumbing -------------------------------------------------------------------------------


class _open:
    """Open the store for one command and close it after. Only writing commands create a
    store; reading commands say there is none. Reads take the lock too: pyoxigraph calls a
    read-only open beside a live writer (``kg serve``) undefined behaviour, so a locked
    store is reported rather than read half-way through a write."""

    def __init__(self, location: str, *, create: bool = False) -> None:
        self.location, self.create = location, create

    def __enter__(self) -> Store:
        if not self.create and not is_remote(self.location) and not Path(self.location).is_dir():
            raise StoreError(f"no store at {self.location} (add articles with `kg ingest`)")
        self.store = open_store(self.location)
        return self.store

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def _shown(location: str) -> str:
    """A store location fit to print: a URL without its password."""
    if not is_remote(location):
        return location
    try:
        return RemoteConfig.from_url(location, env={}).location
    except KGError:
        return location.split("@")[-1]


def _extractor():
    from kg.extract import Extractor  # spaCy: loaded only when an article is extracted

    return Extractor()


class _LazyExtractor:
    """Loads spaCy on the first document, so a run where every input fails to read (or
    every one is a usage error) does not pay for the model."""

    def __init__(self, factory: Callable[[], object] | None = None) -> None:
        self._factory, self._extractor = factory, None

    def _get(self):
        if self._extractor is None:
            self._extractor = (self._factory or _extractor)()
        return self._extractor

    def extract(self, doc):
        return self._get().extract(doc)

    def extract_many(self, docs):
        """Batched extraction (``nlp.pipe``) when the extractor has it, else one by one."""
        return extract_outcomes(self._get(), list(docs))


def _warn(warnings: Sequence[str]) -> None:
    for w in warnings:
        print(f"kg: warning: {w}", file=sys.stderr)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def _date(text: str) -> str:
    try:
        parse_date(text, origin="--published")
    except InputError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date") from None
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="Build and query a knowledge graph of geopolitical news."
    )
    parser.add_argument("--version", action="version", version=f"geokg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    store = argparse.ArgumentParser(add_help=False)
    store.add_argument(
        "--store",
        default=os.environ.get("KG_STORE") or DEFAULT_LOCATION,
        help="store folder, or the http(s) URL of a SPARQL 1.1 server with an optional "
        "#preset (oxigraph, fuseki, graphdb, virtuoso, neptune, generic) "
        "(default: $KG_STORE or ./.kg)",
    )
    reading = argparse.ArgumentParser(add_help=False)
    reading.add_argument("--published", type=_date, help="YYYY-MM-DD, when a text gives none")
    reading.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help="largest input accepted (default 5 MB)",
    )

    def add(name: str, func, help: str, parents=(store,)) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, parents=list(parents))
        p.set_defaults(func=func)
        return p

    p = add(
        "extract",
        cmd_extract,
        "extract one article and print what the graph holds",
        parents=(reading,),
    )
    p.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    p.add_argument("--id", help="the article id (default: front matter, else the file name)")
    p.add_argument("--format", choices=RECORD_FORMATS, default="json")

    p = add(
        "ingest",
        cmd_ingest,
        "add articles (.txt, .jsonl, folders) to the store",
        parents=(store, reading),
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    parallel = p.add_mutually_exclusive_group()
    parallel.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="extract in N processes, each loading the model once (default 1)",
    )
    parallel.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or local[N] "
        "for N worker processes here (needs the dask extra)",
    )
    p.add_argument(
        "--retries",
        type=int,
        default=2,
        metavar="N",
        help="with --dask, times an article whose task failed is run again (default 2)",
    )
    p.add_argument(
        "--parallel-writes",
        action="store_true",
        help="on a remote store, each worker writes its own articles (faster; cross-article "
        "resolution then sees articles in the order they finish)",
    )

    p = add("show", cmd_show, "print one article's record or graph")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--format", choices=("json", "turtle", "jsonld", "nquads"), default="json")

    add("articles", cmd_articles, "list the articles in the store")

    p = add("delete", cmd_delete, "remove an article's graph from the store")
    p.add_argument("article_id", metavar="ARTICLE_ID")

    p = add(
        "consolidate",
        cmd_consolidate,
        "re-resolve stored articles against the whole store (after --parallel-writes, "
        "or a store written by an older geokg)",
    )
    p.add_argument("article_ids", nargs="*", metavar="ARTICLE_ID", help="default: every article")

    p = add("query", cmd_query, "run a SPARQL query (text or @file.rq)")
    p.add_argument("sparql", metavar="SPARQL")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")

    add("stats", cmd_stats, "count articles, triples, actors, events, statements, claims")
    add("validate", cmd_validate, "check every article graph against the SHACL shapes")

    p = add("serve", cmd_serve, "run the HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    # kg claims (kg.query.events): the attribution picture of an event across articles
    p = add("claims", cmd_claims, "who says who is responsible for an event, and who denies it")
    p.add_argument("event", metavar="EVENT", help="an event IRI, or words of its label")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--limit", type=_positive_int, default=5, help="events shown for a label search")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code rather than exiting, so tests can call it."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    try:
        return args.func(args)
    except InputError as exc:
        return _fail(exc, EXIT_INPUT)
    except KGError as exc:
        return _fail(exc, EXIT_FAILED)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg query ... | head`: stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - no tracebacks for users; KG_DEBUG shows one
        return _fail(exc, EXIT_FAILED, internal=True)


def _fail(exc: BaseException, code: int, *, internal: bool = False) -> int:
    if os.environ.get("KG_DEBUG"):
        traceback.print_exc()
    prefix = f"internal error: {type(exc).__name__}: " if internal else ""
    message = " ".join(str(exc).split()) or type(exc).__name__
    print(f"kg: error: {prefix}{message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
