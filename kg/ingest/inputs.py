"""Reading articles into ``Document``s: files, folders, JSON lines and HTML.

``.txt`` files (optional ``---`` front matter), ``.jsonl`` files (one article per line) and
folders of both become :class:`Source` items. A source holds either a
:class:`~kg.records.Document` or the reason it could not be read, so one bad file or line is
one failed item and never stops the others. Every check raises
:class:`~kg.errors.InputError` with a message that names the input and says what is wrong.

Offsets in a ``Document`` are into its ``text``: for a file with front matter that is the
body after the closing ``---`` line; line ends are normalised to ``\\n`` and a UTF-8 byte
order mark is dropped before anything else.

An article without a ``published`` field (and no date given by the caller) dates itself
when it can (:func:`publication_date`: a date line among its first lines, else an ISO date
ending its id or file name), since its relative dates ("on Sunday", "last week") and so the
linking of its events to other reports hang on that date.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from kg.errors import InputError
from kg.records import Document

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_ID_LENGTH = 200
MAX_TITLE_LENGTH = 300
INPUT_SUFFIXES = (".txt", ".jsonl")

_SAFE_ID = re.compile(rf"[A-Za-z0-9._-]{{1,{MAX_ID_LENGTH}}}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_HTML_ANYWHERE = re.compile(r"<(?:body|/p|/div|br\s*/?)\s*>", re.IGNORECASE)
_FRONT_MATTER_KEYS = ("id", "title", "published", "url")
_FREE_TEXT_KEYS = ("source", "note")  # data/articles/README.md: kept in the file, not used


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
    if document.published is None:
        found, how = publication_date(document.id, body)
        if found is not None:
            document = replace(document, published=found)
            warnings.append(f"{origin}: no published date given; {found} taken from {how}")
    return document, tuple(warnings)


_MONTH_NAMES = {
    m.lower(): i for i, m in enumerate(calendar.month_name) if m
} | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(calendar.day_name) + r"),?\s+"
# a date with its year: "18 November 2026", "Nov. 18, 2026", "2026-11-18"
_TEXT_DATE = (
    rf"(?:(?:{_WEEKDAY})?(?P<d1>\d{{1,2}})\s+{_MONTH}\s+(?P<y1>\d{{4}})"
    rf"|(?:{_WEEKDAY})?{_MONTH.replace('mon', 'mon2')}\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
# where an article states its own date in its first lines: a line that is the date, or ends
# in it after a comma or colon ("Analysis, 23 November 2026", "Weekly Brief: Saturday 21
# November 2026"), or "published on <date>"
_DATE_LINE = re.compile(
    rf"^(?:[^\n]{{0,80}}?[,:]\s*)?{_TEXT_DATE}\s*$"
    rf"|\bpublished\s+(?:on\s+)?{_TEXT_DATE.replace('?P<', '?P<p_')}",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_LINES = 4  # the lines (not blank) where a dateline or date line stands
_ID_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})$")


def publication_date(doc_id: str, text: str) -> tuple[_dt.date | None, str]:
    """The date an article without a ``published`` field gives itself, and where it was
    found: a date line among its first lines ("18 November 2026" under a statement's title,
    "Analysis, 23 November 2026", "Originally published on 22 November 2026"), else an ISO
    date that ends its id or file name ("...-report-2026-11-16"), a common way to file
    news. (None, "") when there is neither: relative dates ("on Sunday") then stay
    unresolved."""
    head = "\n".join([ln for ln in text.split("\n") if ln.strip()][:_HEAD_LINES])
    for m in _DATE_LINE.finditer(head):
        g = {k.removeprefix("p_"): v for k, v in m.groupdict().items() if v}
        try:
            if "iso" in g:
                return _dt.date.fromisoformat(g["iso"]), "a date line of the text"
            mon = _MONTH_NAMES[(g.get("mon") or g["mon2"]).lower()]
            return (
                _dt.date(int(g.get("y1") or g["y2"]), mon, int(g.get("d1") or g["d2"])),
                "a date line of the text",
            )
        except (ValueError, KeyError):
            continue
    m = _ID_DATE.search(doc_id)
    if m:
        try:
            return _dt.date.fromisoformat(m.group(1)), "the date that ends its id"
        except ValueError:
            pass
    return None, ""


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


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
