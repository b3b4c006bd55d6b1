"""What every read of :mod:`kg.query` shares: the SPARQL prefix prologue, the IRI scheme as
the reads see it, and the conversion of result terms into JSON-ready values.

The prologue is written once, from :data:`kg.vocab.PREFIXES`, and :func:`_select` /
:func:`_rows` put it before every query text, so no read writes its own ``PREFIX`` lines.
The IRIs are the ones :mod:`kg.rdf` mints (``BASE + "id/..."`` for things, ``BASE +
"graph/<article id>"`` for an article's named graph); here they are only read back
(:func:`graph_doc_id`, :func:`kind_from_iri`) or checked (:func:`iri_term`).

The helpers keep their leading underscore: they are private to the package, shared by its
modules, and no caller outside ``kg/query/`` uses them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
import re
from urllib.parse import unquote

from rdflib.namespace import XSD
from rdflib.term import Literal, URIRef

from kg.errors import InputError
from kg.rdf import graph_iri
from kg.store import Store, Term
from kg.vocab import BASE, ET, prologue

#: the IRIs of things (actors, events, places, claims ...) start with this
ID_BASE = BASE + "id/"
#: an article's named graph is this followed by its (quoted) id: ``kg.rdf.graph_iri``
GRAPH_BASE = graph_iri("")

#: ``PREFIX`` lines for every prefix of :data:`kg.vocab.PREFIXES`, before every query
PROLOGUE = prologue()
_HEAD = PROLOGUE


# -- running a query ---------------------------------------------------------------------


def _select(store: Store, sparql: str, bindings: Mapping[str, Term] | None = None):
    """The rows of a SELECT (the prologue put first) as dicts of the bound variables."""
    return store.select(PROLOGUE + sparql, bindings or None).dicts()


def _rows(store: Store, sparql: str, bindings: Mapping[str, Term] | None = None):
    """The rows of a SELECT (the prologue put first) as tuples, in projection order."""
    return store.select(PROLOGUE + sparql, bindings or None).rows


def _projected(bindings: Mapping[str, Term]) -> str:
    return " ".join("?" + name for name in sorted(bindings))


# -- result terms as values ---------------------------------------------------------------


def _s(term) -> str | None:
    return None if term is None else str(term)


def _int(term) -> int | None:
    if term is None:
        return None
    try:
        return int(term.toPython())
    except (TypeError, ValueError, AttributeError):
        return None


def _date(term) -> str | None:
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Literal) else term
    return value.isoformat() if isinstance(value, date) else str(value)


def _bool(term) -> bool | None:
    if term is None:
        return None
    value = term.toPython()
    return value if isinstance(value, bool) else str(value).lower() == "true"


def _event_type(term) -> str | None:
    s = _s(term)
    if s and s.startswith(str(ET)):
        return s[len(str(ET)) :]
    return s


def _ref(iri, label) -> dict | None:
    return None if iri is None else {"id": str(iri), "label": _s(label)}


def _as_date(term) -> date | None:
    """An ``xsd:date`` literal as a date; None for anything else."""
    value = term.toPython() if isinstance(term, Literal) else None
    return value if isinstance(value, date) else None


# -- the IRI scheme, read back ------------------------------------------------------------


def graph_doc_id(graph) -> str:
    """The article id of an article's named graph IRI."""
    s = str(graph)
    return unquote(s[len(GRAPH_BASE) :]) if s.startswith(GRAPH_BASE) else s


def kind_from_iri(iri: str) -> str:
    """``actor``, ``event`` or ``place`` from where ``kg.rdf`` puts such an IRI; else
    ``other``."""
    if iri.startswith(ID_BASE):
        head = iri[len(ID_BASE) :].split("/", 1)[0]
        if head in ("actor", "event", "place"):
            return head
    return "other"


# -- rows and pages -----------------------------------------------------------------------


def _dedupe(rows: Iterable[dict], key: str) -> list[dict]:
    """Rows in order, one per ``key``."""
    seen = set()
    out = []
    for row in rows:
        k = row.get(key)
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out


def _page_clause(limit: int, offset: int) -> str:
    # ints from the caller, made ints here: nothing else reaches the text
    return f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"


def _count(store: Store, core: str, var: str, bindings: Mapping[str, Term]) -> int:
    proj = _projected(bindings)
    group = f"GROUP BY {proj}" if proj else ""
    rows = _select(
        store,
        f"SELECT {proj} (COUNT(DISTINCT ?{var}) AS ?count_) WHERE {{ {core} }} {group}",
        bindings,
    )
    return sum(_int(r.get("count_")) or 0 for r in rows)


def iri_term(iri: str) -> URIRef:
    """A caller's IRI as a term, refusing text that cannot be one."""
    if not iri or any(c in iri for c in '<>"{}|\\^` \n\r\t') or ":" not in iri:
        raise InputError(f"not an IRI: {iri[:80]!r}")
    return URIRef(iri)


def _date_term(value: date | str | None, what: str) -> Literal | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise InputError(f"{what} {value[:40]!r} is not a YYYY-MM-DD date") from None
    return Literal(value.isoformat(), datatype=XSD.date)


def _check_page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise InputError("limit and offset must not be negative")


# IRIs written into a VALUES block: only ones that look like the graph's own ids (no
# character that could end the IRI or start SPARQL syntax). They come from the store via
# the index, not from a caller, and are checked all the same.
_SAFE_IRI = re.compile(
    f"(?:{re.escape(ID_BASE)}|{re.escape(GRAPH_BASE)})" + r"[A-Za-z0-9._~!$&'()*+,;=:@/-]+"
)


def _values(var: str, iris: Iterable[str]) -> str:
    """``VALUES ?var { <iri> ... }`` of geokg ids; ``InputError`` for anything else."""
    checked = []
    for iri in iris:
        if not _SAFE_IRI.fullmatch(iri):
            raise InputError(f"not a geokg id: {iri[:80]!r}")
        checked.append(f"<{iri}>")
    return f"VALUES ?{var} {{ {' '.join(checked)} }}"
