"""The gazetteer: canonical actors with their aliases, demonyms and metonyms.

A JSON file (``data/gazetteer.json``; the wheel carries a copy as
``kg/_resources/gazetteer.json``) of the form::

    {"version": 1, "entries": [
      {"name": "Russia", "type": "country", "wikidata": "Q159",
       "aliases": ["Russian Federation"], "demonyms": ["Russian", "Russians"],
       "metonyms": ["Moscow"], "country": null}, ...]}

Pure Python, no spaCy: the extractor builds its patterns from :meth:`Gazetteer.surface_forms`
and resolves what it found with :meth:`Gazetteer.lookup` and :meth:`Gazetteer.by_demonym`.

Matching rules, kept in one place (:func:`_variants`, :func:`_is_acronym`):
- case-insensitive, except forms written all in capitals ("US", "NATO", "U.S."), which
  must match case so that "us" is not the United States (a surface in capitals, as in a
  headline, still finds the ordinary names: "RUSSIA" is Russia);
- curly apostrophes and quotes count as straight ones, runs of spaces as one;
- a leading "the " is ignored ("the Kremlin" is "Kremlin"), but a name that itself starts
  with a capital "The " ("The Hill") is only found with it, so "Hill" stays unclaimed;
- a trailing possessive "'s" is ignored when the form with it is unknown ("Russia's").

A surface claimed by two entries of one file is an error: honestly ambiguous forms
("Congo", "Korea", "foreign ministry") are left out of the data and left to context.
``$KG_GAZETTEER_EXTRA`` names a file of further entries merged over the shipped ones: an
entry with a shipped name replaces it, and its surfaces win over the shipped entries'.
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import ACTOR_TYPES
from kg.resources import data_file

ENV_PATH = "KG_GAZETTEER"
ENV_EXTRA = "KG_GAZETTEER_EXTRA"
FORMAT_VERSION = 1
SURFACE_KINDS = ("name", "alias", "metonym", "demonym")

_QID = re.compile(r"Q[1-9][0-9]*")
_FIELDS = ("name", "type", "wikidata", "aliases", "demonyms", "metonyms", "country")
_LIST_FIELDS = ("aliases", "demonyms", "metonyms")
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Entry:
    name: str
    type: str  # one of kg.records.ACTOR_TYPES
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    country: str | None = None  # the ``name`` of the country entry it belongs to


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return " ".join(text.split())


def _is_acronym(form: str) -> bool:
    """All its letters are capitals and there are at least two ("US", "U.S.", "APT28")."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _key(form: str) -> tuple[bool, str]:
    """The index key of a form as written in the gazetteer: (case-sensitive?, text)."""
    form = _clean(form)
    form = form.removeprefix("the ")  # "the Kremlin", "the alliance": not part of the name
    if _is_acronym(form):
        return True, form
    return False, form.casefold()


def _query_keys(variant: str) -> list[tuple[bool, str]]:
    """Index keys to try for a surface from text: an all-capitals surface may be an
    acronym ("US") or a word set in capitals ("RUSSIA"), so it tries both."""
    if _is_acronym(variant):
        return [(True, variant), (False, variant.casefold())]
    return [(False, variant.casefold())]


def _variants(surface: str) -> list[str]:
    """What a surface found in text may stand for, most literal first."""
    s = _clean(surface).strip(" ,;:")
    out = [s]
    if s.endswith("'s") and len(s) > 2:
        out.append(s[:-2])
    elif s.endswith("s'") and len(s) > 2:
        out.append(s[:-1])
    for v in list(out):
        if v[:4].lower() == "the " and len(v) > 4:
            out.append(v[4:])
    return list(dict.fromkeys(out))


class Gazetteer:
    """Entries plus the indexes to find them. Build with :meth:`load` or from entries."""

    def __init__(self, entries: Iterable[Entry], *, source: str = "<entries>") -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.source = source
        self._by_name: dict[str, Entry] = {}
        self._exact: dict[str, Entry] = {}  # acronyms, case kept
        self._folded: dict[str, Entry] = {}  # everything else, casefolded
        self._demonyms: dict[str, Entry] = {}
        for e in self.entries:
            if e.name in self._by_name:
                raise InputError(f"gazetteer {source}: the name {e.name!r} is given twice")
            self._by_name[e.name] = e
        for e in self.entries:
            if e.country is not None:
                c = self._by_name.get(e.country)
                if c is None or c.type != "country":
                    raise InputError(
                        f"gazetteer {source}: {e.name!r} has country {e.country!r}, "
                        "which is not the name of a country entry"
                    )
            for surface, kind in _forms(e):
                self._claim(e, surface, kind)

    def _claim(self, entry: Entry, surface: str, kind: str) -> None:
        case_sensitive, text = _key(surface)
        if not text:
            raise InputError(f"gazetteer {self.source}: {entry.name!r} has an empty {kind}")
        if kind == "demonym":
            index, text = self._demonyms, text.casefold()
        else:
            index = self._exact if case_sensitive else self._folded
        other = index.get(text)
        if other is not None and other is not entry:
            raise InputError(
                f"gazetteer {self.source}: {surface!r} is claimed by both "
                f"{other.name!r} and {entry.name!r}; leave ambiguous forms out"
            )
        index[text] = entry

    # ---- loading ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None, *, extra: str | Path | None = None) -> Gazetteer:
        """Load ``path``; without one, ``$KG_GAZETTEER``, else the copy in the wheel, else
        the repository's ``data/gazetteer.json``. ``extra`` (by default, when ``path`` is
        None, ``$KG_GAZETTEER_EXTRA``) is merged over it."""
        if path is None:
            path = default_path()
            if extra is None:
                extra = os.environ.get(ENV_EXTRA) or None
        base = read_entries(path)
        if not extra:
            return cls(base, source=str(path))
        added = read_entries(extra)
        return cls(_merge(base, added), source=f"{path} + {extra}")

    # ---- lookups ---------------------------------------------------------------------

    def lookup(self, surface: str) -> Entry | None:
        """The entry whose name, alias or metonym ``surface`` is, or None."""
        for v in _variants(surface):
            for case_sensitive, text in _query_keys(v):
                hit = (self._exact if case_sensitive else self._folded).get(text)
                if hit is not None:
                    return hit
        return None

    def by_demonym(self, word: str) -> Entry | None:
        """The country (or other entry) a demonym names: "Ukrainians" -> Ukraine."""
        for v in _variants(word):
            hit = self._demonyms.get(_clean(v).casefold())
            if hit is not None:
                return hit
        return None

    def country(self, name: str) -> Entry | None:
        """The country entry ``name`` (a name, alias or metonym) stands for, or None."""
        entry = self._by_name.get(name) or self.lookup(name)
        return entry if entry is not None and entry.type == "country" else None

    def get(self, name: str) -> Entry | None:
        """The entry with exactly this canonical name."""
        return self._by_name.get(name)

    def surface_forms(self) -> Iterator[tuple[str, Entry, str]]:
        """(surface, entry, kind) for every form, kind one of name|alias|metonym|demonym."""
        for e in self.entries:
            for surface, kind in _forms(e):
                yield surface, e, kind

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.entries)} entries from {self.source}>"


def _forms(e: Entry) -> Iterator[tuple[str, str]]:
    yield e.name, "name"
    for a in e.aliases:
        yield a, "alias"
    for m in e.metonyms:
        yield m, "metonym"
    for d in e.demonyms:
        yield d, "demonym"


def _merge(base: list[Entry], added: list[Entry]) -> list[Entry]:
    """Entries of ``added`` replace same-named ones of ``base``; a surface an added entry
    claims is taken from whichever base entry had it."""
    added_names = {e.name for e in added}
    taken = {_key(s) for e in added for s, kind in _forms(e) if kind != "demonym"}
    taken_dem = {_clean(s).casefold() for e in added for s in e.demonyms}
    kept = []
    for e in base:
        if e.name in added_names:
            continue
        if _key(e.name) in taken:
            continue  # the extra file gives its name to another entry
        kept.append(
            Entry(
                name=e.name,
                type=e.type,
                wikidata=e.wikidata,
                aliases=tuple(a for a in e.aliases if _key(a) not in taken),
                demonyms=tuple(d for d in e.demonyms if _clean(d).casefold() not in taken_dem),
                metonyms=tuple(m for m in e.metonyms if _key(m) not in taken),
                country=e.country,
            )
        )
    return kept + list(added)


def read_entries(path: str | Path) -> list[Entry]:
    """Parse and check one gazetteer file; any problem is an InputError naming the file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"gazetteer {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"gazetteer {path}: cannot be read: {exc}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"gazetteer {path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, Mapping) or not isinstance(data.get("entries"), list):
        raise InputError(f'gazetteer {path}: expected an object with an "entries" list')
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise InputError(f"gazetteer {path}: format version {version!r} is not {FORMAT_VERSION}")
    return [_entry(path, i, item) for i, item in enumerate(data["entries"])]


def _entry(path: Path, i: int, item: Any) -> Entry:
    where = f"gazetteer {path}: entry {i}"
    if not isinstance(item, Mapping):
        raise InputError(f"{where} is not an object")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(f'{where} has no "name"')
    where = f"{where} ({name!r})"
    unknown = sorted(set(item) - set(_FIELDS))
    if unknown:
        raise InputError(f"{where} has unknown fields {unknown}; known: {list(_FIELDS)}")
    etype = item.get("type")
    if etype not in ACTOR_TYPES:
        raise InputError(f"{where} has type {etype!r}; expected one of {list(ACTOR_TYPES)}")
    qid = item.get("wikidata")
    if qid is not None and (not isinstance(qid, str) or not _QID.fullmatch(qid)):
        raise InputError(f'{where} has wikidata {qid!r}; expected "Q" and digits, or null')
    lists: dict[str, tuple[str, ...]] = {}
    for field in _LIST_FIELDS:
        value = item.get(field) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise InputError(f'{where}: "{field}" must be a list of non-empty strings')
        lists[field] = tuple(value)
    country = item.get("country")
    if country is not None and (not isinstance(country, str) or not country.strip()):
        raise InputError(f'{where}: "country" must be a country\'s name or null')
    return Entry(
        name=name,
        type=etype,
        wikidata=qid,
        aliases=lists["aliases"],
        demonyms=lists["demonyms"],
        metonyms=lists["metonyms"],
        country=country,
    )


def default_path() -> Path:
    """``$KG_GAZETTEER``, else the wheel's ``kg/_resources/gazetteer.json``, else the
    repository's ``data/gazetteer.json``."""
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env)
    try:
        return data_file("gazetteer.json")
    except FileNotFoundError:  # let read_entries say which file is missing
        return Path(__file__).resolve().parents[2] / "data" / "gazetteer.json"


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The default gazetteer, loaded once (``default_gazetteer.cache_clear()`` to reload)."""
    return Gazetteer.load()
