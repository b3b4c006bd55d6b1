"""``WorkerStore``: the ``Store`` protocol served by an ``OxigraphStore`` in a child process,
so that a query past its time limit can really be stopped.

Why a process: neither pyoxigraph nor rdflib can cancel a running query, and a thread
cannot be killed. The child owns the on-disk store; the parent forwards each call over a
pipe and waits at most the call's time limit. At the limit it kills the child (SIGKILL),
starts a new one on the same store (RocksDB drops the dead process's lock, and every
write is one transaction, so nothing half-written survives) and raises
``kg.errors.QueryTimeout``. The caller that timed out pays for the restart (a fraction of
a second), so the next caller finds a ready worker.

Why one worker, not a pool of readers: an on-disk Oxigraph store can be opened
read-write by one process only; ``Store.read_only`` in a second process while the first
writes is undefined behaviour, and pyoxigraph 0.5 has no RocksDB secondary instance that
could follow the writer safely. Threads inside the one child would share its fate: a
kill for one slow query would take every other in-flight query (and maybe a write) with
it. So calls are serialised by a lock: one runs, at most ``max_waiting`` callers wait
(more get ``StoreBusy``, which the API answers with 503), and a write never shares the
child with a query that could get it killed. Writes (``replace_graph``,
``delete_graph``, ``bulk_load_nquads``) get the longer ``write_timeout``.

``query_capped`` serialises at most ``max_rows`` solutions (or triples) and says
whether it cut, stopping evaluation just past the cap so an unbounded result is never
materialised; every term is still written by Oxigraph, not Python (see
``_first_rows_as_tsv``).

``aquery_capped`` and ``agraphs`` are the same calls for an asyncio caller (the
``/sparql`` route): the request goes down the pipe from the event loop and the loop
wakes when the answer is readable, so a query costs no thread hop; the lock, the bound
on waiters (``StoreBusy``), the time limit and the kill are the same as for a thread.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from typing_extensions import Self

from kg.errors import (
    KGError,
    QueryError,
    QuerySyntaxError,
    QueryTimeout,
    StoreBusy,
    StoreError,
)
from kg.store import SelectResult, Term, Triple, convert_rows

WRITE_OPS = frozenset({"replace_graph", "delete_graph", "bulk_load_nquads"})

__all__ = ["READ_MODULES", "StoreBusy", "WorkerStore"]  # StoreBusy: kg.errors, named here too


# -- the child ----------------------------------------------------------------------------
def _watch_parent(parent_pid: int) -> None:
    """Exit when the parent is gone, so an orphan never keeps the store's lock."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent_pid:
            os._exit(1)


def _picklable(exc: BaseException) -> BaseException:
    if isinstance(exc, KGError):
        return exc
    return StoreError(f"{type(exc).__name__}: {exc}")


def _child_entry() -> None:
    """``python -c`` entry point of the child: argv is [fd, parent pid, location]."""
    fd, parent_pid, location = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    _child_main(Connection(int(fd)), location or None, parent_pid)


def _child_main(conn, location: str | None, parent_pid: int) -> None:
    # Ctrl-C on `kg serve` reaches the whole process group; the parent decides when the
    # child stops (``close``), so a query is not interrupted half-way by the signal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    from kg.store.oxigraph import OxigraphStore

    try:
        store = OxigraphStore(Path(location) if location else None)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        conn.send(("error", _picklable(exc)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            op, args, kwargs = conn.recv()
        except (EOFError, OSError):
            break
        if op == "close":
            store.close()
            conn.send(("ok", None))
            break
        try:
            if op in _CHILD_OPS:
                result = _CHILD_OPS[op](store, *args, **kwargs)
            else:
                result = getattr(store, op)(*args, **kwargs)
            conn.send(("ok", result))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            conn.send(("err", _picklable(exc)))


def _bulk_load_nquads(store, path: str) -> int:
    """Load an N-Quads file with Oxigraph's bulk loader (not transactional: for building
    a store, not for serving writes). Returns the store's quad count afterwards."""
    import pyoxigraph as ox

    try:
        store._store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
        store._store.flush()
        store._store.optimize()
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"could not bulk-load {path}: {exc}") from exc
    return len(store._store)


def _query_capped(
    store,
    sparql: str,
    media_type: str,
    max_rows: int | None = None,
    *,
    base_iri: str | None = None,
    union: bool = True,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> tuple[str, bytes, bool]:
    import pyoxigraph as ox

    # as OxigraphStore._run, plus the base IRI that the protocol lets the service define
    kwargs: dict[str, Any] = {}
    if base_iri is not None:
        kwargs["base_iri"] = base_iri
    if default_graphs is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    elif union:
        kwargs["use_default_graph_as_union"] = True
    if named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        res = store._store.query(sparql, **kwargs)
        if isinstance(res, ox.QueryBoolean):
            return "ask", res.serialize(format=_result_format(media_type)) or b"", False
        if isinstance(res, ox.QueryTriples):
            fmt = _rdf_format(media_type)
            if max_rows is None:
                return "graph", res.serialize(format=fmt) or b"", False
            triples = list(islice(res, max_rows + 1))
            truncated = len(triples) > max_rows
            body = ox.serialize(triples[:max_rows], format=fmt) if triples else b""
            return "graph", body or b"", truncated
        fmt = _result_format(media_type)
        if max_rows is None:
            return "select", res.serialize(format=fmt) or b"", False
        tsv, truncated = _first_rows_as_tsv(res, max_rows)
        if fmt != ox.QueryResultsFormat.TSV:
            tsv = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(
                format=fmt
            )
        return "select", tsv or b"", truncated
    except SyntaxError as exc:
        raise QuerySyntaxError(str(exc)) from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(str(exc)) from exc


class _EnoughRows(Exception):
    pass


class _LineSink:
    """A file-like that keeps what Oxigraph writes and stops it (by raising) once it has
    more than ``limit`` lines."""

    def __init__(self, limit: int) -> None:
        self.chunks: list[bytes] = []
        self.lines = 0
        self.limit = limit

    def write(self, data) -> int:
        data = bytes(data)
        self.chunks.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _EnoughRows
        return len(data)

    def flush(self) -> None:
        pass


def _first_rows_as_tsv(solutions, max_rows: int) -> tuple[bytes, bool]:
    """The header and at most ``max_rows`` rows of ``solutions`` as TSV, and whether there
    were more. In TSV a row is exactly a line (newlines in literals are escaped), so
    counting lines counts rows; evaluation stops a chunk after row ``max_rows + 1``, and
    Oxigraph, not Python, writes every term. The caller re-reads the TSV (losslessly: it
    is N-Triples syntax) to write the requested format."""
    import pyoxigraph as ox

    sink = _LineSink(max_rows + 1)  # the header, then max_rows + 1 rows to know if we cut
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except Exception:  # _EnoughRows, however pyoxigraph chooses to pass it on
        if sink.lines <= sink.limit:
            raise  # a real error
    data = b"".join(sink.chunks)
    lines = data[: data.rfind(b"\n") + 1].split(b"\n")[:-1]  # complete lines only
    truncated = len(lines) - 1 > max_rows
    return b"".join(line + b"\n" for line in lines[: max_rows + 1]), truncated


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _select_plain(
    store,
    sparql: str,
    bindings: Mapping[str, Term] | None = None,
    *,
    union: bool = True,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
) -> tuple[tuple[str, ...], list[tuple]]:
    """``select`` with the terms as plain values for the pipe: an IRI is its string, a
    literal ``(value, datatype or None, language or None)``, a blank node ``(id,)``, and
    a bound variable ``0`` (the parent has its term). Pickling rdflib terms made every
    literal be built twice (here, and again when unpickled), the slowest part of a
    lookup; a repeated term is one object, which pickle sends once."""
    import pyoxigraph as ox

    res = store._run(
        sparql, bindings, union=union, default_graphs=default_graphs, named_graphs=named_graphs
    )
    if not isinstance(res, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    variables = tuple(v.value for v in res.variables)

    def plain(term):
        if isinstance(term, ox.NamedNode):
            return term.value
        if isinstance(term, ox.Literal):
            dt = term.datatype.value
            return (term.value, None if term.language or dt == _XSD_STRING else dt, term.language)
        if isinstance(term, ox.BlankNode):
            return (term.value,)
        raise QueryError(f"unsupported term from the store: {term!r}")

    # 0 marks a bound variable: the parent has its term, nothing crosses the pipe
    template = [0 if bindings and v in bindings else None for v in variables]
    try:
        # an unhashable term (a triple term) becomes a marker the parent refuses, as the
        # embedded store does
        rows = convert_rows(res, template, plain, unhashable=lambda t: ("?", str(t)))
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(str(exc)) from exc
    return variables, rows


def _overrun(op: str, timeout: float) -> KGError:
    """The error for a call the worker did not answer in time (it has been replaced)."""
    if op in WRITE_OPS:
        return StoreError(
            f"{op} ran past its {timeout:g} s limit and was stopped; the "
            "store is unchanged (each write is one transaction)"
        )
    return QueryTimeout(f"the query ran past the {timeout:g} s time limit and was stopped")


def _from_plain(variables, rows, bindings) -> SelectResult:
    """The parent's side of ``_select_plain``: rdflib terms, each built once."""
    from rdflib.term import BNode, Literal, URIRef

    def term(value):
        if isinstance(value, str):
            return URIRef(value)
        if len(value) == 3:
            text, dt, lang = value
            return Literal(text, lang=lang) if lang else Literal(text, datatype=dt and URIRef(dt))
        if len(value) == 1:
            return BNode(value[0])
        raise StoreError(f"unsupported term from the store: {value[1]}")

    bound = [bindings.get(v) if bindings else None for v in variables]
    return SelectResult(variables, convert_rows(rows, bound, term))


# Modules whose functions ``run_read`` may run in the child: read-only lookups written
# against the Store protocol. Checked by name, so that the store layer imports nothing
# above it (the child imports the module when it unpickles the function).
READ_MODULES = frozenset({"kg.query"})


def _run_read(store, fn, *args: Any, **kwargs: Any) -> Any:
    if getattr(fn, "__module__", None) not in READ_MODULES:
        raise StoreError(f"{getattr(fn, '__qualname__', fn)!r} may not run in the store worker")
    return fn(store, *args, **kwargs)


_CHILD_OPS = {
    "bulk_load_nquads": _bulk_load_nquads,
    "query_capped": _query_capped,
    "select_plain": _select_plain,
    "run_read": _run_read,
}


# -- result serialisation of a bounded row list (the child's side of query_capped) --------
def _result_format(media_type: str):
    import pyoxigraph as ox

    formats = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/csv": ox.QueryResultsFormat.CSV,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }
    if media_type not in formats:
        raise QueryError(f"cannot serialise a query result as {media_type}")
    return formats[media_type]


def _rdf_format(media_type: str):
    import pyoxigraph as ox

    formats = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/n-quads": ox.RdfFormat.N_TRIPLES,  # a graph result has no graph names
        "application/trig": ox.RdfFormat.TURTLE,
        "application/rdf+xml": ox.RdfFormat.RDF_XML,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }
    if media_type not in formats:
        raise QueryError(f"cannot serialise a graph result as {media_type}")
    return formats[media_type]


# -- the parent ---------------------------------------------------------------------------
async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait on the running loop until ``conn`` has data (True) or ``timeout`` passes."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[bool] = loop.create_future()

    def settle(value: bool) -> None:
        if not done.done():
            done.set_result(value)

    fd = conn.fileno()
    loop.add_reader(fd, settle, True)
    timer = loop.call_later(timeout, settle, False)
    try:
        return await done
    finally:
        timer.cancel()
        loop.remove_reader(fd)
        # uvloop makes a watched fd non-blocking; the Connection reads a message whole
        # with blocking reads (and the threads' calls share it)
        os.set_blocking(fd, True)


async def _in_thread(fn: Any) -> Any:
    """``fn()`` in anyio's thread pool (FastAPI's, 40 threads): waiting for the lock or
    restarting the worker blocks, so it must not run on the loop."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(fn)


class WorkerStore:
    """A ``Store`` whose Oxigraph runs in a child process that is killed at the time limit.

    ``location`` is the store folder (``None`` or ``":memory:"`` for an in-memory store,
    which is lost whenever the worker restarts: tests only).
    """

    def __init__(
        self,
        location: str | Path | None,
        *,
        query_timeout: float = 10.0,
        write_timeout: float = 300.0,
        max_waiting: int = 4,
        start_timeout: float = 60.0,
    ) -> None:
        if location is not None and str(location) == ":memory:":
            location = None
        self.location = Path(location) if location is not None else None
        self.query_timeout = query_timeout
        self.write_timeout = write_timeout
        self.max_waiting = max_waiting
        self.start_timeout = start_timeout
        self.restarts = 0
        self._call_lock = threading.Lock()
        self._count_lock = threading.Lock()
        self._waiting = 0
        self._closed = False
        self._proc: Any = None
        self._conn: Any = None
        if self.location is not None:
            self.location.mkdir(parents=True, exist_ok=True)
        self._start()

    # -- process management ---------------------------------------------------------------
    def _start(self) -> None:
        # A plain subprocess rather than multiprocessing's spawn, which re-imports the
        # parent's __main__ (uvicorn's, pytest's, a notebook's) in the child.
        parent_sock, child_sock = socket.socketpair()
        parent_conn = Connection(parent_sock.detach())
        child_fd = child_sock.detach()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        loc = str(self.location) if self.location is not None else ""
        try:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from kg.store.worker import _child_entry; _child_entry()",
                    str(child_fd),
                    str(os.getpid()),
                    loc,
                ],
                pass_fds=(child_fd,),
                env=env,
                stdin=subprocess.DEVNULL,
            )
        finally:
            os.close(child_fd)
        try:
            if not parent_conn.poll(self.start_timeout):
                raise StoreError(f"the store worker did not start in {self.start_timeout:g} s")
            status, payload = parent_conn.recv()
        except (EOFError, OSError) as exc:
            self._kill(proc, parent_conn)
            raise StoreError(f"the store worker died while opening {self.location}") from exc
        except StoreError:
            self._kill(proc, parent_conn)
            raise
        if status != "ready":
            self._kill(proc, parent_conn)
            raise payload
        self._proc, self._conn = proc, parent_conn

    @staticmethod
    def _kill(proc, conn) -> None:
        if proc.poll() is None:
            proc.kill()  # SIGKILL: nothing can make a running query stop sooner
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            pass
        conn.close()

    def _restart(self) -> None:
        if self._proc is not None:
            self._kill(self._proc, self._conn)
        self._proc = self._conn = None
        self.restarts += 1
        last: Exception | None = None
        for attempt in range(5):
            try:
                self._start()
                return
            except StoreError as exc:  # e.g. the lock not released yet
                last = exc
                time.sleep(0.05 * (attempt + 1))
        assert last is not None
        raise last

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    # -- calls ----------------------------------------------------------------------------
    def _acquire(self) -> None:
        if self._call_lock.acquire(blocking=False):
            return
        with self._count_lock:
            if self._waiting >= self.max_waiting:
                raise StoreBusy(
                    f"the store is busy: one call is running and {self._waiting} are "
                    "waiting; try again shortly"
                )
            self._waiting += 1
        try:
            # A waiter gives up after one full time limit plus the one running ahead of it.
            if not self._call_lock.acquire(timeout=self.write_timeout + self.query_timeout):
                raise StoreBusy("the store stayed busy too long; try again shortly")
        finally:
            with self._count_lock:
                self._waiting -= 1

    def _call(self, op: str, *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        if timeout is None:
            timeout = self.write_timeout if op in WRITE_OPS else self.query_timeout
        self._acquire()
        try:
            if self._closed:
                raise StoreError("the store is closed")
            if not self.alive:
                self._restart()
            try:
                self._conn.send((op, args, kwargs))
                ready = self._conn.poll(timeout)
                if ready:
                    status, payload = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._restart()
                raise StoreError("the store worker died during the call and was restarted") from exc
            if not ready:
                self._restart()
                raise _overrun(op, timeout)
            if status == "err":
                raise payload
            return payload
        finally:
            self._call_lock.release()

    # -- calls from an event loop ---------------------------------------------------------
    async def _acall(self, op: str, *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        """``_call`` for a coroutine on an asyncio loop: no thread unless it has to wait
        for the lock or restart the worker. The answer is read once the pipe is readable;
        the loop's timer enforces the time limit."""
        if timeout is None:
            timeout = self.write_timeout if op in WRITE_OPS else self.query_timeout
        if not self._call_lock.acquire(blocking=False):
            await _in_thread(self._acquire)  # StoreBusy past max_waiting, as _call
        release = True
        try:
            if self._closed:
                raise StoreError("the store is closed")
            if not self.alive:
                await _in_thread(self._restart)
            conn = self._conn
            try:
                conn.send((op, args, kwargs))
                try:
                    ready = await _readable(conn, timeout)
                except BaseException:
                    # cancelled while the child works: its answer would be read as the
                    # next call's, so the child is replaced, off the loop, lock held
                    release = False
                    threading.Thread(target=self._restart_and_release, daemon=True).start()
                    raise
                if ready:
                    status, payload = conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                await _in_thread(self._restart)
                raise StoreError("the store worker died during the call and was restarted") from exc
            if not ready:
                await _in_thread(self._restart)
                raise _overrun(op, timeout)
            if status == "err":
                raise payload
            return payload
        finally:
            if release:
                self._call_lock.release()

    def _restart_and_release(self) -> None:
        try:
            if not self._closed:
                self._restart()
        except StoreError:
            pass  # the next call tries again
        finally:
            self._call_lock.release()

    async def aquery_capped(
        self,
        sparql: str,
        media_type: str,
        max_rows: int | None = None,
        *,
        base_iri: str | None = None,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> tuple[str, bytes, bool]:
        """``query_capped`` for a coroutine."""
        return await self._acall(
            "query_capped",
            sparql,
            media_type,
            max_rows,
            base_iri=base_iri,
            union=union,
            default_graphs=list(default_graphs) if default_graphs is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
        )

    async def agraphs(self) -> list[str]:
        """``graphs`` for a coroutine."""
        return await self._acall("graphs")

    # -- the Store protocol ---------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        return self._call("replace_graph", graph, list(triples))

    def delete_graph(self, graph: str) -> bool:
        return self._call("delete_graph", graph)

    def has_graph(self, graph: str) -> bool:
        return self._call("has_graph", graph)

    def graphs(self) -> list[str]:
        return self._call("graphs")

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Term] | None = None,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> SelectResult:
        bindings = dict(bindings) if bindings else None
        variables, rows = self._call(
            "select_plain",
            sparql,
            bindings,
            union=union,
            default_graphs=list(default_graphs) if default_graphs is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
        )
        return _from_plain(variables, rows, bindings)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return self._call("ask", sparql, dict(bindings) if bindings else None)

    def construct(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Triple]:
        return self._call("construct", sparql, dict(bindings) if bindings else None)

    def query_serialized(
        self,
        sparql: str,
        media_type: str,
        *,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> tuple[str, bytes]:
        return self._call(
            "query_serialized",
            sparql,
            media_type,
            union=union,
            default_graphs=list(default_graphs) if default_graphs is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
        )

    def query_capped(
        self,
        sparql: str,
        media_type: str,
        max_rows: int | None = None,
        *,
        base_iri: str | None = None,
        union: bool = True,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> tuple[str, bytes, bool]:
        """Like ``query_serialized``, returning (kind, body, truncated): at most
        ``max_rows`` solutions (or triples), pulled lazily, so a huge result costs
        ``max_rows + 1`` of them; ``max_rows=None`` serialises all of it in Oxigraph.
        ``base_iri`` resolves the query's relative IRIs."""
        return self._call(
            "query_capped",
            sparql,
            media_type,
            max_rows,
            base_iri=base_iri,
            union=union,
            default_graphs=list(default_graphs) if default_graphs is not None else None,
            named_graphs=list(named_graphs) if named_graphs is not None else None,
        )

    def run_read(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """``fn(store, *args, **kwargs)`` run inside the worker, against its embedded store,
        as one call under the query time limit: a lookup that asks a dozen queries (an
        entity page) crosses the pipe once instead of a dozen times, and its answer is
        plain data. ``fn`` must be a function of a module in ``READ_MODULES``."""
        return self._call("run_read", fn, *args, **kwargs)

    def triples_in(self, graph: str) -> list[Triple]:
        return self._call("triples_in", graph)

    def count(self, graph: str | None = None) -> int:
        return self._call("count", graph)

    def dump(self, media_type: str = "application/n-quads") -> bytes:
        return self._call("dump", media_type, timeout=self.write_timeout)

    def bulk_load_nquads(self, path: str | Path, *, timeout: float | None = None) -> int:
        """Bulk-load an N-Quads file (for building a store, e.g. the benchmark's);
        returns the store's quad count."""
        return self._call("bulk_load_nquads", str(path), timeout=timeout or self.write_timeout)

    def close(self) -> None:
        with self._call_lock:
            if self._closed:
                return
            self._closed = True
            proc, conn = self._proc, self._conn
            self._proc = self._conn = None
            if proc is None:
                return
            try:
                conn.send(("close", (), {}))
                if conn.poll(self.query_timeout):
                    conn.recv()
                proc.wait(self.query_timeout)
            except (EOFError, OSError, subprocess.TimeoutExpired):
                pass
            self._kill(proc, conn)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
