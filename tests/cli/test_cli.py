"""The CLI through ``main([...])``: exit codes, messages and formats. The extractor is the
fake (``use_fake_extractor``) so these run without spaCy; ``test_cli_slow.py`` runs the
real one."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.store import open_store


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(
        "---\nid: alpha\ntitle: Alpha\npublished: 2022-01-16\n---\nRussia and Ukraine talked.\n"
    )
    (folder / "sub" / "b.txt").write_text("Beta title\nIran met Iraq in Geneva.\n")
    (folder / "more.jsonl").write_text(
        json.dumps({"id": "gamma", "text": "China and India held talks."}) + "\n"
    )
    return folder


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    path = tmp_path / "kg"
    monkeypatch.setenv("KG_STORE", str(path))  # every command below uses it
    return path


@pytest.fixture
def ingested(articles, store_dir, use_fake_extractor, capsys):
    assert main(["ingest", str(articles)]) == 0
    capsys.readouterr()
    return store_dir


def test_ingest_summary_and_reingest_unchanged(articles, store_dir, use_fake_extractor, capsys):
    assert main(["ingest", str(articles), "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "3 ok (3 created, 0 replaced, 0 unchanged), 0 failed" in out
    triples = int(out.split("; ")[1].split()[0])
    assert triples > 0
    assert main(["ingest", str(articles)]) == 0
    out = capsys.readouterr().out
    assert "3 ok (0 created, 0 replaced, 3 unchanged), 0 failed" in out
    assert f"; {triples} triples" in out


def test_ingest_with_failures_exits_1_and_keeps_the_rest(
    articles, store_dir, use_fake_extractor, capsys
):
    (articles / "boom.txt").write_text("Boom goes the extractor.")
    (articles / "empty.txt").write_text("\n")
    assert main(["ingest", str(articles)]) == 1
    captured = capsys.readouterr()
    assert "3 ok (3 created" in captured.out and "2 failed" in captured.out
    assert "kg: error: " in captured.err
    assert (
        "boom.txt: extracting 'boom' failed: RuntimeError: injected failure on boom" in captured.err
    )
    assert "empty.txt: the text is empty" in captured.err
    assert "Traceback" not in captured.err


def test_ingest_nothing_to_read_is_an_input_error(tmp_path, store_dir, capsys):
    (tmp_path / "empty-folder").mkdir()
    assert main(["ingest", str(tmp_path / "empty-folder")]) == 2
    assert "no .txt or .jsonl files" in capsys.readouterr().err


def test_ingest_into_a_locked_store_says_so(articles, store_dir, use_fake_extractor, capsys):
    holder = open_store(store_dir)
    try:
        assert main(["ingest", str(articles)]) == 1
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert err.startswith("kg: error: the store at") and "in use by another process" in err


def test_show_formats(ingested, capsys):
    assert main(["show", "alpha", "--format", "turtle"]) == 0
    assert "@prefix kg:" in capsys.readouterr().out
    assert main(["show", "alpha", "--format", "nquads"]) == 0
    assert "<https://w3id.org/geokg/graph/alpha> ." in capsys.readouterr().out


def test_show_json_is_the_record(ingested, capsys):
    assert main(["show", "alpha"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["document"]["id"] == "alpha"


def test_show_missing_article(ingested, capsys):
    assert main(["show", "nope"]) == 1
    assert capsys.readouterr().err == "kg: error: no article 'nope' in the store\n"


def test_commands_on_a_missing_store_say_there_is_none(tmp_path, capsys):
    assert main(["stats", "--store", str(tmp_path / "none")]) == 1
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_articles_lists_them(ingested, capsys):
    assert main(["articles"]) == 0
    out = capsys.readouterr().out
    for doc_id in ("alpha", "b", "gamma"):
        assert doc_id in out


def test_delete(ingested, capsys):
    assert main(["delete", "b"]) == 0
    assert capsys.readouterr().out == "deleted b\n"
    assert main(["delete", "b"]) == 1
    assert "no article 'b'" in capsys.readouterr().err
    with open_store(ingested) as s:
        assert len(s.graphs()) == 2


SELECT_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def test_query_table(ingested, capsys):
    assert main(["query", SELECT_GRAPHS]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["g", "n"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("<https://w3id.org/geokg/graph/alpha>")
    assert lines[-1] == "(3 rows)"
    # aligned: the second column starts at the same place on every row
    width = len(lines[1].split()[0])
    assert all(line[width : width + 2] == "  " and line[width + 2] != " " for line in lines[:5])


def test_query_json_and_csv(ingested, capsys):
    assert main(["query", SELECT_GRAPHS, "--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["head"]["vars"] == ["g", "n"] and len(results["results"]["bindings"]) == 3
    assert main(["query", SELECT_GRAPHS, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "g,n" and len(out) == 4


def test_query_ask_and_construct(ingested, capsys):
    assert main(["query", "ASK { ?s ?p ?o }"]) == 0
    assert capsys.readouterr().out == "true\n"
    construct = "# a comment with SELECT in it\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2"
    assert main(["query", construct, "--format", "json"]) == 0
    assert "<https://w3id.org/geokg/" in capsys.readouterr().out


def test_query_from_a_file(ingested, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX select: <urn:x:>\nASK { ?s ?p ?o }\n")
    assert main(["query", f"@{rq}"]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["query", f"@{tmp_path / 'missing.rq'}"]) == 2
    assert "cannot read the query file" in capsys.readouterr().err


def test_query_syntax_error_is_one_line(ingested, capsys):
    assert main(["query", "SELEC ?x WHERE { ?x ?y ?z }"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_stats(ingested, capsys):
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    lines = dict(line.split(None, 1) for line in out.splitlines() if not line.startswith(" "))
    assert int(lines["triples"]) > 0
    assert int(lines["statements"]) == 3  # the fake makes one per article
    assert "organization" in out


def test_validate_reports_each_violation(ingested, capsys):
    code = main(["validate"])
    out = capsys.readouterr().out
    assert out.rstrip().endswith("of 3 article graphs conform")
    if code == 1:
        assert "does not conform:\n  " in out


def test_ingested_graphs_conform(ingested, capsys):
    assert main(["validate"]) == 0, capsys.readouterr().out


def test_extract_input_errors_exit_2(tmp_path, use_fake_extractor, capsys):
    cases = {
        "empty.txt": (b"  \n", "the text is empty"),
        "bin.txt": (b"\x00\x01", "looks like a binary file"),
        "latin.txt": ("Tiếng Việt".encode("utf-16-le"), "binary file"),
        "bad.txt": (b"ok \xc3\x28", "not valid UTF-8 (byte 0xc3 at byte 3)"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert main(["extract", str(tmp_path / name)]) == 2, name
        err = capsys.readouterr().err
        assert err.startswith("kg: error: ") and message in err, err
    assert use_fake_extractor.calls == []
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err.lower()
    assert main(["extract", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_extract_too_large(tmp_path, use_fake_extractor, capsys):
    (tmp_path / "big.txt").write_text("word " * 50)
    assert main(["extract", str(tmp_path / "big.txt"), "--max-bytes", "100"]) == 2
    assert "larger than the limit of 100 bytes" in capsys.readouterr().err


def test_extract_formats_with_the_fake(tmp_path, use_fake_extractor, capsys):
    f = tmp_path / "x.txt"
    f.write_text("Russia and Ukraine.\n")
    assert main(["extract", str(f), "--format", "nquads", "--id", "my-id"]) == 0
    assert "<https://w3id.org/geokg/graph/my-id> ." in capsys.readouterr().out
    assert main(["extract", str(f), "--id", "bad id"]) == 2
    assert "id 'bad id' is not allowed" in capsys.readouterr().err


def test_extractor_crash_is_one_line_exit_1(tmp_path, use_fake_extractor, capsys):
    f = tmp_path / "boom.txt"
    f.write_text("Anything.")
    assert main(["extract", str(f), "--format", "turtle"]) == 1
    err = capsys.readouterr().err
    assert err == "kg: error: extracting 'boom' failed: RuntimeError: injected failure on boom\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract"],
        ["nope"],
        ["extract", "x.txt", "--format", "xml"],
        ["extract", "x.txt", "--published", "16/01/2022"],
        ["ingest", "x", "--max-bytes", "0"],
        ["query", "ASK {}", "--format", "yaml"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert "usage: kg" in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "ingest" in capsys.readouterr().out


def test_serve_on_a_locked_store_is_one_line(tmp_path, capsys):
    holder = open_store(tmp_path / "kg")
    try:
        assert main(["serve", "--store", str(tmp_path / "kg"), "--port", "1"]) == 1
    finally:
        holder.close()
    assert "in use by another process" in capsys.readouterr().err
