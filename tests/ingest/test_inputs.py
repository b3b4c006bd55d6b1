"""Reading inputs into Documents: front matter, jsonl, folders, and every refused input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import (
    check_id,
    decode_text,
    derive_id,
    document_from_record,
    document_from_text,
    html_to_text,
    input_files,
    parse_date,
    read_jsonl,
    read_paths,
    read_text_file,
    split_front_matter,
)

FRONT = """---
id: peskov-cnn
title: "Peskov: tension is too high"
published: 2022-01-16
url: https://example.org/news/1
---
Kremlin spokesman Dmitry Peskov said that there is too much tension.
"""


def test_front_matter_gives_the_fields_and_the_body_is_the_text(tmp_path):
    f = tmp_path / "whatever.txt"
    f.write_text(FRONT, encoding="utf-8")
    src = read_text_file(f)
    doc = src.document
    assert src.error is None and doc is not None
    assert doc.id == "peskov-cnn"
    assert doc.title == "Peskov: tension is too high"
    assert doc.published == dt.date(2022, 1, 16)
    assert doc.url == "https://example.org/news/1"
    assert doc.text == "Kremlin spokesman Dmitry Peskov said that there is too much tension.\n"
    start = doc.text.index("Dmitry")
    assert doc.text[start : start + 13] == "Dmitry Peskov"  # offsets are into the body


def test_without_front_matter_id_is_the_stem_and_title_the_first_line(tmp_path):
    f = tmp_path / "caucasus-border.txt"
    f.write_text("\n\n  Border  clash in the Caucasus \nBody text.\n", encoding="utf-8")
    doc = read_text_file(f, published="2022-09-13").document
    assert doc.id == "caucasus-border"
    assert doc.title == "Border clash in the Caucasus"
    assert doc.published == dt.date(2022, 9, 13)
    assert doc.text.startswith("\n\n  Border")


def test_front_matter_date_wins_over_the_option_and_the_option_fills_gaps():
    doc, _ = document_from_text(FRONT, origin="x", default_id="x", published="1999-01-01")
    assert doc.published == dt.date(2022, 1, 16)
    text = "---\nid: a\n---\nbody\n"
    doc, _ = document_from_text(text, origin="x", default_id="x", published="1999-01-01")
    assert doc.published == dt.date(1999, 1, 1) and doc.title == "body"


def test_explicit_id_overrides_the_front_matter():
    doc, _ = document_from_text(FRONT, origin="x", default_id="x", doc_id="mine")
    assert doc.id == "mine"


def test_crlf_and_bom_are_normalised():
    text = decode_text(b"\xef\xbb\xbf---\r\nid: a\r\n---\r\nLine one\r\nLine two\r\n", origin="x")
    doc, _ = document_from_text(text, origin="x", default_id="x")
    assert doc.id == "a" and doc.text == "Line one\nLine two\n"


def test_unknown_front_matter_keys_are_a_warning():
    _, warnings = document_from_text(
        "---\nid: a\nauthor: me\n---\nbody", origin="f.txt", default_id="x"
    )
    assert warnings == ("f.txt: front-matter keys ignored: author",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nid: a\nbody without a closing fence\n", "never closed"),
        ("---\nid: a\njust words\n---\nbody", "line 3 of the front matter is not 'key: value'"),
        ("---\nid: a\n---\n   \n\t\n", "the article text is empty"),
        ("---\nid: a b\n---\nbody", "id 'a b' is not allowed"),
        ("---\nid: ..\n---\nbody", "is not allowed"),
        ("---\npublished: 16/01/2022\n---\nbody", "published date '16/01/2022' is not YYYY-MM-DD"),
        ("---\npublished: 2022-02-30\n---\nbody", "is not a real date"),
        ("---\nurl: javascript:alert(1)\n---\nbody", "is not an http(s) URL"),
        ("   \n\n  ", "f.txt: the text is empty"),
    ],
)
def test_bad_text_is_an_input_error(text, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        document_from_text(text, origin="f.txt", default_id="x")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"abc\x00def", r"binary file \(NUL byte at byte 3\)"),
        (b"caf\xc3\xa9 ok, then \xff bad", r"not valid UTF-8 \(byte 0xff at byte 15\)"),
        ("UTF-16 text".encode("utf-16"), "UTF-16"),
        (b"x" * 101, "101 bytes is larger than the limit of 100 bytes"),
    ],
)
def test_bad_bytes_are_an_input_error(data, message):
    with pytest.raises(InputError, match=message):
        decode_text(data, origin="f.txt", max_bytes=100)


def test_a_too_large_file_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 300)
    src = read_text_file(f, max_bytes=1000)
    assert src.document is None
    assert "1.5 KB is larger than the limit of 1000 bytes" in src.error


def test_html_pages_are_stripped_with_a_warning():
    page = (
        "<!DOCTYPE html><html><head><title>Talks &amp; tension</title>"
        "<style>p {color: red}</style><script>var x = '<p>';</script></head>"
        "<body><h1>Talks</h1><p>Russia and the <b>US</b> met.</p><p>Next&nbsp;week.</p>"
        "</body></html>"
    )
    doc, warnings = document_from_text(page, origin="p.html", default_id="p")
    assert doc.text == "Talks\nRussia and the US met.\nNext week."  # nbsp: a space
    assert doc.title == "Talks & tension"
    assert "looks like an HTML page" in warnings[0]


def test_text_mentioning_a_tag_is_not_html():
    doc, warnings = document_from_text("The <html> tag was mentioned.", origin="x", default_id="x")
    assert warnings == () and doc.text == "The <html> tag was mentioned."


def test_html_that_is_only_markup_is_empty():
    with pytest.raises(InputError, match="empty"):
        document_from_text(
            "<html><body><script>x()</script></body></html>", origin="x", default_id="x"
        )


def test_html_to_text_skips_scripts():
    assert html_to_text("<p>a</p><script>b</script><p>c</p>")[0] == "a\nc"


def test_ids():
    assert check_id("peskov-cnn_2022.v1", origin="x") == "peskov-cnn_2022.v1"
    with pytest.raises(InputError):
        check_id("a" * 201, origin="x")
    with pytest.raises(InputError):
        check_id("../etc/passwd", origin="x")
    assert derive_id("Café crème (1)") == "Cafe-creme-1"
    assert derive_id("статья").startswith("doc-")
    assert derive_id("x" * 300) == "x" * 200


def test_dates():
    assert parse_date("2022-01-16", origin="x") == dt.date(2022, 1, 16)
    assert parse_date(None, origin="x") is None
    assert parse_date("", origin="x") is None
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        parse_date("2022-1-6", origin="x")


def test_jsonl_bad_lines_fail_alone_with_their_line_numbers(tmp_path):
    f = tmp_path / "batch.jsonl"
    good = {"id": "a", "title": "A", "published": "2022-01-16", "url": None, "text": "Alpha."}
    lines = [
        json.dumps(good),
        "{not json",
        "",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "published": "2022-99-01", "text": "E."}),
        json.dumps({"text": "No id here.\nSecond line."}),
    ]
    f.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "h", "text": "\xff"}\n')
    sources = list(read_jsonl(f))
    assert [s.origin for s in sources] == [f"{f}:{n}" for n in (1, 2, 4, 5, 6, 7, 8)]
    a, bad_json, empty, not_obj, bad_date, no_id, bad_utf8 = sources
    assert a.document.id == "a" and a.document.published == dt.date(2022, 1, 16)
    assert "not valid JSON" in bad_json.error
    assert "empty" in empty.error
    assert "expected a JSON object, got list" in not_obj.error
    assert "not a real date" in bad_date.error
    assert no_id.document.id == "batch-7" and no_id.document.title == "No id here."
    assert "not valid UTF-8" in bad_utf8.error


def test_record_fields_must_be_strings():
    with pytest.raises(InputError, match="'title' must be a string"):
        document_from_record({"text": "x", "title": 3}, origin="x", default_id="x")
    with pytest.raises(InputError, match="NUL"):
        document_from_record({"text": "a\x00b"}, origin="x", default_id="x")


def test_folders_are_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.")
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "c.jsonl").write_text('{"id": "three", "text": "Three."}\n')
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden" / "x.txt").write_text("ignored")
    assert [p.name for p in input_files([tmp_path])] == ["a.txt", "two.txt", "c.jsonl"]
    ids = [s.document.id for s in read_paths([tmp_path])]
    assert ids == ["a", "two", "three"]


def test_a_missing_path_is_one_failed_item(tmp_path):
    (tmp_path / "a.txt").write_text("One.")
    sources = list(read_paths([tmp_path / "nope.txt", tmp_path / "a.txt"]))
    assert "no such file or directory" in sources[0].error
    assert sources[1].document.id == "a"


def test_front_matter_split_keeps_the_body_exact():
    fields, body = split_front_matter("---\nid: a\n# comment\n\n---\n\nBody\n", origin="x")
    assert fields == {"id": "a"} and body == "\nBody\n"
    assert split_front_matter("No fence\n---\n", origin="x") == ({}, "No fence\n---\n")


def test_the_sample_corpus_reads_cleanly():
    folder = Path(__file__).resolve().parents[2] / "data" / "articles"
    assert any(folder.glob("*.txt")), "data/articles holds the sample corpus"
    sources = list(read_paths([folder]))
    assert all(s.error is None and s.warnings == () for s in sources), sources
    for s in sources:
        doc = s.document
        assert doc.id == Path(s.origin).stem  # the README's rule: id equals the file name
        assert doc.published is not None and doc.url.startswith("https://example.org/")
        assert doc.text.startswith(doc.title)  # the headline opens the body


@pytest.mark.parametrize(
    "text, doc_id, date",
    [
        # a date line under a statement's title
        ("Statement on the closure of the Varnik crossing\n\n4 March 2027\n\nThe ministry said.", "x", "2027-03-04"),
        # a label, a comma or colon, then the date (a weekday may precede it)
        ("Harbour Weekly: Friday 9 April 2027\n\nGood morning.", "x", "2027-04-09"),
        ("Why Lorvane talks stalled\n\nComment, 12 May 2027\n\nThe talks...", "x", "2027-05-12"),
        ("Title\nOct. 3, 2016\nBody.", "x", "2016-10-03"),
        # a translated story says when it was first published
        ("Title\n\nTranslated. First published on 2 June 2027 by a Dravin paper.\n\nBody.", "x", "2027-06-02"),
        # none in the text: the ISO date that ends the file name
        ("Port of Selvik closed\n\nSELVIK, Jan 5 - The port closed.", "selvik-wire-2027-01-05", "2027-01-05"),
        # a headline that only names a date is not a date line
        ("Talks set for 9 December 2027\n\nBody.", "x", None),
        ("Title\n\nBody text only.", "report-17", None),
    ],
)
def test_without_a_published_field_the_article_dates_itself(text, doc_id, date):
    doc, warnings = document_from_text(text, origin="x", default_id=doc_id)
    assert doc.published == (dt.date.fromisoformat(date) if date else None)
    assert any("taken from" in w for w in warnings) == bool(date)
    # a published field or the caller's date still come first
    doc, _ = document_from_text(text, origin="x", default_id=doc_id, published="1999-01-01")
    assert doc.published == dt.date(1999, 1, 1)
