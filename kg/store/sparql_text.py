"""SPARQL text for the remote store: terms written safely, values bound into a query, and
the base IRI a query's relative IRIs resolve against.

The SPARQL 1.1 Protocol has no substitutions (pyoxigraph's ``substitutions=``), so
:func:`bind_values` does what Oxigraph does with them, in the text: it adds a ``VALUES``
block at the top of the ``WHERE`` group of the query and of every sub-``SELECT`` that
projects the bound variable, so a paged subquery is cut after the binding, not before.
Like Oxigraph, a top-level ``SELECT`` must project every bound variable.

Nothing the caller gives is pasted in as text: each term is re-written from its parts by
:func:`term`, which escapes literals (``\\``, ``"``, line breaks) and refuses IRIs,
language tags and datatypes that could end the token early (``>``, spaces, braces ...)
with a ``ValueError``. The query itself is only cut at token boundaries found by
``kg.sparql_policy``'s lexer (strings, IRIs and comments are single tokens), so a ``{``
inside a string is not taken for a group.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from urllib.parse import urljoin

from rdflib.term import BNode, Literal, URIRef

from kg.sparql_policy import Token, tokenize

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# An absolute IRI with none of the characters that IRIREF excludes (RFC 3987 is wider in
# places, but these are the ones that could close or break the <...> token).
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]*\Z")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*\Z")
_BNODE = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")
_VAR = re.compile(r"[A-Za-z0-9_]+\Z")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_TO_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')


# -- terms ----------------------------------------------------------------------------------


def iri(value: str) -> str:
    """``<value>``, or ``ValueError`` when ``value`` is not an absolute IRI."""
    if not isinstance(value, str) or not _IRI.match(value):
        raise ValueError(f"not an absolute IRI: {str(value)[:80]!r}")
    return f"<{value}>"


def quote(value: str) -> str:
    """A SPARQL / N-Triples string literal; ``ValueError`` for text that is not Unicode
    scalar values (a lone surrogate cannot be sent as UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"the text cannot be encoded as UTF-8: {exc.reason}") from None
    return '"' + _TO_ESCAPE.sub(lambda m: _ESCAPES[m.group()], value) + '"'


def term(value: URIRef | Literal | BNode, *, allow_bnode: bool = False) -> str:
    """One rdflib term as SPARQL (and N-Triples) syntax."""
    if isinstance(value, URIRef):
        return iri(str(value))
    if isinstance(value, Literal):
        lexical = quote(str(value))
        if value.language:
            if not _LANG.match(value.language):
                raise ValueError(f"not a language tag: {value.language[:40]!r}")
            return f"{lexical}@{value.language}"
        if value.datatype is not None and str(value.datatype) != XSD_STRING:
            return f"{lexical}^^{iri(str(value.datatype))}"
        return lexical
    if isinstance(value, BNode):
        if not allow_bnode:
            raise ValueError("a blank node cannot be bound over the SPARQL protocol")
        label = str(value)
        if not _BNODE.match(label):
            label = "b" + hashlib.sha1(label.encode("utf-8", "surrogatepass")).hexdigest()
        return f"_:{label}"
    raise ValueError(f"not an RDF term: {value!r}")


def ntriples_line(s, p, o) -> str:
    return f"{term(s, allow_bnode=True)} {term(p)} {term(o, allow_bnode=True)} ."


def with_base(sparql: str, base_iri: str) -> str:
    """``sparql`` with its relative IRIs resolved against ``base_iri`` as pyoxigraph's
    ``base_iri=`` resolves them, written into the text so that every server reads it
    alike: a query with no ``BASE`` of its own gets ``BASE <base_iri>`` first; one whose
    first ``BASE`` is relative gets that IRI resolved against ``base_iri``; one whose first
    ``BASE`` is absolute needs nothing. The prologue keeps one first ``BASE`` (Virtuoso
    refuses a second in a row). ``ValueError`` when ``base_iri`` is not an absolute IRI."""
    head = iri(base_iri)
    toks = tokenize(sparql)
    i = 0
    while i < len(toks):  # the prologue: BASE <iri> and PREFIX p: <iri>, in any order
        word = toks[i].word()
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            tok = toks[i + 1]
            value = tok.text[1:-1]
            if _SCHEME.match(value):
                return sparql
            resolved = iri(urljoin(base_iri, value))
            return sparql[: tok.pos] + resolved + sparql[tok.end :]
        if word != "PREFIX" or i + 2 >= len(toks):
            break
        i += 3
    return f"BASE {head}\n{sparql}"


# -- tokens (kg.sparql_policy's lexer, the one SPARQL lexer above the store) ----------------

_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def query_form(sparql: str) -> str | None:
    """``select``, ``ask``, ``construct`` or ``describe``; None when there is none (the
    server will say what is wrong)."""
    for tok in tokenize(sparql):
        if tok.word() in _FORMS:
            return tok.word().lower()
    return None


# -- binding ----------------------------------------------------------------------------------


def bind_values(sparql: str, bindings: Mapping[str, URIRef | Literal | BNode]) -> str:
    """``sparql`` with ``bindings`` joined in as ``VALUES`` (see the module docstring).
    ``ValueError`` when a term cannot be written or the query has no place for them."""
    if not bindings:
        return sparql
    for name in bindings:
        if not _VAR.match(name):
            raise ValueError(f"not a variable name: {name[:40]!r}")
    values = {name: term(value) for name, value in bindings.items()}
    toks = tokenize(sparql)
    at = next((i for i, t in enumerate(toks) if t.word() in _FORMS), None)
    if at is None:
        raise ValueError("no SELECT, ASK, CONSTRUCT or DESCRIBE in the query")
    form = toks[at].word()
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the text
    names = set(values)
    if form == "SELECT":
        projected, star = _projection(toks, at)
        missing = sorted(names - projected) if not star else []
        if missing:
            raise ValueError(
                f"the query does not project ?{missing[0]}: a bound variable must be in the "
                "SELECT clause"
            )
        _bind_select(toks, at, names, values, edits)
    elif form == "CONSTRUCT" and _next_word(toks, at) == "WHERE":
        # CONSTRUCT WHERE { T } is CONSTRUCT { T } WHERE { T }; only the long form can hold
        # a VALUES block.
        open_ = _find_group(toks, at + 1)
        close = _matching(toks, open_)
        body = sparql[toks[open_].end : toks[close].pos]
        head = f"CONSTRUCT {{{body}}} WHERE {{{_values_block(names, values)}"
        edits.append((toks[at].pos, toks[open_].end, head))
        _bind_subselects(toks, open_, close, names, values, edits)
    else:
        start = at + 1
        if form == "CONSTRUCT":
            template = _find_group(toks, at + 1)
            start = _matching(toks, template) + 1
        open_ = _find_group(toks, start, required=False)
        if open_ is None:
            raise ValueError(f"a {form} without a WHERE clause cannot take bound values")
        _bind_group(toks, open_, names, values, edits)
    out = sparql
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    return out


def _values_block(names, values: Mapping[str, str]) -> str:
    ordered = sorted(names)
    head = " ".join("?" + n for n in ordered)
    row = " ".join(values[n] for n in ordered)
    return f" VALUES ({head}) {{ ({row}) }} "


def _next_word(toks: list[Token], i: int) -> str:
    return toks[i + 1].word() if i + 1 < len(toks) else ""


def _projection(toks: list[Token], at: int) -> tuple[set[str], bool]:
    """The variables a SELECT at ``toks[at]`` projects, and whether it is ``SELECT *``."""
    names: set[str] = set()
    star = False
    depth = 0
    after_as = False
    for tok in toks[at + 1 :]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 0 and (tok.text == "{" or tok.word() in ("WHERE", "FROM")):
            break
        elif tok.text == "*" and depth == 0:
            star = True
        elif tok.kind == "var" and (depth == 0 or after_as):
            names.add(tok.text[1:])
        after_as = tok.word() == "AS"
    return names, star


def _find_group(toks: list[Token], start: int, *, required: bool = True) -> int | None:
    """Index of the first ``{`` outside parentheses from ``start`` on."""
    depth = 0
    for i in range(start, len(toks)):
        text = toks[i].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "{" and depth == 0:
            return i
    if required:
        raise ValueError("the query has no group pattern")
    return None


def _matching(toks: list[Token], open_: int) -> int:
    depth = 0
    for i in range(open_, len(toks)):
        if toks[i].text == "{":
            depth += 1
        elif toks[i].text == "}":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError("unbalanced braces in the query")


def _bind_group(toks, open_: int, names: set[str], values, edits) -> int:
    if names:
        edits.append((toks[open_].end, toks[open_].end, _values_block(names, values)))
    close = _matching(toks, open_)
    _bind_subselects(toks, open_, close, names, values, edits)
    return close


def _bind_subselects(toks, open_: int, close: int, names: set[str], values, edits) -> None:
    i = open_ + 1
    while i < close:
        if toks[i].word() == "SELECT":
            i = _bind_select(toks, i, names, values, edits) + 1
        else:
            i += 1


def _bind_select(toks, at: int, names: set[str], values, edits) -> int:
    """Bind in the SELECT at ``toks[at]`` the ``names`` it projects; returns the index of
    the ``}`` closing its WHERE group."""
    projected, star = _projection(toks, at)
    inner = set(names) if star else names & projected
    return _bind_group(toks, _find_group(toks, at + 1), inner, values, edits)
