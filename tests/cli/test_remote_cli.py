"""The CLI, unchanged, on a remote store: a real Oxigraph server on 127.0.0.1 given as
``--store http://...`` (or ``KG_STORE``), and a real Virtuoso when it is installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.store import open_store
from tests.server_process import free_port
from tests.virtuoso_server import serve as serve_virtuoso

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
ARTICLE_ID = "geneva-talks-sherman-2022-01-11"


@pytest.fixture
def url(oxigraph_server):
    oxigraph_server.clear()
    # Oxigraph's server ignores credentials: here they only show they are never printed.
    return oxigraph_server.url.replace("//", "//analyst:s3cret@")


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    yield from serve_virtuoso(tmp_path_factory)


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.slow)])
def any_url(request):
    """The Oxigraph server's URL (with credentials it ignores), or Virtuoso's preset."""
    if request.param == "oxigraph":
        return request.getfixturevalue("url")
    server = request.getfixturevalue("virtuoso_server")
    server.clear()
    return server.url + "#virtuoso"


def kg(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def triple_count(url: str) -> int:
    store = open_store(url)
    try:
        return store.count()
    finally:
        store.close()


def test_ingest_stats_show_query_on_a_remote_store(any_url, use_fake_extractor, capsys):
    url = any_url
    code, out, err = kg(capsys, "ingest", str(ARTICLES), "--store", url)
    assert code == 0, err
    assert out.startswith("12 ok (12 created, 0 replaced, 0 unchanged), 0 failed; ")
    assert "s3cret" not in out + err
    count = triple_count(url)
    assert count > 0 and f"{count} triples" in out

    code, out, _ = kg(capsys, "stats", "--store", url)
    assert code == 0
    stats = dict(line.split(None, 1) for line in out.splitlines() if not line.startswith(" "))
    assert stats["articles"] == "12" and stats["triples"] == str(count)

    code, out, _ = kg(capsys, "show", ARTICLE_ID, "--store", url)
    assert code == 0 and json.loads(out)["document"]["id"] == ARTICLE_ID

    code, out, _ = kg(capsys, "show", ARTICLE_ID, "--format", "turtle", "--store", url)
    assert code == 0 and "@prefix kg:" in out

    code, out, _ = kg(
        capsys,
        "query",
        "PREFIX kg: <https://w3id.org/geokg/ontology#> "
        "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }",
        "--store",
        url,
    )
    assert code == 0 and out.splitlines()[2].strip() == "12"

    code, out, _ = kg(capsys, "articles", "--store", url)
    assert code == 0 and ARTICLE_ID in out

    code, out, _ = kg(capsys, "validate", "--store", url)
    assert code == 0 and "12 of 12 article graphs conform" in out

    # a second ingest changes nothing
    code, out, _ = kg(capsys, "ingest", str(ARTICLES), "--store", url)
    assert code == 0 and out.startswith("12 ok (0 created, 0 replaced, 12 unchanged)")
    assert triple_count(url) == count

    code, out, _ = kg(capsys, "delete", ARTICLE_ID, "--store", url)
    assert code == 0
    code, _, err = kg(capsys, "show", ARTICLE_ID, "--store", url)
    assert code == 1 and "no article" in err


def test_kg_store_in_the_environment(any_url, use_fake_extractor, monkeypatch, capsys):
    monkeypatch.setenv("KG_STORE", any_url)
    code, _, err = kg(capsys, "ingest", str(ARTICLES / f"{ARTICLE_ID}.txt"))
    assert code == 0, err
    code, out, _ = kg(capsys, "stats")
    assert code == 0 and "articles    1" in out


def test_an_unreachable_server_is_one_line(capsys):
    code, out, err = kg(capsys, "stats", "--store", f"http://127.0.0.1:{free_port()}")
    assert code == 1 and out == ""
    assert err.startswith("kg: error: cannot reach the SPARQL server at http://127.0.0.1:")
    assert len(err.splitlines()) == 1


@pytest.mark.slow
def test_worker_processes_on_a_remote_store(url, tmp_path, capsys):
    """Real extraction in 2 processes: with this process writing, the server holds exactly
    what a one-process ingest into the embedded store holds; with the workers writing
    (--parallel-writes), the same articles, each resolved against what was there when it
    finished, so order-dependent merges may differ."""
    code, _, err = kg(capsys, "ingest", str(ARTICLES), "--store", str(tmp_path / "kg"))
    assert code == 0, err
    local = open_store(tmp_path / "kg")
    expected, expected_graphs = set(local.dump().splitlines()), local.graphs()
    local.close()

    code, _, err = kg(capsys, "ingest", str(ARTICLES), "--store", url, "--workers", "2")
    assert code == 0, err
    remote = open_store(url)
    try:
        assert remote.count() == len(expected)
        assert set(remote.dump().splitlines()) == expected
        for graph in remote.graphs():
            remote.delete_graph(graph)
        code, out, err = kg(
            capsys, "ingest", str(ARTICLES), "--store", url, "--workers", "2", "--parallel-writes"
        )
        assert code == 0, err
        assert out.startswith("12 ok (12 created, 0 replaced, 0 unchanged), 0 failed")
        assert remote.graphs() == expected_graphs
        assert abs(remote.count() - len(expected)) < len(expected) // 100
    finally:
        remote.close()
