"""``WorkerStore``: the ``Store`` contract served by an ``OxigraphStore`` in a child process,
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

This module is process plumbing only: start, stop, the pipe, the lock and the time limit.
Every call runs as the embedded store's public method of the same name in the child
(``OxigraphStore.query_capped``, ``bulk_load_nquads``, ``select_plain`` ...); the
dataset arguments arrive as the one ``Dataset`` the contract (``kg.store.base.Store``)
made of them, and cross the pipe as it is.

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
from collections.abc import Iterable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import anyio.to_thread

from kg.errors import KGError, QueryTimeout, StoreBusy, StoreError
from kg.store.base import Dataset, SelectResult, Store, Term, Triple, as_dataset
from kg.store.oxigraph import OxigraphStore, from_plain

WRITE_OPS = frozenset({"replace_graph", "replace_graphs", "delete_graph", "bulk_load_nquads"})

__all__ = ["READ_MODULES", "StoreBusy", "WorkerStore"]  # StoreBusy: kg.errors, named here too


# -- the child ----------------------------------------------------------------------------
def _watch_parent(parent_pid: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent_pid:
            os._exit(1)


def exit_with_parent(parent_pid: int) -> None:
    """End this process (a child: the store's worker, or a pool's) once its parent is gone,
    watched from a daemon thread, so an orphan never keeps the store's lock or lives on."""
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


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
    exit_with_parent(parent_pid)
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
            elif op.startswith("_"):  # the embedded store's public methods only
                raise StoreError(f"{op!r} is not a store call")
            else:
                result = getattr(store, op)(*args, **kwargs)
            conn.send(("ok", result))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            conn.send(("err", _picklable(exc)))


def _overrun(op: str, timeout: float) -> KGError:
    """The error for a call the worker did not answer in time (it has been replaced)."""
    if op in WRITE_OPS:
        return StoreError(
            f"{op} ran past its {timeout:g} s limit and was stopped; the "
            "store is unchanged (each write is one transaction)"
        )
    return QueryTimeout(f"the query ran past the {timeout:g} s time limit and was stopped")


# Modules (and their submodules) whose functions ``run_read`` may run in the child:
# read-only lookups written against the Store contract. Checked by name, so that the store
# layer imports nothing above it (the child imports the module when it unpickles the
# function).
READ_MODULES = frozenset({"kg.query"})


def _may_run(fn: Any) -> bool:
    module = getattr(fn, "__module__", None) or ""
    return any(module == m or module.startswith(m + ".") for m in READ_MODULES)


def _run_read(store, fn, *args: Any, **kwargs: Any) -> Any:
    if not _may_run(fn):
        raise StoreError(f"{getattr(fn, '__qualname__', fn)!r} may not run in the store worker")
    return fn(store, *args, **kwargs)


_CHILD_OPS = {"run_read": _run_read}  # the one call that is not the embedded store's


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
    return await anyio.to_thread.run_sync(fn)


class WorkerStore(Store):
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
        **dataset: Any,
    ) -> tuple[str, bytes, bool]:
        """``query_capped`` for a coroutine (the same arguments: ``dataset=``, or
        ``union`` / ``default_graphs`` / ``named_graphs``)."""
        return await self._acall(
            "query_capped",
            sparql,
            media_type,
            max_rows,
            base_iri=base_iri,
            dataset=as_dataset(**dataset),
        )

    async def agraphs(self) -> list[str]:
        """``graphs`` for a coroutine."""
        return await self._acall("graphs")

    # -- the Store contract: each call is the embedded store's method of that name -------
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        return self._call("replace_graph", graph, list(triples))

    def replace_graphs(self, graphs: Mapping[str, Iterable[Triple]]) -> int:
        return self._call("replace_graphs", {g: list(t) for g, t in graphs.items()})

    def delete_graph(self, graph: str) -> bool:
        return self._call("delete_graph", graph)

    def has_graph(self, graph: str) -> bool:
        return self._call("has_graph", graph)

    def graphs(self) -> list[str]:
        return self._call("graphs")

    def _select(
        self, sparql: str, bindings: Mapping[str, Term] | None, dataset: Dataset
    ) -> SelectResult:
        bindings = dict(bindings) if bindings else None
        variables, rows = self._call("select_plain", sparql, bindings, dataset=dataset)
        return from_plain(variables, rows, bindings)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        return self._call("ask", sparql, dict(bindings) if bindings else None)

    def construct(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Triple]:
        return self._call("construct", sparql, dict(bindings) if bindings else None)

    def _query_serialized(
        self, sparql: str, media_type: str, dataset: Dataset
    ) -> tuple[str, bytes]:
        return self._call("query_serialized", sparql, media_type, dataset=dataset)

    def _query_capped(
        self, sparql: str, media: str, max_rows: int | None, base_iri: str | None, ds: Dataset
    ) -> tuple[str, bytes, bool]:
        return self._call("query_capped", sparql, media, max_rows, base_iri=base_iri, dataset=ds)

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
