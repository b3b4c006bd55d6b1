"""Bad input, through ``kg ingest`` and ``POST /articles``: each unusable input is reported
on its own and the rest of the run goes on; odd but readable text is stored whole; no
article graph is ever half-written (every stored graph passes ``kg validate``).

The corpus is made in a temporary folder by the fixture (a 10 MB file is not committed).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from rdflib import Graph

from kg.validate import validate_triples
from kg.vocab import SCHEMA
from tests.robustness.helpers import TOKEN, graph_counts, kg_server, problem, run_kg

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
GOOD = ["geneva-talks-ryabkov-2022-01-10", "red-sea-strikes-2024-01-12"]

HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Talks in Geneva end without a deal</title>"
    "<script>var tracking = {id: 42};</script><style>p {margin: 0}</style></head>\n"
    "<body><nav><a href='/'>Home</a></nav>\n<article><h1>Talks in Geneva end without a deal</h1>"
    "<p>GENEVA, Jan 10 - Russia told the United States on Monday that it had no intention "
    "of invading Ukraine.</p>\n<p>&quot;We have no plans to attack Ukraine,&quot; Deputy "
    "Foreign Minister Sergei Ryabkov said.</p></article></body></html>\n"
)
NON_ENGLISH = (
    "Песков заявил, что Россия не причастна к кибератакам на Украину. "
    "«Мы не имеем к этому никакого отношения», — сказал он.\n\n"
    "中国外交部发言人表示，中方反对任何形式的制裁。\n\n"
    "قال المتحدث إن المحادثات ستستمر الأسبوع المقبل."
)
UNBALANCED = (
    'Sergei Lavrov said "we have no plans to attack anyone.\n\n'
    "Joe Biden said “the attack was planned in Moscow. He added: ' and «then\n\n"
    'The ministry said nothing." " "\n'
)
CONTROL = (
    "Russia\x01 said\x0b on Monday\x0c that \x1b[0mtalks with\x7f NATO had failed.\x08\n"
    '\x1f"We have no plans to attack anyone at all,\x1e" Sergei\x07 Lavrov said.'
    "\u200b\u2028\u0085\ufeff\n"
)


def _long_sentence() -> str:
    clauses = []
    i = 0
    while sum(map(len, clauses)) < 50_000:
        clauses.append(f"the delegation of country number {i} said that it agreed with Moscow")
        i += 1
    return "The minister said that " + ", and ".join(clauses) + "."


# file name -> (bytes, words the error line must hold)
def unusable_files() -> dict[str, tuple[bytes, str]]:
    return {
        "empty.txt": (b"", "is empty"),
        "whitespace-only.txt": (b"  \n\t\n   \r\n ", "is empty"),
        "ten-megabytes.txt": (b"Talks went on in Geneva. " * 420_000, "larger than the limit"),
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "invalid-utf8.txt": (b"Talks in Gen\xe8ve ended on Monday \xff\xfe.", "not valid UTF-8"),
    }


# file name -> text: readable, odd, must be stored whole
def odd_texts() -> dict[str, str]:
    return {
        "html-page.txt": HTML_PAGE,
        "non-english.txt": NON_ENGLISH,
        "unbalanced-quotes.txt": UNBALANCED,
        "long-sentence.txt": _long_sentence(),
        "control-characters.txt": CONTROL,
    }


@pytest.fixture
def unusable_corpus(tmp_path) -> Path:
    folder = tmp_path / "unusable"
    folder.mkdir()
    for name, (data, _) in unusable_files().items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def bad_corpus(unusable_corpus) -> Path:
    """The unusable files, the odd texts and two good articles, in one folder."""
    folder = unusable_corpus
    for name, text in odd_texts().items():
        (folder / name).write_text(text, encoding="utf-8")
    for doc_id in GOOD:
        shutil.copy(ARTICLES / f"{doc_id}.txt", folder / f"{doc_id}.txt")
    return folder


def _error_lines(stderr: str) -> dict[str, str]:
    """``kg: error: <path>: ...`` lines by file name."""
    out = {}
    for line in stderr.splitlines():
        if line.startswith("kg: error: "):
            path = line.removeprefix("kg: error: ").split(":", 1)[0]
            out[Path(path).name] = line
    return out


def test_size_limits_of_the_fixture_are_what_the_test_claims():
    files = unusable_files()
    assert len(files["ten-megabytes.txt"][0]) >= 10 * 1024 * 1024
    assert len(_long_sentence()) >= 50_000 and _long_sentence().count(".") == 1


def test_kg_ingest_reports_each_unusable_file_on_its_own_line(unusable_corpus, tmp_path):
    """No spaCy needed: every input fails before the model would load."""
    proc = run_kg("ingest", unusable_corpus, "--store", tmp_path / "kg", timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = _error_lines(proc.stderr)
    for name, (_, words) in unusable_files().items():
        assert name in errors, f"no error line for {name}:\n{proc.stderr}"
        assert words in errors[name], errors[name]
    assert len(errors) == len(unusable_files()), proc.stderr
    assert "0 ok (0 created, 0 replaced, 0 unchanged), 5 failed" in proc.stdout
    assert graph_counts(tmp_path / "kg") == {}


@pytest.mark.slow
def test_kg_ingest_carries_on_past_bad_files_and_stores_the_rest_whole(bad_corpus, tmp_path):
    store = tmp_path / "kg"
    proc = run_kg("ingest", bad_corpus, "--store", store)
    assert proc.returncode == 1, proc.stderr  # some inputs failed
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    errors = _error_lines(proc.stderr)
    assert set(errors) == set(unusable_files()), proc.stderr
    for name, (_, words) in unusable_files().items():
        assert words in errors[name]
    assert f"kg: warning: {bad_corpus / 'html-page.txt'}: looks like an HTML page" in proc.stderr
    stored = len(odd_texts()) + len(GOOD)
    assert f"{stored} ok ({stored} created, 0 replaced, 0 unchanged), 5 failed" in proc.stdout

    counts = graph_counts(store)
    ids = {g.rsplit("/", 1)[1] for g in counts}
    assert ids == {Path(n).stem for n in odd_texts()} | set(GOOD)
    listing = run_kg("articles", "--store", store)
    for doc_id in GOOD:
        assert doc_id in listing.stdout
    page = json.loads(run_kg("show", "html-page", "--store", store).stdout)
    assert page["document"]["title"] == "Talks in Geneva end without a deal"

    validate = run_kg("validate", "--store", store)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert f"{stored} of {stored} article graphs conform" in validate.stdout

    # and each graph is exactly what ingesting that article alone gives
    for doc_id in GOOD:
        alone = tmp_path / f"alone-{doc_id}"
        assert run_kg("ingest", bad_corpus / f"{doc_id}.txt", "--store", alone).returncode == 0
        (graph,) = graph_counts(alone).items()
        assert counts[graph[0]] == graph[1]


# -- the API ------------------------------------------------------------------------------

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _article(doc_id: str, text: str) -> dict:
    return {"id": doc_id, "title": doc_id, "published": "2024-01-12", "text": text}


def _raw(base: str, body: bytes) -> httpx.Response:
    return httpx.post(
        base + "/articles",
        content=body,
        headers={**AUTH, "Content-Type": "application/json"},
        timeout=120,
    )


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    """A real ``kg serve`` with writes enabled over an empty store; yields (URL, store)."""
    store = tmp_path_factory.mktemp("api-bad-input") / "kg"
    with kg_server(store) as base:
        # the first POST loads spaCy in the server; pay for it once, outside the tests
        r = httpx.post(base + "/articles", json=_article("warm-up", "Russia said talks failed."),
                       headers=AUTH, timeout=300)  # fmt: skip
        assert r.status_code == 201, r.text
        yield base, store


UNUSABLE_BODIES = {
    "empty text": lambda: json.dumps(_article("empty", "")).encode(),
    "whitespace-only text": lambda: json.dumps(_article("blank", " \n\t\r\n ")).encode(),
    "10 MB text": lambda: json.dumps(_article("huge", "Talks went on. " * 700_000)).encode(),
    "binary body": lambda: bytes(range(256)) * 64,
    "text with NUL bytes": lambda: json.dumps(
        _article("nul", "Talks\x00\x01\x02 failed.")
    ).encode(),
    "invalid UTF-8 in the body": lambda: (
        b'{"id": "latin1", "title": "t", "published": "2024-01-12", "text": "Gen\xe8ve \xff"}'
    ),
    "not an object": lambda: b'["Russia said talks failed."]',
    "bad date": lambda: json.dumps({**_article("d", "Talks."), "published": "12/01/2024"}).encode(),
    "id that cannot be an IRI": lambda: json.dumps(_article("a b/../c", "Talks.")).encode(),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(UNUSABLE_BODIES))
def test_api_answers_4xx_problem_json_for_unusable_input(api, case):
    base, _ = api
    response = _raw(base, UNUSABLE_BODIES[case]())
    body = problem(response)
    assert response.status_code in (413, 422), body
    assert "Traceback" not in body["detail"]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(odd_texts()) - {"html-page.txt"}))
def test_api_stores_odd_but_readable_text_whole(api, name):
    """Text in another language, broken quotes, one 50,000-character sentence and control
    characters are still text: stored (201) as one whole graph that reads back, or
    refused with a 4xx problem; never a 5xx."""
    base, _ = api
    doc_id = Path(name).stem
    r = httpx.post(base + "/articles", json=_article(doc_id, odd_texts()[name]), headers=AUTH,
                   timeout=300)  # fmt: skip
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        problem(r)
        return
    assert r.status_code == 201, r.text
    written = r.json()
    back = httpx.get(f"{base}/articles/{doc_id}", timeout=60)
    assert back.status_code == 200, back.text
    assert back.json()["document"]["id"] == doc_id
    listed = httpx.get(base + "/articles", params={"limit": 200}, timeout=60).json()["items"]
    assert {a["id"]: a["triples"] for a in listed}[doc_id] == written["triples"]


@pytest.mark.slow
def test_api_does_not_store_an_html_page_as_article_text(api):
    base, _ = api
    r = httpx.post(base + "/articles", json=_article("html-page", HTML_PAGE), headers=AUTH,
                   timeout=120)  # fmt: skip
    if r.status_code >= 400:
        problem(r)
        return
    assert r.status_code in (200, 201), r.text
    assert any("HTML" in w for w in r.json()["warnings"]), r.json()
    query = (
        f'SELECT ?b WHERE {{ ?a <{SCHEMA.identifier}> "html-page" ; <{SCHEMA.articleBody}> ?b }}'
    )
    found = httpx.get(
        base + "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    ).json()["results"]["bindings"]
    assert len(found) == 1, found
    body = found[0]["b"]["value"]
    assert "<script>" not in body and "<p>" not in body


@pytest.mark.slow
def test_after_the_bad_input_every_stored_graph_conforms(api, tmp_path):
    """Whatever the tests above stored (they run first, in file order): each graph as the
    server returns it (CONSTRUCT through /sparql) has the size ``/articles`` reports and
    conforms to the shapes; nothing of the refused inputs was stored."""
    base, _ = api
    items = httpx.get(base + "/articles", params={"limit": 200}, timeout=60).json()["items"]
    assert {"warm-up"} <= {a["id"] for a in items}
    assert not {"empty", "blank", "huge", "nul", "latin1"} & {a["id"] for a in items}
    for a in items:
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{a['graph']}> {{ ?s ?p ?o }} }}"
        r = httpx.get(base + "/sparql", params={"query": query},
                      headers={"Accept": "application/n-triples"}, timeout=60)  # fmt: skip
        assert r.status_code == 200, r.text
        g = Graph().parse(data=r.text, format="nt")
        assert len(g) == a["triples"], a
        report = validate_triples(list(g))
        assert report.conforms, (a["id"], report.results[:5])
