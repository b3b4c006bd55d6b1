"""The rules data: word lists, tables and token patterns under ``data/rules/``, read by the
extractor (``kg/extract/``), the linking rules (``kg/link/``) and ``kg.records`` (the event
types of the registry).

Linguistic knowledge is data a reviewer can read and a user can extend; the Python rules
keep only the predicates data cannot express. Every file in ``data/rules/`` has one shape
(``data/rules/README.md`` documents it)::

    {"version": 1, "description": "...",
     "lexicons": {"NAME": {"doc": "...", "words": ["lemma", ...]}},
     "tables":   {"NAME": {"doc": "...", "entries": {"key": "value"} | [[...], ...]}},
     "patterns": [{"id": "...", "label": "...", "pattern": [...], "test": "a sentence"}]}

``lexicon(name)`` / ``table(name)`` / ``patterns(file)`` read them, once per process.
A name is unique across files, so a rule asks for a list by name, not by file; a name
defined twice, or asked for and not defined, is an error at first use.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from kg.resources import data_file

FORMAT_VERSION = 1
_KINDS = ("lexicons", "tables")


class RulesError(ValueError):
    """A rules file that does not follow the format, or a name that is not defined."""


def rules_dir() -> Path:
    return data_file("rules")


@cache
def _files() -> dict[str, dict]:
    out = {}
    for path in sorted(rules_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise RulesError(f"{path.name}: not JSON ({exc})") from exc
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise RulesError(f"{path.name}: expected an object with \"version\": {FORMAT_VERSION}")
        unknown = set(data) - {"version", "description", "lexicons", "tables", "patterns"}
        if unknown:
            raise RulesError(f"{path.name}: unknown keys {sorted(unknown)}")
        out[path.stem] = data
    return out


@cache
def _index() -> dict[tuple[str, str], tuple[str, dict]]:
    index: dict[tuple[str, str], tuple[str, dict]] = {}
    for stem, data in _files().items():
        for kind in _KINDS:
            for name, body in (data.get(kind) or {}).items():
                if (kind, name) in index:
                    raise RulesError(f"{kind[:-1]} {name!r} is defined in {index[kind, name][0]}.json and {stem}.json")
                index[kind, name] = (stem, body)
    return index


def _get(kind: str, name: str) -> dict:
    try:
        return _index()[kind, name][1]
    except KeyError:
        raise RulesError(f"no {kind[:-1]} {name!r} in {rules_dir()}") from None


@cache
def lexicon(name: str) -> frozenset[str]:
    """A word list (lemmas or lower-case words) by name."""
    words = _get("lexicons", name).get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise RulesError(f"lexicon {name!r}: \"words\" must be a list of non-empty strings")
    return frozenset(words)


@cache
def table(name: str):
    """A table by name: a dict (key -> value) or a tuple of tuples (rows)."""
    entries = _get("tables", name).get("entries")
    if isinstance(entries, dict):
        return dict(entries)
    if isinstance(entries, list):
        return tuple(tuple(row) if isinstance(row, list) else row for row in entries)
    raise RulesError(f"table {name!r}: \"entries\" must be an object or a list")


@cache
def patterns(stem: str) -> tuple[dict, ...]:
    """The token patterns of one file (``"claims"`` for ``data/rules/claims.json``)."""
    try:
        data = _files()[stem]
    except KeyError:
        raise RulesError(f"no rules file {stem}.json in {rules_dir()}") from None
    items = data.get("patterns") or []
    for item in items:
        if not isinstance(item, dict) or "id" not in item or "pattern" not in item:
            raise RulesError(f"{stem}.json: every pattern needs an \"id\" and a \"pattern\"")
    return tuple({**item, "pattern": _with_lexicons(item["pattern"])} for item in items)


def _with_lexicons(value):
    """A pattern with each ``{"lexicon": NAME}`` set (the value of an ``IN`` or ``NOT_IN``)
    replaced by that lexicon's words, so that a pattern and a rule share one word list:
    ``{"LEMMA": {"IN": {"lexicon": "speech_verbs"}}}``."""
    if isinstance(value, list):
        return [_with_lexicons(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"lexicon"}:
            return sorted(lexicon(value["lexicon"]))
        return {k: _with_lexicons(v) for k, v in value.items()}
    return value


def pattern_files() -> tuple[str, ...]:
    """The rules files that carry token patterns, by stem (``("claims", ...)``)."""
    return tuple(stem for stem, data in _files().items() if data.get("patterns"))


def all_names() -> dict[str, list[str]]:
    """Every defined name by kind, for docs and tests."""
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    for kind, name in sorted(_index()):
        out[kind].append(name)
    return out
