"""The CLI with the real extractor (spaCy), in process and as the installed ``kg`` script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.cli import main
from tests.server_process import free_port

KG = Path(sys.executable).with_name("kg")


def run_kg(*args: str, stdin: bytes = b"", env: dict | None = None, timeout: float = 300):
    return subprocess.run(
        [str(KG), *args],
        input=stdin,
        check=False,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def real_cli(monkeypatch, extractor):
    """``main`` with the session's extractor, so spaCy loads once for all these tests."""
    monkeypatch.setattr("kg.cli._extractor", lambda: extractor)
    return extractor


# -- no spaCy needed: these fail before the model would load --------------------------------


def test_script_empty_stdin_is_a_one_line_input_error():
    proc = run_kg("extract", "-", stdin=b"   \n")
    assert proc.returncode == 2
    assert proc.stderr.decode() == "kg: error: <stdin>: the text is empty\n"
    assert proc.stdout == b""


def test_script_binary_stdin():
    proc = run_kg("extract", "-", stdin=b"\x7fELF\x00\x00")
    assert proc.returncode == 2 and b"binary" in proc.stderr and b"Traceback" not in proc.stderr


def test_script_missing_store_and_bad_query(tmp_path):
    proc = run_kg("stats", env={"KG_STORE": str(tmp_path / "none")})
    assert proc.returncode == 1 and b"no store at" in proc.stderr
    (tmp_path / "s").mkdir()
    proc = run_kg("query", "SELECT nonsense", "--store", str(tmp_path / "s"))
    assert proc.returncode == 1 and proc.stderr.startswith(b"kg: error: ")


# -- the real extractor ------------------------------------------------------------------------


@pytest.mark.slow
def test_extract_a_dev_article_as_json(shared_dir, real_cli, capsys):
    article = shared_dir / "eval" / "dev" / "peskov-cnn.txt"
    assert main(["extract", str(article), "--published", "2022-01-16"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["document"] == {
        "id": "peskov-cnn",
        "title": record["document"]["title"],
        "published": "2022-01-16",
    }
    assert record["document"]["title"].startswith("Kremlin spokesman Peskov")
    names = {a["name"] for a in record["actors"]}
    assert "Dmitry Peskov" in names
    assert set(record) == {"document", "actors", "events", "statements", "claims"}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "nquads"])
def test_extract_rdf_formats(shared_dir, real_cli, capsys, fmt):
    article = shared_dir / "eval" / "dev" / "colonial-ransomware.txt"
    assert main(["extract", str(article), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "geokg" in out
    if fmt == "jsonld":
        json.loads(out)


ODD_TEXTS = {
    "odd-quotes": 'Lavrov said "we will respond. The talks "failed, said Blinken.\n'
    "“Unclosed curly quote and ‘another.",
    "only-quotes": '""""" “ ” « »',
    "one-word": "Russia",
    "punctuation": "... --- !!! ???",
    "html": "<html><head><title>T</title></head><body><p>Russia said "
    "&quot;no&quot;.</p></body></html>",
    "russian": "Песков заявил, что Россия не причастна к кибератакам на Украину.",
    "chinese": "中国外交部发言人表示，中方反对任何形式的制裁。",
    "arabic": "قال المتحدث إن المحادثات ستستمر الأسبوع المقبل.",
    "mixed-scripts": "Zelensky (Зеленський) met Erdoğan in İstanbul; “Ça va,” said Macron.",
    "control-chars": "Russia\tsaid\x0b\x0c that\u200b talks\u2028 failed.\x1b[0m",
    "long-line": ("NATO said the exercise would continue. " * 2000).strip(),
    "empty-lines": "\n\n\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_extract_never_crashes_on_odd_text(tmp_path, real_cli, capsys, name):
    f = tmp_path / f"{name}.txt"
    f.write_text(ODD_TEXTS[name], encoding="utf-8")
    code = main(["extract", str(f)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if code == 0:
        record = json.loads(captured.out)
        assert record["document"]["id"] == name
    else:
        assert code == 2, captured.err
        assert captured.err.startswith("kg: error: ") and captured.err.count("\n") == 1


@pytest.mark.slow
def test_extract_text_over_the_extractor_limit_is_an_input_error(tmp_path, real_cli, capsys):
    f = tmp_path / "huge.txt"
    f.write_text("Talks went on. " * 140_000)  # 2.1 M characters, under the 5 MB file limit
    assert main(["extract", str(f)]) == 2
    assert "limit" in capsys.readouterr().err


@pytest.mark.slow
def test_ingest_the_dev_set_twice(shared_dir, real_cli, tmp_path, capsys):
    store = str(tmp_path / "kg")
    dev = str(shared_dir / "eval" / "dev")
    n = len(list((shared_dir / "eval" / "dev").glob("*.txt")))
    assert main(["ingest", dev, "--store", store]) == 0
    first = capsys.readouterr().out
    assert f"{n} ok ({n} created" in first
    assert main(["ingest", dev, "--store", store]) == 0
    second = capsys.readouterr().out
    assert f"{n} ok (0 created, 0 replaced, {n} unchanged)" in second
    assert first.split("; ")[1] == second.split("; ")[1]  # same triple count
    assert main(["show", "peskov-cnn", "--store", store]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["id"] == "peskov-cnn"
    assert main(["stats", "--store", store]) == 0
    assert f"articles    {n}" in capsys.readouterr().out


@pytest.mark.slow
def test_script_extract_a_file(shared_dir):
    article = shared_dir / "eval" / "dev" / "himalaya-talks.txt"
    proc = run_kg("extract", str(article), "--format", "nquads", "--id", "himalaya")
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"<https://w3id.org/geokg/graph/himalaya> ." in proc.stdout


@pytest.mark.slow
def test_serve_runs_the_api(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [str(KG), "serve", "--store", str(tmp_path / "kg"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/docs", timeout=2) as r:
                    assert r.status == 200
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read().decode() if proc.stderr else "")
                time.sleep(0.5)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
