"""A caller's own SPARQL (``kg query``): its form, read with the one SPARQL lexer
(:func:`kg.sparql_policy.tokenize`), and its results as an aligned table, SPARQL results
JSON or CSV, or Turtle for a graph result."""

from __future__ import annotations

import json
from collections.abc import Sequence

from kg.sparql_policy import QUERY_FORMS, tokenize
from kg.store import Store


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct`` or ``describe``: the first form keyword outside
    IRIs, strings and comments; ``select`` when there is none, so that the store reports
    the syntax error."""
    for token in tokenize(sparql):
        if token.kind == "word" and token.text.upper() in QUERY_FORMS:
            return token.text.lower()
    return "select"


def run_query(store: Store, sparql: str, fmt: str = "table") -> str:
    """A query's result as an aligned table, SPARQL results JSON or CSV; a graph result
    (CONSTRUCT, DESCRIBE) as Turtle whatever ``fmt`` is."""
    if query_form(sparql) in ("construct", "describe"):
        return store.query_serialized(sparql, "text/turtle")[1].decode("utf-8")
    if fmt == "csv":
        return store.query_serialized(sparql, "text/csv")[1].decode("utf-8")
    body = store.query_serialized(sparql, "application/sparql-results+json")[1].decode("utf-8")
    if fmt == "json":
        return body
    return format_table(json.loads(body))


def format_table(results: dict) -> str:
    """SPARQL results JSON as aligned columns; IRIs in ``<>``, literals bare."""
    if "boolean" in results:
        return "true" if results["boolean"] else "false"
    variables = results["head"]["vars"]
    rows = [[_cell(b.get(v)) for v in variables] for b in results["results"]["bindings"]]
    return align(variables, rows) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def align(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, a dashed rule under the headers."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in lines)


def _cell(value: dict | None) -> str:
    if value is None:
        return ""
    text = " ".join(value["value"].split())
    if value["type"] == "uri":
        return f"<{text}>"
    if value["type"] == "bnode":
        return f"_:{text}"
    return text
