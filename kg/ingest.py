"""Reading articles into ``Document``s, and the per-article pipeline extract → rdf → store.

Two halves, both library code the CLI and the API call:

- **reading**: ``.txt`` files (optional ``---`` front matter), ``.jsonl`` files (one article
  per line) and folders of both become :class:`Source` items. A source holds either a
  :class:`~kg.records.Document` or the reason it could not be read, so one bad file or line
  is one failed item and never stops the others. Every check raises
  :class:`~kg.errors.InputError` with a message that names the input and says what is wrong.
- **ingesting**: :func:`ingest_documents` runs each document through the extractor, turns
  the extraction into one named graph and swaps it into the store with
  ``Store.replace_graph`` (one transaction), so a failure leaves nothing half-written and
  loses no other article. Re-ingesting the same text finds the same triples and reports
  ``unchanged``. The two steps are :func:`extract_document` (text → records, the slow
  part) and :func:`store_extraction` (records → graph → store); a pool from
  ``kg.parallel`` runs the first in other processes while this one runs the second, in
  input order.

Offsets in a ``Document`` are into its ``text``: for a file with front matter that is the
body after the closing ``---`` line; line ends are normalised to ``\\n`` and a UTF-8 byte
order mark is dropped before anything else.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar, NamedTuple, Protocol

from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.term import BNode

from kg.errors import ExtractionError, InputError, KGError, NotFoundError
from kg.rdf import extraction_to_triples, graph_iri
from kg.query.articles import article_record
from kg.records import Document, Extraction
from kg.resolution import (
    actors_of,
    affected_by_delete,
    affected_by_write,
    consolidate,
    persons_of,
    resolve_article,
)
from kg.store import Store, Triple, open_store
from kg.vocab import PREFIXES

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_ID_LENGTH = 200
MAX_TITLE_LENGTH = 300
INPUT_SUFFIXES = (".txt", ".jsonl")
RECORD_FORMATS = ("json", "turtle", "jsonld", "nquads")

_SAFE_ID = re.compile(rf"[A-Za-z0-9._-]{{1,{MAX_ID_LENGTH}}}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(r"<(?:body|/p|/div|br\s*/?)\s*>", re.IGNORECASE)
_FRONT_MATTER_KEYS = ("id", "title", "published", "url")
_FREE_TEXT_KEYS = ("source", "note")  # data/articles/README.md: kept in the file, not used


class SupportsExtract(Protocol):
    """What the pipeline needs from an extractor; ``kg.extract.Extractor`` is one."""

    def extract(self, doc: Document) -> Extraction: ...


@dataclass(frozen=True)
class Source:
    """One input read: a document, or the reason it could not be read.

    ``origin`` names where it came from (``path`` or ``path:line``) so that a failure can
    be traced back without the document having an id.
    """

    origin: str
    document: Document | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result:
    """What happened to one input: ``created``, ``replaced``, ``unchanged`` or ``failed``."""

    origin: str
    doc_id: str | None
    status: str
    triples: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    rejoined: tuple[str, ...] = ()  # earlier articles re-resolved because of this one

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class Summary:
    """Per-input results of one ingest run, and the store's size at its end."""

    results: list[Result] = field(default_factory=list)
    triples_in_store: int = 0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def replaced(self) -> int:
        return self.count("replaced")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if not r.ok]

    @property
    def ok(self) -> bool:
        return self.failed == 0


# -- checks ------------------------------------------------------------------------------


def check_id(value: str, *, origin: str) -> str:
    """Refuse an id that cannot safely become part of an IRI, a file name or a URL path."""
    if not _SAFE_ID.fullmatch(value) or set(value) == {"."}:
        raise InputError(
            f"{origin}: id {value[:60]!r} is not allowed: use 1-{MAX_ID_LENGTH} characters "
            "from A-Z a-z 0-9 . _ - (and not only dots)"
        )
    return value


def derive_id(name: str) -> str:
    """A safe id from a file name: accents folded, other characters to ``-``; a hash of the
    name when nothing usable is left (e.g. a name in a non-Latin script)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-.")[:MAX_ID_LENGTH]
    if slug:
        return slug
    return "doc-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def parse_date(
    value: str | _dt.date | None, *, origin: str, what: str = "published"
) -> _dt.date | None:
    """``YYYY-MM-DD`` to a date; anything else is an input error that says what was seen."""
    if value is None or isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if not _ISO_DATE.fullmatch(text):
        raise InputError(f"{origin}: {what} date {text[:40]!r} is not YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{origin}: {what} date {text!r} is not a real date ({exc})") from None


def check_url(value: str | None, *, origin: str) -> str | None:
    """Only plain http(s) URLs: the URL becomes an IRI in the graph."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not _URL.fullmatch(text):
        raise InputError(f"{origin}: url {text[:80]!r} is not an http(s) URL")
    return text


def check_size(size: int, *, origin: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            f"{origin}: {_human(size)} is larger than the limit of {_human(max_bytes)} "
            "(raise it with --max-bytes)"
        )


def decode_text(data: bytes, *, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Bytes to text, refusing what is too large, binary or not UTF-8; why: the extractor's
    offsets must be into real text, and a silent replacement character would move them."""
    check_size(len(data), origin=origin, max_bytes=max_bytes)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{origin}: the text is UTF-16; convert it to UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{origin}: looks like a binary file (NUL byte at byte {nul}), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"{origin}: not valid UTF-8 (byte 0x{bad} at byte {exc.start}); convert it to UTF-8"
        ) from None
    return normalise_newlines(text.removeprefix("\ufeff"))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_not_empty(text: str, *, origin: str, what: str = "the text") -> None:
    if not text.strip():
        raise InputError(f"{origin}: {what} is empty")


# -- HTML --------------------------------------------------------------------------------


def looks_like_html(text: str) -> bool:
    """A page, not an article that mentions a tag: it starts like one or has page tags."""
    return bool(_HTML_START.match(text) or _HTML_ANYWHERE.search(text[:20000]))


class _TextFromHTML(HTMLParser):
    """Keeps the visible text and the <title>; block tags become line breaks."""

    _SKIP: ClassVar[frozenset[str]] = frozenset(
        {"script", "style", "noscript", "template", "svg", "head"}
    )
    _BLOCK: ClassVar[frozenset[str]] = frozenset({
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "header", "footer", "blockquote", "pre", "table", "hr", "ul", "ol",
        "figcaption", "main", "aside", "nav", "dd", "dt",
    })  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """(text, title) of an HTML page with the stdlib parser: good enough for a page saved
    by mistake, not a boilerplate remover."""
    parser = _TextFromHTML()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text, " ".join("".join(parser.title).split())


# -- building documents ------------------------------------------------------------------


def split_front_matter(text: str, *, origin: str) -> tuple[dict[str, str], str]:
    """Split ``---``-fenced ``key: value`` lines off the top; returns (fields, body).

    Unknown keys are kept (the caller warns); a fence that is never closed, or a line that
    is not ``key: value``, is an error rather than a guess.
    """
    if not text.startswith("---\n"):
        return {}, text
    lines = text.split("\n")
    close = next((i for i, line in enumerate(lines) if i and line.strip() == "---"), None)
    if close is None:
        raise InputError(f"{origin}: the front matter opened by '---' on line 1 is never closed")
    fields: dict[str, str] = {}
    for n, line in enumerate(lines[1:close], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise InputError(
                f"{origin}: line {n} of the front matter is not 'key: value': {line[:60]!r}"
            )
        fields[key.strip().lower()] = _unquote(value.strip())
    return fields, "\n".join(lines[close + 1 :])


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def first_line(text: str) -> str:
    """The first non-empty line, shortened: the title when none is given."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line:
            return line if len(line) <= MAX_TITLE_LENGTH else line[: MAX_TITLE_LENGTH - 1] + "…"
    return ""


def document_from_text(
    text: str,
    *,
    origin: str,
    default_id: str,
    doc_id: str | None = None,
    published: _dt.date | str | None = None,
) -> tuple[Document, tuple[str, ...]]:
    """A document from decoded text (front matter, HTML and emptiness handled); returns it
    with any warnings. ``doc_id`` overrides the front matter's id; ``published`` is only a
    default for articles that do not give their own date."""
    warnings: list[str] = []
    fields, body = split_front_matter(text, origin=origin)
    unknown = sorted(set(fields) - set(_FRONT_MATTER_KEYS) - set(_FREE_TEXT_KEYS))
    if unknown:
        warnings.append(f"{origin}: front-matter keys ignored: {', '.join(unknown)}")
    title = fields.get("title") or ""
    if looks_like_html(body):
        body, html_title = html_to_text(body)
        title = title or html_title
        warnings.append(f"{origin}: looks like an HTML page; tags were stripped to plain text")
    check_not_empty(body, origin=origin, what="the article text" if fields else "the text")
    raw_id = doc_id or fields.get("id")
    document = Document(
        id=check_id(raw_id, origin=origin) if raw_id else default_id,
        text=body,
        title=title or first_line(body),
        published=parse_date(fields.get("published"), origin=origin)
        or parse_date(published, origin=origin),
        url=check_url(fields.get("url"), origin=origin),
    )
    return document, tuple(warnings)


def document_from_bytes(
    data: bytes,
    *,
    origin: str,
    default_id: str,
    doc_id: str | None = None,
    published: _dt.date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """A source from raw bytes (a file's or stdin's); input errors become a failed source."""
    try:
        text = decode_text(data, origin=origin, max_bytes=max_bytes)
        document, warnings = document_from_text(
            text, origin=origin, default_id=default_id, doc_id=doc_id, published=published
        )
    except InputError as exc:
        return Source(origin, error=str(exc))
    return Source(origin, document=document, warnings=warnings)


def read_text_file(
    path: Path,
    *,
    doc_id: str | None = None,
    published: _dt.date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """One ``.txt`` (or any text) file; the size is checked before it is read."""
    origin = str(path)
    try:
        check_size(path.stat().st_size, origin=origin, max_bytes=max_bytes)
        data = path.read_bytes()
    except InputError as exc:
        return Source(origin, error=str(exc))
    except OSError as exc:
        return Source(origin, error=f"{origin}: cannot read: {exc.strerror or exc}")
    return document_from_bytes(
        data,
        origin=origin,
        default_id=derive_id(path.stem),
        doc_id=doc_id,
        published=published,
        max_bytes=max_bytes,
    )


def read_jsonl(
    path: Path,
    *,
    published: _dt.date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source]:
    """One source per non-blank line of ``{id, title, published, url, text}``; a bad line is
    one failed source with its line number, and the lines after it are still read."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Source(str(path), error=f"{path}: cannot read: {exc.strerror or exc}")
        return
    with handle:
        for n, raw in enumerate(handle, start=1):
            if raw.strip():
                yield _jsonl_line(
                    raw,
                    origin=f"{path}:{n}",
                    stem=path.stem,
                    n=n,
                    published=published,
                    max_bytes=max_bytes,
                )


def _jsonl_line(raw: bytes, *, origin: str, stem: str, n: int, published, max_bytes: int) -> Source:
    try:
        line = decode_text(raw, origin=origin, max_bytes=max_bytes)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})"
            ) from None
        return Source(
            origin,
            document=document_from_record(
                obj, origin=origin, default_id=f"{derive_id(stem)}-{n}", published=published
            ),
        )
    except InputError as exc:
        return Source(origin, error=str(exc))


def document_from_record(
    obj: object,
    *,
    origin: str,
    default_id: str,
    published: _dt.date | str | None = None,
) -> Document:
    """A document from a JSON object ``{id, title, published, url, text}`` (jsonl lines,
    the API's request bodies); only ``text`` is required."""
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: 'text' is missing or not a string")
    if "\x00" in text:
        raise InputError(f"{origin}: the text contains NUL characters; it is not plain text")
    text = normalise_newlines(text)
    check_not_empty(text, origin=origin)
    if looks_like_html(text):
        raise InputError(
            f"{origin}: 'text' looks like an HTML page; send the article's plain text "
            "(or save the page as a .txt/.html file for `kg ingest`, which strips the tags)"
        )
    for key in ("id", "title", "published", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{origin}: {key!r} must be a string")
    raw_id = obj.get("id")
    return Document(
        id=check_id(raw_id, origin=origin) if raw_id else default_id,
        text=text,
        title=" ".join((obj.get("title") or "").split()) or first_line(text),
        published=parse_date(obj.get("published"), origin=origin)
        or parse_date(published, origin=origin),
        url=check_url(obj.get("url"), origin=origin),
    )


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files named, and ``.txt`` / ``.jsonl`` files under folders (recursively, sorted,
    hidden ones skipped). A name that does not exist is kept, to fail as its own item."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.suffix.lower() in INPUT_SUFFIXES
                    and f.is_file()
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        else:
            files.append(p)
    return files


def read_paths(
    paths: Sequence[str | Path],
    *,
    published: _dt.date | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source]:
    """Every article under ``paths``, lazily, in a stable order. A file named directly is
    read as text whatever its suffix, except ``.jsonl``."""
    for f in input_files(paths):
        if not f.exists():
            yield Source(str(f), error=f"{f}: no such file or directory")
        elif f.suffix.lower() == ".jsonl":
            yield from read_jsonl(f, published=published, max_bytes=max_bytes)
        else:
            yield read_text_file(f, published=published, max_bytes=max_bytes)


def count_inputs(files: Iterable[Path]) -> int:
    """How many sources ``read_paths`` will yield, without parsing: for a progress bar."""
    total = 0
    for f in files:
        if f.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with f.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


# -- the pipeline ------------------------------------------------------------------------


def ingest_documents(
    store: Store,
    docs: Iterable[Document | Source],
    *,
    extractor: SupportsExtract | None = None,
    on_result: Callable[[Result], None] | None = None,
    pool: ExtractionPool | None = None,
) -> Summary:
    """Extract, convert and store each document as its own named graph.

    Each article is isolated: whatever one raises is recorded against its id and the next
    goes on; ``replace_graph`` is one transaction, so a failed article leaves its previous
    graph (or none) in place. Two inputs with the same id in one run are an error for the
    second, which would otherwise silently replace the first.

    ``pool`` (``kg.parallel``: processes or a Dask cluster) extracts in parallel instead
    of ``extractor``; results still come in input order, and whatever a worker returns as
    an extraction is stored here, by this one writer.
    """
    if pool is None:
        if extractor is None:
            raise TypeError("ingest_documents needs an extractor or a pool")
        pool = InProcess(extractor)
    summary = Summary()
    seen: dict[str, str] = {}
    pending: deque[tuple[Source, Result | FutureLike]] = deque()

    def finish() -> None:
        source, job = pending.popleft()
        result = job if isinstance(job, Result) else _finish(store, source, job)
        summary.results.append(result)
        if on_result is not None:
            on_result(result)

    for item in docs:
        source = item if isinstance(item, Source) else Source(item.id, document=item)
        refused = _refuse(source, seen)
        pending.append((source, refused or pool.submit(source.document)))
        while len(pending) > pool.window:
            finish()
    while pending:
        finish()
    summary.triples_in_store = store.count()
    return summary


class FutureLike(Protocol):
    def result(self) -> Extraction | Stored: ...


class ExtractionPool(Protocol):
    """Where extraction runs: ``submit`` returns a future of the document's
    :class:`~kg.records.Extraction` (which the caller stores) or, when the workers write
    to the store themselves, of :class:`Stored`. ``window`` is how many documents may be
    in flight before the oldest is waited for."""

    window: int

    def submit(self, doc: Document) -> FutureLike: ...


class Stored(NamedTuple):
    """What writing one article did (:func:`store_extraction`; a worker that wrote the
    article itself sends it back): its status, triple count, the extractor's warnings, and
    the ids of earlier articles re-resolved because of it."""

    status: str
    triples: int
    warnings: tuple[str, ...]
    rejoined: tuple[str, ...] = ()


class _Now:
    def __init__(self, fn: Callable[[], Extraction]) -> None:
        self._fn = fn

    def result(self) -> Extraction:
        return self._fn()


class InProcess:
    """Extraction in this process: the default. With an extractor that has
    ``extract_many`` (``kg.extract.Extractor``), documents go in batches of ``batch_size``:
    the first result asked of a batch extracts all of it (one ``nlp.pipe`` over the
    texts), and ``window`` lets a whole batch be submitted before its first result is
    needed. Results still come one per document, in order, each failure its own
    (``extract_document``'s errors). Other extractors go one document at a time."""

    def __init__(self, extractor: SupportsExtract, batch_size: int = 16) -> None:
        self.extractor = extractor
        self.batch_size = batch_size if hasattr(extractor, "extract_many") else 1
        self.window = self.batch_size if self.batch_size > 1 else 0
        self._batch: _Batch | None = None

    def submit(self, doc: Document) -> FutureLike:
        if self.batch_size <= 1:
            return _Now(lambda: extract_document(doc, self.extractor))
        batch = self._batch
        if batch is None or batch.started or len(batch.docs) >= self.batch_size:
            batch = self._batch = _Batch(self.extractor)
        return batch.add(doc)


class _Batch:
    """Documents submitted together to an ``InProcess`` pool, extracted together on the
    first ``result()`` asked of any of them."""

    def __init__(self, extractor) -> None:
        self.extractor = extractor
        self.docs: list[Document] = []
        self.outcomes: dict[int, Extraction | BaseException] = {}
        self.started = False

    def add(self, doc: Document) -> InGroup:
        self.docs.append(doc)
        return InGroup(self, len(self.docs) - 1)

    def run(self) -> None:
        self.started = True
        self.outcomes = dict(enumerate(extract_outcomes(self.extractor, self.docs)))
        self.docs = []

    def result(self, i: int) -> Extraction:
        if not self.started:
            self.run()
        outcome = self.outcomes.pop(i)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class InGroup:
    """One document's future in a group extracted together (a batch here, a chunk sent to a
    worker process by ``kg.parallel``): its result is the group's result for its index."""

    def __init__(self, group, index: int) -> None:
        self._group, self._index = group, index

    def result(self):
        return self._group.result(self._index)


def _refuse(source: Source, seen: dict[str, str]) -> Result | None:
    """The result of a source that will not be extracted (unreadable, or an id seen
    before in this run); None for one that will."""
    doc = source.document
    if doc is None:
        return Result(source.origin, None, "failed", error=source.error, warnings=source.warnings)
    if doc.id in seen:
        message = f"{source.origin}: id {doc.id!r} was already read from {seen[doc.id]} in this run"
        return Result(source.origin, doc.id, "failed", error=message, warnings=source.warnings)
    seen[doc.id] = source.origin
    return None


def _finish(store: Store, source: Source, job: FutureLike) -> Result:
    doc = source.document
    assert doc is not None
    try:
        outcome = job.result()
        if isinstance(outcome, Extraction):
            outcome = store_extraction(store, outcome)
    except Exception as exc:  # one article must not sink the batch
        log.debug("ingesting %s failed", doc.id, exc_info=True)
        message = f"{source.origin}: {describe_error(exc)}"
        return Result(source.origin, doc.id, "failed", error=message, warnings=source.warnings)
    return Result(
        source.origin,
        doc.id,
        outcome.status,
        outcome.triples,
        warnings=source.warnings + tuple(outcome.warnings),
        rejoined=tuple(getattr(outcome, "rejoined", ())),
    )


def store_document(store: Store, doc: Document, extractor: SupportsExtract) -> Stored:
    """One article into the store: returns (status, triple count, extractor warnings).
    An article whose graph already holds exactly these triples is not rewritten."""
    return store_extraction(store, extract_document(doc, extractor))


def extract_document(doc: Document, extractor: SupportsExtract) -> Extraction:
    """The extractor's records for ``doc``; its own bugs become ``ExtractionError``."""
    try:
        return extractor.extract(doc)
    except Exception as exc:
        raise _named(doc, exc) from exc


def _named(doc: Document, exc: Exception) -> Exception:
    """An extractor's own bug named as such (``ExtractionError``); geokg's errors as they are."""
    if isinstance(exc, KGError):
        return exc
    error = ExtractionError(f"extracting {doc.id!r} failed: {describe_error(exc)}")
    error.__cause__ = exc
    return error


def extract_outcomes(extractor: SupportsExtract, docs: Sequence[Document]) -> list:
    """For each document, its ``Extraction`` or the error ``extract_document`` would raise:
    parsed together (``extract_many``, one ``nlp.pipe``) when the extractor can, and one by
    one for the rest if that breaks part-way."""
    outcomes: list = []
    if hasattr(extractor, "extract_many"):
        try:
            outcomes.extend(extractor.extract_many(docs))
        except Exception:  # the rest one by one below, each its own result
            log.debug("extract_many failed; extracting the rest one at a time", exc_info=True)
    for doc in docs[len(outcomes) :]:
        try:
            outcomes.append(extractor.extract(doc))
        except Exception as exc:  # noqa: BLE001 - that document's own result
            outcomes.append(exc)
    return [_named(d, o) if isinstance(o, Exception) else o for d, o in zip(docs, outcomes)]


def store_extraction(store: Store, extraction: Extraction) -> Stored:
    """The second half of :func:`store_document`: records → triples → the article's
    graph, run by whoever writes to the store (this process, or a worker writing to a
    remote store). Earlier articles whose surname-only people this article names in full
    are re-resolved after the write (``rejoined``), so the graph does not depend on the
    order the articles came in."""
    doc = extraction.document
    graph, made = extraction_to_triples(extraction)
    triples = resolve_article(store, doc.id, list(made))  # kg.resolution: cross-article merges
    warnings = tuple(extraction.warnings)
    status = "created"
    if store.has_graph(graph):
        # only an existing graph needs the comparison (and its scratch store)
        new = as_stored(graph, triples)
        status = "unchanged" if same_triples(set(store.triples_in(graph)), new) else "replaced"
    count = len(new) if status == "unchanged" else store.replace_graph(graph, triples)
    # an unchanged article too: a run killed between its write and this re-resolution left
    # the earlier articles behind, and the check is a few index lookups
    rejoined = consolidate(store, affected_by_write(store, doc.id, triples))
    return Stored(status, count, warnings, tuple(rejoined))


def delete_article(store: Store, doc_id: str) -> tuple[str, ...] | None:
    """Remove an article's graph; None when there was none. Articles whose people joined a
    full name only this article gave are re-resolved (their ids are returned), so a
    deletion takes back the merges it made possible; so are those whose actors' type it
    decided (kg.resolution types each node from all its mentions)."""
    persons, actors = persons_of(store, doc_id), actors_of(store, doc_id)
    if not store.delete_graph(str(graph_iri(doc_id))):
        return None
    return tuple(consolidate(store, affected_by_delete(store, persons, actors)))


def as_stored(graph: str, triples: Iterable[Triple]) -> set[Triple]:
    """The triples as a store gives them back. Oxigraph normalises literals on the way in
    (``"5"^^xsd:nonNegativeInteger`` comes back as ``"5"^^xsd:integer``; oxigraph#526), so
    comparing with what ``kg.rdf`` made would always see a change; a throwaway in-memory
    store applies exactly the same normalisation without this module knowing its rules."""
    scratch = open_store(None)
    try:
        scratch.replace_graph(graph, triples)
        return set(scratch.triples_in(graph))
    finally:
        scratch.close()


def same_triples(old: set[Triple], new: set[Triple]) -> bool:
    """Set equality, or graph isomorphism when blank nodes are involved: a blank node comes
    back from the store under another label."""
    if old == new:
        return True
    if len(old) != len(new) or not any(isinstance(t, BNode) for tr in new for t in tr):
        return False
    a, b = Graph(), Graph()
    for t in old:
        a.add(t)
    for t in new:
        b.add(t)
    return isomorphic(a, b)


def describe_error(exc: BaseException) -> str:
    """Our own errors carry a message for people; anything else also names its type."""
    if isinstance(exc, KGError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# -- reading an article back -------------------------------------------------------------


def extract_to_record(doc: Document, extractor: SupportsExtract, fmt: str = "json") -> str:
    """``kg extract``: run the whole pipeline into a throwaway in-memory store and read the
    article back from it, so what is printed is what the graph holds, not the records."""
    store = open_store(None)
    try:
        store_document(store, doc, extractor)
        return render_article(store, doc.id, fmt)
    finally:
        store.close()


def render_article(store: Store, doc_id: str, fmt: str = "json") -> str:
    """An article as the SCHEMA.md record (``json``, by SPARQL) or its named graph as
    ``turtle``, ``jsonld`` or ``nquads``."""
    if fmt not in RECORD_FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(RECORD_FORMATS)}")
    graph = str(graph_iri(doc_id))
    if not store.has_graph(graph):
        raise NotFoundError(f"no article {doc_id!r} in the store")
    if fmt == "json":
        return json.dumps(article_record(store, doc_id), ensure_ascii=False, indent=2)
    return serialize_triples(store.triples_in(graph), fmt, graph=graph)


def serialize_triples(triples: Iterable[Triple], fmt: str, *, graph: str | None = None) -> str:
    """Triples as Turtle / JSON-LD (with the project's prefixes) or N-Quads in ``graph``."""
    if fmt == "nquads":
        # N-Triples with the graph name put before each final dot: one line per triple.
        g = Graph()
        for t in triples:
            g.add(t)
        name = f" <{graph}> ." if graph else " ."
        lines = g.serialize(format="nt").splitlines()
        return "\n".join(sorted(line[:-2] + name for line in lines if line.endswith(" ."))) + "\n"
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for t in triples:
        g.add(t)
    if fmt == "jsonld":
        return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True, indent=2)
    if fmt == "turtle":
        return g.serialize(format="turtle")
    raise InputError(f"unknown RDF format {fmt!r}; use turtle, jsonld or nquads")


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
