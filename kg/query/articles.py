"""Articles: the stored articles by id (``GET /articles``).
"""

from __future__ import annotations

from kg.query.terms import _check_page, _count, _date, _dedupe, _int, _page_clause, _s, _select
from kg.store import Store

_ARTICLE_CORE = "GRAPH ?g { ?a a kg:Article ; schema:identifier ?id }"
_ARTICLE_DETAILS = """
  { SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?g { ?a schema:headline ?title } }
  OPTIONAL { GRAPH ?g { ?a schema:datePublished ?published } }"""


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict:
    """The stored articles by id, paged with the total: id, IRI, graph, title, published
    date and triple count. Counts only the page's graphs (``kg.readback.list_articles``
    counts every graph, which on a large store takes seconds)."""
    _check_page(limit, offset)
    total = _count(store, _ARTICLE_CORE, "g", {})
    items = []
    if total and limit and offset < total:
        rows = _select(
            store,
            f"SELECT * WHERE {{ {{ SELECT ?g ?a ?id WHERE {{ {_ARTICLE_CORE} }} "
            f"ORDER BY ?id ?g {_page_clause(limit, offset)} }} "
            f"LATERAL {{ {_ARTICLE_DETAILS} }} }} ORDER BY ?id ?g",
        )
        for r in _dedupe(rows, "g"):
            items.append(
                {
                    "id": str(r["id"]),
                    "iri": str(r["a"]),
                    "graph": str(r["g"]),
                    "title": _s(r.get("title")) or "",
                    "published": _date(r.get("published")),
                    "triples": _int(r.get("triples")) or 0,
                }
            )
    return {"total": total, "limit": limit, "offset": offset, "items": items}

