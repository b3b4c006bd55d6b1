"""What only the embedded store does: data on disk across opens, the lock, read-only
opens, in-memory stores, the bulk load. The contract every store keeps is in
test_contract.py."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError, StoreLockedError
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore

EX = "https://example.org/"
G1, G2 = EX + "graph/one", EX + "graph/two"
P = URIRef(EX + "p")


def t(s: str, o) -> tuple:
    return (URIRef(EX + s), P, o if not isinstance(o, str) else Literal(o))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kg")
    yield s
    s.close()


def test_data_survives_close_and_reopen(tmp_path):
    s = open_store(tmp_path / "kg")
    s.replace_graph(G1, [t("a", "1")])
    s.close()
    s = open_store(tmp_path / "kg")
    try:
        assert set(s.triples_in(G1)) == {t("a", "1")}
    finally:
        s.close()


def test_second_open_of_a_locked_store_raises(store, tmp_path):
    with pytest.raises(StoreLockedError, match="in use by another process"):
        open_store(tmp_path / "kg")


def test_another_process_gets_store_locked_error(store, tmp_path):
    code = (
        "import sys\n"
        "from kg.errors import StoreLockedError\n"
        "from kg.store import open_store\n"
        "try:\n"
        f"    open_store({str(tmp_path / 'kg')!r})\n"
        "except StoreLockedError as e:\n"
        "    print('locked:', e); sys.exit(3)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    assert "in use by another process" in proc.stdout


def test_read_only_open_of_a_closed_store(tmp_path):
    # Not beside a live writer: pyoxigraph documents that as undefined behaviour (and it
    # does fail now and then with a RocksDB "Corruption" error).
    s = open_store(tmp_path / "kg")
    s.replace_graph(G1, [t("a", "1")])
    s.close()
    reader = open_store(tmp_path / "kg", read_only=True)
    try:
        assert reader.graphs() == [G1]
    finally:
        reader.close()


def test_read_only_open_of_a_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "nothing-here", read_only=True)


def test_memory_store():
    s = open_store(None)
    s.replace_graph(G1, [t("a", "1")])
    assert s.count() == 1
    assert open_store(":memory:").count() == 0  # each one is its own


class _CountingHandle:
    """Stands in for the pyoxigraph handle, counting flushes."""

    def __init__(self, inner) -> None:
        self.inner, self.flushes = inner, 0

    def flush(self) -> None:
        self.flushes += 1
        self.inner.flush()

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_an_on_disk_store_flushes_every_n_writes_not_every_write(tmp_path):
    s = OxigraphStore(tmp_path / "kg", flush_every=3)
    handle = s._store = _CountingHandle(s._store)
    try:
        for i in range(7):
            s.replace_graph(G1, [t("a", str(i))])
        assert handle.flushes == 2  # after the 3rd and the 6th write
        assert s.delete_graph(G1)  # a delete is a write too
        assert handle.flushes == 2
        s.replace_graph(G2, [t("b", "1")])
        assert handle.flushes == 3
    finally:
        s.close()
    assert handle.flushes == 4  # and once on close


def test_a_memory_store_never_flushes():
    s = OxigraphStore(None, flush_every=1)
    handle = s._store = _CountingHandle(s._store)
    s.replace_graph(G1, [t("a", "1")])
    s.close()
    assert handle.flushes == 0


def test_bulk_load_nquads(tmp_path):
    path = tmp_path / "data.nq"
    path.write_text(f'<{EX}a> <{EX}p> "1" <{G1}> .\n<{EX}b> <{EX}p> "2" <{G2}> .\n')
    with OxigraphStore(tmp_path / "kg") as s:
        assert s.bulk_load_nquads(path) == 2
        assert s.graphs() == [G1, G2]
        with pytest.raises(StoreError, match="could not bulk-load"):
            s.bulk_load_nquads(tmp_path / "missing.nq")
