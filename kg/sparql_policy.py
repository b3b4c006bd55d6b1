"""What a SPARQL request may ask for, decided before anything evaluates it.

The public endpoint runs any query a stranger sends, and both engines we have open URLs
on a query's behalf: Oxigraph fetches a ``SERVICE`` endpoint and a ``LOAD`` source, rdflib
also loads ``FROM`` graphs. So, before evaluation, this module refuses (``QueryRefused``):

- ``SERVICE`` anywhere in a query (federation would make the server open URLs);
- any update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR`` ...): the endpoint is read-only;
- ``FROM`` / ``FROM NAMED`` and the protocol's ``default-graph-uri`` /
  ``named-graph-uri`` naming a graph that is not in the store. The server never loads a
  dataset from elsewhere, remote or ``file:``, so such a graph could only be empty;
  a clear refusal is more useful than a silently empty answer.

How: a lexer that follows the SPARQL 1.1 terminal grammar (strings, IRIs, comments,
prefixed names with their ``\\#`` escapes, variables ...). A keyword is a bare word
outside those tokens, so a ``SERVICE`` keyword cannot hide from it, and the word
"service" inside an IRI or a string (``<.../federal-security-service>``) is no keyword.
Where the lexer and the engine's parser could disagree, the lexer errs towards seeing a
keyword; the tests cross-check it with rdflib's grammar parser. A full parse with rdflib
costs 3-20 ms a query, too much for an endpoint meant to answer in milliseconds; the
lexer costs tens of microseconds, and Oxigraph's own parser (which runs before any
evaluation) reports grammar errors as ``QuerySyntaxError``. Updates, which are refused
anyway, are parsed with rdflib so that a malformed one gets a syntax error.

Oxigraph reads ``\\uXXXX`` escapes only inside strings and IRIs; the SPARQL spec would
apply them to the whole text first. To be safe under both readings, a text that contains
such escapes is also scanned after expanding them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from kg.errors import QueryRefused, QuerySyntaxError

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)

# -- the SPARQL 1.1 terminals (https://www.w3.org/TR/sparql11-query/#grammar) -------------
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = (
    f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
)
_VARNAME = f"[{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"
_ECHAR_LENIENT = r"\\."  # the engine rejects a bad escape; the lexer only needs the span

_TOKEN_PATTERNS = [
    ("ws", r"[ \t\r\n]+"),
    ("comment", r"#[^\r\n]*"),
    ("iri", r"<[^<>\"{}|^`\\\x00-\x20]*>"),
    ("string", f"'''(?:(?:'|'')?(?:[^'\\\\]|{_ECHAR_LENIENT}))*'''"),
    ("string", f'"""(?:(?:"|"")?(?:[^"\\\\]|{_ECHAR_LENIENT}))*"""'),
    ("string", f"'(?:[^'\\\\\\n\\r]|{_ECHAR_LENIENT})*'"),
    ("string", f'"(?:[^"\\\\\\n\\r]|{_ECHAR_LENIENT})*"'),
    ("var", f"[?$]{_VARNAME}"),
    ("bnode", f"_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"),
    ("pname", f"(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?"),
    ("lang", r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?"),
    ("number", r"\d*\.\d+(?:[eE][+-]?\d+)?|\d+\.\d*[eE][+-]?\d+|\d+[eE][+-]?\d+|\d+"),
    ("word", r"[A-Za-z][A-Za-z0-9_]*"),
    # anything else is one character of punctuation (or junk the engine will reject)
    ("punct", r"\^\^|\|\||&&|!=|<=|>=|."),
]
_TOKEN_RE = re.compile(
    "|".join(f"(?P<{kind}{i}>{pattern})" for i, (kind, pattern) in enumerate(_TOKEN_PATTERNS)),
    re.DOTALL,
)
_KINDS = {f"{kind}{i}": kind for i, (kind, _) in enumerate(_TOKEN_PATTERNS)}
_CODEPOINT_RE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PN_LOCAL_ESC_RE = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


@dataclass(frozen=True)
class Token:
    kind: str  # iri, string, var, bnode, pname, lang, number, word, punct
    text: str
    pos: int

    @property
    def end(self) -> int:
        """The offset just after the token."""
        return self.pos + len(self.text)

    def word(self) -> str:
        """The keyword, upper-cased, when the token is a bare word; ``""`` otherwise."""
        return self.text.upper() if self.kind == "word" else ""


def tokenize(sparql: str) -> list[Token]:
    """The significant tokens of a query or update, whitespace and comments dropped."""
    tokens = []
    for m in _TOKEN_RE.finditer(sparql):
        kind = _KINDS[m.lastgroup]  # type: ignore[index]
        if kind not in ("ws", "comment"):
            tokens.append(Token(kind, m.group(), m.start()))
    return tokens


def _expand_codepoints(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group()

    return _CODEPOINT_RE.sub(repl, text)


@dataclass(frozen=True)
class QueryInfo:
    """What the policy learnt about a query from its tokens."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    from_graphs: tuple[str, ...] = ()  # FROM, resolved
    from_named_graphs: tuple[str, ...] = ()  # FROM NAMED, resolved
    limit: int | None = None  # the outermost LIMIT, when the query has one

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named_graphs)


class _Prologue:
    def __init__(self, base: str | None = None) -> None:
        self.base = base
        self.prefixes: dict[str, str] = {}

    def iri(self, token: Token) -> str:
        if token.kind == "iri":
            value = _expand_codepoints(token.text[1:-1])
            if self.base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value):
                return urljoin(self.base, value)
            return value
        prefix, _, local = token.text.partition(":")
        if prefix not in self.prefixes:
            raise QuerySyntaxError(f"the prefix {prefix}: is not declared (at {token.pos})")
        local = _PN_LOCAL_ESC_RE.sub(r"\1", local)
        return self.prefixes[prefix] + local


def _read_prologue(tokens: list[Token], i: int, prologue: _Prologue) -> int:
    """Skip BASE/PREFIX declarations from ``i``; returns the index after them."""
    while i < len(tokens):
        word = tokens[i].text.upper() if tokens[i].kind == "word" else ""
        if word == "BASE" and i + 1 < len(tokens) and tokens[i + 1].kind == "iri":
            prologue.base = prologue.iri(tokens[i + 1])
            i += 2
        elif (
            word == "PREFIX"
            and i + 2 < len(tokens)
            and tokens[i + 1].kind == "pname"
            and tokens[i + 1].text.endswith(":")
            and tokens[i + 2].kind == "iri"
        ):
            prologue.prefixes[tokens[i + 1].text[:-1]] = prologue.iri(tokens[i + 2])
            i += 3
        else:
            return i
    return i


def _has_service(tokens: Iterable[Token]) -> bool:
    return any(t.kind == "word" and t.text.upper() == "SERVICE" for t in tokens)


def analyse_query(sparql: str, *, base_iri: str | None = None) -> QueryInfo:
    """Classify a query and refuse what no store may run.

    Raises ``QueryRefused`` for ``SERVICE`` and for updates, ``QuerySyntaxError`` when
    the text is not a query at all. Dataset clauses are returned (relative IRIs resolved
    against ``base_iri`` and the query's BASE), not judged: see ``check_query``.
    """
    tokens = tokenize(sparql)
    prologue = _Prologue(base_iri)
    i = _read_prologue(tokens, 0, prologue)
    if i >= len(tokens):
        raise QuerySyntaxError("the query is empty: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    first = tokens[i].text.upper() if tokens[i].kind == "word" else ""
    if first in UPDATE_KEYWORDS:
        check_update(sparql)  # always raises
    if first not in QUERY_FORMS:
        raise QuerySyntaxError(
            f"expected SELECT, ASK, CONSTRUCT or DESCRIBE at {tokens[i].pos}, "
            f"found {tokens[i].text[:40]!r}"
        )
    if (
        _has_service(tokens)
        or ("\\u" in sparql or "\\U" in sparql)
        and _has_service(tokenize(_expand_codepoints(sparql)))
    ):
        raise QueryRefused(
            "SERVICE is refused: this endpoint does not run federated queries, "
            "since they would make the server open URLs on a client's behalf"
        )

    from_graphs: list[str] = []
    from_named: list[str] = []
    limit: int | None = None
    depth = 0
    j = i
    while j < len(tokens):
        tok = tokens[j]
        if tok.kind == "punct":
            depth += tok.text == "{"
            depth -= tok.text == "}"
        elif tok.kind == "word":
            word = tok.text.upper()
            if word == "FROM":
                named = j + 1 < len(tokens) and tokens[j + 1].text.upper() == "NAMED"
                k = j + 2 if named else j + 1
                if k >= len(tokens) or tokens[k].kind not in ("iri", "pname"):
                    raise QuerySyntaxError(f"FROM must be followed by an IRI (at {tok.pos})")
                (from_named if named else from_graphs).append(prologue.iri(tokens[k]))
                j = k
            elif (
                word == "LIMIT"
                and depth == 0
                and j + 1 < len(tokens)
                and tokens[j + 1].kind == "number"
            ):
                text = tokens[j + 1].text
                limit = int(text) if text.isdigit() else None
        j += 1
    return QueryInfo(first, tuple(from_graphs), tuple(from_named), limit)


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: what kind of result to negotiate."""
    return analyse_query(sparql).form


GraphSet = Collection[str] | Callable[[], Collection[str]]


def check_query(
    sparql: str,
    store_graphs: GraphSet,
    *,
    default_graph_uris: Iterable[str] = (),
    named_graph_uris: Iterable[str] = (),
    base_iri: str | None = None,
) -> QueryInfo:
    """``analyse_query`` plus the dataset rule: every graph named by ``FROM``,
    ``FROM NAMED``, ``default-graph-uri`` or ``named-graph-uri`` must be in the store.

    ``store_graphs`` is the set of the store's named graphs, or a function returning it
    (called only when the request names a graph)."""
    info = analyse_query(sparql, base_iri=base_iri)
    named = [
        *(("FROM", g) for g in info.from_graphs),
        *(("FROM NAMED", g) for g in info.from_named_graphs),
        *(("default-graph-uri", g) for g in default_graph_uris),
        *(("named-graph-uri", g) for g in named_graph_uris),
    ]
    if named:
        known = store_graphs() if callable(store_graphs) else store_graphs
        missing = [(how, g) for how, g in named if g not in known]
        if missing:
            listed = ", ".join(f"{how} <{g}>" for how, g in missing)
            raise QueryRefused(
                f"{listed}: not a graph in this store. The server never loads data from "
                "a URL or a file, so a query's dataset may only name graphs already in the "
                "store (GET /sparql describes the service)"
            )
    return info


def check_update(sparql: str) -> None:
    """Refuse an update: ``QuerySyntaxError`` when it does not parse, ``QueryRefused``
    (read-only endpoint, with ``LOAD`` called out) when it does. Never returns."""
    # rdflib's SPARQL grammar costs 0.4 s to import, and only a (refused) update needs it
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = parseUpdate(sparql)
    except ParseException as exc:
        raise QuerySyntaxError(f"the update does not parse: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - rdflib raises assorted errors on odd input
        raise QuerySyntaxError(f"the update does not parse: {exc}") from None
    names = {getattr(op, "name", "") for op in parsed.get("request", [])}
    if "Load" in names:
        raise QueryRefused(
            "LOAD is refused: the server never fetches a URL or reads a file for a "
            "request, and this SPARQL endpoint is read-only"
        )
    raise QueryRefused(
        "updates are refused: this SPARQL endpoint is read-only; articles are added and "
        "removed through the authenticated /articles routes"
    )
