"""``RemoteStore``: the ``Store`` protocol over any SPARQL 1.1 server, through HTTP.

Queries go over the SPARQL 1.1 Protocol (``POST``, ``application/sparql-query``, or a
form for servers that want one); article graphs are replaced either through the Graph
Store Protocol (``PUT ?graph=`` with N-Triples) or with one SPARQL Update request
(``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``). Either is one request,
and the preset for each server picks the one that server runs as one transaction, so a
reader sees the old graph or the new one, never half of either (checked against Oxigraph's
server by ``tests/store/test_contract.py``).

Where it is, and how to talk to it, is one URL::

    http://host:7878                             Oxigraph server (the default preset)
    http://user:secret@host:3030/ds#fuseki       Apache Jena Fuseki dataset ``ds``
    http://host:7200/repositories/kg#graphdb     GraphDB repository ``kg``
    http://host:8890#virtuoso&update=/sparql-auth&auth=digest
    https://cluster:8182#neptune&timeout=120

The fragment names a preset (:data:`PRESETS`) and options: ``write=gsp|update``,
``query=``, ``update=``, ``gsp=`` (paths under the URL, or full URLs), ``union=native``
(the server's default graph already is the union of its graphs), ``timeout=`` and
``write_timeout=`` (seconds), ``auth=basic|digest``. Credentials come from the URL's
user info, else ``KG_STORE_TOKEN`` (bearer) or ``KG_STORE_USER`` / ``KG_STORE_PASSWORD``
(basic).

Values are bound by writing them into the query as a ``VALUES`` block
(:mod:`kg.store.sparql_text`), since the protocol has no substitutions. HTTP and server
failures become :mod:`kg.errors` exceptions: ``StoreError`` for an unreachable server,
refused credentials and 5xx answers, ``QuerySyntaxError`` for a query the server calls
malformed (400), ``QueryTimeout`` when a query runs past the timeout.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlencode, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from kg.errors import QueryError, QuerySyntaxError, QueryTimeout, StoreError
from kg.store.base import UNION, Dataset, SelectResult, Store, Term, Triple
from kg.store.oxigraph import from_ox, to_ox
from kg.store.sparql_text import (
    RDF_LANG_STRING,
    XSD_STRING,
    bind_values,
    iri,
    ntriples_line,
    query_form,
    with_base,
)

JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_QUERY = "application/sparql-query; charset=utf-8"
_UPDATE = "application/sparql-update; charset=utf-8"
_FORM = "application/x-www-form-urlencoded"
_RESULT_TYPES = (JSON_RESULTS, "application/sparql-results+xml", "text/csv",
                 "text/tab-separated-values")  # fmt: skip
_GRAPH_ACCEPT = {  # a graph result has no graph names: quad formats are asked as triples
    "application/n-quads": N_TRIPLES,
    "application/trig": "text/turtle",
}
_OWN_DEFAULT = Dataset(union=False)  # the server's own default graph (and GRAPH for the rest)
_RDF_PARSE = {
    N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,  # Virtuoso's name for N-Triples
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}


@dataclass(frozen=True)
class Preset:
    """How one kind of server lays out its endpoints and unions its graphs.

    ``query``/``update``/``gsp`` are paths under the store URL; ``union`` is the query
    parameter that makes the default graph the union of the named graphs (None: the
    server's default graph already is); ``form`` sends queries and updates as
    ``application/x-www-form-urlencoded``; ``separate_default`` says the default graph
    holds only its own triples (so ``count()`` adds them to the named graphs');
    ``hidden_graphs`` are the server's own graphs, kept out of ``graphs()``, ``count()``
    and ``dump()`` (not out of a query's default graph: Virtuoso's
    ``input:default-graph-exclude`` pragma also empties ``GRAPH <g>`` patterns, so a
    query over the whole default graph sees them); ``empty_graph_pattern`` says
    ``GRAPH ?g { }`` finds the graphs (Virtuoso answers it with one empty row: graphs are
    found by their triples there); ``chunked_update`` > 0 writes a graph by SPARQL Update
    as ``CLEAR SILENT GRAPH`` then ``INSERT DATA`` operations of at most that many triples
    (and blank nodes through one ``INSERT ... WHERE {}``), all in one request."""

    query: str
    update: str
    gsp: str | None
    write: str
    union: tuple[str, str] | None
    form: bool = False
    separate_default: bool = True
    hidden_graphs: tuple[str, ...] = ()
    empty_graph_pattern: bool = True
    chunked_update: int = 0


# Virtuoso's own graphs (its RDF views schema, the LDP vocabulary, the endpoint's service
# description): in every Virtuoso database, and none of a geokg store's business
VIRTUOSO_GRAPHS = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
)

PRESETS: dict[str, Preset] = {
    # Oxigraph server (`oxigraph serve`): a GSP PUT is one transaction (tested).
    "oxigraph": Preset("/query", "/update", "/store", "gsp", ("union-default-graph", "")),
    # Fuseki: the URL is the dataset (http://host:3030/ds); TDB2 runs every request in one
    # transaction. urn:x-arq:UnionGraph is ARQ's name for the union of the named graphs.
    "fuseki": Preset(
        "/query", "/update", "/data", "gsp", ("default-graph-uri", "urn:x-arq:UnionGraph")
    ),
    # GraphDB / RDF4J: the URL is the repository; its default graph is every statement.
    "graphdb": Preset(
        "", "/statements", "/rdf-graphs/service", "update", None, separate_default=False
    ),
    # Virtuoso: one endpoint for both; the default graph is every graph, its own too.
    # Graphs are written by one SPARQL Update request (its Graph Store PUT empties the graph
    # before it fills it, and readers see that), cut to fit: INSERT DATA takes no blank
    # nodes and a large one outgrows its SQL compiler, and DROP GRAPH leaves a graph it did
    # not CREATE, hence CLEAR (tested against 7.2 by tests/store).
    "virtuoso": Preset(
        "/sparql",
        "/sparql",
        "/sparql-graph-crud",
        "update",
        None,
        form=True,
        separate_default=False,
        hidden_graphs=VIRTUOSO_GRAPHS,
        empty_graph_pattern=False,
        chunked_update=500,
    ),
    # Amazon Neptune: one endpoint; each update request is one transaction.
    "neptune": Preset(
        "/sparql", "/sparql", "/sparql/gsp/", "update", None, form=True, separate_default=False
    ),
    # Anything else: the URL is the endpoint for both; the dataset is the server's business.
    "generic": Preset("", "", None, "update", None),
}
DEFAULT_PRESET = "oxigraph"
_OPTIONS = ("preset", "write", "query", "update", "gsp", "union", "timeout", "write_timeout",
            "auth")  # fmt: skip


@dataclass(frozen=True)
class RemoteConfig:
    """Everything needed to reach one server; picklable, so workers can open their own."""

    location: str  # the URL without credentials, for messages
    preset: str
    query_url: str
    update_url: str
    gsp_url: str | None
    write: str
    union: tuple[str, str] | None
    form: bool
    separate_default: bool
    timeout: float = 60.0
    write_timeout: float = 300.0
    hidden_graphs: tuple[str, ...] = ()
    empty_graph_pattern: bool = True
    chunked_update: int = 0
    auth: str = "basic"
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    @classmethod
    def from_url(cls, url: str, *, env: Mapping[str, str] | None = None) -> RemoteConfig:
        env = os.environ if env is None else env
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not an http(s) URL of a SPARQL server: {url!r}")
        options = _fragment_options(parts.fragment)
        name = options.pop("preset", DEFAULT_PRESET)
        if name not in PRESETS:
            raise StoreError(f"unknown store preset {name!r}; use one of {', '.join(PRESETS)}")
        preset = PRESETS[name]
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        if parts.port:
            netloc += f":{parts.port}"
        base = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), parts.query, ""))
        username = unquote(parts.username) if parts.username else env.get("KG_STORE_USER")
        password = unquote(parts.password) if parts.password else env.get("KG_STORE_PASSWORD")
        write = options.pop("write", preset.write)
        if write not in ("gsp", "update"):
            raise StoreError(f"write={write!r}: use gsp or update")
        gsp = _endpoint(base, options.pop("gsp", preset.gsp))
        if write == "gsp" and gsp is None:
            raise StoreError(f"the {name} preset has no Graph Store endpoint; add gsp=/path")
        union, separate_default = preset.union, preset.separate_default
        if "union" in options:
            if options.pop("union") != "native":
                raise StoreError("union= takes only 'native'")
            union, separate_default = None, False  # the default graph is the union
        auth = options.pop("auth", "basic")
        if auth not in ("basic", "digest"):
            raise StoreError(f"auth={auth!r}: use basic or digest")
        try:
            timeout = float(options.pop("timeout", 60.0))
            write_timeout = float(options.pop("write_timeout", 300.0))
        except ValueError as exc:
            raise StoreError(f"a timeout in {url!r} is not a number") from exc
        config = cls(
            location=urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)),
            preset=name,
            query_url=_endpoint(base, options.pop("query", preset.query)) or base,
            update_url=_endpoint(base, options.pop("update", preset.update)) or base,
            gsp_url=gsp,
            write=write,
            union=union,
            form=preset.form,
            separate_default=separate_default,
            hidden_graphs=preset.hidden_graphs,
            empty_graph_pattern=preset.empty_graph_pattern,
            chunked_update=preset.chunked_update,
            timeout=timeout,
            write_timeout=write_timeout,
            auth=auth,
            username=username,
            password=password if username else None,
            token=env.get("KG_STORE_TOKEN") if not username else None,
        )
        if options:
            raise StoreError(f"unknown store option(s): {', '.join(sorted(options))}")
        return config


def _fragment_options(fragment: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for n, item in enumerate(filter(None, fragment.split("&"))):
        if "=" not in item and n == 0:
            options["preset"] = unquote(item).lower()
            continue
        key, _, value = item.partition("=")
        key = unquote(key).lower()
        if key not in _OPTIONS:
            raise StoreError(f"unknown store option {key!r}; use {', '.join(_OPTIONS)}")
        options[key] = unquote(value)
    return options


def _endpoint(base: str, path: str | None) -> str | None:
    if path is None:
        return None
    if path.lower().startswith(("http://", "https://")):
        return path
    return base + path


class RemoteStore(Store):
    """The store on a SPARQL 1.1 server. ``location`` is the URL described in the module
    docstring; ``read_only`` refuses writes here rather than at the server."""

    def __init__(
        self, location: str | RemoteConfig, *, read_only: bool = False, **overrides
    ) -> None:
        config = location if isinstance(location, RemoteConfig) else RemoteConfig.from_url(location)
        self.config = replace(config, **overrides) if overrides else config
        self.read_only = read_only
        self.location = self.config.location
        auth: httpx.Auth | None = None
        headers = {"User-Agent": "geokg"}
        if self.config.username is not None:
            cls = httpx.DigestAuth if self.config.auth == "digest" else httpx.BasicAuth
            auth = cls(self.config.username, self.config.password or "")
        elif self.config.token:
            headers["Authorization"] = f"Bearer {self.config.token}"
        self._client = httpx.Client(
            auth=auth,
            headers=headers,
            timeout=httpx.Timeout(self.config.timeout, connect=min(10.0, self.config.timeout)),
        )

    def __reduce__(self):  # a pickled store is a fresh connection to the same server
        return (RemoteStore, (self.config,), {"read_only": self.read_only})

    def __setstate__(self, state: dict) -> None:
        self.read_only = state["read_only"]

    # -- HTTP ---------------------------------------------------------------------------
    def _send(self, method: str, url: str, *, what: str, write: bool = False, **kwargs):
        timeout = self.config.write_timeout if write else self.config.timeout
        try:
            response = self._client.request(method, url, timeout=timeout, **kwargs)
        except httpx.TimeoutException as exc:
            if write:
                raise StoreError(f"{what} at {self.location} took more than {timeout:g} s") from exc
            raise QueryTimeout(
                f"the query ran past the {timeout:g} s time limit at {self.location}"
            ) from exc
        except httpx.ConnectError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self.location}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"{what} at {self.location} failed: {exc}") from exc
        return response

    def _fail(self, response: httpx.Response, *, what: str, query: bool = False):
        status = response.status_code
        detail = " ".join(response.text.split())[:300]
        if status in (401, 403):
            has = self.config.username is not None or self.config.token is not None
            why = "refused the credentials" if has else "wants credentials (none were given)"
            return StoreError(f"the SPARQL server at {self.location} {why} (HTTP {status})")
        if status == 404 and not query:
            return StoreError(
                f"{what}: no such endpoint at {response.request.url} (HTTP 404); check the "
                f"store URL and its preset ({self.config.preset})"
            )
        if query and status == 400:
            return QuerySyntaxError(detail or "the server says the query is malformed")
        if query and status in (406, 415):
            return QueryError(f"the server cannot give this result in that format: {detail}")
        if status >= 500 and "timeout" in detail.lower() and query:
            return QueryTimeout(f"the server stopped the query: {detail}")
        return StoreError(f"{what} at {self.location} failed (HTTP {status}): {detail}")

    def _query(
        self,
        sparql: str,
        accept: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        dataset: Dataset = UNION,
    ) -> httpx.Response:
        if bindings:
            try:
                sparql = bind_values(sparql, bindings)
            except ValueError as exc:
                raise QueryError(f"cannot bind the values: {exc}") from None
        # the one place a Dataset becomes the protocol's parameters
        params: list[tuple[str, str]] = []
        if dataset.default_graphs is not None:
            params += [("default-graph-uri", g) for g in dataset.default_graphs]
        elif dataset.union and self.config.union is not None and dataset.named_graphs is None:
            params.append(self.config.union)
        if dataset.named_graphs is not None:
            params += [("named-graph-uri", g) for g in dataset.named_graphs]
        if self.config.form:  # every parameter in the body, as HTML forms do
            kwargs = {
                "content": _form([("query", sparql), *params]),
                "headers": {"Accept": accept, "Content-Type": _FORM},
            }
        else:
            kwargs = {
                "params": params,
                "content": sparql.encode("utf-8"),
                "headers": {"Accept": accept, "Content-Type": _QUERY},
            }
        response = self._send("POST", self.config.query_url, what="the query", **kwargs)
        if response.status_code >= 300:
            raise self._fail(response, what="the query", query=True)
        return response

    def _update(self, update: str, *, what: str) -> None:
        if self.config.form:
            kwargs = {"content": _form([("update", update)]), "headers": {"Content-Type": _FORM}}
        else:
            kwargs = {"content": update.encode("utf-8"), "headers": {"Content-Type": _UPDATE}}
        response = self._send("POST", self.config.update_url, what=what, write=True, **kwargs)
        if response.status_code >= 300:
            raise self._fail(response, what=what)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} was opened read-only")

    # -- writes -------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> int:
        self._check_writable()
        triples = list(triples)
        try:
            g = iri(graph)
            lines = list(dict.fromkeys(ntriples_line(*t) for t in triples))
            blank = {ntriples_line(*t) for t in triples if any(isinstance(x, BNode) for x in t)}
        except ValueError as exc:
            raise StoreError(f"could not write graph {graph}: {exc}") from None
        what = f"writing graph {graph}"
        if not lines:  # as the embedded store: no triples, no graph
            self._drop(graph, what=what)
            return 0
        if self.config.write == "gsp":
            response = self._send(
                "PUT",
                self.config.gsp_url,
                what=what,
                write=True,
                params={"graph": graph},
                content="\n".join(lines).encode("utf-8") + b"\n",
                headers={"Content-Type": N_TRIPLES},
            )
            if response.status_code >= 300:
                raise self._fail(response, what=what)
        elif self.config.chunked_update:
            size = self.config.chunked_update
            plain = [line for line in lines if line not in blank]
            ops = [f"CLEAR SILENT GRAPH {g}"]
            for i in range(0, len(plain), size):
                body = "\n".join(plain[i : i + size])
                ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
            if blank:  # one template: each blank node label is one new node
                body = "\n".join(line for line in lines if line in blank)
                ops.append(f"INSERT {{ GRAPH {g} {{\n{body}\n}} }} WHERE {{ }}")
            self._update(" ;\n".join(ops), what=what)
        else:
            body = "\n".join(lines)
            self._update(
                f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}", what=what
            )
        return len(lines)

    def delete_graph(self, graph: str) -> bool:
        self._check_writable()
        try:
            iri(graph)
        except ValueError as exc:
            raise StoreError(f"could not delete graph {graph}: {exc}") from None
        if self.config.write != "gsp" and not self.has_graph(graph):
            return False
        return self._drop(graph, what=f"deleting graph {graph}")

    def _drop(self, graph: str, *, what: str) -> bool:
        if self.config.write == "gsp":
            response = self._send(
                "DELETE", self.config.gsp_url, what=what, write=True, params={"graph": graph}
            )
            if response.status_code == 404:
                return False
            if response.status_code >= 300:
                raise self._fail(response, what=what)
            return True
        verb = "CLEAR" if self.config.chunked_update else "DROP"
        self._update(f"{verb} SILENT GRAPH {iri(graph)}", what=what)
        return True

    # -- reads --------------------------------------------------------------------------
    def has_graph(self, graph: str) -> bool:
        body = "{ }" if self.config.empty_graph_pattern else "{ ?s ?p ?o }"
        return self._ask(f"ASK {{ GRAPH {self._graph(graph)} {body} }}")

    def graphs(self) -> list[str]:
        body = "{ }" if self.config.empty_graph_pattern else "{ ?s ?p ?o }"
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {body} }}", union=False).rows
        hidden = set(self.config.hidden_graphs)
        return sorted(str(g) for (g,) in rows if isinstance(g, URIRef) and str(g) not in hidden)

    def _select(
        self, sparql: str, bindings: Mapping[str, Term] | None, dataset: Dataset
    ) -> SelectResult:
        if query_form(sparql) not in ("select", None):
            raise QueryError("expected a SELECT query")
        response = self._query(sparql, JSON_RESULTS, bindings=bindings, dataset=dataset)
        results = self._json(response)
        if "boolean" in results:
            raise QueryError("expected a SELECT query")
        try:
            variables = tuple(results["head"]["vars"])
            rows = [
                tuple(_from_json(b.get(v)) for v in variables)
                for b in results["results"]["bindings"]
            ]
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"unreadable query results from {self.location}: {exc}") from exc
        return SelectResult(variables, rows)

    def ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        if query_form(sparql) not in ("ask", None):
            raise QueryError("expected an ASK query")
        return self._ask(sparql, bindings)

    def _ask(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> bool:
        results = self._json(self._query(sparql, JSON_RESULTS, bindings=bindings))
        if not isinstance(results.get("boolean"), bool):
            raise QueryError("expected an ASK query")
        return results["boolean"]

    def construct(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> list[Triple]:
        if query_form(sparql) not in ("construct", "describe", None):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        return self._triples(self._query(sparql, N_TRIPLES, bindings=bindings))

    def _query_serialized(
        self, sparql: str, media_type: str, dataset: Dataset
    ) -> tuple[str, bytes]:
        form = query_form(sparql)
        graph_form = form in ("construct", "describe")
        if graph_form and media_type in _RESULT_TYPES:
            raise QueryError(f"cannot serialise a graph result as {media_type}")
        if form in ("select", "ask") and media_type not in _RESULT_TYPES:
            raise QueryError(f"cannot serialise a query result as {media_type}")
        accept = _GRAPH_ACCEPT.get(media_type, media_type)
        response = self._query(sparql, accept, dataset=dataset)
        ctype = _media_type(response)
        if graph_form or ctype not in _RESULT_TYPES:
            return "graph", response.content
        if form == "ask" or (ctype == JSON_RESULTS and b'"boolean"' in response.content[:200]):
            return "ask", response.content
        return "select", response.content

    def _query_capped(
        self, sparql: str, media: str, max_rows: int | None, base_iri: str | None, ds: Dataset
    ) -> tuple[str, bytes, bool]:
        """The whole answer (a server has its own limits: it is never cut here), with the
        query's relative IRIs resolved against ``base_iri`` as the embedded store resolves
        them: the protocol has no base parameter, so it is written into the query's
        prologue as its ``BASE`` (:func:`~kg.store.sparql_text.with_base`)."""
        if base_iri is not None:
            try:
                sparql = with_base(sparql, base_iri)
            except ValueError as exc:
                raise QueryError(f"base IRI: {exc}") from None
        kind, body = self._query_serialized(sparql, media, ds)
        return kind, body, False

    def triples_in(self, graph: str) -> list[Triple]:
        g = self._graph(graph)
        sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
        return self._triples(self._query(sparql, N_TRIPLES, dataset=_OWN_DEFAULT))

    def count(self, graph: str | None = None) -> int:
        if graph is not None:
            pattern = f"GRAPH {self._graph(graph)} {{ ?s ?p ?o }}"
        elif self.config.separate_default:
            pattern = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
        else:
            pattern = "GRAPH ?g { ?s ?p ?o }" + self._not_hidden()
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", union=False).rows
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    def dump(self, media_type: str = "application/n-quads") -> bytes:
        """The whole store as N-Quads or TriG; in a triple format, the default graph only
        (as the embedded store)."""
        if media_type in ("application/n-quads", "application/trig"):
            fmt = ox.RdfFormat.N_QUADS if media_type == "application/n-quads" else ox.RdfFormat.TRIG
            pattern = "GRAPH ?g { ?s ?p ?o }" + self._not_hidden()
            if self.config.separate_default:
                pattern = "{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
            rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {pattern} }}", union=False).rows
            quads = [
                ox.Quad(
                    to_ox(s), to_ox(p), to_ox(o), to_ox(g) if g is not None else ox.DefaultGraph()
                )
                for s, p, o, g in rows
            ]
            return ox.serialize(quads, format=fmt) or b""
        if media_type not in _RDF_PARSE and media_type not in (
            "application/rdf+xml", "application/ld+json"):  # fmt: skip
            raise StoreError(f"unknown RDF media type {media_type}")
        sparql = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        return self._query(sparql, media_type, dataset=_OWN_DEFAULT).content

    def _not_hidden(self) -> str:
        """A FILTER keeping ``?g`` out of the server's own graphs (empty when it has none)."""
        if not self.config.hidden_graphs:
            return ""
        return f" FILTER(?g NOT IN ({', '.join(iri(g) for g in self.config.hidden_graphs)}))"

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"

    # -- helpers ------------------------------------------------------------------------
    @staticmethod
    def _graph(graph: str) -> str:
        try:
            return iri(graph)
        except ValueError as exc:
            raise QueryError(str(exc)) from None

    def _json(self, response: httpx.Response) -> dict:
        if _media_type(response) != JSON_RESULTS:
            raise QueryError(f"expected SPARQL results, got {_media_type(response) or 'nothing'}")
        try:
            return json.loads(response.content)
        except ValueError as exc:
            raise StoreError(f"unreadable query results from {self.location}: {exc}") from exc

    def _triples(self, response: httpx.Response) -> list[Triple]:
        fmt = _RDF_PARSE.get(_media_type(response))
        if fmt is None:
            raise QueryError(f"expected an RDF graph, got {_media_type(response) or 'nothing'}")
        try:
            return [
                (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                for q in ox.parse(response.content, format=fmt)
            ]
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"unreadable graph from {self.location}: {exc}") from exc


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _form(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs).encode("ascii")


def _from_json(value: dict | None) -> Term | None:
    """One term of SPARQL results JSON (``typed-literal`` too, which older servers use)."""
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        datatype = value.get("datatype")
        if lang:
            return Literal(text, lang=lang)
        if datatype and datatype not in (XSD_STRING, RDF_LANG_STRING):
            return Literal(text, datatype=URIRef(datatype))
        return Literal(text)
    raise ValueError(f"unsupported term type {kind!r}")
