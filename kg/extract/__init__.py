"""Extraction: article text -> :class:`kg.records.Extraction` (actors, events, statements, claims).

``Extractor`` loads the spaCy model and the gazetteer once; ``extract(doc)`` is pure with
respect to its input and deterministic. ``extract_many(docs)`` gives the same records (or
errors), one per document in order, parsing the texts in batches with ``nlp.pipe``. Offsets
in the records are into ``doc.text`` as given: cleaning happens on a copy that keeps a map
back to the original characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice

from kg import __version__
from kg.errors import ExtractionError, InputError
from kg.extract.actors import ActorTable, byline_credits, caption_credits, collect, group_type_fix, roles
from kg.extract.claims import ClaimFinder
from kg.extract.clean import Cleaned, clean
from kg.extract.dates import find_dates
from kg.extract.events import EventFinder, RawEvent
from kg.extract.labels import event_label
from kg.extract.nlp import build_pipeline
from kg.extract.references import Resolver
from kg.extract.statements import RawStatement, direct_quotes, find_quotes, pull_quotes, reported_speech
from kg.link.gazetteer import Gazetteer, default_gazetteer
from kg.records import Actor, Claim, Document, Event, Extraction, Role, Span, Statement

EXTRACTOR_VERSION = f"geokg-extract/{__version__}"
MAX_CHARS = 2_000_000
BATCH_SIZE = 16  # texts per nlp.pipe call in extract_many
_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'-]{2,40}?)(?:\s*\([^)]*\))?\s*,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*[-—–(\n]", re.M)

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract"]


class Extractor:
    """Holds the spaCy pipeline and the gazetteer; thread-compatible, not thread-safe."""

    def __init__(self, gazetteer: Gazetteer | None = None, nlp=None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.nlp = build_pipeline(self.gazetteer, nlp)
        self.version = EXTRACTOR_VERSION

    def extract(self, doc: Document) -> Extraction:
        empty = self._check(doc)
        if empty is not None:
            return empty
        return self._extract(doc)

    def extract_many(
        self, docs: Iterable[Document], batch_size: int = BATCH_SIZE
    ) -> Iterator[Extraction | Exception]:
        """``extract`` of each document, in order, with the texts parsed ``batch_size`` at a
        time by ``nlp.pipe``: an ``Extraction``, or the exception ``extract`` would raise
        for that document (returned, not raised, so one bad article costs only itself).
        A batch that spaCy fails on is parsed again one text at a time."""
        docs = iter(docs)
        while batch := list(islice(docs, max(1, batch_size))):
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> list[Extraction | Exception]:
        out: list[Extraction | Exception | None] = [None] * len(batch)
        todo: list[tuple[int, Cleaned | Exception]] = []  # (index, cleaned text or its error)
        for i, doc in enumerate(batch):
            try:
                out[i] = self._check(doc)
                if out[i] is None:
                    todo.append((i, _attempt(self._clean, doc)))
            except InputError as exc:
                out[i] = exc
        parsed: list = [None] * len(todo)
        texts = [c.text for _, c in todo if isinstance(c, Cleaned)]
        if texts:
            try:
                docs = iter(self.nlp.pipe(texts, batch_size=len(texts)))
                parsed = [next(docs) if isinstance(c, Cleaned) else None for _, c in todo]
            except Exception:  # noqa: BLE001 - each text again alone: the error is its own
                parsed = [None] * len(todo)
        for (i, cleaned), spacy_doc in zip(todo, parsed, strict=True):
            if isinstance(cleaned, Cleaned):
                out[i] = _attempt(self._extract, batch[i], cleaned, spacy_doc)
            else:
                out[i] = cleaned  # the error cleaning raised, as extract raises it
        return out  # type: ignore[return-value]

    def _check(self, doc: Document) -> Extraction | None:
        """InputError for text that is not a string or too long; the warning-only
        extraction of a blank text; None for a text to extract."""
        if not isinstance(doc.text, str):
            raise InputError("article text must be a string")
        if len(doc.text) > MAX_CHARS:
            raise InputError(f"article {doc.id} is {len(doc.text):,} characters; the limit is {MAX_CHARS:,}")
        if not doc.text.strip():
            return Extraction(doc, extractor_version=self.version, warnings=("empty text",))
        return None

    def _clean(self, doc: Document) -> Cleaned:
        with self._errors(doc):
            return clean(doc.text)

    def _extract(self, doc: Document, cleaned: Cleaned | None = None, parsed=None) -> Extraction:
        with self._errors(doc):
            return _Run(self, doc, cleaned, parsed).extraction()

    @contextmanager
    def _errors(self, doc: Document):
        try:
            yield
        except (InputError, ExtractionError):
            raise
        except Exception as exc:  # one bad document must not sink a batch: say which and why
            raise ExtractionError(f"extraction failed on article {doc.id}: {type(exc).__name__}: {exc}") from exc


def _attempt(fn, *args):
    """``fn(*args)``, or the exception it raised."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - handed back to the caller, per document
        return exc


_TITLE_STOP = {"of", "for", "the", "and", "affairs"}


def _title_words(title: str) -> frozenset[str]:
    """A title's words without function words: 'Minister of Foreign Affairs' and 'Foreign
    Minister' are both {foreign, minister}."""
    return frozenset(w for w in title.lower().replace("-", " ").split() if w not in _TITLE_STOP)


def _fullest_first(roles):
    """Roles in text order, except that a title no other title of the same body contains
    comes before the titles it contains (so 'Minister' yields to 'Foreign Minister')."""
    order = list(roles)
    return sorted(order, key=lambda r: (-len(_title_words(r[0])), order.index(r)))


def extract(doc: Document) -> Extraction:
    return Extractor().extract(doc)


class _Run:
    """One article's extraction, step by step."""

    def __init__(
        self, ex: Extractor, doc: Document, cleaned: Cleaned | None = None, parsed=None
    ) -> None:
        self.ex = ex
        self.document = doc
        self.cleaned: Cleaned = clean(doc.text) if cleaned is None else cleaned
        self.doc = ex.nlp(self.cleaned.text) if parsed is None else parsed
        self.table = ActorTable(ex.gazetteer)
        self.warnings: list[str] = []

    def extraction(self) -> Extraction:
        text = self.cleaned.text
        places = collect(self.doc, self.table)
        caption_credits(text, self.cleaned.captions, self.table)
        byline_credits(self.doc.text, self.table)
        group_type_fix(self.table, self.doc)
        roles(self.doc, self.table, self._home_country())
        skip = self._skip_spans()
        statements = self._statements(skip)
        # a dateline's day ("ISLAMABAD, March 12 (Wire) -") stamps the report, it dates no event
        stamps = [m.span() for m in _DATELINE.finditer(text)]
        dates = [d for d in find_dates(text, self.document.published) if not any(s <= d.start < e for s, e in stamps)]
        events = EventFinder(
            self.doc, self.table, dates, places, skip + self._quote_spans, self.document.published
        )
        resolver = Resolver(self.table)
        resolver.history = self._history
        events.resolver = resolver
        events.run()
        claims = ClaimFinder(self.doc, self.table, events, resolver)
        claims.quote_speakers = [(st.start, st.end, st.speaker) for st in statements if st.direct]
        claims.reported_speakers = [(st.start, st.end, st.speaker) for st in statements if not st.direct]
        claims.narrative(self._narrative_skip())
        claims.from_statements(statements)
        claims.settle()
        claims.from_statements(self._hidden, link=False)
        claims.from_unquoted_narrative()
        claims.settle()
        claims.credit_spokespeople()
        events.self_claimed(claims.claims)  # a doer's own undisputed claim makes it a participant
        return self._records(statements, events, claims)

    # -- steps ---------------------------------------------------------------------------
    def _home_country(self) -> str | None:
        """The country the article's text names most: never the dateline's, which places the
        reporter ("BANGKOK, Nov 14 -" over a story about Myanmar), not the story."""
        m = _DATELINE.search(self.cleaned.text[:600])
        line = m.span() if m else (0, 0)
        counts = Counter()
        for c in self.table.clusters.values():
            if c.type == "country":
                counts[c.key] = sum(1 for s, e in c.mentions if not (line[0] <= s and e <= line[1]))
        counts = Counter({k: n for k, n in counts.items() if n})
        return counts.most_common(1)[0][0] if counts else None

    def _skip_spans(self) -> list[tuple[int, int]]:
        """Headings and the headline: no statements or events are read from them."""
        text = self.cleaned.text
        first_end = text.find("\n") if "\n" in text else len(text)
        spans = list(self.cleaned.headings)
        if text[:first_end].strip() and "\n" in text.strip():
            spans.append((0, first_end))
        for cap in self.cleaned.captions:
            line_start = text.rfind("\n", 0, cap.start) + 1
            spans.append((line_start, cap.end))
        for pq in self.cleaned.pull_quotes:
            spans.append((pq.quote_start, pq.quote_end))
            spans.append((pq.name_start, pq.title_end or pq.name_end))
        return spans

    def _narrative_skip(self) -> list[tuple[int, int]]:
        """Blame and denial verbs are read everywhere but in headings, the headline and captions
        (pull-quotes included: "the Ukrainian side blames Russia for everything")."""
        text = self.cleaned.text
        spans = list(self.cleaned.headings)
        first_end = text.find("\n") if "\n" in text else len(text)
        if "\n" in text.strip():
            spans.append((0, first_end))
        for cap in self.cleaned.captions:
            spans.append((text.rfind("\n", 0, cap.start) + 1, cap.end))
        return spans

    def _statements(self, skip) -> list[RawStatement]:
        quotes = find_quotes(self.cleaned.text, skip)
        self._quote_spans = quotes
        # two rounds: the first collects who spoke where, so pronouns in the second can
        # look back at speakers whichever kind of statement introduced them
        history: list[tuple[int, str]] = []
        for _ in range(2):
            resolver = Resolver(self.table)
            resolver.history = list(history)
            found = direct_quotes(self.doc, quotes, resolver)
            found += reported_speech(self.doc, quotes, resolver, skip)
            found += pull_quotes(self.cleaned.text, self.cleaned.pull_quotes, self.table, resolver)
            history = sorted({(s.start, s.speaker) for s in found})
        self._history = history
        self._hidden = [s for s in found if s.hidden]
        found = [s for s in found if not s.hidden]
        out: dict[tuple[int, int], RawStatement] = {}
        for st in sorted(found, key=lambda s: (s.start, -s.end)):
            if any(o.start <= st.start and st.end <= o.end and o.speaker == st.speaker for o in out.values()):
                continue
            out[(st.start, st.end)] = st
        return list(out.values())

    # -- records -------------------------------------------------------------------------
    def _span(self, s: int, e: int) -> Span:
        os_, oe = self.cleaned.orig(s, e)
        return Span(os_, oe, self.document.text[os_:oe])

    def _records(self, statements, events: EventFinder, claims: ClaimFinder) -> Extraction:
        table = self.table
        used = set()
        for st in statements:
            used.add(st.speaker)
        for ev in events.events:
            used.update(ev.participants, ev.targets)
        for cl in claims.claims:
            used.update((cl.claimant, cl.agent))
        actors = []
        emitted = {k for k, c in table.clusters.items() if c.mentions}
        # a country only an office implies ('Secretary of State X'), the body of an actor's role
        emitted |= {
            of for c in table.clusters.values() if c.key in emitted for _, of, _ in c.roles
            if of is not None and table.clusters[of].implied
        }
        for c in sorted(table.clusters.values(), key=lambda c: c.first):
            if c.key not in emitted:
                continue
            roles_ = []
            seen: dict[str | None, list[frozenset[str]]] = {}
            # (a title with no body says no more than the same title held in a body:
            # "FDIC Chairman X" then "Chairman X")
            bodied = [_title_words(t) for t, of, _ in c.roles if of is not None and of in emitted]
            for title, of, (s, e) in _fullest_first(c.roles):
                if of is not None and of not in emitted:
                    of = None
                words = _title_words(title)
                # one role per office and body: "Minister" and "Minister of Foreign Affairs"
                # say no more than "Foreign Minister" does for the same body
                if any(words <= other for other in seen.get(of, [])):
                    continue
                if of is None and any(words <= other for other in bodied):
                    continue
                seen.setdefault(of, []).append(words)
                roles_.append(Role(title, of, self._span(s, e)))
            # a name as the text writes it, mojibake and all; the repaired spelling an alias
            name = self.cleaned.as_written(c.name)
            aliases = tuple(a for a in c.aliases if a.lower() != c.name.lower())
            if name != c.name:
                aliases = (c.name, *aliases)
            actors.append(
                Actor(
                    key=c.key,
                    name=name,
                    type=c.type,
                    aliases=aliases,
                    roles=tuple(roles_),
                    mentions=tuple(self._span(s, e) for s, e in sorted(c.mentions)),
                    wikidata=c.wikidata,
                    country=c.country if c.country in emitted else None,
                )
            )
        self._emitted = emitted
        self._actors = {a.key: a for a in actors}
        ev_records = [self._event(ev) for ev in events.events]
        st_records = []
        st_keys = {}
        spoken = [st for st in statements if st.speaker in emitted]
        for n, st in enumerate(sorted(spoken, key=lambda s: s.start)):
            key = f"s{n + 1}"
            st_keys[id(st)] = key
            span = self._span(st.start, st.end)
            st_records.append(
                Statement(
                    key=key,
                    speaker=st.speaker,
                    # a quote in the article's own characters (curly apostrophes and all)
                    text=span.text.strip() if st.direct else st.text.strip(),
                    direct=st.direct,
                    span=span,
                    event=self._statement_event(st, events),
                    cue=st.cue,
                )
            )
        cl_records = []
        kept = [c for c in claims.claims if c.claimant in emitted and c.agent in emitted]
        for n, cl in enumerate(sorted(kept, key=lambda c: c.start)):
            st_key = st_keys.get(id(statements[cl.statement])) if cl.statement is not None else None
            cl_records.append(
                Claim(
                    key=f"c{n + 1}",
                    claimant=cl.claimant,
                    kind=cl.kind,
                    agent=cl.agent,
                    polarity=cl.polarity,
                    span=self._span(cl.start, cl.end),
                    event=cl.event,
                    statement=st_key,
                )
            )
        return Extraction(
            document=self.document,
            actors=tuple(actors),
            events=tuple(ev_records),
            statements=tuple(st_records),
            claims=tuple(cl_records),
            extractor_version=self.ex.version,
            warnings=tuple(self.warnings),
        )

    def _event(self, ev: RawEvent) -> Event:
        raw = Event(
            key=ev.key,
            type=ev.type,
            label=ev.label,
            start=ev.begin,
            end=ev.end or ev.begin,
            location=ev.location,
            participants=tuple(p for p in ev.participants if p in self._emitted),
            targets=tuple(t for t in ev.targets if t in self._emitted),
            mentions=tuple(self._span(s, e) for s, e in sorted(ev.triggers)),
            date_text=ev.date_text,
        )
        # the readable label, now that actors, dates and place are final; the trigger words
        # themselves stay in the mentions (kg:anchorText in the graph)
        return replace(raw, label=event_label(raw, self._actors, self.document))

    def _statement_event(self, st: RawStatement, events: EventFinder) -> str | None:
        """The interview or meeting the speaker took part in, mentioned in the same
        paragraph before (or in the sentence of) the statement."""
        text = self.cleaned.text
        para_start = text.rfind("\n", 0, st.start) + 1
        best = None
        for ev in events.events:
            if ev.type not in ("interview", "meeting") or st.speaker not in ev.participants:
                continue
            for s, _ in ev.triggers:
                if para_start <= s <= st.end + 200 and (best is None or s > best[0]):
                    best = (s, ev.key)
        return best[1] if best else None
