"""The per-article pipeline extract → rdf → store, on a real on-disk store."""

from __future__ import annotations

import pytest

from kg.errors import NotFoundError
from kg.ingest import Source, extract_to_record, ingest_documents, read_paths, render_article
from kg.records import Document
from kg.store import open_store


def docs(*ids: str) -> list[Document]:
    return [Document(id=i, text=f"Russia and Ukraine met in Geneva. Article {i}.") for i in ids]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kg")
    yield s
    s.close()


def test_each_article_is_its_own_graph(store, fake_extractor):
    summary = ingest_documents(store, docs("a", "b", "c"), extractor=fake_extractor)
    assert [r.status for r in summary.results] == ["created"] * 3
    assert summary.ok and summary.created == 3
    assert len(store.graphs()) == 3
    assert summary.triples_in_store == store.count() > 0
    assert all(r.triples > 0 for r in summary.results)


def test_a_failing_article_loses_none_of_the_others(store, failing_extractor):
    extractor = failing_extractor("b")
    summary = ingest_documents(store, docs("a", "b", "c"), extractor=extractor)
    assert [r.status for r in summary.results] == ["created", "failed", "created"]
    (failure,) = summary.failures
    assert failure.doc_id == "b"
    assert failure.error == "b: extracting 'b' failed: RuntimeError: injected failure on b"
    assert len(store.graphs()) == 2 and not summary.ok


def test_a_failure_on_reingest_keeps_the_previous_graph(store, fake_extractor, failing_extractor):
    ingest_documents(store, docs("a"), extractor=fake_extractor)
    before = set(store.triples_in(store.graphs()[0]))
    summary = ingest_documents(store, docs("a"), extractor=failing_extractor("a"))
    assert summary.failed == 1
    assert set(store.triples_in(store.graphs()[0])) == before


def test_ingesting_twice_changes_nothing_and_says_unchanged(store, fake_extractor):
    first = ingest_documents(store, docs("a", "b"), extractor=fake_extractor)
    dump = store.dump()
    second = ingest_documents(store, docs("a", "b"), extractor=fake_extractor)
    assert [r.status for r in second.results] == ["unchanged", "unchanged"]
    assert second.triples_in_store == first.triples_in_store
    assert sorted(store.dump().splitlines()) == sorted(dump.splitlines())


def test_changed_text_replaces_the_graph_whole(store, fake_extractor):
    ingest_documents(
        store, [Document("a", "Russia spoke. Geneva hosted.")], extractor=fake_extractor
    )
    summary = ingest_documents(store, [Document("a", "Ukraine spoke.")], extractor=fake_extractor)
    assert summary.results[0].status == "replaced"
    (graph,) = store.graphs()
    literals = {str(o) for _, _, o in store.triples_in(graph)}
    assert "Ukraine" in literals and "Geneva" not in literals


def test_bad_inputs_fail_alone_and_leave_the_store_unchanged(store, fake_extractor, tmp_path):
    ingest_documents(store, docs("keep"), extractor=fake_extractor)
    before = store.dump()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("  \n")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (inputs / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (inputs / "bad-id.txt").write_text("---\nid: no spaces please\n---\nText.\n")
    (inputs / "bad-date.txt").write_text("---\npublished: yesterday\n---\nText.\n")
    (inputs / "big.txt").write_text("Words " * 100)
    (inputs / "lines.jsonl").write_text('{"id": "x"}\n[1]\n')
    summary = ingest_documents(store, read_paths([inputs], max_bytes=500), extractor=fake_extractor)
    assert summary.failed == 8 and summary.created == 0
    errors = "\n".join(r.error for r in summary.failures)
    for expected in (
        "empty",
        "NUL byte",
        "not valid UTF-8 (byte 0xe9 at byte 3)",
        "is not allowed",
        "not YYYY-MM-DD",
        "larger than the limit",
        "lines.jsonl:1: 'text' is missing",
        "lines.jsonl:2: expected a JSON object",
    ):
        assert expected in errors
    assert fake_extractor.calls == ["keep"]  # nothing bad reached the extractor
    assert store.dump() == before


def test_duplicate_ids_in_one_run_fail_the_second(store, fake_extractor):
    items = [Source("one.txt", Document("a", "Russia.")), Source("two.txt", Document("a", "Iran."))]
    summary = ingest_documents(store, items, extractor=fake_extractor)
    assert [r.status for r in summary.results] == ["created", "failed"]
    assert "id 'a' was already read from one.txt" in summary.failures[0].error


def test_on_result_sees_every_item(store, fake_extractor):
    seen = []
    items = [*docs("a"), Source("bad.txt", error="bad.txt: the text is empty")]
    ingest_documents(store, items, extractor=fake_extractor, on_result=seen.append)
    assert [(r.origin, r.status) for r in seen] == [("a", "created"), ("bad.txt", "failed")]


def test_render_article_turtle_and_nquads_come_from_the_store(store, fake_extractor):
    ingest_documents(store, docs("a"), extractor=fake_extractor)
    turtle = render_article(store, "a", "turtle")
    assert "@prefix kg:" in turtle and "Geneva" in turtle
    nquads = render_article(store, "a", "nquads")
    assert all(
        line.endswith("<https://w3id.org/geokg/graph/a> .") for line in nquads.splitlines() if line
    )
    assert '"@context"' in render_article(store, "a", "jsonld")
    with pytest.raises(NotFoundError):
        render_article(store, "missing", "turtle")


def test_extract_to_record_uses_a_throwaway_store(fake_extractor):
    text = extract_to_record(docs("a")[0], fake_extractor, "nquads")
    assert "<https://w3id.org/geokg/graph/a>" in text
